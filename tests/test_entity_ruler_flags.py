"""The entity ruler reads its patterns' text tests from lexeme flags (`components.with_text_flags`): its matches
must be those of the patterns as written."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.pipeline import SpanRuler

from kgingest.extract.components import ENTITY_RULER, actor_pipeline, entity_patterns, with_text_flags
from kgingest.parse import load_model

TEXTS = [
    "Shares of Brindle Harrow Holdings Inc. rose after Dr. Ana Velk, the chief executive, spoke to the Tovar Herald.",
    "The Nemeth Regional Council chairman Piet Ullo said the carrier Skyfold had hired Mr. Oda Renn as adviser.",
    "HMS Quillon docked on Monday. Gov. Lea Marsh and Sen. Tom Aldo met the broadcaster Lumen News.",
    "In the morning, the Grey Valley Water Authority spokesman and Capt Ivo Stane left. AND THEN THE NEWS CAME.",
    "Kesk AG and Morrow GmbH signed; the Daily Lantern Gazette said the Port Commission deputy head agreed.",
]


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model()


def test_regression_flagged_entity_ruler_matches_the_patterns_as_written(nlp: Language) -> None:
    plain = SpanRuler(nlp, "plain", spans_key="plain", spans_filter=None, overwrite=True)
    plain.add_patterns(entity_patterns())
    flagged = actor_pipeline(nlp.vocab).get_pipe(ENTITY_RULER)
    found = 0
    for text in TEXTS:
        doc = nlp(text)
        expected = sorted((s.start, s.end, s.label_) for s in plain.match(doc))
        assert sorted((s.start, s.end, s.label_) for s in flagged.match(doc)) == expected
        found += len(expected)
    assert found > 5  # the texts exercise the patterns


def test_text_flags_are_set_once_per_vocab_and_test(nlp: Language) -> None:
    first = with_text_flags(entity_patterns(), nlp.vocab)
    again = with_text_flags(entity_patterns(), nlp.vocab)
    assert first == again  # the same tests read the same flags, no new bit each time
    assert any(key.startswith("FLAG") for entry in first for spec in entry["pattern"] for key in spec)
    assert all("TEXT" not in spec or not isinstance(spec["TEXT"], dict) for e in first for spec in e["pattern"])
