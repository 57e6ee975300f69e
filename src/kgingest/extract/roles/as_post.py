"""Posts named after "as": "X serves as chief executive of Acme", "the board named X as treasurer", "Y will
succeed X as chairman", "his post as director of the museum".

Who holds the post is read from the grammar: the object of a verb that puts someone in a post ("named X as"),
else the subject ("X stays on as", "Y succeeds X as"), else the owner of a noun for a post ("his role as");
a pronoun stands for the person it refers to. Whose post it is: "of ORG" after the title, "the company" or "the
board" (the organization the story is about so far), else the post the succeeded person held under that title,
else the organization the holder already holds a post in. Without an owner, nothing is read.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kgingest.extract.actor_lexicon import TITLE_HEADS
from kgingest.extract.dependencies import ACTIVE_SUBJECTS, NOUN_MODIFIERS, SUBJECTS
from kgingest.extract.index import MentionRef, sentence_start, token_facts
from kgingest.extract.roles.context import Found, RoleContext
from kgingest.extract.roles.owners import Owners
from kgingest.extract.roles.words import (
    APPOINTING_VERBS,
    APPOSITIVE_CONNECTORS,
    AS_POST_VERBS,
    COMPANY_MEMBER_QUALIFIERS,
    COMPANY_NOUNS,
    NON_POST_NOUNS,
    PLACE_POST_HEADS,
    POSSESSIVE_PRONOUNS,
    POST_NOUNS,
    SUCCESSION_VERBS,
    canonical,
    is_company_title,
)
from kgingest.model import ActorType

_OBJECTS = frozenset({"dobj", "oprd"})
_HOLDING_TIMES = frozenset({"former", "then", "current", "outgoing", "incoming", "late", "new"})


class AsPost:
    def __init__(self, context: RoleContext, owners: Owners) -> None:
        self.context = context
        self.owners = owners
        self.doc = context.doc

    def find(self) -> Iterator[tuple[str, Found]]:
        """(holder key, reading) for every "as TITLE" whose holder and owner the text gives, in text order (a
        reading kept into ``known_roles`` can give the owner of a later one)."""
        facts = token_facts(self.doc)
        for i, lower in enumerate(facts.lowers):
            if lower != "as" or facts.deps[i] != "prep":
                continue
            token = self.doc[i]
            if self.context.quoted(token):
                continue
            title = next((c for c in token.children if c.dep_ == "pobj"), None)
            if title is None or canonical(title) not in TITLE_HEADS or canonical(title) in NON_POST_NOUNS:
                continue
            holder, succeeded = self._holder(token.head)
            if holder is None:
                continue
            words = _title_words(title)
            name = " ".join(t.text for t in words)
            of = self._owner(title, holder, succeeded, name)
            if of is None or of == holder:
                continue
            begin = min(token.head.idx, words[0].idx)
            end = _title_end(title)
            yield holder, Found(name, of, begin, end)

    def _holder(self, head: Token) -> tuple[str | None, str | None]:
        """The person who holds the post, and the person succeeded in it ("Y succeeds X as ...")."""
        opening = next((c for c in head.children if c.lower_ == "as" and c.i == sentence_start(c)), None)
        if opening is not None and head.pos_ in ("VERB", "AUX"):
            # "As mayor of Xville, X opened the bridge": a post opening the sentence is its subject's (a named
            # one: which of two people named before "she" is, the text may not settle).
            return self._first_person(c for c in head.children if c.dep_ in SUBJECTS and c.pos_ != "PRON"), None
        if head.pos_ == "NOUN" and head.lower_ in POST_NOUNS:
            owner = next((c for c in head.children if c.dep_ == "poss"), None)
            return (self._person(owner) if owner is not None else None), None
        if head.pos_ not in ("VERB", "AUX") or head.lemma_.lower() not in AS_POST_VERBS:
            return None, None  # "seen as the leader", "hailed as a hero": no post held
        subject, obj = self._participants(head)
        if head.lemma_.lower() in SUCCESSION_VERBS:
            return subject, obj
        # "the board named X as treasurer": the object holds it; else the subject ("X stays on as adviser").
        return obj or subject, None

    def _participants(self, verb: Token) -> tuple[str | None, str | None]:
        """The people the verb's subject and object name; a verb with neither, joined to another ("X was chosen
        and has served as ...", "the board asked X to stay on as ..."), has the other verb's."""
        subject = self._first_person(c for c in verb.children if c.dep_ in SUBJECTS)
        obj = self._first_person(c for c in verb.children if c.dep_ in _OBJECTS)
        if subject is None and obj is None and verb.dep_ in ("conj", "xcomp") and verb.head.pos_ in ("VERB", "AUX"):
            governor_subject, governor_object = self._participants(verb.head)
            # The object of "asked X to stay on" is who stays on; the subject of "X was chosen and served" serves.
            return (governor_object or governor_subject) if verb.dep_ == "xcomp" else governor_subject, None
        return subject, obj

    def _first_person(self, tokens: Iterator[Token]) -> str | None:
        return next((key for key in map(self._person, tokens) if key is not None), None)

    def _person(self, token: Token) -> str | None:
        if token.pos_ == "PRON":
            key = self.context.antecedents.resolve_pronoun(token)
        else:
            ref = self.context.mention_at(token)
            key = ref.key if ref is not None and not ref.is_place else None
        return key if key is not None and self.context.is_type_key(key, ActorType.PERSON) else None

    def _owner(self, title: Token, holder: str, succeeded: str | None, name: str) -> str | None:
        # "as director of Acme", "as a geologist for Acme", "as an engineer with Acme": the body the post is in.
        for prep in (c for c in title.children if c.dep_ == "prep" and c.lower_ in APPOSITIVE_CONNECTORS):
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if obj is None:
                return None
            ref = self.context.mention_at(obj) or self._named_company(obj)
            if ref is not None and ref.is_place and canonical(title) in PLACE_POST_HEADS:
                return ref.key  # "as governor of Xshire": a local post is the place's
            if ref is not None and not ref.is_place:
                kind = self.context.antecedents.actor_type(ref.key)
                return ref.key if kind in (ActorType.ORGANIZATION, ActorType.STATE) else None
            if obj.lower_ in COMPANY_NOUNS or obj.lower_ in COMPANY_MEMBER_QUALIFIERS:
                # "of the company", "of the board": the company the story is about so far.
                return self.owners.described("company", obj.idx)
            if prep.lower_ in ("for", "with"):
                continue  # "as an engineer with her brother at Acme": a companion or a span, the body comes later
            return None
        poss = next((c for c in title.children if c.dep_ == "poss"), None)
        if poss is not None:
            ref = self.context.mention_at(poss)
            if ref is None and poss.lower_ in POSSESSIVE_PRONOUNS:
                ref = self.context.antecedents.possessive_owner(poss)  # "named X as its chairwoman"
            return ref.key if ref is not None and not ref.is_place else None
        appointer = self._appointing_body(title, holder)
        if appointer is not None:
            return appointer
        for role in self.context.known_roles if succeeded is not None else ():
            if role.holder == succeeded and role.of is not None and (role.title or "").lower() == name.lower():
                return role.of
        owners = {
            r.of
            for r in self.context.known_roles
            if r.holder == holder and r.of is not None and self.context.is_type_key(r.of, ActorType.ORGANIZATION)
        }
        if len(owners) == 1:
            return owners.pop()
        return self.context.main_organization if not owners and is_company_title(name) else None

    def _named_company(self, noun: Token) -> MentionRef | None:
        """ "the Acme mining company": the organization named before a noun for a company."""
        if noun.lower_ not in COMPANY_NOUNS:
            return None
        for modifier in (c for c in noun.children if c.dep_ in NOUN_MODIFIERS and c.i < noun.i):
            ref = self.context.mention_at(modifier)
            if ref is not None and not ref.is_place and self.context.is_type_key(ref.key, ActorType.ORGANIZATION):
                return ref
        return None

    def _appointing_body(self, title: Token, holder: str) -> str | None:
        """ "Acme hired X as chief economist": an organization or state that puts the object in a post is the
        post's owner (a person who names someone may fill another body's post)."""
        verb = title.head.head if title.head.lower_ == "as" else None
        if verb is None or verb.lemma_.lower() not in APPOINTING_VERBS:
            return None
        if self._first_person(c for c in verb.children if c.dep_ in _OBJECTS) != holder:
            return None
        for subject in (c for c in verb.children if c.dep_ in ACTIVE_SUBJECTS):
            ref = self.context.mention_at(subject)
            if ref is not None and not ref.is_place:
                kind = self.context.antecedents.actor_type(ref.key)
                return ref.key if kind in (ActorType.ORGANIZATION, ActorType.STATE) else None
        return None


def _title_end(title: Token) -> int:
    """Where the post ends: after its "of/at ORG", not after a time or place the parser hung on it ("as its
    chairwoman on Monday")."""
    last = title
    for child in title.rights:
        if child.dep_ == "prep" and child.lower_ in APPOSITIVE_CONNECTORS:
            last = child.right_edge
    return last.idx + len(last.text)


def _title_words(title: Token) -> list[Token]:
    """The title noun with the words joined to it on the left ("interim chief executive"), not "former"."""
    words = [title]
    for token in reversed(list(title.lefts)):
        if token.i + 1 != words[0].i or token.dep_ not in NOUN_MODIFIERS or token.lower_ in _HOLDING_TIMES:
            break
        words.insert(0, token)
    return words
