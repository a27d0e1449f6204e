import ArgumentParser
import Foundation
import Records

/// `ledgersync records post FILE`: posts the rows marked Post = yes and writes each row's result back.
struct RecordsPostCommand: ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "post",
        abstract: "Post the rows marked Post = yes from an XLSX sheet or a CSV file.",
        discussion: """
            Each document posts whole or not at all; good documents post even when others have errors, unless \
            --all-or-nothing. Results go back into the workbook (Status, Message, Record ID, Version; Post becomes \
            done), or into FILE.results.csv beside a CSV file. Posting the same rows again changes nothing. Exits 1 \
            when any row failed.
            """)

    @OptionGroup var options: LedgerOptions

    @Argument(help: ArgumentHelp("The XLSX workbook or CSV file.", valueName: "file"))
    var file: String

    @Option(help: "The worksheet, by name or number (default: the sheet the template was written for).")
    var sheet: String?

    @Option(help: "The company (default: the workbook's own, or the ledger's only company).")
    var company: String?

    @Option(help: "The record type, if the sheet does not say (see `records types`).")
    var type: String?

    @Flag(help: "Check every row and report what would happen; write nothing.")
    var dryRun = false

    @Flag(help: "Post nothing if any row has an error.")
    var allOrNothing = false

    func execute() throws {
        var postOptions = RecordPostOptions(user: RunningUser.name)
        postOptions.sheet = sheet
        postOptions.company = company
        postOptions.type = type
        postOptions.dryRun = dryRun
        postOptions.allOrNothing = allOrNothing
        let poster = RecordPoster(store: try options.open(), catalog: try ShippedFiles.recordTypes())
        let progress = ProgressBar(label: "posting")
        let report = try poster.post(file, options: postOptions) { progress.count($0) }
        progress.finish()
        for line in report.warnings { FileHandle.standardError.write(Data("warning: \(line)\n".utf8)) }
        for line in report.problems { FileHandle.standardError.write(Data("\(line)\n".utf8)) }
        print(PostSummary(report).text)
        if report.counts.errors > 0 { throw ExitStatus.problemsFound }
    }
}

/// The lines `records post` prints on stdout.
struct PostSummary {
    let report: PostReport

    init(_ report: PostReport) { self.report = report }

    var text: String {
        let counts = report.counts
        let place = report.sheet.map { "\(report.fileName), sheet \"\($0)\"" } ?? report.fileName
        var lines = ["\(place): \(report.recordType) for \(report.company)"]
        let verb = report.dryRun ? "would be " : ""
        lines.append("  \(counts.posted) \(verb)posted, \(counts.updated) \(verb)updated, \(counts.voided) \(verb)voided, \(counts.unchanged) unchanged, \(counts.errors) with errors")
        if report.dryRun {
            lines.append("  dry run: nothing was written")
        } else if report.rolledBack {
            lines.append("  nothing was posted: --all-or-nothing and \(counts.errors) record\(counts.errors == 1 ? "" : "s") had errors")
        }
        if let results = report.resultsFile, !report.results.isEmpty { lines.append("  results written to \(results)") }
        return lines.joined(separator: "\n")
    }
}
