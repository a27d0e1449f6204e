import CLibXML2
import SpreadsheetBasics
import XMLParts

/// A worksheet part's parser events made rows: each `<row>` gathered from its `<c>` elements (`<v>`, `<f>`, `<is>`
/// read; anything else in a cell left out), and held from the row's end until `handOn`.
struct XLSXSheetEvents: XMLEventHandler {
    private let part: String
    private let decoder: XLSXCellDecoder
    /// Rows ended since the last `handOn`.
    private var finished: [XLSXRow] = []
    private var row = XLSXRow(number: 0, cells: [])
    private var column = -1
    private var depth = 0
    /// The depth of the `<c>` being read, and of a child of it being left out; -1 when there is none.
    private var cellDepth = -1
    private var skipDepth = -1
    private var type = XLSXCellType.number
    private var style = 0
    private var value = Value.none
    private var hasFormula = false
    private var valueText = XMLElementText()
    private var formulaText = XMLElementText()
    private var item: XLSXStringItem

    /// Where the value of the cell being read comes from: its `<v>` or `<is>`, whichever came last.
    private enum Value {
        case none, text, item(String)
    }

    init(part: String, decoder: XLSXCellDecoder) {
        self.part = part
        self.decoder = decoder
        item = XLSXStringItem(part: part, place: decoder.place)
    }

    /// Calls `body` with each row ended since the last call, in order.
    mutating func handOn(_ body: (XLSXRow) throws -> Void) rethrows {
        defer { finished.removeAll(keepingCapacity: true) }
        for row in finished { try body(row) }
    }

    mutating func startElement(_ element: XMLStartElement) throws(SpreadsheetError) {
        depth += 1
        guard cellDepth >= 0 else {
            if element.hasName("c") {
                try startCell(element)
            } else if element.hasName("row") {
                let number = try XLSXSheetRows.rowNumber(element.attribute("r"), after: row.number, part: part,
                                                         place: decoder.place)
                row = XLSXRow(number: number, cells: [])
                row.cells.reserveCapacity(column + 1)
                column = -1
            }
            return
        }
        if skipDepth >= 0 { return }
        if valueText.isGathering {
            valueText.endNode()
        } else if formulaText.isGathering {
            formulaText.endNode()
        } else if item.isOpen {
            item.start(element, depth: depth)
        } else if element.hasName("v") {
            valueText.begin(at: depth, preserve: element.preservesSpace)
        } else if element.hasName("f") {
            formulaText.begin(at: depth, preserve: element.preservesSpace)
        } else if element.hasName("is") {
            item.begin(at: depth)
        } else {
            skipDepth = depth
        }
    }

    mutating func endElement(_ localName: UnsafePointer<xmlChar>) throws(SpreadsheetError) {
        defer { depth -= 1 }
        guard cellDepth >= 0 else {
            if XMLBytes.matches(localName, "row"), !row.cells.isEmpty { finished.append(row) }
            return
        }
        if skipDepth >= 0 {
            if depth == skipDepth { skipDepth = -1 }
        } else if valueText.isGathering {
            guard depth == valueText.depth else { return valueText.endNode() }
            valueText.finish()
            value = .text
        } else if formulaText.isGathering {
            guard depth == formulaText.depth else { return formulaText.endNode() }
            formulaText.finish()
            hasFormula = true
        } else if item.isOpen {
            if let text = item.end(depth: depth) { value = .item(text) }
        } else if depth == cellDepth {
            cellDepth = -1
            try endCell()
        }
    }

    mutating func text(_ bytes: UnsafeBufferPointer<UInt8>, isCDATA: Bool) throws(SpreadsheetError) {
        guard cellDepth >= 0, skipDepth < 0 else { return }
        if valueText.isGathering {
            guard valueText.append(bytes, isCDATA: isCDATA) else { throw XMLElementText.tooLong(part: part, place: decoder.place) }
        } else if formulaText.isGathering {
            guard formulaText.append(bytes, isCDATA: isCDATA) else { throw XMLElementText.tooLong(part: part, place: decoder.place) }
        } else {
            try item.append(bytes, isCDATA: isCDATA)
        }
    }

    mutating func textBreak() {
        guard cellDepth >= 0, skipDepth < 0 else { return }
        if valueText.isGathering {
            valueText.endNode()
        } else if formulaText.isGathering {
            formulaText.endNode()
        } else {
            item.textBreak()
        }
    }

    private mutating func startCell(_ element: XMLStartElement) throws(SpreadsheetError) {
        var reference, typeName, styleIndex: UnsafeBufferPointer<UInt8>?
        element.forEachUnprefixedAttribute { name, value in
            guard name[0] != 0, name[1] == 0 else { return }
            switch name[0] {
            case UInt8(ascii: "r"): reference = value
            case UInt8(ascii: "t"): typeName = value
            case UInt8(ascii: "s"): styleIndex = value
            default: break
            }
        }
        column = try XLSXSheetRows.columnIndex(reference, after: column, row: row.number, part: part, place: decoder.place)
        type = XLSXCellType(typeName)
        style = styleIndex.flatMap(XMLBytes.integer) ?? 0
        value = .none
        hasFormula = false
        cellDepth = depth
    }

    private mutating func endCell() throws(SpreadsheetError) {
        let formula = hasFormula ? String(decoding: formulaText.bytes, as: UTF8.self) : nil
        let cell: XLSXCell?
        switch value {
        case .none:
            cell = try decoder.cell(type: type, style: style, value: nil, formula: formula, row: row.number, column: column)
        case .text:
            cell = try valueText.bytes.withUnsafeBufferPointer { bytes throws(SpreadsheetError) in
                try decoder.cell(type: type, style: style, value: bytes, formula: formula, row: row.number, column: column)
            }
        case .item(let text):
            cell = try Array(text.utf8).withUnsafeBufferPointer { bytes throws(SpreadsheetError) in
                try decoder.cell(type: type, style: style, value: bytes, formula: formula, row: row.number, column: column)
            }
        }
        guard let cell else { return }
        if row.cells.count == column {
            row.cells.append(cell)
            return
        }
        if row.cells.count < column {
            row.cells.append(contentsOf: repeatElement(nil, count: column - row.cells.count))
            row.cells.append(cell)
            return
        }
        row.cells[column] = cell
    }
}
