import Reports
import Spreadsheet
import SpreadsheetBasics
import Testing
import XLSXWriting

@Suite struct FormulaTextTests {
    /// Body row 0 is sheet row 8 (A1 row 8 is index 7).
    let firstBodyRow = 7

    @Test func cellsAndSums() {
        #expect(Formula.cell(row: 4, column: 1).excelText(firstBodyRow: firstBodyRow) == "B12")
        #expect(Formula.sum(rows: 1...2, column: 1).excelText(firstBodyRow: firstBodyRow) == "SUM(B9:B10)")
        #expect(Formula.sumAcross(row: 0, columns: 1...12).excelText(firstBodyRow: firstBodyRow) == "SUM(B8:M8)")
        #expect(Formula.cell(row: 0, column: 27).excelText(firstBodyRow: 0) == "AB1")
    }

    @Test func addAndSubtractKeepTheirMeaning() {
        let a = Formula.cell(row: 0, column: 1), b = Formula.cell(row: 1, column: 1), c = Formula.cell(row: 2, column: 1)
        #expect(Formula.add([a, b, c]).excelText(firstBodyRow: 0) == "B1+B2+B3")
        #expect(Formula.add([]).excelText(firstBodyRow: 0) == "0")
        #expect(Formula.subtract(a, b).excelText(firstBodyRow: 0) == "B1-B2")
        #expect(Formula.subtract(a, .add([b, c])).excelText(firstBodyRow: 0) == "B1-(B2+B3)")
        #expect(Formula.subtract(a, .subtract(b, c)).excelText(firstBodyRow: 0) == "B1-(B2-B3)")
        #expect(Formula.subtract(.subtract(a, b), c).excelText(firstBodyRow: 0) == "B1-B2-B3")
        #expect(Formula.add([a, .subtract(b, c)]).excelText(firstBodyRow: 0) == "B1+B2-B3")
        #expect(Formula.subtract(a, .add([b])).excelText(firstBodyRow: 0) == "B1-B2")
    }

    @Test func changeIsBlankWhenPreviousIsZero() {
        let current = Formula.cell(row: 0, column: 1), previous = Formula.cell(row: 0, column: 2)
        #expect(Formula.change(current: current, previous: previous).excelText(firstBodyRow: 0)
                == #"IF(C1=0,"",(B1-C1)/ABS(C1))"#)
        let difference = Formula.subtract(.cell(row: 0, column: 2), .cell(row: 0, column: 3))
        #expect(Formula.change(current: current, previous: difference).excelText(firstBodyRow: 0)
                == #"IF(C1-D1=0,"",(B1-(C1-D1))/ABS(C1-D1))"#)
    }

    @Test func moneyFormatsFollowTheCurrencyDecimals() {
        #expect(XLSXNumberFormat.money(decimals: 2) == "#,##0.00_);(#,##0.00)")
        #expect(XLSXNumberFormat.money(decimals: 0) == "#,##0_);(#,##0)")
        #expect(XLSXNumberFormat.money(decimals: 3) == "#,##0.000_);(#,##0.000)")
    }

    @Test func cellReferences() {
        #expect(CellReference.column(0) == "A")
        #expect(CellReference.column(25) == "Z")
        #expect(CellReference.column(26) == "AA")
        #expect(CellReference.column(16_383) == "XFD")
        #expect(CellReference.cell(row: 11, column: 1) == "B12")
    }
}
