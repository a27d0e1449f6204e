import GRDB
import Ledger

/// The age bands of an aging report, by days past due: current (not yet due), then 30-day bands, then over 90.
public enum AgingBucket: Int, CaseIterable, Sendable {
    case current, days1To30, days31To60, days61To90, over90

    /// The oldest day past due the band holds; nil for the open-ended last band.
    private var lastDay: Int? {
        switch self {
        case .current: 0
        case .days1To30: 30
        case .days31To60: 60
        case .days61To90: 90
        case .over90: nil
        }
    }

    public init(daysPastDue: Int) {
        self = Self.allCases.first { $0.lastDay.map { daysPastDue <= $0 } ?? true }!
    }

    /// The band of `days` (an SQL integer expression) as its raw value, the same bands as `init(daysPastDue:)`.
    static func sqlCase(days: String) -> String {
        let bands = allCases.compactMap { bucket in bucket.lastDay.map { "WHEN \(days) <= \($0) THEN \(bucket.rawValue)" } }
        return "CASE \(bands.joined(separator: " ")) ELSE \(over90.rawValue) END"
    }
}

/// What one customer or vendor owes (or is owed) on a date, split by age; positive means owed to the company
/// for customers and owed by the company for vendors.
public struct PartyAging: Sendable, Equatable {
    public var partyID: Int64
    public var partyName: String
    /// Minor units per bucket, indexed by `AgingBucket.rawValue`.
    public internal(set) var amounts: [Int64] = Array(repeating: 0, count: AgingBucket.allCases.count)
}

/// One invoice, bill or credit with a non-zero open balance on a date.
public struct OpenItem: Sendable, Equatable {
    public var kind: DocumentKind
    public var number: String
    public var partyID: Int64
    public var partyName: String
    public var date: LocalDate
    /// The document's due date, or its date when it has none.
    public var dueDate: LocalDate
    /// Days from the due date to the aging date; zero or less is not yet due.
    public var daysPastDue: Int
    /// Minor units; credits are negative.
    public var openBalance: Int64

    public var bucket: AgingBucket { AgingBucket(daysPastDue: daysPastDue) }
}

extension LedgerReader {
    /// Each customer's (or vendor's) open balances on `asOf` by age bucket, one call per party with any
    /// non-zero bucket, by name. Summed in SQL; the sum over parties equals the control account on `asOf`.
    public func forEachPartyAging(companyID: Int64, partyKind: PartyKind, asOf: LocalDate, partyID: Int64? = nil,
                                  _ body: (PartyAging) throws -> Void) throws {
        let days = "CAST(julianday(:asOf) - julianday(o.due_date) AS INTEGER)"
        let cursor = try Row.fetchCursor(db, sql: """
            WITH \(OpenItems.cte)
            SELECT o.party_id, pa.name, \(AgingBucket.sqlCase(days: days)) AS bucket, SUM(o.open) AS amount
            FROM open_items o JOIN parties pa ON pa.id = o.party_id
            WHERE o.open != 0
            GROUP BY o.party_id, bucket HAVING amount != 0
            ORDER BY pa.name COLLATE NOCASE, o.party_id, bucket
            """, arguments: OpenItems.arguments(companyID: companyID, partyKind: partyKind, asOf: asOf, partyID: partyID))
        var current: PartyAging?
        while let row = try cursor.next() {
            let id: Int64 = row["party_id"]
            if let finished = current, finished.partyID != id {
                try body(finished)
                current = nil
            }
            if current == nil { current = PartyAging(partyID: id, partyName: row["name"]) }
            current?.amounts[row["bucket"]] = row["amount"]
        }
        if let current { try body(current) }
    }

    /// Every document with a non-zero open balance on `asOf`, by party name, then date and number.
    public func forEachOpenItem(companyID: Int64, partyKind: PartyKind, asOf: LocalDate, partyID: Int64? = nil,
                                _ body: (OpenItem) throws -> Void) throws {
        let cursor = try Row.fetchCursor(db, sql: """
            WITH \(OpenItems.cte)
            SELECT o.*, pa.name AS party_name
            FROM open_items o JOIN parties pa ON pa.id = o.party_id
            WHERE o.open != 0
            ORDER BY pa.name COLLATE NOCASE, o.party_id, o.date, o.number
            """, arguments: OpenItems.arguments(companyID: companyID, partyKind: partyKind, asOf: asOf, partyID: partyID))
        while let row = try cursor.next() {
            let dueDate = try RowDecoding.date(row["due_date"])
            try body(OpenItem(kind: try TableSQL.documentKind(row["kind"]), number: row["number"], partyID: row["party_id"],
                              partyName: row["party_name"], date: try RowDecoding.date(row["date"]), dueDate: dueDate,
                              daysPastDue: dueDate.days(until: asOf), openBalance: row["open"]))
        }
    }
}
