/// The shared-string table (`xl/sharedStrings.xml`), read whole: cells refer to its items by index, in any order.
enum XLSXSharedStrings {
    static func read(_ reader: XMLPartReader, limits: XLSXReadLimits) throws(SpreadsheetError) -> [String] {
        var strings: [String] = []
        while try reader.read() {
            guard reader.isStartElement, reader.localName == "si" else { continue }
            guard strings.count < limits.maxSharedStrings else {
                throw reader.place.error("\(reader.part) has more than \(limits.maxSharedStrings) strings; refusing to read it")
            }
            strings.append(try reader.stringItem())
        }
        return strings
    }
}
