"""Counts with their uncertainty, from our own phrases."""

from __future__ import annotations

import pytest

from kgingest.model import Span
from kgingest.quantities import find_quantities, is_year_like, number_value, parse_quantity


def whole(text: str) -> Span:
    return Span(0, len(text), text)


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("more than 10,000", "minimum", 10_000),
        ("at least 3,000", "minimum", 3_000),
        ("over 800", "minimum", 800),
        ("upwards of 1,200", "minimum", 1_200),
        ("about 5,000", "approximate", 5_000),
        ("approximately 4,500", "approximate", 4_500),
        ("around 600", "approximate", 600),
        ("some 12,000", "approximate", 12_000),
        ("nearly 900", "approximate", 900),
        ("roughly 2 million", "approximate", 2_000_000),
        ("an estimated 7,000", "approximate", 7_000),
        ("up to 2,500", "maximum", 2_500),
        ("as many as 700", "maximum", 700),
        ("fewer than 300", "maximum", 300),
        ("less than 40", "maximum", 40),
        ("12,000", "exact", 12_000),
        ("three-thousand", "exact", 3_000),
        ("two-thousand", "exact", 2_000),
        ("ten thousand", "exact", 10_000),
        ("1.5 million", "exact", 1_500_000),
        ("5k", "exact", 5_000),
        ("twenty-five", "exact", 25),
        ("two hundred and fifty", "exact", 250),
        ("a dozen", "exact", 12),
    ],
)
def test_one_number_goes_to_the_field_its_modifier_says(text: str, field: str, value: int) -> None:
    quantity = parse_quantity(text, whole(text))
    assert quantity is not None
    fields = {name: getattr(quantity, name) for name in ("exact", "minimum", "maximum", "approximate")}
    assert fields == {name: (value if name == field else None) for name in fields}
    assert not quantity.vague


def test_between_gives_both_bounds() -> None:
    quantity = parse_quantity("between 1,000 and 2,000", whole("between 1,000 and 2,000"))
    assert quantity is not None
    assert (quantity.minimum, quantity.maximum, quantity.exact) == (1_000, 2_000, None)


def test_a_range_with_a_dash_gives_both_bounds() -> None:
    quantity = parse_quantity("3,000-4,000 sailors", whole("3,000-4,000 sailors"))
    assert quantity is not None
    assert (quantity.minimum, quantity.maximum) == (3_000, 4_000)


@pytest.mark.parametrize(
    "text", ["thousands of", "hundreds of", "dozens of", "tens of thousands of", "several thousand", "a few hundred"]
)
def test_vague_amounts_have_no_number(text: str) -> None:
    quantity = parse_quantity(text, whole(text))
    assert quantity is not None
    assert quantity.vague
    assert (quantity.exact, quantity.minimum, quantity.maximum, quantity.approximate) == (None, None, None, None)


@pytest.mark.parametrize("text", ["troops", "", "the battalion", "many"])
def test_no_count_gives_none(text: str) -> None:
    assert parse_quantity(text, whole(text)) is None


def test_span_is_narrowed_to_the_phrase_in_article_offsets() -> None:
    text = "sent more than 4,000 marines"
    quantity = parse_quantity(text, Span(50, 50 + len(text), text))
    assert quantity is not None
    assert quantity.span == Span(55, 55 + len("more than 4,000"), "more than 4,000")


def test_find_quantities_in_running_text() -> None:
    text = "Lisbon sent more than 1,100 soldiers, thousands of sailors and about 300 medics."
    found = find_quantities(text, offset=10)
    assert [q.span.text for q in found] == ["more than 1,100", "thousands", "about 300"]
    assert [q.span.begin - 10 for q in found] == [text.index("more"), text.index("thousands"), text.index("about")]
    assert found[0].minimum == 1_100 and found[1].vague and found[2].approximate == 300


@pytest.mark.parametrize(("text", "value"), [("4,200", 4_200), ("2.5m", 2_500_000), ("forty", 40), ("nonsense", None)])
def test_number_value(text: str, value: int | None) -> None:
    assert number_value(text) == value


def test_a_range_from_one_number_to_another_even_at_the_end_of_a_sentence() -> None:
    found = find_quantities("Estimates ranged from 6,000 to 7,500.")
    assert [(q.minimum, q.maximum, q.span.text) for q in found] == [(6_000, 7_500, "from 6,000 to 7,500")]
    assert not is_year_like(found[0])


def test_a_range_of_years_is_year_like() -> None:
    found = find_quantities("The mission ran from 2011 to 2019.")
    assert len(found) == 1 and is_year_like(found[0])


@pytest.mark.parametrize(
    ("text", "exact", "approximate"),
    [
        ("sent 30 000 more troops", 30_000, None),
        ("about 68 000 soldiers", None, 68_000),
        ("a 5 000-strong force", 5_000, None),
    ],
)
def test_thousands_grouped_by_a_space_are_one_number(text: str, exact: int | None, approximate: int | None) -> None:
    found = find_quantities(text)
    assert [(q.exact, q.approximate) for q in found] == [(exact, approximate)]


def test_a_day_of_the_month_before_a_count_is_not_a_thousands_group() -> None:
    assert [q.exact for q in find_quantities("On March 3 200 troops landed")] == [3, 200]
