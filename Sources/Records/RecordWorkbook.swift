import Foundation
import Spreadsheet

/// A records template or export being written: an XLSX workbook (Instructions, the entry sheet named for the type,
/// with drop-downs, then the hidden Lists and `_ledgersync` sheets) or a CSV file (the header, then the rows). Rows
/// stream in through `add(_:)`, top to bottom; the file appears whole at `close()`, or not at all.
public final class RecordWorkbook {
    /// The rows added so far, not counting the header.
    public private(set) var rowCount = 0
    private let sink: any RecordWorkbookSink

    /// Starts the file at `path` for `directory`'s company; the extension (.xlsx or .csv) picks the format. An XLSX
    /// file's entry sheet is called `entrySheet` (the type's title when nil), and its `_ledgersync` row records
    /// `export`, the filter of an export (nil for a template).
    public init(path: String, type: RecordType, directory: CompanyDirectory, builtAt: Date, entrySheet: String? = nil,
                export: RecordExportFilter? = nil) throws {
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "xlsx":
            sink = try RecordWorkbookXLSX(path: path, type: type, directory: directory, builtAt: builtAt,
                                          entrySheet: entrySheet ?? type.title, export: export)
        case "csv": sink = try RecordWorkbookCSV(path: path, type: type, currency: directory.company.baseCurrency)
        default: throw RecordError.unsupportedOutput(file: URL(fileURLWithPath: path).lastPathComponent)
        }
    }

    /// Appends one row below the ones before it; fields the type has no column for are left out.
    public func add(_ row: RecordRow) throws {
        try sink.add(row)
        rowCount += 1
    }

    /// Finishes the file and moves it into place.
    public func close() throws {
        try sink.close()
    }

    /// The entry sheet's `_ledgersync` row, with its fingerprint once closed; nil for CSV, which has none.
    var manifestEntry: SheetManifest.Entry? { sink.manifestEntry }
}

/// One output format of a `RecordWorkbook`.
protocol RecordWorkbookSink {
    var manifestEntry: SheetManifest.Entry? { get }
    func add(_ row: RecordRow) throws
    func close() throws
}
