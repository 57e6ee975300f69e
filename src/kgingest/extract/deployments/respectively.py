"""Senders and places paired by "respectively", and senders that "each" send a force of their own.

- One clause: "A and B sent troops to X and Y respectively" is A's troops in X and B's in Y, not one joint force in
  both.
- Leaders of forces sent with no sender: "Units will arrive in X in May and in Y in June, led by A and B
  respectively", or the next sentence "The battalions are headed by A and B respectively". A state said to lead
  one of several forces, one by one, provides it; the pairing needs "respectively", a list of states as long as
  the list of places, and a subject that stands for the forces. A leader named without "respectively" ("the
  contingent is commanded by A") sends nothing.

  What is led must be the forces, not talks, envoys or ministers the sending's sentence is about: a participle or
  a pronoun ("They are headed by ...") needs the forces as the sending's own subject ("Units were posted",
  "Units will arrive"), and a pronoun or a noun of forces ("The units are commanded by ...") needs a sending
  sentence that names no other force or unit ("to train local units").
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from spacy.tokens import Token

from kgingest.extract import deployment_lexicon as lex
from kgingest.extract.dependencies import (
    OWNER_OR_COMPOUND,
    PASSIVE_AGENTS,
    SUBJECTS,
    has_label,
    is_advmod,
    is_det,
    is_nsubj,
    is_nsubjpass,
    is_pobj,
    is_prep,
    is_xcomp,
)
from kgingest.extract.deployments.grammar import DEMONSTRATIVE_PRONOUNS, PRONOUNS, is_force, noun_lemma, subtree_span
from kgingest.extract.deployments.mention import LED, Mention
from kgingest.model import Span

if TYPE_CHECKING:
    from kgingest.extract.deployments.context import DeploymentContext

RESPECTIVELY = "respectively"

_STANDING_PRONOUNS = PRONOUNS | DEMONSTRATIVE_PRONOUNS


def _respective(verb: Token) -> bool:
    return any(is_advmod(c) and c.lower_ == RESPECTIVELY for c in verb.children)


def _leading(verb: Token) -> bool:
    """A passive of leading that "respectively" distributes: "led by A and B respectively"."""
    return verb.lemma_.lower() in lex.LEADING_VERBS and _respective(verb)


class RespectiveReader:
    """Mentions whose senders and places "respectively" pairs one by one."""

    def __init__(self, ctx: DeploymentContext) -> None:
        self.ctx = ctx

    def distribute(self, mentions: list[Mention]) -> list[Mention]:
        found: list[Mention] = []
        for mention in mentions:
            if len(mention.senders) > 1 and _each(mention) and not _respective(mention.trigger):
                # "A and B each sent 500 troops": one force of that size from each, not one joint force; with
                # "respectively" the pairing below gives each its own place
                found += [
                    dataclasses.replace(mention, sender=s, co_senders=[], more_senders=[]) for s in mention.senders
                ]
                continue
            leading = self._leading_clause(mention) if mention.sender is None else None
            senders = self._leaders(leading) if leading is not None else self._listed_senders(mention)
            excluded = {t.i for t in leading.subtree} if leading is not None else set()
            named = self._places_after(mention.trigger, set(senders), excluded)
            places = list(named)
            if len(senders) > 1 and len(senders) == len(places):
                found += [
                    self._paired(mention, sender, place, _phrase(named[place]) if leading is not None else None)
                    for sender, place in zip(senders, places, strict=True)
                ]
            else:
                found.append(mention)
        return found

    def _listed_senders(self, mention: Mention) -> list[str]:
        """The senders "respectively" pairs: those of the sending itself, in the order the sentence names them."""
        if not _respective(mention.trigger):
            return []
        listed = list(dict.fromkeys([*mention.senders, *(s for s, _, _ in mention.more_senders)]))
        return sorted(listed, key=lambda s: self._first_named(s, mention.trigger))

    def _leading_clause(self, mention: Mention) -> Token | None:
        """The verb of leading that lists the leaders of a sending without a sender: a participle on the sending
        itself ("sent to X and Y, led by A and B respectively"), or the next sentence's verb whose subject stands
        for the forces ("These are to be headed by A and B respectively")."""
        trigger = mention.trigger
        own = [c for c in trigger.children if c.i > trigger.i and c.pos_ == "VERB" and _leading(c)]
        if own:
            return own[0] if _forces_are_subject(mention) else None
        doc = trigger.doc
        sentence = trigger.sent
        if sentence.end >= len(doc) or not _no_other_forces(mention):
            return None
        for verb in (t for t in doc[sentence.end].sent if t.pos_ in ("VERB", "AUX") and _leading(t)):
            subjects = [c for h in _subject_holders(verb) for c in h.children if has_label(c, SUBJECTS)]
            if any(_forces_word(s) for s in subjects):
                return verb
            pronoun = any(s.lower_ in _STANDING_PRONOUNS for s in subjects)
            if pronoun and _forces_are_subject(mention):
                return verb
        return None

    def _leaders(self, verb: Token) -> list[str]:
        """The states or organizations the by-phrase lists, in text order; none unless every name is one."""
        agents = [
            p
            for a in verb.children
            if has_label(a, PASSIVE_AGENTS) or is_prep(a, "by")
            for p in a.children
            if is_pobj(p)
        ]
        named = [self.ctx.actors.resolve_phrase(w) for a in agents for w in (a, *a.conjuncts)]
        listed = [s for s in named if s is not None and self.ctx.actors.can_send(s)]
        return list(dict.fromkeys(listed)) if listed and len(listed) == len(named) else []

    def _first_named(self, sender: str, trigger: Token) -> int:
        """Where the sentence first names the sender ("Chilean and Peruvian troops": Chile first)."""
        sentence = trigger.sent
        for mention in self.ctx.index.mentions_in(sentence.start_char, sentence.end_char):
            if not mention.is_place and self.ctx.actors.as_state(mention.key) == sender:
                return mention.span.begin
        return sentence.end_char

    def _places_after(self, trigger: Token, senders: set[str], excluded: set[int]) -> dict[str, Token]:
        """The places and states the sending's own words name after it, in text order ("to X, Y and Z"), each with
        the word that names it first."""
        subjects = {t.i for c in trigger.children if has_label(c, SUBJECTS) for t in c.subtree}
        places: dict[str, Token] = {}
        for token in trigger.subtree:
            if token.i <= trigger.i or token.i in subjects | excluded or token.pos_ != "PROPN":
                continue
            place = self.ctx.places.place_or_state(token, whole=False)
            if place is not None and place not in senders and place not in places:
                places[place] = token
        return places

    @staticmethod
    def _paired(mention: Mention, sender: str, place: str, anchor: Span | None) -> Mention:
        # The count, if any, is the whole list's or each one's in turn: no one pair's for certain. A force a state
        # leads is told of by its own place's phrase, since the clause names the other places too. A place with a
        # time of its own ("to X in May and to Y in June") keeps no start of the first place.
        return dataclasses.replace(
            mention,
            sender=sender,
            location=place,
            anchor=anchor or mention.anchor,
            kind=LED if anchor is not None else mention.kind,
            start=None if place in mention.dated_locations else mention.start,
            co_senders=[],
            more_senders=[],
            more_locations=[],
            dated_locations=[],
            size=None,
        )


def _each(mention: Mention) -> bool:
    """ "A and B each sent", "A and B will each deploy", "sent 500 troops each": "each" on the sending, its subject or
    its force; for an infinitive, the verb it completes too ("A and B each pledged to send")."""
    holders = _subject_holders(mention.trigger)
    words = [*holders, *(c for h in holders for c in h.children if has_label(c, SUBJECTS))]
    words += [mention.force] if mention.force is not None else []
    return any(c.lower_ == "each" and not is_det(c) for w in words for c in w.children)


def _subject_holders(verb: Token) -> tuple[Token, ...]:
    """The verb and, for an infinitive, the verb it completes, whose subject it shares ("They are to be headed by",
    "Troops are due to arrive")."""
    return (verb, verb.head) if is_xcomp(verb) else (verb,)


def _forces_are_subject(mention: Mention) -> bool:
    """The sending's own subject is the forces: the passive subject of the sending ("Units were posted to X") or
    the subject of a verb of arriving or deploying ("Units will arrive in X"); not "Envoys discussed sending troops",
    "Ministers agreed to send troops"."""
    trigger = mention.trigger
    arriving = trigger.lemma_.lower() in lex.INTRANSITIVE_TRIGGERS
    subjects = [
        c for h in _subject_holders(trigger) for c in h.children if is_nsubjpass(c) or (arriving and is_nsubj(c))
    ]
    return any(_of_forces(s) for s in subjects)


def _no_other_forces(mention: Mention) -> bool:
    """The sending's sentence names no force or unit but the one sent, so a later "they" or "the units" is it:
    not with "to train local units" beside it."""
    own = mention.force
    if own is None:
        return False
    mine = {own.i, *(c.i for c in own.conjuncts)}
    return not any(
        _of_forces(t) and t.i not in mine and not has_label(t, OWNER_OR_COMPOUND) for t in mention.trigger.sent
    )


def _of_forces(token: Token) -> bool:
    """A noun of forces or of units: "troops", "battalions"."""
    return token.pos_ in ("NOUN", "PROPN") and (is_force(token) or noun_lemma(token) in lex.UNIT_NOUNS)


def _forces_word(subject: Token) -> bool:
    """ "the units", "the battalions": a plural noun of forces or units standing for the forces just named."""
    return subject.tag_ in ("NNS", "NNPS") and _of_forces(subject)


def _phrase(place: Token) -> Span:
    """ "in Y" for Y under its own preposition, else the place's own words ("Z" in "in Y and Z")."""
    return subtree_span(place.head if is_prep(place.head) else place)
