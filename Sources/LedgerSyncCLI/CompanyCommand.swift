import Spreadsheet
import ArgumentParser
import Ledger
import LedgerStore

/// `ledgersync company list|add`.
struct CompanyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "company", abstract: "List or add companies.",
                                                    subcommands: [List.self, Add.self])

    struct List: ReportingCommand {
        static let configuration = CommandConfiguration(abstract: "List the companies in the ledger.")
        @OptionGroup var options: LedgerOptions

        func execute() throws {
            let companies = try options.open().read { try $0.companies() }
            var table = TextTable(["Company", "Currency", "Fiscal year starts", "Locale"])
            for company in companies {
                table.add([company.name, company.baseCurrency.code, MonthName.name(company.fiscalYearStartMonth), company.locale])
            }
            print(table.rendered)
        }
    }

    struct Add: ReportingCommand {
        static let configuration = CommandConfiguration(abstract: "Add a company, with a starter chart of accounts.")
        @OptionGroup var options: LedgerOptions

        @Argument(help: "The company's name.")
        var name: String

        @Option(help: "The currency its books are kept in (ISO code such as USD).")
        var currency: String

        @Option(name: .customLong("fiscal-year-start"), help: "The month its fiscal year starts: 1-12 or a month name.")
        var fiscalYearStart = "January"

        @Option(help: "How the company writes dates and numbers in sheets, such as en_US (03/04/2026 is March 4) or en_GB.")
        var locale = "en_US"

        @Flag(help: "Start with no accounts instead of the starter chart.")
        var emptyChart = false

        @Option(help: ArgumentHelp("The chart to start with: starter (a small business) or city (fund accounting in fund-department-object codes, with the General Fund).", valueName: "chart"))
        var chart = "starter"

        func execute() throws {
            let currency = try Currency(code: currency)
            guard let month = MonthName.number(fiscalYearStart) else {
                throw UserError("--fiscal-year-start \"\(fiscalYearStart)\" is not a month; use 1-12 or a name such as April")
            }
            guard ["starter", "city"].contains(chart.lowercased()), !(emptyChart && chart.lowercased() == "city") else {
                throw UserError("--chart \"\(chart)\" is not a chart; use starter or city (and --empty-chart only without --chart city)")
            }
            let isCity = chart.lowercased() == "city"
            let company = try options.open(create: true).write { writer in
                let company = try writer.addCompany(name: name, currency: currency, fiscalYearStartMonth: month, locale: locale)
                if isCity {
                    try writer.addCityChart(companyID: company.id)
                } else if !emptyChart {
                    try writer.addStarterChart(companyID: company.id)
                }
                return company
            }
            let funds = isCity ? ", fund-accounted with the General Fund (add others with fund add)" : ""
            print("added \(company.name) (\(company.baseCurrency.code), fiscal year from \(MonthName.name(month)))\(funds)")
        }
    }
}
