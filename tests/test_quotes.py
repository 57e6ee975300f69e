"""Quotation spans: pairing, paragraphs, stray marks, apostrophes."""

from __future__ import annotations

from kgingest.extract.quotes import find_quotes, quote_at
from kgingest.model import Span


def inner_texts(text: str, excluded: tuple[Span, ...] = ()) -> list[str]:
    return [q.inner.text for q in find_quotes(text, excluded)]


def test_straight_and_curly_double_quotes() -> None:
    text = 'She said "the port is open" and he said “the road is closed.”'
    assert inner_texts(text) == ["the port is open", "the road is closed."]


def test_inner_span_offsets_point_into_the_text() -> None:
    text = "Lead. “We will rebuild,” Mayor Hartmann said."
    (quote,) = find_quotes(text)
    assert text[quote.inner.begin : quote.inner.end] == quote.inner.text == "We will rebuild,"
    assert text[quote.begin] == "“" and text[quote.end - 1] == "”"
    assert quote_at(find_quotes(text), quote.inner.begin + 3) == quote
    assert quote_at(find_quotes(text), 0) is None


def test_quotation_over_two_paragraphs_is_one_quote() -> None:
    text = 'Ruiz said: "The first part ends here.\n\n"The second part closes it." Then narration.'
    (quote,) = find_quotes(text)
    assert quote.inner.text == 'The first part ends here.\n\n"The second part closes it.'
    assert quote.paragraphs == 2 and quote.closed


def test_unclosed_quote_stops_at_its_paragraph() -> None:
    text = 'Brandt said "the harbor is open.\n\nThe next paragraph is narration. Later "a real quote" appears.'
    quotes = find_quotes(text)
    assert quotes[0].inner.text == "the harbor is open."
    assert not quotes[0].closed
    assert quotes[1].inner.text == "a real quote"


def test_stray_closing_mark_is_ignored() -> None:
    text = "The figure rose 5” overnight, officials said “it will fall again.”"
    assert inner_texts(text) == ["it will fall again."]


def test_single_quotes_but_not_apostrophes() -> None:
    text = "'We will not give up,' Brandt said. The city's port isn't ready; the workers' union disagreed."
    assert inner_texts(text) == ["We will not give up,"]
    curly = "Officials called it ‘a turning point’ for the town’s economy."
    assert inner_texts(curly) == ["a turning point"]


def test_headings_are_skipped() -> None:
    text = "Minister calls budget 'a turning point'\n\nThe minister said \"numbers do not lie.\""
    heading = Span(0, 39, text[:39])
    assert inner_texts(text, (heading,)) == ["numbers do not lie."]


def test_many_stray_marks_never_crash_or_swallow_the_article() -> None:
    text = '"\n\n" " "\n\nPlain text.\n\n“ unclosed\n\n” stray and \'\n\nFinal "quote" here.'
    quotes = find_quotes(text)
    for quote in quotes:
        assert text[quote.inner.begin : quote.inner.end] == quote.inner.text
        assert quote.paragraphs <= 2
    assert "quote" in [q.inner.text for q in quotes]


def test_two_apostrophes_are_a_double_mark() -> None:
    text = "''Put it away,'' he said. The man's ''rule'' was odd, and it's Jane's ''own'' plan."
    assert [q.inner.text for q in find_quotes(text)] == ["Put it away,", "rule", "own"]


def test_three_apostrophes_in_a_row_pair_nothing() -> None:
    assert find_quotes("The word ''' stands alone here.") == []
