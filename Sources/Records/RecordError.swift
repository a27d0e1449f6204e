/// A problem with a records command as a whole (not one row), worded as what to do.
public struct RecordError: Error, Equatable, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}
