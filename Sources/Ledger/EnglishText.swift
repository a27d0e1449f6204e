/// Small pieces of English for messages: "an invoice", "1 line", "3 lines".
public enum EnglishText {
    /// The noun with "a" or "an" before it, by its first letter: "an invoice", "a bill", "an other current asset".
    public static func withArticle(_ noun: String) -> String {
        let startsWithVowel = noun.first.map { "aeiouAEIOU".contains($0) } ?? false
        return (startsWithVowel ? "an " : "a ") + noun
    }

    /// The count and the noun, plural unless the count is one: "1 line", "0 lines", "12 lines".
    public static func counted(_ count: Int, _ singular: String, plural: String? = nil) -> String {
        "\(count) " + (count == 1 ? singular : plural ?? singular + "s")
    }

    /// The items joined as a list: "a", "a or b", "a, b or c".
    public static func list(_ items: [String], joinedBy conjunction: String) -> String {
        guard let last = items.last, items.count > 1 else { return items.joined() }
        return items.dropLast().joined(separator: ", ") + " \(conjunction) " + last
    }
}
