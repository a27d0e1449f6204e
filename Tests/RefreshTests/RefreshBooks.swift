import ExampleBooks
import Foundation
import Ledger
import LedgerStore
import Reports
import TestTools
import XLSXReading

/// The Northwind example books (scale 1, seed 1), loaded once into a file that each test copies, so a test can post
/// to its own ledger; and the steps the tests share: building a report workbook, posting an invoice, reading cells.
final class RefreshBooks {
    static let us = "Northwind Traders Inc"
    static let october15 = LocalDate(year: 2026, month: 10, day: 15)!
    static let september15 = LocalDate(year: 2026, month: 9, day: 15)!

    private static let loaded = Result<String, Error> {
        let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Examples/northwind").standardized.path
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("refresh-base-\(UUID().uuidString).sqlite").path
        // The store closes (and folds its write-ahead log into the file) when it goes out of scope.
        do {
            let store = try LedgerStore(path: path, create: true)
            _ = try ExampleLoader.load(into: store, from: examples, scale: 1, seed: 1)
        }
        return path
    }

    let folder: URL
    let store: LedgerStore

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("refresh-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let ledger = folder.appendingPathComponent("ledger.sqlite").path
        try FileManager.default.copyItem(atPath: try Self.loaded.get(), toPath: ledger)
        store = try LedgerStore(path: ledger)
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// A workbook of one report sheet per request, as `report -o` writes it.
    func build(_ file: String, _ sheets: [(name: String, request: ReportRequest)], today: LocalDate = october15) throws {
        let workbook = try ReportWorkbook(path: path(file))
        for (name, request) in sheets {
            let sheet = try workbook.sheet(named: name, request: request, builtAt: Date())
            try ReportBuilder.run(request, in: store, today: today, builtAt: Date(), into: sheet)
        }
        try workbook.close()
    }

    static func profitAndLoss(_ period: PeriodPreset = .thisMonth, asOf: LocalDate? = october15) -> ReportRequest {
        var request = ReportRequest(report: "profit-and-loss", company: us)
        request.period = period
        request.asOf = asOf
        return request
    }

    /// Posts an invoice of `amount` minor units of product sales to Great Lakes Food Market.
    func postInvoice(_ number: String, amount: Int64, on date: LocalDate) throws {
        try store.write { writer in
            let company = try writer.reader.company(named: Self.us)
            guard let customer = try writer.reader.party(companyID: company.id, kind: .customer, named: "Great Lakes Food Market"),
                  let sales = try writer.reader.account(companyID: company.id, number: "4010", name: "Product Sales") else {
                throw RefreshTestFailure("the example books lack the customer or the sales account")
            }
            _ = try writer.post(Document(companyID: company.id, kind: .invoice, number: number, partyID: customer.id, date: date,
                                         dueDate: date, currency: company.baseCurrency,
                                         lines: [DocumentLine(accountID: sales.id, amount: amount)]))
        }
    }

    /// Every row of a sheet.
    static func rows(_ path: String, sheet: String) throws -> [XLSXRow] {
        var rows: [XLSXRow] = []
        try XLSXReader(path: path).forEachRow(inSheet: sheet) { rows.append($0) }
        return rows
    }

    /// The amount in column B of the row whose column A is `label`, to the cent (a cell holds a double, written with
    /// 16 significant digits: 576956.68 is stored as 576956.6800000001).
    static func amount(_ label: String, in path: String, sheet: String = "Profit and Loss") throws -> Decimal? {
        let row = try rows(path, sheet: sheet).first { $0[0]?.value == .text(label) }
        guard case .number(var value)? = row?[1]?.value else { return nil }
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, 2, .plain)
        return rounded
    }

    /// The 1-based row number of the row whose column A is `label`.
    static func rowNumber(_ label: String, in path: String, sheet: String = "Profit and Loss") throws -> Int? {
        try rows(path, sheet: sheet).first { $0[0]?.value == .text(label) }?.number
    }

}

struct RefreshTestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
