/// English month names: how reports print months and how typed months ("4", "April", "apr", "Sept") are read.
public enum MonthName {
    public static let names = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                               "October", "November", "December"]

    /// "April" for 4.
    public static func name(_ number: Int) -> String { names[number - 1] }

    /// "Apr" for 4.
    public static func abbreviation(_ number: Int) -> String { String(names[number - 1].prefix(3)) }

    /// 1-12 from a name or its first three or more letters, in any case ("apr", "Sept"); nil for anything else.
    public static func number(named word: String) -> Int? {
        let lower = word.lowercased()
        guard lower.count >= 3 else { return nil }
        return names.firstIndex { $0.lowercased().hasPrefix(lower) }.map { $0 + 1 }
    }

    /// 1-12 from "4", or from a name as `number(named:)` reads it.
    public static func number(_ text: String) -> Int? {
        if let number = Int(text) { return (1...12).contains(number) ? number : nil }
        return number(named: text)
    }
}
