import Foundation
import LedgerStore

/// Writes an empty records sheet of one type for one company, ready to fill in: XLSX with instructions and
/// drop-downs of the company's names, or CSV with the header alone.
public enum RecordTemplate {
    public static func write(_ type: RecordType, company name: String, store: LedgerStore, to path: String,
                             builtAt: Date) throws {
        try store.read { reader in
            let directory = try CompanyDirectory(company: try reader.company(named: name), reader: reader)
            try RecordWorkbook(path: path, type: type, directory: directory, builtAt: builtAt).close()
        }
    }
}
