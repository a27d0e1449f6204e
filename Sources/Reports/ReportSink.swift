/// Receives a report as it is built: the layout first, then rows in order, then `finish`.
/// Renderers implement it, so rows stream from the ledger to the file without being held in memory.
public protocol ReportSink: AnyObject {
    func begin(_ layout: ReportLayout) throws
    func add(_ row: ReportRow) throws
    func finish() throws
}
