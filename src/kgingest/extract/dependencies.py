"""spaCy's English dependency labels, grouped by what the extraction rules ask of a word's attachment.

Rules compare ``token.dep_`` with these named groups rather than with scattered literals, so the question a
comparison asks ("is this a subject?", "does this verb take its subject from its head?") is in its name.
"""

from __future__ import annotations

from spacy.tokens import Token

# Subjects: an active one, or either voice.
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# The marks of a passive verb: a passive subject or a passive auxiliary.
PASSIVE_MARKERS = frozenset({"nsubjpass", "auxpass"})
# What a verb acts on or whom it addresses: "told reporters", "condemned the attack".
VERB_OBJECTS = frozenset({"dobj", "dative"})
# The object of a verb or of a preposition: "quoting X", "citing X".
OBJECTS = frozenset({"dobj", "pobj"})
# Parts of a name before its head word: "Jane" in "Jane Roe".
NAME_PARTS = frozenset({"compound", "flat"})
# A name set off after a noun: "her lawyer, Jane Roe".
NAME_APPOSITIONS = frozenset({"appos", "flat"})
# Links through which a mention's word hangs on the head of its phrase.
NAME_LINKS = frozenset({"compound", "flat", "appos", "conj"})
# Words in front of a noun that narrow it: "the mining company", "the foreign ministry".
NOUN_MODIFIERS = frozenset({"compound", "amod"})
# Words in front of a noun that may name who owns or issued it: "the ministry's report", "agency spokeswoman".
NOUN_QUALIFIERS = frozenset({"compound", "amod", "nmod", "poss"})
# An owner or a compound in front of a noun: "X's programme", "X radio".
OWNER_OR_COMPOUND = frozenset({"poss", "compound"})
# A noun in front of a noun: "media reports".
NOUN_COMPOUNDS = frozenset({"compound", "nmod"})
# A determiner or an owner: "the", "its".
DETERMINERS = frozenset({"det", "poss"})
# What counts a noun: "two", "both", "all".
COUNTERS = frozenset({"nummod", "det", "predet"})
# Modifiers after a noun that belong to its description: "a spokesperson for X", "sources familiar with ...".
RIGHT_NOUN_MODIFIERS = frozenset({"prep", "amod", "acl"})
# Clauses on a noun: "the claim that ...", "a memo which ...".
NOUN_CLAUSES = frozenset({"acl", "relcl"})
# Clauses a noun takes as its complement: "the claim that X will pay".
NOUN_COMPLEMENTS = frozenset({"acl", "ccomp", "relcl"})
# What makes a clause complete without an object pointed to from outside: "that X will pay the bill".
CLAUSE_COMPLETERS = frozenset({"dobj", "ccomp", "xcomp", "attr", "acomp", "oprd", "nsubjpass", "auxpass"})
# A participle or clause after an object: "cited X expressing ...".
PARTICIPLE_LINKS = frozenset({"xcomp", "acl", "advcl"})
# A verb that takes its subject from the verb it hangs on: "spoke and warned", "went on to say", "while saying".
SUBJECT_SHARING_LINKS = frozenset({"conj", "advcl", "xcomp", "pcomp"})
# A clause under a preposition: "with X reporting ...".
PREPOSITIONAL_CLAUSES = frozenset({"pcomp", "advcl"})
# Roles in which a past participle is a finite verb, not an adjective.
FINITE_CLAUSE_ROLES = frozenset({"ROOT", "conj", "ccomp", "advcl", "relcl"})
# Links of a phrase through which a relative clause may hang on the name it describes.
NOUN_PHRASE_LINKS = frozenset({"appos", "pobj", "prep"})
# Complements that predicate something of an object: "called the plan 'reckless'".
PREDICATE_COMPLEMENTS = frozenset({"oprd", "xcomp", "attr", "ccomp"})
# Words that may stand between a quotation and its attribution: "..., he later said".
ATTRIBUTION_FILLERS = frozenset({"advmod", "aux", "neg"})
# Connectives that may stand between a cue and the quotation it introduces: "and, later, ...".
CONNECTIVES = frozenset({"cc", "advmod", "npadvmod"})

# w3roles: single labels the role rules ask about by name.
# The owner before a noun: "X's" in "X's minister".
POSSESSORS = frozenset({"poss"})
# An active subject only: "X" in "X sent Y", not in "X was sent".
ACTIVE_SUBJECTS = frozenset({"nsubj"})


def children_with(token: Token, labels: frozenset[str]) -> list[Token]:
    """The children of ``token`` attached by one of ``labels``."""
    return [child for child in token.children if child.dep_ in labels]


def has_child(token: Token, labels: frozenset[str]) -> bool:
    """``token`` has a child attached by one of ``labels``."""
    return any(child.dep_ in labels for child in token.children)
