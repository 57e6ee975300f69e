"""Who issued a document that speaks: "the ministry's report", "figures from X", "the report" again."""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from spacy.tokens import Token

from kgingest.extract.antecedents import is_subject
from kgingest.extract.dependencies import (
    ACTIVE_SUBJECTS,
    CLAUSE_COMPLEMENTS,
    DIRECT_OBJECTS,
    NOUN_CLAUSES,
    NOUN_COMPOUNDS,
    NOUN_PARTICIPLES,
    PASSIVE_AGENTS,
    POSSESSORS,
    PREPOSITION_OBJECTS,
    PREPOSITIONS,
)
from kgingest.extract.lexicon import (
    COLLECTIVE_NOUNS,
)
from kgingest.extract.speakers.grammar import (
    DESCRIPTION_SENTENCES,
    ISSUING_VERBS,
    MODIFIER_DEPS,
    is_definite,
    objects,
)
from kgingest.model import ActorType, Span

if TYPE_CHECKING:
    from kgingest.extract.speakers import SpeakerResolver


# Prepositions before a document's issuer: "figures from X", "reports in the Courier", "a memo by X".
ISSUER_PREPOSITIONS = frozenset({"by", "from", "in"})
MAKER_PREPOSITIONS = frozenset({"by", "from"})


def document_author(r: SpeakerResolver, head: Token, *, create: bool = False) -> str | None:
    """Who issued a document: "the ministry's report", "the agency report", "a memo seen by X"."""
    for child in head.lefts:
        if child.dep_ in MODIFIER_DEPS:
            key = r.token_key(child)
            if key is None and child.pos_ == "PRON" and child.dep_ in POSSESSORS:
                key = r.resolve_pronoun(child)
            if key is None and child.pos_ in ("NOUN", "PROPN") and child.dep_ in POSSESSORS:
                # "the campaign's statement", "the senator's letter": whoever the owner stands for wrote it
                key = r.resolve(child, create=create)
            if key is not None:
                return key
    for child in head.lefts:
        # "media reports": the unnamed collective behind the document.
        if child.dep_ in NOUN_COMPOUNDS and child.lower_ in COLLECTIVE_NOUNS:
            span = Span(child.idx, child.idx + len(child.text), child.text)
            return r.index.ensure_actor(ActorType.GROUP, child.text, span)
    for child in head.rights:
        key = issuer_in_phrase(r, child, create=create)
        if key is not None:
            return key
    issuer = next((c for c in head.lefts if c.dep_ in NOUN_COMPOUNDS and c.pos_ == "PROPN"), None)
    if create and issuer is not None:
        # "a national Pollco poll": the name in front of the document is its issuer, though no actor yet
        words = head.doc[issuer.left_edge.i : issuer.i + 1]
        span = Span(words.start_char, words.end_char, words.text)
        return r.index.ensure_actor(ActorType.ORGANIZATION, words.text, span)
    # "the report" again: who issued the last such document. Not whoever spoke last: that may be a witness.
    key = earlier_document_author(r, head) if is_definite(head) else None
    if key is None and is_definite(head):
        key = doer_of_the_act(r, head)
    if key is None:
        key = writer_of_clause(r, head, create=create)
    if key is None and create:
        key = unnamed_authors(r, head)
    return key


def doer_of_the_act(r: SpeakerResolver, head: Token) -> str | None:
    """ "X filed for bankruptcy ... The filing showed ...", "the court ruled ... The ruling said ...": a document
    named by the act that made it is the doer's of the nearest earlier verb of that act, a few sentences back."""
    lemma = head.lemma_.lower()
    if not lemma.endswith("ing") or len(lemma) < MIN_ACT_NOUN:
        return None
    stem = lemma[: -len("ing")]
    acts = {stem, f"{stem}e"}  # "finding" -> find, "filing" -> file, "ruling" -> rule
    position = r.sentences.position(head.sent) or 0
    first = r.sentences.sentences[max(0, position - DESCRIPTION_SENTENCES)].start
    for token in reversed(r.doc[first : head.i]):
        if token.pos_ == "VERB" and token.lemma_.lower() in acts:
            subject = next((c for c in token.children if c.dep_ in ACTIVE_SUBJECTS), None)
            return r.resolve(subject, create=False) if subject is not None else None
    return None


# The shortest noun of an act read as a document ("filing"): shorter "-ing" words are no such nouns ("king").
MIN_ACT_NOUN = 6


def writer_of_clause(r: SpeakerResolver, head: Token, *, create: bool) -> str | None:
    """ "Rua resigned in a letter stating ...", "she answered by email": a document the clause's subject acted
    through is that subject's."""
    prep = head.head
    if head.dep_ not in PREPOSITION_OBJECTS or prep.dep_ not in PREPOSITIONS or prep.lower_ not in WRITTEN_THROUGH:
        return None
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in verb.children if c.dep_ in ACTIVE_SUBJECTS), None)
    return r.resolve(subject, create=create) if subject is not None else None


# Prepositions that put a document as the means of the clause's act: "in a letter", "by email", "via a post".
WRITTEN_THROUGH = frozenset({"in", "by", "via", "through"})


def unnamed_authors(r: SpeakerResolver, head: Token) -> str:
    """ "A court filing says ...", "according to a fresh census": a document whose issuer the article does not
    give speaks for its unnamed authors, a Group named after it ("authors of a fresh census"). A definite
    "the census" later is the same document as the last one of its kind, so it has the same authors."""
    lemma = head.lemma_.lower()
    phrase = r.noun_phrase(head)
    if is_definite(head):
        for at, kind, key in reversed(r.document_authors):
            if at < head.idx and kind == lemma:
                r.index.add_mention(key, Span(head.idx, head.idx + len(head.text), head.text))
                written_as(r, key, phrase.text)
                return key
    words = phrase.text.split()
    if words and words[0].lower() in ARTICLES:
        words[0] = words[0].lower()
    span = Span(phrase.start_char, phrase.end_char, phrase.text)
    key = r.index.ensure_actor(ActorType.GROUP, f"authors of {' '.join(words)}", span)
    written_as(r, key, phrase.text)
    r.document_authors.append((head.idx, lemma, key))
    return key


def record_keeper(r: SpeakerResolver, head: Token) -> str:
    """A record "by X" or "from X" that "according to" names (figures, a count): X keeps it; otherwise its unnamed
    keepers ("authors of a count")."""
    for phrase in head.rights:
        key = issuer_in_phrase(r, phrase, create=False, prepositions=MAKER_PREPOSITIONS)
        if key is not None:
            return key
    return unnamed_authors(r, head)


def written_as(r: SpeakerResolver, key: str, text: str) -> None:
    """Keep the document's phrase as written among its unnamed authors' names: the article names them only by
    what they wrote ("recent reports say")."""
    actor = r.index.actor(key)
    written = " ".join(text.split())
    if actor is not None and written and written != actor.name and written not in actor.aliases:
        actor.aliases.append(written)


# Articles lowercased when a document's phrase is set inside its authors' name: "authors of a new study".
ARTICLES = frozenset({"the", "a", "an"})


def issuer_in_phrase(
    r: SpeakerResolver, phrase: Token, *, create: bool, prepositions: frozenset[str] = ISSUER_PREPOSITIONS
) -> str | None:
    """The issuer a phrase after a document noun names: "figures from X", "reports in Y", "a memo seen by X"."""
    if phrase.dep_ in PREPOSITIONS and phrase.lower_ in prepositions:
        for obj in objects(phrase):
            key = r.named(obj) or r.described(obj, create=create)
            if key is not None:
                return key
    if phrase.dep_ in NOUN_PARTICIPLES:
        for agent in (c for c in phrase.children if c.dep_ in PASSIVE_AGENTS):
            for obj in objects(agent):
                key = r.named(obj)
                if key is not None:
                    return key
    return None


def earlier_document_author(r: SpeakerResolver, head: Token) -> str | None:
    positions = r.noun_positions.get(head.lemma_.lower(), [])
    for position in reversed(positions[: bisect.bisect_left(positions, head.i)]):
        earlier = r.doc[position]
        for child in earlier.lefts:
            if child.dep_ in MODIFIER_DEPS:
                key = r.token_key(child)
                if key is not None:
                    return key
        key = issuer_of_earlier(r, earlier)
        if key is not None:
            return key
        # "X said in a report that ... The report found ...": who spoke in the sentence that brought it up, when
        # the document belongs to the saying itself, not to what was said ("X said he saw nothing in the report"),
        # nor spoke there itself ("The report cited a memo": whoever that sentence's speaker is, not its author).
        if inside_reported_clause(earlier) or is_subject(earlier):
            continue
        sentence = earlier.sent
        speakers = [key for at, key in r.recent_speakers if sentence.start_char <= at < sentence.end_char]
        if speakers:
            return speakers[-1]
    return None


def issuer_of_earlier(r: SpeakerResolver, earlier: Token) -> str | None:
    """Who put out an earlier mention of the document: "a report released by X", "X gave a speech", "X and Y
    filed a suit"."""
    for child in earlier.rights:
        # "a census in Ostravia" is about the place; the paper the poll was "in" is said of the document that speaks
        key = issuer_in_phrase(r, child, create=False, prepositions=MAKER_PREPOSITIONS)
        if key is not None:
            return key
    verb = earlier.head
    if earlier.dep_ in DIRECT_OBJECTS and verb.lemma_.lower() in ISSUING_VERBS:
        subject = next((c for c in verb.children if c.dep_ in ACTIVE_SUBJECTS), None)
        if subject is not None:
            return r.resolve(subject, create=False)
    return None


def inside_reported_clause(token: Token) -> bool:
    """The word stands in a clause hung under another ("X said [he saw it in the report]", "a man [who read the
    report]"), not in the main clause of its sentence."""
    while token.head.i != token.i:
        if token.dep_ in CLAUSE_COMPLEMENTS or token.dep_ in NOUN_CLAUSES:
            return True
        token = token.head
    return False
