import ArgumentParser
import Foundation
import Spreadsheet
import XLSXReading

/// `ledgersync convert IN -o OUT [--sheet NAME|NUMBER]`: one XLSX sheet to CSV, or CSV to XLSX.
struct ConvertCommand: ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "convert", abstract: "Convert a sheet of an .xlsx file to .csv, or a .csv file to .xlsx.",
        discussion: "It uses the reader `records post` uses: numbers as stored, dates ISO, booleans TRUE/FALSE.")

    @Argument(help: "The .xlsx or .csv file to read.")
    var input: String

    @OptionGroup var file: OutputFileOptions

    @Option(help: ArgumentHelp("The sheet to convert, by name or number (the first by default).", valueName: "name|number"))
    var sheet: String?

    @Flag(help: "Write text cells to CSV exactly as they are, even those a spreadsheet would take for a formula (by default they get a leading apostrophe).")
    var raw = false

    func validate() throws { try file.check() }

    func execute() throws {
        let output = file.output
        let reads = XLSXReader.isWorkbook(input) ? "xlsx" : URL(fileURLWithPath: input).pathExtension.lowercased()
        switch (reads, URL(fileURLWithPath: output).pathExtension.lowercased()) {
        case ("xlsx", "csv"):
            let (name, lines) = try SheetConversion.xlsxToCSV(input, sheet: sheet, output: output, raw: raw)
            FileHandle.standardError.write(Data("wrote \(output): sheet \"\(name)\", \(lines) lines\n".utf8))
        case ("csv", "xlsx"):
            if raw { throw UserError("--raw is for .xlsx to .csv: a .csv to .xlsx conversion writes text cells as text already") }
            let rows = try SheetConversion.csvToXLSX(input, output: output, sheetName: sheet ?? "Sheet1")
            FileHandle.standardError.write(Data("wrote \(output): \(rows) rows\n".utf8))
        default:
            throw UserError("convert reads .xlsx (or .xlsm, .xltx, .xltm) and writes .csv, or reads .csv and writes .xlsx")
        }
    }
}
