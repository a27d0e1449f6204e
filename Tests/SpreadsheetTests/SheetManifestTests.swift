import Foundation
@testable import Spreadsheet
import Testing
@testable import XLSXReading
@testable import XLSXWriting

/// The `_ledgersync` sheet: written and read back, read in its old layout, and following sheets the user renamed or
/// deleted through its anchor formulas.
@Suite struct SheetManifestTests {
    typealias Package = XLSXTestPackage

    /// A workbook with report-like sheets "P&L", "It's" and "2026" and a manifest listing them, plus a row kept for
    /// a sheet already gone. Returns the entries as written.
    @discardableResult
    func writeWorkbook(to path: String) throws -> [SheetManifest.Entry] {
        let writer = try XLSXWorkbookWriter(path: path)
        var entries: [SheetManifest.Entry] = []
        for (index, name) in ["P&L", "It's", "2026"].enumerated() {
            let sheet = try writer.addWorksheet(name: name)
            try sheet.write("Northwind Traders Inc", row: 0, column: 0)
            try sheet.write(.minorUnits(Int64(index) * 1_000 + 5, digits: 2), row: 1, column: 1)
            entries.append(SheetManifest.Entry(sheet: name, request: #"{"company":"Northwind","report":"r\#(index)"}"#,
                                               built: "2026-11-01T09:00:00Z", fingerprint: sheet.fingerprint))
        }
        entries.append(SheetManifest.Entry(sheet: "Old", request: "{}", built: "2025-01-01T00:00:00Z", fingerprint: nil,
                                           sheetIsGone: true))
        try SheetManifest(entries: entries).write(into: writer)
        try writer.close()
        return entries
    }

    @Test func roundTripsEveryEntry() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("book.xlsx")
        let written = try writeWorkbook(to: path)
        let reader = try XLSXReader(path: path)
        #expect(reader.sheetNames == ["P&L", "It's", "2026", "_ledgersync"])
        let manifest = try #require(try SheetManifest.read(from: reader))
        #expect(manifest.entries == written)
        for entry in manifest.entries where !entry.sheetIsGone {
            #expect(try SheetFingerprint.of(sheet: entry.sheet, in: reader) == entry.fingerprint)
        }
        let header = try Package.rows(reader, sheet: "_ledgersync")[0].cells.map { $0?.value }
        #expect(header == ["Sheet", "Request", "Built", "Fingerprint", "Anchor"].map { .text($0) })
        let anchors = try Package.rows(reader, sheet: "_ledgersync").dropFirst().map { $0[4]?.formula }
        #expect(anchors == ["ROWS('P&L'!$1:$1048576)", "ROWS('It''s'!$1:$1048576)", "ROWS('2026'!$1:$1048576)", "#REF!"])
    }

    @Test func workbookWithoutManifestHasNone() throws {
        let folder = try TemporaryFolder()
        try Package.zip(Package.workbook(rows: #"<row r="1"><c r="A1"><v>1</v></c></row>"#), to: folder.file("plain.xlsx"))
        #expect(try SheetManifest.read(from: XLSXReader(path: folder.file("plain.xlsx"))) == nil)
    }

    /// Workbooks written before fingerprints: Sheet | Request | Built, no anchor.
    @Test func readsTheOldThreeColumnLayout() throws {
        let folder = try TemporaryFolder()
        let writer = try XLSXWorkbookWriter(path: folder.file("old.xlsx"))
        try writer.addWorksheet(name: "P&L").write("Northwind", row: 0, column: 0)
        let metadata = try writer.addWorksheet(name: "_ledgersync")
        for (column, title) in ["Sheet", "Request", "Built"].enumerated() { try metadata.write(title, row: 0, column: column) }
        for (row, name) in ["P&L", "Deleted"].enumerated() {
            try metadata.write(name, row: row + 1, column: 0)
            try metadata.write("{}", row: row + 1, column: 1)
            try metadata.write("2026-11-01T09:00:00Z", row: row + 1, column: 2)
        }
        try writer.close()

        let manifest = try #require(try SheetManifest.read(from: XLSXReader(path: folder.file("old.xlsx"))))
        #expect(manifest.entries == [
            SheetManifest.Entry(sheet: "P&L", request: "{}", built: "2026-11-01T09:00:00Z", fingerprint: nil),
            SheetManifest.Entry(sheet: "Deleted", request: "{}", built: "2026-11-01T09:00:00Z", fingerprint: nil, sheetIsGone: true),
        ])
    }

    @Test(arguments: [
        ("'Q3 P&L'!$A$1", SheetAnchor.sheet("Q3 P&L")),
        ("Sheet1!$A$1", .sheet("Sheet1")),
        ("'It''s'!$A$1", .sheet("It's")),
        ("='Bob''s ''big'' P&L'!A1", .sheet("Bob's 'big' P&L")),
        ("ROWS('Q3 P&L'!$1:$1048576)", .sheet("Q3 P&L")),
        ("=ROWS(Data_2026!$1:$1048576)", .sheet("Data_2026")),
        ("#REF!$A$1", .gone),
        ("#REF!", .gone),
        ("ROWS(#REF!)", .gone),
        ("'#REF! notes'!$A$1", .sheet("#REF! notes")),
    ])
    func anchorFormulaNamesItsSheet(formula: String, anchor: SheetAnchor) {
        #expect(SheetAnchor(formula: formula) == anchor)
    }

    @Test(arguments: ["", "A1", "SUM(A1:B2)", "'Unclosed!$A$1", "Sheet1!", "[1]Sheet1!$A$1", "'[1]Sheet1'!$A$1", "Sheet1!A1+1"])
    func anchorFormulaThatNamesNoSheetIsNothing(formula: String) {
        #expect(SheetAnchor(formula: formula) == nil)
    }

    @Test func anchorFormulaQuotesTheName() {
        #expect(SheetAnchor.formula(for: "It's") == "ROWS('It''s'!$1:$1048576)")
        #expect(SheetAnchor(formula: SheetAnchor.formula(for: "'Q3' P&L")) == .sheet("'Q3' P&L"))
    }

    /// What Excel and LibreOffice write when the user renames a sheet (the new name in workbook.xml and in every
    /// formula referring to it) or deletes one (`#REF!` in those formulas), done here by editing the package.
    @Test func followsARenamedSheetAndNoticesADeletedOne() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("book.xlsx")
        let written = try writeWorkbook(to: path)
        let edited = folder.file("edited.xlsx")
        try editPackage(path, to: edited, replacing: [
            ("name=\"P&amp;L\"", "name=\"Q3 P&amp;L\""),
            ("ROWS('P&amp;L'!$1:$1048576)", "ROWS('Q3 P&amp;L'!$1:$1048576)"),
            ("<sheet name=\"2026\" sheetId=\"3\" r:id=\"rId3\"/>", ""),
            ("ROWS('2026'!$1:$1048576)", "#REF!"),
        ])

        let reader = try XLSXReader(path: edited)
        #expect(reader.sheetNames == ["Q3 P&L", "It's", "_ledgersync"])
        let entries = try #require(try SheetManifest.read(from: reader)).entries
        #expect(entries.map(\.sheet) == ["Q3 P&L", "It's", "2026", "Old"])
        #expect(entries.map(\.sheetIsGone) == [false, false, true, true])
        #expect(entries.map(\.fingerprint) == written.map(\.fingerprint))
        #expect(try SheetFingerprint.of(sheet: "Q3 P&L", in: reader) == entries[0].fingerprint)
    }

    /// An anchor naming a sheet the workbook does not have (a copy of the manifest pasted into another workbook).
    @Test func anchorNamingAMissingSheetIsGone() throws {
        let folder = try TemporaryFolder()
        let path = folder.file("book.xlsx")
        try writeWorkbook(to: path)
        let edited = folder.file("edited.xlsx")
        try editPackage(path, to: edited, replacing: [("ROWS('It''s'!$1:$1048576)", "ROWS(Elsewhere!$1:$1048576)")])
        let entries = try #require(try SheetManifest.read(from: XLSXReader(path: edited))).entries
        #expect(entries[1].sheet == "Elsewhere" && entries[1].sheetIsGone)
        #expect(!entries[0].sheetIsGone && !entries[2].sheetIsGone)
    }

    /// Copies the package at `path` to `destination`, replacing text in every part; each replacement must apply.
    private func editPackage(_ path: String, to destination: String, replacing replacements: [(String, String)]) throws {
        let script = """
            import json, sys, zipfile
            spec = json.load(sys.stdin)
            with zipfile.ZipFile(spec["source"]) as source:
                parts = {name: source.read(name).decode("utf-8") for name in source.namelist()}
            for old, new in spec["replacements"]:
                hits = [name for name, text in parts.items() if old in text]
                if not hits: sys.exit("no part contains " + old)
                for name in hits: parts[name] = parts[name].replace(old, new)
            with zipfile.ZipFile(spec["destination"], "w", zipfile.ZIP_DEFLATED) as target:
                for name, text in parts.items(): target.writestr(name, text.encode("utf-8"))
            """
        let spec: [String: Any] = ["source": path, "destination": destination, "replacements": replacements.map { [$0.0, $0.1] }]
        let json = String(decoding: try JSONSerialization.data(withJSONObject: spec), as: UTF8.self)
        try Package.run(Package.python, ["-c", script], input: json)
    }
}
