"""The force a trigger moves: its object, subject or a force named before."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from kgingest.extract import deployment_lexicon as lex
from kgingest.extract.dependencies import (
    NOUN_CLAUSES,
    PASSIVE_MARKERS,
    RAISING_LABELS,
    SUBJECTS,
    has_label,
    is_aux,
    is_det,
    is_dobj,
    is_label,
    is_nsubj,
    is_nsubjpass,
    is_pobj,
    is_prep,
    is_relcl,
    is_xcomp,
)
from kgingest.extract.deployments.grammar import (
    RELATIVE_PRONOUNS,
    force_in_phrase,
    heads_abroad,
    is_force,
    noun_lemma,
    nouns,
    withdraws_from_named_place,
)
from kgingest.extract.deployments.reality import is_real


def _raised_subjects(verb: Token) -> list[Token]:
    """ "The force is due to deploy", "troops are expected to arrive", "units will begin to deploy": the subject of
    the verb or adjective an infinitive completes is the subject of the infinitive too."""
    clause = verb
    while has_label(clause, RAISING_LABELS) and clause.head.i != clause.i:
        clause = clause.head
        subjects = [c for c in clause.children if has_label(c, SUBJECTS)]
        if subjects:
            return subjects
    return []


def _after_number(preposition: Token) -> bool:
    return preposition.i > 0 and preposition.doc[preposition.i - 1].pos_ == "NUM"


def _after_up(preposition: Token) -> bool:
    return preposition.i > 0 and preposition.doc[preposition.i - 1].lower_ == "up"


# An infinitive completing a verb or an adjective ("looked likely to stay", "are keen to train"): its subject is
# theirs.
RAISED_LABELS = frozenset({"xcomp", "acomp", "oprd"})


class ForceFinder:
    """The force a trigger moves: its object, subject or a force named before."""

    def __init__(self, doc: Doc, known_place: Callable[[Token], bool]) -> None:
        self.known_place = known_place  # a state or a place the article's index knows
        # "military advisers" once named make a later "the advisers" a force too.
        self.named_forces: dict[str, int] = {}
        for token in nouns(doc):  # is_force asks for a noun
            lemma = noun_lemma(token)
            if lemma in lex.QUALIFIED_FORCE_NOUNS and is_force(token):
                self.named_forces.setdefault(lemma, token.i)

    def force_of_verb(self, verb: Token) -> Token | None:
        lemma = verb.lemma_.lower()
        passive = any(has_label(c, PASSIVE_MARKERS) for c in verb.children)
        candidates: list[Token] = []
        # a verb whose subject is the force: one of going, or "withdrew from X" (a deployment there ended)
        going = (
            lemma in lex.INTRANSITIVE_TRIGGERS
            or heads_abroad(verb)
            or (withdraws_from_named_place(verb, self.known_place) and is_real(verb))
        )
        if has_label(verb, NOUN_CLAUSES) and is_force(verb.head):
            candidates.append(verb.head)  # "troops stationed in ...", "soldiers sent to ..."
        for child in verb.children:
            moved = is_nsubjpass(child) or (is_dobj(child) and lemma in lex.TRANSITIVE_TRIGGERS)
            arriving = is_nsubj(child) and going and not passive
            if moved or arriving:
                candidates.append(child)
            elif is_prep(child, "between") and lemma in lex.TRANSITIVE_TRIGGERS:
                # "deployed between 1,000 and 1,500 soldiers": the parser takes the first number, or the whole
                # counted force, for the object of "between"
                candidates.extend(c for n in child.children if is_pobj(n) for c in (*n.conjuncts, n))
            elif is_prep(child, "to") and lemma in lex.TRANSITIVE_TRIGGERS and _after_up(child):
                # "sent up to 900 soldiers": an upper bound read as a particle and "to" a place
                candidates.extend(c for c in child.children if is_pobj(c))
            elif is_prep(child, "to") and lemma in lex.TRANSITIVE_TRIGGERS and _after_number(child):
                # "sent 1,000 to 1,500 soldiers", "from 1,000 to 1,500 soldiers": a range read as "to" a place
                candidates.extend(c for c in child.children if is_pobj(c))
            elif is_prep(child, "with") and lemma in lex.TRANSITIVE_TRIGGERS | lex.REINFORCING_VERBS:
                # "reinforced X with troops"; "sent a ship with 200 marines" (its object may not parse as a force)
                candidates.extend(c for c in child.children if is_pobj(c))
        if not candidates and going and not passive:
            candidates = _raised_subjects(verb)
        elif not candidates and passive and lemma in lex.TRANSITIVE_TRIGGERS:
            candidates = _raised_subjects(verb)  # "troops are to be deployed", "units are expected to be sent"
        if lemma in lex.ORDER_VERBS:
            # "ordered the strike group to sail to X": the order sends it; a triggering xcomp has its own mention.
            motions = [c for c in verb.children if is_xcomp(c) and c.lemma_.lower() in lex.MOTION_VERBS]
            if not motions or any(m.lemma_.lower() in lex.TRANSITIVE_TRIGGERS for m in motions):
                return None
            candidates = [c for c in verb.children if is_dobj(c)]
        for candidate in candidates:
            force = force_in_phrase(candidate) or self._named_before(candidate)
            if force is None:
                continue
            if lemma == "participate" and not self._joins_operation(verb):
                return None
            return force
        return None

    def _named_before(self, noun: Token) -> Token | None:
        """ "The advisers" after "special forces advisers": the definite noun (or a bare plural, "has had
        instructors in X") refers back to the force."""
        lemma = noun_lemma(noun)
        first = self.named_forces.get(lemma)
        definite = any(is_det(c, "the", "these", "those") for c in noun.children)
        bare_plural = noun.tag_ == "NNS" and not any(is_det(c) for c in noun.children)
        return noun if first is not None and first < noun.i and (definite or bare_plural) else None

    def _is_force_or_named(self, noun: Token) -> bool:
        return is_force(noun) or self._named_before(noun) is not None

    @staticmethod
    def _joins_operation(verb: Token) -> bool:
        return any(
            p.lemma_.lower() in lex.OPERATION_NOUNS
            for prep in verb.children
            if is_prep(prep, "in")
            for p in prep.children
            if is_pobj(p)
        )

    @staticmethod
    def force_of_noun(noun: Token) -> Token | None:
        for child in noun.children:
            if is_label(child, "compound") and is_force(child):
                return child  # "the troop surge"
            if is_prep(child, "of"):
                for pobj in child.children:
                    if is_pobj(pobj) and (force := force_in_phrase(pobj)) is not None:
                        return force
        if is_nsubj(noun) and noun.head.lemma_.lower() in lex.COMPOSING_VERBS:
            # "the deployment, which began in May, involves 400 soldiers": the people it is made of
            members = [c for c in noun.head.children if is_dobj(c)]
            return next((f for m in members if (f := force_in_phrase(m)) is not None), None)
        return None

    def acting_forces(self, verb: Token) -> list[Token]:
        """The forces that are the subject of ``verb``, also through a relative pronoun or a misparse."""
        forces = [c for c in verb.children if is_nsubj(c) and is_force(c)]
        if forces:
            return forces
        # "the marines were due to leave ...", "the troops are set to guard ...": the subject of the clause the
        # infinitive completes
        governor = verb
        while governor.dep_ in RAISED_LABELS and governor.head.i != governor.i:
            governor = governor.head
        if governor.i != verb.i:
            # "the troops are expected to help": a passive subject too
            forces = [c for c in governor.children if (is_nsubj(c) or is_nsubjpass(c)) and is_force(c)]
            if forces:
                return forces
        relative = any(is_nsubj(c) and c.lower_ in RELATIVE_PRONOUNS for c in verb.children)
        if relative and is_relcl(verb) and self._is_force_or_named(verb.head):
            return [verb.head]  # "Ostravian troops, who have served in X since 2019, ...": the pronoun is the force
        infinitive = any(is_aux(c) for c in verb.children)
        if is_label(verb, "acl") and verb.tag_ in ("VB", "VBP", "VBZ") and not infinitive:
            # "X forces, invited by Y, now fight alongside ...": the parser may hang the main verb on its subject
            return [verb.head] if self._is_force_or_named(verb.head) else []
        return []
