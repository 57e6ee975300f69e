"""Who a phrase names: actors and states resolved through the entity index."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Token

from kgingest.extract import deployment_lexicon as lex
from kgingest.extract.dependencies import (
    GOVERNED_LABELS,
    OWNER_LABELS,
    PHRASE_LABELS,
    SENDING_CHAIN_LABELS,
    children_by_label,
    has_label,
    is_acl,
    is_advcl,
    is_conj,
    is_det,
    is_dobj,
    is_label,
    is_nsubj,
    is_nsubjpass,
    is_pobj,
    is_poss,
    is_prep,
    is_relcl,
    is_to_infinitive,
)
from kgingest.extract.deployments.grammar import (
    POSSESSIVE_PRONOUNS,
    PRONOUNS,
    RELATIVE_PRONOUNS,
    first_key,
    is_force,
    ship_prefix,
    subtree_chars,
)
from kgingest.extract.document import in_dateline
from kgingest.extract.index import EntityIndex, MentionRef, actor_key, doc_text
from kgingest.gazetteer import load_gazetteer
from kgingest.model import ActorType

if TYPE_CHECKING:
    from kgingest.extract.deployments.context import DeploymentContext


# Characters read after an offset to match a state's name there; longer than any state's name or alias.
STATE_NAME_CHARS = 60
# Pronouns for a person, who may send forces for the state they lead.
PERSONAL_PRONOUNS = frozenset({"he", "she"})
# Pronouns that stand for several: their antecedent is plural ("Kenyan police ... their deployment").
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "themselves"})


def country_of(location: str, index: EntityIndex) -> str:
    place = index.place(location)
    return place.in_state if place is not None and place.in_state else location


def is_place_key(key: str) -> bool:
    return key.startswith("place/")


def fold_text(text: str) -> str:
    return " ".join(text.replace("’", "'").lower().split())


class ActorResolver:
    """Who a phrase names: actors and states resolved through the entity index."""

    def __init__(self, ctx: DeploymentContext) -> None:
        self.ctx = ctx
        self.doc = ctx.doc
        self.index = ctx.index

    def possessor(self, clause: Token, force: Token) -> str | None:
        """Whose forces, by a possessive pronoun: "Rwanda said its peacekeepers would remain ...", "X, whose
        forces were invited ..." (the noun the relative clause describes)."""
        if any(is_poss(c) and c.lower_ == "whose" for c in force.children):
            relative = next((a for a in force.ancestors if is_relcl(a)), None)
            return self.subject_actor(relative.head) if relative is not None else None
        pronouns = [c for c in force.children if is_poss(c) and c.lower_ in PRONOUNS]
        return self.pronoun_antecedent(clause, pronouns[0]) if pronouns else None

    def described_actor(self, noun: Token) -> str | None:
        """ "the bloc", "the alliance", "the country": the organization or state named last before it; so is one
        owned by a possessive pronoun ("our alliance", "their bloc", "its coalition")."""
        if not any(is_det(c, "the") or (is_poss(c) and c.lower_ in POSSESSIVE_PRONOUNS) for c in noun.children):
            return None
        lemma = noun.lemma_.lower()
        wanted = (
            ActorType.STATE
            if lemma in lex.STATE_DESCRIPTIONS
            else ActorType.ORGANIZATION
            if lemma in lex.ORGANIZATION_DESCRIPTIONS
            else None
        )
        if wanted is None:
            return None
        return self.ctx.antecedents.nearest_of_type(noun.idx, (wanted,))

    def members_body(self, noun: Token) -> str | None:
        """ "members of the alliance", "allies of the bloc", "countries in the alliance": the organization whose
        members they are."""
        if noun.lemma_.lower() not in lex.MEMBER_NOUNS:
            return None
        for body in (p for c in noun.children if is_prep(c, "of", "in") for p in c.children if is_pobj(p)):
            key = self.resolve_phrase(body) or self.described_actor(body)
            actor = self.index.actor(key) if key is not None else None
            if actor is not None and actor.type is ActorType.ORGANIZATION:
                return actor.key
        return None

    def country_in_name(self, organization: str | None) -> str | None:
        """The state a mission's name places it in: "... Force in X", "Mission in Y" (the name as the text has it,
        which may run past the mention the actor stage recorded)."""
        actor = self.index.actor(organization) if organization is not None else None
        if actor is None or actor.type is not ActorType.ORGANIZATION:
            return None
        for mention in actor.mentions:
            inside = re.search(r"\bin\s+", mention.text)
            after = re.match(r"\s+in\s+", doc_text(self.doc)[mention.end :])
            starts = [mention.begin + inside.end()] if inside else []
            starts += [mention.end + after.end()] if after else []
            for begin in starts:
                state = self._state_named_at(begin)
                if state is not None:
                    return state
        return None

    def _state_named_at(self, begin: int) -> str | None:
        """The indexed state whose name (or a form of it) the text starts with at ``begin``."""
        following = fold_text(doc_text(self.doc)[begin : begin + STATE_NAME_CHARS])
        for state in sorted(self.index.actors, key=lambda a: (-len(a.name), a.key)):
            if state.type is not ActorType.STATE:
                continue
            for form in sorted({state.name, *state.aliases, *(m.text for m in state.mentions)}, key=len, reverse=True):
                if re.match(rf"{re.escape(fold_text(form))}\b", following):
                    return state.key
        return None

    def resolve(self, begin: int, end: int) -> str | None:
        """The actor named in ``[begin, end)``, as the state when it is a state's organ; a capital as its state."""
        key = self.index.actor_at(begin, end)
        if key is None:
            place_key_found = self.index.place_at(begin, end)
            place = self.index.place(place_key_found) if place_key_found else None
            return place.in_state if place is not None else None
        return self.as_state(key)

    def as_state(self, key: str) -> str:
        actor = self.index.actor(key)
        if actor is None or actor.type is ActorType.STATE:
            return key
        for parent in (actor.part_of, actor.member_of):
            parent_actor = self.index.actor(parent) if parent else None
            if (
                parent_actor is not None
                and parent_actor.type is ActorType.STATE
                and actor.type
                in (
                    ActorType.ORGANIZATION,
                    ActorType.GROUP,
                )
            ):
                return parent_actor.key
        return key

    def subject_actor(self, subject: Token) -> str | None:
        """The actor a subject names: by its own phrase first ("X, which borders Y," is X), else anywhere in it."""
        return self.resolve_phrase(subject) or self.resolve(*subtree_chars(subject))

    def resolve_phrase(self, head: Token) -> str | None:
        """The actor a noun phrase names by its head and modifiers, not by clauses attached to it."""
        tokens = [head]
        for child in head.children:
            if has_label(child, PHRASE_LABELS) or is_prep(child, "of"):
                tokens.extend(child.subtree)
        # The head first: "Ruritania's Border Guard Forces" are the forces, not Ruritania; then a name in apposition:
        # "the Ruritanian group Red Hand" is the group, not Ruritania.
        appositions = {t.i for c in head.children if is_label(c, "appos") for t in c.subtree}
        for token in sorted(tokens, key=lambda t: (t.i != head.i, t.i not in appositions, t.i)):
            actor = self.resolve(token.idx, token.idx + len(token.text))
            if actor is not None:
                return actor
        return self._by_name(head)

    def _by_name(self, head: Token) -> str | None:
        """An indexed actor whose name or alias is this phrase, for a mention the actor stage did not record."""
        words = [t for t in head.subtree if not (is_det(t) and t.i < head.i)]
        if not words:
            return None
        surface = fold_text(doc_text(head.doc)[words[0].idx : words[-1].idx + len(words[-1].text)])
        for actor in sorted(self.index.actors, key=lambda a: a.key):
            if surface in {fold_text(actor.name), *(fold_text(alias) for alias in actor.aliases)}:
                return self.as_state(actor.key)
        return None

    def is_state(self, key: str) -> bool:
        actor = self.index.actor(key)
        return actor is not None and actor.type is ActorType.STATE

    def pobj_actor(self, prep: Token) -> str | None:
        """The first actor a preposition's object names: "troops from X"."""
        return first_key(children_by_label(prep, "pobj"), self.resolve_phrase)

    def owner(self, noun: Token) -> str | None:
        """Whose forces: "Chilean troops", "Ruritania's soldiers", "troops from Peru", "USS X"."""
        ship_state = self._ship_state(noun)
        if ship_state is not None:
            return ship_state
        for child in noun.children:
            if has_label(child, OWNER_LABELS) and child.lower_ not in PRONOUNS:
                actor = self.resolve(*subtree_chars(child)) or self.demonym_state(child)
                if actor is not None:
                    return actor
            if is_prep(child, "of", "from"):
                # "troops from members of the alliance": the body whose members send them
                actor = self.pobj_actor(child) or first_key(children_by_label(child, "pobj"), self.members_body)
                if actor is not None:
                    return self._state_of_service(child, actor)
            if is_prep(child, "of"):
                # "a contingent of 500 soldiers from Chad", "a unit of Kenyan police": whose its members are
                for members in (o for o in children_by_label(child, "pobj") if is_force(o)):
                    actor = self.owner(members)
                    if actor is not None:
                        return actor
        return None

    def _state_of_service(self, prep: Token, actor: str) -> str:
        """ "the fleet of the Chilean Navy": an armed service the index ties to no state is its demonym's state."""
        found = self.index.actor(actor)
        if found is None or found.type is not ActorType.ORGANIZATION or found.part_of or found.member_of:
            return actor
        if not set(found.name.lower().split()) & lex.SERVICE_NOUNS:
            return actor  # "the Ruritanian group Red Hand" is no armed service of Ruritania
        for pobj in (c for c in prep.children if is_pobj(c)):
            for word in pobj.subtree:
                state = self.demonym_state(word) if has_label(word, OWNER_LABELS) else None
                if state is not None:
                    return state
        return actor

    def _ship_state(self, noun: Token) -> str | None:
        """The state a warship's name prefix stands for, when the article names that state."""
        for code in ship_prefix(noun):
            country = load_gazetteer().by_code(code)
            key = actor_key(ActorType.STATE, country.name) if country is not None else None
            if key is not None and self.is_state(key):
                return key
        return None

    def demonym_state(self, word: Token) -> str | None:
        """ "the Peruvian deployment" where the actor stage did not record the demonym: its indexed state."""
        country = load_gazetteer().demonym(word.text)
        if country is None:
            return None
        key = actor_key(ActorType.STATE, country.name)
        return key if self.is_state(key) else None

    def accused(self, verb: Token) -> str | None:
        """Whom an accusing verb accuses: its object ("accused X of ..."), or its passive subject ("X was accused
        of ...")."""
        return first_key([c for c in verb.children if is_dobj(c) or is_nsubjpass(c)], self.resolve_phrase)

    def agent(self, verb: Token) -> str | None:
        """The actor of a passive's by-phrase: "troops sent by X"."""
        return first_key(children_by_label(verb, "agent"), self.pobj_actor)

    def subject_sender(self, verb: Token, force: Token, named_only: bool = False) -> str | None:
        """The subject of the sending clause (or of the clause it is the complement of).

        With ``named_only``, a pronoun or a force as the subject gives None.
        """
        clause = verb
        while True:
            subjects = [c for c in clause.children if is_nsubj(c) and c.i != force.i and not in_dateline(c)]
            if subjects:
                subject = subjects[0]
                if subject.lower_ in PRONOUNS:
                    return None if named_only else self.pronoun_antecedent(clause, subject)
                if subject.lower_ in PERSONAL_PRONOUNS:
                    # "the president said he would send ...": the state the speaker leads, when the text says
                    return None if named_only else self.pronoun_leader(clause)
                if is_force(subject):
                    return None if named_only else self.owner(subject) or self.subject_actor(subject)
                if subject.lower_ in RELATIVE_PRONOUNS and is_relcl(clause):
                    subject = clause.head  # "Chile, which has 900 soldiers in X": the noun the clause describes
                actor = _acting_state(self, self.subject_actor(subject), subject)
                return actor or self.described_actor(subject) or self.members_body(subject)
            decided = _decided_by(clause)
            if decided is not None:
                clause = decided  # "X approved a plan to send troops": X sends them
                continue
            # "X voted to deploy ...": an infinitive of purpose is X's act too.
            purpose = is_advcl(clause) and is_to_infinitive(clause)
            if not (has_label(clause, SENDING_CHAIN_LABELS) or purpose) or clause.head.i == clause.i:
                return None
            controller = self._object_controller(clause, force)
            if controller is not None:
                return controller
            clause = clause.head

    def _object_controller(self, infinitive: Token, force: Token) -> str | None:
        """ "A invited B to send troops", "A urged B to deploy ...": the governor's object does the infinitive's act,
        when it is an actor that can send; "ordered the army to deploy" leaves it to the governor's subject."""
        if not is_label(infinitive, "xcomp"):
            return None
        for obj in (c for c in infinitive.head.children if is_dobj(c) and c.i != force.i and c.i < infinitive.i):
            if obj.lower_ in PRONOUNS or obj.lower_ in PERSONAL_PRONOUNS or is_force(obj):
                continue
            actor = self.subject_actor(obj)
            if actor is not None and self.can_send(actor):
                return actor
        return None

    def pronoun_antecedent(self, clause: Token, pronoun: Token) -> str | None:
        """ "X confirmed that it has sent ...": the subject of the governing clause, else the nearest actor."""
        governor = clause
        while has_label(governor, GOVERNED_LABELS) and governor.head.i != governor.i:
            governor = governor.head
            for subject in (c for c in governor.children if is_nsubj(c) and c.lower_ not in PRONOUNS):
                actor = self.subject_actor(subject)
                if actor is not None and self.can_send(actor):
                    return actor
        leading = _leading_clause_subject(self, clause, pronoun)
        if leading is not None:
            return leading
        if pronoun.lower_ in PLURAL_PRONOUNS:
            return _plural_antecedent(self, pronoun)
        nearest = self.ctx.antecedents.nearest_actor_where(pronoun.idx, lambda key: self.can_send(self.as_state(key)))
        return self.as_state(nearest) if nearest is not None else None

    def pronoun_leader(self, clause: Token) -> str | None:
        """The state of the person a governing clause has as its subject ("X said he would ...")."""
        governor = clause
        while has_label(governor, GOVERNED_LABELS) and governor.head.i != governor.i:
            governor = governor.head
            for subject in (c for c in governor.children if is_nsubj(c)):
                state = self.leader_state(self.subject_actor(subject))
                if state is not None:
                    return state
        return None

    def leader_state(self, key: str | None) -> str | None:
        """The state a person acts for, when the article says which (a member of its government)."""
        actor = self.index.actor(key) if key is not None else None
        if actor is None or actor.type is not ActorType.PERSON:
            return None
        posts = [r.of for r in self.ctx.roles if r.holder == actor.key and r.title is not None]
        for parent in (actor.member_of, actor.part_of, *posts):
            state = self.as_state(parent) if parent else None
            if state is not None and self.is_state(state):
                return state
        return None

    def can_send(self, key: str) -> bool:
        actor = self.index.actor(key)
        return actor is not None and actor.type in (ActorType.STATE, ActorType.ORGANIZATION)

    def salient_state(self, excluded: set[str | None]) -> str | None:
        """ "The enemy" in a sender's words: the most mentioned other state of the article."""
        states = [a for a in self.index.actors if a.type is ActorType.STATE and a.key not in excluded]
        if not states:
            return None
        return max(states, key=lambda a: (len(a.mentions), a.key)).key


def _decided_by(clause: Token) -> Token | None:
    """The verb whose object is a decision the sending clause spells out: "approved a plan to send ..."."""
    noun = clause.head
    if not is_acl(clause) or noun.lemma_.lower() not in lex.DECISION_NOUNS or not is_dobj(noun):
        return None
    return noun.head if noun.head.pos_ in ("VERB", "AUX") else None


def _plural_phrase(word: Token) -> bool:
    """A word of a plural noun phrase: a plural name ("the Netherlands"), a modifier of a plural noun ("Kenyan
    troops"), or one of several joined names ("Chad and Niger")."""
    if word.tag_ in ("NNS", "NNPS") or is_conj(word) or any(is_conj(c) for c in word.children):
        return True
    # "the Austrian army ... their deployment": a force, though singular in form, is several
    return has_label(word, OWNER_LABELS) and (word.head.tag_ in ("NNS", "NNPS") or is_force(word.head))


def _leading_clause_subject(actors: ActorResolver, clause: Token, pronoun: Token) -> str | None:
    """ "After A signed a pact with B, it sent troops": the subject of a clause leading the pronoun's own, in
    the same sentence, is its antecedent before any nearer name; not when that clause's object is a state too
    ("After A asked B for help, it sent troops": either may be meant, and it is most often B)."""
    for leading in (c for c in clause.children if is_advcl(c) and c.i < pronoun.i):
        objects = [actors.resolve(o.idx, o.idx + len(o.text)) for o in leading.children if is_dobj(o)]
        if any(o is not None and actors.can_send(o) for o in objects):
            continue
        # "After A and B met, they sent": several subjects are not the one state the first would give
        for subject in (s for s in leading.children if is_nsubj(s) and s.lower_ not in PRONOUNS and not s.conjuncts):
            actor = actors.subject_actor(subject)
            if actor is not None and actors.can_send(actor):
                return actor
    return None


def _plural_antecedent(actors: ActorResolver, pronoun: Token) -> str | None:
    """ "their deployment": a plural antecedent, such as forces ("Kenyan police ... their deployment") or
    several senders ("Chad and Niger ... their force"), not a single state or the place named last."""

    def plural_sender(ref: MentionRef) -> bool:
        if ref.is_place or not actors.can_send(actors.as_state(ref.key)):
            return False
        words = actors.doc.char_span(ref.span.begin, ref.span.end, alignment_mode="expand")
        return words is not None and any(_plural_phrase(w) for w in words)

    found = actors.ctx.antecedents.nearest_mention_where(pronoun.idx, plural_sender)
    return actors.as_state(found.key) if found is not None else None


def _state_in_phrase(actors: ActorResolver, phrase: Token) -> str | None:
    """ "the king of Eswatini", "Eswatini's president": a state the person's own phrase names."""
    for word in (t for t in phrase.subtree if t.i != phrase.i):
        actor = actors.resolve(word.idx, word.idx + len(word.text)) or actors.demonym_state(word)
        if actor is not None and actors.is_state(actor):
            return actor
    return None


def _acting_state(actors: ActorResolver, key: str | None, subject: Token) -> str | None:
    """The subject's actor; a person ("the king told his ministers to send troops") sends for the state they act for,
    and one whose state the text does not give is kept, to join a state's deployment later."""
    actor = actors.index.actor(key) if key is not None else None
    if actor is None or actor.type is not ActorType.PERSON:
        return key
    state = actors.leader_state(key) or _state_in_phrase(actors, subject)
    # "Minister Y sent troops to Z": a state the forces are sent to is not the one Y acts for, whatever post the
    # roles guessed for Y
    return key if state is None or state in _destinations(actors, subject.head) else state


def _destinations(actors: ActorResolver, verb: Token) -> set[str]:
    """The states a verb, or a verb it governs, sends to: "sent troops to Z", "told aides to send troops into Z"."""
    preps = [
        p
        for p in verb.subtree
        if (is_prep(p) or is_label(p, "dative")) and p.lower_ in lex.LOCATION_PREPOSITIONS and p.head.pos_ == "VERB"
    ]
    places = [o for p in preps for o in p.children if is_pobj(o)]
    return {a for o in places if (a := actors.resolve(o.idx, o.idx + len(o.text))) is not None}
