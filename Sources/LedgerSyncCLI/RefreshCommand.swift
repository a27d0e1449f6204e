import ArgumentParser
import Foundation
import Ledger
import Refresh

/// `ledgersync refresh FILE... [--as-of DATE] [--force] [--dry-run]`: rebuilds the report sheets of saved workbooks.
struct RefreshCommand: ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "refresh",
        abstract: "Rebuild the report sheets of saved workbooks from the ledger, keeping your own sheets, formulas and charts.",
        discussion: """
            Relative periods (this-month, this-fiscal-year-to-date …) count from --as-of, or today. A report sheet whose \
            cells you changed since it was built stops the refresh of its workbook unless --force. Each workbook is \
            written beside the old one and renamed into place. Exits 1 when any workbook was not refreshed.
            """)

    @OptionGroup var ledger: LedgerOptions
    @Argument(help: ArgumentHelp("The .xlsx workbooks to refresh.", valueName: "file"))
    var files: [String]
    @Option(name: .customLong("as-of"), help: ArgumentHelp("The date relative periods count from (YYYY-MM-DD); today by default.", valueName: "date"))
    var asOf: LocalDate?
    @Flag(help: "Rebuild report sheets even where their cells were edited, losing those edits.")
    var force = false
    @Flag(name: .customLong("dry-run"), help: "Say what would change; write nothing.")
    var dryRun = false

    func execute() throws {
        let store = try ledger.open()
        var options = RefreshOptions(asOf: asOf, today: ReportOutput.today)
        options.force = force
        options.dryRun = dryRun
        let progress = ProgressBar(label: "refreshing")
        var failed = 0, sheets = 0
        for (index, file) in files.enumerated() {
            progress.update(index, of: files.count)
            do {
                let results = try WorkbookRefresh.refresh(file, from: store, options: options)
                progress.finish()
                print("\(file):")
                for result in results { print("  " + result.line(dryRun: dryRun)) }
                sheets += results.filter { $0.change == .rebuilt || $0.change == .rebuiltOverEdits }.count
            } catch {
                progress.finish()
                failed += 1
                FileHandle.standardError.write(Data("ledgersync: \(error)\n".utf8))
            }
        }
        let done = files.count - failed
        let verb = dryRun ? "would refresh" : "refreshed"
        print("\(verb) \(done) of \(files.count) \(files.count == 1 ? "workbook" : "workbooks") (\(sheets) report \(sheets == 1 ? "sheet" : "sheets"))"
              + (failed > 0 ? "; \(failed) failed, see above" : ""))
        if failed > 0 { throw ExitStatus.problemsFound }
    }
}
