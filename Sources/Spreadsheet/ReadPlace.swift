/// Where a reading problem is: the file, and the sheet once one is being read. Makes the `SpreadsheetError`s.
struct ReadPlace: Sendable {
    let file: String
    var sheet: String?

    func error(_ message: String, row: Int? = nil, column: String? = nil) -> SpreadsheetError {
        SpreadsheetError(file: file, sheet: sheet, row: row, column: column, message: message)
    }
}
