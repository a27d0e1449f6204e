import Foundation
@testable import SpreadsheetBasics
import Testing
@testable import XLSXEditing
@testable import XLSXReading
@testable import XLSXWriting

/// Workbook surgery: values written into existing workbooks from real writers and hand-built ones, checked with this
/// package's reader, openpyxl and LibreOffice; and the safety of swapping the new file in.
@Suite struct XLSXCellEditTests {
    typealias Package = XLSXTestPackage

    func values(_ rows: [XLSXRow]) -> [[XLSXValue?]] {
        rows.map { $0.cells.map { $0?.value } }
    }

    func edits(_ cells: [(row: Int, column: Int, value: XLSXCellEdit)]) -> XLSXSheetEdits {
        var edits = XLSXSheetEdits()
        for cell in cells { edits.set(row: cell.row, column: cell.column, cell.value) }
        return edits
    }

    func apply(_ edits: XLSXSheetEdits, sheet: String = "Sheet1", to path: String) throws {
        try XLSXWorkbookSurgery.prepare(edits, sheet: sheet, of: path).install()
    }

    func files(in folder: TemporaryFolder) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    // MARK: Real writers

    /// The posting results of the brief: a replaced cell, cells new in the middle and at the end of a row, a row
    /// the sheet lacks, one after the last, blanks with and without a style, and text starting with `=`.
    static let postingResults: [(row: Int, column: Int, value: XLSXCellEdit)] = [
        (2, 3, .text("posted")), (2, 4, .text("  spaced  ")), (2, 5, .text("done")), (2, 7, .number(Decimal(string: "1234.5")!)),
        (3, 2, .text("=not a formula")), (3, 4, .text("Inserted")),
        (4, 1, .number(Decimal(string: "0.1")!)), (4, 3, .text("new row")),
        (5, 1, .blank), (5, 7, .blank),
        (12, 0, .text("after last")),
    ]

    @Test(arguments: ["openpyxl", "LibreOffice"])
    func writesPostingResultsKeepingTheRestOfTheWorkbook(writer: String) throws {
        let folder = try TemporaryFolder()
        var input = folder.file("book.xlsx")
        try Package.run(Package.python, ["-c", Self.buildEntriesWorkbook, input])
        if writer == "LibreOffice" {
            // LibreOffice's own save of the same book: shared strings, its own styles, cached values it computed.
            input = try Self.libreOffice(convert: input, to: "xlsx", into: folder.file("lo"))
        }
        let path = folder.file("result.xlsx")
        try FileManager.default.copyItem(atPath: input, toPath: path)

        try apply(edits(Self.postingResults), sheet: "Entries", to: path)

        let before = try XLSXReader(path: input), after = try XLSXReader(path: path)
        let rows = try Package.rows(after, sheet: "Entries")
        #expect(rows.map(\.number) == [1, 2, 3, 4, 5, 7, 8, 12])
        #expect(Array(values(rows).dropFirst()) == [
            [.text("Acme"), .number("10.5"), .number("21"), .text("posted"), .text("  spaced  "), .text("done"), nil, .number("1234.5")],
            [.text("Bistro"), .number("20"), .text("=not a formula"), nil, .text("Inserted"), .text("yes"), .text("tail")],
            [nil, .number("0.1"), nil, .text("new row")],
            [.text("Cafe")],
            [.text("last")],
            [.text("merged")],
            [.text("after last")],
        ])
        #expect(rows[1].cells[2]?.formula == "B2*2")
        #expect(rows[2].cells[2]?.formula == nil)
        #expect(try Package.rows(after, sheet: "Entries").first == Package.rows(before, sheet: "Entries").first)
        let other = try Package.rows(before, sheet: "Other")
        #expect(other.count == 3)
        #expect(try Package.rows(after, sheet: "Other") == other)

        #expect(try Self.changedParts(from: input, to: path) == ["xl/worksheets/sheet1.xml"])

        let was = try Self.openpyxlFacts(input), now = try Self.openpyxlFacts(path)
        #expect(now.cells["D2"] == .init(value: "s:posted", bold: true, fill: was.cells["D2"]?.fill))
        #expect(was.cells["D2"]?.fill != nil)
        #expect(now.cells["C2"]?.value == "f:=B2*2")
        #expect(now.cells["C3"]?.value == "s:=not a formula")
        #expect(now.cells["H2"]?.value == "n:1234.5")
        #expect(now.cells["B5"]?.value == nil)
        #expect(now.cells["H5"] == .init(value: nil, bold: false, fill: was.cells["H5"]?.fill))
        #expect(was.cells["H5"]?.fill != nil)
        #expect(now.cells["A1"] == was.cells["A1"])
        #expect(was.validations.contains { $0.contains("yes,no,done") })
        #expect(now.validations == was.validations)
        #expect(was.names.contains("Rates=Entries!$B$2:$B$3"))
        #expect(now.names == was.names)
        #expect(was.merged == ["A8:B8"])
        #expect(now.merged == was.merged)
        #expect(was.comments.count == 1)
        #expect(now.comments == was.comments)
        #expect(now.other == was.other)
        // openpyxl's dimension is widened to take in row 12 and column H; LibreOffice's (to row 100) already does.
        let dimension = writer == "openpyxl" ? "A1:H12" : "A1:H100"
        #expect(try Self.part("xl/worksheets/sheet1.xml", of: path).contains("<dimension ref=\"\(dimension)\"/>"))

        let csv = try Self.libreOfficeCSV(path, folder: folder)
        #expect(csv[safe: 1, 3] == "posted")
        #expect(csv[safe: 1, 4] == "  spaced  ")
        #expect(csv[safe: 1, 5] == "done")
        #expect(csv[safe: 1, 7] == "1234.5")
        #expect(csv[safe: 2, 2] == "=not a formula")
        #expect(csv[safe: 2, 4] == "Inserted")
        #expect(csv[safe: 3, 1] == "0.1")
        #expect(csv[safe: 3, 3] == "new row")
        #expect(csv[safe: 4, 1] == "")
        #expect(csv[safe: 11, 0] == "after last")
    }

    @Test func editsOwnWriterWorkbook() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("report.xlsx")
        let writer = try XLSXWorkbookWriter(path: path)
        let sheet = try writer.addWorksheet(name: "Invoices")
        for (column, title) in ["Customer", "Amount", "Status"].enumerated() {
            try sheet.write(title, row: 0, column: column, style: XLSXStyle(bold: true))
        }
        try sheet.write("Acme", row: 1, column: 0)
        try sheet.write(.decimal(Decimal(string: "99.95")!), row: 1, column: 1)
        try sheet.write("pending", row: 1, column: 2)
        try sheet.writeFormula("SUM(B2:B2)", cached: .decimal(Decimal(string: "99.95")!), row: 2, column: 1)
        try writer.close()

        try apply(edits([(1, 3, .text("Record ID")), (2, 2, .text("posted")), (2, 3, .number(1042)),
                         (3, 0, .text("Total"))]), sheet: "Invoices", to: path)

        let rows = try Package.rows(XLSXReader(path: path), sheet: "Invoices")
        #expect(values(rows) == [
            [.text("Customer"), .text("Amount"), .text("Status"), .text("Record ID")],
            [.text("Acme"), .number("99.95"), .text("posted"), .number("1042")],
            [.text("Total"), .number("99.95")],
        ])
        #expect(rows[2].cells[1]?.formula == "SUM(B2:B2)")
        let facts = try Self.openpyxlFacts(path, sheet: "Invoices")
        #expect(facts.cells["D1"] == .init(value: "s:Record ID", bold: false, fill: nil))
        #expect(facts.cells["A1"]?.bold == true)
        let csv = try Self.libreOfficeCSV(path, folder: folder)
        #expect(csv[safe: 1, 2] == "posted")
        #expect(csv[safe: 1, 3] == "1042")
        #expect(csv[safe: 2, 1] == "99.95")
    }

    // MARK: Hand-built corners

    @Test func copiesUneditedNodesAsTheyWere() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("book.xlsx")
        let untouched = """
            <!-- kept --><?keep this?>
              <row r="1" spans="1:2" customHeight="1" ht="20"><c r="A1" t="inlineStr"><is><t xml:space="preserve"> a&amp;b </t></is></c>\
            <c r="B1"><v></v></c><c r="C1" s="0" note="&quot;q&quot; &amp; &lt;"/><c r="D1" t="inlineStr"><is><t><![CDATA[x<y]]></t></is></c></row>
            """
        try Package.zip(Package.workbook(rows: untouched + #"<row r="3"><c r="A3"><v>1</v></c></row>"#), to: path)

        try apply(edits([(3, 0, .number(2))]), to: path)

        let xml = try Self.part("xl/worksheets/sheet1.xml", of: path)
        #expect(xml.contains(untouched))
        #expect(xml.contains(#"<row r="3"><c r="A3"><v>2</v></c></row>"#))
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"))
    }

    @Test func prefixedStrictSheetWithoutReferences() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("strict.xlsx")
        // Row 2's cells and row 3 itself have no `r`: they are A2, B2 and row 3 by position.
        let rows = """
            <x:row r="2" spans="1:2"><x:c t="s"><x:v>0</x:v></x:c><x:c><x:v>5</x:v></x:c></x:row>\
            <x:row><x:c r="C3"><x:v>7</x:v></x:c></x:row>
            """
        try Package.zip(Package.workbook(rows: rows, sharedStrings: "<x:si><x:t>shared</x:t></x:si>", strict: true), to: path)
        let awkward = "\u{1}ctrl _x0041_ tab\tend "

        try apply(edits([(2, 0, .number(Decimal(string: "-0.000125")!)), (2, 2, .text("new")), (3, 0, .text(awkward)),
                         (5, 1, .text("=SUM(A1:A2)"))]), to: path)

        #expect(try values(Package.rows(XLSXReader(path: path))) == [
            [.number("-0.000125"), .number("5"), .text("new")],
            [.text(awkward), nil, .number("7")],
            [nil, .text("=SUM(A1:A2)")],
        ])
        let xml = try Self.part("xl/worksheets/sheet1.xml", of: path)
        // The `spans` hint widens to the new column C.
        #expect(xml.contains(#"<x:row r="2" spans="1:3"><x:c r="A2"><x:v>-0.000125</x:v></x:c><x:c r="B2"><x:v>5</x:v></x:c>"#
                             + #"<x:c r="C2" t="inlineStr"><x:is><x:t>new</x:t></x:is></x:c></x:row>"#))
        #expect(xml.contains(#"<x:row><x:c r="A3" t="inlineStr"><x:is><x:t xml:space="preserve">_x0001_ctrl _x005F_x0041_ tab"#))
        #expect(xml.contains(#"<x:row r="5"><x:c r="B5" t="inlineStr"><x:is><x:t>=SUM(A1:A2)</x:t></x:is></x:c></x:row>"#))
        #expect(xml.contains(#"<x:dimension ref="A1:C5"/>"#))
    }

    @Test func fillsEmptySheetData() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("empty.xlsx")
        let parts = Package.workbook(rows: "").map { name, text in
            (name, text.replacingOccurrences(of: "<sheetData></sheetData>", with: "<sheetData/>"))
        }
        try Package.zip(parts, to: path)

        try apply(edits([(3, 2, .text("C3")), (1, 0, .number(1)), (2, 1, .blank)]), to: path)

        let xml = try Self.part("xl/worksheets/sheet1.xml", of: path)
        #expect(xml.contains(#"<dimension ref="A1:C3"/><sheetData><row r="1"><c r="A1"><v>1</v></c></row>"#
                             + #"<row r="3"><c r="C3" t="inlineStr"><is><t>C3</t></is></c></row></sheetData>"#))
    }

    @Test func refusesToOverwriteASharedFormulaMaster() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("shared.xlsx")
        let rows = """
            <row r="1"><c r="A1"><f t="shared" ref="A1:A2" si="0">B1*2</f><v>2</v></c><c r="B1"><v>1</v></c></row>\
            <row r="2"><c r="A2"><f t="shared" si="0"/><v>4</v></c><c r="B2"><v>2</v></c></row>
            """
        try Package.zip(Package.workbook(rows: rows), to: path)
        let original = try Data(contentsOf: URL(fileURLWithPath: path))

        let error = #expect(throws: SpreadsheetError.self) {
            try XLSXWorkbookSurgery.prepare(edits([(1, 0, .text("x"))]), sheet: "Sheet1", of: path)
        }
        #expect(error?.file == "shared.xlsx")
        #expect(error?.sheet == "Sheet1")
        #expect(error?.row == 1)
        #expect(error?.column == "A")
        #expect(error?.message.contains("cell A1 holds a formula that the cells A1:A2 share") == true)
        #expect(try files(in: folder) == ["shared.xlsx"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == original)

        // A cell that only uses the shared formula can be overwritten.
        try apply(edits([(2, 0, .text("x"))]), to: path)
        #expect(try values(Package.rows(XLSXReader(path: path))) == [[.number("2"), .number("1")], [.text("x"), .number("2")]])
    }

    // MARK: Replacing the file safely

    @Test func unknownSheetLeavesNoTemporaryFile() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("book.xlsx")
        try Package.zip(Package.workbook(rows: #"<row r="1"><c r="A1"><v>1</v></c></row>"#), to: path)

        #expect(throws: SpreadsheetError(file: "book.xlsx", message: "has no sheet named \"Nope\" (it has \"Sheet1\")")) {
            try XLSXWorkbookSurgery.prepare(edits([(1, 0, .blank)]), sheet: "Nope", of: path)
        }
        #expect(try files(in: folder) == ["book.xlsx"])
    }

    @Test func installReplacesTheFileAndLeavesNoBackup() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("book.xlsx")
        try Package.zip(Package.workbook(rows: #"<row r="1"><c r="A1"><v>1</v></c></row>"#), to: path)

        let prepared = try XLSXWorkbookSurgery.prepare(edits([(1, 1, .text("done"))]), sheet: "Sheet1", of: path)
        #expect(try files(in: folder).count == 2)
        #expect(try values(Package.rows(XLSXReader(path: path))) == [[.number("1")]])
        try prepared.install()

        #expect(try files(in: folder) == ["book.xlsx"])
        #expect(try values(Package.rows(XLSXReader(path: path))) == [[.number("1"), .text("done")]])
        #expect(throws: SpreadsheetError.self) { try prepared.install() }
    }

    @Test func discardAndReleaseRemoveTheTemporaryFile() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("book.xlsx")
        try Package.zip(Package.workbook(rows: ""), to: path)
        let original = try Data(contentsOf: URL(fileURLWithPath: path))

        let prepared = try XLSXWorkbookSurgery.prepare(edits([(1, 0, .text("x"))]), sheet: "Sheet1", of: path)
        #expect(try files(in: folder).count == 2)
        prepared.discard()
        #expect(try files(in: folder) == ["book.xlsx"])

        _ = try XLSXWorkbookSurgery.prepare(edits([(1, 0, .text("x"))]), sheet: "Sheet1", of: path)
        #expect(try files(in: folder) == ["book.xlsx"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == original)
    }

    @Test(arguments: ["size", "modification time"])
    func refusesToInstallOverAChangedOriginal(change: String) throws {
        let folder = try TemporaryFolder()
        let path = folder.file("book.xlsx")
        try Package.zip(Package.workbook(rows: #"<row r="1"><c r="A1"><v>1</v></c></row>"#), to: path)

        let prepared = try XLSXWorkbookSurgery.prepare(edits([(1, 0, .text("x"))]), sheet: "Sheet1", of: path)
        if change == "size" {
            let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
            try handle.seekToEnd()
            try handle.write(contentsOf: Data("more".utf8))
            try handle.close()
        } else {
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -3600)], ofItemAtPath: path)
        }
        let changed = try Data(contentsOf: URL(fileURLWithPath: path))

        #expect(throws: SpreadsheetError(file: "book.xlsx",
                                         message: "was changed by another program since it was read; nothing was written to it")) {
            try prepared.install()
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == changed)
        #expect(try files(in: folder) == ["book.xlsx"])
    }

    @Test func neverOverwritesAnExistingBackup() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("book.xlsx")
        try Package.zip(Package.workbook(rows: ""), to: path)
        let original = try Data(contentsOf: URL(fileURLWithPath: path))
        try Data("mine".utf8).write(to: URL(fileURLWithPath: path + ".bak"))

        let prepared = try XLSXWorkbookSurgery.prepare(edits([(1, 0, .text("x"))]), sheet: "Sheet1", of: path)
        let message = #expect(throws: SpreadsheetError.self) { try prepared.install() }?.message ?? ""
        #expect(message.contains("book.xlsx.bak already exists and is not a copy this tool left"))
        #expect(message.contains("the original is unchanged at \(path)"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == original)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path + ".bak")) == Data("mine".utf8))
        #expect(try files(in: folder) == ["book.xlsx", "book.xlsx.bak"])
    }

    // MARK: Size

    @Test func twentyThousandRowSheetKeepsEveryUneditedRow() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("big.xlsx")
        let writer = try XLSXWorkbookWriter(path: path)
        let sheet = try writer.addWorksheet(name: "Entries")
        for row in 0..<20_000 {
            try sheet.write("Customer \(row)", row: row, column: 0)
            try sheet.write(.decimal(Decimal(row) / 100), row: row, column: 1)
            try sheet.write(row.isMultiple(of: 3) ? "yes" : "", row: row, column: 2)
        }
        try writer.close()
        let before = try Package.rows(XLSXReader(path: path), sheet: "Entries")

        let started = ContinuousClock.now
        try apply(edits([(2, 1, .number(7)), (10_000, 3, .text("done")), (20_001, 0, .text("after"))]), sheet: "Entries", to: path)
        let elapsed = ContinuousClock.now - started
        print("surgery on 20,000 rows took \(elapsed)")

        let after = try Package.rows(XLSXReader(path: path), sheet: "Entries")
        #expect(after.count == before.count + 1)
        var expected = before
        expected[1].cells[1] = XLSXCell(value: .number("7"))
        expected[9_999].cells.append(XLSXCell(value: .text("done")))
        expected.append(XLSXRow(number: 20_001, cells: [XLSXCell(value: .text("after"))]))
        #expect(after == expected)
    }

    // MARK: Tools

    /// Builds `Entries` (styles, a formula with its cached value, a data validation list, merged cells, a defined
    /// name, a comment) and `Other` with openpyxl, which leaves formulas without cached values: they are added.
    static let buildEntriesWorkbook = """
        import sys, zipfile, openpyxl
        from openpyxl.styles import Font, PatternFill
        from openpyxl.worksheet.datavalidation import DataValidation
        from openpyxl.workbook.defined_name import DefinedName
        from openpyxl.comments import Comment
        path = sys.argv[1]
        wb = openpyxl.Workbook()
        ws = wb.active
        ws.title = "Entries"
        ws.append(["Customer", "Amount", "Total", "Status", "Message", "Post"])
        for c in ws[1]: c.font = Font(bold=True)
        ws.append(["Acme", 10.5, "=B2*2", "old status", None, "yes"])
        ws.append(["Bistro", 20, "=B3*2", None, None, "yes", "tail"])
        ws["A5"], ws["B5"], ws["H5"], ws["A7"], ws["A8"] = "Cafe", 30, "x", "last", "merged"
        yellow = PatternFill("solid", fgColor="FFFF00")
        ws["D2"].font, ws["D2"].fill, ws["H5"].fill = Font(bold=True), yellow, yellow
        ws.merge_cells("A8:B8")
        dv = DataValidation(type="list", formula1='"yes,no,done"', allow_blank=True)
        ws.add_data_validation(dv)
        dv.add("F2:F100")
        wb.defined_names.append(DefinedName("Rates", attr_text="Entries!$B$2:$B$3"))
        ws["A2"].comment = Comment("first customer", "tester")
        other = wb.create_sheet("Other")
        for row in (["Name", "Value"], ["alpha", 1], ["beta", "=B2+1"]): other.append(row)
        wb.save(path)
        with zipfile.ZipFile(path) as z:
            parts = [(name, z.read(name)) for name in z.namelist()]
        cached = {"xl/worksheets/sheet1.xml": ((b"B2*2", b"21"), (b"B3*2", b"40")), "xl/worksheets/sheet2.xml": ((b"B2+1", b"2"),)}
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in parts:
                for formula, value in cached.get(name, ()):
                    filled = data.replace(b"<f>" + formula + b"</f><v></v>", b"<f>" + formula + b"</f><v>" + value + b"</v>")
                    assert filled != data, "openpyxl wrote the formula differently"
                    data = filled
                z.writestr(name, data)
        """

    /// What openpyxl reads from a workbook: a few cells of one sheet with their style, the sheet's validations,
    /// merged cells and comments, the workbook's defined names, and the values of `Other`.
    struct OpenpyxlFacts: Decodable {
        struct Cell: Decodable, Equatable {
            /// `type:value`, with openpyxl's type letter: `s` text, `n` number, `f` formula.
            let value: String?
            let bold: Bool
            let fill: String?
        }
        let cells: [String: Cell]
        let validations: [String]
        let names: [String]
        let merged: [String]
        let comments: [String]
        let other: [[String?]]?
    }

    static func openpyxlFacts(_ path: String, sheet: String = "Entries") throws -> OpenpyxlFacts {
        let script = """
            import json, sys, openpyxl
            wb = openpyxl.load_workbook(sys.argv[1])
            ws = wb[sys.argv[2]]
            def cell(c):
                return dict(value=None if c.value is None else f"{c.data_type}:{c.value}", bold=bool(c.font.b),
                            fill=c.fill.fgColor.rgb if c.fill.fill_type else None)
            print(json.dumps(dict(
                cells={c.coordinate: cell(c) for row in ws.iter_rows() for c in row},
                validations=[f"{v.type}|{v.formula1}|{v.sqref}" for v in ws.data_validations.dataValidation],
                names=[f"{n.name}={n.attr_text}" for n in wb.defined_names.definedName],
                merged=sorted(str(r) for r in ws.merged_cells.ranges),
                comments=[f"{c.coordinate}:{c.comment.text}" for row in ws.iter_rows() for c in row if c.comment],
                other=[[None if v is None else str(v) for v in row] for row in wb["Other"].iter_rows(values_only=True)]
                    if "Other" in wb.sheetnames else None)))
            """
        let output = try Package.run(Package.python, ["-c", script, path, sheet])
        return try JSONDecoder().decode(OpenpyxlFacts.self, from: Data(output.utf8))
    }

    /// The parts whose contents differ between two workbooks, which must hold the same parts in the same order.
    static func changedParts(from original: String, to edited: String) throws -> [String] {
        let script = """
            import sys, zipfile
            a, b = zipfile.ZipFile(sys.argv[1]), zipfile.ZipFile(sys.argv[2])
            assert a.namelist() == b.namelist(), (a.namelist(), b.namelist())
            assert b.testzip() is None
            for name in a.namelist():
                if a.read(name) != b.read(name): print(name)
            """
        return try Package.run(Package.python, ["-c", script, original, edited]).split(separator: "\n").map(String.init)
    }

    /// One part's text.
    static func part(_ name: String, of path: String) throws -> String {
        try Package.run(Package.python, ["-c", "import sys, zipfile; sys.stdout.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]).decode())",
                                         path, name])
    }

    /// Converts `path` with LibreOffice (`format` as `--convert-to` takes it) into `folder`; returns the new file.
    /// Each run has its own profile, so tests can convert side by side.
    static func libreOffice(convert path: String, to format: String, into folder: String) throws -> String {
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("lo-profile-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        try Package.run("/usr/bin/libreoffice", ["-env:UserInstallation=\(profile.absoluteString)", "--headless",
                                                 "--convert-to", format, "--outdir", folder, path])
        let stem = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return folder + "/" + stem + "." + String(format.prefix { $0 != ":" })
    }

    /// The first sheet as LibreOffice exports it to CSV (raw values, comma-separated, UTF-8), as rows of fields.
    static func libreOfficeCSV(_ path: String, folder: TemporaryFolder) throws -> [[String]] {
        let csv = try libreOffice(convert: path, to: "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false",
                                  into: folder.file("csv"))
        return try String(contentsOfFile: csv, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }
}

extension Array where Element == [String] {
    /// The field at a 0-based row and column; nil when the CSV has no such field.
    subscript(safe row: Int, column: Int) -> String? {
        indices.contains(row) && self[row].indices.contains(column) ? self[row][column] : nil
    }
}
