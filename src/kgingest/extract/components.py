"""The actor stage as spaCy components: entities live in the Doc.

Two registered components run over a parsed Doc whose article was set on it (``Doc._.kg_article``: the
text's headings, dateline and publisher travel with the Doc):

- ``kg_entity_ruler``, a `SpanRuler` whose token patterns come from ``patterns/entities.yaml``
  (companies closed by a legal form, bodies and names before a post, names after a noun for an organization,
  news outlets, honorifics, ships' prefixes). Its matches go to ``doc.spans["kg_entity_rules"]``, where the
  actor finder reads its corrections of spaCy's entities (`actors.ruled_names`).
- ``kg_actor_resolver``, the actor finder. It writes every mention of every actor and place to
  ``doc.spans["kg_actors"]``: the span's ``label_`` is the actor's type ("Person", "Organization", "State") or
  "Place", its ``kb_id_`` and ``._.kg_key`` the entity's key, ``._.kg_mention`` the mention's exact characters
  (a possessive included). ``Doc._.kg_entities`` holds each actor's and place's record.

`EntityIndex.from_doc` builds the index the later stages (roles, statements, deployments) read from there.
The components run in a blank pipeline that shares the parsing model's vocab, so the model chosen with
``--model`` is the only one, and the article can be set on the Doc before they run.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any, cast

import spacy
from spacy.attrs import LOWER
from spacy.lang import lex_attrs
from spacy.language import Language
from spacy.pipeline import SpanRuler
from spacy.tokens import Doc, SpanGroup
from spacy.tokens import Span as TokenSpan
from spacy.vocab import Vocab

from kgingest.errors import RuleError
from kgingest.extract.lexicon import read_mapping, vessel_name_prefixes, with_word_lists, word_sequence
from kgingest.extract.spans import tokens_in
from kgingest.model import Actor, Article, Place, Span

ENTITY_RULES_KEY = "kg_entity_rules"
ACTORS_KEY = "kg_actors"
PLACE_LABEL = "Place"
ENTITY_RULER = "kg_entity_ruler"
ACTOR_RESOLVER = "kg_actor_resolver"
PATTERN_FILE = Path(__file__).resolve().parent / "patterns" / "entities.yaml"

if not Doc.has_extension("kg_article"):
    Doc.set_extension("kg_article", default=None)
if not Doc.has_extension("kg_entities"):
    Doc.set_extension("kg_entities", default=None)
if not TokenSpan.has_extension("kg_mention"):
    TokenSpan.set_extension("kg_mention", default=None)
if not TokenSpan.has_extension("kg_key"):
    TokenSpan.set_extension("kg_key", getter=lambda span: span.kb_id_ or None)


# the entity ruler


@functools.cache
def _pattern_file() -> tuple[dict[str, Any], list[dict[str, Any]]]:
    data = read_mapping(PATTERN_FILE, "the entity patterns")
    words = data.get("words")
    patterns = data.get("patterns")
    if not isinstance(words, dict) or not isinstance(patterns, list):
        raise RuleError(f"{PATTERN_FILE}: needs `words` (a mapping) and `patterns` (a list)")
    return words, patterns


def entity_patterns() -> list[dict[str, Any]]:
    """The ruler's patterns, with every "$name" replaced by its word list."""
    words, patterns = _pattern_file()
    return [
        {"label": entry["label"], "pattern": with_word_lists(entry["pattern"], lambda name: _word_list(name, words))}
        for entry in patterns
    ]


def _word_list(name: str, words: Mapping[str, Any]) -> list[str]:
    """A word list by name: this file's own, ships' prefixes, or one of the actors lexicon; "name." adds each
    word with a dot after it."""
    dotted = name.endswith(".")
    name = name.rstrip(".")
    found: Iterable[str]
    if name in words:
        found = words[name]
    elif name == "ship_prefixes":
        found = vessel_name_prefixes()
    else:
        found = word_sequence("actors", name)
    listed = sorted(found)
    return sorted({*listed, *(f"{word}." for word in listed)}) if dotted else listed


@Language.factory(ENTITY_RULER)
def make_entity_ruler(nlp: Language, name: str) -> SpanRuler:
    """A `SpanRuler` over the entity patterns, writing every match (overlaps kept) to its own span group."""
    ruler = SpanRuler(nlp, name, spans_key=ENTITY_RULES_KEY, spans_filter=None, overwrite=True)
    ruler.add_patterns(with_text_flags(entity_patterns(), nlp.vocab))
    return ruler


def _text_flag(text: dict[str, Any], lowercase: bool, vocab: Vocab) -> int | None:
    """The flag of ``vocab`` that holds this test of a word's text (or its lowercase form): one set before for
    it, or a free bit; None when no bit is free or the vocab lowercases words its own way (the test stays the
    Matcher's own).

    A bit counts as free when the vocab has no getter for it: a flag some other code set with ``Lexeme.set_flag``
    alone, with no getter, would be taken over. spaCy's own flags stay below the bits used here."""
    getters = cast(Any, vocab).lex_attr_getters  # not in spaCy's stub
    if lowercase and getters.get(LOWER) is not lex_attrs.lower:
        return None
    inside = frozenset(text["IN"]) if "IN" in text else None
    test = TextTest(text.get("REGEX"), inside, frozenset(text.get("NOT_IN", ())), lowercase)
    free = None
    for bit in _TEXT_FLAGS:
        getter = getters.get(bit)
        if getter == test:
            return bit
        if getter is None and free is None:
            free = bit
    return vocab.add_flag(test, flag_id=free) if free is not None else None


class TextTest:
    """A token's text against a regular expression and word lists, as the Matcher reads ``{"TEXT": {"REGEX": ...,
    "NOT_IN": [...]}}``: the same for every token of one word, so a lexeme flag can hold it."""

    def __init__(
        self, regex: str | None, inside: frozenset[str] | None, outside: frozenset[str], lowercase: bool = False
    ) -> None:
        self.regex = re.compile(regex) if regex is not None else None
        self.inside = inside
        self.outside = outside
        self.lowercase = lowercase  # the test reads the word's lowercase form (spaCy's LOWER: str.lower)

    def _key(self) -> tuple[str | None, frozenset[str] | None, frozenset[str], bool]:
        return (self.regex.pattern if self.regex is not None else None, self.inside, self.outside, self.lowercase)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, TextTest) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __call__(self, text: str) -> bool:
        if self.lowercase:
            text = lex_attrs.lower(text)
        return (
            (self.regex is None or self.regex.search(text) is not None)
            and (self.inside is None or text in self.inside)
            and text not in self.outside
        )


# Lexeme flag bits for the text tests (spaCy's own flags use the low bits; these are the free top ones).
_TEXT_FLAGS = tuple(range(63, 40, -1))
_PREDICATES = frozenset({"REGEX", "IN", "NOT_IN"})
# The token attributes that are a word's own (its lexeme's): its text and its lowercase form.
_TEXT_ATTRIBUTES = frozenset({"TEXT", "ORTH", "LOWER"})


def with_text_flags(patterns: list[dict[str, Any]], vocab: Vocab) -> list[dict[str, Any]]:
    """``patterns`` with each token's test of its text (a regular expression, word lists) made a lexeme flag of
    ``vocab``: the Matcher calls a Python predicate for such a test at every token of every article (most of the
    ruler's time), where it reads a flag natively. The matches are the same."""
    converted = []
    for entry in patterns:
        tokens = []
        for spec in entry["pattern"]:
            token: dict[str, Any] = {}
            for attribute, value in spec.items():
                flag = None
                if attribute in _TEXT_ATTRIBUTES and isinstance(value, dict) and value and set(value) <= _PREDICATES:
                    flag = _text_flag(value, attribute == "LOWER", vocab)
                if flag is None:
                    token[attribute] = value
                else:
                    token[f"FLAG{flag}"] = True
            tokens.append(token)
        converted.append({**entry, "pattern": tokens})
    return converted


def pattern_words(name: str) -> frozenset[str]:
    """A word list of the pattern file, for the code that reads the ruler's matches."""
    return frozenset(_word_list(name, _pattern_file()[0]))


def rule_spans(doc: Doc, label: str) -> list[TokenSpan]:
    """The ruler's matches with ``label`` that no longer one holds, by where they begin (longest first)."""
    group = doc.spans.get(ENTITY_RULES_KEY, [])
    found = sorted({(span.start, span.end) for span in group if span.label_ == label}, key=lambda s: (s[0], -s[1]))
    maximal: list[tuple[int, int]] = []
    for start, end in found:
        if not any(s <= start and end <= e for s, e in maximal):
            maximal.append((start, end))
    return [doc[start:end] for start, end in maximal]


def without_overlaps(spans: list[TokenSpan]) -> list[TokenSpan]:
    """``spans`` (from `rule_spans`) kept from left to right, each one that overlaps a kept one dropped, as a
    regular expression's successive matches are."""
    kept: list[TokenSpan] = []
    for span in spans:
        if not kept or kept[-1].end <= span.start:
            kept.append(span)
    return kept


# the resolver


class ActorResolver:
    """The actor finder as a pipeline component: reads the article set on the Doc, writes its entities there."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        from kgingest.extract.actors import resolve_actors

        article = doc._.kg_article
        if not isinstance(article, Article):
            raise ValueError(f"{self.name}: set Doc._.kg_article before the actor components run")
        write_entities(doc, resolve_actors(doc, article))
        return doc


@Language.factory(ACTOR_RESOLVER)
def make_actor_resolver(nlp: Language, name: str) -> ActorResolver:
    return ActorResolver(name)


def write_entities(doc: Doc, index: Any) -> None:
    """Every mention of ``index``'s actors and places to ``doc.spans["kg_actors"]``, their records to
    ``Doc._.kg_entities`` (mentions left to the spans)."""
    spans: list[TokenSpan] = []
    records: list[Actor | Place] = []
    for entity in [*index.actors, *index.places]:
        label = PLACE_LABEL if isinstance(entity, Place) else entity.type.value
        for mention in entity.mentions:
            tokens = tokens_in(doc, mention.begin, mention.end)
            if tokens is None:  # a mention holds a capital letter, so a token: never met
                continue
            span = TokenSpan(doc, tokens.start, tokens.end, label=label, kb_id=entity.key, span_id=str(len(spans)))
            span._.kg_mention = mention
            spans.append(span)
        records.append(replace(entity, mentions=[]))
    doc.spans[ACTORS_KEY] = SpanGroup(doc, name=ACTORS_KEY, spans=spans)
    doc._.kg_entities = records


def entity_mentions(doc: Doc) -> dict[str, list[Span]]:
    """Each entity key's mentions as the resolver wrote them, in its order."""
    mentions: dict[str, list[Span]] = {}
    for span in doc.spans.get(ACTORS_KEY, []):
        mentions.setdefault(span.kb_id_, []).append(span._.kg_mention)
    return mentions


# running the stage


@functools.lru_cache(maxsize=4)
def actor_pipeline(vocab: Vocab) -> Language:
    """The actor components, over the vocab of the model that parsed the Doc."""
    nlp = spacy.blank("en", vocab=vocab)
    nlp.add_pipe(ENTITY_RULER)
    nlp.add_pipe(ACTOR_RESOLVER)
    return nlp


def annotate_actors(doc: Doc, article: Article) -> Doc:
    """Set the article on ``doc`` and run the actor components over it."""
    doc._.kg_article = article
    for _, component in actor_pipeline(doc.vocab).pipeline:
        doc = component(doc)
    return doc
