import Ledger
import Spreadsheet
import LedgerStore

/// Every posting of a period grouped by account, each account opening with its balance, a running balance
/// on every line, and closing with its totals.
struct GeneralLedger: ReportDefinition {
    let name = "general-ledger"
    let summary = "Every posting of a period by account, with opening, running and closing balances"
    let options: Set<ReportOption> = [.period, .range, .asOf, .classFilter, .location]
    let defaultPeriod = DefaultPeriod.preset(.thisFiscalYearToDate)

    private enum Column: Int, CaseIterable { case date, type, number, name, description, debit, credit, balance }

    func build(_ context: ReportContext, into sink: ReportSink) throws {
        let range = context.range!
        let opening = try FiscalPosition(context, through: range.from.adding(days: -1),
                                         fiscalYearStart: PeriodPreset.fiscalYearStart(
                                             containing: range.from, startMonth: context.company.fiscalYearStartMonth))
        try sink.begin(context.titledLayout(.statement, title: "General Ledger", columns: [
            ReportColumn("Date", .label, width: 14), ReportColumn("Type", .text, width: 18),
            ReportColumn("Number", .text, width: 12), ReportColumn("Name", .text, width: 28),
            ReportColumn("Description", .text, width: 36), ReportColumn("Debit", .money),
            ReportColumn("Credit", .money), ReportColumn("Balance", .money),
        ]))
        var rowCount = 0
        func add(_ row: ReportRow) throws {
            try sink.add(row)
            rowCount += 1
        }
        for account in opening.accounts where account.id > 0 {
            let sign = account.type.displaySign
            let openingBalance = (opening.balances[account.id] ?? 0) * sign
            var openingRow: Int?
            var balance = openingBalance, debits: Int64 = 0, credits: Int64 = 0
            func open() throws {
                try add(ReportRow(.heading, depth: 0, cells: [.text(account.label)]))
                openingRow = rowCount
                try add(ReportRow(.detail, depth: 1, cells: [.text("Opening Balance"), .empty, .empty, .empty, .empty,
                                                             .empty, .empty, .money(openingBalance)]))
            }
            if openingBalance != 0 { try open() }
            try context.reader.forEachEntry(accountID: account.id, from: range.from, through: range.to, filter: context.filter) { entry in
                if openingRow == nil { try open() }
                let row = rowCount
                balance += entry.amount * sign
                if entry.amount > 0 { debits += entry.amount } else { credits -= entry.amount }
                try add(ReportRow(.detail, depth: 1, cells: [
                    .date(entry.date), .text(entry.documentKind.displayName), .text(entry.documentNumber),
                    entry.partyName.map(CellValue.text) ?? .empty, .text(entry.description),
                    entry.amount > 0 ? .money(entry.amount) : .empty, entry.amount < 0 ? .money(-entry.amount) : .empty,
                    .formula(Self.running(from: .cell(row: row - 1, column: Column.balance.rawValue), row: row, sign: sign),
                             value: .money(balance)),
                ]))
            }
            guard let openingRow else { continue }
            let hasEntries = rowCount - 1 > openingRow
            let sums: (Formula?, Formula?) = hasEntries
                ? (.sum(rows: (openingRow + 1)...(rowCount - 1), column: Column.debit.rawValue),
                   .sum(rows: (openingRow + 1)...(rowCount - 1), column: Column.credit.rawValue))
                : (nil, nil)
            try add(ReportRow(.subtotal, depth: 0, cells: [
                .text("Total \(account.label)"), .empty, .empty, .empty, .empty,
                sums.0.map { .formula($0, value: .money(debits)) } ?? .money(0),
                sums.1.map { .formula($0, value: .money(credits)) } ?? .money(0),
                .formula(.cell(row: rowCount - 1, column: Column.balance.rawValue), value: .money(balance)),
            ]))
        }
        try sink.finish()
    }

    /// The previous balance moved by this row's debit and credit, in the direction the account is shown.
    private static func running(from previous: Formula, row: Int, sign: Int64) -> Formula {
        let debit = Formula.cell(row: row, column: Column.debit.rawValue)
        let credit = Formula.cell(row: row, column: Column.credit.rawValue)
        return sign > 0 ? .subtract(.add([previous, debit]), credit) : .subtract(.add([previous, credit]), debit)
    }
}
