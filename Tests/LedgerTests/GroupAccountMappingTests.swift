import Testing
import Ledger

@Suite struct GroupAccountMappingTests {
    func account(number: String?, name: String = "Product Sales", type: AccountType = .income, groupCode: String?) -> Account {
        Account(id: 7, companyID: 1, number: number, name: name, type: type, groupCode: groupCode)
    }

    @Test func defaultIsTheGroupCodeElseTheNumberElseNameAndType() {
        #expect(GroupAccountMapping.defaultKey(for: account(number: "4010", groupCode: "G4000")) == "G4000")
        #expect(GroupAccountMapping.defaultKey(for: account(number: "4010", groupCode: nil)) == "4010")
        #expect(GroupAccountMapping.defaultKey(for: account(number: "4010", groupCode: " ")) == "4010")
        #expect(GroupAccountMapping.defaultKey(for: account(number: nil, groupCode: nil)) == "product sales|income")
        #expect(GroupAccountMapping.defaultKey(for: account(number: nil, name: "Rent", type: .otherCurrentAsset, groupCode: nil))
                == "rent|other-current-asset")
    }

    @Test func anOverrideWinsOverTheDefault() {
        let sales = account(number: "4010", groupCode: "G4000")
        #expect(GroupAccountMapping.key(for: sales, overrides: [7: "G4100"]) == "G4100")
        #expect(GroupAccountMapping.key(for: sales, overrides: [8: "G4100"]) == "G4000")
    }
}
