"""Typing a name by its context: the words before and after it, and what it is listed with."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from spacy.tokens import Token

from kgingest.extract.actor_lexicon import (
    BODY_DESCRIBING_POSTS,
    LEGAL_SUFFIXES,
    LOCATIVE_PREPOSITIONS,
    ORG_NAME_WORDS,
    PLACE_NOUNS,
    STATE_POST_HEADS,
    TITLE_HEADS,
    person_only_post,
)
from kgingest.extract.actor_states import find_country_forms, first_conjunct, is_preposition_object
from kgingest.extract.actors.base import Mention
from kgingest.extract.actors.names import (
    _abbreviates,
    _is_common_noun,
    _org_head,
)
from kgingest.extract.actors.non_actors import NonActorNames
from kgingest.extract.actors.patterns import (
    AGE_AFTER,
    BASE_AFTER,
    BODY_HEADS,
    FINANCIAL_NOUNS,
    LAW_HEADS,
    LIVED_IN_NOUNS,
    LOCATED_VERBS,
    ORG_COMMON_NOUNS,
    ORG_HEAD_NOUNS,
    ORG_LAST_WORDS,
    PERSON_NOUNS,
    PLACE_NOUN_CHARS,
    PLACE_NOUN_COMMA,
    PLACE_ONLY_PREPOSITIONS,
    VESSEL_NOUNS,
)
from kgingest.extract.components import rule_spans
from kgingest.extract.index import literal_matches
from kgingest.extract.lexicon import word_mapping, word_set
from kgingest.extract.spans import tokens_in

# Up to three lowercase modifiers, then the post: "deputy foreign minister", "senior aide"; maybe a demonym or
# a body's name first ("the Kenyan president") and a possessive noun ("the country's president").
_POST_WORDS = (
    r"(?P<cap>(?:[A-Z][\w-]*\s+){0,2})(?P<words>(?:(?=(?P<single>[a-z]+)(?![\w'’-]))|)"
    r"(?:[a-z][\w-]*(?:['’]s)?\s+){0,3}[a-z][\w-]*)\b(?!-)"
)
_BARE_POST_OF = r"(?P<words>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+of\s"
# Words that end a post's own words: its portfolio or body follows ("the prime minister of Xland").
# Posts in a company: "X, the chief executive of Acme". The same lexicon entry as roles.words.COMPANY_POST_HEADS,
# read here because importing the roles stage would import this stage again.
_COMPANY_POST_HEADS = word_set("roles", "company_post_heads")
_COMPANY_OFFICER_KINDS = word_set("roles", "company_officer_kinds")
# "Acme CEO Jo Tarn": a company's post between two names, the second the holder's.
_COMPANY_POST_BETWEEN = re.compile(r"\s+(?P<post>[A-Za-z]+)\s+[A-Z][a-z]")
_AFTER_POST = frozenset({"of", "for", "at", "to", "in", "with", "and", "from", "on"})
_POST_AFTER_NAME = re.compile(rf",\s+(?:the|a|an)\s+{_POST_WORDS}")
# "X Y, prime minister of Xland,": with no article, a lowercase post and its "of".
_BARE_POST_AFTER_NAME = re.compile(rf",\s+{_BARE_POST_OF}")
_NAME_CHARACTER = re.compile(r"[\w-]")
# "X Y, Dunmore's mayor,": a post owned by a capitalised possessive, set off after a name.
_OWNED_POST_AFTER_NAME = re.compile(
    r",\s+(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*['’]s\s+(?P<words>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\b(?![\w'’-])"
)
# "Sens. X (Ariz.), Y and Z": every name of a list under a plural abbreviated title is a person's (the same
# lexicon entry as roles.words.PLURAL_TITLE_ABBREVIATIONS, read here for the reason above).
_LISTED_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}(?:\s*\([^()]{1,24}\))?"
_UNDER_PLURAL_TITLE = re.compile(
    r"\b(?:"
    + "|".join(re.escape(t) for t in sorted(word_mapping("roles", "plural_title_abbreviations"), key=len))
    + rf")\s+(?:{_LISTED_NAME}(?:,\s+and|,|\s+and)\s+){{1,5}}$",
    re.IGNORECASE,
)
# "X Y, who leads ...": a relative clause a person's name takes ("which" is a body's); not with a plural verb, which
# a team or a town takes ("Xton Rovers, who were relegated"), never one person.
_WHO_AFTER_NAME = re.compile(r",\s+who\s+(?!(?:were|are|have)\b)")


def _posts_after(form: str, text: str, after_name: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """The matches of ``re.finditer(rf"(?<![\\w-]){re.escape(form)}" + after_name.pattern, text)``, each from the end
    of ``form`` on: ``str.find`` goes from one occurrence of the name to the next, and no pattern is compiled for
    each name."""
    at = text.find(form)
    while at != -1:
        found = None
        if at == 0 or not _NAME_CHARACTER.match(text, at - 1):
            found = after_name.match(text, at + len(form))
        if found is not None:
            yield found
            at = text.find(form, found.end())
        else:
            at = text.find(form, at + 1)


class PersonContext(NonActorNames):
    """Signs in the words around a name that it is a person's: a post set off after it, an age, "who"."""

    def _person_named_as_place(self, mention: Mention) -> bool:
        """ "X Y, Xville's deputy mayor, said": a "place" no country list knows, after no preposition ("in X Y,
        the mayor said" stays a place), set off before a post or an age, is a person's name."""
        name = mention.name(self.text)
        before = self._token_before(mention.begin)
        if (before is not None and before.pos_ == "ADP") or find_country_forms(name):
            return False
        if self.gazetteer.capital(name) is not None or self.gazetteer.province_country(name) is not None:
            return False
        return self._person_by_age(mention) or self._person_by_post_after(mention)

    def _person_by_post_after(self, mention: Mention) -> bool:
        """ "X Y, the deputy foreign minister," or later "Y, a senior aide,", and "candidate X Y": a name (or its last
        word) set off before a post held by one person, or right after one, is a person's, whatever spaCy called it."""
        words = mention.name(self.text).split()
        if not 2 <= len(words) <= 3 or any(
            not w[:1].isupper()
            or w.isupper()
            or (lower := w.lower().rstrip(".,")) in ORG_NAME_WORDS
            or lower in ORG_HEAD_NOUNS
            or lower in LEGAL_SUFFIXES
            or lower in BODY_HEADS
            for w in words
        ):
            return False
        if find_country_forms(mention.name(self.text)):
            return False
        # "candidate X Y": a lowercase post right before the name, as a noun that describes the name.
        before = self._token_before(mention.begin)
        if (
            before is not None
            and before.text.islower()
            and (before.lower_ in TITLE_HEADS or before.lower_ in PERSON_NOUNS)
            and before.lower_ not in BODY_DESCRIBING_POSTS
            and self._describes_name(before, mention)
        ):
            return True
        for form in (mention.name(self.text), words[-1]):
            for found in _posts_after(form, self.text, _POST_AFTER_NAME):
                single = None if found.group("cap") else found.group("single")
                if self._set_off_post(found.group("words"), mention, single=single):
                    return True
            for found in _posts_after(form, self.text, _BARE_POST_AFTER_NAME):
                if self._set_off_post(found.group("words"), mention, single=None):
                    return True
        return self._person_by_bare_post((mention.name(self.text), words[-1]))

    def _person_named_as_body(self, mention: Mention) -> bool:
        """A "body" the words around or in it show to be a person: an age, a post set off after it, a list under
        "Sens.", a person's post opening it."""
        return (
            self._person_by_age(mention)
            or self._person_by_post_after(mention)
            or self._listed_under_plural_title(mention)
            or _post_opens_person_name(mention.name(self.text))
        )

    def _listed_under_plural_title(self, mention: Mention) -> bool:
        """ "Sens. X, Y and Z": a later name of a list under a plural abbreviated title, of two or three words
        with no word of a body's name, is a person's."""
        words = mention.name(self.text).split()
        if not 2 <= len(words) <= 3 or any(
            (lower := w.lower()) in ORG_NAME_WORDS or lower in ORG_HEAD_NOUNS or lower in BODY_HEADS for w in words
        ):
            return False
        return _UNDER_PLURAL_TITLE.search(self.text[max(0, mention.begin - 200) : mention.begin]) is not None

    def _person_by_bare_post(self, forms: tuple[str, ...]) -> bool:
        """ "X Y, director of the museum,", "X Y, Dunmore's mayor," and "X Y, who leads ...": a post no firm holds,
        set off with no article or owned by a possessive, or a "who" clause, makes a name a person's."""
        # "Xport City, who won the cup," is a team named for a place: a place noun ends no person's name.
        place_named = forms[0].split()[-1].lower() in PLACE_NOUNS
        for form in forms:
            if not place_named and next(_posts_after(form, self.text, _WHO_AFTER_NAME), None) is not None:
                return True
            for pattern in (_BARE_POST_AFTER_NAME, _OWNED_POST_AFTER_NAME):
                posts = (_post_of(found.group("words")) for found in _posts_after(form, self.text, pattern))
                if any(person_only_post(post) for post in posts):
                    return True
        return False

    def _set_off_post(self, words: str, mention: Mention, single: str | None) -> bool:
        """A post set off after a name makes it a person's: read by its first lowercase word ("X, the president,"),
        or, for a longer or possessive post, only a state's or a company's ("X, the prime minister of Xland");
        an adviser, auditor or investigator may be a firm, and a name spaCy typed a body keeps that type unless
        the post is a state's."""
        if single is not None and single.lower() in TITLE_HEADS and single.lower() not in BODY_DESCRIBING_POSTS:
            return True
        post = _post_of(words)
        if post in STATE_POST_HEADS:
            return True
        return post in _COMPANY_POST_HEADS and mention.label != "ORG"

    def _describes_name(self, word: Token, mention: Mention) -> bool:
        """The word is a singular noun (or an adjective used as one, "hopeful") modifying the name or set beside
        it, not a verb whose object the name is ("will host X Y executives")."""
        name_tokens = self._tokens(mention.begin, mention.end)
        if word.tag_ == "NN" and word.dep_ in ("compound", "appos") and word.head in name_tokens:
            return True
        if word.tag_ == "JJ" and word.dep_ == "amod" and word.head in name_tokens:
            return True
        return word.tag_ == "NN" and any(t.dep_ == "appos" and t.head == word for t in name_tokens)

    def _person_by_age(self, mention: Mention) -> bool:
        """ "X Y, 58," or "X Y, a 58-year-old ...": only a person has an age."""
        words = mention.name(self.text).split()
        if not 2 <= len(words) <= 3 or any(not w[:1].isupper() or w.lower() in ORG_NAME_WORDS for w in words):
            return False
        return AGE_AFTER.match(self.text, mention.full_end) is not None


class ContextTyping(PersonContext):
    """Second opinions on a name's type from the words around it: vessels, laws, places, bodies."""

    def _retype_by_context(self, mentions: list[Mention], words_of_full_names: set[str]) -> None:
        """Second opinions from the words around a name: laws and ships are no actors, a name described as a
        company is one, a name where troops are based or listed with places is a place."""
        place_names = {m.name(self.text) for m in mentions if self._place_context(m) and m.label != "PERSON"}
        for mention in mentions:
            name = mention.name(self.text)
            words = name.split()
            if mention.label not in ("PERSON", "ORG", "GPE", "NORP", "PRODUCT", "WORK_OF_ART", "FAC", "LOC"):
                continue
            if len(words) > 1 and _org_head(name).lower() in LAW_HEADS and mention.label != "GPE":
                mention.label = "LAW"
            elif (non_actor := self._non_actor_label(mention)) is not None:
                mention.label = non_actor
            elif self._names_vessel(mention):
                mention.label = "VESSEL"
            elif (
                mention.label in ("ORG", "PERSON", "NORP", "PRODUCT")
                and not name.isupper()
                and (
                    name in place_names
                    or self._site_of_base(mention)
                    or self._listed_with_places(mention, mentions)
                    or (" " not in name and self._lone_name_is_place(mention))
                    or self._where_people_live(mention)
                )
            ):
                mention.label = "GPE"
            elif mention.label == "PERSON" and self._organization_by_context(mention):
                mention.label = "ORG"
            elif mention.label == "PERSON" and " " not in name and name not in words_of_full_names:
                if self._not_a_name(mention):
                    mention.label = "MISC"
            elif (mention.label == "ORG" and self._person_named_as_body(mention)) or (
                mention.label == "GPE" and self._person_named_as_place(mention)
            ):
                mention.label = "PERSON"
            elif mention.label in ("GPE", "LOC", "NORP") and self._body_named_as_place(mention):
                mention.label = "ORG"
        self._retype_products_of_bodies(mentions)
        # A lone word after "in"/"into" that only an organization's name (once thought a person's) contained.
        still_person_words = {w for m in mentions if m.label == "PERSON" for w in m.name(self.text).split()[1:]}
        for mention in mentions:
            name = mention.name(self.text)
            before = self._token_before(mention.begin)
            if (
                mention.label == "PERSON"
                and " " not in name
                and name in words_of_full_names
                and name not in still_person_words
                and not any(name == m.name(self.text) for m in mentions if m.label == "PERSON" and m is not mention)
                and before is not None
                and before.lower_ in PLACE_ONLY_PREPOSITIONS
                and mention.full_end == mention.end
            ):
                mention.label = "GPE"

    def _body_named_as_place(self, mention: Mention) -> bool:
        """ "<Region> Police", "MINUSMA": a "place" whose last word is a body's or that is an acronym no state has."""
        name = mention.name(self.text)
        words = name.split()
        if len(words) > 1 and words[-1].lower() in BODY_HEADS and words[-1][:1].isupper():
            return True
        return (
            re.fullmatch(r"[A-Z]{4,10}", name) is not None
            and not find_country_forms(name)
            and self.gazetteer.capital(name.title()) is None
        )

    def _where_people_live(self, mention: Mention) -> bool:
        """ "residents of X", "the streets of A and X": what people live in or walk through is a place."""
        if any(w.lower() in ORG_NAME_WORDS or w.lower() in ORG_HEAD_NOUNS for w in mention.name(self.text).split()):
            return False
        span = tokens_in(self.doc, mention.begin, mention.end)
        if span is None or mention.full_end != mention.end:
            return False
        first = first_conjunct(span.root)
        return (
            is_preposition_object(first)
            and first.head.lower_ == "of"
            and first.head.head.lower_ in LIVED_IN_NOUNS
            and not find_country_forms(mention.name(self.text))
        )

    def _lone_name_is_place(self, mention: Mention) -> bool:
        """ "the provincial capital, X", "parking in X": a one-word name set off after a place noun, or after "in"
        when nothing financial comes before ("shares in X") and no noun after ("in X shares")."""
        name = mention.name(self.text)
        if name.isupper() or name.lower() in ORG_NAME_WORDS:
            return False
        if self._after_place_noun_and_comma(mention.begin):
            return True
        before = self._token_before(mention.begin)
        if before is None or before.lower_ != "in" or before.i == 0 or mention.label != "ORG":
            return False
        if self.doc[before.i - 1].lower_ in FINANCIAL_NOUNS or mention.full_end != mention.end:
            return False
        after = self._token_after(mention.end)
        return after is None or not (after.pos_ == "NOUN" and after.idx == mention.end + 1)

    def _after_place_noun_and_comma(self, offset: int) -> bool:
        """The text before ``offset`` ends in a place noun and a comma: "the provincial capital, "."""
        # Only the last characters can match, so the search starts just before the noun, not at the article's start.
        at = offset
        while at > 0 and self.text[at - 1].isspace():
            at -= 1
        if at == 0 or self.text[at - 1] != ",":
            return False
        at -= 1
        while at > 0 and self.text[at - 1].isspace():
            at -= 1
        return PLACE_NOUN_COMMA.search(self.text, max(0, at - PLACE_NOUN_CHARS), offset) is not None

    def _opens_with_ship_prefix(self, mention: Mention) -> bool:
        """The entity ruler found a ship's prefix as the name's first word ("HMS X")."""
        if self._ship_prefixes is None:
            self._ship_prefixes = {span.start_char: span for span in rule_spans(self.doc, "SHIP_PREFIX")}
        prefix = self._ship_prefixes.get(mention.begin)
        return prefix is not None and bool(prefix[-1].whitespace_)

    def _names_vessel(self, mention: Mention) -> bool:
        """ "HMS X", "the destroyer X", "P-8A": a ship or an aircraft type, not an actor."""
        words = mention.name(self.text).split()
        if len(words) > 1 and self._opens_with_ship_prefix(mention):
            return True
        if len(words) == 1 and re.fullmatch(r"[A-Z]{1,3}-\d+[A-Z]?", words[0]):
            return True
        # "the flag carrier Acme Airlines": a name closed by an organization's word is the company, not a ship.
        if words[-1].lower() in ORG_NAME_WORDS or words[-1].lower() in ORG_HEAD_NOUNS:
            return False
        before = self._token_before(mention.begin)
        return before is not None and before.lower_ in VESSEL_NOUNS and before.text.islower()

    def _site_of_base(self, mention: Mention) -> bool:
        """ "X air base", "based at X", "landed at X": where forces are."""
        if any(w.lower() in ORG_NAME_WORDS or w.lower() in ORG_HEAD_NOUNS for w in mention.name(self.text).split()):
            return False
        if mention.full_end == mention.end and BASE_AFTER.match(self.text, mention.end):
            return True
        before = self._token_before(mention.begin)
        if before is None or before.lower_ not in ("at", "in", "near") or before.i == 0:
            return False
        return self.doc[before.i - 1].lower_ in LOCATED_VERBS

    def _listed_with_places(self, mention: Mention, mentions: list[Mention]) -> bool:
        """ "in Juba and X", "at bases in A, B and X": a name listed with places after a locative preposition."""
        if any(w.lower() in ORG_NAME_WORDS or w.lower() in ORG_HEAD_NOUNS for w in mention.name(self.text).split()):
            return False
        span = tokens_in(self.doc, mention.begin, mention.end)
        if span is None:
            return False
        first = first_conjunct(span.root)
        if not is_preposition_object(first) or first.head.lower_ not in LOCATIVE_PREPOSITIONS:
            return False
        conjuncts = [first, *first.conjuncts]
        if len(conjuncts) < 2:
            return False
        for token in conjuncts:
            if mention.begin <= token.idx < mention.end:
                continue
            other = next((m for m in mentions if m.begin <= token.idx < m.end), None)
            if other is not None and other.label in ("GPE", "LOC"):
                return True
            if find_country_forms(token.text):
                return True
        return False

    def _organization_by_context(self, mention: Mention) -> bool:
        """A "person" named like an organization or called one: "... Front", "the group X",
        "the research firm X", "X, which ...", "analysts at X"."""
        name = mention.name(self.text)
        words = name.split()
        last = words[-1].lower()
        if len(words) > 1 and (last in ORG_LAST_WORDS or last in ORG_HEAD_NOUNS or last in ORG_NAME_WORDS):
            return True
        before = self._token_before(mention.begin)
        if before is not None and before.text.islower() and before.lemma_.lower() in ORG_COMMON_NOUNS:
            return True
        # "its parent company, X": an organization's noun set off right before the name.
        if before is not None and before.text == "," and before.i > 0:
            noun = self.doc[before.i - 1]
            # Not "the president of the federation, X": there the person follows the post.
            if (
                noun.text.islower()
                and noun.lemma_.lower() in ORG_COMMON_NOUNS
                and noun.lower_ != "group"
                and not (is_preposition_object(noun) and noun.head.head.lemma_.lower() in TITLE_HEADS)
            ):
                return True
        # "Long Name (LN)": a person is never followed by the initials of the name.
        acronym = re.match(r"\s*\(([A-Z]{2,8})\)", self.text[mention.full_end : mention.full_end + 12])
        if acronym and len(words) > 1 and _abbreviates(acronym.group(1), name):
            return True
        if _company_post_around(mention, before, self.text):
            return True
        if before is not None and before.lower_ == "at" and before.i > 0:
            occupation = self.doc[before.i - 1]
            if occupation.lemma_.lower() in TITLE_HEADS and occupation.tag_ == "NNS":
                return True
        tail = self.text[mention.full_end : mention.full_end + 40]
        if re.match(r",\s+which\b", tail) or re.match(r"\s+think[\s-]tank\b", tail):
            return True
        after = re.match(r"\s+([a-z]+)\b", tail)
        return after is not None and mention.full_end == mention.end and after.group(1) in ORG_COMMON_NOUNS

    def _not_a_name(self, mention: Mention) -> bool:
        """A lone "person" word that names nobody: "Patriot batteries" (a modifier of a noun), or a common noun
        opening a sentence and used nowhere else ("Turnout was ..."), or one word after "the" ("cleared the
        Esplanade"): no one's name takes the article, unless it speaks."""
        before = self._token_before(mention.begin)
        if (
            before is not None
            and before.lower_ == "the"
            and not mention.name(self.text).endswith("s")
            and not self._speaks_or_employs(mention)
            and not self._acts(mention)
        ):
            return True
        after = self._token_after(mention.end)
        if (
            mention.full_end == mention.end
            and after is not None
            and after.idx == mention.end + 1
            and after.text.islower()
            and after.pos_ == "NOUN"
        ):
            return True
        token = self._tokens(mention.begin, mention.end)
        if not token or not token[0].is_sent_start or after is None or after.pos_ not in ("AUX", "VERB"):
            return False
        name = mention.name(self.text)
        whole_word = re.compile(rf"(?<!\w){re.escape(name)}(?!\w)")
        if len(list(itertools.islice(literal_matches(whole_word, name, self.text), 2))) != 1:
            return False
        return _is_common_noun(self.doc, name.lower())


def _post_opens_person_name(name: str) -> bool:
    """ "Sheriff X Y": a capitalised post only a person holds, taken by the parser into a body's name, before two
    or three name words with no word of a body's name ("General X Motors" stays a company)."""
    words = name.split()
    if not 3 <= len(words) <= 4 or not person_only_post(words[0].lower()) or find_country_forms(name):
        return False
    return all(
        w[:1].isupper()
        and w.isalpha()
        and not w.isupper()
        and (lower := w.lower()) not in ORG_NAME_WORDS
        and lower not in ORG_HEAD_NOUNS
        and lower not in LEGAL_SUFFIXES
        and lower not in BODY_HEADS
        and lower not in TITLE_HEADS
        for w in words[1:]
    )


def _post_of(words: str) -> str:
    """The post a run of lowercase words names: its last word before a portfolio or body ("prime minister" in
    "prime minister of Xland"), without a possessive ("country's president" -> "president")."""
    kept: list[str] = []
    for word in words.lower().split():
        if word in _AFTER_POST:
            break
        kept.append(word)
    return re.sub(r"['’]s$", "", kept[-1]) if kept else ""


def _company_post_around(mention: Mention, before: Token | None, text: str) -> bool:
    """ "the chairman of X", "chief executive officer of X", "X CEO Y": a company's post is held in a body,
    never in a person ("the daughter of X" is no post). Not a possessive name: "the chairman of X's charity"
    holds the post in X's body, and X stays a person."""
    if mention.full_end != mention.end:
        return False
    if before is not None and before.lower_ in ("of", "at") and before.i > 0:
        head = before.doc[before.i - 1]
        if head.lower_ == "officer":
            if head.i > 0 and head.doc[head.i - 1].lower_ in _COMPANY_OFFICER_KINDS:
                return True
        elif head.lower_ in _COMPANY_POST_HEADS and head.lower_ != "executive":
            return True
    between = _COMPANY_POST_BETWEEN.match(text, mention.full_end)
    return between is not None and between.group("post").lower() in _COMPANY_POST_HEADS
