import ArgumentParser
import Ledger
import LedgerStore
import Spreadsheet

/// `ledgersync fund list|add`: the funds of a fund-accounted company.
struct FundCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "fund", abstract: "List or add the funds of a fund-accounted company.",
                                                    subcommands: [List.self, Add.self])

    struct List: ReportingCommand {
        static let configuration = CommandConfiguration(abstract: "List the company's funds with their types.")
        @OptionGroup var options: LedgerOptions
        @OptionGroup var company: CompanyOptions

        func execute() throws {
            let store = try options.open()
            let company = try company.company(in: store)
            guard let funds = company.funds else { throw UserError("\(company.name) does not keep its books by fund") }
            var table = TextTable(["Fund", "Name", "Type", "Major", "Active"])
            for fund in try store.read({ try $0.funds(companyID: company.id) }) {
                table.add([fund.number, fund.name, fund.type.title, fund.isMajor ? "yes" : "", fund.isActive ? "yes" : "no"])
            }
            print("\(company.name): account codes \(funds.layout.pattern)")
            print(table.rendered)
        }
    }

    struct Add: ReportingCommand {
        static let configuration = CommandConfiguration(abstract: "Add a fund: its number is the fund segment of account codes.")
        @OptionGroup var options: LedgerOptions
        @OptionGroup var company: CompanyOptions

        @Argument(help: "The fund's number, such as 601.")
        var number: String

        @Argument(help: "The fund's name, such as \"Water Fund\".")
        var name: String

        @Option(help: ArgumentHelp("general, special-revenue, debt-service, capital-projects, permanent, enterprise, internal-service or trust-custodial."))
        var type: String

        @Flag(help: "A major fund: a column of its own in fund statements.")
        var major = false

        func execute() throws {
            guard let fundType = FundType(text: type) else {
                throw UserError("--type \"\(type)\" is not a fund type; use one of \(FundType.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            let store = try options.open()
            let company = try company.company(in: store)
            let fund = try store.write { writer in
                try writer.addFund(Fund(id: 0, companyID: company.id, number: number, name: name, type: fundType, isMajor: major))
            }
            print("added fund \(fund.label) (\(fund.type.title)\(fund.isMajor ? ", major" : "")) to \(company.name)")
        }
    }
}
