import Foundation
import Testing

/// `group add|list|remove` and `group map export|import` as a user runs them.
@Suite struct GroupCommandTests {
    typealias CLI = LedgerSyncProcess

    /// A ledger with three companies on the starter chart, one of them with a comma in its name.
    private func ledger() throws -> String {
        let ledger = CLI.temporaryLedger()
        for (name, currency) in [("Harbor Foods, Inc.", "USD"), ("Harbor Bakery", "EUR"), ("Harbor UK", "GBP")] {
            let added = try CLI.run(["company", "add", name, "--currency", currency], ledger: ledger)
            #expect(added.status == 0, "\(added.stderr)")
        }
        return ledger
    }

    private func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("group-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func addListAndRemoveAGroupWithOneLineForEachMistake() throws {
        let ledger = try ledger()
        let added = try CLI.run(["group", "add", "Harbor Group", "--companies", "harbor foods, inc.,Harbor Bakery", "--currency", "usd"],
                                ledger: ledger)
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout == "added group Harbor Group (USD): Harbor Foods, Inc., Harbor Bakery\n")

        let cases: [([String], String)] = [
            (["group", "add", "HARBOR GROUP", "--companies", "Harbor UK", "--currency", "USD"],
             "ledgersync: a group named \"Harbor Group\" already exists in this ledger\n"),
            (["group", "add", "Other", "--companies", "Harbor Bakery,Harbour UK", "--currency", "USD"],
             "ledgersync: no company named \"Harbour UK\" (did you mean \"Harbor UK\"?)\n"),
            (["group", "add", "Other", "--companies", "Harbor UK, harbor uk", "--currency", "USD"],
             "ledgersync: Harbor UK is listed twice for group \"Other\"\n"),
            (["group", "add", "Other", "--companies", " , ", "--currency", "USD"],
             "ledgersync: --companies needs company names, separated by commas\n"),
            (["group", "add", "Other", "--companies", "Harbor UK", "--currency", "POUND"],
             "ledgersync: \"POUND\" is not an ISO 4217 currency code (use three letters such as USD, EUR, JPY)\n"),
            (["group", "remove", "Harbour Group"], "ledgersync: no group named \"Harbour Group\" (did you mean \"Harbor Group\"?)\n"),
        ]
        for (arguments, message) in cases {
            let outcome = try CLI.run(arguments, ledger: ledger)
            #expect(outcome.status == 2, "\(arguments)")
            #expect(outcome.stderr == message)
        }
        #expect(try CLI.run(["group", "list"], ledger: ledger).stdout == """
            Group         Currency  Companies
            ------------  --------  ---------------------------------
            Harbor Group  USD       Harbor Foods, Inc., Harbor Bakery

            """)

        #expect(try CLI.run(["group", "remove", "harbor group"], ledger: ledger).stdout == "removed group Harbor Group\n")
        #expect(try CLI.run(["group", "list"], ledger: ledger).stdout
                == "no groups yet: add one with `ledgersync group add NAME --companies A,B --currency CUR`\n")
        #expect(try CLI.run(["company", "list"], ledger: ledger).stdout.contains("Harbor Bakery"), "the companies stay")
    }

    @Test func anEditedMapComesBackAsOverridesAndTheDefaultRuleTakesThemAway() throws {
        let ledger = try ledger(), folder = try folder()
        #expect(try CLI.run(["group", "add", "Harbor Group", "--companies", "Harbor Bakery,Harbor UK", "--currency", "EUR"], ledger: ledger).status == 0)
        let first = folder.appendingPathComponent("map.csv").path
        let exported = try CLI.run(["group", "map", "export", "--group", "harbor group", "-o", first], ledger: ledger)
        #expect(exported.status == 0, "\(exported.stderr)")
        let lines = try String(contentsOfFile: first, encoding: .utf8).components(separatedBy: "\r\n")
        #expect(lines.first == "company,account number,account name,group account")
        #expect(lines.contains("Harbor Bakery,4010,Product Sales,4010"), "without a group code an account goes by its number")
        #expect(!lines.contains { $0.hasPrefix("Harbor Foods") }, "only the group's companies")
        #expect(exported.stderr == "wrote \(first) (\(lines.count - 2) accounts of Harbor Group)\n")

        let edited = folder.appendingPathComponent("edited.csv").path
        try "company,account number,account name,group account\nHarbor Bakery,4010,Product Sales,G4000\nharbor uk,,rent,G6200\n"
            .write(toFile: edited, atomically: true, encoding: .utf8)
        let imported = try CLI.run(["group", "map", "import", edited, "--group", "Harbor Group"], ledger: ledger)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdout == "Harbor Group: 2 accounts from edited.csv, 2 mapped by override, 0 by the default rule\n")
        let second = folder.appendingPathComponent("map2.csv").path
        #expect(try CLI.run(["group", "map", "export", "--group", "Harbor Group", "-o", second], ledger: ledger).status == 0)
        let mapped = try String(contentsOfFile: second, encoding: .utf8)
        #expect(mapped.contains("Harbor Bakery,4010,Product Sales,G4000\r\n"))
        #expect(mapped.contains("Harbor UK,6010,Rent,G6200\r\n"))
        #expect(mapped.contains("Harbor UK,4010,Product Sales,4010\r\n"))

        let restored = try CLI.run(["group", "map", "import", first, "--group", "Harbor Group"], ledger: ledger)
        #expect(restored.stdout.hasSuffix(", 0 mapped by override, \(lines.count - 2) by the default rule\n"))
        #expect(try CLI.run(["group", "map", "export", "--group", "Harbor Group", "-o", second, "--force"], ledger: ledger).status == 0)
        #expect(try String(contentsOfFile: second, encoding: .utf8) == String(contentsOfFile: first, encoding: .utf8))
    }

    @Test func aBadMapRowIsNamedAndNothingIsWritten() throws {
        let ledger = try ledger(), folder = try folder()
        #expect(try CLI.run(["group", "add", "Harbor Group", "--companies", "Harbor Bakery,Harbor UK", "--currency", "EUR"], ledger: ledger).status == 0)
        let before = folder.appendingPathComponent("before.csv").path
        #expect(try CLI.run(["group", "map", "export", "--group", "Harbor Group", "-o", before], ledger: ledger).status == 0)
        let header = "company,account number,account name,group account\n"
        let good = "Harbor Bakery,4010,Product Sales,G4000\n"
        let cases: [(String, String)] = [
            ("\"Harbor Foods, Inc.\",4010,Product Sales,G4000", "column \"company\": no company named \"Harbor Foods, Inc.\" in group \"Harbor Group\""),
            ("Harbour UK,4010,Product Sales,G4000",
             "column \"company\": no company named \"Harbour UK\" in group \"Harbor Group\" (did you mean \"Harbor UK\"?)"),
            ("Harbor UK,4999,,G4000", "column \"account number\": Harbor UK has no account number 4999"),
            ("Harbor UK,4010,Rent,G4000",
             "column \"account name\": account 4010 of Harbor UK is \"Product Sales\", not \"Rent\"; correct the number or the name"),
            ("Harbor Bakery,,product sales,G4100",
             "column \"account name\": account \"4010 Product Sales\" is also on row 2; list each account once"),
        ]
        for (row, message) in cases {
            let file = folder.appendingPathComponent("bad.csv").path
            try (header + good + row + "\n").write(toFile: file, atomically: true, encoding: .utf8)
            let outcome = try CLI.run(["group", "map", "import", file, "--group", "Harbor Group"], ledger: ledger)
            #expect(outcome.status == 2, "\(row)")
            #expect(outcome.stderr == "ledgersync: bad.csv, row 3, \(message)\n")
        }
        let after = folder.appendingPathComponent("after.csv").path
        #expect(try CLI.run(["group", "map", "export", "--group", "Harbor Group", "-o", after], ledger: ledger).status == 0)
        #expect(try String(contentsOfFile: after, encoding: .utf8) == String(contentsOfFile: before, encoding: .utf8),
                "the good row before each bad one was not written either")
    }
}
