"""Coordinated titles: "president and chief executive", "CEO and co-founder" name two posts held at once."""

from __future__ import annotations

import re

from kgingest.extract.actor_lexicon import POST_HEADS, TITLE_HEADS, TITLE_MODIFIERS
from kgingest.extract.roles.words import POLICE_RANK_HEADS, RANK_WORDS, TITLE_ABBREVIATIONS, is_rank

# "and"/"&" between two titles; a portfolio list ("Minister of Trade and Industry") has its "of" before it.
_CONJUNCTION = re.compile(r"\s+(?:and|&)\s+")
_PORTFOLIO = re.compile(r"\b(?:of|for|on|to)\b", re.IGNORECASE)


def coordinated_titles(title: str) -> list[str]:
    """The posts a coordinated title names, each on its own; the title itself when it is one post."""
    stacked = _post_and_rank(title)
    if stacked is not None:
        return stacked
    parts = _CONJUNCTION.split(title)
    if len(parts) < 2 or any(_PORTFOLIO.search(part) for part in parts[:-1]):
        return [title]
    if not all(_ends_in_head(part) for part in parts[:-1]) or not _has_head(parts[-1]):
        return [title]
    return parts


def _post_and_rank(title: str) -> list[str] | None:
    """ "spokesman Colonel", "spokesman Major General": a post, then the military rank of its holder written
    right before the name; two posts. A lone "General" after a capitalised head is part of one title ("Secretary
    General"), after a lowercase one a rank ("army chief General X"). A police rank is split off only after a
    lowercase post ("spokesman Inspector X"): "Deputy Inspector General", "Deputy Superintendent" are one title."""
    words = title.split()
    k = len(words)
    while k > 0 and words[k - 1].lower() in RANK_WORDS and words[k - 1][:1].isupper():
        k -= 1
    rank = words[k:]
    if k == 0 or not rank or not rank[0][:1].isupper():
        return None
    if [w.lower() for w in rank] == ["general"] and words[k - 1][:1].isupper():
        return None
    if any(w.lower() in POLICE_RANK_HEADS for w in rank) and words[k - 1][:1].isupper():
        return None
    # "Assistant Chief X": a capitalised occupation word that also modifies a title ("assistant", "associate") opens
    # one post with the rank; a post of its own ("Commander Colonel X") does not.
    modifier = words[k - 1].lower()
    if words[k - 1][:1].isupper() and modifier in TITLE_MODIFIERS and modifier not in POST_HEADS:
        return None
    # "chief of staff General X": a lowercase portfolio after the head ends the post as well.
    # Not "Chief of Staff X": there the capitalised last word is the portfolio, no rank.
    lowercase_tail = (
        words[k - 1].islower()
        and not _PORTFOLIO.fullmatch(words[k - 1])
        and any(_word_is_head(w) for w in words[: k - 1])
        and is_rank(rank[-1])
    )
    if not _word_is_head(words[k - 1]) and not lowercase_tail:
        return None
    return [" ".join(words[:k]), " ".join(rank)]


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
