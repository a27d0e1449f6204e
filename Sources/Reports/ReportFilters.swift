import Foundation
import Ledger
import LedgerStore

/// The `--class`, `--location`, `--customer` and `--vendor` names of a request, found in the company's books.
struct ReportFilters {
    var filter = PostingFilter()
    /// "Class: Retail", for the title block.
    var notes: [String] = []

    init(_ request: ReportRequest, company: Company, reader: LedgerReader) throws {
        let dimensions = try reader.dimensions(companyID: company.id)
        if let name = request.className {
            let found = try Self.find(name, what: "class", in: dimensions.filter { $0.kind == .class }, company: company, name: \.name)
            filter.classID = found.id
            notes.append("Class: \(found.name)")
        }
        if let name = request.location {
            let found = try Self.find(name, what: "location", in: dimensions.filter { $0.kind == .location }, company: company, name: \.name)
            filter.locationID = found.id
            notes.append("Location: \(found.name)")
        }
        for (name, kind) in [(request.customer, PartyKind.customer), (request.vendor, PartyKind.vendor)] {
            guard let name else { continue }
            let found = try Self.find(name, what: kind.rawValue, in: try reader.parties(companyID: company.id, kind: kind),
                                      company: company, name: \.name)
            filter.partyID = found.id
            notes.append("\(kind == .customer ? "Customer" : "Vendor"): \(found.name)")
        }
    }

    private static func find<T>(_ name: String, what: String, in candidates: [T], company: Company,
                                name key: KeyPath<T, String>) throws -> T {
        let wanted = name.trimmingCharacters(in: .whitespaces)
        if let match = candidates.first(where: { $0[keyPath: key].caseInsensitiveCompare(wanted) == .orderedSame }) { return match }
        throw StoreError.unknown(what: what, name: wanted, company: company.name,
                                 suggestions: NameMatch.suggestions(for: wanted, among: candidates.map { $0[keyPath: key] }))
    }
}
