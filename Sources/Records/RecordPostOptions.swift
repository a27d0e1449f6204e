import LedgerStore

/// How `records post` should read and post a sheet.
public struct RecordPostOptions: Sendable {
    /// A worksheet name or number; the sheet a template was written for when nil.
    public var sheet: String?
    /// The company; the workbook's own, or the ledger's only company, when nil.
    public var company: String?
    /// The record type; found from the workbook, the sheet name or the header when nil.
    public var type: String?
    /// Validate and report, write nothing.
    public var dryRun = false
    /// Post nothing if any row fails.
    public var allOrNothing = false
    /// Who posts, as the audit log records them (the command line passes the OS user).
    public var user: String

    public init(user: String) {
        self.user = user
    }
}

/// What one processed row says after posting: written back into its Status, Message, Record ID and Version cells.
public struct RowResult: Sendable, Equatable {
    public var status: RowStatus
    public var message: String
    public var recordID: Int64?
    public var version: Int?
}

/// The outcome of a post run, for the summary and the exit code.
public struct PostReport: Sendable {
    public let fileName: String
    public let sheet: String?
    public let recordType: String
    public let company: String
    public let counts: PostRunCounts
    /// One line per problem, naming file, sheet, row and column.
    public let problems: [String]
    public let warnings: [String]
    public let dryRun: Bool
    /// With --all-or-nothing, whether errors kept everything out of the ledger.
    public let rolledBack: Bool
    /// Where the results were written: the workbook itself, or FILE.results.csv; nil on a dry run.
    public let resultsFile: String?
    /// Each processed row's result, by row number.
    public let results: [Int: RowResult]

    /// This report with no results file and a warning that they could not be written: for a run that changed
    /// nothing, where the file and the ledger agree already.
    func withResultsUnwritten(because reason: String) -> PostReport {
        PostReport(fileName: fileName, sheet: sheet, recordType: recordType, company: company, counts: counts, problems: problems,
                   warnings: warnings + ["\(reason); every row was in the ledger already, so nothing is lost"],
                   dryRun: dryRun, rolledBack: rolledBack, resultsFile: nil, results: results)
    }
}
