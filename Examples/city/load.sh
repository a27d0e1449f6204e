#!/bin/sh
# Loads the City of Riverton's 2025 books into a new ledger from the sheets beside this script:
#   Examples/city/load.sh path/to/ledgersync city.sqlite
set -e
bin=$1 ledger=$2 here=$(dirname "$0") work=$(mktemp -d)
rm -f "$ledger" "$ledger-wal" "$ledger-shm"
"$bin" init --ledger "$ledger"
"$bin" company add "City of Riverton" --currency USD --chart city --ledger "$ledger"
"$bin" fund add 201 "Street Fund" --type special-revenue --ledger "$ledger"
"$bin" fund add 401 "Capital Projects Fund" --type capital-projects --major --ledger "$ledger"
"$bin" fund add 601 "Water Utility Fund" --type enterprise --major --ledger "$ledger"
"$bin" budget create "General Fund 2025" --year 2025 --fund 100 --ledger "$ledger"
for sheet in vendors:vendors opening-balances:journal-entries receipts:receipts disbursements:disbursements \
             year-end:journal-entries general-fund-budget:budgets; do
    cp "$here/${sheet%%:*}.csv" "$work/"
    "$bin" records post "$work/${sheet%%:*}.csv" --type "${sheet##*:}" --ledger "$ledger"
done
rm -rf "$work"
"$bin" ledger check --ledger "$ledger"
