import Foundation
import TestTools

/// Runs the outside tools the records tests check workbooks with: Debian's python3 with openpyxl, and LibreOffice.
/// A missing tool fails the test with a message, never skips it.
enum SpreadsheetTools {

    /// What openpyxl reads from each of `paths`: sheet order and states, defined names, and per sheet the frozen
    /// pane, the cells of its first `maxRows` rows, the header's boldness, column formats and widths, and the
    /// data validations.
    static func openpyxlDump(_ paths: [String], maxRows: Int = 200) throws -> [String: WorkbookDump] {
        let output = try ExternalTool.python(dumpScript, [String(maxRows)] + paths)
        return try JSONDecoder().decode([String: WorkbookDump].self, from: Data(output.utf8))
    }

    /// Converts each of `paths` with LibreOffice to `format` (a `--convert-to` argument) into `folder`, in one run,
    /// and returns the new files. LibreOffice exits 0 even when it cannot read a file, so a missing result fails.
    static func libreOfficeConvert(_ paths: [String], to format: String, into folder: String) throws -> [String] {
        let office = try ExternalTool.libreOffice()
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("lo-profile-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        _ = try ExternalTool.run(office, ["-env:UserInstallation=\(profile.absoluteString)", "--headless",
                             "--convert-to", format, "--outdir", folder] + paths)
        return try paths.map { path in
            let stem = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
            let result = URL(fileURLWithPath: folder).appendingPathComponent("\(stem).\(format.prefix { $0 != ":" })").path
            guard FileManager.default.fileExists(atPath: result) else { throw ToolFailure(description: "LibreOffice wrote no \(result)") }
            return result
        }
    }


    private static let dumpScript = """
        import json, sys, datetime
        from openpyxl import load_workbook
        max_rows, paths = int(sys.argv[1]), sys.argv[2:]
        def plain(value):
            if isinstance(value, (datetime.datetime, datetime.date)): return value.isoformat()[:10]
            return value
        def defined_names(wb):
            names = wb.defined_names
            pairs = [(d.name, d.attr_text) for d in names.definedName] if hasattr(names, "definedName") else [(k, d.attr_text) for k, d in names.items()]
            return {name: text.lstrip("=") for name, text in pairs}
        result = {}
        for path in paths:
            wb = load_workbook(path)
            sheets = {}
            for ws in wb.worksheets:
                rows = [[plain(v) for v in row] for row in ws.iter_rows(max_row=min(max_rows, ws.max_row), values_only=True)]
                while rows and all(v is None for v in rows[-1]): rows.pop()
                validations = [dict(formula=dv.formula1, sqref=str(dv.sqref), stops=dv.errorStyle in (None, "stop"),
                                    title=dv.promptTitle, prompt=dv.prompt) for dv in ws.data_validations.dataValidation]
                columns = {k: dict(format=d.number_format, width=d.width) for k, d in ws.column_dimensions.items()}
                sheets[ws.title] = dict(state=ws.sheet_state, freeze=ws.freeze_panes, rows=rows, validations=validations,
                                        columns=columns, headerBold=bool(ws["A1"].font.b))
            result[path] = dict(order=wb.sheetnames, names=defined_names(wb), sheets=sheets)
        print(json.dumps(result))
        """
}

/// What `SpreadsheetTools.openpyxlDump` reads from one workbook.
struct WorkbookDump: Decodable {
    let order: [String]
    /// Defined names and what they refer to, without the leading `=`.
    let names: [String: String]
    let sheets: [String: Sheet]

    struct Sheet: Decodable {
        let state: String
        let freeze: String?
        let rows: [[Value]]
        let validations: [Validation]
        let columns: [String: Column]
        let headerBold: Bool
    }

    struct Validation: Decodable, Equatable {
        let formula: String?
        let sqref: String
        /// True for the "stop" error style, false for "warning" (or "information").
        let stops: Bool
        let title: String?
        let prompt: String?
    }

    struct Column: Decodable {
        let format: String
        let width: Double?
    }

    enum Value: Decodable, Equatable {
        case none
        case number(Double)
        case text(String)

        init(from decoder: Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() { self = .none }
            else if let number = try? container.decode(Double.self) { self = .number(number) }
            else { self = .text(try container.decode(String.self)) }
        }
    }
}
