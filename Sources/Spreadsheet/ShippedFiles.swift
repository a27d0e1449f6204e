import Foundation

/// Finds the folders ledgersync ships beside its binary (`Templates`, `Examples/northwind`), wherever the binary is:
/// installed as `PREFIX/bin/ledgersync` with them in `PREFIX/share/ledgersync/`, copied with them into its own folder,
/// or built inside the source tree. The binary's own path is read from the system, never from the working directory,
/// so a run from any folder (or through a symbolic link on `PATH`) finds the same files.
public enum ShippedFiles {
    /// The first folder `relative` (such as "Templates") that holds `marker` (such as "records"), looked for in
    /// `share/ledgersync/` beside the binary's folder, in the binary's folder, then in each folder above it.
    public static func folder(_ relative: String, containing marker: String, executable: URL? = nil) -> URL? {
        candidates(relative, executable: executable ?? executableURL).first { folder in
            FileManager.default.fileExists(atPath: folder.appendingPathComponent(marker).path)
        }
    }

    /// Where `folder(_:containing:)` looks, in order, for the error message that says it found nothing.
    public static func candidates(_ relative: String, executable: URL? = nil) -> [URL] {
        let binaryFolder = (executable ?? executableURL).deletingLastPathComponent()
        var candidates = [binaryFolder.appendingPathComponent("../share/ledgersync").appendingPathComponent(relative).standardized]
        var folder = binaryFolder
        while true {
            candidates.append(folder.appendingPathComponent(relative))
            guard folder.path != "/", !folder.path.isEmpty else { break }
            folder.deleteLastPathComponent()
        }
        return candidates
    }

    /// The running binary, symbolic links resolved: Linux says where it is in `/proc/self/exe`; elsewhere Foundation
    /// knows, and the command line is the last resort.
    public static var executableURL: URL {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: path)
        }
        if let url = Bundle.main.executableURL { return url.resolvingSymlinksInPath() }
        return URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
    }
}
