import Testing
import Ledger

@Suite struct NameMatchTests {
    @Test func suggestsWhatTheUserProbablyMeant() {
        let names = ["ACME Corporation", "Acme Supplies", "Great Lakes Food Market", "Northwind UK Ltd"]
        #expect(NameMatch.suggestions(for: "Acme Corp", among: names).first == "ACME Corporation")
        #expect(NameMatch.suggestions(for: "great lakes food markt", among: names) == ["Great Lakes Food Market"])
        #expect(NameMatch.suggestions(for: "Northwind U.K. Ltd", among: names) == ["Northwind UK Ltd"])
        #expect(NameMatch.suggestions(for: "Zebra Imports", among: names).isEmpty)
    }
}
