import Foundation
import ExampleBooks
import Ledger
import LedgerStore
import Reports

/// The Northwind example books at scale 1, seed 1, loaded once for every test of this target.
enum NorthwindBooks {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Examples/northwind").standardized.path

    static let us = "Northwind Traders Inc"
    static let canada = "Northwind Canada Ltd"
    static let uk = "Northwind UK Ltd"

    static let store = Result<LedgerStore, Error> {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("reports-\(UUID().uuidString).sqlite").path
        let store = try LedgerStore(path: path, create: true)
        _ = try ExampleLoader.load(into: store, from: directory, scale: 1, seed: 1)
        return store
    }

    /// Builds `request` against the books as if today were 2026-11-21, and returns what it streamed.
    static func run(_ request: ReportRequest, today: LocalDate = LocalDate(year: 2026, month: 11, day: 21)!) throws -> RecordingSink {
        let sink = RecordingSink()
        try ReportBuilder.run(request, in: try store.get(), today: today, builtAt: Date(), into: sink)
        return sink
    }
}
