"""Writes a CSV file to a one-sheet XLSX with XlsxWriter in constant-memory mode, typed as `ledgersync convert` types
it: plain numbers (no leading zero) as numbers, ISO dates as dates, everything else as text. The CSV is read row by
row as the sheet is written.

usage: python xlsxwriter_csv_to_xlsx.py IN.csv OUT.xlsx
"""
import csv, datetime, re, sys
import xlsxwriter

source, target = sys.argv[1:]
plain_number = re.compile(r"-?(0|[1-9][0-9]*)(\.[0-9]+)?")
iso_date = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")

workbook = xlsxwriter.Workbook(target, {"constant_memory": True, "strings_to_numbers": False, "strings_to_formulas": False})
sheet = workbook.add_worksheet("Sheet1")
date_format = workbook.add_format({"num_format": "yyyy-mm-dd"})
with open(source, newline="", encoding="utf-8-sig") as file:
    for row, fields in enumerate(csv.reader(file)):
        for column, field in enumerate(fields):
            if not field:
                continue
            if iso_date.fullmatch(field):
                try:
                    sheet.write_datetime(row, column, datetime.datetime.strptime(field, "%Y-%m-%d"), date_format)
                    continue
                except ValueError:
                    pass
            if plain_number.fullmatch(field):
                sheet.write_number(row, column, float(field))
            else:
                sheet.write_string(row, column, field)
workbook.close()
