import CXLSXWriter
import Foundation

/// What a drop-down offers: fixed values (Excel allows 255 characters in all, commas included), or the cells a
/// formula names, such as `=Customers` (a defined name) or `=Lists!$A$2:$A$40`.
public enum XLSXListSource: Sendable, Equatable {
    case values([String])
    case formula(String)
}

/// What Excel does when someone types a value that is not in a drop-down's list: refuse it, or warn and let it stand.
public enum XLSXInvalidEntry: Sendable {
    case stop, warning
}

extension XLSXWorksheet {
    /// Gives the cells `rows` of `column` an in-cell drop-down (a list data validation), with a note shown when a
    /// cell is selected. The note's title is cut to Excel's 32 characters and its text to 255.
    public func addDropDown(rows: ClosedRange<Int>, column: Int, source: XLSXListSource, onInvalid: XLSXInvalidEntry,
                            noteTitle: String, note: String) throws(XLSXWriteError) {
        let (first, c) = try position(rows.lowerBound, column)
        let (last, _) = try position(rows.upperBound, column)
        var validation = lxw_data_validation()
        validation.error_type = UInt8(onInvalid == .stop ? LXW_VALIDATION_ERROR_TYPE_STOP.rawValue
                                                         : LXW_VALIDATION_ERROR_TYPE_WARNING.rawValue)
        // libxlsxwriter copies every string it is given; these C copies live for the call.
        let title = strdup(Self.excelLimited(noteTitle, to: 32))
        let message = strdup(Self.excelLimited(note, to: 255))
        defer { free(title); free(message) }
        validation.input_title = title
        validation.input_message = message
        let code: lxw_error
        switch source {
        case .values(let values):
            let strings = values.map { strdup($0) }
            defer { strings.forEach { free($0) } }
            var list: [UnsafeMutablePointer<CChar>?] = strings + [nil]
            validation.validate = UInt8(LXW_VALIDATION_TYPE_LIST.rawValue)
            code = list.withUnsafeMutableBufferPointer { buffer in
                validation.value_list = buffer.baseAddress
                return worksheet_data_validation_range(handle, first, c, last, c, &validation)
            }
        case .formula(let formula):
            let text = strdup(formula)
            defer { free(text) }
            validation.validate = UInt8(LXW_VALIDATION_TYPE_LIST_FORMULA.rawValue)
            validation.value_formula = text
            code = worksheet_data_validation_range(handle, first, c, last, c, &validation)
        }
        try check(code, rows.lowerBound, column)
    }

    /// `text` cut at a character boundary to at most `limit` UTF-16 units (as Excel counts), ending in "…" when cut.
    static func excelLimited(_ text: String, to limit: Int) -> String {
        guard text.utf16.count > limit else { return text }
        var kept = ""
        var length = 1
        for character in text {
            length += character.utf16.count
            guard length <= limit else { break }
            kept.append(character)
        }
        return kept + "…"
    }
}
