import CLibXML2
import Foundation
import SpreadsheetBasics

/// A part's XML written to a file through a buffer; owns the file and closes it in `deinit`. Names go out exactly as
/// given, prefixes and namespace declarations included. The bytes are those libxml2's xmlTextWriter wrote (with UTF-8
/// declared, no indentation), which this replaces because its bookkeeping cost more than the rest of a rewrite: text
/// and attribute values are escaped as it escapes them, an element with nothing inside ends `/>` unless its end is
/// copied from the reader, and the document ends with a line feed.
package final class XMLPartWriter {
    private let file: UnsafeMutablePointer<FILE>
    /// The markup not yet handed to the file. One value, so that each call checks exclusive access to it once.
    private var output = XMLMarkup()
    /// The part being written, for messages.
    private let part: String
    private let place: ReadPlace

    /// How many bytes are gathered before they go to the file.
    private static let bufferSize = 1 << 16

    package init(path: String, part: String, place: ReadPlace) throws(SpreadsheetError) {
        self.part = part
        self.place = place
        guard let file = fopen(path, "w") else {
            throw place.error("cannot create the temporary file \(path) for the new \(part)")
        }
        self.file = file
    }

    deinit {
        fclose(file)
    }

    /// The XML declaration, in UTF-8.
    package func startDocument(standalone: Bool?) throws(SpreadsheetError) {
        output.declaration(standalone: standalone)
    }

    /// Closes what is open and pushes everything to the file.
    package func finish() throws(SpreadsheetError) {
        output.finish()
        try flush()
        guard fflush(file) == 0 else { throw writeFailure() }
    }

    package func start(_ tag: XMLStartTag) throws(SpreadsheetError) {
        output.start(tag)
    }

    /// Ends the open element: `<x/>` when nothing was written inside it.
    package func end() throws(SpreadsheetError) {
        output.end()
        try flushWhenFull()
    }

    package func write(_ element: XMLElementTree) throws(SpreadsheetError) {
        try start(element.tag)
        for child in element.children { try write(child) }
        try end()
    }

    package func write(_ node: XMLTreeNode) throws(SpreadsheetError) {
        switch node {
        case .element(let element): try write(element)
        case .leaf(let leaf): try write(leaf)
        }
    }

    package func write(_ leaf: XMLLeaf) throws(SpreadsheetError) {
        switch leaf {
        case .text(let text): output.text(text)
        case .cdata(let text): output.cdata(text)
        case .comment(let text): output.comment(text)
        case .instruction(let target, let data): output.instruction(target: target, data: data)
        }
    }

    /// Writes the node `reader` is on as it was read, straight from libxml2's strings (the path every unedited row
    /// takes). An empty element stays empty; an end tag is written in full, so `<v></v>` stays so too.
    package func copyNode(of reader: XMLPartReader) throws(SpreadsheetError) {
        switch reader.nodeType {
        case XML_READER_TYPE_ELEMENT:
            try copyStartTag(of: reader, setting: nil)
        case XML_READER_TYPE_END_ELEMENT:
            output.fullEnd()
        case XML_READER_TYPE_TEXT, XML_READER_TYPE_WHITESPACE, XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
            output.text(XMLMarkup.bytes(reader.rawValue))
        case XML_READER_TYPE_CDATA:
            output.cdata(XMLMarkup.bytes(reader.rawValue))
        case XML_READER_TYPE_COMMENT:
            output.comment(XMLMarkup.bytes(reader.rawValue))
        case XML_READER_TYPE_PROCESSING_INSTRUCTION:
            output.instruction(target: XMLMarkup.bytes(reader.rawName), data: reader.rawValue.map(XMLMarkup.bytes))
        default:
            break  // entity references cannot occur: the reader refuses DTDs, and character references arrive as text
        }
        try flushWhenFull()
    }

    /// Writes the start tag of the element `reader` is on as it was read, but with the attribute `name` set to `value`
    /// (in its place, or after the others); an empty element is ended too. The path of the unedited cells of an
    /// edited row, which need their `r` but nothing else changed.
    package func copyStartTag(of reader: XMLPartReader, setting name: String, to value: String) throws(SpreadsheetError) {
        try copyStartTag(of: reader, setting: (name, value))
    }

    private func copyStartTag(of reader: XMLPartReader, setting replacement: (name: String, value: String)?)
        throws(SpreadsheetError) {
        output.startElement(XMLMarkup.bytes(reader.rawName))
        var found = false
        try reader.forEachAttribute { name, value in
            if let replacement, XMLMarkup.bytes(name).elementsEqual(replacement.name.utf8) {
                found = true
                output.attribute(replacement.name, replacement.value)
            } else {
                output.attribute(XMLMarkup.bytes(name), XMLMarkup.bytes(value))
            }
        }
        if let replacement, !found { output.attribute(replacement.name, replacement.value) }
        if reader.isEmptyElement { try end() }
    }

    private func flushWhenFull() throws(SpreadsheetError) {
        if output.bytes.count >= Self.bufferSize { try flush() }
    }

    /// Hands the gathered bytes to the file.
    private func flush() throws(SpreadsheetError) {
        let written = output.bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        guard written == output.bytes.count else { throw writeFailure() }
        output.bytes.removeAll(keepingCapacity: true)
    }

    private func writeFailure() -> SpreadsheetError {
        place.error("cannot write the new \(part): \(String(cString: strerror(errno)))")
    }
}

/// XML markup gathered as bytes, with the names of the open elements: what `XMLPartWriter` writes, in the form
/// xmlTextWriter gave it.
struct XMLMarkup {
    var bytes: [UInt8] = []
    /// The qualified names of the open elements, innermost last, one after the other.
    private var names: [UInt8] = []
    private var nameStarts: [Int] = []
    /// Whether the innermost open element's start tag still lacks its `>`, nothing having been written inside.
    private var startTagOpen = false

    /// The bytes of a NUL-terminated libxml2 string (none for a null pointer).
    static func bytes(_ chars: UnsafePointer<xmlChar>?) -> UnsafeBufferPointer<UInt8> {
        guard let chars else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: chars, count: strlen(chars))
    }

    mutating func declaration(standalone: Bool?) {
        append("<?xml version=\"1.0\" encoding=\"UTF-8\"")
        if let standalone { append(standalone ? " standalone=\"yes\"" : " standalone=\"no\"") }
        append("?>\n")
    }

    /// Ends every open element, then the document with a line feed.
    mutating func finish() {
        while !nameStarts.isEmpty { end() }
        append("\n")
    }

    mutating func start(_ tag: XMLStartTag) {
        var name = tag.name
        name.withUTF8 { startElement($0) }
        for attribute in tag.attributes { self.attribute(attribute.name, attribute.value) }
    }

    /// `<name`, after closing the enclosing start tag.
    mutating func startElement(_ name: UnsafeBufferPointer<UInt8>) {
        closeStartTag()
        append("<")
        bytes.append(contentsOf: name)
        nameStarts.append(names.count)
        names.append(contentsOf: name)
        startTagOpen = true
    }

    /// ` name="value"`, the value escaped.
    package mutating func attribute(_ name: UnsafeBufferPointer<UInt8>, _ value: UnsafeBufferPointer<UInt8>) {
        append(" ")
        bytes.append(contentsOf: name)
        append("=\"")
        appendEscaped(value, Self.attributeEscapes)
        append("\"")
    }

    package mutating func attribute(_ name: String, _ value: String) {
        var name = name, value = value
        name.withUTF8 { name in value.withUTF8 { value in attribute(name, value) } }
    }

    /// `/>` when nothing was written inside the element, else its end tag.
    mutating func end() {
        if startTagOpen {
            append("/>")
            startTagOpen = false
            names.removeSubrange(nameStarts.removeLast()...)
        } else {
            appendEndTag()
        }
    }

    /// The element's end tag even when nothing was written inside it (`<v></v>`).
    mutating func fullEnd() {
        closeStartTag()
        appendEndTag()
    }

    mutating func text(_ text: UnsafeBufferPointer<UInt8>) {
        closeStartTag()
        appendEscaped(text, Self.textEscapes)
    }

    mutating func text(_ text: String) {
        var text = text
        text.withUTF8 { self.text($0) }
    }

    mutating func cdata(_ text: UnsafeBufferPointer<UInt8>) {
        closeStartTag()
        append("<![CDATA[")
        bytes.append(contentsOf: text)
        append("]]>")
    }

    mutating func cdata(_ text: String) {
        var text = text
        text.withUTF8 { cdata($0) }
    }

    mutating func comment(_ text: UnsafeBufferPointer<UInt8>) {
        closeStartTag()
        append("<!--")
        bytes.append(contentsOf: text)
        append("-->")
    }

    mutating func comment(_ text: String) {
        var text = text
        text.withUTF8 { comment($0) }
    }

    /// `<?target data?>`; the space is there whenever data is, even empty data.
    mutating func instruction(target: UnsafeBufferPointer<UInt8>, data: UnsafeBufferPointer<UInt8>?) {
        closeStartTag()
        append("<?")
        bytes.append(contentsOf: target)
        if let data {
            append(" ")
            bytes.append(contentsOf: data)
        }
        append("?>")
    }

    mutating func instruction(target: String, data: String) {
        var target = target, data = data
        target.withUTF8 { target in data.withUTF8 { data in instruction(target: target, data: data) } }
    }

    private mutating func appendEndTag() {
        append("</")
        let start = nameStarts.removeLast()
        bytes.append(contentsOf: names[start...])
        names.removeSubrange(start...)
        append(">")
    }

    private mutating func closeStartTag() {
        guard startTagOpen else { return }
        append(">")
        startTagOpen = false
    }

    private mutating func append(_ text: StaticString) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// The escapes of text inside an element, and of an attribute value, as xmlTextWriter writes them: by byte,
    /// empty for a byte that goes out as it is.
    private static let textEscapes = escapes(["<": "&lt;", ">": "&gt;", "&": "&amp;", "\"": "&quot;", "\r": "&#13;"])
    private static let attributeEscapes = escapes(["<": "&lt;", ">": "&gt;", "&": "&amp;", "\"": "&quot;", "\r": "&#13;",
                                                   "\n": "&#10;", "\t": "&#9;"])

    private static func escapes(_ table: [Character: String]) -> [[UInt8]] {
        var escapes = [[UInt8]](repeating: [], count: 256)
        for (character, escape) in table { escapes[Int(character.asciiValue!)] = Array(escape.utf8) }
        return escapes
    }

    /// The bytes with each one that has an escape replaced by it, copied a run at a time.
    private mutating func appendEscaped(_ text: UnsafeBufferPointer<UInt8>, _ escapes: [[UInt8]]) {
        var runStart = 0
        for index in text.indices where !escapes[Int(text[index])].isEmpty {
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<index]))
            bytes.append(contentsOf: escapes[Int(text[index])])
            runStart = index + 1
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart...]))
    }
}
