import Foundation
import Ledger
import LedgerStore

/// Turns a request into a report: finds its definition, checks the options against it, resolves the company,
/// period and filters in one read snapshot of the ledger, and streams the report into a sink.
public enum ReportBuilder {
    public static func run(_ request: ReportRequest, in store: LedgerStore, today: LocalDate, builtAt: Date,
                           into sink: ReportSink) throws {
        try run([request], in: store, today: today, builtAt: builtAt) { _ in sink }
    }

    /// Builds several reports from one read snapshot, each into the sink `sink` gives for its index, asked for just
    /// before it is built. The sheets of one group report (statement, companies, rates) read and translate the
    /// group's companies once.
    public static func run(_ requests: [ReportRequest], in store: LedgerStore, today: LocalDate, builtAt: Date,
                           into sink: (Int) throws -> ReportSink) throws {
        try store.read { reader in
            let groupBooks = GroupBooksCache()
            for (index, request) in requests.enumerated() {
                try build(request, reader: reader, groupBooks: groupBooks, today: today, builtAt: builtAt, into: sink(index))
            }
        }
    }

    private static func build(_ request: ReportRequest, reader: LedgerReader, groupBooks: GroupBooksCache, today: LocalDate,
                              builtAt: Date, into sink: ReportSink) throws {
        let definition = try ReportCatalog.definition(named: request.report)
        try checkOptions(request, against: definition)
        if request.group == nil, let option = [(request.byCompany, "--by-company"), (request.member != nil, "member"),
                                               (request.rates, "rates")].first(where: \.0)?.1 {
            throw ConsolidationError.onlyForGroups(option: option)
        }
        if let group = request.group {
            try buildForGroup(request, group: group, definition: definition, reader: reader, groupBooks: groupBooks,
                              today: today, builtAt: builtAt, into: sink)
            return
        }
        let company = try reader.company(named: request.company)
        let asOf = request.asOf ?? today
        let requested = try requestedRange(request, asOf: asOf, fiscalYearStartMonth: company.fiscalYearStartMonth)
        let period = period(of: definition, requested: requested, asOf: asOf, fiscalYearStartMonth: company.fiscalYearStartMonth)
        let filters = try ReportFilters(request, company: company, reader: reader)
        let context = ReportContext(request: request, company: company, period: period, requestedRange: requested,
                                    asOf: asOf, filter: filters.filter, filterNotes: filters.notes,
                                    builtAt: builtAt, reader: reader)
        try definition.build(context, into: sink)
    }

    /// A group's consolidated statement: the group stands in for the company (its name, currency, and its first
    /// company's fiscal year), the period resolves as for a company, and filters are refused.
    private static func buildForGroup(_ request: ReportRequest, group name: String, definition: any ReportDefinition,
                                      reader: LedgerReader, groupBooks: GroupBooksCache, today: LocalDate, builtAt: Date,
                                      into sink: ReportSink) throws {
        guard ["profit-and-loss", "balance-sheet", "trial-balance", "budget-vs-actual"].contains(definition.name) else {
            throw ConsolidationError.notForGroups(report: definition.name)
        }
        if let option = [(request.className, "--class"), (request.location, "--location"), (request.customer, "--customer"),
                         (request.vendor, "--vendor"), (request.columns.dimension?.rawValue, "--columns \(request.columns.rawValue)")]
            .first(where: { $0.0 != nil })?.1 {
            throw ConsolidationError.filterNotForGroups(option: option)
        }
        let group = try reader.group(named: name)
        guard let parentID = group.companyIDs.first, let parent = try reader.company(id: parentID) else {
            throw ConsolidationError.emptyGroup(group.name)
        }
        let company = Company(id: 0, name: group.name, baseCurrency: group.currency,
                              fiscalYearStartMonth: parent.fiscalYearStartMonth)
        let asOf = request.asOf ?? today
        let requested = try requestedRange(request, asOf: asOf, fiscalYearStartMonth: company.fiscalYearStartMonth)
        let period = period(of: definition, requested: requested, asOf: asOf, fiscalYearStartMonth: company.fiscalYearStartMonth)
        let context = ReportContext(request: request, company: company, period: period, requestedRange: requested,
                                    asOf: asOf, filter: PostingFilter(), filterNotes: [], builtAt: builtAt, reader: reader)
        try GroupStatements.build(context, group: group, books: try groupBooks.books(for: context, group: group), into: sink)
    }

    /// The dates a report covers: the span or day the user named, else the report's default counted from `asOf`.
    private static func period(of definition: any ReportDefinition, requested: DateRange?, asOf: LocalDate,
                               fiscalYearStartMonth: Int) -> ReportPeriod {
        switch definition.defaultPeriod {
        case .preset(let preset): .span(requested ?? preset.range(asOf: asOf, fiscalYearStartMonth: fiscalYearStartMonth))
        case .asOfDate: .asOf(requested?.to ?? asOf)
        case .allDates: requested.map(ReportPeriod.span) ?? .allDates
        case .none: .none
        }
    }

    /// The options the user set, so that one the report would ignore is refused rather than silently dropped.
    static func optionsSet(in request: ReportRequest) -> Set<ReportOption> {
        var set: Set<ReportOption> = []
        if request.period != nil { set.insert(.period) }
        if request.from != nil || request.to != nil { set.insert(.range) }
        if request.asOf != nil { set.insert(.asOf) }
        if request.basis != .accrual { set.insert(.basis) }
        if request.columns.dimension != nil {
            set.insert(.dimensionColumns)
        } else if request.columns != .total {
            set.insert(.columns)
        }
        if request.compare != nil { set.insert(.compare) }
        if request.className != nil { set.insert(.classFilter) }
        if request.location != nil { set.insert(.location) }
        if request.customer != nil { set.insert(.customer) }
        if request.vendor != nil { set.insert(.vendor) }
        if request.detail { set.insert(.detail) }
        if request.budget != nil { set.insert(.budget) }
        if request.layout != nil { set.insert(.layout) }
        return set
    }

    static func checkOptions(_ request: ReportRequest, against definition: any ReportDefinition) throws(ReportError) {
        let takes = definition.options.sorted().map(\.flag).joined(separator: ", ")
        if let extra = optionsSet(in: request).subtracting(definition.options).sorted().first {
            throw .optionNotTaken(option: extra.flag, report: definition.name, takes: takes)
        }
        if request.period != nil, request.from != nil || request.to != nil { throw .periodConflict }
        if request.compare != nil, request.columns != .total {
            // A P&L by month or quarter may set each beside the same months a year earlier.
            let paired = definition.name == "profit-and-loss" && request.group == nil && request.compare == .previousYear
                && [.month, .quarter].contains(request.columns)
            if !paired { throw .comparisonNeedsOneColumn }
        }
        if request.customer != nil, request.vendor != nil { throw .customerAndVendor }
        if let dimension = request.columns.dimension,
           (dimension == .class ? request.className : request.location) != nil { throw .columnsAndFilter(dimension) }
    }

    /// The span the user named with `--period` or `--from/--to`, or nil when they named none.
    static func requestedRange(_ request: ReportRequest, asOf: LocalDate, fiscalYearStartMonth: Int) throws(ReportError) -> DateRange? {
        if let preset = request.period { return preset.range(asOf: asOf, fiscalYearStartMonth: fiscalYearStartMonth) }
        do { return try DateRange.given(from: request.from, to: request.to) } catch { throw ReportError(error) }
    }
}
