import Foundation
import Ledger
import LedgerStore
import SpreadsheetBasics
import Testing

@Suite struct ExchangeRateFileTests {
    func write(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("rates-\(UUID().uuidString).csv").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func readsDailyAndMonthlyRowsAsDecimalsAndKeepsARepeatedEqualRowOnce() throws {
        let path = try write("\u{FEFF}date;from;to;rate\r\n2025-01-31;eur;USD;1.0412\r\n2025-01-31;EUR;USD;1.04120\r\n2025-02-01;JPY;USD;0.0064123456789\r\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let rates = try ExchangeRateFile.read(path: path)
        #expect(rates.map(\.pair) == ["EUR/USD", "JPY/USD"])
        #expect(rates.map(\.date.description) == ["2025-01-31", "2025-02-01"])
        #expect(rates[1].rate == Decimal(string: "0.0064123456789")!)
    }

    @Test(arguments: [
        ("2025-02-30,EUR,USD,1.1", "column \"date\": \"2025-02-30\" is not a date (use YYYY-MM-DD)"),
        ("31/01/2025,EUR,USD,1.1", "column \"date\": \"31/01/2025\" is not a date (use YYYY-MM-DD)"),
        ("2025-02-28,EURO,USD,1.1", "column \"from\": \"EURO\" is not an ISO 4217 currency code (use three letters such as USD, EUR, JPY)"),
        ("2025-02-28,EUR,,1.1", "column \"to\": a value is required here"),
        ("2025-02-28,EUR,eur,1.1", "column \"to\": EUR is also the \"from\" currency; a rate converts one currency into another"),
        ("2025-02-28,EUR,USD,0", "column \"rate\": the rate must be more than zero, not 0"),
        ("2025-02-28,EUR,USD,-1.1", "column \"rate\": the rate must be more than zero, not -1.1"),
        ("2025-02-28,EUR,USD,1.1e2", "column \"rate\": \"1.1e2\" is not a number (write a plain decimal with a dot, such as 1.2345)"),
        ("2025-01-31,EUR,USD,1.05", "column \"rate\": EUR/USD on 2025-01-31 is 1.0412 on row 2; give each pair one rate a day"),
    ])
    func aBadRowIsNamedByRowAndColumn(row: String, message: String) throws {
        let path = try write("date,from,to,rate\n2025-01-31,EUR,USD,1.0412\n\(row)\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let error = #expect(throws: SpreadsheetError.self) { try ExchangeRateFile.read(path: path) }
        #expect(error?.description == "\((path as NSString).lastPathComponent), row 3, \(message)")
    }

    @Test func aFileWithoutRatesIsAnError() throws {
        let path = try write("date,from,to,rate\n\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let error = #expect(throws: SpreadsheetError.self) { try ExchangeRateFile.read(path: path) }
        #expect(error?.description == "\((path as NSString).lastPathComponent): has no rates below its header date,from,to,rate")
    }
}
