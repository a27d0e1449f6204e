import CLibXML2
import Foundation

/// A part's XML written to a file with libxml2's xmlTextWriter; owns the writer and frees it (closing the file) in
/// `deinit`. Names go out exactly as given, prefixes and namespace declarations included; text and attribute values
/// are escaped by libxml2.
final class XMLPartWriter {
    private let writer: OpaquePointer
    /// The part being written, for messages.
    private let part: String
    private let place: ReadPlace

    init(path: String, part: String, place: ReadPlace) throws(SpreadsheetError) {
        self.part = part
        self.place = place
        xmlResetLastError()
        guard let writer = xmlNewTextWriterFilename(path, 0) else {
            throw place.error("cannot create the temporary file \(path) for the new \(part)")
        }
        self.writer = writer
    }

    deinit {
        xmlFreeTextWriter(writer)
    }

    /// The XML declaration, in UTF-8.
    func startDocument(standalone: Bool?) throws(SpreadsheetError) {
        if let standalone {
            try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", standalone ? "yes" : "no"))
        } else {
            try check(xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil))
        }
    }

    /// Closes what is open and pushes everything to the file.
    func finish() throws(SpreadsheetError) {
        try check(xmlTextWriterEndDocument(writer))
        try check(xmlTextWriterFlush(writer))
    }

    func start(_ tag: XMLStartTag) throws(SpreadsheetError) {
        try check(xmlTextWriterStartElement(writer, tag.name))
        for attribute in tag.attributes {
            try check(xmlTextWriterWriteAttribute(writer, attribute.name, attribute.value))
        }
    }

    /// Ends the open element: `<x/>` when nothing was written inside it.
    func end() throws(SpreadsheetError) {
        try check(xmlTextWriterEndElement(writer))
    }

    func write(_ element: XMLElementTree) throws(SpreadsheetError) {
        try start(element.tag)
        for child in element.children {
            switch child {
            case .element(let element): try write(element)
            case .leaf(let leaf): try write(leaf)
            }
        }
        try end()
    }

    func write(_ leaf: XMLLeaf) throws(SpreadsheetError) {
        switch leaf {
        case .text(let text): try check(xmlTextWriterWriteString(writer, text))
        case .cdata(let text): try check(xmlTextWriterWriteCDATA(writer, text))
        case .comment(let text): try check(xmlTextWriterWriteComment(writer, text))
        case .instruction(let target, let data): try check(xmlTextWriterWritePI(writer, target, data))
        }
    }

    /// Writes the node `reader` is on as it was read, straight from libxml2's strings (the path every unedited row
    /// takes). An empty element stays empty; an end tag is written in full, so `<v></v>` stays so too.
    func copyNode(of reader: XMLPartReader) throws(SpreadsheetError) {
        switch reader.nodeType {
        case XML_READER_TYPE_ELEMENT:
            try check(xmlTextWriterStartElement(writer, reader.rawName))
            try reader.forEachAttribute { name, value throws(SpreadsheetError) in
                try check(xmlTextWriterWriteAttribute(writer, name, value))
            }
            if reader.isEmptyElement { try end() }
        case XML_READER_TYPE_END_ELEMENT:
            try check(xmlTextWriterFullEndElement(writer))
        case XML_READER_TYPE_TEXT, XML_READER_TYPE_WHITESPACE, XML_READER_TYPE_SIGNIFICANT_WHITESPACE:
            try check(xmlTextWriterWriteString(writer, reader.rawValue))
        case XML_READER_TYPE_CDATA:
            try check(xmlTextWriterWriteCDATA(writer, reader.rawValue))
        case XML_READER_TYPE_COMMENT:
            try check(xmlTextWriterWriteComment(writer, reader.rawValue))
        case XML_READER_TYPE_PROCESSING_INSTRUCTION:
            try check(xmlTextWriterWritePI(writer, reader.rawName, reader.rawValue))
        default:
            break  // entity references cannot occur: the reader refuses DTDs, and character references arrive as text
        }
    }

    /// The one place xmlTextWriter results are checked: a negative result becomes an error with libxml2's message.
    private func check(_ result: Int32) throws(SpreadsheetError) {
        guard result < 0 else { return }
        let reason = xmlGetLastError()?.pointee.message
            .map { String(cString: $0).trimmingCharacters(in: .whitespacesAndNewlines) }
        throw place.error("cannot write the new \(part): \(reason ?? "the disk may be full")")
    }
}
