"""Senders a sending names beside its own subject: the other states of a list whose forces they are, and the
state or organ that announces a passive sending, the other subjects of a list that sends."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from spacy.tokens import Token

from kgingest.extract import deployment_lexicon as lex
from kgingest.extract.dependencies import (
    OWNER_LABELS,
    PASSIVE_AGENTS,
    has_child,
    has_label,
    is_advcl,
    is_ccomp,
    is_conj,
    is_det,
    is_label,
    is_nsubj,
    is_nsubjpass,
    is_pobj,
    is_poss,
    is_prep,
)
from kgingest.extract.deployments.grammar import PRONOUNS, first_conjunct, is_force, nouns
from kgingest.extract.lexicon import verb_frame
from kgingest.model import ActorType

if TYPE_CHECKING:
    from kgingest.extract.deployments.resolver import ActorResolver


def co_owners(actors: ActorResolver, force: Token, sender: str | None) -> list[tuple[str, Token]]:
    """ "Ruritanian and Freedonian troops", "French, German and Dutch soldiers": the other states whose forces they are,
    when the sender is one of them, each with the force noun that is theirs. Adjectives of nationality sort the
    forces by state, each state's its own deployment; compare `joint_senders`."""
    owners = [c for c in force.children if has_label(c, OWNER_LABELS) and c.lower_ not in PRONOUNS]
    words = sorted({w.i: w for o in owners for w in (o, *o.conjuncts)}.values(), key=lambda w: w.i)
    states: list[str] = []
    for word in words:
        key = actors.resolve(word.idx, word.idx + len(word.text)) or actors.demonym_state(word)
        if key is not None and actors.is_state(key) and key not in states:
            states.append(key)
    shared = sender in states and len(states) > 1
    others = [(s, force) for s in states if s != sender] if shared else []
    # "Ruritanian forces and fighters from the Red Hand", sent by no one named: a force of another sender joined to it
    conjuncts = force.conjuncts if sender is not None and actors.owner(force) == sender else ()
    for conjunct in (c for c in conjuncts if is_force(c)):
        key = actors.owner(conjunct)
        if key is not None and key != sender and actors.can_send(key) and key not in (o for o, _ in others):
            others.append((key, conjunct))
    return others


def joint_senders(actors: ActorResolver, force: Token, sender: str | None) -> list[str]:
    """ "a joint force of A and B", "soldiers drawn from A and B": the other parties an "of" or "from" list after the
    force noun gives as its source, when the sender is one of them; one force they send together."""
    sources = [o for p in force.children if is_prep(p, "of", "from") for o in p.children if is_pobj(o)]
    # "a force of 2,000 troops from A, B and C": the parser hangs the source on the noun the troops are "of"
    if is_pobj(force) and force.head.lower_ == "of" and force.head.head.pos_ == "NOUN":
        sources += [o for p in force.head.head.children if is_prep(p, "from") for o in p.children if is_pobj(o)]
    # "a force of 3,000 soldiers from A and B": the members' sources are the force's
    sources += [o for m in sources for p in m.children if is_prep(p, "from") for o in p.children if is_pobj(o)]
    parties: list[str] = []
    for phrase in (w for o in sources for w in (o, *o.conjuncts)):
        key = actors.resolve_phrase(phrase)
        if key is not None and actors.can_send(key) and key not in parties:
            parties.append(key)
    if sender in parties:
        return [p for p in parties if p != sender]
    # "the alliance's force of soldiers from A and B": an organization's force that comes from states is sent with
    # them.
    organization = actors.index.actor(sender) if sender is not None else None
    if organization is not None and organization.type is ActorType.ORGANIZATION:
        return [p for p in parties if actors.is_state(p)]
    return []


def sent_together(actors: ActorResolver, verb: Token, force: Token, sender: str | None) -> list[str]:
    """The senders that send ``force`` with ``sender``: the force's own list, the subjects joined to the sender's, the
    rest of a "from" list the sender heads, and the others a plural possessive stood for."""
    sources = source_list(actors, verb)
    return [
        *joint_senders(actors, force, sender),
        *conjoined_senders(actors, verb, sender),
        *(sources[1:] if sources[:1] == [sender] else []),
        *plural_partners(actors, force, sender),
    ]


def source_list(actors: ActorResolver, verb: Token) -> list[str]:
    """ "3,000 soldiers will be sent to X from A and B": the states a sending verb's "from" list names as the force's
    sources, one force they send together. A list only: one state after "from" may be the place the forces leave
    ("moved to X from A"), and a withdrawal's "from" always is."""
    if verb.lemma_.lower() not in lex.TRIGGER_VERBS or verb.lemma_.lower() in lex.WITHDRAWAL_VERBS:
        return []
    # "sent to X": the parser may label the destination's "to" a dative
    if not any(c.dep_ in ("prep", "dative") and c.lower_ in lex.DESTINATION_PREPOSITIONS for c in verb.children):
        return []  # the force must go somewhere other than where it comes from
    sources = [o for p in verb.children if is_prep(p, "from") for o in p.children if is_pobj(o)]
    phrases = [w for o in sources for w in (o, *o.conjuncts)]
    states = list(dict.fromkeys(k for w in phrases if (k := actors.resolve_phrase(w)) is not None))
    if len(phrases) < 2 or len(states) != len(phrases) or not all(actors.is_state(k) for k in states):
        return []
    return states


def plural_partners(actors: ActorResolver, noun: Token, sender: str | None) -> list[str]:
    """ "A and B met on Monday. Their deployment ...": the other names of the joined list that a plural possessive
    stood for, beside the one it gave as the sender; they send together."""
    pronoun = next((c for c in noun.children if is_poss(c) and c.lower_ == "their"), None)
    if sender is None or pronoun is None:
        return []
    ref = actors.ctx.antecedents.nearest_mention_where(
        pronoun.idx, lambda r: not r.is_place and actors.as_state(r.key) == sender
    )
    words = actors.doc.char_span(ref.span.begin, ref.span.end, alignment_mode="expand") if ref is not None else None
    if words is None:
        return []
    first = words.root
    while is_conj(first) and first.head.i != first.i:
        first = first.head
    partners: list[str] = []
    for word in (first, *first.conjuncts):
        key = actors.resolve_phrase(word)
        key = actors.as_state(key) if key is not None else None
        if key is not None and key != sender and actors.can_send(key) and key not in partners:
            partners.append(key)
    return partners


def announcer(actors: ActorResolver, verb: Token) -> str | None:
    """ "The ministry announced 500 troops will be sent to X": a passive sending with no agent, reported by a
    state, one of its organs or its leader, is theirs."""
    if not any(is_nsubjpass(c) for c in verb.children) or has_child(verb, PASSIVE_AGENTS):
        return None
    clause = first_conjunct(verb)
    if not is_ccomp(clause) or verb_frame(clause.head.lemma_) is None:
        return None
    for subject in (c for c in clause.head.children if is_nsubj(c) and c.lower_ not in PRONOUNS):
        actor = actors.subject_actor(subject)
        if actor is not None and actors.can_send(actor):
            return actor
        state = actors.leader_state(actor)
        if state is not None:
            return state
    return None


def participle_sender(actors: ActorResolver, verb: Token, definite_only: bool = False) -> str | None:
    """ "X troops left Y today, ending combat operations": a participle with no subject of its own acts for the
    owner of the forces its clause is about; with ``definite_only``, "" when those are "the" forces unowned."""
    if not is_advcl(verb) or any(is_nsubj(c) for c in verb.children):
        return None
    forces = actors.ctx.forces.acting_forces(verb.head)
    if not forces:
        return None
    if definite_only:
        return "" if any(is_det(c, "the") for c in forces[0].children) else None
    return actors.owner(forces[0])


def conjoined_senders(actors: ActorResolver, verb: Token, sender: str | None) -> list[str]:
    """ "A, B and C have sent troops to Y": the other senders of a list whose first sends, one force together."""
    if sender is None:
        return []
    clause = verb
    # "A, B and C met and sent troops", "A and B agreed to send troops": the subject of the first or governing verb
    while not any(is_nsubj(c) for c in clause.children) and (is_conj(clause) or is_label(clause, "xcomp")):
        if clause.head.i == clause.i:
            break
        clause = clause.head
    found: list[str] = []
    for subject in (c for c in clause.children if is_nsubj(c)):
        if actors.subject_actor(subject) != sender:
            continue
        for other in subject.conjuncts:
            actor = actors.resolve_phrase(other)
            if actor is not None and actor != sender and actors.can_send(actor) and actor not in found:
                found.append(actor)
    return found


def joined_formation(actors: ActorResolver, force: Token, sender: str) -> bool:
    """``force`` is an organization's formation that others serve in or contribute to ("serve in a UN force")."""
    actor = actors.index.actor(sender)
    if actor is None or actor.type is not ActorType.ORGANIZATION or actors.owner(force) != sender:
        return False
    return is_pobj(force) and force.head.lower_ in lex.JOINING_PREPOSITIONS


def formations(actors: ActorResolver) -> dict[str, str]:
    """A force noun after the names of two organizations ("the ALLIANCE UNIT troops", an alliance's name and then
    its task force's): the second is the first's formation; each formation with the organization it serves."""
    found: dict[str, str] = {}
    for noun in (t for t in nouns(actors.doc) if is_force(t)):
        names = sorted((t for t in noun.subtree if t.i < noun.i and is_label(t, "compound")), key=lambda t: t.i)
        bodies = [key for t in names if (key := _organization_named(actors, t)) is not None]
        for parent, formation in itertools.pairwise(bodies):
            if parent != formation:
                found.setdefault(formation, parent)
    return found


def _organization_named(actors: ActorResolver, word: Token) -> str | None:
    """The organization a one-word name is, recorded at this word or, where the actor stage missed it, by its name."""
    key = actors.index.actor_at(word.idx, word.idx + len(word.text))
    if key is None:
        surface = word.text.lower()
        named = [a.key for a in actors.index.actors if surface in {a.name.lower(), *(n.lower() for n in a.aliases)}]
        key = min(named) if named else None
    actor = actors.index.actor(key) if key is not None else None
    return key if actor is not None and actor.type is ActorType.ORGANIZATION else None
