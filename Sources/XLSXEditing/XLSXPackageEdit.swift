import Foundation
import SpreadsheetBasics
import XMLParts
import ZipParts

/// The edits of one transplant, gathered part by part before anything is written: the new contents of the parts
/// that change (as files in a temporary folder), the parts added and the parts removed.
struct XLSXPackageEdit {
    private let target: ZipArchive
    private let place: ReadPlace
    private let partsFolder: String

    private let workbookPart: String
    private var workbook: XMLDocumentPart
    private var workbookRelationships: PackageRelationships
    private var contentTypes: PackageContentTypes
    private let stylesPart: String
    private var styles: XMLDocumentPart
    private var stylesChanged = false

    /// Part name (lower-cased) → the file holding its new contents.
    private var replaced: [String: (part: String, file: String)] = [:]
    private var added: [(part: String, file: String)] = []
    private var removed: Set<String> = []
    /// Every part name in use, lower-cased, to choose new ones.
    private var partNames: Set<String>
    private var tableIDs: Set<Int> = []
    /// Table and defined names in use, lower-cased (they share one namespace in Excel).
    private var names: Set<String> = []
    /// The names of the sheets moved in, lower-cased.
    private var movedSheets: Set<String> = []

    private static let strictNamespace = "http://purl.oclc.org/ooxml/spreadsheetml/main"
    private static let workbookOrder = ["fileVersion", "fileSharing", "workbookPr", "workbookProtection", "bookViews",
                                        "sheets", "functionGroups", "externalReferences", "definedNames", "calcPr",
                                        "oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes",
                                        "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst"]

    init(target path: String, partsFolder: String, place: ReadPlace) throws(SpreadsheetError) {
        self.place = place
        self.partsFolder = partsFolder
        target = try ZipArchive(path: path, place: place)
        partNames = Set(target.partNames.map { $0.lowercased() })

        (workbookPart, workbook, workbookRelationships) = try XLSXPackageSheet.workbook(in: target, place: place)
        if workbook.root.tag.attributes.contains(where: { $0.value == Self.strictNamespace }) {
            throw place.error("is saved as Strict Open XML, which refresh cannot edit; save it as an Excel Workbook (.xlsx) and try again")
        }
        contentTypes = try PackageContentTypes(archive: target, place: place)
        guard let stylesPart = workbookRelationships.relationships.first(where: { $0.type == "styles" })?.target,
              let styles = try XMLDocumentPart.read(stylesPart, in: target, place: place) else {
            throw place.error("has no styles part (xl/styles.xml); open it in a spreadsheet program, save it, and try again")
        }
        self.stylesPart = stylesPart
        self.styles = styles

        for definedName in workbook.root.child("definedNames")?.elementChildren ?? [] {
            if let name = definedName.tag.attribute("name") { names.insert(name.lowercased()) }
        }
        for part in contentTypes.parts(withTypeEnding: "spreadsheetml.table+xml") {
            guard let table = try XMLDocumentPart.read(part, in: target, place: place) else { continue }
            if let id = table.root.tag.attribute("id").flatMap({ Int($0) }) { tableIDs.insert(id) }
            for attribute in ["name", "displayName"] {
                if let name = table.root.tag.attribute(attribute) { names.insert(name.lowercased()) }
            }
        }
    }

    // MARK: Sheets

    /// Moves the sheets called `names` from `donor`, with its styles and its names, into the target.
    mutating func transplant(_ names: [String], from donor: XLSXDonorWorkbook) throws(SpreadsheetError) {
        let merge = try XLSXStyleMerge(target: styles.root, donor: donor.styles, place: place)
        styles.root = merge.styleSheet
        stylesChanged = stylesChanged || merge.isChanged
        var sheetIndexes: [(donor: Int, target: Int)] = []
        for name in names {
            sheetIndexes.append(try transplant(name, from: donor, cellFormats: merge.cellFormats))
            movedSheets.insert(name.lowercased())
        }
        updateDefinedNames(from: donor, sheetIndexes: sheetIndexes)
    }

    /// Replaces the target's sheet called `name` (ignoring case) with the donor's, or adds it after the last sheet;
    /// returns the donor's and the target's index of the sheet.
    private mutating func transplant(_ name: String, from donor: XLSXDonorWorkbook,
                                     cellFormats: [Int]) throws(SpreadsheetError) -> (donor: Int, target: Int) {
        guard let donorSheet = donor.sheets.first(where: { $0.name == name }) else {
            throw donor.archive.place.error("has no sheet named \"\(name)\"")
        }
        var sheetPlace = place
        sheetPlace.sheet = name
        let targetSheets = XLSXPackageSheet.sheets(of: workbook.root, relationships: workbookRelationships)
        let part: String, index: Int
        var relationships: PackageRelationships
        var previous: XLSXReplacedSheet?
        var reusableTableNames: [String] = []
        if let existing = targetSheets.first(where: { $0.name.lowercased() == name.lowercased() }) {
            part = existing.part
            index = existing.index
            let replacedSheet = try XLSXReplacedSheet(part: part, in: target, place: sheetPlace)
            previous = replacedSheet
            relationships = try PackageRelationships.read(of: part, in: target, place: sheetPlace)
            for table in relationships.relationships where table.type == "table" && !table.isExternal {
                if let old = try XMLDocumentPart.read(table.target, in: target, place: sheetPlace),
                   let oldName = old.root.tag.attribute("displayName") ?? old.root.tag.attribute("name") {
                    reusableTableNames.append(oldName)
                    names.remove(oldName.lowercased())
                }
                remove(table.target)
                remove(PackageRelationships.partName(of: table.target))
                contentTypes.removeOverride(table.target)
            }
            let kept = replacedSheet.drawingRelationshipIDs
            relationships.keep { relationship in
                kept.contains(relationship.id)
                    || (replacedSheet.hasCommentShapes && ["comments", "threadedComments"].contains(relationship.type))
            }
        } else {
            part = newPartName("xl/worksheets/sheet", extension: "xml")
            index = targetSheets.count
            relationships = try PackageRelationships.read(of: part, in: target, place: sheetPlace)
            addSheetEntry(name: name, part: part, state: donorSheet.state)
            contentTypes.addOverride(part, contentType: PackageContentTypes.worksheet)
        }

        var tableRelationships: [String: String] = [:]
        let donorRelationships = try PackageRelationships.read(of: donorSheet.part, in: donor.archive, place: donor.archive.place)
        for table in donorRelationships.relationships where table.type == "table" {
            let tablePart = try moveTable(table.target, from: donor.archive,
                                          reusing: reusableTableNames.isEmpty ? nil : reusableTableNames.removeFirst())
            tableRelationships[table.id] = relationships.add(type: "table", target: tablePart)
        }

        let file = newFile()
        guard let reader = try XMLPartReader.open(donorSheet.part, in: donor.archive, limits: .standard,
                                                  place: donor.archive.place) else {
            throw donor.archive.place.error("has no part \(donorSheet.part)")
        }
        try XLSXTransplantedSheet(reader: reader, writer: try XMLPartWriter(path: file, part: part, place: sheetPlace),
                                  cellFormats: cellFormats, sharedStrings: donor.sharedStrings,
                                  tableRelationships: tableRelationships, replaced: previous).run()
        put(part, file: file)
        if relationships.relationships.isEmpty {
            remove(relationships.part)
        } else if relationships.isChanged || previous == nil {
            try write(relationships.document, as: relationships.part)
        }
        return (donorSheet.index, index)
    }

    /// Copies a donor table into a new part with an id and a name unique in the target; returns the new part.
    private mutating func moveTable(_ donorPart: String, from donor: ZipArchive,
                                    reusing oldName: String?) throws(SpreadsheetError) -> String {
        guard var table = try XMLDocumentPart.read(donorPart, in: donor, place: donor.place) else {
            throw donor.place.error("has no part \(donorPart)")
        }
        let id = (tableIDs.max() ?? 0) + 1
        tableIDs.insert(id)
        var name = oldName ?? table.root.tag.attribute("displayName") ?? "Table\(id)"
        if oldName == nil {
            let stem = name
            var number = 2
            while names.contains(name.lowercased()) {
                name = "\(stem)_\(number)"
                number += 1
            }
        }
        names.insert(name.lowercased())
        table.root.tag.set("id", String(id))
        table.root.tag.set("name", name)
        table.root.tag.set("displayName", name)
        let part = newPartName("xl/tables/table", extension: "xml")
        try write(table, as: part)
        contentTypes.addOverride(part, contentType: PackageContentTypes.table)
        return part
    }

    /// A `<sheet>` after the workbook's last one, with a new sheet id and relationship.
    private mutating func addSheetEntry(name: String, part: String, state: String?) {
        let id = workbookRelationships.add(type: "worksheet", target: part)
        workbook.root.modifyChild("sheets") { sheets in
            let sheetIDs = sheets.elementChildren.compactMap { $0.tag.attribute("sheetId").flatMap { Int($0) } }
            var tag = XMLStartTag("sheet", prefix: sheets.tag.prefix)
            tag.attributes = [("xmlns:r", PackageRelationships.officeDocumentNamespace), ("name", name),
                              ("sheetId", String((sheetIDs.max() ?? 0) + 1))]
            if let state, state != "visible" { tag.attributes.append(("state", state)) }
            tag.attributes.append(("r:id", id))
            sheets.children.append(.element(XMLElementTree(tag: tag)))
        }
    }

    // MARK: Workbook

    /// The workbook part's own edits, once every sheet is in: names, calculation, pivot caches, and the kept sheets'
    /// formula results that the moved sheets made stale.
    mutating func finishWorkbook() throws(SpreadsheetError) {
        if stylesChanged { try write(styles, as: stylesPart) }
        try removeStaleFormulaResults()
        var calculation = workbook.root.child("calcPr") ?? XMLElementTree(tag: XMLStartTag("calcPr", prefix: workbook.root.tag.prefix))
        calculation.tag.set("fullCalcOnLoad", "1")
        if workbook.root.childIndex("calcPr") == nil {
            workbook.root.insert(calculation, following: Self.workbookOrder)
        } else {
            workbook.root.modifyChild("calcPr") { $0 = calculation }
        }
        // The calculation chain lists formula cells; the new sheets' cells differ, and Excel rebuilds it anyway.
        for chain in workbookRelationships.relationships where chain.type == "calcChain" {
            remove(chain.target)
            contentTypes.removeOverride(chain.target)
        }
        workbookRelationships.keep { $0.type != "calcChain" }
        for cache in contentTypes.parts(withTypeEnding: "pivotCacheDefinition+xml") {
            try markToRefresh(cache)
        }
        try write(workbook, as: workbookPart)
        try write(workbookRelationships.document, as: workbookRelationships.part)
        try write(contentTypes.document, as: PackageContentTypes.part)
    }

    /// The moved sheets' built-in names (print titles, filters) replace the ones their target sheets had; the
    /// donor's workbook-wide names replace the target's of the same name; the user's own names stay.
    private mutating func updateDefinedNames(from donor: XLSXDonorWorkbook, sheetIndexes: [(donor: Int, target: Int)]) {
        let donorToTarget = Dictionary(sheetIndexes.map { ($0.donor, $0.target) }) { _, last in last }
        let targets = Set(sheetIndexes.map(\.target))
        var incoming: [XMLElementTree] = []
        for definedName in donor.definedNames {
            var definedName = definedName
            if let local = definedName.tag.attribute("localSheetId").flatMap({ Int($0) }) {
                guard let target = donorToTarget[local] else { continue }
                definedName.tag.set("localSheetId", String(target))
            }
            definedName.tag.name = XMLStartTag("definedName", prefix: workbook.root.tag.prefix).name
            incoming.append(definedName)
        }
        let globalNames = Set(incoming.filter { $0.tag.attribute("localSheetId") == nil }
            .compactMap { $0.tag.attribute("name")?.lowercased() })
        guard !incoming.isEmpty || workbook.root.childIndex("definedNames") != nil else { return }
        if workbook.root.childIndex("definedNames") == nil {
            workbook.root.insert(XMLElementTree(tag: XMLStartTag("definedNames", prefix: workbook.root.tag.prefix)),
                                 following: Self.workbookOrder)
        }
        workbook.root.modifyChild("definedNames") { names in
            names.removeChildren { existing in
                let name = existing.tag.attribute("name")?.lowercased() ?? ""
                if let local = existing.tag.attribute("localSheetId").flatMap({ Int($0) }) {
                    return targets.contains(local) && name.hasPrefix("_xlnm.")
                }
                return globalNames.contains(name)
            }
            names.children += incoming.map { .element($0) }
        }
    }

    /// Removes the stored formula results of the kept sheets whose formulas reach a moved sheet (see
    /// `XLSXStaleFormulaResults`), so Excel and LibreOffice both show what the new figures give.
    private mutating func removeStaleFormulaResults() throws(SpreadsheetError) {
        let kept = XLSXPackageSheet.sheets(of: workbook.root, relationships: workbookRelationships)
            .filter { !movedSheets.contains($0.name.lowercased()) }
        let formulas = try XLSXStaleFormulaResults(kept: kept, in: target, place: place)
        for sheet in formulas.staleSheets(replaced: movedSheets, names: names) {
            var sheetPlace = place
            sheetPlace.sheet = sheet.name
            guard let reader = try XMLPartReader.open(sheet.part, in: target, limits: .standard, place: sheetPlace) else { continue }
            let file = newFile()
            try XLSXStaleFormulaResults.removeResults(of: reader, to: try XMLPartWriter(path: file, part: sheet.part, place: sheetPlace))
            put(sheet.part, file: file)
        }
    }

    /// Rewrites a pivot cache definition with `refreshOnLoad="1"` on its root, so its pivot tables show the new figures.
    private mutating func markToRefresh(_ part: String) throws(SpreadsheetError) {
        guard let reader = try XMLPartReader.open(part, in: target, limits: .standard, place: place) else { return }
        let file = newFile()
        let writer = try XMLPartWriter(path: file, part: part, place: place)
        var started = false
        while try reader.read() {
            if !started {
                try writer.startDocument(standalone: reader.standalone)
                started = true
            }
            if reader.isStartElement, reader.depth == 0 {
                try writer.copyStartTag(of: reader, setting: "refreshOnLoad", to: "1")
            } else {
                try writer.copyNode(of: reader)
            }
        }
        try writer.finish()
        put(part, file: file)
    }

    // MARK: Writing

    /// Applies the edits to the archive at `path` (a copy of the target).
    func apply(to path: String) throws(SpreadsheetError) {
        let archive = try ZipArchiveUpdate(path: path, place: place)
        for part in removed { try archive.delete(part) }
        for (part, file) in replaced.values { try archive.replace(part, withContentsOf: file) }
        for (part, file) in added { try archive.add(part, withContentsOf: file) }
        try archive.close()
    }

    private mutating func write(_ document: XMLDocumentPart, as part: String) throws(SpreadsheetError) {
        let file = newFile()
        try document.write(to: file, part: part, place: place)
        put(part, file: file)
    }

    /// Records new contents for `part`: a replacement when the target has it, else an addition.
    private mutating func put(_ part: String, file: String) {
        let key = part.lowercased()
        removed.remove(key)
        if target.hasPart(part) {
            replaced[key] = (part, file)
        } else {
            added.removeAll { $0.part.lowercased() == key }
            added.append((part, file))
        }
    }

    private mutating func remove(_ part: String) {
        let key = part.lowercased()
        replaced[key] = nil
        added.removeAll { $0.part.lowercased() == key }
        if target.hasPart(part) { removed.insert(key) }
    }

    /// `stem` + the first number that makes a part name not yet in use.
    private mutating func newPartName(_ stem: String, extension suffix: String) -> String {
        var number = 1
        while partNames.contains("\(stem)\(number).\(suffix)".lowercased()) { number += 1 }
        let name = "\(stem)\(number).\(suffix)"
        partNames.insert(name.lowercased())
        return name
    }

    private func newFile() -> String {
        partsFolder + "/" + UUID().uuidString + ".xml"
    }
}
