"""The evaluator's rules, and the eval on the dev corpus as a quality gate."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from rdflib import Graph

from kgingest.eval import (
    EvalReport,
    evaluate,
    fold_name,
    format_report,
    max_matching,
    score_article,
    thresholds_met,
)
from kgingest.map import to_graph
from kgingest.model import (
    Actor,
    ActorType,
    Article,
    ArticleMeta,
    Extraction,
    Mode,
    Precision,
    RunInfo,
    Span,
    Statement,
    TimeValue,
)
from kgingest.parse import load_model
from kgingest.pipeline import build_graph, run_info
from kgingest.read import read_article

DEV = Path(__file__).parent / "corpus" / "dev"
RUN = RunInfo("0.0.0", "test_model", "1.0", dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc))


def test_names_fold_case_quotes_the_and_possessive() -> None:
    assert fold_name("The  Kremlin") == "kremlin"
    assert fold_name("Norway’s") == "norway"
    assert fold_name("“Big Four”") == '"big four"'
    assert fold_name("theatre") == "theatre"


def test_max_matching_finds_the_larger_assignment() -> None:
    # A greedy pass would give left 0 the right 0 and leave left 1 unmatched.
    fits = {(0, 0), (0, 1), (1, 0)}
    assert max_matching(2, 2, lambda i, j: (i, j) in fits) == {0: 1, 1: 0}


def _extraction(text: str, actors: list[Actor], statements: list[Statement]) -> Extraction:
    article = Article("t", "t.txt", text, ArticleMeta(published=dt.date(2024, 5, 3)), "0" * 64)
    return Extraction(article, actors=actors, statements=statements)


def _span(text: str, part: str) -> Span:
    begin = text.index(part)
    return Span(begin, begin + len(part), part)


def test_duplicate_actor_and_wrong_speaker_count_against_precision() -> None:
    text = "Norway said on Friday that Oslo would send aid. Norwegian officials agreed."
    norway = Actor("state/norway", ActorType.STATE, "Norway", ["Norwegian"], [_span(text, "Norway")])
    duplicate = Actor("organization/norwegian", ActorType.ORGANIZATION, "Norwegian", [], [_span(text, "Norwegian")])
    said = Statement(
        key="s1", speaker="organization/norwegian", cue=_span(text, "said"), cue_lemma="say", mode=Mode.INDIRECT,
        content=_span(text, "Oslo would send aid"),
        date=TimeValue(dt.date(2024, 5, 3), dt.date(2024, 5, 3), Precision.DAY),
    )
    graph = to_graph(_extraction(text, [norway, duplicate], [said]), RUN)
    gold = {
        "actors": [{"key": "norway", "type": "State", "name": "Norway", "aliases": ["Norwegian"]}],
        "statements": [{"key": "s", "speakers": ["norway"], "cue": "said", "date": "2024-05-03",
                        "mode": "indirect", "evidence": "Oslo would send aid"}],
    }
    result = score_article("t.txt", text, graph, gold)
    actors, statements = result.scores["actors"], result.scores["statements"]
    assert (actors.recall, actors.precision) == (1.0, 0.5)
    assert (statements.recall, statements.precision) == (0.0, 0.0)  # speaker is the wrong actor


def test_statement_overlapping_an_optional_gold_statement_is_not_an_error() -> None:
    text = "Analysts believe the talks will fail."
    group = Actor("group/analysts", ActorType.GROUP, "Analysts", [], [_span(text, "Analysts")])
    believe = Statement(
        key="s1", speaker="group/analysts", cue=_span(text, "believe"), cue_lemma="believe", mode=Mode.INDIRECT,
        content=_span(text, "the talks will fail"),
        date=TimeValue(None, None, Precision.DAY, assumed=True),
    )
    graph = to_graph(_extraction(text, [group], [believe]), RUN)
    gold = {"actors": [], "statements": [{"key": "s", "speakers": ["nobody"], "mode": "indirect", "optional": True,
                                          "evidence": "the talks will fail"}]}
    score = score_article("t.txt", text, graph, gold).scores["statements"]
    assert (score.gold, score.extracted) == (0, 0)


@pytest.fixture(scope="module")
def dev_report() -> EvalReport:
    nlp = load_model()

    def graph_for(path: Path, published: dt.date | None) -> tuple[str, Graph]:
        article = read_article(path, published=published)
        _, graph, _ = build_graph(article, nlp, run=run_info(nlp, path))
        return article.text, graph

    return evaluate(DEV, graph_for)


# Tolerances, not targets: the four dev articles are small, so a gate of 1.0 would reward fitting them. The
# levels at the time the gate was set (kgingest eval tests/corpus/dev): actors F1 0.99 (64 gold), roles 0.97
# (16), statements 0.99 (46), deployments 1.00 (2), deployment slots 1.00 (9/9), statement dates 1.00 (20/20),
# statement modes 0.98 (47/48). Each floor leaves room for an error or two; with 2 gold deployments, 0.75
# lets one extra deployment through but not a missed one.
QUALITY_GATE = [
    ("actors", "f1", 0.9),
    ("roles", "f1", 0.85),
    ("statements", "f1", 0.9),
    ("deployments", "f1", 0.75),
]
ACCURACY_GATE = [
    ("statement date", 0.9),
    ("statement mode", 0.9),
    ("deployment slots", 0.85),
]


def test_dev_corpus_meets_the_quality_gate(dev_report: EvalReport) -> None:
    failed = thresholds_met(dev_report, QUALITY_GATE)
    assert not failed, format_report(dev_report, details=True)


def test_dev_accuracies_meet_the_gate(dev_report: EvalReport) -> None:
    total = dev_report.total()
    values = {name: total.accuracy(name).value for name, _ in ACCURACY_GATE}
    low = [f"{name} {values[name]:.2f} < {floor:.2f}" for name, floor in ACCURACY_GATE if values[name] < floor]
    assert not low, format_report(dev_report, details=True)


def test_report_lists_every_category(dev_report: EvalReport) -> None:
    text = format_report(dev_report)
    for category in ("actors", "roles", "statements", "deployments"):
        assert category in text
    assert "total" in text


def test_no_gate_demands_a_perfect_score_on_the_dev_articles() -> None:
    assert all(floor < 1.0 for _, _, floor in QUALITY_GATE)
    assert all(floor < 1.0 for _, floor in ACCURACY_GATE)
