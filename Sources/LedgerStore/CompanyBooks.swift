import Ledger

/// One company's reference data, loaded once: its lists in the order the ledger keeps them (accounts in chart
/// order, everything else by name) and each list by ID. A write transaction keeps one per company
/// (`LedgerWriter.books(companyID:)`), so validating and posting thousands of documents does not query the
/// same rows again; records sheets build their name lookups from the same load.
public struct CompanyBooks: Sendable {
    public let company: Company
    public let accounts: [Account]
    public let parties: [Party]
    public let items: [Item]
    public let taxCodes: [TaxCode]
    public let dimensions: [TrackingDimension]
    public let terms: [PaymentTerms]
    /// A fund-accounted company's funds by number; empty for other companies.
    public let funds: [Fund]
    public let accountsByID: [Int64: Account]
    public let partiesByID: [Int64: Party]
    public let itemsByID: [Int64: Item]
    public let dimensionsByID: [Int64: TrackingDimension]
    public let termsByID: [Int64: PaymentTerms]
    public let fundsByID: [Int64: Fund]
    /// What posting needs to know of the company: its currency, control accounts, tax codes and fund settings.
    public let context: PostingContext

    /// Reads the company's lists through `reader`, which inside a write transaction sees what it has written.
    public init(company: Company, reader: LedgerReader) throws {
        self.company = company
        accounts = try reader.accounts(companyID: company.id)
        parties = try reader.parties(companyID: company.id)
        items = try reader.items(companyID: company.id)
        taxCodes = try reader.taxCodes(companyID: company.id)
        dimensions = try reader.dimensions(companyID: company.id)
        terms = try reader.paymentTerms(companyID: company.id)
        funds = try reader.funds(companyID: company.id)
        accountsByID = Self.byID(accounts, \.id)
        partiesByID = Self.byID(parties, \.id)
        itemsByID = Self.byID(items, \.id)
        dimensionsByID = Self.byID(dimensions, \.id)
        termsByID = Self.byID(terms, \.id)
        fundsByID = Self.byID(funds, \.id)
        context = PostingContext(baseCurrency: company.baseCurrency,
                                 receivablesAccountID: accounts.first { $0.type == .accountsReceivable }?.id,
                                 payablesAccountID: accounts.first { $0.type == .accountsPayable }?.id,
                                 taxCodes: Self.byID(taxCodes, \.id), funds: company.funds)
    }

    private static func byID<Row>(_ rows: [Row], _ id: KeyPath<Row, Int64>) -> [Int64: Row] {
        Dictionary(uniqueKeysWithValues: rows.map { ($0[keyPath: id], $0) })
    }
}
