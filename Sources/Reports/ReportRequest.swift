import Foundation
import Ledger

/// What the user asked for, as written: the report, the company, the period (a relative preset is kept as a preset)
/// and the options. Workbooks store it as JSON beside each sheet so `refresh` can build the sheet again.
public struct ReportRequest: Codable, Sendable, Hashable {
    /// Accrual recognises income and expenses when invoiced and billed; cash when paid.
    public enum Basis: String, Codable, Sendable, CaseIterable { case accrual, cash }
    /// How a statement's period is split into columns.
    public enum ColumnSplit: String, Codable, Sendable, CaseIterable { case total, month, quarter, year }
    /// Which earlier period comparison columns show.
    public enum Comparison: String, Codable, Sendable, CaseIterable {
        case previousPeriod = "previous-period"
        case previousYear = "previous-year"
    }

    /// A report or table name from the catalog: "profit-and-loss", "invoices".
    public var report: String
    /// The company; empty for a group's report.
    public var company: String
    /// The company group whose consolidated report this is (profit and loss, balance sheet).
    public var group: String?
    public var period: PeriodPreset?
    public var from: LocalDate?
    public var to: LocalDate?
    /// The date relative periods are counted from; nil means the day the report is built.
    public var asOf: LocalDate?
    public var basis: Basis = .accrual
    public var columns: ColumnSplit = .total
    public var compare: Comparison?
    public var className: String?
    public var location: String?
    public var customer: String?
    public var vendor: String?
    /// Aging: one row per open invoice or bill instead of one per customer or vendor.
    public var detail: Bool = false

    public init(report: String, company: String) {
        self.report = report
        self.company = company
    }

    enum CodingKeys: String, CodingKey {
        case report, company, group, period, from, to, basis, columns, compare, location, customer, vendor, detail
        case asOf = "as-of"
        case className = "class"
    }

    public init(from decoder: Decoder) throws {
        let values = try decoder.container(keyedBy: CodingKeys.self)
        report = try values.decode(String.self, forKey: .report)
        company = try values.decodeIfPresent(String.self, forKey: .company) ?? ""
        group = try values.decodeIfPresent(String.self, forKey: .group)
        period = try values.decodeIfPresent(PeriodPreset.self, forKey: .period)
        from = try values.decodeIfPresent(LocalDate.self, forKey: .from)
        to = try values.decodeIfPresent(LocalDate.self, forKey: .to)
        asOf = try values.decodeIfPresent(LocalDate.self, forKey: .asOf)
        basis = try values.decodeIfPresent(Basis.self, forKey: .basis) ?? .accrual
        columns = try values.decodeIfPresent(ColumnSplit.self, forKey: .columns) ?? .total
        compare = try values.decodeIfPresent(Comparison.self, forKey: .compare)
        className = try values.decodeIfPresent(String.self, forKey: .className)
        location = try values.decodeIfPresent(String.self, forKey: .location)
        customer = try values.decodeIfPresent(String.self, forKey: .customer)
        vendor = try values.decodeIfPresent(String.self, forKey: .vendor)
        detail = try values.decodeIfPresent(Bool.self, forKey: .detail) ?? false
    }

    /// Compact, stable JSON (sorted keys), as stored in workbooks.
    public var json: String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(self)) ?? Data(), as: UTF8.self)
    }

    public init(json: String) throws {
        self = try JSONDecoder().decode(ReportRequest.self, from: Data(json.utf8))
    }
}
