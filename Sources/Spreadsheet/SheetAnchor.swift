/// The live formula a `SheetManifest` row keeps beside a sheet's name, so the row follows the sheet: Excel and
/// LibreOffice rewrite it when the user renames the sheet and turn it into `#REF!` when the user deletes it.
/// It refers to every row of the sheet, `ROWS('Q3 P&L'!$1:$1048576)`, not to one cell: LibreOffice turns `'Q3 P&L'!$A$1`
/// into `#REF!` as soon as the sheet's first row or column is deleted, and a user may well delete a title row.
enum SheetAnchor: Equatable {
    /// The formula names this sheet.
    case sheet(String)
    /// The formula refers to a sheet that was deleted.
    case gone

    /// The anchor formula (without `=`) for `sheet`.
    static func formula(for sheet: String) -> String {
        "ROWS('\(sheet.replacingOccurrences(of: "'", with: "''"))'!$1:$\(rowCount))"
    }

    /// The formula for a sheet already gone.
    static let goneFormula = "#REF!"

    /// What `formula(for:)` computes: the number of rows of a sheet.
    static let rowCount: Int64 = 1_048_576

    /// What a formula (with or without `=`) anchors to: `'Q3 P&L'!$A$1`, `Sheet1!$A$1`, `'It''s'!$A$1`, or one of these
    /// inside a function (`ROWS(…)`) name a sheet; a `#REF!` that names none is `.gone`; nil for anything else.
    init?(formula: String) {
        var text = Substring(formula.trimmingSpaces())
        if text.hasPrefix("=") { text = text.dropFirst() }
        if let name = Self.sheetName(inReference: Self.argument(of: text)) {
            self = .sheet(name)
        } else if text.contains("#REF!") {
            self = .gone
        } else {
            return nil
        }
    }

    /// The argument of a one-function formula such as `ROWS(…)`; else the formula itself.
    private static func argument(of formula: Substring) -> Substring {
        guard formula.hasSuffix(")"), let open = formula.firstIndex(of: "("),
              formula[..<open].allSatisfy({ $0.isLetter || $0 == "_" || $0 == "." }) else { return formula }
        return formula[formula.index(after: open)..<formula.index(before: formula.endIndex)]
    }

    /// The sheet of a reference `Sheet!A1`, `'Sheet name'!$A$1` or `'Sheet'!$1:$9`; nil for anything else.
    private static func sheetName(inReference reference: Substring) -> String? {
        var rest = reference
        var name = ""
        if rest.hasPrefix("'") {
            // A quoted name ends at a single quote; a doubled one is a quote in the name.
            rest = rest.dropFirst()
            while true {
                guard let quote = rest.firstIndex(of: "'") else { return nil }
                name += rest[..<quote]
                rest = rest[rest.index(after: quote)...]
                guard rest.hasPrefix("'") else { break }
                name += "'"
                rest = rest.dropFirst()
            }
        } else {
            // Only plain names go unquoted (`#REF!` is not one).
            name = String(rest.prefix { $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." })
            rest = rest.dropFirst(name.count)
        }
        guard !name.isEmpty, !name.contains("["), rest.hasPrefix("!") else { return nil }
        let cells = rest.dropFirst()
        guard !cells.isEmpty, cells.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "$" || $0 == ":") }) else {
            return nil
        }
        return name
    }
}
