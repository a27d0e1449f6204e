/// A problem with ledger data, worded for the person who has to fix it.
public enum LedgerError: Error, Equatable, CustomStringConvertible {
    case unknownCurrency(String)
    case invalidAmount(String)
    case tooManyDecimals(String, Currency)
    case amountOutOfRange(String)
    case foreignCurrency(String, Currency, Currency)
    case emptyDocument(String)
    case negativeTotal(String)
    case missingControlAccount(String)
    case missingBankAccount(String)
    case unknownTaxCode(String, Int64)
    case paymentWithoutApplications(String)
    case nonPositiveApplication(String, String)
    case wrongApplicationTarget(String, String, String)
    case unbalancedJournal(String, debits: Money, credits: Money)
    case depositNotPositive(String)
    case transferNeedsOneLine(String)
    case transferToItself(String)
    case invalidCodeLayout(String)
    case missingFund(String)
    case missingDueAccounts(String)

    public var description: String {
        switch self {
        case .unknownCurrency(let code):
            "\"\(code)\" is not an ISO 4217 currency code (use three letters such as USD, EUR, JPY)"
        case .invalidAmount(let text):
            "\"\(text)\" is not an amount (write digits with an optional sign and a decimal point, like -1234.50)"
        case .tooManyDecimals(let text, let currency):
            "\"\(text)\" has more decimals than \(currency.code) allows (\(currency.minorUnitDigits))"
        case .amountOutOfRange(let text):
            "amount \(text) is too large to keep exactly"
        case .foreignCurrency(let label, let currency, let base):
            "\(label) is in \(currency.code), but this company keeps its books in \(base.code); enter it in \(base.code)"
        case .emptyDocument(let label):
            label.hasPrefix("journal") ? "\(label) needs at least two lines" : "\(label) has no lines"
        case .negativeTotal(let label):
            "\(label) totals less than zero; enter a credit memo or vendor credit instead"
        case .missingControlAccount(let label):
            "\(label) cannot post: the company has no accounts-receivable or accounts-payable account; add one first"
        case .missingBankAccount(let label):
            "\(label) needs a bank account to deposit to or pay from"
        case .unknownTaxCode(let label, let id):
            "\(label) uses tax code #\(id), which this company does not have"
        case .paymentWithoutApplications(let label):
            "\(label) settles nothing; name the invoices or bills it pays"
        case .nonPositiveApplication(let label, let target):
            "\(label) applies a zero or negative amount to \(target); applied amounts must be positive"
        case .wrongApplicationTarget(let label, let kind, let target):
            "\(label) cannot settle \(kind) \(target)"
        case .depositNotPositive(let label):
            "\(label) puts nothing in the bank: its fees and other lines take out as much as it gathers or more"
        case .transferNeedsOneLine(let label):
            "\(label) moves money from one account to one other account; give one account to transfer to"
        case .transferToItself(let label):
            "\(label) moves money from an account to itself; choose another account to transfer to"
        case .invalidCodeLayout(let text):
            "\"\(text)\" is not an account code layout; write its segments as name:width, the fund first, such as fund:3,department:5,object:3"
        case .missingFund(let label):
            "\(label) names no fund; in a fund-accounted company every line is coded to a fund (such as 100-43100-210, or a Fund column)"
        case .missingDueAccounts(let label):
            "\(label) spans several funds, but the company has no due-to and due-from accounts to balance them with; set them with `company funds --due-to ACCOUNT --due-from ACCOUNT`"
        case .unbalancedJournal(let label, let debits, let credits):
            "\(label) does not balance: debits \(debits.plainText), credits \(credits.plainText) "
                + "(difference \(Money(minorUnits: debits.minorUnits - credits.minorUnits, currency: debits.currency).plainText))"
        }
    }
}
