/// A small chart of accounts a new company starts with, so it can post invoices, bills and payments at once.
public enum StarterChart {
    /// One account of the chart; `parent` names another entry's number.
    public struct Entry: Sendable {
        public let number: String
        public let name: String
        public let type: AccountType
        public let parent: String?
    }

    public static let entries: [Entry] = [
        Entry(number: "1000", name: "Checking", type: .bank, parent: nil),
        Entry(number: "1010", name: "Savings", type: .bank, parent: nil),
        Entry(number: "1050", name: "Undeposited Funds", type: .clearing, parent: nil),
        Entry(number: "1100", name: "Accounts Receivable", type: .accountsReceivable, parent: nil),
        Entry(number: "1200", name: "Inventory", type: .otherCurrentAsset, parent: nil),
        Entry(number: "1300", name: "Prepaid Expenses", type: .otherCurrentAsset, parent: nil),
        Entry(number: "1500", name: "Fixed Assets", type: .fixedAsset, parent: nil),
        Entry(number: "1510", name: "Equipment", type: .fixedAsset, parent: "1500"),
        Entry(number: "1520", name: "Accumulated Depreciation", type: .fixedAsset, parent: "1500"),
        Entry(number: "2000", name: "Accounts Payable", type: .accountsPayable, parent: nil),
        Entry(number: "2100", name: "Credit Card", type: .creditCard, parent: nil),
        Entry(number: "2200", name: "Sales Tax Payable", type: .otherCurrentLiability, parent: nil),
        Entry(number: "2300", name: "Payroll Liabilities", type: .otherCurrentLiability, parent: nil),
        Entry(number: "2700", name: "Loans Payable", type: .longTermLiability, parent: nil),
        Entry(number: "3000", name: "Owner's Equity", type: .equity, parent: nil),
        Entry(number: "3100", name: "Opening Balance Equity", type: .equity, parent: nil),
        Entry(number: "3200", name: "Retained Earnings", type: .equity, parent: nil),
        Entry(number: "4000", name: "Sales", type: .income, parent: nil),
        Entry(number: "4010", name: "Product Sales", type: .income, parent: "4000"),
        Entry(number: "4020", name: "Service Revenue", type: .income, parent: "4000"),
        Entry(number: "5000", name: "Cost of Goods Sold", type: .costOfSales, parent: nil),
        Entry(number: "6000", name: "Operating Expenses", type: .expense, parent: nil),
        Entry(number: "6010", name: "Rent", type: .expense, parent: "6000"),
        Entry(number: "6020", name: "Wages", type: .expense, parent: "6000"),
        Entry(number: "6030", name: "Utilities", type: .expense, parent: "6000"),
        Entry(number: "6040", name: "Office Supplies", type: .expense, parent: "6000"),
        Entry(number: "6050", name: "Bank Charges", type: .expense, parent: "6000"),
        Entry(number: "7000", name: "Interest Income", type: .otherIncome, parent: nil),
        Entry(number: "8000", name: "Interest Expense", type: .otherExpense, parent: nil),
    ]
}
