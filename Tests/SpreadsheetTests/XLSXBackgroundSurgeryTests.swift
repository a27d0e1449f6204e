import Foundation
@testable import SpreadsheetBasics
import Testing
@testable import XLSXEditing
@testable import XLSXReading
@testable import XLSXWriting

/// Workbook surgery on a second thread, fed its edits while it runs: the same workbook as edits known up front, and
/// nothing left behind when it is cancelled or fails.
@Suite struct XLSXBackgroundSurgeryTests {
    typealias Package = XLSXTestPackage

    /// A sheet of `rows` rows: a header, then a name, an amount and a Post flag on each.
    func bookWithRows(_ rows: Int, in folder: TemporaryFolder) throws -> String {
        let path = folder.file("entries.xlsx")
        let writer = try XLSXWorkbookWriter(path: path)
        let sheet = try writer.addWorksheet(name: "Entries")
        for (column, title) in ["Name", "Amount", "Post"].enumerated() { try sheet.write(title, row: 0, column: column) }
        for row in 1..<rows {
            try sheet.write("Customer \(row)", row: row, column: 0)
            try sheet.write(.decimal(Decimal(row) / 100), row: row, column: 1)
            try sheet.write("yes", row: row, column: 2)
        }
        try writer.close()
        return path
    }

    /// Results as a post writes them: a Status title on the header, then the same cells on the rows of each
    /// three-row record, leaving out every fifth record.
    static func results(rows: Int) -> [(rows: ClosedRange<Int>, cells: [Int: XLSXCellEdit])] {
        var results: [(rows: ClosedRange<Int>, cells: [Int: XLSXCellEdit])] = [(1...1, [3: .text("Status"), 4: .text("ID")])]
        for (record, first) in stride(from: 2, through: rows - 2, by: 3).enumerated() where !record.isMultiple(of: 5) {
            results.append((first...first + 2, [2: .text("done"), 3: .text("posted"), 4: .number(Decimal(record))]))
        }
        return results
    }

    func files(in folder: TemporaryFolder) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    @Test func editsSetWhileTheSheetStreamsGiveTheWorkbookOfEditsSetFirst() throws {
        let folder = try TemporaryFolder()
        let path = try bookWithRows(6_000, in: folder)
        let results = Self.results(rows: 6_000)

        var upFront = XLSXSheetEdits()
        for result in results { upFront.set(rows: result.rows, result.cells) }
        let expected = try XLSXWorkbookSurgery.prepare(upFront, sheet: "Entries", of: path)
        try expected.install()
        let expectedSheet = try XLSXCellEditTests.part("xl/worksheets/sheet1.xml", of: path)

        let fresh = try bookWithRows(6_000, in: folder)
        let surgery = XLSXBackgroundSurgery(sheet: "Entries", of: fresh, widening: 2...4, onRow: 1)
        for result in results { surgery.edits.set(rows: result.rows, result.cells) }
        try surgery.finish().install()

        #expect(try XLSXCellEditTests.part("xl/worksheets/sheet1.xml", of: fresh) == expectedSheet)
        let rows = try Package.rows(XLSXReader(path: fresh), sheet: "Entries")
        #expect(rows[0].cells.map { $0?.value } == [.text("Name"), .text("Amount"), .text("Post"), .text("Status"), .text("ID")])
        #expect(rows[5].cells.map { $0?.value } == [.text("Customer 5"), .number("0.05"), .text("done"), .text("posted"), .number("1")])
        #expect(rows[1].cells.count == 3, "the first record was left out")
        #expect(try files(in: folder) == ["entries.xlsx"])
    }

    @Test func cancellingLeavesTheWorkbookAndFolderAsTheyWere() throws {
        let folder = try TemporaryFolder()
        let path = try bookWithRows(3_000, in: folder)
        let original = try Data(contentsOf: URL(fileURLWithPath: path))

        let surgery = XLSXBackgroundSurgery(sheet: "Entries", of: path, widening: 2...4, onRow: 1)
        for result in Self.results(rows: 3_000).prefix(400) { surgery.edits.set(rows: result.rows, result.cells) }
        surgery.cancel()
        surgery.cancel()

        #expect(try files(in: folder) == ["entries.xlsx"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == original)
    }

    @Test func aRewriteThatFailsSaysWhyAtTheFinishAndLeavesNothing() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("shared.xlsx")
        let rows = """
            <row r="1"><c r="A1"><v>1</v></c></row>\
            <row r="2"><c r="A2"><f t="shared" ref="A2:A3" si="0">B2*2</f><v>2</v></c><c r="B2"><v>1</v></c></row>\
            <row r="3"><c r="A3"><f t="shared" si="0"/><v>4</v></c><c r="B3"><v>2</v></c></row>
            """
        try Package.zip(Package.workbook(rows: rows), to: path)
        let original = try Data(contentsOf: URL(fileURLWithPath: path))

        let surgery = XLSXBackgroundSurgery(sheet: "Sheet1", of: path, widening: 0...1, onRow: 1)
        surgery.edits.set(rows: 2...2, [0: .text("x")])
        // Edits set after the rewrite stopped are dropped.
        for row in 3...1_000 { surgery.edits.set(rows: row...row, [1: .number(Decimal(row))]) }
        let error = #expect(throws: SpreadsheetError.self) { try surgery.finish() }
        #expect(error?.row == 2)
        #expect(error?.message.contains("cell A2 holds a formula that the cells A2:A3 share") == true)
        #expect(try files(in: folder) == ["shared.xlsx"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == original)
    }
}
