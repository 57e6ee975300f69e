"""The pipeline functions: what is written, and what is not when a graph fails the shapes."""

from __future__ import annotations

import gc
import re
from pathlib import Path

import pytest
from rdflib import RDF, Graph
from spacy.language import Language
from spacy.tokens import Doc

from kgingest.corpus import COLLECTOR_THRESHOLD, run_corpus
from kgingest.errors import InternalError, KgingestError, UsageError
from kgingest.model import Article, Extraction, Link
from kgingest.parse import load_model
from kgingest.pipeline import DEFAULT_MAX_CHARS, OUTPUT_FORMATS, Options, Summary, check_base_iri, ingest, ingest_one
from kgingest.read import expand_inputs
from kgingest.vocab import KG, OA
from kgingest.write import FORMATS

ARTICLE = "Chile said on Monday that it had sent 200 soldiers to Peru, officials in Lima confirmed.\n"


def test_a_graph_that_fails_the_shapes_is_not_written_and_exits_1(tmp_path: Path) -> None:
    source = tmp_path / "story.txt"
    source.write_text(ARTICLE, encoding="utf-8")

    def broken_linker(extraction: Extraction) -> tuple[list[Link], list[str]]:
        # A malformed Wikidata id reaches the graph; the shapes reject it.
        return [Link(extraction.actors[0].key, "not-a-qid", 0.9, "test")], []

    outcome = ingest_one(source, Options(out_dir=tmp_path / "out"), load_model(), broken_linker)
    assert outcome.exit_code == 1
    assert outcome.validation is not None and outcome.validation.violations
    assert outcome.written is None
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


def test_a_conforming_graph_is_written_once_under_the_article_key(tmp_path: Path) -> None:
    source = tmp_path / "Story One.txt"
    source.write_text(ARTICLE, encoding="utf-8")
    outcome = ingest_one(source, Options(out_dir=tmp_path / "out", fmt="nt"), load_model())
    assert outcome.exit_code == 0, outcome.validation
    assert outcome.written == tmp_path / "out" / "story-one.nt"
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["story-one.nt"]


def test_the_same_actor_in_two_articles_gets_the_same_iri(tmp_path: Path) -> None:
    nlp = load_model()
    (tmp_path / "a.txt").write_text("Chile said on Monday that it would send aid to Peru.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Peru thanked Chilean officials, President Dina Boluarte said.\n", encoding="utf-8")
    states = []
    for name in ("a.txt", "b.txt"):
        outcome = ingest_one(tmp_path / name, Options(out_dir=tmp_path / "out"), nlp)
        assert outcome.written is not None
        graph = Graph().parse(outcome.written)
        states.append({str(s) for s in graph.subjects(RDF.type, KG.State)})
    base = "https://w3id.org/kgingest/id/actor/state/"
    assert {base + "peru", base + "chile"} <= states[0] & states[1]


# --- failures stay with their article; inputs and options are checked before the model loads ---------------

LONG_PARAGRAPH = (
    "The river authority said on Monday that the northern locks would close for repairs. "
    "\u201cWe will reopen them before the harvest,\u201d its director told a council meeting.\n\n"
)


def refuse_to_load(name: str | None = None) -> Language:
    raise AssertionError("the spaCy model was loaded")


def test_the_formats_checked_before_the_model_loads_are_the_formats_written() -> None:
    assert tuple(FORMATS) == OUTPUT_FORMATS


def test_summary_exit_code_ranks_internal_error_over_refused_over_invalid() -> None:
    assert Summary(inputs=4, written=4).exit_code == 0
    assert Summary(inputs=4, written=3, invalid=1).exit_code == 1
    assert Summary(inputs=4, written=2, invalid=1, refused=1).exit_code == 2
    assert Summary(inputs=4, written=1, invalid=1, refused=1, internal=1).exit_code == 3
    assert Summary(inputs=5, written=1, internal=1).not_processed == 3
    line = Summary(inputs=3, written=1, invalid=0, refused=1, internal=1).line()
    assert line == "3 articles: 1 written, 0 failed validation, 1 refused, 1 internal error"


def test_an_unexpected_exception_in_one_article_is_an_internal_error_and_nothing_is_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kgingest.extract

    real_extract = kgingest.extract.extract

    def planted(doc: Doc, article: Article) -> Extraction:
        if "Peru" in article.text:
            raise IndexError("planted by the test")
        return real_extract(doc, article)

    monkeypatch.setattr(kgingest.extract, "extract", planted)
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        "Norway said on Friday that it would send two ships to Iceland.\n", encoding="utf-8"
    )
    outcomes = ingest(sorted(tmp_path.glob("*.txt")), Options(out_dir=tmp_path / "out"))
    crashed, written = outcomes
    assert isinstance(crashed.error, InternalError) and crashed.exit_code == 3
    assert (
        str(crashed.error)
        == f"{tmp_path / 'a.txt'}: internal error (IndexError: planted by the test); please report it"
    )
    # The crash class names the innermost kgingest frame: the planted function is the test's own.
    assert re.fullmatch(r"IndexError at kgingest/pipeline\.py:\d+ in build_graph", crashed.error.kind)
    assert written.written is not None
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["b.ttl"]
    assert Summary.of(outcomes).exit_code == 3


def test_every_input_is_checked_before_the_model_loads(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("kgingest.parse.load_model", refuse_to_load)
    (tmp_path / "latin.txt").write_bytes("Se\xf1or P\xe9rez spoke.".encode("latin-1"))
    (tmp_path / "sidecar.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "sidecar.meta.json").write_text("{broken", encoding="utf-8")
    (tmp_path / "dated.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "dated.meta.yaml").write_text("published: soon\n", encoding="utf-8")
    (tmp_path / "long.txt").write_text(ARTICLE * 20, encoding="utf-8")
    names = ["missing.txt", "latin.txt", "sidecar.txt", "dated.txt", "long.txt"]
    options = Options(out_dir=tmp_path / "out", max_chars=len(ARTICLE) * 10)
    outcomes = ingest([tmp_path / name for name in names], options)
    assert [o.exit_code for o in outcomes] == [2] * 5
    assert "--max-chars" in str(outcomes[-1].error)


@pytest.mark.parametrize(
    ("options", "complaint"),
    [
        ({"base_iri": "not an iri"}, "--base-iri"),
        ({"base_iri": "https://example.org/kg"}, "ending in '/'"),
        ({"max_chars": 0}, "--max-chars"),
        ({"out_dir": Path("blocker") / "graphs"}, "cannot write here"),
    ],
)
def test_an_option_that_would_fail_every_article_raises_before_the_model_loads(
    options: dict[str, object], complaint: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("kgingest.parse.load_model", refuse_to_load)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "blocker").write_text("a file where a folder should be", encoding="utf-8")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    with pytest.raises(KgingestError, match=re.escape(complaint)) as raised:
        ingest([tmp_path / "a.txt"], Options(**{"out_dir": tmp_path / "out", **options}))  # type: ignore[arg-type]
    assert raised.value.exit_code == 2


@pytest.mark.parametrize("base_iri", ["https://example.org/kg/", "http://example.org/ns#", "urn:example:kg:"])
def test_a_base_iri_that_names_can_be_appended_to_is_accepted(base_iri: str) -> None:
    assert check_base_iri(base_iri) == base_iri


@pytest.mark.parametrize("base_iri", ["", "not an iri", "example.org/kg/", "https://exa mple.org/", "<https://x.org/>"])
def test_a_base_iri_that_is_not_an_absolute_iri_is_a_usage_error(base_iri: str) -> None:
    with pytest.raises(UsageError):
        check_base_iri(base_iri)


def test_a_five_megabyte_article_is_refused_before_the_model_loads_naming_max_chars(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("kgingest.parse.load_model", refuse_to_load)
    big = tmp_path / "big.txt"
    big.write_text(LONG_PARAGRAPH * (5_000_000 // len(LONG_PARAGRAPH) + 1), encoding="utf-8")
    assert big.stat().st_size > 5_000_000
    (outcome,) = ingest([big], Options(out_dir=tmp_path / "out"))
    assert outcome.exit_code == 2 and outcome.written is None
    message = str(outcome.error)
    assert message.startswith(f"{big}: is 5,0") and f"more than --max-chars {DEFAULT_MAX_CHARS:,}" in message
    assert not any((tmp_path / "out").iterdir())


def test_an_article_longer_than_the_model_max_length_is_parsed_whole_when_max_chars_allows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    nlp = load_model()
    monkeypatch.setattr(nlp, "max_length", 1_000)
    source = tmp_path / "long.txt"
    text = LONG_PARAGRAPH * 12
    source.write_text(text, encoding="utf-8")
    outcome = ingest_one(source, Options(out_dir=tmp_path / "out", max_chars=len(text)), nlp)
    assert outcome.written is not None, outcome.error
    graph = Graph().parse(outcome.written)
    # Offsets past the model's limit still point at their characters in the whole text.
    checked = 0
    for anchor in graph.subjects(RDF.type, OA.SpecificResource):
        selectors = list(graph.objects(anchor, OA.hasSelector))
        begin = next(int(v) for sel in selectors for v in graph.objects(sel, OA.start))
        end = next(int(v) for sel in selectors for v in graph.objects(sel, OA.end))
        exact = next(str(v) for sel in selectors for v in graph.objects(sel, OA.exact))
        assert text[begin:end] == exact
        checked += end > 1_000
    assert checked > 10


def test_a_corpus_run_in_this_process_leaves_the_garbage_collector_as_it_found_it(tmp_path: Path) -> None:
    # run_corpus keeps the collector off the loaded model while it runs (corpus.settle_collector), then undoes it.
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "story.txt").write_text(ARTICLE, encoding="utf-8")
    seen: list[tuple[int, int]] = []
    before = gc.get_threshold()
    result = run_corpus(
        expand_inputs([str(tmp_path / "in")]),
        Options(out_dir=tmp_path / "out"),
        on_outcome=lambda _: seen.append((gc.get_freeze_count(), gc.get_threshold()[0])),
    )
    assert result.summary.written == 1
    assert seen and seen[0][0] > 0 and seen[0][1] >= COLLECTOR_THRESHOLD
    assert gc.get_freeze_count() == 0 and gc.get_threshold() == before
