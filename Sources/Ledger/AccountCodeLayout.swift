/// How a fund-accounted company writes its account codes: the fund first, then the account's own segments, joined by
/// hyphens, such as `100-43100-210` (fund 100, department 43100 streets, object 210 operating supplies). Revenue and
/// balance-sheet accounts usually stop after the first account segment (`100-31010`, current property taxes).
public struct AccountCodeLayout: Hashable, Sendable {
    /// One segment of the code: its name (for roll-ups such as "by department") and its width in digits.
    public struct Segment: Hashable, Sendable {
        public var name: String
        public var width: Int

        public init(name: String, width: Int) {
            self.name = name
            self.width = width
        }
    }

    /// The fund segment first, then the account's segments.
    public let segments: [Segment]

    /// Fund 3 digits, department (or revenue source, or balance-sheet account) 5, object 3: the small-city layout.
    public static let city = AccountCodeLayout(uncheckedSegments: [
        Segment(name: "fund", width: 3), Segment(name: "department", width: 5), Segment(name: "object", width: 3),
    ])

    private init(uncheckedSegments: [Segment]) { segments = uncheckedSegments }

    /// Reads a layout written as `fund:3,department:5,object:3`; the first segment is the fund.
    public init(text: String) throws(LedgerError) {
        var segments: [Segment] = []
        for part in text.split(separator: ",") {
            let pieces = part.split(separator: ":").map { String($0).trimmingSpaces().lowercased() }
            guard pieces.count == 2, !pieces[0].isEmpty, let width = Int(pieces[1]), (1...12).contains(width),
                  !segments.contains(where: { $0.name == pieces[0] }) else {
                throw .invalidCodeLayout(text)
            }
            segments.append(Segment(name: pieces[0], width: width))
        }
        guard segments.count >= 2 else { throw .invalidCodeLayout(text) }
        self.segments = segments
    }

    /// `fund:3,department:5,object:3`, as the ledger stores it.
    public var text: String { segments.map { "\($0.name):\($0.width)" }.joined(separator: ",") }

    /// `fund-department-object`, for messages and sheet notes.
    public var pattern: String { segments.map(\.name).joined(separator: "-") }

    /// The segments an account number has: all but the fund.
    public var accountSegments: ArraySlice<Segment> { segments.dropFirst() }

    /// Splits a full code such as `100-43100-210` into its fund number and account number, or nil when its first part
    /// is not a fund number of the layout's width or the rest is not an account number.
    public func split(_ code: String) -> (fund: String, account: String)? {
        let trimmed = code.trimmingSpaces()
        guard let hyphen = trimmed.firstIndex(of: "-") else { return nil }
        let fund = String(trimmed[..<hyphen]), account = String(trimmed[trimmed.index(after: hyphen)...])
        guard isFundNumber(fund), problem(withAccountNumber: account) == nil else { return nil }
        return (fund, account)
    }

    /// Whether `text` is a fund number of this layout: the fund segment's width in digits.
    public func isFundNumber(_ text: String) -> Bool { Self.isDigits(text, width: segments[0].width) }

    /// What is wrong with an account number for this layout (`43100-210`: one to all of the account segments, each of
    /// its width in digits), or nil when it fits.
    public func problem(withAccountNumber number: String) -> String? {
        let parts = number.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
        let widths = accountSegments.map(\.width)
        let fits = parts.count <= widths.count && zip(parts, widths).allSatisfy { Self.isDigits($0, width: $1) }
        guard !fits else { return nil }
        let example = accountSegments.map { String(repeating: "9", count: $0.width) }
        return "\"\(number)\" does not fit the account code layout \(pattern): write the \(accountSegments.map(\.name).joined(separator: " and ")) as \(example.joined(separator: "-")) (digits, the later segments optional) after the fund"
    }

    /// What an account number rolls up to by one segment: the segment's digits, or their first `digits`, such as the
    /// object class `2` of object `210`. Nil when the number has no such segment.
    public func rollUp(_ accountNumber: String, by segment: String, digits: Int? = nil) -> String? {
        guard let index = accountSegments.firstIndex(where: { $0.name == segment.lowercased() }) else { return nil }
        let parts = accountNumber.split(separator: "-").map(String.init)
        let position = index - accountSegments.startIndex
        guard position < parts.count else { return nil }
        let part = parts[position]
        return digits.map { String(part.prefix($0)) } ?? part
    }

    private static func isDigits(_ text: String, width: Int) -> Bool {
        text.count == width && text.allSatisfy(\.isASCIIDigit)
    }
}

extension Character {
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }
}

/// A fund-accounted company's settings: how it writes account codes, and the accounts the posting engine balances its
/// funds with when one document's lines span several.
public struct FundAccounting: Hashable, Sendable {
    public var layout: AccountCodeLayout
    /// "Due to other funds", a liability: what a fund owes the fund that paid or received for it.
    public var dueToAccountID: Int64?
    /// "Due from other funds", an asset: what a fund is owed.
    public var dueFromAccountID: Int64?

    public init(layout: AccountCodeLayout, dueToAccountID: Int64? = nil, dueFromAccountID: Int64? = nil) {
        self.layout = layout
        self.dueToAccountID = dueToAccountID
        self.dueFromAccountID = dueFromAccountID
    }
}
