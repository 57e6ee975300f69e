"""Token predicates and spans the deployment readers share: forces, negation, clauses (datelines left out)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from spacy.tokens import Doc, Token

from kgingest.extract import deployment_lexicon as lex
from kgingest.extract.dependencies import (
    AUXILIARIES,
    CLAUSE_BOUNDARIES,
    CLAUSE_FRAME_LABELS,
    CLAUSE_SUBJECTS,
    LOCATIVE_LABELS,
    NOUN_CLAUSES,
    NOUN_MODIFIERS,
    REINFORCING_MODIFIER_LABELS,
    SUBJECTS,
    has_label,
    is_acl,
    is_advmod,
    is_aux,
    is_ccomp,
    is_conj,
    is_det,
    is_dobj,
    is_label,
    is_neg,
    is_nsubj,
    is_nsubjpass,
    is_pobj,
    is_poss,
    is_prep,
)
from kgingest.extract.deployments.mention import Mention
from kgingest.extract.document import in_dateline
from kgingest.extract.index import doc_text, token_facts
from kgingest.extract.lexicon import FUTURE_REPORTING_VERBS, ship_prefixes
from kgingest.model import Span, TimeValue

PRONOUNS = frozenset({"it", "they", "them", "its", "their", "itself", "themselves", "we", "our"})
# Demonstratives standing alone for what was just named: "These are commanded by ...".
DEMONSTRATIVE_PRONOUNS = frozenset({"these", "those"})
# The possessive forms among them: "its bloc", "their alliance", "our coalition" refer back to a body named before.
POSSESSIVE_PRONOUNS = frozenset({"its", "their", "our"})

RELATIVE_PRONOUNS = frozenset({"which", "who", "that"})


def noun_lemma(token: Token) -> str:
    """The lemma, also for capitalised plurals the tagger leaves unlemmatised ("Marines")."""
    lemma = token.lemma_.lower()
    if token.tag_ == "NNPS" and lemma == token.lower_ and lemma.endswith("s"):
        return lemma[:-1]
    if token.pos_ == "PROPN" and lemma == token.lower_ and lemma.endswith("men"):
        return lemma[:-3] + "man"  # "Guardsmen", "Marinemen": a capitalised plural the tagger took for a name
    return lemma


def kept_by_subject(noun: Token) -> bool:
    """ "has a presence", "maintains a deployment": the event noun is the object of a keeping verb."""
    return is_dobj(noun) and noun.head.lemma_.lower() in lex.KEEPING_VERBS


def keeper_force(noun: Token) -> Token | None:
    """ "the Dutch military has a presence in X": the force keeping it is the subject."""
    subjects = [c for c in noun.head.children if is_nsubj(c)] if kept_by_subject(noun) else []
    return next((s for s in subjects if is_force(s)), None)


def is_aboard(verb: Token) -> bool:
    return any(has_label(c, LOCATIVE_LABELS) and c.lower_ in ("aboard", "onboard") for c in verb.children)


def withdrawing(head: Token) -> bool:
    """The trigger takes forces away ("withdrew", "the withdrawal", "ended its mission"), unless they leave one
    place for a deployment elsewhere ("left X for a deployment to Y", "left X for Y")."""
    lemma = head.lemma_.lower()
    if lemma == "leave" and any(is_prep(c, "for") for c in head.children):
        return False
    return lemma in lex.WITHDRAWAL_VERBS | lex.MISSION_ENDING_VERBS | {"withdrawal"}


def bolstered_with(verb: Token) -> bool:
    """ "bolster its forces in Y with a battalion": a reinforcing verb whose "with" names what is added."""
    return verb.lemma_.lower() in lex.REINFORCING_VERBS and any(is_prep(c, "with") for c in verb.children)


def sets_out(verb: Token) -> bool:
    """ "set off", "set sail", "departed", "sailed": a verb of setting out."""
    lemma = verb.lemma_.lower()
    if lemma == "set":
        return any(c.lower_ in lex.SETTING_OUT_WORDS and c.i > verb.i for c in verb.children)
    return lemma in lex.DEPARTING_VERBS


def stays_home(force: Token) -> bool:
    """Police or a whole armed service: sent somewhere only when they go abroad (at home they police or train)."""
    return _is_police(force) or (noun_lemma(force) in lex.SERVICE_NOUNS and force.pos_ == "NOUN")


def _is_police(token: Token) -> bool:
    """Police officers or a police unit.

    Rule 6 counts armed forces. Armed police sent abroad on a security mission (a formed police unit of a
    multinational mission) are armed forces sent by their state, so they count; police deployed at home are
    law enforcement, so they do not (`_Finder.mention` keeps a police mention only when it goes abroad).
    """
    if noun_lemma(token) in lex.POLICE_NOUNS or token.lower_ in lex.POLICE_NOUNS:
        return True
    return any(has_label(c, NOUN_MODIFIERS) and c.lower_ in lex.POLICE_MODIFIERS for c in token.children)


def has_military_modifier(token: Token) -> bool:
    """A military modifier: "military advisers", "naval presence", "task force"."""
    # "high-readiness units": a hyphenated modifier is often parsed as an nmod
    modifiers = {c.lemma_.lower() for c in token.children if has_label(c, NOUN_MODIFIERS) or is_label(c, "nmod")}
    return any(m in lex.MILITARY_MODIFIERS or m in lex.UNIT_MODIFIERS for m in modifiers) or _of_armed_service(token)


def _of_armed_service(token: Token) -> bool:
    """ "the fleet of the X Navy", "a company of the Y Army": a unit an armed service owns is a military one."""
    owners = [p for c in token.children if is_prep(c, "of") for p in c.children if is_pobj(p)]
    return any(t.lower_ in lex.SERVICE_NOUNS for owner in owners for t in (owner, *owner.children))


def first_key(tokens: Iterable[Token], resolve: Callable[[Token], str | None]) -> str | None:
    """The first key ``resolve`` finds for one of ``tokens``, in order."""
    for token in tokens:
        key = resolve(token)
        if key is not None:
            return key
    return None


def sized_force(word: Token) -> Token | None:
    """The force a size word is about, by the word's kind: an estimating verb ("put the contingent at 300"), a
    size verb ("the contingent numbered 1,100"), a size adjective ("900 strong") or a size noun ("the number of
    soldiers"); None when the word is none of these or names no force."""
    lemma = word.lemma_.lower()
    if word.pos_ == "VERB" and lemma in lex.ESTIMATING_VERBS:
        # "officials put the French contingent at roughly 300" (a size noun as the object is read at the noun)
        force = next((c for c in word.children if is_dobj(c) and is_force(c)), None)
        return force if any(is_prep(c, "at") for c in word.children) else None
    if word.pos_ in ("VERB", "AUX") and lemma in lex.SIZE_VERBS:
        return next((c for c in word.children if is_nsubj(c) and is_force(c)), None)
    if word.pos_ == "VERB" and lemma in lex.COMPOSING_VERBS:
        # "the flotilla includes 900 sailors": a force (or a word for one that needs a military sense) made of people
        subjects = [c for c in word.children if has_label(c, SUBJECTS) and noun_lemma(c) in lex.FORCE_NOUNS]
        return next((s for s in subjects if composition(s) is not None), None)
    if word.pos_ == "ADJ" and lemma in lex.SIZE_ADJECTIVES:
        # "the contingent, about 900 strong," (or "the contingent, now 900 strong, guards X")
        subjects = [c for c in word.children if is_nsubj(c) and is_force(c)]
        return word.head if is_force(word.head) else subjects[0] if subjects else None
    if word.pos_ == "NOUN" and lemma in lex.SIZE_NOUNS:
        of_objects = _size_of_objects(word)
        if of_objects:
            # "the number of refugees" names no force; "estimates of their number" is read at "number"
            return next((f for p in of_objects if (f := force_in_phrase(p)) is not None), None)
        if _pronoun_possessor(word):
            return None  # "their number": see `their_size`
        return next((t for t in word.sent if is_force(t) and not _is_police(t)), None)
    return None


def composition(noun: Token) -> Token | None:
    """The people a force is made of, by the phrase that counts them: "a contingent consisting of 650 marines", "a
    force to be composed of 4,500 soldiers", "the flotilla includes 900 sailors" (ships and units are no people)."""
    verbs = [c for c in noun.children if has_label(c, NOUN_CLAUSES) and c.lemma_.lower() in lex.COMPOSING_VERBS]
    if has_label(noun, SUBJECTS) and noun.head.lemma_.lower() in lex.COMPOSING_VERBS:
        verbs.append(noun.head)
    for verb in verbs:
        members = [c for c in verb.children if is_dobj(c)]
        heads = [verb, *(c for c in verb.children if is_label(c, "prt"))]  # "made up of": "of" may hang on "up"
        members += [p for h in heads for c in h.children if is_prep(c, "of") for p in c.children if is_pobj(p)]
        for member in members:
            if any(is_force(m) and noun_lemma(m) not in lex.COUNTED_IN_UNITS for m in (member, *member.conjuncts)):
                return member
    return None


def their_size(word: Token) -> bool:
    """ "their number", "its strength": a size noun whose force is the deployment mentioned last."""
    if word.pos_ != "NOUN" or word.lemma_.lower() not in lex.SIZE_NOUNS or _size_of_objects(word):
        return False
    return _pronoun_possessor(word)


def _pronoun_possessor(noun: Token) -> bool:
    return any(is_poss(c) and c.lower_ in PRONOUNS for c in noun.children)


def _size_of_objects(noun: Token) -> list[Token]:
    return [p for c in noun.children if is_prep(c, "of") for p in c.children]


def wanted_or_denied(noun: Token) -> bool:
    """A deployment only asked for or denied: "called for the deployment", "no deployment".

    "called the deployment a provocation" names a real one."""
    governor = noun.head
    naming = governor.lemma_.lower() == "call" and is_dobj(noun)
    wanted = is_pobj(noun) and governor.head.lemma_.lower() in lex.UNREAL_GOVERNORS  # "called for", "asked for"
    return (governor.lemma_.lower() in lex.UNREAL_GOVERNORS and not naming) or wanted or negated(noun)


def set_noun_status(mention: Mention, noun: Token) -> None:
    """A withdrawal or an arrival says where the forces stand now."""
    if noun.lemma_.lower() == "withdrawal":
        mention.status = "withdrawn"
        mention.start = None  # "the withdrawal followed a decision in November": not when they were sent
    elif _ended(noun):
        mention.status = "withdrawn"  # "X ended its deployment in Y", "the deployment ended in June"
    elif noun.lemma_.lower() == "arrival":
        mention.status = "arriving"
    elif mention.status is None and under_way(noun):
        mention.status = "ongoing"
    elif mention.status is None and (_begins_later(noun) or _decided(noun)):
        mention.status = "planned"  # "the deployment will begin in April": not begun by the day it is spoken of


def _ended(noun: Token) -> bool:
    """ "X ended its deployment", "the deployment ended / was ended in June": the sending is over; not "the
    deployment will end / ends in June" nor "X is ending it", which are under way until then."""
    verb = noun.head
    if verb.lemma_.lower() not in lex.SENDING_ENDING_VERBS or negated(verb):
        return False
    if any(is_aux(c) and c.lower_ in lex.FUTURE_MODALS | lex.HYPOTHETICAL_MODALS for c in verb.children):
        return False
    if not _told_as_past(verb):
        return False  # "ends in June", "is ending", "ordered X to end its deployment": not ended yet
    if is_ccomp(verb) and verb.head.lemma_.lower() in lex.DENYING_GOVERNORS:
        return False  # "X denied that it had ended its deployment"
    return acts_on(noun, lex.SENDING_ENDING_VERBS) or is_nsubj(noun) or is_nsubjpass(noun)


def _told_as_past(verb: Token) -> bool:
    """ "ended", "has / had ended", "was ended": the verb, or an auxiliary of it, in a past or perfect form."""
    auxiliaries = [c for c in verb.children if c.dep_ in AUXILIARIES]
    if any(c.lemma_.lower() == "have" for c in auxiliaries):
        return True
    return verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(c.tag_ == "VBD" for c in auxiliaries))


def _decided(noun: Token) -> bool:
    """ "X approved / ordered / plans the deployment of ...", "the deployment was approved": a decision about a
    sending, not the sending itself;
    "X announced the deployment" may tell of one under way, and is left alone."""
    passive = is_label(noun, "nsubjpass") and noun.head.lemma_.lower() in lex.PLANNED_GOVERNORS  # "was approved"
    # "was approved in 2029 and began in 2030": the sending itself is told further on
    passive = passive and not any(is_conj(c) and c.pos_ == "VERB" for c in noun.head.children)
    return acts_on(noun, lex.PLANNED_GOVERNORS) or (passive and not negated(noun.head))


def acts_on(noun: Token, verbs: frozenset[str]) -> bool:
    """The noun is the object of one of ``verbs``, not negated: "X ordered the deployment", not "X did not approve
    the deployment" (which sends nobody)."""
    return is_dobj(noun) and noun.head.lemma_.lower() in verbs and not negated(noun.head)


def _begins_later(noun: Token) -> bool:
    """ "the deployment will begin in April", "the deployment is expected to begin next week"."""
    verb = noun.head
    if not (is_nsubj(noun) or is_label(noun, "nsubjpass")):
        return False
    if verb.lemma_.lower() in lex.BEGINNING_VERBS:
        return any(is_aux(c) and c.lower_ in lex.FUTURE_MODALS for c in verb.children)
    # "is expected to begin": the beginning is the complement of a word of planning
    return verb.lemma_.lower() in lex.PLANNED_GOVERNORS and any(
        is_label(c, "xcomp") and c.lemma_.lower() in lex.BEGINNING_VERBS for c in verb.children
    )


def under_way(noun: Token) -> bool:
    """ "the deployment is under way", "the deployment, now underway, ...": it has begun and goes on."""
    verb = noun.head if has_label(noun, SUBJECTS) else None
    said = [*(verb.children if verb is not None and verb.lemma_.lower() == "be" else ()), *noun.children]
    return any(
        c.lower_ == "underway" or (is_prep(c, "under") and any(o.lower_ == "way" for o in c.children)) for c in said
    )


def has_definite_determiner(noun: Token) -> bool:
    return any(is_det(c, "the", "this", "that") for c in noun.children)


def has_slot(mention: Mention) -> bool:
    """The mention says something particular: a legal basis, a place, a size, a start or a party."""
    return bool(
        mention.legal_basis
        or mention.location
        or mention.size
        or mention.start
        or mention.supported
        or mention.opponent
    )


# The coarse parts of speech of a noun: a force, an instrument, a formation is one.
NOUN_TAGS = frozenset({"NOUN", "PROPN"})


def nouns(doc: Doc) -> Iterator[Token]:
    """The nouns and proper nouns of ``doc`` in text order. Whole-article walks that only ask about nouns build
    no spaCy ``Token`` for the other words (most of an article)."""
    return (doc[i] for i, tag in enumerate(token_facts(doc).tags) if tag in NOUN_TAGS)


_FORCE_KEY = "kgingest.is_force"


def is_force(token: Token) -> bool:
    if token.pos_ not in NOUN_TAGS:
        return False
    # The mention finder, the force finder and the formations each ask about every noun: read once per Doc.
    known: dict[int, bool] = token.doc.user_data.setdefault(_FORCE_KEY, {})
    found = known.get(token.i)
    if found is None:
        found = known[token.i] = _is_force_noun(token)
    return found


def _is_force_noun(token: Token) -> bool:
    if ship_prefix(token):
        return True  # "USS X", "the destroyer HMS Y": a warship
    lemma = noun_lemma(token)
    # The word lists first: they rule out most nouns at once, before the children are looked at.
    if (lemma in lex.POLICE_NOUNS or lemma in lex.QUALIFIED_FORCE_NOUNS) and _is_police(token):
        return True
    if lemma in lex.SERVICE_NOUNS:
        return token.pos_ == "NOUN"  # "the navy"; "Navy" in a name is an organization
    if lemma in lex.UNIT_NOUNS and _of_people(token):
        return True  # "an engineering company of 222 personnel"
    # "sent two divisions to X": counted units a state or an armed service sends, bare (not "two business units");
    # a firm moves divisions too
    sent = is_dobj(token) and token.head.lemma_.lower() in lex.TRIGGER_VERBS
    bare = not any(is_label(c, "compound") or is_label(c, "amod") or is_label(c, "nmod") for c in token.children)
    if lemma in lex.UNIT_NOUNS and _counted(token) and sent and bare and _sent_by_armed_body(token.head, token):
        return True
    if lemma in lex.QUALIFIED_FORCE_NOUNS:
        return has_military_modifier(token) or _counted_in_mission(token)
    if lemma not in lex.FORCE_NOUNS:
        return False
    # "Guardsmen": a plural the tagger may take for a singular name
    if token.pos_ == "PROPN" and (token.tag_ != "NNPS" and not token.lower_.endswith(("s", "men"))):
        return False  # "Air Force", "Marine Corps": names of organizations; "US Marines" are a force
    if lemma in lex.AMBIGUOUS_FORCE_NOUNS:
        # "the force, composed of 900 soldiers": made of people, it is an armed one; so is "a 5,000-strong force"
        return (
            has_military_modifier(token) or token.lower_ == "forces" or composition(token) is not None or _strong(token)
        )
    return True


def _sent_by_armed_body(verb: Token, unit: Token) -> bool:
    """The sending verb's subject is a state or an armed service ("Norway", "the army"), or its clause has a military
    noun besides the unit ("two divisions of infantry", "two units of soldiers")."""
    subjects = [c for c in verb.children if is_nsubj(c)]
    if any(s.ent_type_ == "GPE" or noun_lemma(s) in lex.SERVICE_NOUNS for s in subjects):
        return True
    return any(t.i != unit.i and noun_lemma(t) in _MILITARY_NOUNS for t in verb.subtree if t.pos_ in ("NOUN", "PROPN"))


# Nouns that make a unit word military: a service, or a force word that is not also a civilian one.
_MILITARY_NOUNS = lex.SERVICE_NOUNS | (lex.FORCE_NOUNS - lex.AMBIGUOUS_FORCE_NOUNS)


def _strong(noun: Token) -> bool:
    """ "a 5,000-strong force": a count of the people in it, before "strong"."""
    return any(
        c.lower_ == "strong" and any(n.pos_ == "NUM" for n in c.children) for c in noun.children if is_label(c, "amod")
    )


def ship_prefix(token: Token) -> tuple[str, ...]:
    """Country codes a warship name's prefix stands for: "USS X", or "the destroyer USS X" (the name in apposition)."""
    names = (
        [token] if token.pos_ == "PROPN" else [c for c in token.children if is_label(c, "appos") and c.pos_ == "PROPN"]
    )
    prefixes = ship_prefixes() if names else {}
    for name in names:
        for word in (name, *name.children):
            if word.i <= name.i and word.text in prefixes:
                return prefixes[word.text]
    return ()


def _of_people(unit: Token) -> bool:
    """ "a company of 222 personnel", "a unit of 184 engineers": the unit is made of counted people."""
    return any(
        is_pobj(p) and noun_lemma(p) in lex.UNIT_MEMBERS | lex.FORCE_NOUNS and _counted(p)
        for prep in unit.children
        if is_prep(prep, "of")
        for p in prep.children
    )


def _counted(noun: Token) -> bool:
    return any(is_label(c, "nummod") for c in noun.children)


def _counted_in_mission(noun: Token) -> bool:
    """ "1,200 personnel in the mission", "2,500 personnel aboard the ships", "a unit of 184 engineers": counted
    people where the sentence is about a mission, ships or a unit."""
    if not _counted(noun):
        return False
    if is_pobj(noun) and noun.head.lower_ == "of" and noun_lemma(noun.head.head) in lex.UNIT_NOUNS:
        return True
    return any(t.lemma_.lower() in lex.MISSION_CONTEXT for t in noun.sent)


def force_in_phrase(token: Token) -> Token | None:
    """The force noun a phrase is about: the phrase head, or X in "thousands of X" / "a battalion of X"."""
    if is_force(token):
        return token
    for prep in (c for c in token.children if is_prep(c, "of")):
        for pobj in (c for c in prep.children if is_pobj(c)):
            for noun in (pobj, *(c for c in pobj.children if is_conj(c))):
                if is_force(noun):
                    return noun
    for conj in (c for c in token.children if is_conj(c)):
        if is_force(conj):
            return conj
    return None


def first_conjunct(verb: Token) -> Token:
    """The first verb of the list ``verb`` ends: "said it would stay and would send ...", "stay"."""
    clause = verb
    while is_conj(clause) and clause.head.i != clause.i:
        clause = clause.head
    return clause


def reported_future(verb: Token, auxiliary: Token) -> bool:
    """ "X said it would send troops", "the leaders agreed that X would send troops": "would" is the reported or
    decided "will", not a hypothesis."""
    clause = first_conjunct(verb)  # "said it would stay and would send ...": the report governs both conjuncts
    return (
        auxiliary.lower_ == "would"
        and is_ccomp(clause)
        and clause.head.lemma_.lower() in FUTURE_REPORTING_VERBS | lex.PLANNED_GOVERNORS
        and not negated(clause.head)
    )


def present_tense(verb: Token) -> bool:
    """ "are fighting", "now fight": going on at the time of the story (not "fought", "had fought")."""
    if verb.tag_ in ("VBP", "VBZ"):
        return True
    if verb.tag_ == "VB" and any(is_advmod(c) and c.lower_ == "now" for c in verb.children):
        return not any(is_aux(c) for c in verb.children)  # "now fight", not "will now fight"
    return verb.tag_ == "VBG" and any(is_aux(c, "is", "are") for c in verb.children)


# "neither plans to send troops", "none were sent": a subject that denies the act.
NEGATIVE_SUBJECT_LABELS = frozenset({"nsubj", "nsubjpass", "preconj"})


def negated(token: Token) -> bool:
    return any(
        is_neg(c) or is_det(c, "no") or (has_label(c, NEGATIVE_SUBJECT_LABELS) and c.lower_ in lex.NEGATIVE_PRONOUNS)
        for c in token.children
    )


def clause_tokens(head: Token, with_relative_clauses: bool = False) -> list[Token]:
    """The tokens of ``head``'s clause, leaving out embedded reported clauses (and relative clauses unless asked)."""
    boundaries = CLAUSE_BOUNDARIES - {"relcl"} if with_relative_clauses else CLAUSE_BOUNDARIES
    tokens: list[Token] = []
    stack = [head]
    while stack:
        token = stack.pop()
        tokens.append(token)
        # "helped X fight Y": the complement of a helping verb is part of what the forces do, not a report.
        helping = token.lemma_.lower() in lex.SUPPORT_VERBS
        stack.extend(c for c in token.children if not has_label(c, boundaries) or (helping and is_ccomp(c)))
    return sorted((t for t in tokens if not in_dateline(t)), key=lambda t: t.i)


def starts_inside(value: TimeValue, clause: list[Token]) -> bool:
    return value.span is not None and any(t.idx <= value.span.begin < t.idx + len(t) for t in clause)


def token_span(token: Token) -> Span:
    return Span(token.idx, token.idx + len(token.text), token.text)


def token_chars(token: Token) -> tuple[int, int]:
    return token.idx, token.idx + len(token.text)


def subtree_chars(token: Token) -> tuple[int, int]:
    return token.left_edge.idx, token.right_edge.idx + len(token.right_edge.text)


def phrase_chars(token: Token) -> tuple[int, int]:
    """The characters of a noun phrase without the relative clauses that describe it."""
    described = {t.i for c in token.children if has_label(c, NOUN_CLAUSES) and c.i > token.i for t in c.subtree}
    kept = [t for t in token.subtree if t.i not in described and not t.is_punct] or [token]
    return min(t.idx for t in kept), max(t.idx + len(t.text) for t in kept)


def subtree_span(token: Token) -> Span:
    begin, end = subtree_chars(token)
    return Span(begin, end, doc_text(token.doc)[begin:end])


def tokens_span(doc: Doc, tokens: list[Token]) -> Span:
    begin = min(t.idx for t in tokens)
    end = max(t.idx + len(t.text) for t in tokens)
    return Span(begin, end, doc_text(doc)[begin:end])


def clause_span(head: Token) -> Span:
    """The clause describing the deployment: ``head``'s subtree without its conjunction, leading frame or tail."""
    dropped: set[int] = set()
    commas = [c for c in head.children if is_label(c, "punct") and c.text == ","]
    for child in head.children:
        if has_label(child, CLAUSE_FRAME_LABELS) or (has_label(child, CLAUSE_BOUNDARIES) and not is_ccomp(child)):
            dropped.update(t.i for t in child.subtree)
        elif not has_label(child, CLAUSE_SUBJECTS) and any(
            (child.i < comma.i < head.i) or (head.i < comma.i < child.i) for comma in commas
        ):
            dropped.update(t.i for t in child.subtree)  # "According to X, ..." / ", marking a shift ..."
    kept = [
        t for t in head.subtree if t.i not in dropped and not t.is_punct and not t.is_space and not in_dateline(t)
    ] or [head]
    return tokens_span(head.doc, kept)


# "on top of N troops", "in addition to N troops": forces counted beside a sending (the head word, the preposition).
ADDITION_PHRASES = frozenset({("top", "of"), ("addition", "to")})


def _added_to_forces(trigger: Token) -> bool:
    """ "sent to Y on top of the 800 troops already there": a sending beside forces already in place."""
    return any(
        (prep.head.lower_, prep.lower_) in ADDITION_PHRASES and is_force(noun)
        for head in trigger.children
        if is_prep(head)
        for pobj in head.children
        for prep in pobj.children
        if is_prep(prep)
        for noun in prep.children
        if is_pobj(noun)
    )


def sending_kind(trigger: Token, force: Token | None) -> str | None:
    """What a mention says of its forces beside others of the same sender in the same place.

    "reinforcement": more forces sent to join them ("3,000 more troops", "the reinforcements", "reinforced
    its garrison with 500 soldiers"); "presence": forces said to be there now ("X has 900 troops in Y",
    "there are 900 X troops in Y", "soldiers already deployed there"); None when it says neither.
    """
    if force is not None and (
        noun_lemma(force) in lex.REINFORCEMENT_NOUNS
        or any(c.lower_ in lex.REINFORCING_WORDS and has_label(c, REINFORCING_MODIFIER_LABELS) for c in force.children)
        # "5,000 more troops": the parser may hang "more" on the number
        or any(
            m.lower_ in lex.REINFORCING_WORDS and has_label(m, REINFORCING_MODIFIER_LABELS)
            for c in force.children
            if is_label(c, "nummod")
            for m in c.children
        )
    ):
        return "reinforcement"
    lemma = trigger.lemma_.lower()
    if lemma in lex.REINFORCING_VERBS or _added_to_forces(trigger):
        return "reinforcement"
    clause = trigger.head if is_acl(trigger) and is_dobj(trigger.head) else trigger
    if any(c.lower_ in lex.PRESENCE_ADVERBS for c in (*trigger.children, *clause.head.children) if is_advmod(c)):
        return "presence"
    verb = clause.head if clause is not trigger else trigger
    existential = verb.lemma_.lower() == "be" and any(is_label(c, "expl") for c in verb.children)
    return "presence" if verb.lemma_.lower() in lex.HAVING_VERBS | lex.KEEPING_VERBS or existential else None


def joint_force(force: Token) -> bool:
    """ "a joint force of A's and B's soldiers", "combined Ruritanian and Freedonian units": one force of several."""
    holders = [force]
    if is_pobj(force) and force.head.lower_ == "of":
        holders.append(force.head.head)  # "a joint force of X soldiers"
    return any(c.lower_ in lex.JOINT_WORDS for h in holders for c in h.children if is_label(c, "amod"))


def heads_abroad(verb: Token) -> bool:
    """A verb of going with a destination ("head to X", "flew into Y", "reached X"), not back home ("flew home",
    "went back to")."""
    if verb.lemma_.lower() in lex.REACHING_VERBS:
        # "the first troops reached X": a named place as the object ("the number reached 5,000" names none)
        # "reached the town of X": a place named through "of"
        return any(
            is_dobj(c)
            and (
                c.pos_ == "PROPN"
                or any(is_prep(p, "of") and any(o.pos_ == "PROPN" for o in p.children) for p in c.children)
            )
            for c in verb.children
        )
    if verb.lemma_.lower() not in lex.HEADING_VERBS or goes_back(verb):
        return False
    return any(is_prep(c) and c.lower_ in lex.DESTINATION_PREPOSITIONS for c in verb.children)


def withdraws_from_named_place(verb: Token, known_place: Callable[[Token], bool]) -> bool:
    """ "the troops withdrew from X", "have pulled out of X": a force that has left a state or a known place ends a
    deployment there. A withdrawal still to come or called for ("will withdraw", "should withdraw"), one from what is
    no place ("withdrew from Operation X", "from the front line") or a move to another place ("withdrew from A to B")
    ends none."""
    if verb.lemma_.lower() not in lex.WITHDRAWAL_VERBS or not _done(verb):
        return False
    # "pulled out of X": the parser may hang "of" on the particle
    heads = [verb, *(c for c in verb.children if c.lower_ == "out")]
    if any(is_prep(p, "to") for h in heads for p in h.children):
        return False  # "withdrew from A to B": a move, not an end
    sources = [o for h in heads for p in h.children if is_prep(p, "from", "of") for o in p.children if is_pobj(o)]
    return any(
        known_place(o) or any(known_place(n) for p in o.children if is_prep(p, "of") for n in p.children)
        for o in sources
    )


def _done(verb: Token) -> bool:
    """A past or present perfect verb with no modal or negation: "withdrew", "have withdrawn", "had pulled out"."""
    if negated(verb) or any(is_aux(c) and c.tag_ == "MD" for c in verb.children):
        return False
    perfect = verb.tag_ == "VBN" and any(is_aux(c) and c.lemma_.lower() == "have" for c in verb.children)
    return verb.tag_ == "VBD" or perfect


def goes_back(verb: Token) -> bool:
    """ "flew home", "ferried the soldiers back": a return, not a sending."""
    return any(c.lower_ in ("back", "home") for c in verb.children)
