"""Corpus runs: incremental (a manifest, no NLP for unchanged articles), interrupted runs, batches and workers."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path

import pytest

from kgingest import parse
from kgingest.corpus import MANIFEST_NAME, Job, Progress, Result, RunResult, Settings, run_corpus
from kgingest.corpus_actors import ACTORS_FILE_STEM
from kgingest.errors import InternalError
from kgingest.model import Extraction, Link
from kgingest.pipeline import Options, Outcome, ingest
from kgingest.read import expand_inputs

# Written for these tests; no corpus article is quoted.
ARTICLES = {
    "harbour.txt": "The port authority of Eastmere said on Tuesday that two tugboats would be repaired by June.\n",
    "medics.txt": "Canada said on Monday that it would send forty army medics to Ghana next month.\n",
    "ferries.txt": "Two ferries were delayed by fog on Sunday, the harbour master in Northport said.\n",
    "budget.txt": "The finance minister of Portugal told reporters that the budget would be balanced.\n",
    "ships.txt": "Norway said on Friday that it would send three ships to Iceland.\n",
    "rail.txt": "The rail union warned on Thursday that trains could stop running in the north.\n",
}


def write_corpus(folder: Path, articles: dict[str, str] = ARTICLES) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
        os.utime(folder / name, (1_700_000_000, 1_700_000_000))  # the graphs record it: fixed, so runs compare
    return folder


def run(folder: Path, out: Path, **kwargs: object) -> tuple[RunResult, list[Outcome]]:
    outcomes: list[Outcome] = []
    result = run_corpus(
        expand_inputs([str(folder)]),
        Options(out_dir=out),
        on_outcome=outcomes.append,
        **kwargs,  # type: ignore[arg-type]
    )
    return result, outcomes


def output_files(out: Path) -> dict[str, bytes]:
    """Every file of an output folder, the manifest included, by name."""
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.is_file()}


def graphs(out: Path) -> dict[str, bytes]:
    """The articles' graphs: not the manifest, not the corpus actors file."""
    return {
        name: data
        for name, data in output_files(out).items()
        if not name.startswith(".") and not name.startswith(ACTORS_FILE_STEM)
    }


def refuse_to_load(name: str | None = None) -> object:
    raise AssertionError("the spaCy model was loaded")


@pytest.fixture(scope="module")
def first_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, RunResult]:
    root = tmp_path_factory.mktemp("corpus")
    corpus = write_corpus(root / "articles")
    result, _ = run(corpus, root / "out", batch_size=4)
    return corpus, root / "out", result


def copy_run(first_run: tuple[Path, Path, RunResult], tmp_path: Path) -> tuple[Path, Path]:
    """A private copy of the first run's corpus and output, for a test that changes them."""
    corpus, out, _ = first_run
    mine = write_corpus(tmp_path / "articles")
    (tmp_path / "out").mkdir()
    for name, data in output_files(out).items():
        (tmp_path / "out" / name).write_bytes(data)
    assert sorted(p.name for p in mine.iterdir()) == sorted(p.name for p in corpus.iterdir())
    return mine, tmp_path / "out"


def test_first_run_writes_every_graph_and_a_manifest_naming_each(first_run: tuple[Path, Path, RunResult]) -> None:
    _, out, result = first_run
    assert result.summary.written == len(ARTICLES) and result.summary.exit_code == 0
    assert sorted(graphs(out)) == sorted(name.replace(".txt", ".ttl") for name in ARTICLES)
    manifest = json.loads((out / MANIFEST_NAME).read_text(encoding="utf-8"))
    assert sorted(manifest["articles"]) == sorted(name.removesuffix(".txt") for name in ARTICLES)
    assert {entry["output"] for entry in manifest["articles"].values()} == set(graphs(out))
    assert result.figures.triples > 0 and result.figures.statements >= 3


def test_batched_run_writes_the_same_bytes_as_the_one_article_pipeline(
    first_run: tuple[Path, Path, RunResult], tmp_path: Path
) -> None:
    corpus, out, _ = first_run
    outcomes = ingest(sorted(corpus.glob("*.txt")), Options(out_dir=tmp_path / "single"))
    assert all(o.written for o in outcomes)
    assert graphs(tmp_path / "single") == graphs(out)


def test_unchanged_rerun_does_no_nlp_and_does_not_even_load_the_model(
    first_run: tuple[Path, Path, RunResult], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus, out = copy_run(first_run, tmp_path)
    before = output_files(out)
    monkeypatch.setattr(parse, "load_model", refuse_to_load)
    result, outcomes = run(corpus, out)
    assert outcomes == []
    assert result.summary.unchanged == len(ARTICLES) and result.summary.written == 0
    assert result.summary.exit_code == 0 and result.summary.not_processed == 0
    assert output_files(out) == before


def test_changed_article_alone_is_redone_and_replaces_its_old_graph(
    first_run: tuple[Path, Path, RunResult], tmp_path: Path
) -> None:
    corpus, out = copy_run(first_run, tmp_path)
    before = graphs(out)
    write_corpus(corpus, {"ships.txt": "Norway said on Friday that it would send five ships to Greenland.\n"})
    result, outcomes = run(corpus, out)
    assert [Path(o.source).name for o in outcomes] == ["ships.txt"]
    assert result.summary.written == 1 and result.summary.unchanged == len(ARTICLES) - 1
    after = graphs(out)
    assert after["ships.ttl"] != before["ships.ttl"] and b"Greenland" in after["ships.ttl"]
    assert {k: v for k, v in after.items() if k != "ships.ttl"} == {k: v for k, v in before.items() if k != "ships.ttl"}


def test_force_redoes_everything_with_the_same_bytes(first_run: tuple[Path, Path, RunResult], tmp_path: Path) -> None:
    corpus, out = copy_run(first_run, tmp_path)
    before = output_files(out)
    result, outcomes = run(corpus, out, force=True)
    assert len(outcomes) == len(ARTICLES) and result.summary.written == len(ARTICLES)
    assert output_files(out) == before


def test_another_format_replaces_the_old_file_instead_of_leaving_both(
    first_run: tuple[Path, Path, RunResult], tmp_path: Path
) -> None:
    corpus, out = copy_run(first_run, tmp_path)
    outcomes: list[Outcome] = []
    run_corpus(expand_inputs([str(corpus)]), Options(out_dir=out, fmt="nt"), on_outcome=outcomes.append)
    assert len(outcomes) == len(ARTICLES)
    assert sorted(graphs(out)) == sorted(name.replace(".txt", ".nt") for name in ARTICLES)


class Interrupted(Exception):
    pass


def test_run_interrupted_inside_the_loop_leaves_whole_files_and_the_next_run_completes_it(
    first_run: tuple[Path, Path, RunResult], tmp_path: Path
) -> None:
    corpus = write_corpus(tmp_path / "articles")
    out = tmp_path / "out"
    seen: list[Outcome] = []

    def stop_at_the_third(outcome: Outcome) -> None:
        seen.append(outcome)
        if len(seen) == 3:
            raise Interrupted  # after the third graph was written, before the manifest names it

    with pytest.raises(Interrupted):
        run_corpus(expand_inputs([str(corpus)]), Options(out_dir=out), on_outcome=stop_at_the_third, batch_size=1)
    assert not [p.name for p in out.iterdir() if p.name.endswith(".tmp")]
    assert len(graphs(out)) == 3
    manifest = json.loads((out / MANIFEST_NAME).read_text(encoding="utf-8"))
    assert len(manifest["articles"]) == 2

    result, _ = run(corpus, out, batch_size=1)
    assert (result.summary.written, result.summary.unchanged) == (len(ARTICLES) - 2, 2)
    assert output_files(out) == output_files(first_run[1])  # nothing missing, nothing twice, same bytes


def test_killed_subprocess_run_leaves_no_half_written_file_and_a_rerun_completes_it(
    first_run: tuple[Path, Path, RunResult], tmp_path: Path
) -> None:
    corpus = write_corpus(tmp_path / "articles")
    out = tmp_path / "out"
    command = [sys.executable, "-m", "kgingest", "run", str(corpus), "--out", str(out), "--batch-size", "1"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline and process.poll() is None:
        if (out / MANIFEST_NAME).exists():
            break
        time.sleep(0.02)
    process.send_signal(signal.SIGKILL)
    process.communicate()
    assert not [p.name for p in out.iterdir() if p.name.endswith(".tmp")]
    rerun = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert rerun.returncode == 0, rerun.stderr
    if process.returncode == -signal.SIGKILL:
        assert 0 < rerun.stdout.count("wrote ") < len(ARTICLES), rerun.stdout
    assert output_files(out) == output_files(first_run[1])


def test_two_workers_write_byte_identical_output_to_one(
    first_run: tuple[Path, Path, RunResult], tmp_path: Path
) -> None:
    corpus, out, _ = first_run
    result, outcomes = run(corpus, tmp_path / "out", workers=2, batch_size=2)
    assert result.summary.written == len(ARTICLES)
    assert [Path(o.source).name for o in outcomes] == sorted(ARTICLES)  # reported in input order
    assert output_files(tmp_path / "out") == output_files(out)


class CrashOnMarker:
    """A linker (it runs inside the worker) that fails like a bug for the article carrying the marker."""

    def __call__(self, extraction: Extraction) -> tuple[list[Link], list[str]]:
        if "PLANTED" in extraction.article.text:
            raise IndexError("planted by the test")
        return [], []


def test_planted_crash_in_a_worker_process_comes_back_as_that_articles_internal_error(tmp_path: Path) -> None:
    """The error travels back pickled, with its traceback text; the other articles of the batch are written."""
    articles = {
        "a.txt": ARTICLES["medics.txt"],
        "b.txt": ARTICLES["ships.txt"] + "PLANTED\n",
        "c.txt": ARTICLES["rail.txt"],
    }
    corpus = write_corpus(tmp_path / "articles", articles)
    result, outcomes = run(corpus, tmp_path / "out", workers=2, linker=CrashOnMarker())
    by_name = {Path(o.source).name: o for o in outcomes}
    assert by_name["a.txt"].written is not None and by_name["c.txt"].written is not None
    error = by_name["b.txt"].error
    assert isinstance(error, InternalError) and "IndexError: planted by the test" in str(error)
    assert "planted by the test" in error.traceback_text() and error.kind.startswith("IndexError")
    assert result.summary.exit_code == 3 and result.summary.internal == 1 and result.summary.written == 2
    assert "b.ttl" not in graphs(tmp_path / "out")


class BadLinkFor:
    """A linker that gives the first actor of one article a Wikidata link no item IRI has, which the shapes refuse."""

    def __init__(self, key: str) -> None:
        self.key = key

    def __call__(self, extraction: Extraction) -> tuple[list[Link], list[str]]:
        if extraction.article.key != self.key or not extraction.actors:
            return [], []
        return [Link(extraction.actors[0].key, "not-an-item", 0.9, "test")], []


def test_one_invalid_graph_in_a_batch_is_refused_alone_and_its_batch_mates_are_written(tmp_path: Path) -> None:
    """Validation is per article: the batch's other graphs are written, byte for byte as without the bad one."""
    articles = {"a.txt": ARTICLES["medics.txt"], "b.txt": ARTICLES["ships.txt"], "c.txt": ARTICLES["rail.txt"]}
    corpus = write_corpus(tmp_path / "articles", articles)
    result, outcomes = run(corpus, tmp_path / "out", batch_size=3, linker=BadLinkFor("b"))
    by_name = {Path(o.source).name: o for o in outcomes}
    bad = by_name["b.txt"]
    assert bad.written is None and bad.error is None and bad.validation is not None
    assert not bad.validation.conforms and any("skos:exactMatch" in line for line in bad.validation.violations)
    assert result.summary.invalid == 1 and result.summary.written == 2 and result.summary.exit_code == 1
    written = graphs(tmp_path / "out")
    assert sorted(written) == ["a.ttl", "c.ttl"]
    manifest = json.loads((tmp_path / "out" / MANIFEST_NAME).read_text(encoding="utf-8"))
    assert sorted(manifest["articles"]) == ["a", "c"]
    # The same articles without the bad link: the same bytes, so nothing of b leaked into its batch-mates.
    clean, _ = run(corpus, tmp_path / "clean", batch_size=3, linker=BadLinkFor("none"))
    assert clean.summary.written == 3
    assert {name: graphs(tmp_path / "clean")[name] for name in written} == written


def test_regression_an_article_caught_in_a_loop_is_stopped_and_its_batch_mates_are_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Regression: one article whose extraction never ended held the run forever (a reflexive in a verbless
    sentence did, once). The loop is played here by an extraction that spins for one article only."""
    import kgingest.extract
    from kgingest.errors import ArticleTimeout

    real_extract = kgingest.extract.extract

    def spins_on_b(doc: object, article: object) -> Extraction:
        if getattr(article, "key", None) == "b":
            give_up = time.monotonic() + 60  # bounded, so that a missing time limit fails the test, not the suite
            while time.monotonic() < give_up:
                pass
        return real_extract(doc, article)  # type: ignore[arg-type]

    monkeypatch.setattr(kgingest.extract, "extract", spins_on_b)
    articles = {"a.txt": ARTICLES["medics.txt"], "b.txt": ARTICLES["ships.txt"], "c.txt": ARTICLES["rail.txt"]}
    corpus = write_corpus(tmp_path / "articles", articles)
    outcomes: list[Outcome] = []
    started = time.monotonic()
    result = run_corpus(
        expand_inputs([str(corpus)]),
        Options(out_dir=tmp_path / "out", article_timeout=1.0),
        on_outcome=outcomes.append,
        batch_size=3,
    )
    assert time.monotonic() - started < 50
    by_name = {Path(o.source).name: o for o in outcomes}
    stopped = by_name["b.txt"]
    assert isinstance(stopped.error, ArticleTimeout) and stopped.written is None
    assert "--article-timeout" in str(stopped.error) and "\n" not in str(stopped.error)
    assert result.summary.written == 2 and result.summary.exit_code == 3
    assert sorted(graphs(tmp_path / "out")) == ["a.ttl", "c.ttl"]
    # Once the loop is gone, the next run completes what is missing and redoes nothing else.
    monkeypatch.setattr(kgingest.extract, "extract", real_extract)
    again: list[Outcome] = []
    second = run_corpus(expand_inputs([str(corpus)]), Options(out_dir=tmp_path / "out"), on_outcome=again.append)
    assert [Path(o.source).name for o in again if o.written is not None] == ["b.txt"]
    assert second.summary.exit_code == 0 and sorted(graphs(tmp_path / "out")) == ["a.ttl", "b.ttl", "c.ttl"]


def test_progress_is_a_rewritten_line_on_a_terminal_and_log_lines_elsewhere() -> None:
    import io

    terminal = io.StringIO()
    shown = Progress(4, terminal, tty=True)
    shown.advance()
    shown.advance()
    shown.close()
    assert terminal.getvalue().startswith("\r\x1b[K1/4 articles, ") and "ETA " in terminal.getvalue()
    assert "\n" not in terminal.getvalue()

    log = io.StringIO()
    logged = Progress(4, log, tty=False, interval=0.0)
    logged.advance()
    assert log.getvalue().startswith("kgingest: 1/4 articles, ") and log.getvalue().endswith("\n")
    assert "\r" not in log.getvalue()
    quiet = io.StringIO()
    Progress(4, quiet, tty=False, interval=3600).advance()
    assert quiet.getvalue() == ""


def test_regression_a_slow_single_article_run_logs_no_progress_line_before_its_summary() -> None:
    # Regression: a one-article run that took longer than the interval wrote "kgingest: 1/1 articles, ..." to
    # stderr, a line with nothing to say before the summary (and one more line where one is expected).
    import io

    log = io.StringIO()
    last = Progress(2, log, tty=False, interval=0.0)
    last.advance()
    last.advance()
    assert log.getvalue().count("\n") == 1 and log.getvalue().startswith("kgingest: 1/2 articles, ")


def test_dask_cluster_of_worker_processes_writes_the_same_bytes_as_a_local_run(
    first_run: tuple[Path, Path, RunResult], tmp_path: Path
) -> None:
    from distributed import LocalCluster

    corpus, out, _ = first_run
    with LocalCluster(
        processes=True, n_workers=2, threads_per_worker=1, host="127.0.0.1", dashboard_address=None
    ) as cluster:
        result, outcomes = run(corpus, tmp_path / "out", dask=cluster.scheduler_address, batch_size=2)
    assert result.summary.written == len(ARTICLES)
    assert [Path(o.source).name for o in outcomes] == sorted(ARTICLES)
    assert output_files(tmp_path / "out") == output_files(out)


def test_cli_reruns_skip_unchanged_articles_and_force_redoes_them(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from kgingest.cli import cli

    corpus = write_corpus(tmp_path / "articles", {k: ARTICLES[k] for k in ("medics.txt", "ships.txt", "rail.txt")})

    def kgingest(*args: str) -> tuple[int, str, str]:
        result = CliRunner().invoke(cli, ["run", str(corpus), "--out", str(tmp_path / "out"), *args])
        counts, _, figures = result.stderr.splitlines()[-1].partition("; ")
        return result.exit_code, counts, figures

    code, counts, figures = kgingest("--workers", "2")
    assert (code, counts) == (0, "kgingest: 3 articles: 3 written, 0 failed validation, 0 refused, 0 internal errors")
    assert re.fullmatch(r"[1-9]\d* triples, [1-9]\d* statements?, \d+ deployments?, \d+ warnings?, [\d.]+ s", figures)
    code, counts, figures = kgingest()
    assert (code, counts) == (
        0,
        "kgingest: 3 articles: 0 written, 0 failed validation, 0 refused, 0 internal errors, 3 unchanged",
    )
    assert figures.startswith("0 triples, 0 statements, 0 deployments, 0 warnings")
    code, counts, _ = kgingest("--force")
    assert (code, counts) == (0, "kgingest: 3 articles: 3 written, 0 failed validation, 0 refused, 0 internal errors")


class DieOnMarker:
    """A linker that ends its worker process abruptly, as the kernel's OOM killer would, for one article."""

    def __call__(self, extraction: Extraction) -> tuple[list[Link], list[str]]:
        if "PLANTED" in extraction.article.text:
            os._exit(9)
        return [], []


def test_regression_a_worker_process_dying_is_reported_per_article_not_a_traceback(tmp_path: Path) -> None:
    articles = {"a.txt": ARTICLES["medics.txt"], "b.txt": ARTICLES["ships.txt"] + "PLANTED\n"}
    corpus = write_corpus(tmp_path / "articles", articles)
    result, outcomes = run(corpus, tmp_path / "out", workers=2, batch_size=1, linker=DieOnMarker())
    by_name = {Path(o.source).name: o for o in outcomes}
    assert isinstance(by_name["b.txt"].error, InternalError)
    assert "BrokenProcessPool" in str(by_name["b.txt"].error)
    assert result.summary.exit_code == 3 and result.summary.not_processed == 0
    assert "b.ttl" not in graphs(tmp_path / "out")


class _FinishedWhenAsked(Future):  # type: ignore[type-arg]
    """A batch still running until its result is asked for or a waiter lets it finish."""

    def __init__(self, results: list[Result], on_finish: Callable[[], None]) -> None:
        super().__init__()
        self.results = results
        self.on_finish = on_finish

    def result(self, timeout: float | None = None) -> list[Result]:
        if not self.done():
            self.on_finish()
            self.set_result(self.results)
        return super().result(timeout)  # type: ignore[no-any-return]


class SlowFirstBatch:
    """A background executor whose first batch is still running while every later one finishes at once."""

    background = True

    def __init__(self) -> None:
        self.submitted: list[list[str]] = []
        self.first: _FinishedWhenAsked | None = None
        self.submitted_while_first_ran = 0

    def submit(self, jobs: list[Job], settings: Settings) -> Future[list[Result]]:
        self.submitted.append([job.source for job in jobs])
        results = [Result(job.source, job.article.key, data=job.article.text.encode()) for job in jobs]
        if self.first is None:
            self.first = _FinishedWhenAsked(results, self.first_finishes)
            return self.first
        future: Future[list[Result]] = Future()
        future.set_result(results)
        return future

    def first_finishes(self) -> None:
        self.submitted_while_first_ran = len(self.submitted)

    def wait_any(self, pending: list[Future[list[Result]]]) -> None:
        # Only the first batch is ever unfinished: it finishes when there is no other work to hand out.
        assert pending == [self.first]
        assert self.first is not None
        self.first.result()

    def close(self) -> None:
        pass


def test_regression_a_long_first_batch_no_longer_leaves_the_other_worker_idle(tmp_path: Path) -> None:
    from kgingest.corpus import Figures, Manifest, _process, plan

    corpus = write_corpus(tmp_path / "articles")
    options = Options(out_dir=tmp_path / "out")
    options.out_dir.mkdir()
    manifest = Manifest.load(options.out_dir)
    todo = [item for item in plan(expand_inputs([str(corpus)]), options, manifest) if isinstance(item, tuple)]
    executor = SlowFirstBatch()
    outcomes: list[Outcome] = []

    def record(outcome: Outcome) -> bool:
        outcomes.append(outcome)
        return True

    settings = Settings(None, None, "turtle")
    _process(todo, options, settings, executor, manifest, record, Figures(), None, 1, 1, None)  # type: ignore[arg-type]
    # One worker, batches of one: two running or queued at a time. Before, a third was handed out and then
    # nothing until the first was done; now each finished batch is replaced at once, up to the held limit.
    assert executor.submitted_while_first_ran == len(todo) == 6
    assert [outcome.source for outcome in outcomes] == [source.name for source, _ in todo]
    assert all(outcome.written is not None for outcome in outcomes)


def test_the_manifest_put_together_from_entries_is_what_json_writes(tmp_path: Path) -> None:
    # Manifest.text reuses each entry's JSON between saves; the file must stay json.dumps's, byte for byte.
    from kgingest.corpus import MANIFEST_FORMAT, Manifest

    def written(manifest: Manifest) -> str:
        document = {"format": MANIFEST_FORMAT, "articles": dict(sorted(manifest.entries.items()))}
        return json.dumps(document, indent=1, sort_keys=True, ensure_ascii=False)

    manifest = Manifest(tmp_path / MANIFEST_NAME)
    assert manifest.text() == written(manifest)
    manifest.entries["mañana"] = {
        "hash": "1",
        "output": "mañana.ttl",
        "actors": [{"label": 'Ana "Q"\n', "aliases": []}],
    }
    manifest.entries["able"] = {"hash": "2", "output": "able.ttl", "actors": [], "extra": {"b": [1, None], "a": {}}}
    assert manifest.text() == written(manifest)
    manifest.entries["able"] = {"hash": "3", "output": "able.ttl", "actors": []}  # replaced: encoded anew
    del manifest.entries["mañana"]
    manifest.entries["zeta"] = {"hash": "4", "output": "zeta.ttl", "actors": []}
    assert manifest.text() == written(manifest)
    manifest.save()
    assert (tmp_path / MANIFEST_NAME).read_text(encoding="utf-8") == written(manifest) + "\n"
