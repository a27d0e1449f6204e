/// Caps that keep a hostile file from exhausting memory or time. The reader uses `standard`; tests pass small ones.
package struct XLSXReadLimits: Sendable {
    /// Uncompressed bytes one part may produce, counted as they stream out of the zip (declared sizes can lie).
    package var maxPartBytes: Int64 = 2 << 30
    /// Refuse a part larger than `ratioCheckAbove` whose declared size is more than this many times its compressed size.
    package var maxCompressionRatio: Int64 = 1000
    package var ratioCheckAbove: Int64 = 100 << 20
    /// The shared-string table is held in memory, so its length is capped.
    package var maxSharedStrings = 20_000_000

    package static let standard = XLSXReadLimits()
}
