import CXLSXWriter

extension XLSXWorksheet {
    /// Column width in characters, and the style the column's empty cells take, so what a user types there gets
    /// its number format (a date column shows dates as dates). Cells written later carry their own style.
    public func setColumn(_ column: Int, characters: Int, style: XLSXStyle) throws(XLSXWriteError) {
        let (_, c) = try position(0, column)
        try check(worksheet_set_column(handle, c, c, Double(characters), workbook.format(style)), nil, column)
    }
}
