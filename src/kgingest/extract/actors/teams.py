"""National teams: in a match report, a state that a scoreline's sentence names is the side that played.

"Ruritania beat Freedonia 2 – 1" names two national teams (organizations), not two states; "lost 1 – 2 to
Wessex" makes a team of a home nation the gazetteer knows as a place. Only an article
with at least two scorelines and several words of a match report is read this way, so a vote ("passed 7-2")
in a political story makes no team.
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc

from kgingest.extract.actors.base import Draft
from kgingest.extract.lexicon import word_set

MATCH_WORDS = word_set("actors", "match_words")
# "2 – 1", "3-0": a scoreline (a year range such as "2019-2020" has more digits).
SCORELINE = re.compile(r"(?<![\w.,])\d{1,2}\s*[–—-]\s*\d{1,2}(?![\w.,]|\s*[–—-])")
# Distinct match words an article needs to be read as a match report.
MATCH_WORDS_NEEDED = 3


@functools.lru_cache(maxsize=8)  # asked for states and again for places, with the same text
def is_match_report(text: str) -> bool:
    """Two scorelines or more, and at least three distinct words of a match report."""
    if len(SCORELINE.findall(text)) < 2:
        return False
    words = set(re.findall(r"[a-z][a-z\-]+", text.lower()))
    return len(words & MATCH_WORDS) >= MATCH_WORDS_NEEDED


def national_teams(doc: Doc, text: str, drafts: dict[str, Draft]) -> set[str]:
    """The keys of ``drafts`` (states, or places such as a home nation) that are national teams: named in a
    sentence with a scoreline of a match report. Buildings never are."""
    if not is_match_report(text):
        return set()
    scored = [(s.start_char, s.end_char) for s in doc.sents if SCORELINE.search(s.text)]
    return {
        key
        for key, draft in drafts.items()
        if draft.place_type != "Building"
        and any(begin <= span.begin and span.end <= end for span in draft.mentions for begin, end in scored)
    }
