"""Score the pipeline against gold annotations (``NAME.gold.yaml`` beside ``NAME.txt``).

The extraction is read back through the bundled SPARQL queries, so the score
measures the graph a user gets, not the in-memory model. Matching follows the
corpus README: names fold case, curly quotes, a leading "the" and a trailing
"'s"; each gold item matches at most one extracted item. PolNeAR-style folders
(BRAT ``NAME.ann``) are scored by ``kgingest.eval_polnear``, which shares the
article selection and the failure handling defined here.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import yaml
from rdflib import Graph
from rdflib.term import Node

from kgingest.errors import InputError, UsageError
from kgingest.query import bundled_query, run_query

CATEGORIES = ("actors", "roles", "statements", "deployments")
GraphFor = Callable[[Path, dt.date | None], tuple[str, Graph]]
QUOTE_FOLDING = str.maketrans("‘’“”`", "''\"\"'")


# ---------------------------------------------------------------- names


def fold_name(name: str) -> str:
    """The comparison form of a name (corpus README rules)."""
    text = unicodedata.normalize("NFKC", name)
    text = text.translate(QUOTE_FOLDING)
    text = " ".join(text.casefold().split())
    text = re.sub(r"^the\s+", "", text)
    text = re.sub(r"'s$", "", text)
    return text.strip()


def fold_all(names: Iterable[str | None]) -> frozenset[str]:
    return frozenset(fold_name(n) for n in names if n)


# ---------------------------------------------------------------- counts


@dataclass
class Score:
    gold: int = 0  # required gold items (recall denominator)
    extracted: int = 0  # extracted items that count for precision
    correct_extracted: int = 0  # of those, matched to gold
    found_gold: int = 0  # required gold items matched

    def add(self, other: Score) -> None:
        self.gold += other.gold
        self.extracted += other.extracted
        self.correct_extracted += other.correct_extracted
        self.found_gold += other.found_gold

    @property
    def precision(self) -> float:
        return self.correct_extracted / self.extracted if self.extracted else 1.0

    @property
    def recall(self) -> float:
        return self.found_gold / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Accuracy:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.right += int(ok)

    def merge(self, other: Accuracy) -> None:
        self.right += other.right
        self.total += other.total

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 1.0


@dataclass
class ArticleScore:
    name: str
    scores: dict[str, Score] = field(default_factory=lambda: {c: Score() for c in CATEGORIES})
    accuracies: dict[str, Accuracy] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)  # misses and false positives, for reading
    scope: frozenset[str] = frozenset(CATEGORIES)  # the categories scored for this article
    failure: str | None = None  # why the pipeline failed on it; it then counts with nothing extracted

    def accuracy(self, name: str) -> Accuracy:
        return self.accuracies.setdefault(name, Accuracy())


@dataclass
class EvalReport:
    articles: list[ArticleScore]

    def total(self) -> ArticleScore:
        total = ArticleScore("total", scope=frozenset())
        for article in self.articles:
            total.scope |= article.scope
            for category in article.scope:
                total.scores[category].add(article.scores[category])
            for name, accuracy in article.accuracies.items():
                total.accuracy(name).merge(accuracy)
        return total


# ---------------------------------------------------------------- which articles, and running them


@dataclass(frozen=True)
class ArticleSelection:
    """Which articles of a folder to score: those listed in ``names`` (all when None), then a seeded sample."""

    names: frozenset[str] | None = None
    sample: int | None = None
    seed: int = 0


def read_names_file(path: Path) -> frozenset[str]:
    """Article names, one a line (``NAME`` or ``NAME.txt``); blank lines and ``#`` comments are skipped."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(str(path), f"names file does not read ({type(error).__name__})") from None
    names = {line.split("#", 1)[0].strip() for line in lines}
    return frozenset(name.removesuffix(".txt") for name in names if name)


def seeded_order(names: Iterable[str], seed: int | str) -> list[str]:
    """``names`` in a pseudo-random order fixed by ``seed``: sorted by SHA-256 of seed and name.

    A hash rather than ``random`` so the order never changes with the Python version.
    """
    return sorted(names, key=lambda name: (hashlib.sha256(f"{seed}\n{name}".encode()).hexdigest(), name))


def stratified_sample(names: Iterable[str], size: int, seed: int | str, stratum: Callable[[str], str]) -> list[str]:
    """``size`` names, each stratum in proportion to its share (largest remainders); sorted.

    Each stratum gives floor(size * share) names in seeded order; each slot left over goes to a
    different stratum, largest remainder first, ties to the stratum whose next name comes first in
    seeded order. This is how the PolNeAR check set (tests/corpus/polnear-check.txt) was drawn.
    """
    ordered = seeded_order(names, seed)
    members: dict[str, list[str]] = {}
    for name in ordered:
        members.setdefault(stratum(name), []).append(name)
    shares = {key: size * len(group) / len(ordered) for key, group in members.items()}
    quota = {key: int(share) for key, share in shares.items()}
    position = {name: index for index, name in enumerate(ordered)}
    extra = sorted(
        (key for key in members if len(members[key]) > quota[key]),
        key=lambda key: (quota[key] - shares[key], position[members[key][quota[key]]]),
    )
    for key in extra[: max(0, size - sum(quota.values()))]:
        quota[key] += 1
    return sorted(name for key, group in members.items() for name in group[: quota[key]])


def select_articles(available: Sequence[str], selection: ArticleSelection, corpus: Path) -> list[str]:
    """The names of ``available`` that ``selection`` keeps, sorted."""
    chosen = sorted(available)
    if selection.names is not None:
        missing = sorted(selection.names - set(available))
        if missing:
            raise InputError(str(corpus), f"{len(missing)} listed article(s) not in this folder, e.g. {missing[0]!r}")
        chosen = [name for name in chosen if name in selection.names]
    if selection.sample is not None:
        if selection.sample < 1:
            raise UsageError(f"--sample must be a positive number of articles, not {selection.sample}")
        chosen = sorted(seeded_order(chosen, selection.seed)[: selection.sample])
    return chosen


def read_text(path: Path) -> str:
    """An article's text as the read stage keeps it: line ends untouched, a byte-order mark dropped."""
    try:
        return path.read_bytes().decode("utf-8").removeprefix("\ufeff")
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(str(path), f"article does not read as UTF-8 text ({type(error).__name__})") from None


def run_article(graph_for: GraphFor, text_path: Path, published: dt.date | None) -> tuple[str, Graph, str | None]:
    """The article's text and graph, or its text, an empty graph and why the run failed.

    Any exception counts: a crash on one article is a result to score (nothing extracted), not a
    reason to lose the other articles' scores.
    """
    try:
        text, graph = graph_for(text_path, published)
        return text, graph, None
    except Exception as error:
        return read_text(text_path), Graph(), f"{type(error).__name__}: {error}".splitlines()[0][:200]


# ---------------------------------------------------------------- matching


def max_matching(left: int, right: int, fits: Callable[[int, int], bool]) -> dict[int, int]:
    """A maximum one-to-one matching left -> right (Kuhn's augmenting paths)."""
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in range(right):
            if j in seen or not fits(i, j):
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(left):
        augment(i, set())
    return {i: j for j, i in owner.items()}


def match_required_first(golds: list[dict[str, Any]], right: int, fits: Callable[[int, int], bool]) -> dict[int, int]:
    """Match gold items to extracted ones, required gold first so an optional one never takes a needed match.

    Augmenting paths never unmatch a matched item, so matching the required
    items first keeps their matching maximal.
    """
    order = sorted(range(len(golds)), key=lambda i: bool(golds[i].get("optional")))
    pairs = max_matching(len(order), right, lambda i, j: fits(order[i], j))
    return {order[i]: j for i, j in pairs.items()}


@dataclass
class Entity:
    """An extracted actor or place as read back from the graph."""

    iri: str
    type: str
    names: frozenset[str]
    label: str


@dataclass
class GoldEntity:
    key: str
    type: str | None  # None for places
    names: frozenset[str]
    optional: bool


def _str(row: dict[str, Node], name: str) -> str | None:
    value = row.get(name)
    return None if value is None else str(value)


def read_entities(graph: Graph) -> dict[str, Entity]:
    """Actors and places of the graph, keyed by IRI."""
    raw: dict[str, tuple[str, str, set[str]]] = {}
    for query, type_column in (("actors", "type"), ("places", None)):
        for row in run_query(bundled_query(query), graph).rows:
            iri = _str(row, "actor" if query == "actors" else "place") or ""
            label = _str(row, "label") or ""
            kind = (_str(row, type_column) if type_column else "Place") or ""
            entry = raw.setdefault(iri, (kind, label, set()))
            entry[2].update(n for n in (label, _str(row, "alias")) if n)
    return {iri: Entity(iri, kind, fold_all(names), label) for iri, (kind, label, names) in raw.items()}


def gold_entities(gold: dict[str, Any]) -> dict[str, GoldEntity]:
    entities = {}
    for actor in gold.get("actors") or []:
        names = fold_all([actor["name"], *(actor.get("aliases") or [])])
        entities[actor["key"]] = GoldEntity(actor["key"], actor["type"], names, bool(actor.get("optional")))
    for place in gold.get("places") or []:
        names = fold_all([place["name"], *(place.get("aliases") or [])])
        entities[place["key"]] = GoldEntity(place["key"], None, names, bool(place.get("optional")))
    return entities


def entity_fits(entity: Entity | None, gold: GoldEntity | None) -> bool:
    if entity is None or gold is None or not entity.names & gold.names:
        return False
    if gold.type is None:  # a gold place: an extracted place or state by that name
        return entity.type in ("Place", "State")
    return entity.type == gold.type


def find_evidence(text: str, evidence: str, source: str) -> tuple[int, int]:
    begin = text.find(evidence)
    if begin < 0:
        raise InputError(source, f"gold evidence not found in the text: {evidence[:60]!r}")
    return begin, begin + len(evidence)


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _as_list(value: object) -> list[str]:
    if value is None:
        return []
    return [str(v) for v in value] if isinstance(value, list) else [str(value)]


# ---------------------------------------------------------------- scoring per category


def score_actors(result: ArticleScore, entities: dict[str, Entity], gold: dict[str, GoldEntity]) -> None:
    actors = [e for e in entities.values() if e.type != "Place"]
    golds = [g for g in gold.values() if g.type is not None]
    # Required gold first, so an optional entry never takes a match a required one needs.
    golds.sort(key=lambda g: g.optional)
    pairs = max_matching(len(golds), len(actors), lambda i, j: entity_fits(actors[j], golds[i]))
    score = result.scores["actors"]
    score.gold = sum(not g.optional for g in golds)
    score.found_gold = sum(not golds[i].optional for i in pairs)
    score.extracted = len(actors)
    score.correct_extracted = len(pairs)
    matched = set(pairs.values())
    result.errors += [f"actor missed: {g.key}" for i, g in enumerate(golds) if i not in pairs and not g.optional]
    result.errors += [f"actor extra: {a.type} {a.label!r}" for j, a in enumerate(actors) if j not in matched]


def score_roles(
    result: ArticleScore, graph: Graph, entities: dict[str, Entity], gold: dict[str, Any], golds: dict[str, GoldEntity]
) -> None:
    rows = run_query(bundled_query("roles"), graph).rows
    gold_roles = gold.get("roles") or []

    def fits(i: int, j: int) -> bool:
        want, row = gold_roles[i], rows[j]
        if not entity_fits(entities.get(_str(row, "holder") or ""), golds.get(want["holder"])):
            return False
        of = golds.get(want["of"]) if want.get("of") else None
        if of is not None and not entity_fits(entities.get(_str(row, "of") or ""), of):
            return False
        title = want.get("title")
        return title is None or fold_name(title) == fold_name(_str(row, "title") or "")

    pairs = match_required_first(gold_roles, len(rows), fits)
    score = result.scores["roles"]
    score.gold = sum(not r.get("optional") for r in gold_roles)
    score.found_gold = sum(not gold_roles[i].get("optional") for i in pairs)
    score.extracted, score.correct_extracted = len(rows), len(pairs)
    matched = set(pairs.values())
    result.errors += [
        f"role missed: {r['evidence']!r}" for i, r in enumerate(gold_roles) if i not in pairs and not r.get("optional")
    ]
    result.errors += [
        f"role extra: {_str(r, 'holderLabel')} / {_str(r, 'title')} / {_str(r, 'ofLabel')}"
        for j, r in enumerate(rows)
        if j not in matched
    ]


def _gold_date(value: object) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def score_statements(
    result: ArticleScore,
    graph: Graph,
    text: str,
    source: str,
    entities: dict[str, Entity],
    gold: dict[str, Any],
    golds: dict[str, GoldEntity],
) -> None:
    rows = run_query(bundled_query("statements"), graph).rows
    extracted = [(row, (int(row["begin"].toPython()), int(row["end"].toPython()))) for row in rows]  # type: ignore[attr-defined]
    gold_statements = gold.get("statements") or []
    spans = [find_evidence(text, g["evidence"], source) for g in gold_statements]

    def fits(i: int, j: int) -> bool:
        row, span = extracted[j]
        if not overlaps(span, spans[i]):
            return False
        # a joint statement ("Roe and Lund said") fits gold naming any one of its speakers
        iris = [_str(row, "speaker") or "", *(_str(row, "coSpeakers") or "").split()]
        speakers = [entities.get(iri) for iri in iris]
        wanted = _as_list(gold_statements[i].get("speakers"))
        return any(entity_fits(speaker, golds.get(key)) for key in wanted for speaker in speakers)

    pairs = match_required_first(gold_statements, len(extracted), fits)
    matched = set(pairs.values())
    optional_spans = [spans[i] for i, g in enumerate(gold_statements) if g.get("optional")]
    score = result.scores["statements"]
    score.gold = sum(not g.get("optional") for g in gold_statements)
    score.found_gold = sum(not gold_statements[i].get("optional") for i in pairs)
    for j, (row, span) in enumerate(extracted):
        if j in matched:
            score.extracted += 1
            score.correct_extracted += 1
        elif any(overlaps(span, o) for o in optional_spans):
            continue  # overlapping an optional gold statement is not an error
        else:
            score.extracted += 1
            result.errors.append(f"statement extra: {_str(row, 'speakerLabel')}: {text[span[0] : span[1]][:70]!r}")
    for i, want in enumerate(gold_statements):
        if i not in pairs:
            if not want.get("optional"):
                result.errors.append(f"statement missed: {want['key']}")
            continue
        row, _ = extracted[pairs[i]]
        if want.get("date") is not None:
            got = _str(row, "date")
            wanted = _gold_date(want["date"]).isoformat()  # type: ignore[union-attr]
            dated = got is not None and got[:10] == wanted
            result.accuracy("statement date").add(dated)
            if not dated:
                result.errors.append(f"statement date: {want['key']}: {got[:10] if got else 'none'}, gold {wanted}")
        elif "date" in want:
            # Gold says the text gives no day: a day we claim (not the assumed publication day) is wrong. Without
            # this row a rule that dates everything would only ever gain on "statement date".
            claimed = _str(row, "date") if _str(row, "dateAssumed") != "true" else None
            result.accuracy("statement left undated").add(claimed is None)
            if claimed is not None:
                result.errors.append(f"statement left undated: {want['key']}: {claimed[:10]}, gold none")
        result.accuracy("statement mode").add(_str(row, "mode") == want.get("mode"))
        if want.get("quote"):
            result.accuracy("statement quote").add((_str(row, "quote") or "").strip() == want["quote"].strip())


# Per-slot accuracies are named with this prefix and printed only on the total row.
PER_SLOT = "  slot"

DEPLOYMENT_SLOTS = (
    "supported",
    "opponent",
    "location",
    "troops_min",
    "troops_max",
    "troops_approx",
    "start",
    "legal_basis",
    "casualties",
)


def _slot_right(slot: str, want: object, rows: list[dict[str, Node]], golds: dict[str, GoldEntity]) -> bool:
    column = {
        "supported": "supportedLabel",
        "opponent": "opponentLabel",
        "location": "locationLabel",
        "troops_min": "troopsMin",
        "troops_max": "troopsMax",
        "troops_approx": "troopsApprox",
        "start": "startLatest",
        "legal_basis": "legalBasis",
        "casualties": "casualties",
    }[slot]
    values = {_str(row, column) for row in rows} - {None}
    if not values:
        return False
    got = sorted(v for v in values if v is not None)[0]
    if slot in ("supported", "opponent", "location"):  # a key, or a list of keys that all count
        return any(fold_name(got) in entity.names for key in _as_list(want) if (entity := golds.get(key)))
    if slot.startswith("troops"):
        return got.split(".")[0] == str(want)
    if slot == "start":
        if isinstance(want, int) or re.fullmatch(r"\d{4}", str(want)):
            return got[:4] == str(want)[:4]
        return got[:10] == str(want)[:10]
    if slot == "legal_basis":
        a, b = fold_name(got), fold_name(str(want))
        return a in b or b in a
    return got.lower() == str(want).lower()


def score_deployments(
    result: ArticleScore,
    graph: Graph,
    text: str,
    source: str,
    entities: dict[str, Entity],
    gold: dict[str, Any],
    golds: dict[str, GoldEntity],
) -> None:
    rows = run_query(bundled_query("deployments"), graph).rows
    by_iri: dict[str, list[dict[str, Node]]] = {}
    for row in rows:
        by_iri.setdefault(_str(row, "deployment") or "", []).append(row)
    extracted = sorted(by_iri)
    gold_deployments = gold.get("deployments") or []
    spans = [[find_evidence(text, e, source) for e in _as_list(g.get("evidence"))] for g in gold_deployments]

    def fits(i: int, j: int) -> bool:
        rows_j = by_iri[extracted[j]]
        # Several senders of one force: any of them matching a gold sender will do.
        senders = [entities.get(iri) for iri in sorted({_str(r, "sender") or "" for r in rows_j})]
        gold_senders = [golds.get(k) for k in _as_list(gold_deployments[i].get("sender"))]
        if not any(entity_fits(sender, gold) for sender in senders for gold in gold_senders):
            return False
        anchors = [(int(str(r["begin"])), int(str(r["end"]))) for r in rows_j if "begin" in r and "end" in r]
        return any(overlaps(a, s) for a in anchors for s in spans[i])

    pairs = match_required_first(gold_deployments, len(extracted), fits)
    score = result.scores["deployments"]
    optional_matches = {j for i, j in pairs.items() if gold_deployments[i].get("optional")}
    score.gold = sum(not g.get("optional") for g in gold_deployments)
    score.found_gold = sum(not gold_deployments[i].get("optional") for i in pairs)
    score.extracted = len(extracted) - len(optional_matches)
    score.correct_extracted = len(pairs) - len(optional_matches)
    matched = set(pairs.values())
    result.errors += [f"deployment extra: {extracted[j]}" for j in range(len(extracted)) if j not in matched]
    slots = result.accuracy("deployment slots")
    for i, want in enumerate(gold_deployments):
        if want.get("optional"):
            continue
        if i not in pairs:
            result.errors.append(f"deployment missed: {want['key']}")
        for slot in DEPLOYMENT_SLOTS:
            if slot not in want or want[slot] is None:
                continue
            ok = i in pairs and _slot_right(slot, want[slot], by_iri[extracted[pairs[i]]], golds)
            slots.add(ok)
            result.accuracy(f"{PER_SLOT} {slot}").add(ok)
            if not ok:
                result.errors.append(f"deployment {want['key']} slot wrong: {slot} (gold {want[slot]!r})")


def gold_scope(gold: dict[str, Any], source: str) -> frozenset[str]:
    """The categories the gold file annotates (``document.scope``; all four when absent)."""
    scope = (gold.get("document") or {}).get("scope")
    if scope is None:
        return frozenset(CATEGORIES)
    unknown = sorted(set(_as_list(scope)) - set(CATEGORIES))
    if unknown:
        raise InputError(source, f"document.scope names unknown categories {unknown}; allowed: {list(CATEGORIES)}")
    return frozenset(_as_list(scope))


def score_article(name: str, text: str, graph: Graph, gold: dict[str, Any]) -> ArticleScore:
    """Score one article's graph against its gold annotation, in the categories of its scope.

    Gold actors are read whatever the scope: deployment slots name them.
    """
    result = ArticleScore(name, scope=gold_scope(gold, name))
    entities = read_entities(graph)
    golds = gold_entities(gold)
    if "actors" in result.scope:
        score_actors(result, entities, golds)
    if "roles" in result.scope:
        score_roles(result, graph, entities, gold, golds)
    if "statements" in result.scope:
        score_statements(result, graph, text, name, entities, gold, golds)
    if "deployments" in result.scope:
        score_deployments(result, graph, text, name, entities, gold, golds)
    return result


def read_gold(path: Path) -> dict[str, Any]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise InputError(str(path), f"gold file does not load ({str(error).splitlines()[0]})") from None
    if not isinstance(data, dict):
        raise InputError(str(path), "gold file must be a YAML mapping")
    return data


def gold_pairs(corpus: Path, selection: ArticleSelection | None = None) -> list[tuple[Path, Path]]:
    """Every ``NAME.txt`` with a ``NAME.gold.yaml`` beside it that ``selection`` keeps, sorted."""
    if not corpus.is_dir():
        raise InputError(
            str(corpus), "is not a folder of NAME.txt files with NAME.gold.yaml (or PolNeAR NAME.ann) beside them"
        )
    pairs = {t.stem: (t, t.with_name(t.stem + ".gold.yaml")) for t in sorted(corpus.glob("*.txt"))}
    pairs = {name: (t, g) for name, (t, g) in pairs.items() if g.is_file()}
    if not pairs:
        raise InputError(str(corpus), "holds no NAME.txt with a NAME.gold.yaml (or PolNeAR NAME.ann) beside it")
    return [pairs[name] for name in select_articles(list(pairs), selection or ArticleSelection(), corpus)]


def format_report(report: EvalReport, *, details: bool = False) -> str:
    lines: list[str] = []
    header = f"{'article':44} {'category':12} {'gold':>5} {'extr':>5} {'P':>6} {'R':>6} {'F1':>6}"
    rows = [*report.articles, report.total()] if len(report.articles) > 1 else report.articles
    for article in rows:
        lines.append(header if not lines else "")
        for category in (c for c in CATEGORIES if c in article.scope):
            s = article.scores[category]
            lines.append(
                f"{article.name[:44]:44} {category:12} {s.gold:5d} {s.extracted:5d} "
                f"{s.precision:6.2f} {s.recall:6.2f} {s.f1:6.2f}"
            )
        is_total = article is rows[-1]
        for name in sorted(article.accuracies, key=lambda n: (n.startswith(PER_SLOT), n)):
            if name.startswith(PER_SLOT) and not is_total:
                continue
            a = article.accuracies[name]
            lines.append(f"{article.name[:44]:44} {name + ' accuracy':31} {a.value:6.2f} ({a.right}/{a.total})")
    lines += failure_and_error_lines(report.articles, details=details, scored_as="nothing extracted")
    return "\n".join(line for line in lines if line is not None) + "\n"


class _ScoredArticle(Protocol):
    name: str
    failure: str | None
    errors: list[str]


def failure_and_error_lines(articles: Sequence[_ScoredArticle], *, details: bool, scored_as: str) -> list[str]:
    """The closing lines of an eval report: the articles whose run failed, then (with details) every error."""
    lines: list[str] = []
    failed = [a for a in articles if a.failure]
    if failed:
        lines += ["", f"run failed on {len(failed)} article(s), scored with {scored_as}:"]
        lines += [f"  {a.name}: {a.failure}" for a in failed]
    if details:
        for article in articles:
            lines += [f"  {article.name}: {e}" for e in article.errors]
    return lines


def evaluate(corpus: Path, graph_for: GraphFor, selection: ArticleSelection | None = None) -> EvalReport:
    """Run ``graph_for(text_path, published)`` on every selected gold article and score it.

    An article on which the run fails is scored with nothing extracted and keeps its failure.
    """
    articles = []
    for text_path, gold_path in gold_pairs(corpus, selection):
        gold = read_gold(gold_path)
        published = (gold.get("document") or {}).get("published")
        text, graph, failure = run_article(graph_for, text_path, _gold_date(published))
        article = score_article(text_path.name, text, graph, gold)
        article.failure = failure
        articles.append(article)
    return EvalReport(articles)


def thresholds_met(report: EvalReport, minimums: Sequence[tuple[str, str, float]]) -> list[str]:
    """Failed (category, measure, minimum) checks, as readable lines."""
    total = report.total()
    failed = []
    for category, measure, minimum in minimums:
        value = getattr(total.scores[category], measure)
        if value < minimum:
            failed.append(f"{category} {measure} {value:.2f} < {minimum:.2f}")
    return failed
