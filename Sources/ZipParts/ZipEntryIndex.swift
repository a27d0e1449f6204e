import CZip
import SpreadsheetBasics

/// The entries of a zip archive by part name, compared as OPC says (ignoring case) and with `\` read as `/`, the
/// separator some writers use. An archive with two entries of one name is refused: readers disagree on which counts.
struct ZipEntryIndex {
    /// Entry index by part name, lowercased.
    private var indexes: [String: UInt64] = [:]
    /// The part names, `\` made `/`, in archive order.
    private(set) var names: [String] = []
    /// The entries stored under another name than the part name they are read as (with `\`, or a leading `/`).
    private(set) var misnamed: [(index: UInt64, name: String)] = []

    init(handle: OpaquePointer, place: ReadPlace) throws(SpreadsheetError) {
        let count = max(zip_get_num_entries(handle, 0), 0)
        for index in 0..<UInt64(count) {
            guard let stored = zip_get_name(handle, index, 0).map({ String(cString: $0) }) else { continue }
            let name = Self.partName(stored)
            if name != stored { misnamed.append((index, name)) }
            guard !name.hasSuffix("/") else { continue }
            if indexes.updateValue(index, forKey: name.lowercased()) != nil {
                throw place.error("holds two parts named \(name), and spreadsheet programs disagree on which one counts; "
                                  + "open it in the program that made it and save it again")
            }
            names.append(name)
        }
    }

    /// The entry holding `part` (matched ignoring case), nil when there is none.
    func index(of part: String) -> UInt64? {
        indexes[part.lowercased()]
    }

    /// Records an entry added under `part`.
    mutating func add(_ part: String, at index: UInt64) {
        indexes[part.lowercased()] = index
        names.append(part)
    }

    /// Records that the entry holding `part` is gone.
    mutating func remove(_ part: String) {
        indexes[part.lowercased()] = nil
        names.removeAll { $0.lowercased() == part.lowercased() }
    }

    /// A stored entry name as a part name: `\` made `/`, without a leading `/`.
    private static func partName(_ stored: String) -> String {
        let name = String(stored.map { $0 == "\\" ? "/" : $0 })
        return name.hasPrefix("/") ? String(name.dropFirst()) : name
    }
}
