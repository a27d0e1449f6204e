import SpreadsheetBasics
import XMLParts
import ZipParts

/// What a sheet being replaced by a transplant passes on to the new one: whether its tab was selected (so the
/// workbook does not open with two tabs selected, or none), and the drawings the user placed on it (charts,
/// pictures, the shapes of comments), which keep their relationships.
struct XLSXReplacedSheet {
    var isTabSelected = false
    /// `drawing`, `legacyDrawing`, `legacyDrawingHF` and `picture`, in order, each naming its relationship as `r:id`.
    var drawings: [XMLElementTree] = []

    /// The relationship ids the drawings name.
    var drawingRelationshipIDs: Set<String> {
        Set(drawings.compactMap { $0.attribute(localName: "id") })
    }

    var hasCommentShapes: Bool {
        drawings.contains { $0.tag.localName == "legacyDrawing" }
    }

    private static let drawingElements: Set = ["drawing", "legacyDrawing", "legacyDrawingHF", "picture"]

    /// Streams the sheet part once, keeping only what is passed on.
    init(part: String, in archive: ZipArchive, place: ReadPlace) throws(SpreadsheetError) {
        guard let reader = try XMLPartReader.open(part, in: archive, limits: .standard, place: place) else { return }
        while try reader.read() {
            guard reader.isStartElement else { continue }
            if reader.localName == "sheetView" {
                let selected = try reader.attribute("tabSelected")
                isTabSelected = isTabSelected || selected == "1" || selected == "true"
            } else if reader.depth == 1, reader.localName == "sheetData" {
                try reader.skipElement()
            } else if reader.depth == 1, Self.drawingElements.contains(reader.localName) {
                drawings.append(Self.unprefixed(try reader.elementTree()))
            }
        }
    }

    /// The element in the main namespace without a prefix, its relationship id as `r:id` with `r` declared on it, so
    /// it reads the same inside the new sheet whatever prefixes the old one used.
    private static func unprefixed(_ element: XMLElementTree) -> XMLElementTree {
        var tag = XMLStartTag(name: element.tag.localName)
        for (name, value) in element.tag.attributes where name != "xmlns" && !name.hasPrefix("xmlns:") {
            let local = XMLStartTag(name: name).localName
            tag.attributes.append(local == "id" && name.contains(":") ? ("r:id", value) : (name, value))
        }
        if tag.attribute("r:id") != nil {
            tag.attributes.insert(("xmlns:r", PackageRelationships.officeDocumentNamespace), at: 0)
        }
        return XMLElementTree(tag: tag)
    }
}
