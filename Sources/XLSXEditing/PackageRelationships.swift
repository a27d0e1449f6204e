import SpreadsheetBasics
import XLSXReading
import XMLParts
import ZipParts

/// The relationships of one part of a package (its `_rels/NAME.rels` part), read for editing: what a workbook's
/// sheets and styles are, what a sheet's tables and drawings are.
struct PackageRelationships {
    /// One relationship; `type` is the last segment of its URI (`worksheet`, `table`, `calcChain`).
    struct Relationship {
        var id: String
        var type: String
        /// The target's path inside the archive (for internal targets).
        var target: String
        var isExternal: Bool
    }

    /// The `.rels` part.
    let part: String
    /// The folder relative targets start from: the folder of the part these relationships belong to.
    let folder: String
    private(set) var document: XMLDocumentPart
    /// Whether anything was added or removed since it was read.
    private(set) var isChanged = false

    /// The namespace of `r:id` attributes, and the start of every office-document relationship type.
    static let officeDocumentNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let officeDocumentTypes = officeDocumentNamespace + "/"
    private static let namespace = "http://schemas.openxmlformats.org/package/2006/relationships"

    /// The relationships of `source` (a part path; "" for the package), empty when it has none.
    static func read(of source: String, in archive: ZipArchive, place: ReadPlace) throws(SpreadsheetError) -> PackageRelationships {
        let folder = source.split(separator: "/").dropLast().joined(separator: "/")
        let part = partName(of: source)
        let document = try XMLDocumentPart.read(part, in: archive, place: place)
            ?? XMLDocumentPart(root: XMLElementTree(tag: XMLStartTag(name: "Relationships", attributes: [("xmlns", namespace)])),
                               standalone: true)
        return PackageRelationships(part: part, folder: folder, document: document)
    }

    /// The `.rels` part of `source`: `xl/worksheets/_rels/sheet1.xml.rels` for `xl/worksheets/sheet1.xml`.
    static func partName(of source: String) -> String {
        let segments = source.split(separator: "/").map(String.init)
        let folder = segments.dropLast().joined(separator: "/")
        return (folder.isEmpty ? "" : folder + "/") + "_rels/\(segments.last ?? "").rels"
    }

    var relationships: [Relationship] {
        document.root.elementChildren.compactMap { element in
            guard element.tag.localName == "Relationship", let id = element.tag.attribute("Id"),
                  let type = element.tag.attribute("Type"), let target = element.tag.attribute("Target") else { return nil }
            let isExternal = element.tag.attribute("TargetMode") == "External"
            return Relationship(id: id, type: String(type.split(separator: "/").last ?? ""),
                                target: isExternal ? target : XLSXWorkbookPart.resolve(target, from: folder),
                                isExternal: isExternal)
        }
    }

    /// The relationship with this id.
    func relationship(_ id: String) -> Relationship? {
        relationships.first { $0.id == id }
    }

    /// Adds a relationship of the office-document `type` (`worksheet`, `table`) to the part at `target` (an archive
    /// path); returns its new id.
    mutating func add(type: String, target: String) -> String {
        let taken = Set(relationships.map(\.id))
        var number = relationships.count + 1
        while taken.contains("rId\(number)") { number += 1 }
        let id = "rId\(number)"
        let tag = XMLStartTag(name: "Relationship", attributes: [
            ("Id", id), ("Type", Self.officeDocumentTypes + type), ("Target", Self.relativePath(from: folder, to: target)),
        ])
        document.root.children.append(.element(XMLElementTree(tag: tag)))
        isChanged = true
        return id
    }

    /// Keeps only the relationships for which `isKept` is true.
    mutating func keep(where isKept: (Relationship) -> Bool) {
        let removed = Set(relationships.filter { !isKept($0) }.map(\.id))
        guard !removed.isEmpty else { return }
        document.root.removeChildren { $0.tag.localName == "Relationship" && removed.contains($0.tag.attribute("Id") ?? "") }
        isChanged = true
    }

    /// `target` written relative to `folder` (`../tables/table1.xml` from `xl/worksheets`).
    static func relativePath(from folder: String, to target: String) -> String {
        let from = folder.split(separator: "/"), to = target.split(separator: "/")
        let shared = zip(from, to.dropLast()).prefix { $0 == $1 }.count
        return (Array(repeating: "..", count: from.count - shared) + to[shared...].map(String.init)).joined(separator: "/")
    }
}

/// `[Content_Types].xml`, read for editing: the content type of each part that has its own.
struct PackageContentTypes {
    static let part = "[Content_Types].xml"
    private(set) var document: XMLDocumentPart

    static let worksheet = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
    static let table = "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"

    init(archive: ZipArchive, place: ReadPlace) throws(SpreadsheetError) {
        guard let document = try XMLDocumentPart.read(Self.part, in: archive, place: place) else {
            throw place.error("is not an XLSX file: it has no \(Self.part)")
        }
        self.document = document
    }

    /// The parts (archive paths, without the leading `/`) whose content type ends with `suffix`.
    func parts(withTypeEnding suffix: String) -> [String] {
        document.root.elementChildren.compactMap { element in
            guard element.tag.localName == "Override", let name = element.tag.attribute("PartName"),
                  element.tag.attribute("ContentType")?.hasSuffix(suffix) == true else { return nil }
            return String(name.drop { $0 == "/" })
        }
    }

    mutating func addOverride(_ part: String, contentType: String) {
        document.root.children.append(.element(XMLElementTree(tag: XMLStartTag(name: "Override", attributes: [
            ("PartName", "/" + part), ("ContentType", contentType),
        ]))))
    }

    mutating func removeOverride(_ part: String) {
        let name = "/" + part.lowercased()
        document.root.removeChildren { $0.tag.localName == "Override" && $0.tag.attribute("PartName")?.lowercased() == name }
    }
}
