import ArgumentParser
import Foundation

/// `-o FILE` and `--force`: the file a command writes, which replaces an existing file only when asked.
struct OutputFileOptions: ParsableArguments {
    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("The file to write; its extension says in which format.", valueName: "file"))
    var output: String

    @Flag(help: "Replace the output file if it exists.")
    var force = false

    /// Refuses a file that exists without `--force`, and one whose extension is not among `formats` (when given).
    func check(formats: [String] = []) throws {
        let format = URL(fileURLWithPath: output).pathExtension.lowercased()
        if !formats.isEmpty, !formats.contains(format) {
            let kinds = formats.map { ".\($0)" }.joined(separator: " or ")
            throw UserError("\(output): write to a \(kinds) file")
        }
        if FileManager.default.fileExists(atPath: output), !force {
            throw UserError("\(output) already exists: add --force to replace it")
        }
    }
}
