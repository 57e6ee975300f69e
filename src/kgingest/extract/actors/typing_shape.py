"""Typing a name by its shape: titled names are persons, organization-shaped names bodies."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Token

from kgingest.extract.actor_lexicon import (
    BODY_DESCRIBING_POSTS,
    COMPANY_TRADE_WORDS,
    NAME_PARTICLES,
    ORG_NAME_WORDS,
    PLACE_NOUNS,
    POST_HEADS,
    STATE_ORGAN_HEADS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
)
from kgingest.extract.actor_states import CITY_PART_NOUNS, find_country_forms
from kgingest.extract.actors.base import Mention
from kgingest.extract.actors.names import _personal_name_word
from kgingest.extract.actors.patterns import (
    COMPANY_BELONGINGS,
    DESCRIPTION_AFTER,
    HONORIFIC_WORD,
    INSTITUTION_HEADS,
    NEAR_PREPOSITIONS,
    ORG_COMMON_NOUNS,
    PERSONAL_HONORIFIC,
    PLACE_ONLY_PREPOSITIONS,
    ROMAN_NUMERAL,
    TIME_ZONES,
)
from kgingest.extract.actors.typing_context import ContextTyping
from kgingest.extract.lexicon import word_set

# Military ranks and the words that form one with them ("Major General", "Rear Admiral"): the roles stage's
# lists, read here because importing the roles stage would import this stage again.
_RANKS = word_set("roles", "rank_heads")
_RANK_WORDS = _RANKS | word_set("roles", "rank_modifiers")


@dataclass(frozen=True)
class NameFacts:
    """What the article's other names tell about one name: persons named by one word, the words of full
    personal names, the openings of organizations' names, and names shown to be organizations."""

    lone_persons: set[str]
    words_of_full_names: set[str]
    org_openers: set[str]
    org_shaped: set[str]


class ShapeTyping(ContextTyping):
    """Corrections of spaCy's type from a name's shape and the names around it."""

    def _retype(self, mentions: list[Mention]) -> None:
        """Correct spaCy's type where the context is plain: a titled name is a person, a lone name "in X" a place."""
        facts = self._name_facts(mentions)
        for mention in mentions:
            self._drop_title_tail(mention)
            self._drop_portfolio(mention)
            mention.label = self._label_by_shape(mention, facts)
        self._retype_by_context(mentions, facts.words_of_full_names)
        self._retype_named_products(mentions)
        self._retype_owned_things(mentions)
        self._retype_programmes(mentions)
        self._retype_market_indices(mentions)
        self._retype_short_forms_of_things(mentions)
        self._retype_words_and_families(mentions)
        self._retype_misspelt_speakers(mentions)
        self._retype_persons_listed_with_bodies(mentions)
        self._retype_by_majority(mentions, facts.words_of_full_names)

    def _retype_by_majority(self, mentions: list[Mention], words_of_full_names: set[str]) -> None:
        """A one-word name spaCy called an organization more often than a person, that no person's full name
        holds and no honorific precedes, is an organization in every mention."""
        votes: dict[str, Counter[str]] = {}
        for mention in mentions:
            name = mention.name(self.text)
            if " " not in name and mention.label in ("ORG", "PERSON"):
                votes.setdefault(name, Counter())[mention.label] += 1
        for mention in mentions:
            name = mention.name(self.text)
            vote = votes.get(name)
            if (
                mention.label == "PERSON"
                and vote is not None
                and vote["ORG"] > vote["PERSON"]
                and name not in words_of_full_names
                and not any(self._after_personal_honorific(m) for m in mentions if m.name(self.text) == name)
            ):
                mention.label = "ORG"

    def _name_facts(self, mentions: list[Mention]) -> NameFacts:
        person_names = [m.name(self.text) for m in mentions if m.label == "PERSON"]
        org_openers = {
            " ".join(words[:n])
            for m in mentions
            if m.label == "ORG"
            for words in [m.name(self.text).split()]
            for n in range(1, len(words))
        }
        # One mention that shows an organization makes every mention of that name one.
        org_shaped = {
            m.name(self.text) for m in mentions if m.label in ("PERSON", "ORG") and self._organization_shaped(m)
        }
        return NameFacts(
            lone_persons={n for n in person_names if " " not in n},
            words_of_full_names={w for n in person_names if " " in n for w in n.split()},
            org_openers=org_openers,
            org_shaped=org_shaped,
        )

    def _label_by_shape(self, mention: Mention, facts: NameFacts) -> str:
        """The label ``mention`` takes from its own shape and the article's other names."""
        name = mention.name(self.text)
        label = mention.label
        if name in TIME_ZONES:
            return "TIME"
        # "M23 rebels": a place name has no digits; a group's may.
        if label in ("GPE", "LOC") and any(ch.isdigit() for ch in name) and re.search(r"[A-Z]", name):
            return "ORG"
        if label == "PERSON":
            # "Shares in Acme rose": one word opening an organization's name and no person's.
            if name in facts.org_openers and name not in facts.words_of_full_names:
                return "ORG"
            if name in facts.org_shaped or name.split()[-1] in facts.org_shaped:
                return "ORG"
            return "GPE" if self._lone_person_is_place(mention, facts) else label
        if label in ("ORG", "PERSON") and _rank_only(name):
            return "MISC"
        if label == "ORG" and _ranked_person(name):
            return "PERSON"
        if label == "GPE" and self._after_occupation_at(mention):
            return "ORG"
        if (
            label == "ORG"
            and " " not in name
            and not name.isupper()
            and (before := self._token_before(mention.begin)) is not None
            and before.lower_ in NEAR_PREPOSITIONS
        ):
            return "GPE"
        if label in ("ORG", "GPE", "NORP", "FAC", "PRODUCT", "WORK_OF_ART") and (
            self._person_shaped(mention, facts.lone_persons) or self._after_personal_honorific(mention)
        ):
            return "PERSON"
        return label

    def _after_personal_honorific(self, mention: Mention) -> bool:
        """ "Mr X", "Dr Y": one capitalised word after a personal honorific is a person's name."""
        name = mention.name(self.text)
        before = self._token_before(mention.begin)
        return (
            " " not in name
            and name[1:].lower() != name[1:].upper()
            and before is not None
            and PERSONAL_HONORIFIC.fullmatch(before.text) is not None
            and "\n" not in before.whitespace_
        )

    def _lone_person_is_place(self, mention: Mention, facts: NameFacts) -> bool:
        """ "supporters in Kitwe": a lone word after "in" that no full name of the article contains;
        "much of Goma": likewise after "of" with a part noun before it."""
        name = mention.name(self.text)
        before = self._token_before(mention.begin)
        part_of_place = (
            before is not None
            and before.lower_ == "of"
            and before.i > 0
            and self.doc[before.i - 1].lower_ in CITY_PART_NOUNS
        )
        return (
            " " not in name
            and before is not None
            and (before.lower_ in PLACE_ONLY_PREPOSITIONS or part_of_place)
            and mention.full_end == mention.end
            and name not in facts.words_of_full_names
        )

    def _after_occupation_at(self, mention: Mention) -> bool:
        """ "an analyst at Bernstein": a name after "<occupation> at" is where the person works, a body."""
        at = self._token_before(mention.begin)
        if at is None or at.lower_ != "at" or at.i == 0:
            return False
        occupation = self.doc[at.i - 1]
        return occupation.lower_ in TITLE_HEADS and mention.full_end == mention.end

    def _drop_title_tail(self, mention: Mention) -> None:
        """ "Xville County District" before "Attorney": the first word of a title is no part of the place."""
        name = mention.name(self.text)
        words = name.split()
        if len(words) < 2 or mention.label not in ("GPE", "LOC", "FAC") or mention.full_end != mention.end:
            return
        after = self._token_after(mention.end)
        if words[-1].lower() in TITLE_MODIFIERS and after is not None and after.lower_ in TITLE_HEADS:
            mention.end = mention.full_end = mention.begin + len(name) - len(words[-1]) - 1

    def _drop_portfolio(self, mention: Mention) -> None:
        """ "Xlandic External Affairs" before "Minister": a demonym and a post's portfolio, no body; the demonym
        alone names the state."""
        words = mention.name(self.text).split()
        if len(words) < 2 or mention.label != "ORG" or mention.full_end != mention.end:
            return
        after = self._token_after(mention.end)
        if after is None or after.lower_ not in POST_HEADS:
            return
        forms = find_country_forms(mention.name(self.text))
        if not forms or forms[0].begin != 0:
            return
        rest = mention.name(self.text)[forms[0].end :].split()
        if rest and all(w.lower() in TITLE_MODIFIERS for w in rest):
            mention.end = mention.full_end = mention.begin + forms[0].end
            mention.label = "NORP"

    def _organization_shaped(self, mention: Mention) -> bool:
        """A "person" that is an organization: a word in capitals inside it ("ACME Africa"), or described right
        after as one ("Acme, the vaccine alliance, ...")."""
        words = mention.name(self.text).split()
        if any(len(w) >= 3 and w.isalpha() and w.isupper() and not ROMAN_NUMERAL.fullmatch(w) for w in words):
            return True
        if len(words) > 1 and words[-1].lower() in COMPANY_TRADE_WORDS and not self._titled(mention):
            return True  # "Acme Chemical said": a company named for its trade ("Sen. X Gas" is a person's name)
        # "Acme's chief executive", "Acme's shares": only an organization has these.
        if mention.full_end > mention.end and COMPANY_BELONGINGS.match(self.text, mention.full_end):
            return True
        # Set off by commas on both sides: "X, the group said" is no description.
        described = DESCRIPTION_AFTER.match(self.text, mention.full_end)
        return described is not None and described.group(1) in ORG_COMMON_NOUNS

    def _person_shaped(self, mention: Mention, lone_persons: set[str]) -> bool:
        """A two-to-four word name after a title ("Chancellor X Y"), or whose last word names a person elsewhere."""
        name = mention.name(self.text)
        words = name.split()
        if not 2 <= len(words) <= 4 or any(ch.isdigit() for ch in name):
            return False
        for word in words:
            lower = word.lower()
            if lower in NAME_PARTICLES:
                continue
            if not word[:1].isupper() or (word.isupper() and len(word) > 1):
                return False
            if lower in ORG_NAME_WORDS or lower in STATE_ORGAN_HEADS or lower in INSTITUTION_HEADS:
                return False
            if lower in PLACE_NOUNS or lower in TITLE_HEADS or lower in TITLE_MODIFIERS:
                return False
        if find_country_forms(name):
            return False
        before = self._token_before(mention.begin)
        return (
            self._titled(mention)
            or words[-1] in lone_persons
            or self._after_title_and_comma(before)
            or self._post_set_off_after(mention)
        )

    def _titled(self, mention: Mention) -> bool:
        """A title or an honorific right before the name, on the same line ("Chancellor X Y", "Sen. X Y")."""
        before = self._token_before(mention.begin)
        return (
            before is not None
            and (
                before.lower_ in TITLE_HEADS
                or re.fullmatch(HONORIFIC_WORD, before.text) is not None
                or self._split_honorific(before)
            )
            and "\n" not in before.whitespace_
        )

    def _post_set_off_after(self, mention: Mention) -> bool:
        """ "X Y, the defence minister, said": a post set off after the name describes a person."""
        described = DESCRIPTION_AFTER.match(self.text, mention.full_end) if mention.full_end == mention.end else None
        return (
            described is not None
            and described.group(1) in POST_HEADS
            and described.group(1) not in BODY_DESCRIBING_POSTS
        )

    def _split_honorific(self, token: Token) -> bool:
        """ "Col" "." before a name: an abbreviated rank whose full stop the tokenizer split off."""
        if token.text != "." or token.i == 0:
            return False
        word = self.doc[token.i - 1]
        return not word.whitespace_ and re.fullmatch(HONORIFIC_WORD, word.text) is not None

    def _after_title_and_comma(self, before: Token | None) -> bool:
        """ "the company's chief financial officer, Name": a name set off after a title is a person's."""
        if before is None or before.text != "," or before.i == 0:
            return False
        i = before.i - 1
        seen_head = False
        while i >= 0 and (self.doc[i].lower_ in TITLE_HEADS or self.doc[i].lower_ in TITLE_MODIFIERS):
            seen_head = seen_head or self.doc[i].lower_ in TITLE_HEADS
            i -= 1
        return seen_head


def _rank_only(name: str) -> bool:
    """ "Major General", "Rear Admiral": a rank alone, which spaCy took for a body, names no one."""
    words = name.lower().split()
    return len(words) >= 2 and all(w in _RANK_WORDS for w in words) and words[-1] in _RANKS


def _ranked_person(name: str) -> bool:
    """ "General Ana Ruiz" that spaCy took for a body: a rank, then two or three words shaped like a personal
    name ("General Motors" has one, "General Atomics Company" a body's word)."""
    words = name.split()
    at = 0
    while at < len(words) and words[at].lower() in _RANK_WORDS:
        at += 1
    rest = words[at:]
    return (
        at > 0
        and words[at - 1].lower() in _RANKS
        and 2 <= len(rest) <= 3
        and all(
            _personal_name_word(w) and w.lower() not in TITLE_HEADS and w.lower() not in TITLE_MODIFIERS for w in rest
        )
        and not find_country_forms(" ".join(rest))
    )
