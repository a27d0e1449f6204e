import Foundation
import Ledger

extension LedgerReader {
    /// The companies a comma-separated list names (`--companies A,B`), in order. A name may itself hold commas
    /// ("Harbor Foods, Inc."): the longest run of pieces that names a company is taken first.
    public func companies(listedIn text: String) throws -> [Company] {
        let pieces = text.split(separator: ",", omittingEmptySubsequences: false)
        guard pieces.contains(where: { !$0.trimmingSpaces().isEmpty }) else {
            throw StoreError.emptyCompanyList
        }
        let known = try companies()
        var listed: [Company] = []
        var start = 0
        while start < pieces.count {
            let first = pieces[start].trimmingSpaces()
            if first.isEmpty { start += 1; continue }
            let match = (start..<pieces.count).reversed().lazy.compactMap { end in
                let name = pieces[start...end].joined(separator: ",").trimmingSpaces()
                return known.first { $0.name.caseInsensitiveCompare(name) == .orderedSame }.map { ($0, end) }
            }.first
            guard let (company, end) = match else {
                throw StoreError.unknown(what: "company", name: first, company: nil,
                                         suggestions: NameMatch.suggestions(for: first, among: known.map(\.name)))
            }
            listed.append(company)
            start = end + 1
        }
        return listed
    }
}
