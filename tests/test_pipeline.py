"""The pipeline functions: what is written, and what is not when a graph fails the shapes."""

from __future__ import annotations

from pathlib import Path

from kgingest.model import Extraction, Link
from kgingest.parse import load_model
from kgingest.pipeline import Options, ingest_one

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
