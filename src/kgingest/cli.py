"""The command line: a thin layer over the pipeline's plain functions."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from kgingest import __version__
from kgingest.corpus import DEFAULT_BATCH_SIZE, Progress
from kgingest.errors import InputError, InternalError, KgingestError, UsageError
from kgingest.pipeline import DEFAULT_ARTICLE_TIMEOUT, DEFAULT_MAX_CHARS, OUTPUT_FORMATS
from kgingest.read import DEFAULT_GLOB, Source, parse_date
from kgingest.resources import resource_dir

if TYPE_CHECKING:
    from kgingest.validate import ValidationResult

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2
BUNDLED_ARTICLE = "000_3c2cfa3121e2e0b7.txt"


def fail(message: str) -> None:
    """One line on stderr, no traceback."""
    click.echo(f"kgingest: error: {message}", err=True)


def guarded(function: Callable[..., int]) -> Callable[..., None]:
    """Run a command body; turn a KgingestError into one stderr line and its exit code."""

    def wrapper(*args: Any, **kwargs: Any) -> None:
        try:
            code = function(*args, **kwargs)
        except KgingestError as error:
            fail(str(error))
            code = error.exit_code
        sys.exit(code)

    wrapper.__name__ = function.__name__
    wrapper.__doc__ = function.__doc__
    return wrapper


def to_date(_ctx: click.Context, _param: click.Parameter, value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return parse_date(value, "--published")
    except InputError:
        raise click.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD") from None


def article_sources(inputs: tuple[str, ...], glob: str) -> Iterator[Source]:
    """The articles the inputs name (see `read.expand_inputs`); nothing means the bundled article."""
    from kgingest.read import expand_inputs

    return expand_inputs(list(inputs) or [str(resource_dir("examples") / BUNDLED_ARTICLE)], glob)


def wikidata_options(command: Callable[..., Any]) -> Callable[..., Any]:
    """The options every command that talks to Wikidata shares."""
    command = click.option(
        "--cache-dir",
        type=click.Path(path_type=Path, file_okay=False),
        default=None,
        help="Wikidata cache folder (default ~/.cache/kgingest/wikidata).",
    )(command)
    command = click.option(
        "--wikidata-endpoint", default=None, metavar="URL", help="Wikidata API endpoint (a mirror, or a test server)."
    )(command)
    return click.option("--offline", is_flag=True, help="Link from the Wikidata cache only; implies --link.")(command)


def wikidata_client(offline: bool, endpoint: str | None, cache_dir: Path | None) -> Any:
    from kgingest.wikidata import DEFAULT_ENDPOINT, WikidataClient

    return WikidataClient(endpoint or DEFAULT_ENDPOINT, cache_dir, offline=offline)


EPILOG = """\b
Examples:
  kgingest run                          # the bundled article into output/
  kgingest run news/*.txt --out graphs/ --published 2025-04-28
  kgingest validate output/*.ttl
  kgingest query queries/actors.rq --data output/ --format csv
  kgingest query statements             # a bundled query by name
  kgingest run --link                   # and link actors and places to Wikidata
  kgingest load output/                 # into the embedded store (output/store)
  kgingest load output/ --endpoint http://localhost:7878
  kgingest report output/ --out output/report   # an HTML page per graph
  kgingest eval tests/corpus/dev

Exit codes: 0 ok, 1 the data fails validation, 2 bad usage or bad input,
3 an internal error (a bug) in at least one article; when several happen, the
highest wins (3 over 2 over 1).
"""


@click.group(epilog=EPILOG, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kgingest")
def cli() -> None:
    """Turn news articles into an RDF knowledge graph of actors, statements and military deployments."""


@cli.command(epilog=EPILOG)
@click.argument("inputs", nargs=-1)
@click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("output"),
    show_default=True,
    help="Folder for the graphs.",
)
@click.option("--published", callback=to_date, help="Publication date YYYY-MM-DD (overrides the sidecar).")
@click.option("--base-iri", default=None, help="Base IRI for minted nodes (absolute, ending in '/', '#' or ':').")
@click.option("--model", default=None, help="spaCy model name (default: en_core_web_sm if installed).")
@click.option(
    "--format",
    "fmt",
    default="turtle",
    show_default=True,
    type=click.Choice(OUTPUT_FORMATS),
    help="Output format.",
)
@click.option(
    "--max-chars",
    type=click.IntRange(min=1),
    default=DEFAULT_MAX_CHARS,
    show_default=True,
    help="Refuse an article longer than this many characters.",
)
@click.option(
    "--article-timeout",
    type=click.FloatRange(min=0),
    default=DEFAULT_ARTICLE_TIMEOUT,
    show_default=True,
    help="Stop an article's extraction, mapping and validation after this many seconds (0: no limit).",
)
@wikidata_options
@click.option("--link", "do_link", is_flag=True, help="Link actors and places to Wikidata items.")
@click.option("--report", "with_report", is_flag=True, help="Also write an HTML page per graph into OUT/report/.")
@click.option("--fail-fast", is_flag=True, help="Stop at the first article that is not written.")
@click.option("--debug", is_flag=True, help="Show the traceback of an internal error.")
@click.option(
    "--glob",
    default=DEFAULT_GLOB,
    show_default=True,
    help="Which files of a folder are articles (searched recursively).",
)
@click.option("--force", is_flag=True, help="Redo every article, even those the output folder has up to date.")
@click.option(
    "--workers", type=click.IntRange(min=1), default=1, show_default=True, help="Processes to run the NLP in."
)
@click.option("--dask", "dask_address", default=None, metavar="ADDRESS", help="Run the batches on this Dask scheduler.")
@click.option(
    "--batch-size",
    type=click.IntRange(min=1),
    default=DEFAULT_BATCH_SIZE,
    show_default=True,
    help="Articles per nlp.pipe batch.",
)
@guarded
def run(
    inputs: tuple[str, ...],
    out_dir: Path,
    published: dt.date | None,
    base_iri: str | None,
    model: str | None,
    fmt: str,
    max_chars: int,
    article_timeout: float,
    do_link: bool,
    offline: bool,
    wikidata_endpoint: str | None,
    cache_dir: Path | None,
    with_report: bool,
    fail_fast: bool,
    debug: bool,
    glob: str,
    force: bool,
    workers: int,
    dask_address: str | None,
    batch_size: int,
) -> int:
    """Ingest articles into validated RDF files: text files (optional NAME.meta.json/.yaml sidecar), folders,
    JSON Lines, HTML files, URLs, or - for stdin.

    Options and inputs are checked before the model loads. Articles the output folder already has up to
    date are skipped (--force redoes them). An article that fails (bad input, invalid graph, or an internal
    error) gets one line on stderr and nothing written; the others go on, and a summary line closes the run.
    """
    from kgingest.corpus import run_corpus
    from kgingest.pipeline import Options, Outcome

    options = Options(
        out_dir=out_dir,
        published=published,
        base_iri=base_iri,
        model=model,
        fmt=fmt,
        max_chars=max_chars,
        article_timeout=article_timeout or None,
    )
    linker = None
    linking = ""
    if do_link or offline:
        from kgingest.link import WikidataLinker

        linker = WikidataLinker(wikidata_client(offline, wikidata_endpoint, cache_dir))
        linking = f"wikidata {wikidata_endpoint or 'default'}{' offline' if offline else ''}"

    def report(outcome: Outcome) -> None:
        if outcome.error is not None:
            fail(str(outcome.error))
            if debug and isinstance(outcome.error, InternalError):
                click.echo(outcome.error.traceback_text(), err=True, nl=False)
            return
        for note in outcome.notes:
            click.echo(f"kgingest: {outcome.source}: {note}", err=True)
        validation = outcome.validation
        if validation is not None and not validation.conforms:
            fail(f"{outcome.source}: the graph does not conform to the shapes; nothing written")
            for line in validation.violations:
                click.echo(f"  {line}", err=True)
        elif outcome.written is not None:
            click.echo(f"wrote {outcome.written}")
            if with_report:
                report_codes.append(write_pages(outcome.written, out_dir / "report", outcome.validation, debug))

    def fetch(url: str) -> bytes:
        from kgingest.fetch import PageFetcher

        if not fetchers:
            fetchers.append(PageFetcher(cache_dir / "pages" if cache_dir else None, offline=offline))
        return fetchers[0](url)

    def progress_display(total: int) -> Progress:
        return Progress(total, sys.stderr)

    fetchers: list[Any] = []
    report_codes: list[int] = []
    finished = run_corpus(
        article_sources(inputs, glob),
        options,
        linker=linker,
        linking=linking,
        on_outcome=report,
        fail_fast=fail_fast,
        force=force,
        workers=workers,
        dask=dask_address,
        batch_size=batch_size,
        fetch=fetch,
        make_progress=progress_display,
    )
    if with_report:
        from kgingest.report import write_index

        click.echo(f"wrote {write_index(out_dir / 'report')}")
    click.echo(f"kgingest: {finished.summary.line()}; {finished.figures.line()}", err=True)
    return max([finished.summary.exit_code, *report_codes])


def write_pages(graph_file: Path, out_dir: Path, validation: ValidationResult | None, debug: bool = False) -> int:
    """The report page(s) of one graph file; an error, even a bug, is one stderr line and its exit code."""
    from kgingest.report import report_file

    try:
        pages = report_file(graph_file, out_dir, validation)
    except KgingestError as error:
        fail(str(error))
        return error.exit_code
    except Exception as error:  # a bug in one page must not stop the run, as in the pipeline
        internal = InternalError(str(graph_file), error)
        fail(str(internal))
        if debug:
            click.echo(internal.traceback_text(), err=True, nl=False)
        return internal.exit_code
    for page in pages:
        click.echo(f"wrote {out_dir / page.page}")
    return EXIT_OK


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@guarded
def validate(files: tuple[Path, ...]) -> int:
    """Validate RDF files against kgingest's SHACL shapes."""
    from kgingest.validate import validate_file

    code = EXIT_OK
    for path in files:
        try:
            result = validate_file(path)
        except KgingestError as error:
            fail(str(error))
            code = max(code, error.exit_code)
            continue
        if result.conforms:
            click.echo(f"{path}: conforms" + (f" ({len(result.warnings)} warnings)" if result.warnings else ""))
        else:
            click.echo(f"{path}: {len(result.violations)} violation(s)")
            code = max(code, EXIT_INVALID)
        for line in result.violations + result.warnings:
            click.echo(f"  {line}")
    return code


def query_text(query: str) -> str:
    """A query file, or the name of a bundled query (``actors``, ``statements``…)."""
    path = Path(query)
    if path.is_file():
        return path.read_text(encoding="utf-8")
    bundled = resource_dir("queries") / f"{path.stem}.rq"
    if path.suffix in ("", ".rq") and path.parent == Path(".") and bundled.is_file():
        return bundled.read_text(encoding="utf-8")
    names = ", ".join(sorted(p.stem for p in bundled.parent.glob("*.rq")))
    raise UsageError(f"{query}: no such query file (bundled queries: {names})")


@cli.command()
@click.argument("query")
@click.option(
    "--data",
    "data",
    multiple=True,
    type=click.Path(path_type=Path),
    help="RDF files or folders to query (repeatable). Default: the store, else output/.",
)
@click.option(
    "--store",
    "store_path",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Embedded store folder (default output/store when it exists).",
)
@click.option("--endpoint", default=None, metavar="URL", help="A SPARQL 1.1 Protocol endpoint to query instead.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "json"]),
    default="table",
    show_default=True,
    help="table, csv (SPARQL 1.1 CSV) or json (SPARQL 1.1 Query Results JSON).",
)
@guarded
def query(query: str, data: tuple[Path, ...], store_path: Path | None, endpoint: str | None, fmt: str) -> int:
    """Run a SPARQL SELECT query (a .rq file or a bundled query name) over the store, files or an endpoint."""
    from kgingest import store
    from kgingest.query import FORMATTERS, select

    files = list(data)
    if not files and store_path is None and endpoint is None and not store.DEFAULT_STORE_PATH.is_dir():
        files = [Path("output")]
    result = select(query_text(query), files=files, store_path=store_path, endpoint=endpoint)
    click.echo(FORMATTERS[fmt](result), nl=False)
    return EXIT_OK


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--store",
    "store_path",
    type=click.Path(path_type=Path, file_okay=False),
    default=None,
    help="Embedded store folder (default output/store).",
)
@click.option(
    "--endpoint",
    default=None,
    metavar="URL",
    help="Load into this SPARQL server instead (Graph Store Protocol); credentials from "
    "KGINGEST_STORE_TOKEN or KGINGEST_STORE_USER/KGINGEST_STORE_PASSWORD.",
)
@click.option("--graph-store", default=None, metavar="URL", help="The server's Graph Store URL, if not guessable.")
@guarded
def load(paths: tuple[Path, ...], store_path: Path | None, endpoint: str | None, graph_store: str | None) -> int:
    """Load graphs (files or folders; default output/) into a triple store, one named graph per article."""
    from kgingest import store

    inputs = list(paths) or [Path("output")]
    if endpoint:
        report = store.load_remote(inputs, endpoint, store_url=graph_store)
    else:
        report = store.load(inputs, store_path or store.DEFAULT_STORE_PATH)
    for error in report.refused:
        fail(str(error))
    click.echo(report.summary())
    return EXIT_USAGE if report.refused else EXIT_OK


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path, exists=False))
@wikidata_options
@guarded
def link(files: tuple[Path, ...], offline: bool, wikidata_endpoint: str | None, cache_dir: Path | None) -> int:
    """Link the actors and places of graphs already written to Wikidata, rewriting each file in place."""
    from rdflib import Graph

    from kgingest.link import link_graph
    from kgingest.query import RDF_SUFFIXES, load_files
    from kgingest.write import FORMAT_BY_EXTENSION, article_iris, write_graph

    client = wikidata_client(offline, wikidata_endpoint, cache_dir)
    code = EXIT_OK
    for path in files:
        try:
            if path.suffix not in RDF_SUFFIXES:
                raise InputError(str(path), "is not an RDF file kgingest writes (.ttl, .nt, .trig, .nq, .jsonld)")
            graph = Graph()
            for triple in load_files([path]).triples((None, None, None)):
                graph.add(triple)
            report = link_graph(graph, client)
            spec = FORMAT_BY_EXTENSION[path.suffix]
            names = article_iris(graph)
            write_graph(graph, path, spec.name, graph_name=str(names[0]) if names else None)
        except KgingestError as error:
            fail(str(error))
            code = max(code, error.exit_code)
            continue
        linked = sum(1 for item in report.links if item.qid)
        click.echo(f"{path}: linked {linked} of {len(report.links)}")
        for problem in report.problems:
            click.echo(f"kgingest: {path}: {problem}", err=True)
    return code


@cli.command("report")
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option(
    "--out",
    "out_dir",
    type=click.Path(path_type=Path, file_okay=False),
    default=Path("output/report"),
    show_default=True,
    help="Folder for the pages and index.html.",
)
@guarded
def report_command(paths: tuple[Path, ...], out_dir: Path) -> int:
    """Write an HTML page per article graph (files or folders; default output/), and an index of them."""
    from kgingest.report import INDEX_NAME, report

    code = EXIT_OK
    for outcome in report(list(paths) or [Path("output")], out_dir):
        if outcome.error is not None:
            fail(str(outcome.error))
            code = max(code, outcome.error.exit_code)
        for page in outcome.pages:
            click.echo(f"wrote {out_dir / page.page}")
    click.echo(f"wrote {out_dir / INDEX_NAME}")
    return code


@cli.command("eval")
@click.argument("corpus", type=click.Path(path_type=Path))
@click.option("--model", default=None, help="spaCy model name.")
@click.option("--details", is_flag=True, help="A line per article, then every miss and false positive.")
@click.option(
    "--names",
    "names_file",
    type=click.Path(path_type=Path, dir_okay=False),
    default=None,
    help="Score only the articles named in this file (one NAME a line, # comments).",
)
@click.option("--sample", type=int, default=None, metavar="N", help="Score a seeded sample of N articles.")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of --sample.")
@guarded
def evaluate_command(
    corpus: Path, model: str | None, details: bool, names_file: Path | None, sample: int | None, seed: int
) -> int:
    """Score the extraction against NAME.gold.yaml files, or the statements against PolNeAR NAME.ann files."""
    from kgingest.eval import ArticleSelection, evaluate, format_report, read_names_file
    from kgingest.eval_polnear import evaluate_polnear, format_polnear_report, is_polnear_folder
    from kgingest.parse import load_model
    from kgingest.pipeline import build_graph, run_info
    from kgingest.read import read_article

    selection = ArticleSelection(read_names_file(names_file) if names_file else None, sample, seed)
    nlp = load_model(model)

    def graph_for(path: Path, published: dt.date | None) -> tuple[str, Any]:
        article = read_article(path, published=published)
        _, graph, _ = build_graph(article, nlp, run=run_info(nlp, path))
        return article.text, graph

    if is_polnear_folder(corpus):
        text = format_polnear_report(evaluate_polnear(corpus, graph_for, selection), details=details)
    else:
        text = format_report(evaluate(corpus, graph_for, selection), details=details)
    click.echo(text, nl=False)
    return EXIT_OK


def main() -> None:
    cli(prog_name="kgingest")
