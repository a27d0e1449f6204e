import ArgumentParser
import Foundation
import Ledger
import LedgerStore
import Spreadsheet

/// `ledgersync budget create|list`: a company's budgets for its fiscal years.
struct BudgetCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "budget", abstract: "Create and list budgets: amounts per account per month of a fiscal year.",
        subcommands: [List.self, Create.self, History.self])

    struct List: ReportingCommand {
        static let configuration = CommandConfiguration(abstract: "List the company's budgets, the latest fiscal year first.")
        @OptionGroup var options: LedgerOptions
        @OptionGroup var company: CompanyOptions

        func execute() throws {
            let store = try options.open()
            let company = try company.company(in: store)
            let budgets = try store.read { reader in
                try reader.budgets(companyID: company.id).map { ($0, try reader.budgetLines(budgetID: $0.id).count) }
            }
            guard !budgets.isEmpty else {
                print("\(company.name) has no budget yet: add one with `ledgersync budget create NAME --year YEAR`")
                return
            }
            var table = TextTable(["Budget", "Fiscal year", "Dates", "Lines", "Version"])
            for (budget, lines) in budgets {
                let dates = FiscalYear.range(of: budget.fiscalYear, startMonth: company.fiscalYearStartMonth)
                table.add([budget.name, "\(budget.fiscalYear)", "\(dates)", "\(lines)", "\(budget.version)"])
            }
            print(table.rendered)
        }
    }

    struct History: ReportingCommand {
        static let configuration = CommandConfiguration(abstract: "A budget's revisions: each version, when it was made, and how many lines it replaced.")
        @OptionGroup var options: LedgerOptions
        @OptionGroup var company: CompanyOptions

        @Argument(help: "The budget's name (any case).")
        var name: String

        func execute() throws {
            let store = try options.open()
            let company = try company.company(in: store)
            let (budget, revisions) = try store.read { reader in
                let budget = try reader.budget(named: name, of: company)
                return (budget, try reader.budgetRevisions(budgetID: budget.id))
            }
            print("budget \"\(budget.name)\" of \(company.name), fiscal year \(budget.fiscalYear)")
            var table = TextTable(["Version", "Change", "At (UTC)", "Lines replaced"])
            for revision in revisions {
                table.add(["\(revision.version)", revision.action, revision.at, "\(revision.replacedLines)"])
            }
            print(table.rendered)
        }
    }

    struct Create: ReportingCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a budget for a fiscal year, empty or from an earlier year's actuals.",
            discussion: "A fiscal year is named by the calendar year it ends in: for a year starting in July, 2026 runs from July 2025 to June 2026.")
        @OptionGroup var options: LedgerOptions
        @OptionGroup var company: CompanyOptions

        @Argument(help: "The budget's name, such as \"2026 Adopted\".")
        var name: String

        @Option(help: "The fiscal year it is for, such as 2026.")
        var year: Int

        @Option(name: .customLong("from-actuals"), help: ArgumentHelp(
            "Fill it from this fiscal year's income and expense actuals, month for month.", valueName: "year"))
        var fromActuals: Int?

        // Unconditional, so a negative percentage (-2.5%) is read as the value rather than as another option.
        @Option(parsing: .unconditional, help: ArgumentHelp("With --from-actuals: change every amount by this percentage, such as 5% or -2.5%.",
                                                            valueName: "percent"))
        var change: String?

        @Option(help: ArgumentHelp("In a fund-accounted company, the fund whose appropriations it holds (its number, such as 100); "
                                   + "its budget ledger then counts that fund's postings alone.", valueName: "fund"))
        var fund: String?

        func validate() throws {
            if change != nil, fromActuals == nil { throw UserError("--change goes with --from-actuals: add --from-actuals YEAR") }
            _ = try percent()
        }

        func execute() throws {
            let store = try options.open()
            let company = try company.company(in: store)
            let (budget, lines) = try store.write { writer in
                let fundID = try fund.map { wanted in
                    let funds = try writer.reader.funds(companyID: company.id)
                    guard let found = funds.first(where: { $0.number == wanted || $0.name.lowercased() == wanted.lowercased() }) else {
                        throw UserError("\(company.name) has no fund \"\(wanted)\"; its funds: "
                                        + (funds.isEmpty ? "none" : funds.map(\.label).joined(separator: ", ")))
                    }
                    return found.id
                }
                let budget = try writer.addBudget(companyID: company.id, name: name, fiscalYear: year, fundID: fundID)
                guard let fromActuals else { return (budget, 0) }
                let lines = try writer.reader.budgetLines(company: company, fromActualsOf: fromActuals, changedBy: try percent())
                _ = try writer.setBudgetLines(budgetID: budget.id, lines, expectedVersion: budget.version)
                return (budget, lines.count)
            }
            let dates = FiscalYear.range(of: budget.fiscalYear, startMonth: company.fiscalYearStartMonth)
            var source = ""
            if let fromActuals {
                let percent = try percent()
                source = ", \(lines) account\(lines == 1 ? "" : "s") from the actuals of \(fromActuals)"
                    + (percent == 0 ? "" : " \(percent > 0 ? "+" : "")\(percent)%")
            }
            print("created budget \"\(budget.name)\" of \(company.name) for fiscal year \(budget.fiscalYear) (\(dates))\(source)")
        }

        /// `--change` as a number of percent: "5%", "5" and "+5 %" are 5.
        private func percent() throws -> Decimal {
            guard let change else { return 0 }
            let text = change.trimmingCharacters(in: .whitespaces)
            let number = (text.hasSuffix("%") ? String(text.dropLast()) : text).trimmingCharacters(in: .whitespaces)
            guard let value = DecimalText.parse(number.hasPrefix("+") ? String(number.dropFirst()) : number) else {
                throw UserError("--change takes a percentage such as 5% or -2.5%, not \"\(change)\"")
            }
            return value
        }
    }
}
