import Foundation
import Ledger
import XLSXReading

/// Reading a post run's sheet: finds the header row and the record type, reads each row into typed values, and
/// groups the rows into records as they stream past.
struct PostRunRows {
    /// The file (and sheet) named in problem lines.
    let place: String
    private let source: SheetSource
    private let options: RecordPostOptions
    private let catalog: RecordTypeCatalog
    private let company: Company
    private let directory: () throws -> CompanyDirectory
    private(set) var header: SheetHeader?
    private(set) var type: RecordType?
    /// What reading rows needs; set when the header tells the record type.
    private(set) var reading: RowReading!
    private var grouping: RecordGrouping?
    /// The first row of each document the sheet holds, by its type and number, so a second document under the same
    /// number further down is caught rather than taken for an edit of the first.
    private var documentRows: [String: Int] = [:]
    private(set) var warnings: [String] = []
    /// How far down the sheet the header row may be.
    private static let headerSearchRows = 20

    /// Rows of `source` for `company`; `directory` reads the company's names (again, after a record changed them).
    init(source: SheetSource, options: RecordPostOptions, catalog: RecordTypeCatalog, company: Company,
         directory: @escaping () throws -> CompanyDirectory) {
        place = source.place
        self.source = source
        self.options = options
        self.catalog = catalog
        self.company = company
        self.directory = directory
    }

    /// Reads row `number`: until the header is found, looks for it; after, returns the record the row closes, if any.
    mutating func add(row number: Int, cells: [XLSXValue?]) throws -> RowGroup? {
        guard let header else {
            try findHeader(number: number, cells: cells)
            return nil
        }
        return grouping?.add(RowValues(number: number, cells: cells, header: header, reading: reading))
    }

    /// The last record, at the end of the sheet.
    mutating func finish() throws -> RowGroup? {
        guard header != nil else {
            throw RecordError.noHeader(place: place, rows: nil)
        }
        return grouping?.finish()
    }

    private mutating func findHeader(number: Int, cells: [XLSXValue?]) throws {
        guard SheetHeader.isHeader(cells) else {
            if number >= Self.headerSearchRows { throw RecordError.noHeader(place: place, rows: Self.headerSearchRows) }
            return
        }
        let type = try options.type.map(catalog.type(named:))
            ?? source.recordTypeName.map(catalog.type(named:))
            ?? catalog.type(forSheet: source.sheet ?? URL(fileURLWithPath: source.fileName).deletingPathExtension().lastPathComponent)
            ?? SheetHeader.bestType(for: cells, in: catalog)
        guard let type else {
            throw RecordError.typeUnknown(place: place, types: catalog.types.map(\.name))
        }
        let header = try SheetHeader(row: number, cells: cells, type: type, place: place)
        if !header.unknown.isEmpty {
            warnings.append("\(place), row \(number): ignoring column\(header.unknown.count == 1 ? "" : "s") \(header.unknown.map { "\"\($0)\"" }.joined(separator: ", ")), not part of \(type.name)")
        }
        self.type = type
        self.header = header
        reading = RowReading(type: type, columns: Set(header.index.keys), directory: try directory(),
                             localeText: LocaleText(identifier: company.locale), uses1904Dates: source.uses1904Dates,
                             reload: directory)
        grouping = RecordGrouping(shape: type.shape)
    }

    /// The first row of an earlier document of the sheet with the group's type and number (or an earlier budget of
    /// the group's name), if any; remembers the group.
    mutating func earlierDocument(numbered group: RowGroup) -> Int? {
        let key: String
        if type?.shape == .budgets, let name = group.first.text(.budget) {
            key = SheetHeader.key(name)
        } else {
            guard type?.shape.isDocument == true, let number = group.first.text(.number) else { return nil }
            key = SheetHeader.key(group.first.text(.type) ?? "") + "\u{1F}" + number.lowercased()
        }
        if let earlier = documentRows[key] { return earlier }
        documentRows[key] = group.first.number
        return nil
    }

    /// Whether the record's rows ask to be posted. The first row's Post decides; later rows may leave it blank
    /// but must not say otherwise.
    static func isFlagged(_ group: RowGroup) throws(RowProblems) -> Bool {
        var problems = RowProblems()
        let flags = group.rows.map { row in problems.collect(row: row.number) { () throws(RowProblem) in try PostFlag(row) } }
        guard problems.isEmpty else { throw problems }
        let first = flags[0] ?? .blank
        for (row, flag) in zip(group.rows, flags).dropFirst() where flag != .blank && flag != first {
            problems.add(row: row.number, .post, "this row continues the record that starts at row \(group.first.number), whose Post is \"\(first.rawValue)\"; make them the same")
        }
        guard problems.isEmpty else { throw problems }
        return first == .yes
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
