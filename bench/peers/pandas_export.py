#!/usr/bin/python3
"""pandas_export.py - the raw archive export a competent plant engineer would script instead of wincc-reports'
record export: the "peer" that bench/run export compares the product's raw CSV export with.

It pages the archive values of a list of tags over [from, to) from a WinCC REST service with requests (the reader
of pandas_shift_report.py beside it: the contract's paging, one keep-alive session per worker), puts them into one
pandas frame in time order and writes the long form with DataFrame.to_csv: time_utc, time_local (the site's zone,
with its offset), tag, value, quality. On stdout it prints one JSON line:
{"values": N, "seconds": S, "values_per_s": R, "fetch_s": F, "write_s": W}.

Needs Debian's packages (no pip):  apt-get install -y python3-pandas python3-requests
and runs with Debian's interpreter, /usr/bin/python3.

Example:
  /usr/bin/python3 pandas_export.py --base-url http://127.0.0.1:34568/WinCCRestService --user demo --password demo \
      --archive PVArchive --tags L1.Temperature,L1.Pressure --from 2026-11-18T05:00:00Z --to 2026-11-25T05:00:00Z \
      --tz Europe/Berlin --out /tmp/export.csv --max-values 10000 --workers 4

"seconds" is wall time from the first request to the CSV on disk (interpreter start-up and imports excluded).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time

import pandas as pd

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pandas_shift_report import read_all  # noqa: E402  (the same archive reader as the shift report peer)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--base-url", required=True)
    p.add_argument("--user", required=True)
    p.add_argument("--password", required=True)
    p.add_argument("--archive", required=True)
    p.add_argument("--tags", required=True, help="comma-separated tag names")
    p.add_argument("--from", dest="start", required=True)
    p.add_argument("--to", dest="end", required=True)
    p.add_argument("--tz", default="Europe/Berlin")
    p.add_argument("--out", required=True)
    p.add_argument("--max-values", type=int, default=10000)
    p.add_argument("--workers", type=int, default=4)
    p.add_argument("--ca-bundle", default=None)
    args = p.parse_args()
    args.lookback = 0   # an export holds the values stamped in the period, nothing before it

    tags = [t for t in args.tags.split(",") if t]
    start = pd.Timestamp(args.start).tz_convert("UTC")
    end = pd.Timestamp(args.end).tz_convert("UTC")
    began = time.perf_counter()
    frame, _ = read_all(args, tags, start, end)
    fetched = time.perf_counter()
    frame = frame.sort_values("ts", kind="stable", ignore_index=True)   # time order, tags in list order
    out = pd.DataFrame({
        "time_utc": frame["ts"].dt.strftime("%Y-%m-%dT%H:%M:%S.%f").str[:-3] + "Z",
        "time_local": frame["ts"].dt.tz_convert(args.tz).dt.strftime("%Y-%m-%dT%H:%M:%S.%f%z"),
        "tag": frame["tag"].astype(str),
        "value": frame["value"],
        "quality": frame["quality"],
    })
    out.to_csv(args.out, index=False, lineterminator="\r\n")
    done = time.perf_counter()
    seconds = done - began
    print(json.dumps({"values": len(out), "seconds": round(seconds, 3),
                      "values_per_s": round(len(out) / seconds) if seconds > 0 else None,
                      "fetch_s": round(fetched - began, 3), "write_s": round(done - fetched, 3)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
