"""Countries, their other names, demonyms and capitals, from the maintained `countryinfo` data.

Nothing here is typed by hand: names, alternative spellings, demonyms and
capitals come from countryinfo; acronyms ("US", "UAE") are derived from the
initials of the common and official names and kept only when no other country
derives the same form. When two countries claim one surface form (the demonym
"American", the capital "Kingston") the more populous one keeps it.
"""

from __future__ import annotations

import dataclasses
import functools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field

from countryinfo import CountryInfo

# Function words skipped when taking initials ("Republic of Moldova" -> "RM" and "ROM").
_FUNCTION_WORDS = frozenset({"of", "the", "and", "for"})
_LATIN_NAME = re.compile(r"^[A-Z][A-Za-z' .\-]+$")
_DROP_ARTICLE = re.compile(r"^The\s+")
# Second words of two-word official names whose first word is the national adjective.
_STATE_FORMS = frozenset({"Republic", "Confederation", "Federation", "Kingdom", "Commonwealth"})


@dataclass(frozen=True)
class Country:
    """One country as the gazetteer knows it."""

    name: str  # the common English name ("South Africa")
    alpha2: str
    names: tuple[str, ...]  # every full-name form: common name and alternative spellings
    acronyms: tuple[str, ...]  # listed initialisms: "US", "U.S.", "USA"
    derived_acronyms: tuple[str, ...]  # initials only derived from a name: "ROM"; confirm by context
    demonyms: tuple[str, ...]  # "South African"
    capital: str | None
    capitals: tuple[str, ...]  # the capital's spellings
    population: int = 0
    provinces: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class Gazetteer:
    """Lookup tables from a surface form to its country."""

    countries: tuple[Country, ...]
    by_name: dict[str, Country]  # lowercase full name or alternative spelling
    by_acronym: dict[str, Country]  # exact case
    by_derived_acronym: dict[str, Country]  # exact case; weak, see `Country.derived_acronyms`
    by_demonym: dict[str, Country]  # exact case, singular
    by_capital: dict[str, Country]  # exact case

    def country(self, text: str) -> Country | None:
        """The country ``text`` names (a name, alternative spelling or acronym), if any."""
        cleaned = strip_possessive(text.strip())
        cleaned = re.sub(r"^the\s+", "", cleaned, flags=re.IGNORECASE).replace("’", "'")
        return self.by_acronym.get(cleaned) or self.by_name.get(cleaned.lower())

    def derived_acronym(self, text: str) -> Country | None:
        return self.by_derived_acronym.get(strip_possessive(text.strip()))

    def demonym(self, text: str) -> Country | None:
        return self.by_demonym.get(strip_possessive(text.strip()))

    def capital(self, text: str) -> Country | None:
        return self.by_capital.get(strip_possessive(text.strip()))

    def province_country(self, name: str) -> Country | None:
        """The one country with a province of this name, or whose provinces all end with it ("Darfur" for the
        "West/North/South Darfur" provinces); a compass word before the name is dropped ("North Darfur")."""
        core = re.sub(r"^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central)\s+", "", name)
        exact = self._province_heads.get(name, ())
        if len(exact) == 1:
            return self.countries[exact[0]]
        tails = self._province_tails.get(core, ())
        return self.countries[tails[0]] if len(tails) == 1 and len(core) >= 4 else None

    @functools.cached_property
    def _province_heads(self) -> dict[str, tuple[int, ...]]:
        """Name -> positions of the countries with a province of that name, or of that name and a bracket
        ("X (Y)"): every ``name`` with ``province == name or province.startswith(name + " (")``."""
        return _positions_by_form(self.countries, lambda p: [p, *(p[:k] for k in _offsets_of(p, " ("))])

    @functools.cached_property
    def _province_tails(self) -> dict[str, tuple[int, ...]]:
        """Name -> positions of the countries with a province that is that name or ends with it after a space."""
        return _positions_by_form(self.countries, lambda p: [p, *(p[k + 1 :] for k in _offsets_of(p, " "))])

    @functools.cached_property
    def by_name_stem(self) -> dict[str, list[Country]]:
        """The countries with a one-word name by its first five letters, lowercase, in the gazetteer's order."""
        stems: dict[str, list[Country]] = {}
        for country in self.countries:
            if " " not in country.name:
                stems.setdefault(country.name.lower()[:5], []).append(country)
        return stems

    @functools.cached_property
    def by_demonym_opening(self) -> dict[str, list[Country]]:
        """The countries by each word sequence a demonym of theirs begins with before a space, in the gazetteer's
        order: "Saudi" for "Saudi Arabian"."""
        openings: dict[str, list[Country]] = {}
        for country in self.countries:
            for opening in {d[:at] for d in country.demonyms for at in range(len(d)) if d[at] == " "}:
                openings.setdefault(opening, []).append(country)
        return openings

    def by_code(self, alpha2: str) -> Country | None:
        return next((c for c in self.countries if c.alpha2 == alpha2), None)


def _offsets_of(text: str, part: str) -> list[int]:
    """Every offset where ``part`` occurs in ``text``, overlapping ones included."""
    return [k for k in range(len(text)) if text.startswith(part, k)]


def _positions_by_form(countries: tuple[Country, ...], forms: Callable[[str], list[str]]) -> dict[str, tuple[int, ...]]:
    """Each form of a province -> the positions (in order) of the countries having a province with that form."""
    found: dict[str, list[int]] = {}
    for position, country in enumerate(countries):
        for province in country.provinces:
            for form in forms(province):
                positions = found.setdefault(form, [])
                if not positions or positions[-1] != position:
                    positions.append(position)
    return {form: tuple(positions) for form, positions in found.items()}


def strip_possessive(text: str) -> str:
    """``text`` without a trailing possessive "'s" / "’s" / "'"."""
    return re.sub(r"(?:['’]s|(?<=s)['’])$", "", text)


def initials(name: str, keep_function_words: bool) -> str:
    """Initial capitals of ``name``'s words ("United Arab Emirates" -> "UAE")."""
    letters = []
    for word in re.split(r"[\s\-]+", name):
        if not word:
            continue
        if word.lower() in _FUNCTION_WORDS:
            if keep_function_words and word.lower() == "of":
                letters.append("O")
            continue
        if word[0].isalpha():
            letters.append(word[0].upper())
    return "".join(letters)


def _clean_names(info: dict[str, object]) -> list[str]:
    """Common name first, then the Latin-script alternative spellings that are whole names."""
    common = _DROP_ARTICLE.sub("", str(info.get("name") or ""))
    found = [common] if common else []
    for alt in info.get("altSpellings") or []:  # type: ignore[attr-defined]
        alt = _DROP_ARTICLE.sub("", str(alt))
        if "," in alt or not _LATIN_NAME.match(alt) or alt.isupper():
            continue
        found.append(alt)
        # "Great Britain" is commonly shortened to its last word.
        if alt.startswith("Great ") and len(alt.split()) == 2:
            found.append(alt.split()[1])
    # "Democratic Republic of Congo": the article before the short name is often left out.
    found += [name.replace(" of the ", " of ") for name in found if " of the " in name]
    return _with_ascii(list(dict.fromkeys(found)))


def _acronyms(names: list[str], alt_spellings: list[str]) -> tuple[list[str], list[str]]:
    """Acronyms the data vouches for ("USA": listed and an initialism), and ones only derived ("ROM").

    Two-letter forms count only as the initials of the common name ("US", "UK"); derived forms are
    weak because many spell English words or other bodies, so a caller confirms them by context.
    """
    caps = {alt for alt in alt_spellings if alt.isupper() and alt.isalpha()}
    strong: list[str] = []
    weak: list[str] = []
    for position, name in enumerate(names):
        if len(name.split()) < 2:
            continue
        for keep in (False, True):
            letters = initials(name, keep)
            if len(letters) < 2 or (len(letters) == 2 and position != 0):
                continue
            (strong if letters in caps else weak).append(letters)
    return _with_dots(strong), [a for a in _with_dots(weak) if a not in strong and len(a.replace(".", "")) >= 3]


def _with_dots(acronyms: list[str]) -> list[str]:
    out: list[str] = []
    for acronym in dict.fromkeys(acronyms):
        out.extend([acronym, "".join(ch + "." for ch in acronym)])
    return out


def _demonyms(info: dict[str, object], names: list[str]) -> list[str]:
    """The listed demonyms, plus the adjective of a two-word official name ("Argentine Republic")."""
    raw = str(info.get("demonym") or "")
    found = [d.strip() for d in re.split(r"[,/]", raw) if d.strip() and d.strip()[0].isupper()]
    common = names[0].lower() if names else ""
    # A plural name's singular serves as its adjective ("the Philippines" -> "Philippine").
    singular = names[0][:-1] if names and " " not in names[0] and names[0].endswith("es") else ""
    if singular and not any(d.startswith(singular) for d in found):
        found.append(singular)
    for name in names[1:]:
        words = name.split()
        # Only an adjective built on the country's own name ("Argentine" for Argentina, not "United").
        if len(words) == 2 and words[1] in _STATE_FORMS and words[0][:4].lower() == common[:4]:
            found.append(words[0])
    return _with_ascii(found)


def _with_ascii(forms: list[str]) -> list[str]:
    """Each form, then its accent-free spelling when different ("Brasília" -> "Brasilia")."""
    out: list[str] = []
    for form in forms:
        out.append(form)
        plain = unicodedata.normalize("NFKD", form).encode("ascii", "ignore").decode("ascii")
        if plain and plain != form and len(plain) == len(form):
            out.append(plain)
    return list(dict.fromkeys(out))


def _capitals(capital: str | None) -> list[str]:
    """The capital, and without a trailing abbreviation ("Washington D.C." -> "Washington")."""
    if not capital:
        return []
    forms = [capital]
    short = re.sub(r"(?:,?\s+(?:[A-Z]\.){1,3})+$", "", capital)
    if short != capital and short:
        forms.append(short)
    return _with_ascii(forms)


@functools.lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer, built once per process from countryinfo."""
    countries: list[Country] = []
    seen_codes: set[str] = set()
    for _, info in sorted(CountryInfo.all().items()):
        iso = info.get("ISO") or {}
        alpha2 = str(iso.get("alpha2") or "") if isinstance(iso, dict) else ""
        names = _clean_names(info)  # type: ignore[arg-type]
        if not alpha2 or not names or alpha2 in seen_codes or "," in names[0]:
            continue
        seen_codes.add(alpha2)
        alts = [str(a) for a in info.get("altSpellings") or []]
        strong, weak = _acronyms(names, alts)
        capital = info.get("capital")
        capital_name = capital[0] if isinstance(capital, list) and capital else capital
        population = info.get("population")
        countries.append(
            Country(
                name=names[0],
                alpha2=alpha2,
                names=tuple(names),
                acronyms=tuple(strong),
                derived_acronyms=tuple(weak),
                demonyms=tuple(_demonyms(info, names)),  # type: ignore[arg-type]
                capital=str(capital_name) if capital_name else None,
                capitals=tuple(_capitals(str(capital_name) if capital_name else None)),
                population=int(population) if isinstance(population, int) else 0,
                provinces=tuple(str(p) for p in info.get("provinces") or []),
            )
        )
    countries = _with_trusted_provinces(countries)
    return Gazetteer(
        countries=tuple(countries),
        by_name=_claimed(countries, lambda c: [n.lower() for n in c.names]),
        by_acronym=_claimed(countries, lambda c: list(c.acronyms), unique_only=True),
        by_derived_acronym=_claimed(countries, lambda c: list(c.derived_acronyms), unique_only=True),
        by_demonym=_claimed(countries, lambda c: list(c.demonyms)),
        by_capital=_claimed(countries, lambda c: list(c.capitals)),
    )


def _with_trusted_provinces(countries: list[Country]) -> list[Country]:
    """Each country with its provinces, dropped where the list is really another country's (the data has a few
    swapped lists): it names that country's capital, and that country's list names ours or shares entries."""

    def plain(country: Country) -> set[str]:
        return {re.sub(r"\s*\(.*\)$", "", p).lower() for p in country.provinces}

    lists = {c.alpha2: plain(c) for c in countries}
    out: list[Country] = []
    for country in countries:
        own = lists[country.alpha2]
        borrowed = False
        for other in countries:
            if other.alpha2 == country.alpha2 or not other.capital or other.capital.lower() not in own:
                continue
            theirs = lists[other.alpha2]
            if (country.capital and country.capital.lower() in theirs) or len(own & theirs) >= 2:
                borrowed = True
        out.append(dataclasses.replace(country, provinces=()) if borrowed else country)
    return out


# ISO 3166-3: alpha-2 codes of countries that have ceased to exist.
WITHDRAWN_CODES = frozenset({"AN", "BU", "CS", "DD", "DY", "HV", "NH", "RH", "SU", "TP", "YD", "YU", "ZR"})


def _claimed(
    countries: list[Country], forms_of: Callable[[Country], list[str]], unique_only: bool = False
) -> dict[str, Country]:
    """Each surface form to the country that claims it: the most populous, or nobody if ``unique_only`` and shared."""
    claims: dict[str, list[Country]] = {}
    for country in countries:
        for form in forms_of(country):
            claims.setdefault(form, []).append(country)
    table: dict[str, Country] = {}
    for form, claimants in claims.items():
        distinct = {c.alpha2: c for c in claimants}
        if unique_only and len(distinct) > 1:
            continue
        # A state that no longer exists ("Serbia and Montenegro") yields a shared form to its successor.
        table[form] = max(distinct.values(), key=lambda c: (c.alpha2 not in WITHDRAWN_CODES, c.population, c.name))
    return table
