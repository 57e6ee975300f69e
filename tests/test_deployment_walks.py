"""The deployment readers' whole-article walks skip words on their strings (index.TokenFacts) instead of
building a spaCy Token per word: what they find must be what a walk over every Token finds."""

from __future__ import annotations

import datetime as dt

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from kgingest.extract.components import annotate_actors
from kgingest.extract.deployments.context import DeploymentContext
from kgingest.extract.deployments.grammar import nouns
from kgingest.extract.deployments.mentions import all_mentions
from kgingest.extract.index import EntityIndex
from kgingest.model import Article, ArticleMeta
from kgingest.parse import load_model

# Texts of our own: sent and flown forces, a size, an instrument, a participle, a formation; and texts with no
# deployment, which must give none either way.
TEXTS = [
    "Valdoria sent 300 engineers to Kestrel Bay on Monday, and the deployment will last six months.",
    "The Ostrian pact allows Norland's troops to remain in Pellam; a second accord was never signed.",
    "Some 2,000 soldiers, officials estimated, were flown into Marrow Province after the cabinet approved the "
    "mission. The Harrow Alliance Rapid Brigade troops arrived on Friday.",
    "Deployed since March, the Brevian contingent of 150 medics is leaving Tarsk.",
    "The deployment of 400 Valdorian marines to Kestrel Bay began in May; their number may reach 900.",
    "The orchestra toured Pellam and sold 300 tickets.",
    "",
]

PUBLISHED = dt.date(2031, 3, 12)


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model()


def _context(nlp: Language, text: str) -> tuple[Doc, DeploymentContext]:
    article = Article(key="t", source_name="t.txt", text=text, meta=ArticleMeta(published=PUBLISHED), sha256="0")
    doc = annotate_actors(nlp(text), article)
    return doc, DeploymentContext(doc, article, EntityIndex.from_doc(doc, article.key))


@pytest.mark.parametrize("text", TEXTS)
def test_nouns_are_the_tokens_tagged_noun_or_proper_noun(nlp: Language, text: str) -> None:
    doc = nlp(text)
    assert [t.i for t in nouns(doc)] == [t.i for t in doc if t.pos_ in ("NOUN", "PROPN")]


@pytest.mark.parametrize("text", TEXTS)
def test_mentions_skipping_words_equal_a_walk_over_every_token(nlp: Language, text: str) -> None:
    doc, skipping = _context(nlp, text)
    found = all_mentions(skipping.mentions)
    doc, walking = _context(nlp, text)  # a fresh context: finding a mention records its sender
    every = [m for token in doc if (m := walking.mentions.mention(token)) is not None]
    assert [repr(m) for m in found] == [repr(m) for m in every]
    assert skipping.senders == walking.senders
    if "orchestra" in text or not text:
        assert found == []
    else:
        assert found
