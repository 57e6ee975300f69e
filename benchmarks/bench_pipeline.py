"""Where an article's time goes: parse, extract, map, validate and write, as shares of one run.

Runs the pipeline stage by stage over the bundled article and the dev corpus, several rounds, and prints
each stage's share of the total and the articles per second. The machine is shared and noisy, so the
shares (measured in the same run) are the numbers to compare between versions.

    python benchmarks/bench_pipeline.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections import defaultdict
from pathlib import Path

from dev_corpus import dev_paths

from kgingest.extract import extract
from kgingest.map import to_graph
from kgingest.parse import load_model, parse
from kgingest.pipeline import run_info
from kgingest.read import read_article
from kgingest.validate import validate
from kgingest.write import write_graph


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    paths = dev_paths()
    nlp = load_model()
    seconds: dict[str, float] = defaultdict(float)
    characters = 0
    with tempfile.TemporaryDirectory() as temp:
        for _ in range(args.rounds):
            for path in paths:
                started = time.perf_counter()
                article = read_article(path)
                marks = {"read": time.perf_counter()}
                doc = parse(article, nlp)
                marks["parse"] = time.perf_counter()
                extraction = extract(doc, article)
                marks["extract"] = time.perf_counter()
                graph = to_graph(extraction, run_info(nlp, path))
                marks["map"] = time.perf_counter()
                validate(graph)
                marks["validate"] = time.perf_counter()
                write_graph(graph, Path(temp) / f"{article.key}.ttl")
                marks["write"] = time.perf_counter()
                previous = started
                for stage, mark in marks.items():
                    seconds[stage] += mark - previous
                    previous = mark
                characters += len(article.text)
    total = sum(seconds.values())
    count = args.rounds * len(paths)
    print(f"{count} articles, {characters} characters, {total:.2f} s: {count / total:.1f} articles/s")
    for stage, spent in seconds.items():
        print(f"  {stage:9} {spent / total:6.1%}")


if __name__ == "__main__":
    main()
