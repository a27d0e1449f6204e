import CSVFiles
import SpreadsheetBasics

extension CSVFileWriter {
    /// Appends one record of typed cells, money with `digits` decimals.
    public func write(_ cells: [CellValue], digits: Int) throws(SpreadsheetError) {
        try write(cells.map { $0.csvField(digits: digits) })
    }
}
