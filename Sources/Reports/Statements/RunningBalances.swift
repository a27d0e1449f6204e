import Ledger
import LedgerStore

/// Every account's balance (debit positive) of one company at the end of the days asked for, each worked out from the
/// latest earlier day already known plus what was posted since: balances at a run of dates (month ends) read each
/// posting once.
final class RunningBalances {
    private let reader: LedgerReader
    private let companyID: Int64
    private let basis: RecognitionBasis
    private let filter: PostingFilter
    /// The days worked out so far, earliest first.
    private var known: [(date: LocalDate, balances: [Int64: Int64])] = []

    init(reader: LedgerReader, companyID: Int64, basis: RecognitionBasis, filter: PostingFilter = PostingFilter()) {
        self.reader = reader
        self.companyID = companyID
        self.basis = basis
        self.filter = filter
    }

    /// The balances at the end of `date`.
    func through(_ date: LocalDate) throws -> [Int64: Int64] {
        let earlier = known.last { $0.date <= date }
        if let earlier, earlier.date == date { return earlier.balances }
        var balances = earlier?.balances ?? [:]
        let since = try reader.activity(companyID: companyID, from: earlier.map { $0.date.adding(days: 1) }, through: date,
                                        basis: basis, filter: filter)
        balances.merge(since, uniquingKeysWith: +)
        known.insert((date, balances), at: known.firstIndex { $0.date > date } ?? known.count)
        return balances
    }
}
