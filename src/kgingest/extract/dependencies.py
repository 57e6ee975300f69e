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
# The noun after a copula that says what its subject is: "Roe was the first mayor".
PREDICATE_NOUNS = frozenset({"attr"})
# The predicate an object is given: "called the plan reckless".
OBJECT_PREDICATES = frozenset({"oprd"})
# Words that may stand between a quotation and its attribution: "..., he later said".
ATTRIBUTION_FILLERS = frozenset({"advmod", "aux", "neg"})
# Connectives that may stand between a cue and the quotation it introduces: "and, later, ...".
CONNECTIVES = frozenset({"cc", "advmod", "npadvmod"})

# ------------------------------------------------------------ single attachments, named for what they mean
# (asked about by the statement, speaker and role rules).
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
ADVERBIAL_MODIFIERS = frozenset({"advmod"})
# A clause taking its subject from the verb it hangs on: "refused to say".
OPEN_COMPLEMENTS = frozenset({"xcomp"})
# A clause under a preposition: "known for saying".
PREPOSITION_CLAUSES = frozenset({"pcomp"})
# A clause set beside another without a link: "..., she said, ...".
PARENTHETICALS = frozenset({"parataxis"})
# A word the parser could not label, hung on the nearest verb: "The fix" of "The fix, she told them, was simple".
UNLABELLED = frozenset({"dep"})
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
# The subject of a passive verb: "the closure" of "the closure was confirmed by X".
PASSIVE_SUBJECTS = frozenset({"nsubjpass"})
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


def has_child(token: Token, labels: frozenset[str]) -> bool:
    """``token`` has a child attached by one of ``labels``."""
    return any(child.dep_ in labels for child in token.children)


# ------------------------------------------------------------------ the deployment readers' groups
# (SUBJECTS, PASSIVE_MARKERS, NOUN_MODIFIERS and NOUN_CLAUSES above serve them too.)

# Every kind of clause subject, the expletive "there" included: what a clause's own frame holds.
CLAUSE_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
# Clauses that start a new statement or description: a sending inside one is that clause's, not its head's.
CLAUSE_BOUNDARIES = frozenset({"ccomp", "parataxis", "relcl"})
# A clause that is the complement, conjunct or description of another: its mood may come from that other clause.
EMBEDDED_LABELS = frozenset({"xcomp", "ccomp", "conj", "acl"})
CHAINED_LABELS = frozenset({"xcomp", "conj", "acl"})
# "X decided to send troops", "X met and sent troops", "X is ready to send troops": the subject of the first
# verb sends.
SENDING_CHAIN_LABELS = frozenset({"xcomp", "conj", "acomp"})
GOVERNED_LABELS = frozenset({"ccomp", "xcomp", "conj", "advcl"})
COMPLEMENT_LABELS = frozenset({"ccomp", "xcomp"})
PURPOSE_LABELS = frozenset({"advcl", "xcomp"})
PREPOSITION_LABELS = frozenset({"prep", "dative"})
OBJECT_OF_PREPOSITION_LABELS = frozenset({"pobj", "pcomp"})
CLAUSE_FRAME_LABELS = frozenset({"mark", "cc", "punct"})
# What names whose a noun is: "Chilean troops", "Ruritania's soldiers", "the Peru-based unit".
OWNER_LABELS = frozenset({"amod", "compound", "poss", "nmod", "npadvmod"})
# The words of a noun phrase without its clauses.
PHRASE_LABELS = frozenset({"amod", "compound", "poss", "nmod", "det", "appos"})
LOCATIVE_LABELS = frozenset({"prep", "advmod"})
# Words before a noun that make it more of the same: "more troops", "another battalion", "further deployed".
REINFORCING_MODIFIER_LABELS = frozenset({"amod", "det", "advmod"})
# An infinitive completing a verb or adjective, whose subject it shares: "is due to deploy", "are set to arrive".
RAISING_LABELS = frozenset({"xcomp", "acomp"})
# What tells a force's size or owner: "900 troops", "its troops".
COUNT_OR_OWNER_LABELS = frozenset({"nummod", "poss"})


def has_label(token: Token, labels: frozenset[str]) -> bool:
    return token.dep_ in labels


def _word_in(token: Token, words: tuple[str, ...]) -> bool:
    return not words or token.lower_ in words


def is_prep(token: Token, *words: str) -> bool:
    """A preposition, one of ``words`` when given."""
    return token.dep_ == "prep" and _word_in(token, words)


def is_pobj(token: Token) -> bool:
    return token.dep_ == "pobj"


def is_dobj(token: Token) -> bool:
    return token.dep_ == "dobj"


def is_nsubj(token: Token) -> bool:
    return token.dep_ == "nsubj"


def is_nsubjpass(token: Token) -> bool:
    return token.dep_ == "nsubjpass"


def is_det(token: Token, *words: str) -> bool:
    """A determiner, one of ``words`` when given."""
    return token.dep_ == "det" and _word_in(token, words)


def is_aux(token: Token, *words: str) -> bool:
    """An auxiliary, one of ``words`` when given."""
    return token.dep_ == "aux" and _word_in(token, words)


def is_to_infinitive(verb: Token) -> bool:
    """The verb has "to" as its auxiliary: "to send", "to be deployed"."""
    return any(is_aux(child, "to") for child in verb.children)


def is_relcl(token: Token) -> bool:
    return token.dep_ == "relcl"


def is_poss(token: Token) -> bool:
    return token.dep_ == "poss"


def is_conj(token: Token) -> bool:
    return token.dep_ == "conj"


def is_ccomp(token: Token) -> bool:
    return token.dep_ == "ccomp"


def is_xcomp(token: Token) -> bool:
    return token.dep_ == "xcomp"


def is_acl(token: Token) -> bool:
    return token.dep_ == "acl"


def is_advcl(token: Token) -> bool:
    return token.dep_ == "advcl"


def is_pcomp(token: Token) -> bool:
    return token.dep_ == "pcomp"


def is_neg(token: Token) -> bool:
    return token.dep_ == "neg"


def is_mark(token: Token, *words: str) -> bool:
    """A subordinating word ("if", "unless"), one of ``words`` when given."""
    return token.dep_ == "mark" and _word_in(token, words)


def is_advmod(token: Token) -> bool:
    return token.dep_ == "advmod"


def is_label(token: Token, label: str) -> bool:
    """A label tested once in the readers ("prt", "nummod", "appos", ...)."""
    return token.dep_ == label


def children_by_label(token: Token, label: str) -> list[Token]:
    """The children of ``token`` attached by ``label``."""
    return [child for child in token.children if child.dep_ == label]


_VOWELS = frozenset("aeiou")


def verb_lemma(token: Token) -> str:
    """The lemma, lowercased, with the silent "e" the lemmatizer drops from some one-syllable verbs restored:
    "hopes", "hoped", "hoping" come out "hop", which would double its consonant ("hops", "hopped", "hopping")."""
    lemma = token.lemma_.lower()
    word = token.lower_
    endings = ("es", "ed", "ing")
    one_syllable = sum(1 for a, b in zip(" " + lemma, lemma, strict=False) if b in _VOWELS and a not in _VOWELS) == 1
    consonant_end = len(lemma) >= 3 and lemma[-1] not in _VOWELS | {"w", "x", "y"}
    short_vowel_end = consonant_end and lemma[-2] in _VOWELS and lemma[-3] not in _VOWELS
    if one_syllable and short_vowel_end and any(word == lemma + ending for ending in endings):
        return lemma + "e"
    return lemma
