"""The article's entities as the later extraction stages see them, and the article's other indexes.

The actor stage writes its entities into the Doc (``doc.spans["kg_actors"]``, see `extract.components`);
`EntityIndex.from_doc` reads them back, and the role, statement and deployment stages resolve text spans to
actor and place keys through that index.

`OffsetIndex` and `SentenceIndex` are built once per article over what does
not change while extracting (quotations, paragraphs, headings, sentences), so
a lookup from inside a per-word or per-mention loop costs a bisection, not a
walk over the whole article.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from typing import Generic, TypeVar, overload

from spacy.attrs import DEP, LEMMA, LOWER, ORTH, POS, SENT_START, SPACY, TAG
from spacy.parts_of_speech import NAMES as POS_NAMES
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kgingest.model import Actor, ActorType, Place, Span
from kgingest.read import slug

T = TypeVar("T")


def actor_key(actor_type: ActorType, name: str) -> str:
    """Key of an actor: the same type and canonical name give the same key in every article."""
    return f"{actor_type.value.lower()}/{slug(name)}"


def unnamed_actor_key(actor_type: ActorType, article_key: str, description: str) -> str:
    """Key of an actor known only by a description within one article."""
    scope = f"{slug(article_key)}/" if article_key else ""
    return f"{actor_type.value.lower()}/{scope}{slug(description)}"


def place_key(name: str) -> str:
    return f"place/{slug(name)}"


@dataclass(frozen=True, order=True)
class MentionRef:
    """One mention of an actor or place, in text order."""

    span: Span
    key: str
    is_place: bool = False


def _order(ref: MentionRef) -> tuple[int, int, str, str, bool]:
    """Where ``ref`` sorts among mentions: the fields `MentionRef`'s ordering compares, in its order."""
    return (ref.span.begin, ref.span.end, ref.span.text, ref.key, ref.is_place)


class EntityIndex:
    """Actors, places and every mention of them, searchable by offset."""

    def __init__(self, article_key: str = "") -> None:
        self.article_key = article_key
        self.actors: list[Actor] = []
        self.places: list[Place] = []
        self._by_key: dict[str, Actor | Place] = {}
        # Every mention in text order, with its begin offsets alongside for bisection; the longest mention
        # bounds how far before an offset a mention overlapping it can begin.
        self._mentions: list[MentionRef] = []
        self._begins: list[int] = []
        # Each mention's place in that order as a plain tuple (`_order`): bisection compares these natively,
        # where comparing the mentions themselves runs the dataclass's comparison in Python at every step.
        self._orders: list[tuple[int, int, str, str, bool]] = []
        self._known: set[MentionRef] = set()
        self._longest = 0

    @classmethod
    def from_doc(cls, doc: Doc, article_key: str = "") -> EntityIndex:
        """The entities the actor components wrote into ``doc``, each with its mentions from the span group."""
        from kgingest.extract.components import entity_mentions

        index = cls(article_key)
        mentions = entity_mentions(doc)
        for record in doc._.kg_entities or []:
            entity = replace(record, mentions=list(mentions.get(record.key, [])))
            if isinstance(entity, Place):
                index.add_place(entity)
            else:
                index.add_actor(entity)
        return index

    # building

    def add_actor(self, actor: Actor) -> Actor:
        """Add ``actor``, or return the one already indexed under its key."""
        existing = self._by_key.get(actor.key)
        if isinstance(existing, Actor):
            return existing
        self.actors.append(actor)
        self._by_key[actor.key] = actor
        for span in actor.mentions:
            self._insert(MentionRef(span, actor.key))
        return actor

    def add_place(self, place: Place) -> Place:
        existing = self._by_key.get(place.key)
        if isinstance(existing, Place):
            return existing
        self.places.append(place)
        self._by_key[place.key] = place
        for span in place.mentions:
            self._insert(MentionRef(span, place.key, is_place=True))
        return place

    def add_mention(self, key: str, span: Span) -> None:
        """Record another mention of an indexed actor or place (and its surface form as an alias)."""
        entity = self._by_key[key]
        if span in entity.mentions:
            return
        entity.mentions.append(span)
        entity.mentions.sort()
        if span.text != entity.name and span.text not in entity.aliases:
            entity.aliases.append(span.text)
        self._insert(MentionRef(span, key, is_place=isinstance(entity, Place)))

    def _insert(self, ref: MentionRef) -> None:
        if ref in self._known:
            return
        self._known.add(ref)
        order = _order(ref)
        at = bisect.bisect_right(self._orders, order)
        self._orders.insert(at, order)
        self._mentions.insert(at, ref)
        self._begins.insert(at, ref.span.begin)
        self._longest = max(self._longest, ref.span.end - ref.span.begin)

    # looking up

    def actor(self, key: str) -> Actor | None:
        entity = self._by_key.get(key)
        return entity if isinstance(entity, Actor) else None

    def place(self, key: str) -> Place | None:
        entity = self._by_key.get(key)
        return entity if isinstance(entity, Place) else None

    def mentions(self) -> list[MentionRef]:
        return list(self._mentions)

    def mentions_in(self, begin: int, end: int) -> list[MentionRef]:
        """Mentions that overlap ``[begin, end)``, in text order."""
        first = bisect.bisect_right(self._begins, begin - self._longest)
        last = bisect.bisect_left(self._begins, end, lo=first)
        return [m for m in self._mentions[first:last] if begin < m.span.end]

    def at(self, begin: int, end: int) -> MentionRef | None:
        """The longest mention overlapping ``[begin, end)``."""
        found = self.mentions_in(begin, end)
        return max(found, key=lambda m: (m.span.end - m.span.begin, -m.span.begin)) if found else None

    def actor_at(self, begin: int, end: int) -> str | None:
        found = [m for m in self.mentions_in(begin, end) if not m.is_place]
        return max(found, key=lambda m: m.span.end - m.span.begin).key if found else None

    def place_at(self, begin: int, end: int) -> str | None:
        found = [m for m in self.mentions_in(begin, end) if m.is_place]
        return max(found, key=lambda m: m.span.end - m.span.begin).key if found else None

    def mentions_after(self, offset: int) -> Iterator[MentionRef]:
        """Mentions beginning after ``offset``, in text order (read lazily: add none while walking them)."""
        first = bisect.bisect_right(self._begins, offset)
        return (self._mentions[n] for n in range(first, len(self._mentions)))

    def mentions_before(self, offset: int) -> Iterator[MentionRef]:
        """Mentions ending at or before ``offset``, nearest first, read lazily: a backward search that stops
        early walks only what it reads (add no mention while walking them)."""
        for n in range(bisect.bisect_right(self._begins, offset) - 1, -1, -1):
            mention = self._mentions[n]
            if mention.span.end <= offset:
                yield mention

    def actor_mentions_before(self, offset: int) -> Iterator[MentionRef]:
        """Actor mentions ending at or before ``offset``, nearest first (for pronouns); read lazily, like
        `mentions_before`."""
        return (mention for mention in self.mentions_before(offset) if not mention.is_place)

    def actor_mentions_between(self, since: int, offset: int) -> list[MentionRef]:
        """Actor mentions beginning at or after ``since`` and ending at or before ``offset``, nearest first:
        `actor_mentions_before` cut where a backward search stops, without walking the rest of the article."""
        first = bisect.bisect_left(self._begins, since)
        last = bisect.bisect_right(self._begins, offset, lo=first)
        return [m for m in reversed(self._mentions[first:last]) if not m.is_place and m.span.end <= offset]

    def ensure_actor(self, actor_type: ActorType, name: str, span: Span) -> str:
        """Key of an unnamed actor ("analysts", "a ministry spokesperson"), added with this mention when new.

        Only this article identifies such an actor, so its key is scoped to the
        article: two articles' "analysts" are not the same group.
        """
        key = unnamed_actor_key(actor_type, self.article_key, name)
        if key not in self._by_key:
            self.add_actor(Actor(key=key, type=actor_type, name=name, mentions=[span]))
        else:
            self.add_mention(key, span)
        return key


_FACT_COLUMNS = [ORTH, LOWER, LEMMA, DEP, POS, TAG, SPACY, SENT_START]


class TokenFacts:
    """Each token's strings as plain lists (position ``i`` is ``doc[i]``), each read once from ``Doc.to_array``
    on first use: a walk over the whole article that tests a word's text or tag builds no spaCy ``Token`` per
    word (building them was most of such a walk's time), and asks for the ``Token`` only where the test passes.
    """

    def __init__(self, doc: Doc) -> None:
        # The columns are read at once and the Doc is not kept (kept with it, it would make it a cycle).
        self._columns = doc.to_array(_FACT_COLUMNS).T.tolist() if len(doc) else [[] for _ in _FACT_COLUMNS]
        self._store = doc.vocab.strings
        self.size = len(doc)

    def _column(self, attribute: int) -> list[int]:
        return self._columns[_FACT_COLUMNS.index(attribute)]

    def _strings(self, attribute: int) -> list[str]:
        column = self._column(attribute)
        # Each distinct value looked up once: most words of an article recur ("the", ",").
        names = {value: self._store[value] for value in set(column)}
        return [names[value] for value in column]

    @cached_property
    def texts(self) -> list[str]:
        """``token.text`` of every token."""
        return self._strings(ORTH)

    @cached_property
    def lowers(self) -> list[str]:
        """``token.lower_`` of every token."""
        return self._strings(LOWER)

    @cached_property
    def lemmas(self) -> list[str]:
        """``token.lemma_`` of every token."""
        return self._strings(LEMMA)

    @cached_property
    def deps(self) -> list[str]:
        """``token.dep_`` of every token."""
        return self._strings(DEP)

    @cached_property
    def tags(self) -> list[str]:
        """``token.pos_`` (the coarse part of speech) of every token."""
        return [POS_NAMES[value] for value in self._column(POS)]

    @cached_property
    def fine_tags(self) -> list[str]:
        """``token.tag_`` (the fine-grained tag: "VBD", "NNPS") of every token."""
        return self._strings(TAG)

    @cached_property
    def text(self) -> str:
        """``doc.text``: every token's text and the space after it, if any."""
        spaces = self._column(SPACY)
        return "".join(text + " " if space else text for text, space in zip(self.texts, spaces, strict=True))

    @cached_property
    def sentence_starts(self) -> list[int]:
        """Where each sentence begins, as ``[s.start for s in doc.sents]`` (a doc without sentence boundaries,
        where spaCy raises, is one sentence here)."""
        flags = self._column(SENT_START)
        return [i for i, flag in enumerate(flags) if flag == 1 or i == 0]

    def sentence_bounds(self, i: int) -> tuple[int, int]:
        """``(doc[i].sent.start, doc[i].sent.end)``, by bisection over the sentence starts."""
        starts = self.sentence_starts
        at = bisect.bisect_right(starts, i) - 1
        return starts[at], starts[at + 1] if at + 1 < len(starts) else self.size


_FACTS_KEY = "kgingest.token_facts"


def token_facts(doc: Doc) -> TokenFacts:
    """The `TokenFacts` of ``doc``, kept with it (read anew if its tokens changed since)."""
    facts = doc.user_data.get(_FACTS_KEY)
    if not isinstance(facts, TokenFacts) or facts.size != len(doc):
        facts = doc.user_data[_FACTS_KEY] = TokenFacts(doc)
    return facts


def sentence_of(token: Token) -> SpacySpan:
    """``token.sent``, from the sentence starts read once per article: spaCy looks for both ends of the
    sentence again on every call."""
    start, end = token_facts(token.doc).sentence_bounds(token.i)
    return token.doc[start:end]


def sentence_start(token: Token) -> int:
    """``token.sent.start``, without building the sentence."""
    return token_facts(token.doc).sentence_bounds(token.i)[0]


_TEXT_KEY = "kgingest.text"


def doc_text(doc: Doc) -> str:
    """The article text of ``doc``, joined from its tokens once and kept with the doc (``Doc.text`` joins them
    again on every call)."""
    text = doc.user_data.get(_TEXT_KEY)
    if not isinstance(text, str):
        text = doc.user_data[_TEXT_KEY] = token_facts(doc).text
    return text


_LOWERCASE_NOUNS_KEY = "kgingest.lowercase_noun_lemmas"


def lowercase_noun_lemmas(doc: Doc) -> frozenset[str]:
    """The lemmas of the nouns ``doc`` writes in lowercase, gathered once and kept with the doc: a per-mention
    check that walked every token of the article for them was a quarter of the extraction time."""
    lemmas = doc.user_data.get(_LOWERCASE_NOUNS_KEY)
    if not isinstance(lemmas, frozenset):
        facts = token_facts(doc)
        lemmas = doc.user_data[_LOWERCASE_NOUNS_KEY] = frozenset(
            lemma
            for text, tag, lemma in zip(facts.texts, facts.tags, facts.lemmas, strict=True)
            if tag == "NOUN" and text.islower()
        )
    return lemmas


def bounded_literal(
    literal: str, text: str, not_before: re.Pattern[str], not_after: re.Pattern[str]
) -> Iterator[tuple[int, int]]:
    """Where ``text`` writes ``literal`` with no character ``not_before`` matches right before it and none
    ``not_after`` matches right after, from left to right without overlaps: the spans of
    ``re.finditer(rf"(?<!{before}){re.escape(literal)}(?!{after})", text)`` for single-character patterns, with no
    pattern compiled per literal (every name of every article was one more compiled regular expression)."""
    if not literal:
        raise ValueError("bounded_literal needs a literal")
    size = len(literal)
    at = text.find(literal)
    while at != -1:
        end = at + size
        if (at == 0 or not not_before.match(text, at - 1)) and (end == len(text) or not not_after.match(text, end)):
            yield at, end
            at = text.find(literal, end)
        else:
            at = text.find(literal, at + 1)


def literal_matches(pattern: re.Pattern[str], literal: str, text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern that matches ``literal`` and nothing else, between zero-width
    assertions ("(?<!\\w)Name(?!\\w)"): ``str.find`` jumps from one occurrence of the literal to the next, where
    the regular expression would try every position of the article."""
    if not literal:
        yield from pattern.finditer(text)
        return
    at = text.find(literal)
    while at != -1:
        match = pattern.match(text, at)
        if match is not None:
            yield match
            at = text.find(literal, match.end())
        else:
            at = text.find(literal, at + 1)


class OffsetIndex(Sequence[T], Generic[T]):
    """Items with a character extent ``[begin, end)``, in text order, found near an offset by bisection.

    The items must come sorted by where they begin; they may overlap. The sequence is the items themselves, so
    code that walks all of them still can.
    """

    def __init__(self, items: Iterable[T], extent: Callable[[T], tuple[int, int]]) -> None:
        self._items = list(items)
        extents = [extent(item) for item in self._items]
        self._begins = [begin for begin, _ in extents]
        if any(a > b for a, b in zip(self._begins, self._begins[1:], strict=False)):
            raise ValueError("an OffsetIndex needs its items sorted by where they begin")
        self._ends = [end for _, end in extents]
        # No item ends further after its begin than this, so none that begins earlier can reach an offset.
        self._longest = max((end - begin for begin, end in extents), default=0)

    @overload
    def __getitem__(self, at: int) -> T: ...

    @overload
    def __getitem__(self, at: slice) -> list[T]: ...

    def __getitem__(self, at: int | slice) -> T | list[T]:
        return self._items[at]

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[T]:
        return iter(self._items)

    def _first_reaching(self, offset: int) -> int:
        """Position of the first item that may end after ``offset`` (none before it does)."""
        return bisect.bisect_right(self._begins, offset - self._longest)

    def overlapping(self, begin: int, end: int) -> list[T]:
        """Items that overlap ``[begin, end)``, in order."""
        first = self._first_reaching(begin)
        last = bisect.bisect_left(self._begins, end, lo=first)
        return [self._items[n] for n in range(first, last) if begin < self._ends[n]]

    def position_at(self, offset: int) -> int | None:
        """Position of the first item (in order) with ``begin <= offset < end``."""
        for n in range(self._first_reaching(offset), bisect.bisect_right(self._begins, offset)):
            if offset < self._ends[n]:
                return n
        return None

    def at(self, offset: int) -> T | None:
        """The first item (in order) with ``begin <= offset < end``."""
        position = self.position_at(offset)
        return self._items[position] if position is not None else None

    def from_reaching(self, offset: int) -> Iterator[T]:
        """The items in order, from the first that may end after ``offset``: the ones skipped all end at or
        before it. For a walk that grows its range as it goes and stops at the first item beginning past it."""
        return (self._items[n] for n in range(self._first_reaching(offset), len(self._items)))

    def beginning_in(self, begin: int, end: int) -> list[T]:
        """Items that begin in ``[begin, end)``, in order."""
        first = bisect.bisect_left(self._begins, begin)
        return self._items[first : bisect.bisect_left(self._begins, end, lo=first)]

    def enclosing(self, begin: int, end: int) -> list[T]:
        """Items with ``item begin <= begin`` and ``end <= item end``, in order."""
        first = bisect.bisect_left(self._begins, end - self._longest)
        last = bisect.bisect_right(self._begins, begin)
        return [self._items[n] for n in range(first, last) if end <= self._ends[n]]

    def last_beginning_before(self, offset: int) -> T | None:
        """The item that begins last before ``offset`` (the first in order of several that begin there)."""
        at = bisect.bisect_left(self._begins, offset)
        if at == 0:
            return None
        return self._items[bisect.bisect_left(self._begins, self._begins[at - 1], hi=at)]

    def first_beginning_from(self, offset: int) -> T | None:
        """The first item (in order) that begins at or after ``offset``."""
        at = bisect.bisect_left(self._begins, offset)
        return self._items[at] if at < len(self._items) else None

    def before(self, offset: int) -> list[T]:
        """Items beginning before ``offset``, in order."""
        return self._items[: bisect.bisect_left(self._begins, offset)]


class SentenceIndex:
    """The sentences of a parsed article, listed once, with each sentence's position found by bisection."""

    def __init__(self, doc: Doc) -> None:
        self.sentences: list[SpacySpan] = list(doc.sents)
        self._starts = [sentence.start for sentence in self.sentences]
        self._char_starts = [sentence.start_char for sentence in self.sentences]
        self._doc = doc
        self._ents: list[SpacySpan] | None = None  # listed on first use, after the actor stage wrote them
        self._ent_starts: list[int] = []

    def position(self, sentence: SpacySpan) -> int | None:
        """The number of the sentence that starts where ``sentence`` does (None when no sentence does)."""
        at = bisect.bisect_left(self._starts, sentence.start)
        return at if at < len(self._starts) and self._starts[at] == sentence.start else None

    def ents_in(self, span: SpacySpan) -> list[SpacySpan]:
        """``span.ents`` (the entities wholly inside it, in order) from the Doc's entities listed once: spaCy's
        ``Span.ents`` builds every entity of the Doc on each call, a cost that grows with the article."""
        if self._ents is None:
            self._ents = list(self._doc.ents)
            self._ent_starts = [ent.start for ent in self._ents]
        found: list[SpacySpan] = []
        for ent in self._ents[bisect.bisect_left(self._ent_starts, span.start) :]:
            if ent.end > span.end:
                break
            found.append(ent)
        return found

    def starting_between(self, begin_char: int, end_token: int) -> list[SpacySpan]:
        """Sentences that start at or after character ``begin_char`` and end at or before token ``end_token``."""
        first = bisect.bisect_left(self._char_starts, begin_char)
        return [s for s in self.sentences[first : bisect.bisect_right(self._starts, end_token)] if s.end <= end_token]


class LineBreaks:
    """Where the line breaks of a text are, to tell by bisection whether two offsets share a paragraph."""

    def __init__(self, text: str) -> None:
        self._offsets = [match.start() for match in re.finditer("\n", text)]

    def between(self, a: int, b: int) -> bool:
        """A line break lies in ``text[min(a, b):max(a, b)]``."""
        low, high = min(a, b), max(a, b)
        at = bisect.bisect_left(self._offsets, low)
        return at < len(self._offsets) and self._offsets[at] < high


class TakenRanges:
    """Character ranges handed out one by one, asked whether a new range overlaps any of them."""

    def __init__(self) -> None:
        self._begins: list[int] = []
        self._ends: list[int] = []
        self._longest = 0

    def add(self, begin: int, end: int) -> None:
        at = bisect.bisect_right(self._begins, begin)
        self._begins.insert(at, begin)
        self._ends.insert(at, end)
        self._longest = max(self._longest, end - begin)

    def overlaps(self, begin: int, end: int) -> bool:
        """Some range added so far overlaps ``[begin, end)``."""
        first = bisect.bisect_right(self._begins, begin - self._longest)
        last = bisect.bisect_left(self._begins, end, lo=first)
        return any(begin < self._ends[n] for n in range(first, last))
