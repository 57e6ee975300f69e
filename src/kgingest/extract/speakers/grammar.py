"""Word classes and noun-phrase predicates the speaker rules share, and their limits."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Token

from kgingest.extract.dependencies import (
    ADJECTIVES,
    CONJUNCTS,
    COORDINATORS,
    COUNTERS,
    DETERMINERS,
    NAME_PARTS,
    NOUN_ADVERBIALS,
    NOUN_CLAUSES,
    NOUN_MODIFIERS,
    NOUN_QUALIFIERS,
    POSSESSORS,
    PREPOSITION_OBJECTS,
    PREPOSITIONS,
    RIGHT_NOUN_MODIFIERS,
    SUBJECTS,
)
from kgingest.extract.lexicon import PARTITIVE_NOUNS, UNSPECIFIED_PEOPLE, word_lists, word_mapping, word_set
from kgingest.extract.roles.words import INDEFINITE_ARTICLES
from kgingest.model import Actor

if TYPE_CHECKING:
    pass

SUBJECT_DEPS = SUBJECTS
# How far back (in sentences) a description may look for what it refers to (a pronoun: the antecedent service's
# PRONOUN_SENTENCES).
DESCRIPTION_SENTENCES = 12
# How many characters around a name may hold the noun or title it was introduced with: "the broadcaster RTX",
# "Deputy Foreign Minister Jane Roe". Wider windows reach into the clause before.
INTRODUCTION_CHARS = 40
TITLE_CHARS = 60
STATE_NOUNS = word_set("reporting", "STATE_NOUNS")
GOVERNMENT_NOUNS = word_set("reporting", "GOVERNMENT_NOUNS")
QUANTIFIERS = word_set("reporting", "QUANTIFIERS")
# Adjectives that say when someone holds a post, not which post: "its former governor" was a governor.
TIME_OF_OFFICE = word_set("reporting", "TIME_OF_OFFICE")
MODIFIER_DEPS = NOUN_QUALIFIERS
UNSPECIFIED_PERSON = word_set("reporting", "UNSPECIFIED_PERSON")
NO_ONE = word_set("reporting", "NO_ONE")
WRITTEN_PIECES = word_set("reporting", "WRITTEN_PIECES")
SPEAKING_PIECES = word_set("speakers", "SPEAKING_PIECES")
ISSUING_VERBS = word_set("speakers", "ISSUING_VERBS")
ISSUING_PARTICLES = word_lists("speakers", "ISSUING_PARTICLES")
PASSING_VERBS = word_set("speakers", "PASSING_VERBS")
RANK_WORDS = word_set("speakers", "RANK_WORDS")
KIN_NOUNS = word_set("speakers", "KIN_NOUNS")
INFORMANT_NOUNS = word_set("speakers", "INFORMANT_NOUNS")
GENERIC_ORGANIZATION_NOUNS = word_set("speakers", "GENERIC_ORGANIZATION_NOUNS")
PARTICULAR_DETERMINERS = word_set("speakers", "PARTICULAR_DETERMINERS")
QUANTIFYING_DETERMINERS = word_set("speakers", "QUANTIFYING_DETERMINERS")
OTHER_WORDS = word_set("speakers", "OTHER_WORDS")
STAND_IN_ORGANIZATION_NOUNS = word_lists("speakers", "STAND_IN_ORGANIZATION_NOUNS")
PLACE_SENSE_MODIFIERS = word_lists("speakers", "PLACE_SENSE_MODIFIERS")
# "Sen." -> "senator": the abbreviated titles before names, read from the roles lexicon.
TITLE_ABBREVIATIONS = word_mapping("roles", "title_abbreviations")
DESCRIPTION_TITLES = word_mapping("speakers", "DESCRIPTION_TITLES")


@lru_cache(maxsize=1024)
def title_pattern(title: str) -> str:
    """A regex for a post as a title before a name may write it: its last word spelled out or abbreviated, or
    another title for the same post ("governor" also as "Gov.", "congresswoman" also as "Rep.")."""
    *before, last = title.split()
    forms = {last, *(DESCRIPTION_TITLES.get(last, "").split()[-1:])}
    forms |= {abbreviation for abbreviation, post in TITLE_ABBREVIATIONS.items() if post in forms}
    alternatives = "|".join(re.escape(form) for form in sorted(forms, key=lambda f: (-len(f), f)))
    return r"\s+".join([*(re.escape(w) for w in before), f"(?:{alternatives})"])


def unspecified_people(head: Token) -> bool:
    """ "others say", "everyone agreed", "those surveyed said": people the text describes but does not name. A
    bare "those" points back to a noun; with words after it ("those surveyed", "those near him") it is a group."""
    if head.lower_ in UNSPECIFIED_PEOPLE:
        return True
    return head.lower_ == "those" and any(c.dep_ in RIGHT_NOUN_MODIFIERS | NOUN_CLAUSES for c in head.rights)


def unspecified_person(head: Token) -> bool:
    """ "someone in the crowd said", "another argued": one person the text does not name."""
    return head.lower_ in UNSPECIFIED_PERSON


def names_no_one(head: Token) -> bool:
    """ "no one is predicting", "nobody said", "no official has confirmed": a subject that denies there is a
    speaker. What no one said is no statement, and "no one" is no actor."""
    if head.lower_ in NO_ONE:
        return True
    return any(c.dep_ in DETERMINERS and c.lower_ == "no" for c in head.lefts)


def is_definite(head: Token) -> bool:
    """The noun has a determiner or an owner other than "a"/"an" ("the", "each", "no", "Roe's"): looser than
    `is_particular`, which asks for one referent, and than `quantified`, which asks for a count over a kind."""
    return any(c.dep_ in DETERMINERS and c.lower_ not in INDEFINITE_ARTICLES for c in head.lefts)


def is_particular(head: Token) -> bool:
    """The noun has a determiner or an owner for one particular referent ("the agency", "Roe's team"), not "each",
    "which" or "neither"."""
    return any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ in PARTICULAR_DETERMINERS) for c in head.lefts)


def of_after(head: Token) -> Token | None:
    """The "of" hung right after the noun ("the office of the mayor"), which says whose body it is; else None."""
    following = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    if following is None or following.lower_ != "of" or following.head != head or following.dep_ != "prep":
        return None
    return following


def quantified(head: Token) -> bool:
    """ "which minister", "every airline", "neither company": the noun asks or counts over a kind, and stands for no
    one speaker."""
    return any(c.dep_ in DETERMINERS and c.lower_ in QUANTIFYING_DETERMINERS for c in head.lefts)


def inside_name(head: Token) -> bool:
    """ "the Islamic State", "the Free State": a capitalized noun right after a capitalized name part is the end of
    a name, not a description ("the state") pointing back at a state mentioned before."""
    if not head.text[:1].isupper() or head.i == head.sent.start:
        return False
    before = head.doc[head.i - 1]
    return before.head.i == head.i and before.dep_ in NAME_PARTS | NOUN_MODIFIERS and before.text[:1].isupper()


def name_tokens(token: Token) -> list[Token]:
    """The word and the name parts before it: an indexed name may cover any of them ("Jane Roe KC")."""
    return [token, *(t for t in token.lefts if t.dep_ in NAME_PARTS)]


def possessor(head: Token) -> Token | None:
    """The owner in front of a noun: "its" / "their" / "the province's" / "Ostravia's" (None without one)."""
    return next((c for c in head.lefts if c.dep_ in POSSESSORS), None)


def post_title(head: Token) -> str:
    """The post a noun names, with the words that make it specific: "governor", "chief executive",
    "foreign minister" (not the owner, article or adjectives such as "former" standing before them)."""
    words = [head]
    for token in reversed(list(head.lefts)):
        if token.i + 1 != words[0].i or token.dep_ not in NOUN_MODIFIERS or not token.is_alpha:
            break
        if token.lower_ in TIME_OF_OFFICE:
            break
        words.insert(0, token)
    return " ".join(t.lower_ for t in words)


def objects(prep: Token) -> list[Token]:
    """The objects of a preposition."""
    return [c for c in prep.children if c.dep_ in PREPOSITION_OBJECTS]


def is_kind(head: Token, nouns: frozenset[str]) -> bool:
    """The word or its lemma is one of ``nouns``."""
    return head.lemma_.lower() in nouns or head.lower_ in nouns


def place_sense(head: Token) -> bool:
    """The noun names a part of a place or thing, by a word before it: "the north side", "the driver's side"."""
    marks = PLACE_SENSE_MODIFIERS.get(head.lemma_.lower(), ())
    return any(c.lemma_.lower() in marks or c.lower_ in marks for c in head.lefts)


def age_description(head: Token) -> bool:
    """ "the 34-year-old": an age standing for a person."""
    return head.lower_ == "old" and any(c.lower_ == "year" and c.dep_ in NOUN_ADVERBIALS for c in head.lefts)


def counted(head: Token) -> bool:
    """ "two countries", "both sides": a plural noun with a number or "both"."""
    return any(c.dep_ in COUNTERS and (c.like_num or c.lower_ == "both") for c in head.lefts)


def partitive_whole(head: Token) -> Token | None:
    """ "two of the sources", "46 percent of voters": the noun after "of" when the head is a number, a
    quantifier or a part."""
    if not (head.like_num or head.lower_ in QUANTIFIERS or head.lemma_.lower() in PARTITIVE_NOUNS):
        return None
    for child in head.rights:
        if child.dep_ in PREPOSITIONS and child.lower_ == "of":
            return next(
                (c for c in child.children if c.dep_ in PREPOSITION_OBJECTS and c.pos_ in ("NOUN", "PROPN", "PRON")),
                None,
            )
    return None


def ratio_whole(head: Token) -> Token | None:
    """ "three in ten nurses", "two in five growers": the counted noun when the head is the first number of a
    ratio (the parser hangs "in ten nurses" on "three"); None otherwise."""
    if not head.like_num:
        return None
    for child in head.rights:
        if child.dep_ in PREPOSITIONS and child.lower_ == "in":
            for noun in child.children:
                counted_by = [c for c in noun.lefts if c.like_num]
                if noun.dep_ in PREPOSITION_OBJECTS and noun.pos_ in ("NOUN", "PROPN") and counted_by:
                    return noun
    return None


def comma_conjunct(token: Token) -> bool:
    """ "her brother, John Roe, said": an apposition the parser took for a conjunct (a comma, no "and"/"or")."""
    if token.dep_ not in CONJUNCTS or token.pos_ != "PROPN" or token.i == 0:
        return False
    head = token.head
    if any(c.dep_ in COORDINATORS for c in head.children):
        return False
    first = token.left_edge
    return first.i > 0 and token.doc[first.i - 1].text == ","


def name_words(actor: Actor) -> set[str]:
    words: set[str] = set()
    for name in [actor.name, *actor.aliases]:
        words.update(w.lower() for w in re.findall(r"[\w-]+", name))
    return words


def clean_name(text: str) -> str:
    """A description's name as written, with single spaces (a leading article stays)."""
    return " ".join(text.split())


def one_more(head: Token) -> bool:
    """ "another farmer", "other aides": one more of a kind, not the one of that kind met before."""
    return any(c.dep_ in DETERMINERS | ADJECTIVES and c.lower_ in OTHER_WORDS for c in head.lefts)
