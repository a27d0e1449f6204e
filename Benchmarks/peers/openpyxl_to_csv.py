"""One sheet of an XLSX file to CSV with openpyxl in read-only (streaming) mode.

usage: python openpyxl_to_csv.py IN.xlsx OUT.csv
"""
import csv, sys
from openpyxl import load_workbook

source, target = sys.argv[1], sys.argv[2]
workbook = load_workbook(source, read_only=True, data_only=True)
with open(target, "w", newline="", encoding="utf-8") as out:
    csv.writer(out).writerows(workbook.worksheets[0].iter_rows(values_only=True))
workbook.close()
