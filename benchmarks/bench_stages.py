"""Where a corpus run's time goes, stage by stage, as corpus.py runs them: parse (``nlp.pipe`` in batches),
extract, map, validate and serialize, as shares of one run, and the graph work against the parse.

    python benchmarks/bench_stages.py DIR [--names FILE] [--count 100] [--batch-size 8] [--profile OUT.html]

DIR is a folder of articles (``NAME.txt``, sidecars allowed); ``--names`` restricts it to the names listed in
FILE (one a line, ``#`` comments), in that file's order, so that a development part can be measured without
touching another part. ``--profile`` writes a pyinstrument profile of the stages after the parse (pyinstrument
must be installed). The machine may be shared: compare the shares and the ratio, measured in one run.
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kgingest import __version__
from kgingest.corpus import settle_collector
from kgingest.extract import extract
from kgingest.map import DEFAULT_BASE_IRI, article_iri, to_graph
from kgingest.model import Article, RunInfo
from kgingest.parse import load_model, model_info
from kgingest.pipeline import run_started
from kgingest.read import read_article
from kgingest.validate import prepared_shapes, validate
from kgingest.write import serialize

STAGES = ("parse", "extract", "map", "validate", "serialize")


def article_paths(folder: Path, names: Path | None, count: int) -> list[Path]:
    """The first ``count`` articles of ``folder``, or of those ``names`` lists."""
    if names is None:
        return sorted(folder.glob("*.txt"))[:count]
    listed = [line.strip() for line in names.read_text().splitlines() if line.strip() and not line.startswith("#")]
    return [folder / f"{name}.txt" for name in listed if (folder / f"{name}.txt").is_file()][:count]


def run(articles: list[Article], batch_size: int, clock: Callable[[], float], profiler: Any = None) -> dict[str, float]:
    """Seconds per stage over ``articles``, by ``clock``."""
    nlp = load_model()
    info = model_info(nlp)
    seconds: dict[str, float] = defaultdict(float)
    for start in range(0, len(articles), batch_size):
        batch = articles[start : start + batch_size]
        began = clock()
        docs = list(nlp.pipe((article.text for article in batch), batch_size=batch_size))
        seconds["parse"] += clock() - began
        if profiler is not None:
            profiler.start()
        for article, doc in zip(batch, docs, strict=True):
            marks = [clock()]
            extraction = extract(doc, article)
            marks.append(clock())
            graph = to_graph(extraction, RunInfo(__version__, info.name, info.version, run_started(None)))
            marks.append(clock())
            validate(graph)
            marks.append(clock())
            serialize(graph, "turtle", graph_name=str(article_iri(article, DEFAULT_BASE_IRI)))
            marks.append(clock())
            for stage, before, after in zip(STAGES[1:], marks, marks[1:], strict=False):
                seconds[stage] += after - before
        if profiler is not None:
            profiler.stop()
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--names", type=Path, default=None)
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--batch-size", type=int, default=8)
    parser.add_argument("--profile", type=Path, default=None, help="write a pyinstrument HTML profile here")
    parser.add_argument(
        "--unsettled",
        action="store_true",
        help="leave the garbage collector as Python sets it (to measure settling it)",
    )
    parser.add_argument(
        "--cpu", action="store_true", help="count this process's CPU time, not the wall clock (a busy machine)"
    )
    args = parser.parse_args()
    articles = [read_article(path) for path in article_paths(args.folder, args.names, args.count)]
    load_model()
    prepared_shapes()
    if not args.unsettled:  # as a corpus run's process does (corpus.settle_collector)
        settle_collector()
    run(articles[:1], args.batch_size, time.perf_counter)  # what loads on first use (lexicons, rules) is not timed
    profiler = None
    if args.profile is not None:
        from pyinstrument import Profiler

        profiler = Profiler(interval=0.0005)
    seconds = run(articles, args.batch_size, time.process_time if args.cpu else time.perf_counter, profiler)
    total = sum(seconds.values())
    words = sum(len(article.text.split()) for article in articles)
    clock = "CPU" if args.cpu else "wall-clock"
    print(f"{len(articles)} articles, {words} words, {total:.1f} {clock} s, {len(articles) / total:.2f} articles/s")
    for stage in STAGES:
        print(f"  {stage:9} {seconds[stage]:7.2f} s {seconds[stage] / total:6.1%}")
    print(f"  all / parse: {total / seconds['parse']:.2f}  (graph work {1 - seconds['parse'] / total:.1%} of the run)")
    if profiler is not None:
        args.profile.write_text(profiler.output_html())
        print(profiler.output_text(unicode=False, color=False, show_all=False))


if __name__ == "__main__":
    main()
