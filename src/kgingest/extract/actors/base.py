"""Mentions, drafts and the shared state of the actor finder."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token
from spacy.tokens import Span as TokenSpan

from kgingest.extract.actor_lexicon import (
    PLACE_NOUNS,
)
from kgingest.extract.actors.names import (
    _last_word,
)
from kgingest.extract.actors.patterns import (
    BUILDING_HEADS,
    PHOTO_CREDIT,
    PLACE_OF,
    VENUE_HEADS,
)
from kgingest.extract.index import OffsetIndex, TakenRanges, bounded_literal, place_key
from kgingest.extract.lexicon import word_set
from kgingest.extract.spans import tokens_in
from kgingest.gazetteer import Country, load_gazetteer
from kgingest.model import ActorType, Article, Span


def _title_lines(text: str) -> list[tuple[int, int]]:
    """Lines set in title case, however long ("Readout of the Minister's Meeting with Her Ruritanian Counterpart
    on Trade and Energy"): every lowercase word a small word, so they are headings, no sentences. A title-case line
    closed by a full stop is a heading too when it stands as a paragraph of its own in the title block, before the
    first line of body text ("Senator Wins Primary."); further down it is a sentence ("Reporting by X and Y.")."""
    found = []
    in_title_block = True
    for match in re.finditer(r"[^\n]+", text):
        line = match.group().rstrip()
        if not line.strip():
            continue
        words = re.findall(r"[^\W\d_][\w'’-]*", line)
        capitalised = [w for w in words if w[:1].isupper()]
        title_case = (
            len(words) >= 4 and len(capitalised) >= 3 and all(w[:1].isupper() or w in _TITLE_SMALL_WORDS for w in words)
        )
        closed = line[-1] in _SENTENCE_CLOSERS
        # A photo's credit on a line of its own ("Pictora/Ana Ruiz") captions a picture: a heading, no sentence.
        if PHOTO_CREDIT.fullmatch(line.strip()):
            found.append((match.start(), match.start() + len(line)))
            continue
        if title_case and (not closed or (in_title_block and _own_paragraph(text, match.start(), match.end(), line))):
            found.append((match.start(), match.start() + len(line)))
        else:
            in_title_block = False
    # Words set in capitals, four or more in a row ("READ THE FULL STORY ON PAGE NINE"): a heading or a banner, even
    # inside a line or closed by a full stop.
    found.extend(run.span() for run in _CAPITALS_RUN.finditer(text))
    return sorted(found)


def _own_paragraph(text: str, begin: int, end: int, line: str) -> bool:
    """The line is one sentence with a blank line (or the text's edge) before and after it."""
    before = text[:begin].rstrip(" \t")
    after = text[end:].lstrip(" \t")
    return (
        (not before or before.endswith("\n\n"))
        and (not after or after.startswith("\n\n") or after.strip() == "")
        and re.search(r"[.!?][\"”’)]?\s", line) is None
    )


_WORD_CHARACTER = re.compile(r"\w")
# Four or more words in capitals in a row, on one line.
_CAPITALS_RUN = re.compile(r"\b[A-Z][A-Z'’-]+(?:[ \t]+[A-Z][A-Z'’-]+){3,}\b")


# What closes a sentence, and the small words a title leaves in lowercase.
_SENTENCE_CLOSERS = frozenset('.!?"”’)')
_TITLE_SMALL_WORDS = word_set("actors", "title_small_words")


@dataclass
class Mention:
    """A cleaned name occurrence: ``[begin, end)`` is the name, ``full_end`` includes a possessive."""

    begin: int
    end: int
    full_end: int
    label: str
    product: bool = False  # retyped as a thing made: its conjuncts in a list are such things too

    def span(self, text: str) -> Span:
        return Span(self.begin, self.full_end, text[self.begin : self.full_end])

    def name(self, text: str) -> str:
        return text[self.begin : self.end]


@dataclass
class Draft:
    """An actor or place being assembled before it enters the index."""

    kind: str  # person, org, state, place
    name: str
    mentions: list[Span] = field(default_factory=list)
    country: Country | None = None
    place_type: str = "Place"
    in_state: Country | None = None
    part_of_country: Country | None = None
    part_of_org: str | None = None
    located_in: str | None = None
    actor_type: ActorType | None = None


class FinderBase:
    """The state an article's actors are assembled in, and the token and draft helpers every stage uses."""

    def __init__(self, doc: Doc, article: Article) -> None:
        self.doc = doc
        self.article = article
        self.text = article.text
        headings = sorted({(h.begin, h.end) for h in article.headings} | set(_title_lines(article.text)))
        self.headings = headings
        self.heading_index = OffsetIndex(headings, lambda heading: heading)
        self.gazetteer = load_gazetteer()
        self.taken = TakenRanges()  # body offsets already given to an entity
        self.states: dict[str, Draft] = {}  # alpha2 -> draft
        self.persons: list[Draft] = []
        self.orgs: list[Draft] = []
        self.places: dict[str, Draft] = {}  # place key -> draft
        self.org_countries: dict[tuple[int, int], Country] = {}  # org span -> leading/trailing country
        self.inner_country_spans: dict[str, Span] = {}  # alpha2 -> a country named only inside an org name
        # The entity ruler's honorifics and ships' prefixes, by where they begin (read once, when first asked).
        self._honorifics: dict[int, TokenSpan] | None = None
        self._ship_prefixes: dict[int, TokenSpan] | None = None
        self._whole_word_counts: dict[str, int] = {}  # phrase -> times the text writes it as whole words
        self._token_ranges: dict[tuple[int, int], tuple[Token, ...]] = {}
        self._tokens_before: dict[int, Token | None] = {}
        self._tokens_after: dict[int, Token | None] = {}
        # The typing passes ask these of every mention again; the answers hang on where the name is (and its type).
        self._place_contexts: dict[tuple[int, int, int, str], str | None] = {}
        self._speaking: dict[tuple[int, int, int], bool] = {}
        self._points_verbs: dict[int, bool] = {}  # verb index -> its object counts points (a market index moved)

    def _times_written(self, phrase: str) -> int:
        """How often the text writes ``phrase`` as whole words (counted once per phrase and article)."""
        if phrase not in self._whole_word_counts:
            self._whole_word_counts[phrase] = sum(
                1 for _ in bounded_literal(phrase, self.text, _WORD_CHARACTER, _WORD_CHARACTER)
            )
        return self._whole_word_counts[phrase]

    # driver

    def _in_heading(self, begin: int, end: int) -> bool:
        return bool(self.heading_index.enclosing(begin, end))

    def _is_taken(self, begin: int, end: int) -> bool:
        return self.taken.overlaps(begin, end)

    def _take(self, begin: int, end: int) -> None:
        self.taken.add(begin, end)

    def _tokens(self, begin: int, end: int) -> list[Token]:
        # Every typing pass asks again for the same names' tokens: each range is read once per article.
        found = self._token_ranges.get((begin, end))
        if found is None:
            span = tokens_in(self.doc, begin, end)
            found = self._token_ranges[begin, end] = tuple(span) if span is not None else ()
        return list(found)

    def _token_before(self, offset: int) -> Token | None:
        if offset not in self._tokens_before:
            tokens = self._tokens(offset, offset + 1)
            found = None if not tokens or tokens[0].i == 0 else self.doc[tokens[0].i - 1]
            self._tokens_before[offset] = found
        return self._tokens_before[offset]

    def _token_after(self, offset: int) -> Token | None:
        if offset not in self._tokens_after:
            tokens = self._tokens(max(offset - 1, 0), offset)
            found = None if not tokens or tokens[-1].i + 1 >= len(self.doc) else self.doc[tokens[-1].i + 1]
            self._tokens_after[offset] = found
        return self._tokens_after[offset]

    # datelines

    def _add_state_mention(self, country: Country, span: Span) -> None:
        draft = self.states.get(country.alpha2)
        if draft is None:
            draft = Draft(kind="state", name=country.name, country=country)
            self.states[country.alpha2] = draft
        draft.mentions.append(span)

    def _add_person_mention(self, name: str, mention: Mention) -> None:
        draft = next((d for d in self.persons if d.name == name), None)
        if draft is None:
            draft = Draft(kind="person", name=name)
            self.persons.append(draft)
        draft.mentions.append(mention.span(self.text))
        self._take(mention.begin, mention.end)

    def _org_draft(self, name: str) -> Draft:
        draft = next((d for d in self.orgs if d.name == name), None)
        if draft is None:
            draft = Draft(kind="org", name=name, actor_type=ActorType.ORGANIZATION)
            self.orgs.append(draft)
        return draft

    def _place_context(self, entity: Mention) -> str | None:
        """The place type a surrounding noun gives: "X region", "the town of X"; else None."""
        key = (entity.begin, entity.end, entity.full_end, entity.label)
        if key not in self._place_contexts:
            self._place_contexts[key] = self._read_place_context(entity)
        return self._place_contexts[key]

    def _read_place_context(self, entity: Mention) -> str | None:
        name_words = entity.name(self.text).lower().split()
        if (name_words[-1:] and name_words[-1] in BUILDING_HEADS) or " ".join(name_words[-2:]) in VENUE_HEADS:
            return "Building"
        if re.match(r"-based\b", self.text[entity.end : entity.end + 7]):
            return "City"
        after = re.match(r"\s+([a-z]+)\b", self.text[entity.full_end : entity.full_end + 20])
        if after and after.group(1) in PLACE_NOUNS and entity.full_end == entity.end:
            return PLACE_NOUNS[after.group(1)]
        before = PLACE_OF.search(self.text[max(0, entity.begin - 30) : entity.begin])
        if before:
            return PLACE_NOUNS[before.group(1).lower()]
        last = _last_word(entity.name(self.text)).lower()
        if last in PLACE_NOUNS and entity.label in ("GPE", "LOC", "FAC"):
            return PLACE_NOUNS[last]
        return None

    def _add_place(self, begin: int, end: int, full_end: int, name: str, kind: str, state: Country | None) -> None:
        key = place_key(name)
        draft = self.places.get(key)
        if draft is None:
            draft = Draft(kind="place", name=name, place_type=kind)
            self.places[key] = draft
        elif draft.place_type in ("Place", "City") and kind not in ("Place", "City"):
            draft.place_type = kind
        if state is not None and draft.in_state is None:
            draft.in_state = state
        draft.mentions.append(Span(begin, full_end, self.text[begin:full_end]))

    # the index
