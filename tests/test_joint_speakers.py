"""Joint and plural speakers (issue #11): "A and B said", "the two leaders said" after naming them.

Sentences written for these tests (diplomacy, business, sport, courts). The first named speaker stays kg:speaker
(the principal), the others are kg:coSpeaker; the graph, the shapes, the query and both evals read them. The
mapping tests at the end need no spaCy."""

from __future__ import annotations

import datetime as dt

import pytest
from rdflib import Graph
from spacy.language import Language

from kgingest.eval import score_article
from kgingest.eval_polnear import read_statements
from kgingest.extract import extract
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
from kgingest.parse import load_model, parse
from kgingest.query import bundled_query, run_query
from kgingest.read import article_from_text
from kgingest.validate import validate
from kgingest.vocab import KG, PROV

# (text, a word of the cue, the names of its speakers in text order: the principal first)
JOINT: dict[str, tuple[str, str, list[str]]] = {
    # ---- a coordinated subject of the reporting verb
    "diplomacy/titles": (
        "Foreign Minister Petra Linde and Defence Minister Omar Haddad welcomed the ceasefire on Friday.",
        "welcomed",
        ["Petra Linde", "Omar Haddad"],
    ),
    "diplomacy/counterpart": (
        "Chancellor Ida Kessler and her counterpart Jun Ito reaffirmed their support for the grain corridor.",
        "reaffirmed",
        ["Ida Kessler", "Jun Ito"],
    ),
    "diplomacy/surnames": (
        "Talks in Rabat stalled for a week. Kessler and Tanaka condemned the shelling of the port.",
        "condemned",
        ["Kessler", "Tanaka"],
    ),
    "business/three": (
        "Jonas Berg, Clara Wien and Marco Tessel said the merger would close in May.",
        "said",
        ["Jonas Berg", "Clara Wien", "Marco Tessel"],
    ),
    "sport/apposition": (
        "Dana Roe, the club chairman, and coach Ivo Lund said the season was lost.",
        "said",
        ["Dana Roe", "Ivo Lund"],
    ),
    "courts/colleague": (
        "Judge Mara Tull and her colleague Ben Okafor ruled that the contract was void.",
        "ruled",
        ["Mara Tull", "Ben Okafor"],
    ),
    # a modifier naming an employer is no third speaker
    "business/employer-modifier": (
        "Norvik chief Clara Wien and Jonas Berg said the plant would close.",
        "said",
        ["Clara Wien", "Jonas Berg"],
    ),
    # a body named before a title is the title's, no speaker of its own
    "politics/body-before-title": (
        "Jonas Berg and Senate Speaker Ana Pires said the budget would pass.",
        "said",
        ["Jonas Berg", "Ana Pires"],
    ),
    "politics/body-title-second": (
        "Ana Pires and Senate Speaker Jonas Berg said the budget would pass.",
        "said",
        ["Ana Pires", "Jonas Berg"],
    ),
    # names set in apposition to a plural description
    "courts/apposed-names": (
        "Two jurors, Anneli Roos and Kasper Vint, said the verdict had been rushed.",
        "said",
        ["Anneli Roos", "Kasper Vint"],
    ),
    # ---- a counted plural description after a subject naming as many
    "diplomacy/the-two-leaders": (
        "President Anja Morel and Prime Minister Tibor Vass met in Lisbon on Monday.\n\n"
        "The two leaders reaffirmed their commitment to the fisheries accord.",
        "reaffirmed",
        ["Anja Morel", "Tibor Vass"],
    ),
    "sport/both-players": (
        "Selma Varo and Greta Lindqvist signed new contracts with the club on Tuesday. "
        "Both players said the terms were fair.",
        "said",
        ["Selma Varo", "Greta Lindqvist"],
    ),
    "business/the-three-executives": (
        "Marta Olsen, Pieter Kaas and Lucia Ferro resigned from the board of the shipping firm.\n\n"
        "The three executives said the audit had been rushed.",
        "said",
        ["Marta Olsen", "Pieter Kaas", "Lucia Ferro"],
    ),
    "business/the-two-companies": (
        "Acme Freight and Borland Shipping agreed to merge on Monday.\n\n"
        "The two companies said the regulator had cleared the deal.",
        "said",
        ["Acme Freight", "Borland Shipping"],
    ),
}

# (text, a word of the cue, the name the speaker must not be co-spoken with, or must not be)
ALONE: dict[str, tuple[str, str, str]] = {
    # the spokesman of both speaks, not they
    "owners-of-the-speaker": ("Dana Roe and Ivo Lund's spokesman said the deal was off.", "said", "Ivo Lund"),
    # the names joined in the content are what was said, not who said it
    "joined-in-the-object": ("Coach Dana Roe said Ivo Lund and Mara Tull would miss the final.", "said", "Ivo Lund"),
    # a preposition's objects are not speakers: a lawyer of two clients speaks
    "lawyer-for-two": ("A lawyer for Mara Tull and Ben Okafor said the appeal had been filed.", "said", "Ben Okafor"),
    # the talks between two are no speaker; the diplomat is
    "talks-between": (
        "The talks between Petra Linde and Omar Haddad ended without a deal, a diplomat said.",
        "said",
        "Omar Haddad",
    ),
    # an "and" inside a preposition's phrase joins no speakers
    "and-in-a-title": (
        "Norvik vice president for sales and marketing Clara Wien said the plant would close.",
        "said",
        "Norvik",
    ),
    # two descriptions of one named person joined in an apposition
    "apposition-of-two-descriptions": (
        "Marta Olsen, a ferry captain and a Liberal Party member, said the harbour fees were too high.",
        "said",
        "Liberal Party",
    ),
    # a count that does not match the names before it points back to no one of them
    "count-mismatch": (
        "Chancellor Ida Kessler and President Jun Ito met in Geneva on Monday.\n\n"
        "The three leaders said the talks had gone well.",
        "said",
        "Jun Ito",
    ),
    # a noun of another kind: companies are not the two people named
    "kind-mismatch": (
        "Chancellor Ida Kessler and President Jun Ito met in Geneva on Monday.\n\n"
        "The two companies said the talks had gone well.",
        "said",
        "Ida Kessler",
    ),
    # "two leaders" without "the" or "both" is any two, not the two named
    "indefinite-count": (
        "Chancellor Ida Kessler and President Jun Ito met in Geneva. Two leaders said the talks had gone well.",
        "said",
        "Ida Kessler",
    ),
    # names joined two paragraphs back are too far for "the two ministers"
    "too-far-back": (
        "Ministers Ada Rusk and Emil Tarn arrived in Oslo.\n\nThe summit opened late.\n\n"
        "The talks dragged on.\n\nThe two ministers said the deal was close.",
        "said",
        "Ada Rusk",
    ),
}


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model()


def speakers_by_cue(nlp: Language, text: str, cue: str) -> list[list[str]]:
    article = article_from_text(text, "t")
    extraction = extract(parse(article, nlp), article)
    names = {a.key: a.name for a in extraction.actors}
    return [[names[k] for k in s.speakers] for s in extraction.statements if cue in s.cue.text.lower()]


@pytest.mark.parametrize("name", list(JOINT))
def test_joint_speakers(nlp: Language, name: str) -> None:
    text, cue, expected = JOINT[name]
    found = speakers_by_cue(nlp, text, cue)
    assert expected in found, found


@pytest.mark.parametrize("name", list(ALONE))
def test_no_joint_speakers(nlp: Language, name: str) -> None:
    text, cue, not_speaker = ALONE[name]
    found = speakers_by_cue(nlp, text, cue)
    assert found, "the statement itself is still found"
    assert all(not_speaker not in speakers for speakers in found), found
    assert all(len(speakers) == 1 for speakers in found), found


# ---------------------------------------------------------------- mapping, shapes, query and evals (no spaCy)

RUN = RunInfo("0.0.0", "test_model", "1.0", dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc))
TEXT = "Linde and Haddad welcomed the ceasefire. Morel said the ceasefire was fragile."


def _span(part: str, occurrence: int = 0) -> Span:
    begin = -1
    for _ in range(occurrence + 1):
        begin = TEXT.index(part, begin + 1)
    return Span(begin, begin + len(part), part)


def _person(name: str) -> Actor:
    return Actor(f"person/{name.lower()}", ActorType.PERSON, name, [], [_span(name)])


def _statement(key: str, speaker: str, cue: str, content: Span, co_speakers: list[str]) -> Statement:
    day = dt.date(2024, 5, 3)
    return Statement(
        key=key,
        speaker=speaker,
        cue=_span(cue),
        cue_lemma=cue,
        mode=Mode.INDIRECT,
        content=content,
        date=TimeValue(day, day, Precision.DAY),
        co_speakers=co_speakers,
    )


def _graph() -> Graph:
    article = Article("t", "t.txt", TEXT, ArticleMeta(published=dt.date(2024, 5, 3)), "0" * 64)
    joint = _statement("s1", "person/linde", "welcomed", _span("the ceasefire"), ["person/haddad"])
    alone = _statement("s2", "person/morel", "said", _span("the ceasefire was fragile"), [])
    actors = [_person(name) for name in ("Linde", "Haddad", "Morel")]
    return to_graph(Extraction(article, actors=actors, statements=[joint, alone]), RUN)


def _node(graph: Graph, key: str) -> object:
    return next(n for n in graph.subjects(KG.speaker, None) if str(n).endswith(f"/{key}"))


def _last(iris: object) -> list[str]:
    return sorted(str(i).rsplit("/", 1)[-1] for i in iris)  # type: ignore[attr-defined]


def test_a_joint_statement_keeps_one_speaker_and_a_co_speaker_triple_each_and_conforms() -> None:
    graph = _graph()
    joint, alone = _node(graph, "s1"), _node(graph, "s2")
    assert _last(graph.objects(joint, KG.speaker)) == ["linde"]
    assert _last(graph.objects(joint, KG.coSpeaker)) == ["haddad"]
    assert _last(graph.objects(joint, PROV.wasAttributedTo)) == ["haddad", "linde"]
    assert _last(graph.objects(alone, KG.coSpeaker)) == []
    assert validate(graph).violations == []


def test_the_statements_query_gives_one_row_per_statement_with_its_co_speakers() -> None:
    graph = _graph()
    result = run_query(bundled_query("statements"), graph)
    rows = {str(r["statement"]).rsplit("/", 1)[-1]: r for r in result.rows}
    assert sorted(rows) == ["s1", "s2"]
    assert str(rows["s1"]["coSpeakers"]).endswith("/haddad") and str(rows["s1"]["coSpeakerLabels"]) == "Haddad"
    assert rows["s2"].get("coSpeakers") is None


def _gold(speaker: str) -> dict[str, object]:
    return {
        "actors": [{"key": k, "type": "Person", "name": k.capitalize()} for k in ("linde", "haddad", "morel")],
        "statements": [{"key": "s", "speakers": [speaker], "cue": "welcomed", "evidence": "the ceasefire"}],
    }


@pytest.mark.parametrize(("speaker", "matched"), [("linde", 1), ("haddad", 1), ("morel", 0)])
def test_a_joint_statement_matches_gold_naming_any_of_its_speakers(speaker: str, matched: int) -> None:
    score = score_article("t.txt", TEXT, _graph(), _gold(speaker)).scores["statements"]
    assert score.found_gold == matched, speaker


def test_polnear_reads_every_speaker_label_of_a_joint_statement() -> None:
    statements = {s.iri.rsplit("/", 1)[-1]: s for s in read_statements(_graph())}
    assert sorted(statements["s1"].speakers) == ["Haddad", "Linde"]
    assert statements["s2"].speakers == ["Morel"]
