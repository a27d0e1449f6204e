import Foundation
import GRDB
import Ledger

/// Builds model values from database rows; the one place that knows column names of each table.
enum RowDecoding {
    static func company(_ row: Row) throws -> Company {
        let funds = try (row["account_code_layout"] as String?).map { text in
            do {
                return FundAccounting(layout: try AccountCodeLayout(text: text), dueToAccountID: row["due_to_account_id"],
                                      dueFromAccountID: row["due_from_account_id"])
            } catch {
                throw StoreError.database("company \(row["id"] as Int64) has an unreadable account code layout: \(error)")
            }
        }
        return Company(id: row["id"], name: row["name"], baseCurrency: try Currency(code: row["base_currency"]),
                       fiscalYearStartMonth: row["fiscal_year_start_month"], locale: row["locale"], funds: funds)
    }

    static func fund(_ row: Row) throws -> Fund {
        let typeName: String = row["type"]
        guard let type = FundType(rawValue: typeName) else {
            throw StoreError.database("fund \(row["id"] as Int64) has an unknown type \"\(typeName)\"")
        }
        return Fund(id: row["id"], companyID: row["company_id"], number: row["number"], name: row["name"], type: type,
                    isMajor: row["major"], isActive: row["active"], version: row["version"])
    }

    static func account(_ row: Row) throws -> Account {
        let typeName: String = row["type"]
        guard let type = AccountType(rawValue: typeName) else {
            throw StoreError.database("account \(row["id"] as Int64) has an unknown type \"\(typeName)\"")
        }
        return Account(id: row["id"], companyID: row["company_id"], number: row["number"], name: row["name"],
                       type: type, parentID: row["parent_id"], isActive: row["active"], groupCode: row["group_code"],
                       isIntercompany: row["intercompany"], version: row["version"])
    }

    static func party(_ row: Row) -> Party {
        Party(id: row["id"], companyID: row["company_id"], kind: PartyKind(rawValue: row["kind"]) ?? .customer,
              name: row["name"], email: row["email"], phone: row["phone"], billingAddress: row["billing_address"],
              taxID: row["tax_id"], termsID: row["terms_id"], parentID: row["parent_id"],
              intercompanyCompanyID: row["intercompany_company_id"], isActive: row["active"], version: row["version"])
    }

    /// A tax code without its components, which `LedgerReader.taxCodes` adds.
    static func taxCode(_ row: Row) -> TaxCode {
        TaxCode(id: row["id"], companyID: row["company_id"], name: row["name"],
                ratePercent: decimal(row["rate_percent"]) ?? 0, accountID: row["account_id"], agencyID: row["agency_id"],
                isActive: row["active"], version: row["version"])
    }

    static func terms(_ row: Row) -> PaymentTerms {
        let due: PaymentTerms.Due = (row["due_day_of_month"] as Int?).map { .dayOfNextMonth($0) } ?? .days(row["due_days"] ?? 0)
        return PaymentTerms(id: row["id"], companyID: row["company_id"], name: row["name"], due: due,
                            discountPercent: decimal(row["discount_percent"]), discountDays: row["discount_days"],
                            isActive: row["active"], version: row["version"])
    }

    static func item(_ row: Row) -> Item {
        Item(id: row["id"], companyID: row["company_id"], name: row["name"],
             kind: ItemKind(rawValue: row["kind"]) ?? .service, description: row["description"],
             rate: decimal(row["rate"]), incomeAccountID: row["income_account_id"],
             expenseAccountID: row["expense_account_id"], taxCodeID: row["tax_code_id"],
             revenueRecognitionMonths: row["revenue_recognition_months"], isActive: row["active"],
             version: row["version"])
    }

    static func dimension(_ row: Row) -> TrackingDimension {
        TrackingDimension(id: row["id"], companyID: row["company_id"], kind: DimensionKind(rawValue: row["kind"]) ?? .class,
                          name: row["name"], parentID: row["parent_id"], isActive: row["active"], version: row["version"])
    }

    static func line(_ row: Row) -> DocumentLine {
        DocumentLine(itemID: row["item_id"], accountID: row["account_id"], description: row["description"],
                     quantity: decimal(row["quantity"]), rate: decimal(row["rate"]), amount: row["amount"],
                     taxCodeID: row["tax_code_id"], classID: row["class_id"], locationID: row["location_id"],
                     partyID: row["party_id"], fundID: row["fund_id"])
    }

    static func posting(_ row: Row) throws -> Posting {
        Posting(accountID: row["account_id"], date: try date(row["date"]), amount: row["amount"],
                lineNumber: row["line_number"], partyID: row["party_id"], classID: row["class_id"],
                locationID: row["location_id"], taxCodeID: row["tax_code_id"], fundID: row["fund_id"])
    }

    static func date(_ text: String) throws -> LocalDate {
        guard let date = LocalDate(iso: text) else { throw StoreError.database("stored date \"\(text)\" is not a date") }
        return date
    }

    static func decimal(_ text: String?) -> Decimal? {
        text.flatMap(DecimalText.parse)
    }
}
