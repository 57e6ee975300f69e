"""The entity index shared by the extraction stages."""

from __future__ import annotations

import random
import re

import pytest
from spacy.language import Language

from kgingest.extract.index import (
    EntityIndex,
    LineBreaks,
    MentionRef,
    OffsetIndex,
    SentenceIndex,
    TakenRanges,
    actor_key,
    bounded_literal,
    doc_text,
    literal_matches,
    lowercase_noun_lemmas,
    sentence_of,
    sentence_start,
    token_facts,
)
from kgingest.model import Actor, ActorType, Place, Span
from kgingest.parse import load_model


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model()


def test_regression_unnamed_actors_of_two_articles_do_not_share_a_key() -> None:
    # "Analysts" in one article and "analysts" in another are different groups; named actors join.
    mention = Span(0, 8, "Analysts")
    first = EntityIndex("article-one").ensure_actor(ActorType.GROUP, "Analysts", mention)
    second = EntityIndex("article-two").ensure_actor(ActorType.GROUP, "Analysts", mention)
    assert first != second
    assert actor_key(ActorType.STATE, "Chile") == actor_key(ActorType.STATE, "Chile")


def test_mentions_are_found_by_offset_and_aliases_recorded() -> None:
    text = "Chile said Santiago would help. The Chilean navy sailed from Valparaiso."
    index = EntityIndex("a")
    chile = index.add_actor(
        Actor(actor_key(ActorType.STATE, "Chile"), ActorType.STATE, "Chile", mentions=[Span(0, 5, "Chile")])
    )
    index.add_place(Place("place/valparaiso", "Valparaiso", "City", mentions=[Span(61, 71, "Valparaiso")]))
    begin = text.index("Chilean")
    index.add_mention(chile.key, Span(begin, begin + 7, "Chilean"))
    assert chile.aliases == ["Chilean"]
    assert index.actor_at(begin, begin + 13) == chile.key
    assert index.place_at(0, len(text)) == "place/valparaiso"
    assert [m.key for m in index.actor_mentions_before(begin)] == [chile.key]


# Whole-article indexes (issue 17: extraction time grew with the square of the article's length). Each lookup
# must give exactly what the walk over the whole article it replaces gave, overlapping and empty items included.


def _random_extents(rng: random.Random, count: int, text_length: int, longest: int) -> list[tuple[int, int]]:
    extents = []
    for _ in range(count):
        begin = rng.randrange(text_length)
        extents.append((begin, min(text_length, begin + rng.randrange(longest + 1))))
    return sorted(extents)


def test_regression_offset_index_lookups_equal_walks_over_every_item() -> None:
    rng = random.Random(17)
    for _ in range(200):
        items = _random_extents(rng, rng.randrange(12), 60, rng.choice([1, 5, 30]))
        index = OffsetIndex(items, lambda item: item)
        for _ in range(20):
            begin = rng.randrange(-3, 63)
            end = begin + rng.randrange(-2, 15)
            assert index.overlapping(begin, end) == [i for i in items if i[0] < end and begin < i[1]]
            assert index.enclosing(begin, end) == [i for i in items if i[0] <= begin and end <= i[1]]
            assert index.beginning_in(begin, end) == [i for i in items if begin <= i[0] < end]
            assert index.at(begin) == next((i for i in items if i[0] <= begin < i[1]), None)
            before = [i for i in items if i[0] < begin]
            assert index.last_beginning_before(begin) == (
                next(i for i in items if i[0] == before[-1][0]) if before else None
            )
            assert index.first_beginning_from(begin) == next((i for i in items if i[0] >= begin), None)
            reaching = list(index.from_reaching(begin))
            assert [i for i in items if i[1] > begin] == [i for i in reaching if i[1] > begin]


def test_offset_index_refuses_items_out_of_order() -> None:
    with pytest.raises(ValueError):
        OffsetIndex([(5, 6), (1, 2)], lambda item: item)


def test_regression_mention_lookups_equal_walks_over_every_mention() -> None:
    rng = random.Random(10)
    text = "x" * 80
    for _ in range(100):
        index = EntityIndex("a")
        mentions: list[MentionRef] = []
        for n, (begin, end) in enumerate(_random_extents(rng, rng.randrange(10), 80, rng.choice([3, 20]))):
            span = Span(begin, end, text[begin:end])
            if n % 3 == 0:
                key = index.add_place(Place(f"place/p{n}", f"P{n}", "City", mentions=[span])).key
            else:
                key = index.add_actor(Actor(f"person/a{n}", ActorType.PERSON, f"A{n}", mentions=[span])).key
            mentions.append(MentionRef(span, key, is_place=n % 3 == 0))
        mentions.sort()
        assert index.mentions() == mentions
        for _ in range(20):
            begin = rng.randrange(-2, 82)
            end = begin + rng.randrange(-1, 20)
            assert index.mentions_in(begin, end) == [m for m in mentions if m.span.begin < end and begin < m.span.end]
            everything_before = [m for m in reversed(mentions) if m.span.end <= begin]
            assert list(index.mentions_before(begin)) == everything_before
            assert list(index.actor_mentions_before(begin)) == [m for m in everything_before if not m.is_place]
            assert index.actor_mentions_between(end, begin) == [
                m for m in everything_before if not m.is_place and m.span.begin >= end
            ]
            assert list(index.mentions_after(begin)) == [m for m in mentions if m.span.begin > begin]


def test_regression_taken_ranges_and_line_breaks_equal_plain_scans() -> None:
    rng = random.Random(3)
    text = "".join(rng.choice("ab \n") for _ in range(200))
    breaks = LineBreaks(text)
    taken = TakenRanges()
    added: list[tuple[int, int]] = []
    for _ in range(2000):
        a, b = rng.randrange(201), rng.randrange(201)
        assert breaks.between(a, b) == ("\n" in text[min(a, b) : max(a, b)])
        begin = rng.randrange(60)
        end = begin + rng.randrange(-1, 6)
        assert taken.overlaps(begin, end) == any(b < end and begin < e for b, e in added)
        if rng.random() < 0.05:
            taken.add(begin, end)
            added.append((begin, end))


def test_regression_literal_matches_equal_a_regex_walk_over_the_text() -> None:
    text = "Roe, Roe's RoeRoe Roe-Smith .Roe Roe\nRoeRoe Roe"
    for literal in ("Roe", "RoeRoe", "Roe Roe"):
        pattern = re.compile(rf"(?<![\w\-’'.]){re.escape(literal)}(?![\w\-])")
        assert [m.span() for m in literal_matches(pattern, literal, text)] == [m.span() for m in pattern.finditer(text)]


def test_regression_bounded_literal_equals_a_regex_walk_over_the_text() -> None:
    rng = random.Random(7)
    for _ in range(3000):
        text = "".join(rng.choice("ab -.'’_é1\nA") for _ in range(rng.randint(0, 30)))
        literal = "".join(rng.choice("ab A-") for _ in range(rng.randint(1, 3)))
        for before, after in ((r"\w", r"\w"), (r"[\w\-’'.]", r"[\w\-]")):
            pattern = re.compile(rf"(?<!{before}){re.escape(literal)}(?!{after})")
            found = list(bounded_literal(literal, text, re.compile(before), re.compile(after)))
            assert found == [m.span() for m in pattern.finditer(text)]


def test_sentence_index_finds_a_sentence_and_those_in_a_window(nlp: Language) -> None:
    doc = nlp("One sentence here. Another one follows. A third ends it.")
    sentences = SentenceIndex(doc)
    listed = list(doc.sents)
    assert [sentences.position(s) for s in listed] == list(range(len(listed)))
    last = listed[-1]
    assert sentences.starting_between(0, last.start) == [s for s in listed if s.end <= last.start]
    assert sentences.starting_between(listed[1].start_char, last.start) == [listed[1]]


# Sentences of our own: abbreviations, doubled spaces, a line break, trailing whitespace, a quotation, numbers.
_FACT_TEXTS = [
    "Dr. Ilse Varnhold of Quellmark Instruments wrote last Friday  how her  probes ran late.\n"
    "The board, chaired by Tomas Ferrin, met in Sallowport. It's over!  ",
    '"We will not sign," the envoy told reporters in Brennic. Talks resume on 4 May 2031 at 10:30.',
    "Prices rose. Output fell 3.5%; the Corvel Composite index gained 12 points.\n\nEnd",
    "",
]


@pytest.mark.parametrize("text", _FACT_TEXTS)
def test_token_facts_equal_the_spacy_attributes_they_stand_for(nlp: Language, text: str) -> None:
    doc = nlp(text)
    facts = token_facts(doc)
    assert facts.texts == [token.text for token in doc]
    assert facts.lowers == [token.lower_ for token in doc]
    assert facts.lemmas == [token.lemma_ for token in doc]
    assert facts.deps == [token.dep_ for token in doc]
    assert facts.tags == [token.pos_ for token in doc]
    assert facts.fine_tags == [token.tag_ for token in doc]
    assert facts.text == doc.text == doc_text(doc)
    assert facts.sentence_starts == [sentence.start for sentence in doc.sents]
    for token in doc:
        assert sentence_start(token) == token.sent.start
        found = sentence_of(token)
        assert (found.start, found.end, found.start_char, found.end_char) == (
            token.sent.start,
            token.sent.end,
            token.sent.start_char,
            token.sent.end_char,
        )
    assert lowercase_noun_lemmas(doc) == {token.lemma_ for token in doc if token.is_lower and token.pos_ == "NOUN"}
    assert token_facts(doc) is facts  # kept with the doc


def test_token_facts_are_read_again_when_the_doc_is_retokenized(nlp: Language) -> None:
    doc = nlp("Ilse Varnhold visited Sallowport on Friday.")
    before = token_facts(doc)
    with doc.retokenize() as retokenizer:
        retokenizer.merge(doc[0:2])
    after = token_facts(doc)
    assert after is not before
    assert after.texts == [token.text for token in doc]


def test_regression_entities_of_a_span_equal_spacys_span_ents(nlp: Language) -> None:
    doc = nlp(
        "Mara Velk met Oskar Tamm in Lindor on Monday. Nothing else happened. "
        "On 4 March 2031 the Brennic Council wrote to Ilse Faro, and Tovin Hask replied from Quarn."
    )
    sentences = SentenceIndex(doc)
    spans = [*doc.sents, doc[0:3], doc[2:9], doc[5:], doc[:], doc[4:4]]
    assert any(span.ents for span in spans)
    for span in spans:
        assert sentences.ents_in(span) == list(span.ents)


def test_the_index_read_from_the_doc_holds_what_the_actor_components_wrote(nlp: Language) -> None:
    from kgingest.extract.actors import resolve_actors
    from kgingest.extract.components import annotate_actors
    from kgingest.parse import parse
    from kgingest.read import article_from_text

    text = "Chile's foreign minister Ana Rojas met Peru's envoy in Lima. Rojas said Chile would help."
    article = article_from_text(text, "t")
    doc = annotate_actors(parse(article, nlp), article)
    from_doc = EntityIndex.from_doc(doc, article.key)
    direct = resolve_actors(doc, article)
    assert [a.key for a in from_doc.actors] == [a.key for a in direct.actors]
    assert [(a.key, a.mentions, a.aliases) for a in from_doc.actors] == [
        (a.key, a.mentions, a.aliases) for a in direct.actors
    ]
    assert [(p.key, p.mentions) for p in from_doc.places] == [(p.key, p.mentions) for p in direct.places]
    assert from_doc.actor_at(text.index("Rojas said"), text.index("Rojas said") + 5) == actor_key(
        ActorType.PERSON, "Ana Rojas"
    )


def test_an_index_from_a_doc_without_actor_components_is_empty(nlp: Language) -> None:
    doc = nlp("Chile and Peru signed it.")
    index = EntityIndex.from_doc(doc)
    assert index.actors == [] and index.places == []
