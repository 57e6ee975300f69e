"""The evaluator's rules, and the eval on the dev corpus as a quality gate."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml
from rdflib import Graph

from kgingest.errors import InputError, UsageError
from kgingest.eval import (
    ArticleSelection,
    EvalReport,
    evaluate,
    fold_name,
    format_report,
    max_matching,
    read_names_file,
    score_article,
    select_articles,
    stratified_sample,
    thresholds_met,
)
from kgingest.map import to_graph
from kgingest.model import (
    Actor,
    ActorType,
    Article,
    ArticleMeta,
    Deployment,
    Extraction,
    Mode,
    Precision,
    Role,
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
        key="s1",
        speaker="organization/norwegian",
        cue=_span(text, "said"),
        cue_lemma="say",
        mode=Mode.INDIRECT,
        content=_span(text, "Oslo would send aid"),
        date=TimeValue(dt.date(2024, 5, 3), dt.date(2024, 5, 3), Precision.DAY),
    )
    graph = to_graph(_extraction(text, [norway, duplicate], [said]), RUN)
    gold = {
        "actors": [{"key": "norway", "type": "State", "name": "Norway", "aliases": ["Norwegian"]}],
        "statements": [
            {
                "key": "s",
                "speakers": ["norway"],
                "cue": "said",
                "date": "2024-05-03",
                "mode": "indirect",
                "evidence": "Oslo would send aid",
            }
        ],
    }
    result = score_article("t.txt", text, graph, gold)
    actors, statements = result.scores["actors"], result.scores["statements"]
    assert (actors.recall, actors.precision) == (1.0, 0.5)
    assert (statements.recall, statements.precision) == (0.0, 0.0)  # speaker is the wrong actor


def test_statement_overlapping_an_optional_gold_statement_is_not_an_error() -> None:
    text = "Analysts believe the talks will fail."
    group = Actor("group/analysts", ActorType.GROUP, "Analysts", [], [_span(text, "Analysts")])
    believe = Statement(
        key="s1",
        speaker="group/analysts",
        cue=_span(text, "believe"),
        cue_lemma="believe",
        mode=Mode.INDIRECT,
        content=_span(text, "the talks will fail"),
        date=TimeValue(None, None, Precision.DAY, assumed=True),
    )
    graph = to_graph(_extraction(text, [group], [believe]), RUN)
    gold = {
        "actors": [],
        "statements": [
            {
                "key": "s",
                "speakers": ["nobody"],
                "mode": "indirect",
                "optional": True,
                "evidence": "the talks will fail",
            }
        ],
    }
    score = score_article("t.txt", text, graph, gold).scores["statements"]
    assert (score.gold, score.extracted) == (0, 0)


def test_optional_gold_role_is_neither_needed_nor_an_error() -> None:
    text = "Senator Ada Pell and Mayor Rui Tam met the candidate Lev Orr."
    actors = [
        Actor(f"person/{name.lower().replace(' ', '-')}", ActorType.PERSON, name, [], [_span(text, name)])
        for name in ("Ada Pell", "Rui Tam", "Lev Orr")
    ]
    extraction = _extraction(text, actors, [])
    extraction.roles = [
        Role("person/ada-pell", "Senator", None, _span(text, "Senator Ada Pell")),
        Role("person/lev-orr", "candidate", None, _span(text, "the candidate Lev Orr")),
    ]
    graph = to_graph(extraction, RUN)
    gold = {
        "actors": [
            {"key": "pell", "type": "Person", "name": "Ada Pell"},
            {"key": "tam", "type": "Person", "name": "Rui Tam"},
            {"key": "orr", "type": "Person", "name": "Lev Orr"},
        ],
        "roles": [
            {"holder": "pell", "title": "Senator", "evidence": "Senator Ada Pell"},
            {"holder": "tam", "title": "Mayor", "evidence": "Mayor Rui Tam", "optional": True},
            {"holder": "orr", "title": "candidate", "evidence": "the candidate Lev Orr", "optional": True},
        ],
    }
    score = score_article("t.txt", text, graph, gold).scores["roles"]
    # The missed optional mayor costs no recall; the matched optional candidate costs no precision.
    assert (score.gold, score.found_gold, score.extracted, score.correct_extracted) == (1, 1, 2, 2)


@pytest.mark.parametrize(
    ("date", "left_undated"),
    [
        (TimeValue(dt.date(2024, 5, 3), dt.date(2024, 5, 3), Precision.DAY), False),
        (TimeValue(dt.date(2024, 5, 6), dt.date(2024, 5, 6), Precision.DAY, assumed=True), True),
    ],
)
def test_a_day_claimed_where_gold_has_none_counts_against_left_undated(date: TimeValue, left_undated: bool) -> None:
    text = "Ana Ruiz said the ferry would stop."
    ruiz = Actor("person/ana-ruiz", ActorType.PERSON, "Ana Ruiz", [], [_span(text, "Ana Ruiz")])
    said = Statement(
        key="s1",
        speaker="person/ana-ruiz",
        cue=_span(text, "said"),
        cue_lemma="say",
        mode=Mode.INDIRECT,
        content=_span(text, "the ferry would stop"),
        date=date,
    )
    graph = to_graph(_extraction(text, [ruiz], [said]), RUN)
    gold = {
        "actors": [{"key": "ruiz", "type": "Person", "name": "Ana Ruiz"}],
        "statements": [
            {"key": "s", "speakers": ["ruiz"], "mode": "indirect", "date": None, "evidence": "the ferry would stop"}
        ],
    }
    result = score_article("t.txt", text, graph, gold)
    assert result.accuracy("statement left undated").right == int(left_undated)
    assert result.accuracy("statement left undated").total == 1
    assert "statement date" not in result.accuracies


def _deployment_article() -> tuple[str, Graph]:
    text = "Norway said on Friday that it sent 200 soldiers to Latvia. The minister praised them."
    norway = Actor("state/norway", ActorType.STATE, "Norway", [], [_span(text, "Norway")])
    minister = Actor("person/minister", ActorType.PERSON, "The minister", [], [_span(text, "The minister")])
    said = Statement(
        key="s1",
        speaker="state/norway",
        cue=_span(text, "said"),
        cue_lemma="say",
        mode=Mode.INDIRECT,
        content=_span(text, "it sent 200 soldiers to Latvia"),
        date=TimeValue(dt.date(2024, 5, 3), dt.date(2024, 5, 3), Precision.DAY),
    )
    sent = Deployment("d1", "state/norway", anchors=[_span(text, "sent 200 soldiers")], triggers=[_span(text, "sent")])
    extraction = _extraction(text, [norway, minister], [said])
    extraction.deployments = [sent]
    return text, to_graph(extraction, RUN)


DEPLOYMENT_GOLD = {
    "actors": [{"key": "norway", "type": "State", "name": "Norway"}],
    "deployments": [{"key": "d", "sender": "norway", "evidence": ["sent 200 soldiers to Latvia"]}],
}


def test_scope_deployments_only_leaves_actors_roles_and_statements_unscored() -> None:
    # Regression: a gold file with document.scope [deployments] was scored in every category, giving P 0.00 rows.
    text, graph = _deployment_article()
    gold = {"document": {"scope": ["deployments"]}, **DEPLOYMENT_GOLD}
    result = score_article("t.txt", text, graph, gold)
    assert result.scope == {"deployments"}
    for category in ("actors", "roles", "statements"):
        assert (result.scores[category].extracted, result.scores[category].gold) == (0, 0)
    # Gold actors still fill the deployment's sender slot by name.
    deployments = result.scores["deployments"]
    assert (deployments.precision, deployments.recall) == (1.0, 1.0)
    report = format_report(EvalReport([result, score_article("u.txt", text, graph, gold)]))
    assert " deployments " in report
    assert not any(f" {category} " in report for category in ("actors", "roles", "statements"))


def test_slot_accuracy_is_reported_per_slot_on_the_total_row_only() -> None:
    text, graph = _deployment_article()
    wrong_count = {**DEPLOYMENT_GOLD["deployments"][0], "location": "latvia", "troops_min": 300}
    gold = {**DEPLOYMENT_GOLD, "deployments": [wrong_count]}
    gold["actors"] = [*gold["actors"], {"key": "latvia", "type": "State", "name": "Latvia"}]
    articles = [score_article(name, text, graph, gold) for name in ("t.txt", "u.txt")]
    lines = format_report(EvalReport(articles)).splitlines()
    per_slot = [line for line in lines if "slot troops_min" in line]
    assert len(per_slot) == 1 and per_slot[0].startswith("total") and "(0/2)" in per_slot[0]
    assert not any(line.startswith("t.txt") and "slot troops_min" in line for line in lines)


def test_without_scope_every_category_is_scored() -> None:
    text, graph = _deployment_article()
    result = score_article("t.txt", text, graph, DEPLOYMENT_GOLD)
    assert (result.scores["actors"].extracted, result.scores["statements"].extracted) == (2, 1)
    assert result.scores["actors"].precision == 0.5


def test_total_scores_a_category_only_over_the_articles_whose_scope_holds_it() -> None:
    text, graph = _deployment_article()
    full = score_article("full.txt", text, graph, DEPLOYMENT_GOLD)
    narrow = score_article("narrow.txt", text, graph, {"document": {"scope": ["deployments"]}, **DEPLOYMENT_GOLD})
    total = EvalReport([full, narrow]).total()
    assert total.scores["actors"].extracted == 2  # the narrow article's two actors are not counted
    assert total.scores["deployments"].extracted == 2


def test_unknown_scope_category_is_an_input_error() -> None:
    text, graph = _deployment_article()
    with pytest.raises(InputError, match="scope"):
        score_article("t.txt", text, graph, {"document": {"scope": ["quotes"]}, **DEPLOYMENT_GOLD})


def test_an_article_whose_run_fails_counts_with_nothing_extracted(tmp_path: Path) -> None:
    for name in ("good", "bad"):
        (tmp_path / f"{name}.txt").write_text("Norway said it would help.\n", encoding="utf-8")
        gold = {"actors": [{"key": "norway", "type": "State", "name": "Norway"}]}
        (tmp_path / f"{name}.gold.yaml").write_text(yaml.safe_dump(gold), encoding="utf-8")
    text = "Norway said it would help.\n"
    graph = to_graph(_extraction(text, [Actor("state/norway", ActorType.STATE, "Norway", [], [])], []), RUN)

    def graph_for(path: Path, published: dt.date | None) -> tuple[str, Graph]:
        if path.stem == "bad":
            raise IndexError("list index out of range")
        return text, graph

    report = evaluate(tmp_path, graph_for)
    bad = next(a for a in report.articles if a.name == "bad.txt")
    assert bad.failure == "IndexError: list index out of range"
    assert (bad.scores["actors"].gold, bad.scores["actors"].extracted) == (1, 0)
    assert report.total().scores["actors"].recall == 0.5
    assert "run failed on 1 article(s)" in format_report(report)


def test_selection_keeps_listed_names_then_a_seeded_sample(tmp_path: Path) -> None:
    names = [f"a{i:02d}" for i in range(20)]
    sample = select_articles(names, ArticleSelection(sample=5, seed=3), tmp_path)
    assert len(sample) == 5 and sample == sorted(sample)
    assert sample == select_articles(names, ArticleSelection(sample=5, seed=3), tmp_path)
    assert sample != select_articles(names, ArticleSelection(sample=5, seed=4), tmp_path)
    listed = frozenset(names[:8])
    assert set(select_articles(names, ArticleSelection(listed, sample=3), tmp_path)) <= listed
    assert select_articles(names, ArticleSelection(listed), tmp_path) == names[:8]


def test_selection_rejects_a_name_not_in_the_folder_and_an_empty_sample(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not in this folder"):
        select_articles(["a", "b"], ArticleSelection(frozenset({"a", "c"})), tmp_path)
    with pytest.raises(UsageError, match="--sample"):
        select_articles(["a", "b"], ArticleSelection(sample=0), tmp_path)


def test_names_file_skips_comments_and_blank_lines_and_accepts_txt_names(tmp_path: Path) -> None:
    names_file = tmp_path / "names.txt"
    names_file.write_text("# a comment\n\nfirst\nsecond.txt  # trailing note\n", encoding="utf-8")
    assert read_names_file(names_file) == {"first", "second"}


def test_stratified_sample_takes_each_stratum_in_proportion() -> None:
    names = [f"{group}_{i:03d}" for group in ("a", "b", "c") for i in range(30)] + [f"d_{i:03d}" for i in range(10)]
    # Shares 6.3, 6.3, 6.3 and 2.1: one slot is left after the whole parts and goes to a larger remainder.
    chosen = stratified_sample(names, 21, "seed", lambda name: name.split("_")[0])
    counts = {group: sum(n.startswith(group + "_") for n in chosen) for group in "abcd"}
    assert len(chosen) == 21 and counts["d"] == 2
    assert sorted(counts[g] for g in "abc") == [6, 6, 7]
    assert chosen == stratified_sample(reversed(names), 21, "seed", lambda name: name.split("_")[0])


def _evaluate_pipeline(corpus: Path) -> EvalReport:
    """The whole pipeline over ``corpus``, scored against its gold."""
    nlp = load_model()

    def graph_for(path: Path, published: dt.date | None) -> tuple[str, Graph]:
        article = read_article(path, published=published)
        _, graph, _ = build_graph(article, nlp, run=run_info(nlp, path))
        return article.text, graph

    return evaluate(corpus, graph_for)


@pytest.fixture(scope="module")
def dev_report() -> EvalReport:
    return _evaluate_pipeline(DEV)


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


WIKINEWS = Path(__file__).parent / "corpus" / "wikinews"

# The Wikinews gold (issue 13) as a second gate, on its development part only: 40 articles no rule was fitted to
# before they were annotated (27 at first, 13 added blind later). Floors sit a few points under the levels when the
# gate was last set (actors F1 0.89, roles 0.74, statements 0.81), so an ordinary change passes and a real
# regression fails. The check part
# (tests/corpus/wikinews/check) is scored by hand with `kgingest eval`, never gated, so no rule is tuned to it.
WIKINEWS_GATE = [
    ("actors", "f1", 0.86),
    ("roles", "f1", 0.70),
    ("statements", "f1", 0.77),
]


def test_wikinews_development_part_meets_its_gate() -> None:
    report = _evaluate_pipeline(WIKINEWS / "dev")
    assert len(report.articles) == 40
    failed = thresholds_met(report, WIKINEWS_GATE)
    assert not failed, "; ".join(failed)
