"""The readers of one article's deployments, built once and sharing the article, its parse and its index."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kgingest.extract.antecedents import Antecedents
from kgingest.extract.deployments.bases import BasisReader
from kgingest.extract.deployments.casualties import CasualtyReader
from kgingest.extract.deployments.forces import ForceFinder
from kgingest.extract.deployments.mentions import MentionFinder
from kgingest.extract.deployments.parties import PartyReader
from kgingest.extract.deployments.places import PlaceReader, tie_places_to_states
from kgingest.extract.deployments.resolver import ActorResolver
from kgingest.extract.deployments.respectively import RespectiveReader
from kgingest.extract.deployments.sizes import SizeStatementReader
from kgingest.extract.deployments.slots import SlotReader
from kgingest.extract.index import EntityIndex
from kgingest.model import ActorType, Article, Role


class DeploymentContext:
    """One article's parse and index, and the readers that work on them (each reaches the others through it)."""

    def __init__(self, doc: Doc, article: Article, index: EntityIndex, roles: list[Role] | None = None) -> None:
        self.doc = doc
        self.article = article
        self.index = index
        self.roles = roles or []
        self.antecedents = Antecedents(doc, index)
        tie_places_to_states(index, article.text)
        self.senders: set[str] = set()  # senders of the mentions found so far, in text order
        self.forces = ForceFinder(doc, self._known_place)
        self.actors = ActorResolver(self)
        self.places = PlaceReader(self)
        self.parties = PartyReader(self)
        self.slots = SlotReader(self)
        self.sizes = SizeStatementReader(self)
        self.mentions = MentionFinder(self)
        self.casualties = CasualtyReader(self)
        self.bases = BasisReader(self)
        self.respective = RespectiveReader(self)

    def _known_place(self, token: Token) -> bool:
        """The word names a place or a state the index knows."""
        return any(
            m.is_place or ((actor := self.index.actor(m.key)) is not None and actor.type is ActorType.STATE)
            for m in self.index.mentions_in(token.idx, token.idx + len(token))
        )
