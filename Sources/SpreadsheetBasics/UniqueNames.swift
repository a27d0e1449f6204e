/// Hands out names that differ, ignoring case as Excel does: the first "Amount" stays "Amount", later ones
/// become "Amount 2", "Amount 3" (with the separator given).
public struct UniqueNames {
    private var used: Set<String> = []

    public init() {}

    public mutating func claim(_ base: String, separator: String = " ") -> String {
        var name = base
        var counter = 1
        while used.contains(name.lowercased()) {
            counter += 1
            name = "\(base)\(separator)\(counter)"
        }
        used.insert(name.lowercased())
        return name
    }
}
