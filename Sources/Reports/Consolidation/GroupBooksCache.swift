import Ledger

/// The group books one run of reports has read, by the statement they are for: the sheets of one group report (the
/// consolidated statement, a sheet per company, the rates) differ only in which part they show, so they share one
/// reading and translation of the group's companies, and the Rates sheet lists the rates the statement used.
final class GroupBooksCache {
    private var books: [ReportRequest: CompanyGroupBooks] = [:]

    func books(for context: ReportContext, group: CompanyGroup) throws -> CompanyGroupBooks {
        var statement = context.request
        statement.member = nil
        statement.rates = false
        statement.byCompany = false
        statement.asOf = context.asOf
        if let known = books[statement] { return known }
        let differenceType: AccountType = ["profit-and-loss", "budget-vs-actual"].contains(statement.report) ? .otherIncome : .otherCurrentAsset
        let read = try CompanyGroupBooks(group, reader: context.reader, basis: context.basis, differenceType: differenceType)
        books[statement] = read
        return read
    }
}
