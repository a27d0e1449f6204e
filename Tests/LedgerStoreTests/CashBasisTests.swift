import Foundation
import Testing
@testable import LedgerStore

@Suite struct CashBasisTests {
    private func parts(_ amounts: [Int64]) -> [RecognisedPart] {
        amounts.map { RecognisedPart(accountID: 1, amount: $0) }
    }

    @Test func aPartPaymentRecognisesEachLineInProportionAndExactlyTheAmountPaid() {
        // An invoice of 1,400.00: two income lines and their tax, half paid.
        let shares = CashBasisRecognition.apportion(parts([-100_000, -33_300, -6_700]), applied: 70_000, total: 140_000)
        #expect(shares.map(\.amount) == [-50_000, -16_650, -3_350])
    }

    @Test func sharesAlwaysAddUpToTheAppliedAmount() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let lines = (0..<Int.random(in: 1...6, using: &generator)).map { _ in -Int64.random(in: 1...999_999, using: &generator) }
            let total = -lines.reduce(0, +)
            let applied = Int64.random(in: 1...total, using: &generator)
            let shares = CashBasisRecognition.apportion(parts(lines), applied: applied, total: total)
            #expect(shares.reduce(0) { $0 + $1.amount } == -applied, "\(lines) \(applied)")
            for (share, line) in zip(shares, lines) {
                // No line gets more than a cent beyond its exact proportion.
                let exact = Decimal(line) * Decimal(applied) / Decimal(total)
                #expect(abs(Decimal(share.amount) - exact) < 1)
            }
        }
    }

    @Test func aFullPaymentRecognisesEveryLineWhole() {
        let lines = parts([-12_345, -678, 90])
        #expect(CashBasisRecognition.apportion(lines, applied: 12_933, total: 12_933).map(\.amount) == [-12_345, -678, 90])
    }
}
