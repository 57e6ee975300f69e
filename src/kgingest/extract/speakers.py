"""Who is speaking: a subject noun phrase, pronoun or description resolved to an actor key.

Resolution goes only through the `EntityIndex`: a name the actor stage found,
a pronoun or a definite description ("the ministry", "the report") pointing
back to an actor already mentioned, or an unnamed speaker ("analysts", "an
agency spokeswoman") added to the index as a Group or Person actor.

Entry point: `SpeakerResolver.resolve` (one resolver per article; `remember`
feeds it the speakers found so far, for "the report said" references).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from kgingest.extract.index import EntityIndex, MentionRef, OffsetIndex, SentenceIndex, doc_text
from kgingest.extract.lexicon import (
    COLLECTIVE_NOUNS,
    COMPANY_NOUNS,
    DOCUMENT_NOUNS,
    ORGANIZATION_NOUNS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    PLURAL_PRONOUNS,
    THING_PRONOUNS,
    word_set,
)
from kgingest.extract.quotes import Quote, quote_index
from kgingest.extract.spans import tokens_in
from kgingest.model import Actor, ActorType, Span

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# How far back (in sentences) a pronoun or description may look for what it refers to.
PRONOUN_SENTENCES = 3
DESCRIPTION_SENTENCES = 12
# How many characters around a name may hold the noun or title it was introduced with: "the broadcaster RTX",
# "Deputy Foreign Minister Jane Roe". Wider windows reach into the clause before.
INTRODUCTION_CHARS = 40
TITLE_CHARS = 60
_STATE_NOUNS = word_set("country nation state")
_GOVERNMENT_NOUNS = word_set("government administration authorities regime")
_QUANTIFIERS = word_set("one two three four five several some many most all both each none few")
# Adjectives that say when someone holds a post, not which post: "its former governor" was a governor.
_TIME_OF_OFFICE = word_set("former new outgoing incoming current acting interim then longtime late")
_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})


class SpeakerResolver:
    """Resolves speaker phrases of one article to actor keys."""

    def __init__(
        self, doc: Doc, index: EntityIndex, quotes: Sequence[Quote], sentences: SentenceIndex | None = None
    ) -> None:
        self.doc = doc
        self.index = index
        self.quotes = quotes if isinstance(quotes, OffsetIndex) else quote_index(quotes)
        self.sentences = sentences or SentenceIndex(doc)
        self.recent_speakers: list[tuple[int, str]] = []  # (offset, actor key) of statements found so far

    # ------------------------------------------------------------ entry points

    def resolve(self, head: Token, *, create: bool = True) -> str | None:
        """The actor key for the noun phrase headed by ``head``, or None."""
        part = _partitive_whole(head)
        if part is not None:  # "two of the sources", "one of the officials": the group they belong to speaks
            head = part
        key = self._named(head)
        if key is not None:
            return key
        if head.pos_ == "PRON" or head.lower_ in PERSON_PRONOUNS | THING_PRONOUNS | PLURAL_PRONOUNS:
            return self.resolve_pronoun(head)
        return self._described(head, create=create)

    def remember(self, offset: int, speaker: str) -> None:
        """Record a statement's speaker, for later "the report" style references."""
        self.recent_speakers.append((offset, speaker))

    # ------------------------------------------------------------ names

    def _token_key(self, token: Token) -> str | None:
        return self.index.actor_at(token.idx, token.idx + len(token.text))

    def _named(self, head: Token) -> str | None:
        """An indexed actor mentioned by the head word itself or by its apposition."""
        key = self._token_key(head)
        if key is not None:
            return key
        for child in head.rights:
            if (child.dep_ in ("appos", "flat") and child.pos_ in ("PROPN", "NOUN")) or _comma_conjunct(child):
                # "His lawyer, Jane Roe KC,": the name may be a compound inside the apposition, not its head.
                for word in _name_tokens(child):
                    key = self._token_key(word)
                    if key is not None:
                        return key
        key = self._trailing_apposition(head)
        if key is not None:
            return key
        # "Canberra said": a city standing for its state's government.
        place_key = self.index.place_at(head.idx, head.idx + len(head.text))
        if place_key is not None and head.pos_ == "PROPN":
            place = self.index.place(place_key)
            if place is not None and place.in_state and place.type.lower() in ("city", "capital"):
                return place.in_state
        return self._person_by_surname(head)

    def _trailing_apposition(self, head: Token) -> str | None:
        """ "Her co-star in the film, Jane Roe, said": the parser may hang the name on the last noun of the
        description; a name set off by commas that closes the subject phrase names the subject."""
        if head.pos_ != "NOUN":
            return None
        last = head.right_edge
        if last.is_punct:
            last = self.doc[last.i - 1]
        for token in head.subtree:
            if token.i > head.i and token.dep_ == "appos" and token.pos_ == "PROPN" and token.right_edge.i == last.i:
                for word in _name_tokens(token):
                    key = self._token_key(word)
                    if key is not None and self._actor_type(key) is ActorType.PERSON:
                        return key
        return None

    def _person_by_surname(self, head: Token) -> str | None:
        """A bare surname the actor stage left unindexed ("Lund said"): the nearest earlier Person whose name ends so.

        The mention is added to the index, so the graph records it too.
        """
        # Neither the entity label nor the tag is reliable on a surname ("Ozols" may come out ORG or NNS),
        # so a capitalised word that does not start the sentence is enough.
        if head.pos_ != "PROPN" and not (head.is_title and not head.is_sent_start and head.pos_ == "NOUN"):
            return None
        words = [t for t in head.lefts if t.dep_ in ("compound", "flat") and t.pos_ == "PROPN"] + [head]
        if any(t.i + 1 != u.i for t, u in itertools.pairwise(words)):
            return None
        surname = [t.text for t in words]
        for mention in self.index.actor_mentions_before(head.idx):
            actor = self.index.actor(mention.key)
            if actor is None or actor.type is not ActorType.PERSON:
                continue
            name_words = actor.name.split()
            if len(name_words) > len(surname) and name_words[-len(surname) :] == surname:
                begin, end = words[0].idx, head.idx + len(head.text)
                span = Span(begin, end, doc_text(self.doc)[begin:end])
                self.index.add_mention(actor.key, span)
                return actor.key
        return None

    # ------------------------------------------------------------ pronouns

    def resolve_pronoun(self, pronoun: Token) -> str | None:
        """The nearest fitting actor mentioned before ``pronoun``, preferring sentence subjects."""
        lower = pronoun.lower_
        if lower in PERSON_PRONOUNS:
            fits = {ActorType.PERSON}
        elif lower in THING_PRONOUNS or lower == "its":
            fits = {ActorType.ORGANIZATION, ActorType.STATE, ActorType.GROUP}
        elif lower in PLURAL_PRONOUNS or lower == "their":
            fits = {ActorType.GROUP, ActorType.ORGANIZATION, ActorType.STATE}
        else:
            return None
        candidates = [m for m in self._mentions_back(pronoun, PRONOUN_SENTENCES) if self._actor_type(m.key) in fits]
        if not candidates:
            return None
        subjects = [m for m in candidates if self._is_subject(m.span)]
        return (subjects or candidates)[0].key

    def _sentence_back(self, sent: SpacySpan, count: int) -> SpacySpan:
        position = self.sentences.position(sent) or 0
        return self.sentences.sentences[max(0, position - count)]

    def _is_subject(self, span: Span) -> bool:
        """The mention is (part of) a clause subject, directly or through compounds and appositions."""
        tokens = tokens_in(self.doc, span.begin, span.end)
        if tokens is None:
            return False
        token = tokens.root
        while token.dep_ in ("compound", "flat", "appos", "conj") and token.head is not token:
            token = token.head
        return token.dep_ in SUBJECT_DEPS

    # ------------------------------------------------------------ descriptions

    def _described(self, head: Token, *, create: bool) -> str | None:
        """The actor a description stands for ("the ministry", "the minister", "analysts"), by the noun's kind.

        With ``create`` an unnamed speaker the index lacks becomes an actor of its own."""
        lemma = head.lemma_.lower()
        lower = head.lower_
        if _is_kind(head, DOCUMENT_NOUNS):
            return self._document_author(head, create=create)
        if lemma in _STATE_NOUNS and (self._is_definite(head) or _counted(head)):
            # "the country said", "the two countries said": the state (one of them) last in subject position
            return self._nearest_of_type(head, {ActorType.STATE}, DESCRIPTION_SENTENCES, subjects_first=True)
        plural = head.tag_ in ("NNS", "NNPS") or lower in COLLECTIVE_NOUNS
        if lemma in COMPANY_NOUNS and not plural and self._is_definite(head):
            key = self._organization_by_description(head) or self._company_in_focus(head)
            if key is not None:
                return key
        if _is_kind(head, ORGANIZATION_NOUNS):
            return self._described_organization(head, plural=plural, create=create)
        if _is_kind(head, PERSON_NOUNS):
            return self._described_person(head, plural=plural, create=create)
        if create and _is_kind(head, COLLECTIVE_NOUNS):
            return self._new_actor(head, ActorType.GROUP)  # "media reported", "police said"
        if plural and create and head.ent_type_ == "NORP":
            return self._new_actor(head, ActorType.GROUP)  # "Some Liberals", "Anglicans"
        if _age_description(head) and self._is_definite(head):
            # "the 34-year-old said": the person the story is about, last in subject position
            return self._nearest_of_type(head, {ActorType.PERSON}, PRONOUN_SENTENCES, subjects_first=True)
        demonym = any(c.ent_type_ == "NORP" and c.dep_ in ("amod", "compound") for c in head.lefts)
        if demonym and self._is_definite(head) and not _is_kind(head, COLLECTIVE_NOUNS):
            # "the Scottish champions said": a demonym and a noun of no known kind describe the organization
            # in focus (a state, a ministry or a person would have a noun of their own kind).
            return self._nearest_of_type(head, {ActorType.ORGANIZATION}, PRONOUN_SENTENCES, subjects_first=True)
        return None

    def _described_organization(self, head: Token, *, plural: bool, create: bool) -> str | None:
        """An organization noun: one mentioned before, else (with ``create``) a new organization or collective."""
        key = self._organization_by_description(head)
        if key is not None or not create:
            return key
        if _is_kind(head, _GOVERNMENT_NOUNS):
            key = self._new_actor(head, ActorType.ORGANIZATION)
            actor = self.index.actor(key)
            if actor is not None and actor.part_of is None:
                actor.part_of = self.dominant_state()
            return key
        state = self._state_modifier(head)
        if state is not None and not plural:
            return self._state_organ(head, state)
        if not plural and self._is_definite(head) and any(c.dep_ == "compound" for c in head.lefts):
            # "the city council said": an organization described specifically enough to stand on its own
            return self._new_actor(head, ActorType.ORGANIZATION)
        if head.pos_ == "PROPN" and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in head.lefts):
            return self._new_actor(head, ActorType.ORGANIZATION)  # "Northshire Police": a name missed before
        # "intelligence agencies", "several ministries": an unnamed collective.
        return self._new_actor(head, ActorType.GROUP) if plural else None

    def _described_person(self, head: Token, *, plural: bool, create: bool) -> str | None:
        """A noun for people: the person or group it points back to, else (with ``create``) a new one."""
        owner = _possessor(head) if not plural else None
        if owner is not None:
            # "its governor", "the province's chief executive": the person the article names in that post.
            key = self._post_holder(head)
            if key is not None:
                return key
        # "its foreign minister" is not the "Finance Minister Jane Roe" a bare "minister" would find.
        if self._is_definite(head) and not plural and (owner is None or " " not in _post_title(head)):
            key = self._person_by_title(head)
            if key is not None:
                return key
        if self._is_definite(head) and plural:
            key = self._earlier_group(head)  # "three sources said" ... "the sources said"
            if key is not None:
                return key
        if not create:
            return None
        if owner is not None:
            key = self._unnamed_post_holder(head, owner)
            if key is not None:
                return key
        return self._new_actor(head, ActorType.GROUP if plural else ActorType.PERSON)

    def _post_holder(self, head: Token) -> str | None:
        """The Person introduced with the whole post ("Governor Jane Roe", "the chief executive, Jane Roe").

        Earlier mentions first, nearest first; then later ones, nearest first: an article often says "its
        governor said" before it gives the governor's name."""
        title = _post_title(head)
        before = self._mentions_back(head, DESCRIPTION_SENTENCES)
        own_quote = self.quotes.at(head.idx)
        after = (
            m
            for m in self.index.mentions_after(head.idx)
            if not m.is_place and self.quotes.at(m.span.begin) in (None, own_quote)
        )
        for mention in itertools.chain(before, after):
            actor = self.index.actor(mention.key)
            if actor is not None and actor.type is ActorType.PERSON and self._titled(mention.span, title):
                return actor.key
        return None

    def _titled(self, span: Span, title: str) -> bool:
        """The post ``title`` leads up to the name at ``span``: "Governor Jane Roe", "the governor, Jane Roe"."""
        text = doc_text(self.doc)
        words = r"\s+".join(re.escape(w) for w in title.split())
        before = text[max(0, span.begin - TITLE_CHARS) : span.begin]
        after = text[span.end : span.end + TITLE_CHARS].lower()
        return bool(
            re.search(rf"(?i:\b{words})(?:\s+[A-Z][\w.'-]*)*,?\s+$", before)
            or re.match(rf",? (the |a |its |their )?[\w ]*\b{words}\b", after)
        )

    def _unnamed_post_holder(self, head: Token, owner: Token) -> str | None:
        """A post holder the article does not name: "its governor" becomes "governor of <the owner>".

        The owner ("its", "the province's", "Ostravia's") is resolved to an actor when it can be, and the
        post holder is a member of it; the phrase as written stays an alias."""
        if owner.pos_ == "PRON":
            owner_key = self.resolve_pronoun(owner)
        else:
            owner_key = self._named(owner) or self._described(owner, create=False)
        owner_actor = self.index.actor(owner_key) if owner_key is not None else None
        if owner_actor is not None:
            owner_name = owner_actor.name
        elif owner.pos_ != "PRON":
            owner_name = _clean_name(self.doc[owner.left_edge.i : owner.i + 1].text)
        else:
            return None
        phrase = self._noun_phrase(head)
        span = Span(phrase.start_char, phrase.end_char, phrase.text)
        key = self.index.ensure_actor(ActorType.PERSON, f"{_post_title(head)} of {owner_name}", span)
        actor = self.index.actor(key)
        if actor is None:
            return key
        if owner_actor is not None and owner_actor.key != key and actor.member_of is None:
            actor.member_of = owner_actor.key
        written = _clean_name(phrase.text)
        if written != actor.name and written not in actor.aliases:
            actor.aliases.append(written)
        return key

    def _state_modifier(self, head: Token) -> str | None:
        """The State named in front of an organization noun: "Ostravia's foreign ministry", "the Ostravian army"."""
        for child in head.lefts:
            if child.dep_ in _MODIFIER_DEPS:
                key = self._token_key(child)
                actor = self.index.actor(key) if key is not None else None
                if actor is not None and actor.type is ActorType.STATE:
                    return actor.key
        return None

    def _state_organ(self, head: Token, state: str) -> str:
        """An organ of ``state`` the actor stage did not name ("Ostravia's foreign ministry"): part of that state."""
        phrase = self._noun_phrase(head)
        span = Span(phrase.start_char, phrase.end_char, phrase.text)
        key = self.index.ensure_actor(ActorType.ORGANIZATION, _clean_name(phrase.text), span)
        actor = self.index.actor(key)
        if actor is not None and actor.part_of is None:
            actor.part_of = state
        return key

    @staticmethod
    def _is_definite(head: Token) -> bool:
        return any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in head.lefts)

    def _noun_phrase(self, head: Token) -> SpacySpan:
        """The head with its left modifiers: "Ostravian and Nordic border agencies"."""
        start = head.left_edge.i
        while start < head.i and self.doc[start].is_punct:
            start += 1
        return self.doc[start : head.i + 1]

    def _new_actor(self, head: Token, actor_type: ActorType) -> str:
        """Add an unnamed speaker ("analysts", "an agency spokeswoman") as an actor of its own."""
        phrase = self._noun_phrase(head)
        span = Span(phrase.start_char, phrase.end_char, phrase.text)
        affiliation = self._affiliation(head)  # before the new mention covers the modifier words
        key = self.index.ensure_actor(actor_type, _clean_name(phrase.text), span)
        actor = self.index.actor(key)
        if actor is None:
            return key
        if affiliation is not None and affiliation != key and actor.member_of is None:
            actor.member_of = affiliation
        # Other verbatim forms: the whole description ("a spokeswoman for the port authority", "three sources
        # familiar with the matter") and the bare noun ("sources").
        for form in (self._full_description(head, phrase), head.text):
            form = _clean_name(form)
            if form and form != actor.name and form not in actor.aliases:
                actor.aliases.append(form)
        return key

    def _full_description(self, head: Token, phrase: SpacySpan) -> str:
        """The noun phrase with its modifiers on the right (prepositions, "familiar with ..."), up to a comma."""
        last = head
        for child in head.rights:
            between = self.doc[last.i + 1 : child.i]
            if child.dep_ not in ("prep", "amod", "acl") or any(t.is_punct for t in between) or child.tag_ == "VBG":
                break
            last = child.right_edge
        # A relative clause hung on the last noun ("... with the plan, who asked ...") is not part of the name.
        stop = next((t for t in self.doc[head.i + 1 : last.i + 1] if t.is_punct), None)
        if stop is not None:
            last = self.doc[stop.i - 1]
        end = last.idx + len(last.text)
        return doc_text(self.doc)[phrase.start_char : end]

    def _affiliation(self, head: Token) -> str | None:
        """The organization an unnamed speaker belongs to: "a spokesperson for X", "an agency spokeswoman"."""
        for child in head.rights:
            if child.dep_ == "prep" and child.lower_ in ("for", "of", "at", "from", "with", "in"):
                for obj in _objects(child):
                    key = self._named(obj) or self._organization_by_description(obj)
                    if key is not None:
                        return key
        for child in head.lefts:
            if child.dep_ in _MODIFIER_DEPS:
                key = self._token_key(child)
                if key is not None:
                    return key
                if child.lemma_.lower() in ORGANIZATION_NOUNS:
                    key = self._organization_by_description(child)
                    if key is not None:
                        return key
        return None

    def _organization_by_description(self, head: Token) -> str | None:
        """The nearest earlier Organization (or State) whose name contains the description's words."""
        words = {head.lemma_.lower(), head.lower_}
        modifiers = [c.lower_ for c in head.lefts if c.dep_ in ("compound", "amod") and c.is_alpha]
        for mention in self._mentions_back(head, DESCRIPTION_SENTENCES):
            actor = self.index.actor(mention.key)
            if actor is None or actor.type not in (ActorType.ORGANIZATION, ActorType.GROUP):
                continue
            names = _name_words(actor)
            if words & names and all(m in names for m in modifiers):
                return actor.key
        # "the state broadcaster RTX" ... "the broadcaster": the description stood before the name.
        return self._introduced_with(head, {ActorType.ORGANIZATION})

    def _company_in_focus(self, head: Token) -> str | None:
        """ "X, which runs the mine, said ... The company added ...": the nearest Organization that was a subject."""
        if any(c.dep_ in ("compound", "amod") for c in head.lefts):
            return None  # "the mining company": a description of its own, maybe of another firm
        for mention in self._mentions_back(head, DESCRIPTION_SENTENCES):
            actor = self.index.actor(mention.key)
            if actor is None or actor.type is not ActorType.ORGANIZATION or not self._is_subject(mention.span):
                continue
            if not self._described_otherwise(mention.span):
                return actor.key
        return None

    def _described_otherwise(self, span: Span) -> bool:
        """The mention is introduced as another kind of organization: "the largest union, X", "X, the agency"."""
        tokens = tokens_in(self.doc, span.begin, span.end)
        if tokens is None:
            return False
        root = tokens.root
        nouns = [c for c in root.children if c.dep_ == "appos"]
        if root.dep_ == "appos":
            nouns.append(root.head)
        return any(n.lemma_.lower() in ORGANIZATION_NOUNS and n.lemma_.lower() not in COMPANY_NOUNS for n in nouns)

    def _earlier_group(self, head: Token) -> str | None:
        """The nearest earlier unnamed Group whose name has the description's noun."""
        words = {head.lemma_.lower(), head.lower_}
        for mention in self._mentions_back(head, DESCRIPTION_SENTENCES):
            actor = self.index.actor(mention.key)
            if actor is not None and actor.type is ActorType.GROUP and words & _name_words(actor):
                return actor.key
        return None

    def _introduced_with(self, head: Token, types: set[ActorType]) -> str | None:
        """The nearest earlier actor of ``types`` whose mention came right after or before the noun."""
        noun = re.escape(head.lower_)
        text = doc_text(self.doc)
        for mention in self._mentions_back(head, DESCRIPTION_SENTENCES):
            actor = self.index.actor(mention.key)
            if actor is None or actor.type not in types:
                continue
            before = text[max(0, mention.span.begin - INTRODUCTION_CHARS) : mention.span.begin].lower()
            after = text[mention.span.end : mention.span.end + INTRODUCTION_CHARS].lower()
            if re.search(rf"\b{noun}\W*$", before) or re.match(rf",? (the |a |an )?[\w ]*?\b{noun}\b", after):
                return actor.key
        return None

    def _person_by_title(self, head: Token) -> str | None:
        """The nearest earlier Person introduced with the title ("President X" ... "the president")."""
        title = head.lower_
        text = doc_text(self.doc)
        for mention in self._mentions_back(head, DESCRIPTION_SENTENCES):
            actor = self.index.actor(mention.key)
            if actor is None or actor.type is not ActorType.PERSON:
                continue
            before = text[max(0, mention.span.begin - TITLE_CHARS) : mention.span.begin]
            after = text[mention.span.end : mention.span.end + TITLE_CHARS].lower()
            # The title must lead up to the name ("Judge Jane Roe", "Foreign Minister Jane Roe", "the judge, Jane
            # Roe"), not merely stand nearby ("Judge Jane Roe said Smith ...").
            if re.search(rf"(?i:\b{re.escape(title)})(?:\s+[A-Z][\w.'-]*)*,?\s+$", before) or re.match(
                rf",? (the |a )?[\w ]*\b{re.escape(title)}\b", after
            ):
                return actor.key
            if any(title in alias.lower().split() for alias in [actor.name, *actor.aliases]):
                return actor.key
        return None

    def _actor_type(self, key: str) -> ActorType | None:
        actor = self.index.actor(key)
        return actor.type if actor is not None else None

    def _nearest_of_type(
        self, head: Token, types: set[ActorType], sentences: int, *, subjects_first: bool = False
    ) -> str | None:
        fitting = [m for m in self._mentions_back(head, sentences) if self._actor_type(m.key) in types]
        if subjects_first:
            fitting = [m for m in fitting if self._is_subject(m.span)] + fitting
        return fitting[0].key if fitting else None

    def _mentions_back(self, head: Token, sentences: int) -> list[MentionRef]:
        """Actor mentions before ``head`` (nearest first) within ``sentences`` sentences.

        A name inside someone else's quotation is not what the narrator's words point back to, so mentions in
        other quotations than the one ``head`` stands in are skipped."""
        window_begin = self._sentence_back(head.sent, sentences).start_char
        own_quote = self.quotes.at(head.idx)
        return [
            mention
            for mention in self.index.actor_mentions_between(window_begin, head.idx)
            if self.quotes.at(mention.span.begin) in (None, own_quote)
        ]

    def _document_author(self, head: Token, *, create: bool = False) -> str | None:
        """Who issued a document: "the ministry's report", "the agency report", "a memo seen by X"."""
        for child in head.lefts:
            if child.dep_ in _MODIFIER_DEPS:
                key = self._token_key(child)
                if key is None and child.pos_ == "PRON" and child.dep_ == "poss":
                    key = self.resolve_pronoun(child)
                if key is not None:
                    return key
        for child in head.lefts:
            # "media reports": the unnamed collective behind the document.
            if child.dep_ in ("compound", "nmod") and child.lower_ in COLLECTIVE_NOUNS:
                span = Span(child.idx, child.idx + len(child.text), child.text)
                return self.index.ensure_actor(ActorType.GROUP, child.text, span)
        for child in head.rights:
            key = self._issuer_in_phrase(child, create=create)
            if key is not None:
                return key
        if not self._is_definite(head):
            return None
        # "the report" again: who issued the last such document, or who spoke last.
        return self._earlier_document_author(head) or self._last_speaker(head.idx)

    def _issuer_in_phrase(self, phrase: Token, *, create: bool) -> str | None:
        """The issuer a phrase after a document noun names: "figures from X", "reports in Y", "a memo seen by X"."""
        if phrase.dep_ == "prep" and phrase.lower_ in ("by", "from", "in"):
            for obj in _objects(phrase):
                key = self._named(obj) or self._described(obj, create=create)
                if key is not None:
                    return key
        if phrase.dep_ == "acl":
            for agent in (c for c in phrase.children if c.dep_ == "agent"):
                for obj in _objects(agent):
                    key = self._named(obj)
                    if key is not None:
                        return key
        return None

    def _earlier_document_author(self, head: Token) -> str | None:
        positions = self._noun_positions.get(head.lemma_.lower(), [])
        for position in reversed(positions[: bisect.bisect_left(positions, head.i)]):
            for child in self.doc[position].lefts:
                if child.dep_ in _MODIFIER_DEPS:
                    key = self._token_key(child)
                    if key is not None:
                        return key
        return None

    @functools.cached_property
    def _noun_positions(self) -> dict[str, list[int]]:
        """Lowercase lemma -> the positions of the nouns with it, in text order (listed once per article)."""
        positions: dict[str, list[int]] = {}
        for token in self.doc:
            if token.pos_ == "NOUN":
                positions.setdefault(token.lemma_.lower(), []).append(token.i)
        return positions

    def _last_speaker(self, offset: int) -> str | None:
        earlier = [key for at, key in self.recent_speakers if at < offset]
        return earlier[-1] if earlier else None

    def dominant_state(self) -> str | None:
        """The State mentioned most often (ties broken by key), for an unnamed "the government"."""
        states = {a.key for a in self.index.actors if a.type is ActorType.STATE}
        counts = Counter(m.key for m in self.index.mentions() if m.key in states)
        if not counts:
            return None
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def _name_tokens(token: Token) -> list[Token]:
    """The word and the name parts before it: an indexed name may cover any of them ("Jane Roe KC")."""
    return [token, *(t for t in token.lefts if t.dep_ in ("compound", "flat"))]


def _possessor(head: Token) -> Token | None:
    """The owner in front of a noun: "its" / "their" / "the province's" / "Ostravia's" (None without one)."""
    return next((c for c in head.lefts if c.dep_ == "poss"), None)


def _post_title(head: Token) -> str:
    """The post a noun names, with the words that make it specific: "governor", "chief executive",
    "foreign minister" (not the owner, article or adjectives such as "former" standing before them)."""
    words = [head]
    for token in reversed(list(head.lefts)):
        if token.i + 1 != words[0].i or token.dep_ not in ("compound", "amod") or not token.is_alpha:
            break
        if token.lower_ in _TIME_OF_OFFICE:
            break
        words.insert(0, token)
    return " ".join(t.lower_ for t in words)


def _objects(prep: Token) -> list[Token]:
    """The objects of a preposition."""
    return [c for c in prep.children if c.dep_ == "pobj"]


def _is_kind(head: Token, nouns: frozenset[str]) -> bool:
    """The word or its lemma is one of ``nouns``."""
    return head.lemma_.lower() in nouns or head.lower_ in nouns


def _age_description(head: Token) -> bool:
    """ "the 34-year-old": an age standing for a person."""
    return head.lower_ == "old" and any(c.lower_ == "year" and c.dep_ == "npadvmod" for c in head.lefts)


def _counted(head: Token) -> bool:
    """ "two countries", "both sides": a plural noun with a number or "both"."""
    return any(c.dep_ in ("nummod", "det", "predet") and (c.like_num or c.lower_ == "both") for c in head.lefts)


def _partitive_whole(head: Token) -> Token | None:
    """ "two of the sources": the noun after "of" when the head is a number or a quantifier."""
    if not (head.like_num or head.lower_ in _QUANTIFIERS):
        return None
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((c for c in child.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN", "PRON")), None)
    return None


def _comma_conjunct(token: Token) -> bool:
    """ "her brother, John Roe, said": an apposition the parser took for a conjunct (a comma, no "and"/"or")."""
    if token.dep_ != "conj" or token.pos_ != "PROPN" or token.i == 0:
        return False
    head = token.head
    if any(c.dep_ == "cc" for c in head.children):
        return False
    first = token.left_edge
    return first.i > 0 and token.doc[first.i - 1].text == ","


def _name_words(actor: Actor) -> set[str]:
    words: set[str] = set()
    for name in [actor.name, *actor.aliases]:
        words.update(w.lower() for w in re.findall(r"[\w-]+", name))
    return words


def _clean_name(text: str) -> str:
    """A description's name as written, with single spaces (a leading article stays)."""
    return " ".join(text.split())
