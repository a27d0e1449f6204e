import Ledger
import Spreadsheet

/// Typed cells as the data tables write them: optional values become empty cells, flags "Yes"/"No".
enum TableCell {
    static func text(_ value: String?) -> CellValue {
        guard let value, !value.isEmpty else { return .empty }
        return .text(value)
    }

    static func date(_ value: LocalDate?) -> CellValue { value.map(CellValue.date) ?? .empty }

    static func yesNo(_ flag: Bool) -> CellValue { .text(flag ? "Yes" : "No") }

    /// "Credit memo", "Customer payment": a document kind as a table value.
    static func kind(_ kind: DocumentKind) -> CellValue { .text(sentenceCase(kind.displayName)) }

    /// "Posted", "Void".
    static func status(_ status: DocumentStatus) -> CellValue { .text(sentenceCase(status.rawValue)) }

    static func sentenceCase(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
}
