import SpreadsheetBasics
import XLSXReading
import XMLParts
import ZipParts

/// A workbook this library wrote whose sheets a transplant moves into another: its sheets, defined names, shared
/// strings and styles, read once.
struct XLSXDonorWorkbook {
    let archive: ZipArchive
    let sheets: [XLSXPackageSheet]
    let definedNames: [XMLElementTree]
    let sharedStrings: [String]
    /// The donor's `styleSheet`.
    let styles: XMLElementTree

    init(path: String, place: ReadPlace) throws(SpreadsheetError) {
        archive = try ZipArchive(path: path, place: place)
        let (_, workbook, relationships) = try XLSXPackageSheet.workbook(in: archive, place: place)
        sheets = XLSXPackageSheet.sheets(of: workbook.root, relationships: relationships)
        definedNames = workbook.root.child("definedNames")?.elementChildren ?? []
        guard let stylesPart = relationships.relationships.first(where: { $0.type == "styles" })?.target,
              let styles = try XMLDocumentPart.read(stylesPart, in: archive, place: place) else {
            throw place.error("has no styles part")
        }
        self.styles = styles.root
        if let part = relationships.relationships.first(where: { $0.type == "sharedStrings" })?.target {
            sharedStrings = try XLSXSharedStrings.read(part, in: archive, limits: .standard)
        } else {
            sharedStrings = []
        }
    }
}

/// A `<sheet>` of a workbook part: its name, position, part and visibility.
struct XLSXPackageSheet {
    var name: String
    var index: Int
    var part: String
    var state: String?

    /// The sheets a workbook part lists, in order, with the parts their relationships name.
    static func sheets(of workbook: XMLElementTree, relationships: PackageRelationships) -> [XLSXPackageSheet] {
        let entries = workbook.child("sheets")?.elementChildren ?? []
        return entries.enumerated().compactMap { index, sheet in
            guard let name = sheet.tag.attribute("name"), let id = sheet.attribute(localName: "id"),
                  let part = relationships.relationship(id)?.target else { return nil }
            return XLSXPackageSheet(name: name, index: index, part: part, state: sheet.tag.attribute("state"))
        }
    }

    /// The workbook part's path, its tree and its relationships.
    static func workbook(in archive: ZipArchive, place: ReadPlace) throws(SpreadsheetError)
        -> (String, XMLDocumentPart, PackageRelationships) {
        let root = try PackageRelationships.read(of: "", in: archive, place: place)
        let part = root.relationships.first { $0.type == "officeDocument" }?.target ?? "xl/workbook.xml"
        guard let workbook = try XMLDocumentPart.read(part, in: archive, place: place) else {
            throw place.error("is not an XLSX file: it has no \(part)")
        }
        return (part, workbook, try PackageRelationships.read(of: part, in: archive, place: place))
    }
}
