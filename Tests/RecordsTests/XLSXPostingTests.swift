import Foundation
import Ledger
import LedgerStore
import Records
import TestTools
import Testing

@Suite("Posting a workbook filled by another program")
struct XLSXPostingTests {
    /// A workbook as openpyxl (standing in for a user's Excel) writes it: 20 two-line invoices on the entry sheet,
    /// three with a mistake, and a sheet of the user's own notes with a formula.
    static func filledWorkbook(_ path: String) throws {
        try ExternalTool.python("""
            import sys, datetime
            from openpyxl import Workbook
            wb = Workbook()
            ws = wb.active
            ws.title = "Invoices and Bills"
            ws.append(["Post", "Type *", "Number *", "Customer", "Date *", "Item", "Quantity", "Rate", "Amount",
                       "Tax Code", "Status", "Message", "Record ID", "Version"])
            for n in range(1, 21):
                customer = "Great Lakes Food Market" if n % 2 else "Hungry Coyote Import Store"
                date = datetime.date(2026, 3, n)
                if n == 5: customer = "Great Lake Food Market"
                if n == 11: date = "31/31/2026"
                ws.append(["yes", "Invoice", f"INV-{n:04d}", customer, date, "Chai", n, 18, None, "NY Sales Tax"])
                ws.append([None, None, None, None, None, "Chang", 1, 19.99, 12.00 if n == 17 else None, None])
            notes = wb.create_sheet("My Notes")
            notes["A1"] = "Checked by"
            notes["B1"] = "Dana"
            notes["A2"] = "Lines"
            notes["B2"] = "=COUNTA('Invoices and Bills'!C:C)"
            wb.save(sys.argv[1])
            """, [path])
    }

    /// Rewrites the entry sheet's XML in the workbook at `path` with `edit`, Python code that changes the bytes `data`.
    static func editEntrySheetXML(_ path: String, _ edit: String) throws {
        let indented = edit.split(separator: "\n").map { "                " + $0 }.joined(separator: "\n")
        try ExternalTool.python("""
            import re, sys, zipfile
            path = sys.argv[1]
            with zipfile.ZipFile(path) as z:
                parts = [(name, z.read(name)) for name in z.namelist()]
            with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
                for name, data in parts:
                    if name == "xl/worksheets/sheet1.xml":
            \(indented)
                    z.writestr(name, data)
            """, [path])
    }

    /// Posts `path` and expects it refused with `message`: INV-0001 stays out of the ledger and the file as it was.
    static func expectRefused(_ path: String, in books: PostingBooks, saying message: String) throws {
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let error = #expect(throws: (any Error).self) { try books.post(path) }
        #expect(error.map { "\($0)" } == message)
        let company = try books.company()
        #expect(try books.store.read { try $0.documentID(companyID: company.id, kind: .invoice, number: "INV-0001") } == nil)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test("20 invoices with 3 bad: 17 post, the bad rows are marked, the books stay sound, other sheets are kept")
    func seventeenOfTwenty() throws {
        let books = try PostingBooks()
        let path = books.path("entry.xlsx")
        try Self.filledWorkbook(path)
        let report = try books.post(path)
        #expect(report.counts.posted == 17)
        #expect(report.counts.errors == 3)
        #expect(report.problems.count == 3)
        #expect(report.problems.contains { $0.hasPrefix("entry.xlsx, sheet \"Invoices and Bills\", row 10, column \"Customer\": no customer named \"Great Lake Food Market\"") && $0.contains("did you mean \"Great Lakes Food Market\"") })
        #expect(report.problems.contains { $0.hasPrefix("entry.xlsx, sheet \"Invoices and Bills\", row 22, column \"Date\":") })
        #expect(report.problems.contains { $0.hasPrefix("entry.xlsx, sheet \"Invoices and Bills\", row 35, column \"Amount\": 12.00 is not Quantity x Rate (19.99)") })
        #expect(try books.check() == [])

        let sheets = try OpenpyxlScript.values(path)
        let rows = try #require(sheets["Invoices and Bills"])
        #expect(rows[1][0] == "done")
        #expect(rows[1][10] == "Posted")
        #expect(rows[2][10] == "Posted")
        #expect(rows[9][0] == "yes")
        #expect(rows[9][10] == "Error")
        #expect(rows[10][10] == "Error")
        #expect(rows[10][11] == "not posted: row 10 of this record has an error")
        #expect(rows[34][11].hasPrefix("Amount: 12.00 is not Quantity x Rate"))
        let company = try books.company()
        let firstID = try books.store.read { try $0.documentID(companyID: company.id, kind: .invoice, number: "INV-0001") }
        #expect(rows[1][12] == firstID.map(String.init))
        #expect(rows[1][13] == "1")
        #expect(sheets["My Notes"] == [["Checked by", "Dana"], ["Lines", "=COUNTA('Invoices and Bills'!C:C)"]])
        #expect(!FileManager.default.fileExists(atPath: path + ".bak"))

        let again = try books.post(path)
        #expect(again.counts.posted == 0)
        #expect(again.counts.unchanged == 0)
        #expect(again.counts.errors == 3)
    }

    @Test("A .bak left by a post killed around its rename does not block the next post; a user's own .bak does")
    func backupLeftByAKilledRunIsRecovered() throws {
        let books = try PostingBooks()
        let path = books.path("entry.xlsx"), backup = path + ".bak"
        try Self.filledWorkbook(path)
        let original = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(try books.post(path).counts.posted == 17)
        // Killed after the rename, before the .bak was removed: the .bak is the file as that committed run read it.
        try original.write(to: URL(fileURLWithPath: backup))
        #expect(try books.post(path).counts.errors == 3, "the 3 rows still marked yes are read again")
        #expect(!FileManager.default.fileExists(atPath: backup))
        // Killed before the rename: the .bak is a hard link to the workbook itself.
        #expect(link(path, backup) == 0)
        #expect(try books.post(path).counts.errors == 3)
        #expect(!FileManager.default.fileExists(atPath: backup))
        // A .bak of the user's own is kept, and the post says what to do.
        try Data("mine".utf8).write(to: URL(fileURLWithPath: backup))
        let error = #expect(throws: (any Error).self) { try books.post(path) }
        #expect(error.map { "\($0)" }?.contains("entry.xlsx.bak already exists and is not a copy this tool left; move it away and try again") == true)
        #expect(error.map { "\($0)" }?.hasSuffix("the ledger is as it was (no row changed it)") == true, "\(String(describing: error))")
        #expect(try Data(contentsOf: URL(fileURLWithPath: backup)) == Data("mine".utf8))
    }

    @Test("With --all-or-nothing one bad row keeps every document out, and the rows say why")
    func allOrNothing() throws {
        let books = try PostingBooks()
        let path = books.path("entry.xlsx")
        try Self.filledWorkbook(path)
        let report = try books.post(path) { $0.allOrNothing = true }
        #expect(report.rolledBack)
        #expect(report.counts.errors == 3)
        let company = try books.company()
        let documents = try books.store.read { reader in try reader.documentID(companyID: company.id, kind: .invoice, number: "INV-0001") }
        #expect(documents == nil)
        #expect(try books.store.read { try $0.postRuns(companyID: company.id) }.isEmpty)
        let rows = try #require(try OpenpyxlScript.values(path)["Invoices and Bills"])
        #expect(rows[1][0] == "yes")
        #expect(rows[1][10] == "Error")
        #expect(rows[1][11].contains("--all-or-nothing"))
    }

    @Test("A result cell the workbook cannot take keeps everything out: not the ledger, not the file, no stray files")
    func resultsThatCannotBeWrittenUndoThePost() throws {
        let books = try PostingBooks()
        let path = books.path("entry.xlsx")
        try Self.filledWorkbook(path)
        // The Status cells of rows 2 and 3 share a formula: a post may not overwrite the cell that holds it.
        try Self.editEntrySheetXML(path, """
            for row, cell in ((2, b'<c r="K2"><f t="shared" ref="K2:K3" si="0">1+1</f><v>2</v></c>'),
                              (3, b'<c r="K3"><f t="shared" si="0"/><v>2</v></c>')):
                start = data.index(b'<row r="%d"' % row)
                end = data.index(b"</row>", start)
                data = data[:end] + cell + data[end:]
            """)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))

        let error = #expect(throws: (any Error).self) { try books.post(path) }
        #expect(error.map { "\($0)" }?.contains("cell K2 holds a formula that the cells K2:K3 share") == true, "\(String(describing: error))")
        let company = try books.company()
        #expect(try books.store.read { try $0.documentID(companyID: company.id, kind: .invoice, number: "INV-0001") } == nil)
        #expect(try books.store.read { try $0.postRuns(companyID: company.id) }.isEmpty)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains("entry") } == ["entry.xlsx"])
    }

    @Test("Rows stored out of order are refused in one line, without a crash; the ledger and the file stay as they were")
    func rowsOutOfOrderAreRefused() throws {
        let books = try PostingBooks()
        let path = books.path("entry.xlsx")
        try Self.filledWorkbook(path)
        // Row 4 moved ahead of row 3 in the sheet's XML, as some generators write it.
        try Self.editEntrySheetXML(path, """
            rows = re.findall(rb'<row r="[34]".*?</row>', data, re.S)
            data = data.replace(rows[0] + rows[1], rows[1] + rows[0])
            """)
        try Self.expectRefused(path, in: books, saying: "entry.xlsx, sheet \"Invoices and Bills\", row 3: xl/worksheets/sheet1.xml stores row 3 after row 4; rows must go top to bottom: open the file in Excel or LibreOffice and save it again, which puts them in order")
    }

    @Test("A workbook whose zip entries use backslashes posts, and its results are written under the usual names")
    func backslashEntryNames() throws {
        let books = try PostingBooks()
        let path = books.path("entry.xlsx")
        try Self.filledWorkbook(path)
        try ExternalTool.python("""
            import sys, zipfile
            with zipfile.ZipFile(sys.argv[1]) as z:
                parts = [(name, z.read(name)) for name in z.namelist()]
            with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
                for name, data in parts:
                    z.writestr(name.replace("/", "\\\\"), data)
            """, [path])
        let report = try books.post(path)
        #expect(report.counts.posted == 17)
        // openpyxl finds no workbook under backslash names: it reads the file only because the post renamed them.
        let rows = try #require(try OpenpyxlScript.values(path)["Invoices and Bills"])
        #expect(rows[1].first == "done")
    }

    @Test("A date with a time of day posts on its day; a time alone in the Date column is refused on its row")
    func timesInTheDateColumn() throws {
        let books = try PostingBooks()
        let path = books.path("times.xlsx")
        try ExternalTool.python("""
            import sys, datetime
            from openpyxl import Workbook
            wb = Workbook()
            ws = wb.active
            ws.title = "Invoices and Bills"
            ws.append(["Post", "Type *", "Number *", "Customer", "Date *", "Item", "Quantity", "Rate"])
            ws.append(["yes", "Invoice", "INV-0001", "Great Lakes Food Market", datetime.datetime(2026, 3, 4, 9, 30), "Chai", 1, 18])
            ws.append(["yes", "Invoice", "INV-0002", "Great Lakes Food Market", datetime.time(9, 30), "Chai", 1, 18])
            ws["E3"].number_format = "h:mm"
            wb.save(sys.argv[1])
            """, [path])
        let report = try books.post(path)
        #expect(report.counts.posted == 1)
        #expect(report.problems == ["times.xlsx, sheet \"Invoices and Bills\", row 3, column \"Date\": 09:30:00 is a time, not a date; type the date, such as 2026-03-04"])
        let company = try books.company()
        let posted = try books.store.read { reader in
            try reader.documentID(companyID: company.id, kind: .invoice, number: "INV-0001").flatMap { try reader.document(id: $0) }
        }
        #expect(posted?.date == LocalDate(year: 2026, month: 3, day: 4))
    }

    @Test("A header that reaches the last column, XFD, with no room for the result columns is refused before anything posts")
    func noRoomForResultColumns() throws {
        let books = try PostingBooks()
        let path = books.path("wide.xlsx")
        try ExternalTool.python("""
            import sys
            from openpyxl import Workbook
            wb = Workbook()
            ws = wb.active
            ws.title = "Invoices and Bills"
            ws.append(["Post", "Type *", "Number *", "Customer", "Date *", "Item", "Quantity", "Rate"])
            ws["XFD1"] = "My note"
            ws.append(["yes", "Invoice", "INV-0001", "Great Lakes Food Market", "2026-03-04", "Chai", 1, 18])
            wb.save(sys.argv[1])
            """, [path])
        try Self.expectRefused(path, in: books, saying: "wide.xlsx, sheet \"Invoices and Bills\", row 1, column XFD: no room after the header's last column for Status, Message, Record ID, Version; add those columns inside the header or clear the cells at its right end")
    }

    @Test("A dry run reports what would happen and writes nothing: not the ledger, not the file")
    func dryRun() throws {
        let books = try PostingBooks()
        let path = books.path("entry.xlsx")
        try Self.filledWorkbook(path)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let report = try books.post(path) { $0.dryRun = true }
        #expect(report.counts.posted == 17)
        #expect(report.counts.errors == 3)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        let company = try books.company()
        #expect(try books.store.read { try $0.documentID(companyID: company.id, kind: .invoice, number: "INV-0001") } == nil)
    }

    @Test("Each run is audited: file name and hash, sheet, user, counts, and the rows each document came from")
    func audit() throws {
        let books = try PostingBooks()
        let path = books.path("entry.xlsx")
        try Self.filledWorkbook(path)
        let digest = try ExternalTool.python("import hashlib, sys; print(hashlib.sha256(open(sys.argv[1], 'rb').read()).hexdigest())", [path])
        _ = try books.post(path)
        let company = try books.company()
        let run = try #require(try books.store.read { try $0.postRuns(companyID: company.id) }.first)
        #expect(run.fileName == "entry.xlsx")
        #expect(run.fileSHA256 == digest.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(run.sheet == "Invoices and Bills")
        #expect(run.recordType == "invoices-and-bills")
        #expect(!run.osUser.isEmpty)
        #expect(run.counts.posted == 17 && run.counts.errors == 3)
        let id = try #require(try books.store.read { try $0.documentID(companyID: company.id, kind: .invoice, number: "INV-0003") })
        let sources = try books.store.read { try $0.sources(of: .document, id: id) }
        #expect(sources.map(\.rows) == [6...7])
        #expect(sources.map(\.runID) == [run.id])
    }
}
