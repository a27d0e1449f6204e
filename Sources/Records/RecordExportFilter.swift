import Ledger
import LedgerStore

/// What `records export` narrows documents by: dates, customer or vendor, document number. Customers, vendors,
/// items and accounts always export every record and take none of these. An export's `_ledgersync` row keeps it
/// (`RecordSheetRequest`), so `refresh` runs the same export again.
public struct RecordExportFilter: Codable, Sendable, Equatable {
    public var from: LocalDate?
    public var to: LocalDate?
    public var customer: String?
    public var vendor: String?
    public var number: String?

    public init(from: LocalDate? = nil, to: LocalDate? = nil, customer: String? = nil, vendor: String? = nil,
                number: String? = nil) {
        self.from = from
        self.to = to
        self.customer = customer
        self.vendor = vendor
        self.number = number
    }

    /// One way of narrowing an export, named in errors as the command-line option that gives it.
    public enum Narrowing: String, Sendable, CaseIterable {
        case from, to, customer, vendor, number

        public var option: String { "--" + rawValue }
    }

    /// The narrowings given, in the order the command line lists them.
    private var narrowings: [Narrowing] {
        [(from != nil, Narrowing.from), (to != nil, .to), (customer != nil, .customer), (vendor != nil, .vendor),
         (number != nil, .number)].filter(\.0).map(\.1)
    }

    /// What the export holds, in a few words: "2026-10-01 to 2026-10-31, customer Great Lakes Food Market"; empty
    /// when it holds everything.
    var summary: String {
        let dates = from.flatMap { from in to.map { "\(from) to \($0)" } }
        return [dates, customer.map { "customer \($0)" }, vendor.map { "vendor \($0)" }, number.map { "number \($0)" }]
            .compactMap { $0 }.joined(separator: ", ")
    }

    /// Refuses what makes no sense for `type` before anything is read or written; returns the dates asked for.
    func check(for type: RecordType) throws(RecordError) -> DateRange? {
        if !type.shape.isDocument, let narrowing = narrowings.first {
            throw .filterNotTaken(type: type.name, filter: narrowing)
        }
        if customer != nil, vendor != nil { throw .customerAndVendor }
        do { return try DateRange.given(from: from, to: to) } catch { throw .dates(error) }
    }

    /// The posted documents to export for a document type, with the customer or vendor looked up by name.
    func selection(for type: RecordType, dates: DateRange?, directory: CompanyDirectory) throws(RecordError) -> ExportSelection {
        let shapeKinds: [DocumentKind] = switch type.shape {
        // Checks have a sheet of their own (disbursements), whose Type column the invoices-and-bills sheet lacks.
        case .pricedDocuments: DocumentKind.allCases.filter { $0.hasPricedLines && $0 != .check }
        case .payments: DocumentKind.allCases.filter(\.isPayment)
        case .journalEntries: [.journalEntry]
        case .deposits: DocumentKind.allCases.filter(\.movesOwnMoney)
        case .customers, .vendors, .items, .accounts, .taxCodes, .classes, .locations, .terms, .budgets: []
        }
        let kinds = type.documentKind.map { [$0] } ?? shapeKinds
        var partyID: Int64?
        for (name, list) in [(customer, RecordList.customers), (vendor, .vendors)] {
            guard let name else { continue }
            switch directory.id(in: list, named: name) {
            case .success(let id): partyID = id
            case .failure(let problem): throw .unknownName(problem)
            }
        }
        return ExportSelection(kinds: kinds, dates: dates, partyID: partyID, number: number)
    }
}
