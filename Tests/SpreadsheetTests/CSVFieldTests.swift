import CSVFiles
import Testing

/// Text that a spreadsheet would take for a formula is written with a leading apostrophe, and read back without it;
/// values in plain notation (a negative amount) and text starting otherwise are written as they are.
@Suite struct CSVFieldTests {
    @Test(arguments: ["=SUM(A1)", "+1", "-cash", "@risk", "\tindented", "\r\nsplit"])
    func formulaLikeTextIsGuardedAndReadBack(text: String) {
        let written = CSVField.text(text).written
        #expect(written == "'" + text)
        #expect(CSVField.unguarded(written) == text)
    }

    @Test func plainValuesAndOrdinaryTextAreWrittenAsTheyAre() {
        #expect(CSVField.plain("-75.00").written == "-75.00")
        #expect(CSVField.text("Northwind").written == "Northwind")
        #expect(CSVField.unguarded("'quoted") == "'quoted")
    }
}
