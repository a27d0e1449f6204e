/// Checks a list of errors with the message each reads as, the fixture that documents an error type.
public enum MessageFixtures {
    /// What is wrong with `fixtures`: an error that reads otherwise than its line, a message of more than one line,
    /// a case of the error type (`Kind`, its cases without payloads) that no fixture shows. Empty when all is well.
    public static func problems<Failure: CustomStringConvertible, Kind: CaseIterable & Hashable>(
        _ fixtures: [(Failure, String)], kind: (Failure) -> Kind
    ) -> [String] {
        var problems: [String] = []
        for (error, message) in fixtures {
            if error.description != message { problems.append("reads \"\(error.description)\", not \"\(message)\"") }
            if message.contains("\n") { problems.append("\"\(message)\" is more than one line") }
        }
        let shown = Set(fixtures.map { kind($0.0) })
        for missing in Kind.allCases where !shown.contains(missing) { problems.append("no fixture shows \(missing)") }
        return problems
    }
}
