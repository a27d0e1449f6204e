import Foundation
import Ledger
import Testing

@Suite("Dates and numbers as people type them")
struct LocaleTextTests {
    let us = LocaleText(identifier: "en_US")
    let uk = LocaleText(identifier: "en_GB")
    let canada = LocaleText(identifier: "en_CA")
    let germany = LocaleText(identifier: "de_DE")

    private func date(_ text: String, _ locale: LocaleText) -> String? {
        try? locale.date(text).get().description
    }

    private func number(_ text: String, _ locale: LocaleText) -> String? {
        (try? locale.number(text).get()).map(DecimalText.format)
    }

    @Test("Numeric dates follow the company's locale; ISO and month names work everywhere")
    func dates() {
        #expect(date("03/04/2026", us) == "2026-03-04")
        #expect(date("03/04/2026", uk) == "2026-04-03")
        #expect(date("3/4/26", us) == "2026-03-04")
        #expect(date("2026-03-04", uk) == "2026-03-04")
        #expect(date("4 Mar 2026", us) == "2026-03-04")
        #expect(date("March 4, 2026", uk) == "2026-03-04")
        #expect(date("04.03.2026", germany) == "2026-03-04")
    }

    @Test("Dates that could be read two ways, or are no day at all, are refused with the fix")
    func badDates() throws {
        let ambiguous = try #require(canada.date("03/04/2026").failure)
        #expect(ambiguous.description.contains("YYYY-MM-DD"))
        #expect(date("25/03/2026", canada) == "2026-03-25")
        #expect(date("13/04/2026", us) == nil)
        #expect(date("02/30/2026", us) == nil)
        #expect(date("soon", us) == nil)
        #expect(date("2026-03", us) == nil)
        #expect(us.date("04.03.2026").failure?.description.contains("could be day.month.year") == true, "dots where the locale writes slashes")
        #expect(date("04.04.2026", us) == "2026-04-04", "no other reading")
    }

    @Test("A currency is written by its code or symbol; another currency's mark is told apart")
    func currencyMarks() throws {
        let usd = try Currency(code: "USD"), cad = try Currency(code: "CAD"), eur = try Currency(code: "EUR")
        for (text, currency, names) in [("$1,234.50", usd, true), ("US$ 12", usd, true), ("12 USD", usd, true), ("12", usd, true),
                                        ("€100", usd, false), ("CA$5", usd, false), ("12 GBP", usd, false),
                                        ("$5", cad, true), ("C$5", cad, true), ("1.234,50 €", eur, true), ("$5", eur, false)] {
            #expect(CurrencyMarks.mark(CurrencyMarks.marks(in: text), names: currency) == names, "\(text) in \(currency)")
        }
    }

    @Test("Amounts may carry currency signs, thousands separators, parentheses and trailing minus")
    func numbers() {
        #expect(number("$1,234.50", us) == "1234.5")
        #expect(number("(75.00)", us) == "-75")
        #expect(number("-$75", us) == "-75")
        #expect(number("75.00-", us) == "-75")
        #expect(number("USD 1,000,000", us) == "1000000")
        #expect(number("1.234,50 €", germany) == "1234.5")
        #expect(number("£ 12", uk) == "12")
        #expect(number(".5", us) == "0.5")
    }

    @Test("Misplaced separators and junk are refused, not guessed")
    func badNumbers() {
        #expect(number("1,5", us) == nil)
        #expect(number("1,2345.00", us) == nil)
        #expect(number("1.234,50", us) == nil)
        #expect(number("12abc", us) == nil)
        #expect(number("((5))", us) == nil)
        #expect(number("", us) == nil)
        #expect(number("(-5)", us) == nil)
    }
}

private extension Result {
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
