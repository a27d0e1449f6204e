/// The two optional analysis dimensions every document line and posting can carry.
public enum DimensionKind: String, Sendable, Codable, CaseIterable {
    case `class`, location
}

/// A class or a location of one company, such as "Wholesale" or "Chicago".
public struct TrackingDimension: Hashable, Sendable {
    public var id: Int64
    public var companyID: Int64
    public var kind: DimensionKind
    public var name: String

    public init(id: Int64, companyID: Int64, kind: DimensionKind, name: String) {
        self.id = id
        self.companyID = companyID
        self.kind = kind
        self.name = name
    }
}
