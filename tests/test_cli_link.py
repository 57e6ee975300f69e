"""`kgingest run --link` and `kgingest link` end to end, against the loopback Wikidata fixture."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import SKOS

from wikidata_server import WikidataFixtureServer, refused_endpoint

PROGRESS_LINE = re.compile(r"(kgingest: )?\d+/\d+ articles, ")

WD = "http://www.wikidata.org/entity/"


def kgingest(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kgingest", *args], cwd=cwd, capture_output=True, text=True, timeout=600
    )


@pytest.fixture(scope="module")
def server() -> Iterator[WikidataFixtureServer]:
    with WikidataFixtureServer() as running:
        yield running


def linked_items(path: Path) -> set[str]:
    graph = Graph().parse(path)
    return {str(o) for o in graph.objects(None, SKOS.exactMatch) if isinstance(o, URIRef) and str(o).startswith(WD)}


def test_run_link_links_the_bundled_article_and_a_second_run_asks_nothing(
    server: WikidataFixtureServer, tmp_path: Path
) -> None:
    options = ["--link", "--wikidata-endpoint", server.endpoint, "--cache-dir", str(tmp_path / "cache")]
    first = kgingest("run", "--out", "one", *options, cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    items = linked_items(tmp_path / "one" / "000_3c2cfa3121e2e0b7.ttl")
    assert {WD + "Q423", WD + "Q159"} <= items  # the two states the article is about
    asked = len(server.requests)
    assert asked > 0
    second = kgingest("run", "--out", "two", *options, cwd=tmp_path)
    assert second.returncode == 0, second.stderr
    assert len(server.requests) == asked  # everything came from the cache
    assert (tmp_path / "one" / "000_3c2cfa3121e2e0b7.ttl").read_bytes() == (
        tmp_path / "two" / "000_3c2cfa3121e2e0b7.ttl"
    ).read_bytes()
    rows = kgingest("query", "actors", "--data", "one", "--format", "csv", cwd=tmp_path)
    assert WD + "Q423" in rows.stdout


def test_run_link_with_wikidata_unreachable_writes_the_unlinked_graph_and_exits_0(tmp_path: Path) -> None:
    result = kgingest(
        "run",
        "--out",
        "out",
        "--link",
        "--wikidata-endpoint",
        refused_endpoint(),
        "--cache-dir",
        str(tmp_path / "cache"),
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    # On a loaded machine a plain progress line may come before the summary; it is no note.
    lines = [line for line in result.stderr.splitlines() if line.strip() and not PROGRESS_LINE.match(line)]
    *notes, summary = lines
    counts, figures = summary.split("; ")
    assert counts == "kgingest: 1 article: 1 written, 0 failed validation, 0 refused, 0 internal errors"
    assert re.fullmatch(r"\d+ triples, \d+ statements?, \d+ deployments?, \d+ warnings?, [\d.]+ s", figures)
    assert len(notes) == 1, result.stderr
    assert "not linked" in notes[0] and "cannot connect" in notes[0]
    assert linked_items(tmp_path / "out" / "000_3c2cfa3121e2e0b7.ttl") == set()


def test_link_command_links_a_graph_already_written(server: WikidataFixtureServer, tmp_path: Path) -> None:
    assert kgingest("run", "--out", "out", cwd=tmp_path).returncode == 0
    written = tmp_path / "out" / "000_3c2cfa3121e2e0b7.ttl"
    assert linked_items(written) == set()
    result = kgingest(
        "link",
        str(written),
        "--wikidata-endpoint",
        server.endpoint,
        "--cache-dir",
        str(tmp_path / "cache"),
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    assert WD + "Q423" in linked_items(written)
    assert kgingest("validate", str(written), cwd=tmp_path).returncode == 0
