import Foundation

/// The names of the files and folders a run works in — a hidden `.NAME.<pid>-<uuid>.tmp` beside a file it replaces,
/// `ledgersync-<kind>-<pid>-<uuid>` in the temporary folder — and the removal of those a killed run left behind.
/// Each name carries its process ID, so a later run tells a leftover (its process is gone) from a file another run
/// is still using, and the exact pattern keeps a user's own files from ever matching.
public enum WorkingFiles {
    /// Leftovers named without a process ID (by earlier versions) are removed once they are this old.
    static let unownedAge: TimeInterval = 3600

    /// A new hidden working file beside `target`, in the same folder so it can be renamed over it.
    package static func hiddenPath(beside target: URL) -> String {
        removeLeftovers(beside: target)
        return target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).\(stamp()).tmp").path
    }

    /// A new name in the temporary folder for a file or folder of `kind` (`sheet`, `parts`, `refresh`), with
    /// `suffix` (such as `.xml`) after it.
    public static func temporaryURL(_ kind: String, suffix: String = "") -> URL {
        removeLeftoverTemporaries()
        return FileManager.default.temporaryDirectory.appendingPathComponent("ledgersync-\(kind)-\(stamp())\(suffix)")
    }

    /// Writes the bytes of the file at `path` to disk, so a rename that follows never leaves a name without its data.
    package static func flushToDisk(_ path: String) -> Bool {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        return fsync(descriptor) == 0
    }

    /// What to tell a user whose disk filled up while `path` was written.
    public static func fullDiskMessage(for path: String) -> String {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        return "the disk holding \(folder) is full; nothing was written there. Free some space and run the command again"
    }

    /// Removes the hidden working files beside `target` that runs now gone left there.
    static func removeLeftovers(beside target: URL) {
        let folder = target.deletingLastPathComponent().path
        let prefix = ".\(target.lastPathComponent)."
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix(prefix) && name.hasSuffix(".tmp") {
            let stamp = name.dropFirst(prefix.count).dropLast(".tmp".count)
            removeIfLeftOver(folder + "/" + name, stamp: stamp)
        }
    }

    /// Removes the `ledgersync-sheet-*`, `-parts-*` and `-refresh-*` files and folders in the temporary folder that
    /// runs now gone left there.
    static func removeLeftoverTemporaries() {
        let folder = FileManager.default.temporaryDirectory.path
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names where name.hasPrefix("ledgersync-") {
            let rest = name.dropFirst("ledgersync-".count)
            guard let dash = rest.firstIndex(of: "-"), ["sheet", "parts", "refresh"].contains(rest[..<dash]) else { continue }
            var stamp = rest[rest.index(after: dash)...]
            if stamp.hasSuffix(".xml") { stamp = stamp.dropLast(".xml".count) }
            removeIfLeftOver(folder + "/" + name, stamp: stamp)
        }
    }

    /// `<pid>-<uuid>` for this process.
    private static func stamp() -> String {
        "\(getpid())-\(UUID().uuidString)"
    }

    /// Removes `path` when `stamp` is `<pid>-<uuid>` of a process that no longer runs, or a bare `<uuid>` (an
    /// earlier version's name) on a file older than `unownedAge`; anything else is left alone.
    private static func removeIfLeftOver(_ path: String, stamp: Substring) {
        if UUID(uuidString: String(stamp)) != nil {
            guard let modified = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date,
                  Date().timeIntervalSince(modified) > unownedAge else { return }
        } else {
            guard let dash = stamp.firstIndex(of: "-"), let pid = Int32(stamp[..<dash]), pid > 0,
                  UUID(uuidString: String(stamp[stamp.index(after: dash)...])) != nil, !isRunning(pid) else { return }
        }
        try? FileManager.default.removeItem(atPath: path)
    }

    private static func isRunning(_ pid: Int32) -> Bool {
        kill(pid, 0) == 0 || errno == EPERM
    }
}
