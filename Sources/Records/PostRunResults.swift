import LedgerStore

/// What a post run has done so far: each row's result, the counts, the problem lines, and the run's entry in the
/// ledger's log of post runs (with the records each saved group of rows changed).
struct PostRunResults {
    private let place: String
    private let writer: LedgerWriter
    private var type: RecordType?
    private var runID: Int64?
    private(set) var counts = PostRunCounts()
    private(set) var results: [Int: RowResult] = [:]
    private(set) var problems: [String] = []
    private var savedRows: [Int] = []
    /// Results no later row can change, not yet taken: each record's as it is done, or, when all or nothing is
    /// asked, every one at the end.
    private var settled: [(row: Int, result: RowResult)] = []

    /// Results for the sheet named `place` in problem lines.
    init(place: String, writer: LedgerWriter) {
        self.place = place
        self.writer = writer
    }

    /// Starts recording rows of `type`; `run` is the log entry to open, nil on a dry run (which logs nothing).
    mutating func begin(type: RecordType, run: PostRun?) throws {
        self.type = type
        if let run { runID = try writer.begin(run) }
    }

    /// Records what saving the group's record did.
    mutating func record(_ group: RowGroup, _ outcome: SaveOutcome) throws {
        switch outcome.status {
        case .posted: counts.posted += 1
        case .updated: counts.updated += 1
        case .voided: counts.voided += 1
        case .unchanged: counts.unchanged += 1
        case .error: counts.errors += 1
        }
        for row in group.rows {
            results[row.number] = RowResult(status: outcome.status, message: outcome.message, recordID: outcome.recordID, version: outcome.version)
        }
        savedRows.append(contentsOf: group.rows.map(\.number))
        if let runID, let change = outcome.change {
            try writer.linkRecord(runID: runID, kind: outcome.kind, recordID: outcome.recordID, version: outcome.version,
                                   change: change, rows: group.rowNumbers)
        }
    }

    /// Records a group left out for problems in its cells: each on its row (and column), the other rows pointing to the first.
    mutating func fail(_ group: RowGroup, _ rowProblems: RowProblems) {
        counts.errors += 1
        for (row, problem) in rowProblems.problems {
            let column = problem.field.flatMap { type?.column($0)?.name }
            problems.append("\(place), row \(row)\(column.map { ", column \"\($0)\"" } ?? ""): \(problem.message)")
            let message = column.map { "\($0): \(problem.message)" } ?? problem.message
            results[row] = results[row].map { RowResult(status: .error, message: $0.message + "; " + message) }
                ?? RowResult(status: .error, message: message)
        }
        let firstBad = rowProblems.problems.map(\.row).min() ?? group.first.number
        for row in group.rows where results[row.number] == nil {
            results[row.number] = RowResult(status: .error, message: "not posted: row \(firstBad) of this record has an error")
        }
    }

    /// Records a group the ledger refused, with its one message on every row.
    mutating func fail(_ group: RowGroup, message: String) {
        counts.errors += 1
        let rows = group.rowNumbers
        problems.append("\(place), \(rows.count == 1 ? "row \(rows.lowerBound)" : "rows \(rows.lowerBound)-\(rows.upperBound)"): \(message)")
        for row in group.rows { results[row.number] = RowResult(status: .error, message: message) }
    }

    /// Marks the group's results settled: no later row changes them.
    mutating func settle(_ group: RowGroup) {
        for row in group.rows {
            if let result = results[row.number] { settled.append((row.number, result)) }
        }
    }

    /// The results settled since the last call, top to bottom.
    mutating func takeSettled() -> [(row: Int, result: RowResult)] {
        guard !settled.isEmpty else { return [] }
        defer { settled.removeAll(keepingCapacity: true) }
        return settled
    }

    /// Ends the run and says whether it is to be rolled back: with `allOrNothing`, any error turns every saved row
    /// into an error and settles all results at once; otherwise the log entry is closed with the counts.
    mutating func finish(allOrNothing: Bool) throws -> Bool {
        let rolledBack = allOrNothing && counts.errors > 0
        if rolledBack {
            let bad = counts.errors
            for row in savedRows {
                results[row] = RowResult(status: .error, message: "not posted: \(bad) record\(bad == 1 ? "" : "s") had errors and --all-or-nothing was given")
            }
        } else if let runID {
            try writer.finish(runID: runID, counts: counts)
        }
        if allOrNothing {
            settled = results.sorted { $0.key < $1.key }.map { (row: $0.key, result: $0.value) }
        }
        return rolledBack
    }
}
