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
                expenses), then their parents, then themselves: `assets:1100 Accounts Receivable`. All dates unless \
                --from and --to narrow them; `-o -` writes to standard output.
                """)

        @OptionGroup var options: LedgerOptions

        @OptionGroup var company: CompanyOptions
        @OptionGroup var dates: DateRangeOptions
        @OptionGroup var file: OutputFileOptions

        func validate() throws {
            if file.output != "-" { try file.check() }
        }

        func execute() throws {
            let store = try options.open()
            let name = try company.company(in: store).name
            let (from, to, output) = (dates.from, dates.to, file.output)
            if output == "-" {
                let stdout = FileHandle.standardOutput
                _ = try PlainTextJournal.write(company: name, from: from, to: to, ledger: store) { stdout.write(Data($0.utf8)) }
                return
            }
            let writer = try AtomicFileWriter(path: output)
            let summary = try PlainTextJournal.write(company: name, from: from, to: to, ledger: store) { try writer.write($0.utf8) }
            try writer.close()
            FileHandle.standardError.write(Data("wrote \(output): \(summary.transactions) transactions of \(summary.company) in \(summary.currency)\n".utf8))
        }
    }
}
