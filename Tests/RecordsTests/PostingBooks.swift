import ExampleBooks
import Foundation
import Ledger
import LedgerStore
import Records
import Testing

/// A fresh ledger with the Northwind reference data (no activity) in its own folder, for posting tests.
struct PostingBooks {
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Examples/northwind").standardized.path
    static let templates = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Templates").standardized
    static let us = "Northwind Traders Inc"
    static let uk = "Northwind UK Ltd"

    let folder: URL
    let store: LedgerStore

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("records-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        store = try LedgerStore(path: folder.appendingPathComponent("ledger.sqlite").path, create: true)
        _ = try ExampleLoader.loadReference(into: store, from: Self.examples)
    }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }

    /// Writes `text` to a file in the folder and returns its path.
    func write(_ name: String, _ text: String) throws -> String {
        let path = path(name)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func post(_ path: String, company: String? = us, _ configure: (inout RecordPostOptions) -> Void = { _ in }) throws -> PostReport {
        var options = RecordPostOptions(user: "bookkeeper")
        options.company = company
        configure(&options)
        return try RecordPoster(store: store, catalog: try RecordTypeCatalog(templatesFolder: Self.templates)).post(path, options: options)
    }

    /// The problems `ledger check` would print; empty when the books are sound.
    func check() throws -> [String] {
        try store.read { try $0.check() }.map(\.description)
    }

    func company(_ name: String = us) throws -> Company {
        try store.read { try $0.company(named: name) }
    }
}

extension PostingBooks {
    /// Exports every record of `type`, marks each row Post = yes and posts the file again; expects every record Unchanged.
    /// Returns the posted text.
    @discardableResult
    func exportAndPostAgain(_ type: String, company: String = us, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let path = path("\(type)-export.csv")
        let recordType = try RecordTypeCatalog(templatesFolder: Self.templates).type(named: type)
        try RecordExport.write(recordType, company: company, filter: RecordExportFilter(), store: store, to: path, builtAt: Date())
        let lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\r\n").filter { !$0.isEmpty }
        let text = ([lines[0]] + lines.dropFirst().map { "yes" + $0 }).joined(separator: "\r\n") + "\r\n"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        let again = try post(path, company: company) { $0.type = type }
        let oneRowEach = !recordType.shape.isDocument
        #expect(again.counts.unchanged > 0 && (!oneRowEach || again.counts.unchanged == lines.count - 1)
                && again.counts.posted + again.counts.updated + again.counts.errors == 0,
                "\(again.problems)", sourceLocation: sourceLocation)
        return text
    }
}
