import Foundation

/// A checking tool that is missing or failed; the message says what to do.
public struct ToolFailure: Error, CustomStringConvertible {
    public let description: String
    public init(description: String) { self.description = description }
}

/// Runs the outside programs tests check files with: Debian's python3 with openpyxl, LibreOffice, hledger and Ledger.
/// A missing program fails the test with a message, never skips it.
public enum ExternalTool {
    public static let python = "/usr/bin/python3"
    public static let installHint = "run `make test`, which installs python3-openpyxl, LibreOffice, hledger and ledger"

    /// LibreOffice's binary, or a failure saying how to install it.
    public static func libreOffice() throws -> String {
        guard let office = ["/usr/bin/libreoffice", "/usr/bin/soffice"].first(where: FileManager.default.isExecutableFile) else {
            throw ToolFailure(description: "LibreOffice is missing: \(installHint)")
        }
        return office
    }

    /// The path of `hledger` or `ledger`, which read the plain-text journals we export, or a failure saying how to
    /// install it.
    public static func accountingTool(_ name: String) throws -> String {
        let path = "/usr/bin/\(name)"
        guard FileManager.default.isExecutableFile(atPath: path) else { throw ToolFailure(description: "\(name) is missing: \(installHint)") }
        return path
    }

    /// Runs a Python script with Debian's python3 (which has openpyxl) and returns what it printed.
    @discardableResult
    public static func python(_ script: String, _ arguments: [String]) throws -> String {
        guard FileManager.default.isExecutableFile(atPath: python) else {
            throw ToolFailure(description: "\(python) is missing: \(installHint)")
        }
        return try run(python, ["-c", script] + arguments)
    }

    /// Runs `executable` and returns its standard output; a non-zero exit throws with what it printed on stderr.
    public static func run(_ executable: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let errorFile = FileManager.default.temporaryDirectory.appendingPathComponent("tool-\(UUID().uuidString).err")
        try Data().write(to: errorFile)
        defer { try? FileManager.default.removeItem(at: errorFile) }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = try FileHandle(forWritingTo: errorFile)
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let errors = (try? String(contentsOf: errorFile, encoding: .utf8)) ?? ""
            let hint = errors.contains("No module named 'openpyxl'") ? "openpyxl is missing: \(installHint)\n" : ""
            throw ToolFailure(description: "\(hint)\(executable) exited with \(process.terminationStatus): \(errors)")
        }
        return String(decoding: data, as: UTF8.self)
    }
}

extension ExternalTool {
    /// Converts `path` with LibreOffice into `folder` (`format` as `--convert-to` takes it) and returns the new file.
    /// LibreOffice runs with a private profile (so conversions can run side by side) set to recalculate every formula
    /// on load, so the values it writes are its own, not the cached ones it read.
    public static func libreOfficeConvert(_ path: String, to format: String, into folder: String) throws -> String {
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("lo-profile-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let user = profile.appendingPathComponent("user")
        try FileManager.default.createDirectory(at: user, withIntermediateDirectories: true)
        try Data(recalculateOnLoad.utf8).write(to: user.appendingPathComponent("registrymodifications.xcu"))
        _ = try run(try libreOffice(), ["-env:UserInstallation=\(profile.absoluteString)", "--headless",
                                        "--convert-to", format, "--outdir", folder, path])
        let stem = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        let result = URL(fileURLWithPath: folder).appendingPathComponent("\(stem).\(format.prefix { $0 != ":" })").path
        guard FileManager.default.fileExists(atPath: result) else {
            throw ToolFailure(description: "LibreOffice wrote no \(result)")
        }
        return result
    }

    /// Each part of the XLSX (zip) file at `path` by name, as its SHA-256 in hex; Python's zipfile checks every entry's
    /// CRC on the way.
    public static func partDigests(_ path: String) throws -> [String: String] {
        let script = """
            import hashlib, json, sys, zipfile
            z = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None
            print(json.dumps({n: hashlib.sha256(z.read(n)).hexdigest() for n in z.namelist()}))
            """
        return try JSONDecoder().decode([String: String].self, from: Data(try python(script, [path]).utf8))
    }

    /// LibreOffice's CSV filter: comma, double quote, UTF-8, raw values rather than as shown.
    public static let rawCSV = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false"

    private static let recalculateOnLoad = """
        <?xml version="1.0" encoding="UTF-8"?>
        <oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" \
        xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
        <item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
        </oor:items>
        """
}
