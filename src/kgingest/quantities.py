"""Counts as news gives them: "more than 10,000", "about 5,000", "thousands of".

`parse_quantity` reads one quantity phrase; `find_quantities` finds every
quantity phrase in a stretch of text. The surface text is kept in
`Quantity.span`; the modifier decides which field holds the number.
"""

from __future__ import annotations

import re

from kgingest.model import Quantity, Span

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
SUFFIX_SCALES = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000}
COUNT_NOUNS = {"dozen": 12, "a dozen": 12, "a hundred": 100, "a thousand": 1_000}

# Modifier words, longest first when they are matched.
MINIMUM = ("more than", "over", "at least", "upwards of", "in excess of", "no fewer than", "no less than", "above")
MAXIMUM = ("up to", "as many as", "fewer than", "less than", "no more than", "at most", "under", "below")
APPROXIMATE = (
    "about", "approximately", "around", "some", "roughly", "an estimated", "estimated", "almost", "close to",
    "nearly", "circa", "about a", "some estimated",
)  # fmt: skip
# "nearly"/"almost" are strictly upper bounds, but news uses them as approximations.
VAGUE_PLURALS = ("hundreds", "thousands", "tens of thousands", "hundreds of thousands", "millions", "dozens", "scores")

_WORD = "|".join(sorted([*UNITS, *TENS], key=len, reverse=True))
_SCALE = "|".join(SCALES)
# A number: digits (with separators and decimals, an optional k/m suffix) or number words.
_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
)  # fmt: skip
# "30 000 troops": thousands grouped by a space (or a no-break space), as many outlets print them; never the day
# of a date before a count ("March 3 200 troops"), hence one fixed-width look-behind per month name.
_NOT_AFTER_MONTH = "".join(rf"(?<!{m} )(?<!{m}\. )" for m in _MONTHS)
_SPACE_GROUPED = rf"{_NOT_AFTER_MONTH}\d{{1,3}}(?:[ \u00a0\u202f]\d{{3}})+(?![\d,.])"
_DIGITS = rf"\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|{_SPACE_GROUPED}|\d+(?:\.\d+)?"
_NUMBER_WORD = rf"(?:{_WORD}|{_SCALE})"
_NUMBER = (
    rf"(?:(?:{_DIGITS})(?:\s*(?:{_SCALE})\b|(?:k|mn|bn|m)\b)?"
    rf"|(?:an?\s+)?\b{_NUMBER_WORD}(?:[- ](?:and[- ])?{_NUMBER_WORD})*\b"
    r"|a\s+dozen|dozen)"
)
_MODIFIER = "|".join(sorted({*MINIMUM, *MAXIMUM, *APPROXIMATE}, key=len, reverse=True))
_VAGUE = "|".join(sorted({*VAGUE_PLURALS}, key=len, reverse=True))
_QUANTITY_RE = re.compile(
    # "between 2,000 and 3,000", "(ranged) from 2,000 to 3,000": a range wherever it stands, even at the end
    rf"\b(?:(?:between|from)\s+(?P<low>{_NUMBER})\s+(?:and|to)\s+(?P<high>{_NUMBER})"
    rf"|(?P<from>{_NUMBER})\s*(?:-|–|to)\s*(?P<to>{_NUMBER})(?=\s+[a-z])"
    rf"|(?P<vague>(?:several\s+|many\s+)?(?:{_VAGUE})(?=\s+of\b)|(?:several|a\s+few|few|many)\s+(?:hundred|thousand)\b)"
    rf"|(?:(?P<modifier>{_MODIFIER})\s+)?(?P<number>{_NUMBER}))",
    re.IGNORECASE,
)


def number_value(text: str) -> int | None:
    """The integer a number phrase names: "12,000", "1.5 million", "5k", "three-thousand", "a dozen"."""
    cleaned = text.lower().replace("–", "-").strip()
    if not cleaned:
        return None
    if cleaned in COUNT_NOUNS:
        return COUNT_NOUNS[cleaned]
    digits = re.fullmatch(rf"({_DIGITS})\s*({_SCALE}|k|mn|bn|m)?", cleaned)
    if digits:
        value = float(re.sub(r"[,\s]", "", digits.group(1)))
        scale = digits.group(2)
        if scale:
            value *= SCALES.get(scale, SUFFIX_SCALES.get(scale, 1))
        return round(value)
    return _words_value(cleaned)


def _words_value(text: str) -> int | None:
    words = [w for w in re.split(r"[\s-]+", text) if w and w != "and"]
    if words and words[0] in ("a", "an"):
        words[0] = "one"
    if not words:
        return None
    total = 0
    current = 0
    for word in words:
        if word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in SCALES:
            total += max(current, 1) * SCALES[word]
            current = 0
        else:
            return None
    return total + current


def parse_quantity(text: str, span: Span) -> Quantity | None:
    """The quantity ``text`` states (``span`` is where it stands in the article); None when it has no count."""
    match = _QUANTITY_RE.search(text)
    if match is None or not match.group().strip():
        return None
    if span.text == text:  # narrow the span to the quantity phrase itself
        surface = match.group().rstrip(" -")
        span = Span(span.begin + match.start(), span.begin + match.start() + len(surface), surface)
    return _from_match(match, span)


def _from_match(match: re.Match[str], span: Span) -> Quantity | None:
    if match.group("low"):
        low, high = number_value(match.group("low")), number_value(match.group("high"))
        return Quantity(span=span, minimum=low, maximum=high) if low is not None and high is not None else None
    if match.group("from"):
        low, high = number_value(match.group("from")), number_value(match.group("to"))
        if low is None or high is None or low >= high:
            return None
        return Quantity(span=span, minimum=low, maximum=high)
    if match.group("vague"):
        return Quantity(span=span, vague=True)
    number_text = match.group("number")
    if not number_text or not number_text.strip():
        return None
    value = number_value(number_text)
    if value is None:
        return None
    modifier = (match.group("modifier") or "").lower()
    modifier = re.sub(r"\s+", " ", modifier)
    if modifier in MINIMUM:
        return Quantity(span=span, minimum=value)
    if modifier in MAXIMUM:
        return Quantity(span=span, maximum=value)
    if modifier in APPROXIMATE:
        return Quantity(span=span, approximate=value)
    return Quantity(span=span, exact=value)


def find_quantities(text: str, offset: int = 0) -> list[Quantity]:
    """Every quantity phrase in ``text`` (which starts at article offset ``offset``), in text order."""
    found = []
    for match in _QUANTITY_RE.finditer(text):
        surface = match.group()
        stripped = surface.rstrip(" -")
        if not stripped.strip():
            continue
        begin = offset + match.start()
        quantity = _from_match(match, Span(begin, begin + len(stripped), stripped))
        if quantity is not None:
            found.append(quantity)
    return found


def is_year_like(quantity: Quantity) -> bool:
    """A bare four-digit number from 1800 to 2099 (or a range of two) is more likely a year than a count."""
    year = r"(?:18|19|20)\d\d"
    if quantity.exact is None and quantity.minimum is not None and quantity.maximum is not None:
        years = rf"(?:(?:between|from)\s+)?{year}\s*(?:-|–|to|and)\s*{year}"
        return re.fullmatch(years, quantity.span.text) is not None
    value = quantity.exact
    return value is not None and re.fullmatch(year, quantity.span.text) is not None and value > 0
