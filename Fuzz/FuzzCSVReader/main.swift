import CSVFiles
import FuzzDriver

// Each input as a `.csv` file, read row by row as `records post` reads one, and as a table of columns as
// `rates import` reads one. A thrown error is a refusal, which is fine; a crash or a hang is not.
runFuzzer { data, size in
    withInputFile(data, size, suffix: ".csv") { path in
        _ = try? CSVLayout(ofFile: path)
        try? CSVRows.forEach(inFile: path) { _, fields in _ = fields.count }
        _ = try? CSVTable(path: path)
    }
    return 0
}
