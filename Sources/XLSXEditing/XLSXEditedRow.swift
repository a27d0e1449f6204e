import SpreadsheetBasics
import XLSXReading
import XMLParts

/// One row's edits applied to its `<row>` as the row streams from reader to writer: replaced cells keep their style,
/// new cells go in column order, and every cell of the row is written with an explicit `r` so that positions stay
/// right. Only a replaced cell is held in memory, to look at its formula before it goes.
struct XLSXEditedRow {
    /// 1-based, as the sheet shows it.
    let number: Int
    /// The new values, left to right.
    let cells: [XLSXColumnEdit]
    /// The worksheet part, for messages.
    let part: String
    let place: ReadPlace

    /// Writes the `<row>` the reader is on with the edits applied, leaving the reader on the row's end.
    func rewrite(from reader: XMLPartReader, to writer: XMLPartWriter) throws(SpreadsheetError) {
        var tag = try reader.startTag()
        widenSpans(of: &tag)
        try writer.start(tag)
        let prefix = tag.prefix
        var pending = cells[...]
        if !reader.isEmptyElement {
            let depth = reader.depth
            var column = -1
            while try reader.read(), !(reader.isEndElement && reader.depth == depth) {
                // Text between cells, and everything inside a copied cell, goes through as read.
                guard reader.isStartElement, reader.depth == depth + 1 else {
                    try writer.copyNode(of: reader)
                    continue
                }
                // A row's cells come before anything else it holds (an extLst): the new cells go in ahead of that.
                guard reader.localName == "c" else {
                    try writeNewCells(&pending, before: .max, prefix: prefix, to: writer)
                    try writer.copyNode(of: reader)
                    continue
                }
                column = try XLSXSheetRows.columnIndex(reader.attribute("r"), after: column, row: number, part: part, place: place)
                try writeNewCells(&pending, before: column, prefix: prefix, to: writer)
                if let edit = pending.first, edit.column == column {
                    pending.removeFirst()
                    try edited(edit).write(replacing: reader.elementTree(), prefix: prefix, to: writer, place: place)
                } else {
                    let reference = XLSXEditedCell.reference(row: number, column: column)
                    try writer.copyStartTag(of: reader, setting: "r", to: reference)
                }
            }
        }
        try writeNewCells(&pending, before: .max, prefix: prefix, to: writer)
        try writer.end()
    }

    /// Writes a new `<row r="N">` for a row the sheet does not have; nothing when the edits put no value in it.
    func writeNewRow(prefix: String?, to writer: XMLPartWriter) throws(SpreadsheetError) {
        guard cells.contains(where: { $0.value != .blank }) else { return }
        var tag = XMLStartTag("row", prefix: prefix)
        tag.set("r", String(number))
        try writer.start(tag)
        var pending = cells[...]
        try writeNewCells(&pending, before: .max, prefix: prefix, to: writer)
        try writer.end()
    }

    private func edited(_ edit: XLSXColumnEdit) -> XLSXEditedCell {
        XLSXEditedCell(edit: edit, row: number)
    }

    /// Writes the cells that the edits of the pending columns left of `limit` add where the row has none (blanks
    /// add nothing), taking them off `pending`.
    private func writeNewCells(_ pending: inout ArraySlice<XLSXColumnEdit>, before limit: Int, prefix: String?,
                               to writer: XMLPartWriter) throws(SpreadsheetError) {
        while let edit = pending.first, edit.column < limit {
            try edited(edit).write(replacing: nil, prefix: prefix, to: writer, place: place)
            pending.removeFirst()
        }
    }

    /// Widens the optional `spans` hint (`1:5`, 1-based columns) when a new value lies outside it.
    private func widenSpans(of tag: inout XMLStartTag) {
        guard let spans = tag.attribute("spans") else { return }
        let bounds = spans.split(whereSeparator: { $0 == " " || $0 == ":" }).compactMap { Int($0) }
        let used = cells.filter { $0.value != .blank }.map { $0.column + 1 }
        guard let low = bounds.min(), let high = bounds.max(), let usedLow = used.min(), let usedHigh = used.max(),
              usedLow < low || usedHigh > high else { return }
        tag.set("spans", "\(min(low, usedLow)):\(max(high, usedHigh))")
    }
}
