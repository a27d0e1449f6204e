import SpreadsheetBasics
import XLSXReading
import XMLParts

/// Copies one worksheet part node by node from `reader` to `writer`, changing only what the edits touch: the rows
/// they name (an edited row is rewritten as it streams past; a row the sheet lacks is created in order) and the
/// `<dimension>` when they reach beyond it. Everything else goes through as read, so the part is never held whole.
/// Elements are matched by local name, so strict and prefixed parts rewrite alike.
struct XLSXSheetRewriter<EditedRows: XLSXRowEditSource> {
    private let reader: XMLPartReader
    private let writer: XMLPartWriter
    /// The range the edits put values in, for the `<dimension>`; nil when they put none.
    private let valueRange: CellRange?
    /// The edited rows in order, and the next one not yet written.
    private var editedRows: EditedRows
    private var upcoming: XLSXRowEdits?
    /// The prefix of `<sheetData>`, for the rows created in it.
    private var rowPrefix: String?

    init(reader: XMLPartReader, writer: XMLPartWriter, editedRows: EditedRows, valueRange: CellRange?) {
        self.reader = reader
        self.writer = writer
        self.editedRows = editedRows
        self.valueRange = valueRange
    }

    mutating func run() throws(SpreadsheetError) {
        upcoming = try editedRows.next()
        var started = false, inSheetData = false
        var row = 0
        while try reader.read() {
            if !started {
                try writer.startDocument(standalone: reader.standalone)
                started = true
            }
            if reader.isStartElement, reader.depth == 1 {
                switch reader.localName {
                case "dimension":
                    try writeDimension()
                    continue
                case "sheetData":
                    let tag = try reader.startTag()
                    rowPrefix = tag.prefix
                    guard reader.isEmptyElement else { inSheetData = true; break }
                    try writer.start(tag)
                    try writeNewRows(before: .max)
                    try writer.end()
                    continue
                default:
                    break
                }
            } else if inSheetData, reader.isStartElement, reader.depth == 2, reader.localName == "row" {
                row = try XLSXSheetRows.rowNumber(reader.attribute("r"), after: row, part: reader.part, place: reader.place)
                try writeNewRows(before: row)
                if let edited = upcoming, edited.number == row {
                    try editedRow(edited).rewrite(from: reader, to: writer)
                    upcoming = try editedRows.next()
                    continue
                }
            } else if inSheetData, reader.isEndElement, reader.depth == 1 {
                try writeNewRows(before: .max)
                inSheetData = false
            }
            try writer.copyNode(of: reader)
        }
        guard upcoming == nil else {
            throw reader.place.error("\(reader.part) has no <sheetData> to write the cells into")
        }
        try writer.finish()
    }

    /// `<dimension ref="A1:J20"/>`, widened to take in the edited cells.
    private func writeDimension() throws(SpreadsheetError) {
        var tag = try reader.startTag()
        if let edited = valueRange, let ref = tag.attribute("ref"), let range = CellRange(ref),
           range.union(edited) != range {
            tag.set("ref", range.union(edited).description)
        }
        try writer.start(tag)
        if reader.isEmptyElement { try writer.end() }
    }

    /// The rows the sheet lacks, numbered below `limit`, that have edits not yet written.
    private mutating func writeNewRows(before limit: Int) throws(SpreadsheetError) {
        while let edited = upcoming, edited.number < limit {
            try editedRow(edited).writeNewRow(prefix: rowPrefix, to: writer)
            upcoming = try editedRows.next()
        }
    }

    private func editedRow(_ edited: XLSXRowEdits) -> XLSXEditedRow {
        XLSXEditedRow(number: edited.number, cells: edited.cells, part: reader.part, place: reader.place)
    }
}
