"""Query speed over a corpus: kgingest's query function against pyoxigraph on the same files.

Runs the pipeline over the articles of a folder (PolNeAR's train split: ``NAME.txt`` with ``NAME.meta.json``),
writes one Turtle graph per article, then times each bundled query (queries/*.rq) over the first 10, 100 and
all graphs twice: through ``kgingest.query.select(files=...)`` (what ``kgingest query --data DIR`` runs), and
through pyoxigraph directly (``Store.bulk_load`` of the same files into a fresh in-memory store, then
``Store.query`` and reading every value of every row). Both times include the load. Prints a table with the ratio.

    python benchmarks/bench_query.py PATH/TO/polnear/train [--cache DIR] [--sizes 10,100,840]

Extraction is the slow part, so each article's extraction is cached (pickled) in ``--cache`` (default
``~/.cache/kgingest/bench_query``), keyed by the article text and the digest of the extraction code; the
graphs are mapped again from the cache on every run, so a change to the mapping is always measured.
A size above the number of articles repeats them under distinct article keys (said in the output).
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

import pyoxigraph as ox

import kgingest
from kgingest.extract import extract
from kgingest.map import to_graph
from kgingest.model import Article, Extraction
from kgingest.parse import load_model, parse
from kgingest.pipeline import run_info
from kgingest.query import select
from kgingest.read import read_article
from kgingest.resources import resource_dir
from kgingest.write import write_graph

# Modules that only turn an extraction into RDF or serve it: changing them does not change an extraction.
RDF_SIDE = {"map.py", "write.py", "query.py", "store.py", "validate.py", "vocab.py", "cli.py", "eval.py", "link.py"}


def extraction_code_digest() -> str:
    package = Path(kgingest.__file__).parent
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*.py")):
        if path.name not in RDF_SIDE:
            digest.update(path.relative_to(package).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def cached_extractions(corpus: Path, cache: Path, limit: int) -> list[tuple[Path, Extraction]]:
    """The first ``limit`` articles of ``corpus`` (sorted by name) with their extraction, from the cache if there.

    An article whose extraction fails is left out (and remembered as failed in the cache).
    """
    texts = sorted(corpus.glob("*.txt"))[:limit]
    if not texts:
        raise SystemExit(f"{corpus}: no NAME.txt articles")
    folder = cache / extraction_code_digest()
    folder.mkdir(parents=True, exist_ok=True)
    nlp = None
    result = []
    started = time.perf_counter()
    made = 0
    for path in texts:
        article = read_article(path)
        entry = folder / f"{hashlib.sha256(article.text.encode()).hexdigest()[:24]}-{article.key[:60]}.pickle"
        failed = entry.with_suffix(".failed")
        extraction: Extraction | None = None
        if entry.exists():
            extraction = pickle.loads(entry.read_bytes())
        elif not failed.exists():
            if nlp is None:
                nlp = load_model()
            try:
                extraction = extract(parse(article, nlp), article)
            except Exception as error:  # an extractor bug is not this benchmark's subject: skip the article
                print(f"  {path.name}: extraction failed ({type(error).__name__}); skipped", file=sys.stderr)
                failed.write_text(f"{type(error).__name__}: {error}\n", encoding="utf-8")
            else:
                temporary = entry.with_suffix(".tmp")
                temporary.write_bytes(pickle.dumps(extraction))
                temporary.replace(entry)
            made += 1
            if made % 50 == 0:
                print(f"  extracted {made} articles ({time.perf_counter() - started:.0f} s)", file=sys.stderr)
        if extraction is not None:
            result.append((path, extraction))
    return result


def with_key(extraction: Extraction, key: str) -> Extraction:
    article = extraction.article
    renamed = Article(key, article.source_name, article.text, article.meta, article.sha256, article.headings)
    return Extraction(**{**vars(extraction), "article": renamed})


def write_graphs(extractions: list[tuple[Path, Extraction]], size: int, folder: Path) -> Path:
    """The first ``size`` article graphs as Turtle files in ``folder``; past the corpus, repeats with new keys."""
    folder.mkdir(parents=True)
    for index in range(size):
        path, extraction = extractions[index % len(extractions)]
        if index >= len(extractions):
            extraction = with_key(extraction, f"{extraction.article.key}-copy-{index // len(extractions)}")
        graph = to_graph(extraction, run_info(_ModelStub(), path))  # type: ignore[arg-type]
        write_graph(graph, folder / f"{index:05d}-{extraction.article.key[:60]}.ttl")
    return folder


class _ModelStub:
    """run_info wants the model only for its name and version; the benchmark need not load it to map."""

    meta: ClassVar[dict[str, str]] = {"name": "core_web_sm", "lang": "en", "version": "cached"}


def time_kgingest(sparql: str, folder: Path) -> tuple[float, int]:
    started = time.perf_counter()
    result = select(sparql, files=[folder])
    return time.perf_counter() - started, len(result.rows)


def time_pyoxigraph(sparql: str, folder: Path) -> tuple[float, int]:
    """pyoxigraph on its own: bulk-load every file into a fresh in-memory store, query, read every value."""
    started = time.perf_counter()
    store = ox.Store()
    for path in sorted(folder.glob("*.ttl")):
        store.bulk_load(path=path, format=ox.RdfFormat.TURTLE)
    solutions = store.query(sparql)
    assert isinstance(solutions, ox.QuerySolutions)
    variables = [variable.value for variable in solutions.variables]
    rows = 0
    for solution in solutions:
        for name in variables:
            solution[name]
        rows += 1
    return time.perf_counter() - started, rows


def best_of(runs: int, timer: Callable[[str, Path], tuple[float, int]], sparql: str, folder: Path) -> tuple[float, int]:
    results = [timer(sparql, folder) for _ in range(runs)]
    return min(r[0] for r in results), results[0][1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path, help="a folder of NAME.txt articles (e.g. PolNeAR's train split)")
    parser.add_argument("--cache", type=Path, default=Path.home() / ".cache" / "kgingest" / "bench_query")
    parser.add_argument("--sizes", default="10,100,1000", help="numbers of article graphs (default 10,100,1000)")
    parser.add_argument("--runs", type=int, default=3, help="runs per measurement; the fastest counts")
    parser.add_argument("--only", help="comma-separated bundled query names (default: all)")
    parser.add_argument("--prepare", action="store_true", help="only fill the extraction cache")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    extractions = cached_extractions(args.corpus, args.cache, max(sizes))
    if args.prepare:
        return
    names = sorted(p.stem for p in resource_dir("queries").glob("*.rq"))
    if args.only:
        names = [n for n in names if n in args.only.split(",")]
    print(f"{len(extractions)} articles extracted; sizes {sizes}", end="")
    if max(sizes) > len(extractions):
        print(f" (past {len(extractions)}, articles repeat under distinct article IRIs)", end="")
    print()
    print(
        f"{'query':<12} {'graphs':>6} {'triples':>9} {'rows':>7} {'kgingest s':>11} {'pyoxigraph s':>13} {'ratio':>6}"
    )
    with tempfile.TemporaryDirectory() as temp:
        for size in sizes:
            folder = write_graphs(extractions, size, Path(temp) / f"graphs-{size}")
            started = time.perf_counter()
            store = ox.Store()
            for path in sorted(folder.glob("*.ttl")):
                store.bulk_load(path=path, format=ox.RdfFormat.TURTLE)
            triples = len(store)
            print(f"{'(load only)':<12} {size:>6} {triples:>9} {'':>7} {'':>11} {time.perf_counter() - started:>13.3f}")
            for name in names:
                sparql = (resource_dir("queries") / f"{name}.rq").read_text(encoding="utf-8")
                ours, rows = best_of(args.runs, time_kgingest, sparql, folder)
                theirs, their_rows = best_of(args.runs, time_pyoxigraph, sparql, folder)
                flag = "" if rows == their_rows else f"  (rows differ: {their_rows} in pyoxigraph)"
                print(
                    f"{name:<12} {size:>6} {triples:>9} {rows:>7} {ours:>11.3f} {theirs:>13.3f} "
                    f"{ours / theirs:>6.2f}{flag}",
                    flush=True,
                )


if __name__ == "__main__":
    main()
