import Ledger

/// Why a group report cannot be built, with what to do about it.
public enum ConsolidationError: Error, Equatable, CustomStringConvertible {
    case missingRates(from: Currency, to: Currency, range: DateRange)
    case translation(String)
    case emptyGroup(String)
    case notForGroups(report: String)
    case filterNotForGroups(option: String)
    case notAMember(company: String, group: String, members: [String])
    case onlyForGroups(option: String)
    case budgetLedgerNotForGroups

    public var description: String {
        switch self {
        case .missingRates(let from, let to, let range):
            "no \(from.code)/\(to.code) exchange rates from \(range.from) to \(range.to); import them with "
                + "`ledgersync rates import FILE` (date,from,to,rate)"
        case .translation(let detail):
            "cannot translate \(detail)"
        case .emptyGroup(let name):
            "the group \(name) has no companies; add them with `ledgersync group add`"
        case .notForGroups(let report):
            "\(report) is not built for groups; --group works with profit-and-loss, balance-sheet, trial-balance and budget-vs-actual"
        case .filterNotForGroups(let option):
            "\(option) does not work with --group: classes, locations and parties belong to one company"
        case .notAMember(let company, let group, let members):
            "\(company) is not a company of the group \(group), whose companies are \(members.joined(separator: ", "))"
        case .onlyForGroups(let option):
            "\(option) is for group reports: add --group NAME"
        case .budgetLedgerNotForGroups:
            "--layout budget-ledger does not work with --group: its annual budget would need exchange rates for months not yet "
                + "past; use --columns month for the group"
        }
    }
}
