import CLibXML2
import SpreadsheetBasics

/// An element's start tag as written: its qualified name and every attribute, namespace declarations included, in
/// document order. Names keep their prefixes, so writing the tag back says exactly what the original said.
package struct XMLStartTag {
    package var name: String
    package var attributes: [(name: String, value: String)]

    package init(name: String, attributes: [(name: String, value: String)] = []) {
        self.name = name
        self.attributes = attributes
    }

    /// A tag named `localName` with `prefix` (`x` makes `x:row`), for an element placed beside prefixed ones.
    package init(_ localName: String, prefix: String?) {
        self.init(name: prefix.map { "\($0):\(localName)" } ?? localName)
    }

    /// The name's prefix (`x` of `x:row`), nil when it has none.
    package var prefix: String? {
        name.firstIndex(of: ":").map { String(name[..<$0]) }
    }

    /// The name without its prefix.
    package var localName: String {
        name.firstIndex(of: ":").map { String(name[name.index(after: $0)...]) } ?? name
    }

    /// The value of the attribute with this qualified name.
    package func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    /// Sets an attribute, in its place when the tag has it, else after the others.
    package mutating func set(_ name: String, _ value: String) {
        if let index = attributes.firstIndex(where: { $0.name == name }) {
            attributes[index].value = value
        } else {
            attributes.append((name, value))
        }
    }

    /// Removes the attributes with these qualified names.
    package mutating func remove(_ names: Set<String>) {
        attributes.removeAll { names.contains($0.name) }
    }
}

/// A node that is not an element: character data, a comment, or a processing instruction.
package enum XMLLeaf {
    /// Text, whitespace included, unescaped.
    case text(String)
    case cdata(String)
    case comment(String)
    case instruction(target: String, data: String)
}

/// An element held in memory with everything inside it: used for one cell of a sheet at a time, never a whole part.
package struct XMLElementTree {
    package var tag: XMLStartTag
    package var children: [XMLTreeNode] = []

    package init(tag: XMLStartTag, children: [XMLTreeNode] = []) {
        self.tag = tag
        self.children = children
    }

    /// The child elements with this local name.
    package func elements(named localName: String) -> [XMLElementTree] {
        children.compactMap { child in
            guard case .element(let element) = child, element.tag.localName == localName else { return nil }
            return element
        }
    }
}

/// What an element holds.
package enum XMLTreeNode {
    case element(XMLElementTree)
    case leaf(XMLLeaf)
}

extension XMLPartReader {
    /// The start tag of the element the reader is on.
    package func startTag() throws(SpreadsheetError) -> XMLStartTag {
        var tag = XMLStartTag(name: rawName.map { String(cString: $0) } ?? "")
        try forEachAttribute { name, value in
            tag.attributes.append((String(cString: name), String(cString: value)))
        }
        return tag
    }

    /// The element the reader is on with all its content, leaving the reader on its end.
    package func elementTree() throws(SpreadsheetError) -> XMLElementTree {
        var element = XMLElementTree(tag: try startTag())
        if isEmptyElement { return element }
        let depth = self.depth
        while try read(), !(isEndElement && self.depth == depth) {
            if isStartElement {
                element.children.append(.element(try elementTree()))
            } else if let leaf {
                element.children.append(.leaf(leaf))
            }
        }
        return element
    }

    /// The node the reader is on when it is not an element.
    private var leaf: XMLLeaf? {
        let value = rawValue.map { String(cString: $0) } ?? ""
        switch nodeType {
        case XML_READER_TYPE_TEXT, XML_READER_TYPE_WHITESPACE, XML_READER_TYPE_SIGNIFICANT_WHITESPACE: return .text(value)
        case XML_READER_TYPE_CDATA: return .cdata(value)
        case XML_READER_TYPE_COMMENT: return .comment(value)
        case XML_READER_TYPE_PROCESSING_INSTRUCTION:
            return .instruction(target: rawName.map { String(cString: $0) } ?? "", data: value)
        default: return nil
        }
    }
}
