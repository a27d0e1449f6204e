/// A problem reading a spreadsheet or CSV file, naming the place: file, sheet, row and column.
public struct SpreadsheetError: Error, Equatable, CustomStringConvertible {
    public var file: String
    public var sheet: String?
    public var row: Int?
    public var column: String?
    public var message: String

    public init(file: String, sheet: String? = nil, row: Int? = nil, column: String? = nil, message: String) {
        self.file = file
        self.sheet = sheet
        self.row = row
        self.column = column
        self.message = message
    }

    /// `entry.xlsx, sheet "Invoices", row 14, column "Customer": no customer named …`
    public var description: String {
        var place = file
        if let sheet { place += ", sheet \"\(sheet)\"" }
        if let row { place += ", row \(row)" }
        if let column { place += ", column \"\(column)\"" }
        return "\(place): \(message)"
    }
}
