"""Whose post it is when the words around the title do not say it outright: the state a sentence is about,
the assembly a seat is in, the state a person already holds a post in, or the owner a qualifier gives."""

from __future__ import annotations

import re

from spacy.tokens import Token

from kgingest.extract.antecedents import is_main_subject
from kgingest.extract.index import MentionRef, actor_key
from kgingest.extract.roles.context import RoleContext
from kgingest.extract.roles.words import POSSESSIVE_MARKS, SEAT_INSTITUTIONS, is_party
from kgingest.gazetteer import load_gazetteer
from kgingest.model import ActorType, Span


class Owners:
    def __init__(self, context: RoleContext) -> None:
        self.context = context
        self.index = context.index

    def state_for(self, first: Token) -> str | None:
        """Whose post an unqualified "President X" is: the state the sentence is about when its subject is
        (or belongs to) a state named before the post ("Ruritania, which ..., was represented by Prime Minister
        X", "Ruritania's ministry said ... President X"), else the state the article is mostly about."""
        sentence = first.sent
        for ref in self.index.actor_mentions_before(first.idx):
            if ref.span.begin < sentence.start_char:
                break
            actor = self.index.actor(ref.key)
            if actor is None or actor.type is not ActorType.STATE:
                continue
            if any(is_main_subject(t) for t in self.context.tokens(ref.span.begin, ref.span.end)):
                return ref.key
        return self._subject_person_state(first) or self.capital_state_near(first) or self.context.main_state

    def _subject_person_state(self, first: Token) -> str | None:
        """ "Ruritania's President X ... will send Secretary of State Y": the state of the person the sentence
        is about."""
        verb = next((t for t in first.ancestors if t.pos_ in ("VERB", "AUX")), None)
        for subject in verb.children if verb is not None else ():
            if subject.dep_ != "nsubj" or subject.i >= first.i:
                continue
            subject_ref = self.context.mention_at(subject)
            actor = self.index.actor(subject_ref.key) if subject_ref is not None and not subject_ref.is_place else None
            if actor is not None and actor.type is ActorType.PERSON:
                state = self.state_of_person(actor.key)
                if state is not None:
                    return state
        return None

    def capital_state_near(self, first: Token) -> str | None:
        """ "Defence Minister X told reporters in <capital>": officials speak in their own capital, so "in <capital>"
        in the post's sentence (else the sentence before) gives the state."""
        doc = self.context.doc
        sentence = first.sent
        previous = doc[sentence.start - 1].sent if sentence.start > 0 else None
        gazetteer = load_gazetteer()
        for window in (sentence, previous):
            if window is None:
                continue
            for ref in self.index.mentions_in(window.start_char, window.end_char):
                place = self.index.place(ref.key) if ref.is_place else None
                if place is None or place.in_state is None or not self.context.text.endswith(" in ", 0, ref.span.begin):
                    continue
                country = gazetteer.capital(place.name)
                if country is not None and place.in_state == actor_key(ActorType.STATE, country.name):
                    return place.in_state
        return None

    def state_of_person(self, key: str) -> str | None:
        """The state a person holds a post in, by the roles found so far."""
        for role in self.context.known_roles:
            if role.holder != key or role.of is None:
                continue
            actor = self.index.actor(role.of)
            if actor is not None and actor.type is ActorType.STATE:
                return actor.key
        return None

    def nationality(self, qualifier: MentionRef) -> bool:
        """A state named by its demonym (no possessive): "Ruritanian" rather than "Ruritania's"."""
        actor = self.index.actor(qualifier.key)
        if actor is None or actor.type is not ActorType.STATE:
            return False
        text = qualifier.span.text
        return not text.endswith(POSSESSIVE_MARKS) and text.lower() != actor.name.lower()

    def institution(self, head: str) -> str | None:
        """The assembly a seat belongs to ("senator" -> the article's Senate), when the text names one."""
        for noun in SEAT_INSTITUTIONS.get(head, ()):
            for actor in sorted(self.index.actors, key=lambda a: a.key):
                if actor.type is ActorType.ORGANIZATION and actor.name.lower().split()[-1] == noun:
                    return actor.key
        return None

    def of_for(self, qualifier: MentionRef | None, head: str, adjacent: bool = False) -> tuple[str | None, str | None]:
        """The organization or state a qualifier gives (a place right before a title gives itself: "Xville
        Mayor Y"); a party before a seat is membership instead."""
        if qualifier is None:
            return None, None
        if qualifier.is_place:
            return (qualifier.key, None) if adjacent else (None, None)
        actor = self.index.actor(qualifier.key)
        if actor is None or actor.type is ActorType.PERSON:
            return None, None
        possessive = qualifier.span.text.endswith(POSSESSIVE_MARKS)
        if is_party(actor) and head in SEAT_INSTITUTIONS and not possessive:
            return self.institution(head) or self.context.main_state, actor.key
        return actor.key, None

    def of_after(self, span: Span, head: str) -> tuple[str | None, str | None]:
        """The state or organization after the name: "Prime Minister Ana Vel of Ruritania"."""
        match = re.match(r"\s+of\s+(?:the\s+)?", self.context.text[span.end : span.end + 12])
        if not match:
            return None, None
        ref = self.context.mention_starting(span.end + match.end())
        if ref is None or ref.is_place:
            return None, None
        actor = self.index.actor(ref.key)
        if actor is not None and is_party(actor) and head in SEAT_INSTITUTIONS:
            return self.institution(head) or self.context.main_state, actor.key
        return ref.key, None
