import Foundation
import Ledger

/// Every report and data table the tool builds, by name.
public enum ReportCatalog {
    public static let statements: [any ReportDefinition] = [ProfitAndLoss(), BalanceSheet(), TrialBalance(), GeneralLedger(),
                                                            BudgetOverview(), BudgetVsActual()]

    /// Tax reports.
    public static let tax: [any ReportDefinition] = [SalesTaxLiability()]

    /// Registers and statements of a fund-accounted company.
    public static let funds: [any ReportDefinition] = [FundRegister.receipts, FundRegister.disbursements, FundCash(), FundRecap(),
                                                       FundBalanceChanges(), NetPositionChanges(), FundBalanceSheet()]

    public static var all: [any ReportDefinition] { statements + funds + aging + tax + tables }

    /// The definition named `name`; an unknown name suggests near ones.
    public static func definition(named name: String) throws(ReportError) -> any ReportDefinition {
        let key = name.trimmingCharacters(in: .whitespaces).lowercased()
        if let definition = all.first(where: { $0.name == key }) { return definition }
        throw .unknownReport(name, suggestions: NameMatch.suggestions(for: name, among: all.map(\.name)))
    }
}
