import Foundation
import SpreadsheetBasics
import XLSXReading
import XMLParts

/// The `<c>` element an edit writes: text as an inline string, a number as `<v>`, a blank as a bare styled cell.
/// A replaced cell keeps its attributes (its style above all) but loses its type, formula and value.
struct XLSXEditedCell {
    let edit: XLSXColumnEdit
    /// 1-based, as the sheet shows it.
    let row: Int

    private var reference: String { Self.reference(row: row, column: edit.column) }

    /// `CellReference.cell` for a 1-based row, with the letters of the first 702 columns (A to ZZ) made once: every
    /// cell of every edited row is written with its reference.
    static func reference(row: Int, column: Int) -> String {
        (column < columnLetters.count ? columnLetters[column] : CellReference.column(column)) + String(row)
    }

    private static let columnLetters = (0..<702).map(CellReference.column)

    /// The attributes that belong to the old value.
    private static let valueAttributes: Set<String> = ["t", "cm", "vm"]
    /// The children that hold the old value.
    private static let valueElements: Set<String> = ["f", "v", "is"]

    /// Writes the new cell, replacing `original` when the row had one here; writes nothing when the cell goes away
    /// (a blank with no style to keep, or no cell to blank). New elements take `prefix`, the row's.
    func write(replacing original: XMLElementTree?, prefix rowPrefix: String?, to writer: XMLPartWriter,
               place: ReadPlace) throws(SpreadsheetError) {
        var tag: XMLStartTag
        if let original {
            try refuseSharedFormula(in: original, place: place)
            tag = original.tag
            tag.set("r", reference)
            tag.remove(Self.valueAttributes)
        } else {
            tag = XMLStartTag("c", prefix: rowPrefix)
            tag.attributes = [("r", reference)]
        }
        switch edit.value {
        case .text:
            tag.set("t", "inlineStr")
        case .number(let number):
            guard !number.isNaN else {
                throw place.error("cannot write NaN into cell \(reference)", row: row, column: CellReference.column(edit.column))
            }
        case .blank:
            guard tag.attribute("s") != nil else { return }
        }
        let prefix = original == nil ? rowPrefix : tag.prefix
        try writer.start(tag)
        switch edit.value {
        case .text(let text):
            try writeInlineString(text, prefix: prefix, to: writer)
        case .number(let number):
            try writer.start(XMLStartTag("v", prefix: prefix))
            try writer.write(.text(edit.numberText ?? number.description))
            try writer.end()
        case .blank:
            break
        }
        for child in original?.children ?? [] {
            if case .element(let element) = child, Self.valueElements.contains(element.tag.localName) { continue }
            try writer.write(child)
        }
        try writer.end()
    }

    /// `<is><t>text</t></is>`, with `xml:space="preserve"` when the text starts or ends with whitespace.
    private func writeInlineString(_ text: String, prefix: String?, to writer: XMLPartWriter) throws(SpreadsheetError) {
        var t = XMLStartTag("t", prefix: prefix)
        if Self.mayHaveSpaceAtAnEnd(text), text.first?.isWhitespace == true || text.last?.isWhitespace == true {
            t.set("xml:space", "preserve")
        }
        try writer.start(XMLStartTag("is", prefix: prefix))
        try writer.start(t)
        try writer.write(.text(XLSXText.escape(text)))
        try writer.end()
        try writer.end()
    }

    /// False when the text starts and ends with printable ASCII: then its first and last characters are no white
    /// space, without asking `Character` (a character ending in printable ASCII begins with it, or with a prefix
    /// mark that is no white space either).
    private static func mayHaveSpaceAtAnEnd(_ text: String) -> Bool {
        guard let first = text.utf8.first, let last = text.utf8.last else { return false }
        return !(0x21...0x7E).contains(first) || !(0x21...0x7E).contains(last)
    }

    /// Refuses a cell whose formula other cells use (the master of a shared formula, or an array formula over more
    /// than this cell): dropping it would break them.
    private func refuseSharedFormula(in cell: XMLElementTree, place: ReadPlace) throws(SpreadsheetError) {
        guard let range = cell.elements(named: "f").first?.tag.attribute("ref"),
              CellRange(range) != CellRange(row: row - 1, column: edit.column) else { return }
        throw place.error("cell \(reference) holds a formula that the cells \(range) share; "
                          + "refusing to overwrite it, as that would break them",
                          row: row, column: CellReference.column(edit.column))
    }
}
