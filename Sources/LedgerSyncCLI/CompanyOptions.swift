import ArgumentParser
import Ledger
import LedgerStore

/// `--company NAME`, which may be left out when the ledger holds one company.
struct CompanyOptions: ParsableArguments {
    @Option(help: "The company; may be left out when the ledger holds one company.")
    var company: String?

    /// The company named (in any case), or the ledger's only one.
    func company(in store: LedgerStore) throws -> Company {
        try store.read { try $0.company(namedOrOnly: company) }
    }
}

/// `--company NAME` or `--group NAME`: whose books a report is about.
struct CompanyOrGroupOptions: ParsableArguments {
    @OptionGroup var company: CompanyOptions

    @Option(help: ArgumentHelp("A company group: its consolidated profit-and-loss, balance-sheet or trial-balance, in the group's currency.",
                               valueName: "name"))
    var group: String?

    func validate() throws {
        if group != nil, company.company != nil { throw UserError("give --company or --group, not both") }
    }

    /// The company named, or the ledger's only one; empty for a group, whose report names no company.
    func companyName(in store: LedgerStore) throws -> String {
        group != nil ? "" : try company.company(in: store).name
    }
}
