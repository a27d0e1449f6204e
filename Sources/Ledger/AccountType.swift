import Foundation

/// The five families every account belongs to, which decide where it appears in the reports.
public enum AccountCategory: String, Sendable, CaseIterable {
    case asset, liability, equity, income, expense

    /// Whether credits raise the balances of the category's accounts (liabilities, equity, income); debits raise
    /// those of the others.
    public var isCreditNormal: Bool { self == .liability || self == .equity || self == .income }
}

/// The type of an account, as accountants name them; it fixes the category and the normal side.
public enum AccountType: String, Sendable, CaseIterable, Codable {
    case bank
    case accountsReceivable = "accounts-receivable"
    case otherCurrentAsset = "other-current-asset"
    /// Money received but not yet in the bank, such as Undeposited Funds or a payment processor's balance:
    /// payments and sales receipts may be put here and a bank deposit gathers them.
    case clearing
    case fixedAsset = "fixed-asset"
    case otherAsset = "other-asset"
    case accountsPayable = "accounts-payable"
    case creditCard = "credit-card"
    case otherCurrentLiability = "other-current-liability"
    case longTermLiability = "long-term-liability"
    case equity
    case income
    case otherIncome = "other-income"
    case costOfSales = "cost-of-sales"
    case expense
    case otherExpense = "other-expense"

    public var category: AccountCategory {
        switch self {
        case .bank, .accountsReceivable, .otherCurrentAsset, .clearing, .fixedAsset, .otherAsset: .asset
        case .accountsPayable, .creditCard, .otherCurrentLiability, .longTermLiability: .liability
        case .equity: .equity
        case .income, .otherIncome: .income
        case .costOfSales, .expense, .otherExpense: .expense
        }
    }

    /// Where money may come in or go out on a payment, sales receipt or refund: a bank, a credit card or a clearing account.
    public var movesMoney: Bool { self == .bank || self == .creditCard || self == .clearing }

    /// "Accounts receivable", for messages and report headings.
    public var displayName: String {
        let words = rawValue.split(separator: "-").joined(separator: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    /// Reads a type as people write it: "Accounts Receivable", "accounts_receivable", "other-current-asset".
    public init?(userText: String) {
        let key = userText.trimmingCharacters(in: .whitespaces).lowercased()
            .replacingOccurrences(of: "_", with: "-").replacingOccurrences(of: " ", with: "-")
        self.init(rawValue: key)
    }

    /// The valid spellings, for error messages.
    public static var allNames: String { allCases.map(\.rawValue).joined(separator: ", ") }
}
