/// The one rule for a blank due date: an invoice or bill falls due as its party's payment terms say; other documents,
/// and those whose party has no terms, have none (they are due on their date).
public enum DueDates {
    /// `document.dueDate` as given, or the one `party`'s terms (found by `terms`) give.
    public static func resolved(_ document: Document, party: Party?, terms: (Int64) -> PaymentTerms?) -> LocalDate? {
        if let dueDate = document.dueDate { return dueDate }
        guard document.kind == .invoice || document.kind == .bill, let termsID = party?.termsID, let found = terms(termsID) else {
            return nil
        }
        return found.dueDate(for: document.date)
    }
}
