import ArgumentParser
import Foundation

/// Exit codes, as documented in the README.
enum ExitStatus {
    /// The command ran, and what it checked was found wanting (`ledger check`).
    static let problemsFound = ExitCode(1)
    /// Bad input or an unusable ledger: one line on stderr says what and how to fix it.
    static let badInput = ExitCode(2)
}

/// A command whose expected failures print one clear line on stderr and exit with `ExitStatus.badInput`,
/// never a stack trace. Commands implement `execute()`.
protocol ReportingCommand: ParsableCommand {
    func execute() throws
}

extension ReportingCommand {
    func run() throws {
        do {
            try execute()
        } catch let error as ExitCode {
            throw error
        } catch {
            // Every error of the libraries describes itself for the user (file, row, column and the fix).
            fail(String(describing: error))
        }
    }

    private func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("ledgersync: \(message)\n".utf8))
        Foundation.exit(ExitStatus.badInput.rawValue)
    }
}

/// A mistake in what the user asked for, with the fix in the message.
struct UserError: Error, CustomStringConvertible {
    let description: String
    init(_ message: String) { description = message }
}
