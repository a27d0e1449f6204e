import Foundation
import Ledger
import Spreadsheet

/// Writes each processed row's Status, Message, Record ID and Version back where the rows came from, and marks
/// Post `done` on the rows that reached the ledger: into the workbook itself (every other cell, sheet and
/// setting kept), or beside a CSV file as `FILE.results.csv`. The new file is prepared first and put in place
/// only after the ledger has committed.
enum ResultWriteBack {
    /// A written result file waiting to be put in place.
    enum Prepared {
        case workbook(PreparedWorkbook)
        case csv(CSVFileWriter)

        func install() throws {
            switch self {
            case .workbook(let workbook): try workbook.install()
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

    static func prepare(source: SheetSource, header: SheetHeader, type: RecordType, results: [Int: RowResult]) throws -> Prepared {
        var columns = header.index
        var added: [(RecordField, Int)] = []
        for field in resultFields where columns[field] == nil {
            columns[field] = header.width + added.count
            added.append((field, header.width + added.count))
        }
        let addedHeaders = added.map { (field, index) in (index, type.column(field)?.name ?? field.rawValue) }
        switch source.format {
        case .xlsx:
            var edits = XLSXSheetEdits()
            for (index, title) in addedHeaders { edits.set(row: header.row, column: index, .text(title)) }
            for run in runs(of: results) { edits.set(rows: run.rows, cellEdits(for: run.result, in: columns)) }
            return .workbook(try XLSXWorkbookSurgery.prepare(edits, sheet: source.sheet ?? "", of: source.path))
        case .csv:
            let writer = try CSVFileWriter(path: resultsPath(forCSV: source.path))
            try CSVRows.forEach(inFile: source.path) { number, fields in
                var fields = fields
                if number == header.row {
                    for (index, title) in addedHeaders { set(&fields, index, title) }
                } else if let result = results[number] {
                    for (field, value) in cells(for: result) {
                        guard let column = columns[field] else { continue }
                        switch value {
                        case .text(let text): set(&fields, column, text)
                        case .number(let number): set(&fields, column, DecimalText.format(number))
                        case .blank: set(&fields, column, "")
                        }
                    }
                }
                try writer.write(fields)
            }
            return .csv(writer)
        }
    }

    /// The cells a result writes. Rows that reached the ledger get Post `done` and the record's ID and version;
    /// Error rows keep their Post, Record ID and Version so they can be fixed and posted again.
    private static func cells(for result: RowResult) -> [(RecordField, XLSXCellEdit)] {
        var cells: [(RecordField, XLSXCellEdit)] = [(.status, .text(result.status.rawValue)), (.message, .text(result.message))]
        guard result.status != .error, let recordID = result.recordID, let version = result.version else { return cells }
        cells += [(.post, .text("done")), (.recordID, .number(Decimal(recordID))), (.version, .number(Decimal(version)))]
        return cells
    }

    /// The results top to bottom, consecutive rows with equal results (the rows of one record) taken together.
    private static func runs(of results: [Int: RowResult]) -> [(rows: ClosedRange<Int>, result: RowResult)] {
        var runs: [(rows: ClosedRange<Int>, result: RowResult)] = []
        for row in results.keys.sorted() {
            guard let result = results[row] else { continue }
            if let last = runs.last, last.rows.upperBound == row - 1, last.result == result {
                runs[runs.count - 1].rows = last.rows.lowerBound...row
            } else {
                runs.append((row...row, result))
            }
        }
        return runs
    }

    /// The cells a result writes, by sheet column.
    private static func cellEdits(for result: RowResult, in columns: [RecordField: Int]) -> [Int: XLSXCellEdit] {
        var edits: [Int: XLSXCellEdit] = [:]
        for (field, value) in cells(for: result) {
            if let column = columns[field] { edits[column] = value }
        }
        return edits
    }

    private static func set(_ fields: inout [String], _ index: Int, _ value: String) {
        while fields.count <= index { fields.append("") }
        fields[index] = value
    }
}
