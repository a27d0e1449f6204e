import Foundation
import Ledger
import LedgerStore
import Refresh
import Reports

/// Builds the report the options ask for and sends it where they say, with a line on stderr naming what was written.
enum ReportOutput {
    static func run(report name: String, options: ReportOptions, ledger: LedgerStore) throws {
        let definition = try ReportCatalog.definition(named: name)
        let request = options.request(report: definition.name, company: try options.entity.companyName(in: ledger))
        let destination = try options.destination()
        try send(try ReportSheet.plan(for: request, named: options.sheet, in: ledger), to: destination, ledger: ledger)
    }

    /// Builds planned sheets into `destination`: the text on stdout, or the file or sheets written named on stderr.
    static func send(_ sheets: [ReportSheet], to destination: ReportDestination, ledger: LedgerStore) throws {
        let written = try destination.write(sheets, from: ledger, today: .today, builtAt: Date()) {
            FileHandle.standardOutput.write(Data($0.utf8))
        }
        switch written {
        case .printed: break
        case .file(let path): FileHandle.standardError.write(Data("wrote \(path)\n".utf8))
        case .sheets(let names, let path):
            let quoted = names.map { "\"\($0)\"" }.joined(separator: ", ")
            FileHandle.standardError.write(Data("wrote sheet\(names.count == 1 ? "" : "s") \(quoted) into \(path)\n".utf8))
        }
    }
}
