"""The command line end to end: real model, real shapes, real files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pyoxigraph
import pytest
from click.testing import CliRunner, Result
from rdflib import Graph
from spacy.language import Language
from spacy.tokens import Doc

from kgingest.cli import cli
from kgingest.corpus_actors import ACTORS_FILE_STEM
from kgingest.model import Article, Extraction

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
    assert graph_files(tmp_path / "out") == ["good.ttl"]


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


# --- one article's failure stays with it; bad usage is answered before the model loads ----------------------

OTHER_ARTICLES = {
    "a-ferries.txt": "Two ferries were delayed by fog on Monday, the harbour authority in Northport said.\n",
    "b-planted.txt": "Norway said on Friday that it would send two ships to Iceland. PLANTED\n",
    "c-medics.txt": ARTICLE,
}


def planted_crash(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make extraction raise for the one article whose text carries the marker."""
    import kgingest.extract

    real_extract = kgingest.extract.extract

    def extract(doc: Doc, article: Article) -> Extraction:
        if "PLANTED" in article.text:
            raise IndexError("planted by the test")
        return real_extract(doc, article)

    monkeypatch.setattr(kgingest.extract, "extract", extract)


def refuse_to_load(name: str | None = None) -> Language:
    raise AssertionError("the spaCy model was loaded")


def run_in_process(*args: str) -> Result:
    return CliRunner().invoke(cli, ["run", *args], catch_exceptions=False)


def graph_files(folder: Path) -> list[str]:
    """The files of an output folder but its manifest (and any other hidden file) and the corpus actors file."""
    return sorted(p.name for p in folder.iterdir() if not p.name.startswith((".", ACTORS_FILE_STEM)))


def summary_counts(stderr: str) -> str:
    """The summary line's counts of articles, without the figures (triples, time…) after them."""
    return stderr.splitlines()[-1].split("; ")[0]


def error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("kgingest: error:")]


def test_planted_crash_in_one_article_leaves_the_others_written_with_exit_3_and_a_summary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, text in OTHER_ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    planted_crash(monkeypatch)
    result = run_in_process(str(tmp_path), "--out", str(tmp_path / "out"))
    assert result.exit_code == 3, result.stderr
    assert error_lines(result.stderr) == [
        f"kgingest: error: {tmp_path / 'b-planted.txt'}: internal error (IndexError: planted by the test); "
        "please report it"
    ]
    assert "Traceback" not in result.stderr
    assert summary_counts(result.stderr) == (
        "kgingest: 3 articles: 2 written, 0 failed validation, 0 refused, 1 internal error"
    )
    assert graph_files(tmp_path / "out") == ["a-ferries.ttl", "c-medics.ttl"]


def test_fail_fast_stops_at_the_first_failure_and_debug_shows_its_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, text in OTHER_ARTICLES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    planted_crash(monkeypatch)
    result = run_in_process(str(tmp_path), "--out", str(tmp_path / "out"), "--fail-fast", "--debug")
    assert result.exit_code == 3
    assert "Traceback (most recent call last)" in result.stderr and "IndexError: planted by the test" in result.stderr
    assert summary_counts(result.stderr) == (
        "kgingest: 3 articles: 1 written, 0 failed validation, 0 refused, 1 internal error, 1 not processed"
    )
    assert graph_files(tmp_path / "out") == ["a-ferries.ttl"]


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["missing.txt"], "missing.txt: no such file"),
        (["good.txt", "--base-iri", "not an iri"], "--base-iri 'not an iri'"),
        (["good.txt", "--out", "blocker/graphs"], "blocker/graphs: cannot write here"),
        (["good.txt", "--max-chars", "100"], "more than --max-chars 100"),
        (["good.txt", "--published", "someday"], "'someday' is not a date"),
    ],
    ids=["missing-input", "base-iri", "unwritable-out", "too-long", "published"],
)
def test_bad_usage_is_answered_in_one_line_before_the_model_loads(
    args: list[str], named: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("kgingest.parse.load_model", refuse_to_load)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "blocker").write_text("a file where a folder should be", encoding="utf-8")
    result = run_in_process(*args)
    assert result.exit_code == 2
    assert "Traceback" not in result.stderr
    complaints = error_lines(result.stderr) or [line for line in result.stderr.splitlines() if "Error:" in line]
    assert len(complaints) == 1 and named in complaints[0], result.stderr


def test_regression_unwritable_out_is_found_before_any_article_is_processed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Issue 17: the folder was only found unwritable after the whole pipeline had run for every article.
    monkeypatch.setattr("kgingest.parse.load_model", refuse_to_load)
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "blocker").write_text("a file where a folder should be", encoding="utf-8")
    result = run_in_process(str(tmp_path / "good.txt"), "--out", str(tmp_path / "blocker" / "graphs"))
    assert result.exit_code == 2
    assert error_lines(result.stderr) == [
        f"kgingest: error: {tmp_path / 'blocker' / 'graphs'}: cannot write here (Not a directory); choose another --out"
    ]


def test_junk_base_iri_exits_2_with_one_line_and_no_rdflib_warning(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text(ARTICLE, encoding="utf-8")
    result = kgingest("run", "good.txt", "--base-iri", "not an iri", cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "kgingest: error: --base-iri 'not an iri' is not an absolute IRI ending in '/', '#' or ':'; "
        "use one like https://example.org/kg/"
    ]
    assert not (tmp_path / "output").exists() or not any((tmp_path / "output").iterdir())


def test_regression_free_relative_with_stranded_preposition_does_not_crash_the_run(tmp_path: Path) -> None:
    # "what she asked for" used to raise ValueError in the statement content and fail the whole article
    (tmp_path / "stranded.txt").write_text(
        "Grain deal stalls\nThe firm ignored what Tomas Rielo asked for. They gave Marta Kells what she asked for.\n",
        encoding="utf-8",
    )
    result = run_in_process(str(tmp_path), "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.stderr
    assert error_lines(result.stderr) == []
    assert graph_files(tmp_path / "out") == ["stranded.ttl"]
