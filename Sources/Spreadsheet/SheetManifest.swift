import Foundation
import XLSXReading
import XLSXWriting

/// The hidden `_ledgersync` sheet: one row per sheet the tool owns in a workbook, saying what built it, when, what
/// its cells held (`SheetFingerprint`) and, through a live formula, what the sheet is called now.
///
/// Columns, found by their header: Sheet | Request | Built | Fingerprint | Anchor. Sheet is the name when written;
/// Request is JSON whose meaning belongs to the writer (a report request, a record type); Built is ISO 8601; Anchor
/// is a `SheetAnchor` formula, which Excel and LibreOffice keep pointing at the sheet when the user renames it.
/// Workbooks from before the last two columns read with no fingerprint.
public struct SheetManifest: Equatable, Sendable {
    public static let sheetName = "_ledgersync"

    /// One tool-owned sheet.
    public struct Entry: Equatable, Sendable {
        /// The sheet's current name: the name its anchor gives when it has one, else the name written.
        public var sheet: String
        /// What built the sheet, as JSON text.
        public var request: String
        /// When it was built, as ISO 8601 text.
        public var built: String
        /// What its cells held when written; nil in workbooks written before fingerprints.
        public var fingerprint: SheetFingerprint?
        /// The user deleted the sheet: its anchor says `#REF!`, or names a sheet the workbook no longer has.
        public var sheetIsGone: Bool

        public init(sheet: String, request: String, built: String, fingerprint: SheetFingerprint?, sheetIsGone: Bool = false) {
            self.sheet = sheet
            self.request = request
            self.built = built
            self.fingerprint = fingerprint
            self.sheetIsGone = sheetIsGone
        }
    }

    public var entries: [Entry]

    public init(entries: [Entry]) {
        self.entries = entries
    }

    private static let columns = [("Sheet", 31), ("Request", 80), ("Built", 22), ("Fingerprint", 34), ("Anchor", 12)]

    /// Adds the hidden sheet, after the sheets already added, with one row per entry.
    public func write(into writer: XLSXWorkbookWriter) throws(XLSXWriteError) {
        let sheet = try writer.addWorksheet(name: Self.sheetName)
        try sheet.hide()
        for (column, (title, width)) in Self.columns.enumerated() {
            try sheet.setColumnWidth(column, characters: width)
            try sheet.write(title, row: 0, column: column, style: XLSXStyle(bold: true))
        }
        for (index, entry) in entries.enumerated() {
            let row = index + 1
            try sheet.write(entry.sheet, row: row, column: 0)
            try sheet.write(entry.request, row: row, column: 1)
            try sheet.write(entry.built, row: row, column: 2)
            if let fingerprint = entry.fingerprint {
                try sheet.write(fingerprint.description, row: row, column: 3)
            }
            if entry.sheetIsGone {
                try sheet.writeFormula(SheetAnchor.goneFormula, cachedText: "", row: row, column: 4)
            } else {
                try sheet.writeFormula(SheetAnchor.formula(for: entry.sheet), cached: .integer(SheetAnchor.rowCount),
                                       row: row, column: 4)
            }
        }
    }

    /// The manifest of the workbook `reader` reads; nil when it has no `_ledgersync` sheet (any case). Rows without
    /// a sheet name or request are skipped.
    public static func read(from reader: XLSXReader) throws -> SheetManifest? {
        guard let name = reader.sheetNames.first(where: { $0.lowercased() == sheetName }) else { return nil }
        var columns: [String: Int] = [:]
        var entries: [Entry] = []
        try reader.forEachRow(inSheet: name) { row in
            func text(_ title: String) -> String? { columns[title].flatMap { Self.text(row[$0]) } }
            guard !columns.isEmpty else {
                for (index, cell) in row.cells.enumerated() {
                    if let title = Self.text(cell)?.trimmingSpaces().lowercased() { columns[title] = index }
                }
                return
            }
            guard let written = text("sheet"), let request = text("request") else { return }
            let anchor = columns["anchor"].flatMap { row[$0] }.flatMap { $0.formula ?? Self.text($0) }.flatMap(SheetAnchor.init)
            var sheet = written
            if case .sheet(let anchored) = anchor { sheet = anchored }
            let current = reader.sheetNames.first { $0.lowercased() == sheet.lowercased() }
            entries.append(Entry(sheet: current ?? sheet, request: request, built: text("built") ?? "",
                                 fingerprint: text("fingerprint").flatMap(SheetFingerprint.init(hex:)),
                                 sheetIsGone: anchor == .gone || current == nil))
        }
        return SheetManifest(entries: entries)
    }

    /// A cell's text; a number (a sheet called 2026 typed in again) as its digits.
    private static func text(_ cell: XLSXCell?) -> String? {
        switch cell?.value {
        case .text(let text)?: text.isEmpty ? nil : text
        case .number(let number)?: number.description
        default: nil
        }
    }
}
