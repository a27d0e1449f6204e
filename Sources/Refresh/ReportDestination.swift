import Foundation
import Ledger
import LedgerStore
import Reports

/// Where a built report goes, chosen from the output file the user named (if any), the sheet name and whether an
/// existing file may be replaced: the terminal, a CSV file, a new XLSX workbook, or sheets put into a workbook that
/// exists. The choice refuses what cannot work before anything is built.
public enum ReportDestination: Sendable, Equatable {
    case terminal
    case csvFile(String)
    /// A new workbook, or one replacing the file at the path.
    case workbook(String)
    /// Sheets added to a workbook that exists, replacing the sheets of the same names LedgerSync built; `overEdits`
    /// replaces them even where their cells were edited.
    case sheets(in: String, overEdits: Bool)

    public init(output: String?, sheet: String?, replacing: Bool, byCompany: Bool) throws(ReportDestinationError) {
        guard let output else {
            if sheet != nil { throw .sheetNeedsWorkbook }
            self = .terminal
            return
        }
        let format = URL(fileURLWithPath: output).pathExtension.lowercased()
        if sheet != nil, format != "xlsx" { throw .sheetNeedsWorkbook }
        let exists = FileManager.default.fileExists(atPath: output)
        if exists, sheet != nil {
            self = .sheets(in: output, overEdits: replacing)
            return
        }
        if exists, !replacing { throw .exists(output) }
        switch format {
        case "csv":
            if byCompany { throw .companySheetsNeedWorkbook }
            self = .csvFile(output)
        case "xlsx": self = .workbook(output)
        default: throw .unsupportedFormat(output)
        }
    }

    /// What `write` put where.
    public enum Written: Sendable, Equatable {
        case printed
        case file(String)
        case sheets([String], in: String)
    }

    /// Builds the planned sheets (see `ReportSheet.plan`: the report, then a group's company and rates sheets) into
    /// this destination. The terminal gets each sheet's text through `print`, the sheets one after another.
    public func write(_ sheets: [ReportSheet], from store: LedgerStore, today: LocalDate, builtAt: Date,
                      print: @escaping (String) -> Void) throws -> Written {
        switch self {
        case .terminal:
            try ReportBuilder.run(sheets.map(\.request), in: store, today: today, builtAt: builtAt) { index in
                if index > 0 { print("\n") }
                return TextReportRenderer(output: print)
            }
            return .printed
        case .csvFile(let path):
            try ReportBuilder.run(sheets[0].request, in: store, today: today, builtAt: builtAt, into: try CSVReportRenderer(path: path))
            return .file(path)
        case .workbook(let path):
            let workbook = try ReportWorkbook(path: path)
            try ReportBuilder.run(sheets.map(\.request), in: store, today: today, builtAt: builtAt) { index in
                try workbook.sheet(named: sheets[index].name, request: sheets[index].request, builtAt: builtAt)
            }
            try workbook.close()
            return .file(path)
        case .sheets(let path, let overEdits):
            var options = RefreshOptions(asOf: sheets[0].request.asOf, today: today)
            options.force = overEdits
            options.builtAt = builtAt
            try WorkbookRefresh.addReport(sheets, to: path, from: store, options: options)
            return .sheets(sheets.map(\.name), in: path)
        }
    }
}

/// An output that cannot take the report; the command line words each case with its options.
public enum ReportDestinationError: Error, Equatable {
    /// A sheet name without an .xlsx file to put the sheet in.
    case sheetNeedsWorkbook
    /// A file that exists, with no leave to replace it or to add a sheet.
    case exists(String)
    /// A sheet per company asked for in a format that has one sheet.
    case companySheetsNeedWorkbook
    /// Neither .xlsx nor .csv.
    case unsupportedFormat(String)
}
