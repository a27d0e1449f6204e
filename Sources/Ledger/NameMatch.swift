/// Finds the names a user probably meant when a name matches nothing.
public enum NameMatch {
    /// Up to `limit` candidates close to `name`, closest first: equal but for case, spaces and punctuation,
    /// one containing the other, or a small edit distance.
    public static func suggestions(for name: String, among candidates: [String], limit: Int = 2) -> [String] {
        let key = normalized(name)
        guard !key.isEmpty else { return [] }
        let scored: [(score: Int, name: String)] = candidates.compactMap { candidate in
            let other = normalized(candidate)
            guard !other.isEmpty else { return nil }
            if other == key { return (0, candidate) }
            if other.contains(key) || key.contains(other) { return (1, candidate) }
            let distance = editDistance(Array(key), Array(other))
            return distance <= max(2, key.count / 3) ? (1 + distance, candidate) : nil
        }
        return scored.sorted { ($0.score, $0.name) < ($1.score, $1.name) }.prefix(limit).map(\.name)
    }

    private static func normalized(_ text: String) -> String {
        String(text.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) })
    }

    private static func editDistance(_ lhs: [Character], _ rhs: [Character]) -> Int {
        var previous = Array(0...rhs.count)
        for (i, left) in lhs.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: rhs.count)
            for (j, right) in rhs.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (left == right ? 0 : 1))
            }
            previous = current
        }
        return previous[rhs.count]
    }
}
