import Foundation
import SpreadsheetBasics
import XLSXReading

/// A temporary folder for one test's files, removed when released.
final class TemporaryFolder {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("xlsx-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: path)
    }

    func file(_ name: String) -> String { path + "/" + name }
}

/// Test workbooks: hand-built packages zipped by Python's zipfile module, and a runner for the writers that make
/// real ones (openpyxl, LibreOffice). Debian's openpyxl is installed for /usr/bin/python3 only.
enum XLSXTestPackage {
    static let python = "/usr/bin/python3"
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let strictMain = "http://purl.oclc.org/ooxml/spreadsheetml/main"

    /// Runs a program and returns its standard output; a non-zero exit is an error carrying its standard error.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], input: String = "") throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        let errors = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw SpreadsheetError(file: executable, message: String(decoding: errors, as: UTF8.self))
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Zips `parts` (name, text) into `path`; `filler` adds a part of that many MiB of spaces, compressed about 1000:1.
    static func zip(_ parts: [(String, String)], to path: String, filler: (part: String, mebibytes: Int)? = nil) throws {
        let script = """
            import json, sys, zipfile
            spec = json.load(sys.stdin)
            with zipfile.ZipFile(spec["path"], "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
                for name, text in spec["parts"]:
                    archive.writestr(name, text.encode("utf-8"))
                if spec["filler"]:
                    name, mebibytes = spec["filler"]
                    with archive.open(name, "w", force_zip64=True) as part:
                        for _ in range(mebibytes):
                            part.write(b" " * (1 << 20))
            """
        let filler: Any = filler.map { [$0.part, $0.mebibytes] as [Any] } ?? NSNull()
        let spec: [String: Any] = ["path": path, "parts": parts.map { [$0.0, $0.1] }, "filler": filler]
        let json = String(decoding: try JSONSerialization.data(withJSONObject: spec), as: UTF8.self)
        try run(python, ["-c", script], input: json)
    }

    /// The parts of a one-sheet workbook ("Sheet1") whose `<sheetData>` holds `rows`. Strict packages use the strict
    /// namespaces with an `x:` prefix on every element, so only local names can match.
    static func workbook(rows: String, sharedStrings: String? = nil, styles: String? = nil, workbookProperties: String = "",
                         strict: Bool = false, dimension: String = "A1") -> [(String, String)] {
        let types = strict ? "http://purl.oclc.org/ooxml/officeDocument/relationships"
                           : "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
        let x = strict ? "x:" : ""
        let namespace = strict ? "xmlns:x=\"\(strictMain)\"" : "xmlns=\"\(main)\""
        var relationships = ["<Relationship Id=\"rId1\" Type=\"\(types)/worksheet\" Target=\"worksheets/sheet1.xml\"/>"]
        var parts = [
            ("_rels/.rels", """
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="\(types)/officeDocument" Target="xl/workbook.xml"/></Relationships>
                """),
            ("xl/workbook.xml", """
                <\(x)workbook \(namespace) xmlns:r="\(types)">\(workbookProperties)\
                <\(x)sheets><\(x)sheet name="Sheet1" sheetId="1" r:id="rId1"/></\(x)sheets></\(x)workbook>
                """),
            ("xl/worksheets/sheet1.xml", """
                <\(x)worksheet \(namespace)><\(x)dimension ref="\(dimension)"/><\(x)sheetData>\(rows)</\(x)sheetData></\(x)worksheet>
                """),
        ]
        if let sharedStrings {
            // A part name other than the usual one: the reader must follow the relationship.
            relationships.append("<Relationship Id=\"rId2\" Type=\"\(types)/sharedStrings\" Target=\"/xl/strings.xml\"/>")
            parts.append(("xl/strings.xml", "<\(x)sst \(namespace)>\(sharedStrings)</\(x)sst>"))
        }
        if let styles {
            relationships.append("<Relationship Id=\"rId3\" Type=\"\(types)/styles\" Target=\"styles.xml\"/>")
            parts.append(("xl/styles.xml", "<\(x)styleSheet \(namespace)>\(styles)</\(x)styleSheet>"))
        }
        parts.append(("xl/_rels/workbook.xml.rels", """
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\(relationships.joined())</Relationships>
            """))
        return parts
    }

    /// Every row of one sheet.
    static func rows(_ reader: XLSXReader, sheet: String = "Sheet1") throws -> [XLSXRow] {
        var rows: [XLSXRow] = []
        try reader.forEachRow(inSheet: sheet) { rows.append($0) }
        return rows
    }
}

extension XLSXValue {
    static func number(_ text: String) -> XLSXValue { .number(Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))!) }
}
