"""The country gazetteer built from countryinfo: names, derived acronyms, demonyms, capitals."""

from __future__ import annotations

import re

from kgingest.gazetteer import Country, initials, load_gazetteer, strip_possessive


def test_common_names_and_alternative_spellings_find_the_country() -> None:
    gazetteer = load_gazetteer()
    assert gazetteer.country("Germany") is not None
    assert gazetteer.country("Federal Republic of Germany") is gazetteer.country("Germany")
    assert gazetteer.country("the Netherlands") is gazetteer.country("Holland")
    assert gazetteer.country("Italy’s") is gazetteer.country("Italy")
    assert gazetteer.country("Atlantis") is None


def test_listed_initialisms_are_acronyms_and_dotted_forms_too() -> None:
    gazetteer = load_gazetteer()
    usa = gazetteer.country("United States")
    assert usa is not None
    assert gazetteer.country("US") is usa
    assert gazetteer.country("U.S.") is usa
    assert gazetteer.country("USA") is usa
    assert gazetteer.country("UAE") is gazetteer.country("United Arab Emirates")


def test_bare_iso_codes_are_not_names() -> None:
    gazetteer = load_gazetteer()
    # "DE" is Germany's ISO code but no initialism of any of its names.
    assert gazetteer.country("DE") is None
    assert gazetteer.country("IT") is None


def test_derived_acronyms_are_kept_apart_as_weak() -> None:
    gazetteer = load_gazetteer()
    germany = gazetteer.country("Germany")
    assert germany is not None
    assert "FRG" in germany.derived_acronyms
    assert gazetteer.derived_acronym("FRG") is germany
    assert gazetteer.country("FRG") is None


def test_demonyms_from_data_and_from_adjectival_official_names() -> None:
    gazetteer = load_gazetteer()
    assert gazetteer.demonym("Kenyan") is gazetteer.country("Kenya")
    # countryinfo lists "Argentinean"; "Argentine Republic" gives "Argentine".
    assert gazetteer.demonym("Argentine") is gazetteer.country("Argentina")
    # a shared demonym goes to the more populous country
    assert gazetteer.demonym("American") is gazetteer.country("United States")
    assert gazetteer.demonym("United") is None


def test_capitals_with_accent_free_and_short_forms() -> None:
    gazetteer = load_gazetteer()
    assert gazetteer.capital("Nairobi") is gazetteer.country("Kenya")
    assert gazetteer.capital("Brasilia") is gazetteer.country("Brazil")
    assert gazetteer.capital("Washington") is gazetteer.country("United States")


def test_loaded_once() -> None:
    assert load_gazetteer() is load_gazetteer()


def test_helpers() -> None:
    assert initials("Republic of Moldova", keep_function_words=False) == "RM"
    assert initials("Republic of Moldova", keep_function_words=True) == "ROM"
    assert strip_possessive("Chile's") == "Chile"
    assert strip_possessive("Honduras’") == "Honduras"


def test_a_shared_demonym_goes_to_the_state_that_still_exists() -> None:
    gazetteer = load_gazetteer()
    serbian = gazetteer.demonym("Serbian")
    assert serbian is not None and serbian.alpha2 == "RS"


def test_a_region_named_in_several_provinces_of_one_country_is_in_it() -> None:
    gazetteer = load_gazetteer()
    sudan = gazetteer.country("Sudan")
    assert gazetteer.province_country("Darfur") is sudan
    assert gazetteer.province_country("North Darfur") is sudan
    assert gazetteer.province_country("Ontario") is gazetteer.country("Canada")


def test_a_province_list_that_is_another_country_s_is_dropped() -> None:
    gazetteer = load_gazetteer()
    # The data gives the two Congos each other's provinces: neither list can be trusted.
    assert gazetteer.province_country("Brazzaville") is None
    assert gazetteer.province_country("Kinshasa") is None
    # A province that happens to share a name with a foreign capital does not discredit a list.
    assert gazetteer.province_country("Queensland") is gazetteer.country("Australia")


def test_a_name_with_of_the_is_also_known_without_the_article() -> None:
    gazetteer = load_gazetteer()
    full = gazetteer.country("Democratic Republic of the Congo")
    assert full is not None
    assert gazetteer.country("Democratic Republic of Congo") == full


def test_regression_province_lookup_by_index_equals_a_walk_over_every_province() -> None:
    # Issue 17: the lookup walked every province of every country for each place mention.
    gazetteer = load_gazetteer()

    def walked(name: str) -> Country | None:
        core = re.sub(r"^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central)\s+", "", name)
        exact = [c for c in gazetteer.countries if any(p == name or p.startswith(name + " (") for p in c.provinces)]
        if len(exact) == 1:
            return exact[0]
        tails = [c for c in gazetteer.countries if any(p == core or p.endswith(" " + core) for p in c.provinces)]
        return tails[0] if len(tails) == 1 and len(core) >= 4 else None

    provinces = sorted({p for c in gazetteer.countries for p in c.provinces})
    names = {"", "x", " ("}
    for province in provinces[:: max(1, len(provinces) // 120)]:
        words = province.split()
        names.update({province, words[-1], " ".join(words[1:]), "North " + words[-1], province.split(" (")[0]})
    for name in sorted(names):
        assert gazetteer.province_country(name) is walked(name), name


def test_a_name_with_a_typographic_apostrophe_is_looked_up() -> None:
    country = load_gazetteer().country("Lao People’s Democratic Republic")
    assert country is not None and country.alpha2 == "LA"
