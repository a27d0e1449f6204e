import SpreadsheetBasics
import XLSXWriting

/// The hidden "Lists" sheet of a records workbook: one column per ledger list the type's drop-downs draw on,
/// headed by the list's title and filled with the company's names, each under a defined name (`Customers`,
/// `TaxCodes` …) that the drop-downs refer to.
enum ListsSheet {
    static let name = "Lists"

    /// Writes the lists `type` uses into a new hidden sheet and returns, for each list that has names, the
    /// formula its drop-downs use. An empty list gets its column but no defined name, so it has no drop-down.
    static func write(for type: RecordType, directory: CompanyDirectory,
                      into writer: XLSXWorkbookWriter) throws(XLSXWriteError) -> [RecordList: String] {
        var lists: [RecordList] = []
        for case let list? in type.columns.map(\.list) where !lists.contains(list) { lists.append(list) }
        let names = lists.map(directory.names)
        let sheet = try writer.addWorksheet(name: name)
        try sheet.hide()
        for (column, list) in lists.enumerated() {
            try sheet.setColumnWidth(column, characters: 30)
            try sheet.write(list.title, row: 0, column: column, style: XLSXStyle(bold: true))
        }
        for row in 0..<(names.map(\.count).max() ?? 0) {
            for (column, values) in names.enumerated() where row < values.count {
                try sheet.write(values[row], row: row + 1, column: column)
            }
        }
        var formulas: [RecordList: String] = [:]
        for (column, list) in lists.enumerated() where !names[column].isEmpty {
            let letter = CellReference.column(column)
            try writer.defineName(list.definedName, refersTo: "=\(name)!$\(letter)$2:$\(letter)$\(names[column].count + 1)")
            formulas[list] = "=" + list.definedName
        }
        return formulas
    }
}

extension RecordList {
    /// The Lists sheet's header for the list, as the Instructions name it: "Bank Accounts".
    var title: String {
        switch self {
        case .customers: "Customers"
        case .vendors: "Vendors"
        case .items: "Items"
        case .accounts: "Accounts"
        case .bankAccounts: "Bank Accounts"
        case .taxCodes: "Tax Codes"
        case .classes: "Classes"
        case .locations: "Locations"
        case .companies: "Companies"
        case .terms: "Terms"
        }
    }

    /// The workbook-wide name of the list's cells: the title without spaces ("BankAccounts").
    var definedName: String { title.replacingOccurrences(of: " ", with: "") }
}
