"""Whether a sending is real (no threat, condition, denial or exercise) and where it stands (its status)."""

from __future__ import annotations

from spacy.tokens import Token

from kgingest.extract import deployment_lexicon as lex
from kgingest.extract.dependencies import (
    CHAINED_LABELS,
    EMBEDDED_LABELS,
    SUBJECTS,
    has_label,
    is_acl,
    is_aux,
    is_ccomp,
    is_conj,
    is_dobj,
    is_label,
    is_mark,
    is_pcomp,
    is_prep,
    is_relcl,
    is_to_infinitive,
    verb_lemma,
)
from kgingest.extract.deployments.grammar import negated, reported_future, withdrawing


def is_real(verb: Token) -> bool:
    """False for threats, conditionals, refusals, hypotheticals and negated sendings."""
    if negated(verb):
        return False
    for child in verb.children:
        if is_mark(child, "if", "unless", "whether"):
            return False
        if is_mark(child, "for") and verb.head.lemma_.lower() in lex.UNREAL_GOVERNORS:
            return False  # "called for 3,000 troops to be sent", "asked for troops to be deployed"
        if is_aux(child) and child.lower_ in lex.HYPOTHETICAL_MODALS and not reported_future(verb, child):
            return False
        if is_label(child, "advcl") and any(is_mark(m, "if", "unless") for m in child.children):
            return False  # "if the talks fail, X will deploy ..."
    governor = verb
    while has_label(governor, EMBEDDED_LABELS) and governor.head.i != governor.i:
        # "warned that X had sent" reports a sending; "wants its troops to be deployed" (an infinitive) does not
        reported = is_ccomp(governor) and not is_to_infinitive(governor)
        # "would not renew X and would instead send Y": a conjunct has its own polarity and mood.
        sibling = is_conj(governor)
        governor = governor.head
        if sibling:
            continue
        lemma = verb_lemma(governor)  # "hopes to send": not the "hop" the lemmatizer gives
        # "threatened to send" is unreal; "warned that X had sent" reports a real sending.
        unreal = lex.DENYING_GOVERNORS if reported else lex.UNREAL_GOVERNORS
        # "wants to keep its troops in X" says they are there
        kept = lemma in lex.WISHING_GOVERNORS and verb.lemma_.lower() in lex.RETAINING_VERBS
        if (lemma in unreal and not kept) or (negated(governor) and not reported):
            return False
        if any(is_aux(c) and c.lower_ in lex.HYPOTHETICAL_MODALS for c in governor.children):
            return False
        if lemma in lex.PLANNED_GOVERNORS or governor.pos_ == "NOUN":
            break
    return not _decision_refused(verb) and not _plan_dropped(verb)


def _plan_dropped(verb: Token) -> bool:
    """ "X was to send troops to Y, but the plan was dropped": a clause joined to the sending's own clause says its
    plan (or the sending itself) was shelved, so the sending never began. A sending told as done ("X sent troops
    last week, but the plan to expand the mission was dropped") happened, whatever was shelved after."""
    if not _unrealised(verb):
        return False
    clause = verb
    while True:
        for joined in (c for c in clause.children if is_conj(c) and c.i > verb.i):
            subjects = [s for s in joined.children if has_label(s, SUBJECTS)]
            # "but the plan may be shelved": only feared
            maybe = any(is_aux(c) and c.lower_ in lex.HYPOTHETICAL_MODALS for c in joined.children)
            shelved = verb_lemma(joined) in lex.SHELVING_VERBS and not maybe
            if shelved and any(s.lemma_.lower() in lex.DECISION_NOUNS | lex.EVENT_NOUNS for s in subjects):
                return True
        if not has_label(clause, EMBEDDED_LABELS) or clause.head.i == clause.i:
            return False
        clause = clause.head


def _unrealised(verb: Token) -> bool:
    """The sending is only meant or foreseen: an infinitive or a modal's verb ("was to send", "will send")."""
    return verb.tag_ == "VB" or any(is_aux(c) and (c.tag_ in ("VB", "MD") or c.lower_ == "to") for c in verb.children)


def _decision_refused(verb: Token) -> bool:
    """ "rejected a plan to send troops", "may approve a plan to send ...": the decision itself is unreal."""
    noun = verb.head
    if not is_acl(verb) or noun.lemma_.lower() not in lex.DECISION_NOUNS:
        return False
    if has_label(noun, SUBJECTS) and noun.head.lemma_.lower() in lex.SHELVING_VERBS:
        return True  # "the decision to send troops was postponed"
    if not is_dobj(noun):
        return False
    decider = noun.head
    unreal = decider.lemma_.lower() in lex.UNREAL_GOVERNORS | lex.DENYING_GOVERNORS or negated(decider)
    return unreal or any(is_aux(c) and c.lower_ in lex.HYPOTHETICAL_MODALS for c in decider.children)


def is_exercise(head: Token) -> bool:
    """An exercise in the clause, or the exercise a relative clause describes ("the drills, which bring ...")."""
    described = {t.i for r in head.subtree if is_relcl(r) and r.head.i != head.i for t in r.subtree}
    if any(t.lemma_.lower() in lex.EXERCISE_NOUNS for t in head.subtree if t.i not in described):
        return True  # "ships, which will take part in exercises": about the ships, not the sending
    clause = head
    while has_label(clause, EMBEDDED_LABELS) and clause.head.i != clause.i:
        clause = clause.head
    return is_relcl(clause) and clause.head.lemma_.lower() in lex.EXERCISE_NOUNS


def status_of(verb: Token) -> str | None:
    lemma = verb.lemma_.lower()
    if withdrawing(verb):
        return "withdrawn"
    if any(is_aux(c) and (c.lower_ in lex.FUTURE_MODALS or reported_future(verb, c)) for c in verb.children):
        return "planned"
    if is_label(verb, "xcomp") and verb.head.lemma_ == "be" and is_to_infinitive(verb):
        return "planned"  # "X is to send 800 troops", "the troops are to be deployed in May"
    if verb.head.i == verb.i and is_to_infinitive(verb) and verb.lemma_.lower() not in lex.RETAINING_VERBS:
        return "planned"  # a headline's "X to send 500 troops to Y"
    governor = verb
    # "expects its troops to be deployed": an infinitive the parser calls a ccomp chains like an xcomp
    while (
        has_label(governor, CHAINED_LABELS) or (is_ccomp(governor) and is_to_infinitive(governor))
    ) and governor.head.i != governor.i:
        governor = governor.head
        if governor.lemma_.lower() in lex.PLANNED_GOVERNORS or any(
            is_aux(c) and c.lower_ in lex.FUTURE_MODALS for c in governor.children
        ):
            return "planned"
    if lemma in ("arrive", "land"):
        return "arriving"
    if any(is_aux(c, "had") for c in verb.children):
        return None  # "had been stationed": before the time of the story, maybe over by now
    if lemma == "station" or lemma in lex.KEEPING_VERBS or any(c.lower_ == "remain" for c in verb.ancestors):
        return "ongoing"
    return None


# How a denying or accusing verb governs the sending: "denied sending", "denied that it had sent",
# "accused X of sending".
CLAIM_LABELS = frozenset({"xcomp", "ccomp", "pcomp"})


def claim_of(verb: Token) -> tuple[str, Token] | None:
    """A sending that is denied ("X denied sending troops", "X denied that it had sent troops") or alleged
    ("Y accused X of sending troops"), or a report of one that is denied ("X denied reports that its troops had
    crossed"): the status ("denied" or "alleged") and the denying or accusing verb.

    The sending is reported, not hypothetical: the claim itself must be real ("did not deny" is no denial).
    """
    if negated(verb):
        return None
    report = verb.head
    if (is_acl(verb) or has_label(verb, CLAIM_LABELS)) and report.lemma_.lower() in lex.CLAIM_NOUNS and is_dobj(report):
        # "denied reports that its troops had crossed", "rejected allegations that it sent troops": the content of
        # the report is denied; a denied report of a withdrawal ("denied reports that its troops had left") denies
        # no sending
        if verb.lemma_.lower() in lex.WITHDRAWAL_VERBS:
            return None
        denier = report.head
        if denier.lemma_.lower() in lex.DENYING_GOVERNORS and denier.pos_ == "VERB" and is_real(denier):
            return "denied", denier
        return None
    if not has_label(verb, CLAIM_LABELS):
        return None
    governor = verb.head
    if is_pcomp(verb):
        if not is_prep(governor, "of"):
            return None
        governor = governor.head
        status = "alleged" if governor.lemma_.lower() in lex.ACCUSING_VERBS else None
    else:
        status = "denied" if governor.lemma_.lower() in lex.DENYING_GOVERNORS else None
    if status is None or governor.pos_ != "VERB" or not is_real(governor):
        return None
    return status, governor
