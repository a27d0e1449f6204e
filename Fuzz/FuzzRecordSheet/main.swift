import ExampleBooks
import Foundation
import FuzzDriver
import LedgerStore
import Records

/// The example books, loaded once into a ledger of this process's own, and a poster into them.
private let books: (poster: RecordPoster, types: [String]) = {
    let ledger = FileManager.default.temporaryDirectory.appendingPathComponent("fuzz-records-\(getpid()).sqlite").path
    for suffix in ["", "-wal", "-shm"] { unlink(ledger + suffix) }
    do {
        let store = try LedgerStore(path: ledger, create: true)
        // The fuzz targets are built in the source tree, whose folders they read.
        let tree = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized
        _ = try ExampleLoader.load(into: store, from: tree.appendingPathComponent("Examples/northwind").path)
        let catalog = try RecordTypeCatalog(templatesFolder: tree.appendingPathComponent("Templates"))
        return (RecordPoster(store: store, catalog: catalog), catalog.types.map(\.name))
    } catch {
        fatalError("cannot load the example books: \(error)")
    }
}()

// Loaded before the first input, so that the load does not count against libFuzzer's time limit for one input.
_ = books

// Each input's first line names a records type (any other first line picks one by its length); the rest is a CSV
// sheet of it, posted as a dry run into the example books: checked in full, then rolled back. A row error or a
// refusal is fine; a crash is not.
runFuzzer { data, size in
    let input = UnsafeBufferPointer(start: data, count: size)
    let firstLine = input.firstIndex(of: UInt8(ascii: "\n")) ?? size
    let named = String(decoding: input[..<firstLine], as: UTF8.self)
    let sheet = Array(input[min(firstLine + 1, size)...])
    sheet.withUnsafeBufferPointer { sheet in
        withInputFile(sheet.baseAddress, sheet.count, suffix: ".csv") { path in
            var options = RecordPostOptions(user: "fuzz")
            options.type = books.types.contains(named) ? named : books.types[firstLine % books.types.count]
            options.company = "Northwind Traders Inc"
            options.dryRun = true
            _ = try? books.poster.post(path, options: options)
        }
    }
    return 0
}
