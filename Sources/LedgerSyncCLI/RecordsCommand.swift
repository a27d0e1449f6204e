import Spreadsheet
import ArgumentParser
import Foundation
import Ledger
import LedgerStore
import Records

/// `ledgersync records …`: sheets for entering and editing records (invoices and bills, payments, journal entries,
/// customers, vendors, items, accounts).
struct RecordsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "records", abstract: "Records in spreadsheets: write templates and exports to fill in or edit, and post them back.",
        subcommands: [Types.self, Template.self, Export.self, RecordsPostCommand.self])

    /// `records types`: each record type with what it holds.
    struct Types: ReportingCommand {
        static let configuration = CommandConfiguration(abstract: "List the record types.")

        func execute() throws {
            var table = TextTable(["Type", "What it holds"])
            for type in try ShippedFiles.recordTypes().types { table.add([type.name, type.summary]) }
            print(table.rendered)
        }
    }

    /// `records template TYPE -o FILE`: an empty sheet with instructions and drop-downs.
    struct Template: ReportingCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write an empty records sheet: XLSX with instructions and drop-downs of the company's names, or CSV with the header.")

        @OptionGroup var ledger: LedgerOptions
        @Argument(help: "The record type (see `ledgersync records types`).")
        var type: String
        @OptionGroup var company: CompanyOptions
        @OptionGroup var file: OutputFileOptions

        func validate() throws { try file.check(formats: ["xlsx", "csv"]) }

        func execute() throws {
            let type = try ShippedFiles.recordTypes().type(named: type)
            let store = try ledger.open()
            try RecordTemplate.write(type, company: try company.company(in: store).name, store: store, to: file.output, builtAt: Date())
            FileHandle.standardError.write(Data("wrote \(file.output)\n".utf8))
        }
    }

    /// `records export TYPE -o FILE`: the company's records in the template's layout, to edit and post back.
    struct Export: ReportingCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a company's records in the template's layout, to edit and post back.",
            discussion: "Documents (invoices-and-bills, payments, journal-entries) are the posted ones; --from/--to, --customer, --vendor and --number narrow them.")

        @OptionGroup var ledger: LedgerOptions
        @Argument(help: "The record type (see `ledgersync records types`).")
        var type: String
        @OptionGroup var company: CompanyOptions
        @OptionGroup var file: OutputFileOptions
        @OptionGroup var dates: DateRangeOptions
        @Option(help: ArgumentHelp("Only this customer's documents.", valueName: "name"))
        var customer: String?
        @Option(help: ArgumentHelp("Only this vendor's documents.", valueName: "name"))
        var vendor: String?
        @Option(help: ArgumentHelp("Only the document with this number.", valueName: "number"))
        var number: String?

        func validate() throws { try file.check(formats: ["xlsx", "csv"]) }

        func execute() throws {
            let type = try ShippedFiles.recordTypes().type(named: type)
            let filter = RecordExportFilter(from: dates.from, to: dates.to, customer: customer, vendor: vendor, number: number)
            let store = try ledger.open()
            let rows = try RecordExport.write(type, company: try company.company(in: store).name, filter: filter, store: store,
                                              to: file.output, builtAt: Date())
            FileHandle.standardError.write(Data("wrote \(file.output) (\(rows) \(rows == 1 ? "row" : "rows"))\n".utf8))
        }
    }
}
