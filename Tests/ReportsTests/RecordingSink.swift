import Reports

/// Keeps what a report streams, for assertions.
final class RecordingSink: ReportSink {
    private(set) var layout: ReportLayout?
    private(set) var rows: [ReportRow] = []
    private(set) var finished = false

    func begin(_ layout: ReportLayout) throws { self.layout = layout }
    func add(_ row: ReportRow) throws { rows.append(row) }
    func finish() throws { finished = true }

    /// The column index titled `title`.
    func column(_ title: String) -> Int? { layout?.columns.firstIndex { $0.title == title } }

    /// The first row whose label (first cell) is `label`.
    func row(labelled label: String) -> ReportRow? {
        rows.first { $0.cells.first == .text(label) }
    }
}
