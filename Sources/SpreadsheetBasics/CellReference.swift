/// A1-style cell references from zero-based row and column indexes.
public enum CellReference {
    /// How many columns a sheet has: `A` to `XFD`.
    public static let columnCount = 16_384

    /// Column letters: 0 → `A`, 25 → `Z`, 26 → `AA`.
    public static func column(_ index: Int) -> String {
        var letters = ""
        var rest = index + 1
        while rest > 0 {
            let digit = (rest - 1) % 26
            letters = String(UnicodeScalar(UInt8(65 + digit))) + letters
            rest = (rest - 1) / 26
        }
        return letters
    }

    /// `cell(row: 11, column: 1)` → `B12`.
    public static func cell(row: Int, column: Int) -> String {
        "\(Self.column(column))\(row + 1)"
    }

    /// The 0-based column named by the letters starting an A1-style reference (`B12` → 1, `b12` → 1), nil when it
    /// starts with no letter. At most four letters are read: no column has more.
    static func columnIndex(_ reference: String) -> Int? {
        columnIndex(utf8: reference.utf8)
    }

    /// The 0-based column named by the letters starting the bytes of an A1-style reference, as `columnIndex(_:)`.
    /// Inlinable, so the readers of other targets get it specialized for their bytes: unspecialized, it was a tenth
    /// of the time to post a 100,000-line sheet.
    @inlinable
    package static func columnIndex(utf8 reference: some Collection<UInt8>) -> Int? {
        let letters = reference.prefix(4).prefix { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0 & ~0x20) }
        guard !letters.isEmpty else { return nil }
        // `& ~0x20` reads a-z as A-Z.
        return letters.reduce(0) { $0 * 26 + Int($1 & ~0x20 - UInt8(ascii: "A")) + 1 } - 1
    }

    /// The 0-based row and column of a plain A1-style reference (`B12` → row 11, column 1); nil for anything else.
    static func position(_ reference: Substring) -> (row: Int, column: Int)? {
        let letters = reference.prefix { $0.isASCII && $0.isLetter }
        let digits = reference.dropFirst(letters.count)
        guard (1...3).contains(letters.count), let column = columnIndex(String(letters)),
              digits.allSatisfy({ $0.isASCII && $0.isNumber }), let row = Int(digits), row >= 1 else { return nil }
        return (row - 1, column)
    }
}
