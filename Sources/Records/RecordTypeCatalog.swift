import Foundation
import Spreadsheet

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
