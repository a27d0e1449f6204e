/// Names and values read where libxml2 keeps them, as bytes: comparing them makes no String, which counts in a loop
/// over every node of a sheet.
package enum XMLBytes {
    /// Whether the NUL-terminated `bytes` are `name`.
    package static func matches(_ bytes: UnsafePointer<UInt8>, _ name: StaticString) -> Bool {
        name.withUTF8Buffer { wanted in
            for index in 0..<wanted.count where bytes[index] != wanted[index] { return false }
            return bytes[wanted.count] == 0
        }
    }

    /// Whether `bytes` are `text`.
    package static func equals(_ bytes: UnsafeBufferPointer<UInt8>, _ text: StaticString) -> Bool {
        text.withUTF8Buffer { bytes.elementsEqual($0) }
    }

    /// The text of an attribute value. The SAX2 parser, leaving entities unexpanded, hands on an `&` of the file
    /// (written `&amp;` or `&#38;`) as `&#38;`: it is read back as `&`.
    package static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        return bytes.contains(UInt8(ascii: "&")) ? text.replacing("&#38;", with: "&") : text
    }

    /// The integer the bytes spell, as `Int(_: String)` reads it; plain digits are read without making the String.
    package static func integer(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard (1...18).contains(bytes.count) else { return Int(string(bytes)) }
        var value = 0
        for byte in bytes {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return Int(string(bytes)) }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
        }
        return value
    }
}
