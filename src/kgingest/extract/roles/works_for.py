"""An affiliation a verb gives: "X works for Acme", "X, who worked at Acme, ..." (no post named)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kgingest.extract.dependencies import SUBJECTS
from kgingest.extract.index import token_facts
from kgingest.extract.roles.context import Found, RoleContext
from kgingest.extract.roles.words import WORKPLACE_PREPOSITIONS, WORKPLACE_VERBS
from kgingest.model import ActorType


def workplaces(context: RoleContext) -> Iterator[tuple[str, Found]]:
    """(person key, affiliation) for every person the text says works for or at a named organization."""
    facts = token_facts(context.doc)
    for i, lemma in enumerate(facts.lemmas):
        if facts.tags[i] != "VERB" or lemma.lower() not in WORKPLACE_VERBS:
            continue
        verb = context.doc[i]
        if context.quoted(verb):
            continue
        holder = _worker(context, verb)
        if holder is None:
            continue
        for prep in (c for c in verb.children if c.dep_ in ("prep", "dative") and c.lower_ in WORKPLACE_PREPOSITIONS):
            place = next((c for c in prep.children if c.dep_ == "pobj"), None)
            ref = context.mention_at(place) if place is not None else None
            if ref is None or ref.is_place or not context.is_type_key(ref.key, ActorType.ORGANIZATION):
                continue
            begin = min(verb.idx, ref.span.begin)
            yield holder, Found(None, ref.key, begin, ref.span.end)


def _worker(context: RoleContext, verb: Token) -> str | None:
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if subject is None:
        return None
    if subject.lower_ in ("who", "that") and verb.dep_ == "relcl":
        subject = verb.head  # "X, who works at Acme"
    ref = context.mention_at(subject)
    if ref is None and subject.pos_ == "PRON":
        key = context.antecedents.resolve_pronoun(subject)
    else:
        key = ref.key if ref is not None and not ref.is_place else None
    return key if key is not None and context.is_type_key(key, ActorType.PERSON) else None
