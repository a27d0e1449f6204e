import CLibXML2
import Foundation
import SpreadsheetBasics
import ZipParts

/// A SAX parse of one streamed part of the archive: libxml2's push parser fed with the bytes a `ZipEntryStream`
/// inflates, handing each element and piece of text to an `XMLEventHandler` (through its `XMLEventBox`) as libxml2's
/// own bytes, without building nodes or Strings. Owns the parser context and frees it in `deinit`.
///
/// Hardened as `XMLPartReader` is: no network access, entities never expanded, no DTD loaded, and a part with any DTD
/// at all refused. Elements are matched by local name, so strict and transitional OOXML read alike.
package final class XMLPartParser {
    private let context: xmlParserCtxtPtr
    private let input: XMLPartInput
    private let handler: any XMLEventSink
    private let place: ReadPlace
    /// The first problem met: the stream's, a handler's, a DTD, or libxml2's; parsing stops at it.
    private var failure: SpreadsheetError?
    /// Whether parsing has stopped at a problem; read by every event, so kept apart from `failure` and unchecked for
    /// exclusivity (the parse runs on one thread, and callbacks only read it).
    @exclusivity(unchecked) private var stopped = false
    private var finished = false
    private let buffer: UnsafeMutableRawBufferPointer
    var part: String { input.stream.part }

    package init(stream: ZipEntryStream, place: ReadPlace, handler: any XMLEventSink) throws(SpreadsheetError) {
        _ = XMLPartReader.libraryReady
        var events = Self.events()
        guard let context = xmlCreatePushParserCtxt(&events, nil, nil, 0, stream.part) else {
            throw place.error("cannot start reading \(stream.part) as XML")
        }
        // XML_PARSE_NONET, and neither XML_PARSE_NOENT nor XML_PARSE_DTDLOAD: entities stay unexpanded, nothing is fetched.
        guard xmlCtxtUseOptions(context, Int32(XML_PARSE_NONET.rawValue)) == 0 else {
            xmlFreeParserCtxt(context)
            throw place.error("cannot start reading \(stream.part) as XML")
        }
        self.context = context
        input = XMLPartInput(stream: stream, place: place)
        self.handler = handler
        self.place = place
        buffer = .allocate(byteCount: 1 << 18, alignment: 1)
        context.pointee.userData = Unmanaged.passUnretained(self).toOpaque()
    }

    deinit {
        xmlFreeParserCtxt(context)
        buffer.deallocate()
    }

    /// Feeds the next piece of the part to the parser, whose events reach the handler before this returns; false once
    /// the whole part is parsed or parsing has stopped. Call `check` after each piece.
    package func parseNextChunk() -> Bool {
        guard !finished else { return false }
        let count = input.read(into: buffer.baseAddress!, count: buffer.count)
        guard count >= 0 else {
            stop(input.failure ?? place.error("cannot read \(part)"))
            return false
        }
        finished = count == 0
        let result = xmlParseChunk(context, buffer.baseAddress!.assumingMemoryBound(to: CChar.self), Int32(count),
                                   finished ? 1 : 0)
        check(result)
        return !finished
    }

    /// Throws the first problem met so far, if any.
    package func check() throws(SpreadsheetError) {
        if let failure { throw failure }
    }

    /// Parses the whole part.
    package func parse() throws(SpreadsheetError) {
        while parseNextChunk() { try check() }
        try check()
    }

    /// The one place libxml2's parse results are checked: a nonzero result, or a document found not well-formed,
    /// becomes an error with libxml2's message and line (unless a handler's or the input's problem stopped it).
    private func check(_ result: Int32) {
        guard !stopped, result != 0 || context.pointee.wellFormed == 0 else { return }
        guard let error = xmlCtxtGetLastError(context), let message = error.pointee.message else {
            stop(place.error("\(part) is not readable XML"))
            return
        }
        let text = String(cString: message).trimmingCharacters(in: .whitespacesAndNewlines)
        stop(place.error("\(part) is not well-formed XML, line \(error.pointee.line): \(text)"))
    }

    /// Records the first problem and stops the parser at once.
    private func stop(_ error: SpreadsheetError) {
        if failure == nil { failure = error }
        stopped = true
        finished = true
        xmlStopParser(context)
    }

    /// Calls `body` with the parser behind a callback's context, neither retained nor released: it is alive, parsing.
    private static func with(_ context: UnsafeMutableRawPointer?, _ body: (XMLPartParser) -> Void) {
        Unmanaged<XMLPartParser>.fromOpaque(context!)._withUnsafeGuaranteedRef(body)
    }

    /// An element's local name; with a prefix no namespace declares (an error libxml2 lets pass), the whole
    /// `prefix:name`, as libxml2's tree builder names it, so that it matches no name looked for.
    private func name(_ localName: UnsafePointer<xmlChar>?, _ prefix: UnsafePointer<xmlChar>?,
                      _ namespace: UnsafePointer<xmlChar>?) -> UnsafePointer<xmlChar>? {
        guard let prefix, namespace == nil else { return localName }
        return xmlDictQLookup(context.pointee.dict, prefix, localName)
    }

    private func text(_ bytes: UnsafePointer<xmlChar>?, _ count: Int32, isCDATA: Bool) {
        guard !stopped, let bytes else { return }
        do throws(SpreadsheetError) {
            try handler.text(UnsafeBufferPointer(start: bytes, count: Int(count)), isCDATA: isCDATA)
        } catch {
            stop(error)
        }
    }

    /// libxml2's SAX2 callbacks, each passing its event on to the parser's handler until the parse has stopped.
    private static func events() -> xmlSAXHandler {
        var events = xmlSAXHandler()
        events.initialized = UInt32(XML_SAX2_MAGIC)
        events.startElementNs = { context, localName, prefix, namespace, _, _, count, _, attributes in
            XMLPartParser.with(context) { parser in
                guard !parser.stopped, let name = parser.name(localName, prefix, namespace) else { return }
                do throws(SpreadsheetError) {
                    try parser.handler.startElement(XMLStartElement(localName: name, attributes: attributes,
                                                                    count: Int(count)))
                } catch {
                    parser.stop(error)
                }
            }
        }
        events.endElementNs = { context, localName, prefix, namespace in
            XMLPartParser.with(context) { parser in
                guard !parser.stopped, let name = parser.name(localName, prefix, namespace) else { return }
                do throws(SpreadsheetError) { try parser.handler.endElement(name) } catch { parser.stop(error) }
            }
        }
        events.characters = { context, bytes, count in
            XMLPartParser.with(context) { $0.text(bytes, count, isCDATA: false) }
        }
        events.ignorableWhitespace = events.characters
        events.cdataBlock = { context, bytes, count in
            XMLPartParser.with(context) { $0.text(bytes, count, isCDATA: true) }
        }
        events.comment = { context, _ in XMLPartParser.with(context) { $0.handler.textBreak() } }
        events.processingInstruction = { context, _, _ in XMLPartParser.with(context) { $0.handler.textBreak() } }
        // XMLPartInput stops a DTD before libxml2 sees it; this catches one it could not spot (a UTF-16 part).
        events.internalSubset = { context, _, _, _ in
            XMLPartParser.with(context) { $0.stop(XMLPartInput.refusal(part: $0.part, place: $0.place)) }
        }
        // Errors are reported through `check`, not printed on stderr.
        events.serror = { _, _ in }
        return events
    }
}
