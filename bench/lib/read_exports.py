"""Reads an export's files the way a plant engineer's script would, with every warning an error: each .csv with
Python's csv module (strict RFC 4180: every record as wide as the header) and with pandas; each .xlsx with
openpyxl (styles included, as stored) and with pandas, every sheet. Prints one line per file and reader; exits 1
if any reader failed or warned. Run by bench/check-readers for export folders.

    /usr/bin/python3 bench/lib/read_exports.py FILE...
"""
import csv
import sys
import warnings

warnings.simplefilter("error")
import openpyxl  # noqa: E402  (after the filter: an import-time warning counts too)
import pandas  # noqa: E402


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f, strict=True))
    width = len(rows[0])
    ragged = [i + 1 for i, row in enumerate(rows) if len(row) != width]
    if ragged:
        raise ValueError(f"records {ragged[:5]} are not {width} fields wide")
    yield f"csv module: {len(rows)} records × {width} fields"
    frame = pandas.read_csv(path, encoding="utf-8", keep_default_na=False)
    if len(frame) != len(rows) - 1:
        raise ValueError(f"pandas read {len(frame)} rows, the csv module {len(rows) - 1}")
    numeric = [c for c in frame.columns if pandas.api.types.is_numeric_dtype(frame[c])]
    yield f"pandas: {len(frame)} rows, numeric columns {numeric}"


def read_xlsx(path):
    book = openpyxl.load_workbook(path)
    sheets = {name: book[name].max_row for name in book.sheetnames}
    yield f"openpyxl: sheets {sheets}"
    frames = pandas.read_excel(path, sheet_name=None)
    yield "pandas: " + ", ".join(f"{name} {len(frame)} rows" for name, frame in frames.items())


failed = 0
for path in sys.argv[1:]:
    reader = read_csv if path.endswith(".csv") else read_xlsx if path.endswith(".xlsx") else None
    if reader is None:
        continue
    try:
        for line in reader(path):
            print(f"OK    {path}: {line}")
    except Exception as e:  # a warning raised as an error lands here too
        failed = 1
        print(f"FAIL  {path}: {type(e).__name__}: {e}")
sys.exit(failed)
