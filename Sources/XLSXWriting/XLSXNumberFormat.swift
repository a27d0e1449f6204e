/// The number formats the tool writes.
public enum XLSXNumberFormat {
    /// Accounting style with the currency's decimals; negatives in parentheses: `#,##0.00_);(#,##0.00)`.
    public static func money(decimals: Int) -> String {
        let digits = decimals > 0 ? "#,##0." + String(repeating: "0", count: decimals) : "#,##0"
        return "\(digits)_);(\(digits))"
    }

    public static let percent = "0.0%"
    public static let date = "yyyy-mm-dd"
    /// Whole numbers such as years and day counts, without grouping: 2026, not 2,026.
    public static let integer = "0"
    /// Quantities and rates: two decimals at least, six at most (exchange rates have six).
    public static let decimal = "#,##0.00####"
}
