"""The pipeline as plain functions: read → parse → extract → link → map → validate → write.

The CLI is a thin layer over `ingest`; tests and other programs call these
functions directly.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph
from spacy.language import Language

from kgingest import __version__
from kgingest.errors import KgingestError
from kgingest.extract import extract
from kgingest.map import DEFAULT_BASE_IRI, article_iri, to_graph
from kgingest.model import Article, ArticleMeta, Extraction, Link, RunInfo
from kgingest.parse import load_model, model_info, parse
from kgingest.read import read_article
from kgingest.validate import ValidationResult, validate
from kgingest.write import file_name, write_graph

Linker = Callable[[Extraction], tuple[list[Link], list[str]]]


@dataclass
class Options:
    out_dir: Path = Path("output")
    published: dt.date | None = None
    base_iri: str = DEFAULT_BASE_IRI
    model: str | None = None
    fmt: str = "turtle"
    meta: ArticleMeta | None = None


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
            return 1
        return 0


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
    info = model_info(nlp)
    return RunInfo(__version__, info.name, info.version, run_started(article_path))


def build_graph(
    article: Article,
    nlp: Language,
    *,
    base_iri: str = DEFAULT_BASE_IRI,
    run: RunInfo | None = None,
    linker: Linker | None = None,
) -> tuple[Extraction, Graph, list[str]]:
    """Parse, extract, optionally link, and map one article; returns notes from linking."""
    extraction = extract(parse(article, nlp), article)
    notes: list[str] = []
    if linker is not None:
        extraction.links, notes = linker(extraction)
    graph = to_graph(extraction, run or run_info(nlp, None), base_iri)
    return extraction, graph, notes


def ingest_one(path: Path, options: Options, nlp: Language, linker: Linker | None = None) -> Outcome:
    """Run the whole pipeline on one file; errors are captured in the outcome, never raised."""
    outcome = Outcome(str(path))
    try:
        article = read_article(path, options.meta, published=options.published)
        _, graph, outcome.notes = build_graph(
            article, nlp, base_iri=options.base_iri, run=run_info(nlp, path), linker=linker
        )
        outcome.validation = validate(graph)
        if outcome.validation.conforms:
            target = options.out_dir / file_name(article.key, options.fmt)
            graph_name = article_iri(article, options.base_iri)
            outcome.written = write_graph(graph, target, options.fmt, graph_name=str(graph_name))
    except KgingestError as error:
        outcome.error = error
    return outcome


def ingest(
    paths: Sequence[Path],
    options: Options,
    linker: Linker | None = None,
    on_outcome: Callable[[Outcome], None] | None = None,
) -> list[Outcome]:
    """Ingest every path; a bad input is reported in its outcome and the others still go through."""
    nlp = load_model(options.model)
    outcomes = []
    for path in paths:
        outcome = ingest_one(path, options, nlp, linker)
        outcomes.append(outcome)
        if on_outcome is not None:
            on_outcome(outcome)
    return outcomes
