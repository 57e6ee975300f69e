"""Names that are no actors whatever spaCy called them: events, agreements, things made, ideas, roads,
venues, and titles or descriptions capitalised at the start of a sentence."""

from __future__ import annotations

import re

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from kgingest.extract.actor_lexicon import (
    LEGAL_SUFFIXES,
    LOCATIVE_PREPOSITIONS,
    NAME_PARTICLES,
    ORG_NAME_WORDS,
    STATE_ORGAN_HEADS,
    TITLE_HEADS,
)
from kgingest.extract.actor_states import find_country_forms, first_conjunct
from kgingest.extract.actors.base import FinderBase, Mention
from kgingest.extract.actors.names import (
    _abbreviates,
    _is_adjective_only,
    _is_common_noun,
    _last_word,
    _misspelt_surname_of,
)
from kgingest.extract.actors.patterns import (
    BODY_HEADS,
    CAMEL_PRODUCT,
    COMPANY_BELONGINGS,
    EVENT_HEADS,
    FAITHS_AND_FEASTS,
    HONORIFIC_WORD,
    IDEA_ENDINGS,
    ILLNESS_NAMES,
    ILLNESS_NOUNS,
    INDEX_NOUNS,
    INDEX_UNITS,
    INSTITUTION_HEADS,
    INSTRUMENT_NOUNS,
    NUMBERED_PRODUCT_KINDS,
    ORG_COMMON_NOUNS,
    ORG_HEAD_NOUNS,
    PERSON_ROAD_HEADS,
    PRODUCT_KINDS,
    PRODUCT_NOUNS,
    PRODUCT_PARTICIPLES,
    PROGRAMME_HEADS,
    STREET_HEADS,
    STREET_OPENERS,
    SURNAME_BUILDING_HEADS,
    THING_HEADS,
    THING_KINDS,
    WORK_NOUNS,
)
from kgingest.extract.index import lowercase_noun_lemmas, token_facts
from kgingest.extract.lexicon import SPEECH_VERB_FORMS, verb_frame, word_set
from kgingest.extract.spans import tokens_in

# Nouns for a band or a team: beside "the Xs" they make it a group, not a family.
GROUP_NOUNS = word_set("actors", "group_nouns")
# First words of names given to an undertaking ("Project X", "Operation Y").
UNDERTAKING_OPENERS = word_set("actors", "undertaking_openers")
# Verbs whose object is a thing someone uses: "millions use Zed" makes Zed a product, not a company.
USE_VERBS = word_set("actors", "use_verbs")


def _numbered_model(words: list[str]) -> bool:
    """ "550 Skylark", "300 Series": a model's number before its name."""
    return len(words) > 1 and words[0].isdigit() and words[-1][:1].isupper()


SPEECH_VERBS = frozenset(SPEECH_VERB_FORMS)
# Lowercase prefixes that make an adjective of the name they are joined to.
_ADJECTIVE_PREFIX = re.compile(r"(?:pro|anti|non|neo)-")
# The lowercase "v." or "vs." between two parties' names that names a court case.
_CASE_NAME = re.compile(r"\S\s+vs?\.?\s+[A-Z]")
# Labels a name keeps when it names a thing, not an actor: what its short forms are too.
_THING_LABELS = frozenset({"MISC", "EVENT", "LAW", "PRODUCT", "WORK_OF_ART", "VESSEL"})
# A version or model number closing a name: "Navigator 5", "XR9", "Z300s".
_VERSION_TAIL = re.compile(r"(?:\s+\d[\w.]*|(?<=[A-Za-z])\d[\d.]*s?)$")


# A capitalised name closed by a capitalised index noun: "the Kestrel Composite Index", "the Lark Average".
_INDEX_NAME = re.compile(r"\b((?:[A-Z][\w&'’.\-]*\s+){1,4}([A-Z][a-z]+))\b")
_BRACKETED_INITIALS = re.compile(r"(?:\s+\d[\d.,]*)?\s*\(([A-Z][A-Za-z&.\-]{1,11})\)")


def _without_version(name: str) -> str:
    """The name without a version or model number closing it ("Navigator 5" -> "Navigator", "XR9" -> "XR")."""
    stripped = _VERSION_TAIL.sub("", name)
    return stripped if stripped and stripped[:1].isalpha() else name


def _closing_words(short: str, name: str) -> bool:
    """ "Navigator" closes "Skyline Navigator": a short form drops capitalised words that open a name, never a
    phrase after a small word ("Ana Ruiz" does not shorten "Late Night with Ana Ruiz")."""
    if not name.endswith(" " + short):
        return False
    dropped = name[: -len(short) - 1].split()
    return all(any(ch.isupper() for ch in word) for word in dropped)


def _org_worded(name: str) -> bool:
    """A word of the name that only a body's name has ("... Group", "... Ministry", "... Inc")."""
    return any(
        (lower := word.lower().rstrip(".,")) in ORG_NAME_WORDS
        or lower in ORG_HEAD_NOUNS
        or lower in LEGAL_SUFFIXES
        or lower in BODY_HEADS
        or lower in STATE_ORGAN_HEADS
        or lower in INSTITUTION_HEADS
        for word in name.split()
    )


# spaCy labels a correction may take away from the actors.
_ACTOR_LABELS = frozenset({"PERSON", "ORG", "NORP", "PRODUCT", "WORK_OF_ART", "FAC"})
# The kinds of things, joined once (not for every noun of every article).
_PRODUCT_KINDS = PRODUCT_KINDS | NUMBERED_PRODUCT_KINDS
_KINDS_OF_THINGS = _PRODUCT_KINDS | WORK_NOUNS | THING_KINDS


def _is_subject(span: SpacySpan | None) -> bool:
    """The name itself, not a noun it modifies, is a verb's subject."""
    return span is not None and span.root.dep_ == "nsubj" and span.root.head.pos_ in ("VERB", "AUX")


def _group_noun_beside(the: Token, after: Token | None) -> bool:
    """A band or team noun right before "the Xs" (``the``), right after it (``after``), or in an apposition set off
    after it."""
    if the.i > 0 and the.doc[the.i - 1].lower_ in GROUP_NOUNS:
        return True
    following = list(after.doc[after.i : after.i + 6]) if after is not None else []
    if following and following[0].lower_ in GROUP_NOUNS:
        return True
    if not following or following[0].text != ",":
        return False
    for token in following[1:]:
        if token.is_punct:
            return False
        if token.lower_ in GROUP_NOUNS:
            return True
    return False


class ThingNames(FinderBase):
    """Names of things made, owned or sold, and the tests that keep a speaking or employing name an actor."""

    def _retype_products_of_bodies(self, mentions: list[Mention]) -> None:
        """ "Acme Roadster" where "Acme" alone is an organization of the article: the body's product, no actor."""
        bodies = {m.name(self.text) for m in mentions if m.label == "ORG" and " " not in m.name(self.text)}
        for mention in mentions:
            words = mention.name(self.text).split()
            if mention.label not in _ACTOR_LABELS or len(words) != 2 or words[0] not in bodies:
                continue
            # "spokesman Wang Lei said": a person's name after a post, or one that speaks, names no product (the
            # lone "Wang" later is the surname, whatever spaCy called it).
            before = self._token_before(mention.begin)
            if mention.label == "PERSON" and (
                self._speaks(mention) or (before is not None and before.lower_ in TITLE_HEADS)
            ):
                continue
            product = words[1]
            lower = product.lower().rstrip(".")
            # "Acme Textiles", "Acme Motors": a plural names the trade of a company, not a product; so does a noun
            # of an activity ("Acme Shipping", "Acme Mining").
            if (
                not product[:1].isupper()
                or product.isupper()
                or lower.endswith(("s", "ing"))
                or find_country_forms(product)
            ):
                continue
            if lower in ORG_NAME_WORDS or lower in ORG_HEAD_NOUNS or lower in LEGAL_SUFFIXES or lower in BODY_HEADS:
                continue
            mention.label, mention.product = "MISC", True

    def _retype_named_products(self, mentions: list[Mention]) -> None:
        """A name the text calls a work or a product ("the graphic novel X", "the X operating system", "Acme's X
        browser") names that thing in every mention: no actor."""
        products = {
            m.name(self.text)
            for m in mentions
            if m.label in _ACTOR_LABELS and (self._called_a_product(m) or self._set_beside_a_kind(m))
        }
        # A product may be the subject of a verb ("X is gaining users"); only speaking or employing makes it a body.
        products -= {m.name(self.text) for m in mentions if self._speaks_or_employs(m)}
        # "the 550 Skylark", then "the Skylark": a model's name without its number; "Acme Roadster", then
        # "Roadster": a product's name without its maker's.
        products |= {words[-1] for m in mentions if _numbered_model(words := m.name(self.text).split())}
        products |= {m.name(self.text).split()[-1] for m in mentions if m.product and " " in m.name(self.text)}
        for mention in mentions:
            if mention.label in _ACTOR_LABELS and mention.name(self.text) in products:
                mention.label, mention.product = "MISC", True
        self._retype_listed_with_products(mentions)

    def _retype_listed_with_products(self, mentions: list[Mention]) -> None:
        """ "the Acme Roadster, Rover and Dasher": names listed with a product (conjuncts of it) are products,
        unless one acts."""
        roots = {id(m): tokens.root for m in mentions if (tokens := tokens_in(self.doc, m.begin, m.end)) is not None}
        changed = True
        while changed:
            changed = False
            products = {roots[id(m)].i for m in mentions if m.product and id(m) in roots}
            for mention in mentions:
                root = roots.get(id(mention))
                if root is None or mention.product or mention.label not in _ACTOR_LABELS or self._acts(mention):
                    continue
                linked = {root.head.i} if root.dep_ == "conj" else set()
                linked |= {child.i for child in root.children if child.dep_ == "conj"}
                if linked & products:
                    mention.label, mention.product, changed = "MISC", True, True

    def _set_beside_a_kind(self, mention: Mention) -> bool:
        """ "two sedans, the Lumo and Vela", "a feature called SnapTalk": a name in apposition to, listed after,
        or given as the name of a kind of product or work."""
        span = tokens_in(self.doc, mention.begin, mention.end)
        if span is None or _org_worded(mention.name(self.text)):
            return False
        root = span.root
        kinds = _KINDS_OF_THINGS
        first = first_conjunct(root)
        if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.lemma_.lower() in kinds:
            return True
        if first is not root and first.pos_ == "NOUN" and first.lemma_.lower() in kinds:
            return True
        # "This feature is called X", "a drug named Y".
        if root.dep_ in ("oprd", "attr") and root.head.lemma_ in ("call", "name", "dub"):
            described = [c for c in root.head.children if c.dep_ == "nsubjpass"]
            if root.head.dep_ == "acl":
                described.append(root.head.head)
            return any(d.pos_ == "NOUN" and d.lemma_.lower() in kinds for d in described)
        return False

    def _called_a_product(self, mention: Mention) -> bool:
        last = _last_word(mention.name(self.text)).lower()
        if last in ORG_NAME_WORDS or last in ORG_HEAD_NOUNS or last in LEGAL_SUFFIXES:
            return False
        before = self._token_before(mention.begin)
        if before is not None and before.text.islower() and before.lower_ in WORK_NOUNS:
            return True
        if before is not None and before.lower_ in PRODUCT_PARTICIPLES and before.tag_ == "VBN":
            return True  # "the recently released X"
        after = self._token_after(mention.full_end)
        if mention.full_end != mention.end or after is None or before is None:
            return False
        following = self.doc[after.i + 1] if after.i + 1 < len(self.doc) else None
        if after.text.islower() and following is not None and following.lower_ in PRODUCT_NOUNS:
            after = following  # "the X mobile device", "Acme's X operating system"
        return (
            after.text.islower() and after.lower_ in PRODUCT_NOUNS and (before.lower_ == "the" or before.tag_ == "POS")
        )

    def _retype_owned_things(self, mentions: list[Mention]) -> None:
        """ "Acme's Skyline browser", "the channel's show Night Ledger": a name right after an organization's
        possessive is what that organization makes, runs or sells, unless some mention of the name speaks or
        employs ("Acme's Zed unit said", "Zed's chief executive") or names a person known by another mention."""
        owned: set[str] = set()
        organizations = {m.name(self.text) for m in mentions if m.label == "ORG"}
        for mention in mentions:
            name = mention.name(self.text)
            if (
                self._owners_before(mention.begin) & organizations
                and mention.label in _ACTOR_LABELS
                and mention.full_end == mention.end
                and not _org_worded(name)
                and not find_country_forms(name)
                and not (mention.label == "PERSON" and self._may_be_personal_name(mention))
            ):
                owned.add(name)
        owned -= {m.name(self.text) for m in mentions if self._speaks_or_employs(m)}
        # "Acme's Zed removed the video": a name that acts is a subsidiary, unless the article treats it as a thing.
        things = {m.name(self.text) for m in mentions if m.name(self.text) in owned and self._treated_as_thing(m)}
        owned -= {m.name(self.text) for m in mentions if _is_subject(tokens_in(self.doc, m.begin, m.end))} - things
        for mention in mentions:
            if mention.label in _ACTOR_LABELS and mention.name(self.text) in owned:
                mention.label, mention.product = "MISC", True

    def _treated_as_thing(self, mention: Mention) -> bool:
        """A product word beside the name, a kind it is set beside, or the name as what someone uses."""
        if mention.product or self._called_a_product(mention) or self._set_beside_a_kind(mention):
            return True
        span = tokens_in(self.doc, mention.begin, mention.end)
        return span is not None and span.root.dep_ == "dobj" and span.root.head.lemma_.lower() in USE_VERBS

    def _owners_before(self, offset: int) -> set[str]:
        """The capitalised names that may stand in the possessive right before ``offset``: "Acme Labs's " gives
        "Labs" and "Acme Labs"."""
        token = self._token_before(offset)
        owners: set[str] = set()
        if token is None or token.tag_ != "POS":
            return owners
        first = token.i
        while first > 0 and self.doc[first - 1].text[:1].isupper() and token.i - first < 4:
            first -= 1
            owners.add(self.doc[first : token.i].text)
        return owners

    def _may_be_personal_name(self, mention: Mention) -> bool:
        """A "person" name may be one unless each of its words is an English common noun ("Tune Depot"), or one
        the text uses in lowercase, and none stands alone elsewhere in the text ("Tapper said" after "Jo Tapper")."""
        name = mention.name(self.text)
        words = name.split()
        tokens = self._tokens(mention.begin, mention.end)
        lowercase = lowercase_noun_lemmas(self.doc)
        if len(words) < 2 or not all(
            _is_common_noun(self.doc, t.lemma_.lower()) or t.lemma_.lower() in lowercase for t in tokens if t.is_alpha
        ):
            return True
        whole = self._times_written(name)
        return any(self._times_written(word) > whole for word in words)

    def _speaks_or_employs(self, mention: Mention) -> bool:
        """The subject of a reporting verb, or the owner of a post or a company's belongings: an actor."""
        key = (mention.begin, mention.end, mention.full_end)
        if key not in self._speaking:
            self._speaking[key] = self._reads_as_speaking_or_employing(mention)
        return self._speaking[key]

    def _reads_as_speaking_or_employing(self, mention: Mention) -> bool:
        if self._speaks(mention):
            return True
        if mention.full_end > mention.end and (
            COMPANY_BELONGINGS.match(self.text, mention.full_end)
            or ((after := self._token_after(mention.full_end)) is not None and after.lower_ in TITLE_HEADS)
        ):
            return True
        # "X said", and "X's unit said" or "the X unit said" where the name only modifies the speaking noun.
        subjects = [
            token.head if token.dep_ in ("compound", "poss") and token.head.pos_ in ("NOUN", "PROPN") else token
            for token in self._tokens(mention.begin, mention.end)
        ]
        return any(token.dep_ == "nsubj" and verb_frame(token.head.lemma_) is not None for token in subjects)

    def _retype_short_forms_of_things(self, mentions: list[Mention]) -> None:
        """The short forms of a thing's name name the thing too: "Navigator" or "SN4" after "Skyline Navigator 5"
        was found a product. A short form is the name without its version number, its closing words, or its
        initials; one that some actor's name also ends with, or that speaks, stays an actor."""
        things = {
            m.name(self.text)
            for m in mentions
            if m.label in _THING_LABELS and any(ch.isupper() for ch in m.name(self.text))
        }
        phrases = self._product_phrases()
        # "the Kestrel 40 (K40)": initials in brackets right after a thing's name (and its number) are its own.
        for mention in mentions:
            if mention.label in _THING_LABELS:
                bracket = _BRACKETED_INITIALS.match(self.text, mention.full_end)
                if bracket:
                    phrases.add(bracket.group(1))
        things = {t for thing in things | phrases for t in (thing, _without_version(thing)) if " " in t}
        if not things and not phrases:
            return
        # What some actor's name ends with after one of its spaces: looked up once per mention, not searched for.
        actor_endings = {
            name[at + 1 :]
            for name in {m.name(self.text) for m in mentions if m.label in ("ORG", "PERSON")}
            for at, ch in enumerate(name)
            if ch == " "
        }
        for mention in mentions:
            if mention.label not in ("ORG", "PERSON", "NORP", "FAC"):
                continue
            name = mention.name(self.text)
            short = _without_version(name)
            if name in phrases and not self._speaks_or_employs(mention):
                mention.label, mention.product = "MISC", True
                continue
            if name in things:
                continue  # the same name found a thing elsewhere: each mention was typed by its own context
            part_of_thing = any(
                _closing_words(short, thing) or (short.isupper() and _abbreviates(short, thing)) for thing in things
            )
            part_of_actor = short in actor_endings
            fits = short in things or (part_of_thing and not part_of_actor)
            if fits and not self._speaks_or_employs(mention):
                mention.label, mention.product = "MISC", True

    def _product_phrases(self) -> set[str]:
        """Names the text calls a product by the noun after them, whether or not spaCy saw the name: "its Skyline
        Navigator 5 (SN5) browser", "the Orbis phones". Each name, and its initials in brackets, is a thing."""
        names: set[str] = set()
        facts = token_facts(self.doc)
        for at, lemma in enumerate(facts.lemmas):
            kind = lemma.lower()
            if facts.tags[at] != "NOUN" or not facts.texts[at].islower() or kind not in _PRODUCT_KINDS:
                continue
            i = at - 1
            acronym = None
            if i > 1 and self.doc[i].text == ")" and self.doc[i - 2].text == "(":
                acronym = self.doc[i - 1].text
                i -= 3
            end = i
            while i >= 0 and (self.doc[i].text[:1].isupper() or self.doc[i].like_num) and not self.doc[i].is_sent_start:
                i -= 1
            # One word alone before the noun is as often the maker ("the Acme phones"): only a longer name, or one
            # with its initials in brackets, is the product's own.
            if i == end or self.doc[i + 1].like_num or (end - i < 2 and acronym is None):
                continue
            name = self.doc[i + 1 : end + 1].text
            while i >= 0 and self.doc[i].pos_ == "ADJ" and self.doc[i].is_lower:
                i -= 1  # "the new X laptops"
            before = self.doc[i] if i >= 0 else None
            # Only a name owned or singled out: "Acme's X browser", "the new X browser", "its X phones".
            if before is None or not (before.tag_ in ("POS", "PRP$") or before.lower_ in ("the", "its", "their")):
                continue
            if _org_worded(name) or find_country_forms(name):
                continue
            if kind not in PRODUCT_KINDS and not any(ch.isdigit() for ch in name):
                continue
            names.add(name)
            if acronym is not None and acronym[:1].isupper():
                names.add(acronym)
        return names

    def _speaks(self, mention: Mention) -> bool:
        """A reporting verb right after the name: "X said", "X told"."""
        after = self._token_after(mention.full_end)
        return after is not None and after.text in SPEECH_VERBS

    def _does(self, mention: Mention) -> bool:
        """The name is the subject of an active verb: it does something ("X released a video"); "X was
        cancelled" is done to."""
        tokens = self._tokens(mention.begin, mention.end)
        return any(token.dep_ == "nsubj" and token.head.pos_ == "VERB" for token in tokens)

    def _acts(self, mention: Mention) -> bool:
        """The name is a verb's subject: something that acts."""
        tokens = self._tokens(mention.begin, mention.end)
        return any(token.dep_ in ("nsubj", "nsubjpass") and token.head.pos_ in ("VERB", "AUX") for token in tokens)


class NonActorNames(ThingNames):
    """Labels for names that are no actor: the kind of thing they name instead."""

    def _non_actor_label(self, mention: Mention) -> str | None:
        """``EVENT``, ``PRODUCT``, ``MISC`` or ``GPE`` (a road) for a name that names no actor, else None."""
        if mention.label not in _ACTOR_LABELS:
            return None
        name = mention.name(self.text)
        words = name.split()
        if (structure_or_event := self._structure_or_event_label(mention, words)) is not None:
            return structure_or_event
        if (
            mention.label == "PERSON"
            and re.fullmatch(HONORIFIC_WORD, name)
            and self.text[mention.end : mention.end + 1] == "."
        ):
            return "MISC"  # "Brig." in "Brig. Gen. X": an abbreviated rank, no name
        if len(words) == 1 and self._transcript_label(mention):
            return "MISC"
        # "pro-Ruiz", "anti-Acme": a prefix in lowercase makes an adjective of a name, which then names no one.
        if _ADJECTIVE_PREFIX.match(name):
            return "MISC"
        if _CASE_NAME.search(name):
            return "LAW"  # "Acme v. Board of Trade": a court case, named for its parties, is no actor
        if _numbered_model(words) or name.startswith("@"):  # a model; "@Acme", an account's handle
            return "MISC"
        # "Group C", "Pool B": a draw's group in a tournament.
        if len(words) == 2 and words[0] in ("Group", "Pool") and re.fullmatch(r"[A-Z]", words[1]):
            return "EVENT"
        if self._kind_after(mention, len(words)) is not None:
            return self._kind_after(mention, len(words))
        if len(words) > 1 and words[-1].lower() in THING_HEADS:
            return "MISC"
        # "Project Lantern", "Operation Dawn": a name given to an undertaking, unless it speaks or acts as a body.
        if (
            len(words) > 1
            and words[0].lower() in UNDERTAKING_OPENERS
            and words[1][:1].isupper()
            and not self._speaks_or_employs(mention)
            and not self._does(mention)
        ):
            return "MISC"
        if len(words) == 1 and name[:1].isupper() and name.lower().endswith(IDEA_ENDINGS):
            return "MISC"
        if name.lower() in FAITHS_AND_FEASTS or name.lower() in ILLNESS_NAMES:
            return "MISC"
        # "MPs", "Opposition MPs": holders of a post in the plural, no one's name.
        if (
            (len(words) == 1 or mention.label == "PERSON")
            and " of " not in name
            and words[-1].endswith("s")
            and words[-1][:-1].lower() in TITLE_HEADS
        ):
            return "MISC"
        if mention.label == "PERSON" and self._described_not_named(words):
            return "MISC"
        # "iPod", "eReader Store": a trade name written with a lowercase first letter names a product.
        if CAMEL_PRODUCT.fullmatch(words[0]) and (len(words) == 1 or not _org_worded(name)):
            return "MISC"
        # "A330s", "Z-9s": a model's number in the plural names aircraft or machines of that model.
        if len(words) == 1 and re.fullmatch(r"[A-Z]{1,3}-?\d{2,4}s", name):
            return "MISC"
        return None

    def _structure_or_event_label(self, mention: Mention, words: list[str]) -> str | None:
        """``GPE`` for a road, ``FAC`` for a building named like a person, ``EVENT`` for an event, else None."""
        name = mention.name(self.text)
        if len(words) > 1 and words[-1][:1].isupper() and _last_word(name).lower() in STREET_HEADS:
            return "GPE"
        if len(words) > 1 and words[0].lower() in STREET_OPENERS and words[1][:1].isupper():
            return "GPE"
        if mention.label == "PERSON" and len(words) > 2 and words[-1].lower() in PERSON_ROAD_HEADS:
            return "GPE"  # "Ana Maria Vel Way": no person's name ends so
        if mention.label == "PERSON" and len(words) > 1 and self._structure_named_like_person(mention, words):
            return "FAC"
        # The head noun is the last word, or the one before "of"/"on"/"for": "the Summit on Oceans" is an event,
        # "the Commission on Debates" a body (an event so named never speaks; a body does).
        head_words = re.split(r"\s+(?:of|for|on)\s+", name)[0].split()
        if (
            len(words) > 1
            and (head_words[-1].lower() in EVENT_HEADS or " ".join(head_words[-2:]).lower() in EVENT_HEADS)
            and (len(head_words) == len(words) or not self._speaks_or_employs(mention))
        ):
            return "EVENT"
        return None

    def _transcript_label(self, mention: Mention) -> bool:
        """ "QUESTION:", "MODERATOR:" opening a transcript's line: a common noun in capitals labels who speaks
        next, and names no one."""
        name = mention.name(self.text)
        line_start = mention.begin == 0 or self.text[mention.begin - 1] == "\n"
        return (
            name.isupper()
            and line_start
            and self.text[mention.end : mention.end + 1] == ":"
            and _is_common_noun(self.doc, name.lower())
        )

    def _structure_named_like_person(self, mention: Mention, words: list[str]) -> bool:
        """ "outside Maddox House", "Kellerman Way will close": a name closed by a road's noun, or by a building's set
        after "the" or a locative preposition (a person takes neither), is the structure when it never speaks."""
        last = words[-1].lower()
        if last not in SURNAME_BUILDING_HEADS and last not in PERSON_ROAD_HEADS:
            return False
        before = self._token_before(mention.begin)
        placed = before is not None and (before.lower_ == "the" or before.lower_ in LOCATIVE_PREPOSITIONS)
        if last not in PERSON_ROAD_HEADS and not placed:
            return False
        whole_word = re.compile(rf"(?<!\w){re.escape(mention.name(self.text))}(?!\w)")
        return not any(
            self._speaks_or_employs(Mention(found.start(), found.end(), found.end(), mention.label))
            for found in whole_word.finditer(self.text)
        )

    def _kind_after(self, mention: Mention, length: int) -> str | None:
        """ "the X Nutrition study", "X bonds": a lowercase noun right after the name says what it is."""
        after = self._token_after(mention.full_end)
        # (A noun: "X notes that ..." is X speaking.)
        if after is None or mention.full_end != mention.end or not after.text.islower() or after.pos_ != "NOUN":
            return None
        if after.lower_ in INSTRUMENT_NOUNS or after.lower_ in ILLNESS_NOUNS:
            return "MISC"
        if length > 1 and after.lower_ in EVENT_HEADS:
            return "EVENT"
        # "the Tidewater programme", "its Harbor scheme": a name only describing a programme it names.
        before = self._token_before(mention.begin)
        if (
            (after.lower_ in PROGRAMME_HEADS or after.lower_ == "scheme")
            and before is not None
            and (before.lower_ in ("the", "its", "their") or before.tag_ == "POS")
        ):
            return "MISC"
        return None

    def _retype_programmes(self, mentions: list[Mention]) -> None:
        """ "The X Programme was cancelled": a programme or initiative is a thing run, no actor, unless one mention
        of its name acts as a body (an active subject, an agent, or an owner: "the X Initiative's director")."""
        names = {
            m.name(self.text)
            for m in mentions
            if m.label in _ACTOR_LABELS
            and " " in m.name(self.text)
            and _last_word(m.name(self.text)).lower() in PROGRAMME_HEADS
        }
        names -= {m.name(self.text) for m in mentions if m.name(self.text) in names and self._acts_as_body(m)}
        for mention in mentions:
            if mention.label in _ACTOR_LABELS and mention.name(self.text) in names:
                mention.label = "MISC"

    def _retype_market_indices(self, mentions: list[Mention]) -> None:
        """ "The Acme 100 fell 340 points", "the Acme Composite index": a market index is no actor, in every
        mention of its name, unless one of them speaks."""
        indices = {m.name(self.text) for m in mentions if m.label in _ACTOR_LABELS and self._is_index(m)}
        indices -= {m.name(self.text) for m in mentions if self._speaks(m)}
        # "the Kestrel" after "the Kestrel Composite Index": an index is known by its first word too.
        named = {
            re.sub(r"^(?:The|A|An)\s+", "", m.group(1))
            for m in _INDEX_NAME.finditer(self.text)
            if m.group(2).lower() in INDEX_NOUNS
        }
        openers = {name.split()[0] for name in indices | named if " " in name}
        for mention in mentions:
            name = mention.name(self.text)
            if mention.label in _ACTOR_LABELS and (name in indices or (name in openers and not self._speaks(mention))):
                mention.label = "MISC"

    def _is_index(self, mention: Mention) -> bool:
        if _last_word(mention.name(self.text)).lower() in INDEX_NOUNS:
            return True
        after = self._token_after(mention.full_end)
        if mention.full_end == mention.end and after is not None and after.lower_ in INDEX_NOUNS:
            return True
        tokens = self._tokens(mention.begin, mention.end)
        # "the Kestrel 40 fell", "the Kestrel 40 and Lark 25 indices": a number closing the index's name.
        number = self._token_after(mention.full_end)
        if number is not None and number.like_num and number.idx - mention.full_end <= 1:
            tokens = [*tokens, number, number.head]
            if any(t.lower_ in INDEX_NOUNS for t in (number.head, number.head.head)):
                return True
        verbs = {t.head for t in tokens if t.dep_ == "nsubj" and t.head.pos_ == "VERB"}
        for verb in verbs:
            if verb.i not in self._points_verbs:  # once per verb: a sentence's names share its verbs and clauses
                self._points_verbs[verb.i] = _counts_points(verb)
        return any(self._points_verbs[verb.i] for verb in verbs)

    def _acts_as_body(self, mention: Mention) -> bool:
        if mention.full_end > mention.end:
            return True  # "the X Initiative's director"
        tokens = self._tokens(mention.begin, mention.end)
        return any(
            (token.dep_ == "nsubj" and token.head.pos_ in ("VERB", "AUX"))
            or (token.dep_ == "pobj" and token.head.dep_ == "agent")
            for token in tokens
        )

    def _retype_persons_listed_with_bodies(self, mentions: list[Mention]) -> None:
        """ "loans to Nordbank, Tarvik Group and Selmabank": a "person" listed only with organizations, and no word of
        whose name any other person's name holds, is an organization too; so is "the Wanderers'", a plural name
        after "the" that a band or team noun names beside it."""
        person_words = {w for m in mentions if m.label == "PERSON" for w in m.name(self.text).split()}
        roots = {id(m): span.root for m in mentions if (span := tokens_in(self.doc, m.begin, m.end)) is not None}
        by_token = {roots[id(m)].i: m for m in mentions if id(m) in roots}
        for mention in mentions:
            root = roots.get(id(mention))
            name = mention.name(self.text)
            if mention.label != "PERSON" or root is None:
                continue
            before = self._token_before(mention.begin)
            if before is not None and before.lower_ in TITLE_HEADS:
                continue  # "barrister X, and ...": a titled name is a person's
            if " " in name and self._may_be_personal_name(mention):
                continue  # "the Post and Ana Ruiz, ...": a full personal name listed after a paper
            others = [m for m in mentions if m.label == "PERSON" and m is not mention]
            if any(set(name.split()) & set(o.name(self.text).split()) for o in others):
                continue
            first = first_conjunct(root)
            listed = [t for t in (first, *first.conjuncts) if t.i != root.i]
            bodies = [by_token[t.i] for t in listed if t.i in by_token]
            if (
                bodies
                and all(m.label == "ORG" for m in bodies)
                and all(t.i in by_token or t.pos_ == "PROPN" for t in listed)
            ) or self._plural_band_name(mention, person_words):
                mention.label = "ORG"

    def _plural_band_name(self, mention: Mention, person_words: set[str]) -> bool:
        """ "the band the Wanderers", "the Wanderers, a folk trio,": a one-word plural name after "the", no
        person's name of the article, that a band or team noun names beside it. Without that noun "the Xs" is
        a family."""
        name = mention.name(self.text)
        before = self._token_before(mention.begin)
        return (
            " " not in name
            and len(name) > 3
            and name.endswith("s")
            and not name.endswith("ss")
            and name[:-1] not in person_words
            and before is not None
            and before.lower_ == "the"
            and _group_noun_beside(before, self._token_after(mention.full_end))
        )

    def _retype_misspelt_speakers(self, mentions: list[Mention]) -> None:
        """ "Smiht said", with "Jan Smith" a person of the article: a one-word name spaCy took for an organization
        that speaks and is a misspelling of one person's surname is that person."""
        full = [m.name(self.text) for m in mentions if m.label == "PERSON" and " " in m.name(self.text)]
        for mention in mentions:
            name = mention.name(self.text)
            if mention.label != "ORG" or " " in name or not self._speaks(mention):
                continue
            fits = _misspelt_surname_of(name, full)
            if fits and all(fit.split()[-1] != name for fit in fits):
                mention.label = "PERSON"

    def _retype_words_and_families(self, mentions: list[Mention]) -> None:
        """One-word "names" that name nobody: a capitalised adjective or a sentence's first noun before the noun
        it describes ("Automotive analyst X", "Volunteer group Y ..."), and a family by its surname in the plural
        ("the Smiths", where "John Smith" is a person of the article)."""
        surnames = {m.name(self.text).split()[-1] for m in mentions if m.label == "PERSON"}
        for mention in mentions:
            name = mention.name(self.text)
            if mention.label not in _ACTOR_LABELS or " " in name or mention.full_end != mention.end:
                continue
            before = self._token_before(mention.begin)
            if (
                name.endswith("s") and name[:-1] in surnames and before is not None and before.lower_ == "the"
            ) or self._describes_next_noun(mention, name):
                mention.label = "MISC"

    def _describes_next_noun(self, mention: Mention, name: str) -> bool:
        """A capitalised adjective, or a sentence's first word that is a common noun and is never capitalised
        inside a sentence elsewhere, before the lowercase noun it describes."""
        after = self._token_after(mention.end)
        if after is None or not after.text.islower() or after.pos_ != "NOUN" or not name[1:].islower():
            return False
        if _is_adjective_only(self.doc, name.lower()):
            return True
        first = self._tokens(mention.begin, mention.end)
        opens_sentence = bool(first) and bool(first[0].is_sent_start)
        # "Acme spokesman X", "Acme co-founder Y": before a post, a sentence's first word is the post's
        # organization; one called an organization is kept ("Acme shares fell"), unless what it describes is
        # the organization ("Volunteer group X").
        post_follows = any(t.lower_ in TITLE_HEADS for t in self.doc[after.i : after.i + 3])
        return (
            opens_sentence
            and (mention.label != "ORG" or after.lemma_.lower() in ORG_COMMON_NOUNS)
            and _is_common_noun(self.doc, name.lower())
            and not post_follows
            and not _written_again_inside_a_sentence(self.text, name, mention.end)  # last: it reads the rest
        )

    @staticmethod
    def _described_not_named(words: list[str]) -> bool:
        """ "Executive director", "The premier": a person's name has no lowercase word but its particles."""
        return len(words) > 1 and any(
            not any(ch.isupper() for ch in word) and word not in NAME_PARTICLES and word.isalpha() for word in words[1:]
        )


def _counts_points(verb: Token) -> bool:
    """The verb's object counts points: "fell 340 points", "gained 1.2 points to 9,000"."""
    return any(child.lower_ in INDEX_UNITS and any(n.like_num for n in child.children) for child in verb.subtree)


def _written_again_inside_a_sentence(text: str, name: str, offset: int) -> bool:
    """``text`` writes ``name`` again after ``offset``, not as a sentence's first word."""
    return re.search(rf"(?<![.!?\n]\s)(?<!^)\b{re.escape(name)}\b", text[offset:]) is not None
