/// One row's edits applied to its `<row>`: replaced cells keep their style, new cells go in column order, and every
/// cell of the row is written with an explicit `r` so that positions stay right.
struct XLSXEditedRow {
    /// 1-based, as the sheet shows it.
    let number: Int
    /// The new values by 0-based column.
    let edits: [Int: XLSXCellEdit]
    /// The worksheet part, for messages.
    let part: String
    let place: ReadPlace

    /// `row`, as read from the sheet, with the edits applied.
    func apply(to row: XMLElementTree) throws(SpreadsheetError) -> XMLElementTree {
        let prefix = row.tag.prefix
        var pending = edits.keys.sorted()[...]
        var result = row
        result.children = []
        var afterLastCell = 0
        var column = -1
        for child in row.children {
            guard case .element(var cell) = child, cell.tag.localName == "c" else {
                result.children.append(child)
                continue
            }
            let previous = column
            column = try XLSXSheetRows.columnIndex(cell.tag.attribute("r"), after: column, row: number, part: part, place: place)
            guard column > previous else {
                throw place.error("\(part) has cell \(CellReference.column(column)) after \(CellReference.column(previous)); "
                                  + "the cells of a row must go left to right", row: number)
            }
            let before = pending.prefix { $0 < column }
            result.children += try newCells(before, prefix: prefix)
            pending.removeFirst(before.count)
            if pending.first == column {
                pending.removeFirst()
                if let replaced = try edited(column).element(replacing: cell, prefix: prefix, place: place) {
                    result.children.append(.element(replaced))
                }
            } else {
                cell.tag.set("r", CellReference.cell(row: number - 1, column: column))
                result.children.append(.element(cell))
            }
            afterLastCell = result.children.count
        }
        result.children.insert(contentsOf: try newCells(pending, prefix: prefix), at: afterLastCell)
        widenSpans(of: &result.tag)
        return result
    }

    /// A new `<row r="N">` for a row the sheet does not have; nil when the edits put no value in it.
    func newRow(prefix: String?) throws(SpreadsheetError) -> XMLElementTree? {
        var row = XMLElementTree(tag: XMLStartTag("row", prefix: prefix))
        row.tag.set("r", String(number))
        row.children = try newCells(edits.keys.sorted(), prefix: prefix)
        return row.children.isEmpty ? nil : row
    }

    private func edited(_ column: Int) -> XLSXEditedCell {
        XLSXEditedCell(edit: edits[column]!, row: number, column: column)
    }

    /// The cells the edits of `columns` add where the row has none (blanks add nothing).
    private func newCells(_ columns: some Sequence<Int>, prefix: String?) throws(SpreadsheetError) -> [XMLTreeNode] {
        var cells: [XMLTreeNode] = []
        for column in columns {
            if let cell = try edited(column).element(replacing: nil, prefix: prefix, place: place) {
                cells.append(.element(cell))
            }
        }
        return cells
    }

    /// Widens the optional `spans` hint (`1:5`, 1-based columns) when a new value lies outside it.
    private func widenSpans(of tag: inout XMLStartTag) {
        guard let spans = tag.attribute("spans") else { return }
        let bounds = spans.split(whereSeparator: { $0 == " " || $0 == ":" }).compactMap { Int($0) }
        let used = edits.filter { $0.value != .blank }.keys.map { $0 + 1 }
        guard let low = bounds.min(), let high = bounds.max(), let usedLow = used.min(), let usedHigh = used.max(),
              usedLow < low || usedHigh > high else { return }
        tag.set("spans", "\(min(low, usedLow)):\(max(high, usedHigh))")
    }
}
