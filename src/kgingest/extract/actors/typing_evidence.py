"""Typing a "person" by evidence: a name spaCy called a person stays one only when the text gives some sign of a
person, or nothing speaks against one.

Signs of a person: a title, honorific or post next to the name, a noun for a person set beside it ("X, a retired
engineer,"), a known given name first (the 1990 US Census first names, ``lexicons/given_names.yaml``; US-centric,
so one sign among others, never the only test), an age or "who" after the name, a personal pronoun taking the name
up, the surname standing alone elsewhere, a list under a plural title ("Sens. X and Y"). Signs against: for a
one-word name, no sign of a person anywhere in the article and a use of it as a thing ("download X", "the X");
for a name of two or three words, a company's last word ("Acme Mutual"), "the" before it, or being the object of
a verb of use. spaCy's own PERSON for two or three capitalised
words counts as a sign: with no sign against, such a name stays a person.
"""

from __future__ import annotations

import re

from kgingest.extract.actor_lexicon import (
    BODY_DESCRIBING_POSTS,
    COMPANY_TRADE_WORDS,
    GIVEN_NAMES,
    LEGAL_SUFFIXES,
    NON_NAME_WORDS,
    ORG_NAME_WORDS,
    TITLE_HEADS,
)
from kgingest.extract.actors.base import Mention
from kgingest.extract.actors.non_actors import USE_VERBS
from kgingest.extract.actors.patterns import AGE_AFTER, ORG_HEAD_NOUNS
from kgingest.extract.actors.typing_context import _UNDER_PLURAL_TITLE
from kgingest.extract.actors.typing_shape import ShapeTyping
from kgingest.extract.index import token_facts
from kgingest.extract.lexicon import PERSON_NOUNS, PERSON_PRONOUNS, word_set

# Last words that make a company of a two- or three-word name: a legal form, a trade, an organization's word,
# or "mutual"/"savings"/"bancorp" (lenders' names), which are no one's surname.
_COMPANY_LAST_WORDS = LEGAL_SUFFIXES | COMPANY_TRADE_WORDS | ORG_NAME_WORDS | word_set("actors", "lender_words")
# Words of a body's name, never of a person's.
_BODY_WORDS = _COMPANY_LAST_WORDS | ORG_HEAD_NOUNS | NON_NAME_WORDS | TITLE_HEADS
_PERSON_PRONOUNS = PERSON_PRONOUNS | {"his", "himself", "herself"}
# Nouns that, set beside a name, describe a person ("X, a retired engineer,", "X, a mother of three,"): the
# reporting lexicon's nouns for people and kin and the posts and occupations, less those that describe a body as
# well ("X, a rival of Y").
_PERSON_DESCRIPTIONS = (
    (PERSON_NOUNS | word_set("speakers", "KIN_NOUNS") | TITLE_HEADS)
    - BODY_DESCRIBING_POSTS
    - word_set("actors", "body_describing_nouns")
)
_WHO_AFTER = re.compile(r",?\s+who\b")


class PersonEvidence(ShapeTyping):
    """Second opinions on spaCy's persons, from the evidence for and against a person in the whole article."""

    def _retype(self, mentions: list[Mention]) -> None:
        super()._retype(mentions)
        self._retype_persons_by_evidence(mentions)
        self._persons_typed_as_bodies(mentions)

    def _persons_typed_as_bodies(self, mentions: list[Mention]) -> None:
        """ "Cecilia Kerr wrote ..." that spaCy called an organization: a name of two or three words opening with
        a known given name, with no word of a body's name, and a second sign of a person (a title, an age, "who",
        "she" taking it up; not speaking, which bodies do too: "Grace Fellowship said") is a person's."""
        names = {
            name
            for m in mentions
            if m.label == "ORG"
            and 2 <= len(words := (name := m.name(self.text)).split()) <= 3
            and words[0].lower() in GIVEN_NAMES
            and not any(w.lower() in _BODY_WORDS for w in words)
            and self._person_sign(m)
        }
        for mention in mentions:
            if mention.label == "ORG" and mention.name(self.text) in names:
                mention.label = "PERSON"

    def _retype_persons_by_evidence(self, mentions: list[Mention]) -> None:
        """Retype spaCy's persons that show no sign of a person and some sign against one: to no actor when used
        as a thing ("download X", "the X"), else to an organization."""
        persons = [m for m in mentions if m.label == "PERSON"]
        lone = {m.name(self.text) for m in persons if " " not in m.name(self.text)}
        words_of_full = {w for m in persons if " " in (n := m.name(self.text)) for w in n.split()}
        by_name: dict[str, list[Mention]] = {}
        for mention in persons:
            by_name.setdefault(mention.name(self.text), []).append(mention)
        for name, group in by_name.items():
            words = name.split()
            if any(self._person_sign(m) for m in group) or self._signed_where_untagged(name):
                continue
            if len(words) == 1:
                # A subject may be anyone ("X scored twice"): a word that does something keeps its type, unless
                # it is also used ("download X") or takes "the".
                if name in words_of_full or name.lower() in GIVEN_NAMES:
                    continue
                # Only a use as a thing speaks against a person: a lone surname the text never shows acting is
                # still, most often, a well-known person's ("compared the plan to one by X decades ago").
                if not any(self._used_or_with_article(m) for m in group):
                    continue
                label = "MISC"
            elif len(words) > 3 or words[0].lower() in GIVEN_NAMES or words[-1] in lone:
                continue
            elif words[-1].lower() in _COMPANY_LAST_WORDS:
                label = "ORG"
            elif any(self._used_or_with_article(m) for m in group):
                label = "MISC"
            else:
                continue
            for mention in group:
                mention.label = label

    def _signed_where_untagged(self, name: str) -> bool:
        """A sign of a person at a place where the name stands but spaCy saw no name ("backed X. X is a nurse")."""
        if " " in name:  # one token's text never holds a space
            return False
        tokens = (self.doc[i] for i, text in enumerate(token_facts(self.doc).texts) if text == name)
        return any(
            self._person_sign(Mention(token.idx, token.idx + len(token.text), token.idx + len(token.text), "PERSON"))
            for token in tokens
            if not token.ent_type_
        )

    def _person_sign(self, mention: Mention) -> bool:
        """A title, honorific or post by the name, an age or "who" after it, or a pronoun taking it up."""
        before = self._token_before(mention.begin)
        return (
            self._titled(mention)
            or self._after_personal_honorific(mention)
            or self._after_title_and_comma(before)
            # "Moses" before "Kiptoo": a known given name right before the name, which reaches over it later.
            or (before is not None and before.text[:1].isupper() and before.lower_ in GIVEN_NAMES)
            or self._post_set_off_after(mention)
            or AGE_AFTER.match(self.text, mention.full_end) is not None
            or _WHO_AFTER.match(self.text, mention.full_end) is not None
            or self._taken_up_by_pronoun(mention)
            or self._described_as_person(mention)
            # "Sens. X, Y and Z": every name listed under a plural title.
            or _UNDER_PLURAL_TITLE.search(self.text[max(0, mention.begin - 200) : mention.begin]) is not None
        )

    def _described_as_person(self, mention: Mention) -> bool:
        """ "X, a civil engineer,", "X is a reporter": a noun for a person set beside the name or said of it."""
        tokens = self._tokens(mention.begin, mention.end)
        if any(
            child.dep_ == "appos" and child.lemma_.lower() in _PERSON_DESCRIPTIONS
            for token in tokens
            for child in token.children
        ):
            return True
        return any(
            token.dep_ == "nsubj"
            and token.head.lemma_ == "be"
            and any(c.dep_ == "attr" and c.lemma_.lower() in _PERSON_DESCRIPTIONS for c in token.head.children)
            for token in tokens
        )

    def _taken_up_by_pronoun(self, mention: Mention) -> bool:
        """The name is a subject and "he"/"she"/"his"/"her" follows in its sentence or the next, before any other
        person's name: the pronoun takes the name up."""
        tokens = self._tokens(mention.begin, mention.end)
        if not tokens or not any(t.dep_ in ("nsubj", "nsubjpass") for t in tokens):
            return False
        sentence = tokens[-1].sent
        end = sentence.end
        if end < len(self.doc):
            end = self.doc[end].sent.end
        for token in self.doc[tokens[-1].i + 1 : end]:
            if token.ent_type_ == "PERSON":
                return False
            if token.lower_ in _PERSON_PRONOUNS:
                return True
        return False

    def _used_or_with_article(self, mention: Mention) -> bool:
        """ "the X Y", or "download X Y": a thing's name, not a person's ("the Xs" may be a family)."""
        before = self._token_before(mention.begin)
        if before is not None and before.lower_ == "the" and not mention.name(self.text).endswith("s"):
            return True
        tokens = self._tokens(mention.begin, mention.end)
        return any(t.dep_ == "dobj" and t.head.lemma_.lower() in USE_VERBS for t in tokens)
