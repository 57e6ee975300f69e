"""actor_states._form_spans finds country forms by their first characters and lengths: it must find exactly the
spans the one regular expression over every form (`_pattern`) finds."""

from __future__ import annotations

from kgingest.extract.actor_states import _folded, _form_spans, _pattern, find_country_forms

SENTENCES = [
    "Officials in Lisbon and the Portuguese navy met Brazilian envoys; Brazil's minister spoke.",
    "The U.S. and the UK said the EU would help. Americans and Britons disagreed in Washington.",
    "A Chilean-Peruvian deal, anti-Bolivia protests and the Republic of Korea's envoy in Seoul.",
    "Türkiye and Turkiye, Côte d'Ivoire, São Tomé: accents folded.\nNORWAY in capitals, Norwegians.",
    "US$40 for FranceTV, Franceville, .France, France.com and France. Then Spain.",
]


def test_form_spans_are_the_regular_expressions_spans() -> None:
    pattern, forms = _pattern()
    variants = [f"{form}{tail}" for form in forms for tail in ("", "s", ".", ".x", "$", "'s", " and " + form)]
    variants += [f"{head}{form}" for form in forms for head in ("x", ".", "-", "(")]
    for text in SENTENCES + variants:
        folded = _folded(text)
        assert _form_spans(folded) == [match.span() for match in pattern.finditer(folded)], text


def test_short_texts_kept_give_fresh_lists() -> None:
    first = find_country_forms("Brazil")
    first.clear()
    assert [match.form for match in find_country_forms("Brazil")] == ["Brazil"]
