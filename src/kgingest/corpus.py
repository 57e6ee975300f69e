"""A corpus run: many articles from any source, incremental, in batches, on one or many processes or a cluster.

The work is cut in two. `plan` reads every input once, refuses the bad ones, and keeps only the articles
whose content hash differs from the one the output folder's manifest recorded, so an unchanged corpus costs
no NLP and not even the model. `process_batch` is the NLP: a batch of articles through ``nlp.pipe``, then
extraction, linking, mapping, validation and serialisation of each; it returns bytes and counts, so it runs
the same in this process, in a worker process or on a Dask worker. Only this process writes: each graph
atomically, then the manifest after every batch, so a run killed at any point leaves whole files and a
manifest that names only finished articles; the next run redoes the rest, overwriting, never duplicating.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import hashlib
import json
import os
import signal
import sys
import tempfile
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Protocol

from kgingest import __version__
from kgingest.corpus_actors import ACTORS_FILE_STEM, ActorNames
from kgingest.errors import ArticleTimeout, InputError, InternalError, KgingestError, OutputError, UsageError
from kgingest.model import Article, Extraction, RunInfo
from kgingest.pipeline import DEFAULT_MODELS, EXIT_OK, Linker, Options, Outcome, Summary, check_options, run_started
from kgingest.read import Source, load_source

if TYPE_CHECKING:
    from kgingest.validate import ValidationResult

MANIFEST_NAME = ".kgingest-manifest.json"
MANIFEST_FORMAT = 2  # 2: each entry keeps the article's actors (for the corpus actors file)
DEFAULT_BATCH_SIZE = 8
# Batches submitted and not finished, per worker: one running and one queued, so no worker waits for work.
BATCHES_AHEAD = 2
# Batches held per worker, finished or not: results are handed on in input order, so finished batches wait
# behind a long one; while they wait the workers go on with later batches. Bounded, so memory stays flat.
BATCHES_HELD = 6
# The cyclic garbage collector's young-generation threshold while articles are processed (Python's is 700).
COLLECTOR_THRESHOLD = 10_000


# --- the manifest ------------------------------------------------------------------------------------------


@dataclass
class Manifest:
    """What the output folder holds: per article key, the content hash it was made from, the file written and
    the article's actors (`ActorNames.to_json`)."""

    path: Path
    entries: dict[str, dict[str, Any]] = field(default_factory=dict)
    # Each entry's JSON as `save` writes it, with the entry it was made from: saved after every batch, the
    # manifest would otherwise be encoded whole each time, a cost that grows with the square of the corpus.
    # Entries are replaced, never changed in place, so an entry that is still the same object is unchanged.
    _encoded: dict[str, tuple[dict[str, Any], str]] = field(default_factory=dict, repr=False, compare=False)

    @classmethod
    def load(cls, out_dir: Path) -> Manifest:
        path = out_dir / MANIFEST_NAME
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls(path)  # none yet, or unreadable: every article counts as new, which is safe
        entries = data.get("articles") if isinstance(data, dict) else None
        if not isinstance(entries, dict):
            return cls(path)
        return cls(path, {key: value for key, value in entries.items() if isinstance(value, dict)})

    def is_current(self, key: str, content_hash: str) -> bool:
        entry = self.entries.get(key)
        if entry is None or entry.get("hash") != content_hash:
            return False
        if not isinstance(entry.get("actors"), list):
            return False  # written by a kgingest that did not keep actors: redone once, so the corpus file is whole
        return (self.path.parent / entry.get("output", "")).is_file()

    def save(self) -> None:
        """Write atomically: a reader (or the next run) sees the old manifest or the new one."""
        data = (self.text() + "\n").encode("utf-8")
        try:
            descriptor, temporary = tempfile.mkstemp(dir=self.path.parent, prefix=f".{self.path.name}.", suffix=".tmp")
            try:
                with os.fdopen(descriptor, "wb") as handle:
                    handle.write(data)
                os.replace(temporary, self.path)
            except BaseException:
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(temporary)
                raise
        except OSError as error:
            raise OutputError(f"{self.path}: cannot write the manifest ({error.strerror or error})") from None

    def text(self) -> str:
        """The manifest as JSON: ``json.dumps`` of ``{"format": ..., "articles": entries}`` with ``indent=1``,
        sorted keys and no ASCII escapes, put together from each entry's JSON, encoded once."""
        if not self.entries:
            document = {"format": MANIFEST_FORMAT, "articles": {}}
            return json.dumps(document, indent=1, sort_keys=True, ensure_ascii=False)
        encoded = {}
        for key, entry in self.entries.items():
            known = self._encoded.get(key)
            if known is None or known[0] is not entry:
                # An entry sits two levels deep: its lines, after the first, are indented by two more spaces.
                text = json.dumps(entry, indent=1, sort_keys=True, ensure_ascii=False).replace("\n", "\n  ")
                known = (entry, f"  {json.dumps(key, ensure_ascii=False)}: {text}")
            encoded[key] = known
        self._encoded = encoded
        articles = ",\n".join(encoded[key][1] for key in sorted(encoded))
        return f'{{\n "articles": {{\n{articles}\n }},\n "format": {json.dumps(MANIFEST_FORMAT)}\n}}'


def model_fingerprint(name: str | None = None) -> str:
    """Which model `parse.load_model(name)` would load, as ``package==version`` with spaCy's version, found
    from the installed packages' metadata: neither spaCy nor the model is imported."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        spacy_version = version("spacy")
    except PackageNotFoundError:
        spacy_version = "?"
    for candidate in (name,) if name else DEFAULT_MODELS:
        try:
            return f"{candidate}=={version(candidate)} spacy=={spacy_version}"
        except PackageNotFoundError:
            continue
    return f"{name or DEFAULT_MODELS[0]}==? spacy=={spacy_version}"  # a path, or no model: loading will tell


def content_hash(article: Article, options: Options, model: str, linking: str) -> str:
    """Everything an article's graph depends on: text, metadata, options, kgingest and the model."""
    recipe = {
        "kgingest": __version__,
        "model": model,
        "key": article.key,
        "text": article.text,
        "meta": asdict(article.meta),
        "base_iri": options.base_iri,
        "format": options.fmt,
        "linking": linking,
    }
    return hashlib.sha256(json.dumps(recipe, sort_keys=True, default=str).encode("utf-8")).hexdigest()


# --- the work a worker does --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Job:
    """One article to process, with the timestamp its graph records."""

    source: str
    article: Article
    started: dt.datetime


@dataclass(frozen=True)
class Settings:
    """What a worker needs besides the articles (picklable: it travels to worker processes)."""

    model: str | None
    base_iri: str | None
    fmt: str
    linker: Linker | None = None
    article_timeout: float | None = None  # seconds of graph work per article; None: no limit


@dataclass
class Result:
    """One processed article: the serialised graph when it conforms, else why not."""

    source: str
    key: str
    data: bytes | None = None
    validation: ValidationResult | None = None
    error: KgingestError | None = None
    notes: list[str] = field(default_factory=list)
    triples: int = 0
    statements: int = 0
    deployments: int = 0
    actors: list[ActorNames] = field(default_factory=list)


# Environment variables that cap a BLAS library's threads. Each worker process is given one core's worth of
# work, so its BLAS must not start a thread per core: N workers would run N x cores threads on N cores.
BLAS_THREAD_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "BLIS_NUM_THREADS")


def load_worker_model(model: str | None) -> None:
    """Pool initializer: one BLAS thread, then the model and the validation shapes, once per worker process,
    before its first batch (numpy is not imported yet: the variables still count), then `settle_collector`."""
    for variable in BLAS_THREAD_VARIABLES:
        os.environ.setdefault(variable, "1")
    prepare_process(model)
    settle_collector()


# A short text of our own that reaches every stage: a reporting verb, people, a state, a deployment.
_WARM_UP_TEXT = (
    "Defence Minister Jane Roe said on Monday that the country would send about 200 troops to the border.\n"
    '"We are ready," the ministry\'s spokesman told reporters.\n'
)


def prepare_process(model: str | None) -> None:
    """What every batch of this process uses, loaded once before the first: the model, the validation shapes,
    and the stages' modules and the data they load on first use (lexicons, rules, matchers), by running one
    short text through them. Without it the first batch pays for all that, and it is loaded after
    `settle_collector` freezes what the process holds, so every full collection walks it again.

    Nothing of the short text is kept; a stage that fails on it fails again on the first article, which is
    where the failure is reported.
    """
    from kgingest import parse
    from kgingest.validate import prepared_shapes

    try:
        nlp = parse.load_model(model)
    except KgingestError:
        return  # reported for each article (process_batch)
    prepared_shapes()
    with contextlib.suppress(Exception):
        from kgingest.read import article_from_text

        article = article_from_text(_WARM_UP_TEXT, "kgingest-warm-up")
        _finish(
            Job("kgingest-warm-up", article, dt.datetime.fromtimestamp(0, tz=dt.timezone.utc)),
            None,
            nlp,
            Settings(model, None, "turtle"),
        )


def settle_collector() -> None:
    """Keep Python's cyclic garbage collector off what this process has loaded to stay (the model, the
    shapes), and let it run less often.

    Each of its full passes walks every object it tracks, and a loaded spaCy model is millions of them: about
    a tenth of a run's CPU time went to those walks (50 PolNeAR articles, benchmarks/bench_stages.py).
    Frozen objects are still freed by reference counting; the collector only stops looking for cycles among
    them, and what is loaded once is kept for the process's life anyway. Articles' own objects are collected
    as before, in fewer, larger rounds (`COLLECTOR_THRESHOLD`).
    """
    gc.collect()
    gc.freeze()
    young, middle, old = gc.get_threshold()
    gc.set_threshold(max(young, COLLECTOR_THRESHOLD), middle, old)


@contextlib.contextmanager
def _collector_settled(model: str | None) -> Iterator[None]:
    """A run in this process: `prepare_process`, `settle_collector`, and the collector as it was
    after the run. Left alone when something in this process froze objects already (it manages the collector).

    A program that calls `run_corpus` should know: while the run lasts, every object its process holds is
    frozen (not only the model's), and the collector's threshold is process-wide, so its other threads see
    fewer collections too. Both are undone when the run ends.
    """
    if gc.get_freeze_count():
        yield
        return
    prepare_process(model)
    threshold = gc.get_threshold()
    settle_collector()
    try:
        yield
    finally:
        gc.unfreeze()
        gc.set_threshold(*threshold)


def process_batch(jobs: list[Job], settings: Settings) -> list[Result]:
    """Parse the batch's articles with ``nlp.pipe``, then finish each; one article's failure stays its own."""
    from kgingest import parse

    try:
        nlp = parse.load_model(settings.model)
    except KgingestError as error:
        return [Result(job.source, job.article.key, error=error) for job in jobs]
    longest = max((len(job.article.text) for job in jobs), default=0)
    if longest > nlp.max_length:
        nlp.max_length = longest
    try:
        docs: list[Any] = list(nlp.pipe((job.article.text for job in jobs), batch_size=max(1, len(jobs))))
    except Exception:  # one text spaCy cannot take: parse one by one, so only that article fails
        docs = [None] * len(jobs)
    return [_finish(job, doc, nlp, settings) for job, doc in zip(jobs, docs, strict=True)]


def _finish(job: Job, doc: Any, nlp: Any, settings: Settings) -> Result:
    from kgingest import extract as extract_stage
    from kgingest.parse import parse

    result = Result(job.source, job.article.key)
    try:
        if doc is None:
            doc = parse(job.article, nlp)
        # The linker waits on the network under its own time-outs; the limit is for our own work.
        with _time_limit(job.source, settings.article_timeout):
            extraction = extract_stage.extract(doc, job.article)
        if settings.linker is not None:
            extraction.links, result.notes = settings.linker(extraction)
        with _time_limit(job.source, settings.article_timeout):
            _graph(job, extraction, nlp, settings, result)
    except KgingestError as error:
        result.error = error
    except Exception as error:  # a bug: isolated to this article, reported as one
        result.error = InternalError(job.source, error)
    return result


def _graph(job: Job, extraction: Extraction, nlp: Any, settings: Settings, result: Result) -> None:
    """Map, validate and serialize one article's extraction into ``result``."""
    from kgingest.map import DEFAULT_BASE_IRI, article_iri, to_graph
    from kgingest.parse import model_info
    from kgingest.validate import validate
    from kgingest.write import serialize

    info = model_info(nlp)
    base_iri = settings.base_iri or DEFAULT_BASE_IRI
    graph = to_graph(extraction, RunInfo(__version__, info.name, info.version, job.started), base_iri)
    result.triples = len(graph)
    result.statements = len(extraction.statements)
    result.deployments = len(extraction.deployments)
    result.actors = [ActorNames.of(actor) for actor in extraction.actors]
    result.validation = validate(graph)
    if result.validation.conforms:
        result.data = serialize(graph, settings.fmt, graph_name=str(article_iri(job.article, base_iri)))


@contextlib.contextmanager
def _time_limit(source: str, seconds: float | None) -> Iterator[None]:
    """Stop the work inside after ``seconds`` with `ArticleTimeout`, so that one article caught in a loop costs that
    article and not its worker's run. Only where a timer signal can interrupt the work: the main thread of a Unix
    process (a run's own process and its worker processes; not a Dask worker's threads, which go unlimited)."""
    usable = hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
    if seconds is None or not usable:
        yield
        return

    def stop(signum: int, frame: object) -> None:
        raise ArticleTimeout(source, seconds)

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


# --- executors: this process, a pool of processes, a Dask cluster ---------------------------------------------


class Pending(Protocol):
    def result(self) -> list[Result]: ...

    def done(self) -> bool: ...


class Executor(Protocol):
    # Whether submitted batches run while this process waits (a pool, a cluster) or only when asked for.
    background: bool

    def submit(self, jobs: list[Job], settings: Settings) -> Pending: ...

    def wait_any(self, pending: list[Pending]) -> None:
        """Return when one of ``pending`` (none of them done) has finished."""

    def close(self) -> None: ...


class _Later:
    """A batch run in this process when its result is asked for, so at most one batch is in memory."""

    def __init__(self, jobs: list[Job], settings: Settings) -> None:
        self.jobs, self.settings = jobs, settings

    def result(self) -> list[Result]:
        return process_batch(self.jobs, self.settings)

    def done(self) -> bool:
        return False  # it runs when its result is asked for, never before


class InProcess:
    background = False

    def submit(self, jobs: list[Job], settings: Settings) -> Pending:
        return _Later(jobs, settings)

    def wait_any(self, pending: list[Pending]) -> None:
        pass  # nothing runs in the background: the caller asks for the first result instead

    def close(self) -> None:
        pass


class ProcessPool:
    """``workers`` processes, each loading the model once (the pool's initializer)."""

    background = True

    def __init__(self, workers: int, model: str | None) -> None:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        # spawn, not fork: a fork of a process with threads (pyoxigraph, requests) can deadlock.
        self.pool = ProcessPoolExecutor(
            workers, mp_context=multiprocessing.get_context("spawn"), initializer=load_worker_model, initargs=(model,)
        )

    def submit(self, jobs: list[Job], settings: Settings) -> Pending:
        return self.pool.submit(process_batch, jobs, settings)

    def wait_any(self, pending: list[Pending]) -> None:
        from concurrent.futures import FIRST_COMPLETED, Future, wait

        wait([future for future in pending if isinstance(future, Future)], return_when=FIRST_COMPLETED)

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)


class DaskCluster:
    """The batches on a Dask cluster at ``address``; each worker returns serialised graphs."""

    background = True

    def __init__(self, address: str) -> None:
        try:
            from distributed import Client
        except ImportError:
            raise UsageError("--dask needs the distributed package: pip install 'kgingest[dask]'") from None
        try:
            self.client = Client(address, timeout="10s")
        except (OSError, TimeoutError) as error:
            raise UsageError(f"--dask {address}: cannot reach the scheduler ({error})") from None

    def submit(self, jobs: list[Job], settings: Settings) -> Pending:
        future: Pending = self.client.submit(process_batch, jobs, settings, pure=False)
        return future

    def wait_any(self, pending: list[Pending]) -> None:
        from distributed import wait

        wait(pending, return_when="FIRST_COMPLETED")

    def close(self) -> None:
        self.client.close()


# --- progress ------------------------------------------------------------------------------------------------


class Progress:
    """A progress line with rate and ETA on a terminal; elsewhere a plain log line every ``interval`` seconds."""

    def __init__(
        self, total: int, stream: IO[str] | None = None, *, tty: bool | None = None, interval: float = 10.0
    ) -> None:
        self.total = total
        self.stream = stream if stream is not None else sys.stderr
        self.tty = self.stream.isatty() if tty is None else tty
        self.interval = interval
        self.done = 0
        self.start = time.monotonic()
        self.last_line = self.start

    def text(self, now: float) -> str:
        elapsed = max(now - self.start, 1e-9)
        rate = self.done / elapsed
        remaining = (self.total - self.done) / rate if rate > 0 else None
        eta = _duration(remaining) if remaining is not None else "?"
        return f"{self.done}/{self.total} articles, {rate:.2f}/s, ETA {eta}"

    def advance(self, count: int = 1) -> None:
        self.done += count
        now = time.monotonic()
        if self.tty:
            self.stream.write(f"\r\x1b[K{self.text(now)}")
            self.stream.flush()
        elif now - self.last_line >= self.interval and self.done < self.total:
            # The last article needs no log line: the summary line follows at once.
            self.stream.write(f"kgingest: {self.text(now)}\n")
            self.stream.flush()
            self.last_line = now

    def close(self) -> None:
        if self.tty and self.done:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def _duration(seconds: float) -> str:
    seconds = round(seconds)
    if seconds < 60:
        return f"{seconds}s"
    minutes, seconds = divmod(seconds, 60)
    if minutes < 60:
        return f"{minutes}m{seconds:02d}s"
    hours, minutes = divmod(minutes, 60)
    return f"{hours}h{minutes:02d}m"


# --- the run -------------------------------------------------------------------------------------------------


@dataclass
class Figures:
    """What a run produced, for the closing summary."""

    unchanged: int = 0
    triples: int = 0
    statements: int = 0
    deployments: int = 0
    warnings: int = 0
    seconds: float = 0.0

    def line(self) -> str:
        def count(number: int, noun: str) -> str:
            return f"{number} {noun}{'' if number == 1 else 's'}"

        return (
            f"{count(self.triples, 'triple')}, {count(self.statements, 'statement')}, "
            f"{count(self.deployments, 'deployment')}, {count(self.warnings, 'warning')}, {self.seconds:.1f} s"
        )


@dataclass
class RunResult:
    summary: Summary
    figures: Figures


def plan(
    sources: Iterable[Source],
    options: Options,
    manifest: Manifest,
    *,
    force: bool = False,
    linking: str = "",
    fetch: Callable[[str], bytes] | None = None,
) -> Iterator[Outcome | tuple[Source, str] | None]:
    """Per input: its refusal (an Outcome), (source, hash) when it needs processing, or None when up to date."""
    model = model_fingerprint(options.model)
    seen: dict[str, str] = {}
    for source in sources:
        try:
            article = read_source(source, options, fetch)
            if article.key in seen:
                raise InputError(
                    source.name,
                    f"has the same name ({article.key}) as {seen[article.key]}, so both would write one file; "
                    "rename one",
                )
            seen[article.key] = source.name
            digest = content_hash(article, options, model, linking)
        except KgingestError as error:
            yield Outcome(source.name, error=error)
            continue
        except Exception as error:  # a bug in reading: this input's, not the run's
            yield Outcome(source.name, error=InternalError(source.name, error))
            continue
        yield None if not force and manifest.is_current(article.key, digest) else (source, digest)


def read_source(source: Source, options: Options, fetch: Callable[[str], bytes] | None = None) -> Article:
    article = load_source(source, options.meta, published=options.published, fetch=fetch)
    if len(article.text) > options.max_chars:
        raise InputError(
            source.name,
            f"is {len(article.text):,} characters long, more than --max-chars {options.max_chars:,}; "
            "if it is several articles, split it; if it is one, raise --max-chars",
        )
    return article


def _started(source: Source) -> dt.datetime:
    return run_started(source.path if source.kind in ("text", "html", "jsonl") else None)


def run_corpus(
    sources: Iterable[Source],
    options: Options,
    *,
    linker: Linker | None = None,
    linking: str = "",
    on_outcome: Callable[[Outcome], None] | None = None,
    fail_fast: bool = False,
    force: bool = False,
    workers: int = 1,
    dask: str | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    fetch: Callable[[str], bytes] | None = None,
    progress: Progress | None = None,
    make_progress: Callable[[int], Progress] | None = None,
) -> RunResult:
    """Ingest a corpus; returns the summary. ``linking`` names the linking setup, for the content hash.

    Options are checked first (a KgingestError when one would fail every article), then every input is
    read, and the model loads only if some article is new or changed.
    """
    if workers < 1:
        raise UsageError(f"--workers {workers} must be at least 1")
    if batch_size < 1:
        raise UsageError(f"batch size {batch_size} must be at least 1")
    clock = time.monotonic()
    check_options(options)
    manifest = Manifest.load(options.out_dir)
    figures = Figures()
    counts = _Counts()

    def record(outcome: Outcome) -> bool:
        counts.add(outcome)
        if on_outcome is not None:
            on_outcome(outcome)
        return not (fail_fast and outcome.exit_code != EXIT_OK)

    todo: list[tuple[Source, str]] = []
    inputs = 0
    stopped = False
    for item in plan(sources, options, manifest, force=force, linking=linking, fetch=fetch):
        inputs += 1
        if item is None:
            figures.unchanged += 1
        elif isinstance(item, Outcome):
            if not stopped and not record(item):
                stopped = True
        else:
            todo.append(item)
    if todo and not stopped:
        settings = Settings(options.model, options.base_iri, options.fmt, linker, options.article_timeout)
        shown = progress or (make_progress(len(todo)) if make_progress else None)
        executor: Executor
        if dask:
            executor = DaskCluster(dask)
        elif workers > 1:
            executor = ProcessPool(workers, options.model)
        else:
            executor = InProcess()
        settled = _collector_settled(options.model) if isinstance(executor, InProcess) else contextlib.nullcontext()
        try:
            with settled:
                _process(
                    todo, options, settings, executor, manifest, record, figures, shown, batch_size, workers, fetch
                )
        finally:
            executor.close()
            if shown is not None:
                shown.close()
    write_corpus_actors(manifest, options)
    figures.seconds = time.monotonic() - clock
    summary = counts.summary(inputs, figures.unchanged)
    return RunResult(summary, figures)


@dataclass
class _Counts:
    written: int = 0
    invalid: int = 0
    refused: int = 0
    internal: int = 0

    def add(self, outcome: Outcome) -> None:
        from kgingest.pipeline import EXIT_INTERNAL, EXIT_INVALID, EXIT_REFUSED

        code = outcome.exit_code
        if outcome.written is not None:
            self.written += 1
        elif code == EXIT_INVALID:
            self.invalid += 1
        elif code == EXIT_REFUSED:
            self.refused += 1
        elif code == EXIT_INTERNAL:
            self.internal += 1

    def summary(self, inputs: int, unchanged: int) -> Summary:
        return Summary(inputs, self.written, self.invalid, self.refused, self.internal, unchanged=unchanged)


def _batches(
    todo: list[tuple[Source, str]], options: Options, size: int, fetch: Callable[[str], bytes] | None
) -> Iterator[tuple[list[Job], dict[str, str], list[Outcome]]]:
    """The jobs in batches, read only now so that one batch at a time is in memory; an input that changed or
    vanished since it was planned is refused here."""
    for start in range(0, len(todo), size):
        jobs: list[Job] = []
        hashes: dict[str, str] = {}
        refused: list[Outcome] = []
        for source, digest in todo[start : start + size]:
            try:
                article = read_source(source, options, fetch)
            except KgingestError as error:
                refused.append(Outcome(source.name, error=error))
                continue
            jobs.append(Job(source.name, article, _started(source)))
            hashes[source.name] = digest
        yield jobs, hashes, refused


def _process(
    todo: list[tuple[Source, str]],
    options: Options,
    settings: Settings,
    executor: Executor,
    manifest: Manifest,
    record: Callable[[Outcome], bool],
    figures: Figures,
    progress: Progress | None,
    batch_size: int,
    workers: int,
    fetch: Callable[[str], bytes] | None,
) -> None:
    from kgingest.write import file_name, write_bytes_atomic

    running_limit = max(1, workers * BATCHES_AHEAD)
    held_limit = max(running_limit, workers * BATCHES_HELD)
    in_flight: deque[tuple[Pending, list[Job], dict[str, str], list[Outcome]]] = deque()
    batches = _batches(todo, options, batch_size, fetch)

    def running() -> list[Pending]:
        return [pending for pending, *_ in in_flight if not pending.done()]

    def fill() -> None:
        """Submit batches until each worker has its share running and queued, or the held ones reach the cap."""
        while len(in_flight) < held_limit and len(running()) < running_limit:
            batch = next(batches, None)
            if batch is None:
                return
            jobs, hashes, refused = batch
            pending: Pending
            try:
                pending = executor.submit(jobs, settings) if jobs else _Done([])
            except Exception as error:  # a broken pool or a lost cluster: these articles fail, the run reports it
                pending = _Done(_lost(jobs, error))
            in_flight.append((pending, jobs, hashes, refused))

    fill()
    while in_flight:
        # Until the oldest batch is done, every batch that finishes frees a worker: give it the next batch.
        while not in_flight[0][0].done() and len(in_flight) < held_limit:
            unfinished = running()
            if not unfinished or not executor.background:
                break
            executor.wait_any(unfinished)
            fill()
        pending, jobs, hashes, refused = in_flight.popleft()
        fill()
        for outcome in refused:
            if progress is not None:
                progress.advance()
            if not record(outcome):
                return
        try:
            results = pending.result()
        except Exception as error:  # the worker died (killed, out of memory) or the cluster went away
            results = _lost(jobs, error)
        for result in results:
            outcome = Outcome(result.source, validation=result.validation, error=result.error, notes=result.notes)
            if result.data is not None:
                target = options.out_dir / file_name(result.key, options.fmt)
                try:
                    outcome.written = write_bytes_atomic(result.data, target)
                except KgingestError as error:
                    outcome.error = error
                else:
                    _replace_entry(manifest, result.key, hashes[result.source], target.name, result.actors)
            else:
                _drop_entry(manifest, result.key)
            figures.triples += result.triples
            figures.statements += result.statements
            figures.deployments += result.deployments
            figures.warnings += len(result.validation.warnings) if result.validation is not None else 0
            if progress is not None:
                progress.advance()
            if not record(outcome):
                manifest.save()
                return
        manifest.save()


def write_corpus_actors(manifest: Manifest, options: Options) -> Path | None:
    """Rebuild the corpus actors file (see corpus_actors.py) from the manifest; None when no article is held.

    Written only when its bytes change, so an unchanged re-run leaves it as it was.
    """
    from kgingest.corpus_actors import actors_graph, corpus_actors_iri, merge_actors
    from kgingest.map import DEFAULT_BASE_IRI
    from kgingest.write import file_name, serialize, write_bytes_atomic

    base_iri = options.base_iri or DEFAULT_BASE_IRI
    target = options.out_dir / file_name(ACTORS_FILE_STEM, options.fmt)
    if not manifest.entries:
        with contextlib.suppress(OSError):
            target.unlink()
        return None
    articles = [
        [names for names in map(ActorNames.from_json, entry.get("actors") or []) if names is not None]
        for _, entry in sorted(manifest.entries.items())
    ]
    graph = actors_graph(merge_actors(articles), base_iri)
    data = serialize(graph, options.fmt, graph_name=corpus_actors_iri(base_iri))
    with contextlib.suppress(OSError):
        if target.read_bytes() == data:
            return target
    return write_bytes_atomic(data, target)


def _lost(jobs: list[Job], error: Exception) -> list[Result]:
    """The results of a batch whose worker never answered: each article an internal error, nothing written."""
    return [Result(job.source, job.article.key, error=InternalError(job.source, error)) for job in jobs]


class _Done:
    def __init__(self, value: list[Result]) -> None:
        self.value = value

    def result(self) -> list[Result]:
        return self.value

    def done(self) -> bool:
        return True


def _replace_entry(manifest: Manifest, key: str, digest: str, output: str, actors: list[ActorNames]) -> None:
    """Record the article's new output; a file it wrote before under another name (another format) goes."""
    old = manifest.entries.get(key, {}).get("output")
    manifest.entries[key] = {"hash": digest, "output": output, "actors": [actor.to_json() for actor in actors]}
    if old and old != output:
        with contextlib.suppress(OSError):
            (manifest.path.parent / old).unlink()


def _drop_entry(manifest: Manifest, key: str) -> None:
    """A changed article that now fails: its old graph no longer describes it, so it goes too."""
    old = manifest.entries.pop(key, {}).get("output")
    if old:
        with contextlib.suppress(OSError):
            (manifest.path.parent / old).unlink()
