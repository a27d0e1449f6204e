import CLibXML2

/// A start element as the SAX2 parser reports it: its local name and attributes, read in place.
package struct XMLStartElement {
    let localName: UnsafePointer<xmlChar>
    /// Five pointers an attribute: local name, prefix, namespace, value start, value end.
    let attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
    let count: Int

    package func hasName(_ name: StaticString) -> Bool {
        XMLBytes.matches(localName, name)
    }

    /// The value of the unprefixed attribute `name`.
    package func attribute(_ name: StaticString) -> UnsafeBufferPointer<UInt8>? {
        attribute(name, prefixed: false)
    }

    /// Whether the element has `xml:space="preserve"`.
    package var preservesSpace: Bool {
        attribute("space", prefixed: true).map { XMLBytes.equals($0, "preserve") } ?? false
    }

    /// Calls `body` with the local name and value of each unprefixed attribute, in one pass over them.
    package func forEachUnprefixedAttribute(_ body: (_ name: UnsafePointer<UInt8>, _ value: UnsafeBufferPointer<UInt8>) -> Void) {
        guard let attributes else { return }
        for index in 0..<count {
            let fields = attributes + index * 5
            guard let local = fields[0], fields[1] == nil, let start = fields[3], let end = fields[4] else { continue }
            body(local, UnsafeBufferPointer(start: start, count: end - start))
        }
    }

    /// An unprefixed attribute, or with `prefixed` one with the prefix `xml`.
    private func attribute(_ name: StaticString, prefixed: Bool) -> UnsafeBufferPointer<UInt8>? {
        guard let attributes else { return nil }
        for index in 0..<count {
            let fields = attributes + index * 5
            guard let local = fields[0], XMLBytes.matches(local, name),
                  prefixed ? fields[1].map({ XMLBytes.matches($0, "xml") }) == true : fields[1] == nil,
                  let start = fields[3], let end = fields[4] else { continue }
            return UnsafeBufferPointer(start: start, count: end - start)
        }
        return nil
    }
}
