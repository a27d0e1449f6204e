import Foundation

/// The symbols and codes people write beside an amount (`$`, `US$`, `€`, `GBP`), and whether they name a currency.
public enum CurrencyMarks {
    /// The marks around a number as typed: its letters and currency symbols, in order (`€`, `US$`, `USD`); empty
    /// when the text is a bare number.
    public static func marks(in text: String) -> String {
        String(text.filter { $0.isLetter || symbols.contains($0) })
    }

    /// Whether `mark` names `currency`: its code (`USD`), its symbol (`$`, `€`, `£`), or its symbol after letters
    /// that begin its code (`US$`, `CA$`, `C$`). An empty mark names no currency and so is never a contradiction.
    public static func mark(_ mark: String, names currency: Currency) -> Bool {
        guard !mark.isEmpty else { return true }
        if mark.uppercased() == currency.code { return true }
        let letters = mark.filter(\.isLetter).uppercased(), symbol = mark.filter { !$0.isLetter }
        guard !symbol.isEmpty, currency.code.hasPrefix(letters) else { return false }
        return narrowSymbol(of: currency) == symbol
    }

    /// The currency's symbol without the letters that tell dollars apart (`$` for USD, CAD and AUD; `€`; `£`), or
    /// nil for a currency written by its code alone.
    static func narrowSymbol(of currency: Currency) -> String? {
        let formatter = NumberFormatter()
        formatter.locale = Locale(identifier: "en_US")
        formatter.numberStyle = .currency
        formatter.currencyCode = currency.code
        let symbol = String((formatter.currencySymbol ?? "").filter { !$0.isLetter })
        return symbol.isEmpty ? nil : symbol
    }

    private static let symbols: Set<Character> = ["$", "£", "€", "¥", "₹", "₩", "₽", "¤", "₪", "₺", "₴", "₦", "₱", "฿", "₫"]
}
