"""Robustness: the whole pipeline over a folder of articles in one process, counting how each one ended.

Takes every ``NAME.txt`` in DIR with its ``NAME.meta.json``/``.meta.yaml`` sidecar, as ``kgingest run DIR``
does, and runs `kgingest.pipeline.ingest` over them (checks, parse, extract, map, validate, write into a
temporary folder). Prints how many were written, failed validation, were refused, or met an internal error,
and each crash class (exception type and the kgingest frame it was raised in), counted, with the first
article that shows it. Internal errors should be 0.

    python benchmarks/robustness.py DIR [--limit N]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from kgingest.errors import InternalError
from kgingest.pipeline import Options, Outcome, Summary, ingest


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path, help="a folder of NAME.txt articles")
    parser.add_argument("--limit", type=int, default=None, help="only the first N articles (by name)")
    args = parser.parse_args()
    paths = sorted(args.folder.glob("*.txt"))[: args.limit]
    if not paths:
        print(f"{args.folder}: no *.txt articles", file=sys.stderr)
        return 2
    crashes: Counter[str] = Counter()
    first_seen: dict[str, str] = {}

    def note(outcome: Outcome) -> None:
        if isinstance(outcome.error, InternalError):
            kind = outcome.error.kind
            crashes[kind] += 1
            first_seen.setdefault(kind, Path(outcome.source).name)
            print(f"  {outcome.error}", file=sys.stderr)

    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as out_dir:
        outcomes = ingest(paths, Options(out_dir=Path(out_dir)), on_outcome=note)
    seconds = time.perf_counter() - started
    summary = Summary.of(outcomes, len(paths))
    print(f"{args.folder}: {summary.line()}")
    print(f"{seconds:.0f} s in all, {seconds / len(paths):.2f} s per article (model load included)")
    print(f"crash classes: {len(crashes)}")
    for kind, count in crashes.most_common():
        print(f"  {count:4d}  {kind}  (first: {first_seen[kind]})")
    return summary.exit_code


if __name__ == "__main__":
    sys.exit(main())
