import Foundation
import Testing

/// `rates import` and `rates list` as a user runs them.
@Suite struct RatesCommandTests {
    typealias CLI = LedgerSyncProcess

    private func file(_ name: String, _ text: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("rates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    private static let pairs = """
        Pair     First       Last        Rates
        -------  ----------  ----------  -----
        CAD/USD  2025-01-01  2025-01-03      3
        EUR/USD  2025-01-31  2025-02-28      2

        """

    /// Daily CAD rates and monthly EUR ones, saved by a spreadsheet with a BOM, semicolons and CRLF.
    private func goodFile() throws -> String {
        try file("rates.csv", """
            \u{FEFF}date;from;to;rate\r
            2025-01-01;CAD;USD;0.6952\r
            2025-01-02;CAD;USD;0.69485\r
            2025-01-03;cad;usd;0.6961\r
            2025-01-31;EUR;USD;1.0412\r
            2025-02-28;EUR;USD;1.0375\r

            """)
    }

    @Test func importingSaysWhatItAddedAndImportingAgainChangesNothing() throws {
        let ledger = CLI.temporaryLedger()
        #expect(try CLI.run(["init"], ledger: ledger).status == 0)
        #expect(try CLI.run(["rates", "list"], ledger: ledger).stdout == "no exchange rates yet: import them with `ledgersync rates import FILE`\n")
        let file = try goodFile()
        let first = try CLI.run(["rates", "import", file], ledger: ledger)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout == "imported 5 rates from rates.csv: 5 new, 0 changed, 0 unchanged\n" + Self.pairs)
        let again = try CLI.run(["rates", "import", file], ledger: ledger)
        #expect(again.stdout == "imported 5 rates from rates.csv: 0 new, 0 changed, 5 unchanged\n" + Self.pairs)
        #expect(try CLI.run(["rates", "list"], ledger: ledger).stdout == Self.pairs)

        let corrected = try self.file("corrected.csv", "date,from,to,rate\n2025-01-02,CAD,USD,0.6949\n")
        #expect(try CLI.run(["rates", "import", corrected], ledger: ledger).stdout.hasPrefix("imported 1 rates from corrected.csv: 0 new, 1 changed, 0 unchanged\n"))
        #expect(try CLI.run(["rates", "list", "--from", "cad", "--to", "USD"], ledger: ledger).stdout == """
            Date        CAD/USD
            ----------  -------
            2025-01-01   0.6952
            2025-01-02   0.6949
            2025-01-03   0.6961

            """)
    }

    @Test func aBadRowIsNamedAndNoRateOfTheFileIsWritten() throws {
        let ledger = CLI.temporaryLedger()
        #expect(try CLI.run(["init"], ledger: ledger).status == 0)
        #expect(try CLI.run(["rates", "import", try goodFile()], ledger: ledger).status == 0)
        let bad = try file("bad-rates.csv", """
            date,from,to,rate
            2025-01-04,CAD,USD,0.6970
            2025-01-31,GBP,USD,1.2410
            2025-02-28,GBP,USD,-1.2388

            """)
        let outcome = try CLI.run(["rates", "import", bad], ledger: ledger)
        #expect(outcome.status == 2)
        #expect(outcome.stdout.isEmpty)
        #expect(outcome.stderr == "ledgersync: bad-rates.csv, row 4, column \"rate\": the rate must be more than zero, not -1.2388\n")
        #expect(try CLI.run(["rates", "list"], ledger: ledger).stdout == Self.pairs)
    }

    @Test func listingOnePairNeedsBothCurrenciesAndRatesForThem() throws {
        let ledger = CLI.temporaryLedger()
        #expect(try CLI.run(["init"], ledger: ledger).status == 0)
        #expect(try CLI.run(["rates", "import", try goodFile()], ledger: ledger).status == 0)
        let cases: [([String], String)] = [
            (["rates", "list", "--from", "CAD"], "ledgersync: give both --from and --to to list one pair's rates, or neither to list the pairs\n"),
            (["rates", "list", "--from", "USD", "--to", "CAD"],
             "ledgersync: the ledger has no USD/CAD rates; `ledgersync rates list` shows the pairs it has\n"),
            (["rates", "list", "--from", "CAN", "--to", "USD"],
             "ledgersync: \"CAN\" is not an ISO 4217 currency code (use three letters such as USD, EUR, JPY)\n"),
        ]
        for (arguments, message) in cases {
            let outcome = try CLI.run(arguments, ledger: ledger)
            #expect(outcome.status == 2, "\(arguments)")
            #expect(outcome.stderr == message)
        }
    }
}
