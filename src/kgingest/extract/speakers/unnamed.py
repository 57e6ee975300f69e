"""Speakers the article does not name, added as actors of their own: "analysts", "its governor"."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kgingest.extract.dependencies import NOUN_CLAUSES, PREPOSITIONS, RIGHT_NOUN_MODIFIERS
from kgingest.extract.index import doc_text, unnamed_actor_key
from kgingest.extract.lexicon import (
    COUNTING_PARTITIVES,
    EVIDENCE_VERBS,
    ORGANIZATION_NOUNS,
)
from kgingest.extract.speakers.earlier import organization_by_description
from kgingest.extract.speakers.grammar import (
    MODIFIER_DEPS,
    clean_name,
    objects,
    of_after,
    post_title,
    unspecified_people,
    unspecified_person,
)
from kgingest.model import ActorType, Span

if TYPE_CHECKING:
    from kgingest.extract.speakers import SpeakerResolver


def unnamed_post_holder(r: SpeakerResolver, head: Token, owner: Token) -> str | None:
    """A post holder the article does not name: "its governor" becomes "governor of <the owner>".

    The owner ("its", "the province's", "Ostravia's") is resolved to an actor when it can be, and the
    post holder is a member of it; the phrase as written stays an alias."""
    owner_key = r.resolve_pronoun(owner) if owner.pos_ == "PRON" else r.named(owner) or r.described(owner, create=False)
    owner_actor = r.index.actor(owner_key) if owner_key is not None else None
    if owner_actor is not None:
        owner_name = owner_actor.name
    elif owner.pos_ != "PRON":
        owner_name = clean_name(r.doc[owner.left_edge.i : owner.i + 1].text)
    else:
        return None
    phrase = r.noun_phrase(head)
    span = Span(phrase.start_char, phrase.end_char, phrase.text)
    key = r.index.ensure_actor(ActorType.PERSON, f"{post_title(head)} of {owner_name}", span)
    actor = r.index.actor(key)
    if actor is None:
        return key
    if owner_actor is not None and owner_actor.key != key and actor.member_of is None:
        actor.member_of = owner_actor.key
    written = clean_name(phrase.text)
    if written != actor.name and written not in actor.aliases:
        actor.aliases.append(written)
    return key


def owned_organization(r: SpeakerResolver, head: Token, owner: Token) -> str | None:
    """ "her campaign", "his foundation": an organization the article does not name, named after its owner
    ("campaign of Jane Roe"); the phrase as written stays an alias."""
    owner_key = r.resolve_pronoun(owner)
    owner_actor = r.index.actor(owner_key) if owner_key is not None else None
    if owner_actor is None:
        return None
    phrase = r.noun_phrase(head)
    span = Span(phrase.start_char, phrase.end_char, phrase.text)
    words = [t.text for t in phrase if t.i != owner.i]
    key = r.index.ensure_actor(ActorType.ORGANIZATION, f"{' '.join(words)} of {owner_actor.name}", span)
    actor = r.index.actor(key)
    written = clean_name(phrase.text)
    if actor is not None and written != actor.name and written not in actor.aliases:
        actor.aliases.append(written)
    return key


def named_owner_organization(r: SpeakerResolver, head: Token, owner: Token, owner_key: str) -> str:
    """ "President Jane Roe's administration said": an organization of a named owner, named from the owner's name
    on ("Jane Roe's administration"): a title before the name is the owner's, not part of the organization's name.
    The whole phrase stays an alias."""
    phrase = r.noun_phrase(head)
    owner_end = owner.idx + len(owner.text)
    starts = [
        m.span.begin
        for m in r.index.mentions_in(phrase.start_char, owner_end)
        if m.key == owner_key and m.span.begin <= owner.idx < m.span.end
    ]
    return new_actor(r, head, ActorType.ORGANIZATION, name_from=min(starts) if starts else None)


def state_modifier(r: SpeakerResolver, head: Token) -> str | None:
    """The State named in front of an organization noun: "Ostravia's foreign ministry", "the Ostravian army"."""
    for child in head.lefts:
        if child.dep_ in MODIFIER_DEPS:
            key = r.token_key(child)
            actor = r.index.actor(key) if key is not None else None
            if actor is not None and actor.type is ActorType.STATE:
                return actor.key
    return None


def state_organ(r: SpeakerResolver, head: Token, state: str) -> str:
    """An organ of ``state`` the actor stage did not name ("Ostravia's foreign ministry"): part of that state."""
    phrase = r.noun_phrase(head)
    span = Span(phrase.start_char, phrase.end_char, phrase.text)
    key = r.index.ensure_actor(ActorType.ORGANIZATION, clean_name(phrase.text), span)
    actor = r.index.actor(key)
    if actor is not None and actor.part_of is None:
        actor.part_of = state
    return key


def with_post_complement(phrase: SpacySpan, head: Token) -> SpacySpan:
    """ "the former minister of justice", "a director of communications": an "of" phrase with a bare common noun
    completes the post and belongs to its name ("of the board", with its own article, is another phrase)."""
    following = head.doc[head.i + 1] if head.i + 1 < len(head.doc) else None
    if following is None or following.lower_ != "of" or following.head != head or following.dep_ != "prep":
        return phrase
    objects = [c for c in following.children if c.dep_ == "pobj"]
    if len(objects) != 1:
        return phrase
    complement = objects[0]
    words = head.doc[following.i + 1 : complement.i + 1]
    if any(not t.is_alpha or not t.is_lower or t.dep_ in ("det", "poss", "nummod") for t in words):
        return phrase  # "of Lyon": a place the post is held in, not part of the post's name
    if complement.pos_ not in ("NOUN", "PROPN") or complement.right_edge != complement:
        return phrase
    return head.doc[phrase.start : complement.i + 1]


def new_actor(
    r: SpeakerResolver, head: Token, actor_type: ActorType, *, name_from: int | None = None, name_to: int | None = None
) -> str:
    """Add an unnamed speaker ("analysts", "an agency spokeswoman") as an actor of its own; its name starts at
    character ``name_from`` when given, else with the phrase, and runs to character ``name_to`` when given."""
    phrase = with_post_complement(r.noun_phrase(head), head)
    span = Span(phrase.start_char, phrase.end_char, phrase.text)
    affiliation = affiliation_of(r, head)  # before the new mention covers the modifier words
    name = clean_name(phrase.text if name_from is None else doc_text(r.doc)[name_from : phrase.end_char])
    if name_to is not None and name_to > phrase.end_char:
        name = clean_name(doc_text(r.doc)[phrase.start_char if name_from is None else name_from : name_to])
    if unspecified_people(head) or unspecified_person(head):
        # "some in the party", "others who backed the plan": the words after the pronoun say who they are;
        # a bare "some" names no one, and two such groups of one article are not the same.
        name = clean_name(full_description(r, head, phrase, clauses=True))
    key = r.index.ensure_actor(actor_type, name, span)
    actor = r.index.actor(key)
    if actor is None:
        return key
    if affiliation is not None and affiliation != key and actor.member_of is None:
        actor.member_of = affiliation
    # Other verbatim forms: the whole description ("a spokeswoman for the port authority", "three sources
    # familiar with the matter") and the bare noun ("sources").
    for form in (full_description(r, head, phrase), head.text):
        form = clean_name(form)
        if form and form != actor.name and form not in actor.aliases:
            actor.aliases.append(form)
    return key


def of_phrase_end(head: Token) -> int | None:
    """Where an "of" phrase right after the noun ends, up to a comma ("the office of the mayor"): it says whose
    body the noun stands for, and two such bodies of one article are not the same (None without one)."""
    following = of_after(head)
    if following is None:
        return None
    words = head.doc[following.i + 1 : following.right_edge.i + 1]
    stop = next((t for t in words if t.is_punct), None)
    last = words[-1] if stop is None else head.doc[stop.i - 1]
    return None if last.i <= following.i else last.idx + len(last.text)


def full_description(r: SpeakerResolver, head: Token, phrase: SpacySpan, *, clauses: bool = False) -> str:
    """The noun phrase with its modifiers on the right (prepositions, "familiar with ..."; with ``clauses``
    a relative clause too: "others who backed it"), up to a comma."""
    modifiers = RIGHT_NOUN_MODIFIERS | NOUN_CLAUSES if clauses else RIGHT_NOUN_MODIFIERS
    last = head
    for child in head.rights:
        between = r.doc[last.i + 1 : child.i]
        if child.dep_ not in modifiers or any(t.is_punct and not t.is_quote for t in between) or child.tag_ == "VBG":
            break
        last = child.right_edge
    # A relative clause hung on the last noun ("... with the plan, who asked ...") is not part of the name.
    stop = next((t for t in r.doc[head.i + 1 : last.i + 1] if t.is_punct and not t.is_quote), None)
    if stop is not None:
        last = r.doc[stop.i - 1]
    end = last.idx + len(last.text)
    return doc_text(r.doc)[phrase.start_char : end]


def affiliation_of(r: SpeakerResolver, head: Token) -> str | None:
    """The organization an unnamed speaker belongs to: "a spokesperson for X", "an agency spokeswoman"."""
    for child in head.rights:
        if child.dep_ in PREPOSITIONS and child.lower_ in ("for", "of", "at", "from", "with", "in"):
            for obj in objects(child):
                key = r.named(obj) or organization_by_description(r, obj)
                if key is not None:
                    return key
    for child in head.lefts:
        if child.dep_ in MODIFIER_DEPS:
            key = r.token_key(child)
            if key is not None:
                return key
            if child.lemma_.lower() in ORGANIZATION_NOUNS:
                key = organization_by_description(r, child)
                if key is not None:
                    return key
    return None


def share_of_group(r: SpeakerResolver, head: Token, whole: Token, *, create: bool) -> str | None:
    """ "79 percent of the voters", "half of the delegates": a share of a group, a Group of its own ("79 percent
    of the voters") and part of the group when that is an actor. Without ``create`` only one made before."""
    if head.lemma_.lower() in COUNTING_PARTITIVES and any(c.dep_ == "det" and c.lower_ == "the" for c in head.lefts):
        return None  # "the number of dentists in the county": a figure, not some of the dentists
    phrase = r.noun_phrase(head)
    group = r.doc[whole.left_edge.i : whole.i + 1]
    name = clean_name(f"{phrase.text} of {group.text}")
    if not create:
        key = unnamed_actor_key(ActorType.GROUP, r.index.article_key, name)
        return key if r.index.actor(key) is not None else None
    # The whole first: a later "two of the delegates" or "the delegates" is that group, not the share.
    whole_key = r.named(whole) or r.described(whole, create=True)
    if whole_key is None and whole.tag_ == "NNS" and head.head.lemma_.lower() in EVIDENCE_VERBS:
        # "half of the burglaries suggest ...", "a number of studies show ...": a share of things says nothing
        # (a plural for people or bodies is described above; "half of the crowd" may still speak). Only with a verb of
        # evidence: "sixty percent of businesses said", "half of the hospitals report" speak, though neither plural
        # is described
        return None
    span = Span(phrase.start_char, phrase.end_char, phrase.text)
    key = r.index.ensure_actor(ActorType.GROUP, name, span)
    actor = r.index.actor(key)
    if actor is not None and whole_key is not None and whole_key != key and actor.member_of is None:
        actor.member_of = whole_key
    return key


def ratio_of_group(r: SpeakerResolver, head: Token, whole: Token, *, create: bool) -> str | None:
    """ "three in ten nurses said": that share of the group speaks, a Group named by the whole ratio ("Three in ten
    nurses"), part of the group when that is an actor. Without ``create`` only one made before."""
    phrase = r.noun_phrase(head)
    words = r.doc[phrase.start : whole.i + 1]
    name = clean_name(words.text)
    if not create:
        key = unnamed_actor_key(ActorType.GROUP, r.index.article_key, name)
        return key if r.index.actor(key) is not None else None
    whole_key = r.named(whole)
    key = r.index.ensure_actor(ActorType.GROUP, name, Span(words.start_char, words.end_char, words.text))
    actor = r.index.actor(key)
    if actor is not None and whole_key is not None and whole_key != key and actor.member_of is None:
        actor.member_of = whole_key
    return key


def member_of_named(
    r: SpeakerResolver, head: Token, group: str, *, create: bool, actor_type: ActorType = ActorType.PERSON
) -> str | None:
    """ "one Ohio Republican", "a Labour official": one person of the named party or body, a Person of
    its own ("one Ohio Republican") and its member; "Greens who backed her" (``actor_type`` Group):
    some of its members. Without ``create`` only one made before."""
    phrase = r.noun_phrase(head)
    name = clean_name(phrase.text)
    if not create:
        key = unnamed_actor_key(actor_type, r.index.article_key, name)
        return key if r.index.actor(key) is not None else None
    span = Span(phrase.start_char, phrase.end_char, phrase.text)
    key = r.index.ensure_actor(actor_type, name, span)
    actor = r.index.actor(key)
    if actor is not None and group != key and actor.member_of is None:
        actor.member_of = group
    return key
