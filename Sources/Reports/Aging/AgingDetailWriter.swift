import Ledger
import Spreadsheet
import LedgerStore

/// Writes the detail form of an aging report as open documents stream in, grouped by party (they arrive in
/// party order): a heading per party, one row per document with its amount in its age bucket, a live subtotal
/// per party, and a grand total over all of them that skips the party subtotals (SUBTOTAL(9, …) in a sheet).
final class AgingDetailWriter {
    /// Label, date, due date and days past due come before the money columns.
    private static let firstMoneyColumn = 4
    private static let moneyColumnCount = AgingBucket.allCases.count + 1

    static func columns(partyTitle: String) -> [ReportColumn] {
        [ReportColumn(partyTitle, .label), ReportColumn("Date", .date), ReportColumn("Due Date", .date),
         ReportColumn("Days Past Due", .integer)]
            + AgingBucket.allCases.map { ReportColumn($0.title, .money) } + [ReportColumn("Open Balance", .money)]
    }

    private let sink: ReportSink
    private var rowCount = 0
    /// The party whose documents are being written: where its rows start and their sums per money column.
    private var party: (id: Int64, name: String, firstRow: Int, sums: [Int64])?
    private var grandTotals: [Int64] = Array(repeating: 0, count: moneyColumnCount)

    init(sink: ReportSink) { self.sink = sink }

    func add(_ item: OpenItem) throws {
        if party?.id != item.partyID {
            try closeParty()
            try emit(ReportRow(.heading, cells: [.text(item.partyName)]))
            party = (item.partyID, item.partyName, rowCount, Array(repeating: 0, count: Self.moneyColumnCount))
        }
        var cells: [CellValue] = [.text("\(TableCell.sentenceCase(item.kind.displayName)) \(item.number)"),
                                   .date(item.date), .date(item.dueDate), .integer(Int64(item.daysPastDue))]
        cells += AgingBucket.allCases.map { $0 == item.bucket ? .money(item.openBalance) : .empty }
        cells.append(.money(item.openBalance))
        party?.sums[item.bucket.rawValue] += item.openBalance
        party?.sums[Self.moneyColumnCount - 1] += item.openBalance
        try emit(ReportRow(.detail, depth: 1, cells: cells))
    }

    /// Closes the last party, writes the grand total and finishes the sink.
    func finish() throws {
        try closeParty()
        let cells = grandTotals.enumerated().map { offset, total -> CellValue in
            guard rowCount > 0 else { return .money(total) }
            return .formula(.groupTotal(rows: 0...(rowCount - 1), column: Self.firstMoneyColumn + offset), value: .money(total))
        }
        try emit(ReportRow(.total, cells: [.text("Total"), .empty, .empty, .empty] + cells))
        try sink.finish()
    }

    private func closeParty() throws {
        guard let party else { return }
        let rows = party.firstRow...(rowCount - 1)
        let cells = party.sums.enumerated().map { offset, sum in
            CellValue.formula(.groupTotal(rows: rows, column: Self.firstMoneyColumn + offset), value: .money(sum))
        }
        for (offset, sum) in party.sums.enumerated() { grandTotals[offset] += sum }
        try emit(ReportRow(.subtotal, cells: [.text("Total for \(party.name)"), .empty, .empty, .empty] + cells))
        self.party = nil
    }

    private func emit(_ row: ReportRow) throws {
        try sink.add(row)
        rowCount += 1
    }
}
