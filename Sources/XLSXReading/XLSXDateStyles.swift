import SpreadsheetBasics
import XMLParts

/// How a cell style shows a number.
package enum XLSXNumberKind {
    case number
    /// A date, with or without a time of day.
    case date
    /// A time of day or an elapsed time, without a date.
    case time
}

/// Which cell styles show numbers as dates or times, from `xl/styles.xml`: each `cellXfs/xf` in order, through its
/// `numFmtId`, to a built-in date or time format or a custom format code with date or time tokens.
package struct XLSXDateStyles {
    /// The kind of number each style shows, by style index (a cell's `s` attribute).
    private var kinds: [XLSXNumberKind] = []

    /// No styles part: every number is a number.
    init() {}

    init(reader: XMLPartReader) throws(SpreadsheetError) {
        var customFormats: [Int: String] = [:]
        var section = ""
        while try reader.read() {
            if reader.isEndElement, reader.localName == section { section = ""; continue }
            guard reader.isStartElement else { continue }
            switch (section, reader.localName) {
            case ("", "numFmts"), ("", "cellXfs"):
                if !reader.isEmptyElement { section = reader.localName }
            case ("numFmts", "numFmt"):
                if let id = try reader.attribute("numFmtId").flatMap({ Int($0) }), let code = try reader.attribute("formatCode") {
                    customFormats[id] = code
                }
            case ("cellXfs", "xf"):
                let id = try reader.attribute("numFmtId").flatMap { Int($0) } ?? 0
                kinds.append(customFormats[id].map(Self.kind(ofFormat:)) ?? Self.builtInKind(id))
            default:
                break
            }
        }
    }

    func kind(style: Int) -> XLSXNumberKind {
        kinds.indices.contains(style) ? kinds[style] : .number
    }

    /// The kind of a built-in number format, by id: 18 to 21 and 45 to 47 show times (`h:mm AM/PM` to `[h]:mm:ss`),
    /// 14 to 17, 22 and the locale formats 27 to 36 and 50 to 58 dates.
    static func builtInKind(_ id: Int) -> XLSXNumberKind {
        switch id {
        case 18...21, 45...47: .time
        case 14...17, 22, 27...36, 50...58: .date
        default: .number
        }
    }

    /// The kind a custom format code shows, from the tokens of its first section outside quoted text, `[…]` brackets
    /// (colours, locales), escaped characters (`\x`, `_x`, `*x`) and AM/PM markers: a date with a day, month or year
    /// token, else a time with an hour, minute or second token. `m` counts as a month only in a section without hours
    /// or seconds (elapsed `[h]` included), where it would be minutes.
    package static func kind(ofFormat code: String) -> XLSXNumberKind {
        var tokens = ""
        var characters = code.lowercased().replacingAMPM().makeIterator()
        scan: while let character = characters.next() {
            switch character {
            case ";": break scan
            case "\"": while let next = characters.next(), next != "\"" {}
            case "[":
                // Elapsed time ([h], [mm], [ss]) counts as its unit; colours, conditions and locales count as nothing.
                var bracket = ""
                while let next = characters.next(), next != "]" { bracket.append(next) }
                if !bracket.isEmpty, bracket.allSatisfy({ "hms".contains($0) }) { tokens += bracket }
            case "\\", "_", "*": _ = characters.next()
            case "d", "m", "y", "h", "s": tokens.append(character)
            default: break
            }
        }
        let hasClock = tokens.contains("h") || tokens.contains("s")
        if tokens.contains("d") || tokens.contains("y") || (tokens.contains("m") && !hasClock) { return .date }
        return hasClock ? .time : .number
    }
}

private extension String {
    /// The code with `am/pm` and `a/p` markers blanked, so their letters are not read as tokens.
    func replacingAMPM() -> String {
        replacing("am/pm", with: " ").replacing("a/p", with: " ")
    }
}
