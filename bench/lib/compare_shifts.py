#!/usr/bin/python3
"""compare_shifts.py - do the peer's shift aggregates agree with the product's?

Reads the product's Excel reports (sheet "Statistics": one row per shift and tag, shifts in time order)
and the peer's workbooks (sheet "shifts" of pandas_shift_report.py), pairs rows by (tag, n-th shift of
the period) and compares, per row:
  count  product "Values"  vs peer "count"   exactly
  min    product "Min"     vs peer "min"     to 1e-9 relative
  max    product "Max"     vs peer "max"     to 1e-9 relative
  mean   product "Average, all values (quality ignored)" vs peer "twa"   to 1e-3 relative — the product's
         quality-ignoring variant (OPC UA raw), which reads every value as-is like the peer; the product
         interpolates analog tags linearly, the peer holds each value: a few 1e-5 apart. Workbooks without
         that column (older reports) fall back to "Average".
The report's own min and max leave bad-quality values out, and across a gap the product's raw variant
interpolates an analog tag linearly where the peer holds the last value; the peer reads every value as-is.
So a row that disagrees on min, max or mean only where the product's coverage is below 100 % is "explained
by quality/gap handling"; a disagreement at full coverage, or on the count, is a real one. How many rows' quality-respecting
"Average" differ from the peer's mean is printed too (for information).
Prints details and one line: RESULT {"rows": N, "agree": A, "explained": E, "unexplained": U, ...}.

  /usr/bin/python3 compare_shifts.py --product <home>/output --peer peer_1d_*.xlsx
"""

import argparse
import glob
import json
import math
import os
import sys
import warnings

from openpyxl import load_workbook

warnings.filterwarnings("ignore", category=UserWarning, module="openpyxl")

ALL_VALUES = "Average, all values (quality ignored)"


def product_rows(folder):
    """(tag, shift ordinal) -> dict from every line report under folder (the newest version)."""
    rows = {}
    files = sorted(glob.glob(os.path.join(folder, "**", "*.xlsx"), recursive=True))
    if not files:
        raise SystemExit(f"no product workbook under {folder}")
    for path in files:
        sheet = load_workbook(path, read_only=True)["Statistics"]
        it = sheet.iter_rows(values_only=True)
        header = [str(h) for h in next(it)]
        col = {name: header.index(name) for name in ("Shift", "Tag", "Average", "Min", "Max", "Values", "Coverage")}
        col["mean"] = header.index(ALL_VALUES) if ALL_VALUES in header else col["Average"]
        ordinal, seen, label = -1, set(), None
        for r in it:
            tag = r[col["Tag"]]
            if not tag:
                continue
            if r[col["Shift"]] != label or tag in seen:   # a new shift block starts
                ordinal, seen, label = ordinal + 1, set(), r[col["Shift"]]
            seen.add(tag)
            rows[(tag, ordinal)] = {"label": label, "count": r[col["Values"]], "min": r[col["Min"]],
                                    "max": r[col["Max"]], "mean": r[col["mean"]], "average": r[col["Average"]],
                                    "coverage": r[col["Coverage"]]}
    return rows


def peer_rows(paths):
    raw = []
    for path in paths:
        sheet = load_workbook(path, read_only=True)["shifts"]
        it = sheet.iter_rows(values_only=True)
        header = list(next(it))
        for r in it:
            raw.append(dict(zip(header, r)))
    starts = sorted({r["shift_start"] for r in raw})
    return {(r["tag"], starts.index(r["shift_start"])): {"label": r["shift"], "count": r["count"], "min": r["min"],
            "max": r["max"], "mean": r["twa"]} for r in raw}


def close(a, b, rel):
    if a is None or b is None or (isinstance(a, float) and math.isnan(a)):
        return (a is None or (isinstance(a, float) and math.isnan(a))) and b is None
    if isinstance(a, str) or isinstance(b, str):
        return str(a) == str(b)
    return abs(a - b) <= rel * max(abs(a), abs(b), 1e-12)


def compare(product, peer):
    tolerances = {"count": 0.0, "min": 1e-9, "max": 1e-9, "mean": 1e-3}
    stats = {"rows": 0, "agree": 0, "explained": 0, "unexplained": 0, "missing": 0, "report_average_differs": 0}
    field_agree = {f: 0 for f in tolerances}
    details = []
    for key in sorted(peer, key=lambda k: (k[1], k[0])):
        p = product.get(key)
        if p is None:
            stats["missing"] += 1
            details.append(f"{key}: no product row")
            continue
        stats["rows"] += 1
        q = peer[key]
        bad = [f for f, rel in tolerances.items() if not close(p[f], q[f], rel)]
        stats["report_average_differs"] += not close(p["average"], q["mean"], tolerances["mean"])
        for f in tolerances:
            field_agree[f] += f not in bad
        if not bad:
            stats["agree"] += 1
            continue
        full = p["coverage"] is not None and p["coverage"] >= 0.99999 or "count" in bad
        stats["unexplained" if full else "explained"] += 1
        details.append(f"{'UNEXPLAINED' if full else 'quality/gap'} {key[0]} shift {key[1]} ({p['label']}), "
                       f"coverage {p['coverage']}: " + ", ".join(f"{f} product {p[f]} peer {q[f]}" for f in bad))
    return stats, field_agree, details


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--product", required=True, help="the job's output folder")
    ap.add_argument("--peer", required=True, nargs="+", help="the peer's workbooks")
    args = ap.parse_args()
    stats, fields, details = compare(product_rows(args.product), peer_rows(args.peer))
    for line in details[:60]:
        print(line)
    if len(details) > 60:
        print(f"... {len(details) - 60} more")
    summary = (f"{stats['agree']} of {stats['rows']} (tag, shift) rows agree on count, min, max and the "
               f"quality-ignoring mean; "
               f"{stats['explained']} differ only where the product's coverage < 100 % (bad values left out of min/max; "
               f"analog tags interpolated linearly across gaps where the peer holds the last value), "
               f"{stats['unexplained']} unexplained, {stats['missing']} missing; per field: "
               + ", ".join(f"{f} {n}/{stats['rows']}" for f, n in fields.items())
               + f"; the report's quality-respecting Average differs from the peer in {stats['report_average_differs']} rows")
    print(summary)
    print("RESULT " + json.dumps(dict(stats, summary=summary)))
    return 0 if stats["unexplained"] == 0 and stats["missing"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
