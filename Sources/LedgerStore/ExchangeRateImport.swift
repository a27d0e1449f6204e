import Ledger

/// `rates import`: the rates of an exchange-rates file written into the ledger in one transaction, a rate the ledger
/// has for the same pair and day replaced, so importing a file again changes nothing. A bad row writes nothing.
public struct ExchangeRateImport: Sendable, Equatable {
    /// The pairs of the file, each with its first and last day and how many rates it has, by pair.
    public struct Pair: Sendable, Equatable {
        public var pair: String
        public var first: LocalDate
        public var last: LocalDate
        public var count: Int
    }

    public var rates: Int
    public var added: Int
    public var changed: Int
    public var unchanged: Int
    public var pairs: [Pair]

    /// Reads `path` (see `ExchangeRateFile`) and writes its rates into `store`.
    public static func run(path: String, into store: LedgerStore) throws -> ExchangeRateImport {
        let rates = try ExchangeRateFile.read(path: path)
        let changes = try store.write { writer in
            try rates.map { try writer.setRate(date: $0.date, from: $0.from, to: $0.to, rate: $0.rate) }
        }
        let pairs = Dictionary(grouping: rates, by: \.pair).sorted { $0.key < $1.key }.map { pair, dated in
            let dates = dated.map(\.date)
            return Pair(pair: pair, first: dates.min()!, last: dates.max()!, count: dated.count)
        }
        let count = { (change: RateChange) in changes.filter { $0 == change }.count }
        return ExchangeRateImport(rates: rates.count, added: count(.added), changed: count(.changed),
                                  unchanged: count(.unchanged), pairs: pairs)
    }
}
