"""Joint speakers: several actors who say one thing together.

"Roe and Lund said", "A, B and C reaffirmed", "President A and Prime Minister B welcomed", "A and his counterpart
B said": every conjunct of the subject that names a speaking actor speaks. "The two leaders reaffirmed", after a
subject joining as many names in the same or the previous paragraph, stands for them. The first named stays the
statement's speaker (the principal); the others are its co-speakers.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from kgingest.extract.dependencies import (
    ADVERBIAL_CLAUSES,
    APPOSITIONS,
    CLAUSE_COMPLEMENTS,
    CONJUNCTS,
    COUNTERS,
    NOUN_MODIFIERS,
    NOUN_PARTICIPLES,
    OBJECTS,
    POSSESSORS,
    PREPOSITIONS,
    RELATIVE_CLAUSES,
    SUBJECTS,
)
from kgingest.extract.index import doc_text
from kgingest.extract.lexicon import COMPANY_NOUNS, ORGANIZATION_NOUNS, PERSON_NOUNS, word_mapping, word_set
from kgingest.extract.spans import tokens_in
from kgingest.extract.speakers.grammar import KIN_NOUNS, STATE_NOUNS, is_kind
from kgingest.model import ActorType

if TYPE_CHECKING:
    from kgingest.extract.speakers import SpeakerResolver

JOINT_COUNTS = {word: int(count) for word, count in word_mapping("speakers", "JOINT_COUNTS").items()}
JOINT_DETERMINERS = word_set("speakers", "JOINT_DETERMINERS")
# The actors that can say something together.
SPEAKING_TYPES = frozenset({ActorType.PERSON, ActorType.ORGANIZATION, ActorType.STATE, ActorType.GROUP})
# Links that put a name under another word of the phrase rather than beside it as a conjunct: an owner ("A and B's
# spokesman"), a preposition's object ("a lawyer for A"), an object or a clause ("who met A").
NOT_CONJUNCT_LINKS = (
    POSSESSORS | PREPOSITIONS | OBJECTS | {"agent", "case"}
    | RELATIVE_CLAUSES | NOUN_PARTICIPLES | ADVERBIAL_CLAUSES | CLAUSE_COMPLEMENTS
)  # fmt: skip
# How many paragraph breaks may stand between "the two leaders" and the subject naming them: the same or the
# previous paragraph.
JOINT_PARAGRAPHS = 1


def joint_speakers(r: SpeakerResolver, head: Token | None, speaker: str) -> list[str]:
    """The speakers of a statement whose speaker phrase is headed by ``head`` and resolved to ``speaker``, the
    principal first; just ``[speaker]`` when it speaks alone."""
    if head is None:
        return [speaker]
    joined = coordinated_actors(r, head)
    if len(joined) > 1 and speaker in joined:
        return joined
    earlier = counted_reference(r, head)
    if earlier and speaker == earlier[0]:
        return earlier
    return [speaker]


def coordinated_actors(r: SpeakerResolver, head: Token) -> list[str]:
    """The speaking actors named as conjuncts of the noun phrase headed by ``head`` ("Roe and Lund", "Coach Ana
    Ruiz, the club's owner, and its captain Ivo Lund"), in text order; [] when the phrase joins no two by "and"."""
    source = r.written_source(head)
    if source is None:
        return []
    words = [t for t in head.doc[head.left_edge.i : head.right_edge.i + 1] if source.begin <= t.idx < source.end]
    found: list[tuple[int, int, str]] = []  # (begin, end, key)
    for mention in r.index.mentions_in(source.begin, source.end):
        if mention.is_place or r.actor_type(mention.key) not in SPEAKING_TYPES:
            continue
        inside = range(mention.span.begin, mention.span.end)
        # the name's own word: the last of it that hangs outside it ("Petra Linde", both hung on a title after)
        root = next((t for t in reversed(words) if t.idx in inside and t.head.idx not in inside), None)
        if root is not None and beside(root, head) and mention.key not in (k for _, _, k in found):
            found.append((mention.span.begin, mention.span.end, mention.key))
    found = [f for f in found if not titles_another(head.doc, f, found)]
    if len(found) < 2:
        return []
    # an "and" joining conjuncts between two of the names, outside every name ("Lund and Sons" is one name) and not
    # inside a preposition's phrase ("the head of sales and marketing at Acme, Roe")
    joiners = [t for t in words if joining_and(t, head) and not any(b <= t.idx < e for b, e, _ in found)]
    if not any(found[0][0] < t.idx < found[-1][0] for t in joiners):
        return []
    return [k for _, _, k in found]


def titles_another(doc: Doc, name: tuple[int, int, str], found: list[tuple[int, int, str]]) -> bool:
    """ "A and House Speaker B": a name right before a modifier of another name found is part of that name's title
    (the parser may take "House" for a conjunct of "A")."""
    tokens = tokens_in(doc, name[0], name[1])
    after = doc[tokens.end] if tokens is not None and tokens.end < len(doc) else None
    if after is None or after.dep_ not in NOUN_MODIFIERS:
        return False
    return any(b <= after.head.idx < e for b, e, k in found if (b, e, k) != name)


def beside(word: Token, head: Token) -> bool:
    """The name ``word`` hangs on ``head`` as a conjunct or an apposition, not as its modifier ("German Chancellor
    Roe", "Acme chief Lund"), an owner, a preposition's object or inside a clause. (Only the name's own link tells
    a modifier: the parser may hang a first conjunct's name on the second's title, "Minister A and Minister B".)"""
    if word.i == head.i:
        return True
    if word.dep_ in NOUN_MODIFIERS or (word.i < word.head.i and word.dep_ not in CONJUNCTS and not joins(word)):
        return False  # "House Speaker Roe": a name before the noun it hangs on, with no "and" of its own, modifies it
    return on_conjunct_path(word, head)


def on_conjunct_path(word: Token, head: Token, *, described: bool = False) -> bool:
    """``word`` reaches ``head`` through no owner, preposition or clause, nor as a conjunct description inside an
    apposition to a name (``described``: one is joined below it): "Roe, a lawyer and a Republican," describes Roe
    twice, where "Roe, a lawyer, and Lund" joins a second name."""
    while word.i != head.i:
        if word.dep_ in NOT_CONJUNCT_LINKS or word.head.i == word.i:
            return False
        described = described or (word.dep_ in CONJUNCTS and word.pos_ != "PROPN")
        if described and word.dep_ in APPOSITIONS and word.head.pos_ == "PROPN":
            return False
        word = word.head
    return True


def joining_and(word: Token, head: Token) -> bool:
    """``word`` is an "and" joining conjuncts of the phrase of ``head``, not descriptions inside an apposition."""
    if word.dep_ != "cc" or word.lower_ != "and":
        return False
    described = any(c.dep_ in CONJUNCTS and c.i > word.i and c.pos_ != "PROPN" for c in word.head.children)
    return on_conjunct_path(word.head, head, described=described)


def joins(word: Token) -> bool:
    """ "Roe and ...": ``word`` has an "and" of its own after it, joining a conjunct to it (the parser may hang the
    second conjunct's title on the first name and the name on that title: "Minister A and Minister B")."""
    return any(c.dep_ == "cc" and c.lower_ == "and" and c.i > word.i for c in word.children)


def counted_reference(r: SpeakerResolver, head: Token) -> list[str]:
    """ "the two leaders", "both ministers": the actors a definite counted plural stands for, joined as conjuncts
    of the nearest subject naming several (in the same or the previous paragraph), when their number and kind fit
    the description; [] otherwise."""
    count = joint_count(head)
    if count is None:
        return []
    text = doc_text(head.doc)
    for sentence in reversed(list(head.doc.sents)):
        if sentence.start > head.i:
            continue
        if len(re.findall(r"\n\s*", text[sentence.end_char : head.idx])) > JOINT_PARAGRAPHS:
            break
        for subject in reversed([t for t in sentence if t.dep_ in SUBJECTS and t.i < head.i]):
            joined = coordinated_actors(r, subject)
            if len(joined) > 1:
                fits = len(joined) == count and all(r.actor_type(k) in kinds_of(head) for k in joined)
                return joined if fits else []
    return []


def joint_count(head: Token) -> int | None:
    """How many "the two leaders", "both ministers", "the three presidents" count; None for a noun not counted so
    (a singular, an indefinite "two leaders")."""
    if head.tag_ not in ("NNS", "NNPS"):
        return None
    counts = [JOINT_COUNTS[c.lower_] for c in head.lefts if c.dep_ in COUNTERS and c.lower_ in JOINT_COUNTS]
    definite = any(c.lower_ in JOINT_DETERMINERS for c in head.lefts)
    return counts[0] if counts and definite else None


def kinds_of(head: Token) -> frozenset[ActorType]:
    """The actor types a plural description may stand for, by its noun: people, bodies or states."""
    if is_kind(head, STATE_NOUNS):
        return frozenset({ActorType.STATE})
    if is_kind(head, ORGANIZATION_NOUNS | COMPANY_NOUNS):
        return frozenset({ActorType.ORGANIZATION})
    if is_kind(head, PERSON_NOUNS | KIN_NOUNS):
        return frozenset({ActorType.PERSON})
    return frozenset()
