"""A post given in the next sentence by a definite description of the person: "Ana Vel spoke in Lima on
Monday. The Chilean foreign minister said ..." (the description stands for the one person the sentence before
was about)."""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Span as SentenceSpan
from spacy.tokens import Token

from kgingest.extract.actor_lexicon import POST_HEADS, TITLE_DROP
from kgingest.extract.dependencies import ACTIVE_SUBJECTS, NAME_LINKS, NOUN_QUALIFIERS, POSSESSORS, SUBJECTS
from kgingest.extract.document import same_paragraph
from kgingest.extract.index import MentionRef
from kgingest.extract.roles.context import Found, RoleContext
from kgingest.extract.roles.owners import has_government
from kgingest.extract.roles.words import (
    DEFINITE_ARTICLES,
    OWNER_PREPOSITIONS,
    PERSON_OBJECT_PRONOUNS,
    PERSON_SUBJECT_PRONOUNS,
    PLACE_POST_HEADS,
    canonical,
)
from kgingest.model import ActorType


class DescribedPosts:
    """Posts read off a main-clause subject "the [owner] TITLE [of OWNER]" that names nobody, given to the
    person the sentence before (in the same paragraph) is about."""

    def __init__(self, context: RoleContext) -> None:
        self.context = context
        self.index = context.index

    def find(self) -> list[tuple[str, Found]]:
        """(holder key, post) for each such description, in text order."""
        found: list[tuple[str, Found]] = []
        sentences = list(self.context.doc.sents)
        for previous, sentence in pairwise(sentences):
            if not same_paragraph(previous, sentence):
                continue
            subject = next((t for t in sentence if t.dep_ in SUBJECTS and t.head.dep_ == "ROOT"), None)
            if subject is None or subject.pos_ != "NOUN" or canonical(subject) not in POST_HEADS:
                continue
            if self.context.quoted(subject) or self._names_a_person(subject) or _points_back(sentence):
                continue
            holder = self._only_person(previous)
            post = self._post(subject) if holder is not None else None
            if holder is not None and post is not None:
                found.append((holder, post))
        return found

    def _names_a_person(self, subject: Token) -> bool:
        """ "The Chilean trade minister, Ana Vel, said ...": the description names its own holder."""
        return any(
            (ref := self.context.mention_at(token)) is not None
            and not ref.is_place
            and self.context.is_type(ref, ActorType.PERSON)
            for token in subject.subtree
        )

    def _only_person(self, sentence: SentenceSpan) -> str | None:
        """The one person the sentence names, when that person is the active subject of its main verb (not "X
        was arrested", after which "the minister" is someone else) and no post noun after the name may stand
        for someone else ("Ana Vel met the Peruvian president.")."""
        refs = [
            r
            for r in self.index.mentions_in(sentence.start_char, sentence.end_char)
            if not r.is_place and self.context.is_type(r, ActorType.PERSON)
        ]
        if len({r.key for r in refs}) != 1:
            return None
        tokens = self.context.tokens(refs[0].span.begin, refs[0].span.end)
        if not tokens or not any(_acts(t) for t in tokens):
            return None
        if any(canonical(t) in POST_HEADS for t in sentence if t.i > tokens[-1].i):
            return None
        if any(t.dep_ == "appos" or any(c.dep_ == "appos" for c in t.children) for t in tokens):
            return None  # "Ana Vel, a nurse, ...": the sentence already says what she is
        return refs[0].key

    def _post(self, subject: Token) -> Found | None:
        """ "The Chilean foreign minister", "Chile's trade minister", "the minister of Chile": the title and the
        state or organization it is held in; None when no owner is named or the phrase names a person."""
        words = list(subject.lefts)
        definite = bool(words) and words[0].lower_ in DEFINITE_ARTICLES
        owner: MentionRef | None = None
        title: list[Token] = []
        for token in words:
            ref = self.context.mention_at(token)
            if ref is not None:
                # "The Xshire governor": a place owns its own government's post, no other ("the Xville editor").
                local = ref.is_place and canonical(subject) in PLACE_POST_HEADS and has_government(self.index, ref.key)
                if (ref.is_place and not local) or self.context.is_type(ref, ActorType.PERSON) or owner or title:
                    return None
                owner = ref
            elif token.dep_ in POSSESSORS:
                return None  # "his minister": someone else's
            elif token.dep_ in NOUN_QUALIFIERS and token.lower_ not in TITLE_DROP:
                title.append(token)
        possessive = owner is not None and any(t.dep_ in POSSESSORS for t in self.context.tokens(*_bounds(owner)))
        if not definite and not possessive:
            return None
        owner = owner or self._owner_after(subject)
        if owner is None:
            return None
        end = subject.idx + len(subject.text)
        begin = (title[0] if title else subject).idx
        evidence_begin = min(subject.left_edge.idx, owner.span.begin)
        return Found(self.context.text[begin:end], owner.key, evidence_begin, max(end, owner.span.end))

    def _owner_after(self, subject: Token) -> MentionRef | None:
        """ "the minister of Chile": the state or organization after "of"."""
        for preposition in subject.rights:
            if preposition.lower_ not in OWNER_PREPOSITIONS:
                continue
            for obj in preposition.children:
                ref = self.context.mention_at(obj)
                if ref is not None and not ref.is_place and not self.context.is_type(ref, ActorType.PERSON):
                    return ref
        return None


def _points_back(sentence: SentenceSpan) -> bool:
    """ "The Xton mayor thanked her", "... said he was proud of him": an object pronoun in the main clause, or in
    a clause with a pronoun subject, cannot be that clause's subject; it stands for the person of the sentence
    before, whom the description therefore is not. In a clause of its own ("said voters had asked him") it may
    be the description's holder."""
    for token in sentence:
        if token.lower_ not in PERSON_OBJECT_PRONOUNS or token.dep_ in POSSESSORS:
            continue
        verb = token.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        if verb.dep_ == "ROOT" or any(
            c.dep_ in SUBJECTS and c.lower_ in PERSON_SUBJECT_PRONOUNS for c in verb.children
        ):
            return True
    return False


def _acts(token: Token) -> bool:
    """The token is (part of) the active subject of its sentence's main verb."""
    while token.dep_ in NAME_LINKS and token.head.i != token.i:
        token = token.head
    return token.dep_ in ACTIVE_SUBJECTS and token.head.dep_ == "ROOT"


def _bounds(ref: MentionRef) -> tuple[int, int]:
    return ref.span.begin, ref.span.end
