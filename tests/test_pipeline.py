"""The pipeline functions: what is written, and what is not when a graph fails the shapes."""

from __future__ import annotations

from pathlib import Path

from rdflib import RDF, Graph

from kgingest.model import Extraction, Link
from kgingest.parse import load_model
from kgingest.pipeline import Options, ingest_one
from kgingest.vocab import KG

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
