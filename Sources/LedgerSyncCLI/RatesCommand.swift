import Spreadsheet
import ArgumentParser
import Foundation
import Ledger
import LedgerStore

/// `ledgersync rates import|list`: the exchange rates group reports translate with.
struct RatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rates", abstract: "Import or list exchange rates.",
                                                    subcommands: [Import.self, List.self])

    struct Import: ReportingCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import exchange rates from a CSV file with the header date,from,to,rate.",
            discussion: """
                Each row is what one unit of `from` is worth in `to` on a date (YYYY-MM-DD): daily rates, or one row a \
                month dated the day it starts to apply. A rate the ledger has for the same pair and date is replaced, \
                so importing a file again changes nothing. A bad row stops the import with nothing written.
                """)
        @OptionGroup var options: LedgerOptions

        @Argument(help: ArgumentHelp("The CSV file (comma, semicolon or tab; UTF-8).", valueName: "file"))
        var file: String

        func execute() throws {
            let imported = try ExchangeRateImport.run(path: file, into: options.open())
            print("imported \(imported.rates) rates from \(URL(fileURLWithPath: file).lastPathComponent): "
                  + "\(imported.added) new, \(imported.changed) changed, \(imported.unchanged) unchanged")
            var table = TextTable(["Pair", "First", "Last", "Rates"], rightAligned: [3])
            for pair in imported.pairs {
                table.add([pair.pair, pair.first.description, pair.last.description, String(pair.count)])
            }
            print(table.rendered)
        }
    }

    struct List: ReportingCommand {
        static let configuration = CommandConfiguration(
            abstract: "List the currency pairs with rates, or with --from and --to, one pair's rates.")
        @OptionGroup var options: LedgerOptions

        @Option(help: ArgumentHelp("Show the rates from this currency (with --to).", valueName: "CUR"))
        var from: String?

        @Option(help: ArgumentHelp("Show the rates into this currency (with --from).", valueName: "CUR"))
        var to: String?

        func execute() throws {
            let store = try options.open()
            switch (from, to) {
            case (nil, nil):
                let pairs = try store.read { try $0.ratePairs() }
                guard !pairs.isEmpty else {
                    print("no exchange rates yet: import them with `ledgersync rates import FILE`")
                    return
                }
                var table = TextTable(["Pair", "First", "Last", "Rates"], rightAligned: [3])
                for pair in pairs {
                    table.add(["\(pair.from.code)/\(pair.to.code)", pair.first.description, pair.last.description, String(pair.count)])
                }
                print(table.rendered)
            case let (from?, to?):
                let (from, to) = (try Currency(code: from), try Currency(code: to))
                let rates = try store.read { try $0.rates(from: from, to: to) }
                guard !rates.isEmpty else { throw UserError("the ledger has no \(from.code)/\(to.code) rates; `ledgersync rates list` shows the pairs it has") }
                var table = TextTable(["Date", "\(from.code)/\(to.code)"], rightAligned: [1])
                for rate in rates { table.add([rate.date.description, DecimalText.format(rate.rate)]) }
                print(table.rendered)
            default:
                throw UserError("give both --from and --to to list one pair's rates, or neither to list the pairs")
            }
        }
    }
}
