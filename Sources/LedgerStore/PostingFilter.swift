/// Restricts report queries to postings of one class, location or party; nil means any.
public struct PostingFilter: Sendable, Hashable {
    public var classID: Int64?
    public var locationID: Int64?
    public var partyID: Int64?

    public init(classID: Int64? = nil, locationID: Int64? = nil, partyID: Int64? = nil) {
        self.classID = classID
        self.locationID = locationID
        self.partyID = partyID
    }

    /// An SQL condition over a postings table aliased `alias`, with its arguments.
    func condition(alias: String) -> (sql: String, arguments: [Int64]) {
        var clauses: [String] = []
        var arguments: [Int64] = []
        if let classID { clauses.append("\(alias).class_id = ?"); arguments.append(classID) }
        if let locationID { clauses.append("\(alias).location_id = ?"); arguments.append(locationID) }
        if let partyID { clauses.append("\(alias).party_id = ?"); arguments.append(partyID) }
        return (clauses.isEmpty ? "1" : clauses.joined(separator: " AND "), arguments)
    }
}
