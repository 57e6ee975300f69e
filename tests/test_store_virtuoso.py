"""A real OpenLink Virtuoso 7 on loopback (Debian: apt-get install -y virtuoso-opensource-7-bin).

Graphs go in over Virtuoso's SPARQL 1.1 Graph Store endpoint (/sparql-graph-crud) and come back through its
SPARQL endpoint (/sparql); every bundled query must give the same rows as rdflib over the same files. The
anonymous SPARQL user is granted SPARQL_UPDATE, as a Virtuoso set up for kgingest would be; the DBA account
over digest authentication (/sparql-auth) is checked too.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from string import Template

import pytest
import requests

from kg_samples import sample_graph
from kgingest import store
from kgingest.errors import StoreError
from kgingest.query import select
from kgingest.resources import resource_dir
from kgingest.write import write_graph
from test_store_server import COUNT_PER_GRAPH, as_multiset, pipeline_graphs

VIRTUOSO = shutil.which("virtuoso-t")
ISQL = shutil.which("isql-vt")  # Debian's name for Virtuoso's isql
if VIRTUOSO is None or ISQL is None:
    pytest.skip(
        "Virtuoso (virtuoso-t, isql-vt) is not installed; apt-get install virtuoso-opensource-7-bin",
        allow_module_level=True,
    )

INI_TEMPLATE = Path(__file__).parent / "virtuoso" / "virtuoso.ini.template"
START_SECONDS = 60.0
STOP_SECONDS = 20.0
DBA_PASSWORD = "dba"  # the password a new Virtuoso database gives its DBA


@dataclass(frozen=True)
class Virtuoso:
    http: str  # http://127.0.0.1:PORT
    own_graphs: frozenset[str]  # the graphs Virtuoso made for itself before any load

    @property
    def sparql(self) -> str:
        return f"{self.http}/sparql"


def free_ports(count: int) -> list[int]:
    """``count`` different free loopback ports (all sockets open at once, so none is handed out twice)."""
    sockets = [socket.socket(socket.AF_INET, socket.SOCK_STREAM) for _ in range(count)]
    try:
        for sock in sockets:
            sock.bind(("127.0.0.1", 0))
        return [int(sock.getsockname()[1]) for sock in sockets]
    finally:
        for sock in sockets:
            sock.close()


def log_tail(log: Path) -> str:
    lines = log.read_text(encoding="utf-8", errors="replace").splitlines() if log.exists() else []
    return "\n".join(lines[-15:])


def wait_for_sparql(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    """Return once the SPARQL endpoint answers a query; RuntimeError (with the server's log) otherwise."""
    deadline = time.monotonic() + START_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"virtuoso-t exited with {process.returncode}:\n{log_tail(log)}")
        try:
            # The HTTP listener opens before the SPARQL pages are ready; wait for a real answer.
            if requests.get(url, params={"query": "ASK {}"}, timeout=2).ok:
                return
        except requests.RequestException:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"Virtuoso did not answer at {url} within {START_SECONDS:.0f} s:\n{log_tail(log)}")


def graph_sizes(url: str) -> dict[str, int]:
    counted = store.query_remote(url, COUNT_PER_GRAPH)
    return {str(row["g"]): int(row["n"]) for row in counted.rows}  # type: ignore[call-overload]


def stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=STOP_SECONDS)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=STOP_SECONDS)


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Virtuoso]:
    assert VIRTUOSO is not None and ISQL is not None
    folder = tmp_path_factory.mktemp("virtuoso")
    sql_port, http_port = free_ports(2)
    ini = folder / "virtuoso.ini"
    template = Template(INI_TEMPLATE.read_text(encoding="utf-8"))
    ini.write_text(template.substitute(folder=folder, sql_port=sql_port, http_port=http_port), encoding="utf-8")
    log = folder / "virtuoso.log"
    # +foreground keeps the server our child, so that terminate() reaches it.
    process = subprocess.Popen(
        [VIRTUOSO, "+configfile", str(ini), "+foreground"],
        cwd=folder,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    http = f"http://127.0.0.1:{http_port}"
    try:
        wait_for_sparql(f"{http}/sparql", process, log)
        granted = subprocess.run(
            [ISQL, f"127.0.0.1:{sql_port}", "dba", DBA_PASSWORD, 'exec=grant SPARQL_UPDATE to "SPARQL";'],
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
        # isql exits 0 even when the statement fails; it says "Done." only when it ran.
        assert granted.returncode == 0 and "Done." in granted.stdout, granted.stdout + granted.stderr
        yield Virtuoso(http, frozenset(graph_sizes(f"{http}/sparql")))
    finally:
        stop(process)


@pytest.fixture(scope="module")
def output_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two mapped articles that share actors, and a hand-made one with blank nodes, in three formats."""
    folder = tmp_path_factory.mktemp("out")
    graphs = pipeline_graphs()
    write_graph(graphs["first"], folder / "first.ttl")
    write_graph(graphs["second"], folder / "second.nq", "nquads")
    # Blank nodes make a graph that was appended to instead of replaced grow on every load.
    write_graph(sample_graph("quay-meeting", speaker="Oskar Brenn"), folder / "third.trig", "trig")
    return folder


def test_load_twice_keeps_one_copy_per_article(virtuoso: Virtuoso, output_folder: Path) -> None:
    sizes: dict[str, int] = {}
    for _ in range(2):
        report = store.load_remote([output_folder], virtuoso.sparql, chunk_triples=7)
        sizes = {graph.name: graph.triples for graph in report.graphs}
    assert len(sizes) == 3
    counted = graph_sizes(virtuoso.sparql)
    assert {name: counted.get(name) for name in sizes} == sizes
    # Besides Virtuoso's own graphs and the articles there is only kgingest's union graph, holding the set
    # union of the article graphs: every distinct triple once.
    assert set(counted) - virtuoso.own_graphs - set(sizes) == {store.UNION_GRAPH}
    distinct = store.query_remote(
        virtuoso.sparql,
        "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } "
        f"FILTER (?g IN ({', '.join(f'<{name}>' for name in sorted(sizes))})) }} }}",
    )
    assert counted[store.UNION_GRAPH] == int(distinct.rows[0]["n"])  # type: ignore[call-overload]
    assert counted[store.UNION_GRAPH] < sum(sizes.values())  # the two mapped articles share actor triples


def test_loading_again_replaces_the_article_graph(virtuoso: Virtuoso, tmp_path: Path) -> None:
    path = tmp_path / "pier.ttl"
    person_labels = (
        "SELECT ?label WHERE { ?person a <https://w3id.org/kgingest/ontology#Person> ; "
        "<http://www.w3.org/2000/01/rdf-schema#label> ?label }"
    )
    article = "https://w3id.org/kgingest/id/article/pier-talks"
    write_graph(sample_graph("pier-talks", speaker="Mirela Dusk"), path)
    store.load_remote([path], virtuoso.sparql)
    write_graph(sample_graph("pier-talks", speaker="Anton Reel", said="Not before spring"), path)
    report = store.load_remote([path], virtuoso.sparql)
    assert graph_sizes(virtuoso.sparql)[article] == report.triples
    labels = {str(row["label"]) for row in store.query_remote(virtuoso.sparql, person_labels).rows}
    assert "Anton Reel" in labels
    assert "Mirela Dusk" not in labels  # gone from the union graph too


def test_every_bundled_query_gives_the_same_rows_over_http(virtuoso: Virtuoso, output_folder: Path) -> None:
    store.load_remote([output_folder], virtuoso.sparql)
    queries = sorted(resource_dir("queries").glob("*.rq"))
    assert queries, "no bundled queries to compare"
    for path in queries:
        sparql = path.read_text(encoding="utf-8")
        from_files = select(sparql, files=[output_folder])
        over_http = select(sparql, endpoint=virtuoso.sparql)
        assert from_files.rows, f"{path.name} gives no rows over the sample output, so compares nothing"
        assert over_http.variables == from_files.variables, path.name
        assert as_multiset(over_http) == as_multiset(from_files), path.name


def test_literals_come_back_exactly(virtuoso: Virtuoso, output_folder: Path) -> None:
    """Language tags, a double's lexical form, dates, quotes, newlines and non-ASCII text survive Virtuoso."""
    store.load_remote([output_folder], virtuoso.sparql)
    sparql = (
        "SELECT ?s ?p ?o WHERE { ?s ?p ?o FILTER (isLiteral(?o) && !isBlank(?s) "
        '&& STRSTARTS(STR(?s), "https://w3id.org/kgingest/id/article/quay-meeting")) }'
    )
    from_files = select(sparql, files=[output_folder])
    assert len(from_files.rows) >= 5
    assert as_multiset(select(sparql, endpoint=virtuoso.sparql)) == as_multiset(from_files)


def test_virtuoso_refuses_gzip_bodies_and_gets_plain_ones(virtuoso: Virtuoso, output_folder: Path) -> None:
    endpoint = store.Endpoint.from_url(virtuoso.sparql)
    client = store._GraphStoreClient(endpoint, requests.Session(), None, 30)
    client.put_graph(store.article_graphs(output_folder / "first.ttl")[0], 1000)
    assert client.use_gzip is False


def test_the_dba_loads_over_digest_authentication(
    virtuoso: Virtuoso, output_folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("KGINGEST_STORE_TOKEN", raising=False)
    monkeypatch.delenv("KGINGEST_STORE_USER", raising=False)
    authenticated = f"{virtuoso.http}/sparql-auth"
    with pytest.raises(StoreError, match=r"HTTP 401"):
        store.load_remote([output_folder / "third.trig"], authenticated)
    monkeypatch.setenv("KGINGEST_STORE_USER", "dba")
    monkeypatch.setenv("KGINGEST_STORE_PASSWORD", DBA_PASSWORD)
    monkeypatch.setenv("KGINGEST_STORE_AUTH", "digest")
    report = store.load_remote([output_folder / "third.trig"], authenticated)
    assert report.target == f"{virtuoso.http}/sparql-graph-crud-auth"
    sizes = graph_sizes(authenticated)
    assert {graph.name: sizes.get(graph.name) for graph in report.graphs} == {
        graph.name: graph.triples for graph in report.graphs
    }
