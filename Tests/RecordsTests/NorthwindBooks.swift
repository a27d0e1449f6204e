import Foundation
import ExampleBooks
import LedgerStore
import Records

/// The Northwind example books at scale 1, seed 1, loaded once for every test of this target, and the record types
/// of the source tree.
enum NorthwindBooks {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized
    static let us = "Northwind Traders Inc"

    static let store = Result<LedgerStore, Error> {
        let store = try LedgerStore(path: temporaryFile("books.sqlite"), create: true)
        _ = try ExampleLoader.load(into: store, from: root.appendingPathComponent("Examples/northwind").path, scale: 1, seed: 1)
        return store
    }

    static let catalog = Result<RecordTypeCatalog, Error> {
        try RecordTypeCatalog(templatesFolder: root.appendingPathComponent("Templates"))
    }

    static func type(_ name: String) throws -> RecordType {
        try catalog.get().type(named: name)
    }

    /// A path in a new folder of its own, so each test's files and leftovers can be told apart.
    static func temporaryFile(_ name: String) -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("records-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder.appendingPathComponent(name).path
    }
}
