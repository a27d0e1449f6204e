import Ledger
import LedgerStore

/// The money columns of a profit and loss split by class or location: one for each class (or location) of the
/// company, by name, leaving out inactive ones with no income or expenses in the period; then one for lines with none; the report
/// adds a total. Each column is the report's own filter narrowed to its class or location, so the columns add up to
/// the plain statement to the cent.
struct DimensionColumns {
    let titles: [String]
    let filters: [PostingFilter]

    init(_ kind: DimensionKind, context: ReportContext, range: DateRange, basis: RecognitionBasis) throws {
        let dimensions = try context.reader.dimensions(companyID: context.company.id)
            .filter { $0.kind == kind }
            .sorted { $0.name.localizedCaseInsensitiveCompare($1.name) == .orderedAscending }
        let statementAccounts = Set(try context.reader.accounts(companyID: context.company.id)
            .filter { [.income, .expense].contains($0.type.category) }.map(\.id))
        var titles: [String] = [], filters: [PostingFilter] = []
        for dimension in dimensions {
            var filter = context.filter
            if kind == .class { filter.classID = dimension.id } else { filter.locationID = dimension.id }
            if !dimension.isActive, try !context.reader.activity(companyID: context.company.id, from: range.from, through: range.to,
                                                                 basis: basis, filter: filter).keys.contains(where: statementAccounts.contains) {
                continue
            }
            titles.append(dimension.name)
            filters.append(filter)
        }
        var blank = context.filter
        if kind == .class { blank.withoutClass = true } else { blank.withoutLocation = true }
        self.titles = titles + ["No \(kind.rawValue)"]
        self.filters = filters + [blank]
    }

    var columns: StatementColumns { StatementColumns(titles: titles, derived: .total) }
}
