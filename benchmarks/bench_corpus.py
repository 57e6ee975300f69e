"""A corpus run measured as a user meets it: speed against spaCy alone, memory, workers, and an unchanged re-run.

    python benchmarks/bench_corpus.py DIR [--names FILE] [--small 100] [--large 800] [--batch-size 8] [--rounds 4]

DIR is a folder of articles (``*.txt``, sidecars allowed). Each measurement runs in a fresh process, so
that peak memory (ru_maxrss) is that run's own. Printed: articles per second; the end-to-end time of a
one-worker run over the ``--large`` first articles against spaCy alone parsing the same texts (``nlp.pipe``,
same batch size, the same pipeline object) in the same process, the two taking turns over ``--rounds`` parts
of the articles so that a change in the machine's load falls on both; peak memory at ``--small`` and at
``--large`` articles; one worker against two (both counting spaCy's import and the model load); and an
unchanged re-run against the first run. The end-to-end ratio is also given in the process's CPU time, which
other programs' load does not stretch. ``--names`` keeps to the articles a file names (e.g. a development
part's list), in its order. The machine may be shared, so the ratios, each measured within one
run, are the figures to compare.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def child(
    folder: Path,
    count: int,
    workers: int,
    batch_size: int,
    spacy_alone: bool,
    rounds: int = 1,
    names: Path | None = None,
) -> dict[str, float]:
    """One measured run in this process; the figures as a dict."""
    started = time.perf_counter()
    from kgingest.corpus import run_corpus
    from kgingest.pipeline import Options
    from kgingest.read import Source, expand_inputs, load_source

    inputs = [str(folder)] if names is None else [str(path) for path in named_articles(folder, names)]
    sources: list[Source] = list(expand_inputs(inputs))[:count]
    figures: dict[str, float] = {"articles": len(sources)}
    if workers == 1:
        # What a worker process pays before its first batch (`corpus.load_worker_model`), counted here too so 1
        # and 2 workers compare: spaCy's import, the model, the validation shapes and the stages' first-use
        # loading (`corpus.prepare_process`). Then the garbage collector is settled as a worker settles it, so
        # that spaCy alone runs under the same collector as the run.
        from kgingest import parse
        from kgingest.corpus import prepare_process, settle_collector

        nlp = parse.load_model()
        prepare_process(None)
        settle_collector()
        figures["load_s"] = time.perf_counter() - started
    with tempfile.TemporaryDirectory() as out:
        for figure in ("spacy_s", "run_s", "spacy_cpu_s", "run_cpu_s", "written", "triples"):
            figures[figure] = 0.0
        # spaCy alone and the run take turns over parts of the articles: on a shared machine the load drifts,
        # and a drift between two long measurements would tilt their ratio.
        parts = max(1, rounds if spacy_alone else 1)
        size = -(-len(sources) // parts)
        for start in range(0, len(sources), size):
            part = sources[start : start + size]
            if spacy_alone:
                texts = [load_source(source).text for source in part]
                began, began_cpu = time.perf_counter(), time.process_time()
                for _ in nlp.pipe(texts, batch_size=batch_size):
                    pass
                figures["spacy_s"] += time.perf_counter() - began
                figures["spacy_cpu_s"] += time.process_time() - began_cpu
                del texts
            began, began_cpu = time.perf_counter(), time.process_time()
            result = run_corpus(part, Options(out_dir=Path(out)), workers=workers, batch_size=batch_size)
            figures["run_s"] += time.perf_counter() - began
            figures["run_cpu_s"] += time.process_time() - began_cpu
            figures["written"] += result.summary.written
            figures["triples"] += result.figures.triples
        began = time.perf_counter()
        again = run_corpus(sources, Options(out_dir=Path(out)), workers=workers, batch_size=batch_size)
        figures["rerun_s"] = time.perf_counter() - began
        figures["rerun_unchanged"] = again.summary.unchanged
    figures["peak_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return figures


def named_articles(folder: Path, names: Path) -> list[Path]:
    """The articles of ``folder`` that ``names`` lists (one name a line, ``#`` comments), in its order."""
    listed = [line.strip() for line in names.read_text().splitlines() if line.strip() and not line.startswith("#")]
    return [folder / f"{name}.txt" for name in listed if (folder / f"{name}.txt").is_file()]


def measure(
    folder: Path,
    count: int,
    workers: int,
    batch_size: int,
    spacy_alone: bool = False,
    rounds: int = 1,
    names: Path | None = None,
) -> dict[str, float]:
    command = [sys.executable, __file__, str(folder), "--child", str(count), "--workers", str(workers)]
    command += ["--batch-size", str(batch_size), "--rounds", str(rounds)] + (["--spacy-alone"] if spacy_alone else [])
    command += ["--names", str(names)] if names is not None else []
    began = time.perf_counter()
    output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
    figures: dict[str, float] = json.loads(output.strip().splitlines()[-1])
    figures["process_s"] = time.perf_counter() - began
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--small", type=int, default=100)
    parser.add_argument("--large", type=int, default=800)
    parser.add_argument("--batch-size", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=4, help="turns of spaCy alone and the run (default 4)")
    parser.add_argument("--names", type=Path, default=None, help="only the articles this file names (one a line)")
    parser.add_argument("--child", type=int, default=None, help=argparse.SUPPRESS)
    parser.add_argument("--workers", type=int, default=1, help=argparse.SUPPRESS)
    parser.add_argument("--spacy-alone", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child is not None:
        figures = child(
            args.folder, args.child, args.workers, args.batch_size, args.spacy_alone, args.rounds, args.names
        )
        print(json.dumps(figures))
        return

    small = measure(args.folder, args.small, 1, args.batch_size, spacy_alone=True, rounds=args.rounds, names=args.names)
    large = measure(args.folder, args.large, 1, args.batch_size, spacy_alone=True, rounds=args.rounds, names=args.names)
    two = measure(args.folder, args.large, 2, args.batch_size, names=args.names)
    count = large["articles"]
    one_worker_s = large["load_s"] + large["run_s"]
    print(
        f"corpus: {args.folder} ({count:.0f} articles, {large['triples']:.0f} triples, batch {args.batch_size}, "
        f"spaCy alone and the run in {args.rounds} turns)"
    )
    print(f"speed, 1 worker:          {count / large['run_s']:.2f} articles/s (model loaded before)")
    print(
        f"end-to-end / spaCy alone: {large['run_s']:.1f} s / {large['spacy_s']:.1f} s = "
        f"{large['run_s'] / large['spacy_s']:.2f}  (target <= 1.25)"
    )
    print(
        f"  the same in CPU time:   {large['run_cpu_s']:.1f} s / {large['spacy_cpu_s']:.1f} s = "
        f"{large['run_cpu_s'] / large['spacy_cpu_s']:.2f}  (this process's own; steadier on a shared machine)"
    )
    print(
        f"peak memory:              {small['articles']:.0f} articles {small['peak_mb']:.0f} MB, "
        f"{count:.0f} articles {large['peak_mb']:.0f} MB = {large['peak_mb'] / small['peak_mb']:.2f}  (target <= 1.2)"
    )
    print(
        f"1 vs 2 workers:           {one_worker_s:.1f} s vs {two['run_s']:.1f} s (both with model loading) = "
        f"{one_worker_s / two['run_s']:.2f} x  (target >= 1.7); 2 workers {count / two['run_s']:.2f} articles/s"
    )
    print(
        f"unchanged re-run:         {large['rerun_s']:.2f} s vs {large['run_s']:.1f} s = "
        f"{large['rerun_s'] / large['run_s']:.1%} of the first (target <= 5%; "
        f"{large['rerun_unchanged']:.0f} unchanged)"
    )


if __name__ == "__main__":
    main()
