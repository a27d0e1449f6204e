import ArgumentParser
import Foundation
import Ledger
import Refresh

/// `ledgersync refresh FILE... [--as-of DATE] [--force] [--dry-run]`: rebuilds the report and records sheets of saved
/// workbooks.
struct RefreshCommand: ReportingCommand {
    static let configuration = CommandConfiguration(
        commandName: "refresh",
        abstract: "Rebuild the report and records sheets of saved workbooks from the ledger, keeping your own sheets, formulas and charts.",
        discussion: """
            Relative periods (this-month, this-fiscal-year-to-date …) count from --as-of, or today. A records export is \
            written again with its filter; a records template keeps your rows and gets new drop-down lists. A report \
            sheet or export whose cells you changed since it was built stops the refresh of its workbook unless --force. \
            Each workbook is written beside the old one and renamed into place. Exits 1 when any workbook was not refreshed.
            """)

    @OptionGroup var ledger: LedgerOptions
    @Argument(help: ArgumentHelp("The .xlsx workbooks to refresh.", valueName: "file"))
    var files: [String]
    @Option(name: .customLong("as-of"), help: ArgumentHelp("The date relative periods count from (YYYY-MM-DD); today by default.", valueName: "date"))
    var asOf: LocalDate?
    @Flag(help: "Rebuild report sheets and records exports even where their cells were edited, losing those edits.")
    var force = false
    @Flag(name: .customLong("dry-run"), help: "Say what would change; write nothing.")
    var dryRun = false

    func execute() throws {
        let store = try ledger.open()
        var options = RefreshOptions(asOf: asOf, today: .today)
        options.force = force
        options.dryRun = dryRun
        let progress = ProgressBar(label: "refreshing")
        var failed = 0, reports = 0, records = 0
        for (index, file) in files.enumerated() {
            progress.update(index, of: files.count)
            do {
                let results = try WorkbookRefresh.refresh(file, from: store, recordTypes: ShippedFiles.recordTypes, options: options)
                progress.finish()
                print("\(file):")
                for result in results { print("  " + result.line(dryRun: dryRun)) }
                let rebuilt = results.filter { $0.change == .rebuilt || $0.change == .rebuiltOverEdits }
                reports += rebuilt.filter { !$0.isRecords }.count
                records += rebuilt.filter(\.isRecords).count
            } catch {
                progress.finish()
                failed += 1
                FileHandle.standardError.write(Data("ledgersync: \(error)\n".utf8))
            }
        }
        let done = files.count - failed
        let verb = dryRun ? "would refresh" : "refreshed"
        let recordsSheets = records == 0 ? "" : ", \(records) records \(records == 1 ? "sheet" : "sheets")"
        print("\(verb) \(done) of \(files.count) \(files.count == 1 ? "workbook" : "workbooks") "
              + "(\(reports) report \(reports == 1 ? "sheet" : "sheets")\(recordsSheets))" + (failed > 0 ? "; \(failed) failed, see above" : ""))
        if failed > 0 { throw ExitStatus.problemsFound }
    }
}
