import Foundation
import Ledger

/// What the user asked for, as written: the report, the company, the period (a relative preset is kept as a preset)
/// and the options. Workbooks store it as JSON beside each sheet so `refresh` can build the sheet again.
public struct ReportRequest: Codable, Sendable, Hashable {
    /// Accrual recognises income and expenses when invoiced and billed; cash when paid.
    public enum Basis: String, Codable, Sendable, CaseIterable { case accrual, cash }
    /// How a statement's period is split into columns.
    public enum ColumnSplit: String, Codable, Sendable, CaseIterable {
        case total, month, quarter, year
        /// A column per class or location (profit and loss only), one for lines without one, and a total.
        case `class`, location

        /// The dimension each column is one of, for a split by class or location.
        public var dimension: DimensionKind? {
            switch self {
            case .class: .class
            case .location: .location
            case .total, .month, .quarter, .year: nil
            }
        }
    }
    /// Which earlier period comparison columns show.
    public enum Comparison: String, Codable, Sendable, CaseIterable {
        case previousPeriod = "previous-period"
        case previousYear = "previous-year"
    }

    /// How a report lays out its columns when it has more than one way.
    public enum Layout: String, Codable, Sendable, CaseIterable {
        /// A budget-vs-actual as public bodies keep it: annual budget, month to date, year to date, remaining, % used.
        case budgetLedger = "budget-ledger"
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
    /// A group report in a workbook: a sheet per company besides the consolidated one.
    public var byCompany: Bool = false
    /// One sheet of a group report: this company's translated figures instead of the consolidated ones.
    public var member: String?
    /// One sheet of a group report: the exchange rates it translated with instead of its figures.
    public var rates: Bool = false
    /// The company's budget a budget report shows, by name.
    public var budget: String?
    public var layout: Layout?

    public init(report: String, company: String) {
        self.report = report
        self.company = company
    }

    enum CodingKeys: String, CodingKey {
        case report, company, group, period, from, to, basis, columns, compare, location, customer, vendor, detail, member, rates
        case budget, layout
        case asOf = "as-of"
        case byCompany = "by-company"
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
        byCompany = try values.decodeIfPresent(Bool.self, forKey: .byCompany) ?? false
        member = try values.decodeIfPresent(String.self, forKey: .member)
        rates = try values.decodeIfPresent(Bool.self, forKey: .rates) ?? false
        budget = try values.decodeIfPresent(String.self, forKey: .budget)
        layout = try values.decodeIfPresent(Layout.self, forKey: .layout)
    }

    /// What the request builds, in a few words: "balance-sheet of Northwind Traders Inc", "profit-and-loss of
    /// Northwind Canada Ltd in Northwind Group", "exchange rates for the trial-balance of Northwind Group".
    public var subject: String {
        let entity = group.map { group in member.map { "\($0) in \(group)" } ?? group } ?? company
        return rates ? "exchange rates for the \(report) of \(entity)" : "\(report) of \(entity)"
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
