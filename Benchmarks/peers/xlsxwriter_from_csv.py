"""Writes the rows of a general-ledger CSV (as `ledgersync report general-ledger -o GL.csv` writes it) to an XLSX
sheet with XlsxWriter in constant-memory mode, cell for cell as ledgersync's own XLSX has them: ISO dates as dates,
Debit, Credit and Balance as numbers in an accounting format, the rest as text, account headings and totals in bold;
each posting's balance as a running-balance formula on the line above (debits add on debit-normal accounts, credits
on the others) with its value, and each account's totals as SUM formulas over its postings with their values.
With --values-only the formulas' cells are plain numbers. The CSV is read row by row as the sheet is written.

usage: python xlsxwriter_from_csv.py [--values-only] GL.csv OUT.xlsx
"""
import csv, datetime, sys
import xlsxwriter

arguments = sys.argv[1:]
values_only = "--values-only" in arguments
source, target = [argument for argument in arguments if argument != "--values-only"]

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


def cents(text):
    """An amount as the CSV prints it (two decimals), in cents."""
    return int(text.replace(".", "")) if text else 0


def write_amount(row, column, text, style, formula):
    if values_only or formula is None:
        sheet.write_number(row, column, float(text), style)
    else:
        sheet.write_formula(row, column, formula, style, float(text))


balance_before = 0        # the running balance on the line above, in cents
first_posting = None      # the sheet row (1-based) of the account's first posting
with open(source, newline="", encoding="utf-8") as rows:
    for number, row in enumerate(csv.reader(rows)):
        label = row[0] if row else ""
        line = number + 1
        try:
            day = datetime.datetime.strptime(label, "%Y-%m-%d")
        except ValueError:
            day = None
        if day is not None and number > 0:
            sheet.write_datetime(number, 0, day, date_format)
            for column in range(1, 5):
                if row[column]:
                    sheet.write_string(number, column, row[column])
            for column in (5, 6):
                if row[column]:
                    sheet.write_number(number, column, float(row[column]), money)
            debit, credit, balance = cents(row[5]), cents(row[6]), cents(row[7])
            debits_add = balance_before + debit - credit == balance
            write_amount(number, 7, row[7], money,
                         f"=H{line - 1}+F{line}-G{line}" if debits_add else f"=H{line - 1}+G{line}-F{line}")
            balance_before = balance
            first_posting = first_posting or line
        elif label.startswith("Total ") and number > 0:
            sheet.write_string(number, 0, label, bold)
            posted = first_posting is not None
            write_amount(number, 5, row[5], bold_money, f"=SUM(F{first_posting}:F{line - 1})" if posted else None)
            write_amount(number, 6, row[6], bold_money, f"=SUM(G{first_posting}:G{line - 1})" if posted else None)
            write_amount(number, 7, row[7], bold_money, f"=H{line - 1}")
            first_posting = None
        elif label == "Opening Balance":
            sheet.write_string(number, 0, label)
            sheet.write_number(number, 7, float(row[7]), money)
            balance_before = cents(row[7])
        else:  # the header and account headings
            for column, text in enumerate(row):
                if text:
                    sheet.write_string(number, column, text, bold)
            first_posting = None
workbook.close()
