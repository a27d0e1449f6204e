import CSVFiles
import Foundation
import Ledger
import SpreadsheetBasics

/// Reads a CSV file of exchange rates with the header `date,from,to,rate`: one row per pair and day (daily rates,
/// or one row a month dated the day it starts to apply), the rate being what one unit of `from` is worth in `to`.
public enum ExchangeRateFile {
    public static let columns = ["date", "from", "to", "rate"]

    /// Every rate of the file, in file order. The first bad row is an error naming the file, row and column: a date
    /// other than YYYY-MM-DD, an unknown currency code, the same currency twice, a rate that is not a plain positive
    /// number, or a second, different rate for a pair and day. A file without rates is an error too.
    public static func read(path: String) throws(SpreadsheetError) -> [ExchangeRate] {
        let table = try CSVTable(path: path, requiredColumns: columns)
        var rates: [ExchangeRate] = []
        var rowOf: [Key: (row: Int, rate: Decimal)] = [:]
        for record in table.records {
            let rate = try exchangeRate(record)
            let key = Key(date: rate.date, from: rate.from, to: rate.to)
            if let earlier = rowOf[key] {
                guard earlier.rate == rate.rate else {
                    throw record.error("rate", "\(rate.pair) on \(rate.date) is \(DecimalText.format(earlier.rate)) on row \(earlier.row); give each pair one rate a day")
                }
                continue
            }
            rowOf[key] = (record.row, rate.rate)
            rates.append(rate)
        }
        guard !rates.isEmpty else { throw SpreadsheetError(file: table.file, message: "has no rates below its header \(columns.joined(separator: ","))") }
        return rates
    }

    private struct Key: Hashable {
        var date: LocalDate
        var from: Currency
        var to: Currency
    }

    private static func exchangeRate(_ record: CSVRecord) throws(SpreadsheetError) -> ExchangeRate {
        let dateText = try record.required("date")
        guard let date = LocalDate(iso: dateText) else { throw record.error("date", "\"\(dateText)\" is not a date (use YYYY-MM-DD)") }
        let from = try currency(record, "from")
        let to = try currency(record, "to")
        guard from != to else { throw record.error("to", "\(to.code) is also the \"from\" currency; a rate converts one currency into another") }
        let rateText = try record.required("rate")
        guard let rate = DecimalText.parse(rateText) else {
            throw record.error("rate", "\"\(rateText)\" is not a number (write a plain decimal with a dot, such as 1.2345)")
        }
        guard rate > 0 else { throw record.error("rate", "the rate must be more than zero, not \(rateText)") }
        return ExchangeRate(date: date, from: from, to: to, rate: rate)
    }

    private static func currency(_ record: CSVRecord, _ column: String) throws(SpreadsheetError) -> Currency {
        let code = try record.required(column)
        do { return try Currency(code: code) } catch { throw record.error(column, error.description) }
    }
}
