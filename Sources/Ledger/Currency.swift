import Foundation

/// An ISO 4217 currency as the ledger uses it: its code and the number of decimal places of its minor unit.
public struct Currency: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The three-letter ISO code, upper case (`USD`).
    public let code: String
    /// Decimal places of the minor unit: 2 for USD, 0 for JPY, 3 for BHD.
    public let minorUnitDigits: Int

    /// The currency with this ISO code (any case); unknown codes are an error, so a typo never becomes a new currency.
    public init(code: String) throws(LedgerError) {
        let upper = code.trimmingCharacters(in: .whitespaces).uppercased()
        guard let digits = Self.minorUnitDigitsByCode[upper] else { throw .unknownCurrency(code) }
        self.code = upper
        self.minorUnitDigits = digits
    }

    public var description: String { code }

    public init(from decoder: Decoder) throws {
        let code = try decoder.singleValueContainer().decode(String.self)
        try self.init(code: code)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(code)
    }

    private static let zeroDigitCodes = ["BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF",
                                         "UGX", "UYI", "VND", "VUV", "XAF", "XOF", "XPF"]
    private static let threeDigitCodes = ["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"]
    private static let twoDigitCodes = [
        "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BGN", "BMD",
        "BND", "BOB", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHF", "CNY", "COP", "CRC", "CUP",
        "CVE", "CZK", "DKK", "DOP", "DZD", "EGP", "ERN", "ETB", "EUR", "FJD", "FKP", "GBP", "GEL", "GHS", "GIP",
        "GMD", "GTQ", "GYD", "HKD", "HNL", "HTG", "HUF", "IDR", "ILS", "INR", "IRR", "JMD", "KES", "KGS", "KHR",
        "KPW", "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL", "MAD", "MDL", "MGA", "MKD", "MMK", "MNT", "MOP",
        "MRU", "MUR", "MVR", "MWK", "MXN", "MYR", "MZN", "NAD", "NGN", "NIO", "NOK", "NPR", "NZD", "PAB", "PEN",
        "PGK", "PHP", "PKR", "PLN", "QAR", "RON", "RSD", "RUB", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP",
        "SLE", "SOS", "SRD", "SSP", "STN", "SVC", "SYP", "SZL", "THB", "TJS", "TMT", "TOP", "TRY", "TTD", "TWD",
        "TZS", "UAH", "USD", "UYU", "UZS", "VES", "WST", "XCD", "YER", "ZAR", "ZMW", "ZWL",
    ]
    private static let minorUnitDigitsByCode: [String: Int] = {
        var table: [String: Int] = [:]
        for code in twoDigitCodes { table[code] = 2 }
        for code in zeroDigitCodes { table[code] = 0 }
        for code in threeDigitCodes { table[code] = 3 }
        return table
    }()
}
