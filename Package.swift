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

        .target(name: "CDeflateLevel", linkerSettings: [.linkedLibrary("z"), .linkedLibrary("dl")]),
        .target(name: "Ledger"),
        .target(name: "LedgerStore", dependencies: [
            "Ledger",
            .product(name: "GRDB", package: "GRDB.swift"),
            .product(name: "GRDBSQLite", package: "GRDB.swift"),
        ]),
        .target(name: "Spreadsheet", dependencies: [
            "Ledger", "CXLSXWriter", "CZip", "CLibXML2",
            .product(name: "CSV", package: "CSV.swift"),
        ]),
        .target(name: "Reports", dependencies: ["Ledger", "LedgerStore", "Spreadsheet"]),
        .target(name: "Records", dependencies: [
            "Ledger", "LedgerStore", "Spreadsheet", .product(name: "Crypto", package: "swift-crypto"),
        ]),
        .target(name: "Refresh", dependencies: ["Ledger", "LedgerStore", "Spreadsheet", "Reports", "Records"]),
        .target(name: "ExampleBooks", dependencies: ["Ledger", "LedgerStore", "Spreadsheet"]),
        .target(name: "LedgerSyncCLI", dependencies: [
            "Ledger", "LedgerStore", "Spreadsheet", "Reports", "Records", "Refresh", "ExampleBooks",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        // Exports the fast deflate level of CDeflateLevel to the libraries that write zip files.
        .executableTarget(name: "ledgersync", dependencies: ["LedgerSyncCLI", "CDeflateLevel"],
                          linkerSettings: [.unsafeFlags(["-Xlinker", "--export-dynamic-symbol=deflateInit2_"])]),

        .target(name: "TestTools", path: "Tests/TestTools"),
        .testTarget(name: "LedgerTests", dependencies: ["Ledger"]),
        .testTarget(name: "LedgerStoreTests", dependencies: ["Ledger", "LedgerStore", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "SpreadsheetTests", dependencies: ["Ledger", "Spreadsheet", "TestTools"]),
        .testTarget(name: "ReportsTests", dependencies: ["Ledger", "LedgerStore", "Spreadsheet", "Reports", "ExampleBooks", "TestTools"]),
        .testTarget(name: "RecordsTests", dependencies: ["Ledger", "LedgerStore", "Spreadsheet", "Records", "ExampleBooks", "TestTools"]),
        .testTarget(name: "RefreshTests", dependencies: ["Ledger", "LedgerStore", "Spreadsheet", "Reports", "Records", "Refresh", "ExampleBooks", "TestTools"]),
        .testTarget(name: "ExampleBooksTests", dependencies: ["Ledger", "LedgerStore", "ExampleBooks", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "LedgerSyncCLITests", dependencies: ["ledgersync", "TestTools", .product(name: "GRDB", package: "GRDB.swift")]),
    ]
)

// The fuzz targets, only for `make fuzz` (which sets LEDGERSYNC_FUZZ and builds with libFuzzer and the address
// sanitizer); each `main` hands over to libFuzzer's driver.
if ProcessInfo.processInfo.environment["LEDGERSYNC_FUZZ"] != nil {
    package.targets.append(.target(name: "FuzzDriver", path: "Fuzz/FuzzDriver"))
    let fuzzTargets: [(name: String, dependencies: [Target.Dependency])] = [
        ("FuzzXLSXReader", ["Spreadsheet"]),
        ("FuzzCSVReader", ["Spreadsheet"]),
        ("FuzzRecordSheet", ["LedgerStore", "Spreadsheet", "Records", "ExampleBooks"]),
    ]
    for target in fuzzTargets {
        package.targets.append(.executableTarget(name: target.name, dependencies: ["FuzzDriver"] + target.dependencies,
                                                 path: "Fuzz/\(target.name)"))
        package.products.append(.executable(name: target.name, targets: [target.name]))
    }
}
