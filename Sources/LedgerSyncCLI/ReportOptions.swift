import ArgumentParser
import Foundation
import Ledger
import Refresh
import Reports

extension PeriodPreset: ExpressibleByArgument {}
extension ReportRequest.Basis: ExpressibleByArgument {}
extension ReportRequest.ColumnSplit: ExpressibleByArgument {}
extension ReportRequest.Comparison: ExpressibleByArgument {}
extension ReportRequest.Layout: ExpressibleByArgument {}

extension LocalDate: ExpressibleByArgument {
    public init?(argument: String) { self.init(iso: argument) }
}

/// The options of `report` and `table`: what to build, for whom, over which dates, and where to put it.
struct ReportOptions: ParsableArguments {
    @OptionGroup var entity: CompanyOrGroupOptions

    @Option(help: ArgumentHelp("A period relative to --as-of: \(PeriodPreset.allNames).", valueName: "preset"))
    var period: PeriodPreset?

    @Option(name: .customLong("as-of"), help: ArgumentHelp("The date periods count from (YYYY-MM-DD); today by default.", valueName: "date"))
    var asOf: LocalDate?

    @OptionGroup var dates: DateRangeOptions

    @Option(help: "accrual (income when invoiced) or cash (income when paid).")
    var basis: ReportRequest.Basis = .accrual

    @Option(help: "Split the period into columns: total, month, quarter or year; or a P&L into a column per class or location.")
    var columns: ReportRequest.ColumnSplit = .total

    @Option(help: "Add columns for previous-period or previous-year, with the change and % change.")
    var compare: ReportRequest.Comparison?

    @Option(name: .customLong("class"), help: ArgumentHelp("Only postings of this class.", valueName: "name"))
    var className: String?

    @Option(help: ArgumentHelp("Only postings of this location.", valueName: "name"))
    var location: String?

    @Option(help: ArgumentHelp("Only this customer.", valueName: "name"))
    var customer: String?

    @Option(help: ArgumentHelp("Only this vendor.", valueName: "name"))
    var vendor: String?

    @Flag(help: "Aging: one row per open invoice or bill instead of one per customer or vendor.")
    var detail = false

    @Option(help: ArgumentHelp("budget-overview, budget-vs-actual: the company's budget (`ledgersync budget list` names them).", valueName: "name"))
    var budget: String?

    @Option(help: "budget-vs-actual: budget-ledger for annual budget, month to date, year to date, remaining and % used.")
    var layout: ReportRequest.Layout?

    @Flag(name: .customLong("by-company"), help: "With --group and an .xlsx file: also a sheet per company, translated.")
    var byCompany = false

    @Option(name: [.short, .customLong("output")], help: ArgumentHelp("Write to this .xlsx or .csv file instead of the terminal.", valueName: "file"))
    var output: String?

    @Option(help: ArgumentHelp("The worksheet's name in the .xlsx file (the report's title by default). With an .xlsx file that exists, the report is added to it as this sheet, or replaces the sheet of this name LedgerSync built.", valueName: "name"))
    var sheet: String?

    @Flag(help: "Replace the output file if it exists.")
    var force = false

    /// Where the report goes, in the options' words when they cannot work together.
    func destination() throws -> ReportDestination {
        do {
            return try ReportDestination(output: output, sheet: sheet, replacing: force, byCompany: byCompany)
        } catch {
            let message = switch error {
            case .sheetNeedsWorkbook: "--sheet names a worksheet: use it with -o FILE.xlsx"
            case .exists(let path): "\(path) already exists: add --sheet NAME to add the report to it as a sheet, or --force to replace the file"
            case .companySheetsNeedWorkbook: "--by-company adds a sheet per company: write to an .xlsx file"
            case .unsupportedFormat(let path): "\(path): write to a .xlsx or .csv file, or leave out -o to print a table"
            }
            throw UserError(message)
        }
    }

    /// The request as stored in the workbook, with the company (or the group) filled in.
    func request(report: String, company: String) -> ReportRequest {
        var request = ReportRequest(report: report, company: company)
        request.group = entity.group
        request.period = period
        request.asOf = asOf
        request.from = dates.from
        request.to = dates.to
        request.basis = basis
        request.columns = columns
        request.compare = compare
        request.className = className
        request.location = location
        request.customer = customer
        request.vendor = vendor
        request.detail = detail
        request.byCompany = byCompany
        request.budget = budget
        request.layout = layout
        return request
    }
}
