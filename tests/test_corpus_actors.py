"""One node per actor across a corpus run: the corpus actors file, its merge rule, and incremental runs."""

from __future__ import annotations

import itertools
import os
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDFS, SKOS

from kgingest.corpus import run_corpus
from kgingest.corpus_actors import ACTORS_FILE_STEM, ActorNames, CorpusActor, merge_actors
from kgingest.pipeline import Options
from kgingest.read import expand_inputs

ACTOR = "https://w3id.org/kgingest/id/actor/"

# Written for these tests; no corpus article is quoted.
FULL_NAME = "Daniel Brennan, a senior aide, said the plan was sound. Brennan also praised the drivers.\n"
SURNAME_ONLY = "Brennan said on Friday that the talks had failed.\n"
NOBODY = "The talks failed on Friday, and no date was set for new ones.\n"


def names(key: str, name: str, *aliases: str) -> ActorNames:
    return ActorNames(key, name, tuple(aliases))


def test_a_surname_key_joins_the_one_full_name_that_an_article_gave_it_as_an_alias() -> None:
    actors = merge_actors(
        [
            [names("person/ada-okafor", "Ada Okafor", "Okafor", "Mayor Okafor")],
            [names("person/okafor", "Okafor")],
            [names("person/okafor", "Okafor"), names("organization/okafor", "Okafor")],
        ]
    )
    assert actors == [
        CorpusActor("organization/okafor", (), "Okafor", ("Okafor",)),
        CorpusActor("person/ada-okafor", ("person/okafor",), "Ada Okafor", ("Ada Okafor", "Mayor Okafor", "Okafor")),
    ]


def test_an_alias_two_actors_share_joins_neither() -> None:
    actors = merge_actors(
        [
            [names("person/ada-okafor", "Ada Okafor", "Okafor")],
            [names("person/ben-okafor", "Ben Okafor", "Okafor")],
            [names("person/okafor", "Okafor")],
        ]
    )
    assert [actor.same_as for actor in actors] == [(), (), ()]


def test_keys_that_name_each_other_stay_apart_and_chains_end_at_one_key() -> None:
    cycle = merge_actors([[names("person/a", "A", "B")], [names("person/b", "B", "A")]])
    assert [(actor.key, actor.same_as) for actor in cycle] == [("person/a", ()), ("person/b", ())]
    chain = merge_actors(
        [
            [names("person/ada-n-okafor", "Ada N. Okafor", "Ada Okafor")],
            [names("person/ada-okafor", "Ada Okafor", "Okafor")],
            [names("person/okafor", "Okafor")],
        ]
    )
    assert [(actor.key, actor.same_as) for actor in chain] == [
        ("person/ada-n-okafor", ("person/ada-okafor", "person/okafor"))
    ]


def test_the_merge_does_not_depend_on_the_order_of_the_articles() -> None:
    articles = [
        [names("person/ada-okafor", "Ada Okafor", "Okafor")],
        [names("person/okafor", "Okafor")],
        [names("person/ada-okafor", "Ada Okafor"), names("state/norway", "Norway")],
        [names("state/norway", "Norway", "Kingdom of Norway")],
    ]
    results = {repr(merge_actors(list(order))) for order in itertools.permutations(articles)}
    assert len(results) == 1


def write(folder: Path, name: str, text: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    os.utime(folder / name, (1_700_000_000, 1_700_000_000))


def actors_file(out: Path) -> Graph:
    return Graph().parse(out / f"{ACTORS_FILE_STEM}.ttl", format="turtle")


def run(folder: Path, out: Path, workers: int = 1) -> None:
    result = run_corpus(expand_inputs([str(folder)]), Options(out_dir=out), workers=workers)
    assert result.summary.exit_code == 0


def test_a_corpus_run_joins_an_actor_named_in_two_articles_and_a_rerun_keeps_it_right(tmp_path: Path) -> None:
    corpus, out = tmp_path / "articles", tmp_path / "out"
    write(corpus, "aide.txt", FULL_NAME)
    write(corpus, "talks.txt", SURNAME_ONLY)
    run(corpus, out)
    graph = actors_file(out)
    full, surname = URIRef(f"{ACTOR}person/daniel-brennan"), URIRef(f"{ACTOR}person/brennan")
    assert (surname, OWL.sameAs, full) in graph
    assert {str(label) for label in graph.objects(full, SKOS.altLabel)} == {"Brennan"}
    assert [str(label) for label in graph.objects(full, RDFS.label)] == ["Daniel Brennan"]
    first = (out / f"{ACTORS_FILE_STEM}.ttl").read_bytes()
    aide = (out / "aide.ttl").stat().st_mtime_ns

    write(corpus, "talks.txt", NOBODY)  # the only other article naming him changes: the link goes
    run(corpus, out)
    assert (surname, OWL.sameAs, full) not in actors_file(out)
    assert (out / "aide.ttl").stat().st_mtime_ns == aide  # the unchanged article was not redone

    write(corpus, "talks.txt", SURNAME_ONLY)
    run(corpus, out)
    assert (out / f"{ACTORS_FILE_STEM}.ttl").read_bytes() == first


def test_two_workers_write_the_same_actors_file_as_one(tmp_path: Path) -> None:
    corpus = tmp_path / "articles"
    write(corpus, "aide.txt", FULL_NAME)
    write(corpus, "talks.txt", SURNAME_ONLY)
    write(corpus, "quiet.txt", NOBODY)
    run(corpus, tmp_path / "one")
    run(corpus, tmp_path / "two", workers=2)
    name = f"{ACTORS_FILE_STEM}.ttl"
    assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes()


def test_an_article_recorded_without_its_actors_is_redone_once_so_the_actors_file_is_whole(tmp_path: Path) -> None:
    from kgingest.corpus import Manifest

    manifest = Manifest(tmp_path / "manifest.json", {"aide": {"hash": "abc", "output": "aide.ttl"}})
    (tmp_path / "aide.ttl").write_text("", encoding="utf-8")
    assert not manifest.is_current("aide", "abc")
    manifest.entries["aide"]["actors"] = []
    assert manifest.is_current("aide", "abc")
