"""One force several parties send together: every sender in the graph, in the shapes, in the eval and the report."""

from __future__ import annotations

import datetime as dt

from rdflib import Graph, URIRef

from kgingest.eval import score_article
from kgingest.map import to_graph
from kgingest.model import Actor, ActorType, Article, ArticleMeta, Deployment, Extraction, RunInfo, Span
from kgingest.report import article_view
from kgingest.validate import validate
from kgingest.vocab import KG

RUN = RunInfo("0.0.0", "test_model", "1.0", dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc))
TEXT = "Ruritania and Freedonia sent 200 soldiers to Elbonia. Molvania sent 50 medics to Elbonia as well."


def _span(part: str) -> Span:
    begin = TEXT.index(part)
    return Span(begin, begin + len(part), part)


def _state(name: str) -> Actor:
    return Actor(f"state/{name.lower()}", ActorType.STATE, name, [], [_span(name)])


def _graph() -> Graph:
    article = Article("t", "t.txt", TEXT, ArticleMeta(published=dt.date(2024, 5, 3)), "0" * 64)
    joint = Deployment(
        "d1",
        "state/ruritania",
        co_senders=["state/freedonia"],
        anchors=[_span("Ruritania and Freedonia sent 200 soldiers to Elbonia")],
        triggers=[_span("sent")],
    )
    alone = Deployment("d2", "state/molvania", anchors=[_span("Molvania sent 50 medics")], triggers=[_span("sent 50")])
    actors = [_state(name) for name in ("Ruritania", "Freedonia", "Molvania")]
    return to_graph(Extraction(article, actors=actors, deployments=[joint, alone]), RUN)


def _senders(graph: Graph, key: str) -> list[str]:
    node = next(n for n in graph.subjects(KG.sender, None) if str(n).endswith(f"/{key}"))
    return sorted(str(s).rsplit("/", 1)[-1] for s in graph.objects(node, KG.sender))


def test_a_joint_force_has_a_sender_triple_for_each_sender_and_conforms() -> None:
    graph = _graph()
    assert _senders(graph, "d1") == ["freedonia", "ruritania"]
    assert _senders(graph, "d2") == ["molvania"]
    assert validate(graph).violations == []


def _gold(sender: str | list[str]) -> dict[str, object]:
    return {
        "document": {"scope": ["deployments"]},
        "actors": [
            {"key": k, "type": "State", "name": k.capitalize()}
            for k in ("ruritania", "freedonia", "molvania", "sweden")
        ],
        "deployments": [{"key": "d", "sender": sender, "evidence": ["sent 200 soldiers to Elbonia"]}],
    }


def test_a_joint_force_matches_gold_naming_any_one_of_its_senders() -> None:
    for sender in ("freedonia", "ruritania", ["sweden", "freedonia"]):
        score = score_article("t.txt", TEXT, _graph(), _gold(sender)).scores["deployments"]
        assert (score.found_gold, score.correct_extracted) == (1, 1), sender


def test_a_joint_force_does_not_match_gold_naming_a_sender_it_does_not_have() -> None:
    score = score_article("t.txt", TEXT, _graph(), _gold("sweden")).scores["deployments"]
    assert (score.found_gold, score.correct_extracted) == (0, 0)


def test_the_report_lists_every_sender_of_a_joint_force() -> None:
    graph = _graph()
    article = next(s for s in graph.subjects(KG.text, None) if isinstance(s, URIRef))
    view = article_view(graph, article, validate(graph))
    slots = {d.iri.rsplit("/", 1)[-1]: dict(d.slots) for d in view.deployments}
    assert slots["d1"]["sender"] == "Freedonia, Ruritania"
    assert slots["d2"]["sender"] == "Molvania"
