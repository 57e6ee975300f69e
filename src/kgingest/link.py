"""The link stage: each actor and place to the right Wikidata item, or to none.

How an item is chosen:

1. Candidates come from ``wbsearchentities`` on the name and on the aliases
   that are names in their own right (acronyms, multi-word forms; never a bare
   surname). States are linked first, so the other records can be checked
   against the country the article puts them in.
2. Details of all candidates of a batch come from ONE ``wbgetentities`` call
   (at most 50 ids), and one more call fetches their classes (the ``P31``
   values, with those classes' own ``P279``) and the posts they hold (``P39``).
   Deprecated statements and snaks without a value are ignored.
3. Type first: a Person must be an instance of human, a State a country or
   sovereign state, a City or Region a settlement or an administrative
   territory, an Organization an organization (never a building, a person or a
   territory); an item with ``P279`` is a class, never an actor or a place.
   A candidate of the wrong type scores zero.
4. Then fit with the article: how well the names match, whether the item's
   country (``P17``, or citizenship ``P27`` for people; ``P297`` for states)
   agrees with the country the article gives, whether the post the article
   names appears in the item's description or ``P39`` posts, and prominence
   (the number of sitelinks).
5. A post the article gives a person may decide between namesakes: when
   exactly one candidate holds it (a ``P39`` position whose label fits the
   title and whose country, ``P17``/``P1001``, or label fits the post's owner;
   or a description naming both), that candidate is chosen, provided its name
   matches and its country does not contradict the article. When no candidate
   or several hold it, the choice is made as in 4.
6. Below the confidence threshold, or when two candidates are too close to
   call, the linker abstains: the Link has ``qid=None`` and still records the
   candidates it considered; all candidates are also written for review to
   ``<cache dir>/review/<article key>.json``.

Metonymy policy: a capital or a seat of government that stands for a state
("Nairobi said") is an alias of the state actor, so that actor links to the
state, never to the city. An Organization actor is never linked to a building
or a place ("the Elysee" as a speaker abstains unless an organization item
fits); a Place actor named like its state links to the place item only.

Linking is never fatal: when Wikidata cannot be reached, is down or keeps
rate-limiting, the stage keeps what it could answer (from the cache too) and
reports ONE line saying what was not linked and why.
"""

from __future__ import annotations

import contextlib
import difflib
import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import rdflib
from rdflib import URIRef
from rdflib.query import ResultRow

from kgingest.errors import LinkError
from kgingest.model import (
    Actor,
    ActorType,
    Article,
    ArticleMeta,
    Extraction,
    Link,
    LinkCandidate,
    Place,
    Role,
    Span,
)
from kgingest.wikidata import WikidataClient, write_review_file

LINK_THRESHOLD = 0.6
METHOD = "wikidata-search-typed-context"
METHOD_BY_POSITION = "wikidata-search-typed-context-position-held"  # the post held decided between namesakes
MAX_CANDIDATES_PER_QUERY = 7
MAX_QUERIES_PER_RECORD = 3
MAX_RECORDED_CANDIDATES = 5
_TIE_MARGIN = 0.2  # a top score this far ahead of the runner-up keeps its full confidence

# Wikidata classes (confirmed ids): human, country, sovereign state, city, capital city,
# news agency, government agency, university, oblast of Russia, organization.
HUMAN = "Q5"
STATE_CLASSES = frozenset({"Q6256", "Q3624078"})
CITY_CLASSES = frozenset({"Q515", "Q5119"})
REGION_CLASSES = frozenset({"Q835714"})
ORGANIZATION_CLASSES = frozenset({"Q43229", "Q192283", "Q327333", "Q3918"})

# Words in class labels: real items carry many specific classes ("city of Chile",
# "region of France"), so labels are read as well as ids.
_CITY_WORDS = ("city", "town", "capital", "municipality", "metropolis", "village", "settlement", "commune")
_REGION_WORDS = (
    "oblast", "province", "region", "krai", "prefecture", "governorate", "federal subject", "county",
    "district", "territory", "administrative", "state of", "canton", "voivodeship", "autonomous",
)  # fmt: skip
_ORGANIZATION_WORDS = (
    "organization", "organisation", "agency", "ministry", "council", "commission", "committee", "university",
    "institute", "institution", "company", "party", "department", "office", "organ", "association", "court",
    "parliament", "legislature", "government", "armed forces", "army", "navy", "air force", "service", "bureau",
    "news", "newspaper", "broadcaster", "school", "academy", "foundation", "union", "alliance", "bank",
    "corporation", "enterprise", "business", "authority", "administration", "cabinet", "assembly",
)  # fmt: skip
_NOT_A_STATE_WORDS = ("historical", "former")
_TITLE_WORDS = frozenset(
    {
        "president", "prime", "minister", "leader", "chancellor", "king", "queen", "prince", "princess", "general",
        "gen", "admiral", "colonel", "col", "lt", "major", "maj", "captain", "capt", "mr", "mrs", "ms", "miss", "dr",
        "sir", "dame", "lord", "lady", "senator", "sen", "governor", "gov", "secretary", "chief", "chairman", "chair",
        "director", "spokesperson", "spokesman", "spokeswoman", "ambassador", "mayor", "judge", "justice", "pope",
        "rep", "representative", "commander", "marshal", "premier", "vice", "deputy", "foreign", "defence", "defense",
    }
)  # fmt: skip
_STOP_WORDS = frozenset({"of", "the", "a", "an", "and", "for", "in", "on", "to", "at", "'s", "de", "la"})
# The one word a position's label may add to a title without naming another post ("Minister of Foreign Affairs").
_POST_FILLER_WORDS = frozenset({"affairs"})
_TRAILING_OWNER = re.compile(r"\s+(?:of|in|for|to)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s*)+$")
_POST_SPELLINGS = {"defence": "defense", "labour": "labor", "organisation": "organization", "programme": "program"}
_ROLE_NAME_FIT = 0.95  # a post decides between namesakes only when the name itself matches
_POSSESSIVE = re.compile(r"[’']s$")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&.-]{1,7}$")


@dataclass
class LinkReport:
    """What the link stage produced: links (abstentions included) and at most one problem line."""

    links: list[Link] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    failure: str | None = None  # why Wikidata could not answer, if it could not

    def qid(self, key: str) -> str | None:
        return next((link.qid for link in self.links if link.key == key), None)


@dataclass
class _Target:
    """One actor or place to link, with the context the article gives it."""

    key: str
    kind: str  # person | state | organization | city | region | place
    name: str
    names: list[str]  # name and aliases, cleaned: what the item's terms are compared with
    queries: list[str]
    country_code: str | None = None
    country_keys: list[str] = field(default_factory=list)  # state actor keys the article puts it in
    role_words: list[list[str]] = field(default_factory=list)  # one word list per post held
    posts: list[_PostClue] = field(default_factory=list)  # the posts held, for choosing between namesakes


@dataclass
class _PostClue:
    """A post the article gives a person: its title words and what the article says of its owner."""

    words: list[str]  # title words, folded and spelled alike, stop words out
    has_owner: bool  # the article names the state or organization the post is in
    owner_names: list[str]  # folded names of the owner (name and aliases)
    owner_states: list[str]  # state actor keys the owner is or belongs to


@dataclass
class _Scored:
    qid: str
    label: str
    description: str
    score: float
    supported: bool  # backed by more than the name: country, post, or prominence
    name_fit: float = 0.0
    agreement: int = 0  # country: +1 agreeing, 0 unknown, -1 contradicting


# -- public API ------------------------------------------------------------------


def link_extraction(
    extraction: Extraction, client: WikidataClient, threshold: float = LINK_THRESHOLD, *, review: bool = True
) -> LinkReport:
    """Link the actors and places of one article; never raises for Wikidata trouble."""
    return _link_article(extraction, client, threshold, review=review)


class WikidataLinker:
    """The pipeline's linker: ``linker(extraction) -> (links, problems)`` for article after article.

    Once Wikidata has failed (unreachable, down, rate limiting past the retries), later articles of the
    run are linked from the cache only, so a dead service costs its retries once, not once per article.
    """

    def __init__(self, client: WikidataClient, threshold: float = LINK_THRESHOLD, *, review: bool = True) -> None:
        self.client = client
        self.threshold = threshold
        self.review = review
        self.failure: str | None = None

    def __call__(self, extraction: Extraction) -> tuple[list[Link], list[str]]:
        report = _link_article(extraction, self.client, self.threshold, review=self.review, prior_failure=self.failure)
        if report.failure and not self.client.offline:
            self.failure = report.failure
        return report.links, report.problems


def _link_article(
    extraction: Extraction,
    client: WikidataClient,
    threshold: float,
    *,
    review: bool,
    prior_failure: str | None = None,
) -> LinkReport:
    targets = _targets_from_extraction(extraction)
    report = _link_targets(targets, client, threshold, prior_failure=prior_failure)
    if review and report.links:
        _write_review(client, extraction.article.key, report.links)
    return report


def link_graph(graph: rdflib.Graph, client: WikidataClient, threshold: float = LINK_THRESHOLD) -> LinkReport:
    """Link the actors and places of a graph already written, adding the link triples to it.

    Records that already have a Wikidata ``skos:exactMatch`` are left alone.
    Each new link adds ``skos:exactMatch`` and a ``kg:WikidataLink`` node with
    confidence and method, the shape `kgingest.map` writes.
    """
    targets, known = _targets_from_graph(graph)
    report = _link_targets(targets, client, threshold, known)
    _add_link_triples(graph, report.links)
    return report


# -- targets -----------------------------------------------------------------------


def _clean(surface: str) -> str:
    text = " ".join(unicodedata.normalize("NFKC", surface).split())
    text = _POSSESSIVE.sub("", text)
    text = re.sub(r"^(the|a|an)\s+", "", text, flags=re.IGNORECASE)
    return text.strip(" ,.;:")


def _is_proper_name(text: str) -> bool:
    return any(word[:1].isupper() for word in text.split())


def _fold(text: str) -> str:
    """Case-, accent-, hyphen- and punctuation-insensitive form for comparing names."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    plain = re.sub(r"[‐-―\-_/]", " ", plain)
    plain = re.sub(r"[^\w\s]", "", plain)
    return " ".join(plain.split())


def _kind_of_actor(actor: Actor) -> str | None:
    return {
        ActorType.PERSON: "person",
        ActorType.STATE: "state",
        ActorType.ORGANIZATION: "organization",
    }.get(actor.type)


def _kind_of_place(place_type: str) -> str:
    word = place_type.strip().casefold()
    if word in {"city", "town", "village", "capital", "settlement", "municipality"}:
        return "city"
    if word in {"country", "state"}:
        return "state"
    if word in {"region", "province", "oblast", "district", "county", "territory", "governorate", "prefecture"}:
        return "region"
    return "place"


def _queries(kind: str, name: str, aliases: Sequence[str]) -> list[str]:
    """What to search for: the name, then aliases that identify on their own."""
    if kind == "person" and len(name.split()) < 2:
        return []  # a surname alone ("Bush") cannot tell the namesakes apart: abstain without asking
    queries = [name]
    if kind not in {"state"}:  # a state's aliases are demonyms and capitals: its name is enough
        for alias in aliases:
            cleaned = _clean(alias)
            if not cleaned or not _is_proper_name(cleaned):
                continue
            words = cleaned.split()
            is_acronym = len(words) == 1 and _ACRONYM.match(cleaned) is not None
            if kind == "person" and (len(words) < 2 or _is_titled(words)):
                continue  # a bare or titled surname ("President Lula") finds everyone of that name
            if not is_acronym and len(words) < 2:
                continue
            queries.append(cleaned)
    unique: list[str] = []
    for query in queries:
        if _fold(query) not in {_fold(seen) for seen in unique}:
            unique.append(query)
    return unique[:MAX_QUERIES_PER_RECORD]


def _is_titled(words: Sequence[str]) -> bool:
    return words[0].casefold().rstrip(".") in _TITLE_WORDS


def _role_words(title: str | None) -> list[str]:
    if not title:
        return []
    return [word for word in _fold(title).split() if word not in _STOP_WORDS]


def _targets_from_extraction(extraction: Extraction) -> list[_Target]:
    actors = {actor.key: actor for actor in extraction.actors}
    places = {place.key: place for place in extraction.places}
    states_by_code = {
        actor.country_code.upper(): actor.key
        for actor in extraction.actors
        if actor.type is ActorType.STATE and actor.country_code
    }

    def country_of(key: str | None, depth: int = 0) -> list[str]:
        """State actor keys a record belongs to, following part_of, member_of, located_in, in_state."""
        if key is None or depth > 4:
            return []
        if key in actors:
            actor = actors[key]
            if actor.type is ActorType.STATE:
                return [key]
            found: list[str] = []
            if actor.country_code and actor.country_code.upper() in states_by_code:
                found.append(states_by_code[actor.country_code.upper()])
            for parent in (actor.part_of, actor.member_of, actor.located_in):
                found.extend(country_of(parent, depth + 1))
            return found
        if key in places:
            return country_of(places[key].in_state, depth + 1)
        return []

    def names_of(key: str | None) -> list[str]:
        record: Actor | Place | None = actors.get(key) if key else None
        if record is None and key:
            record = places.get(key)
        if record is None:
            return []
        names = [_clean(name) for name in [record.name, *record.aliases]]
        return _unique(_fold(name) for name in names if name and _is_proper_name(name))

    roles_by_holder: dict[str, list[Role]] = {}
    for role in extraction.roles:
        roles_by_holder.setdefault(role.holder, []).append(role)

    targets: list[_Target] = []
    for actor in extraction.actors:
        kind = _kind_of_actor(actor)
        name = _clean(actor.name)
        if kind is None or not name or not _is_proper_name(name):
            continue  # groups and descriptions ("a ministry spokesperson") are not items
        countries = [] if kind == "state" else country_of(actor.key)
        role_words: list[list[str]] = []
        posts: list[_PostClue] = []
        for role in roles_by_holder.get(actor.key, []):
            role_words.append(_role_words(role.title))
            countries.extend(country_of(role.of))
            words = _post_words(role.title or "")
            if kind == "person" and words:
                posts.append(_PostClue(words, role.of is not None, names_of(role.of), _unique(country_of(role.of))))
        targets.append(
            _Target(
                key=actor.key,
                kind=kind,
                name=name,
                names=_names(kind, name, actor.aliases),
                queries=_queries(kind, name, actor.aliases),
                country_code=actor.country_code.upper() if actor.country_code else None,
                country_keys=_unique(countries),
                role_words=[words for words in role_words if words],
                posts=posts,
            )
        )
    for place in extraction.places:
        name = _clean(place.name)
        if not name or not _is_proper_name(name):
            continue
        kind = _kind_of_place(place.type)
        targets.append(
            _Target(
                key=place.key,
                kind=kind,
                name=name,
                names=_names(kind, name, place.aliases),
                queries=_queries(kind, name, place.aliases),
                country_keys=_unique(country_of(place.in_state)),
            )
        )
    return targets


def _names(kind: str, name: str, aliases: Sequence[str]) -> list[str]:
    names = [name] + [_clean(alias) for alias in aliases]
    if kind == "person":  # a surname alone matches too many items to count as a name match
        names = [name] + [alias for alias in names[1:] if len(alias.split()) >= 2 and not _is_titled(alias.split())]
    if kind == "state":  # capitals and demonyms of a state are not its names in Wikidata
        names = [name]
    return _unique([candidate for candidate in names if candidate])


def _unique(items: Iterable[str]) -> list[str]:
    seen: list[str] = []
    for item in items:
        if item not in seen:
            seen.append(item)
    return seen


# -- the linking itself --------------------------------------------------------------


class _Session:
    """Calls the client, and after the first failure keeps going from the cache alone."""

    def __init__(self, client: WikidataClient) -> None:
        self.client = client
        self.failure: str | None = None
        self._was_offline = client.offline

    def search(self, query: str) -> list[dict[str, Any]] | None:
        try:
            return self.client.search(query, limit=MAX_CANDIDATES_PER_QUERY)
        except LinkError as error:
            self._failed(error)
            return None

    def entities(self, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        wanted = sorted(set(ids))
        found: dict[str, dict[str, Any]] = {}
        for start in range(0, len(wanted), 50):
            try:
                found.update(self.client.get_entities(wanted[start : start + 50]))
            except LinkError as error:
                self._failed(error)
        return found

    def _failed(self, error: LinkError) -> None:
        if self.failure is None:
            self.fail_over(str(error))

    def fail_over(self, reason: str) -> None:
        """From now on answer from the cache only: no more waiting on a service that failed us."""
        self.failure = reason
        self.client.offline = True

    def close(self) -> None:
        self.client.offline = self._was_offline


def _link_targets(
    targets: list[_Target],
    client: WikidataClient,
    threshold: float,
    known: dict[str, str] | None = None,
    *,
    prior_failure: str | None = None,
) -> LinkReport:
    """Link states first, then the rest; ``known`` ids (already in a graph) are context, not linked again."""
    known = known or {}
    session = _Session(client)
    if prior_failure is not None:
        session.fail_over(prior_failure)
    links: dict[str, Link] = {}
    unlinked: list[str] = []
    state_qids = {target.key: known[target.key] for target in targets if target.kind == "state" and target.key in known}
    targets = [target for target in targets if target.key not in known]
    try:
        states = [target for target in targets if target.kind == "state"]
        others = [target for target in targets if target.kind != "state"]
        for phase in (states, others):
            for target, link in _link_phase(phase, session, state_qids, threshold):
                if link is None:
                    unlinked.append(target.key)
                    continue
                links[target.key] = link
                if target.kind == "state" and link.qid:
                    state_qids[target.key] = link.qid
    finally:
        session.close()
    report = LinkReport(links=[links[key] for key in sorted(links)], failure=session.failure)
    if unlinked:
        shown = ", ".join(sorted(unlinked)[:6]) + (", …" if len(unlinked) > 6 else "")
        why = session.failure if prior_failure is None else f"{prior_failure} (earlier in this run; cache only since)"
        report.problems.append(f"wikidata: {len(unlinked)} of {len(targets)} actors/places not linked ({shown}): {why}")
    return report


def _link_phase(
    targets: list[_Target], session: _Session, state_qids: dict[str, str], threshold: float
) -> list[tuple[_Target, Link | None]]:
    """Search every target, fetch all candidates at once, then choose; None where Wikidata failed us."""
    hits_by_target: dict[str, list[dict[str, Any]] | None] = {}
    for target in targets:
        hits: list[dict[str, Any]] | None = []
        for query in target.queries:
            found = session.search(query)
            if found is None:
                hits = None
                break
            assert hits is not None
            hits.extend(found)
        hits_by_target[target.key] = hits
    candidate_ids = sorted({hit["id"] for hits in hits_by_target.values() if hits for hit in hits})
    entities = session.entities(candidate_ids) if candidate_ids else {}
    auxiliary_ids: set[str] = set()
    for qid in candidate_ids:
        entity = entities.get(qid, {})
        auxiliary_ids.update(_values(entity, "P31"))
        auxiliary_ids.update(_values(entity, "P39"))
    auxiliary = session.entities(auxiliary_ids) if auxiliary_ids else {}
    unanswered = auxiliary_ids - auxiliary.keys()  # classes and posts Wikidata failed to give

    results: list[tuple[_Target, Link | None]] = []
    for target in targets:
        hits = hits_by_target[target.key]
        if hits is None or any(hit["id"] not in entities for hit in hits):
            results.append((target, None))
            continue
        needed = {value for hit in hits for prop in ("P31", "P39") for value in _values(entities[hit["id"]], prop)}
        if needed & unanswered:
            results.append((target, None))  # without its classes a candidate cannot be judged
            continue
        countries = {state_qids[key] for key in target.country_keys if key in state_qids}
        results.append((target, _choose(target, hits, entities, auxiliary, countries, threshold, state_qids)))
    return results


def _choose(
    target: _Target,
    hits: list[dict[str, Any]],
    entities: dict[str, dict[str, Any]],
    auxiliary: dict[str, dict[str, Any]],
    countries: set[str],
    threshold: float,
    state_qids: dict[str, str] | None = None,
) -> Link:
    scored: dict[str, _Scored] = {}
    for hit in hits:
        qid = hit["id"]
        if qid in scored:
            continue
        entity = entities.get(qid, {})
        if "missing" in entity:
            continue
        scored[qid] = _score(target, qid, entity, auxiliary, countries)
    ranked = sorted(scored.values(), key=lambda candidate: (-candidate.score, _qid_number(candidate.qid)))
    recorded = tuple(
        LinkCandidate(qid=c.qid, label=c.label, description=c.description, score=round(c.score, 3))
        for c in ranked[:MAX_RECORDED_CANDIDATES]
    )
    if not ranked or ranked[0].score <= 0:
        return Link(key=target.key, qid=None, confidence=0.0, method=METHOD, candidates=recorded)
    best = ranked[0]
    runner_up = ranked[1].score if len(ranked) > 1 else 0.0
    confidence = best.score * (0.5 + 0.5 * min(1.0, (best.score - runner_up) / _TIE_MARGIN))
    if not best.supported:
        confidence = min(confidence, threshold - 0.05)  # a name alone is not enough evidence
    confidence = round(confidence, 4)
    qid = best.qid if confidence >= threshold else None
    holder = _post_holder(target, ranked, entities, auxiliary, state_qids or {})
    if holder is not None and holder.qid == qid:
        confidence = max(confidence, round(holder.score, 4))  # the post confirms the choice
    elif holder is not None:
        # Only the post tells the namesakes apart: its holder is chosen on its own score, no runner-up to
        # discount; if that is too low the linker abstains, whatever the rule above would have chosen.
        confidence = round(holder.score, 4)
        qid = holder.qid if confidence >= threshold else None
        return Link(key=target.key, qid=qid, confidence=confidence, method=METHOD_BY_POSITION, candidates=recorded)
    return Link(key=target.key, qid=qid, confidence=confidence, method=METHOD, candidates=recorded)


def _post_holder(
    target: _Target,
    ranked: list[_Scored],
    entities: dict[str, dict[str, Any]],
    auxiliary: dict[str, dict[str, Any]],
    state_qids: dict[str, str],
) -> _Scored | None:
    """The one candidate of the right type holding a post the article gives; None if none or several do."""
    if not target.posts:
        return None
    holders = [
        candidate
        for candidate in ranked
        if candidate.score > 0
        and any(_holds(post, entities[candidate.qid], auxiliary, state_qids) for post in target.posts)
    ]
    if len(holders) != 1:
        return None
    holder = holders[0]
    if holder.name_fit < _ROLE_NAME_FIT or holder.agreement < 0:
        return None  # a post does not make up for another name or another country
    return holder


def _holds(
    post: _PostClue, entity: dict[str, Any], auxiliary: dict[str, dict[str, Any]], state_qids: dict[str, str]
) -> bool:
    """Whether the item holds the post: a position held (P39) or its description names title and owner."""
    owner_qids = {state_qids[key] for key in post.owner_states if key in state_qids}
    for position_id in _values(entity, "P39"):
        position = auxiliary.get(position_id, {})
        label = _term(position, "labels")
        if not label or not _title_fits(post, label):
            continue
        if not post.has_owner:
            return True
        jurisdictions = set(_values(position, "P17")) | set(_values(position, "P1001"))
        if jurisdictions and owner_qids:
            if jurisdictions & owner_qids:
                return True
            continue  # the same post in another country
        if _names_owner(post, label):
            return True
    description = _fold(_term(entity, "descriptions"))
    described = set(_post_words(description))
    return (
        bool(description) and set(post.words) <= described and (not post.has_owner or _names_owner(post, description))
    )


def _post_words(text: str) -> list[str]:
    words = [_POST_SPELLINGS.get(word, word) for word in _fold(text).split()]
    return [word for word in words if word not in _STOP_WORDS]


def _title_fits(post: _PostClue, label: str) -> bool:
    """The position's label says the title, and says no more than the title and its owner.

    "Minister of Foreign Affairs of X" fits "Foreign Minister"; "Deputy Minister of Foreign Affairs of X",
    "Minister of Foreign Trade of X" and "Prime Minister of X" do not fit it, nor "Attorney General" "General".
    """
    label_words = set(_post_words(label))
    if not set(post.words) <= label_words:
        return False
    if not post.has_owner:  # whatever state or body the label ends with, the article does not contradict it
        label_words = set(_post_words(_TRAILING_OWNER.sub("", label)))
    owner_words = {word for name in post.owner_names for word in name.split()}
    return label_words <= set(post.words) | owner_words | _POST_FILLER_WORDS


def _names_owner(post: _PostClue, text: str) -> bool:
    folded = _fold(text)
    return any(re.search(rf"\b{re.escape(name)}\b", folded) for name in post.owner_names)


def _score(
    target: _Target,
    qid: str,
    entity: dict[str, Any],
    auxiliary: dict[str, dict[str, Any]],
    countries: set[str],
) -> _Scored:
    label = _term(entity, "labels")
    description = _term(entity, "descriptions")
    if not _type_fits(target.kind, entity, auxiliary):
        return _Scored(qid, label, description, 0.0, False)

    terms = [label, *(_aliases(entity))]
    name_fit = max((_similarity(name, term) for name in target.names for term in terms if term), default=0.0)

    # Country: +1 agreeing, 0 unknown, -1 contradicting.
    if target.kind == "state":
        codes = {value.upper() for value in _values(entity, "P297")}
        agreement = 0 if not target.country_code or not codes else (1 if target.country_code in codes else -1)
    else:
        item_countries = set(_values(entity, "P17")) | set(_values(entity, "P27"))
        known = bool(countries and item_countries)
        agreement = 0 if not known else (1 if countries & item_countries else -1)
    country_fit = {1: 1.0, 0: 0.4, -1: 0.0}[agreement]

    # Post: the article's title words in the description or in the labels of the posts held (P39).
    posts = [_term(auxiliary.get(post, {}), "labels") for post in _values(entity, "P39")]
    post_text = _fold(" ".join([description, *posts]))
    post_found = False
    if target.role_words:
        post_fit = 0.0
        for words in target.role_words:
            present = sum(1 for word in words if re.search(rf"\b{re.escape(word)}\b", post_text))
            post_fit = max(post_fit, present / len(words))
        post_found = post_fit >= 0.5
    else:
        post_fit = 0.5  # the article names no post: neither for nor against

    sitelinks = entity.get("sitelinks")
    prominence = min(1.0, math.log1p(len(sitelinks) if isinstance(sitelinks, dict | list) else 0) / math.log1p(100))
    score = 0.5 * name_fit + 0.2 * country_fit + 0.15 * post_fit + 0.15 * prominence
    if agreement < 0:
        score *= 0.5  # the item belongs to another country than the article says
    supported = agreement > 0 or post_found or prominence >= 0.6
    if target.role_words and not post_found and prominence < 0.6:
        supported = False  # a namesake: the article's post is nowhere on an obscure item
    return _Scored(qid, label, description, round(score, 6), supported, name_fit, agreement)


def _type_fits(kind: str, entity: dict[str, Any], auxiliary: dict[str, dict[str, Any]]) -> bool:
    classes = set(_values(entity, "P31"))
    if not classes or _values(entity, "P279"):
        return False  # untyped, or a class ("ministry of defence") rather than one actor or place
    supers = {parent for cls in classes for parent in _values(auxiliary.get(cls, {}), "P279")}
    labels = [_term(auxiliary.get(cls, {}), "labels").casefold() for cls in sorted(classes)]
    all_ids = classes | supers

    def has_word(words: Sequence[str]) -> bool:
        return any(re.search(rf"\b{re.escape(word)}", label) for label in labels for word in words)

    is_human = HUMAN in classes
    is_state = bool(classes & STATE_CLASSES) and not has_word(_NOT_A_STATE_WORDS)
    is_city = bool(all_ids & CITY_CLASSES) or has_word(_CITY_WORDS)
    is_region = bool(all_ids & REGION_CLASSES) or has_word(_REGION_WORDS)
    is_organization = bool(all_ids & ORGANIZATION_CLASSES) or has_word(_ORGANIZATION_WORDS)
    if kind == "person":
        return is_human
    if kind == "state":
        return is_state
    if kind == "city":
        return is_city and not is_human
    if kind == "region":
        return is_region and not is_city and not is_human and not is_state
    if kind == "place":  # a street, a base, a river: anything on the map that is not an actor
        located = _has_value(entity, "P625")
        return (is_city or is_region or is_state or located) and not is_human and not is_organization
    if kind == "organization":
        return is_organization and not (is_human or is_state or is_city or is_region)
    return False


def _similarity(name: str, term: str) -> float:
    left, right = _fold(name), _fold(term)
    if not left or not right:
        return 0.0
    if left == right:
        return 1.0
    if left.replace(" ", "") == right.replace(" ", ""):
        return 0.95  # "Lee Jae-myung" and "Lee Jaemyung"
    return difflib.SequenceMatcher(None, left, right).ratio() * 0.9


# -- reading entities -------------------------------------------------------------------


def _values(entity: dict[str, Any], prop: str) -> list[str]:
    """Item ids (or strings) of a property's statements, best rank first; deprecated and valueless skipped."""
    statements = _mapping(entity.get("claims")).get(prop, [])
    if not isinstance(statements, list):
        return []
    preferred: list[str] = []
    normal: list[str] = []
    for statement in statements:
        if not isinstance(statement, dict) or statement.get("rank") == "deprecated":
            continue
        snak = _mapping(statement.get("mainsnak"))
        if snak.get("snaktype") != "value":
            continue
        value = _mapping(snak.get("datavalue")).get("value")
        if isinstance(value, dict):
            value = value.get("id")
        if not isinstance(value, str):
            continue
        (preferred if statement.get("rank") == "preferred" else normal).append(value)
    return _unique(preferred + normal)


def _has_value(entity: dict[str, Any], prop: str) -> bool:
    """Whether a property has a non-deprecated statement with a value (of any datatype)."""
    statements = _mapping(entity.get("claims")).get(prop, [])
    return isinstance(statements, list) and any(
        isinstance(statement, dict)
        and statement.get("rank") != "deprecated"
        and _mapping(statement.get("mainsnak")).get("snaktype") == "value"
        for statement in statements
    )


def _mapping(value: object) -> dict[str, Any]:
    """The value if it is a JSON object; the API writes an empty one as ``[]``."""
    return value if isinstance(value, dict) else {}


def _term(entity: dict[str, Any], section: str, language: str = "en") -> str:
    value = _mapping(entity.get(section)).get(language)
    return str(value.get("value", "")) if isinstance(value, dict) else ""


def _aliases(entity: dict[str, Any], language: str = "en") -> list[str]:
    aliases = _mapping(entity.get("aliases")).get(language, [])
    if not isinstance(aliases, list):
        return []
    return [str(alias.get("value", "")) for alias in aliases if isinstance(alias, dict)]


def _qid_number(qid: str) -> int:
    return int(qid[1:]) if qid[1:].isdigit() else 0


# -- review and graph output ------------------------------------------------------------


def _write_review(client: WikidataClient, name: str, links: list[Link]) -> None:
    record = {
        "article": name,
        "method": METHOD,
        "links": [
            {
                "key": link.key,
                "qid": link.qid,
                "confidence": link.confidence,
                "candidates": [
                    {"qid": c.qid, "label": c.label, "description": c.description, "score": c.score}
                    for c in link.candidates
                ],
            }
            for link in links
        ],
    }
    with contextlib.suppress(LinkError):  # the review copy is a convenience; the links are already made
        write_review_file(client.cache_dir, _safe_file_name(name), record)


def _safe_file_name(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "_", name) or "article"


def _targets_from_graph(graph: rdflib.Graph) -> tuple[list[_Target], dict[str, str]]:
    """Targets read back with the project's queries, and the Wikidata ids records already have."""
    from kgingest.resources import resource_dir
    from kgingest.vocab import KG

    queries = resource_dir("queries")
    actor_rows: dict[str, dict[str, Any]] = {}
    for values in _rows(graph, queries / "actors.rq"):
        record = actor_rows.setdefault(
            str(values["actor"]), {"type": str(values["type"]), "label": str(values["label"]), "aliases": []}
        )
        if values.get("alias") is not None:
            record["aliases"].append(str(values["alias"]))
        if values.get("wikidata") is not None:
            record["linked"] = str(values["wikidata"]).rsplit("/", 1)[-1]
    place_rows: dict[str, dict[str, Any]] = {}
    for values in _rows(graph, queries / "places.rq"):
        record = place_rows.setdefault(
            str(values["place"]),
            {
                "type": str(values.get("type") or "Place"),
                "label": str(values["label"]),
                "aliases": [],
                "in_state": str(values["inState"]) if values.get("inState") is not None else None,
            },
        )
        if values.get("alias") is not None:
            record["aliases"].append(str(values["alias"]))
        if values.get("wikidata") is not None:
            record["linked"] = str(values["wikidata"]).rsplit("/", 1)[-1]
    roles: list[Role] = []
    for values in _rows(graph, queries / "roles.rq"):
        title = values.get("title")
        of = values.get("of")
        roles.append(
            Role(
                holder=str(values["holder"]),
                title=str(title) if title is not None else None,
                of=str(of) if of is not None else None,
                evidence=Span(0, 0, ""),
            )
        )

    def ref(node: URIRef, predicate: URIRef) -> str | None:
        value = graph.value(node, predicate)
        return str(value) if value is not None else None

    actors = []
    for iri in sorted(actor_rows):
        row = actor_rows[iri]
        node = URIRef(iri)
        code = graph.value(node, KG.countryCode)
        actors.append(
            Actor(
                key=iri,
                type=ActorType(row["type"]),
                name=row["label"],
                aliases=sorted(set(row["aliases"])),
                part_of=ref(node, KG.partOf),
                member_of=ref(node, KG.memberOf),
                located_in=ref(node, KG.locatedIn),
                country_code=str(code) if code is not None else None,
            )
        )
    places = [
        Place(
            key=iri,
            name=row["label"],
            type=row["type"],
            aliases=sorted(set(row["aliases"])),
            in_state=row["in_state"],
        )
        for iri, row in sorted(place_rows.items())
    ]
    known = {iri: row["linked"] for iri, row in [*actor_rows.items(), *place_rows.items()] if row.get("linked")}
    article = Article(key="graph", source_name="graph", text="", meta=ArticleMeta(), sha256="")
    extraction = Extraction(article=article, actors=actors, places=places, roles=roles)
    return _targets_from_extraction(extraction), known


def _rows(graph: rdflib.Graph, query_file: Path) -> list[dict[str, Any]]:
    """A SPARQL SELECT's rows as dicts of bound variables."""
    result = graph.query(query_file.read_text(encoding="utf-8"))
    return [row.asdict() for row in result if isinstance(row, ResultRow)]


def _add_link_triples(graph: rdflib.Graph, links: list[Link]) -> None:
    from kgingest.map import add_link  # the mapping owns the link's RDF shape

    for link in links:
        if link.qid is not None:
            add_link(graph, URIRef(link.key), URIRef(f"{link.key}/wikidata-link"), link)
