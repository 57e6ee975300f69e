"""What the construction rules cost: their matching as a share of the extract stage, measured in one run.

Parses the dev corpus once, then over several rounds times the extract stage and, apart, the rule matching
alone (`kgingest.extract.rules.find_matches` over every rule of every stage folder). The machine is shared
and noisy, so the ratio (both measured in the same run) is the number to compare between versions.

    python benchmarks/bench_rules.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import time

from dev_corpus import parsed_dev_corpus

from kgingest.extract import extract
from kgingest.extract.rules import RULES_DIR, find_matches, load_rules


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    parsed = parsed_dev_corpus()
    rules = tuple(rule for folder in sorted(RULES_DIR.iterdir()) if folder.is_dir() for rule in load_rules(folder.name))
    for doc, _ in parsed:
        find_matches(doc, rules)  # the matchers are built once per process: not part of the cost per article
    matching = extracting = 0.0
    for _ in range(args.rounds):
        for doc, article in parsed:
            started = time.perf_counter()
            find_matches(doc, rules)
            matched = time.perf_counter()
            extract(doc, article)
            matching += matched - started
            extracting += time.perf_counter() - matched
    print(f"{len(rules)} rules, {args.rounds} rounds of {len(parsed)} articles")
    print(f"rule matching / extract stage (which includes it): {matching / extracting:.3f}")


if __name__ == "__main__":
    main()
