import Foundation

/// The record types, loaded from the JSON files of a templates folder (`Templates/records/*.json`).
public struct RecordTypeCatalog: Sendable {
    public let types: [RecordType]

    /// Reads every `*.json` in `folder/records`, in name order; a bad file is an error naming it.
    public init(templatesFolder folder: URL) throws(RecordError) {
        let recordsFolder = folder.appendingPathComponent("records")
        let files: [URL]
        do {
            files = try FileManager.default.contentsOfDirectory(at: recordsFolder, includingPropertiesForKeys: nil)
                .filter { $0.pathExtension == "json" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
        } catch {
            throw RecordError("cannot list the record templates in \(recordsFolder.path); reinstall ledgersync or set LEDGERSYNC_TEMPLATES")
        }
        var types: [RecordType] = []
        for file in files {
            do {
                types.append(try JSONDecoder().decode(RecordType.self, from: Data(contentsOf: file)))
            } catch {
                throw RecordError("record template \(file.lastPathComponent) is not valid: \(error)")
            }
        }
        self.types = types
    }

    /// The templates folder: `$LEDGERSYNC_TEMPLATES`, else a `Templates` folder beside the executable, in
    /// `../share/ledgersync/` from it, or in a folder above it (a build inside the source tree).
    public static func standard() throws(RecordError) -> RecordTypeCatalog {
        try RecordTypeCatalog(templatesFolder: try templatesFolder())
    }

    static func templatesFolder() throws(RecordError) -> URL {
        let environment = ProcessInfo.processInfo.environment
        if let folder = environment["LEDGERSYNC_TEMPLATES"], !folder.isEmpty { return URL(fileURLWithPath: folder) }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
        var folder = executable.deletingLastPathComponent()
        let installed = folder.appendingPathComponent("../share/ledgersync/Templates").standardized
        if isTemplatesFolder(installed) { return installed }
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("Templates")
            if isTemplatesFolder(candidate) { return candidate }
            folder.deleteLastPathComponent()
        }
        throw RecordError("cannot find the record templates (a Templates/records folder) near \(executable.path); set LEDGERSYNC_TEMPLATES to its folder")
    }

    private static func isTemplatesFolder(_ url: URL) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.appendingPathComponent("records").path, isDirectory: &isFolder) && isFolder.boolValue
    }

    /// The type called `name` (any case); an unknown name lists the types.
    public func type(named name: String) throws(RecordError) -> RecordType {
        if let type = types.first(where: { $0.name.caseInsensitiveCompare(name) == .orderedSame }) { return type }
        throw RecordError("no record type \"\(name)\"; the types are \(types.map(\.name).joined(separator: ", "))")
    }

    /// The type whose entry sheet (or name) a sheet or file name is, ignoring case, spaces and dashes:
    /// "Invoices and Bills", "invoices-and-bills.csv" without its extension.
    public func type(forSheet sheet: String) -> RecordType? {
        let key = Self.key(sheet)
        return types.first { Self.key($0.title) == key || Self.key($0.name) == key }
    }

    private static func key(_ name: String) -> String {
        String(name.lowercased().filter { $0.isLetter || $0.isNumber })
    }
}
