import Foundation

extension StringProtocol {
    /// The text without leading and trailing `spaces`, as `trimmingCharacters(in: spaces)` gives it, but returned as
    /// it is, without Foundation's work, when it starts and ends with printable ASCII, as cells, names and numbers
    /// almost always do. `spaces` must be a set of white space: one holding no printable ASCII character.
    public func trimmingSpaces(_ spaces: CharacterSet = .whitespaces) -> String {
        guard let first = unicodeScalars.first, let last = unicodeScalars.last,
              !(Self.isPrintableASCII(first) && Self.isPrintableASCII(last)) else { return String(self) }
        return trimmingCharacters(in: spaces)
    }

    private static func isPrintableASCII(_ scalar: Unicode.Scalar) -> Bool {
        (0x21...0x7E).contains(scalar.value)
    }
}
