"""Finding countries in text: names, acronyms, demonyms and capitals from the gazetteer.

A capital is the state when it acts or speaks ("Ottawa protested", "Ottawa's
decision", "anti-Ottawa", "talks between Ottawa and Lima") and a city when it is
where something is ("a summit in Ottawa") or owns what a city has ("Ottawa's mayor").
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from kgingest.extract.actor_lexicon import LOCATIVE_PREPOSITIONS, POST_HEADS, STATE_ORGAN_HEADS, TITLE_MODIFIERS
from kgingest.extract.lexicon import word_set
from kgingest.extract.spans import tokens_in
from kgingest.gazetteer import Country, Gazetteer, load_gazetteer

POSSESSIVE = re.compile(r"['’]s\b|(?<=s)['’](?!\w)")
# Prepositions whose object is a party, not a location.
ACTOR_PREPOSITIONS = word_set("actors", "actor_prepositions")
# Nouns before "of" that make the capital the city: "most of X", "the streets of X", "the mayor of X".
CITY_PART_NOUNS = word_set("actors", "city_part_nouns")
# Verbs whose object is addressed or judged, so a capital as their object is its government ("thanked X").
ADDRESSEE_VERBS = word_set("actors", "addressee_verbs")


@dataclass(frozen=True)
class CountryMatch:
    """One occurrence of a country form: ``[begin, end)`` without, ``full_end`` with a possessive."""

    begin: int
    end: int
    full_end: int
    form: str
    kind: str  # name, acronym, derived, demonym, capital
    country: Country


@functools.lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern[str], dict[str, tuple[str, Country]]]:
    """One regex over every surface form, longest first, and what each form means."""
    gazetteer = load_gazetteer()
    forms: dict[str, tuple[str, Country]] = {}
    # Weakest kinds first so that stronger ones overwrite a shared form.
    for kind, table in (
        ("capital", gazetteer.by_capital),
        ("demonym", gazetteer.by_demonym),
        ("derived", gazetteer.by_derived_acronym),
        ("acronym", gazetteer.by_acronym),
    ):
        for form, country in table.items():
            forms[form] = (kind, country)
    for country in gazetteer.countries:
        for name in country.names:
            if gazetteer.by_name.get(name.lower()) is country:
                forms[name] = ("name", country)
    # "People’s Republic": the same forms with a typographic apostrophe.
    forms |= {form.replace("'", "’"): meaning for form, meaning in forms.items() if "'" in form}
    # "Turkiye" in the data, "Türkiye" in the text: forms are matched with their accents folded away.
    forms = {_folded(form): meaning for form, meaning in forms.items()} | forms
    alternatives = "|".join(re.escape(f) for f in sorted(forms, key=lambda f: (-len(f), f)))
    return re.compile(rf"(?<![\w.])(?:{alternatives})(?![\w$]|\.\w)"), forms


@functools.lru_cache(maxsize=4096)
def _folded_char(char: str) -> str:
    base = unicodedata.normalize("NFD", char)[:1]
    return base if base.isascii() and base.isalpha() else char


def _folded(text: str) -> str:
    """``text`` with each accented letter replaced by its base letter: the same length, the same offsets."""
    return text if text.isascii() else "".join(_folded_char(char) for char in text)


# A state's formal style before its name ("the Commonwealth of X", "the Hashemite Kingdom of X"): the whole
# phrase names the state. ("The Government of X" is an organization, part of the state.)
FORMAL_STYLE = re.compile(
    r"(?:\b(?:(?:Federal|Islamic|Democratic|People['’]s|Socialist|Arab|Federative|Plurinational|Bolivarian|Cooperative"
    r"|United|Independent|Hashemite|Grand)\s+)*"
    r"(?:Republic|Kingdom|Commonwealth|(?<!of\s)State|Federation|Principality|Sultanate|Emirate|Duchy|Confederation)"
    r"\s+of\s+(?:the\s+)?)?$"
)
_LEADING_THE = re.compile(r"[Tt]he\s+")


def _formal_begin(text: str, begin: int) -> int:
    """Where a state's name at ``begin`` begins with its formal style before it, without a leading "the"."""
    style = FORMAL_STYLE.search(text, max(0, begin - 80), begin)
    if style is None or style.start() == style.end():
        return begin
    start = style.start()
    lead = _LEADING_THE.match(text, start)
    return lead.end() if lead else start


# Texts up to this long (names, words, phrases: asked about again and again) have their answers kept.
_KEPT_TEXT_LENGTH = 200


def find_country_forms(text: str) -> list[CountryMatch]:
    """Every occurrence of a country name, acronym, demonym or capital, in text order."""
    if len(text) <= _KEPT_TEXT_LENGTH:
        return list(_kept_country_forms(text))
    return _country_forms(text)


@functools.lru_cache(maxsize=16384)
def _kept_country_forms(text: str) -> tuple[CountryMatch, ...]:
    return tuple(_country_forms(text))


def _country_forms(text: str) -> list[CountryMatch]:
    _, forms = _pattern()
    folded = _folded(text)
    found = []
    for begin, end in _form_spans(folded):
        kind, country = forms[folded[begin:end]]
        if kind == "name":
            begin = _formal_begin(text, begin)
        possessive = POSSESSIVE.match(text, end)
        full_end = possessive.end() if possessive else end
        found.append(CountryMatch(begin, end, full_end, text[begin:end], kind, country))
    return found


# Every form is at least this long (`_form_lengths` checks it), so a form is known by its first two characters.
_FORM_PREFIX = 2


@functools.lru_cache(maxsize=1)
def _form_lengths() -> tuple[re.Pattern[str], dict[str, tuple[int, ...]]]:
    """Where a form may begin (its first character, with nothing of a word or a dot before it, as `_pattern`
    requires), and the lengths of the forms that begin with each two characters, longest first."""
    _, forms = _pattern()
    lengths: dict[str, set[int]] = {}
    for form in forms:
        if len(form) < _FORM_PREFIX:
            raise ValueError(f"a country form shorter than {_FORM_PREFIX} characters: {form!r}")
        lengths.setdefault(form[:_FORM_PREFIX], set()).add(len(form))
    first_characters = "".join(re.escape(character) for character in sorted({form[0] for form in forms}))
    starts = re.compile(rf"(?<![\w.])[{first_characters}]")
    return starts, {prefix: tuple(sorted(found, reverse=True)) for prefix, found in lengths.items()}


# What must not follow a form (`_pattern`'s lookahead).
_FORM_CONTINUES = re.compile(r"[\w$]|\.\w")


def _form_spans(folded: str) -> list[tuple[int, int]]:
    """The spans `_pattern` finds in ``folded``, found faster: a regular expression of some 1,500 alternatives
    tries them one by one at every character; here each place a form may begin is looked up by its first two
    characters and then by length, longest first, which is the alternative `_pattern` would take (its
    alternatives go longest first, and one length leaves one string to match)."""
    _, forms = _pattern()
    starts, lengths_of = _form_lengths()
    spans: list[tuple[int, int]] = []
    position = 0
    while (start := starts.search(folded, position)) is not None:
        begin = start.start()
        position = begin + 1
        for length in lengths_of.get(folded[begin : begin + _FORM_PREFIX], ()):
            end = begin + length
            if end <= len(folded) and folded[begin:end] in forms and not _FORM_CONTINUES.match(folded, end):
                spans.append((begin, end))
                position = end
                break
    return spans


def gazetteer() -> Gazetteer:
    return load_gazetteer()


# Dependency labels of spaCy's English models, read through these predicates rather than as literals.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "agent"})


def is_subject(token: Token) -> bool:
    """A clause's subject, or the agent of a passive ("by X")."""
    return token.dep_ in SUBJECT_DEPS


def is_direct_object(token: Token) -> bool:
    return token.dep_ == "dobj"


def is_preposition_object(token: Token) -> bool:
    return token.dep_ == "pobj"


def first_conjunct(token: Token) -> Token:
    """The first of the conjuncts ``token`` is listed with ("A, B and C" gives A), or ``token`` itself."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def _token_at_or_after(doc: Doc, offset: int) -> int:
    """The index of the first token that begins at or after ``offset``."""
    low, high = 0, len(doc)
    while low < high:
        middle = (low + high) // 2
        if doc[middle].idx < offset:
            low = middle + 1
        else:
            high = middle
    return low


def _owns_a_city_thing(doc: Doc, offset: int) -> bool:
    """What a capital's possessive owns makes it the city: a part or people of the city ("X's mayor", "X's
    streets"), or a named thing that is no organ of state nor a post ("X's Kestrel 40 index", "X's Opera
    House"); "X's decision" and "X's Foreign Ministry" are the government's."""
    token = next((t for t in doc[_token_at_or_after(doc, offset) :] if not t.is_space), None)
    if token is None:
        return False
    if token.text.islower():
        return token.lower_ in CITY_PART_NOUNS
    entity = next((e for e in doc.ents if e.start <= token.i < e.end), None)
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    numbered = token.text[:1].isupper() and following is not None and following.like_num
    if entity is None and not numbered:
        return False
    if not numbered and entity is not None and entity.label_ not in ("ORG", "FAC", "PRODUCT", "LOC", "WORK_OF_ART"):
        return False
    words = (entity.text if entity is not None and not numbered else token.text).lower().split()
    return not any(word in STATE_ORGAN_HEADS or word in POST_HEADS or word in TITLE_MODIFIERS for word in words)


def capital_acts(doc: Doc, match: CountryMatch, text: str) -> bool:
    """Whether a capital stands for its government here rather than for the city."""
    if match.full_end > match.end:
        return not _owns_a_city_thing(doc, match.full_end)
    before = text[max(0, match.begin - 5) : match.begin].lower()
    if before.endswith(("anti-", "pro-")):
        return True
    span = tokens_in(doc, match.begin, match.end)
    if span is None:
        return False
    token = first_conjunct(span.root)
    if is_subject(token):
        return True
    # "gangs controlled X" is the city; "Ottawa thanked X" addresses its government.
    if is_direct_object(token):
        return token.head.lemma_.lower() in ADDRESSEE_VERBS
    if is_preposition_object(token):
        preposition = token.head.lower_
        if preposition == "of" and token.head.head.lower_ in CITY_PART_NOUNS:
            return False
        if preposition in ACTOR_PREPOSITIONS:
            return True
        if preposition in LOCATIVE_PREPOSITIONS:
            return False
    return False
