import Ledger

/// One report or data table: its name, what it shows, which options it takes, and how it builds its rows.
/// A new report is one value conforming to this, added to `ReportCatalog`.
public protocol ReportDefinition: Sendable {
    /// The command-line name: "profit-and-loss".
    var name: String { get }
    /// One line for `report list`.
    var summary: String { get }
    /// The options it honours, beyond `--company`, `-o` and `--sheet`.
    var options: Set<ReportOption> { get }
    /// What the period means for this report when the user names none.
    var defaultPeriod: DefaultPeriod { get }

    /// Streams the report into `sink`: `begin`, rows, `finish`.
    func build(_ context: ReportContext, into sink: ReportSink) throws
}

/// The options a report may honour; asking for one a report ignores is an error, never silently dropped.
public enum ReportOption: String, Sendable, CaseIterable, Comparable {
    case period, asOf = "as-of", range = "from/to", basis, columns, dimensionColumns = "columns class|location", compare
    case classFilter = "class", location, customer, vendor, detail, budget, layout

    /// How the option is spelled on the command line.
    public var flag: String {
        switch self {
        case .range: "--from/--to"
        default: "--\(rawValue)"
        }
    }

    public static func < (lhs: ReportOption, rhs: ReportOption) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

/// The period a report covers when neither `--period` nor `--from/--to` is given.
public enum DefaultPeriod: Sendable {
    /// A span ending on the as-of date, e.g. this fiscal year to date.
    case preset(PeriodPreset)
    /// A single date: balances and aging "as of" the as-of date.
    case asOfDate
    /// Every date in the ledger (data tables).
    case allDates
    /// The report has no period (lists of customers, items).
    case none
}

extension ReportDefinition {
    /// The name as a title, the default sheet name: "profit-and-loss" → "Profit and Loss", "ar-aging" → "AR Aging".
    public var sheetTitle: String {
        name.split(separator: "-").map { word in
            switch word {
            case "and": "and"
            case "ar", "ap": word.uppercased()
            default: word.prefix(1).uppercased() + word.dropFirst()
            }
        }.joined(separator: " ")
    }

    /// True for the flat data tables, false for statements and aging.
    public var isTable: Bool { ReportCatalog.tables.contains { $0.name == name } }
}
