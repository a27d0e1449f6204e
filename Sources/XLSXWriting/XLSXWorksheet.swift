import CXLSXWriter
import Foundation
import SpreadsheetBasics
import XLSXReading

/// One sheet of an `XLSXWorkbookWriter`, with typed cell writes (rows and columns count from 0).
/// Rows stream: write each row after the ones before it; writing to an earlier row throws.
public final class XLSXWorksheet {
    public let name: String
    /// The workbook's file name, for error messages.
    public var fileName: String { workbook.fileName }
    /// What the cells written so far hold, as `SheetFingerprint.of(sheet:in:)` will read it back from the file.
    /// Every write adds its cell, so write each cell once.
    public private(set) var fingerprint = SheetFingerprint()
    let handle: UnsafeMutablePointer<lxw_worksheet>
    let workbook: XLSXWorkbookWriter
    /// Whether each number format seen shows dates, as the reader decides it.
    private var formatKinds: [String: XLSXNumberKind] = [:]

    init(handle: UnsafeMutablePointer<lxw_worksheet>, name: String, workbook: XLSXWorkbookWriter) {
        self.handle = handle
        self.name = name
        self.workbook = workbook
    }

    // MARK: Cells

    /// Text, always as a string cell: text starting with `=`, `+`, `-` or `@` is never a formula.
    public func write(_ text: String, row: Int, column: Int, style: XLSXStyle = .plain) throws(XLSXWriteError) {
        let (r, c) = try position(row, column)
        try check(worksheet_write_string(handle, r, c, text, workbook.format(style)), row, column)
        fingerprint.add(XLSXCell(value: .text(text)), row: row, column: column)
    }

    public func write(_ number: XLSXNumber, row: Int, column: Int, style: XLSXStyle = .plain) throws(XLSXWriteError) {
        let (r, c) = try position(row, column)
        try check(worksheet_write_number(handle, r, c, number.cellValue, workbook.format(style)), row, column)
        fingerprint.add(number, kind: numberKind(style), row: row, column: column)
    }

    /// A formula (without the leading `=`) with the number it computes, shown by viewers that do not recalculate.
    public func writeFormula(_ formula: String, cached: XLSXNumber, row: Int, column: Int,
                             style: XLSXStyle = .plain) throws(XLSXWriteError) {
        let (r, c) = try position(row, column)
        try check(worksheet_write_formula_num(handle, r, c, formula, workbook.format(style), cached.cellValue), row, column)
        fingerprint.add(XLSXCell(value: .text(""), formula: formula), row: row, column: column)
    }

    /// A formula with the text it computes (often "" for an undefined result).
    public func writeFormula(_ formula: String, cachedText: String, row: Int, column: Int,
                             style: XLSXStyle = .plain) throws(XLSXWriteError) {
        let (r, c) = try position(row, column)
        try check(worksheet_write_formula_str(handle, r, c, formula, workbook.format(style), cachedText), row, column)
        fingerprint.add(XLSXCell(value: .text(""), formula: formula), row: row, column: column)
    }

    /// An empty cell that still shows its style (a border under a blank total); it adds nothing to `fingerprint`.
    public func writeBlank(row: Int, column: Int, style: XLSXStyle) throws(XLSXWriteError) {
        let (r, c) = try position(row, column)
        try check(worksheet_write_blank(handle, r, c, workbook.format(style)), row, column)
    }

    // MARK: Layout and printing

    /// Column width in characters.
    public func setColumnWidth(_ column: Int, characters: Int) throws(XLSXWriteError) {
        let (_, c) = try position(0, column)
        try check(worksheet_set_column(handle, c, c, Double(characters), nil), nil, column)
    }

    /// Keeps the rows above `row` and the columns left of `column` in view while scrolling.
    public func freezePanes(row: Int, column: Int) throws(XLSXWriteError) {
        let (r, c) = try position(row, column)
        worksheet_freeze_panes(handle, r, c)
    }

    /// Prints these rows at the top of every page.
    public func repeatRows(_ rows: ClosedRange<Int>) throws(XLSXWriteError) {
        let (first, _) = try position(rows.lowerBound, 0)
        let (last, _) = try position(rows.upperBound, 0)
        try check(worksheet_repeat_rows(handle, first, last), rows.lowerBound, nil)
    }

    public func setLandscape() throws(XLSXWriteError) {
        _ = try workbook.openHandle(sheet: name)
        worksheet_set_landscape(handle)
    }

    /// Scales printing to one page wide, as many pages tall as needed.
    public func fitToOnePageWide() throws(XLSXWriteError) {
        _ = try workbook.openHandle(sheet: name)
        worksheet_fit_to_pages(handle, 1, 0)
    }

    /// A filter drop-down on each header cell of `columns` in `headerRow`, filtering the rows below it through `lastRow`.
    public func autoFilter(headerRow: Int, lastRow: Int, columns: ClosedRange<Int>) throws(XLSXWriteError) {
        let (first, firstColumn) = try position(headerRow, columns.lowerBound)
        let (last, lastColumn) = try position(lastRow, columns.upperBound)
        try check(worksheet_autofilter(handle, first, firstColumn, last, lastColumn), headerRow, nil)
    }

    /// Shows `style` on the whole width of every row in `rows` whose cell in `keyColumn` reads `text` (such as a
    /// Status of "Error"), as a conditional format, so it follows edits made in Excel or LibreOffice too.
    public func highlightRows(_ rows: ClosedRange<Int>, columns: ClosedRange<Int>, where keyColumn: Int, is text: String,
                              style: XLSXStyle) throws(XLSXWriteError) {
        let (first, firstColumn) = try position(rows.lowerBound, columns.lowerBound)
        let (last, lastColumn) = try position(rows.upperBound, columns.upperBound)
        let key = "$" + CellReference.column(keyColumn) + "\(rows.lowerBound + 1)"
        let quoted = "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        guard let formula = strdup("=\(key)=\(quoted)") else { return }
        defer { free(formula) }
        var conditional = lxw_conditional_format()
        conditional.type = UInt8(LXW_CONDITIONAL_TYPE_FORMULA.rawValue)
        conditional.value_string = formula
        conditional.format = workbook.format(style)
        try check(worksheet_conditional_format_range(handle, first, firstColumn, last, lastColumn, &conditional), rows.lowerBound, nil)
    }

    /// Prints `title` centred at the top of each page and "Page n of m" at the bottom.
    public func setPrintTitle(_ title: String) throws(XLSXWriteError) {
        // Excel limits headers to 255 characters including codes; `&` is the code character.
        let text = String(title.prefix(200)).replacingOccurrences(of: "&", with: "&&")
        try check(worksheet_set_header(handle, "&C" + text), nil, nil)
        try check(worksheet_set_footer(handle, "&CPage &P of &N"), nil, nil)
    }

    /// Hides the sheet (plain hidden: libxlsxwriter cannot make it "very hidden").
    public func hide() throws(XLSXWriteError) {
        _ = try workbook.openHandle(sheet: name)
        worksheet_hide(handle)
    }

    /// Makes this the sheet the workbook opens on.
    public func activate() throws(XLSXWriteError) {
        _ = try workbook.openHandle(sheet: name)
        worksheet_activate(handle)
    }

    /// How `style`'s number format shows numbers (a reader then reads them as dates or times).
    private func numberKind(_ style: XLSXStyle) -> XLSXNumberKind {
        guard let format = style.numberFormat else { return .number }
        if let known = formatKinds[format] { return known }
        let kind = XLSXDateStyles.kind(ofFormat: format)
        formatKinds[format] = kind
        return kind
    }

    // MARK: Checks

    /// The C row and column for `row` and `column`, once the workbook is known to be open (so `handle` is valid).
    func position(_ row: Int, _ column: Int) throws(XLSXWriteError) -> (lxw_row_t, lxw_col_t) {
        _ = try workbook.openHandle(sheet: name)
        guard let r = lxw_row_t(exactly: row), let c = lxw_col_t(exactly: column) else {
            throw XLSXWriteError(file: workbook.fileName, sheet: name, message: "row \(row), column \(column) is outside the sheet")
        }
        return (r, c)
    }

    func check(_ code: lxw_error, _ row: Int?, _ column: Int?) throws(XLSXWriteError) {
        guard code != LXW_NO_ERROR else { return }
        let cell: String? = switch (row, column) {
        case let (row?, column?): CellReference.cell(row: row, column: column)
        case let (row?, nil): "row \(row + 1)"
        case let (nil, column?): "column \(CellReference.column(column))"
        case (nil, nil): nil
        }
        try XLSXWriteError.check(code, file: workbook.fileName, sheet: name, cell: cell)
    }
}
