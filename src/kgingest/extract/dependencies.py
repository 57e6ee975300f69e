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


# ------------------------------------------------------------ w3stmts
# Single attachments the statement and speaker rules ask about, named for what they mean.
# A preposition on a word: "in" of "said in a statement".
PREPOSITIONS = frozenset({"prep"})
# The noun of a preposition: "statement" of "in a statement".
PREPOSITION_OBJECTS = frozenset({"pobj"})
# A participle or clause on a noun: "a statement condemning ...".
NOUN_PARTICIPLES = frozenset({"acl"})
# The direct object of a verb: "issued a statement".
DIRECT_OBJECTS = frozenset({"dobj"})
# A word opening a subordinate clause: "that", "whether", "if".
CLAUSE_MARKERS = frozenset({"mark"})
# A complement clause with its own subject: "said (that) X will pay".
CLAUSE_COMPLEMENTS = frozenset({"ccomp"})
# An owner in front of a noun: "X's", "its".
POSSESSORS = frozenset({"poss"})
# A noun set off after a noun: "her lawyer, Jane Roe".
APPOSITIONS = frozenset({"appos"})
# The second of two coordinated words: "spoke and warned".
CONJUNCTS = frozenset({"conj"})
# A relative clause: "X, who told reporters ...".
RELATIVE_CLAUSES = frozenset({"relcl"})
# A noun or name part in front of a noun: "agency" of "agency spokeswoman".
COMPOUNDS = frozenset({"compound"})
# "and", "but", "or" between coordinated words.
COORDINATORS = frozenset({"cc"})
# An auxiliary of an active verb: "has" of "has said".
ACTIVE_AUXILIARIES = frozenset({"aux"})
# A clause modifying a verb: "while saying ...", "when asked ...".
ADVERBIAL_CLAUSES = frozenset({"advcl"})
# A clause taking its subject from the verb it hangs on: "refused to say".
OPEN_COMPLEMENTS = frozenset({"xcomp"})
# A clause under a preposition: "known for saying".
PREPOSITION_CLAUSES = frozenset({"pcomp"})
# A clause set beside another without a link: "..., she said, ...".
PARENTHETICALS = frozenset({"parataxis"})
# The subject of an active verb: a speaker is one.
ACTIVE_SUBJECTS = frozenset({"nsubj"})
# A noun phrase used as an adverb: "Monday" of "said Monday".
NOUN_ADVERBIALS = frozenset({"npadvmod"})
# "not", "never" on a verb.
NEGATIONS = frozenset({"neg"})
# An adjective on a noun: "senior" of "a senior official".
ADJECTIVES = frozenset({"amod"})
# "by" naming the doer of a passive verb.
PASSIVE_AGENTS = frozenset({"agent"})
# The main verb of a sentence.
ROOTS = frozenset({"ROOT"})
# An interjection on a verb: "yes" of "said yes".
INTERJECTIONS = frozenset({"intj"})
# An adjective completing a copula: "quick" of "was quick to add".
ADJECTIVE_COMPLEMENTS = frozenset({"acomp"})
# Words counting out a noun from before it: "some", "many", "other".
QUANTIFIER_LINKS = frozenset({"det", "amod"})
# An auxiliary of a verb in either voice: "has", "was".
AUXILIARIES = frozenset({"aux", "auxpass"})


def children_with(token: Token, labels: frozenset[str]) -> list[Token]:
    """The children of ``token`` attached by one of ``labels``."""
    return [child for child in token.children if child.dep_ in labels]


def has_child(token: Token, labels: frozenset[str]) -> bool:
    """``token`` has a child attached by one of ``labels``."""
    return any(child.dep_ in labels for child in token.children)
