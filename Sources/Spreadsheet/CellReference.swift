/// A1-style cell references from zero-based row and column indexes.
public enum CellReference {
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
}
