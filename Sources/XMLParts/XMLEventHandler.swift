import CLibXML2
import SpreadsheetBasics

/// What an `XMLPartParser` hands its events to, as a value inside an `XMLEventBox`: each event is one mutating call,
/// however much state it touches. Names and text are libxml2's bytes, valid only during the call. An error thrown
/// stops the parse; the parser's `check` throws it.
package protocol XMLEventHandler {
    mutating func startElement(_ element: XMLStartElement) throws(SpreadsheetError)
    mutating func endElement(_ localName: UnsafePointer<xmlChar>) throws(SpreadsheetError)
    /// Character data, in as many pieces as libxml2 likes; `isCDATA` for a CDATA section.
    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>, isCDATA: Bool) throws(SpreadsheetError)
    /// A comment or processing instruction: the text on either side of it makes two text nodes.
    mutating func textBreak()
}

/// The parser's side of an `XMLEventBox`, whatever handler it holds.
package protocol XMLEventSink: AnyObject {
    func startElement(_ element: XMLStartElement) throws(SpreadsheetError)
    func endElement(_ localName: UnsafePointer<xmlChar>) throws(SpreadsheetError)
    func text(_ bytes: UnsafeBufferPointer<UInt8>, isCDATA: Bool) throws(SpreadsheetError)
    func textBreak()
}

/// Holds an event handler for the parser to call and its owner to read once the part is parsed.
package final class XMLEventBox<Handler: XMLEventHandler>: XMLEventSink {
    /// Unchecked: a parse runs on one thread, and each event is one call that touches nothing else of the box, so
    /// the run-time check that would guard every event finds nothing to catch.
    @exclusivity(unchecked) package var handler: Handler

    package init(_ handler: Handler) {
        self.handler = handler
    }

    package func startElement(_ element: XMLStartElement) throws(SpreadsheetError) { try handler.startElement(element) }
    package func endElement(_ localName: UnsafePointer<xmlChar>) throws(SpreadsheetError) { try handler.endElement(localName) }
    package func text(_ bytes: UnsafeBufferPointer<UInt8>, isCDATA: Bool) throws(SpreadsheetError) {
        try handler.text(bytes, isCDATA: isCDATA)
    }
    package func textBreak() { handler.textBreak() }
}
