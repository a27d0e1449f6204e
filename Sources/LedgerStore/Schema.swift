import GRDB
import Ledger

/// The ledger file's schema, as an ordered list of migrations. Add a migration; never edit a shipped one.
enum Schema {
    /// Written to `PRAGMA application_id` so a LedgerSync ledger can be told from any other SQLite file ("LSYN").
    static let applicationID: Int32 = 0x4C53_594E

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-books", migrate: createBooks)
        migrator.registerMigration("v2-records", migrate: addRecordKeeping)
        migrator.registerMigration("v3-groups", migrate: addGroups)
        migrator.registerMigration("v4-setup-lists", migrate: addSetUpLists)
        migrator.registerMigration("v5-deposits", migrate: addDeposits)
        migrator.registerMigration("v6-budgets", migrate: addBudgets)
        migrator.registerMigration("v7-budget-sheets", migrate: logBudgetPosts)
        migrator.registerMigration("v8-funds", migrate: addFunds)
        migrator.registerMigration("v9-fund-documents", migrate: addFundDocuments)
        return migrator
    }

    private static func createBooks(_ db: Database) throws {
        try db.execute(sql: "PRAGMA application_id = \(applicationID)")
        try db.execute(sql: """
            CREATE TABLE companies (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE COLLATE NOCASE,
                base_currency TEXT NOT NULL,
                fiscal_year_start_month INTEGER NOT NULL CHECK (fiscal_year_start_month BETWEEN 1 AND 12)
            );
            CREATE TABLE accounts (
                id INTEGER PRIMARY KEY,
                company_id INTEGER NOT NULL REFERENCES companies(id),
                number TEXT,
                name TEXT NOT NULL,
                type TEXT NOT NULL,
                parent_id INTEGER REFERENCES accounts(id),
                active INTEGER NOT NULL DEFAULT 1,
                group_code TEXT
            );
            CREATE UNIQUE INDEX accounts_by_name ON accounts(company_id, name COLLATE NOCASE);
            CREATE UNIQUE INDEX accounts_by_number ON accounts(company_id, number) WHERE number IS NOT NULL;
            CREATE TABLE parties (
                id INTEGER PRIMARY KEY,
                company_id INTEGER NOT NULL REFERENCES companies(id),
                kind TEXT NOT NULL CHECK (kind IN ('customer', 'vendor')),
                name TEXT NOT NULL,
                email TEXT,
                terms_days INTEGER NOT NULL DEFAULT 30,
                intercompany_company_id INTEGER REFERENCES companies(id),
                active INTEGER NOT NULL DEFAULT 1
            );
            CREATE UNIQUE INDEX parties_by_name ON parties(company_id, name COLLATE NOCASE);
            CREATE TABLE tax_codes (
                id INTEGER PRIMARY KEY,
                company_id INTEGER NOT NULL REFERENCES companies(id),
                name TEXT NOT NULL,
                rate_percent TEXT NOT NULL,
                account_id INTEGER NOT NULL REFERENCES accounts(id)
            );
            CREATE UNIQUE INDEX tax_codes_by_name ON tax_codes(company_id, name COLLATE NOCASE);
            CREATE TABLE dimensions (
                id INTEGER PRIMARY KEY,
                company_id INTEGER NOT NULL REFERENCES companies(id),
                kind TEXT NOT NULL CHECK (kind IN ('class', 'location')),
                name TEXT NOT NULL
            );
            CREATE UNIQUE INDEX dimensions_by_name ON dimensions(company_id, kind, name COLLATE NOCASE);
            CREATE TABLE items (
                id INTEGER PRIMARY KEY,
                company_id INTEGER NOT NULL REFERENCES companies(id),
                name TEXT NOT NULL,
                kind TEXT NOT NULL CHECK (kind IN ('product', 'service')),
                description TEXT NOT NULL DEFAULT '',
                rate TEXT,
                income_account_id INTEGER REFERENCES accounts(id),
                expense_account_id INTEGER REFERENCES accounts(id),
                tax_code_id INTEGER REFERENCES tax_codes(id),
                revenue_recognition_months INTEGER,
                active INTEGER NOT NULL DEFAULT 1
            );
            CREATE UNIQUE INDEX items_by_name ON items(company_id, name COLLATE NOCASE);
            CREATE TABLE documents (
                id INTEGER PRIMARY KEY,
                company_id INTEGER NOT NULL REFERENCES companies(id),
                kind TEXT NOT NULL,
                number TEXT NOT NULL,
                party_id INTEGER REFERENCES parties(id),
                date TEXT NOT NULL,
                due_date TEXT,
                currency TEXT NOT NULL,
                memo TEXT NOT NULL DEFAULT '',
                status TEXT NOT NULL CHECK (status IN ('posted', 'void')),
                version INTEGER NOT NULL,
                bank_account_id INTEGER REFERENCES accounts(id),
                total INTEGER NOT NULL
            );
            CREATE UNIQUE INDEX documents_by_number ON documents(company_id, kind, number);
            CREATE INDEX documents_by_party ON documents(party_id, kind);
            CREATE TABLE document_lines (
                document_id INTEGER NOT NULL REFERENCES documents(id),
                line_number INTEGER NOT NULL,
                item_id INTEGER REFERENCES items(id),
                account_id INTEGER NOT NULL REFERENCES accounts(id),
                description TEXT NOT NULL DEFAULT '',
                quantity TEXT,
                rate TEXT,
                amount INTEGER NOT NULL,
                tax_code_id INTEGER REFERENCES tax_codes(id),
                tax_amount INTEGER NOT NULL DEFAULT 0,
                class_id INTEGER REFERENCES dimensions(id),
                location_id INTEGER REFERENCES dimensions(id),
                party_id INTEGER REFERENCES parties(id),
                PRIMARY KEY (document_id, line_number)
            ) WITHOUT ROWID;
            CREATE TABLE applications (
                payment_id INTEGER NOT NULL REFERENCES documents(id),
                target_id INTEGER NOT NULL REFERENCES documents(id),
                amount INTEGER NOT NULL CHECK (amount > 0),
                PRIMARY KEY (payment_id, target_id)
            ) WITHOUT ROWID;
            CREATE INDEX applications_by_target ON applications(target_id, amount);
            CREATE TABLE postings (
                id INTEGER PRIMARY KEY,
                company_id INTEGER NOT NULL REFERENCES companies(id),
                document_id INTEGER NOT NULL REFERENCES documents(id),
                line_number INTEGER,
                account_id INTEGER NOT NULL REFERENCES accounts(id),
                date TEXT NOT NULL,
                amount INTEGER NOT NULL,
                party_id INTEGER REFERENCES parties(id),
                class_id INTEGER REFERENCES dimensions(id),
                location_id INTEGER REFERENCES dimensions(id)
            );
            CREATE INDEX postings_by_document ON postings(document_id);
            CREATE INDEX postings_by_account_date ON postings(account_id, date, amount);
            CREATE INDEX postings_by_company_date ON postings(company_id, date, account_id, amount);
            CREATE TABLE exchange_rates (
                date TEXT NOT NULL,
                from_currency TEXT NOT NULL,
                to_currency TEXT NOT NULL,
                rate TEXT NOT NULL,
                PRIMARY KEY (from_currency, to_currency, date)
            ) WITHOUT ROWID;
            CREATE TABLE audit_log (
                id INTEGER PRIMARY KEY,
                document_id INTEGER NOT NULL REFERENCES documents(id),
                version INTEGER NOT NULL,
                action TEXT NOT NULL CHECK (action IN ('created', 'updated', 'voided')),
                at TEXT NOT NULL,
                previous TEXT
            );
            CREATE INDEX audit_log_by_document ON audit_log(document_id);
            """)
    }

    /// Company locales, versions on reference records (so edits from a sheet can detect conflicts), and the
    /// audit trail of `records post` runs: what each run read and which records it wrote from which rows.
    private static func addRecordKeeping(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE companies ADD COLUMN locale TEXT NOT NULL DEFAULT 'en_US';
            ALTER TABLE parties ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
            ALTER TABLE items ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
            ALTER TABLE accounts ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
            CREATE TABLE post_runs (
                id INTEGER PRIMARY KEY,
                company_id INTEGER NOT NULL REFERENCES companies(id),
                record_type TEXT NOT NULL,
                file_name TEXT NOT NULL,
                file_sha256 TEXT NOT NULL,
                sheet TEXT,
                started_at TEXT NOT NULL,
                os_user TEXT NOT NULL,
                posted INTEGER NOT NULL DEFAULT 0,
                updated INTEGER NOT NULL DEFAULT 0,
                voided INTEGER NOT NULL DEFAULT 0,
                unchanged INTEGER NOT NULL DEFAULT 0,
                errors INTEGER NOT NULL DEFAULT 0
            );
            CREATE TABLE post_run_records (
                run_id INTEGER NOT NULL REFERENCES post_runs(id),
                record_kind TEXT NOT NULL CHECK (record_kind IN ('document', 'customer', 'vendor', 'item', 'account')),
                record_id INTEGER NOT NULL,
                version INTEGER NOT NULL,
                action TEXT NOT NULL CHECK (action IN ('posted', 'updated', 'voided')),
                first_row INTEGER NOT NULL,
                last_row INTEGER NOT NULL
            );
            CREATE INDEX post_run_records_by_record ON post_run_records(record_kind, record_id);
            """)
    }

    /// Company groups for consolidated reports: their member companies (in the order listed), the accounts a group
    /// maps to another group account than the default rule gives, and the intercompany flag on accounts.
    private static func addGroups(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE accounts ADD COLUMN intercompany INTEGER NOT NULL DEFAULT 0;
            CREATE TABLE groups (
                id INTEGER PRIMARY KEY,
                name TEXT NOT NULL UNIQUE COLLATE NOCASE,
                currency TEXT NOT NULL
            );
            CREATE TABLE group_companies (
                group_id INTEGER NOT NULL REFERENCES groups(id),
                company_id INTEGER NOT NULL REFERENCES companies(id),
                position INTEGER NOT NULL,
                PRIMARY KEY (group_id, company_id)
            ) WITHOUT ROWID;
            CREATE TABLE group_account_map (
                group_id INTEGER NOT NULL REFERENCES groups(id),
                account_id INTEGER NOT NULL REFERENCES accounts(id),
                group_account TEXT NOT NULL,
                PRIMARY KEY (group_id, account_id)
            ) WITHOUT ROWID;
            """)
    }

    /// What a company of its own needs set up: payment terms (parties point at theirs instead of holding a number of
    /// days; every company gets the standard terms, and any other day count its parties used; invoices and bills
    /// stored without a due date get the one their party's terms gave, as the sheets always promised), contact details and
    /// sub-customers, combined tax codes with an agency, classes and locations with parents, active flags and versions
    /// on every list, the tax code on postings (so tax can be reported per code), and post-run links to the new lists.
    /// Tables whose constraints change are rebuilt (the migrator checks foreign keys after the migration).
    private static func addSetUpLists(_ db: Database) throws {
        let standardTerms = PaymentTerms.standard.map { "('\($0.name)', \($0.days))" }.joined(separator: ", ")
        try db.execute(sql: """
            CREATE TABLE payment_terms (
                id INTEGER PRIMARY KEY,
                company_id INTEGER NOT NULL REFERENCES companies(id),
                name TEXT NOT NULL,
                due_days INTEGER CHECK (due_days >= 0),
                due_day_of_month INTEGER CHECK (due_day_of_month BETWEEN 1 AND 31),
                discount_percent TEXT,
                discount_days INTEGER CHECK (discount_days >= 0),
                active INTEGER NOT NULL DEFAULT 1,
                version INTEGER NOT NULL DEFAULT 1,
                CHECK ((due_days IS NULL) != (due_day_of_month IS NULL))
            );
            CREATE UNIQUE INDEX payment_terms_by_name ON payment_terms(company_id, name COLLATE NOCASE);
            WITH standard(name, days) AS (VALUES \(standardTerms))
            INSERT INTO payment_terms (company_id, name, due_days)
                SELECT c.id, s.name, s.days FROM companies c CROSS JOIN standard s ORDER BY c.id, s.days;
            INSERT INTO payment_terms (company_id, name, due_days)
                SELECT DISTINCT p.company_id, 'Net ' || p.terms_days, p.terms_days FROM parties p
                WHERE NOT EXISTS (SELECT 1 FROM payment_terms t WHERE t.company_id = p.company_id AND t.due_days = p.terms_days)
                ORDER BY p.company_id, p.terms_days;
            ALTER TABLE parties ADD COLUMN terms_id INTEGER REFERENCES payment_terms(id);
            ALTER TABLE parties ADD COLUMN parent_id INTEGER REFERENCES parties(id);
            ALTER TABLE parties ADD COLUMN phone TEXT;
            ALTER TABLE parties ADD COLUMN billing_address TEXT;
            ALTER TABLE parties ADD COLUMN tax_id TEXT;
            UPDATE parties SET terms_id = (SELECT t.id FROM payment_terms t
                                           WHERE t.company_id = parties.company_id AND t.due_days = parties.terms_days);
            UPDATE documents SET due_date = date(date, '+' || (SELECT p.terms_days FROM parties p WHERE p.id = documents.party_id) || ' days')
                WHERE due_date IS NULL AND kind IN ('invoice', 'bill') AND party_id IS NOT NULL;
            ALTER TABLE parties DROP COLUMN terms_days;

            CREATE TABLE new_tax_codes (
                id INTEGER PRIMARY KEY,
                company_id INTEGER NOT NULL REFERENCES companies(id),
                name TEXT NOT NULL,
                rate_percent TEXT NOT NULL,
                account_id INTEGER REFERENCES accounts(id),
                agency_id INTEGER REFERENCES parties(id),
                active INTEGER NOT NULL DEFAULT 1,
                version INTEGER NOT NULL DEFAULT 1
            );
            INSERT INTO new_tax_codes (id, company_id, name, rate_percent, account_id)
                SELECT id, company_id, name, rate_percent, account_id FROM tax_codes;
            DROP TABLE tax_codes;
            ALTER TABLE new_tax_codes RENAME TO tax_codes;
            CREATE UNIQUE INDEX tax_codes_by_name ON tax_codes(company_id, name COLLATE NOCASE);
            CREATE TABLE tax_code_components (
                tax_code_id INTEGER NOT NULL REFERENCES tax_codes(id),
                position INTEGER NOT NULL,
                component_id INTEGER NOT NULL REFERENCES tax_codes(id),
                PRIMARY KEY (tax_code_id, position)
            ) WITHOUT ROWID;

            ALTER TABLE dimensions ADD COLUMN parent_id INTEGER REFERENCES dimensions(id);
            ALTER TABLE dimensions ADD COLUMN active INTEGER NOT NULL DEFAULT 1;
            ALTER TABLE dimensions ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
            ALTER TABLE postings ADD COLUMN tax_code_id INTEGER REFERENCES tax_codes(id);
            ALTER TABLE documents ADD COLUMN on_account INTEGER NOT NULL DEFAULT 0 CHECK (on_account >= 0);

            CREATE TABLE new_post_run_records (
                run_id INTEGER NOT NULL REFERENCES post_runs(id),
                record_kind TEXT NOT NULL CHECK (record_kind IN ('document', 'customer', 'vendor', 'item', 'account',
                                                                 'tax-code', 'class', 'location', 'terms')),
                record_id INTEGER NOT NULL,
                version INTEGER NOT NULL,
                action TEXT NOT NULL CHECK (action IN ('posted', 'updated', 'voided')),
                first_row INTEGER NOT NULL,
                last_row INTEGER NOT NULL
            );
            INSERT INTO new_post_run_records SELECT * FROM post_run_records;
            DROP TABLE post_run_records;
            ALTER TABLE new_post_run_records RENAME TO post_run_records;
            CREATE INDEX post_run_records_by_record ON post_run_records(record_kind, record_id);
            """)
    }

    /// Bank deposits: which payments and sales receipts each deposit gathers from a clearing account. A document is
    /// deposited once (a voided deposit lets go of its documents). Other current assets that payments or sales
    /// receipts put money in (an "Undeposited Funds" made before the clearing type) become clearing accounts, since
    /// money now moves only through bank, credit-card and clearing accounts. The tax postings of a company are found
    /// fast, for tax reported per code and agency, and postings written before they carried their tax code get it:
    /// a line's from its document line; a tax posting, which added up the tax of every code on one account, is split
    /// into one posting per code from the tax its lines charged (only where the parts add up to it exactly).
    private static func addDeposits(_ db: Database) throws {
        if try !db.columns(in: "documents").contains(where: { $0.name == "on_account" }) {
            // A ledger migrated by a build whose v4 did not have it yet.
            try db.execute(sql: "ALTER TABLE documents ADD COLUMN on_account INTEGER NOT NULL DEFAULT 0 CHECK (on_account >= 0)")
        }
        try db.execute(sql: """
            UPDATE accounts SET type = 'clearing', version = version + 1 WHERE type = 'other-current-asset'
                AND id IN (SELECT bank_account_id FROM documents
                           WHERE kind IN ('customer-payment', 'bill-payment', 'sales-receipt') AND bank_account_id IS NOT NULL);
            UPDATE postings SET tax_code_id = (SELECT l.tax_code_id FROM document_lines l
                                               WHERE l.document_id = postings.document_id AND l.line_number = postings.line_number)
                WHERE tax_code_id IS NULL AND line_number IS NOT NULL;
            CREATE TEMP TABLE tax_split AS
                SELECT p.id AS original, l.tax_code_id AS code, SUM(l.tax_amount) * (CASE WHEN p.amount < 0 THEN -1 ELSE 1 END) AS amount
                FROM postings p JOIN document_lines l ON l.document_id = p.document_id
                JOIN tax_codes t ON t.id = l.tax_code_id AND t.account_id = p.account_id
                WHERE p.line_number IS NULL AND p.tax_code_id IS NULL
                GROUP BY p.id, l.tax_code_id HAVING SUM(l.tax_amount) != 0;
            DELETE FROM tax_split WHERE original IN (
                SELECT s.original FROM tax_split s JOIN postings p ON p.id = s.original
                GROUP BY s.original HAVING SUM(s.amount) != MAX(p.amount));
            INSERT INTO postings (company_id, document_id, line_number, account_id, date, amount, party_id, class_id, location_id, tax_code_id)
                SELECT p.company_id, p.document_id, NULL, p.account_id, p.date, s.amount, p.party_id, p.class_id, p.location_id, s.code
                FROM tax_split s JOIN postings p ON p.id = s.original ORDER BY s.original, s.code;
            DELETE FROM postings WHERE id IN (SELECT original FROM tax_split);
            DROP TABLE tax_split;
            """)
        try db.execute(sql: """
            CREATE TABLE deposit_items (
                deposit_id INTEGER NOT NULL REFERENCES documents(id),
                document_id INTEGER NOT NULL UNIQUE REFERENCES documents(id),
                amount INTEGER NOT NULL CHECK (amount > 0),
                PRIMARY KEY (deposit_id, document_id)
            ) WITHOUT ROWID;
            CREATE INDEX postings_by_tax_code ON postings(company_id, tax_code_id, date) WHERE tax_code_id IS NOT NULL;
            """)
    }

    /// Budgets: each named once per company and set for one fiscal year, amounts per account (and class or location) per month on the
    /// account's normal side, kept sparse (a month without a row is zero), and each budget's history of revisions
    /// with the lines each replaced.
    private static func addBudgets(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE budgets (
                id INTEGER PRIMARY KEY,
                company_id INTEGER NOT NULL REFERENCES companies(id),
                name TEXT NOT NULL,
                fiscal_year INTEGER NOT NULL,
                version INTEGER NOT NULL DEFAULT 1
            );
            CREATE UNIQUE INDEX budgets_by_name ON budgets(company_id, name COLLATE NOCASE);
            CREATE TABLE budget_amounts (
                budget_id INTEGER NOT NULL REFERENCES budgets(id),
                account_id INTEGER NOT NULL REFERENCES accounts(id),
                dimension_id INTEGER REFERENCES dimensions(id),
                month TEXT NOT NULL,
                amount INTEGER NOT NULL
            );
            CREATE UNIQUE INDEX budget_amounts_by_line ON budget_amounts(budget_id, account_id, IFNULL(dimension_id, 0), month);
            CREATE TABLE budget_revisions (
                id INTEGER PRIMARY KEY,
                budget_id INTEGER NOT NULL REFERENCES budgets(id),
                version INTEGER NOT NULL,
                action TEXT NOT NULL CHECK (action IN ('created', 'revised')),
                at TEXT NOT NULL,
                previous TEXT NOT NULL
            );
            """)
    }

    /// A post run's log may name a budget it saved from a budgets sheet.
    private static func logBudgetPosts(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE new_post_run_records (
                run_id INTEGER NOT NULL REFERENCES post_runs(id),
                record_kind TEXT NOT NULL CHECK (record_kind IN ('document', 'customer', 'vendor', 'item', 'account',
                                                                 'tax-code', 'class', 'location', 'terms', 'budget')),
                record_id INTEGER NOT NULL,
                version INTEGER NOT NULL,
                action TEXT NOT NULL CHECK (action IN ('posted', 'updated', 'voided')),
                first_row INTEGER NOT NULL,
                last_row INTEGER NOT NULL
            );
            INSERT INTO new_post_run_records SELECT * FROM post_run_records;
            DROP TABLE post_run_records;
            ALTER TABLE new_post_run_records RENAME TO post_run_records;
            CREATE INDEX post_run_records_by_record ON post_run_records(record_kind, record_id);
            """)
    }

    /// Fund accounting: a company may keep its books by fund (its account code layout, and the due-to and due-from
    /// accounts that balance funds), with funds of their own; documents, lines and postings name their fund, and a
    /// fund's postings are found fast. A post run's log may name a fund it saved from a funds sheet.
    private static func addFunds(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE companies ADD COLUMN account_code_layout TEXT;
            ALTER TABLE companies ADD COLUMN due_to_account_id INTEGER REFERENCES accounts(id);
            ALTER TABLE companies ADD COLUMN due_from_account_id INTEGER REFERENCES accounts(id);
            CREATE TABLE funds (
                id INTEGER PRIMARY KEY,
                company_id INTEGER NOT NULL REFERENCES companies(id),
                number TEXT NOT NULL,
                name TEXT NOT NULL,
                type TEXT NOT NULL CHECK (type IN ('\(FundType.allCases.map(\.rawValue).joined(separator: "', '"))')),
                major INTEGER NOT NULL DEFAULT 0,
                active INTEGER NOT NULL DEFAULT 1,
                version INTEGER NOT NULL DEFAULT 1
            );
            CREATE UNIQUE INDEX funds_by_number ON funds(company_id, number);
            CREATE UNIQUE INDEX funds_by_name ON funds(company_id, name COLLATE NOCASE);
            ALTER TABLE documents ADD COLUMN fund_id INTEGER REFERENCES funds(id);
            ALTER TABLE document_lines ADD COLUMN fund_id INTEGER REFERENCES funds(id);
            ALTER TABLE postings ADD COLUMN fund_id INTEGER REFERENCES funds(id);
            CREATE INDEX postings_by_fund ON postings(company_id, fund_id, account_id, date, amount) WHERE fund_id IS NOT NULL;

            CREATE TABLE new_post_run_records (
                run_id INTEGER NOT NULL REFERENCES post_runs(id),
                record_kind TEXT NOT NULL CHECK (record_kind IN ('document', 'customer', 'vendor', 'item', 'account',
                                                                 'tax-code', 'class', 'location', 'terms', 'budget', 'fund')),
                record_id INTEGER NOT NULL,
                version INTEGER NOT NULL,
                action TEXT NOT NULL CHECK (action IN ('posted', 'updated', 'voided')),
                first_row INTEGER NOT NULL,
                last_row INTEGER NOT NULL
            );
            INSERT INTO new_post_run_records SELECT * FROM post_run_records;
            DROP TABLE post_run_records;
            ALTER TABLE new_post_run_records RENAME TO post_run_records;
            CREATE INDEX post_run_records_by_record ON post_run_records(record_kind, record_id);
            """)
    }

    /// A document's reference beside its number (the claim a check pays), and a budget's fund: a fund-accounted
    /// company adopts one budget per fund.
    private static func addFundDocuments(_ db: Database) throws {
        try db.execute(sql: """
            ALTER TABLE documents ADD COLUMN reference TEXT NOT NULL DEFAULT '';
            ALTER TABLE budgets ADD COLUMN fund_id INTEGER REFERENCES funds(id);
            """)
    }
}
