import CLibXML2
import SpreadsheetBasics
import XMLParts

/// The text of one string item (`<si>` of the shared strings, `<is>` of an inline-string cell), gathered from parser
/// events: the `<t>` of a plain item, or every run's `<t>` of rich text, leaving out phonetic runs (`<rPh>`), with
/// `_xHHHH_` escapes decoded.
struct XLSXStringItem {
    /// The depth of the item element; -1 outside one.
    private var depth = -1
    /// The depth of an `<rPh>` being left out; -1 when none is.
    private var skipDepth = -1
    private var text = XMLElementText()
    private var item: [UInt8] = []
    private let part: String
    private let place: ReadPlace

    /// `part` and `place` name the part in errors.
    init(part: String, place: ReadPlace) {
        self.part = part
        self.place = place
    }

    var isOpen: Bool { depth >= 0 }

    mutating func begin(at depth: Int) {
        self.depth = depth
        skipDepth = -1
        item.removeAll(keepingCapacity: true)
    }

    /// An element starting at `depth` inside the item.
    mutating func start(_ element: XMLStartElement, depth: Int) {
        if skipDepth >= 0 { return }
        if text.isGathering {
            text.endNode()
        } else if element.hasName("t") {
            text.begin(at: depth, preserve: element.preservesSpace)
        } else if element.hasName("rPh") {
            skipDepth = depth
        }
    }

    /// An element ending at `depth` inside the item; at the item's own end, its text.
    mutating func end(depth: Int) -> String? {
        if skipDepth >= 0 {
            if depth == skipDepth { skipDepth = -1 }
        } else if text.isGathering {
            guard depth == text.depth else {
                text.endNode()
                return nil
            }
            text.finish()
            item.append(contentsOf: text.bytes)
        } else if depth == self.depth {
            self.depth = -1
            return XLSXText.unescape(String(decoding: item, as: UTF8.self))
        }
        return nil
    }

    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, isCDATA: Bool) throws(SpreadsheetError) {
        guard skipDepth < 0, text.isGathering else { return }
        guard text.append(bytes, isCDATA: isCDATA) else { throw tooLong() }
    }

    private func tooLong() -> SpreadsheetError {
        XMLElementText.tooLong(part: part, place: place)
    }

    mutating func textBreak() {
        if skipDepth < 0, text.isGathering { text.endNode() }
    }
}
