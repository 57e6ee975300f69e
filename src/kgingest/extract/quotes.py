"""Quotation spans in an article: straight and curly, double and single marks.

Marks are paired paragraph by paragraph, so a stray or missing mark can never
make a quotation swallow the rest of the article. A quotation left open at the
end of a paragraph continues only when the next paragraph opens with a quote
mark (the newspaper convention for a quotation running over paragraphs);
otherwise it ends with its paragraph and is flagged as unclosed.

Entry points: `find_quotes` for every quotation of an article, `quote_at` for
the one enclosing an offset, `quote_index` for the same lookup by bisection.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from kgingest.extract.index import OffsetIndex
from kgingest.model import Span

DOUBLE_OPEN = "“„«"
DOUBLE_CLOSE = "”»"
STRAIGHT_DOUBLE = '"'
SINGLE_OPEN = "‘"
SINGLE_CLOSE = "’"
STRAIGHT_SINGLE = "'"
# Two apostrophes stand for a straight double mark in some house styles: ''We are ready,'' she said.
DOUBLED_SINGLE = "''"
# Characters after which a mark opens a quotation.
_OPEN_CONTEXT = " \t\n([{—–-/:;,"
# Characters before which a mark closes a quotation.
_CLOSE_CONTEXT = " \t\n)]}.,;:!?—–-…"
# A single-quoted quotation longer than this is more likely two apostrophes.
MAX_SINGLE_QUOTE_CHARS = 160


@dataclass(frozen=True)
class Quote:
    """One quotation: its outer span (marks included) and its inner text."""

    begin: int  # offset of the opening mark
    end: int  # offset just after the closing mark (or the paragraph end when unclosed)
    inner: Span  # the quoted text, marks excluded
    double: bool = True  # double marks (“…”, "…") rather than single ones
    closed: bool = True  # False: no closing mark before the paragraph ended
    paragraphs: int = 1  # how many paragraphs it runs over


@dataclass(frozen=True)
class Paragraph:
    """A maximal run of text without a line break."""

    begin: int
    end: int


def paragraphs(text: str) -> list[Paragraph]:
    """Maximal runs of text without a line break."""
    return [Paragraph(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]


def _paragraphs_outside(text: str, excluded: tuple[Span, ...]) -> list[Paragraph]:
    """The paragraphs not inside any ``excluded`` span (headings)."""
    spans = OffsetIndex(sorted(excluded, key=lambda s: s.begin), lambda s: (s.begin, s.end))
    return [p for p in paragraphs(text) if not spans.enclosing(p.begin, p.end)]


def _opens(text: str, i: int, begin: int, width: int = 1) -> bool:
    """The mark at ``i`` stands where a quotation opens: after a space or bracket, before a word."""
    before = text[i - 1] if i > begin else " "
    after = text[i + width] if i + width < len(text) else " "
    return (before in _OPEN_CONTEXT or before in DOUBLE_OPEN + SINGLE_OPEN) and not after.isspace()


def _closes(text: str, i: int, end: int, width: int = 1) -> bool:
    """The mark at ``i`` stands where a quotation closes: after a word, before a space or punctuation."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + width] if i + width < end else " "
    return not before.isspace() and (after in _CLOSE_CONTEXT or after in DOUBLE_CLOSE + SINGLE_CLOSE + "\"'")


# A double mark, or the doubled apostrophe that stands for one.
_MARK_OR_DOUBLED = re.compile(
    "|".join(re.escape(mark) for mark in (DOUBLED_SINGLE, *DOUBLE_OPEN, *DOUBLE_CLOSE, *STRAIGHT_DOUBLE))
)


def _double_marks(text: str, para: Paragraph) -> list[tuple[int, str, int]]:
    """Each double mark of the paragraph as (offset, 'open' | 'close' | 'either', width)."""
    marks = []
    i = para.begin
    while i < para.end:
        # Straight to the next character that can be a mark (every one before it is passed over one by one).
        found = _MARK_OR_DOUBLED.search(text, i, para.end)
        if found is None:
            break
        i = found.start()
        char = text[i]
        width = 2 if text.startswith(DOUBLED_SINGLE, i) and i + 2 <= para.end else 1
        i += width
        if width == 1 and char not in DOUBLE_OPEN + DOUBLE_CLOSE + STRAIGHT_DOUBLE:
            continue
        at = i - width
        if width == 2 and (text[at + 2 : at + 3] == "'" or (at > para.begin and text[at - 1] == "'")):
            continue  # three apostrophes in a row: no mark to pair
        opens, closes = _opens(text, at, para.begin, width), _closes(text, at, para.end, width)
        if opens and not closes:
            role = "open"
        elif closes and not opens:
            role = "close"
        elif char in DOUBLE_OPEN:
            role = "open"
        elif char in DOUBLE_CLOSE:
            role = "close"
        else:
            role = "either"
        marks.append((at, role, width))
    return marks


def _make(
    text: str,
    begin: int,
    end: int,
    *,
    double: bool,
    closed: bool,
    paragraphs: int = 1,
    widths: tuple[int, int] = (1, 1),
) -> Quote:
    inner_begin = begin + widths[0]
    inner_end = end - widths[1] if closed else end
    inner_end = max(inner_end, inner_begin)
    return Quote(begin, end, Span(inner_begin, inner_end, text[inner_begin:inner_end]), double, closed, paragraphs)


def _reopens(text: str, para: Paragraph) -> bool:
    """The paragraph starts with an opening double mark (a quotation continued from the paragraph before)."""
    stripped = text[para.begin : para.end].lstrip()
    return bool(stripped) and (stripped[0] in DOUBLE_OPEN + STRAIGHT_DOUBLE or stripped.startswith(DOUBLED_SINGLE))


def find_double_quotes(text: str, excluded: tuple[Span, ...] = ()) -> list[Quote]:
    """Double-quoted passages, paired within paragraphs and continued over paragraph breaks."""
    quotes: list[Quote] = []
    paras = _paragraphs_outside(text, excluded)
    open_at: int | None = None  # offset of the pending opening mark
    open_width = 1
    open_paragraphs = 1
    for n, para in enumerate(paras):
        marks = _double_marks(text, para)
        if open_at is not None and marks and text[para.begin : marks[0][0]].strip() == "":
            marks = marks[1:]  # the reopening mark of a continued quotation
            open_paragraphs += 1
        for offset, role, width in marks:
            if open_at is None:
                if role in ("open", "either"):
                    open_at, open_width, open_paragraphs = offset, width, 1
                continue  # a closing mark with nothing open: stray
            if role in ("close", "either"):
                widths = (open_width, width)
                end = offset + width
                quotes.append(
                    _make(text, open_at, end, double=True, closed=True, paragraphs=open_paragraphs, widths=widths)
                )
                open_at = None
            else:
                open_at, open_width, open_paragraphs = offset, width, 1  # two openings in a row: the first was stray
        if open_at is not None:
            following = paras[n + 1] if n + 1 < len(paras) else None
            if following is not None and _reopens(text, following):
                continue
            widths = (open_width, 1)
            quotes.append(
                _make(text, open_at, para.end, double=True, closed=False, paragraphs=open_paragraphs, widths=widths)
            )
            open_at = None
    return quotes


def find_single_quotes(text: str, inside_double: list[Quote], excluded: tuple[Span, ...] = ()) -> list[Quote]:
    """Single-quoted passages (‘…’ or '…') that cannot be apostrophes, outside double quotations."""
    quotes: list[Quote] = []
    for para in _paragraphs_outside(text, excluded):
        i = para.begin
        while i < para.end:
            char = text[i]
            if char in SINGLE_OPEN + STRAIGHT_SINGLE and _single_opens(text, i, para.begin):
                close = _single_close(text, i, para.end)
                if close is not None and not any(q.begin <= i < q.end for q in inside_double):
                    quotes.append(_make(text, i, close + 1, double=False, closed=True))
                    i = close + 1
                    continue
            i += 1
    return quotes


def _single_opens(text: str, i: int, begin: int) -> bool:
    before = text[i - 1] if i > begin else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before in _OPEN_CONTEXT or before in DOUBLE_OPEN + STRAIGHT_DOUBLE) and after.isalnum()


def _single_close(text: str, open_at: int, end: int) -> int | None:
    """The closing single mark for the one at ``open_at``: not an apostrophe inside a word."""
    limit = min(end, open_at + MAX_SINGLE_QUOTE_CHARS)
    for j in range(open_at + 2, limit):
        char = text[j]
        if char not in SINGLE_CLOSE + STRAIGHT_SINGLE:
            continue
        after = text[j + 1] if j + 1 < end else " "
        before = text[j - 1]
        if before.isspace() or after.isalnum():
            continue  # "don't", "Chile's": an apostrophe inside a word
        if after in _CLOSE_CONTEXT or after in DOUBLE_CLOSE + STRAIGHT_DOUBLE:
            return j
    return None


def find_quotes(text: str, excluded: tuple[Span, ...] = ()) -> list[Quote]:
    """Every quotation of ``text`` in text order; lines inside ``excluded`` spans (headings) are skipped."""
    doubles = find_double_quotes(text, excluded)
    singles = find_single_quotes(text, doubles, excluded)
    return sorted(doubles + singles, key=lambda q: (q.begin, q.end))


def quote_index(quotes: Sequence[Quote]) -> OffsetIndex[Quote]:
    """The quotations (in the order `find_quotes` gives) indexed by offset: ``.at(offset)`` is `quote_at`."""
    return OffsetIndex(quotes, lambda quote: (quote.begin, quote.end))


def paragraph_index(text: str) -> OffsetIndex[Paragraph]:
    """The paragraphs of ``text`` indexed by offset."""
    return OffsetIndex(paragraphs(text), lambda paragraph: (paragraph.begin, paragraph.end))


def quote_at(quotes: Sequence[Quote], offset: int) -> Quote | None:
    """The quotation whose marks enclose ``offset``."""
    for quote in quotes:
        if quote.begin <= offset < quote.end:
            return quote
    return None
