import Foundation
import Spreadsheet
import TestTools
import Testing
import XLSXWriting

/// The deflate level is a setting of the writer, and this process (the test runner) compresses exactly as the
/// ledgersync binary does: each part is the raw deflate stream zlib makes at the level asked for.
@Suite struct XLSXDeflateLevelTests {
    /// Writes a sheet of `rows` rows at `level` and returns, for its largest part, the compressed size in the file and
    /// the sizes zlib makes of the same bytes at levels 1 and 6 (read with Python's zipfile and zlib, the same libz).
    func sizes(level: XLSXDeflateLevel, rows: Int = 20_000) throws -> (written: Int, level1: Int, level6: Int) {
        let folder = try TemporaryFolder()
        let path = folder.file("book.xlsx")
        let writer = try XLSXWorkbookWriter(path: path, deflateLevel: level)
        let sheet = try writer.addWorksheet(name: "Ledger")
        for row in 0..<rows {
            try sheet.write("Invoice \(row)", row: row, column: 0)
            try sheet.write(.minorUnits(Int64(row) * 137 % 100_003, digits: 2), row: row, column: 1)
        }
        try writer.close()
        let printed = try ExternalTool.python("""
            import sys, zipfile, zlib
            archive = zipfile.ZipFile(sys.argv[1])
            part = max(archive.infolist(), key=lambda info: info.file_size)
            data = archive.read(part.filename)
            def deflated(level):
                stream = zlib.compressobj(level, zlib.DEFLATED, -15)
                return len(stream.compress(data) + stream.flush())
            print(part.compress_size, deflated(1), deflated(6))
            """, [path])
        let numbers = printed.split(whereSeparator: \.isWhitespace).compactMap { Int($0) }
        try #require(numbers.count == 3, "python printed \(printed)")
        return (numbers[0], numbers[1], numbers[2])
    }

    @Test func writesAtTheFastestLevelByDefault() throws {
        let measured = try sizes(level: .fastest)
        #expect(measured.level1 != measured.level6)
        #expect(measured.written == measured.level1)
    }

    @Test func writesAtTheStandardLevelWhenAsked() throws {
        let measured = try sizes(level: .standard)
        #expect(measured.written == measured.level6)
    }
}
