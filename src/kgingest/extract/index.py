"""The article's entities as the later extraction stages see them.

The actor stage fills an `EntityIndex`; the role, statement and deployment
stages resolve text spans to actor and place keys through it.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from kgingest.model import Actor, ActorType, Place, Span
from kgingest.read import slug


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


class EntityIndex:
    """Actors, places and every mention of them, searchable by offset."""

    def __init__(self, article_key: str = "") -> None:
        self.article_key = article_key
        self.actors: list[Actor] = []
        self.places: list[Place] = []
        self._by_key: dict[str, Actor | Place] = {}
        self._mentions: list[MentionRef] = []

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
        if ref not in self._mentions:
            bisect.insort(self._mentions, ref)

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
        return [m for m in self._mentions if m.span.begin < end and begin < m.span.end]

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

    def actor_mentions_before(self, offset: int) -> list[MentionRef]:
        """Actor mentions ending at or before ``offset``, nearest first (for pronouns)."""
        return [m for m in reversed(self._mentions) if not m.is_place and m.span.end <= offset]

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
