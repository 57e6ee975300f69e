"""Time expressions: resolve what a news text says about time into dates or bounds.

Relative expressions are read the way news is written: in the past tense,
against the publication date. "Monday" is the latest Monday on or before the
publication day, "in October" the latest October not after the publication
month, "May 9" the latest May 9 on or before it. Intervals carry their
precision: a day, a month, a year.

Bounds the text states are kept as bounds: "as early as last month" says the
start was no later than the end of last month (``earliest`` None), "before
June" likewise; "since June" names the month something began in.

Vague expressions: "just days" / "days ago" / "a few days ago" resolve to a
loose interval (the ten days before publication, day precision) because a
reader can say that much; "recently", "lately", "the same day" and the like
resolve to None, since they give no bound a reader could check.

Absolute dates ("Friday, August 21, 2015", "9 May 2024", "2024-05-03") and
counted offsets ("three weeks ago") go to the maintained ``dateparser``
library; what it cannot express (bounds, seasons of a year, the inclusive
weekday rule) is handled here.

Entry points: `resolve_time` reads one expression; `find_times` finds and
resolves every time expression in a text or parse; `latest_of` picks the
tightest upper bound among several.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from kgingest.model import Precision, Span, TimeValue

# spaCy's entity labels of a time phrase ("in March", "on Monday morning"): the parse's word for what this module
# reads, asked by rules that only need to know a token is part of one.
TIME_ENTITIES = frozenset({"DATE", "TIME"})

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
MONTH_ABBREVIATIONS = {name[:3]: i + 1 for i, name in enumerate(MONTHS)} | {"sept": 9}
MONTH_NUMBER = {name: i + 1 for i, name in enumerate(MONTHS)} | MONTH_ABBREVIATIONS

# Parts of a year: "early 2024" is its first third, and so on.
YEAR_PARTS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12), "end of": (10, 12), "beginning of": (1, 3)}
# Parts of the day add nothing at day precision.
DAY_PARTS = r"(?:\s+(?:morning|afternoon|evening|night))?"
# Words that say the expression is too vague to bound.
UNBOUNDED = {"recently", "lately", "earlier", "previously", "the same day", "that day", "soon", "now", "currently"}
# "just days": a reader can bound it, loosely.
FEW_DAYS = 10

_MONTH_RE = "|".join(sorted(MONTH_NUMBER, key=len, reverse=True))
_WEEKDAY_RE = "|".join(WEEKDAYS)


@dataclass(frozen=True)
class _Interval:
    earliest: dt.date | None
    latest: dt.date | None
    precision: Precision


def _day(date: dt.date) -> _Interval:
    return _Interval(date, date, Precision.DAY)


def _month(year: int, month: int) -> _Interval:
    last = calendar.monthrange(year, month)[1]
    return _Interval(dt.date(year, month, 1), dt.date(year, month, last), Precision.MONTH)


def _year(year: int) -> _Interval:
    return _Interval(dt.date(year, 1, 1), dt.date(year, 12, 31), Precision.YEAR)


def _months_back(published: dt.date, months: int) -> tuple[int, int]:
    index = published.year * 12 + published.month - 1 - months
    return index // 12, index % 12 + 1


def _latest_month(month: int, published: dt.date) -> _Interval:
    """The latest ``month`` that is not after the publication month."""
    year = published.year if month <= published.month else published.year - 1
    return _month(year, month)


def _latest_day_of_month(month: int, day: int, published: dt.date) -> _Interval | None:
    """The latest ``month``/``day`` on or before the publication date."""
    for year in (published.year, published.year - 1, published.year - 2):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:  # February 29 in a common year
            continue
        if candidate <= published:
            return _day(candidate)
    return None


def _normalise(expression: str) -> str:
    text = expression.replace("’", "'").replace("‘", "'").lower().strip()
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"\s+", " ", text)
    return text.strip(" .,;:")


def _strip_preposition(text: str) -> str:
    return re.sub(r"^(?:on|in|during|at|of|from|the)\s+", "", text)


def resolve_time(expression: str, published: dt.date | None, span: Span | None = None) -> TimeValue | None:
    """The date or interval ``expression`` names, read against ``published``; None when it cannot be bounded.

    Without a publication date only absolute expressions resolve.
    """
    text = _normalise(expression)
    if not text:
        return None
    interval = _resolve(text, published)
    if interval is None:
        return None
    return TimeValue(earliest=interval.earliest, latest=interval.latest, precision=interval.precision, span=span)


def _resolve(text: str, published: dt.date | None) -> _Interval | None:
    # Bounds first: they wrap another expression.
    bound = re.match(r"^(?:as early as|as of|by|no later than|before|until|till|prior to)\s+(.+)$", text)
    if bound:
        inner = _resolve(_strip_preposition(bound.group(1)), published)
        if inner is None or inner.latest is None:
            return None
        if text.startswith(("before", "prior to")) and inner.earliest is not None:
            return _Interval(None, inner.earliest - dt.timedelta(days=1), inner.precision)
        return _Interval(None, inner.latest, inner.precision)
    after = re.match(r"^(?:after|since|starting|beginning|from)\s+(.+)$", text)
    if after:
        inner = _resolve(_strip_preposition(after.group(1)), published)
        if inner is None:
            return None
        if text.startswith("after") and inner.latest is not None:
            return _Interval(inner.latest + dt.timedelta(days=1), published, inner.precision)
        # "since June": the start lies in June, and "since" looks back: not after the publication day.
        if (
            published is not None
            and inner.earliest is not None
            and inner.latest is not None
            and (inner.earliest <= published < inner.latest)
        ):
            return _Interval(inner.earliest, published, inner.precision)
        return inner
    text = _strip_preposition(text)
    if text in UNBOUNDED or text.startswith("recent"):
        return None
    # "late Tuesday", "earlier today": a part of a day is that day (but "late 2029" is a part of a year).
    part_of_day = re.fullmatch(r"(?:late|early|earlier|later)(?: on)? (.+)", text)
    if part_of_day:
        inner = _resolve(part_of_day.group(1), published)
        if inner is not None and inner.precision is Precision.DAY and inner.earliest == inner.latest:
            return inner
    weekday_day = re.fullmatch(rf"({_WEEKDAY_RE}),? (?:the )?(\d{{1,2}})(?:st|nd|rd|th)", text)
    if weekday_day:  # read here: the dateparser takes the ordinal for a month
        return _weekday_with_day(weekday_day.group(1), int(weekday_day.group(2)), published)
    if published is not None:
        relative = _relative(text, published)
        if relative is not None:
            return relative
    absolute = _absolute(text, published)
    if absolute is not None:
        return absolute
    return _with_dateparser(text, published)


def _relative(text: str, published: dt.date) -> _Interval | None:
    """Expressions that only mean something against the publication date."""
    simple = {
        "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
        "yesterday": 1, "last night": 1, "yesterday morning": 1, "yesterday afternoon": 1,
        "yesterday evening": 1, "tomorrow": -1,
    }  # fmt: skip
    if text in simple:
        return _day(published - dt.timedelta(days=simple[text]))
    weekday = re.fullmatch(rf"(?:last |this |past |on )?({_WEEKDAY_RE}){DAY_PARTS}", text)
    if weekday:
        back = (published.weekday() - WEEKDAYS.index(weekday.group(1))) % 7
        if text.startswith("last ") and back == 0:
            back = 7
        return _day(published - dt.timedelta(days=back))
    if re.fullmatch(r"(?:just |only |a few |several |some )?days(?: ago| earlier| before)?|a few days ago", text):
        return _Interval(published - dt.timedelta(days=FEW_DAYS), published, Precision.DAY)
    if text in ("this week", "earlier this week"):
        return _Interval(published - dt.timedelta(days=published.weekday()), published, Precision.DAY)
    if text in ("last week", "the past week", "past week"):
        monday = published - dt.timedelta(days=published.weekday() + 7)
        return _Interval(monday, monday + dt.timedelta(days=6), Precision.DAY)
    if text in ("last weekend", "weekend", "this weekend", "over the weekend"):
        saturday = published - dt.timedelta(days=(published.weekday() - 5) % 7)
        return _Interval(saturday, min(saturday + dt.timedelta(days=1), published), Precision.DAY)
    if text in ("this month", "earlier this month"):
        return _Interval(published.replace(day=1), published, Precision.MONTH)
    if text in ("last month", "the past month", "past month"):
        return _month(*_months_back(published, 1))
    if text in ("this year", "earlier this year"):
        return _Interval(dt.date(published.year, 1, 1), published, Precision.YEAR)
    if text in ("last year", "the past year", "past year", "a year ago"):
        return _year(published.year - 1)
    if text in ("next year",):
        return _year(published.year + 1)
    if text in ("next month",):
        return _month(*_months_back(published, -1))
    years_ago = re.fullmatch(r"(\w+) years ago", text)
    if years_ago and _small_number(years_ago.group(1)) is not None:
        return _year(published.year - (_small_number(years_ago.group(1)) or 0))
    part = re.fullmatch(r"(early|mid|late|end of|beginning of)[- ](?:last|this) year", text)
    if part:
        year = published.year - 1 if "last" in text else published.year
        return _year_part(part.group(1), year)
    month = re.fullmatch(rf"(?:last |this |early |mid-|mid |late )?({_MONTH_RE})\.?", text)
    if month:
        return _latest_month(MONTH_NUMBER[month.group(1)], published)
    month_day = re.fullmatch(
        rf"({_MONTH_RE})\.? (\d{{1,2}})(?:st|nd|rd|th)?|(\d{{1,2}})(?:st|nd|rd|th)? ({_MONTH_RE})\.?", text
    )
    if month_day:
        name = month_day.group(1) or month_day.group(4)
        day = int(month_day.group(2) or month_day.group(3))
        return _latest_day_of_month(MONTH_NUMBER[name], day, published)
    return None


def _weekday_with_day(weekday: str, day: int, published: dt.date | None) -> _Interval | None:
    """ "Friday, the 7th": the latest such day of a month on or before publication, if it falls on that weekday
    (otherwise the text is not a date a reader could place)."""
    if published is None:
        return None
    year, month = published.year, published.month
    for _ in range(2):
        if day <= calendar.monthrange(year, month)[1] and dt.date(year, month, day) <= published:
            candidate = dt.date(year, month, day)
            return _day(candidate) if WEEKDAYS[candidate.weekday()] == weekday else None
        year, month = _months_back(dt.date(year, month, 1), 1)
    return None


def _year_part(part: str, year: int) -> _Interval:
    first, last = YEAR_PARTS[part]
    end = dt.date(year, last, calendar.monthrange(year, last)[1])
    return _Interval(dt.date(year, first, 1), end, Precision.YEAR)


def _absolute(text: str, published: dt.date | None) -> _Interval | None:
    """Years, parts of years and months of a named year."""
    year = re.fullmatch(r"(?:the year )?((?:1[89]|20)\d\d)", text)
    if year:
        return _year(int(year.group(1)))
    part = re.fullmatch(r"(early|mid|late|end of|beginning of)[- ]?((?:1[89]|20)\d\d)", text)
    if part:
        return _year_part(part.group(1), int(part.group(2)))
    month_year = re.fullmatch(rf"(?:early |mid-|mid |late )?({_MONTH_RE})\.?,? ((?:1[89]|20)\d\d)", text)
    if month_year:
        return _month(int(month_year.group(2)), MONTH_NUMBER[month_year.group(1)])
    return None


@functools.lru_cache(maxsize=32)
def _parser(base: dt.datetime) -> Any:
    """A dateparser parser reading relative expressions against ``base`` (settings are per parser)."""
    from dateparser.date import DateDataParser  # slow import: only when needed

    settings = {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past", "RETURN_TIME_AS_PERIOD": True}
    return DateDataParser(languages=["en"], settings=settings)


PERIOD_PRECISION = {"day": Precision.DAY, "week": Precision.DAY, "month": Precision.MONTH, "year": Precision.YEAR}


# An article's statements resolve the same expressions against the same day again; dateparser is slow.
@functools.lru_cache(maxsize=256)
def _with_dateparser(text: str, published: dt.date | None) -> _Interval | None:
    """Full dates and counted offsets ("three weeks ago"), through dateparser."""
    if not re.search(r"\d|ago|" + _MONTH_RE, text):
        return None  # dateparser reads too much into bare words ("may", "march" as verbs are filtered above)
    if published is None and ("ago" in text or not re.search(r"\b\d{4}\b", text)):
        return None  # without a publication date, a month or day with no year would get dateparser's guess
    base = dt.datetime.combine(published, dt.time()) if published else dt.datetime(2000, 1, 1)
    data = _parser(base).get_date_data(text)
    if data.date_obj is None:
        return None
    date = data.date_obj.date()
    precision = PERIOD_PRECISION.get(data.period or "day", Precision.DAY)
    if precision is Precision.YEAR:
        return _year(date.year)
    if precision is Precision.MONTH:
        return _month(date.year, date.month)
    return _day(date)


def _small_number(word: str) -> int | None:
    words = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
    if word.isdigit():
        return int(word)
    if word in ("a", "an"):
        return 1
    return words.index(word) + 1 if word in words else None


# Finding time expressions in running text.

_NUMBER_WORD = r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)"
_PATTERNS = [
    r"\b(?:as early as|as of|by|no later than|before|until|since|after|prior to)\s+"
    r"(?:(?:last|this|early|mid|late)\s+)?"
    rf"(?:year|month|week|{_MONTH_RE}|{_WEEKDAY_RE}|(?:1[89]|20)\d\d)\b(?:\s+\d{{1,2}}\b)?(?:,?\s+(?:1[89]|20)\d\d\b)?",
    rf"\b(?:{_WEEKDAY_RE}),?\s+(?:{_MONTH_RE})\.?\s+\d{{1,2}},?\s+(?:1[89]|20)\d\d\b",
    rf"\b(?:{_MONTH_RE})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+(?:1[89]|20)\d\d)?\b",
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH_RE})\.?(?:,?\s+(?:1[89]|20)\d\d)?\b",
    r"\b(?:early|mid|late)[- ](?:(?:1[89]|20)\d\d|last year|this year)\b",
    rf"\b(?:{_MONTH_RE})\.?,?\s+(?:1[89]|20)\d\d\b",
    rf"\b(?:last|this|past|on)\s+(?:{_WEEKDAY_RE}){DAY_PARTS}\b",
    rf"\b(?:{_WEEKDAY_RE})(?:['’]s)?{DAY_PARTS}\b",
    r"\b(?:yesterday|today|tonight|tomorrow|last night)(?:['’]s)?\b",
    r"\b(?:last|this|next|earlier this|the past)\s+(?:year|month|week|weekend)\b",
    rf"\b{_NUMBER_WORD}\s+(?:days?|weeks?|months?|years?)\s+ago\b",
    r"\b(?:just|only|a few)\s+days\b",
    rf"\b(?:in|since|during|until|by)\s+(?:(?:early|mid|late)[- ])?(?:{_MONTH_RE})\b(?:,?\s+(?:1[89]|20)\d\d\b)?",
    r"\b(?:in|since|during|until|by|of)\s+(?:1[89]|20)\d\d\b",
]
_FIND_RE = re.compile("|".join(f"(?:{p})" for p in _PATTERNS), re.IGNORECASE)
# Words that are month names but usually not months.
_AMBIGUOUS_MONTHS = {"may", "march", "jan", "mar", "sept", "dec"}


def find_times(doc_or_span: Any, published: dt.date | None, offset: int | None = None) -> list[TimeValue]:
    """Every resolvable time expression in a spaCy Doc or Span (or a string at ``offset``), in text order.

    Each value carries the Span of its expression in article offsets.
    """
    if isinstance(doc_or_span, str):
        text, base = doc_or_span, offset or 0
    else:
        text = doc_or_span.text
        base = getattr(doc_or_span, "start_char", 0) if offset is None else offset
    found: list[TimeValue] = []
    for match in _FIND_RE.finditer(text):
        surface = match.group().strip()
        if _is_ambiguous_month(surface):
            continue
        begin = base + match.start()
        value = resolve_time(surface, published, Span(begin, begin + len(surface), surface))
        if value is not None:
            found.append(value)
    return found


def _is_ambiguous_month(surface: str) -> bool:
    """Bare "may"/"march" are verbs far more often than months."""
    return _normalise(surface) in _AMBIGUOUS_MONTHS


def latest_of(values: Iterable[TimeValue]) -> TimeValue | None:
    """The value with the earliest upper bound (the tightest "no later than"); the first in the text on a tie."""
    bounded = [v for v in values if v.latest is not None]
    return min(bounded, key=lambda v: (v.latest, v.span.begin if v.span else 0)) if bounded else None
