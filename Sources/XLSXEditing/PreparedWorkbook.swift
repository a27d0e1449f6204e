import Foundation
import SpreadsheetBasics

/// A rewritten workbook waiting to replace its original.
public final class PreparedWorkbook {
    /// The workbook this one replaces (symbolic links resolved).
    private let path: String
    /// The rewritten workbook, a hidden file beside the original until installed or discarded.
    private let temporaryPath: String
    /// The original as `prepare` found it: also a different inode (the file replaced by another) counts as a change.
    private let original: FileIdentity
    private let place: ReadPlace
    /// Whether the temporary file is still there, waiting.
    private var isWaiting = true

    /// A rewritten copy of the workbook at `path`: `rewrite` gets the original (symbolic links resolved), a working
    /// copy of it in the same folder to change, and the place for messages. Nothing at `path` changes; if `rewrite`
    /// throws, the copy is deleted.
    static func rewriting(_ path: String, _ rewrite: (_ original: String, _ copy: String, _ place: ReadPlace)
                            throws(SpreadsheetError) -> Void) throws(SpreadsheetError) -> PreparedWorkbook {
        let place = ReadPlace(file: URL(fileURLWithPath: path).lastPathComponent)
        // The real file, so the copy lands in its folder and the rename replaces it rather than a link to it.
        let target = URL(fileURLWithPath: path).resolvingSymlinksInPath()
        let original = try FileIdentity(path: target.path, place: place)
        let copy = WorkingFiles.hiddenPath(beside: target)
        do {
            try FileManager.default.copyItem(atPath: target.path, toPath: copy)
        } catch {
            try? FileManager.default.removeItem(atPath: copy)
            throw place.error("cannot make a working copy beside \(target.path): \(error.localizedDescription)")
        }
        do {
            try rewrite(target.path, copy, place)
        } catch {
            try? FileManager.default.removeItem(atPath: copy)
            throw error
        }
        return PreparedWorkbook(path: target.path, temporaryPath: copy, original: original, place: place)
    }

    init(path: String, temporaryPath: String, original: FileIdentity, place: ReadPlace) {
        self.path = path
        self.temporaryPath = temporaryPath
        self.original = original
        self.place = place
    }

    deinit {
        discard()
    }

    /// Replaces the original: refuses (SpreadsheetError "… was changed by another program since it was read; nothing
    /// was written to it") when the original's size or modification time differ from when `prepare` read it; otherwise
    /// keeps a copy at `path + ".bak"`, renames the new file over `path` (atomic, same folder; fsync before rename),
    /// then deletes the `.bak`. If anything fails the original (or its .bak) is left intact and the message says where
    /// the original is. An existing `.bak` is never overwritten, unless it is the original itself (a hard link left by
    /// a run killed before its rename) or `isStaleBackup` says an earlier, finished run left it (killed after its
    /// rename): install refuses instead.
    ///
    /// Whether it succeeds or not, the temporary file is gone afterwards.
    public func install(isStaleBackup: (String) -> Bool = { _ in false }) throws(SpreadsheetError) {
        guard isWaiting else { throw place.error("this rewritten workbook was already installed or discarded") }
        do {
            try replaceOriginal(isStaleBackup: isStaleBackup)
            isWaiting = false
        } catch {
            discard()
            throw error
        }
    }

    /// Deletes the temporary file (also done in deinit if neither install nor discard ran).
    public func discard() {
        guard isWaiting else { return }
        isWaiting = false
        unlink(temporaryPath)
    }

    private func replaceOriginal(isStaleBackup: (String) -> Bool) throws(SpreadsheetError) {
        let unchanged = "nothing was written; the original is unchanged at \(path)"
        guard (try? FileIdentity(path: path, place: place)) == original else {
            throw place.error("was changed by another program since it was read; nothing was written to it")
        }
        try flushToDisk(otherwise: unchanged)
        let backup = path + ".bak"
        try keepBackup(at: backup, otherwise: unchanged, isStale: isStaleBackup)
        guard rename(temporaryPath, path) == 0 else {
            let reason = Self.systemError()
            unlink(backup)
            throw place.error("cannot replace \(path): \(reason); \(unchanged)")
        }
        // The new workbook is in place; a backup that cannot be deleted is only clutter.
        unlink(backup)
    }

    /// Makes sure the new workbook's bytes are on disk before it takes the original's name.
    private func flushToDisk(otherwise unchanged: String) throws(SpreadsheetError) {
        guard WorkingFiles.flushToDisk(temporaryPath) else {
            throw place.error("cannot save the new workbook to disk: \(Self.systemError()); \(unchanged)")
        }
    }

    /// Keeps the original at `backup` while it is replaced: a hard link, or a copy where the file system has none.
    /// An existing file there is never overwritten unless it is one a killed run left (see `install`).
    private func keepBackup(at backup: String, otherwise unchanged: String, isStale: (String) -> Bool) throws(SpreadsheetError) {
        guard link(path, backup) != 0 else { return }
        if errno == EEXIST, Self.isSameFile(path, backup) || isStale(backup), unlink(backup) == 0, link(path, backup) == 0 { return }
        guard errno != EEXIST else {
            throw place.error("\(backup) already exists and is not a copy this tool left; move it away and try again; \(unchanged)")
        }
        do {
            try FileManager.default.copyItem(atPath: path, toPath: backup)
        } catch {
            throw place.error("cannot keep a backup copy at \(backup): \(error.localizedDescription); \(unchanged)")
        }
    }

    /// Whether two paths name one file (hard links of one inode).
    private static func isSameFile(_ one: String, _ other: String) -> Bool {
        var first = stat(), second = stat()
        return stat(one, &first) == 0 && stat(other, &second) == 0 && first.st_dev == second.st_dev && first.st_ino == second.st_ino
    }

    private static func systemError() -> String {
        String(cString: strerror(errno))
    }
}
