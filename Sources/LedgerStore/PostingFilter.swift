/// Restricts report queries to postings of one class, location, party or fund; nil means any. `intercompany` keeps only
/// postings with the other companies of a group: those whose party stands for one of those companies (bank,
/// credit-card and clearing accounts left out: money that moved between the companies is still the group's money),
/// and those on accounts flagged intercompany.
public struct PostingFilter: Sendable, Hashable {
    public var classID: Int64?
    public var locationID: Int64?
    public var partyID: Int64?
    /// In a fund-accounted company, only the postings of one fund.
    public var fundID: Int64?
    /// The companies of a group: only postings whose party is marked as one of them.
    public var intercompany: [Int64]?
    /// Only postings with no class (the "No class" column of a report by class).
    public var withoutClass = false
    /// Only postings with no location.
    public var withoutLocation = false

    public init(classID: Int64? = nil, locationID: Int64? = nil, partyID: Int64? = nil, fundID: Int64? = nil,
                intercompany: [Int64]? = nil, withoutClass: Bool = false, withoutLocation: Bool = false) {
        self.classID = classID
        self.locationID = locationID
        self.partyID = partyID
        self.fundID = fundID
        self.intercompany = intercompany
        self.withoutClass = withoutClass
        self.withoutLocation = withoutLocation
    }

    /// An SQL condition over a postings table aliased `alias`, with its arguments.
    func condition(alias: String) -> (sql: String, arguments: [Int64]) {
        var clauses: [String] = []
        var arguments: [Int64] = []
        if let classID { clauses.append("\(alias).class_id = ?"); arguments.append(classID) }
        if let locationID { clauses.append("\(alias).location_id = ?"); arguments.append(locationID) }
        if let partyID { clauses.append("\(alias).party_id = ?"); arguments.append(partyID) }
        if let fundID { clauses.append("\(alias).fund_id = ?"); arguments.append(fundID) }
        if withoutClass { clauses.append("\(alias).class_id IS NULL") }
        if withoutLocation { clauses.append("\(alias).location_id IS NULL") }
        if let intercompany {
            let marks = intercompany.map { _ in "?" }.joined(separator: ", ")
            clauses.append("((\(alias).party_id IN (SELECT id FROM parties WHERE intercompany_company_id IN (\(marks)))"
                           + " AND \(alias).account_id NOT IN (SELECT id FROM accounts WHERE type IN ('bank', 'credit-card', 'clearing')))"
                           + " OR \(alias).account_id IN (SELECT id FROM accounts WHERE intercompany = 1))")
            arguments += intercompany
        }
        return (clauses.isEmpty ? "1" : clauses.joined(separator: " AND "), arguments)
    }
}
