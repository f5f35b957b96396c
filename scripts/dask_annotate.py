#!/usr/bin/env python3
"""Annotate a JSONL archive on a Dask cluster: news-annotate as the map step.

dask.bag.read_text splits the input into blocks of whole lines; map_partitions pipes each block through
`news-annotate --jsonl -` on a worker, which writes one prediction line per good {doc_id, text} line in input
order, so the result is the single-process run's, partition after partition. Bad lines are reported on the
worker's standard error (in its log) and skipped.

    python3 scripts/dask_annotate.py 'archive/*.jsonl' --out predictions/            # a LocalCluster here
    python3 scripts/dask_annotate.py 'archive/*.jsonl' --scheduler tcp://host:8786 --out predictions/

Every worker needs Node.js and the CLI at --cli's path, and the input at the same path (a shared file system,
or any URL Dask reads, such as s3://). --out DIR writes one JSONL file per partition (DIR/0.jsonl, …);
--out FILE.jsonl gathers everything into one file here; --format csv writes CSV instead.
"""
import argparse
import os
import subprocess
import sys
import time

import dask.bag as db
from dask.distributed import Client, LocalCluster

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def annotate(lines, cli, fmt, jobs):
    """One partition's lines through the CLI; returns its output lines (CSV without its header)."""
    data = "".join(line if line.endswith("\n") else line + "\n" for line in lines).encode("utf-8")
    done = subprocess.run(
        ["node", cli, "--jsonl", "-", "--format", fmt, "--jobs", str(jobs)],
        input=data,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        check=False,
    )
    # Status 1 means some lines were bad: they are named on stderr and skipped; anything else is a failure.
    if done.stderr:
        sys.stderr.write(done.stderr.decode("utf-8", "replace"))
    if done.returncode not in (0, 1):
        raise RuntimeError(f"news-annotate exited {done.returncode}: {done.stderr.decode('utf-8', 'replace')[-2000:]}")
    out = done.stdout.decode("utf-8").splitlines()
    return out[1:] if fmt == "csv" else out


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", help="JSONL file(s) of {doc_id, text} lines: a path, a glob or a URL Dask reads")
    parser.add_argument("--out", required=True, help="a folder (one file per partition) or a .jsonl/.csv file")
    parser.add_argument("--scheduler", help="address of a running `dask scheduler`; a LocalCluster otherwise")
    parser.add_argument("--workers", type=int, default=2, help="LocalCluster worker processes (default 2)")
    parser.add_argument("--blocksize", default="16MB", help="bytes per partition (default 16MB)")
    parser.add_argument("--format", default="jsonl", choices=["jsonl", "csv"])
    parser.add_argument("--jobs", type=int, default=1, help="news-annotate --jobs per partition (default 1)")
    parser.add_argument("--cli", default=os.path.join(ROOT, "dist", "news-annotate.js"))
    args = parser.parse_args()

    started = time.perf_counter()
    if args.scheduler:
        client = Client(args.scheduler)
    else:
        client = Client(LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None))
    with client:
        results = db.read_text(args.input, blocksize=args.blocksize).map_partitions(annotate, args.cli, args.format, args.jobs)
        if os.path.splitext(args.out)[1] in (".jsonl", ".csv"):
            with open(args.out, "w", encoding="utf-8", newline="") as out:
                if args.format == "csv":
                    out.write(header(args.cli))
                for line in results.compute():
                    out.write(line + ("\r\n" if args.format == "csv" else "\n"))
        else:
            os.makedirs(args.out, exist_ok=True)
            results.to_textfiles(os.path.join(args.out, f"*.{args.format}"))
    sys.stderr.write(f"dask_annotate: {time.perf_counter() - started:.1f} s\n")


def header(cli):
    """The CSV header row, as the CLI writes it."""
    done = subprocess.run(["node", cli, "--jsonl", "-", "--format", "csv"], input=b"", stdout=subprocess.PIPE, check=True)
    return done.stdout.decode("utf-8")


if __name__ == "__main__":
    main()
