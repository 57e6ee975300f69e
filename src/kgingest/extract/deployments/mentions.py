"""Reads deployment mentions off one parsed article, token by token."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from kgingest.extract import deployment_lexicon as lex
from kgingest.extract.dependencies import (
    COUNT_OR_OWNER_LABELS,
    RAISING_LABELS,
    SUBJECTS,
    has_label,
    is_aux,
    is_det,
    is_dobj,
    is_nsubj,
    is_nsubjpass,
    is_pobj,
    is_poss,
    is_prep,
)
from kgingest.extract.deployments.beside import force_added_to, remaining_mention
from kgingest.extract.deployments.grammar import (
    NOUN_TAGS,
    PRONOUNS,
    acts_on,
    bolstered_with,
    clause_span,
    clause_tokens,
    force_in_phrase,
    goes_back,
    has_definite_determiner,
    has_military_modifier,
    has_slot,
    heads_abroad,
    is_aboard,
    is_force,
    joint_force,
    keeper_force,
    kept_by_subject,
    negated,
    noun_lemma,
    present_tense,
    sending_kind,
    set_noun_status,
    sets_out,
    stays_home,
    subtree_span,
    token_span,
    wanted_or_denied,
)
from kgingest.extract.deployments.mention import Mention
from kgingest.extract.deployments.reality import claim_of, is_exercise, is_real, status_of
from kgingest.extract.deployments.resolver import country_of
from kgingest.extract.deployments.senders import (
    announcer,
    co_owners,
    joined_formation,
    joint_senders,
    participle_sender,
    plural_partners,
    sent_together,
    source_list,
)
from kgingest.extract.deployments.side_mentions import counted_there, departure_mention, intervention_mention
from kgingest.extract.index import token_facts

if TYPE_CHECKING:
    from kgingest.extract.deployments.context import DeploymentContext


def _home_not_sent(ctx: DeploymentContext, mention: Mention) -> bool:
    """Forces not sent: police or a whole service at home (they police or train there), and forces flown or ferried
    home, back, or anywhere but abroad ("flew 300 troops home from X")."""
    home = mention.force is not None and stays_home(mention.force)
    ferried = mention.trigger.lemma_.lower() in lex.FERRYING_VERBS
    if ferried and goes_back(mention.trigger):
        return True
    return (home or ferried) and not ctx.places.abroad(mention)


# The words a size mention hangs on, joined once (not for every token of every article).
_SIZE_WORDS = lex.SIZE_NOUNS | lex.SIZE_VERBS | lex.SIZE_ADJECTIVES | lex.ESTIMATING_VERBS | lex.COMPOSING_VERBS
# The parts of speech a mention hangs on besides a size word: verbs, participles the tagger gave another part of
# speech, nouns.
_VERB_TAGS = frozenset({"VERB", "AUX"})
_PARTICIPLE_TAGS = frozenset({"VBN", "VBD", "VBG"})
_MENTION_TAGS = _VERB_TAGS | NOUN_TAGS


def all_mentions(finder: MentionFinder) -> list[Mention]:
    """Every token's mention, in text order. Only a verb, a noun, a participle or a size word can hang one
    (`MentionFinder._mention` passes every other word by): the others are skipped on their strings, no ``Token``
    built."""
    doc = finder.ctx.doc
    facts = token_facts(doc)
    words = zip(facts.tags, facts.fine_tags, facts.lemmas, strict=True)
    return [
        found
        for i, (tag, fine, lemma) in enumerate(words)
        if (tag in _MENTION_TAGS or fine in _PARTICIPLE_TAGS or lemma.lower() in _SIZE_WORDS)
        and (found := finder.mention(doc[i])) is not None
    ]


class MentionFinder:
    """Reads deployment mentions off one parsed article, token by token."""

    def __init__(self, ctx: DeploymentContext) -> None:
        self.ctx = ctx
        self.index = ctx.index

    def mention(self, token: Token) -> Mention | None:
        found = self._mention(token)
        if found is not None and _home_not_sent(self.ctx, found):
            return None
        if found is not None and found.sender is not None:
            self.ctx.senders.add(found.sender)
        return found

    def _mention(self, token: Token) -> Mention | None:
        lemma = token.lemma_.lower()
        if lemma in _SIZE_WORDS:
            return self.ctx.sizes.size_mention(token)
        if token.pos_ in _VERB_TAGS or (token.tag_ in _PARTICIPLE_TAGS and lemma != "deployment"):
            if lemma in lex.LEAVING_VERBS and (remaining := remaining_mention(self.ctx, token)) is not None:
                return remaining
            # "bolster its forces in X with 300 soldiers": the forces it is bolstered with are sent
            bolstered = bolstered_with(token)
            going = heads_abroad(token)  # "the battalion will head to X"
            if lemma in lex.TRANSITIVE_TRIGGERS or lemma in lex.INTRANSITIVE_TRIGGERS or bolstered or going:
                return self._verb_mention(token)
            if lemma in lex.MISSION_VERBS and (found := self._mission_mention(token)) is not None:
                return found
            if lemma == "be" and (counted := counted_there(self.ctx, token)) is not None:
                return counted
            if lemma in lex.CONTINUATION_VERBS:
                return self._continuation_mention(token)
            if lemma in lex.REPLACING_VERBS:
                return self._replaced_mention(token)
            if sets_out(token):
                return departure_mention(self.ctx, token)
            return None
        if token.pos_ in NOUN_TAGS:
            if lemma in lex.EVENT_NOUNS or token.lower_ in lex.EVENT_NOUNS:
                return self._noun_mention(token)
            if lemma in lex.SELF_DEPLOYED_NOUNS:
                return _force_noun_mention(self.ctx, token)
            if is_force(token):
                return self._present_force_mention(token) or force_added_to(self.ctx, token, self._verb_mention)
        return None

    def _verb_mention(self, verb: Token) -> Mention | None:
        force = self.ctx.forces.force_of_verb(verb)
        if force is None and verb.lemma_.lower() in lex.INTERVENING_VERBS:
            return intervention_mention(self.ctx, verb)
        claim = claim_of(verb)
        if force is None or (claim is None and not is_real(verb)) or negated(force) or is_exercise(verb):
            return None
        # The one who sends beats whose forces they are: "Ostravia deployed hired fighters".
        inviting = verb.lemma_.lower() in lex.INVITING_VERBS
        # "X's forces would be deployed", "Y's soldiers arrived": the force's own owner before the subject of a clause
        # it is conjoined to
        own_subject = (is_nsubjpass(force) or is_nsubj(force)) and force.head.i == verb.i
        sender = (
            (None if inviting else self.ctx.actors.agent(verb))
            or (self.ctx.actors.owner(force) if own_subject or _approved(verb) else None)
            or self.ctx.actors.subject_sender(verb, force, named_only=True)
        )
        if claim is not None and claim[0] == "alleged":
            sender = sender or self.ctx.actors.accused(claim[1])  # "Y accused X of sending ...": X sent them
        sender = (
            sender
            or self.ctx.actors.owner(force)
            or self.ctx.actors.subject_sender(verb, force)
            or self.ctx.actors.possessor(verb, force)
            or announcer(self.ctx.actors, verb)
            or next(iter(source_list(self.ctx.actors, verb)), None)  # "sent to X from A and B"
        )
        anchor = clause_span(verb)
        mention = Mention(trigger=verb, anchor=anchor, sender=sender, force=force, triggers=[token_span(verb)])
        mention.merge_only = verb.lemma_.lower() in lex.CARRYING_VERBS  # "a plane carrying 200 troops"
        self.ctx.slots.fill_slots(mention, verb, force)
        if inviting:
            mention.supported = self.ctx.actors.agent(verb) or mention.supported  # "forces invited by X": X is helped
        if verb.lemma_.lower() in lex.KEEPING_VERBS and mention.location is None:
            return None  # "kept its troops on alert", "maintains a large army"
        if verb.lemma_.lower() in lex.HAVING_VERBS and (
            not self.ctx.places.abroad(mention) or not self.ctx.actors.can_send(sender or "")
        ):
            return None  # "X has soldiers in Y" is a deployment only for a state or organization abroad
        mention.status = claim[0] if claim is not None else status_of(verb)
        mention.kind = sending_kind(verb, force)
        mention.more_senders = [(s, f, sending_kind(verb, f)) for s, f in co_owners(self.ctx.actors, force, sender)]
        _send_jointly(mention, force)
        apart = {o for o, _, _ in mention.more_senders}
        together = sent_together(self.ctx.actors, verb, force, sender)
        mention.co_senders = [s for s in dict.fromkeys([*mention.co_senders, *together]) if s not in apart]
        if sender is not None and joined_formation(self.ctx.actors, force, sender):
            # "its contribution to an alliance's battlegroup based at X": the alliance is helped, the forces are the
            # contributor's own, named in the sentence before or in this one.
            mention.supported = mention.supported or sender
            mention.sender = None
            mention.co_senders = []
            mention.in_formation = True
        return mention

    def _mission_mention(self, verb: Token) -> Mention | None:
        """A sender joining, starting or ending a military mission: "X will join the peacekeeping mission in Y with
        300 soldiers", "its soldiers began patrols around Z", "X has ended its military mission in Y"."""
        missions = [c for c in verb.children if is_dobj(c) and noun_lemma(c) in lex.MISSION_NOUNS]
        if not missions or not is_real(verb) or is_exercise(verb):
            return None
        subjects = [c for c in verb.children if is_nsubj(c)]
        carried = [p for c in verb.children if is_prep(c, "with") for p in c.children]
        force = next((f for c in (*subjects, *carried) if (f := force_in_phrase(c)) is not None), None)
        if force is None and not has_military_modifier(missions[0]):
            return None  # "the firm began operations in X"
        if force is not None and force in subjects:
            sender = self.ctx.actors.owner(force) or self.ctx.actors.possessor(verb, force)
        else:
            # "US combat operations", "..., ending its combat operations": the mission's owner
            sender = self.ctx.actors.subject_sender(verb, missions[0]) or self.ctx.actors.owner(missions[0])
            sender = sender or participle_sender(self.ctx.actors, verb)
        # "The final troops rolled out, ending combat operations": more about the forces just named
        more = sender is None and participle_sender(self.ctx.actors, verb, definite_only=True) is not None
        if not more and (sender is None or not self.ctx.actors.can_send(sender)):
            return None
        mention = Mention(
            trigger=verb, anchor=clause_span(verb), sender=sender, force=force, triggers=[token_span(verb)]
        )
        self.ctx.slots.fill_slots(mention, verb, force)
        mention.status = status_of(verb)
        mention.merge_only = more
        return mention

    def _continuation_mention(self, verb: Token) -> Mention | None:
        """A sender's forces fighting or serving somewhere: more about a deployment found elsewhere."""
        if verb.lemma_.lower() == "be" and any(has_label(c, RAISING_LABELS) for c in verb.children):
            return None  # "the force is due to deploy", "troops are ready to go": the infinitive's own mention
        forces = self.ctx.forces.acting_forces(verb)
        claim = claim_of(verb)  # "X denies that its troops are fighting in Y"
        if not forces or (claim is None and not is_real(verb)) or negated(forces[0]) or is_exercise(verb):
            return None
        sender = self.ctx.actors.owner(forces[0]) or self.ctx.actors.possessor(verb, forces[0])
        definite = any(is_det(c, "the", "this") for c in forces[0].children)
        if sender is None and not definite:
            return None  # "the force will support X" says more about the force just named; "troops fought" not
        mention = Mention(
            trigger=verb, anchor=clause_span(verb), sender=sender, force=forces[0], triggers=[token_span(verb)]
        )
        self.ctx.slots.fill_slots(mention, verb, forces[0])
        if sender is None:
            mention.merge_only = True
            mention.start = None
            return mention
        mention.co_senders = joint_senders(self.ctx.actors, forces[0], sender)  # "troops from A and B took part"
        fighting = verb.lemma_.lower() in lex.FIGHT_VERBS
        if (
            mention.location is None
            and fighting
            and mention.supported is not None
            and self.ctx.actors.is_state(mention.supported)
        ):
            mention.location = mention.supported  # fighting beside a state's own army: in that state
        since = (
            mention.start is not None
            and mention.start.span is not None
            and mention.start.span.text.lower().startswith("since")
        )
        if self.ctx.places.abroad(mention) and (
            verb.lemma_.lower() in lex.PRESENCE_VERBS or since or present_tense(verb)
        ):
            # "peacekeepers have served in X since 2011", "mercenaries have been fighting in X since 2024",
            # "troops are fighting alongside X in Y": there, and since when.
            mention.status = claim[0] if claim is not None else "ongoing"
            return mention
        if is_aboard(verb):
            # "2,500 personnel are aboard the ships": the crew of a deployment found elsewhere
            mention.merge_only = True
            return mention
        if verb.lemma_.lower() in lex.PRESENCE_VERBS - lex.CONTINUATION_ONLY_PRESENCE:
            return None  # "the soldiers are in good spirits": being somewhere at home says nothing
        if not since:
            mention.start = None  # when they fought is not when they were sent; "there since 2019" bounds it
        mention.merge_only = True
        return mention

    def _replaced_mention(self, verb: Token) -> Mention | None:
        """ "..., replacing a Moroccan unit that has served there since 2019": the replaced force was deployed too."""
        for unit in (c for c in verb.children if is_dobj(c)):
            if noun_lemma(unit) not in lex.FORCE_NOUNS | lex.QUALIFIED_FORCE_NOUNS or not is_real(verb):
                continue
            sender = self.ctx.actors.owner(unit)
            if sender is None:
                continue
            anchor = subtree_span(unit)
            mention = Mention(trigger=verb, anchor=anchor, sender=sender, force=unit, triggers=[token_span(verb)])
            self.ctx.slots.fill_slots(mention, unit, unit, with_relative_clauses=True)
            if mention.location is None and verb.head.i != verb.i:
                # Where the relief goes is where the replaced unit is.
                mention.location = self.ctx.places.location(clause_tokens(verb.head), verb.head, sender, None)
            if mention.location is None:
                return None
            mention.status = "ongoing"
            return mention
        return None

    def _noun_mention(self, noun: Token) -> Mention | None:
        """A deployment noun ("the deployment of X's troops to Y"), its slots read off the clause it stands in."""
        if wanted_or_denied(noun):
            return None
        governor = noun.head
        force = self.ctx.forces.force_of_noun(noun) or keeper_force(noun)
        if _names_no_forces(noun, force):
            return None
        sender = self._noun_sender(noun, force)
        # An indefinite mention with no sender names no particular deployment, unless its sentence names one.
        indefinite = sender is None and not any(c.lower_ == "the" or is_poss(c) for c in noun.children)
        # A deployment that is the subject of its clause is described by that clause.
        clause = governor if has_label(noun, SUBJECTS) and governor.pos_ in ("VERB", "AUX") else noun
        if is_exercise(clause):
            return None
        anchor = clause_span(clause)
        mention = Mention(trigger=noun, anchor=anchor, sender=sender, force=force, triggers=[token_span(noun)])
        self.ctx.slots.fill_slots(mention, clause, force, with_relative_clauses=True)
        if kept_by_subject(noun):
            _date_kept_presence(self.ctx, mention, noun)
        if mention.location is None and is_dobj(noun):
            # The parser often hangs "to X" right after the object on the verb: "condemned the deployment ... to X".
            follower = [c for c in governor.children if is_prep(c) and c.i == noun.right_edge.i + 1]
            for prep in follower:
                mention.location = self.ctx.places.location(list(prep.subtree), noun, sender, force)
        if sender is None:
            # "the US military presence in X", "the Ruritanian deployment": a name or demonym before the noun, when
            # it is not the place the forces are in ("the Ruritania deployment")
            owner = self.ctx.actors.owner(noun)
            host = country_of(mention.location, self.index) if mention.location is not None else None
            if owner is not None and host is not None and owner != host and self.ctx.actors.can_send(owner):
                sender = mention.sender = owner
                indefinite = False
        owned = [noun, *([force] if force is not None else [])]
        mention.co_senders += [p for w in owned for p in plural_partners(self.ctx.actors, w, mention.sender)]
        if indefinite:
            mention.sentence = (noun.sent.start_char, noun.sent.end_char)
        set_noun_status(mention, noun)
        if sender is None and not has_definite_determiner(noun) and not has_slot(mention):
            return None  # a bare "a deployment" names none in particular
        return mention

    def _noun_sender(self, noun: Token, force: Token | None) -> str | None:
        """Who sends the forces a deployment noun speaks of: the force's owner, the noun's possessor, or the
        subject of a clause that keeps them ("X has a military presence in Y") or that orders them ("X ordered the
        deployment of 300 troops"; not "announced the deployment of 5G networks", a noun of no forces)."""
        # "Norway's deployment"; not "their withdrawal from Mali", whose "from" names the place left
        named_possessor = any(is_poss(c) and c.lower_ not in PRONOUNS for c in noun.children)
        sender = self.ctx.actors.owner(noun) if named_possessor else None
        if force is not None:  # "the withdrawal of its troops"
            sender = self.ctx.actors.owner(force) or sender or self.ctx.actors.possessor(noun, force)
        if sender is None and any(is_poss(c) for c in noun.children):
            sender = self.ctx.actors.possessor(noun, noun)  # "it will expand its troop presence in Y"
        if sender is None and kept_by_subject(noun):
            sender = self.ctx.actors.subject_sender(noun.head, noun)  # "X has a military presence in Y"
        if sender is None and force is not None and acts_on(noun, lex.SENDER_ACT_VERBS):
            sender = self.ctx.actors.subject_sender(noun.head, noun, named_only=True)  # "X ordered the deployment"
        return sender

    def _present_force_mention(self, noun: Token) -> Mention | None:
        """ "the 6,000 X troops in Y", "X's soldiers stay in Y": forces of a named sender that a preposition of
        their own places abroad are there now (a verb that moves them has its own mention)."""
        wheres = [c for c in noun.children if is_prep(c) and c.lower_ in lex.PRESENCE_PREPOSITIONS]
        if is_dobj(noun):  # "join the 6,000 troops already in Y": the parser may hang "in" on the verb
            wheres += [
                c
                for c in noun.head.children
                if is_prep(c, *lex.PRESENCE_PREPOSITIONS) and any(a.lower_ in lex.PRESENCE_ADVERBS for a in c.children)
            ]
        # Counted, possessed or said to be there still: "X forces in Y" alone may be an incursion's, in passing.
        told = any(
            has_label(c, COUNT_OR_OWNER_LABELS) or c.lower_ in lex.PRESENCE_ADVERBS for c in (*noun.children, *wheres)
        )
        stop = noun.head.lemma_.lower() in lex.TRIGGER_VERBS or bolstered_with(noun.head)  # its verb tells of them
        if not wheres or not told or negated(noun) or stop:
            return None
        # "extended the mission of its 400 soldiers in Y": a possessive pronoun's antecedent
        sender = self.ctx.actors.owner(noun) or self.ctx.actors.possessor(noun.head, noun)
        if sender is None or not self.ctx.actors.can_send(sender) or is_exercise(noun.head) or stays_home(noun):
            return None
        location = self.ctx.places.location_in(wheres, lex.PRESENCE_PREPOSITIONS, sender)
        mention = Mention(trigger=noun, anchor=subtree_span(noun), sender=sender, force=noun, location=location)
        mention.triggers = [token_span(noun)]
        if location is None or not self.ctx.places.abroad(mention):
            return None
        mention.size = self.ctx.slots.size(noun)
        mention.kind = "presence"
        mention.status = "ongoing"
        return mention


def _force_noun_mention(ctx: DeploymentContext, noun: Token) -> Mention | None:
    """Peacekeepers or a contingent of a named sender at a named place are a deployment by themselves."""
    if negated(noun) or noun.head.lemma_.lower() in lex.TRIGGER_VERBS:
        return None  # the verb's own mention covers it
    sender = ctx.actors.owner(noun)
    if sender is None:
        return None
    anchor = clause_span(noun)
    mention = Mention(trigger=noun, anchor=anchor, sender=sender, force=noun, triggers=[token_span(noun)])
    ctx.slots.fill_slots(mention, noun, noun)
    return mention if mention.location else None


_APPROVING_VERBS = lex.APPROVING_VERBS | lex.AUTHORIZING_VERBS


def _approved(verb: Token) -> bool:
    """ "parliament approved sending 400 Norwegian soldiers": who approves is not whose forces go."""
    return verb.head.i != verb.i and verb.head.lemma_.lower() in _APPROVING_VERBS


def _send_jointly(mention: Mention, force: Token) -> None:
    """ "a joint force of Ruritanian and Freedonian soldiers": one force the states send together."""
    if joint_force(force):
        mention.co_senders = [s for s, _, _ in mention.more_senders]
        mention.more_senders = []


def _date_kept_presence(ctx: DeploymentContext, mention: Mention, noun: Token) -> None:
    """ "X has maintained a presence in Y since 2028": the keeping verb's own phrases date the presence, and its tense
    says whether it goes on."""
    verb = noun.head
    kept = [t for c in verb.children if is_prep(c) and c.i > noun.i for t in c.subtree]
    mention.start = mention.start or (ctx.slots.start_in(kept) if kept else None)
    present = verb.tag_ in ("VBZ", "VBP", "VBG") or any(is_aux(c, "has", "have") for c in verb.children)
    mention.status = mention.status or (status_of(verb) if present else None)


def _names_no_forces(noun: Token, force: Token | None) -> bool:
    """An event noun of no forces: "the presence of journalists"; or whose "of" names a thing, not forces nor a party
    ("X's sending of aid", "the deployment of aid convoys"; not "the withdrawal of Chad")."""
    if force is not None:
        return False
    if noun.lemma_.lower() in lex.QUALIFIED_EVENT_NOUNS and not has_military_modifier(noun):
        return True
    things = [o for p in noun.children if is_prep(p, "of") for o in p.children if is_pobj(o)]
    return any(o.pos_ == "NOUN" and not is_force(o) for o in things)
