import Foundation

/// A one-line progress bar on stderr, drawn only when stderr is a terminal.
struct ProgressBar {
    let label: String
    let enabled = isatty(STDERR_FILENO) == 1

    func update(_ done: Int, of total: Int) {
        guard enabled, total > 0 else { return }
        let width = 30
        let filled = width * done / total
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        let end = done >= total ? "\n" : ""
        FileHandle.standardError.write(Data("\r\(label) [\(bar)] \(done)/\(total)\(end)".utf8))
    }
}
