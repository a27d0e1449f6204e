import Foundation
import TestTools

/// Runs the outside tools the XLSX tests check files with: Debian's python3 with openpyxl, and LibreOffice.
/// A missing tool fails the test with a message, never skips it.
enum SpreadsheetTools {

    /// What openpyxl reads from `path`: every sheet with its settings and cells (formula as written, cached value,
    /// format), and the raw XML of the worksheets and tables.
    static func openpyxlDump(_ path: String) throws -> WorkbookDump {
        let output = try ExternalTool.python(dumpScript, [path])
        return try JSONDecoder().decode(WorkbookDump.self, from: Data(output.utf8))
    }

    private static let dumpScript = """
        import json, sys, zipfile, datetime
        from openpyxl import load_workbook
        path = sys.argv[1]
        formulas, cached = load_workbook(path), load_workbook(path, data_only=True)
        def plain(value):
            if isinstance(value, (datetime.datetime, datetime.date)): return value.isoformat()
            return value
        sheets = {}
        for ws in formulas.worksheets:
            cells = {}
            for row in ws.iter_rows():
                for c in row:
                    if c.value is None and not c.has_style: continue
                    cells[c.coordinate] = dict(value=plain(c.value), cached=plain(cached[ws.title][c.coordinate].value),
                        format=c.number_format, bold=bool(c.font.b), italic=bool(c.font.i), size=c.font.sz,
                        indent=int(c.alignment.indent or 0), align=c.alignment.horizontal,
                        top=c.border.top.style, bottom=c.border.bottom.style)
            sheets[ws.title] = dict(state=ws.sheet_state, freeze=ws.freeze_panes, printTitleRows=ws.print_title_rows,
                orientation=ws.page_setup.orientation, fitToPage=bool(ws.sheet_properties.pageSetUpPr and ws.sheet_properties.pageSetUpPr.fitToPage),
                fitToHeight=ws.page_setup.fitToHeight, tables={name: ref for name, ref in ws.tables.items()}, cells=cells)
        with zipfile.ZipFile(path) as z:
            xml = {n: z.read(n).decode() for n in z.namelist() if n.startswith(("xl/worksheets/sheet", "xl/tables/"))}
        print(json.dumps(dict(order=formulas.sheetnames, sheets=sheets, xml=xml)))
        """
}

/// What `SpreadsheetTools.openpyxlDump` reads.
struct WorkbookDump: Decodable {
    let order: [String]
    let sheets: [String: Sheet]
    /// Raw XML by part name (`xl/worksheets/sheet1.xml`, `xl/tables/table1.xml`).
    let xml: [String: String]

    struct Sheet: Decodable {
        let state: String
        let freeze: String?
        let printTitleRows: String?
        let orientation: String?
        let fitToPage: Bool
        let fitToHeight: Int?
        let tables: [String: String]
        let cells: [String: Cell]
    }

    struct Cell: Decodable {
        /// The cell as written: text, number, or a formula as `=SUM(B9:B10)`.
        let value: Value
        /// The cached value of a formula (or the value of any other cell).
        let cached: Value
        let format: String
        let bold: Bool
        let italic: Bool
        let size: Double?
        let indent: Int
        let align: String?
        let top: String?
        let bottom: String?
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

    subscript(sheet: String, cell: String) -> Cell? { sheets[sheet]?.cells[cell] }
}
