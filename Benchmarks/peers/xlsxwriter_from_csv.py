"""Writes the rows of a general-ledger CSV (as `ledgersync report general-ledger -o GL.csv` writes it) to an XLSX
sheet with XlsxWriter in constant-memory mode: ISO dates as dates, the Debit, Credit and Balance columns as numbers
in an accounting format, the rest as text, account headings and totals in bold. The CSV is read row by row as the
sheet is written.

usage: python xlsxwriter_from_csv.py GL.csv OUT.xlsx
"""
import csv, datetime, sys
import xlsxwriter

source, target = sys.argv[1], sys.argv[2]
workbook = xlsxwriter.Workbook(target, {"constant_memory": True})
sheet = workbook.add_worksheet("General Ledger")
bold = workbook.add_format({"bold": True})
date_format = workbook.add_format({"num_format": "yyyy-mm-dd"})
money = workbook.add_format({"num_format": '#,##0.00_);(#,##0.00)'})
bold_money = workbook.add_format({"num_format": '#,##0.00_);(#,##0.00)', "bold": True})
sheet.set_column(0, 0, 14)
sheet.set_column(1, 4, 24)
sheet.set_column(5, 7, 14)
sheet.freeze_panes(1, 1)
with open(source, newline="", encoding="utf-8") as rows:
    for number, row in enumerate(csv.reader(rows)):
        label = row[0] if row else ""
        try:
            sheet.write_datetime(number, 0, datetime.datetime.strptime(label, "%Y-%m-%d"), date_format)
            emphasis = False
        except ValueError:
            emphasis = number == 0 or not row[1:2] or row[1] == ""
            sheet.write_string(number, 0, label, bold if emphasis else None)
        for column in range(1, len(row)):
            value = row[column]
            if not value:
                continue
            if column >= 5 and number > 0:
                sheet.write_number(number, column, float(value), bold_money if emphasis else money)
            else:
                sheet.write_string(number, column, value)
workbook.close()
