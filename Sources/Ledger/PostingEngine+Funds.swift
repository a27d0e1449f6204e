extension PostingEngine {
    /// The document with its funds filled in where left blank: the document's fund is its own, else its first line's,
    /// else the fund of the first document it settles or deposits; a line without a fund is in the document's.
    public static func resolvingFunds(_ document: Document) -> Document {
        var resolved = document
        resolved.fundID = document.fundID ?? document.lines.lazy.compactMap(\.fundID).first
            ?? document.applications.lazy.compactMap(\.targetFundID).first ?? document.deposited.lazy.compactMap(\.fundID).first
        for index in resolved.lines.indices where resolved.lines[index].fundID == nil {
            resolved.lines[index].fundID = resolved.fundID
        }
        return resolved
    }

    /// What a payment moves out of receivables or payables, by the fund of each document it settles (nil: the
    /// payment's own fund, which also holds what it leaves on account), in fund order. One amount when no fund is named.
    static func settledByFund(_ document: Document) throws(LedgerError) -> [(fundID: Int64?, amount: Int64)] {
        var byFund: [Int64?: Int64] = [nil: document.onAccount]
        for application in document.applications {
            let usesUpCredit = !document.kind.isRefund && application.targetKind.isCreditToParty
            let fund = application.targetFundID == document.fundID ? nil : application.targetFundID
            byFund[fund] = try add(byFund[fund] ?? 0, usesUpCredit ? -application.amount : application.amount)
        }
        return byFund.sorted { ($0.key ?? .min) < ($1.key ?? .min) }.map { ($0.key, $0.value) }
    }

    /// Puts every posting without a fund in the document's fund, then balances each other fund against it: a fund
    /// whose postings leave a debit owes that much (credit "Due to other funds" in it, debit "Due from other funds" in
    /// the document's fund), and a fund left with a credit is owed it. Every fund's postings then sum to zero, and the
    /// due-to and due-from postings net to zero across funds.
    static func balancingFunds(_ postings: [Posting], of document: Document, with funds: FundAccounting) throws(LedgerError) -> [Posting] {
        guard let home = document.fundID else {
            if postings.allSatisfy({ $0.amount == 0 }) { return postings }
            throw .missingFund(document.label)
        }
        var balanced = postings
        var netByFund: [Int64: Int64] = [:]
        for index in balanced.indices {
            let fund = balanced[index].fundID ?? home
            balanced[index].fundID = fund
            netByFund[fund] = try add(netByFund[fund] ?? 0, balanced[index].amount)
        }
        let owing = netByFund.filter { $0.key != home && $0.value != 0 }.sorted { $0.key < $1.key }
        guard !owing.isEmpty else { return balanced }
        guard let dueTo = funds.dueToAccountID, let dueFrom = funds.dueFromAccountID else { throw .missingDueAccounts(document.label) }
        for (fund, net) in owing {
            balanced.append(Posting(accountID: net > 0 ? dueTo : dueFrom, date: document.date, amount: -net, fundID: fund))
            balanced.append(Posting(accountID: net > 0 ? dueFrom : dueTo, date: document.date, amount: net, fundID: home))
        }
        return balanced
    }
}
