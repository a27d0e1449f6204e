import Foundation

/// The `<c>` element an edit writes: text as an inline string, a number as `<v>`, a blank as a bare styled cell.
/// A replaced cell keeps its attributes (its style above all) but loses its type, formula and value.
struct XLSXEditedCell {
    let edit: XLSXCellEdit
    /// 1-based, as the sheet shows it.
    let row: Int
    let column: Int

    private var reference: String { CellReference.cell(row: row - 1, column: column) }

    /// The new cell, replacing `original` when the row had one here; nil when the cell goes away (a blank with no
    /// style to keep, or no cell to blank). New elements take `prefix`, the row's.
    func element(replacing original: XMLElementTree?, prefix: String?, place: ReadPlace) throws(SpreadsheetError)
        -> XMLElementTree? {
        var cell = original ?? XMLElementTree(tag: XMLStartTag("c", prefix: prefix))
        if let original { try refuseSharedFormula(in: original, place: place) }
        cell.tag.set("r", reference)
        // The type and value metadata belong to the old value.
        cell.tag.remove(["t", "cm", "vm"])
        cell.children.removeAll { child in
            guard case .element(let element) = child else { return false }
            return ["f", "v", "is"].contains(element.tag.localName)
        }
        switch edit {
        case .text(let text):
            cell.tag.set("t", "inlineStr")
            cell.children.insert(.element(inlineString(text, prefix: cell.tag.prefix)), at: 0)
        case .number(let number):
            guard !number.isNaN else {
                throw place.error("cannot write NaN into cell \(reference)", row: row, column: CellReference.column(column))
            }
            // Decimal's description is plain digits with a `.`, whatever the locale, never an exponent.
            let value = XMLElementTree(tag: XMLStartTag("v", prefix: cell.tag.prefix),
                                       children: [.leaf(.text(number.description))])
            cell.children.insert(.element(value), at: 0)
        case .blank:
            guard cell.tag.attribute("s") != nil else { return nil }
        }
        return cell
    }

    /// `<is><t>text</t></is>`, with `xml:space="preserve"` when the text starts or ends with whitespace.
    private func inlineString(_ text: String, prefix: String?) -> XMLElementTree {
        var t = XMLElementTree(tag: XMLStartTag("t", prefix: prefix), children: [.leaf(.text(XLSXText.escape(text)))])
        if text.first?.isWhitespace == true || text.last?.isWhitespace == true {
            t.tag.set("xml:space", "preserve")
        }
        return XMLElementTree(tag: XMLStartTag("is", prefix: prefix), children: [.element(t)])
    }

    /// Refuses a cell whose formula other cells use (the master of a shared formula, or an array formula over more
    /// than this cell): dropping it would break them.
    private func refuseSharedFormula(in cell: XMLElementTree, place: ReadPlace) throws(SpreadsheetError) {
        guard let range = cell.elements(named: "f").first?.tag.attribute("ref"),
              CellRange(range) != CellRange(row: row - 1, column: column) else { return }
        throw place.error("cell \(reference) holds a formula that the cells \(range) share; "
                          + "refusing to overwrite it, as that would break them",
                          row: row, column: CellReference.column(column))
    }
}
