import GRDB
import Ledger

/// What one simple tax code (a combined code's component, or a code of its own) charged over a span: the line amounts
/// it taxed and the tax it posted, sales positive (purchases and credits count against them).
public struct TaxCodeActivity: Sendable, Equatable {
    public var taxCodeID: Int64
    public var taxable: Int64
    public var tax: Int64
}

extension LedgerReader {
    /// Per simple tax code, the taxable amount and tax of posted documents dated within `range`. A line taxed by a
    /// combined code counts as taxable under each of its components. Codes with neither are left out.
    public func taxActivity(companyID: Int64, range: DateRange) throws -> [TaxCodeActivity] {
        let span: StatementArguments = [companyID, range.from.description, range.to.description]
        let taxable = try Row.fetchAll(db, sql: """
            SELECT parts.part, -SUM(p.amount) AS taxable
            FROM postings p JOIN (SELECT id AS code, id AS part FROM tax_codes
                                  WHERE id NOT IN (SELECT tax_code_id FROM tax_code_components)
                                  UNION ALL SELECT tax_code_id, component_id FROM tax_code_components) parts ON parts.code = p.tax_code_id
            WHERE p.company_id = ? AND p.tax_code_id IS NOT NULL AND p.date BETWEEN ? AND ? AND p.line_number IS NOT NULL
            GROUP BY parts.part
            """, arguments: span)
        let tax = try Row.fetchAll(db, sql: """
            SELECT p.tax_code_id, -SUM(p.amount) AS tax FROM postings p
            WHERE p.company_id = ? AND p.tax_code_id IS NOT NULL AND p.date BETWEEN ? AND ? AND p.line_number IS NULL
            GROUP BY p.tax_code_id
            """, arguments: span)
        var activity: [Int64: TaxCodeActivity] = [:]
        for row in taxable {
            let id: Int64 = row["part"]
            activity[id, default: TaxCodeActivity(taxCodeID: id, taxable: 0, tax: 0)].taxable = row["taxable"]
        }
        for row in tax {
            let id: Int64 = row["tax_code_id"]
            activity[id, default: TaxCodeActivity(taxCodeID: id, taxable: 0, tax: 0)].tax = row["tax"]
        }
        return activity.values.filter { $0.taxable != 0 || $0.tax != 0 }.sorted { $0.taxCodeID < $1.taxCodeID }
    }
}
