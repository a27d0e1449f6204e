/// The kinds of fund a public body or non-profit keeps, in the order fund statements list them.
public enum FundType: String, Sendable, Codable, CaseIterable {
    case general
    case specialRevenue = "special-revenue"
    case debtService = "debt-service"
    case capitalProjects = "capital-projects"
    case permanent
    case enterprise
    case internalService = "internal-service"
    case trustCustodial = "trust-custodial"

    /// "Special Revenue", as sheets and statements spell it.
    public var title: String {
        switch self {
        case .general: "General"
        case .specialRevenue: "Special Revenue"
        case .debtService: "Debt Service"
        case .capitalProjects: "Capital Projects"
        case .permanent: "Permanent"
        case .enterprise: "Enterprise"
        case .internalService: "Internal Service"
        case .trustCustodial: "Trust and Custodial"
        }
    }

    /// Governmental funds report revenues and expenditures on the modified accrual basis; the others (proprietary and
    /// fiduciary) report like businesses, with net position.
    public var isGovernmental: Bool {
        switch self {
        case .general, .specialRevenue, .debtService, .capitalProjects, .permanent: true
        case .enterprise, .internalService, .trustCustodial: false
        }
    }

    /// Enterprise and internal-service funds: statements of revenues, expenses and changes in net position.
    public var isProprietary: Bool { self == .enterprise || self == .internalService }

    /// The type named by `text`: its code (`special-revenue`) or its title (`Special Revenue`), any case.
    public init?(text: String) {
        let wanted = text.trimmingSpaces().lowercased()
        guard let type = Self.allCases.first(where: {
            $0.rawValue == wanted || $0.title.lowercased() == wanted || $0.title.lowercased() + " fund" == wanted
        }) else { return nil }
        self = type
    }
}

/// One fund of a fund-accounted company, such as "100 General Fund": a self-balancing set of accounts. Every posting of
/// such a company names its fund, and each fund's postings sum to zero.
public struct Fund: Hashable, Sendable {
    public var id: Int64
    public var companyID: Int64
    /// The fund segment of account codes, such as "100".
    public var number: String
    public var name: String
    public var type: FundType
    /// A major fund has a column of its own in fund statements; the others are combined.
    public var isMajor: Bool
    public var isActive: Bool
    /// Counts edits, so a sheet edited from an old export is caught as a conflict.
    public var version: Int

    public init(id: Int64, companyID: Int64, number: String, name: String, type: FundType, isMajor: Bool = false,
                isActive: Bool = true, version: Int = 1) {
        self.id = id
        self.companyID = companyID
        self.number = number
        self.name = name
        self.type = type
        self.isMajor = isMajor
        self.isActive = isActive
        self.version = version
    }

    /// "100 General Fund".
    public var label: String { "\(number) \(name)" }
}
