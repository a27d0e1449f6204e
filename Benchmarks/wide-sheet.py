"""Writes a 16-column sheet of N rows (100,000 by default) of invoice lines with XlsxWriter, as a large XLSX to
read: dates, text that repeats (shared strings), numbers with decimals, whole numbers and booleans.

usage: .build-bench/venv/bin/python Benchmarks/wide-sheet.py OUT.xlsx [ROWS]
"""
import datetime, random, sys
import xlsxwriter

out, rows = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
random.seed(11)
customers = [f"Customer {n:03d}" for n in range(90)]
items = [f"Item {n:02d}" for n in range(60)]
classes, locations = ["Retail", "Wholesale", "Online", "Trade"], ["New York", "Chicago", "Newark", "Toronto", "London"]
workbook = xlsxwriter.Workbook(out)
sheet = workbook.add_worksheet("Lines")
date_format = workbook.add_format({"num_format": "yyyy-mm-dd"})
money = workbook.add_format({"num_format": "#,##0.00"})
sheet.write_row(0, 0, ["Date", "Type", "Number", "Customer", "Item", "Description", "Quantity", "Rate", "Amount",
                       "Tax Rate", "Tax", "Total", "Class", "Location", "Paid", "Due"])
start = datetime.date(2025, 1, 1)
for row in range(1, rows + 1):
    day = start + datetime.timedelta(days=random.randrange(670))
    quantity, rate = random.randint(1, 40), round(random.uniform(2, 250), 2)
    amount = round(quantity * rate, 2)
    tax_rate = random.choice([0, 0.0625, 0.08875, 0.13])
    tax = round(amount * tax_rate, 2)
    sheet.write_datetime(row, 0, day, date_format)
    sheet.write_string(row, 1, random.choice(["Invoice", "Sales Receipt", "Credit Memo"]))
    sheet.write_string(row, 2, f"INV-{row // 3 + 10000:06d}")
    sheet.write_string(row, 3, random.choice(customers))
    sheet.write_string(row, 4, random.choice(items))
    sheet.write_string(row, 5, f"Order {row // 3} line {row % 3 + 1}")
    sheet.write_number(row, 6, quantity)
    sheet.write_number(row, 7, rate, money)
    sheet.write_number(row, 8, amount, money)
    sheet.write_number(row, 9, tax_rate)
    sheet.write_number(row, 10, tax, money)
    sheet.write_number(row, 11, round(amount + tax, 2), money)
    sheet.write_string(row, 12, random.choice(classes))
    sheet.write_string(row, 13, random.choice(locations))
    sheet.write_boolean(row, 14, random.random() < 0.7)
    sheet.write_datetime(row, 15, day + datetime.timedelta(days=30), date_format)
workbook.close()
print(f"{out}: {rows} rows x 16 columns")
