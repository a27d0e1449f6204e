// swift-tools-version:6.1
import Foundation
import PackageDescription

let package = Package(
    name: "LedgerSync",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "ledgersync", targets: ["ledgersync"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
    ],
    targets: [
        .systemLibrary(name: "CXLSXWriter", pkgConfig: "xlsxwriter", providers: [.apt(["libxlsxwriter-dev"])]),
        .systemLibrary(name: "CZip", pkgConfig: "libzip", providers: [.apt(["libzip-dev"])]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),

        // Sets the deflate level of libxlsxwriter's zip streams, by a definition of zlib's deflateInit2_ that every
        // binary linking this target (ledgersync and the test runner alike) exports ahead of zlib's.
        .target(name: "CDeflateLevel", linkerSettings: [
            .linkedLibrary("z"), .linkedLibrary("dl"),
            .unsafeFlags(["-Xlinker", "--export-dynamic-symbol=deflateInit2_"]),
        ]),
        .target(name: "Ledger"),
        .target(name: "LedgerStore", dependencies: [
            "Ledger", "SpreadsheetBasics", "CSVFiles",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "GRDBSQLite", package: "GRDB.swift"),
        ]),
        // What the file jobs share: the error naming file, sheet, row and column; A1 references; working files
        // replaced atomically; the read limits; the queue of every hand-off between threads; C libraries' stderr lines.
        .target(name: "SpreadsheetBasics"),
        // Zip archives by part name (libzip): read, inflated ahead on a thread of their own, updated in place.
        .target(name: "ZipParts", dependencies: ["SpreadsheetBasics", "CZip"]),
        // The XML of package parts (libxml2): SAX push parsing for streamed sheets, a pull reader for copying node
        // by node, a tree for small parts, and a writer.
        .target(name: "XMLParts", dependencies: ["SpreadsheetBasics", "ZipParts", "CLibXML2"]),
        // Reading XLSX written by anything: sheets streamed as typed rows, shared strings, date styles, fingerprints.
        .target(name: "XLSXReading", dependencies: ["Ledger", "SpreadsheetBasics", "ZipParts", "XMLParts"]),
        // Writing XLSX with libxlsxwriter: workbooks, sheets, styles, tables, drop-downs, the deflate level.
        .target(name: "XLSXWriting", dependencies: ["Ledger", "SpreadsheetBasics", "XLSXReading", "CXLSXWriter", "CDeflateLevel"]),
        // Editing XLSX in place: cells rewritten as a sheet streams through, sheets transplanted between workbooks.
        .target(name: "XLSXEditing", dependencies: ["SpreadsheetBasics", "ZipParts", "XMLParts", "XLSXReading"]),
        // CSV files as people save them (CSV.swift) and as the tool writes them (RFC 4180, formula guard).
        .target(name: "CSVFiles", dependencies: [
            "SpreadsheetBasics", .product(name: "CSV", package: "CSV.swift"),
        ]),
        // The sheet-table layer reports and records write through (one cell value; its XLSX, CSV and edit forms),
        // the `_ledgersync` manifest of tool-owned sheets, and convert between CSV and XLSX.
        .target(name: "Spreadsheet", dependencies: [
            "Ledger", "SpreadsheetBasics", "XLSXReading", "XLSXWriting", "XLSXEditing", "CSVFiles",
            "CXLSXWriter", "CZip", "CLibXML2",
        ]),
        .target(name: "Reports", dependencies: [
            "Ledger", "LedgerStore", "Spreadsheet", "SpreadsheetBasics", "XLSXWriting", "CSVFiles",
        ]),
        .target(name: "Records", dependencies: [
            "Ledger", "LedgerStore", "Spreadsheet", "SpreadsheetBasics", "XLSXReading", "XLSXWriting", "XLSXEditing", "CSVFiles",
            .product(name: "Crypto", package: "swift-crypto"),
        ]),
        .target(name: "Refresh", dependencies: [
            "Ledger", "LedgerStore", "Spreadsheet", "SpreadsheetBasics", "XLSXReading", "XLSXEditing", "Reports", "Records",
        ]),
        .target(name: "ExampleBooks", dependencies: ["Ledger", "LedgerStore", "SpreadsheetBasics", "CSVFiles"]),
        .target(name: "LedgerSyncCLI", dependencies: [
            "Ledger", "LedgerStore", "Spreadsheet", "SpreadsheetBasics", "XLSXReading", "Reports", "Records", "Refresh",
            "ExampleBooks",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .executableTarget(name: "ledgersync", dependencies: ["LedgerSyncCLI"]),

        .target(name: "TestTools", path: "Tests/TestTools"),
        .testTarget(name: "LedgerTests", dependencies: ["Ledger"]),
        .testTarget(name: "LedgerStoreTests", dependencies: ["Ledger", "LedgerStore", "SpreadsheetBasics", "TestTools", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "SpreadsheetTests", dependencies: [
            "Ledger", "Spreadsheet", "SpreadsheetBasics", "ZipParts", "XLSXReading", "XLSXWriting", "XLSXEditing", "CSVFiles",
            "TestTools",
        ]),
        .testTarget(name: "ReportsTests", dependencies: [
            "Ledger", "LedgerStore", "Spreadsheet", "SpreadsheetBasics", "XLSXReading", "XLSXWriting", "Reports", "ExampleBooks",
            "TestTools",
        ]),
        .testTarget(name: "RecordsTests", dependencies: [
            "Ledger", "LedgerStore", "Spreadsheet", "SpreadsheetBasics", "XLSXReading", "CSVFiles", "Records", "ExampleBooks",
            "TestTools",
        ]),
        .testTarget(name: "RefreshTests", dependencies: [
            "Ledger", "LedgerStore", "Spreadsheet", "XLSXReading", "Reports", "Records", "Refresh", "ExampleBooks", "TestTools",
        ]),
        .testTarget(name: "ExampleBooksTests", dependencies: ["Ledger", "LedgerStore", "ExampleBooks", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "LedgerSyncCLITests", dependencies: ["ledgersync", "TestTools", .product(name: "GRDB", package: "GRDB.swift")]),
    ]
)

// The fuzz targets, only for `make fuzz` (which sets LEDGERSYNC_FUZZ and builds with libFuzzer and the address
// sanitizer); each `main` hands over to libFuzzer's driver.
if ProcessInfo.processInfo.environment["LEDGERSYNC_FUZZ"] != nil {
    package.targets.append(.target(name: "FuzzDriver", path: "Fuzz/FuzzDriver"))
    let fuzzTargets: [(name: String, dependencies: [Target.Dependency])] = [
        ("FuzzXLSXReader", ["Spreadsheet", "XLSXReading"]),
        ("FuzzCSVReader", ["CSVFiles"]),
        ("FuzzRecordSheet", ["LedgerStore", "Records", "ExampleBooks"]),
    ]
    for target in fuzzTargets {
        package.targets.append(.executableTarget(name: target.name, dependencies: ["FuzzDriver"] + target.dependencies,
                                                 path: "Fuzz/\(target.name)"))
        package.products.append(.executable(name: target.name, targets: [target.name]))
    }
}
