"""The construction rules, tested from their own examples.

Every positive example of every rule must give the slots it lists and come out of the whole extraction as a
deployment; every negative example must give nothing. Adding a rule file adds its tests here.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Token

from kgingest.errors import RuleError
from kgingest.extract import deployment_rules, extract
from kgingest.extract.actors import find_actors
from kgingest.extract.deployment_rules import RuleReading, rule_readings
from kgingest.extract.index import EntityIndex
from kgingest.extract.rules import Example, Rule, find_matches, load_rules, rule_function
from kgingest.model import ArticleMeta
from kgingest.parse import load_model
from kgingest.read import article_from_text

PUBLISHED = dt.date(2031, 3, 12)
RULES = load_rules("deployment")
POSITIVES = [
    pytest.param(rule, example, id=f"{rule.name}: {example.text}") for rule in RULES for example in rule.positives
]
NEGATIVES = [pytest.param(rule, text, id=f"{rule.name}: {text}") for rule in RULES for text in rule.negatives]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model()


def _name(index: EntityIndex, key: str | None) -> str | None:
    entity = (index.actor(key) or index.place(key)) if key is not None else None
    return entity.name if entity is not None else None


def _slots(reading: RuleReading, index: EntityIndex) -> dict[str, str | None]:
    mention = reading.mention
    return {
        "sender": _name(index, mention.sender),
        "force": mention.force.text if mention.force is not None else None,
        "count": mention.size.span.text if mention.size is not None else None,
        "location": _name(index, mention.location),
        "status": mention.status,
    }


def _read(nlp: Language, rule: Rule, text: str) -> tuple[list[dict[str, str | None]], EntityIndex]:
    article = article_from_text(text, "rule-example", meta=ArticleMeta(published=PUBLISHED))
    doc = nlp(text)
    index = find_actors(doc, article)
    return [_slots(r, index) for r in rule_readings(doc, article, index, (rule,))], index


def test_the_deployment_stage_has_the_three_constructions() -> None:
    names = {rule.name for rule in RULES}
    assert {"passive-with-agent", "possessive-deployment", "stationed-presence"} <= names


@pytest.mark.parametrize(("rule", "example"), POSITIVES)
def test_positive_example_gives_its_slots(nlp: Language, rule: Rule, example: Example) -> None:
    found, _ = _read(nlp, rule, example.text)
    assert any(all(slots.get(k) == v for k, v in example.slots.items()) for slots in found), found


@pytest.mark.parametrize(("rule", "text"), NEGATIVES)
def test_negative_example_gives_nothing(nlp: Language, rule: Rule, text: str) -> None:
    found, _ = _read(nlp, rule, text)
    assert found == []


@pytest.mark.parametrize(("rule", "example"), POSITIVES)
def test_positive_example_is_a_deployment_of_the_whole_extraction(nlp: Language, rule: Rule, example: Example) -> None:
    article = article_from_text(example.text, "rule-example", meta=ArticleMeta(published=PUBLISHED))
    extraction = extract(nlp(example.text), article)
    index = EntityIndex()
    for entity in (*extraction.actors, *extraction.places):
        index.add_actor(entity) if hasattr(entity, "type") else index.add_place(entity)  # type: ignore[arg-type]
    found = [(_name(index, d.sender), _name(index, d.location)) for d in extraction.deployments]
    assert (example.slots["sender"], example.slots.get("location")) in found


def test_a_sending_the_stage_reads_itself_is_not_read_twice(nlp: Language, monkeypatch: pytest.MonkeyPatch) -> None:
    text = "Chile has some 900 troops stationed in Bolivia. Troops were sent by Peru to Ecuador."
    article = article_from_text(text, "t", meta=ArticleMeta(published=PUBLISHED))
    doc = nlp(text)
    assert len(rule_readings(doc, article, find_actors(doc, article))) == 2  # both rules match
    with_rules = extract(nlp(text), article).deployments
    monkeypatch.setattr(deployment_rules, "add_rule_mentions", lambda finder, mentions: mentions)
    assert extract(nlp(text), article).deployments == with_rules


# -- the rule files themselves


def _write_rule(folder: Path, name: str, body: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.yaml").write_text(body, encoding="utf-8")


GOOD_RULE = """
name: sent-troops
description: Troops someone sent.
trigger: verb
slots: {force: object}
patterns:
  - - {RIGHT_ID: verb, RIGHT_ATTRS: {LEMMA: send}}
    - {LEFT_ID: verb, REL_OP: ">", RIGHT_ID: object, RIGHT_ATTRS: {DEP: dobj, LEMMA: {IN: $FORCE_NOUNS}}}
optional:
  location:
    - - {LEFT_ID: verb, REL_OP: ">", RIGHT_ID: to, RIGHT_ATTRS: {DEP: {IN: [prep, dative]}, LOWER: to}}
      - {LEFT_ID: to, REL_OP: ">", RIGHT_ID: place, RIGHT_ATTRS: {DEP: pobj}}
positives: [{text: Chile sent troops to Bolivia., slots: {force: troops}}]
negatives: [Chile sent food to Bolivia.]
"""


def test_a_pattern_names_the_stage_lexicon_and_gains_its_optional_nodes(nlp: Language, tmp_path: Path) -> None:
    _write_rule(tmp_path, "sent", GOOD_RULE)
    rules = load_rules("deployment", tmp_path)
    with_place = find_matches(nlp("Chile sent troops to Bolivia."), rules)
    without_place = find_matches(nlp("Chile sent troops on Monday."), rules)
    assert [(m.trigger.text, m.nodes["object"].text, m.nodes["place"].text) for m in with_place] == [
        ("sent", "troops", "Bolivia")
    ]
    assert [sorted(m.nodes) for m in without_place] == [["object", "verb"]]
    assert find_matches(nlp("Chile sent food to Bolivia."), rules) == []


@pytest.mark.parametrize(
    ("change", "complaint"),
    [
        (("slots: {force: object}", "slots: {force: nobody}"), "slots name nodes no pattern has"),
        (("$FORCE_NOUNS", "$NO_SUCH_WORDS"), "no word list 'NO_SUCH_WORDS'"),
        (("negatives: [Chile sent food to Bolivia.]", ""), "missing ['negatives']"),
        (("trigger: verb", "trigger: verb\nfunction: f"), "either patterns or a function"),
        (("trigger: verb", "trigger: sender"), "no trigger node 'sender'"),
    ],
)
def test_a_malformed_rule_file_is_refused_with_its_name(
    tmp_path: Path, change: tuple[str, str], complaint: str
) -> None:
    _write_rule(tmp_path, "broken", GOOD_RULE.replace(*change))
    with pytest.raises(RuleError, match=r"broken\.yaml") as raised:
        load_rules("deployment", tmp_path)
    assert complaint in str(raised.value)


def test_two_rules_of_one_name_are_refused(tmp_path: Path) -> None:
    _write_rule(tmp_path, "a", GOOD_RULE)
    _write_rule(tmp_path, "b", GOOD_RULE)
    with pytest.raises(RuleError, match="more than one rule is named sent-troops"):
        load_rules("deployment", tmp_path)


def test_a_rule_no_pattern_can_express_names_a_registered_function(nlp: Language, tmp_path: Path) -> None:
    @rule_function("deployment", "second-word")
    def second_word(doc: Doc) -> list[dict[str, Token]]:
        return [{"word": doc[1]}] if len(doc) > 1 else []

    _write_rule(
        tmp_path,
        "second",
        "name: second\ndescription: The second word.\ntrigger: word\nslots: {force: word}\n"
        "function: second-word\npositives: [{text: A b., slots: {force: b}}]\nnegatives: [A]\n",
    )
    rules = load_rules("deployment", tmp_path)
    assert [m.slot("force").text for m in find_matches(nlp("Chile sent troops."), rules)] == ["sent"]  # type: ignore[union-attr]


def test_empty_doc_find_matches_regression(nlp: Language) -> None:
    """The per-Doc index of word values once raised on a Doc with no tokens."""
    matches = find_matches(nlp(""), load_rules("deployment"))
    assert not any(matches)


def test_regression_a_list_named_twice_in_a_lexicon_is_an_error(tmp_path: Path) -> None:
    """A second list of the same name once replaced the first without a word, and a rule lost "into"."""
    from kgingest.extract.lexicon import read_mapping

    lexicon = tmp_path / "twice.yaml"
    lexicon.write_text("PREPOSITIONS: [to, into]\nOTHER: [a]\nPREPOSITIONS: [to]\n", encoding="utf-8")
    with pytest.raises(RuleError, match="given twice"):
        read_mapping(lexicon, "a lexicon")
    lexicon.write_text("PREPOSITIONS: [to, into]\nOTHER: {to: [a], into: [b]}\n", encoding="utf-8")
    assert read_mapping(lexicon, "a lexicon")["PREPOSITIONS"] == ["to", "into"]
