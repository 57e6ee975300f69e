"""Senders and places paired by "respectively": "A and B sent troops to X and Y respectively" is A's troops in X and
B's in Y, not one joint force in both; "Units will arrive in X and in Y. They will be led by A and B respectively"
pairs the places of a sending that names no sender with the leaders the next sentence lists."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from spacy.tokens import Token

from kgingest.extract import deployment_lexicon as lex
from kgingest.extract.dependencies import SUBJECTS, has_label, is_advmod, is_pobj, is_prep
from kgingest.extract.deployments.grammar import subtree_span
from kgingest.extract.deployments.mention import LED, Mention
from kgingest.model import Span

if TYPE_CHECKING:
    from kgingest.extract.deployments.context import DeploymentContext

RESPECTIVELY = "respectively"


def _respective(verb: Token) -> bool:
    return any(is_advmod(c) and c.lower_ == RESPECTIVELY for c in verb.children)


class RespectiveReader:
    """Mentions whose senders and places "respectively" pairs one by one."""

    def __init__(self, ctx: DeploymentContext) -> None:
        self.ctx = ctx

    def distribute(self, mentions: list[Mention]) -> list[Mention]:
        found: list[Mention] = []
        for mention in mentions:
            senders = self._listed_senders(mention)
            named = self._places_after(mention.trigger, set(senders))
            places = list(named)
            if len(senders) > 1 and len(senders) == len(places):
                # Leaders listed in the next sentence: each force is told of by its own place's phrase, since the
                # clause may stop short of the later places ("..., in Y in April and Z in June").
                led = not _respective(mention.trigger)
                found += [
                    self._paired(mention, sender, place, _phrase(named[place]) if led else mention.anchor, led)
                    for sender, place in zip(senders, places, strict=True)
                ]
            else:
                found.append(mention)
        return found

    def _listed_senders(self, mention: Mention) -> list[str]:
        """The senders "respectively" pairs: those of the sending itself, or of a leading verb in the next sentence."""
        if _respective(mention.trigger):
            listed = list(dict.fromkeys([*mention.senders, *(s for s, _, _ in mention.more_senders)]))
            return sorted(listed, key=lambda s: self._first_named(s, mention.trigger))
        if mention.sender is not None:
            return []
        doc = mention.trigger.doc
        sentence = mention.trigger.sent
        if sentence.end >= len(doc):
            return []
        following = doc[sentence.end].sent
        for verb in (t for t in following if t.lemma_.lower() in lex.STAFFING_VERBS and _respective(t)):
            subjects = [c for c in verb.children if has_label(c, SUBJECTS)]
            if not any(s.lower_ == "they" or s.pos_ == "NOUN" for s in subjects):
                continue
            agents = [p for a in verb.children if a.dep_ == "agent" for p in a.children if is_pobj(p)]
            named = [self.ctx.actors.resolve_phrase(w) for a in agents for w in (a, *a.conjuncts)]
            listed = [s for s in named if s is not None and self.ctx.actors.can_send(s)]
            if listed and len(listed) == len(named):
                return list(dict.fromkeys(listed))
        return []

    def _first_named(self, sender: str, trigger: Token) -> int:
        """Where the sentence first names the sender ("Chilean and Peruvian troops": Chile first)."""
        sentence = trigger.sent
        for mention in self.ctx.index.mentions_in(sentence.start_char, sentence.end_char):
            if not mention.is_place and self.ctx.actors.as_state(mention.key) == sender:
                return mention.span.begin
        return sentence.end_char

    def _places_after(self, trigger: Token, senders: set[str]) -> dict[str, Token]:
        """The places and states the sending's own words name after it, in text order ("to X, Y and Z"), each with
        the word that names it first."""
        subjects = {t.i for c in trigger.children if has_label(c, SUBJECTS) for t in c.subtree}
        places: dict[str, Token] = {}
        for token in trigger.subtree:
            if token.i <= trigger.i or token.i in subjects or token.pos_ != "PROPN":
                continue
            place = self.ctx.places.place_or_state(token, whole=False)
            if place is not None and place not in senders and place not in places:
                places[place] = token
        return places

    @staticmethod
    def _paired(mention: Mention, sender: str, place: str, anchor: Span, led: bool) -> Mention:
        # The count, if any, is the whole list's or each one's in turn: no one pair's for certain.
        return dataclasses.replace(
            mention,
            sender=sender,
            location=place,
            anchor=anchor,
            kind=LED if led else mention.kind,
            co_senders=[],
            more_senders=[],
            more_locations=[],
            size=None,
        )


def _phrase(place: Token) -> Span:
    """ "in Y" for Y under its own preposition, else the place's own words ("Z" in "in Y and Z")."""
    return subtree_span(place.head if is_prep(place.head) else place)
