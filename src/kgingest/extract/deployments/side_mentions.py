"""Mentions that only say more about a deployment or name one without a force: a state that intervenes, a count
of forces somewhere, a force setting out."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from kgingest.extract import deployment_lexicon as lex
from kgingest.extract.dependencies import is_det, is_label, is_nsubj
from kgingest.extract.deployments.grammar import clause_span, is_force, negated, noun_lemma, token_span
from kgingest.extract.deployments.mention import Mention
from kgingest.extract.deployments.reality import is_exercise, is_real, status_of

if TYPE_CHECKING:
    from kgingest.extract.deployments.context import DeploymentContext


def intervention_mention(ctx: DeploymentContext, verb: Token) -> Mention | None:
    """ "France intervened in Mali in January", "until France intervened" in a clause about a place ("Mali,
    where militants held the north until France intervened"): a state's armed intervention abroad."""
    subjects = [c for c in verb.children if is_nsubj(c)]
    sender = ctx.actors.subject_actor(subjects[0]) if subjects else None
    if sender is None or not ctx.actors.is_state(sender) or negated(verb) or not is_real(verb):
        return None
    if is_exercise(verb):
        return None
    mention = Mention(trigger=verb, anchor=clause_span(verb), sender=sender, triggers=[token_span(verb)])
    ctx.slots.fill_slots(mention, verb, None)
    mention.location = mention.location or ctx.places.where_clause_place(verb)
    if not ctx.places.abroad(mention):
        return None  # "the government intervened in the dispute": no forces sent abroad
    mention.status = status_of(verb)
    return mention


def counted_there(ctx: DeploymentContext, verb: Token) -> Mention | None:
    """ "there were 12,000 troops in X", said of forces whose owner the sentence does not name: the size of the
    deployment at X named before (an owner makes it a deployment of its own: the existential-presence rule)."""
    if not any(is_label(c, "expl") for c in verb.children) or not is_real(verb):
        return None
    forces = [c for c in verb.children if is_label(c, "attr") and is_force(c) and not negated(c)]
    if not forces or ctx.actors.owner(forces[0]) is not None:
        return None
    mention = Mention(trigger=verb, anchor=clause_span(verb), sender=None, force=forces[0], triggers=[token_span(verb)])
    ctx.slots.fill_slots(mention, verb, forces[0])
    if mention.location is None or mention.size is None or mention.size.vague:
        return None
    mention.merge_only = True
    mention.start = None
    return mention


def departure_mention(ctx: DeploymentContext, verb: Token) -> Mention | None:
    """ "The convoy set out on Monday": the forces just named left then, which bounds their deployment's start.

    Only a definite force with no sender of its own: it says more about a deployment found elsewhere."""
    subjects = [c for c in verb.children if is_nsubj(c) and noun_lemma(c) in lex.FORCE_NOUNS]
    if not subjects or not any(is_det(c, "the") for c in subjects[0].children) or not is_real(verb):
        return None
    if ctx.actors.owner(subjects[0]) is not None or negated(verb):
        return None
    mention = Mention(
        trigger=verb, anchor=clause_span(verb), sender=None, force=subjects[0], triggers=[token_span(verb)]
    )
    ctx.slots.fill_slots(mention, verb, subjects[0])
    mention.merge_only = True
    return mention
