import Ledger

/// A report request that cannot be built as asked, with the fix in the message.
public enum ReportError: Error, Equatable, CustomStringConvertible {
    case unknownReport(String, suggestions: [String])
    case optionNotTaken(option: String, report: String, takes: String)
    case periodConflict
    case incompleteRange(missing: String)
    case backwardsRange(DateRange)
    case comparisonNeedsOneColumn
    case customerAndVendor
    /// Columns by class (or location) asked for together with one class (or location).
    case columnsAndFilter(DimensionKind)
    /// A budget report without `--budget`, for a company that has none or several.
    case budgetNotChosen(company: String, budgets: [String])
    /// `--layout` with `--columns`: the layout sets the columns itself.
    case layoutTakesNoColumns(layout: String)
    /// A budget ledger as of a day outside its budget's fiscal year.
    case outsideBudgetYear(date: LocalDate, budget: String, year: DateRange)
    /// A fund report for a company that keeps no funds.
    case notFundAccounted(company: String, report: String)

    /// The request's dates as the shared check refuses them.
    init(_ error: DateRangeError) {
        switch error {
        case .missingEnd(let option): self = .incompleteRange(missing: option)
        case .backwards(let range): self = .backwardsRange(range)
        }
    }

    public var description: String {
        switch self {
        case .unknownReport(let name, let suggestions):
            let hint = suggestions.isEmpty ? "" : " (did you mean \(suggestions.map { "\"\($0)\"" }.joined(separator: " or "))?)"
            return "no report or table named \"\(name)\"\(hint); `ledgersync report list` names them all"
        case .optionNotTaken(let option, let report, let takes):
            return "\(report) does not take \(option); it takes: \(takes.isEmpty ? "no options beyond --company" : takes)"
        case .periodConflict:
            return "give either --period or --from/--to, not both"
        case .incompleteRange(let missing):
            return DateRangeError.missingEnd(missing).description
        case .backwardsRange(let range):
            return DateRangeError.backwards(range).description
        case .comparisonNeedsOneColumn:
            return "--compare works with --columns total (a profit-and-loss also takes --columns month or quarter with --compare previous-year): drop one of them"
        case .customerAndVendor:
            return "give --customer or --vendor, not both"
        case .budgetNotChosen(let company, let budgets):
            return budgets.isEmpty
                ? "\(company) has no budget yet: add one with `ledgersync budget create NAME --year YEAR`"
                : "choose a budget with --budget: \(budgets.joined(separator: ", "))"
        case .layoutTakesNoColumns(let layout):
            return "--layout \(layout) has its own columns: drop --columns"
        case .outsideBudgetYear(let date, let budget, let year):
            return "\(date) is outside the fiscal year of budget \"\(budget)\" (\(year.from) to \(year.to)): "
                + "give --as-of or --to a date within it"
        case .notFundAccounted(let company, let report):
            return "\(report) reports by fund, and \(company) keeps no funds: start a city's books with "
                + "`ledgersync company add NAME --chart city`"
        case .columnsAndFilter(let dimension):
            return "--columns \(dimension.rawValue) gives each \(dimension.rawValue) its own column: drop --\(dimension.rawValue)"
        }
    }
}
