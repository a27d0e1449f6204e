import Testing
@testable import XLSXEditing

/// What a user's formula is found to refer to, which decides whether its stored result goes stale on a refresh.
@Suite struct XLSXFormulaReferencesTests {
    func references(_ formulas: String...) -> XLSXFormulaReferences {
        var references = XLSXFormulaReferences()
        for formula in formulas { references.add(formula: formula) }
        return references
    }

    @Test func findsSheetsPlainQuotedAndThreeDimensional() {
        let found = references("SUM('Profit and Loss'!B:B)+Report!A1", "'Bob''s sheet'!C3*2", "SUM(Jan:Mar!B2)", "[1]Other!A1")
        #expect(found.sheets == ["profit and loss", "report", "bob's sheet", "jan", "mar", "other"])
        #expect(!found.usesIndirection)
    }

    @Test func textLiteralsReferToNothing() {
        let found = references(#"IF(A1="Report!A1","'Quoted'!B2",B1)"#)
        #expect(found.sheets.isEmpty)
        #expect(!found.identifiers.contains("report"))
    }

    @Test func namesTablesAndIndirection() {
        let found = references("SUM(Sales[Amount])*TaxRate", "INDIRECT(\"Report!A\"&ROW())")
        #expect(found.identifiers.isSuperset(of: ["sales", "amount", "taxrate"]))
        #expect(found.usesIndirection)
    }
}
