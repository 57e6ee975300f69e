"""Dependency labels the deployment readers test, named once: one predicate per label or group of labels."""

from __future__ import annotations

from spacy.tokens import Token

# Groups of labels, named for the role they share.
SUBJECT_LABELS = frozenset({"nsubj", "nsubjpass"})
MODIFIER_LABELS = frozenset({"amod", "compound"})
DESCRIBING_CLAUSE_LABELS = frozenset({"acl", "relcl"})
PASSIVE_LABELS = frozenset({"auxpass", "nsubjpass"})
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
# What names whose a noun is: "Chilean troops", "Chad's soldiers", "the Peru-based unit".
OWNER_LABELS = frozenset({"amod", "compound", "poss", "nmod", "npadvmod"})
# The words of a noun phrase without its clauses.
PHRASE_LABELS = frozenset({"amod", "compound", "poss", "nmod", "det", "appos"})
LOCATIVE_LABELS = frozenset({"prep", "advmod"})


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
