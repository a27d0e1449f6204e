import Spreadsheet

/// One exported record row: values by field; a field that is absent is a blank cell.
public typealias RecordRow = [RecordField: CellValue]
