import Foundation

/// Runs a Python script with Debian's python3 and openpyxl, the way a user's own tooling fills and reads sheets.
enum OpenpyxlScript {
    /// Runs `script` with `arguments`; returns what it printed. A failure throws with Python's message.
    @discardableResult
    static func run(_ script: String, _ arguments: [String]) throws -> String {
        let python = "/usr/bin/python3"
        guard FileManager.default.isExecutableFile(atPath: python) else {
            throw ToolFailure(description: "\(python) is missing: run `make test`, which installs python3-openpyxl")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = ["-c", script] + arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        let complaint = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw ToolFailure(description: "python3 failed: \(String(decoding: complaint, as: UTF8.self))")
        }
        return String(decoding: printed, as: UTF8.self)
    }

    /// Every sheet's cell values as JSON-friendly text (dates ISO), by sheet name.
    static func values(_ path: String) throws -> [String: [[String]]] {
        let json = try run("""
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
