import Foundation

/// How long a command waits for another one holding the ledger's write lock, and whom it tells that it waits.
public struct LockWait: Sendable {
    /// The longest wait, in seconds.
    public var seconds: Double
    /// Told once, after the first second of waiting, what the command is waiting for.
    public var notice: @Sendable (String) -> Void

    /// The wait when neither `--wait` nor `LEDGERSYNC_WAIT` says.
    public static let defaultSeconds: Double = 60

    public init(seconds: Double = LockWait.defaultSeconds, notice: @escaping @Sendable (String) -> Void = { _ in }) {
        self.seconds = seconds
        self.notice = notice
    }

    /// SQLite's busy handler for this wait: sleeps a little and tries again until the time is up, telling
    /// `notice` once after the first second.
    func busyHandler(path: String) -> @Sendable (Int) -> Bool {
        let clock = WaitClock()
        return { tries in
            let waited = clock.waited(restart: tries == 0)
            guard waited < seconds else { return false }
            if waited >= 1, clock.tellOnce() {
                notice("waiting for the ledger \(path): another command is writing to it (up to \(Self.text(seconds)) s; --wait SECONDS changes that)")
            }
            usleep(useconds_t(min(100_000, 5_000 * (tries + 1))))
            return true
        }
    }

    static func text(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }
}

/// When the current wait began, and whether it has been told; shared by the calls of one busy handler.
private final class WaitClock: @unchecked Sendable {
    private let lock = NSLock()
    private var start = Date()
    private var told = false

    /// Seconds since the wait began; `restart` begins a new wait (SQLite's first try of a statement).
    func waited(restart: Bool) -> Double {
        lock.withLock {
            if restart { start = Date() }
            return Date().timeIntervalSince(start)
        }
    }

    /// True the first time only.
    func tellOnce() -> Bool {
        lock.withLock {
            defer { told = true }
            return !told
        }
    }
}

/// The other processes on this machine that have a ledger file open, described for a message: process ID, user and
/// command line, from `/proc` (Linux); empty where there is no `/proc` or no one else has it.
enum LedgerHolders {
    static func describe(path: String) -> [String] {
        let target = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        let files: Set<String> = [target, target + "-wal", target + "-shm"]
        let own = getpid()
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return [] }
        var holders: [String] = []
        for entry in entries {
            guard let pid = Int32(entry), pid != own,
                  let descriptors = try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(entry)/fd") else { continue }
            let holds = descriptors.contains { descriptor in
                (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/\(entry)/fd/\(descriptor)")).map(files.contains) ?? false
            }
            guard holds else { continue }
            holders.append("process \(pid)\(user(of: entry).map { " of \($0)" } ?? ""): \(commandLine(of: entry))")
        }
        return holders
    }

    private static func commandLine(of pid: String) -> String {
        guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline"), !data.isEmpty else { return "?" }
        let words = data.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
        let line = words.joined(separator: " ").split(whereSeparator: \.isNewline).joined(separator: " ")
        return line.count > 120 ? String(line.prefix(117)) + "..." : line
    }

    private static func user(of pid: String) -> String? {
        (try? FileManager.default.attributesOfItem(atPath: "/proc/\(pid)"))?[.ownerAccountName] as? String
    }
}
