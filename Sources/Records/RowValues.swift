import CSVFiles
import Foundation
import Ledger
import XLSXReading

/// A problem with one row, in one column when `field` is set, worded as the fix.
struct RowProblem: Error {
    var field: RecordField?
    var message: String
}

/// What reading a row needs to know: the type, the company's locale, currency and names. A class, so that every
/// row shares one rather than copying a directory's worth of references, and sees the names a post run has added.
final class RowReading {
    let type: RecordType
    /// The fields the sheet has a column for, blank or not.
    let columns: Set<RecordField>
    /// Read again when a lookup misses after saving a record changed names later rows may use (a parent account,
    /// the components of a combined tax code).
    private(set) var directory: CompanyDirectory
    let localeText: LocaleText
    let uses1904Dates: Bool
    var currency: Currency { directory.company.baseCurrency }
    private let reload: () throws -> CompanyDirectory
    private var isStale = false

    init(type: RecordType, columns: Set<RecordField>, directory: CompanyDirectory, localeText: LocaleText, uses1904Dates: Bool,
         reload: @escaping () throws -> CompanyDirectory) {
        self.type = type
        self.columns = columns
        self.directory = directory
        self.localeText = localeText
        self.uses1904Dates = uses1904Dates
        self.reload = reload
    }

    /// Says that saving changed the company's names, so the next lookup that misses reads them again.
    func namesChanged() { isStale = true }

    /// The directory read again if names changed since it was read; nil when nothing changed.
    func refreshedDirectory() throws -> CompanyDirectory? {
        guard isStale else { return nil }
        directory = try reload()
        isStale = false
        return directory
    }
}

/// One data row of a record sheet: its cells by field, read into typed values the way people type them.
struct RowValues {
    let number: Int
    let cells: [RecordField: XLSXValue]
    let reading: RowReading

    init(number: Int, cells: [XLSXValue?], header: SheetHeader, reading: RowReading) {
        self.number = number
        var byField: [RecordField: XLSXValue] = [:]
        for (field, index) in header.index where index < cells.count {
            if let value = cells[index], !Self.isBlank(value) { byField[field] = value }
        }
        self.cells = byField
        self.reading = reading
    }

    func has(_ field: RecordField) -> Bool { cells[field] != nil }

    /// Whether the sheet has a column for `field` at all (this row's cell may still be blank).
    func sheetHas(_ field: RecordField) -> Bool { reading.columns.contains(field) }

    /// The cell as text, trimmed; nil when blank. An apostrophe that kept text from being a formula is dropped.
    func text(_ field: RecordField) -> String? {
        guard let value = cells[field] else { return nil }
        let text = CSVField.unguarded(value.plainText.trimmingSpaces(.whitespacesAndNewlines))
        return text.isEmpty ? nil : text
    }

    func required<T>(_ field: RecordField, _ read: (RecordField) throws(RowProblem) -> T?) throws(RowProblem) -> T {
        guard let value = try read(field) else { throw RowProblem(field: field, message: "a value is required here") }
        return value
    }

    func date(_ field: RecordField) throws(RowProblem) -> LocalDate? {
        guard let value = cells[field] else { return nil }
        switch value {
        case .date(let date), .dateTime(let date, _): return date
        case .time:
            throw RowProblem(field: field, message: "\(value.plainText) is a time, not a date; type the date, such as 2026-03-04")
        case .number(let serial):
            guard let days = DecimalText.integer(serial, shiftedBy: 0).map(Int.init), (1...2_958_465).contains(days) else {
                break
            }
            return XLSXDateSystem.date(serial: days, uses1904: reading.uses1904Dates)
        default:
            break
        }
        guard let text = text(field) else { return nil }
        switch reading.localeText.date(text) {
        case .success(let date): return date
        case .failure(let error): throw RowProblem(field: field, message: error.description)
        }
    }

    /// A number typed or pasted: a number cell, or text with currency signs, separators or parentheses.
    /// Tiny binary leftovers of spreadsheet arithmetic (0.30000000000000004) are rounded away.
    func decimal(_ field: RecordField) throws(RowProblem) -> Decimal? {
        guard let value = cells[field] else { return nil }
        if case .number(let number) = value { return DecimalText.roundedHalfUp(number, scale: 9) }
        guard let text = text(field) else { return nil }
        switch reading.localeText.number(text) {
        case .success(let number):
            let mark = CurrencyMarks.marks(in: text)
            guard CurrencyMarks.mark(mark, names: reading.currency) else {
                throw RowProblem(field: field, message: "\"\(text)\" is written in another currency (\(mark)); \(reading.directory.company.name) keeps its books in \(reading.currency.code): write the amount in \(reading.currency.code), without the \(mark)")
            }
            return number
        case .failure(let error): throw RowProblem(field: field, message: error.description)
        }
    }

    /// An amount in minor units of the company's currency; more decimals than the currency has is an error.
    func money(_ field: RecordField) throws(RowProblem) -> Int64? {
        guard let number = try decimal(field) else { return nil }
        let digits = reading.currency.minorUnitDigits
        guard DecimalText.roundedHalfUp(number, scale: digits) == number else {
            throw RowProblem(field: field, message: "\(DecimalText.format(number)) has more than \(digits) decimals for \(reading.currency.code); round it")
        }
        do {
            return try Money(rounding: number, in: reading.currency).minorUnits
        } catch {
            throw RowProblem(field: field, message: error.description)
        }
    }

    func integer(_ field: RecordField) throws(RowProblem) -> Int? {
        guard let number = try decimal(field) else { return nil }
        guard let whole = DecimalText.integer(number, shiftedBy: 0), whole.magnitude < 1_000_000_000_000 else {
            throw RowProblem(field: field, message: "\(DecimalText.format(number)) is not a whole number")
        }
        return Int(whole)
    }

    /// The ID of the customer, account … the cell names, from the column's list.
    func id(_ field: RecordField, in list: RecordList) throws(RowProblem) -> Int64? {
        guard let name = text(field) else { return nil }
        return try id(named: name, in: list, for: field)
    }

    /// The account a cell names, and in a fund-accounted company the fund its full code names: `100-43100-210` (or
    /// `100-43100-210 Streets - Operating Supplies`) is account 43100-210 in fund 100. An account named without a fund
    /// is in the document's fund.
    func codedAccount(_ field: RecordField, in list: RecordList = .accounts) throws(RowProblem) -> (accountID: Int64, fundID: Int64?)? {
        guard let text = text(field) else { return nil }
        let directory = reading.directory
        if let layout = directory.company.funds?.layout,
           let code = text.split(separator: " ").first.map(String.init), let (fundNumber, accountNumber) = layout.split(code) {
            guard let fund = directory.funds.first(where: { $0.number == fundNumber }) else {
                let funds = EnglishText.list(directory.funds.map(\.label), joinedBy: "or")
                throw RowProblem(field: field, message: "\"\(code)\" names fund \(fundNumber), which \(directory.company.name) does not have; its funds are \(funds) (add one with fund add)")
            }
            return (try id(named: accountNumber, in: list, for: field), fund.id)
        }
        return (try id(named: text, in: list, for: field), nil)
    }

    /// The ID of the record `name` names in `list`, for a part of the cell of `field` (one component of a combined
    /// tax code); records saved from earlier rows of the sheet are found too.
    func id(named name: String, in list: RecordList, for field: RecordField) throws(RowProblem) -> Int64 {
        switch reading.directory.id(in: list, named: name) {
        case .success(let id):
            return id
        case .failure(let error):
            let refreshed: CompanyDirectory?
            do {
                refreshed = try reading.refreshedDirectory()
            } catch {
                throw RowProblem(field: field, message: "cannot read the company's names again: \(error)")
            }
            if case .success(let id)? = refreshed?.id(in: list, named: name) { return id }
            throw RowProblem(field: field, message: error.description)
        }
    }

    /// A yes-or-no cell, spelled as Post is: yes, y, true, 1 or x (a TRUE cell, the number 1); no, n, false or 0.
    /// Blank is no.
    func flag(_ field: RecordField) throws(RowProblem) -> Bool {
        guard let text = text(field) else { return false }
        guard let flag = Self.yesOrNo(text) else {
            throw RowProblem(field: field, message: "\"\(text)\" is not yes or no; type yes or no (blank means no)")
        }
        return flag
    }

    /// The Active cell: blank is yes, as a new record is active until someone retires it.
    func activeFlag() throws(RowProblem) -> Bool {
        has(.active) ? try flag(.active) : true
    }

    /// What a yes-or-no text says; nil when it is neither.
    static func yesOrNo(_ text: String) -> Bool? {
        switch text.lowercased() {
        case "yes", "y", "true", "1", "x": true
        case "no", "n", "false", "0": false
        default: nil
        }
    }

    /// One of the column's allowed values, as the template spells it.
    func choice(_ field: RecordField) throws(RowProblem) -> String? {
        guard let text = text(field) else { return nil }
        let allowed = reading.type.column(field)?.allowed ?? []
        let key = SheetHeader.key(text)
        guard let match = allowed.first(where: { SheetHeader.key($0) == key }) else {
            throw RowProblem(field: field, message: "\"\(text)\" is not allowed here; use one of: \(allowed.joined(separator: ", "))")
        }
        return match
    }

    private static func isBlank(_ value: XLSXValue) -> Bool {
        if case .text(let text) = value { return text.trimmingSpaces(.whitespacesAndNewlines).isEmpty }
        return false
    }
}
