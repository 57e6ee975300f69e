"""Character offsets to tokens: the one way the extractors turn ``text[begin:end]`` into spaCy tokens.

spaCy's ``Doc.char_span`` raises ``IndexError`` (E035) when ``end`` lies more than a token before ``begin``,
and returns an empty span for a range that holds no token (an empty range, or one inside the whitespace
after a token), whose ``root`` is an arbitrary token and whose ``[0]`` raises. Offsets computed from
several sources (a cue's speaker phrase, a quotation, a paragraph) can meet in any order in real text, so
every extractor goes through `tokens_in`, which never raises and never returns an empty span.
"""

from __future__ import annotations

from bisect import bisect_right

from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from kgingest.extract.index import doc_text

# Where the token offsets of a Doc are kept on it: the extractors ask for hundreds of ranges per article, and
# `Doc.char_span` looks up five tokens for each.
_OFFSETS_KEY = "kgingest.token_offsets"
# Where the spans already asked for are kept: the stages ask again for the same ranges (a name's, a quote's), about
# a third of the asks. A span holds its Doc, so `forget_spans` drops them when the extraction is done.
_SPANS_KEY = "kgingest.token_spans"

_Offsets = tuple[list[int], list[int], int]


def tokens_in(doc: Doc, begin: int, end: int) -> SpacySpan | None:
    """The tokens at least partly inside ``doc.text[begin:end]``, or None when there are none.

    None for an inverted or empty range (``end <= begin``), a range reaching outside the text, and a range
    of whitespace that belongs to the token before it; otherwise a span of one token or more, so its first
    token and its root always exist.
    """
    entry = _offsets(doc)
    kept: tuple[_Offsets, dict[tuple[int, int], SpacySpan | None]] | None = doc.user_data.get(_SPANS_KEY)
    if kept is None or kept[0] is not entry:  # none yet, or kept for tokens the Doc no longer has
        kept = doc.user_data[_SPANS_KEY] = (entry, {})
    spans = kept[1]
    key = (begin, end)
    if key in spans:
        return spans[key]
    found = spans[key] = _tokens_in(doc, entry, begin, end)
    return found


def forget_spans(doc: Doc) -> None:
    """Drop the spans `tokens_in` kept on ``doc`` (each holds the Doc: kept, they would make it a cycle)."""
    doc.user_data.pop(_SPANS_KEY, None)


def _tokens_in(doc: Doc, entry: _Offsets, begin: int, end: int) -> SpacySpan | None:
    starts, ends, length = entry
    if not 0 <= begin < end <= length:
        return None
    # As ``doc.char_span(begin, end, alignment_mode="expand")``: the tokens (with their trailing whitespace)
    # holding the first and the last character, less the first when ``begin`` is in its trailing whitespace.
    first = bisect_right(starts, begin) - 1
    last = bisect_right(starts, end - 1) - 1
    if first < 0 or last < 0:
        return None
    if begin == ends[first]:
        first += 1
    return SpacySpan(doc, first, last + 1) if first <= last else None


def _offsets(doc: Doc) -> _Offsets:
    """Where each token of ``doc`` begins and ends (whitespace left out), and the text's length."""
    entry: _Offsets | None = doc.user_data.get(_OFFSETS_KEY)
    if entry is not None and len(entry[0]) == len(doc):
        return entry
    # Read as columns: building every token to ask its offset was most of the cost.
    starts: list[int] = []
    lengths: list[int] = []
    if len(doc):
        starts, lengths = doc.to_array([IDX, LENGTH]).T.tolist()
    ends = [start + size for start, size in zip(starts, lengths, strict=True)]
    entry = (starts, ends, len(doc_text(doc)) if len(doc) else 0)
    doc.user_data[_OFFSETS_KEY] = entry
    return entry
