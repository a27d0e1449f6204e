import SpreadsheetBasics
import XMLParts

/// Streams a donor sheet into the part that replaces a target sheet: cell, row and column formats renumbered into
/// the target's styles, shared strings written inline (the target has its own table), table relationships renamed,
/// the tab selected only if the replaced sheet's was, and the replaced sheet's drawings placed where the schema
/// wants them. Everything else goes through as read.
struct XLSXTransplantedSheet {
    let reader: XMLPartReader
    let writer: XMLPartWriter
    /// Donor cell format index → target cell format index.
    let cellFormats: [Int]
    let sharedStrings: [String]
    /// Donor relationship id of each table → its id in the new sheet's relationships.
    let tableRelationships: [String: String]
    let replaced: XLSXReplacedSheet?

    func run() throws(SpreadsheetError) {
        var started = false, drawingsWritten = false
        func writeDrawings() throws(SpreadsheetError) {
            guard !drawingsWritten else { return }
            drawingsWritten = true
            for drawing in replaced?.drawings ?? [] { try writer.write(drawing) }
        }
        while try reader.read() {
            if !started {
                try writer.startDocument(standalone: reader.standalone)
                started = true
            }
            if reader.isStartElement {
                switch reader.localName {
                case "c":
                    if try reader.attribute("t") == "s" {
                        try writer.write(try inlineString(reader.elementTree()))
                        continue
                    }
                    if try copy(styleAttribute: "s") { continue }
                case "row":
                    if try copy(styleAttribute: "s") { continue }
                case "col":
                    if try copy(styleAttribute: "style") { continue }
                case "sheetView":
                    var tag = try reader.startTag()
                    tag.remove(["tabSelected"])
                    if replaced?.isTabSelected == true { tag.set("tabSelected", "1") }
                    try start(tag)
                    continue
                case "tablePart":
                    var tag = try reader.startTag()
                    if let (name, id) = tag.attributes.first(where: { XMLStartTag(name: $0.name).localName == "id" }) {
                        guard let renamed = tableRelationships[id] else {
                            throw reader.place.error("\(reader.part) names table relationship \(id), which it does not have")
                        }
                        tag.set(name, renamed)
                    }
                    try start(tag)
                    continue
                case "tableParts" where reader.depth == 1, "extLst" where reader.depth == 1:
                    try writeDrawings()
                default:
                    break
                }
            } else if reader.isEndElement, reader.depth == 0 {
                try writeDrawings()
            }
            try writer.copyNode(of: reader)
        }
        try writer.finish()
    }

    /// Writes the start tag the reader is on with its style attribute renumbered; false when it has none.
    private func copy(styleAttribute name: String) throws(SpreadsheetError) -> Bool {
        guard let value = try reader.attribute(name) else { return false }
        try writer.copyStartTag(of: reader, setting: name, to: try targetFormat(value))
        return true
    }

    private func start(_ tag: XMLStartTag) throws(SpreadsheetError) {
        try writer.start(tag)
        if reader.isEmptyElement { try writer.end() }
    }

    private func targetFormat(_ value: String) throws(SpreadsheetError) -> String {
        guard let index = Int(value), cellFormats.indices.contains(index) else {
            throw reader.place.error("\(reader.part) uses cell format \(value), which its styles lack")
        }
        return String(cellFormats[index])
    }

    /// A shared-string cell as an inline-string cell with the same text and a renumbered format.
    private func inlineString(_ cell: XMLElementTree) throws(SpreadsheetError) -> XMLElementTree {
        var cell = cell
        let value = cell.child("v").map { element in
            element.children.compactMap { node -> String? in
                if case .leaf(.text(let text)) = node { return text }
                return nil
            }.joined()
        } ?? ""
        guard let index = Int(value), sharedStrings.indices.contains(index) else {
            throw reader.place.error("\(reader.part) refers to shared string \(value), which the file lacks")
        }
        cell.tag.set("t", "inlineStr")
        if let style = cell.tag.attribute("s") { cell.tag.set("s", try targetFormat(style)) }
        let text = sharedStrings[index]
        var textTag = XMLStartTag(name: "t")
        if text.first?.isWhitespace == true || text.last?.isWhitespace == true { textTag.set("xml:space", "preserve") }
        cell.children = [.element(XMLElementTree(tag: XMLStartTag(name: "is"),
                                                 children: [.element(XMLElementTree(tag: textTag, children: [.leaf(.text(text))]))]))]
        return cell
    }
}
