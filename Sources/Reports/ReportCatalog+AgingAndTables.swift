import Ledger

extension ReportCatalog {
    /// Receivables and payables by age, as of a date.
    public static let aging: [any ReportDefinition] = [AgingReport(partyKind: .customer), AgingReport(partyKind: .vendor)]

    /// Flat typed tables of the ledger's records, for filtering and pivot tables.
    public static let tables: [any ReportDefinition] = [
        TransactionsTable(), InvoicesTable(partyKind: .customer), InvoicesTable(partyKind: .vendor), PaymentsTable(),
        PartiesTable(kind: .customer), PartiesTable(kind: .vendor), AccountsTable(), ItemsTable(),
    ]
}
