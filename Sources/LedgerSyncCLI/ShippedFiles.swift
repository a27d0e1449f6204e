import Foundation
import Records

/// Finds the folders ledgersync ships beside its binary (`Templates`, `Examples/northwind`), wherever the binary is:
/// installed as `PREFIX/bin/ledgersync` with them in `PREFIX/share/ledgersync/`, copied with them into its own folder,
/// or built inside the source tree. The binary's own path is read from the system, never from the working directory,
/// so a run from any folder (or through a symbolic link on `PATH`) finds the same files.
enum ShippedFiles {
    /// The first folder `relative` (such as "Templates") that holds `marker` (such as "records"), looked for in
    /// `share/ledgersync/` beside the binary's folder, in the binary's folder, then in each folder above it.
    static func folder(_ relative: String, containing marker: String, executable: URL? = nil) -> URL? {
        candidates(relative, executable: executable ?? executableURL).first { folder in
            FileManager.default.fileExists(atPath: folder.appendingPathComponent(marker).path)
        }
    }

    /// Where `folder(_:containing:)` looks, in order, for the error message that says it found nothing.
    static func candidates(_ relative: String, executable: URL? = nil) -> [URL] {
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
    static var executableURL: URL {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: path)
        }
        if let url = Bundle.main.executableURL { return url.resolvingSymlinksInPath() }
        return URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
    }

    /// The templates folder: `$LEDGERSYNC_TEMPLATES`, else the one shipped beside the binary.
    static func templatesFolder() throws(UserError) -> URL {
        if let folder = ProcessInfo.processInfo.environment["LEDGERSYNC_TEMPLATES"], !folder.isEmpty {
            return URL(fileURLWithPath: folder)
        }
        if let folder = folder("Templates", containing: "records") { return folder }
        let looked = candidates("Templates").prefix(2).map(\.path).joined(separator: " or ")
        throw UserError("cannot find the record templates (Templates/records) in \(looked); reinstall ledgersync (make install) or set LEDGERSYNC_TEMPLATES to the Templates folder")
    }

    /// The record types of the installed templates.
    static func recordTypes() throws -> RecordTypeCatalog {
        try RecordTypeCatalog(templatesFolder: try templatesFolder())
    }

    /// The `Examples/northwind` folder shipped beside the binary, else one in the working directory.
    static func examplesFolder() -> String? {
        let relative = "Examples/northwind", marker = "companies.csv"
        if let folder = folder(relative, containing: marker) { return folder.path }
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(relative)
        return FileManager.default.fileExists(atPath: here.appendingPathComponent(marker).path) ? here.path : nil
    }
}
