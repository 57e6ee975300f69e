"""Document services every extractor shares, computed from the article's text: the wire dateline.

A dateline ("BEIRUT (Reuters) -", "CITY, March 3 (Agency) —", "CITY —") opens a line and names where the
story was filed and, in brackets, the agency that filed it. It is the article's origin, not part of what
was said or done: actors take its city as a place and its agency as an organization, statements and
deployments leave it out of their clauses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span as TokenSpan
from spacy.tokens import Token

# A wire dateline opening a line: "CITY (Agency) -", "CITY, March 3 (Agency) —", "CITY —".
DATELINE = re.compile(
    r"^(?P<city>[A-Z][A-Z.'’\-]+(?:\s+[A-Z][A-Z.'’\-]+){0,3})"
    r"(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
    r"(?:\s*\((?P<agency>[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,2})\))?"
    r"\s*[-–—]",
    re.MULTILINE,
)
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
    return [
        Dateline(
            match.start(),
            match.end(),
            match.span("city"),
            match.span("agency") if match.group("agency") else None,
        )
        for match in DATELINE.finditer(text)
    ]


def dateline_end(sentence: TokenSpan | Token) -> int:
    """Index of the first token after a dateline opening ``sentence`` (or the sentence of a token), or the
    sentence's start: a verbless prefix of place, date and agency ended by a dash."""
    sent = sentence.sent if isinstance(sentence, Token) else sentence
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


def in_dateline(token: Token) -> bool:
    """Whether ``token`` is part of the dateline opening its sentence."""
    return token.i < dateline_end(token)
