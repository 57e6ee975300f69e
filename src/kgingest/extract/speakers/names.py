"""Speakers named in the phrase: the head word, an apposition, a city for its state, a bare surname."""

from __future__ import annotations

import itertools
import re
from typing import TYPE_CHECKING

from spacy.tokens import Token

from kgingest.extract.dependencies import (
    APPOSITIONS,
    CONJUNCTS,
    COUNTERS,
    DETERMINERS,
    NAME_APPOSITIONS,
    NAME_PARTS,
)
from kgingest.extract.index import doc_text
from kgingest.extract.speakers.grammar import comma_conjunct, name_tokens
from kgingest.model import ActorType, Span

if TYPE_CHECKING:
    from kgingest.extract.speakers import SpeakerResolver


def named_actor(r: SpeakerResolver, head: Token) -> str | None:
    """An indexed actor mentioned by the head word itself or by its apposition."""
    key = r.token_key(head)
    if key is not None and r.actor_type(key) is ActorType.STATE and bare_singular(head):
        # "Cuban said": a demonym does not speak alone in the singular ("a Cuban", "Cubans"), a surname does
        return person_named(r, head) or key
    if key is not None:
        return key
    for child in head.rights:
        if (child.dep_ in NAME_APPOSITIONS and child.pos_ in ("PROPN", "NOUN")) or comma_conjunct(child):
            # "His lawyer, Jane Roe KC,": the name may be a compound inside the apposition, not its head.
            for word in name_tokens(child):
                key = r.token_key(word)
                if key is not None:
                    return key
    key = trailing_apposition(r, head) or name_after_employer(r, head) or titled_conjunct(r, head)
    if key is not None:
        return key
    # "Canberra said": a city standing for its state's government.
    place_key = r.index.place_at(head.idx, head.idx + len(head.text))
    if place_key is not None and head.pos_ == "PROPN":
        place = r.index.place(place_key)
        if place is not None and place.in_state and place.type.lower() in ("city", "capital"):
            return place.in_state
    return person_by_surname(r, head)


def titled_conjunct(r: SpeakerResolver, head: Token) -> str | None:
    """ "Party chairman and former mayor Jane Roe replied": a singular common noun with no article is a title
    before a name, so a person's name joined to it by "and" is the one it describes, not a second speaker."""
    if head.pos_ != "NOUN" or head.tag_ != "NN" or any(c.dep_ in DETERMINERS | COUNTERS for c in head.lefts):
        return None
    for child in head.rights:
        if child.dep_ in CONJUNCTS and child.pos_ == "PROPN":
            for word in name_tokens(child):
                key = r.token_key(word)
                if key is not None and r.actor_type(key) is ActorType.PERSON:
                    return key
    return None


def trailing_apposition(r: SpeakerResolver, head: Token) -> str | None:
    """ "Her co-star in the film, Jane Roe, said": the parser may hang the name on the last noun of the
    description; a name set off by commas that closes the subject phrase names the subject."""
    if head.pos_ not in ("NOUN", "PROPN"):  # "Head of research at ...": a capital may make a title look a name
        return None
    last = head.right_edge
    if last.is_punct:
        last = r.doc[last.i - 1]
    for token in head.subtree:
        if token.i > head.i and token.dep_ in APPOSITIONS and token.pos_ == "PROPN" and token.right_edge.i == last.i:
            for word in name_tokens(token):
                key = r.token_key(word)
                if key is not None and r.actor_type(key) is ActorType.PERSON:
                    return key
    return None


def name_after_employer(r: SpeakerResolver, head: Token) -> str | None:
    """ "Chief economist at Acme Bank Jane Roe said": a title, its employer, then the name with no comma between;
    the parser folds the name into the employer's phrase, the entity index keeps the two apart. A person's name
    closing the subject phrase right after an organization's is the one the title describes (not so in "a
    spokeswoman for Jane Roe", where the name stands alone as the object)."""
    if head.pos_ not in ("NOUN", "PROPN"):  # "Head of research at ...": a capital may make a title look a name
        return None
    last = head.right_edge
    while last.i > head.i and last.is_punct:
        last = r.doc[last.i - 1]
    end = last.idx + len(last.text)
    mentions = [m for m in r.index.mentions_in(head.idx + len(head.text), end) if not m.is_place]
    for employer, name in itertools.pairwise(mentions):
        if name.span.end != end or r.actor_type(name.key) is not ActorType.PERSON:
            continue
        if (
            r.actor_type(employer.key) in (ActorType.ORGANIZATION, ActorType.STATE)
            and doc_text(r.doc)[employer.span.end : name.span.begin].isspace()
        ):
            return name.key
    return None


def person_by_surname(r: SpeakerResolver, head: Token) -> str | None:
    """A bare surname the actor stage left unindexed ("Lund said"): the nearest earlier Person whose name ends so,
    or the nearest earlier longer mention of any actor that ends so.

    The mention is added to the index, so the graph records it too.
    """
    # Neither the entity label nor the tag is reliable on a surname ("Ozols" may come out ORG or NNS),
    # so a capitalised word that does not start the sentence is enough.
    if head.pos_ != "PROPN" and not (head.is_title and not head.is_sent_start and head.pos_ == "NOUN"):
        return None
    words = [t for t in head.lefts if t.dep_ in NAME_PARTS and t.pos_ == "PROPN"] + [head]
    if any(t.i + 1 != u.i for t, u in itertools.pairwise(words)):
        return None
    surname = [t.text for t in words]
    for mention in r.index.actor_mentions_before(head.idx):
        actor = r.index.actor(mention.key)
        if actor is None:
            continue
        person = actor.type is ActorType.PERSON
        name_words = actor.name.split()
        # An earlier mention that ends in the surname counts too: the actor's name may carry a stray word the
        # actor stage kept ("Jane Roe Miss" for "Jane Roe Miss Ohio"), its mentions are what the text says. The
        # actor stage may also have typed a person's full name as an organization; a bare last word repeating
        # an earlier full name still points back to it.
        mention_words = re.sub(r"['’]s$", "", mention.span.text).split()
        full_name = len(name_words) > len(surname) and name_words[-len(surname) :] == surname
        repeated = mention_words[-len(surname) :] == surname and (person or len(mention_words) > len(surname))
        if (person and full_name) or repeated:
            begin, end = words[0].idx, head.idx + len(head.text)
            span = Span(begin, end, doc_text(r.doc)[begin:end])
            r.index.add_mention(actor.key, span)
            return actor.key
    return None


def bare_singular(head: Token) -> bool:
    """A capitalised singular word standing alone: no article, owner or modifier ("Cuban said")."""
    return (
        head.text[:1].isupper()
        and head.tag_ in ("NNP", "NN", "JJ")
        and not any(True for _ in head.lefts)
        and not any(c.dep_ in NAME_PARTS for c in head.rights)
    )


def person_named(r: SpeakerResolver, head: Token) -> str | None:
    """The nearest earlier Person whose name ends in the word ("Jane Cuban" for "Cuban")."""
    for mention in r.index.actor_mentions_before(head.idx):
        actor = r.index.actor(mention.key)
        if actor is not None and actor.type is ActorType.PERSON and actor.name.split()[-1] == head.text:
            return actor.key
    return None
