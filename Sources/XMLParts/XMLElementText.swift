import SpreadsheetBasics

/// The text inside one element, gathered from parser events: every text and CDATA node below it, in order. A text
/// node of only whitespace counts only when the element has `xml:space="preserve"`, as Excel reads it.
package struct XMLElementText {
    /// The depth of the element being gathered; -1 when none is.
    package private(set) var depth = -1
    /// The text gathered; after `finish`, the element's whole text, kept until the next `begin`.
    package private(set) var bytes: [UInt8] = []
    private var preserve = false
    /// Where the current text node starts in `bytes`, and whether it is all whitespace so far.
    private var nodeStart = 0
    private var nodeBlank = true

    package init() {}

    package var isGathering: Bool { depth >= 0 }

    /// The longest text kept, as libxml2's tree builder allows one text node: a part cannot make the reader hold more.
    static let maxLength = 10_000_000

    /// The error for a text past `maxLength`.
    package static func tooLong(part: String, place: ReadPlace) -> SpreadsheetError {
        place.error("\(part) has a text longer than \(maxLength) bytes; refusing to read it")
    }

    package mutating func begin(at depth: Int, preserve: Bool) {
        self.depth = depth
        self.preserve = preserve
        bytes.removeAll(keepingCapacity: true)
        nodeStart = 0
        nodeBlank = true
    }

    /// Text inside the element. A CDATA section is a node of its own, kept even when blank. False, with nothing
    /// added, when the text would pass `maxLength`.
    package mutating func append(_ text: UnsafeBufferPointer<UInt8>, isCDATA: Bool) -> Bool {
        guard bytes.count + text.count <= Self.maxLength else { return false }
        if isCDATA {
            endNode()
            bytes.append(contentsOf: text)
            nodeStart = bytes.count
            return true
        }
        if nodeBlank, !preserve { nodeBlank = text.allSatisfy(Self.isBlank) }
        bytes.append(contentsOf: text)
        return true
    }

    /// Ends the current text node (an element, comment or processing instruction follows), dropping it when blank.
    package mutating func endNode() {
        if nodeBlank, !preserve, nodeStart < bytes.count { bytes.removeSubrange(nodeStart...) }
        nodeStart = bytes.count
        nodeBlank = true
    }

    /// Ends the gathering at the element's end; `bytes` holds its text.
    package mutating func finish() {
        endNode()
        depth = -1
    }

    /// XML's whitespace: space, tab, line feed, carriage return.
    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D
    }
}
