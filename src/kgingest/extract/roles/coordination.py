"""Coordinated titles: "president and chief executive", "CEO and co-founder" name two posts held at once."""

from __future__ import annotations

import re

from kgingest.extract.actor_lexicon import TITLE_HEADS
from kgingest.extract.roles.words import TITLE_ABBREVIATIONS

# "and"/"&" between two titles; a portfolio list ("Minister of Trade and Industry") has its "of" before it.
_CONJUNCTION = re.compile(r"\s+(?:and|&)\s+")
_PORTFOLIO = re.compile(r"\b(?:of|for|on|to)\b", re.IGNORECASE)


def coordinated_titles(title: str) -> list[str]:
    """The posts a coordinated title names, each on its own; the title itself when it is one post."""
    parts = _CONJUNCTION.split(title)
    if len(parts) < 2 or any(_PORTFOLIO.search(part) for part in parts[:-1]):
        return [title]
    if not all(_ends_in_head(part) for part in parts[:-1]) or not _has_head(parts[-1]):
        return [title]
    return parts


def _word_is_head(word: str) -> bool:
    lower = word.lower()
    lower = TITLE_ABBREVIATIONS.get(lower, lower)
    return lower in TITLE_HEADS or lower.rsplit("-", 1)[-1] in TITLE_HEADS


def _ends_in_head(part: str) -> bool:
    words = part.split()
    return bool(words) and _word_is_head(words[-1])


def _has_head(part: str) -> bool:
    """The last conjunct ends in a title head, or carries one before its portfolio ("Director of X")."""
    before_portfolio = _PORTFOLIO.split(part)[0].split()
    return bool(before_portfolio) and _word_is_head(before_portfolio[-1])
