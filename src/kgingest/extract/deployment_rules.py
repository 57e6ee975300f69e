"""Deployment mentions read by the construction rules in ``extract/rules/deployment/``.

A rule match names the tokens of its slots (sender, force, location) and its trigger; this module checks the
match as the deployment stage checks its own mentions (a real sending of armed forces, no exercise, no
threat, no denial) and reads it into the stage's mention: sender and location through the `EntityIndex`,
the force's count through `kgingest.quantities`, the other slots (start, parties, legal basis) from the
clause as the stage reads them. `add_rule_mentions` is the stage's hook: a rule adds a mention only where
the stage found none with a sender.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from kgingest.errors import RuleError
from kgingest.extract import deployment_lexicon as lex
from kgingest.extract.dependencies import (
    NOUN_CLAUSES,
    SUBJECTS,
    has_label,
    is_advmod,
    is_dobj,
    is_neg,
    is_pobj,
    is_poss,
    is_prep,
)
from kgingest.extract.deployments.context import DeploymentContext
from kgingest.extract.deployments.grammar import (
    PRONOUNS,
    clause_span,
    force_in_phrase,
    negated,
    noun_lemma,
    sending_kind,
    set_noun_status,
    stays_home,
    subtree_span,
    token_span,
    wanted_or_denied,
)
from kgingest.extract.deployments.mention import Mention
from kgingest.extract.deployments.reality import is_exercise, is_real, status_of
from kgingest.extract.index import EntityIndex
from kgingest.extract.rules import Rule, RuleMatch, find_matches, load_rules
from kgingest.model import Article

STAGE = "deployment"
# Conditions a rule may require by name (``requires:``), beyond the checks every deployment rule gets.
CONDITIONS = frozenset({"abroad"})
# "a force being deployed": a word that is a force only in a military sense is one when these verbs move it.
DISAMBIGUATING_VERBS = frozenset({"deploy", "redeploy", "station", "garrison"})
# "its possible deployment": a deployment only spoken of.
UNREAL_MODIFIERS = frozenset({"possible", "potential", "hypothetical", "eventual"})


@dataclass(frozen=True)
class RuleReading:
    """What one rule read from one match: the mention handed to the stage, and the tokens it covers."""

    rule: Rule
    mention: Mention
    tokens: frozenset[int]


def rule_readings(
    doc: Doc, article: Article, index: EntityIndex, rules: tuple[Rule, ...] | None = None
) -> list[RuleReading]:
    """Every mention the deployment rules (by default all of them) read from ``doc``, in text order."""
    return _readings(DeploymentContext(doc, article, index), rules if rules is not None else load_rules(STAGE))


def add_rule_mentions(context: DeploymentContext, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with the rules' mentions added where the stage found none with a sender.

    A stage mention without a sender on a token the rule matched gives way to the rule's, which names one.
    """
    by_trigger = {m.trigger.i: m for m in mentions}
    claimed = {i for m in mentions if m.sender is not None for i in _own_tokens(m)}
    replaced: set[int] = set()
    added: list[Mention] = []
    for reading in _readings(context, load_rules(STAGE)):
        covered = [by_trigger[i] for i in sorted(reading.tokens) if i in by_trigger]
        own = _own_tokens(reading.mention)
        named = [m for m in covered if m.sender is not None]
        if named:
            _fill_gaps(named[0], reading.mention)
            continue
        if own & claimed:
            continue
        replaced.update(m.trigger.i for m in covered)
        claimed |= own
        added.append(reading.mention)
    return [m for m in mentions if m.trigger.i not in replaced] + added


def _fill_gaps(mention: Mention, reading: Mention) -> None:
    """The stage's own mention of the same sending keeps its slots and takes the rule's where it has none."""
    if mention.sender != reading.sender:
        return
    mention.location = mention.location or reading.location
    mention.size = mention.size or reading.size
    mention.force = mention.force or reading.force


def _own_tokens(mention: Mention) -> set[int]:
    """The tokens that make a mention this sending: its trigger and its force."""
    return {mention.trigger.i} | ({mention.force.i} if mention.force is not None else set())


def _readings(context: DeploymentContext, rules: tuple[Rule, ...]) -> list[RuleReading]:
    unknown = sorted({c for rule in rules for c in rule.requires} - CONDITIONS)
    if unknown:
        raise RuleError(f"deployment rules require conditions no one checks: {', '.join(unknown)}")
    readings = []
    for match in find_matches(context.doc, rules):
        mention = _read(context, match)
        if mention is not None:
            tokens = frozenset(t.i for t in match.nodes.values())
            readings.append(RuleReading(match.rule, mention, tokens))
    return readings


def _read(context: DeploymentContext, match: RuleMatch) -> Mention | None:
    trigger = match.trigger
    phrase = match.slot("force")
    force = _force(phrase, trigger) if phrase is not None else None
    clause = _clause_head(trigger)
    if force is None or negated(force) or not _real(context, trigger, clause) or is_exercise(clause):
        return None
    sender_token = match.slot("sender")
    sender = _sender(context, sender_token, clause) if sender_token is not None else None
    sender = sender or context.actors.owner(force)
    if sender is None or not context.actors.can_send(sender):
        return None
    anchor = clause_span(clause) if clause.pos_ in ("VERB", "AUX") else subtree_span(clause)
    mention = Mention(trigger=trigger, anchor=anchor, sender=sender, force=force, triggers=[token_span(trigger)])
    context.slots.fill_slots(mention, clause, force, with_relative_clauses=clause.pos_ not in ("VERB", "AUX"))
    place = match.slot("location")
    location = _location(context, place, sender) if place is not None else None
    mention.location = location or mention.location
    if trigger.pos_ in ("NOUN", "PROPN"):
        set_noun_status(mention, trigger)
    else:
        mention.status = status_of(clause if clause.pos_ in ("VERB", "AUX") else trigger)
    mention.status = mention.status or match.rule.status
    mention.kind = sending_kind(trigger, force)
    abroad = context.places.abroad(mention)
    if ("abroad" in match.rule.requires or stays_home(force)) and not abroad:
        return None  # "X keeps soldiers based at home": no sending
    return mention


def _force(phrase: Token, trigger: Token) -> Token | None:
    """The force noun of the phrase a rule matched as the force: "troops", "hundreds of soldiers"."""
    force = force_in_phrase(phrase)
    if force is None and noun_lemma(phrase) in lex.AMBIGUOUS_FORCE_NOUNS:
        return phrase if trigger.lemma_.lower() in DISAMBIGUATING_VERBS else None
    return force


def _clause_head(trigger: Token) -> Token:
    """The token whose clause tells about the mention: a verb, or the noun phrase a participle describes."""
    if trigger.pos_ in ("NOUN", "PROPN"):
        subject = has_label(trigger, SUBJECTS) and trigger.head.pos_ in ("VERB", "AUX")
        return trigger.head if subject else trigger
    if has_label(trigger, NOUN_CLAUSES) and trigger.head.pos_ in ("NOUN", "PROPN", "NUM"):
        noun = trigger.head
        # "X has troops stationed in Y": the having verb; "A force being deployed by X ...": the phrase itself.
        return noun.head if is_dobj(noun) and noun.head.pos_ in ("VERB", "AUX") else noun
    return trigger


def _real(context: DeploymentContext, trigger: Token, clause: Token) -> bool:
    """Not a threat, condition, denial, wish or negation, in the trigger or in the clause it stands in."""
    if trigger.pos_ in ("NOUN", "PROPN"):
        if wanted_or_denied(trigger) or any(c.lower_ in UNREAL_MODIFIERS for c in trigger.children):
            return False
    elif negated(trigger) or not is_real(trigger):
        return False
    if clause.pos_ in ("VERB", "AUX") and clause.i != trigger.i:
        return not _no_longer(clause) and is_real(clause)
    return not _no_longer(trigger)


def _no_longer(verb: Token) -> bool:
    """ "X no longer has troops in Y": the negation sits on the adverb."""
    return any(is_advmod(c) and any(is_neg(n) for n in c.children) for c in verb.children)


def _sender(context: DeploymentContext, token: Token, clause: Token) -> str | None:
    """The actor a sender token names: a name, a pronoun's antecedent, or a description ("the country")."""
    if token.lower_ in PRONOUNS:
        return context.actors.pronoun_antecedent(clause, token)
    actors = context.actors
    return actors.subject_actor(token) or actors.described_actor(token) or actors.members_body(token)


def _location(context: DeploymentContext, place: Token, sender: str) -> str | None:
    """Where a location token points: the object of a preposition, or "there" (the place named last)."""
    if place.lower_ == "there":
        for mention in reversed(context.index.mentions()):
            if mention.span.end > place.idx:
                continue
            key = mention.key if mention.is_place else context.actors.as_state(mention.key)
            if key != sender and (mention.is_place or context.actors.is_state(key)):
                return key
        return None
    if is_pobj(place):
        return context.places.location_in([place.head], {place.head.lower_}, sender)
    found = None
    if has_label(place, SUBJECTS):
        # "the government of Y asked for troops from X", "Y's president requested troops": the state whose organ
        # or leader asks, named in the phrase before any guess of whose the organ is
        owners = [o for c in place.children if is_prep(c, "of") for o in c.children if is_pobj(o)]
        owners += [c for c in place.children if is_poss(c)]
        found = next((k for o in owners if (k := context.places.place_or_state(o)) is not None), None)
        found = found or context.actors.leader_state(context.actors.subject_actor(place))
    found = found or context.places.place_or_state(place)
    return found if found != sender else None
