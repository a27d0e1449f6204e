import ArgumentParser
import Ledger

/// `--from DATE --to DATE`: the first and last day a command covers, both or neither, in order.
struct DateRangeOptions: ParsableArguments {
    @Option(help: ArgumentHelp("The first day (YYYY-MM-DD), with --to.", valueName: "date"))
    var from: LocalDate?

    @Option(help: ArgumentHelp("The last day (YYYY-MM-DD), with --from.", valueName: "date"))
    var to: LocalDate?

    func validate() throws {
        do { _ = try DateRange.given(from: from, to: to) } catch { throw UserError(error.description) }
    }
}
