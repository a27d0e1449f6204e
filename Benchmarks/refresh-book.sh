#!/usr/bin/env bash
# Builds a 20-sheet report book of the Northwind books into OUT.xlsx, one sheet at a time with
# `report -o OUT.xlsx --sheet NAME` (each adds its sheet to the existing workbook), for timing `refresh` on it.
# Usage: Benchmarks/refresh-book.sh LEDGERSYNC LEDGER OUT.xlsx
set -euo pipefail
bin=$1 ledger=$2 out=$3
as_of=2026-09-30
rm -f "$out"
add() {  # add SHEET REPORT COMPANY [options...]
    local sheet=$1 report=$2 company=$3
    shift 3
    "$bin" report "$report" --ledger "$ledger" --company "$company" -o "$out" --sheet "$sheet" "$@" 2>/dev/null
}
for pair in "US:Northwind Traders Inc" "CA:Northwind Canada Ltd" "UK:Northwind UK Ltd"; do
    short=${pair%%:*} company=${pair#*:}
    add "$short P&L by month" profit-and-loss "$company" --period this-fiscal-year-to-date --as-of $as_of --columns month
    add "$short P&L vs LY" profit-and-loss "$company" --period this-month --as-of $as_of --compare previous-year
    add "$short BS" balance-sheet "$company" --as-of $as_of --compare previous-year
    add "$short TB" trial-balance "$company" --as-of $as_of
    add "$short AR aging" ar-aging "$company" --as-of $as_of --detail
    add "$short AP aging" ap-aging "$company" --as-of $as_of
done
add "US GL last month" general-ledger "Northwind Traders Inc" --period last-month --as-of $as_of
add "US cash P&L" profit-and-loss "Northwind Traders Inc" --period this-quarter --as-of $as_of --basis cash
echo "built $out"
