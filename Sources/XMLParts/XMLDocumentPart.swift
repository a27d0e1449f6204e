import SpreadsheetBasics
import ZipParts

/// A small part of a package read whole into memory as a tree (the workbook, relationships, content types, styles,
/// a table), to be edited and written back. Sheets are never read this way: they stream.
package struct XMLDocumentPart {
    package var root: XMLElementTree
    /// The `standalone` the part declared, written back as it was.
    var standalone: Bool?

    package init(root: XMLElementTree, standalone: Bool? = nil) {
        self.root = root
        self.standalone = standalone
    }

    /// The part as a tree, or nil when the archive has no such part.
    package static func read(_ part: String, in archive: ZipArchive, place: ReadPlace) throws(SpreadsheetError) -> XMLDocumentPart? {
        guard let reader = try XMLPartReader.open(part, in: archive, limits: .standard, place: place) else { return nil }
        while try reader.read() {
            if reader.isStartElement { return XMLDocumentPart(root: try reader.elementTree(), standalone: reader.standalone) }
        }
        throw place.error("\(part) has no root element")
    }

    /// Writes the part to the file at `path`.
    package func write(to path: String, part: String, place: ReadPlace) throws(SpreadsheetError) {
        let writer = try XMLPartWriter(path: path, part: part, place: place)
        try writer.startDocument(standalone: standalone)
        try writer.write(root)
        try writer.finish()
    }
}

extension XMLElementTree {
    /// The index in `children` of the first child element with this local name.
    package func childIndex(_ localName: String) -> Int? {
        children.firstIndex { child in
            if case .element(let element) = child { return element.tag.localName == localName }
            return false
        }
    }

    /// The first child element with this local name.
    package func child(_ localName: String) -> XMLElementTree? {
        childIndex(localName).flatMap { index in
            if case .element(let element) = children[index] { return element }
            return nil
        }
    }

    /// Every child element, in order.
    package var elementChildren: [XMLElementTree] {
        children.compactMap { child in
            if case .element(let element) = child { return element }
            return nil
        }
    }

    /// Changes the first child element with this local name in place; false when there is none.
    @discardableResult
    package mutating func modifyChild<Failure: Error>(_ localName: String, _ change: (inout XMLElementTree) throws(Failure) -> Void)
        throws(Failure) -> Bool {
        guard let index = childIndex(localName), case .element(var element) = children[index] else { return false }
        try change(&element)
        children[index] = .element(element)
        return true
    }

    /// Removes the child elements for which `isRemoved` is true.
    package mutating func removeChildren(where isRemoved: (XMLElementTree) -> Bool) {
        children.removeAll { child in
            if case .element(let element) = child { return isRemoved(element) }
            return false
        }
    }

    /// Inserts `element` as a child placed by the schema's order of child names: after every child whose name comes
    /// earlier in `order` (or is not in it) and before the first that comes later.
    package mutating func insert(_ element: XMLElementTree, following order: [String]) {
        let rank = order.firstIndex(of: element.tag.localName) ?? order.count
        let index = children.firstIndex { child in
            guard case .element(let other) = child, let otherRank = order.firstIndex(of: other.tag.localName) else { return false }
            return otherRank > rank
        } ?? children.count
        children.insert(.element(element), at: index)
    }

    /// The value of an attribute matched by local name, whatever its prefix (`r:id`).
    package func attribute(localName: String) -> String? {
        tag.attributes.first { name, _ in
            name == localName || name.hasSuffix(":" + localName) && !name.hasPrefix("xmlns")
        }?.value
    }
}
