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
    /// The class (location) this one is part of: "Wholesale:East" has the parent "Wholesale".
    public var parentID: Int64?
    public var isActive: Bool
    /// Counts edits, so a sheet edited from an old export is caught as a conflict.
    public var version: Int

    public init(id: Int64, companyID: Int64, kind: DimensionKind, name: String, parentID: Int64? = nil,
                isActive: Bool = true, version: Int = 1) {
        self.id = id
        self.companyID = companyID
        self.kind = kind
        self.name = name
        self.parentID = parentID
        self.isActive = isActive
        self.version = version
    }
}
