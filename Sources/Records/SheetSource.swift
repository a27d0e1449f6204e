import CSVFiles
import Foundation
import Spreadsheet
import XLSXReading

/// The sheet a `records post` reads: one sheet of an XLSX workbook from any writer, or a CSV file. It knows what a
/// template or export said about itself (record type and company, in the hidden `SheetManifest` sheet).
struct SheetSource {
    enum Format { case xlsx, csv }

    let path: String
    let format: Format
    /// The worksheet's name; nil for CSV.
    let sheet: String?
    /// The record type and company the workbook was written for, when it is one of ours.
    let recordTypeName: String?
    let companyName: String?
    private let workbook: XLSXReader?

    /// Whether date serials count from 1904 (false for CSV).
    var uses1904Dates: Bool { workbook?.uses1904Dates ?? false }
    var fileName: String { URL(fileURLWithPath: path).lastPathComponent }
    /// The file, and the sheet of a workbook, as problem lines name them.
    var place: String { sheet.map { "\(fileName), sheet \"\($0)\"" } ?? fileName }

    /// Opens `path`; `sheet` picks a worksheet by name or number. Without it, the sheet a template or export was
    /// written for, else the first whose name is a record type's title, else the first that is not
    /// Instructions or Lists.
    init(path: String, sheet requested: String?, catalog: RecordTypeCatalog) throws {
        self.path = path
        let name = URL(fileURLWithPath: path).lastPathComponent
        guard FileManager.default.fileExists(atPath: path) else {
            throw RecordError.missingFile(path: path)
        }
        guard XLSXReader.isWorkbook(path) else {
            guard requested == nil else { throw RecordError.sheetOfCSV(file: name) }
            format = .csv
            sheet = nil
            recordTypeName = nil
            companyName = nil
            workbook = nil
            return
        }
        let reader = try XLSXReader(path: path)
        let written = try SheetManifest.read(from: reader).map(RecordWorkbookMetadata.recordSheets) ?? []
        let chosen: String
        if let requested {
            chosen = try SheetConversion.sheetName(requested, in: reader.sheetNames, file: name)
        } else if let ours = written.first {
            chosen = ours.sheet
        } else if let titled = reader.sheetNames.first(where: { catalog.type(forSheet: $0) != nil }) {
            chosen = titled
        } else if let first = reader.sheetNames.first(where: { !["instructions", "lists", SheetManifest.sheetName].contains($0.lowercased()) }) {
            chosen = first
        } else {
            throw RecordError.noRecordsSheet(file: name)
        }
        format = .xlsx
        sheet = chosen
        let request = written.first { $0.sheet == chosen }
        recordTypeName = request?.request.records
        companyName = request?.request.company
        workbook = reader
    }

    /// Each row's number and cells, in order; CSV fields are text. Empty rows are skipped.
    func forEachRow(_ body: (Int, [XLSXValue?]) throws -> Void) throws {
        switch format {
        case .xlsx:
            try workbook!.forEachRow(inSheet: sheet!) { row in try body(row.number, row.cells.map { $0?.value }) }
        case .csv:
            try CSVRows.forEach(inFile: path) { number, fields in
                guard fields.contains(where: { !$0.isEmpty }) else { return }
                try body(number, fields.map { $0.isEmpty ? nil : .text($0) })
            }
        }
    }
}
