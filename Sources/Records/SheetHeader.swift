import XLSXReading

/// Which sheet column holds which field, found from the header row. Headers match a type's column names ignoring
/// case, spaces and `*`, in any order; columns the type does not know are reported once and otherwise ignored.
struct SheetHeader {
    /// The header's row number.
    let row: Int
    /// Sheet column index of each field present.
    let index: [RecordField: Int]
    /// How many columns the header row spans.
    let width: Int
    /// Headers that name no column of the type, as written.
    let unknown: [String]

    /// The header of `type` in `cells`, or an error naming the columns a user must add.
    init(row: Int, cells: [XLSXValue?], type: RecordType, place: String) throws(RecordError) {
        var index: [RecordField: Int] = [:]
        var unknown: [String] = []
        for (position, cell) in cells.enumerated() {
            guard let cell, let title = Self.text(cell), !Self.key(title).isEmpty else { continue }
            guard let column = type.columns.first(where: { Self.key($0.name) == Self.key(title) }) else {
                unknown.append(title)
                continue
            }
            if index[column.field] != nil {
                throw .duplicateColumn(place: place, row: row, column: column.name)
            }
            index[column.field] = position
        }
        // A sheet of voids needs only what finds each record: its Type and Number, Record ID and Version.
        let voidsOnly = [.action, .recordID, .version].allSatisfy { index[$0] != nil }
        let missing = type.columns.filter { column in
            guard index[column.field] == nil else { return false }
            if column.field == .post { return true }
            return column.required && (!voidsOnly || [.type, .number, .name].contains(column.field))
        }.map(\.name)
        guard missing.isEmpty else { throw .missingColumns(place: place, row: row, columns: missing, type: type.name) }
        self.row = row
        self.index = index
        self.width = cells.count
        self.unknown = unknown
    }

    /// "Record ID *" and "record_id" both become "recordid".
    static func key(_ header: String) -> String {
        String(header.lowercased().filter { !$0.isWhitespace && $0 != "*" && $0 != "_" })
    }

    /// Whether the row looks like a header: some cell says "Post".
    static func isHeader(_ cells: [XLSXValue?]) -> Bool {
        cells.contains { $0.flatMap(text).map(key) == "post" }
    }

    /// The type whose column names the header matches best; nil on a tie or when none matches two columns.
    static func bestType(for cells: [XLSXValue?], in catalog: RecordTypeCatalog) -> RecordType? {
        let keys = Set(cells.compactMap { $0.flatMap(text).map(key) })
        let scored = catalog.types.map { type in (type, type.columns.filter { keys.contains(key($0.name)) }.count) }
            .sorted { $0.1 > $1.1 }
        guard let best = scored.first, best.1 >= 2, scored.dropFirst().first?.1 != best.1 else { return nil }
        return best.0
    }

    private static func text(_ value: XLSXValue) -> String? {
        if case .text(let text) = value { return text }
        return nil
    }
}
