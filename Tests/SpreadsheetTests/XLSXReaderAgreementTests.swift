import Foundation
@testable import SpreadsheetBasics
import Testing
@testable import XLSXReading

/// Dates, datetimes, times and durations read cell by cell as openpyxl reads the same file: files openpyxl writes in
/// both date systems, LibreOffice's re-save of them, and the same packages renamed `.xlsm` with a macro part or
/// stored with `\` in their entry names.
@Suite struct XLSXReaderAgreementTests {
    typealias Package = XLSXTestPackage

    /// Writes a workbook of every kind of cell with openpyxl; 1904 dates when `mac`.
    func writeWithOpenpyxl(_ path: String, mac: Bool) throws {
        try Package.run(Package.python, ["-c", """
            import datetime as dt, sys, openpyxl
            from openpyxl.utils.datetime import CALENDAR_MAC_1904
            wb = openpyxl.Workbook()
            if sys.argv[2] == "mac": wb.epoch = CALENDAR_MAC_1904
            ws = wb.active
            ws.title = "Kinds"
            ws.append(["Date", "Datetime", "Time", "Duration", "Number", "Text", "Flag"])
            ws.append([dt.date(2020, 7, 23), dt.datetime(2020, 7, 23, 9, 0), dt.time(9, 30), dt.timedelta(hours=26, minutes=15),
                       0.1, "09:30", True])
            ws.append([dt.date(1999, 12, 31), dt.datetime(2024, 2, 29, 23, 59, 59), dt.time(0, 0, 1), dt.timedelta(hours=-1, minutes=-30),
                       -1234567.89, "2020-07-23T09:00:00", False])
            ws.append([dt.date(2026, 1, 2), dt.datetime(2026, 1, 2, 18, 30, 15), dt.time(23, 59, 59), dt.timedelta(days=3, seconds=7),
                       12, "Acme & Sons <Ltd>", None])
            for row in ws.iter_rows(min_row=2):
                row[1].number_format = "yyyy-mm-dd hh:mm:ss"
                row[2].number_format = "h:mm:ss"
                row[3].number_format = "[h]:mm:ss"
            wb.save(sys.argv[1])
            """, path, mac ? "mac" : "windows"])
    }

    /// Every cell with a value (a formula's cached result) as `A1=text`, read by openpyxl and written in `XLSXValue.plainText`'s terms.
    func openpyxlCells(_ path: String) throws -> [String] {
        let output = try Package.run(Package.python, ["-c", """
            import datetime as dt, decimal, sys, openpyxl
            def clock(seconds):
                sign = "-" if seconds < 0 else ""
                seconds = abs(seconds)
                return f"{sign}{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"
            def text(value):
                if isinstance(value, bool): return "TRUE" if value else "FALSE"
                if isinstance(value, dt.datetime):
                    value = (value + dt.timedelta(microseconds=500000)).replace(microsecond=0)
                    return value.date().isoformat() if value.time() == dt.time(0) else value.isoformat()
                if isinstance(value, dt.date): return value.isoformat()
                if isinstance(value, dt.time): return clock(round(value.hour * 3600 + value.minute * 60 + value.second + value.microsecond / 1e6))
                if isinstance(value, dt.timedelta): return clock(round(value.total_seconds()))
                if isinstance(value, (int, float)): return format(decimal.Decimal(repr(value)).normalize(), "f")
                return str(value)
            ws = openpyxl.load_workbook(sys.argv[1], data_only=True).worksheets[0]
            for row in ws.iter_rows():
                for cell in row:
                    if cell.value is not None: print(f"{cell.coordinate}={text(cell.value)}")
            """, path])
        return output.split(separator: "\n").map(String.init)
    }

    /// Every cell with a value as `A1=text`, as this reader reads it.
    func ourCells(_ path: String) throws -> [String] {
        let reader = try XLSXReader(path: path)
        return try Package.rows(reader, sheet: reader.sheetNames[0]).flatMap { row in
            row.cells.enumerated().compactMap { column, cell in
                guard let cell, cell.value != .text("") else { return nil }
                return "\(CellReference.cell(row: row.number - 1, column: column))=\(cell.value.plainText)"
            }
        }
    }

    /// The package at `source` again at `target`, each entry passed through `rename`, with `extra` parts added and
    /// the workbook's content type replaced by `workbookType` when given.
    func repackage(_ source: String, to target: String, rename: String = "name", extra: [(String, String)] = [],
                   workbookType: String? = nil) throws {
        try Package.run(Package.python, ["-c", """
            import json, sys, zipfile
            source, target, extra, workbook_type = sys.argv[1], sys.argv[2], json.loads(sys.argv[3]), sys.argv[4]
            with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
                for info in old.infolist():
                    data = old.read(info.filename)
                    if workbook_type and info.filename == "[Content_Types].xml":
                        data = data.replace(b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                                            workbook_type.encode())
                    name = info.filename
                    new.writestr(\(rename), data)
                for name, text in extra:
                    new.writestr(name, text)
            """, source, target, String(decoding: try JSONSerialization.data(withJSONObject: extra.map { [$0.0, $0.1] }), as: UTF8.self),
            workbookType ?? ""])
    }

    @Test(arguments: [false, true])
    func readsWhatOpenpyxlWritesAsOpenpyxlDoes(mac: Bool) throws {
        let folder = try TemporaryFolder()
        let path = folder.file("kinds.xlsx")
        try writeWithOpenpyxl(path, mac: mac)
        let expected = try openpyxlCells(path)
        #expect(expected.contains("B2=2020-07-23T09:00:00") && expected.contains("D3=-01:30:00") && expected.contains("D2=26:15:00"))
        let ours = try ourCells(path)
        #expect(ours == expected)
        #expect(try XLSXReader(path: path).uses1904Dates == mac)

        // The same package as a macro-enabled workbook and a template: read alike, the macro part never opened.
        let macroType = "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
        try repackage(path, to: folder.file("kinds.xlsm"), extra: [("xl/vbaProject.bin", "not really VBA")], workbookType: macroType)
        try repackage(path, to: folder.file("kinds.xltx"),
                      workbookType: "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml")
        try repackage(path, to: folder.file("kinds.xltm"), workbookType: "application/vnd.ms-excel.template.macroEnabled.main+xml")
        for name in ["kinds.xlsm", "kinds.xltx", "kinds.xltm"] {
            #expect(XLSXReader.isWorkbook(folder.file(name)))
            #expect(try ourCells(folder.file(name)) == expected, "\(name)")
        }
        #expect(try openpyxlCells(folder.file("kinds.xlsm")) == expected)

        // Entry names with `\` separators, as some Windows zip tools store them.
        try repackage(path, to: folder.file("backslash.xlsx"), rename: #"name.replace("/", "\\")"#)
        #expect(try ourCells(folder.file("backslash.xlsx")) == expected)
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/libreoffice")))
    func readsLibreOfficesResaveAsOpenpyxlDoes() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.file("saved"), withIntermediateDirectories: true)
        try writeWithOpenpyxl(folder.file("kinds.xlsx"), mac: false)
        try Package.run("/usr/bin/libreoffice", ["-env:UserInstallation=file://\(folder.path)/profile", "--headless",
                                                 "--convert-to", "xlsx", "--outdir", folder.file("saved"), folder.file("kinds.xlsx")])
        let saved = folder.file("saved/kinds.xlsx")
        let expected = try openpyxlCells(saved)
        #expect(expected.contains("B2=2020-07-23T09:00:00") && expected.contains("C2=09:30:00"))
        let ours = try ourCells(saved)
        #expect(ours == expected)
    }

    @Test func refusesAZipHoldingTwoPartsOfOneName() throws {
        let folder = try TemporaryFolder()
        var parts = Package.workbook(rows: #"<row r="1"><c r="A1"><v>1</v></c></row>"#)
        parts.append(("xl/worksheets/sheet1.xml", #"<worksheet xmlns="\#(Package.main)"><sheetData/></worksheet>"#))
        try Package.zip(parts, to: folder.file("twice.xlsx"))
        let error = #expect(throws: SpreadsheetError.self) { try XLSXReader(path: folder.file("twice.xlsx")) }
        #expect(error?.description == "twice.xlsx: holds two parts named xl/worksheets/sheet1.xml, and spreadsheet programs disagree on which one counts; open it in the program that made it and save it again")
    }
}
