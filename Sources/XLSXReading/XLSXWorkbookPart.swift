import SpreadsheetBasics
import XMLParts
import ZipParts

/// What the reader needs from the package structure: `_rels/.rels` → the workbook part → its sheets, shared
/// strings and styles (through `xl/_rels/workbook.xml.rels`), and the date system. Relationship types are matched
/// by their last path segment, so the transitional and strict namespaces read alike.
package struct XLSXWorkbookPart {
    /// Worksheets in workbook order, with their part paths.
    var sheets: [(name: String, part: String)] = []
    var sharedStringsPart: String?
    var stylesPart: String?
    var uses1904Dates = false

    package init(archive: ZipArchive, limits: XLSXReadLimits) throws(SpreadsheetError) {
        let root = try Self.relationships(of: "", archive: archive, limits: limits)
        let workbook = root.first { $0.type == "officeDocument" }?.target ?? "xl/workbook.xml"
        var targets: [String: String] = [:]
        for relationship in try Self.relationships(of: workbook, archive: archive, limits: limits) {
            switch relationship.type {
            case "worksheet": targets[relationship.id] = relationship.target
            case "sharedStrings": sharedStringsPart = relationship.target
            case "styles": stylesPart = relationship.target
            default: break
            }
        }
        guard let reader = try XMLPartReader.open(workbook, in: archive, limits: limits) else {
            throw archive.place.error("is not an XLSX file: it has no \(workbook) (is it another kind of zip file?)")
        }
        while try reader.read() {
            guard reader.isStartElement else { continue }
            switch reader.localName {
            case "workbookPr":
                let date1904 = try reader.attribute("date1904")
                uses1904Dates = date1904 == "1" || date1904 == "true"
            case "sheet":
                // Chart sheets and macro sheets have other relationship types; they hold no cells and are left out.
                if let name = try reader.attribute("name"), let id = try reader.attribute(localName: "id"),
                   let part = targets[id] {
                    sheets.append((name, part))
                }
            default:
                break
            }
        }
    }

    /// The sheet called `name` (matched exactly, else ignoring case), or an error listing the sheets there are.
    package func sheet(named name: String, place: ReadPlace) throws(SpreadsheetError) -> (name: String, part: String) {
        guard let sheet = sheets.first(where: { $0.name == name })
                ?? sheets.first(where: { $0.name.lowercased() == name.lowercased() }) else {
            let names = sheets.map { "\"\($0.name)\"" }.joined(separator: ", ")
            throw place.error("has no sheet named \"\(name)\" (it has \(names))")
        }
        return sheet
    }

    private struct Relationship {
        var id: String
        /// The last segment of the type URI: `worksheet`, `sharedStrings`, `styles`, `officeDocument`.
        var type: String
        /// The target part's path inside the archive.
        var target: String
    }

    /// The internal relationships of `part` ("" for the package itself), from its `_rels/….rels` part.
    private static func relationships(of part: String, archive: ZipArchive,
                                      limits: XLSXReadLimits) throws(SpreadsheetError) -> [Relationship] {
        let folder = part.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
        let name = part.split(separator: "/").last.map(String.init) ?? ""
        let relsPart = (folder.isEmpty ? "" : folder + "/") + "_rels/\(name).rels"
        guard let reader = try XMLPartReader.open(relsPart, in: archive, limits: limits) else { return [] }
        var relationships: [Relationship] = []
        while try reader.read() {
            guard reader.isStartElement, reader.localName == "Relationship", try reader.attribute("TargetMode") != "External",
                  let id = try reader.attribute("Id"), let type = try reader.attribute("Type"),
                  let target = try reader.attribute("Target") else { continue }
            relationships.append(Relationship(id: id, type: String(type.split(separator: "/").last ?? ""),
                                              target: resolve(target, from: folder)))
        }
        return relationships
    }

    /// A relationship target as an archive path: absolute (`/xl/worksheets/sheet1.xml`) or relative to `folder`,
    /// with `.` and `..` segments resolved.
    package static func resolve(_ target: String, from folder: String) -> String {
        let joined = target.hasPrefix("/") ? target : folder + "/" + target
        var segments: [Substring] = []
        for segment in joined.split(separator: "/") {
            switch segment {
            case ".": continue
            case "..": _ = segments.popLast()
            default: segments.append(segment)
            }
        }
        return segments.joined(separator: "/")
    }
}
