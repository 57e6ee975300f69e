"""Speakers given by a description, dispatched by the kind of noun: state, company, organization, person."""

from __future__ import annotations

import itertools
from collections import Counter
from typing import TYPE_CHECKING

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kgingest.extract.actor_lexicon import MONTHS, NON_NAME_WORDS, WEEKDAYS
from kgingest.extract.antecedents import PRONOUN_SENTENCES
from kgingest.extract.dependencies import COMPOUNDS, NOUN_MODIFIERS, RELATIVE_CLAUSES
from kgingest.extract.index import doc_text
from kgingest.extract.lexicon import (
    AGENT_SUFFIXES,
    COLLECTIVE_NOUNS,
    COMPANY_NOUNS,
    COUNTING_PARTITIVES,
    DOCUMENT_NOUNS,
    ORGANIZATION_NOUNS,
    PARTITIVE_NOUNS,
    PERSON_NOUNS,
    word_set,
)
from kgingest.extract.speakers.documents import document_author
from kgingest.extract.speakers.earlier import (
    body_named_near,
    company_in_focus,
    earlier_fuller_description,
    earlier_group,
    earlier_informant,
    organization_by_description,
    organization_in_focus,
    person_by_title,
    post_holder,
)
from kgingest.extract.speakers.grammar import (
    DESCRIPTION_SENTENCES,
    GOVERNMENT_NOUNS,
    KIN_NOUNS,
    SPEAKING_PIECES,
    STAND_IN_ORGANIZATION_NOUNS,
    STATE_NOUNS,
    WRITTEN_PIECES,
    age_description,
    counted,
    inside_name,
    is_definite,
    is_kind,
    is_particular,
    one_more,
    place_sense,
    possessor,
    post_title,
    quantified,
    unspecified_people,
    unspecified_person,
)
from kgingest.extract.speakers.joint import counted_reference
from kgingest.extract.speakers.unnamed import (
    named_owner_organization,
    new_actor,
    of_phrase_end,
    owned_organization,
    state_modifier,
    state_organ,
    unnamed_post_holder,
)
from kgingest.gazetteer import load_gazetteer
from kgingest.model import ActorType, Span

if TYPE_CHECKING:
    from kgingest.extract.speakers import SpeakerResolver


def described_actor(r: SpeakerResolver, head: Token, *, create: bool) -> str | None:
    """The actor a description stands for ("the ministry", "the minister", "analysts"), by the noun's kind.

    With ``create`` an unnamed speaker the index lacks becomes an actor of its own."""
    if quantified(head):
        return None
    joint = counted_reference(r, head)
    if joint:  # "the two leaders said" after "Roe and Lund met ...": the first of them, the others co-speak
        return joint[0]
    lemma = head.lemma_.lower()
    lower = head.lower_
    if is_kind(head, DOCUMENT_NOUNS | WRITTEN_PIECES | SPEAKING_PIECES):
        return document_author(r, head, create=create)
    if is_definite(head) and head.tag_ == "NN":
        key = earlier_informant(r, head)  # "the insider said", after "someone familiar with the matter said"
        if key is not None:
            return key
    if lemma in STATE_NOUNS and (is_definite(head) or counted(head)) and not inside_name(head):
        # "the country said", "the two countries said": the state (one of them) last in subject position
        return r.nearest_of_type(head, {ActorType.STATE}, DESCRIPTION_SENTENCES, subjects_first=True)
    plural = head.tag_ in ("NNS", "NNPS") or lower in COLLECTIVE_NOUNS
    if lemma in COMPANY_NOUNS and not plural and is_definite(head):
        key = organization_by_description(r, head) or company_in_focus(r, head)
        if key is not None:
            return key
        if create and not is_kind(head, ORGANIZATION_NOUNS) and is_particular(head):
            return new_actor(r, head, ActorType.ORGANIZATION)  # "the airline said" of no airline named before
    if is_kind(head, ORGANIZATION_NOUNS) and not place_sense(head):
        return described_organization(r, head, plural=plural, create=create)
    if is_kind(head, PERSON_NOUNS | KIN_NOUNS):
        return described_person(r, head, plural=plural, create=create)
    if create and is_kind(head, COLLECTIVE_NOUNS):
        return new_actor(r, head, ActorType.GROUP)  # "media reported", "police said"
    if plural and create and head.ent_type_ == "NORP":
        return new_actor(r, head, ActorType.GROUP)  # "Some Liberals", "Anglicans"
    if age_description(head) and is_definite(head):
        # "the 34-year-old said": the person the story is about, last in subject position
        return r.nearest_of_type(head, {ActorType.PERSON}, PRONOUN_SENTENCES, subjects_first=True)
    demonym = any(c.ent_type_ == "NORP" and c.dep_ in NOUN_MODIFIERS for c in head.lefts)
    if demonym and is_definite(head) and not is_kind(head, COLLECTIVE_NOUNS):
        # "the Scottish champions said": a demonym and a noun of no known kind describe the organization
        # in focus (a state, a ministry or a person would have a noun of their own kind).
        return r.nearest_of_type(head, {ActorType.ORGANIZATION}, PRONOUN_SENTENCES, subjects_first=True)
    return unknown_kind_speaker(r, head, plural=plural) if create else None


def unknown_kind_speaker(r: SpeakerResolver, head: Token, *, plural: bool) -> str | None:
    """A speaker whose noun is of no listed kind ("the actress said", "forecasters say"), or a name the actor
    stage missed: whoever the phrase describes said it, so it becomes an actor of its own. A noun for a doer
    in the singular stands for a person, in the plural for a group ("the storm said" stays no one); a name
    goes by its entity label."""
    if head.like_num or share_without_whole(head):
        return new_actor(r, head, ActorType.GROUP)  # "43 percent said", "about four in 10 said": respondents
    if unspecified_people(head):
        return new_actor(r, head, ActorType.GROUP)  # "others say", "some said", "those surveyed say"
    if unspecified_person(head):
        return new_actor(r, head, ActorType.PERSON)  # "someone in the audience said"
    if head.pos_ == "NOUN" and head.is_alpha and agentive(head):
        return new_actor(r, head, ActorType.GROUP if plural else ActorType.PERSON)
    if head.pos_ == "PROPN" and head.ent_type_ in UNKNOWN_NAME_TYPES:
        return new_actor(r, head, UNKNOWN_NAME_TYPES[head.ent_type_])
    return unlabelled_name_speaker(r, head)


def share_without_whole(head: Token) -> bool:
    """ "43 percent said", "the number who said so": a share of the people asked. Not "Number 10 said" nor "the
    party's number two said": a count with neither an "of" nor a relative clause after it is no share of anyone."""
    lemma = head.lemma_.lower()
    if lemma not in PARTITIVE_NOUNS:
        return False
    return lemma not in COUNTING_PARTITIVES or any(c.dep_ in RELATIVE_CLAUSES for c in head.children)


def names_a_country(r: SpeakerResolver, begin: int, end: int) -> bool:
    """The words name a country, its capital or one of its provinces, or are its demonym ("Ireland", "Kyiv")."""
    text = doc_text(r.doc)[begin:end]
    gazetteer = load_gazetteer()
    found = gazetteer.country(text) or gazetteer.capital(text) or gazetteer.demonym(text)
    return found is not None or gazetteer.province_country(text) is not None


def unlabelled_name_speaker(r: SpeakerResolver, head: Token) -> str | None:
    """ "Okafor said", "Ms. Lindqvist said": a name that speaks but that the entity recognizer left unlabelled is
    still someone. Without an article it is a person ("Mr. Roe", "Roe"), in capitals or after "the" an organization
    ("ACME said", "the Courier said"). A month or weekday ("March said" is no one's statement), a country, a place
    the article knows, a name with an owner or number in front, or a word in a title-case headline stays no one."""
    if head.pos_ != "PROPN" or not head.text[:1].isupper() or not head.text.replace(".", "").isalpha():
        return None
    words = [t for t in head.lefts if t.dep_ in COMPOUNDS and t.pos_ == "PROPN"] + [head]
    if any(t.i + 1 != u.i for t, u in itertools.pairwise(words)):
        return None
    others = [c for c in head.lefts if c not in words and not c.is_punct]
    if any(c.lower_ != "the" for c in others):
        return None  # "his Ostravian counterpart", "two Smiths": not a name standing alone
    # A place label on a name the article knows as no place is the recognizer's guess at a surname; after "the"
    # a group or building label is its guess at an organization ("the Courier", "the Gallery").
    guesses = ("", "GPE", "NORP", "FAC") if others else ("", "GPE")
    if any(t.text in MONTHS or t.text in WEEKDAYS or t.ent_type_ not in guesses for t in words):
        return None
    begin, end = words[0].idx, head.idx + len(head.text)
    if r.index.place_at(begin, end) is not None or r.index.mentions_in(begin, end) or names_a_country(r, begin, end):
        return None
    if headline_case(head.sent):
        return None
    name = [t for t in words if t.lower_.rstrip(".") not in NON_NAME_WORDS]
    if not name:
        return None
    titled = len(name) < len(words)
    organization = not titled and (
        bool(others) or (head.is_upper and len(head.text) > 1) or labelled_elsewhere(head) == "ORG"
    )
    begin = name[0].idx
    text = doc_text(r.doc)[begin:end]
    actor_type = ActorType.ORGANIZATION if organization else ActorType.PERSON
    return r.index.ensure_actor(actor_type, " ".join(text.split()), Span(begin, end, text))


def labelled_elsewhere(head: Token) -> str:
    """The entity label the recognizer gives the same word most often elsewhere in the article ("" for none):
    "Nasdaq said" unlabelled, where "the Nasdaq exchange" was labelled an organization."""
    labels = Counter(t.ent_type_ for t in head.doc if t.text == head.text and t.i != head.i and t.ent_type_)
    return sorted(labels.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if labels else ""


def headline_case(sentence: SpacySpan) -> bool:
    """Most words capitalised, as in a headline: a capital there does not mark a name."""
    words = [t for t in sentence if t.is_alpha and len(t.text) > 3]
    return len(words) >= 3 and sum(t.text[:1].isupper() for t in words) >= 0.8 * len(words)


# The actor a name missed by the actor stage stands for, by its spaCy entity label.
UNKNOWN_NAME_TYPES = {"PERSON": ActorType.PERSON, "ORG": ActorType.ORGANIZATION}


def described_organization(r: SpeakerResolver, head: Token, *, plural: bool, create: bool) -> str | None:
    """An organization noun: one mentioned before, else (with ``create``) a new organization or collective."""
    key = organization_by_description(r, head) or organization_in_focus(r, head)
    if key is not None or not create:
        return key
    owner = possessor(head)
    owner_key = r.named(owner) if owner is not None and owner.pos_ == "PROPN" else None
    if is_kind(head, GOVERNMENT_NOUNS):
        if owner is not None and owner_key is not None:
            key = named_owner_organization(r, head, owner, owner_key)
        else:
            key = new_actor(r, head, ActorType.ORGANIZATION)
        actor = r.index.actor(key)
        if actor is not None and actor.part_of is None:
            actor.part_of = r.dominant_state()
        return key
    state = state_modifier(r, head)
    if state is not None and not plural:
        return state_organ(r, head, state)
    if not plural and owner is not None and owner_key is not None:
        # "Jane Roe's campaign said": an organization of hers, described specifically enough to stand on its own
        return named_owner_organization(r, head, owner, owner_key)
    if not plural and owner is not None and owner.pos_ == "PRON":
        return owned_organization(r, head, owner)  # "her campaign said": the campaign of the one she stands for
    if not plural and owner is not None and owner.pos_ == "NOUN" and is_kind(owner, PERSON_NOUNS):
        # "the mayor's office said": the body of a holder of a post, described specifically enough to stand on
        # its own as written (the post names whose it is)
        return new_actor(r, head, ActorType.ORGANIZATION)
    if not plural and is_definite(head) and any(c.dep_ in COMPOUNDS for c in head.lefts):
        # "the city council said": an organization described specifically enough to stand on its own
        return new_actor(r, head, ActorType.ORGANIZATION)
    if head.pos_ == "PROPN" and any(c.dep_ in COMPOUNDS and c.pos_ == "PROPN" for c in head.lefts):
        return new_actor(r, head, ActorType.ORGANIZATION)  # "Northshire Police": a name missed before
    fuller = earlier_fuller_description(r, head) if not plural else None
    if fuller is not None:
        return r.described(fuller, create=create)  # "the Roe campaign sued ... the campaign said"
    if not plural and is_particular(head) and owner is None:
        # "the agency said", "the company said" with none named before to point back to: the body the article
        # leaves unnamed still spoke, an organization of its own labelled as written ("the office of the mayor"
        # with its "of" phrase). "The agency" near a named authority or commission is that body.
        end = of_phrase_end(head)
        kinds = frozenset(STAND_IN_ORGANIZATION_NOUNS.get(head.lemma_.lower(), ()))
        near = body_named_near(r, head, kinds) if end is None and kinds else None
        if near is not None:
            return near  # "the X Authority said ... the agency added": that authority
        return new_actor(r, head, ActorType.ORGANIZATION, name_to=end)
    # "intelligence agencies", "several ministries": an unnamed collective.
    return new_actor(r, head, ActorType.GROUP) if plural else None


def described_person(r: SpeakerResolver, head: Token, *, plural: bool, create: bool) -> str | None:
    """A noun for people: the person or group it points back to, else (with ``create``) a new one."""
    if one_more(head):
        return new_actor(r, head, ActorType.GROUP if plural else ActorType.PERSON) if create else None
    owner = possessor(head) if not plural else None
    if owner is not None:
        # "its governor", "the province's chief executive": the person the article names in that post.
        key = post_holder(r, head)
        if key is not None:
            return key
    # "its foreign minister" is not the "Finance Minister Jane Roe" a bare "minister" would find.
    if is_definite(head) and not plural and (owner is None or " " not in post_title(head)):
        key = person_by_title(r, head)
        if key is not None:
            return key
    if is_definite(head) and plural:
        key = earlier_group(r, head)  # "three sources said" ... "the sources said"
        if key is not None:
            return key
    fuller = earlier_fuller_description(r, head) if not plural else None
    if fuller is not None:
        # "a union spokeswoman said ... the spokeswoman added": the one described more fully before
        key = r.described(fuller, create=create)
        if key is not None:
            return key
    if not create:
        return None
    if owner is not None:
        key = unnamed_post_holder(r, head, owner)
        if key is not None:
            return key
    return new_actor(r, head, ActorType.GROUP if plural else ActorType.PERSON)


def agentive(noun: Token) -> bool:
    """A noun formed for a doer ("forecaster", "actress", "socialist", "respondent", "nominee")."""
    lemma = noun.lemma_.lower()
    # "-ment" and "-ness" end nouns of acts and states, not doers: "advertisement", "business".
    if lemma in THING_NOUNS_WITH_AGENT_ENDINGS:
        return False
    return len(lemma) > 4 and lemma.endswith(AGENT_SUFFIXES) and not lemma.endswith(NOT_AGENT_SUFFIXES)


NOT_AGENT_SUFFIXES = ("ment", "ness")
THING_NOUNS_WITH_AGENT_ENDINGS = word_set("reporting", "THING_NOUNS_WITH_AGENT_ENDINGS")
