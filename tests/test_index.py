"""The entity index shared by the extraction stages."""

from __future__ import annotations

from kgingest.extract.index import EntityIndex, actor_key
from kgingest.model import Actor, ActorType, Place, Span


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
    chile = index.add_actor(Actor(actor_key(ActorType.STATE, "Chile"), ActorType.STATE, "Chile",
                                  mentions=[Span(0, 5, "Chile")]))
    index.add_place(Place("place/valparaiso", "Valparaiso", "City", mentions=[Span(61, 71, "Valparaiso")]))
    begin = text.index("Chilean")
    index.add_mention(chile.key, Span(begin, begin + 7, "Chilean"))
    assert chile.aliases == ["Chilean"]
    assert index.actor_at(begin, begin + 13) == chile.key
    assert index.place_at(0, len(text)) == "place/valparaiso"
    assert [m.key for m in index.actor_mentions_before(begin)] == [chile.key]
