"""Forces a sentence places beside a sending: those left behind when others leave ("..., leaving 5,000 troops in
X") and those already where a sending goes ("sent to Y on top of the 800 troops already there")."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from spacy.tokens import Token

from kgingest.extract import deployment_lexicon as lex
from kgingest.extract.dependencies import NOUN_CLAUSES, has_label, is_advmod, is_dobj, is_nsubj, is_pobj, is_prep
from kgingest.extract.deployments.grammar import (
    ADDITION_PHRASES,
    force_in_phrase,
    negated,
    subtree_span,
    token_chars,
    token_span,
)
from kgingest.extract.deployments.mention import Mention
from kgingest.extract.deployments.reality import is_real

if TYPE_CHECKING:
    from kgingest.extract.deployments.context import DeploymentContext


def remaining_mention(ctx: DeploymentContext, verb: Token) -> Mention | None:
    """ "..., leaving 5,000 troops in X": the forces that stay are the deployment's strength now."""
    if verb.tag_ != "VBG" or negated(verb) or not is_real(verb):
        return None
    force = next((f for c in verb.children if is_dobj(c) and (f := force_in_phrase(c)) is not None), None)
    size = ctx.slots.size(force)
    if force is None or size is None or size.vague:
        return None
    sender = ctx.actors.owner(force)
    wheres = [c for c in verb.children if is_prep(c) and c.lower_ in lex.PRESENCE_PREPOSITIONS]
    wheres += [c for c in force.children if is_prep(c) and c.lower_ in lex.PRESENCE_PREPOSITIONS]
    location = ctx.places.location_in(wheres, lex.PRESENCE_PREPOSITIONS, sender)
    there = any(c.lower_ == "there" for c in (*verb.children, *force.children))
    if location is None and not there:
        return None  # "leaving 300 troops idle": left, but not said to be somewhere
    mention = Mention(trigger=verb, anchor=subtree_span(verb), sender=sender, force=force, location=location)
    mention.triggers = [token_span(verb)]
    mention.size = size
    mention.stated_size = True
    mention.status = "ongoing"
    mention.merge_only = sender is None
    return mention


def force_added_to(
    ctx: DeploymentContext, noun: Token, sending_of: Callable[[Token], Mention | None]
) -> Mention | None:
    """ "N troops will go to Y in addition to (on top of) the M reservists already helping there": forces
    already where a sending goes, counted beside it, are a deployment of their own; whose forces they are is
    their owner or, unnamed, the state that sends."""
    if not is_pobj(noun) or (noun.head.head.lower_, noun.head.lower_) not in ADDITION_PHRASES:
        return None
    verb = next((a for a in noun.ancestors if a.pos_ in ("VERB", "AUX")), None)
    clauses = [c for c in noun.children if has_label(c, NOUN_CLAUSES)]
    if verb is not None:
        # "on top of 800 reservists already helping the police": the parser may hang the participle that describes
        # the forces on the sending verb; it follows the noun right away
        clauses += [
            c
            for c in verb.children
            if c.tag_ in ("VBG", "VBN") and c.left_edge.i == noun.right_edge.i + 1 and c.left_edge.i < c.i
        ]
    already = [c for c in noun.children if c.lower_ in lex.PRESENCE_ADVERBS]
    already += [a for c in clauses for a in c.children if is_advmod(a)]
    if not any(a.lower_ in lex.PRESENCE_ADVERBS for a in already) or negated(noun):
        return None
    size = ctx.slots.size(noun)
    if size is None or size.vague or verb is None or verb.lemma_.lower() not in lex.TRIGGER_VERBS:
        return None
    sending = sending_of(verb)
    if sending is None or sending.location is None:
        return None
    described = [t for c in clauses for t in c.subtree]
    if _names_own_place(ctx, described, sending.location):
        return None  # "on top of 400 marines already guarding the harbour": they are not where the others go
    # Unnamed, they are the sending state's only when the state itself is the subject that sends: beside what a
    # minister or an agency sends may stand an ally's forces or an alliance's.
    subjects = [c for c in verb.children if is_nsubj(c)]
    state = sending.sender if any(ctx.actors.resolve(*token_chars(c)) == sending.sender for c in subjects) else None
    state = state if state is not None and ctx.actors.is_state(state) else None
    sender = ctx.actors.owner(noun) or state
    if sender is None or not ctx.actors.can_send(sender):
        return None
    mention = Mention(trigger=noun, anchor=subtree_span(noun), sender=sender, force=noun, location=sending.location)
    mention.triggers = [token_span(noun)]
    mention.size = size
    mention.supported = ctx.parties.supported(described, sender, sending.location)
    mention.kind = "presence"
    mention.status = "ongoing"
    mention.aside = True
    return mention


def _names_own_place(ctx: DeploymentContext, described: list[Token], location: str) -> bool:
    """The clause that describes forces already present says where they are, and it is not where the sending goes:
    "already stationed near X", "already patrolling the coast"."""
    wheres = [
        o for t in described if is_prep(t) and t.lower_ in lex.LOCATION_PREPOSITIONS for o in t.children if is_pobj(o)
    ]
    wheres += [o for t in described if t.lemma_.lower() in lex.GUARDING_VERBS for o in t.children if is_dobj(o)]
    return any(w.lower_ not in ("there", "here") and ctx.places.place_or_state(w) != location for w in wheres)
