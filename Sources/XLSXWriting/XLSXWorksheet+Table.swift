import CXLSXWriter

extension XLSXWorksheet {
    /// Makes rows `firstRow...lastRow` (header row first) of columns `0..<columnNames.count` an Excel table with
    /// banded rows and filter buttons, and returns its name (unique in the workbook, derived from the sheet name).
    /// Call it after the rows are written; the header row must already hold `columnNames`, which must be unique.
    @discardableResult
    public func addTable(firstRow: Int, lastRow: Int, columnNames: [String]) throws(XLSXWriteError) -> String {
        guard !columnNames.isEmpty else {
            throw XLSXWriteError(file: fileName, sheet: name, message: "a table needs at least one column")
        }
        let (first, _) = try position(firstRow, 0)
        let (last, lastColumn) = try position(lastRow, columnNames.count - 1)
        let name = workbook.uniqueTableName(self.name)
        // lxw_table_column.header is `char *`; keep C copies alive for the call.
        let headers = columnNames.map { strdup($0) }
        defer { headers.forEach { free($0) } }
        var columns = headers.map { lxw_table_column(header: $0, formula: nil, total_string: nil, total_function: 0,
                                                      header_format: nil, format: nil, total_value: 0) }
        let code = columns.withUnsafeMutableBufferPointer { buffer in
            var pointers: [UnsafeMutablePointer<lxw_table_column>?] = (0..<buffer.count).map { buffer.baseAddress! + $0 }
            pointers.append(nil)
            return name.withCString { cName in
                pointers.withUnsafeMutableBufferPointer { list in
                    var options = lxw_table_options()
                    options.name = UnsafeMutablePointer(mutating: cName)
                    options.columns = list.baseAddress
                    // libxlsxwriter 1.1 refuses tables on constant-memory sheets, yet a table is only metadata
                    // (xl/tables/tableN.xml and a <tableParts> entry) emitted after the streamed rows at close.
                    // Lifting the flag for this one call registers the table; the header strings add_table writes
                    // again go to the sheet's in-memory cell tree, which a constant-memory sheet never emits, so
                    // the streamed header cells stay the only ones (the tests read the XML to prove it).
                    let streaming = handle.pointee.optimize
                    handle.pointee.optimize = 0
                    defer { handle.pointee.optimize = streaming }
                    return worksheet_add_table(handle, first, 0, last, lastColumn, &options)
                }
            }
        }
        try check(code, firstRow, 0)
        return name
    }
}
