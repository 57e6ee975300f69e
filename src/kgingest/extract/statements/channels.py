"""Who carried the words: media addressees ("told the paper") and quoting channels ("X, quoting Y, said")."""

from __future__ import annotations

import re

from spacy.tokens import Token

from kgingest.extract.dependencies import (
    ADVERBIAL_CLAUSES,
    CLAUSE_COMPLEMENTS,
    DIRECT_OBJECTS,
    OBJECTS,
    OWNER_OR_COMPOUND,
    PARTICIPLE_LINKS,
    PREPOSITION_OBJECTS,
    PREPOSITIONS,
    VERB_OBJECTS,
)
from kgingest.extract.document import lead_dateline
from kgingest.extract.lexicon import (
    ADDRESSEE_VERBS,
    CHANNEL_VERBS,
    DOCUMENT_NOUNS,
    MEDIA_WORDS,
    PERSON_NOUNS,
    SPEAKING_VERBS,
)
from kgingest.extract.speakers.grammar import is_kind
from kgingest.extract.statements.context import Cue, StatementContext
from kgingest.extract.statements.dating import date_tokens_of
from kgingest.extract.statements.syntax import subject_of, token_end
from kgingest.model import ActorType, Span


def medium_of(ctx: StatementContext, verb: Token) -> str | None:
    """The news outlet the words were said to: "told the Daily Courier", "in an interview with X",
    "speaking to X's morning programme". Only an Organization that the phrase marks as a medium counts."""
    for noun, interview in medium_candidates(verb):
        key = medium_actor(ctx, noun, interview=interview)
        if key is not None:
            return key
    return None


def medium_actor(ctx: StatementContext, noun: Token, *, interview: bool) -> str | None:
    """The Organization ``noun`` (or its possessor or compound) names, when the phrase marks it as a medium:
    an interview partner, a media word in the phrase or the name, or the outlet credited in the dateline."""
    phrase = noun.head.head if noun.head.head.lemma_.lower() in SPEAKING_VERBS else noun
    words = {t.lower_ for t in phrase.subtree}  # "speaking to X's morning programme", however parsed
    for token in [noun, *(c for c in noun.children if c.dep_ in OWNER_OR_COMPOUND)]:
        key = ctx.resolver.resolve(token, create=False)
        actor = ctx.index.actor(key) if key is not None else None
        if actor is None or actor.type is not ActorType.ORGANIZATION:
            continue
        name_words = {w.lower() for w in re.findall(r"\w+", actor.name)}
        if interview or (words | name_words) & MEDIA_WORDS or credited_in_dateline(ctx, actor.mentions):
            return key
    return None


def credited_in_dateline(ctx: StatementContext, mentions: list[Span]) -> bool:
    """ "CITY, May 2 (Agency) -": the outlet credited in the article's dateline is a news medium."""
    starts = (paragraph.begin for paragraph in ctx.paragraphs)
    dateline = lead_dateline(ctx.text, starts, ctx.in_heading)
    return dateline is not None and any((m.begin, m.end) == dateline.agency for m in mentions)


def take_quoting_participle(ctx: StatementContext, cue: Cue, phrase_end: Token) -> Token:
    """ "According to X, quoting Y, ...": Y is the speaker, X the channel that carried it.

    Returns the last word of the attribution (the participle phrase when there is one)."""
    after = ctx.next_word(phrase_end)
    if after is None or after.lemma_.lower() not in CHANNEL_VERBS or after.tag_ != "VBG":
        return phrase_end
    principal = channel_object(ctx, after)
    if principal is None:
        return phrase_end
    cue.channel, cue.speaker, cue.speaker_head, cue.source_head = cue.speaker, principal, None, None
    ctx.consumed.add(after.i)
    return after.right_edge


def channel_object(ctx: StatementContext, verb: Token) -> str | None:
    """The actor a "quoting"/"citing" participle names, when it names one."""
    obj = next((c for c in verb.children if c.dep_ in OBJECTS), None)
    if obj is None:
        return None
    return ctx.resolver.resolve(obj, create=False)


def channel_chain(ctx: StatementContext, cue: Cue) -> bool:
    """ "X cited Y expressing ...": Y speaks, X is the channel. True when the verb was only a channel."""
    token = cue.token
    obj = next((c for c in token.children if c.dep_ in DIRECT_OBJECTS), None)
    if obj is None:
        return False
    principal = ctx.resolver.resolve(obj, create=False)
    human = obj.lemma_.lower() in PERSON_NOUNS or obj.lower_ in PERSON_NOUNS
    if principal is None and not human:
        return False  # "cited figures": the subject's own statement
    participle = speaking_participle(ctx, token, obj)
    if participle is None and is_kind(obj, DOCUMENT_NOUNS):
        return False  # "citing a poll by X": the subject's own statement, pointing to the poll
    if participle is None or principal is None:
        return True  # "quoted unnamed officials ...": no content of its own
    ctx.consumed.add(participle.i)
    cue.channel, cue.speaker, cue.speaker_head, cue.source_head = cue.speaker, principal, None, obj
    # "quoted Y as saying the pier is safe": what Y said follows the participle; "cited Y expressing sorrow":
    # the participle is itself the words' gist
    said = [c for c in participle.rights if c.dep_ in CLAUSE_COMPLEMENTS]
    begin = said[0].left_edge.idx if said else obj.left_edge.idx
    cue.content = ctx.clip(begin, token_end(participle.right_edge), token) if said else None
    cue.content = cue.content or ctx.extend_over_quotes(begin, token_end(participle.right_edge))
    cue.date_tokens = date_tokens_of(ctx, token, cue.content)
    return True


def speaking_participle(ctx: StatementContext, verb: Token, obj: Token) -> Token | None:
    """ "cited Y expressing ...", "quoted Y as saying ...": the participle that says what Y said."""
    for child in [*obj.children, *verb.children]:
        if child.i <= obj.i:
            continue
        if child.dep_ in PARTICIPLE_LINKS and child.tag_ == "VBG" and child.i - obj.right_edge.i <= 2:
            return child
        if child.dep_ in PREPOSITIONS and child.lower_ == "as":
            participle = next((c for c in child.children if c.tag_ == "VBG"), None)
            if participle is not None:
                return participle
    return None


def apply_channel_participle(ctx: StatementContext, cue: Cue) -> None:
    """ "X said, quoting Y, ...": Y is the speaker and X the channel."""
    subject = subject_of(cue.token)
    around = [*cue.token.children, *(subject.children if subject is not None else [])]
    for child in around:
        if child.lemma_.lower() in CHANNEL_VERBS and child.tag_ == "VBG":
            principal = channel_object(ctx, child)
            if child.lemma_.lower() == "cite" and (
                cites_a_source(ctx, child)  # "X, citing the Ledger, said": X speaks; the source's is another statement
                or (principal is None and not cites_people(child))  # "said, citing the cost of fuel": a reason given
            ):
                continue
            ctx.consumed.add(child.i)
            if principal is not None:
                cue.channel, cue.speaker, cue.speaker_head, cue.source_head = cue.speaker, principal, None, None
            if cue.content is not None and child.idx <= cue.content[0] < token_end(child.right_edge):
                cue.content = None


def cites_a_source(ctx: StatementContext, verb: Token) -> bool:
    """ "citing the Daily Ledger", "citing a report in X": a medium or a document named as where the subject had it
    from. The subject still speaks; the source neither speaks nor carried the subject's words. Not a people
    ("citing Norwegians"), who may well be what the subject cited."""
    obj = next((c for c in verb.children if c.dep_ in OBJECTS), None)
    if obj is None:
        return False
    if is_kind(obj, DOCUMENT_NOUNS) or medium_actor(ctx, obj, interview=False) is not None:
        return True
    # a name the article gives no actor ("citing the Harbor Ledger"): no one cited who could have carried words
    return obj.tag_ == "NNP" and obj.ent_type_ != "NORP" and ctx.resolver.resolve(obj, create=False) is None


def cites_people(verb: Token) -> bool:
    """ "citing unnamed officials", "citing sources": the people cited carried the words; no statement of its own."""
    obj = next((c for c in verb.children if c.dep_ in OBJECTS), None)
    return obj is not None and (obj.lemma_.lower() in PERSON_NOUNS or obj.lower_ in PERSON_NOUNS | {"sources"})


def medium_candidates(verb: Token) -> list[tuple[Token, bool]]:
    """Nouns the words may have been said to, each with whether it was in an interview: the addressee of "told",
    the partner of "in an interview with", the object of "speaking to"."""
    candidates: list[tuple[Token, bool]] = []
    lemma = verb.lemma_.lower()
    for child in verb.children:
        if child.dep_ in VERB_OBJECTS and lemma in ADDRESSEE_VERBS and child.i > verb.i:
            candidates.append((child, False))
        elif child.dep_ in PREPOSITIONS and child.lower_ == "in":
            for noun in child.children:
                if noun.dep_ in PREPOSITION_OBJECTS and noun.lemma_.lower() == "interview":
                    with_ = [p for p in noun.children if p.dep_ in PREPOSITIONS and p.lower_ == "with"]
                    candidates += [(o, True) for p in with_ for o in p.children if o.dep_ in PREPOSITION_OBJECTS]
                    # "told X in an interview": the addressee named before is the interview partner too.
                    candidates = [(c, True) for c, _ in candidates]
        elif child.dep_ in ADVERBIAL_CLAUSES and child.lemma_.lower() in SPEAKING_VERBS:
            to = [p for p in child.children if p.dep_ in PREPOSITIONS and p.lower_ == "to"]
            candidates += [(o, False) for p in to for o in p.children if o.dep_ in PREPOSITION_OBJECTS]
    return candidates
