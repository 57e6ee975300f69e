"""The command line end to end: real model, real shapes, real files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import Graph

ARTICLE = (
    "Estonia sends medics to Latvia\n"
    "Estonia has sent 40 army medics to Latvia to support its hospitals, Defence Minister Hanno Pevkur said on "
    "Tuesday. “Our neighbours asked and we answered,” Pevkur told reporters in Tallinn.\n"
)


def kgingest(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "kgingest", *args], cwd=cwd, capture_output=True, text=True, timeout=600
    )


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("cli")


def test_run_without_input_ingests_the_bundled_article(workdir: Path) -> None:
    result = kgingest("run", "--out", "out", cwd=workdir)
    assert result.returncode == 0, result.stderr
    written = workdir / "out" / "000_3c2cfa3121e2e0b7.ttl"
    assert written.is_file()
    graph = Graph().parse(written, format="turtle")
    assert len(graph) > 50
    # A second, independent parser reads the same number of triples.
    assert len(list(pyoxigraph.parse(path=str(written), format=pyoxigraph.RdfFormat.TURTLE))) == len(graph)


def test_two_runs_give_byte_identical_files(workdir: Path) -> None:
    first = kgingest("run", "--out", "a", cwd=workdir)
    second = kgingest("run", "--out", "b", cwd=workdir)
    assert first.returncode == second.returncode == 0
    a = (workdir / "a" / "000_3c2cfa3121e2e0b7.ttl").read_bytes()
    b = (workdir / "b" / "000_3c2cfa3121e2e0b7.ttl").read_bytes()
    assert a == b


def test_bad_inputs_are_reported_and_good_ones_still_go_through(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PK\x03\x04")
    (tmp_path / "latin.txt").write_bytes("Señor Pérez spoke.".encode("latin-1"))
    (tmp_path / "sidecar.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "sidecar.meta.json").write_text("{broken", encoding="utf-8")
    (tmp_path / "dated.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "dated.meta.yaml").write_text("published: next week\n", encoding="utf-8")
    names = ["empty.txt", "missing.txt", "binary.txt", "good.txt", "latin.txt", "sidecar.txt", "dated.txt"]
    result = kgingest("run", *names, "--out", "out", cwd=tmp_path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    error_lines = [line for line in result.stderr.splitlines() if line.startswith("kgingest: error:")]
    assert len(error_lines) == 6, result.stderr
    for bad in ("empty.txt", "missing.txt", "binary.txt", "latin.txt", "sidecar.meta.json", "dated.meta.yaml"):
        assert any(bad in line for line in error_lines), bad
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["good.ttl"]


def test_unparseable_published_flag_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    result = kgingest("run", "good.txt", "--published", "yesterday-ish", cwd=tmp_path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "output").exists()


def test_query_formats_over_the_output(workdir: Path) -> None:
    if not (workdir / "out").exists():
        assert kgingest("run", "--out", "out", cwd=workdir).returncode == 0
    as_json = kgingest("query", "actors", "--data", "out", "--format", "json", cwd=workdir)
    assert as_json.returncode == 0, as_json.stderr
    document = json.loads(as_json.stdout)
    assert document["head"]["vars"][:4] == ["actor", "type", "label", "alias"]
    assert document["results"]["bindings"]
    as_csv = kgingest("query", "actors", "--data", "out", "--format", "csv", cwd=workdir)
    assert as_csv.stdout.splitlines()[0] == ",".join(document["head"]["vars"])
    missing = kgingest("query", "no-such-query.rq", cwd=workdir)
    assert missing.returncode == 2
    assert "no such query" in missing.stderr


def test_validate_reports_conformance_and_unparseable_files(workdir: Path, tmp_path: Path) -> None:
    if not (workdir / "out").exists():
        assert kgingest("run", "--out", "out", cwd=workdir).returncode == 0
    good = kgingest("validate", str(workdir / "out" / "000_3c2cfa3121e2e0b7.ttl"), cwd=workdir)
    assert good.returncode == 0, good.stdout + good.stderr
    broken = tmp_path / "broken.ttl"
    broken.write_text("@prefix : <x> . :a :b", encoding="utf-8")
    bad = kgingest("validate", str(broken), cwd=tmp_path)
    assert bad.returncode == 2
    assert "broken.ttl" in bad.stderr


def test_version_and_help() -> None:
    version = subprocess.run([sys.executable, "-m", "kgingest", "--version"], capture_output=True, text=True)
    assert version.returncode == 0 and "kgingest" in version.stdout
    helptext = subprocess.run([sys.executable, "-m", "kgingest", "--help"], capture_output=True, text=True)
    assert "Examples:" in helptext.stdout and "kgingest run" in helptext.stdout


def test_regression_unwritable_output_folder_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "blocker").write_text("a file where a folder should be", encoding="utf-8")
    result = kgingest("run", "good.txt", "--out", "blocker/graphs", cwd=tmp_path)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert result.stderr.count("kgingest: error:") == 1 and "blocker/graphs" in result.stderr
