import ArgumentParser
import Foundation

/// Exit codes, as documented in the README.
enum ExitStatus {
    /// The command ran, and what it checked was found wanting (`ledger check`).
    static let problemsFound = ExitCode(1)
    /// Bad input or an unusable ledger: one line on stderr says what and how to fix it.
    static let badInput = ExitCode(2)

    /// Prints `message` as the one line of a bad input and exits with `badInput`.
    static func failBadInput(_ message: String) -> Never {
        FileHandle.standardError.write(Data("ledgersync: \(message)\n".utf8))
        Foundation.exit(badInput.rawValue)
    }
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
            ExitStatus.failBadInput(String(describing: error))
        }
    }
}

/// A mistake in what the user asked for, with the fix in the message. Thrown from `execute()`, or from a `validate()`
/// when the options do not go together; either way it is one line on stderr and exit status 2.
struct UserError: Error, CustomStringConvertible {
    let description: String
    init(_ message: String) { description = message }
}
