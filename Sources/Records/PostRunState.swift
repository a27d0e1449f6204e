import Foundation
import Ledger
import LedgerStore
import XLSXReading

/// One post run in progress inside its write transaction: finds the header, groups rows into records, drafts and
/// saves each, and keeps each row's result and every problem line.
struct PostRunState {
    private let source: SheetSource
    private let options: RecordPostOptions
    private let catalog: RecordTypeCatalog
    private let writer: LedgerWriter
    private let digest: String
    private let company: Company
    /// What reading rows needs; set when the header tells the record type.
    private var reading: RowReading!
    private(set) var header: SheetHeader?
    private(set) var type: RecordType?
    private var grouping: RecordGrouping?
    private var runID: Int64?
    private var counts = PostRunCounts()
    private var results: [Int: RowResult] = [:]
    private var problems: [String] = []
    private var warnings: [String] = []
    private var savedRows: [Int] = []
    /// The first row of each document the sheet holds, by its type and number, so a second document under the same
    /// number further down is caught rather than taken for an edit of the first.
    private var documentRows: [String: Int] = [:]
    /// Results no later row can change, not yet taken: each record's as it is done, or, when all or nothing is
    /// asked, every one at the end.
    private var settled: [(row: Int, result: RowResult)] = []

    init(source: SheetSource, options: RecordPostOptions, catalog: RecordTypeCatalog, writer: LedgerWriter, digest: String) throws {
        self.source = source
        self.options = options
        self.catalog = catalog
        self.writer = writer
        self.digest = digest
        company = try writer.reader.company(namedOrOnly: options.company ?? source.companyName)
    }

    private var place: String {
        source.sheet.map { "\(source.fileName), sheet \"\($0)\"" } ?? source.fileName
    }

    // MARK: Rows

    mutating func add(row number: Int, cells: [XLSXValue?]) throws {
        guard let header else {
            try findHeader(number: number, cells: cells)
            return
        }
        let row = RowValues(number: number, cells: cells, header: header, reading: reading)
        if let group = grouping?.add(row) { try process(group) }
    }

    /// The results settled since the last call, top to bottom.
    mutating func takeSettledResults() -> [(row: Int, result: RowResult)] {
        guard !settled.isEmpty else { return [] }
        defer { settled.removeAll(keepingCapacity: true) }
        return settled
    }

    private mutating func findHeader(number: Int, cells: [XLSXValue?]) throws {
        guard SheetHeader.isHeader(cells) else {
            if number >= 20 { throw RecordError("\(place): no header row with a Post column in the first 20 rows; start from a template (ledgersync records template)") }
            return
        }
        let type = try options.type.map(catalog.type(named:))
            ?? source.recordTypeName.map(catalog.type(named:))
            ?? catalog.type(forSheet: source.sheet ?? URL(fileURLWithPath: source.fileName).deletingPathExtension().lastPathComponent)
            ?? SheetHeader.bestType(for: cells, in: catalog)
        guard let type else {
            throw RecordError("\(place): cannot tell which records the sheet holds; say with --type (\(catalog.types.map(\.name).joined(separator: ", ")))")
        }
        let header = try SheetHeader(row: number, cells: cells, type: type, place: place)
        if !header.unknown.isEmpty {
            warnings.append("\(place), row \(number): ignoring column\(header.unknown.count == 1 ? "" : "s") \(header.unknown.map { "\"\($0)\"" }.joined(separator: ", ")), not part of \(type.name)")
        }
        self.type = type
        self.header = header
        let writer = writer, company = company
        reading = RowReading(type: type, columns: Set(header.index.keys),
                             directory: try CompanyDirectory(company: company, reader: writer.reader),
                             localeText: LocaleText(identifier: company.locale), uses1904Dates: source.uses1904Dates,
                             reload: { try CompanyDirectory(company: company, reader: writer.reader) })
        grouping = RecordGrouping(shape: type.shape)
        if !options.dryRun {
            runID = try writer.begin(PostRun(companyID: company.id, recordType: type.name, fileName: source.fileName, fileSHA256: digest,
                                             sheet: source.sheet, startedAt: ISO8601DateFormatter().string(from: Date()), osUser: options.user))
        }
    }

    // MARK: Records

    private mutating func process(_ group: RowGroup) throws {
        try handle(group)
        guard !options.allOrNothing else { return }
        for row in group.rows {
            if let result = results[row.number] { settled.append((row.number, result)) }
        }
    }

    private mutating func handle(_ group: RowGroup) throws {
        let earlier = earlierDocument(numbered: group)
        guard try isFlagged(group) else { return }
        if let earlier {
            var problems = RowProblems()
            let number = group.first.text(.number) ?? ""
            problems.add(row: group.first.number, .number, "row \(earlier) already starts a document numbered \"\(number)\"; give this one its own number, or move its rows up under row \(earlier) if they belong to it")
            fail(group, problems)
            return
        }
        let draft: RecordDraft
        do {
            draft = try drafting(group)
        } catch {
            fail(group, error)
            return
        }
        let saving = RecordSaving(writer: writer, company: company)
        do {
            let outcome = try saving.save(draft)
            try record(group, outcome)
        } catch let refusal as SaveRefusal {
            fail(group, message: refusal.description)
        } catch let error as StoreError {
            fail(group, message: error.description)
        } catch let error as LedgerError {
            fail(group, message: error.description)
        }
    }

    private func drafting(_ group: RowGroup) throws(RowProblems) -> RecordDraft {
        if type!.shape.isDocument {
            let writer = writer, companyID = company.id
            return try DocumentDrafting(reading: reading) { kinds, number in
                try kinds.compactMap { kind in try writer.reader.documentID(companyID: companyID, kind: kind, number: number).map { (kind, $0) } }
            }.draft(group)
        }
        return try ReferenceDrafting(reading: reading).draft(group)
    }

    /// The first row of an earlier document of the sheet with the group's type and number, if any; remembers the group.
    private mutating func earlierDocument(numbered group: RowGroup) -> Int? {
        guard type?.shape.isDocument == true, let number = group.first.text(.number) else { return nil }
        let key = SheetHeader.key(group.first.text(.type) ?? "") + "\u{1F}" + number.lowercased()
        if let earlier = documentRows[key] { return earlier }
        documentRows[key] = group.first.number
        return nil
    }

    /// Whether the record's rows ask to be posted. The first row's Post decides; later rows may leave it blank
    /// but must not say otherwise.
    private mutating func isFlagged(_ group: RowGroup) throws -> Bool {
        var problems = RowProblems()
        let flags = group.rows.map { row in problems.collect(row: row.number) { () throws(RowProblem) in try PostFlag(row) } }
        guard problems.isEmpty else {
            fail(group, problems)
            return false
        }
        let first = flags[0] ?? .blank
        for (row, flag) in zip(group.rows, flags).dropFirst() where flag != .blank && flag != first {
            problems.add(row: row.number, .post, "this row continues the record that starts at row \(group.first.number), whose Post is \"\(first.rawValue)\"; make them the same")
        }
        guard problems.isEmpty else {
            fail(group, problems)
            return false
        }
        return first == .yes
    }

    private mutating func record(_ group: RowGroup, _ outcome: SaveOutcome) throws {
        switch outcome.status {
        case .posted: counts.posted += 1
        case .updated: counts.updated += 1
        case .voided: counts.voided += 1
        case .unchanged: counts.unchanged += 1
        case .error: counts.errors += 1
        }
        for row in group.rows {
            results[row.number] = RowResult(status: outcome.status, message: outcome.message, recordID: outcome.recordID, version: outcome.version)
        }
        savedRows.append(contentsOf: group.rows.map(\.number))
        if type?.shape.isDocument == false, outcome.change != nil {
            // Later rows may name this record (as their parent, say).
            reading.namesChanged()
        }
        if let runID, let change = outcome.change {
            try writer.linkRecord(runID: runID, kind: outcome.kind, recordID: outcome.recordID, version: outcome.version,
                                   change: change, rows: group.rowNumbers)
        }
    }

    private mutating func fail(_ group: RowGroup, _ rowProblems: RowProblems) {
        counts.errors += 1
        for (row, problem) in rowProblems.problems {
            let column = problem.field.flatMap { type?.column($0)?.name }
            problems.append("\(place), row \(row)\(column.map { ", column \"\($0)\"" } ?? ""): \(problem.message)")
            let message = column.map { "\($0): \(problem.message)" } ?? problem.message
            results[row] = results[row].map { RowResult(status: .error, message: $0.message + "; " + message) }
                ?? RowResult(status: .error, message: message)
        }
        let firstBad = rowProblems.problems.map(\.row).min() ?? group.first.number
        for row in group.rows where results[row.number] == nil {
            results[row.number] = RowResult(status: .error, message: "not posted: row \(firstBad) of this record has an error")
        }
    }

    private mutating func fail(_ group: RowGroup, message: String) {
        counts.errors += 1
        let rows = group.rowNumbers
        problems.append("\(place), \(rows.count == 1 ? "row \(rows.lowerBound)" : "rows \(rows.lowerBound)-\(rows.upperBound)"): \(message)")
        for row in group.rows { results[row.number] = RowResult(status: .error, message: message) }
    }

    // MARK: End

    mutating func finish() throws -> PostReport {
        guard header != nil else {
            throw RecordError("\(place): no header row with a Post column; start from a template (ledgersync records template)")
        }
        if let group = grouping?.finish() { try process(group) }
        let rolledBack = options.allOrNothing && counts.errors > 0
        if rolledBack {
            let bad = counts.errors
            for row in savedRows {
                results[row] = RowResult(status: .error, message: "not posted: \(bad) record\(bad == 1 ? "" : "s") had errors and --all-or-nothing was given")
            }
        } else if let runID {
            try writer.finish(runID: runID, counts: counts)
        }
        if options.allOrNothing {
            settled = results.sorted { $0.key < $1.key }.map { (row: $0.key, result: $0.value) }
        }
        return PostReport(fileName: source.fileName, sheet: source.sheet, recordType: type!.name, company: company.name, counts: counts,
                          problems: problems, warnings: warnings, dryRun: options.dryRun, rolledBack: rolledBack,
                          resultsFile: options.dryRun ? nil : (source.format == .csv ? ResultWriteBack.resultsPath(forCSV: source.path) : source.path),
                          results: results)
    }
}

/// What a row's Post cell says: yes (post it), done (posted before), or blank and no (leave it).
enum PostFlag: String {
    case yes, done, blank, no

    init(_ row: RowValues) throws(RowProblem) {
        guard let text = row.text(.post) else {
            self = .blank
            return
        }
        if text.lowercased() == "done" {
            self = .done
        } else if let flag = RowValues.yesOrNo(text) {
            self = flag ? .yes : .no
        } else {
            throw RowProblem(field: .post, message: "\"\(text)\" is not a Post value; type yes to post the row, or leave it blank")
        }
    }
}
