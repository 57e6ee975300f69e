"""Plain functions on names: parts of a person's name, an organization's head, initials and canonical form."""

from __future__ import annotations

import dataclasses
import difflib
import functools
import re
from collections.abc import Iterable

from spacy.tokens import Doc
from spacy.vocab import Vocab

from kgingest.extract.actor_lexicon import (
    LEGAL_SUFFIXES,
    NAME_PARTICLES,
    NO_SHORT_FORM_NAMES,
    ORG_NAME_WORDS,
    PARTY_STEMS,
)
from kgingest.extract.actor_states import CountryMatch, find_country_forms
from kgingest.extract.actors.patterns import (
    GENERATIONAL,
    ORG_HEAD_NOUNS,
    PERSON_NAME_WORD,
)
from kgingest.gazetteer import Country, load_gazetteer
from kgingest.parse import LEMMA_INDEX


def _next_word_starts_with(text: str, offset: int, prefix: str) -> bool:
    """``text[offset:].lstrip().startswith(prefix)``, without copying the rest of the text."""
    while offset < len(text) and text[offset].isspace():
        offset += 1
    return text.startswith(prefix, offset)


def _particle_case(word: str) -> str:
    """A particle in lowercase, also one hyphened to the name ("Al-Rawi" and "al-Rawi" are one surname)."""
    if word.lower() in NAME_PARTICLES:
        return word.lower()
    if "-" in word and word[:1].isupper() and word.split("-", 1)[1][:1].isupper():
        return word[:1].lower() + word[1:]
    return word


def _is_part_of_name(words: list[str], full: list[str]) -> bool:
    # A particle opening a sentence is capitalised ("Von der Leyen said"): compare particles in lowercase.
    capitalised = bool(words) and words[0][:1].isupper()
    full = [_particle_case(w) for w in full if w.rstrip(".") not in GENERATIONAL]
    words = [_particle_case(w) for w in words if w.rstrip(".") not in GENERATIONAL]
    # A lone word that is one of the capitalised words of a longer name ("Lula" in "Luiz Inacio Lula da Silva").
    if len(words) == 1 and len(full) > 2 and words[0] in full and capitalised:
        return True
    """Whether ``words`` open or close the longer name ``full`` (a surname, or a family name first)."""
    if not words or len(words) >= len(full):
        return False
    n = len(words)
    return full[-n:] == words or full[:n] == words


# How alike a surname after "Ms"/"Mr" and a full name's last word must be to count as a misspelling of it.
MISSPELLING_SIMILARITY = 0.85


def _misspelt_surname_of(name: str, full_names: list[str]) -> list[str]:
    """The one full name whose surname ``name`` misspells ("Ms Bauchman" for "Lydia Buchmann"): a single word
    of five letters or more, the same first letter, nearly the same letters; none when two or more fit."""
    if " " in name or len(name) < 5:
        return []
    fits = [
        full
        for full in full_names
        if (surname := full.split()[-1])[:1] == name[:1]
        and difflib.SequenceMatcher(None, surname.lower(), name.lower()).ratio() >= MISSPELLING_SIMILARITY
    ]
    return fits if len(fits) == 1 else []


def _is_common_noun(doc: Doc, word: str) -> bool:
    """Whether ``word`` is an English common noun (in the WordNet noun index of ``doc``'s own lemmatizer)."""
    return word in _common_nouns(doc.vocab)


def _is_adjective_only(doc: Doc, word: str) -> bool:
    """Whether ``word`` is an English adjective and no noun ("automotive", not "volunteer")."""
    return word in _lemma_index_words(doc.vocab, "adj") and word not in _common_nouns(doc.vocab)


@functools.lru_cache(maxsize=8)
def _lemma_index_words(vocab: Vocab, part_of_speech: str) -> frozenset[str]:
    if not vocab.lookups.has_table(LEMMA_INDEX):
        return frozenset()
    index = vocab.lookups.get_table(LEMMA_INDEX)
    return frozenset(index[part_of_speech]) if part_of_speech in index else frozenset()


@functools.lru_cache(maxsize=4)
def _common_nouns(vocab: Vocab) -> frozenset[str]:
    # The model that parsed the doc shares its lemmatizer's index in its vocab (`parse.load_model`), so the
    # model chosen with --model answers, not a second, default one.
    if not vocab.lookups.has_table(LEMMA_INDEX):
        return frozenset()
    index = vocab.lookups.get_table(LEMMA_INDEX)
    return frozenset(index["noun"]) if "noun" in index else frozenset()


# Words that only give a state's form of government: "Democratic Republic of the" before a short name.
_STATE_FORM_WORDS = frozenset({"democratic", "republic", "of", "the", "people's", "federal", "islamic", "united"})


def _resolve_shared_short_names(matches: list[CountryMatch], countries: Iterable[Country]) -> list[CountryMatch]:
    """A short name ("Congo") that is also the tail of another state's full name ("Democratic Republic of the
    Congo") stands for that other state when the article names it in another form and never the claimant. A
    formal name of its own ("Republic of Korea" beside "Democratic People's Republic of Korea") is no short one."""
    named_by_other_forms: dict[str, set[str]] = {}
    for match in matches:
        named_by_other_forms.setdefault(match.country.alpha2, set()).add(match.form.lower())
    out: list[CountryMatch] = []
    for match in matches:
        country = match.country
        formal = any(w.lower() in _STATE_FORM_WORDS for w in match.form.split()[:1])
        if match.kind == "name" and not formal and named_by_other_forms.get(country.alpha2) == {match.form.lower()}:
            rivals = [
                c
                for c in countries
                if c.alpha2 != country.alpha2
                and c.alpha2 in named_by_other_forms
                and any(
                    n.endswith(" " + match.form)
                    and all(w.lower() in _STATE_FORM_WORDS for w in n[: -len(match.form)].split())
                    for n in c.names
                )
            ]
            if len(rivals) == 1:
                match = dataclasses.replace(match, country=rivals[0])
        out.append(match)
    return out


def _last_word(name: str) -> str:
    words = name.split()
    return words[-1] if words else ""


def _org_head(name: str) -> str:
    """The head noun of an organization's name: "Ministry" in "Ministry of Defense"."""
    return _last_word(re.split(r"\s+(?:of|for|on)\s+", name)[0])


def _party_stem(text: str) -> str | None:
    lowered = text.lower()
    for stem in sorted(PARTY_STEMS, key=len, reverse=True):
        if lowered in (stem, stem + "s", stem + "ic"):
            return stem
    return None


def _abbreviates(acronym: str, name: str) -> bool:
    """Whether ``acronym`` is built from ``name``: every capitalised word gives its initial, in order, and any
    further letters come from inside the word just used ("ASEAN": Association, SouthEast, Asian, Nations)."""
    words = [w for w in re.split(r"[\s\-]+", name) if w[:1].isupper()]

    def fits(letter: int, word: int) -> bool:
        if word == len(words):
            return letter == len(acronym)
        if letter == len(acronym) or words[word][0] != acronym[letter]:
            return False
        inner, position = words[word].upper(), 1
        if fits(letter + 1, word + 1):
            return True
        for extra in range(letter + 1, len(acronym)):
            position = inner.find(acronym[extra], position) + 1
            if position == 0:
                return False
            if fits(extra + 1, word + 1):
                return True
        return False

    return len(words) >= 2 and fits(0, 0)


def _without_legal_form(name: str) -> str:
    """ "Acme Shipping" for "Acme Shipping ASA"."""
    words = name.split()
    while len(words) > 1 and words[-1].lower().rstrip(".") in LEGAL_SUFFIXES:
        words = words[:-1]
    return " ".join(words)


def _only_legal_forms(words: str) -> bool:
    """ "PLC", "Group PLC": words that only give a company's legal form."""
    return all(word.lower().rstrip(".") in LEGAL_SUFFIXES for word in words.split())


def _org_initials(name: str) -> str:
    """ "FBI" for "Federal Bureau of Investigation"; a dotted abbreviation gives all its letters ("U.S. Forces
    Korea" -> "USFK")."""
    words = [w for w in re.split(r"[\s\-]+", name) if w and w[0].isupper()]
    return "".join(w.replace(".", "") if re.fullmatch(r"(?:[A-Z]\.){2,}", w) else w[0] for w in words)


def _org_canonical(name: str, names: Iterable[str], acronyms: dict[str, str]) -> str:
    """The fullest organization name ``name`` stands for: its long form, or a longer name ending with it."""
    if name in acronyms:
        return acronyms[name]
    # "U.N." or "UN" with "United Nations" in the same article, though never set in brackets after it.
    if re.fullmatch(r"(?:[A-Z]\.?){2,6}", name):
        spelled = sorted({n for n in names if " " in n and _org_initials(n) == name.replace(".", "")})
        if len(spelled) == 1:
            return spelled[0]
    longer = sorted(
        {
            n
            for n in names
            if n != name
            and ((n.endswith(" " + name) and n.lower() not in NO_SHORT_FORM_NAMES) or n.lower() == name.lower())
        },
        key=lambda n: (-len(n), n),
    )
    # "Acme" for "Acme AG": the company without its legal form.
    with_suffix = sorted(n for n in names if n.startswith(name + " ") and _only_legal_forms(n[len(name) + 1 :]))
    # ("Acme Corp." and "Acme Corp" are one name written with and without its full stop.)
    if not longer and len({n.rstrip(".") for n in with_suffix}) == 1:
        return max(with_suffix, key=lambda n: (len(n), n))
    if longer and (len(longer) == 1 or all(n.endswith(" " + longer[-1]) or n == longer[-1] for n in longer)):
        return longer[0]
    # "Acme" after "Acme Electronics": a one-word name that opens exactly one longer name.
    # (Names are listed once per mention: the same longer name named twice is still one.)
    opening = sorted({n for n in names if n.startswith(name + " ")})
    if not longer and " " not in name and len(opening) == 1 and len(_without_legal_form(opening[0]).split()) == 2:
        return opening[0]
    clipped = sorted({n for n in names if _clips_first_word(name, n)}, key=lambda n: (-len(n), n))
    # ("the U.S. Federal Reserve" and "the Federal Reserve" are one name: the shorter closes the longer.)
    if not longer and not opening and clipped and all(clipped[0].endswith(n) for n in clipped):
        return clipped[0]
    return name


def _clips_first_word(short: str, name: str) -> bool:
    """ "Fed" for "the (U.S.) Federal Reserve": a short capitalised word that cuts off the first word of a longer
    name, a country before it left aside."""
    words = name.split()
    if words and any(form.begin == 0 and form.end == len(words[0]) for form in find_country_forms(words[0])):
        words = words[1:]
    return (
        len(words) > 1
        and 3 <= len(short) <= 5
        and short.isalpha()
        and short[:1].isupper()
        and short[1:].islower()
        and words[0].startswith(short)
        and len(words[0]) > len(short) + 2
    )


# Pure, and asked for the same organization names again in every article that names them.
@functools.lru_cache(maxsize=4096)
def _with_country_names(name: str) -> str:
    """ "United States Government" for "U.S. Government": every country's name, acronym or adjective in
    ``name`` in the gazetteer's own form, so two ways of writing one organization's name compare equal; a
    closing "of <country>" and a one-word head before "of" go first, as English also writes them ("Supreme
    Court of Ruritania" = "Ruritanian Supreme Court", "Ministry of Defence" = "Defence Ministry")."""
    out, at = [], 0
    for form in find_country_forms(name):
        if form.kind in ("name", "acronym", "demonym"):
            out += [name[at : form.begin], form.country.name]
            at = form.end
    spelled = "".join([*out, name[at:]])
    country_last = re.fullmatch(r"(.+?) of (?:the )?(.+)", spelled)
    country = ""
    if country_last is not None and any(c.name == country_last.group(2) for c in load_gazetteer().countries):
        country, spelled = country_last.group(2) + " ", country_last.group(1)
    else:
        opening = next((c.name for c in load_gazetteer().countries if spelled.startswith(c.name + " ")), None)
        if opening is not None:
            country, spelled = opening + " ", spelled[len(opening) + 1 :]
    head_first = re.fullmatch(r"(\w+) of (?:the )?([^,]+)", spelled)
    if head_first is not None and " of " not in head_first.group(2) and " and " not in head_first.group(2):
        spelled = f"{head_first.group(2)} {head_first.group(1)}"
    return (country + spelled).casefold()


def _country_spelling_variants(names: Iterable[str]) -> dict[str, str]:
    """Each organization name that another of ``names`` writes with a different form of the same country,
    mapped to the longest of them ("U.S. Government" -> "United States Government")."""
    groups: dict[str, set[str]] = {}
    for name in set(names):
        groups.setdefault(_with_country_names(name), set()).add(name)
    # "State Department" beside "U.S. Department of State": a name without a country is the one organ of that
    # name with a country, when there is only one.
    for key in [k for k in groups if not _opens_with_country(k)]:
        owners = [k for k in groups if k.endswith(" " + key) and _opens_with_country(k[: -len(key) - 1] + " ")]
        if len(owners) == 1:
            groups[owners[0]] |= groups.pop(key)
    variants: dict[str, str] = {}
    for spelled in groups.values():
        if len(spelled) > 1:
            fullest = max(spelled, key=lambda n: (len(n), n))
            variants.update({n: fullest for n in spelled if n != fullest})
    return variants


def _opens_with_country(key: str) -> bool:
    """Whether a folded organization key (`_with_country_names`) starts with a country's name."""
    # Each opening of the key before a space, looked up among the folded names (not every country tried).
    names = _folded_country_names()
    return any(key[:at] in names for at in range(len(key)) if key[at] == " ")


@functools.lru_cache(maxsize=1)
def _folded_country_names() -> frozenset[str]:
    return frozenset(c.name.casefold() for c in load_gazetteer().countries)


def _personal_name_word(word: str) -> bool:
    """A capitalised word shaped like a personal name, and no word of a body's name."""
    lower = word.lower()
    return bool(PERSON_NAME_WORD.fullmatch(word)) and lower not in ORG_NAME_WORDS and lower not in ORG_HEAD_NOUNS
