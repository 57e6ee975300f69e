"""A deployment mention: one sentence's description of a deployment, before merging."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

from spacy.tokens import Token

from kgingest.model import Quantity, Span, TimeValue

# The kind of one of several forces a state is said to lead, one by one ("led by A and B respectively"): kept
# apart from that state's own forces in the same place.
LED = "led"


@dataclass
class Mention:
    """One sentence's description of a deployment, before merging."""

    trigger: Token
    anchor: Span
    sender: str | None
    force: Token | None = None
    supported: str | None = None
    opponent: str | None = None
    location: str | None = None
    size: Quantity | None = None
    start: TimeValue | None = None
    legal_basis: Span | None = None
    purpose: Span | None = None
    status: str | None = None
    triggers: list[Span] = field(default_factory=list)
    # Adds to a deployment already found but never starts one ("French troops fought ...").
    merge_only: bool = False
    # Joins only a deployment mentioned in the same sentence ("..., ending a nine-year deployment").
    sentence: tuple[int, int] | None = None
    # In a heading: a summary of the body, so it may add to a deployment the body describes but never starts one.
    in_heading: bool = False
    # A sentence that only gives the force's size ("officials put the number at 500"): the whole force, so it
    # beats a count read off a sending ("sent an additional 300").
    stated_size: bool = False
    # Describes a formation the forces of a deployment just named serve in ("a battlegroup based at Y"): it may
    # name a place of unknown state, which then lies where that deployment is.
    in_formation: bool = False
    # Its location is the sea off a state ("operated off X"), not the state itself.
    offshore: bool = False
    # "reinforcement", "presence" (see `grammar.sending_kind`) or `LED`: forces of one sender in one place that the text
    # tells apart, each a deployment of its own.
    kind: str | None = None
    # "to A, B and C": the states after the first of a list the forces go to, each a deployment of its own.
    more_locations: list[str] = field(default_factory=list)
    # "to A in May and to B in July": the places of `more_locations` that come with a time of their own, so the
    # start read (the first place's) is not theirs.
    dated_locations: list[str] = field(default_factory=list)
    # "300 soldiers to A, 200 to B and 100 to C": the other places of the sending, each with its own count.
    shares: list[tuple[str, Quantity]] = field(default_factory=list)
    # Helps the host ("to stabilize the country", "to help the government") before a place says which host.
    helps_host: bool = False
    # Forces named in passing beside a sending ("on top of 800 troops already there"): the sentences after it
    # that name no sender tell of the sending, not of them.
    aside: bool = False
    # "Ruritanian and Freedonian troops", "Ruritanian soldiers and extra units from X": other senders named
    # beside the first, each with the force noun that is theirs and that force's kind (see `split_by_sender`).
    more_senders: list[tuple[str, Token, str | None]] = field(default_factory=list)
    # "A, B and C sent troops", "troops from A and B": the other senders of this one force, sent together.
    co_senders: list[str] = field(default_factory=list)

    @property
    def senders(self) -> list[str]:
        """Every sender of the force, the first first; none when the mention names no sender."""
        return [self.sender, *self.co_senders] if self.sender is not None else []


def split_by_location(mention: Mention) -> list[Mention]:
    """One mention per state of a list the forces go to ("battalions to A, B and C"); the count, of the whole
    of the whole force, is no one state's."""
    if mention.shares:
        own = dataclasses.replace(mention, shares=[], more_locations=[])
        # "300 to A in 2029 and 200 to B in 2030": each place dated apart keeps no start from the first place
        shares = [
            dataclasses.replace(own, location=p, size=n, start=None if p in mention.dated_locations else own.start)
            for p, n in mention.shares
        ]
        return [m for one in (own, *shares) for m in split_by_sender(one)]
    if not mention.more_locations:
        return split_by_sender(mention)
    shared = dataclasses.replace(mention, size=None, more_locations=[], dated_locations=[])
    # a later place dated separately keeps no start of the first place
    starts = [None if state in mention.dated_locations else shared.start for state in mention.more_locations]
    located = [
        shared,
        *(
            dataclasses.replace(shared, location=state, start=start)
            for state, start in zip(mention.more_locations, starts, strict=True)
        ),
    ]
    return [m for one in located for m in split_by_sender(one)]


def split_by_sender(mention: Mention) -> list[Mention]:
    """One mention per state of a list whose forces they are ("Ruritanian and Freedonian troops"); the count,
    of the whole force, is no one state's. Co-senders send the one force together and stay on the first."""
    if not mention.more_senders:
        return [mention]
    shared = dataclasses.replace(mention, size=None, more_senders=[])
    return [
        shared,
        *(
            dataclasses.replace(shared, sender=state, force=force, kind=kind, co_senders=[])
            for state, force, kind in mention.more_senders
        ),
    ]
