/// The starter chart of a small city that keeps its books by fund, in the fund-department-object layout
/// (`AccountCodeLayout.city`): balance-sheet accounts and revenue sources by a five-digit code, expenditures by a
/// five-digit department (function) and a three-digit object, as small-city accounting manuals arrange them. Account
/// numbers leave the fund out; every posting names its fund, so one chart serves every fund.
public enum CityChart {
    /// The fund the chart starts with; others are added with `fund add`.
    public static let generalFund = (number: "100", name: "General Fund")
    /// The balance-sheet accounts the posting engine balances funds with.
    public static let dueFromNumber = "13100", dueToNumber = "20700"
    /// The roots of other financing sources (transfers in, bond proceeds) and uses (transfers out), which fund
    /// statements show apart from revenues and expenditures.
    public static let financingSourcesNumber = "39000", financingUsesNumber = "49300"

    /// Departments (functions) that spend, each with the objects it uses.
    static let departments: [(number: String, name: String, objects: [String])] = [
        ("41110", "Council", ["101", "201", "331"]),
        ("41400", "Clerk-Treasurer", ["101", "121", "201", "304", "321"]),
        ("41940", "City Hall", ["210", "381", "361", "401"]),
        ("42100", "Police", ["101", "121", "210", "212", "361"]),
        ("42200", "Fire", ["101", "210", "212", "580"]),
        ("43100", "Streets", ["101", "210", "212", "221", "381", "530"]),
        ("45200", "Parks", ["101", "210", "381", "530"]),
        ("47000", "Debt Service", ["601", "611", "620"]),
        ("49400", "Water Utility", ["101", "210", "216", "381", "420", "611"]),
        ("49450", "Sewer Utility", ["101", "210", "381", "420"]),
    ]

    /// Object codes: 100s personal services, 200s supplies, 300s other services and charges, 400s repairs and
    /// depreciation, 500s capital outlay, 600s debt service.
    static let objects: [String: String] = [
        "101": "Salaries", "121": "Retirement Contributions", "201": "Office Supplies", "210": "Operating Supplies",
        "212": "Motor Fuels", "216": "Chemicals", "221": "Equipment Repair Parts", "304": "Legal Fees",
        "321": "Telephone", "331": "Travel and Training", "361": "Insurance", "381": "Electric Utilities",
        "401": "Building Repairs", "420": "Depreciation", "530": "Improvements Other Than Buildings",
        "580": "Other Equipment", "601": "Bond Principal", "611": "Bond Interest", "620": "Fiscal Agent Fees",
    ]

    public static var entries: [StarterChart.Entry] {
        var entries: [StarterChart.Entry] = [
            .init(number: "10100", name: "Cash and Investments", type: .bank, parent: nil),
            .init(number: "10150", name: "Undeposited Receipts", type: .clearing, parent: nil),
            .init(number: "10700", name: "Taxes Receivable - Delinquent", type: .otherCurrentAsset, parent: nil),
            .init(number: "11500", name: "Accounts Receivable", type: .accountsReceivable, parent: nil),
            .init(number: dueFromNumber, name: "Due From Other Funds", type: .otherCurrentAsset, parent: nil),
            .init(number: "13200", name: "Due From Other Governments", type: .otherCurrentAsset, parent: nil),
            .init(number: "15500", name: "Prepaid Items", type: .otherCurrentAsset, parent: nil),
            .init(number: "16100", name: "Land", type: .fixedAsset, parent: nil),
            .init(number: "16300", name: "Improvements Other Than Buildings", type: .fixedAsset, parent: nil),
            .init(number: "16400", name: "Machinery and Equipment", type: .fixedAsset, parent: nil),
            .init(number: "16500", name: "Accumulated Depreciation", type: .fixedAsset, parent: nil),
            .init(number: "20200", name: "Accounts Payable", type: .accountsPayable, parent: nil),
            .init(number: "20300", name: "Contracts Payable", type: .otherCurrentLiability, parent: nil),
            .init(number: dueToNumber, name: "Due To Other Funds", type: .otherCurrentLiability, parent: nil),
            .init(number: "21700", name: "Payroll Deductions Payable", type: .otherCurrentLiability, parent: nil),
            .init(number: "22200", name: "Deposits Payable", type: .otherCurrentLiability, parent: nil),
            .init(number: "23100", name: "Bonds Payable", type: .longTermLiability, parent: nil),
            .init(number: "25100", name: "Nonspendable Fund Balance", type: .equity, parent: nil),
            .init(number: "25200", name: "Restricted Fund Balance", type: .equity, parent: nil),
            .init(number: "25300", name: "Committed Fund Balance", type: .equity, parent: nil),
            .init(number: "25400", name: "Assigned Fund Balance", type: .equity, parent: nil),
            .init(number: "25500", name: "Unassigned Fund Balance", type: .equity, parent: nil),
            .init(number: "26100", name: "Net Investment in Capital Assets", type: .equity, parent: nil),
            .init(number: "26300", name: "Unrestricted Net Position", type: .equity, parent: nil),
            .init(number: "31000", name: "Taxes", type: .income, parent: nil),
            .init(number: "31010", name: "Current Property Taxes", type: .income, parent: "31000"),
            .init(number: "31020", name: "Delinquent Property Taxes", type: .income, parent: "31000"),
            .init(number: "31900", name: "Penalties and Interest on Taxes", type: .income, parent: "31000"),
            .init(number: "32000", name: "Licenses and Permits", type: .income, parent: nil),
            .init(number: "32110", name: "Business Licenses", type: .income, parent: "32000"),
            .init(number: "32210", name: "Building Permits", type: .income, parent: "32000"),
            .init(number: "33000", name: "Intergovernmental Revenue", type: .income, parent: nil),
            .init(number: "33100", name: "Federal Grants", type: .income, parent: "33000"),
            .init(number: "33401", name: "Local Government Aid", type: .income, parent: "33000"),
            .init(number: "33420", name: "State Street Aid", type: .income, parent: "33000"),
            .init(number: "33600", name: "County Grants", type: .income, parent: "33000"),
            .init(number: "34000", name: "Charges for Services", type: .income, parent: nil),
            .init(number: "34100", name: "General Government Charges", type: .income, parent: "34000"),
            .init(number: "34200", name: "Public Safety Charges", type: .income, parent: "34000"),
            .init(number: "34780", name: "Park and Recreation Fees", type: .income, parent: "34000"),
            .init(number: "35000", name: "Fines and Forfeits", type: .income, parent: nil),
            .init(number: "35100", name: "Court Fines", type: .income, parent: "35000"),
            .init(number: "36000", name: "Miscellaneous Revenue", type: .income, parent: nil),
            .init(number: "36210", name: "Interest Earnings", type: .otherIncome, parent: nil),
            .init(number: "36230", name: "Contributions and Donations", type: .income, parent: "36000"),
            .init(number: "37000", name: "Utility Revenue", type: .income, parent: nil),
            .init(number: "37110", name: "Water Sales", type: .income, parent: "37000"),
            .init(number: "37210", name: "Sewer Charges", type: .income, parent: "37000"),
            .init(number: "37170", name: "Connection Fees", type: .income, parent: "37000"),
            .init(number: financingSourcesNumber, name: "Other Financing Sources", type: .otherIncome, parent: nil),
            .init(number: "39200", name: "Transfers In", type: .otherIncome, parent: financingSourcesNumber),
            .init(number: "39310", name: "Bond Proceeds", type: .otherIncome, parent: financingSourcesNumber),
        ]
        for department in departments {
            entries.append(.init(number: department.number, name: department.name, type: .expense, parent: nil))
            for object in department.objects {
                let type: AccountType = ["611", "620"].contains(object) ? .otherExpense : .expense
                entries.append(.init(number: "\(department.number)-\(object)", name: "\(department.name) - \(objects[object]!)",
                                     type: type, parent: type == .expense ? department.number : nil))
            }
        }
        entries.append(.init(number: financingUsesNumber, name: "Other Financing Uses", type: .otherExpense, parent: nil))
        entries.append(.init(number: "\(financingUsesNumber)-720", name: "Transfers Out", type: .otherExpense,
                             parent: financingUsesNumber))
        return entries
    }
}
