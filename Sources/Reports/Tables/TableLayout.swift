import Ledger

/// Typed cells as the data tables write them: optional values become empty cells, flags "Yes"/"No".
enum TableCell {
    static func text(_ value: String?) -> ReportCell {
        guard let value, !value.isEmpty else { return .empty }
        return .text(value)
    }

    static func date(_ value: LocalDate?) -> ReportCell { value.map(ReportCell.date) ?? .empty }

    static func yesNo(_ flag: Bool) -> ReportCell { .text(flag ? "Yes" : "No") }

    /// "Credit memo", "Customer payment": a document kind as a table value.
    static func kind(_ kind: DocumentKind) -> ReportCell { .text(sentenceCase(kind.displayName)) }

    /// "Posted", "Void".
    static func status(_ status: DocumentStatus) -> ReportCell { .text(sentenceCase(status.rawValue)) }

    static func sentenceCase(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }
}
