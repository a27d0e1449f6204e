import Reports

/// Passes a report on to the sheet that renders it, noting the period it covers for the refresh's summary.
final class PeriodCapture: ReportSink {
    private let sink: ReportSink
    private(set) var periodText = ""

    init(_ sink: ReportSink) {
        self.sink = sink
    }

    func begin(_ layout: ReportLayout) throws {
        periodText = layout.periodText
        try sink.begin(layout)
    }

    func add(_ row: ReportRow) throws {
        try sink.add(row)
    }

    func finish() throws {
        try sink.finish()
    }
}
