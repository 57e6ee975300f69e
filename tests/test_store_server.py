"""Real SPARQL servers on loopback: Oxigraph (the `oxigraph` CLI from PyPI) and, when installed, Virtuoso.

Graphs go in over the SPARQL 1.1 Graph Store Protocol and come back through the SPARQL 1.1 Protocol; every
bundled query must give the same rows over HTTP as over the files and the embedded store.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from rdflib import Graph

from kg_samples import sample_graph
from kgingest import store
from kgingest.errors import StoreError
from kgingest.query import QueryResult, select
from kgingest.resources import resource_dir
from kgingest.write import write_graph

# The venv's bin folder is not always on PATH; the oxigraph CLI is installed next to the interpreter.
OXIGRAPH = shutil.which("oxigraph") or shutil.which("oxigraph", path=str(Path(sys.executable).parent))
COUNT_PER_GRAPH = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_until_answering(url: str, process: subprocess.Popen[bytes], seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited with {process.returncode}")
        try:
            requests.get(url, timeout=1)
            return
        except requests.ConnectionError:
            time.sleep(0.1)
    raise RuntimeError(f"no answer from {url} within {seconds} s")


@pytest.fixture
def oxigraph_server(tmp_path: Path) -> Iterator[str]:
    if OXIGRAPH is None:
        pytest.skip("the oxigraph server binary (PyPI package oxigraph) is not installed")
    port = free_port()
    process = subprocess.Popen(
        [OXIGRAPH, "serve", "--location", str(tmp_path / "server-data"), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_answering(url + "/query", process)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


def pipeline_graphs() -> dict[str, Graph]:
    """Two mapped articles that share actors (test_map's extraction under two keys), else hand-made graphs."""
    try:
        from kgingest.map import to_graph
        from test_map import RUN, sample_extraction
    except ImportError:
        return {"first": sample_graph("first"), "second": sample_graph("second")}
    return {key: to_graph(sample_extraction(key=key), RUN) for key in ("first", "second")}


@pytest.fixture
def output_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "out"
    graphs = pipeline_graphs()
    write_graph(graphs["first"], folder / "first.ttl")
    write_graph(graphs["second"], folder / "second.nq", "nquads")
    return folder


def as_multiset(result: QueryResult) -> list[tuple[tuple[str, str], ...]]:
    """Rows as sorted tuples of (variable, N3 term), sorted: order-free, duplicates kept."""
    return sorted(tuple(sorted((k, v.n3()) for k, v in row.items())) for row in result.rows)


def test_graph_store_load_twice_keeps_one_copy_per_article(oxigraph_server: str, output_folder: Path) -> None:
    sizes = {}
    for _ in range(2):
        report = store.load_remote([output_folder], oxigraph_server, chunk_triples=7)
        sizes = {graph.name: graph.triples for graph in report.graphs}
    counted = store.query_remote(oxigraph_server, COUNT_PER_GRAPH)
    assert {str(row["g"]): int(row["n"]) for row in counted.rows} == sizes  # type: ignore[call-overload]


def test_every_bundled_query_gives_the_same_rows_over_http(
    oxigraph_server: str, output_folder: Path, tmp_path: Path
) -> None:
    store.load_remote([output_folder], oxigraph_server)
    store.load([output_folder], tmp_path / "store")
    queries = sorted(resource_dir("queries").glob("*.rq"))
    assert queries, "no bundled queries to compare"
    for path in queries:
        sparql = path.read_text(encoding="utf-8")
        from_files = select(sparql, files=[output_folder])
        over_http = select(sparql, endpoint=oxigraph_server)
        embedded = select(sparql, store_path=tmp_path / "store")
        assert over_http.variables == from_files.variables, path.name
        assert as_multiset(over_http) == as_multiset(from_files), path.name
        assert as_multiset(embedded) == as_multiset(from_files), path.name


def test_gzip_is_used_when_the_server_takes_it(oxigraph_server: str, output_folder: Path) -> None:
    client = store._GraphStoreClient(store.Endpoint.from_url(oxigraph_server), requests.Session(), None, 30)
    graph = store.article_graphs(output_folder / "first.ttl")[0]
    client.put_graph(graph, 1000)
    assert client.use_gzip is True


def test_plain_bodies_when_the_server_refuses_gzip(output_folder: Path) -> None:
    """A loopback server that answers 415 to gzip bodies and 204 to plain ones."""
    import http.server
    import threading

    received: list[tuple[str, str | None]] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_PUT(self) -> None:
            self.rfile.read(int(self.headers.get("Content-Length", 0)))
            encoding = self.headers.get("Content-Encoding")
            received.append(("PUT", encoding))
            self.send_response(415 if encoding == "gzip" else 204)
            self.send_header("Content-Length", "0")
            self.end_headers()

        do_POST = do_PUT

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}"
        store.load_remote([output_folder / "first.ttl"], url, chunk_triples=10)
    finally:
        server.shutdown()
    assert received[:2] == [("PUT", "gzip"), ("PUT", None)]
    assert all(encoding is None for _, encoding in received[1:])


def test_a_refusing_server_is_named_with_its_status(oxigraph_server: str) -> None:
    with pytest.raises(StoreError, match=r"refused.*HTTP 400"):
        store.query_remote(oxigraph_server, "SELECT nonsense")


def test_an_unreachable_server_is_a_store_error(output_folder: Path) -> None:
    url = f"http://127.0.0.1:{free_port()}"
    with pytest.raises(StoreError, match=r"cannot reach the triple store at http://127\.0\.0\.1"):
        store.load_remote([output_folder], url)


def test_credentials_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KGINGEST_STORE_USER", "reader")
    monkeypatch.setenv("KGINGEST_STORE_PASSWORD", "secret")
    monkeypatch.delenv("KGINGEST_STORE_TOKEN", raising=False)
    assert store._session().auth == ("reader", "secret")
    monkeypatch.setenv("KGINGEST_STORE_TOKEN", "t0ken")
    assert store._session().headers["Authorization"] == "Bearer t0ken"


def test_regression_a_truncated_file_no_longer_stops_the_good_ones_over_http(
    oxigraph_server: str, tmp_path: Path
) -> None:
    write_graph(sample_graph("first"), tmp_path / "before" / "first.ttl")
    write_graph(sample_graph("second"), tmp_path / "before" / "second.ttl")
    store.load_remote([tmp_path / "before"], oxigraph_server)
    before = {str(row["g"]): int(row["n"]) for row in store.query_remote(oxigraph_server, COUNT_PER_GRAPH).rows}  # type: ignore[call-overload]
    changed = sample_graph("first", "Runa Holt", "Later, and with more words")
    write_graph(changed, tmp_path / "good.ttl")
    write_graph(sample_graph("second", "Ola Berg", "Not this"), tmp_path / "whole.ttl")
    data = (tmp_path / "whole.ttl").read_bytes()
    (tmp_path / "truncated.ttl").write_bytes(data[: len(data) // 2])
    result = subprocess.run(
        [sys.executable, "-m", "kgingest", "load", "good.ttl", "truncated.ttl", "--endpoint", oxigraph_server],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert result.stderr.startswith("kgingest: error: truncated.ttl: is not valid") and "Traceback" not in result.stderr
    assert "loaded 1 article graph" in result.stdout and "refused 1 input: truncated.ttl" in result.stdout
    after = {str(row["g"]): int(row["n"]) for row in store.query_remote(oxigraph_server, COUNT_PER_GRAPH).rows}  # type: ignore[call-overload]
    first, second = (f"https://w3id.org/kgingest/id/article/{key}" for key in ("first", "second"))
    assert after[second] == before[second]  # the refused file's article is as it was
    assert after[first] == len(changed)  # the good file replaced its article
    labels = store.query_remote(
        oxigraph_server,
        f"SELECT ?label WHERE {{ GRAPH <{first}> {{ ?p a <https://w3id.org/kgingest/ontology#Person> ; "
        "<http://www.w3.org/2000/01/rdf-schema#label> ?label } }",
    )
    assert [str(row["label"]) for row in labels.rows] == ["Runa Holt"]
