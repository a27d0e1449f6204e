/// A rectangle of cells by 0-based rows and columns, written `A1:J20` (or `A1` for one cell).
package struct CellRange: Equatable, CustomStringConvertible {
    var top: Int
    var left: Int
    var bottom: Int
    var right: Int

    package init(row: Int, column: Int) {
        (top, left, bottom, right) = (row, column, row, column)
    }

    /// Parses `A1:J20` or `A1`; nil for anything else.
    package init?(_ text: String) {
        let corners = text.split(separator: ":", omittingEmptySubsequences: false)
        guard (1...2).contains(corners.count), let first = CellReference.position(corners[0]),
              let last = CellReference.position(corners[corners.count - 1]) else { return nil }
        self.init(row: first.row, column: first.column)
        self = union(CellRange(row: last.row, column: last.column))
    }

    /// The smallest range holding both.
    package func union(_ other: CellRange) -> CellRange {
        var result = self
        result.top = min(top, other.top)
        result.left = min(left, other.left)
        result.bottom = max(bottom, other.bottom)
        result.right = max(right, other.right)
        return result
    }

    package var description: String {
        let first = CellReference.cell(row: top, column: left), last = CellReference.cell(row: bottom, column: right)
        return first == last ? first : "\(first):\(last)"
    }
}
