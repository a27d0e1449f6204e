"""One sheet of an XLSX file to CSV with python-calamine (Rust's calamine), row by row.

usage: python calamine_to_csv.py IN.xlsx OUT.csv
"""
import csv, sys
from python_calamine import CalamineWorkbook

source, target = sys.argv[1], sys.argv[2]
sheet = CalamineWorkbook.from_path(source).get_sheet_by_index(0)
with open(target, "w", newline="", encoding="utf-8") as out:
    csv.writer(out).writerows(sheet.iter_rows())
