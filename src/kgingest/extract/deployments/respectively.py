"""Senders and places paired by "respectively" within one sentence: "A and B sent troops to X and Y respectively" is
A's troops in X and B's in Y, not one joint force in both. Who leads or commands a force is not said to send it, so
leaders a later sentence lists pair nothing."""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from spacy.tokens import Token

from kgingest.extract.dependencies import SUBJECTS, has_label, is_advmod
from kgingest.extract.deployments.mention import Mention

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
                found += [self._paired(mention, sender, place) for sender, place in zip(senders, places, strict=True)]
            else:
                found.append(mention)
        return found

    def _listed_senders(self, mention: Mention) -> list[str]:
        """The senders "respectively" pairs: those of the sending itself, in the order the sentence names them."""
        if not _respective(mention.trigger):
            return []
        listed = list(dict.fromkeys([*mention.senders, *(s for s, _, _ in mention.more_senders)]))
        return sorted(listed, key=lambda s: self._first_named(s, mention.trigger))

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
    def _paired(mention: Mention, sender: str, place: str) -> Mention:
        # The count, if any, is the whole list's or each one's in turn: no one pair's for certain.
        return dataclasses.replace(
            mention,
            sender=sender,
            location=place,
            co_senders=[],
            more_senders=[],
            more_locations=[],
            size=None,
        )
