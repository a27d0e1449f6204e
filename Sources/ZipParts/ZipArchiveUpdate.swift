import CZip
import SpreadsheetBasics

/// A zip archive open for replacing, adding and removing parts; owns the libzip handle. `close` writes the archive (libzip copies every
/// untouched entry as it was, compressed bytes included); `deinit` throws the changes away if `close` never succeeded.
/// Entries stored with `\` separators are renamed to their part names, so the written archive has one spelling.
package final class ZipArchiveUpdate {
    private var handle: OpaquePointer?
    private var entries: ZipEntryIndex
    private let place: ReadPlace

    package init(path: String, place: ReadPlace) throws(SpreadsheetError) {
        self.place = place
        (handle, entries) = try ZipCall.open(path, flags: 0, place: place)
        for (index, name) in entries.misnamed {
            try ZipCall.check(zip_file_rename(handle, index, name, ZIP_FL_ENC_UTF_8), zip_get_error(handle),
                              "cannot rename \(name)", place)
        }
    }

    deinit {
        if let handle { zip_discard(handle) }
    }

    /// Replaces the contents of `part` (matched ignoring case, as OPC says) with the file at `path`, read at `close`.
    package func replace(_ part: String, withContentsOf path: String) throws(SpreadsheetError) {
        let handle = try openHandle()
        guard let index = entries.index(of: part) else { throw place.error("cannot find \(part)") }
        let source = try ZipCall.check(zip_source_file(handle, path, 0, -1), zip_get_error(handle),
                                       "cannot read the new \(part)", place)
        do {
            try ZipCall.check(zip_file_replace(handle, index, source, 0), zip_get_error(handle),
                              "cannot replace \(part)", place)
        } catch {
            // The archive takes the source only when the replacement succeeds.
            zip_source_free(source)
            throw error
        }
        // Fastest deflate: a sheet of 100,000 rows compresses in a fraction of the default level's time, a little larger.
        // ZIP_CM_DEFAULT (which deflates) rather than ZIP_CM_DEFLATE: libzip forgets the level when the method asked
        // for is the entry's original one, and the part was deflated already, so it would deflate at level 9.
        try ZipCall.check(zip_set_file_compression(handle, index, ZIP_CM_DEFAULT, 1), zip_get_error(handle),
                          "cannot set the compression of \(part)", place)
    }

    /// Adds a new part with the contents of the file at `path`, read at `close`, deflated at the fastest level.
    package func add(_ part: String, withContentsOf path: String) throws(SpreadsheetError) {
        let handle = try openHandle()
        let source = try ZipCall.check(zip_source_file(handle, path, 0, -1), zip_get_error(handle),
                                       "cannot read the new \(part)", place)
        let index: Int64
        do {
            index = try ZipCall.check(zip_file_add(handle, part, source, ZIP_FL_ENC_UTF_8), zip_get_error(handle),
                                      "cannot add \(part)", place)
        } catch {
            zip_source_free(source)
            throw error
        }
        entries.add(part, at: UInt64(index))
        try ZipCall.check(zip_set_file_compression(handle, UInt64(index), ZIP_CM_DEFLATE, 1), zip_get_error(handle),
                          "cannot set the compression of \(part)", place)
    }

    /// Removes `part` (matched ignoring case); a part the archive lacks is no error.
    package func delete(_ part: String) throws(SpreadsheetError) {
        let handle = try openHandle()
        guard let index = entries.index(of: part) else { return }
        try ZipCall.check(zip_delete(handle, index), zip_get_error(handle), "cannot remove \(part)", place)
        entries.remove(part)
    }

    /// Writes the archive with its replaced parts.
    package func close() throws(SpreadsheetError) {
        let handle = try openHandle()
        try ZipCall.check(zip_close(handle), zip_get_error(handle), "cannot write the new workbook", place)
        self.handle = nil
    }

    private func openHandle() throws(SpreadsheetError) -> OpaquePointer {
        guard let handle else { throw place.error("the archive is already written") }
        return handle
    }
}
