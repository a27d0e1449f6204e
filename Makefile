# Set-up and checks on a Debian machine: `make demo` and `make test` install what is missing first.
SHELL := /bin/bash
APT_PACKAGES := libxlsxwriter-dev libzip-dev libxml2-dev libsqlite3-dev pkg-config
RELEASE_BIN := .build/release/ledgersync
DEMO_LEDGER := ledger.sqlite

.PHONY: demo test deps build release clean

## Installs missing Debian packages as root; otherwise prints the exact command and stops.
deps:
	@command -v swift >/dev/null || { echo "swift is not on PATH: install the Swift 6.1+ toolchain first"; exit 1; }
	@missing=$$(for p in $(APT_PACKAGES); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'ok installed' || echo -n "$$p "; done); \
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

release: deps
	swift build -c release

## Builds a release binary and loads the Northwind example books into ./ledger.sqlite (rebuilt each time).
demo: release
	rm -f $(DEMO_LEDGER) $(DEMO_LEDGER)-wal $(DEMO_LEDGER)-shm
	$(RELEASE_BIN) example --ledger $(DEMO_LEDGER)
	$(RELEASE_BIN) company list --ledger $(DEMO_LEDGER)
	$(RELEASE_BIN) accounts list --company "Northwind Traders Inc" --ledger $(DEMO_LEDGER)
	$(RELEASE_BIN) ledger check --ledger $(DEMO_LEDGER)

test: deps
	swift test

clean:
	rm -rf .build $(DEMO_LEDGER) $(DEMO_LEDGER)-wal $(DEMO_LEDGER)-shm
