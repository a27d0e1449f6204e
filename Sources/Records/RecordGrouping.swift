/// Splits a sheet's rows into records as they stream past: consecutive rows with the same Type and Number are
/// one document, and a row with a blank Number continues the document above; consecutive rows with the same Budget
/// (or a blank one) are one budget; reference records are one row each.
struct RecordGrouping {
    let shape: RecordShape
    private var current: [RowValues] = []

    init(shape: RecordShape) { self.shape = shape }

    /// Adds a row; returns the group it closes, if it starts a new one.
    mutating func add(_ row: RowValues) -> RowGroup? {
        if continues(with: row) {
            current.append(row)
            return nil
        }
        let closed = finish()
        current = [row]
        return closed
    }

    /// The last group, at the end of the sheet.
    mutating func finish() -> RowGroup? {
        defer { current = [] }
        return current.isEmpty ? nil : RowGroup(rows: current)
    }

    private func continues(with row: RowValues) -> Bool {
        guard let first = current.first else { return false }
        if shape == .budgets {
            guard let name = row.text(.budget) else { return true }
            return SheetHeader.key(name) == first.text(.budget).map(SheetHeader.key)
        }
        guard shape.isDocument else { return false }
        guard let number = row.text(.number) else { return true }
        let sameType = row.text(.type).map { SheetHeader.key($0) == first.text(.type).map(SheetHeader.key) } ?? true
        return sameType && number == first.text(.number)
    }
}
