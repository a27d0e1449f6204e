/// Which cell styles show numbers as dates, from `xl/styles.xml`: each `cellXfs/xf` in order, through its
/// `numFmtId`, to a built-in date format or a custom format code with date tokens.
struct XLSXDateStyles {
    /// Date-ness by style index (a cell's `s` attribute).
    private var isDateStyle: [Bool] = []

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
                isDateStyle.append(customFormats[id].map(Self.isDateFormat) ?? Self.builtInDateFormats.contains(id))
            default:
                break
            }
        }
    }

    func isDate(style: Int) -> Bool {
        isDateStyle.indices.contains(style) && isDateStyle[style]
    }

    /// Built-in number formats that show dates (and times), by id.
    static let builtInDateFormats: Set<Int> = Set(14...22).union(27...36).union(45...47).union(50...58)

    /// Whether a custom format code shows a date: its first section has a day, month or year token outside quoted
    /// text, `[…]` brackets (colours, locales), escaped characters (`\x`, `_x`, `*x`) and AM/PM markers. `m` counts as
    /// a month only in a section without hours or seconds (elapsed `[h]` included), where it would be minutes.
    static func isDateFormat(_ code: String) -> Bool {
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
        return tokens.contains("d") || tokens.contains("y")
            || (tokens.contains("m") && !tokens.contains("h") && !tokens.contains("s"))
    }
}

private extension String {
    /// The code with `am/pm` and `a/p` markers blanked, so their letters are not read as tokens.
    func replacingAMPM() -> String {
        replacing("am/pm", with: " ").replacing("a/p", with: " ")
    }
}
