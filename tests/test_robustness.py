"""No text crashes the pipeline: the span helper, one regression test per crash class, and property-based tests.

The properties run the real pipeline (spaCy model, extraction, mapping, pySHACL) over generated text:
random Unicode, quotation marks of every kind left open, nested or reversed, runs of punctuation, very long
sentences, and the sentences of this module's own articles shuffled. Nothing may raise, every anchor must
point at its own characters, and the graph must conform to the shapes.

The examples are derandomized so the suite gives the same answer on every run; set
``KGINGEST_HYPOTHESIS=explore`` to search with fresh random examples and more of them.
"""

from __future__ import annotations

import dataclasses
import os
import re
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from kgingest.extract.spans import forget_spans, tokens_in
from kgingest.model import Article, Extraction, Span
from kgingest.parse import load_model
from kgingest.pipeline import build_graph
from kgingest.read import article_from_text
from kgingest.validate import validate

settings.register_profile(
    "ci",
    derandomize=True,
    database=None,
    deadline=None,
    max_examples=30,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("explore", deadline=None, max_examples=300, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("KGINGEST_HYPOTHESIS", "ci"))


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model()


def anchors(value: object) -> Iterator[Span]:
    """Every `Span` inside an extraction, however deeply nested."""
    if isinstance(value, Span):
        yield value
    elif isinstance(value, Article):
        return  # its headings are checked by the read tests; the article is not an extraction result
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for item in dataclasses.fields(value):
            yield from anchors(getattr(value, item.name))
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from anchors(item)


def assert_pipeline_holds(text: str, nlp: Language) -> Extraction:
    """The pipeline runs to the end, every anchor points at its characters, and the graph conforms."""
    article = article_from_text(text, "generated")
    extraction, graph, _ = build_graph(article, nlp)
    for span in anchors(extraction):
        assert 0 <= span.begin < span.end <= len(text), span
        assert text[span.begin : span.end] == span.text, span
    result = validate(graph)
    assert result.conforms, result.violations
    return extraction


# --- the one helper every char-offset lookup goes through ----------------------------------------------


def test_tokens_in_never_raises_and_never_returns_an_empty_span(nlp: Language) -> None:
    doc = nlp("The envoy left.  Talks resume on Friday.")
    assert tokens_in(doc, 4, 9).text == "envoy"
    assert tokens_in(doc, 5, 7).text == "envoy"  # part of a token expands to the token
    assert tokens_in(doc, 9, 4) is None  # inverted: spaCy's char_span raises E035 when tokens apart
    assert tokens_in(doc, 38, 2) is None
    assert tokens_in(doc, 6, 6) is None  # empty
    assert tokens_in(doc, 9, 10) is None  # the whitespace after "envoy": char_span gives an empty span
    assert tokens_in(doc, -1, 3) is None
    assert tokens_in(doc, 30, 400) is None  # past the end
    whole = tokens_in(doc, 0, len(doc.text))
    assert whole is not None and len(whole) == len(doc)


# --- one regression test per crash class found ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Asked whether the mayor “can still repair the bridge before winter,” 60 percent of residents said no, "
        "but most of them said they would wait.\n",
        "Written “in a season of storms and short tempers,” the letter from the fishermen's union is a plain "
        "list of demands.\n",
        "The council met on Monday.\n\nAsked whether the new tax “will hurt small shops,” a majority of traders "
        "said yes.\n",
    ],
)
def test_regression_e035_cue_whose_speaker_phrase_runs_past_the_quotation(text: str, nlp: Language) -> None:
    # The cue's speaker phrase ("60 percent of residents") ends after the quotation begins; looking for the
    # words between the two built an inverted span, and spaCy raised IndexError E035.
    assert_pipeline_holds(text, nlp)


# --- properties ----------------------------------------------------------------------------------------

OWN_ARTICLES = (
    "Estonia has sent 40 army medics to Latvia to support its hospitals, Defence Minister Kaja Tamm said on "
    "Tuesday. “Our neighbours asked and we answered,” Tamm told reporters in Tallinn. The medics will stay "
    "until March, according to the ministry. Latvian officials said the help was welcome.",
    'The harbour authority in Northport said on Monday that two ferries had been delayed by fog. "We expect '
    'the crossings to resume tomorrow," a spokeswoman said, adding that no one was hurt. Analysts warned '
    "that the pier needs repairs. The mayor, Lena Brandt, called the delays 'regrettable but safe'. Asked "
    "whether the pier “would be safe by summer,” most of the fishermen said no.",
    "Chile said it had sent 200 soldiers to Peru after the floods, officials in Lima confirmed. Peru's "
    "president thanked Santiago. “This is what friends do,” the Chilean foreign minister told a news "
    "conference on Wednesday. Critics said the troops arrived late.",
)
SENTENCES = [s for text in OWN_ARTICLES for s in re.split(r"(?<=[.!?”'\"])\s+(?=[A-Z“\"'])", text)]
QUOTE_MARKS = ['"', "“", "”", "‘", "’", "«", "»", "„", "‚", "'", "‹", "›", "「", "」", "`", "''", "``"]
PUNCTUATION = [*".,;:!?-–—…()[]{}/\\*&%$#@~|", "...", "?!", "--", ",,", "::"]
WORDS = [word for sentence in SENTENCES for word in sentence.split()]


def joined(pieces: list[str], separators: list[str]) -> str:
    return "".join(piece + separators[n % len(separators)] for n, piece in enumerate(pieces))


separators = st.lists(st.sampled_from([" ", " ", " ", "", "\n", "\n\n", "  "]), min_size=1, max_size=5)
quoted_text = st.builds(
    joined, st.lists(st.sampled_from(WORDS + QUOTE_MARKS * 3), min_size=1, max_size=120), separators
)
punctuated_text = st.builds(
    joined, st.lists(st.sampled_from(WORDS + PUNCTUATION * 2 + QUOTE_MARKS), min_size=1, max_size=120), separators
)


@given(text=st.text(min_size=1, max_size=300))
def test_random_unicode_never_breaks_the_pipeline(text: str, nlp: Language) -> None:
    assert_pipeline_holds(text, nlp)


@given(text=quoted_text)
def test_unbalanced_and_nested_quotation_marks_never_break_the_pipeline(text: str, nlp: Language) -> None:
    assert_pipeline_holds(text, nlp)


@given(text=punctuated_text)
def test_runs_of_punctuation_never_break_the_pipeline(text: str, nlp: Language) -> None:
    assert_pipeline_holds(text, nlp)


@given(
    clauses=st.lists(st.sampled_from(SENTENCES), min_size=10, max_size=40),
    joiner=st.sampled_from([", ", " and ", "; ", ", ” ", " “", " — ", " "]),
)
def test_very_long_sentences_never_break_the_pipeline(clauses: list[str], joiner: str, nlp: Language) -> None:
    text = joiner.join(clause.rstrip(".") for clause in clauses) + "."
    assert_pipeline_holds(text, nlp)


@given(
    order=st.permutations(SENTENCES),
    breaks=st.lists(st.sampled_from([" ", "\n", "\n\n", " "]), min_size=1, max_size=6),
    cut=st.integers(min_value=1, max_value=len(SENTENCES)),
)
def test_shuffled_sentences_of_own_articles_never_break_the_pipeline(
    order: list[str], breaks: list[str], cut: int, nlp: Language
) -> None:
    assert_pipeline_holds(joined(order[:cut], breaks), nlp)


def test_regression_tokens_in_equals_spacys_expanding_char_span(nlp: Language) -> None:
    """`tokens_in` reads a per-Doc offset table; it must give the tokens ``Doc.char_span(..., "expand")`` gives."""
    doc = nlp("  The envoy ,  said:\n\nMs. Tarn  left  early.  ")
    length = len(doc.text)
    for begin in range(-1, length + 2):
        for end in range(begin - 2, length + 2):
            found = tokens_in(doc, begin, end)
            expected = None
            if 0 <= begin < end <= length:
                span = doc.char_span(begin, end, alignment_mode="expand")
                expected = (span.start, span.end) if span is not None and len(span) else None
            assert (None if found is None else (found.start, found.end)) == expected, (begin, end)


def test_tokens_in_keeps_each_span_until_forgotten_and_not_past_a_retokenization(nlp: Language) -> None:
    """The stages ask again for the same ranges: the span is kept on the Doc, dropped by `forget_spans` (a kept
    span holds the Doc), and never given for tokens the Doc no longer has."""
    doc = nlp("Mayor Ilse Varnum of Kettleby spoke on Tuesday.")
    first = tokens_in(doc, 6, 17)
    assert first is not None and first.text == "Ilse Varnum"
    assert tokens_in(doc, 6, 17) is first
    assert tokens_in(doc, 17, 18) is None and tokens_in(doc, 17, 18) is None  # "none" is kept too
    forget_spans(doc)
    again = tokens_in(doc, 6, 17)
    assert again is not first and again is not None and (again.start, again.end) == (first.start, first.end)
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[1:3])
    merged = tokens_in(doc, 6, 17)
    assert merged is not None and (merged.start, merged.end) == (1, 2) and merged.text == "Ilse Varnum"
