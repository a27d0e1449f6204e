import CLibXML2
import Foundation
import SpreadsheetBasics
import ZipParts

/// A forward-only XML reader over one streamed part of the archive: libxml2's xmlTextReader pulling from a
/// `ZipEntryStream`, so only a small window of the part is ever in memory. Owns the reader and frees it in `deinit`.
///
/// Hardened for files from anywhere: no network access, entities never expanded, no external DTD loaded, and a part
/// with any DTD at all is refused. Elements and attributes are matched by local name, so strict and transitional
/// OOXML read alike.
package final class XMLPartReader {
    private let reader: OpaquePointer
    private let input: XMLPartInput
    package let place: ReadPlace
    package var part: String { input.stream.part }
    /// The kind of the current node.
    private(set) var nodeType = XML_READER_TYPE_NONE

    /// libxml2 must be initialised once before threads use it.
    static let libraryReady: Void = xmlInitParser()

    init(stream: ZipEntryStream, place: ReadPlace) throws(SpreadsheetError) {
        _ = Self.libraryReady
        input = XMLPartInput(stream: stream, place: place)
        self.place = place
        xmlResetLastError()
        // XML_PARSE_NONET, and neither XML_PARSE_NOENT nor XML_PARSE_DTDLOAD: entities stay unexpanded, nothing is fetched.
        let options = Int32(XML_PARSE_NONET.rawValue)
        guard let reader = xmlReaderForIO(readInput, nil, Unmanaged.passUnretained(input).toOpaque(),
                                          stream.part, nil, options) else {
            throw input.failure ?? place.error("cannot start reading \(stream.part) as XML")
        }
        self.reader = reader
        // Errors are reported through `check`, not printed on stderr.
        xmlTextReaderSetStructuredErrorHandler(reader, { _, _ in }, nil)
    }

    deinit {
        xmlFreeTextReader(reader)
    }

    /// A reader over `part`, or nil when the archive has no such part.
    package static func open(_ part: String, in archive: ZipArchive, limits: XLSXReadLimits,
                     place: ReadPlace? = nil) throws(SpreadsheetError) -> XMLPartReader? {
        let place = place ?? archive.place
        guard let stream = try archive.open(part, limits: limits, place: place) else { return nil }
        return try XMLPartReader(stream: stream, place: place)
    }

    /// Moves to the next node; false at the end of the part.
    package func read() throws(SpreadsheetError) -> Bool {
        guard try check(xmlTextReaderRead(reader)) == 1 else { return false }
        nodeType = xmlReaderTypes(rawValue: UInt32(try check(xmlTextReaderNodeType(reader))))
        // XMLPartInput stops a DTD before libxml2 sees it; this catches one it could not spot (a UTF-16 part).
        if nodeType == XML_READER_TYPE_DOCUMENT_TYPE { throw XMLPartInput.refusal(part: part, place: place) }
        return true
    }

    package var isStartElement: Bool { nodeType == XML_READER_TYPE_ELEMENT }
    package var isEndElement: Bool { nodeType == XML_READER_TYPE_END_ELEMENT }

    /// `<x/>`: a start element with no end element to follow.
    package var isEmptyElement: Bool { xmlTextReaderIsEmptyElement(reader) == 1 }

    package var localName: String {
        xmlTextReaderConstLocalName(reader).map { String(cString: $0) } ?? ""
    }

    package var depth: Int32 { xmlTextReaderDepth(reader) }

    /// The value of the current element's unprefixed attribute `name`.
    package func attribute(_ name: String) throws(SpreadsheetError) -> String? {
        // `withCString` keeps a short name on the stack; passing the String itself would copy it to the heap.
        let found = name.withCString { chars in
            xmlTextReaderMoveToAttribute(reader, UnsafeRawPointer(chars).assumingMemoryBound(to: xmlChar.self))
        }
        guard try check(found) == 1 else { return nil }
        defer { xmlTextReaderMoveToElement(reader) }
        return xmlTextReaderConstValue(reader).map { String(cString: $0) }
    }

    /// The value of the current element's attribute with local name `name` in any namespace (`r:id` in either
    /// the transitional or the strict relationships namespace).
    package func attribute(localName name: String) throws(SpreadsheetError) -> String? {
        var found = try check(xmlTextReaderMoveToFirstAttribute(reader)) == 1
        defer { xmlTextReaderMoveToElement(reader) }
        while found {
            if xmlTextReaderIsNamespaceDecl(reader) == 0, localName == name {
                return xmlTextReaderConstValue(reader).map { String(cString: $0) }
            }
            found = try check(xmlTextReaderMoveToNextAttribute(reader)) == 1
        }
        return nil
    }

    /// The current node's qualified name as written (`x:row`; `#text` for text), owned by the reader.
    var rawName: UnsafePointer<xmlChar>? { xmlTextReaderConstName(reader) }

    /// The current node's text (of a text, CDATA, comment or processing-instruction node), valid until the reader moves.
    var rawValue: UnsafePointer<xmlChar>? { xmlTextReaderConstValue(reader) }

    /// The part's `standalone` declaration, nil when it has none; known once the first node is read.
    package var standalone: Bool? {
        switch xmlTextReaderStandalone(reader) {
        case 1: true
        case 0: false
        default: nil
        }
    }

    /// Calls `body` with the qualified name and value of each attribute of the current element, namespace
    /// declarations included, leaving the reader on the element.
    func forEachAttribute(_ body: (_ name: UnsafePointer<xmlChar>, _ value: UnsafePointer<xmlChar>) throws(SpreadsheetError)
                            -> Void) throws(SpreadsheetError) {
        var found = try check(xmlTextReaderMoveToFirstAttribute(reader)) == 1
        defer { xmlTextReaderMoveToElement(reader) }
        while found {
            if let name = rawName, let value = rawValue { try body(name, value) }
            found = try check(xmlTextReaderMoveToNextAttribute(reader)) == 1
        }
    }

    /// Reads past the current start element's content, leaving the reader on its end.
    package func skipElement() throws(SpreadsheetError) {
        if isEmptyElement { return }
        let depth = self.depth
        while try read(), !(isEndElement && self.depth == depth) {}
    }

    /// The one place xmlTextReader results are checked: -1 becomes an error with libxml2's message and line,
    /// or the input's own failure (zip error, size cap, DTD) when that is what stopped the parser.
    @discardableResult
    private func check(_ result: Int32) throws(SpreadsheetError) -> Int32 {
        guard result == -1 else { return result }
        if let failure = input.failure { throw failure }
        guard let error = xmlGetLastError(), let message = error.pointee.message else {
            throw place.error("\(part) is not readable XML")
        }
        let text = String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines)
        throw place.error("\(part) is not well-formed XML, line \(error.pointee.line): \(text)")
    }
}

/// libxml2's read callback: pulls the next bytes from the `XMLPartInput` passed as context.
private func readInput(_ context: UnsafeMutableRawPointer?, _ buffer: UnsafeMutablePointer<CChar>?, _ length: Int32) -> Int32 {
    guard let context, let buffer else { return -1 }
    let input = Unmanaged<XMLPartInput>.fromOpaque(context).takeUnretainedValue()
    return Int32(input.read(into: buffer, count: Int(length)))
}
