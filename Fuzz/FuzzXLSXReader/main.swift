import FuzzDriver
import Spreadsheet
import XLSXReading

// Each input as an `.xlsx` file, read as `records post` and `convert` read one: every sheet, every row, and the
// manifest. A thrown error is a refusal, which is fine; a crash, a sanitizer report or a hang is not.
runFuzzer { data, size in
    withInputFile(data, size, suffix: ".xlsx") { path in
        guard let reader = try? XLSXReader(path: path) else { return }
        _ = try? SheetManifest.read(from: reader)
        for sheet in reader.sheetNames {
            try? reader.forEachRow(inSheet: sheet) { row in _ = row.cells.map { $0?.value.plainText } }
        }
    }
    return 0
}
