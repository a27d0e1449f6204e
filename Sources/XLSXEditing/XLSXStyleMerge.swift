import SpreadsheetBasics
import XMLParts

/// Brings the cell formats of a donor workbook's styles into a target workbook's styles so the donor's cells look
/// the same there. Fonts, fills, borders, number formats and cell formats the target already has (compared by what
/// they mean, not how they are spelled: Excel, LibreOffice and openpyxl each spell them their own way) are reused;
/// the rest are appended. Nothing already there is moved or renumbered, so every existing cell keeps its look.
struct XLSXStyleMerge {
    /// The target's `styleSheet`, with anything appended.
    private(set) var styleSheet: XMLElementTree
    private(set) var isChanged = false
    /// For each of the donor's cell formats (`cellXfs`, by index), the target's.
    private(set) var cellFormats: [Int] = []

    /// The order of `styleSheet`'s children in the schema.
    private static let order = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs",
                                "tableStyles", "colors", "extLst"]
    private static let firstCustomFormat = 164

    init(target: XMLElementTree, donor: XMLElementTree, place: ReadPlace) throws(SpreadsheetError) {
        styleSheet = target
        let donorFormats = Self.numberFormats(in: donor)
        var fonts = Matcher(target: Self.items(of: "fonts", in: target))
        var fills = Matcher(target: Self.items(of: "fills", in: target))
        var borders = Matcher(target: Self.items(of: "borders", in: target))
        var formatIDs = Dictionary(Self.numberFormats(in: target).map { ($0.value, $0.key) }) { first, _ in first }
        var nextFormat = max(Self.numberFormats(in: target).keys.max() ?? 0, Self.firstCustomFormat - 1) + 1
        let targetFormats = Self.numberFormats(in: target)
        var cells = Matcher(target: Self.items(of: "cellXfs", in: target).map { Self.comparable($0, formats: targetFormats) })
        let donorFonts = Self.items(of: "fonts", in: donor), donorFills = Self.items(of: "fills", in: donor)
        let donorBorders = Self.items(of: "borders", in: donor)

        for format in Self.items(of: "cellXfs", in: donor) {
            var cell = format
            func map(_ attribute: String, _ items: [XMLElementTree], _ matcher: inout Matcher,
                     _ container: String) throws(SpreadsheetError) {
                let index = Int(format.tag.attribute(attribute) ?? "0") ?? 0
                guard items.indices.contains(index) else {
                    throw place.error("the new sheets' styles have no \(attribute) \(index)")
                }
                let (target, isNew) = matcher.index(of: items[index])
                if isNew { append(items[index], to: container) }
                cell.tag.set(attribute, String(target))
            }
            try map("fontId", donorFonts, &fonts, "fonts")
            try map("fillId", donorFills, &fills, "fills")
            try map("borderId", donorBorders, &borders, "borders")
            let formatID = Int(format.tag.attribute("numFmtId") ?? "0") ?? 0
            if formatID >= Self.firstCustomFormat, let code = donorFormats[formatID] {
                if let existing = formatIDs[code] ?? Self.builtInFormats.first(where: { $0.value == code })?.key {
                    cell.tag.set("numFmtId", String(existing))
                } else {
                    formatIDs[code] = nextFormat
                    append(XMLElementTree(tag: XMLStartTag(name: "numFmt", attributes: [
                        ("numFmtId", String(nextFormat)), ("formatCode", code)])), to: "numFmts")
                    cell.tag.set("numFmtId", String(nextFormat))
                    nextFormat += 1
                }
            }
            cell.tag.set("xfId", "0")
            var allFormats = targetFormats
            for (code, id) in formatIDs { allFormats[id] = code }
            let (index, isNew) = cells.index(of: Self.comparable(cell, formats: allFormats))
            if isNew { append(cell, to: "cellXfs") }
            cellFormats.append(index)
        }
    }

    /// Appends `item` to the container (creating it in its place when the target lacks it) and updates its count.
    private mutating func append(_ item: XMLElementTree, to container: String) {
        if styleSheet.childIndex(container) == nil {
            styleSheet.insert(XMLElementTree(tag: XMLStartTag(container, prefix: styleSheet.tag.prefix)), following: Self.order)
        }
        var item = item
        item.tag.name = XMLStartTag(item.tag.localName, prefix: styleSheet.tag.prefix).name
        styleSheet.modifyChild(container) { element in
            element.children.append(.element(item))
            element.tag.set("count", String(element.elementChildren.count))
        }
        isChanged = true
    }

    private static func items(of container: String, in styleSheet: XMLElementTree) -> [XMLElementTree] {
        styleSheet.child(container)?.elementChildren ?? []
    }

    /// The custom number formats: id → format code.
    private static func numberFormats(in styleSheet: XMLElementTree) -> [Int: String] {
        var formats: [Int: String] = [:]
        for format in items(of: "numFmts", in: styleSheet) {
            if let id = format.tag.attribute("numFmtId").flatMap({ Int($0) }), let code = format.tag.attribute("formatCode") {
                formats[id] = code
            }
        }
        return formats
    }

    /// A cell format with its number format spelled out as a code, so a custom format and the built-in one with the
    /// same code compare equal (openpyxl turns one into the other).
    private static func comparable(_ format: XMLElementTree, formats: [Int: String]) -> XMLElementTree {
        var format = format
        let id = Int(format.tag.attribute("numFmtId") ?? "0") ?? 0
        format.tag.set("numFmtId", formats[id] ?? builtInFormats[id] ?? "#\(id)")
        return format
    }

    /// The built-in number formats a report can use, as openpyxl names them.
    private static let builtInFormats: [Int: String] = [
        0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 14: "mm-dd-yy",
        37: "#,##0_);(#,##0)", 38: "#,##0_);[Red](#,##0)", 39: "#,##0.00_);(#,##0.00)", 40: "#,##0.00_);[Red](#,##0.00)",
        49: "@",
    ]
}

/// Finds items equal in meaning to a donor's among a target's, remembering what it appends.
private struct Matcher {
    private var indexes: [String: Int] = [:]
    private var count: Int

    init(target: [XMLElementTree]) {
        count = target.count
        for (index, item) in target.enumerated() where indexes[StyleKey.of(item)] == nil {
            indexes[StyleKey.of(item)] = index
        }
    }

    /// The target index of an item like `item`, and whether it is new (to be appended at that index).
    mutating func index(of item: XMLElementTree) -> (Int, isNew: Bool) {
        let key = StyleKey.of(item)
        if let index = indexes[key] { return (index, false) }
        indexes[key] = count
        count += 1
        return (count - 1, true)
    }
}

/// A style element written so that spellings with the same meaning come out the same: prefixes and namespace
/// declarations dropped, attributes and children sorted, `true`/`false` as `1`/`0`, `<b val="1"/>` as `<b/>`, and
/// the attributes that only restate a default left out (`applyFont="1"`, `quotePrefix="0"`).
private enum StyleKey {
    private static let flagElements: Set = ["b", "i", "strike", "outline", "shadow", "condense", "extend"]
    private static let falseByDefault: Set = ["pivotButton", "quotePrefix", "hidden"]

    static func of(_ element: XMLElementTree) -> String {
        let name = element.tag.localName
        var attributes: [String] = []
        for (qualified, value) in element.tag.attributes where qualified != "xmlns" && !qualified.hasPrefix("xmlns:") {
            let attribute = XMLStartTag(name: qualified).localName
            let normalized = value == "true" ? "1" : value == "false" ? "0" : value
            if flagElements.contains(name), attribute == "val", normalized == "1" { continue }
            if attribute.hasPrefix("apply"), normalized == "1" { continue }
            if falseByDefault.contains(attribute), normalized == "0" { continue }
            attributes.append("\(attribute)=\(normalized)")
        }
        let children = element.elementChildren.map(of).sorted()
        return "<\(name) \(attributes.sorted().joined(separator: " "))>\(children.joined())</\(name)>"
    }
}
