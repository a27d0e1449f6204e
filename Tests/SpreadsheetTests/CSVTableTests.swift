import CSVFiles
import Foundation
import SpreadsheetBasics
import Testing

@Suite struct CSVTableTests {
    func write(_ text: String) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("table-\(UUID().uuidString).csv").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func readsQuotedFieldsBomAndCrlf() throws {
        let path = try write("\u{FEFF}name,memo,amount\r\nAcme,\"Fees, March \"\"final\"\"\",12.50\r\n\r\n Bistro ,\"two\nlines\",3\r\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let table = try CSVTable(path: path, requiredColumns: ["name", "amount"])
        #expect(table.header == ["name", "memo", "amount"])
        #expect(table.records.count == 2)
        #expect(table.records[0].optional("memo") == "Fees, March \"final\"")
        #expect(table.records[1].optional("name") == "Bistro")
        #expect(table.records[1].optional("memo") == "two\nlines")
    }

    @Test func errorsNameFileRowAndColumn() throws {
        let path = try write("name,amount\nAcme,\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let file = (path as NSString).lastPathComponent
        let table = try CSVTable(path: path)
        #expect(throws: SpreadsheetError(file: file, row: 2, column: "amount", message: "a value is required here")) {
            try table.records[0].required("amount")
        }
        let missing = #expect(throws: SpreadsheetError.self) { try CSVTable(path: path, requiredColumns: ["rate"]) }
        #expect(missing?.description == "\(file), row 1: the header has no column \"rate\" (it has: name, amount)")
    }

    @Test func semicolonsAreFoundAndRowsCountBlankLines() throws {
        let path = try write("name;amount\r\nAcme;\"1,5\"\r\n;\r\nBistro;3\r\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let table = try CSVTable(path: path, requiredColumns: ["name", "amount"])
        #expect(table.records.map { $0.optional("amount") } == ["1,5", "3"])
        #expect(table.records.map(\.row) == [2, 4])
    }

    @Test func aRowWithMoreValuesThanTheHeaderIsAnError() throws {
        let path = try write("date,rate\n2025-01-31,1.5\n2025-02-28,1,5\n2025-03-31,2,,\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let error = #expect(throws: SpreadsheetError.self) { try CSVTable(path: path) }
        #expect(error == SpreadsheetError(file: (path as NSString).lastPathComponent, row: 3,
                                          message: "has 3 fields but the header has 2 columns; quote a value that holds the delimiter, such as \"1,5\""))
    }
}
