import Ledger
import XLSXWriting

/// The "Instructions" sheet of a records workbook: the type's title and company, how its rows make records, a
/// table of its columns (required or not, what each takes, help), and how to post the sheet.
enum RecordWorkbookInstructions {
    static let name = "Instructions"

    static func write(_ type: RecordType, company: Company, into writer: XLSXWorkbookWriter) throws(XLSXWriteError) {
        let sheet = try writer.addWorksheet(name: name)
        try sheet.setLandscape()
        try sheet.fitToOnePageWide()
        for (column, width) in [22, 10, 40, 100].enumerated() {
            try sheet.setColumnWidth(column, characters: width)
        }
        var row = 0
        func line(_ text: String, style: XLSXStyle = .plain) throws(XLSXWriteError) {
            try sheet.write(text, row: row, column: 0, style: style)
            row += 1
        }
        try line("\(type.title) — \(company.name)", style: XLSXStyle(bold: true, fontSize: 14))
        try line(type.summary, style: XLSXStyle(italic: true))
        row += 1
        for paragraph in type.instructions { try line(paragraph) }
        row += 1
        try line("Columns", style: XLSXStyle(bold: true, fontSize: 12))
        try line("Required columns end in * on the \"\(type.title)\" sheet.")
        for (column, title) in ["Column", "Required", "Takes", "Help"].enumerated() {
            try sheet.write(title, row: row, column: column, style: XLSXStyle(bold: true, bottomBorder: .thin))
        }
        row += 1
        for column in type.columns {
            let cells = [column.name, column.required ? "yes" : "", takes(column, currency: company.baseCurrency), column.help]
            for (index, text) in cells.enumerated() where !text.isEmpty {
                try sheet.write(text, row: row, column: index)
            }
            row += 1
        }
        row += 1
        try line("To post", style: XLSXStyle(bold: true, fontSize: 12))
        try line("Fill in rows on the \"\(type.title)\" sheet (type or paste them) and type yes in Post on the rows to post.")
        try line("Save the file, then run:")
        try line("ledgersync records post FILE", style: XLSXStyle(bold: true))
        try line("ledgersync checks the rows and says in Status and Message what it did with each one, or what to fix.")
        try line("The drop-downs offer \(company.name)'s names as they were when this file was written; names added later are accepted too.")
    }

    /// What a column takes, in words: its allowed values, the list its names come from, or its kind of value.
    static func takes(_ column: RecordColumn, currency: Currency) -> String {
        if let allowed = column.allowed {
            return allowed.count == 1 ? allowed[0] : allowed.dropLast().joined(separator: ", ") + " or " + allowed[allowed.count - 1]
        }
        if let list = column.list { return "a name from the \(list.title) list" }
        switch column.format {
        case .text: return "text"
        case .date: return "a date, such as 2026-03-04"
        case .money: return "an amount in \(currency.code)"
        case .quantity, .rate: return "a number"
        case .integer: return "a whole number"
        }
    }
}
