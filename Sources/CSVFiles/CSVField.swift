/// One field of a CSV file the tool writes: text, which a spreadsheet opening the file might take for a formula, or
/// a value already in plain notation (a number, a date, a copied field), written as it is.
public enum CSVField: Sendable, Equatable {
    case text(String)
    case plain(String)

    /// The characters that make a spreadsheet read a field as a formula when they start it (OWASP's list); scalars,
    /// since "\r\n" is one `Character`.
    private static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// The field as written: text that starts like a formula gets a leading apostrophe, which spreadsheets show as
    /// text and `unguarded` takes off again on reading.
    package var written: String {
        switch self {
        case .plain(let text): text
        case .text(let text): text.unicodeScalars.first.map(Self.formulaStarts.contains) == true ? "'" + text : text
        }
    }

    /// `text` without the apostrophe that `written` put ahead of a formula-like start.
    public static func unguarded(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard scalars.first == "'", let second = scalars.dropFirst().first, formulaStarts.contains(second) else { return text }
        return String(text.dropFirst())
    }
}
