import SpreadsheetBasics
import ZipParts

/// The bytes libxml2 parses: a zip stream, watched on the way in so that a part whose prolog has a `<!DOCTYPE`
/// fails before the parser sees the DTD (an entity bomb, or entities naming external files).
final class XMLPartInput {
    let stream: ZipEntryStream
    private let place: ReadPlace
    /// Why the last read returned -1.
    private(set) var failure: SpreadsheetError?
    private var inProlog = true
    private var afterLessThan = false
    private var doctypeMatched = 0
    private static let doctype = Array("<!DOCTYPE".utf8)

    init(stream: ZipEntryStream, place: ReadPlace) {
        self.stream = stream
        self.place = place
    }

    static func refusal(part: String, place: ReadPlace) -> SpreadsheetError {
        place.error("\(part) contains a DTD; refusing to read it, it may be an entity bomb or reference external files")
    }

    /// Fills up to `count` bytes; returns how many (0 at the end), or -1 with `failure` set.
    func read(into buffer: UnsafeMutableRawPointer, count: Int) -> Int {
        let got = stream.read(into: buffer, count: count)
        guard got >= 0 else {
            failure = stream.failure
            return -1
        }
        guard inProlog else { return got }
        for byte in UnsafeRawBufferPointer(start: buffer, count: got) {
            // The prolog ends where the root element starts: a `<` followed by neither `?` nor `!`.
            if afterLessThan, byte != UInt8(ascii: "?"), byte != UInt8(ascii: "!") {
                inProlog = false
                break
            }
            afterLessThan = byte == UInt8(ascii: "<")
            doctypeMatched = byte == Self.doctype[doctypeMatched] ? doctypeMatched + 1 : (afterLessThan ? 1 : 0)
            if doctypeMatched == Self.doctype.count {
                failure = Self.refusal(part: stream.part, place: place)
                return -1
            }
        }
        return got
    }
}
