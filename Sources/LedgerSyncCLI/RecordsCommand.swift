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
        @OptionGroup var file: RecordFileOptions

        func execute() throws {
            let type = try ShippedFiles.recordTypes().type(named: type)
            let store = try ledger.open()
            let output = try file.checkedOutput()
            try RecordTemplate.write(type, company: try file.companyName(in: store), store: store, to: output, builtAt: Date())
            FileHandle.standardError.write(Data("wrote \(output)\n".utf8))
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
        @OptionGroup var file: RecordFileOptions

        @Option(help: ArgumentHelp("Documents dated on or after this day (YYYY-MM-DD), with --to.", valueName: "date"))
        var from: LocalDate?
        @Option(help: ArgumentHelp("Documents dated on or before this day (YYYY-MM-DD), with --from.", valueName: "date"))
        var to: LocalDate?
        @Option(help: ArgumentHelp("Only this customer's documents.", valueName: "name"))
        var customer: String?
        @Option(help: ArgumentHelp("Only this vendor's documents.", valueName: "name"))
        var vendor: String?
        @Option(help: ArgumentHelp("Only the document with this number.", valueName: "number"))
        var number: String?

        func execute() throws {
            let type = try ShippedFiles.recordTypes().type(named: type)
            let filter = RecordExportFilter(from: from, to: to, customer: customer, vendor: vendor, number: number)
            let store = try ledger.open()
            let output = try file.checkedOutput()
            let rows = try RecordExport.write(type, company: try file.companyName(in: store), filter: filter, store: store,
                                              to: output, builtAt: Date())
            FileHandle.standardError.write(Data("wrote \(output) (\(rows) \(rows == 1 ? "row" : "rows"))\n".utf8))
        }
    }
}

/// The company and output file of `records template` and `records export`.
struct RecordFileOptions: ParsableArguments {
    @Option(help: "The company; may be left out when the ledger holds one company.")
    var company: String?

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("The .xlsx or .csv file to write.", valueName: "file"))
    var output: String

    @Flag(help: "Replace the output file if it exists.")
    var force = false

    /// The output path, once it is known to be a .xlsx or .csv file that may be written.
    func checkedOutput() throws -> String {
        guard ["xlsx", "csv"].contains(URL(fileURLWithPath: output).pathExtension.lowercased()) else {
            throw UserError("\(output): write to a .xlsx or .csv file")
        }
        if FileManager.default.fileExists(atPath: output), !force {
            throw UserError("\(output) already exists: add --force to replace it")
        }
        return output
    }

    /// `--company`, or the ledger's company when it holds exactly one.
    func companyName(in store: LedgerStore) throws -> String {
        try company ?? store.read { try $0.company(namedOrOnly: nil) }.name
    }
}
