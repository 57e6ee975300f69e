"""Time expressions resolved against a publication date (past-tense news reading)."""

from __future__ import annotations

import datetime as dt

import pytest

from kgingest.model import Precision, Span
from kgingest.timex import find_times, resolve_time

# A Wednesday.
PUBLISHED = dt.date(2031, 3, 12)
D = dt.date


@pytest.mark.parametrize(
    ("expression", "day"),
    [
        ("on Wednesday", D(2031, 3, 12)),  # the publication day itself counts
        ("Wednesday", D(2031, 3, 12)),
        ("Tuesday", D(2031, 3, 11)),
        ("on Thursday", D(2031, 3, 6)),
        ("Thursday’s", D(2031, 3, 6)),
        ("Sunday's", D(2031, 3, 9)),
        ("Friday afternoon", D(2031, 3, 7)),
        ("last Wednesday", D(2031, 3, 5)),
        ("yesterday", D(2031, 3, 11)),
        ("today", D(2031, 3, 12)),
        ("on March 2", D(2031, 3, 2)),
        ("November 30", D(2030, 11, 30)),  # not yet come this year: last year's
        ("4 January", D(2031, 1, 4)),
        ("Saturday, July 19, 2029", D(2029, 7, 19)),
        ("2028-02-29", D(2028, 2, 29)),
        ("two weeks ago", D(2031, 2, 26)),
        # a part of the day before the day adds nothing at day precision
        ("late Tuesday", D(2031, 3, 11)),
        ("early on Monday", D(2031, 3, 10)),
        ("earlier today", D(2031, 3, 12)),
        ("late on Sunday night", D(2031, 3, 9)),
        ("earlier on Thursday", D(2031, 3, 6)),
        ("Friday, the 7th", D(2031, 3, 7)),
        ("Saturday the 1st", D(2031, 3, 1)),
    ],
)
def test_days(expression: str, day: dt.date) -> None:
    value = resolve_time(expression, PUBLISHED)
    assert value is not None
    assert (value.earliest, value.latest, value.precision) == (day, day, Precision.DAY)
    assert value.exact == day


@pytest.mark.parametrize(
    ("expression", "earliest", "latest", "precision"),
    [
        ("last year", D(2030, 1, 1), D(2030, 12, 31), Precision.YEAR),
        ("2027", D(2027, 1, 1), D(2027, 12, 31), Precision.YEAR),
        ("in 2027", D(2027, 1, 1), D(2027, 12, 31), Precision.YEAR),
        ("early 2029", D(2029, 1, 1), D(2029, 4, 30), Precision.YEAR),
        ("late 2029", D(2029, 9, 1), D(2029, 12, 31), Precision.YEAR),
        ("mid-2029", D(2029, 5, 1), D(2029, 8, 31), Precision.YEAR),
        ("last month", D(2031, 2, 1), D(2031, 2, 28), Precision.MONTH),
        ("in October", D(2030, 10, 1), D(2030, 10, 31), Precision.MONTH),
        ("in March", D(2031, 3, 1), D(2031, 3, 31), Precision.MONTH),  # the current month is not after it
        ("since June", D(2030, 6, 1), D(2030, 6, 30), Precision.MONTH),  # the month it began in
        ("September 2026", D(2026, 9, 1), D(2026, 9, 30), Precision.MONTH),
        ("this year", D(2031, 1, 1), D(2031, 3, 12), Precision.YEAR),
    ],
)
def test_intervals(expression: str, earliest: dt.date, latest: dt.date, precision: Precision) -> None:
    value = resolve_time(expression, PUBLISHED)
    assert value is not None
    assert (value.earliest, value.latest, value.precision) == (earliest, latest, precision)
    assert value.exact is None


@pytest.mark.parametrize(
    ("expression", "latest", "precision"),
    [
        ("as early as last year", D(2030, 12, 31), Precision.YEAR),
        ("as early as 2028", D(2028, 12, 31), Precision.YEAR),
        ("as early as October", D(2030, 10, 31), Precision.MONTH),
        ("by March 2029", D(2029, 3, 31), Precision.MONTH),
        ("before June 2029", D(2029, 5, 31), Precision.MONTH),
    ],
)
def test_upper_bounds_have_no_earliest(expression: str, latest: dt.date, precision: Precision) -> None:
    value = resolve_time(expression, PUBLISHED)
    assert value is not None
    assert value.earliest is None
    assert (value.latest, value.precision) == (latest, precision)


def test_just_days_is_a_loose_interval_ending_at_publication() -> None:
    value = resolve_time("just days", PUBLISHED)
    assert value is not None
    assert value.latest == PUBLISHED
    assert value.earliest is not None and value.earliest < PUBLISHED - dt.timedelta(days=2)


@pytest.mark.parametrize(
    "expression",
    ["recently", "the same day", "", "in due course", "soon", "the report", "earlier", "late", "Friday the 9th"],
)
def test_vague_or_non_time_gives_none(expression: str) -> None:
    assert resolve_time(expression, PUBLISHED) is None


def test_relative_needs_a_publication_date_but_absolute_does_not() -> None:
    assert resolve_time("yesterday", None) is None
    assert resolve_time("on Monday", None) is None
    value = resolve_time("April 3, 2026", None)
    assert value is not None and value.exact == D(2026, 4, 3)


@pytest.mark.parametrize("expression", ["in March", "March", "March 5", "on 12 June", "last March"])
def test_month_without_year_and_without_publication_date_has_no_date(expression: str) -> None:
    # The bug: with no publication date, "in March" came out as March 1999, a year the text never gave.
    assert resolve_time(expression, None) is None


@pytest.mark.parametrize(("expression", "year"), [("March 2019", 2019), ("in June 2021", 2021), ("5 May 2020", 2020)])
def test_month_with_year_resolves_without_publication_date(expression: str, year: int) -> None:
    value = resolve_time(expression, None)
    assert value is not None and value.earliest is not None and value.earliest.year == year


def test_span_is_kept() -> None:
    span = Span(10, 19, "yesterday")
    value = resolve_time("yesterday", PUBLISHED, span)
    assert value is not None and value.span == span


def test_find_times_gives_article_offsets_and_skips_verbs() -> None:
    text = "Officials said on Tuesday that the battalion may leave; it had arrived as early as last year in March 2029."
    values = find_times(text, PUBLISHED, offset=100)
    surfaces = [v.span.text for v in values if v.span]
    assert surfaces == ["on Tuesday", "as early as last year", "in March 2029"]
    for value in values:
        assert value.span is not None
        begin = value.span.begin - 100
        assert text[begin : begin + len(value.span.text)] == value.span.text
    assert values[0].exact == D(2031, 3, 11)
    assert values[1].earliest is None and values[1].latest == D(2030, 12, 31)


@pytest.mark.parametrize(
    ("expression", "earliest", "latest"),
    [
        ("since March", D(2031, 3, 1), D(2031, 3, 12)),  # the current month: begun by publication at the latest
        ("since mid-May", D(2030, 5, 1), D(2030, 5, 31)),
        ("since late 2029", D(2029, 9, 1), D(2029, 12, 31)),
        ("since this year", D(2031, 1, 1), D(2031, 3, 12)),
        ("two weeks ago", D(2031, 2, 26), D(2031, 2, 26)),
        ("earlier this month", D(2031, 3, 1), D(2031, 3, 12)),
        ("in late 2029", D(2029, 9, 1), D(2029, 12, 31)),
    ],
)
def test_since_looks_back_and_relative_spans(expression: str, earliest: dt.date, latest: dt.date) -> None:
    value = resolve_time(expression, PUBLISHED)
    assert value is not None and (value.earliest, value.latest) == (earliest, latest)
