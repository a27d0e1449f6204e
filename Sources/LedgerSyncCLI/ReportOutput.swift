import Foundation
import Ledger
import LedgerStore
import Refresh
import Reports

/// Builds a request and sends it where the options say: the terminal, a CSV file or an XLSX workbook.
enum ReportOutput {
    static func run(report name: String, options: ReportOptions, ledger: LedgerStore) throws {
        let definition = try ReportCatalog.definition(named: name)
        if options.group != nil, options.company != nil { throw UserError("give --company or --group, not both") }
        let company = options.group != nil ? "" : try options.company ?? ledger.read { try $0.company(namedOrOnly: nil) }.name
        let request = options.request(report: definition.name, company: company)
        let builtAt = Date()
        if options.sheet != nil, URL(fileURLWithPath: options.output ?? "").pathExtension.lowercased() != "xlsx" {
            throw UserError("--sheet names a worksheet: use it with -o FILE.xlsx")
        }
        let sheets = try ReportSheet.plan(for: request, named: options.sheet, in: ledger)
        guard let output = options.output else {
            // A group report's other sheets (companies, rates) follow the statement on the terminal.
            try ReportBuilder.run(sheets.map(\.request), in: ledger, today: today, builtAt: builtAt) { index in
                if index > 0 { FileHandle.standardOutput.write(Data("\n".utf8)) }
                return TextReportRenderer { FileHandle.standardOutput.write(Data($0.utf8)) }
            }
            return
        }
        let exists = FileManager.default.fileExists(atPath: output)
        if exists, options.sheet != nil {
            var refresh = RefreshOptions(asOf: request.asOf, today: today)
            refresh.force = options.force
            refresh.builtAt = builtAt
            try WorkbookRefresh.addReport(sheets, to: output, from: ledger, options: refresh)
            let names = sheets.map { "\"\($0.name)\"" }.joined(separator: ", ")
            FileHandle.standardError.write(Data("wrote sheet\(sheets.count == 1 ? "" : "s") \(names) into \(output)\n".utf8))
            return
        }
        if exists, !options.force {
            throw UserError("\(output) already exists: add --sheet NAME to add the report to it as a sheet, or --force to replace the file")
        }
        switch URL(fileURLWithPath: output).pathExtension.lowercased() {
        case "csv":
            if request.byCompany { throw UserError("--by-company adds a sheet per company: write to an .xlsx file") }
            try ReportBuilder.run(request, in: ledger, today: today, builtAt: builtAt, into: try CSVReportRenderer(path: output))
        case "xlsx":
            let workbook = try ReportWorkbook(path: output)
            try ReportBuilder.run(sheets.map(\.request), in: ledger, today: today, builtAt: builtAt) { index in
                try workbook.sheet(named: sheets[index].name, request: sheets[index].request, builtAt: builtAt)
            }
            try workbook.close()
        default:
            throw UserError("\(output): write to a .xlsx or .csv file, or leave out -o to print a table")
        }
        FileHandle.standardError.write(Data("wrote \(output)\n".utf8))
    }

    /// Today in the local time zone, the default as-of date.
    static var today: LocalDate {
        let parts = Calendar.current.dateComponents([.year, .month, .day], from: Date())
        return LocalDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
