import Foundation
import LedgerStore

/// One sheet of a report workbook: its name and the request that builds it.
public struct ReportSheet: Sendable, Equatable {
    public var name: String
    public var request: ReportRequest

    public init(name: String, request: ReportRequest) {
        self.name = name
        self.request = request
    }

    /// The sheets `request` becomes in a workbook, the first named `name` (the report's title by default). Most reports
    /// are one sheet. A group's report is the consolidated statement, then one sheet per company with `byCompany`, then
    /// the exchange rates it translated with; with a `name` of the user's, the others' names start with it, so two group
    /// reports can share a workbook.
    public static func plan(for request: ReportRequest, named name: String?, in store: LedgerStore) throws -> [ReportSheet] {
        let main = try name ?? ReportCatalog.definition(named: request.report).sheetTitle
        guard let groupName = request.group else { return [ReportSheet(name: main, request: request)] }
        let companies = try store.read { reader in
            try reader.group(named: groupName).companyIDs.compactMap { try reader.company(id: $0)?.name }
        }
        var sheets = [ReportSheet(name: main, request: request)]
        var used: Set<String> = [main.lowercased()]
        func add(_ title: String, _ configure: (inout ReportRequest) -> Void) {
            var part = request
            configure(&part)
            let sheetName = uniqueSheetName(name.map { "\($0) \(title)" } ?? title, used: &used)
            sheets.append(ReportSheet(name: sheetName, request: part))
        }
        if request.byCompany {
            for company in companies { add(company) { $0.member = company } }
        }
        add("Rates") { $0.rates = true }
        return sheets
    }

    /// `name` made a valid sheet name (none of `[ ] : * ? / \`, at most 31 characters) not yet in `used`.
    private static func uniqueSheetName(_ name: String, used: inout Set<String>) -> String {
        let clean = String(name.map { "[]:*?/\\".contains($0) ? "-" : $0 }).trimmingCharacters(in: ["'", " "])
        var candidate = String(clean.prefix(31))
        var number = 2
        while used.contains(candidate.lowercased()) {
            let suffix = " (\(number))"
            candidate = String(clean.prefix(31 - suffix.count)) + suffix
            number += 1
        }
        used.insert(candidate.lowercased())
        return candidate
    }
}
