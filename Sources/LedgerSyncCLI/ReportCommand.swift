import Spreadsheet
import ArgumentParser
import Reports

/// `ledgersync report REPORT [options]` and `ledgersync report list`.
struct ReportCommand: ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Build a report: profit-and-loss, balance-sheet, trial-balance, general-ledger, ar-aging, ap-aging, sales-tax-liability.",
        discussion: "`ledgersync report list` names every report and table with its options.")

    @OptionGroup var ledger: LedgerOptions
    @Argument(help: "The report's name, or `list`.")
    var report: String
    @OptionGroup var options: ReportOptions

    func execute() throws {
        if report == "list" {
            print(ReportList.text)
            return
        }
        try ReportOutput.run(report: report, options: options, ledger: ledger.open())
    }
}

/// `ledgersync table TABLE [options]`: flat data tables for pivots.
struct TableCommand: ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "table",
        abstract: "Build a data table: invoices, bills, payments, customers, vendors, accounts, items, transactions.")

    @OptionGroup var ledger: LedgerOptions
    @Argument(help: "The table's name.")
    var table: String
    @OptionGroup var options: ReportOptions

    func execute() throws {
        try ReportOutput.run(report: table, options: options, ledger: ledger.open())
    }
}

/// The catalog as `report list` prints it.
enum ReportList {
    static var text: String {
        var table = TextTable(["Name", "Kind", "What it shows", "Options"])
        for definition in ReportCatalog.all {
            let options = definition.options.sorted().map(\.flag).joined(separator: " ")
            table.add([definition.name, definition.isTable ? "table" : "report", definition.summary, options])
        }
        return table.rendered + "\n\nEvery report and table takes --company, -o FILE (.xlsx or .csv), --sheet NAME and --force."
    }
}
