# Set-up and checks on a Debian machine: `make demo` and `make test` install what is missing first.
SHELL := /bin/bash
APT_PACKAGES := libxlsxwriter-dev libzip-dev libxml2-dev libsqlite3-dev zlib1g-dev pkg-config
# The interoperability tests open our workbooks in LibreOffice and openpyxl (Debian's, at /usr/bin/python3), and
# read our exported journals with hledger and Ledger.
TEST_APT_PACKAGES := libreoffice-calc-nogui python3-openpyxl hledger ledger
# `make bench` measures against hledger, Ledger and Python's spreadsheet packages (in a venv: Debian's pip
# refuses the system Python); Benchmarks/records-sheet.py uses Debian's openpyxl, and LibreOffice saves a sheet.
BENCH_APT_PACKAGES := hledger ledger python3-venv libreoffice-calc-nogui python3-openpyxl
BENCH_VENV := .build-bench/venv
BENCH_PYTHON_PACKAGES := python-calamine openpyxl xlsxwriter
RELEASE_BIN := .build/release/ledgersync
DEMO_LEDGER := ledger.sqlite
DEMO_DIR := demo
DEMO_AS_OF := 2026-10-31
DEMO_COMPANY := Northwind Traders Inc
# The City of Riverton's 2025 books, fund-accounted, in a ledger of their own (Examples/city/load.sh).
DEMO_CITY_LEDGER := city.sqlite
# `make fuzz`: how long each target runs, and where it builds, keeps its corpus and leaves the input of a crash.
FUZZ_SECONDS ?= 600
FUZZ_TARGETS := FuzzXLSXReader FuzzCSVReader FuzzRecordSheet
FUZZ_BUILD := .build-fuzz
# Where `make install` puts the binary (PREFIX/bin) and what it reads at run time (PREFIX/share/ledgersync).
PREFIX ?= /usr/local

.PHONY: demo test bench fuzz fuzz-corpus deps test-deps bench-deps install-packages build release install install-files clean

## Installs missing Debian packages as root; otherwise prints the exact command and stops.
deps:
	@$(MAKE) --no-print-directory install-packages PACKAGES="$(APT_PACKAGES)"

test-deps:
	@$(MAKE) --no-print-directory install-packages PACKAGES="$(APT_PACKAGES) $(TEST_APT_PACKAGES)"

bench-deps:
	@$(MAKE) --no-print-directory install-packages PACKAGES="$(APT_PACKAGES) $(BENCH_APT_PACKAGES)"
	@[ -x $(BENCH_VENV)/bin/python ] || python3 -m venv $(BENCH_VENV)
	@$(BENCH_VENV)/bin/python -c "import python_calamine, openpyxl, xlsxwriter" 2>/dev/null \
		|| $(BENCH_VENV)/bin/pip install --quiet --disable-pip-version-check $(BENCH_PYTHON_PACKAGES)

install-packages:
	@command -v swift >/dev/null || { echo "swift is not on PATH: install the Swift 6.1+ toolchain first"; exit 1; }
	@missing=$$(for p in $(PACKAGES); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || echo -n "$$p "; done); \
	if [ -n "$$missing" ]; then \
		if [ "$$(id -u)" = 0 ]; then \
			echo "installing $$missing"; \
			apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
		else \
			echo "missing system packages; run:"; echo "  sudo apt-get install -y $$missing"; exit 1; \
		fi; \
	fi

build: deps
	swift build

## The Swift runtime is linked into the binary, so an installed copy runs without the toolchain.
release: deps
	swift build -c release --static-swift-stdlib

## Installs the release binary and its record templates and example books under PREFIX (DESTDIR for packaging).
## The binary finds them relative to itself, so the installed tree may be copied anywhere and run from any folder.
install: release
	@$(MAKE) --no-print-directory install-files BINARY=$(RELEASE_BIN)

## Copies BINARY (default: the release build) and the files it reads at run time under PREFIX.
install-files:
	install -d "$(DESTDIR)$(PREFIX)/bin" "$(DESTDIR)$(PREFIX)/share/ledgersync/Examples"
	install -m 755 "$(or $(BINARY),$(RELEASE_BIN))" "$(DESTDIR)$(PREFIX)/bin/ledgersync"
	rm -rf "$(DESTDIR)$(PREFIX)/share/ledgersync/Templates" "$(DESTDIR)$(PREFIX)/share/ledgersync/Examples/northwind"
	cp -R Templates "$(DESTDIR)$(PREFIX)/share/ledgersync/Templates"
	cp -R Examples/northwind "$(DESTDIR)$(PREFIX)/share/ledgersync/Examples/northwind"
	@echo "installed $(DESTDIR)$(PREFIX)/bin/ledgersync and $(DESTDIR)$(PREFIX)/share/ledgersync"

## Builds a release binary, loads the Northwind example books into ./ledger.sqlite (rebuilt each time)
## and builds example workbooks into ./demo.
demo: release
	rm -f $(DEMO_LEDGER) $(DEMO_LEDGER)-wal $(DEMO_LEDGER)-shm $(DEMO_CITY_LEDGER)
	$(RELEASE_BIN) example --ledger $(DEMO_LEDGER)
	$(RELEASE_BIN) company list --ledger $(DEMO_LEDGER)
	$(RELEASE_BIN) ledger check --ledger $(DEMO_LEDGER)
	mkdir -p $(DEMO_DIR)
	$(RELEASE_BIN) report profit-and-loss --company "$(DEMO_COMPANY)" --period this-fiscal-year-to-date --as-of $(DEMO_AS_OF) --columns month -o $(DEMO_DIR)/profit-and-loss-by-month.xlsx --force
	$(RELEASE_BIN) report profit-and-loss --company "$(DEMO_COMPANY)" --period this-fiscal-year-to-date --as-of $(DEMO_AS_OF) --columns class -o $(DEMO_DIR)/profit-and-loss-by-class.xlsx --force
	$(RELEASE_BIN) report budget-vs-actual --company "$(DEMO_COMPANY)" --budget "2026 Budget" --as-of $(DEMO_AS_OF) --columns month -o $(DEMO_DIR)/budget-vs-actual-by-month.xlsx --force
	$(RELEASE_BIN) report budget-vs-actual --company "$(DEMO_COMPANY)" --budget "2026 Budget" --as-of $(DEMO_AS_OF) --layout budget-ledger -o $(DEMO_DIR)/budget-ledger.xlsx --force
	$(RELEASE_BIN) records export budgets --company "$(DEMO_COMPANY)" -o $(DEMO_DIR)/budgets.xlsx --force
	$(RELEASE_BIN) report profit-and-loss --company "$(DEMO_COMPANY)" --period this-fiscal-year-to-date --as-of $(DEMO_AS_OF) --basis cash --compare previous-year -o $(DEMO_DIR)/profit-and-loss-cash-vs-last-year.xlsx --force
	$(RELEASE_BIN) report balance-sheet --company "$(DEMO_COMPANY)" --as-of $(DEMO_AS_OF) --compare previous-year -o $(DEMO_DIR)/balance-sheet.xlsx --force
	$(RELEASE_BIN) report trial-balance --company "Northwind UK Ltd" --as-of $(DEMO_AS_OF) -o $(DEMO_DIR)/trial-balance-uk.xlsx --force
	$(RELEASE_BIN) report general-ledger --company "$(DEMO_COMPANY)" --period last-month --as-of 2026-11-21 -o $(DEMO_DIR)/general-ledger-october.xlsx --force
	$(RELEASE_BIN) report ar-aging --company "$(DEMO_COMPANY)" --as-of $(DEMO_AS_OF) --detail -o $(DEMO_DIR)/ar-aging-detail.xlsx --force
	$(RELEASE_BIN) table transactions --company "$(DEMO_COMPANY)" --period this-fiscal-year-to-date --as-of $(DEMO_AS_OF) -o $(DEMO_DIR)/transactions.xlsx --force
	$(RELEASE_BIN) table invoices --company "$(DEMO_COMPANY)" -o $(DEMO_DIR)/invoices.csv --force
	$(RELEASE_BIN) records template invoices-and-bills --company "$(DEMO_COMPANY)" -o $(DEMO_DIR)/invoices-and-bills-template.xlsx --force
	$(RELEASE_BIN) records export invoices-and-bills --company "$(DEMO_COMPANY)" --from 2026-10-01 --to 2026-10-31 -o $(DEMO_DIR)/invoices-and-bills-october.xlsx --force
	cp Examples/records/new-invoices.csv $(DEMO_DIR)/new-invoices.csv
	$(RELEASE_BIN) records post $(DEMO_DIR)/new-invoices.csv --company "$(DEMO_COMPANY)" --type invoices-and-bills
	$(RELEASE_BIN) group list
	$(RELEASE_BIN) report profit-and-loss --group "Northwind Group" --period this-fiscal-year-to-date --as-of $(DEMO_AS_OF) --columns month --by-company -o $(DEMO_DIR)/group-profit-and-loss-by-month.xlsx --force
	$(RELEASE_BIN) report budget-vs-actual --group "Northwind Group" --budget "2026 Budget" --from 2026-01-01 --to 2026-03-31 --by-company -o $(DEMO_DIR)/group-budget-vs-actual-q1.xlsx --force
	$(RELEASE_BIN) report balance-sheet --group "Northwind Group" --as-of $(DEMO_AS_OF) -o $(DEMO_DIR)/group-balance-sheet.xlsx --force
	$(RELEASE_BIN) report trial-balance --group "Northwind Group" --as-of $(DEMO_AS_OF) --by-company -o $(DEMO_DIR)/group-trial-balance.xlsx --force
	Examples/city/load.sh $(RELEASE_BIN) $(DEMO_CITY_LEDGER)
	for report in receipts-register disbursements-register fund-cash fund-balance-changes net-position-changes; do \
		$(RELEASE_BIN) report $$report --ledger $(DEMO_CITY_LEDGER) --from 2025-01-01 --to 2025-12-31 -o $(DEMO_DIR)/city-$$report.xlsx --force || exit 1; \
	done
	$(RELEASE_BIN) report fund-balance-sheet --ledger $(DEMO_CITY_LEDGER) --as-of 2025-12-31 -o $(DEMO_DIR)/city-fund-balance-sheet.xlsx --force
	$(RELEASE_BIN) report budget-vs-actual --ledger $(DEMO_CITY_LEDGER) --budget "General Fund 2025" --layout budget-ledger --as-of 2025-12-31 -o $(DEMO_DIR)/city-budget-ledger.xlsx --force
	rm -f $(DEMO_DIR)/report-book.xlsx
	$(RELEASE_BIN) report profit-and-loss --company "$(DEMO_COMPANY)" --period this-month --as-of 2026-09-15 -o $(DEMO_DIR)/report-book.xlsx --sheet "P&L this month"
	$(RELEASE_BIN) report balance-sheet --company "$(DEMO_COMPANY)" --as-of 2026-09-30 -o $(DEMO_DIR)/report-book.xlsx --sheet "Balance sheet"
	$(RELEASE_BIN) report ar-aging --company "$(DEMO_COMPANY)" --as-of 2026-09-30 -o $(DEMO_DIR)/report-book.xlsx --sheet "AR aging"
	$(RELEASE_BIN) refresh $(DEMO_DIR)/report-book.xlsx --as-of $(DEMO_AS_OF)
	$(RELEASE_BIN) report balance-sheet --company "$(DEMO_COMPANY)" --as-of $(DEMO_AS_OF)

## The tests' scratch files go to a folder of this run, removed afterwards whatever the result.
test: test-deps
	@scratch=$$(mktemp -d); TMPDIR=$$scratch swift test; status=$$?; rm -rf "$$scratch"; exit $$status

## Builds a release binary and times it against hledger, Ledger, python-calamine, openpyxl and XlsxWriter on the
## same data; writes Benchmarks/RESULTS.md (see Benchmarks/README.md). Takes about ten minutes.
bench: bench-deps
	/usr/bin/python3 Benchmarks/run.py

## Builds the fuzz targets (Fuzz/: the XLSX reader, the CSV reader, the records sheet parser) with libFuzzer and the
## address sanitizer, seeds their corpora with files the tool writes, and runs each for FUZZ_SECONDS (default 600);
## a crash, sanitizer report or hang stops it and leaves the input in $(FUZZ_BUILD)/crashes. CI runs 60 s each.
## They link with the toolchain's lld: gold fails on the sanitized objects. Build output goes to a log (shown on
## failure), so the tests' summary stays in view at the end of a CI run.
fuzz: deps fuzz-corpus
	@mkdir -p $(FUZZ_BUILD)/crashes
	@for target in $(FUZZ_TARGETS); do \
		echo "building $$target (log: $(FUZZ_BUILD)/build-$$target.log)"; \
		LEDGERSYNC_FUZZ=1 swift build --manifest-cache none --build-path $(FUZZ_BUILD) -c release \
			-Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld --product $$target \
			> $(FUZZ_BUILD)/build-$$target.log 2>&1 \
			|| { tail -40 $(FUZZ_BUILD)/build-$$target.log; echo "building $$target failed"; exit 1; }; \
	done
	@for target in $(FUZZ_TARGETS); do \
		case $$target in FuzzXLSXReader) seeds=xlsx;; FuzzCSVReader) seeds=csv;; *) seeds=records;; esac; \
		mkdir -p $(FUZZ_BUILD)/work/$$target; \
		echo "fuzzing $$target for $(FUZZ_SECONDS) s"; \
		ASAN_OPTIONS=detect_leaks=0 $(FUZZ_BUILD)/release/$$target -max_total_time=$(FUZZ_SECONDS) -timeout=20 \
			-rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix=$(FUZZ_BUILD)/crashes/$$target- \
			$(FUZZ_BUILD)/work/$$target $(FUZZ_BUILD)/corpus/$$seeds < /dev/null > $(FUZZ_BUILD)/$$target.log 2>&1 \
			|| { tail -40 $(FUZZ_BUILD)/$$target.log; echo "$$target failed: see $(FUZZ_BUILD)/crashes"; exit 1; }; \
		grep -E "stat::number_of_executed_units|stat::peak_rss_mb" $(FUZZ_BUILD)/$$target.log; \
	done

## The seed corpora: reports, records templates and exports as XLSX and CSV, written from the example books.
fuzz-corpus: build
	@corpus=$(FUZZ_BUILD)/corpus; bin=.build/debug/ledgersync; books=$$corpus/books.sqlite; \
	rm -rf $$corpus; mkdir -p $$corpus/xlsx $$corpus/csv $$corpus/records; \
	$$bin example --ledger $$books > /dev/null || exit 1; \
	for report in profit-and-loss balance-sheet trial-balance ar-aging; do \
		$$bin report $$report --company "$(DEMO_COMPANY)" --as-of 2026-03-31 -o $$corpus/xlsx/$$report.xlsx --ledger $$books > /dev/null 2>&1 || exit 1; \
	done; \
	for type in $$($$bin records types 2>/dev/null | awk 'NR > 2 { print $$1 }'); do \
		$$bin records template $$type --company "$(DEMO_COMPANY)" -o $$corpus/xlsx/$$type-template.xlsx --ledger $$books > /dev/null 2>&1; \
		$$bin records export $$type --company "$(DEMO_COMPANY)" --from 2026-03-01 --to 2026-03-05 -o $$corpus/csv/$$type.csv --ledger $$books > /dev/null 2>&1 \
			&& { echo $$type; cat $$corpus/csv/$$type.csv; } > $$corpus/records/$$type; \
	done; \
	cp Examples/northwind/*.csv $$corpus/csv/; \
	echo "seed corpus: $$(ls $$corpus/xlsx | wc -l) workbooks, $$(ls $$corpus/csv | wc -l) CSV files, $$(ls $$corpus/records | wc -l) records sheets"

clean:
	rm -rf .build .build-bench $(FUZZ_BUILD) $(DEMO_DIR) $(DEMO_LEDGER) $(DEMO_LEDGER)-wal $(DEMO_LEDGER)-shm $(DEMO_CITY_LEDGER)
