"""Writes an invoices-and-bills sheet of N lines (about 3.3 lines per invoice) for Northwind Traders Inc,
as openpyxl writes it, to measure `ledgersync records post` on a year of invoices.

usage: /usr/bin/python3 Benchmarks/records-sheet.py OUT.xlsx [LINES]
"""
import csv, datetime, os, random, sys
from openpyxl import Workbook

out, lines = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
examples = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Examples", "northwind")
def names(file):
    with open(os.path.join(examples, file), newline="") as f:
        return [row["name"] for row in csv.DictReader(f) if row["company"] == "us"]
customers, items = names("customers.csv"), names("items.csv")
taxes = ["NY Sales Tax", "NJ Sales Tax", "IL Sales Tax", None]

random.seed(7)
wb = Workbook(write_only=True)
ws = wb.create_sheet("Invoices and Bills")
ws.append(["Post", "Type *", "Number *", "Customer", "Date *", "Item", "Quantity", "Rate", "Amount", "Tax Code",
           "Class", "Location", "Action", "Record ID", "Version", "Status", "Message"])
written, number = 0, 0
while written < lines:
    number += 1
    day = datetime.date(2026, 1, 1) + datetime.timedelta(days=random.randrange(365))
    customer, tax = random.choice(customers), random.choice(taxes)
    for line in range(min(random.choice([1, 2, 3, 4, 5, 5]), lines - written)):
        first = line == 0
        ws.append(["yes" if first else None, "Invoice" if first else None, f"B-{number:06d}" if first else None,
                   customer if first else None, day if first else None, random.choice(items),
                   random.randint(1, 40), round(random.uniform(2, 250), 2), None, tax, None, None, None, None, None, None, None])
        written += 1
wb.save(out)
print(f"{out}: {written} lines, {number} invoices")
