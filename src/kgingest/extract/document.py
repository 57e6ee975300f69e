"""Document services every extractor shares, computed from the article's text: the wire dateline.

A dateline ("BEIRUT (Reuters) -", "CITY, March 3 (Agency) —", "CITY —") opens a line and names where the
story was filed and, in brackets, the agency that filed it. It is the article's origin, not part of what
was said or done: actors take its city as a place and its agency as an organization, statements and
deployments leave it out of their clauses.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import islice

from spacy.tokens import Span as TokenSpan
from spacy.tokens import Token

from kgingest.extract.index import doc_text, sentence_of

# A wire dateline opening a line: "CITY (Agency) -", "CITY, Region, March 3 (Agency) —", "CITY, St. --". The dash
# has a space on at least one side, so a hyphenated word ("AP-GfK", "AFL-CIO") or a caps label glued to a dash
# ("FAREWELL—") opens no dateline; the dateline stays on its line.
DATELINE = re.compile(
    r"^(?P<city>[A-Z][A-Z.'’\-]+(?:[^\S\n]+[A-Z][A-Z.'’\-]+){0,3})"
    r"(?:,[^\S\n]+[A-Z][\w.'’]*(?:[^\S\n]+[A-Z][\w.'’]*){0,2})?"
    r"(?:,[^\S\n]+[A-Z][a-z]{2,8}\.?[^\S\n]+\d{1,2})?"
    r"(?:[^\S\n]*\((?P<agency>[A-Z][\w&.\-]*(?:[^\S\n]+[A-Z][\w&.\-]*){0,2})\))?"
    r"(?:[^\S\n]+(?:--|[-–—])|(?:--|[-–—])(?=\s))",
    re.MULTILINE,
)
# A dateline opens the article's first body paragraph, after at most a title and a byline.
LEAD_PARAGRAPHS = 3
# A dateline ends within the first words of its sentence.
DATELINE_TOKENS = 16
DATELINE_DASHES = frozenset({"-", "--", "—", "–"})


@dataclass(frozen=True)
class Dateline:
    """One dateline: its whole extent up to the dash, the city's and (if given) the agency's offsets."""

    begin: int
    end: int
    city: tuple[int, int]
    agency: tuple[int, int] | None


def find_datelines(text: str) -> list[Dateline]:
    """Every dateline of ``text``, in order; headings are the caller's to skip."""
    return [dateline for match in DATELINE.finditer(text) if (dateline := dateline_at(text, match.start()))]


def dateline_at(text: str, begin: int) -> Dateline | None:
    """The dateline opening the line that starts at ``begin`` (None when ``begin`` starts no line)."""
    match = DATELINE.match(text, begin)
    if match is None:
        return None
    return Dateline(
        match.start(), match.end(), match.span("city"), match.span("agency") if match.group("agency") else None
    )


def lead_dateline(text: str, paragraph_starts: Iterable[int], is_heading: Callable[[int], bool]) -> Dateline | None:
    """The dateline opening one of the article's first paragraphs (after a title or a byline), headings skipped."""
    for begin in islice(paragraph_starts, LEAD_PARAGRAPHS):
        dateline = None if is_heading(begin) else dateline_at(text, begin)
        if dateline is not None:
            return dateline
    return None


def dateline_end(sentence: TokenSpan | Token) -> int:
    """Index of the first token after a dateline opening ``sentence`` (or the sentence of a token), or the
    sentence's start: a verbless prefix of place, date and agency ended by a dash."""
    sent = sentence_of(sentence) if isinstance(sentence, Token) else sentence
    for token in sent[:DATELINE_TOKENS]:
        if token.text in DATELINE_DASHES:
            prefix = sent.doc[sent.start : token.i]
            if (
                prefix
                and not any(t.pos_ in ("VERB", "AUX") for t in prefix)
                and any(t.pos_ in ("PROPN", "NUM") for t in prefix)
            ):
                return token.i + 1
            return sent.start
    return sent.start


def same_paragraph(earlier: TokenSpan, later: TokenSpan) -> bool:
    """No line break lies between the start of ``earlier`` and the start of ``later`` (sentences end at line
    breaks, so two sentences that share a paragraph have none between them). The text is the doc's kept copy
    (`doc_text`): ``Doc.text`` joins every token again on each call, which made a walk over sentence pairs
    quadratic in the article's length."""
    return "\n" not in doc_text(earlier.doc)[earlier.start_char : later.start_char]


def sentence_before_in_paragraph(sentence: TokenSpan) -> TokenSpan | None:
    """The sentence before ``sentence`` in its paragraph, if any."""
    if sentence.start == 0:
        return None
    previous = sentence_of(sentence.doc[sentence.start - 1])
    return previous if same_paragraph(previous, sentence) else None


def sentence_after_in_paragraph(sentence: TokenSpan) -> TokenSpan | None:
    """The sentence after ``sentence`` in its paragraph, if any."""
    if sentence.end >= len(sentence.doc):
        return None
    following = sentence_of(sentence.doc[sentence.end])
    return following if same_paragraph(sentence, following) else None


def in_dateline(token: Token) -> bool:
    """Whether ``token`` is part of the dateline opening its sentence."""
    return token.i < dateline_end(token)
