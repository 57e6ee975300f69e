"""Mentions of one force merged into deployments; deployments linked to the statements that report them."""

from __future__ import annotations

from kgingest.extract import deployment_lexicon as lex
from kgingest.extract.dependencies import is_pobj, is_prep
from kgingest.extract.deployments.mention import LED, Mention
from kgingest.extract.deployments.resolver import country_of, is_place_key
from kgingest.extract.index import EntityIndex
from kgingest.model import ActorType, Deployment, Quantity, Span, Statement, TimeValue

# Sorts a start without an upper bound after every dated one.
_UNDATED = 10**9


def merge_mentions(mentions: list[Mention], index: EntityIndex) -> list[Deployment]:
    deployments: list[Deployment] = []
    last: Deployment | None = None
    # Mentions before any deployment with no sender of their own ("The first troops landed in X on Saturday"):
    # the lead often names the sender a sentence later.
    pending: list[Mention] = []
    stated: set[int] = set()  # deployments whose size a sentence of its own gives
    # The state a deployment was placed in before a place of unknown state replaced it ("in X ... based at Y").
    homes: dict[int, str] = {}
    kinds: dict[int, str] = {}  # a deployment's kind, from the first mention that gives one
    parts: dict[int, set[str]] = {}  # the parts of its state a deployment's mentions name ("eastern X", a town)
    body = sorted((m for m in mentions if not m.in_heading), key=lambda m: (m.anchor.begin, m.trigger.i))
    for mention in body:
        target: Deployment | None
        if mention.sender is None:
            target = _unnamed_target(mention, last, index)
        else:
            fitting = [
                d
                for d in deployments
                if _compatible(d, mention, index, homes.get(id(d)))
                and _same_kind(kinds.get(id(d)), mention)
                and not _counts_the_earlier(kinds.get(id(d)), d, mention)
            ]
            # A force of just these senders before a joint force some of them send with others.
            target = next((d for d in fitting if set(d.senders) == set(mention.senders)), None) or next(
                iter(fitting), None
            )
        if target is None:
            if _arrival_without_owner(mention, deployments) or _strength_without_owner(mention, deployments):
                pending.append(mention)
            if mention.sender is None or mention.merge_only:
                continue
            target = Deployment(key="", sender=mention.sender, co_senders=list(mention.co_senders))
            deployments.append(target)
            for early in pending:
                if _same_country(early.location, mention.location, index):
                    _absorb(target, early)
            pending = []
        size_before = target.size
        _absorb(target, mention)
        if mention.kind is not None:
            kinds.setdefault(id(target), mention.kind)
        parts.setdefault(id(target), set()).update(_parts_named(mention, index))
        if target.location is not None and not is_place_key(home := country_of(target.location, index)):
            homes[id(target)] = home
        if mention.stated_size and mention.size is not None and id(target) not in stated:
            target.size = mention.size
            stated.add(id(target))
        elif id(target) in stated:
            target.size = size_before
        if not mention.aside:
            last = target
    for deployment in deployments:
        _spread_over_parts(deployment, parts.get(id(deployment), set()), index)
    _add_headings([m for m in mentions if m.in_heading], deployments, index, homes)
    merged = _fold_bodies(_fold_officials(deployments, index), index)
    _help_hosts(merged, {m.anchor for m in mentions if m.helps_host}, index)
    _place_reinforcements([d for d in merged if kinds.get(id(d)) == "reinforcement"], merged, index)
    return merged


def _place_reinforcements(reinforcements: list[Deployment], deployments: list[Deployment], index: EntityIndex) -> None:
    """ "officials await 2,000 more troops from X", no place named: more forces go where the forces they add to are,
    the same sender's, when the article places those in one state. Other senders' forces say nothing of where
    these go: with none of its own placed, a reinforcement stays unplaced."""
    for reinforcement in (r for r in reinforcements if r.location is None):
        own = [
            d
            for d in deployments
            if d is not reinforcement and d.location is not None and set(d.senders) & set(reinforcement.senders)
        ]
        states = {country_of(d.location, index) for d in own if d.location is not None}
        if len(states) == 1:
            reinforcement.location = states.pop()


def _unnamed_target(mention: Mention, last: Deployment | None, index: EntityIndex) -> Deployment | None:
    """The deployment a mention with no sender of its own tells more of: the one mentioned last, in its country."""
    target = last
    if mention.sentence is not None and not _mentioned_in(last, mention.sentence):
        target = None
    if _elsewhere(mention):
        return None  # "more battalions will go to other countries": not the forces just named
    if (
        target is not None
        and not _same_country(target.location, mention.location, index)
        and not _unplaced_near(target, mention, index)
    ):
        target = None  # "In X, forces ..." with no sender is not about the last deployment elsewhere
    _drop_home_place(mention, target, index)
    return target


def _elsewhere(mention: Mention) -> bool:
    """The mention sends its forces to "other countries", "other parts of the region": elsewhere than those named."""
    return any(
        is_pobj(place) and any(c.lower_ in lex.OTHERNESS_WORDS for c in place.children)
        for prep in mention.trigger.children
        if is_prep(prep) and prep.lower_ in lex.LOCATION_PREPOSITIONS
        for place in prep.children
    )


def _parts_named(mention: Mention, index: EntityIndex) -> set[str]:
    """The parts of a state a mention places its forces in: a town ("place/x") or a compass part of the state
    itself ("eastern X" gives "eastern")."""
    if mention.location is None:
        return set()
    if is_place_key(mention.location):
        return {mention.location}
    doc = mention.trigger.doc
    words = doc.char_span(mention.anchor.begin, mention.anchor.end, alignment_mode="expand")
    return {
        word.lower_
        for word in (words if words is not None else ())
        if word.lower_ in lex.COMPASS_WORDS
        and word.i + 1 < len(doc)
        and index.actor_at(doc[word.i + 1].idx, doc[word.i + 1].idx + len(doc[word.i + 1])) == mention.location
    }


def _spread_over_parts(deployment: Deployment, parts: set[str], index: EntityIndex) -> None:
    """Forces said to be in different parts of one state ("eastern X", "western X") are in the state: no single
    part holds them all."""
    if deployment.location is None or not is_place_key(deployment.location):
        return
    state = country_of(deployment.location, index)
    actor = index.actor(state)
    compass = {p for p in parts if not is_place_key(p)}
    if actor is not None and actor.type is ActorType.STATE and len(compass) > 1:
        deployment.location = state


def _help_hosts(deployments: list[Deployment], helping: set[Span], index: EntityIndex) -> None:
    """ "to stabilize the country" in one mention, the nation named in another: the state the forces are in."""
    for deployment in deployments:
        if deployment.supported is not None or deployment.location is None or not helping & set(deployment.anchors):
            continue
        host = index.actor(country_of(deployment.location, index))
        if host is not None and host.type is ActorType.STATE and host.key not in deployment.senders:
            deployment.supported = host.key


def _add_headings(
    mentions: list[Mention], deployments: list[Deployment], index: EntityIndex, homes: dict[int, str]
) -> None:
    """A heading's mention fills the slots still empty in the body's deployment it summarizes, or stands for a
    deployment of its own when the body names none of its sender."""
    alone = 0  # deployments only a heading tells of, listed first as their headings come first
    for mention in sorted(mentions, key=lambda m: (m.anchor.begin, m.trigger.i)):
        target = next(
            (d for d in deployments if mention.sender and _compatible(d, mention, index, homes.get(id(d)))), None
        )
        if mention.sender is None and mention.location is not None:
            # "..., leaving 5,000 troops in X": a heading naming no sender sums up the one deployment in that state
            there = [d for d in deployments if d.location and _same_country(d.location, mention.location, index)]
            target = there[0] if len(there) == 1 else None
        if target is not None:
            _absorb(target, mention, fill_only=True)
        elif _stands_alone(mention, deployments):
            # A headline's sending the body never names again with its sender: the body tells of it in other words.
            target = Deployment(key="", sender=mention.sender or "", co_senders=list(mention.co_senders))
            _absorb(target, mention)
            deployments.insert(alone, target)
            alone += 1


def _stands_alone(mention: Mention, deployments: list[Deployment]) -> bool:
    """A heading's mention with a sender and a place, whose sender has no deployment in the body."""
    if mention.sender is None or mention.location is None or mention.merge_only:
        return False
    return all(mention.sender not in d.senders for d in deployments)


def _drop_home_place(mention: Mention, target: Deployment | None, index: EntityIndex) -> None:
    """ "the deployment, announced in X, ...": a place in the sender's own state, named in a sentence without a
    sender, is where the sending was decided, not where the forces of a deployment abroad went."""
    if target is None or mention.location is None or target.location == mention.location:
        return
    abroad = target.location is None or country_of(target.location, index) not in target.senders
    if abroad and country_of(mention.location, index) in target.senders:
        mention.location = None


def _same_kind(kind: str | None, mention: Mention) -> bool:
    """Reinforcements and the forces already there are two deployments; a mention of neither joins either. A force
    a state leads among others ("led by A and B respectively") is not that state's own forces there."""
    if LED in (kind, mention.kind):
        return kind == mention.kind
    return kind is None or mention.kind is None or kind == mention.kind


def _counts_the_earlier(kind: str | None, deployment: Deployment, mention: Mention) -> bool:
    """ "more fighters were sent" and then "it had sent 900 fighters a week ago": a dated sending with a count of its
    own that does not say "more" is the one the reinforcement adds to, not the reinforcement (a strength stated on
    its own, "the contingent, now 900 strong", is the whole force's)."""
    if kind != "reinforcement" or mention.kind is not None or mention.stated_size or mention.start is None:
        return False
    if mention.size is None or mention.size.vague or mention.trigger.pos_ not in ("VERB", "AUX"):
        return False
    return deployment.size is None or _number(deployment.size) != _number(mention.size)


def _number(size: Quantity) -> int | None:
    return next((n for n in (size.exact, size.approximate, size.minimum, size.maximum) if n is not None), None)


def _arrival_without_owner(mention: Mention, deployments: list[Deployment]) -> bool:
    """Forces arriving whose sender is not named, before any deployment is ("Troops landed in X on Saturday").

    Only forces that arrive, land or cross: a sending with an unnamed sender is someone else's act.
    """
    arriving = mention.trigger.lemma_.lower() in lex.INTRANSITIVE_TRIGGERS - lex.WITHDRAWAL_VERBS
    return arriving and mention.sender is None and not deployments and not mention.merge_only


def _strength_without_owner(mention: Mention, deployments: list[Deployment]) -> bool:
    """A strength stated before any deployment, with no sender ("..., leaving 5,000 troops in X" in a lead): the
    deployment named next in that state."""
    return mention.sender is None and mention.stated_size and mention.size is not None and not deployments


def _fold_officials(deployments: list[Deployment], index: EntityIndex) -> list[Deployment]:
    """A person who orders forces somewhere acts for a state: their sending joins that state's deployment there, and is
    none without one."""
    kept: list[Deployment] = []
    for deployment in deployments:
        person = index.actor(deployment.sender)
        if person is None or person.type is not ActorType.PERSON:
            kept.append(deployment)
            continue
        target = next(
            (
                d
                for d in deployments
                if d is not deployment
                and (a := index.actor(d.sender)) is not None
                and a.type is not ActorType.PERSON
                and _same_country(d.location, deployment.location, index)
            ),
            None,
        )
        # a person's sending no state's deployment takes ("the king told his ministers to send troops") has no sender
        if target is not None:
            _merge_into(target, deployment)
    return kept


def _fold_bodies(deployments: list[Deployment], index: EntityIndex) -> list[Deployment]:
    """An organization and one of its bodies ("the League" and "the League Assembly") sending to one place: when one
    of the body's names begins with one of the organization's, they send one force; the later joins the earlier."""
    kept: list[Deployment] = []
    for deployment in deployments:
        target = next(
            (
                d
                for d in kept
                if _one_body(d.sender, deployment.sender, index)
                and _same_country(d.location, deployment.location, index)
            ),
            None,
        )
        if target is None:
            kept.append(deployment)
        else:
            _merge_into(target, deployment)
    return kept


def fold_formations(deployments: list[Deployment], served: dict[str, str], index: EntityIndex) -> list[Deployment]:
    """An alliance's forces in X and forces of a formation it names as its own ("the ALLIANCE UNIT troops") in X:
    a formation's deployment is part of the one of the organization it serves, in the same state (or a place of
    unknown state). A deployment already folded away is no target: its mentions live on in the one it joined."""
    kept: list[Deployment] = []
    folded: set[int] = set()
    for deployment in deployments:
        parent = served.get(deployment.sender)
        target = next(
            (
                d
                for d in deployments
                if d is not deployment
                and id(d) not in folded
                and parent in d.senders
                and (
                    _same_country(d.location, deployment.location, index) or _unknown_state(deployment.location, index)
                )
            ),
            None,
        )
        if target is None:
            kept.append(deployment)
            continue
        folded.add(id(deployment))
        location = target.location
        _merge_into(target, deployment)
        if location is not None and _unknown_state(target.location, index):
            target.location = location  # a place of unknown state may not lie in the state the forces are in
        target.co_senders += [s for s in deployment.senders if s not in target.senders]
    return kept


def _unknown_state(location: str | None, index: EntityIndex) -> bool:
    return location is not None and is_place_key(location) and country_of(location, index) == location


def _one_body(a: str, b: str, index: EntityIndex) -> bool:
    first, second = index.actor(a), index.actor(b)
    if first is None or second is None or a == b:
        return False
    if first.type is not ActorType.ORGANIZATION or second.type is not ActorType.ORGANIZATION:
        return False
    # Any form the text uses counts: a short form (an alias) of the organization begins the body's name.
    return any(
        longer[: len(shorter)] == shorter
        for one in (first.name, *first.aliases)
        for other in (second.name, *second.aliases)
        for shorter, longer in [sorted((one.lower().split(), other.lower().split()), key=len)]
        if shorter
    )


def _merge_into(target: Deployment, deployment: Deployment) -> None:
    """Every mention of ``deployment`` joins ``target``, whose slots it fills where they are empty."""
    target.anchors = sorted({*target.anchors, *deployment.anchors})
    # Its own sender is one ``target``'s stands for (a person's state, a body's organization); its partners are not.
    target.co_senders += [s for s in deployment.co_senders if s not in target.senders]
    target.triggers = sorted({*target.triggers, *deployment.triggers})
    for name in ("supported", "opponent", "size", "legal_basis", "purpose", "status", "force_kind"):
        if getattr(target, name) is None:
            setattr(target, name, getattr(deployment, name))
    if deployment.location is not None and (target.location is None or is_place_key(deployment.location)):
        target.location = deployment.location
    if deployment.start is not None and (target.start is None or _latest(deployment.start) < _latest(target.start)):
        target.start = deployment.start


def _same_country(a: str | None, b: str | None, index: EntityIndex) -> bool:
    return a is None or b is None or country_of(a, index) == country_of(b, index)


def _unplaced_near(deployment: Deployment, mention: Mention, index: EntityIndex) -> bool:
    """``mention`` names a place whose state is unknown, in or right after a sentence about ``deployment``: the
    place most likely lies where that deployment is ("... troops in X. They serve in a battlegroup based at Y")."""
    if not mention.in_formation or mention.location is None or not is_place_key(mention.location):
        return False
    if country_of(mention.location, index) != mention.location:
        return False  # the place's state is known and differs
    sentence = mention.trigger.sent
    doc = mention.trigger.doc
    begin = doc[sentence.start - 1].sent.start_char if sentence.start > 0 else sentence.start_char
    return _mentioned_in(deployment, (begin, sentence.end_char))


def _mentioned_in(deployment: Deployment | None, sentence: tuple[int, int]) -> bool:
    begin, end = sentence
    return deployment is not None and any(begin <= a.begin < end for a in deployment.anchors)


def _compatible(deployment: Deployment, mention: Mention, index: EntityIndex, home: str | None = None) -> bool:
    """``mention`` is about ``deployment``; ``home`` is the state the deployment was placed in, if its place's
    state is unknown."""
    if mention.sender is None or not set(mention.senders) <= set(deployment.senders):
        return False  # a mention of some senders of a joint force tells of it; one of other senders does not
    if deployment.location is None or mention.location is None or deployment.location == mention.location:
        return True
    country = country_of(deployment.location, index)
    if is_place_key(country) and home is not None:
        country = home
    # One sender's forces in one country are one deployment, whichever of its places a sentence names.
    if country == country_of(mention.location, index):
        return True
    # A ship in a gulf is not the garrison in a state on its shore; a place of unknown state may still be a port.
    mention_country = country_of(mention.location, index)
    if _at_sea(country, index) and not mention.offshore and not is_place_key(mention_country):
        return False
    if _at_sea(mention.location, index) and not is_place_key(country):
        return False
    # A place whose state the index does not know may lie in the deployment's country: one sender, one deployment.
    return any(is_place_key(k) and country_of(k, index) == k for k in (country, mention.location))


def _at_sea(location: str, index: EntityIndex) -> bool:
    """``location`` is a body of water ("the Gulf of X"), which lies in no state."""
    place = index.place(location)
    return place is not None and any(word in lex.WATER_NOUNS for word in place.name.lower().split())


def _absorb(deployment: Deployment, mention: Mention, fill_only: bool = False) -> None:
    """Add ``mention`` to ``deployment``; with ``fill_only`` its slots only fill slots still empty."""
    if fill_only:
        filler = Mention(mention.trigger, mention.anchor, mention.sender, triggers=mention.triggers)
        for name in ("supported", "opponent", "location", "size", "start", "legal_basis", "purpose", "status", "force"):
            if getattr(deployment, "force_kind" if name == "force" else name) is None:
                setattr(filler, name, getattr(mention, name))
        mention = filler
    if mention.anchor not in deployment.anchors:
        deployment.anchors.append(mention.anchor)
        deployment.anchors.sort()
    for span in mention.triggers:
        if span not in deployment.triggers:
            deployment.triggers.append(span)
    deployment.triggers.sort()
    deployment.supported = deployment.supported or mention.supported
    deployment.opponent = deployment.opponent or mention.opponent
    # A place is more specific than a state: it replaces one, never the other way round.
    if mention.location is not None and (
        deployment.location is None or (is_place_key(mention.location) and not is_place_key(deployment.location))
    ):
        deployment.location = mention.location
    if deployment.force_kind is None and mention.force is not None:
        deployment.force_kind = mention.force.lower_
    if mention.size is not None and (deployment.size is None or (deployment.size.vague and not mention.size.vague)):
        deployment.size = mention.size
    # When a planned sending is to happen is no bound on when the forces went.
    planned = mention.status == "planned"
    if (
        mention.start is not None
        and not planned
        and (deployment.start is None or _latest(mention.start) < _latest(deployment.start))
    ):
        deployment.start = mention.start
    deployment.legal_basis = deployment.legal_basis or mention.legal_basis
    deployment.purpose = deployment.purpose or mention.purpose
    deployment.status = mention.status or deployment.status


def _latest(value: TimeValue) -> tuple[int, str]:
    """Sort key: the upper bound of a start, undated last."""
    return (value.latest.toordinal() if value.latest else _UNDATED, value.latest.isoformat() if value.latest else "")


def link_statements(deployments: list[Deployment], statements: list[Statement]) -> None:
    for deployment in deployments:
        for statement in statements:
            if any(_overlap(statement.content, anchor) for anchor in deployment.anchors):
                if statement.key not in deployment.reported_by:
                    deployment.reported_by.append(statement.key)
                if deployment.key not in statement.about_deployments:
                    statement.about_deployments.append(deployment.key)
                    statement.about_deployments.sort(key=lambda k: (len(k), k))
        deployment.reported_by.sort()


def _overlap(a: Span, b: Span) -> bool:
    return a.begin < b.end and b.begin < a.end
