import ArgumentParser
import Foundation
import Ledger
import Reports
import SpreadsheetBasics

/// `ledgersync export journal`: the books in a form other accounting tools read.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export", abstract: "Write a company's books for other accounting tools.", subcommands: [Journal.self])

    struct Journal: ReportingCommand {
        static let configuration = CommandConfiguration(
            abstract: "Write a company's postings as a plain-text journal that hledger and Ledger read.",
            discussion: """
                One transaction per posted document, one posting per account, amounts in the company's currency \
                (`1234.56 USD`). Accounts are named by their category (assets, liabilities, equity, revenues, \
                expenses), then their parents, then themselves: `assets:1100 Accounts Receivable`.
                """)

        @OptionGroup var options: LedgerOptions

        @Option(help: "The company.")
        var company: String

        @Option(help: ArgumentHelp("First day of the postings (YYYY-MM-DD), with --to; all dates by default.", valueName: "date"))
        var from: LocalDate?

        @Option(help: ArgumentHelp("Last day of the postings (YYYY-MM-DD), with --from.", valueName: "date"))
        var to: LocalDate?

        @Option(name: [.short, .customLong("output")], help: ArgumentHelp("The journal file to write, or - for standard output.", valueName: "file"))
        var output: String

        @Flag(help: "Replace the output file if it exists.")
        var force = false

        func execute() throws {
            let store = try options.open()
            if output == "-" {
                let stdout = FileHandle.standardOutput
                _ = try PlainTextJournal.write(company: company, from: from, to: to, ledger: store) { stdout.write(Data($0.utf8)) }
                return
            }
            if FileManager.default.fileExists(atPath: output), !force { throw UserError("\(output) already exists: add --force to replace it") }
            let file = try AtomicFileWriter(path: output)
            let summary = try PlainTextJournal.write(company: company, from: from, to: to, ledger: store) { try file.write($0.utf8) }
            try file.close()
            FileHandle.standardError.write(Data("wrote \(output): \(summary.transactions) transactions of \(summary.company) in \(summary.currency)\n".utf8))
        }
    }
}
