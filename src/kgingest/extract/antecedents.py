"""What a pronoun, a possessive or a description points back to: one service for every extraction stage.

Speakers ("he said"), roles ("its chief executive, X") and deployments ("it has sent troops") all ask the
same question, which actor named earlier a word stands for. The answers here read the entity index and the
parse; each method says how far back it looks.

    antecedents = Antecedents(doc, index)
    antecedents.resolve_pronoun(token)            # "he", "it", "they", "its", "their" -> actor key
    antecedents.gender_of(key)                    # "masculine" / "feminine" as the article tells, or None
    antecedents.possessive_owner(token)           # "its"/"their"/"whose" before a noun -> MentionRef
    antecedents.last_actor_before(offset, accept) # nearest accepted actor, this sentence or the one before
    antecedents.nearest_of_type(offset, types)    # nearest actor of these types anywhere before
    antecedents.organization_named_by("commission", offset)
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Collection

from spacy.tokens import Doc, Span, Token

from kgingest.extract.index import (
    EntityIndex,
    MentionRef,
    OffsetIndex,
    SentenceIndex,
    doc_text,
    sentence_of,
    token_facts,
)
from kgingest.extract.lexicon import PERSON_PRONOUNS, PLURAL_PRONOUNS, THING_PRONOUNS, word_set
from kgingest.extract.quotes import Quote
from kgingest.extract.spans import tokens_in
from kgingest.model import Actor, ActorType

# How far back (in sentences) a personal pronoun may look for what it refers to.
PRONOUN_SENTENCES = 3
ACTIVE_SUBJECT = "nsubj"
SUBJECT_DEPS = frozenset({ACTIVE_SUBJECT, "nsubjpass"})
# Words that narrow a noun from before it: "sports" and "new" in "the new sports minister".
MODIFIER_DEPS = frozenset({"compound", "amod"})
# Dependency labels that join a word to the noun phrase it is part of, on the way up to the phrase's role.
_PHRASE_DEPS = frozenset({"compound", "flat", "appos", "conj"})
_NOT_PEOPLE = frozenset({ActorType.ORGANIZATION, ActorType.STATE, ActorType.GROUP})
_GROUPS_FIRST = frozenset({ActorType.GROUP, ActorType.ORGANIZATION, ActorType.STATE})
# Nouns for an organization that a sentence subject may describe ("Its president ..." after "the federation ...").
ORGANIZATION_DESCRIPTIONS = word_set("reporting", "ORGANIZATION_DESCRIPTIONS")
_FUNCTION_WORDS = frozenset({"of", "the", "and", "for", "a", "an", "at", "'s", "’s", ","})

MASCULINE = "masculine"
FEMININE = "feminine"
_PRONOUN_GENDERS = {
    **dict.fromkeys(word_set("speakers", "MASCULINE_PRONOUNS"), MASCULINE),
    **dict.fromkeys(word_set("speakers", "FEMININE_PRONOUNS"), FEMININE),
}
_TITLE_GENDERS = {
    **dict.fromkeys(word_set("speakers", "MASCULINE_TITLES"), MASCULINE),
    **dict.fromkeys(word_set("speakers", "FEMININE_TITLES"), FEMININE),
}
_NOUN_GENDERS = {
    **dict.fromkeys(word_set("speakers", "MASCULINE_NOUNS"), MASCULINE),
    **dict.fromkeys(word_set("speakers", "FEMININE_NOUNS"), FEMININE),
}
# A title or noun said of the person outweighs a pronoun near their name, which may be someone else's.
_DESCRIPTION_WEIGHT = 3
# Links from a name to a noun that describes its bearer: "Congresswoman Jane Roe", "Roe, his widow", "the
# spokeswoman, Jane Roe".
_DESCRIBING_DEPS = frozenset({"compound", "appos"})
_TITLE_BEFORE = re.compile(r"([A-Za-z]+)\.?\s*$")


def pronoun_types(pronoun: str) -> frozenset[ActorType] | None:
    """The kinds of actor a personal or possessive pronoun can stand for ("he": a person; "its": not one)."""
    lower = pronoun.lower()
    if lower in PERSON_PRONOUNS or lower == "his":
        return frozenset({ActorType.PERSON})
    if lower in THING_PRONOUNS or lower == "its":
        return _NOT_PEOPLE
    if lower in PLURAL_PRONOUNS or lower == "their":
        return _GROUPS_FIRST
    return None


def pronoun_gender(pronoun: str) -> str | None:
    """ "she", "her", "herself": feminine; "he", "his": masculine; any other pronoun: None."""
    return _PRONOUN_GENDERS.get(pronoun.lower())


def is_subject(token: Token) -> bool:
    """The token is (part of) a clause subject, directly or through compounds, flat names and appositions."""
    while token.dep_ in _PHRASE_DEPS and token.head.i != token.i:
        token = token.head
    return token.dep_ in SUBJECT_DEPS


def is_main_subject(token: Token) -> bool:
    """The token is the subject of its sentence's main verb, or the owner of that subject."""
    if token.dep_ == "poss":
        token = token.head
    return token.dep_ in SUBJECT_DEPS and token.head.dep_ == "ROOT"


class Antecedents:
    """Antecedent lookups over one article's parse and entity index."""

    def __init__(
        self,
        doc: Doc,
        index: EntityIndex,
        *,
        sentences: SentenceIndex | None = None,
        quotes: OffsetIndex[Quote] | None = None,
    ) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.index = index
        self.sentences = sentences or SentenceIndex(doc)
        self.quotes = quotes  # mentions inside another quotation than the pronoun's are skipped when given
        self.genders = PersonGenders(doc, index, quotes)

    # ------------------------------------------------------------ personal pronouns

    def resolve_pronoun(self, pronoun: Token, sentences: int = PRONOUN_SENTENCES) -> str | None:
        """The nearest fitting actor mentioned before ``pronoun`` within ``sentences`` sentences, sentence
        subjects first."""
        fits = pronoun_types(pronoun.lower_)
        if fits is None:
            return None
        fitting = [m for m in self.mentions_back(pronoun, sentences) if self.actor_type(m.key) in fits]
        # learnt before the gender test, so a wrong guess at someone's gender cannot feed itself
        self.genders.learn_from_sole_candidate(pronoun, fitting)
        candidates = [m for m in fitting if self.agrees(pronoun, m.key)]
        if not candidates:
            return None
        # A subject, or the owner of one, earlier in the pronoun's own sentence comes first: "Roe denied rumors he
        # would quit", "Roe's sister begged him to stay, but he refused".
        own = [
            m for m in candidates if m.span.begin >= sentence_of(pronoun).start_char and self.subject_or_its_owner(m)
        ]
        candidates = own or candidates
        subjects = [m for m in candidates if self.mention_is_subject(m)]
        return (subjects or candidates)[0].key

    # ------------------------------------------------------------ gender

    def agrees(self, pronoun: Token, key: str) -> bool:
        """The pronoun's gender does not clash with what the article tells of the actor's ("she" is no "Mr. Roe")."""
        wanted = pronoun_gender(pronoun.lower_)
        if wanted is None:
            return True
        known = self.genders.gender_of(key, pronoun.i)
        return known is None or known == wanted

    def gender_of(self, key: str, pronoun: int | None = None) -> str | None:
        """See `PersonGenders.gender_of`."""
        return self.genders.gender_of(key, pronoun)

    # ------------------------------------------------------------ mentions

    def mentions_back(self, token: Token, sentences: int) -> list[MentionRef]:
        """Actor mentions before ``token`` (nearest first) within ``sentences`` sentences before its own."""
        position = self.sentences.position(sentence_of(token)) or 0
        window_begin = self.sentences.sentences[max(0, position - sentences)].start_char
        mentions = self.index.actor_mentions_between(window_begin, token.idx)
        if self.quotes is None:
            return mentions
        own_quote = self.quotes.at(token.idx)
        return [m for m in mentions if self.quotes.at(m.span.begin) in (None, own_quote)]

    def subject_or_its_owner(self, mention: MentionRef) -> bool:
        return subject_or_its_owner(self.doc, mention)

    def mention_is_subject(self, mention: MentionRef) -> bool:
        tokens = tokens_in(self.doc, mention.span.begin, mention.span.end)
        return tokens is not None and is_subject(tokens.root)

    # ------------------------------------------------------------ possessives

    def possessive_owner(self, pronoun: Token) -> MentionRef | None:
        """Whom "its"/"their"/"whose" points to: for "whose" the name right before it ("Acme, whose ..."), for
        "its" the organization the last sentence's subject describes or names, else the last organization or
        state named in this sentence or the one before."""
        if pronoun.lower_ == "whose":
            before = _end_before_comma(self.text, pronoun.idx)
            refs = [r for r in self.index.actor_mentions_before(before) if r.span.end == before]
            actor = self.index.actor(refs[0].key) if refs else None
            return refs[0] if actor is not None and actor.type is not ActorType.PERSON else None
        if pronoun.lower_ == "its":
            described = self.described_subject_before(pronoun) or self.named_subject_before(pronoun)
            if described is not None:
                return described
        return self.last_non_person_before(pronoun.idx)

    def named_subject_before(self, pronoun: Token) -> MentionRef | None:
        """ "Acme, the group that fought Ruritania, rejected it. Its leader ...": a sentence opening with the
        pronoun continues about the subject of the sentence before, when that names an organization or state."""
        sentence = sentence_of(pronoun)
        if sentence.start == 0 or pronoun.i != sentence.start:
            return None
        subject = _main_subject(sentence_of(self.doc[sentence.start - 1]))
        if subject is None:
            return None
        for token in (subject, *(c for c in subject.children if c.dep_ == "appos")):
            ref = self.mention_at(token)
            actor = self.index.actor(ref.key) if ref is not None and not ref.is_place else None
            if ref is not None and actor is not None and actor.type is not ActorType.PERSON:
                return ref
        return None

    def described_subject_before(self, pronoun: Token) -> MentionRef | None:
        """ "Ruritania's handball federation called it unfair. Its president ...": the organization the
        subject of the sentence before describes, by the words its name shares with that description."""
        sentence = sentence_of(pronoun)
        if sentence.start == 0:
            return None
        subject = _main_subject(sentence_of(self.doc[sentence.start - 1]))
        if subject is None or subject.pos_ not in ("NOUN", "PROPN") or self.mention_at(subject) is not None:
            return None
        if subject.lower_ not in ORGANIZATION_DESCRIPTIONS:
            return None
        described = {t.lower_ for t in subject.subtree if t.is_alpha and t.lower_ not in _FUNCTION_WORDS}
        owners = {r.key for t in subject.subtree for r in self.index.mentions_in(t.idx, t.idx + len(t.text))}
        best: tuple[int, int, MentionRef] | None = None
        for ref in self.index.actor_mentions_before(pronoun.idx):
            actor = self.index.actor(ref.key)
            if actor is None or actor.type is not ActorType.ORGANIZATION:
                continue
            words = {w.lower() for w in re.findall(r"[\w\-]+", actor.name)}
            if subject.lower_ not in words:
                continue
            shared = len(words & described) + (actor.part_of in owners) + self._names_owner(actor, owners)
            if best is None or (shared, ref.span.begin) > best[:2]:
                best = (shared, ref.span.begin, ref)
        return best[2] if best is not None else None

    def _names_owner(self, actor: Actor, owners: set[str]) -> int:
        """1 when the organization's name contains a name of one of ``owners`` ("Federation of Ruritania")."""
        for key in owners:
            owner = self.index.actor(key)
            if owner is None:
                continue
            for form in {owner.name, *owner.aliases}:
                core = re.sub(r"['’]s$", "", form)
                if core and re.search(rf"(?<!\w){re.escape(core)}(?!\w)", actor.name):
                    return 1
        return 0

    # ------------------------------------------------------------ nearest named actors

    def last_actor_before(self, offset: int, accept: Callable[[Actor], bool]) -> MentionRef | None:
        """The last mention before ``offset``, in this sentence or the one before, of an actor ``accept`` takes."""
        tokens = tokens_in(self.doc, offset, offset + 1)
        if tokens is None:
            return None
        sentence = sentence_of(tokens[0])
        window_start = (
            sentence_of(self.doc[sentence.start - 1]).start_char if sentence.start > 0 else sentence.start_char
        )
        for ref in self.index.actor_mentions_before(offset):
            if ref.span.begin < window_start:
                break
            actor = self.index.actor(ref.key)
            if actor is not None and accept(actor):
                return ref
        return None

    def last_non_person_before(self, offset: int) -> MentionRef | None:
        """The organization, state or group named last before ``offset``, in this sentence or the one before."""
        return self.last_actor_before(offset, lambda a: a.type is not ActorType.PERSON)

    def nearest_of_type(self, offset: int, types: Collection[ActorType]) -> str | None:
        """The key of the actor of one of ``types`` mentioned last before ``offset``, however far back."""
        for mention in self.index.actor_mentions_before(offset):
            if self.actor_type(mention.key) in types:
                return mention.key
        return None

    def organization_named_by(self, noun: str, offset: int) -> MentionRef | None:
        """The organization named last before ``offset`` whose name has this common noun as a word ("the
        commission" for the "Fire and Police Commission")."""
        wanted = _singular(noun).replace("centre", "center")
        for ref in self.index.actor_mentions_before(offset):
            actor = self.index.actor(ref.key)
            if actor is None or actor.type is not ActorType.ORGANIZATION:
                continue
            words = {w.lower().replace("centre", "center") for w in re.findall(r"[\w\-]+", actor.name)}
            if wanted in words:
                return ref
        return None

    # ------------------------------------------------------------ searches by the caller's test

    def nearest_actor_where(self, offset: int, accept: Callable[[str], bool]) -> str | None:
        """The key of the actor mentioned last before ``offset`` that ``accept`` takes, however far back."""
        return next((m.key for m in self.index.actor_mentions_before(offset) if accept(m.key)), None)

    def nearest_mention_where(self, offset: int, accept: Callable[[MentionRef], bool]) -> MentionRef | None:
        """The mention of an actor or place last before ``offset`` that ``accept`` takes, however far back."""
        return next((m for m in self.index.mentions_before(offset) if accept(m)), None)

    # ------------------------------------------------------------ small lookups

    def actor_type(self, key: str) -> ActorType | None:
        actor = self.index.actor(key)
        return actor.type if actor is not None else None

    def mention_at(self, token: Token) -> MentionRef | None:
        """The (last) mention overlapping ``token``."""
        refs = self.index.mentions_in(token.idx, token.idx + len(token.text))
        return refs[-1] if refs else None


class PersonGenders:
    """What one article tells of its people's genders, for pronoun agreement ("she" is not "Mr. Roe")."""

    def __init__(self, doc: Doc, index: EntityIndex, quotes: OffsetIndex[Quote] | None) -> None:
        self.doc = doc
        self.text = doc_text(doc)
        self.index = index
        self.quotes = quotes
        self._genders: dict[str, Counter[str]] = {}  # actor key -> votes of the titles and nouns said of them
        # actor key -> (token index, gender) of the pronouns resolved to it with no other actor to choose from
        self._resolved_votes: dict[str, list[tuple[int, str]]] = {}

    def gender_of(self, key: str, pronoun: int | None = None) -> str | None:
        """A person's gender as the article gives it: courtesy titles and gendered nouns said of them
        ("Ms. Roe", "Roe, a congresswoman"), and the gendered pronouns grammar binds to them ("Roe said she ...",
        "Roe blamed herself") or that had no one else to point to, the pronoun being resolved (token index
        ``pronoun``) left out. None when unknown or split."""
        if key not in self._genders:
            self._genders[key] = self._described_votes(key)
        votes = Counter(self._genders[key])
        said = [*self._pronoun_votes.get(key, []), *self._resolved_votes.get(key, [])]
        votes.update(gender for at, gender in said if at != pronoun)
        if votes[MASCULINE] == votes[FEMININE]:
            return None
        return MASCULINE if votes[MASCULINE] > votes[FEMININE] else FEMININE

    def learn_from_sole_candidate(self, pronoun: Token, candidates: list[MentionRef]) -> None:
        """ "Roe spoke first. 'We need nurses,' she said.": a gendered pronoun with one person to point to tells
        that person's gender, for later pronouns with more to choose from."""
        gender = pronoun_gender(pronoun.lower_)
        keys = {m.key for m in candidates}
        if gender is None or len(keys) != 1:
            return
        votes = self._resolved_votes.setdefault(keys.pop(), [])
        if (pronoun.i, gender) not in votes:
            votes.append((pronoun.i, gender))

    def _described_votes(self, key: str) -> Counter[str]:
        actor = self.index.actor(key)
        votes: Counter[str] = Counter()
        if actor is None or actor.type is not ActorType.PERSON:
            return votes
        for form in sorted({actor.name, *actor.aliases}):
            for gender in _form_genders(form):
                votes[gender] += _DESCRIPTION_WEIGHT
        for span in actor.mentions:
            for gender in self._described_gender(span.begin, span.end):
                votes[gender] += _DESCRIPTION_WEIGHT
        return votes

    def _described_gender(self, begin: int, end: int) -> list[str]:
        """Genders a title before the mention or a noun set beside it give: "Mrs. Roe", "Roe, a businesswoman"."""
        found = _form_genders(self.text[begin:end])
        title = _TITLE_BEFORE.search(self.text, max(0, begin - 12), begin)
        if title is not None and title.group(1).lower() in _TITLE_GENDERS:
            found.append(_TITLE_GENDERS[title.group(1).lower()])
        tokens = tokens_in(self.doc, begin, end)
        if tokens is None:
            return found
        root = tokens.root
        nouns = [c for c in root.children if c.dep_ in _DESCRIBING_DEPS and c.i not in range(tokens.start, tokens.end)]
        if root.dep_ == "appos":
            nouns.append(root.head)
        found.extend(_NOUN_GENDERS[n.lower_] for n in nouns if n.lower_ in _NOUN_GENDERS)
        return found

    @functools.cached_property
    def _pronoun_votes(self) -> dict[str, list[tuple[int, str]]]:
        """Actor key -> (token index, gender) of the pronouns outside quotations that grammar binds to a named
        person: a reflexive in a clause whose subject is that person ("Roe blamed herself"), and the subject of a
        clause governed by that person's own verb ("Roe said she ...") when no one else is named in its sentence
        before it. Object pronouns and possessives may be anyone's ("Roe praised her", "Roe
        hired a coach. He starts in May.") and never count. A pronoun never counts when its own antecedent is
        sought (see `gender_of`)."""
        votes: dict[str, list[tuple[int, str]]] = {}
        for i, lower in enumerate(token_facts(self.doc).lowers):
            gender = pronoun_gender(lower)
            if gender is None:
                continue
            token = self.doc[i]
            if self._quoted(token.idx):
                continue
            key = self._binding_person(token)
            if key is not None:
                votes.setdefault(key, []).append((token.i, gender))
        return votes

    def _binding_person(self, pronoun: Token) -> str | None:
        """The named person a reflexive or a governed subject pronoun is bound to, as `_pronoun_votes` says."""
        if "Yes" in pronoun.morph.get("Reflex", []):
            clause = pronoun.head
            # spaCy makes a new Token object on each access: a root is its own head by index, never by identity
            while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
                clause = clause.head
            return self._named_subject_of(clause, pronoun)
        nominative = "Nom" in pronoun.morph.get("Case", [])
        if pronoun.dep_ not in SUBJECT_DEPS or not nominative or pronoun.head.dep_ != "ccomp":
            return None
        key = self._named_subject_of(pronoun.head.head, pronoun)
        if key is None or self._people_between(sentence_of(pronoun).start_char, pronoun.idx, outside=pronoun) != {key}:
            return None
        return key

    def _named_subject_of(self, verb: Token, pronoun: Token) -> str | None:
        """The person named, before ``pronoun`` and outside quotations, as the subject of ``verb``."""
        for subject in (c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i < pronoun.i):
            for mention in self.index.mentions_in(subject.idx, subject.idx + len(subject.text)):
                if self._actor_type(mention.key) is ActorType.PERSON and not self._quoted(mention.span.begin):
                    return mention.key
        return None

    def _people_between(self, begin: int, end: int, *, outside: Token) -> set[str]:
        """People named between the offsets outside quotations, but not one whose noun phrase holds ``outside``:
        "Roe, his rival," (his is not Roe)."""
        people = set()
        for mention in self.index.actor_mentions_between(begin, end):
            if self._actor_type(mention.key) is not ActorType.PERSON or self._quoted(mention.span.begin):
                continue
            tokens = tokens_in(self.doc, mention.span.begin, mention.span.end)
            phrase = tokens.root if tokens is not None else None
            while phrase is not None and phrase.dep_ in _PHRASE_DEPS and phrase.head.i != phrase.i:
                phrase = phrase.head
            if phrase is not None and phrase.pos_ in ("NOUN", "PROPN") and outside in phrase.subtree:
                continue
            people.add(mention.key)
        return people

    def _quoted(self, offset: int) -> bool:
        return self.quotes is not None and self.quotes.at(offset) is not None

    def _actor_type(self, key: str) -> ActorType | None:
        actor = self.index.actor(key)
        return actor.type if actor is not None else None


def subject_or_its_owner(doc: Doc, mention: MentionRef) -> bool:
    """The mention is (part of) a clause subject, or owns one: "Roe said", "Roe's sister said"."""
    tokens = tokens_in(doc, mention.span.begin, mention.span.end)
    if tokens is None:
        return False
    root = tokens.root
    return is_subject(root.head if root.dep_ == "poss" else root)


def _form_genders(form: str) -> list[str]:
    """Genders a name or description as written gives: its first word a title or gendered noun ("Mrs. Roe",
    "Congresswoman Roe"), or, in a description ("a union spokeswoman"), any word a gendered noun. A surname that
    is also such a noun ("Jane King") says nothing."""
    words = re.findall(r"[\w-]+", form.lower())
    if not words:
        return []
    first = _TITLE_GENDERS.get(words[0]) or _NOUN_GENDERS.get(words[0])
    if not form[:1].islower():
        return [first] if first is not None else []
    return [_NOUN_GENDERS[w] for w in words if w in _NOUN_GENDERS]


def _main_subject(sentence: Span) -> Token | None:
    return next((t for t in sentence if t.dep_ in SUBJECT_DEPS and t.head.dep_ == "ROOT"), None)


def _singular(noun: str) -> str:
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


def _end_before_comma(text: str, offset: int) -> int:
    """``len(text[:offset].rstrip().rstrip(",").rstrip())``, without copying the text before ``offset``."""
    while offset > 0 and text[offset - 1].isspace():
        offset -= 1
    while offset > 0 and text[offset - 1] == ",":
        offset -= 1
    while offset > 0 and text[offset - 1].isspace():
        offset -= 1
    return offset
