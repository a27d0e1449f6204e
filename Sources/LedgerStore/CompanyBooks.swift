import Ledger

/// One company's reference data held in memory while a write transaction posts documents,
/// so validating and posting thousands of documents does not query the same rows again.
struct CompanyBooks {
    let company: Company
    let accounts: [Int64: Account]
    let parties: [Int64: Party]
    let items: [Int64: Item]
    let dimensions: [Int64: TrackingDimension]
    let terms: [Int64: PaymentTerms]
    let context: PostingContext

    init(company: Company, reader: LedgerReader) throws {
        self.company = company
        let accountList = try reader.accounts(companyID: company.id)
        accounts = Dictionary(uniqueKeysWithValues: accountList.map { ($0.id, $0) })
        parties = Dictionary(uniqueKeysWithValues: try reader.parties(companyID: company.id).map { ($0.id, $0) })
        items = Dictionary(uniqueKeysWithValues: try reader.items(companyID: company.id).map { ($0.id, $0) })
        dimensions = Dictionary(uniqueKeysWithValues: try reader.dimensions(companyID: company.id).map { ($0.id, $0) })
        terms = Dictionary(uniqueKeysWithValues: try reader.paymentTerms(companyID: company.id).map { ($0.id, $0) })
        let taxCodes = Dictionary(uniqueKeysWithValues: try reader.taxCodes(companyID: company.id).map { ($0.id, $0) })
        context = PostingContext(baseCurrency: company.baseCurrency,
                                 receivablesAccountID: accountList.first { $0.type == .accountsReceivable }?.id,
                                 payablesAccountID: accountList.first { $0.type == .accountsPayable }?.id,
                                 taxCodes: taxCodes)
    }
}
