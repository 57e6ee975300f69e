"""Triple stores: an embedded pyoxigraph store on disk (the default) and remote SPARQL servers.

Every article lives in its own named graph, named by the article IRI. Loading an article again replaces its
graph: locally the clear and the insert are one SPARQL update (one transaction); remotely the graph is sent
with an HTTP PUT of the SPARQL 1.1 Graph Store Protocol, which replaces it.

Queries see the union of the article graphs as a SET of triples, as the file backend (rdflib) does: the
triple an actor's two articles both state is one triple. Oxigraph's own union-default-graph mode matches
pattern by pattern in every graph and so repeats such triples, which changes the rows of any query without
DISTINCT. So kgingest keeps the store's default graph equal to the union of the named graphs, updated in the
same transaction as each article graph, and queries the default graph. kgingest owns that default graph.

Virtuoso has no default graph of its own: a query without FROM matches pattern by pattern in every graph (its
system graphs too), as does one with several FROMs. On Virtuoso endpoints kgingest keeps the set union of the
article graphs in a named graph of its own, ``UNION_GRAPH``, and names it as the default graph of each query.

Credentials for remote stores come from the environment only: ``KGINGEST_STORE_TOKEN`` (a bearer token),
or ``KGINGEST_STORE_USER`` and ``KGINGEST_STORE_PASSWORD`` (HTTP basic auth; ``KGINGEST_STORE_AUTH=digest``
for digest auth, as Virtuoso's authenticated endpoints want).
"""

from __future__ import annotations

import gzip as gzip_codec
import os
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import pyoxigraph as ox
import requests
from rdflib import BNode, Literal, URIRef
from rdflib.term import Node

from kgingest.errors import InputError, StoreError, UsageError
from kgingest.query import QueryResult, rdf_files

DEFAULT_STORE_PATH = Path("output/store")
DEFAULT_CHUNK_TRIPLES = 50_000
DEFAULT_TIMEOUT_SECONDS = 120.0

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
ARTICLE_CLASSES = frozenset({"https://w3id.org/kgingest/ontology#Article", "https://schema.org/NewsArticle"})
# A file that describes no article but one dataset, such as the corpus actors file a run writes (corpus_actors.py).
DATASET_CLASSES = frozenset({"http://rdfs.org/ns/void#Dataset"})
SUFFIX_FORMATS = {
    ".ttl": ox.RdfFormat.TURTLE,
    ".nt": ox.RdfFormat.N_TRIPLES,
    ".trig": ox.RdfFormat.TRIG,
    ".nq": ox.RdfFormat.N_QUADS,
    ".jsonld": ox.RdfFormat.JSON_LD,
}


@dataclass(frozen=True)
class ArticleGraph:
    """The triples of one article (or of one dataset, when not ``is_article``), stored in the graph ``name``."""

    name: str
    source: str
    triples: list[ox.Triple]
    is_article: bool = True


@dataclass(frozen=True)
class LoadedGraph:
    name: str
    source: str
    triples: int
    is_article: bool = True


@dataclass
class LoadReport:
    """What a load did: one entry per article graph written, in load order, and the inputs it refused."""

    target: str
    graphs: list[LoadedGraph] = field(default_factory=list)
    refused: list[InputError] = field(default_factory=list)

    @property
    def triples(self) -> int:
        return sum(graph.triples for graph in self.graphs)

    def summary(self) -> str:
        count = sum(1 for graph in self.graphs if graph.is_article)
        text = f"loaded {count} article graph{'s' if count != 1 else ''} ({self.triples} triples)"
        if datasets := len(self.graphs) - count:
            text += f" and {datasets} dataset graph{'s' if datasets != 1 else ''}"
        text += f" into {self.target}"
        if self.refused:
            names = ", ".join(error.source for error in self.refused)
            text += f"; refused {len(self.refused)} input{'s' if len(self.refused) != 1 else ''}: {names}"
        return text


# --- reading files into article graphs ---------------------------------------------------------------------


def _file_format(path: Path) -> ox.RdfFormat:
    try:
        return SUFFIX_FORMATS[path.suffix]
    except KeyError:
        raise InputError(str(path), f"unknown RDF file type; use one of {', '.join(sorted(SUFFIX_FORMATS))}") from None


def _subjects_typed(triples: Sequence[ox.Triple], classes: frozenset[str]) -> list[str]:
    return sorted(
        {
            t.subject.value
            for t in triples
            if isinstance(t.subject, ox.NamedNode)
            and t.predicate.value == RDF_TYPE
            and isinstance(t.object, ox.NamedNode)
            and t.object.value in classes
        }
    )


def article_graphs(path: Path) -> list[ArticleGraph]:
    """The article graphs in one file.

    TriG and N-Quads name their graphs; triples outside a named graph (and every triple of a Turtle, N-Triples
    or JSON-LD file) belong to the one article they describe: the subject typed kg:Article or
    schema:NewsArticle.
    """
    fmt = _file_format(path)
    try:
        quads = list(ox.parse(path=path, format=fmt))
    except (SyntaxError, ValueError) as error:
        raise InputError(str(path), f"is not valid {fmt.name} ({str(error).splitlines()[0][:160]})") from None
    except OSError as error:
        raise InputError(str(path), f"cannot be read ({error.strerror or error})") from None
    by_graph: dict[str, list[ox.Triple]] = {}
    default_triples: list[ox.Triple] = []
    for quad in quads:
        if isinstance(quad.graph_name, ox.NamedNode):
            by_graph.setdefault(quad.graph_name.value, []).append(quad.triple)
        elif isinstance(quad.graph_name, ox.DefaultGraph):
            default_triples.append(quad.triple)
        else:
            raise InputError(str(path), "has a graph named by a blank node; name each article graph by its IRI")
    if default_triples:
        articles = _subjects_typed(default_triples, ARTICLE_CLASSES)
        datasets = _subjects_typed(default_triples, DATASET_CLASSES)
        if not articles and len(datasets) == 1:
            # Such as the corpus actors file a run writes beside the article graphs: it describes no article and
            # is the graph of its dataset node, replaced each time it is loaded.
            articles = datasets
        if len(articles) != 1:
            problem = (
                "describes no article (no subject typed kg:Article or schema:NewsArticle)"
                if not articles
                else f"describes {len(articles)} articles; write one article per file, or use TriG or N-Quads"
            )
            raise InputError(str(path), f"{problem}, so its named graph cannot be chosen")
        by_graph.setdefault(articles[0], []).extend(default_triples)
    return [ArticleGraph(name, str(path), triples, _describes_article(triples)) for name, triples in by_graph.items()]


def _describes_article(triples: Sequence[ox.Triple]) -> bool:
    """False for a dataset's graph, such as the corpus actors; True for an article's (and anything else)."""
    return bool(_subjects_typed(triples, ARTICLE_CLASSES)) or not _subjects_typed(triples, DATASET_CLASSES)


def graphs_per_file(paths: Iterable[Path]) -> Iterator[list[ArticleGraph] | InputError]:
    """The article graphs of each RDF file named or found in a named folder, or why it cannot be read.

    A bad input is yielded as its error and the others still come, so that each file can be loaded on its own.
    """
    paths = [Path(p) for p in paths]
    found_any = False
    for path in paths:
        try:
            files = rdf_files([path])
        except InputError as error:
            found_any = True
            yield error
            continue
        for file in files:
            found_any = True
            try:
                yield article_graphs(file)
            except InputError as error:
                yield error
    if not found_any:
        raise InputError(", ".join(str(p) for p in paths) or "(no paths)", "contains no RDF files")


# --- the embedded store ------------------------------------------------------------------------------------


def open_store(store_path: Path, *, create: bool) -> ox.Store:
    """The on-disk store at ``store_path``; StoreError if it is missing (and not to be created) or locked."""
    store_path = Path(store_path)
    if not create and not store_path.is_dir():
        raise StoreError(f"no store at {store_path}: load some output first (kgingest load FILES --store {store_path})")
    try:
        if create:
            store_path.mkdir(parents=True, exist_ok=True)
        return ox.Store(str(store_path))
    except OSError as error:
        raise StoreError(f"cannot open the store at {store_path}: {error}") from None


# Triples only this graph states leave the union; the graph's new triples join it.
_FORGET_FROM_UNION = """DELETE {{ ?s ?p ?o }} WHERE {{
  GRAPH {name} {{ ?s ?p ?o }}
  FILTER NOT EXISTS {{ GRAPH ?other {{ ?s ?p ?o }} FILTER (?other != {name}) }}
}} ;
DROP SILENT GRAPH {name}"""
_ADD_TO_UNION = "INSERT {{ ?s ?p ?o }} WHERE {{ GRAPH {name} {{ ?s ?p ?o }} }}"
REBUILD_UNION = "DROP SILENT DEFAULT ;\nINSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }"
UNION_GRAPH = "https://w3id.org/kgingest/id/graph/union"


def rebuild_union_graph_update(union_graph: str) -> str:
    """One SPARQL update that refills the named graph ``union_graph`` with the set union of the article graphs.

    Article graphs are the graphs that describe an article, which leaves out a server's own graphs.
    """
    classes = " ".join(f"<{cls}>" for cls in sorted(ARTICLE_CLASSES))
    return f"""DROP SILENT GRAPH <{union_graph}> ;
INSERT {{ GRAPH <{union_graph}> {{ ?s ?p ?o }} }} WHERE {{
  {{ SELECT DISTINCT ?g WHERE {{
    VALUES ?class {{ {classes} }}
    GRAPH ?g {{ ?article <{RDF_TYPE}> ?class }}
    FILTER (?g != <{union_graph}>)
  }} }}
  GRAPH ?g {{ ?s ?p ?o }}
}}"""


def replace_graph_update(graph: ArticleGraph) -> str:
    """One SPARQL update (one transaction) that replaces the article's graph and keeps the union in step."""
    name = ox.NamedNode(graph.name)
    steps = [_FORGET_FROM_UNION.format(name=name)]
    if graph.triples:
        body = " .\n".join(str(triple) for triple in graph.triples)
        steps.append(f"INSERT DATA {{ GRAPH {name} {{\n{body} .\n}} }}")
        steps.append(_ADD_TO_UNION.format(name=name))
    return " ;\n".join(steps)


def load(paths: Iterable[Path], store_path: Path = DEFAULT_STORE_PATH) -> LoadReport:
    """Load RDF files (or folders of them) into the embedded store, one named graph per article.

    A graph loaded before is replaced, never duplicated. Each file is its own transaction, parsed whole before
    it touches the store: a file that cannot be read is refused (listed in ``report.refused``) and changes
    nothing, the other files still load, and a failure part way leaves every file either as it was or loaded.
    """
    store: ox.Store | None = None
    report = LoadReport(str(store_path))
    try:
        for graphs in graphs_per_file(paths):
            if isinstance(graphs, InputError):
                report.refused.append(graphs)
                continue
            if store is None:
                store = open_store(Path(store_path), create=True)
            store.update(" ;\n".join(replace_graph_update(graph) for graph in graphs))
            report.graphs.extend(
                LoadedGraph(graph.name, graph.source, len(graph.triples), graph.is_article) for graph in graphs
            )
        if store is not None:
            store.flush()
    except OSError as error:
        raise StoreError(f"writing to the store at {store_path} failed: {error}") from None
    return report


def graph_names(store_path: Path) -> list[str]:
    """The named graphs in the store, sorted."""
    store = open_store(Path(store_path), create=False)
    return sorted(g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode))


XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _literal(value: str, datatype: str | None) -> Literal:
    # rdflib parses "x" as a literal with no datatype, which it does not equal to "x"^^xsd:string.
    return Literal(value) if datatype in (None, XSD_STRING) else Literal(value, datatype=URIRef(datatype))


def to_rdflib(term: Any) -> Node:
    """A pyoxigraph term as the rdflib term the file backend would give."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        return _literal(term.value, term.datatype.value)
    raise UsageError(f"query results with RDF-star triples are not supported ({term})")


def _select(store: ox.Store, sparql: str, where: str) -> QueryResult:
    """A SELECT over ``store``'s default graph, its terms as rdflib terms."""
    try:
        solutions = store.query(sparql)
    except SyntaxError as error:
        raise UsageError(f"the query does not run: {str(error).splitlines()[0][:200]}") from None
    except OSError as error:
        raise StoreError(f"querying {where} failed: {error}") from None
    if not isinstance(solutions, ox.QuerySolutions):
        raise UsageError("only SELECT queries are supported")
    variables = [variable.value for variable in solutions.variables]
    # Rows repeat the same terms (articles, actors, labels) many times: convert each term once.
    converted: dict[Any, Node] = {}
    rows = []
    for solution in solutions:
        row = {}
        for name in variables:
            value = solution[name]
            if value is not None:
                term = converted.get(value)
                if term is None:
                    term = converted[value] = to_rdflib(value)
                row[name] = term
        rows.append(row)
    return QueryResult(variables, rows)


def query(store_path: Path, sparql: str) -> QueryResult:
    """Run a SELECT query over the union of the article graphs in the embedded store."""
    store = open_store(Path(store_path), create=False)
    return _select(store, sparql, f"the store at {store_path}")  # its default graph is the union


# A query that names graphs needs the article graphs themselves, not only their union. Strings, IRIs and
# comments are blanked out first, so a comment that says "named" costs no extra load.
_NOT_KEYWORDS = re.compile(r'"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>"\s]*>|#[^\n]*')
_NAMES_GRAPHS = re.compile(r"\bGRAPH\b|\bFROM\s+NAMED\b", re.IGNORECASE)


def names_graphs(sparql: str) -> bool:
    """Whether a query uses GRAPH or FROM NAMED (outside strings, IRIs and comments)."""
    return _NAMES_GRAPHS.search(_NOT_KEYWORDS.sub(" ", sparql)) is not None


def memory_store(paths: Sequence[Path], *, named_graphs: bool = False) -> ox.Store:
    """The RDF files in an in-memory store whose default graph is their union as a set of triples.

    Files are bulk-loaded, which is what makes a folder of a thousand articles quick to query. With
    ``named_graphs`` every article graph is also stored under its name, as `load` stores it.
    """
    files = rdf_files([Path(p) for p in paths])
    store = ox.Store()
    for path in files:
        fmt = _file_format(path)
        if named_graphs or fmt in (ox.RdfFormat.TRIG, ox.RdfFormat.N_QUADS):
            graphs = article_graphs(path)
            store.extend(ox.Quad(t.subject, t.predicate, t.object) for graph in graphs for t in graph.triples)
            if named_graphs:
                for graph in graphs:
                    name = ox.NamedNode(graph.name)
                    store.extend(ox.Quad(t.subject, t.predicate, t.object, name) for t in graph.triples)
            continue
        try:
            store.bulk_load(path=path, format=fmt, base_iri=path.resolve().as_uri())
        except (SyntaxError, ValueError) as error:
            raise InputError(str(path), f"is not valid {fmt.name} ({str(error).splitlines()[0][:160]})") from None
        except OSError as error:
            raise InputError(str(path), f"cannot be read ({error.strerror or error})") from None
    return store


def query_files(paths: Sequence[Path], sparql: str) -> QueryResult:
    """Run a SELECT query over RDF files, which it sees as the union of their triples (and, in GRAPH
    patterns, as one named graph per article)."""
    store = memory_store(paths, named_graphs=names_graphs(sparql))
    return _select(store, sparql, "the files")


# --- remote stores -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Endpoint:
    """A remote store: where SPARQL queries and updates go and where the Graph Store Protocol is served."""

    query_url: str
    store_url: str
    update_url: str
    union_graph: str | None = None  # the named graph queries take as default graph, where the server has none

    @classmethod
    def from_url(cls, url: str, store_url: str | None = None) -> Endpoint:
        """Both URLs from the one a user gives.

        ``http://host:7878`` or ``.../query`` (Oxigraph): ``/query``, ``/store``, ``/update``;
        ``http://host/sparql`` (Virtuoso): ``/sparql``, ``/sparql-graph-crud``, ``/sparql``, and
        ``http://host/sparql-auth`` (Virtuoso with HTTP authentication): ``/sparql-auth``,
        ``/sparql-graph-crud-auth``, ``/sparql-auth``; both query the union graph ``UNION_GRAPH``;
        ``http://host:3030/DATASET/query`` or ``.../sparql`` (Fuseki): the same, ``/DATASET/data``,
        ``/DATASET/update``. ``store_url`` overrides the guessed Graph Store URL.
        """
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise UsageError(f"the endpoint must be an http(s) URL, not {url!r}")
        segments = [s for s in parts.path.split("/") if s]

        def with_path(path_segments: list[str]) -> str:
            return urlunsplit((parts.scheme, parts.netloc, "/" + "/".join(path_segments), parts.query, ""))

        if not segments:
            query_url, guessed, update_url = with_path(["query"]), with_path(["store"]), with_path(["update"])
        elif segments[-1] in ("query", "sparql") and len(segments) > 1:
            query_url, guessed, update_url = (
                url,
                with_path([*segments[:-1], "data"]),
                with_path([*segments[:-1], "update"]),
            )
        elif segments == ["query"]:
            query_url, guessed, update_url = url, with_path(["store"]), with_path(["update"])
        elif segments in (["sparql"], ["sparql-auth"]):
            crud = "sparql-graph-crud-auth" if segments == ["sparql-auth"] else "sparql-graph-crud"
            return cls(url, store_url or with_path([crud]), url, UNION_GRAPH)
        else:
            query_url, guessed, update_url = url, url, url
        return cls(query_url, store_url or guessed, update_url)


def _session() -> requests.Session:
    session = requests.Session()
    token = os.environ.get("KGINGEST_STORE_TOKEN")
    user = os.environ.get("KGINGEST_STORE_USER")
    if token:
        session.headers["Authorization"] = f"Bearer {token}"
    elif user:
        password = os.environ.get("KGINGEST_STORE_PASSWORD", "")
        if os.environ.get("KGINGEST_STORE_AUTH", "basic").lower() == "digest":
            session.auth = requests.auth.HTTPDigestAuth(user, password)
        else:
            session.auth = (user, password)
    return session


def _send(session: requests.Session, method: str, url: str, what: str, **kwargs: Any) -> requests.Response:
    """One HTTP request; StoreError naming the server when it cannot be reached."""
    try:
        return session.request(method, url, timeout=kwargs.pop("timeout", DEFAULT_TIMEOUT_SECONDS), **kwargs)
    except requests.RequestException as error:
        reason = type(error).__name__
        raise StoreError(f"cannot reach the triple store at {url} to {what}: {reason}") from None


def _refused(response: requests.Response, url: str, what: str) -> StoreError:
    detail = " ".join(response.text.split())[:200] if response.text else ""
    message = f"the triple store at {url} refused to {what}: HTTP {response.status_code} {response.reason}"
    return StoreError(f"{message}: {detail}" if detail else message)


def _components(triples: Sequence[ox.Triple]) -> list[list[ox.Triple]]:
    """Triples grouped so that a blank node never spans two groups (each request scopes its blank nodes)."""
    parent: dict[str, str] = {}

    def root(label: str) -> str:
        while parent.setdefault(label, label) != label:
            parent[label] = parent[parent[label]]
            label = parent[label]
        return label

    for triple in triples:
        labels = [t.value for t in (triple.subject, triple.object) if isinstance(t, ox.BlankNode)]
        if len(labels) == 2:
            parent[root(labels[0])] = root(labels[1])
    groups: dict[str, list[ox.Triple]] = {}
    singles: list[list[ox.Triple]] = []
    for triple in triples:
        blank = next((t.value for t in (triple.subject, triple.object) if isinstance(t, ox.BlankNode)), None)
        if blank is None:
            singles.append([triple])
        else:
            groups.setdefault(root(blank), []).append(triple)
    return list(groups.values()) + singles


def chunks(triples: Sequence[ox.Triple], size: int) -> list[list[ox.Triple]]:
    """``triples`` in chunks of at most ``size`` triples (more only when one blank-node group is bigger)."""
    if size < 1:
        raise UsageError("the chunk size must be at least one triple")
    result: list[list[ox.Triple]] = []
    current: list[ox.Triple] = []
    for group in _components(triples):
        if current and len(current) + len(group) > size:
            result.append(current)
            current = []
        current.extend(group)
    if current or not result:
        result.append(current)
    return result


def _ntriples(triples: Sequence[ox.Triple]) -> bytes:
    return "".join(f"{triple} .\n" for triple in triples).encode("utf-8")


class _GraphStoreClient:
    """Sends graphs with the SPARQL 1.1 Graph Store Protocol, gzip-compressed while the server accepts it."""

    def __init__(self, endpoint: Endpoint, session: requests.Session, use_gzip: bool | None, timeout: float) -> None:
        self.endpoint = endpoint
        self.session = session
        self.use_gzip = use_gzip  # None: try, and stop on the first refusal
        self.timeout = timeout

    def send(self, method: str, graph_name: str, body: bytes) -> None:
        what = f"{method} graph <{graph_name}>"
        headers = {"Content-Type": "application/n-triples"}
        if self.use_gzip is not False:
            response = _send(
                self.session,
                method,
                self.endpoint.store_url,
                what,
                params={"graph": graph_name},
                data=gzip_codec.compress(body, mtime=0),
                headers={**headers, "Content-Encoding": "gzip"},
                timeout=self.timeout,
            )
            if response.ok:
                self.use_gzip = True
                return
            # 415: the server says it will not decode gzip; 400: some servers parse the compressed bytes as text;
            # 500: Virtuoso 7 sniffs the compressed bytes, finds no RDF type it knows and fails (error 22023).
            if self.use_gzip is True or response.status_code not in (400, 415, 500):
                raise _refused(response, self.endpoint.store_url, what)
            self.use_gzip = False
        response = _send(
            self.session,
            method,
            self.endpoint.store_url,
            what,
            params={"graph": graph_name},
            data=body,
            headers=headers,
            timeout=self.timeout,
        )
        if not response.ok:
            raise _refused(response, self.endpoint.store_url, what)

    def put_graph(self, graph: ArticleGraph, chunk_triples: int) -> None:
        """PUT the first chunk (replacing the graph), then POST (append) the others."""
        for index, chunk in enumerate(chunks(graph.triples, chunk_triples)):
            self.send("PUT" if index == 0 else "POST", graph.name, _ntriples(chunk))


def load_remote(
    paths: Iterable[Path],
    endpoint_url: str,
    *,
    store_url: str | None = None,
    chunk_triples: int = DEFAULT_CHUNK_TRIPLES,
    use_gzip: bool | None = None,
    rebuild_union: bool = True,
    timeout: float = DEFAULT_TIMEOUT_SECONDS,
) -> LoadReport:
    """Load RDF files into a remote store, one named graph per article, replacing graphs loaded before.

    A file that cannot be read is refused (listed in ``report.refused``) before anything of it is sent; the
    other files still load. ``use_gzip``: None tries gzip and falls back to plain bodies when the server refuses
    it. A graph bigger than ``chunk_triples`` is sent in several requests; if a later one fails the graph is left
    partial, and loading it again repairs it. Afterwards one SPARQL update rebuilds the server's default graph as
    the set union of the named graphs (see the module docstring), unless ``rebuild_union`` is False.
    """
    endpoint = Endpoint.from_url(endpoint_url, store_url)
    session = _session()
    client = _GraphStoreClient(endpoint, session, use_gzip, timeout)
    report = LoadReport(endpoint.store_url)
    for graphs in graphs_per_file(paths):
        if isinstance(graphs, InputError):
            report.refused.append(graphs)
            continue
        for graph in graphs:
            client.put_graph(graph, chunk_triples)
            report.graphs.append(LoadedGraph(graph.name, graph.source, len(graph.triples), graph.is_article))
    if rebuild_union and report.graphs:
        union = rebuild_union_graph_update(endpoint.union_graph) if endpoint.union_graph else REBUILD_UNION
        update_remote(endpoint, union, session=session, timeout=timeout)
    return report


def update_remote(
    endpoint: Endpoint,
    update: str,
    *,
    session: requests.Session | None = None,
    timeout: float = DEFAULT_TIMEOUT_SECONDS,
) -> None:
    """Run a SPARQL update on a remote store with the SPARQL 1.1 Protocol."""
    what = "run a SPARQL update"
    response = _send(
        session or _session(),
        "POST",
        endpoint.update_url,
        what,
        data=update.encode("utf-8"),
        headers={"Content-Type": "application/sparql-update"},
        timeout=timeout,
    )
    if not response.ok:
        raise _refused(response, endpoint.update_url, what)


def _term_from_json(binding: dict[str, str]) -> Node:
    kind = binding.get("type")
    value = binding.get("value", "")
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value)
    if kind in ("literal", "typed-literal"):
        if "xml:lang" in binding:
            return Literal(value, lang=binding["xml:lang"])
        return _literal(value, binding.get("datatype"))
    raise StoreError(f"the triple store answered a term of unknown type {kind!r}")


def parse_results_json(document: dict[str, Any]) -> QueryResult:
    """SPARQL 1.1 Query Results JSON as a QueryResult with rdflib terms."""
    if "boolean" in document or "results" not in document:
        raise UsageError("only SELECT queries are supported")
    variables = list(document.get("head", {}).get("vars", []))
    rows = [
        {name: _term_from_json(term) for name, term in binding.items()}
        for binding in document["results"].get("bindings", [])
    ]
    return QueryResult(variables, rows)


def query_remote(
    endpoint_url: str, sparql: str, *, default_graph_uri: str | None = None, timeout: float = DEFAULT_TIMEOUT_SECONDS
) -> QueryResult:
    """Run a SELECT query on a remote store with the SPARQL 1.1 Protocol.

    The query sees the server's default graph, which `load_remote` keeps as the union of the article graphs;
    on Virtuoso, which lets a query without FROM see every graph, the union graph is sent as default graph.
    ``default_graph_uri`` sends that SPARQL Protocol parameter instead.
    """
    endpoint = Endpoint.from_url(endpoint_url)
    # The URL-encoded form every SPARQL 1.1 server must take: Virtuoso 7 never answers a direct
    # application/sparql-query POST.
    form = {"query": sparql}
    default_graph = default_graph_uri or endpoint.union_graph
    if default_graph:
        form["default-graph-uri"] = default_graph
    what = "answer a query"
    response = _send(
        _session(),
        "POST",
        endpoint.query_url,
        what,
        data=form,
        headers={"Accept": "application/sparql-results+json"},
        timeout=timeout,
    )
    if not response.ok:
        raise _refused(response, endpoint.query_url, what)
    try:
        document = response.json()
    except ValueError:
        raise StoreError(f"the triple store at {endpoint.query_url} did not answer SPARQL results JSON") from None
    return parse_results_json(document)
