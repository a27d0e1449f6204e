import CLibXML2
import SpreadsheetBasics
import XMLParts
import ZipParts

/// The shared-string table (`xl/sharedStrings.xml`), read whole: cells refer to its items by index, in any order.
package struct XLSXSharedStrings: XMLEventHandler {
    private let part: String
    private let place: ReadPlace
    private let limits: XLSXReadLimits
    private var strings: [String] = []
    private var item: XLSXStringItem
    private var depth = 0

    /// The strings of `part`, or none when the archive has no such part.
    package static func read(_ part: String, in archive: ZipArchive, limits: XLSXReadLimits) throws(SpreadsheetError) -> [String] {
        guard let stream = try archive.open(part, limits: limits, place: archive.place) else { return [] }
        let table = XMLEventBox(XLSXSharedStrings(part: part, place: archive.place, limits: limits,
                                                  item: XLSXStringItem(part: part, place: archive.place)))
        try XMLPartParser(stream: stream, place: archive.place, handler: table).parse()
        return table.handler.strings
    }

    package mutating func startElement(_ element: XMLStartElement) throws(SpreadsheetError) {
        depth += 1
        if item.isOpen {
            item.start(element, depth: depth)
        } else if element.hasName("si") {
            guard strings.count < limits.maxSharedStrings else {
                throw place.error("\(part) has more than \(limits.maxSharedStrings) strings; refusing to read it")
            }
            item.begin(at: depth)
        }
    }

    package mutating func endElement(_ localName: UnsafePointer<xmlChar>) throws(SpreadsheetError) {
        if item.isOpen, let text = item.end(depth: depth) { strings.append(text) }
        depth -= 1
    }

    package mutating func text(_ bytes: UnsafeBufferPointer<UInt8>, isCDATA: Bool) throws(SpreadsheetError) {
        try item.append(bytes, isCDATA: isCDATA)
    }

    package mutating func textBreak() {
        item.textBreak()
    }
}
