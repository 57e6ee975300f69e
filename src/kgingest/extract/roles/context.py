"""What every role rule reads: the parse, the entity index, the antecedent service and the article's main
state, with the token and mention lookups they share."""

from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from kgingest.extract.actor_lexicon import NON_NAME_WORDS, TITLE_HEADS, TITLE_MODIFIERS
from kgingest.extract.antecedents import Antecedents
from kgingest.extract.document import DATELINE
from kgingest.extract.index import EntityIndex, MentionRef, actor_key, sentence_of
from kgingest.extract.roles.words import (
    DATELINE_WEIGHT,
    MAIN_ORGANIZATION_MENTIONS,
    canonical,
    is_party,
    is_split_abbreviation,
)
from kgingest.extract.spans import tokens_in
from kgingest.gazetteer import load_gazetteer
from kgingest.model import ActorType, Article, Role, Span
from kgingest.timex import TIME_ENTITIES


@dataclass
class Found:
    """A role read off the words around one mention, before it is checked against those found so far."""

    title: str | None
    of: str | None
    begin: int
    end: int
    member_of: str | None = None
    bare: bool = False  # a post named before the name with no owner in the text ("Mayor X"): kept, of unknown
    guessed: bool = False  # a state's post whose owner no word gives: the sentence's or the article's state


@dataclass
class RoleContext:
    doc: Doc
    text: str
    index: EntityIndex
    headings: list[tuple[int, int]]
    main_state: str | None
    antecedents: Antecedents
    known_roles: list[Role] = field(default_factory=list)  # roles of the people handled so far
    main_organization: str | None = None
    home_state: str | None = None  # the state the text writes from: see home_state()

    @classmethod
    def of(cls, doc: Doc, article: Article, index: EntityIndex) -> RoleContext:
        headings = [(h.begin, h.end) for h in article.headings]
        context = cls(doc, article.text, index, headings, main_state(index, article.text), Antecedents(doc, index))
        context.main_organization = main_organization(index)
        context.home_state = home_state(index, doc)
        return context

    def tokens(self, begin: int, end: int) -> list[Token]:
        found = tokens_in(self.doc, begin, end)
        return list(found) if found is not None else []

    def tokens_from(self, offset: int) -> list[Token]:
        found = tokens_in(self.doc, offset, offset + 1)
        if found is None:
            return []
        start = found[0].i
        sentence = sentence_of(found[0])  # once: a token's sentence is looked for anew on every call
        return [t for t in self.doc[start : start + 12] if sentence.start <= t.i < sentence.end]

    def mention_at(self, token: Token) -> MentionRef | None:
        return self.antecedents.mention_at(token)

    def mention_starting(self, offset: int) -> MentionRef | None:
        refs = [r for r in self.index.mentions_in(offset, offset + 1) if r.span.begin == offset]
        return max(refs, key=lambda r: r.span.end) if refs else None

    def holder_key(self, span: Span) -> str | None:
        refs = [r for r in self.index.mentions_in(span.begin, span.end) if r.span == span]
        return refs[0].key if refs else None

    def is_type(self, ref: MentionRef, wanted: ActorType) -> bool:
        return self.antecedents.actor_type(ref.key) is wanted

    def is_type_key(self, key: str, wanted: ActorType) -> bool:
        return self.antecedents.actor_type(key) is wanted

    def title_word(self, token: Token) -> bool:
        lower = canonical(token)
        if lower in TITLE_HEADS or lower in TITLE_MODIFIERS:
            return True
        # "Maj" "." "Gen.": the full stop of an abbreviated title the tokenizer split off.
        if token.text == "." and token.i > 0 and is_split_abbreviation(self.doc[token.i - 1]):
            return True
        # "secretary-general": a hyphen inside a word joins the parts of one title.
        if token.text in ("-", "‑") and not token.whitespace_ and token.i > 0 and not self.doc[token.i - 1].whitespace_:
            return True
        if self._hyphen_prefix(token):
            return True
        # Capitalised words inside a title ("Majority leader") that name nothing themselves.
        # Not a day or a month: "On Friday President X" has no post "Friday President".
        return (
            token.text[:1].isupper()
            and token.pos_ in ("PROPN", "NOUN", "ADJ")
            and lower not in NON_NAME_WORDS
            and token.ent_type_ not in TIME_ENTITIES
        )

    def _hyphen_prefix(self, token: Token) -> bool:
        """ "co" in "co-founder", "ex" in "ex-minister": a word joined by a hyphen to the title word after it."""
        following = self.doc[token.i + 1 : token.i + 3]
        return (
            token.is_alpha
            and not token.whitespace_
            and len(following) == 2
            and following[0].text in ("-", "‑")
            and not following[0].whitespace_
            and canonical(following[1]) in TITLE_HEADS
        )

    def quoted(self, token: Token) -> bool:
        """Whether the token stands inside quotation marks in its paragraph (a speaker's words, not the text's)."""
        start = self.text.rfind("\n", 0, token.idx) + 1
        before = self.text[start : token.idx]
        opened = before.count("“") - before.count("”")
        return opened > 0 or (before.count('"') % 2 == 1)

    def nearest_organization(self, offset: int) -> MentionRef | None:
        """The organization (not a party) named last before ``offset``, in this sentence or the one before."""
        return self.antecedents.last_actor_before(
            offset, lambda a: a.type is ActorType.ORGANIZATION and not is_party(a)
        )


def main_organization(index: EntityIndex) -> str | None:
    """The organization (not a party) the article is about: named at least three times, and more often than any
    other."""
    counts = sorted(
        ((len(a.mentions), a.key) for a in index.actors if a.type is ActorType.ORGANIZATION and not is_party(a)),
        reverse=True,
    )
    if not counts or counts[0][0] < MAIN_ORGANIZATION_MENTIONS:
        return None
    return counts[0][1] if len(counts) == 1 or counts[0][0] > counts[1][0] else None


def main_state(index: EntityIndex, text: str) -> str | None:
    """The state the article is mostly about: its mentions and those of its places, plus the weight of the
    dateline when the story was filed from one of its places (earliest first on a tie)."""
    counts: Counter[str] = Counter()
    first: dict[str, int] = {}
    for actor in index.actors:
        if actor.type is ActorType.STATE and actor.mentions:
            counts[actor.key] = len(actor.mentions)
            first[actor.key] = actor.mentions[0].begin
    if not counts:
        return None
    dateline = DATELINE.search(text)
    for place in index.places:
        state = place.in_state
        if state is not None and state in counts:
            counts[state] += len(place.mentions)
            if dateline and any(m.begin == dateline.start("city") for m in place.mentions):
                counts[state] += DATELINE_WEIGHT
    ranked = sorted(counts.values(), reverse=True)
    if len(ranked) > 1 and ranked[0] == ranked[1]:
        return None  # two states as often: the article is about neither more than the other
    return max(counts, key=lambda k: (counts[k], -first[k]))


def home_state(index: EntityIndex, doc: Doc) -> str | None:
    """The state the article is written from: the one (named in it) whose provinces the text names most
    often in sentences that do not name the state itself. A writer names a foreign province beside its state
    ("in Xland's northern province of Y") but a home one alone ("the senator from Y"); no state when two tie."""
    named = {a.key for a in index.actors if a.type is ActorType.STATE}
    counts: Counter[str] = Counter()
    for place in index.places:
        state = _province_state(place.name, named)
        if state not in named:  # an owner is an actor of the article
            continue
        for mention in place.mentions:
            found = tokens_in(doc, mention.begin, mention.end)
            if found is None:
                continue
            sentence = sentence_of(found[0])
            if not any(r.key == state for r in index.mentions_in(sentence.start_char, sentence.end_char)):
                counts[state] += 1
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _province_state(name: str, named: set[str]) -> str | None:
    """The state a first-level division of that name lies in: the one state with such a province, or the one of
    several the article names; none for a name that is also a capital (it stands for a government)."""
    gazetteer = load_gazetteer()
    if gazetteer.capital(name) is not None:
        return None
    keys = set(_province_states().get(name, ()))
    if len(keys) > 1:
        keys &= named
    return keys.pop() if len(keys) == 1 else None


@functools.cache
def _province_states() -> dict[str, frozenset[str]]:
    """The states by the names of their first-level divisions: a province's name, and its name before each
    " (" ("Georgia (state)" is also "Georgia"); built once, not searched through every country per place."""
    found: dict[str, set[str]] = {}
    for country in load_gazetteer().countries:
        key = actor_key(ActorType.STATE, country.name)
        for province in country.provinces:
            found.setdefault(province, set()).add(key)
            at = province.find(" (")
            while at >= 0:
                found.setdefault(province[:at], set()).add(key)
                at = province.find(" (", at + 1)
    return {name: frozenset(keys) for name, keys in found.items()}
