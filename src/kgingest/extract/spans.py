"""Character offsets to tokens: the one way the extractors turn ``text[begin:end]`` into spaCy tokens.

spaCy's ``Doc.char_span`` raises ``IndexError`` (E035) when ``end`` lies more than a token before ``begin``,
and returns an empty span for a range that holds no token (an empty range, or one inside the whitespace
after a token), whose ``root`` is an arbitrary token and whose ``[0]`` raises. Offsets computed from
several sources (a cue's speaker phrase, a quotation, a paragraph) can meet in any order in real text, so
every extractor goes through `tokens_in`, which never raises and never returns an empty span.
"""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan


def tokens_in(doc: Doc, begin: int, end: int) -> SpacySpan | None:
    """The tokens at least partly inside ``doc.text[begin:end]``, or None when there are none.

    None for an inverted or empty range (``end <= begin``), a range reaching outside the text, and a range
    of whitespace that belongs to the token before it; otherwise a span of one token or more, so its first
    token and its root always exist.
    """
    if not 0 <= begin < end <= _text_length(doc):
        return None
    span = doc.char_span(begin, end, alignment_mode="expand")
    return span if span is not None and len(span) > 0 else None


def _text_length(doc: Doc) -> int:
    # Doc.text joins every token on each call; the last token's end is the same number at no cost.
    if not len(doc):
        return 0
    last = doc[-1]
    return last.idx + len(last.text_with_ws)
