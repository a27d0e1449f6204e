/// Where a reading problem is: the file, and the sheet once one is being read. Makes the `SpreadsheetError`s.
package struct ReadPlace: Sendable {
    let file: String
    package var sheet: String?

    package init(file: String, sheet: String? = nil) {
        self.file = file
        self.sheet = sheet
    }

    package func error(_ message: String, row: Int? = nil, column: String? = nil) -> SpreadsheetError {
        SpreadsheetError(file: file, sheet: sheet, row: row, column: column, message: message)
    }
}
