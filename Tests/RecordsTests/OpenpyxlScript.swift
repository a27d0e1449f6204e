import Foundation
import TestTools

/// Reads sheets back with openpyxl, the way a user's own tooling would.
enum OpenpyxlScript {
    /// Every sheet's cell values as JSON-friendly text (dates ISO), by sheet name.
    static func values(_ path: String) throws -> [String: [[String]]] {
        let json = try ExternalTool.python("""
            import json, sys, datetime
            from openpyxl import load_workbook
            wb = load_workbook(sys.argv[1])
            def text(v):
                if v is None: return ""
                if isinstance(v, (datetime.datetime, datetime.date)): return v.isoformat()[:10]
                if isinstance(v, float) and v.is_integer(): return str(int(v))
                return str(v)
            print(json.dumps({ws.title: [[text(v) for v in row] for row in ws.iter_rows(values_only=True)] for ws in wb.worksheets}))
            """, [path])
        return try JSONDecoder().decode([String: [[String]]].self, from: Data(json.utf8))
    }
}
