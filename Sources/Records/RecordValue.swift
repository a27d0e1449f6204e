import Foundation
import Ledger

/// A typed value of one cell of a record row, as exported to a sheet (and as compared when rows come back).
public enum RecordValue: Equatable, Sendable {
    case text(String)
    case date(LocalDate)
    /// Minor units of the company's currency.
    case money(Int64)
    case decimal(Decimal)
    case integer(Int64)
}

/// One exported record row: values by field; a field that is absent is a blank cell.
public typealias RecordRow = [RecordField: RecordValue]
