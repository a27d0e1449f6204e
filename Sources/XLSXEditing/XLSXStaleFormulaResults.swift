import SpreadsheetBasics
import XMLParts
import ZipParts

/// The formula results a transplant makes stale on the sheets it keeps, and their removal.
///
/// A formula cell stores its last result beside its formula. Excel recalculates on open (the workbook asks it to),
/// but LibreOffice by default shows stored results as they are and calculates only cells that have none. So every
/// formula result is removed from each kept sheet whose formulas reach a replaced sheet — by its name, through
/// another such sheet, a defined name, a table, or `INDIRECT` — and both programs calculate them anew on open.
struct XLSXStaleFormulaResults {
    /// The kept sheets, their formulas' references read.
    private var sheets: [(sheet: XLSXPackageSheet, references: XLSXFormulaReferences)] = []

    /// Reads the formulas of `kept`, the sheets of the target that were not replaced.
    init(kept: [XLSXPackageSheet], in archive: ZipArchive, place: ReadPlace) throws(SpreadsheetError) {
        for sheet in kept {
            var sheetPlace = place
            sheetPlace.sheet = sheet.name
            guard let reader = try XMLPartReader.open(sheet.part, in: archive, limits: .standard, place: sheetPlace) else { continue }
            var references = XLSXFormulaReferences()
            while try reader.read() {
                guard reader.isStartElement, reader.localName == "f", !reader.isEmptyElement else { continue }
                references.add(formula: try reader.elementTree().text)
            }
            sheets.append((sheet, references))
        }
    }

    /// The kept sheets whose formula results are stale once the sheets named `replaced` change: those reaching one
    /// of them, or a sheet that does, directly or through names (`names`: defined and table names, lower-cased).
    func staleSheets(replaced: Set<String>, names: Set<String>) -> [XLSXPackageSheet] {
        var changed = Set(replaced.map { $0.lowercased() })
        var stale: Set<Int> = []
        var grew = true
        while grew {
            grew = false
            for (index, entry) in sheets.enumerated() where !stale.contains(index) {
                let references = entry.references
                guard references.usesIndirection || !references.sheets.isDisjoint(with: changed)
                        || !references.identifiers.isDisjoint(with: names) else { continue }
                stale.insert(index)
                changed.insert(entry.sheet.name.lowercased())
                grew = true
            }
        }
        return sheets.indices.filter(stale.contains).map { sheets[$0].sheet }
    }

    /// Copies the sheet part `reader` reads to `writer` with every formula cell's stored result (its `<v>` and the `t` that
    /// types it) removed, everything else as it was.
    static func removeResults(of reader: XMLPartReader, to writer: XMLPartWriter) throws(SpreadsheetError) {
        var started = false
        while try reader.read() {
            if !started {
                try writer.startDocument(standalone: reader.standalone)
                started = true
            }
            guard reader.isStartElement, reader.localName == "c", !reader.isEmptyElement else {
                try writer.copyNode(of: reader)
                continue
            }
            var cell = try reader.elementTree()
            if !cell.elements(named: "f").isEmpty {
                cell.children.removeAll { child in
                    if case .element(let element) = child { return element.tag.localName == "v" }
                    return false
                }
                cell.tag.remove(["t"])
            }
            try writer.write(cell)
        }
        try writer.finish()
    }
}

/// What a sheet's formulas refer to: sheet names (lower-cased, quotes undone), identifiers that may be defined or
/// table names (lower-cased), and whether any formula finds its cells by text (`INDIRECT`), which may reach anything.
struct XLSXFormulaReferences {
    private(set) var sheets: Set<String> = []
    private(set) var identifiers: Set<String> = []
    private(set) var usesIndirection = false

    mutating func add(formula: String) {
        var characters = Array(formula)
        characters.append(" ")
        var word = ""
        var index = 0
        while index < characters.count {
            let character = characters[index]
            switch character {
            case "\"":
                // A text literal: nothing in it refers to anything.
                index += 1
                while index < characters.count {
                    if characters[index] == "\"" {
                        if index + 1 < characters.count, characters[index + 1] == "\"" { index += 2; continue }
                        break
                    }
                    index += 1
                }
            case "'":
                var name = ""
                index += 1
                while index < characters.count {
                    if characters[index] == "'" {
                        if index + 1 < characters.count, characters[index + 1] == "'" { name.append("'"); index += 2; continue }
                        break
                    }
                    name.append(characters[index])
                    index += 1
                }
                if index + 1 < characters.count, characters[index + 1] == "!" { addSheets(name) }
            case "!":
                addSheets(word)
                word = ""
            default:
                if character.isLetter || character.isNumber || "_.\\:[]".contains(character) {
                    word.append(character)
                } else {
                    addIdentifiers(word)
                    word = ""
                }
            }
            index += 1
        }
    }

    /// `Sheet1`, `Jan:Mar` (both ends), `[1]Sheet1` (an external book's: counted by its sheet name, harmlessly).
    private mutating func addSheets(_ reference: String) {
        let local = reference.split(separator: "]").last.map(String.init) ?? reference
        for name in local.split(separator: ":") where !name.isEmpty { sheets.insert(name.lowercased()) }
    }

    /// The names in a run of name characters: `Table1[Amount]` gives `table1`; `INDIRECT` marks indirection.
    private mutating func addIdentifiers(_ run: String) {
        for name in run.split(whereSeparator: { "[]:".contains($0) }) {
            let lowered = name.lowercased()
            if lowered == "indirect" { usesIndirection = true }
            if let first = lowered.first, first.isLetter || first == "_" || first == "\\" { identifiers.insert(lowered) }
        }
    }
}

extension XMLElementTree {
    /// The text this element holds, its children's included, in order.
    var text: String {
        children.map { child in
            switch child {
            case .element(let element): element.text
            case .leaf(.text(let text)), .leaf(.cdata(let text)): text
            case .leaf: ""
            }
        }.joined()
    }
}
