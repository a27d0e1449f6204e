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
            throw .templatesUnreadable(folder: recordsFolder.path)
        }
        var types: [RecordType] = []
        for file in files {
            do {
                types.append(try JSONDecoder().decode(RecordType.self, from: Data(contentsOf: file)))
            } catch {
                throw .invalidTemplate(file: file.lastPathComponent, reason: "\(error)")
            }
        }
        self.types = types
    }

    /// The type called `name` (any case); an unknown name lists the types.
    public func type(named name: String) throws(RecordError) -> RecordType {
        if let type = types.first(where: { $0.name.caseInsensitiveCompare(name) == .orderedSame }) { return type }
        throw .unknownType(name: name, types: types.map(\.name))
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
