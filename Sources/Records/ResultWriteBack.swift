import CSVFiles
import Foundation
import Ledger
import Spreadsheet
import SpreadsheetBasics
import XLSXEditing

/// Writes each processed row's Status, Message, Record ID and Version back where the rows came from, and marks
/// Post `done` on the rows that reached the ledger: into the workbook itself (every other cell, sheet and
/// setting kept), or beside a CSV file as `FILE.results.csv`. The new file is prepared first and put in place
/// only after the ledger has committed.
enum ResultWriteBack {
    /// A written result file waiting to be put in place.
    enum Prepared {
        case workbook(PreparedWorkbook)
        case csv(CSVFileWriter)

        /// Puts the results in place; `isStaleBackup` tells a workbook's `.bak` left by an earlier, finished run.
        func install(isStaleBackup: (String) -> Bool) throws {
            switch self {
            case .workbook(let workbook): try workbook.install(isStaleBackup: isStaleBackup)
            case .csv(let writer): try writer.close()
            }
        }
    }

    /// The fields written back, in the order missing columns are added after the header's last column.
    private static let resultFields: [RecordField] = [.status, .message, .recordID, .version]

    static func resultsPath(forCSV path: String) -> String {
        let url = URL(fileURLWithPath: path)
        let base = url.pathExtension.lowercased() == "csv" ? url.deletingPathExtension() : url
        return base.path + ".results.csv"
    }

    /// The result columns by field, the header's own or added after its last column, and the titles of those added.
    private static func columns(header: SheetHeader, type: RecordType) -> (columns: [RecordField: Int], added: [(Int, String)]) {
        var columns = header.index
        var added: [(Int, String)] = []
        for field in resultFields where columns[field] == nil {
            let index = header.width + added.count
            columns[field] = index
            added.append((index, type.column(field)?.name ?? field.rawValue))
        }
        return (columns, added)
    }

    /// Writes `FILE.results.csv`: the CSV at `source` with the results in their columns, in its column order, with its
    /// delimiter and byte-order mark.
    static func prepareCSV(source: SheetSource, header: SheetHeader, type: RecordType, results: [Int: RowResult]) throws -> Prepared {
        let (columns, addedHeaders) = columns(header: header, type: type)
        let writer = try CSVFileWriter(path: resultsPath(forCSV: source.path), layout: CSVLayout(ofFile: source.path))
        try CSVRows.forEach(inFile: source.path) { number, copied in
            var fields = copied.map(CSVField.plain)
            if number == header.row {
                for (index, title) in addedHeaders { set(&fields, index, .text(title)) }
            } else if let result = results[number] {
                for (field, value) in cells(for: result) {
                    if let column = columns[field] { set(&fields, column, value.csvField(digits: 0)) }
                }
            }
            try writer.write(fields)
        }
        return .csv(writer)
    }

    /// The results going into a workbook while the run goes on: its sheet is rewritten on a thread of its own, just
    /// behind the rows whose results are settled, so little is left to write when the last row is posted.
    final class Workbook {
        private let surgery: XLSXBackgroundSurgery
        private let columns: [RecordField: Int]

        /// Starts rewriting the sheet of `source`, with the titles of the result columns the header lacks; refused when
        /// the sheet has no room for them after the header's last column.
        init(source: SheetSource, header: SheetHeader, type: RecordType) throws(RecordError) {
            let (columns, addedHeaders) = ResultWriteBack.columns(header: header, type: type)
            if let last = addedHeaders.last, last.0 >= CellReference.columnCount {
                throw .noRoomForResults(place: source.place, row: header.row, column: CellReference.column(CellReference.columnCount - 1),
                                        titles: addedHeaders.map(\.1))
            }
            let used = columns.values
            surgery = XLSXBackgroundSurgery(sheet: source.sheet ?? "", of: source.path,
                                            widening: used.min()!...used.max()!, onRow: header.row)
            self.columns = columns
            surgery.edits.set(rows: header.row...header.row, Dictionary(uniqueKeysWithValues: addedHeaders.map { ($0.0, .text($0.1)) }))
        }

        /// Writes settled results, top to bottom, below every row written before; a record's rows go as one run.
        func write(_ results: [(row: Int, result: RowResult)]) {
            var start = 0
            while start < results.count {
                var end = start
                while end + 1 < results.count, results[end + 1].row == results[end].row + 1,
                      results[end + 1].result == results[start].result {
                    end += 1
                }
                surgery.edits.set(rows: results[start].row...results[end].row, cellEdits(for: results[start].result, in: columns))
                start = end + 1
            }
        }

        /// Waits for the rewrite to finish the sheet.
        func finish() throws -> Prepared {
            .workbook(try surgery.finish())
        }

        /// Stops the rewrite, leaving nothing behind; nothing happens after `finish()`.
        func cancel() {
            surgery.cancel()
        }
    }

    /// The cells a result writes. Rows that reached the ledger get Post `done` and the record's ID and version;
    /// Error rows keep their Post, Record ID and Version so they can be fixed and posted again.
    private static func cells(for result: RowResult) -> [(RecordField, CellValue)] {
        var cells: [(RecordField, CellValue)] = [(.status, .text(result.status.rawValue)), (.message, .text(result.message))]
        guard result.status != .error, let recordID = result.recordID, let version = result.version else { return cells }
        cells += [(.post, .text("done")), (.recordID, .integer(recordID)), (.version, .integer(Int64(version)))]
        return cells
    }

    /// The cells a result writes, by sheet column.
    private static func cellEdits(for result: RowResult, in columns: [RecordField: Int]) -> [Int: XLSXCellEdit] {
        var edits: [Int: XLSXCellEdit] = [:]
        for (field, value) in cells(for: result) {
            if let column = columns[field] { edits[column] = XLSXCellEdit(value, digits: 0) }
        }
        return edits
    }

    private static func set(_ fields: inout [CSVField], _ index: Int, _ value: CSVField) {
        while fields.count <= index { fields.append(.plain("")) }
        fields[index] = value
    }
}
