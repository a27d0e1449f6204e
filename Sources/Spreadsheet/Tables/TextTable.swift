/// Rows as aligned columns for the terminal: a header, a rule under it, and the rows, columns two spaces apart and
/// the right-aligned ones (numbers) padded on the left; a blank line may separate rows. Trailing spaces are trimmed.
public struct TextTable: Sendable {
    public let headers: [String]
    public let rightAligned: Set<Int>
    /// The rows in order; nil is a blank line.
    private var rows: [[String]?] = []

    public init(_ headers: [String], rightAligned: Set<Int> = []) {
        self.headers = headers
        self.rightAligned = rightAligned
    }

    /// A row of as many cells as there are headers.
    public mutating func add(_ row: [String]) { rows.append(row) }

    /// A blank line, as before a total.
    public mutating func addBlankLine() { rows.append(nil) }

    public var rendered: String {
        let filled = [headers] + rows.compactMap { $0 }
        let widths = headers.indices.map { column in filled.map { $0[column].count }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            var text = cells.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return rightAligned.contains(column) ? padding + cell : cell + padding
            }.joined(separator: "  ")
            while text.last == " " { text.removeLast() }
            return text
        }
        let rule = widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")
        return ([line(headers), rule] + rows.map { $0.map(line) ?? "" }).joined(separator: "\n")
    }
}
