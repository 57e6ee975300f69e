"""Score statements against PolNeAR-style attribution annotations (BRAT standoff ``NAME.ann``).

A folder holds ``NAME.txt``, ``NAME.ann`` and ``NAME.meta.json``. Each ``E`` line of the ``.ann``
is one attribution: a Source (who), a Cue (the reporting words) and a Content (what), each a
span that may be discontinuous. Statements are acts of saying or writing, so attributions are
split into speech (the Cue holds a word whose lemma is in ``SPEECH_LEMMAS``) and other
(beliefs, wishes, plans). The rules follow the corpus README:

- a statement matches an attribution when their content character sets overlap by at least half
  of the shorter one; one-to-one, largest overlap first (ties: speech first, then text order);
- precision is matched statements over all statements (matching any attribution is correct);
  recall is matched speech attributions over all speech attributions;
- speaker accuracy, over matched pairs with a Source that is not a pronoun: a statement speaker's
  label (the resolved actor) and the Source share a content word;
- speaker-as-written accuracy, over the same pairs: the label or the speaker phrase as the article
  words it (kg:speakerText, "the senator" for the senator it resolves to) shares one with the Source;
- cue accuracy, over matched pairs: the statement's cue and the Cue text share a lemma.

Lemmas come from a fixed suffix rule (``lemma_candidates``), not from the spaCy model, so the
measure does not move when the model changes and does not depend on a word's context.
Totals add up the counts of every article (micro-average).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from kgingest.errors import InputError
from kgingest.eval import (
    Accuracy,
    ArticleSelection,
    GraphFor,
    Score,
    failure_and_error_lines,
    read_text,
    run_article,
    select_articles,
)
from kgingest.query import bundled_query, run_query


def _lexicon(words: str) -> frozenset[str]:
    return frozenset(words.split())


# The cue lemmas of the corpus README; "point" stands for "point out".
SPEECH_LEMMAS = _lexicon(
    """say tell add write claim state statement announce announcement report according accord argue insist warn note
    explain ask declare deny acknowledge admit suggest call urge describe reply respond response confirm comment
    predict promise vow pledge threaten accuse criticize criticise praise tweet post testify testimony quote reiterate
    stress emphasize emphasise assert maintain contend allege charge complain boast recall concede interview remark
    speech inform estimate disclose reveal speak mention repeat answer retort quip joke assure remind caution observe
    cite recount proclaim point"""
)
# Irregular past forms of the verbs above; every other form comes from the suffix rule.
IRREGULAR_FORMS = {
    "said": "say",
    "told": "tell",
    "wrote": "write",
    "written": "write",
    "spoke": "speak",
    "spoken": "speak",
}
SUFFIX_RULES = (
    ("ies", ("y",)),
    ("ied", ("y",)),
    ("es", ("",)),
    ("s", ("",)),
    ("ed", ("", "e")),
    ("ing", ("", "e")),
)
MIN_LEMMA = 3

# English function words: determiners, pronouns, prepositions, conjunctions, auxiliaries.
PRONOUNS = _lexicon(
    """i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his himself she her hers
    herself it its itself they them their theirs themselves who whom whose which that this these those one someone
    somebody anyone anybody everyone everybody nobody none some others other many most all both each few several
    either neither another something anything everything nothing"""
)
FUNCTION_WORDS = PRONOUNS | _lexicon(
    """a an the and or but nor so yet if then than as of in on at by for with without within about above below from to
    into onto out over under up down off through during before after against among between across along around near
    per via not no is are was were be been being am do does did done have has had having will would shall should can
    could may might must also just only even still there here when where why how what while whether because although
    though since until unless very too more less such own same new former late acting current incumbent outgoing ex
    then now"""
)
# Titles before a name: ignored when the Source has other words, so "Sen. X" and "Sen. Y" do not match on "sen".
TITLES = _lexicon(
    """mr mrs ms miss mx dr prof rev reverend hon sir dame lord lady sen senator rep representative congressman
    congresswoman gov governor president pres vice vp secretary sec mayor judge justice ambassador amb speaker chairman
    chairwoman gen general lt col maj capt sgt adm"""
)
WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")
T_LINE = re.compile(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t")
E_LINE = re.compile(r"^(E\d+)\t(.*)$")

Spans = tuple[tuple[int, int], ...]


# ---------------------------------------------------------------- words and lemmas


def words(text: str) -> list[str]:
    """Lower-case words of ``text``, a possessive 's or trailing apostrophe dropped."""
    folded = text.replace("’", "'").replace("‘", "'").casefold()
    return [re.sub(r"'s$|'$", "", w) for w in WORD.findall(folded)]


def lemma_candidates(word: str) -> frozenset[str]:
    """The word and every lemma the suffix rule allows ("noted" -> noted, note, not).

    The rule over-generates; a spurious form only matters if it is itself a cue lemma or is
    produced from the other side too, which inflected forms of different verbs rarely share.
    """
    forms = {word}
    if word in IRREGULAR_FORMS:
        forms.add(IRREGULAR_FORMS[word])
    for suffix, endings in SUFFIX_RULES:
        if not word.endswith(suffix) or (suffix == "s" and word.endswith("ss")):
            continue
        stem = word[: -len(suffix)]
        forms.update(stem + ending for ending in endings)
        # "admitted" -> admit, "quipping" -> quip
        if suffix in ("ed", "ing") and len(stem) > MIN_LEMMA and stem[-1] == stem[-2] and stem[-1] not in "aeiouls":
            forms.add(stem[:-1])
    return frozenset(form for form in forms if len(form) >= MIN_LEMMA and form not in FUNCTION_WORDS)


def cue_lemmas(text: str) -> frozenset[str]:
    """Every candidate lemma of the content words of a cue."""
    return frozenset().union(*(lemma_candidates(w) for w in words(text) if w not in FUNCTION_WORDS))


def is_speech_cue(cue: str) -> bool:
    """True when a word of the cue has a lemma of saying or writing (corpus README list)."""
    return bool(cue_lemmas(cue) & SPEECH_LEMMAS)


def name_words(text: str) -> frozenset[str]:
    """The content words of a speaker name or Source: no function words, pronouns or one-letter words;
    titles only when nothing else is left ("the senator")."""
    kept = [w for w in words(text) if len(w) > 1 and w not in FUNCTION_WORDS]
    content = frozenset(w for w in kept if w not in TITLES)
    return content or frozenset(kept)


# ---------------------------------------------------------------- spans


def merge_spans(pieces: list[tuple[int, int]]) -> Spans:
    """Sorted, non-overlapping character ranges covering ``pieces``."""
    merged: list[tuple[int, int]] = []
    for begin, end in sorted(p for p in pieces if p[1] > p[0]):
        if merged and begin <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((begin, end))
    return tuple(merged)


def span_size(spans: Spans) -> int:
    return sum(end - begin for begin, end in spans)


def overlap_size(a: Spans, b: Spans) -> int:
    return sum(max(0, min(ae, be) - max(ab, bb)) for ab, ae in a for bb, be in b)


def span_text(text: str, spans: Spans) -> str:
    return " ".join(text[begin:end] for begin, end in spans)


# ---------------------------------------------------------------- the gold


@dataclass(frozen=True)
class Attribution:
    """One annotated attribution; texts are read from the article, pieces joined by a space."""

    key: str
    content: Spans
    cue: str
    source: str | None  # None when the attribution has no Source

    @property
    def speech(self) -> bool:
        return is_speech_cue(self.cue)


def read_brat(path: Path, text: str) -> list[Attribution]:
    """The attributions (``E`` lines) of a BRAT ``.ann`` file over ``text``.

    Span text in the file is not trusted (it may run over several lines); offsets are. Roles
    numbered for a second piece ("Content2") join the first. Other lines (notes, span text
    continued on the next line) are skipped.
    """
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(str(path), f"annotation file does not read ({type(error).__name__})") from None
    spans: dict[str, list[tuple[int, int]]] = {}
    events: list[tuple[str, list[str]]] = []
    for number, line in enumerate(lines, 1):
        if match := T_LINE.match(line):
            pieces = [tuple(map(int, piece.split())) for piece in match.group(3).split(";")]
            for begin, end in pieces:
                if not 0 <= begin <= end <= len(text):
                    raise InputError(str(path), f"line {number}: span {begin}-{end} lies outside the text")
            spans[match.group(1)] = [(b, e) for b, e in pieces]
        elif match := E_LINE.match(line):
            events.append((match.group(1), match.group(2).split()))
    attributions = []
    for key, arguments in events:
        roles: dict[str, list[tuple[int, int]]] = {}
        for argument in arguments[1:]:  # the first is the trigger ("Attribution:T4")
            role, _, target = argument.partition(":")
            if target not in spans:
                raise InputError(str(path), f"{key} refers to {target!r}, which no T line defines")
            roles.setdefault(re.sub(r"\d+$", "", role), []).extend(spans[target])
        source = merge_spans(roles.get("Source", []))
        attributions.append(
            Attribution(
                key,
                merge_spans(roles.get("Content", [])),
                span_text(text, merge_spans(roles.get("Cue", []))),
                span_text(text, source) if source else None,
            )
        )
    return attributions


# ---------------------------------------------------------------- the extraction


@dataclass
class ExtractedStatement:
    """A statement read back from the graph: its content span, speaker labels and cue words."""

    iri: str
    content: Spans
    speakers: list[str] = field(default_factory=list)
    cues: list[str] = field(default_factory=list)  # the cue as written, and its lemma
    written: list[str] = field(default_factory=list)  # the speaker phrase as the article words it


def read_statements(graph: Graph) -> list[ExtractedStatement]:
    """One entry per statement (the query gives one row per speaker), in text order."""
    statements: dict[str, ExtractedStatement] = {}
    for row in run_query(bundled_query("statements"), graph).rows:
        iri = str(row["statement"])
        span = ((int(str(row["begin"])), int(str(row["end"]))),)
        statement = statements.setdefault(iri, ExtractedStatement(iri, span))
        for column, values in (
            ("speakerLabel", statement.speakers),
            ("speakerText", statement.written),
            ("cue", statement.cues),
            ("cueLemma", statement.cues),
        ):
            value = row.get(column)
            if value is not None and str(value) not in values:
                values.append(str(value))
        co_labels = row.get("coSpeakerLabels")  # "Roe and Lund said": each speaker's label may match the Source
        for label in str(co_labels).split("; ") if co_labels is not None else []:
            if label and label not in statement.speakers:
                statement.speakers.append(label)
    return sorted(statements.values(), key=lambda s: (s.content, s.iri))


# ---------------------------------------------------------------- scoring


def match_by_overlap(statements: list[ExtractedStatement], attributions: list[Attribution]) -> dict[int, int]:
    """Statement index -> attribution index: overlap of at least half the shorter span, largest first."""
    candidates = []
    for i, statement in enumerate(statements):
        for k, attribution in enumerate(attributions):
            common = overlap_size(statement.content, attribution.content)
            shorter = min(span_size(statement.content), span_size(attribution.content))
            if common and 2 * common >= shorter:
                candidates.append((-common, not attribution.speech, i, k))
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    for _, _, i, k in sorted(candidates):
        if i not in pairs and k not in taken:
            pairs[i] = k
            taken.add(k)
    return pairs


def speaker_right(statement: ExtractedStatement, source: str | None, *, written: bool = True) -> bool | None:
    """Whether a speaker label (or, with ``written``, the speaker phrase as written) shares a content word with the
    Source; None (not counted) for a pronoun or no Source."""
    wanted = name_words(source or "")
    if not wanted:
        return None
    labels = [*statement.speakers, *statement.written] if written else statement.speakers
    return any(name_words(label) & wanted for label in labels)


def cue_right(statement: ExtractedStatement, cue: str) -> bool:
    return bool(cue_lemmas(" ".join(statement.cues)) & cue_lemmas(cue))


@dataclass
class PolnearScore:
    """One article (or the total): statements against speech attributions, and accuracies over matched pairs.

    In ``statements``, ``gold`` counts speech attributions, ``found_gold`` those matched,
    ``extracted`` all statements and ``correct_extracted`` those matched to any attribution.
    """

    name: str
    statements: Score = field(default_factory=Score)
    other: int = 0  # attributions that are not speech
    speaker: Accuracy = field(default_factory=Accuracy)  # the resolved actor's label
    speaker_written: Accuracy = field(default_factory=Accuracy)  # the label or the phrase as written
    cue: Accuracy = field(default_factory=Accuracy)
    failure: str | None = None
    errors: list[str] = field(default_factory=list)


def _excerpt(text: str, spans: Spans) -> str:
    return repr(span_text(text, spans)[:60])


def score_polnear_article(name: str, text: str, graph: Graph, attributions: list[Attribution]) -> PolnearScore:
    """Score one article's statements against its attributions."""
    result = PolnearScore(name)
    statements = read_statements(graph)
    pairs = match_by_overlap(statements, attributions)
    speech = [a.speech for a in attributions]
    score = result.statements
    score.gold = sum(speech)
    score.extracted = len(statements)
    score.correct_extracted = len(pairs)
    score.found_gold = sum(speech[k] for k in pairs.values())
    result.other = len(attributions) - score.gold
    for i, statement in enumerate(statements):
        where = f"{statement.content[0][0]}-{statement.content[0][1]}"
        if i not in pairs:
            result.errors.append(
                f"statement unmatched {where} {statement.speakers}: {_excerpt(text, statement.content)}"
            )
            continue
        attribution = attributions[pairs[i]]
        speaker_ok = speaker_right(statement, attribution.source, written=False)
        written_ok = speaker_right(statement, attribution.source)
        if speaker_ok is not None and written_ok is not None:
            result.speaker.add(speaker_ok)
            result.speaker_written.add(written_ok)
            if not written_ok:
                result.errors.append(f"speaker wrong {where}: {statement.speakers} for Source {attribution.source!r}")
            elif not speaker_ok:
                # right only by the phrase as written: the resolved actor is not what the Source names
                result.errors.append(
                    f"speaker as written only {where}: {statement.speakers} ({statement.written}) "
                    f"for Source {attribution.source!r}"
                )
        cue_ok = cue_right(statement, attribution.cue)
        result.cue.add(cue_ok)
        if not cue_ok:
            result.errors.append(f"cue wrong {where}: {statement.cues} for Cue {attribution.cue!r}")
    matched = set(pairs.values())
    for k, attribution in enumerate(attributions):
        if attribution.speech and k not in matched:
            where = f"{attribution.content[0][0]}-{attribution.content[-1][1]}" if attribution.content else "no content"
            result.errors.append(
                f"speech missed {where} cue {attribution.cue!r}: {_excerpt(text, attribution.content)}"
            )
    return result


@dataclass
class PolnearReport:
    articles: list[PolnearScore]

    def total(self) -> PolnearScore:
        total = PolnearScore("total")
        for article in self.articles:
            total.statements.add(article.statements)
            total.other += article.other
            total.speaker.merge(article.speaker)
            total.speaker_written.merge(article.speaker_written)
            total.cue.merge(article.cue)
        return total


# ---------------------------------------------------------------- the folder


def polnear_articles(corpus: Path) -> dict[str, tuple[Path, Path]]:
    """NAME -> (NAME.txt, NAME.ann) for every annotated article of the folder."""
    pairs = {ann.stem: (ann.with_suffix(".txt"), ann) for ann in sorted(corpus.glob("*.ann"))}
    return {name: pair for name, pair in pairs.items() if pair[0].is_file()}


def is_polnear_folder(corpus: Path) -> bool:
    """A folder of BRAT-annotated articles and no YAML gold (the YAML gold wins in a mixed folder)."""
    return corpus.is_dir() and not any(corpus.glob("*.gold.yaml")) and bool(polnear_articles(corpus))


def evaluate_polnear(corpus: Path, graph_for: GraphFor, selection: ArticleSelection | None = None) -> PolnearReport:
    """Run ``graph_for`` on every selected article and score its statements; a failed run counts with none."""
    articles = polnear_articles(corpus)
    if not articles:
        raise InputError(str(corpus), "holds no NAME.txt with a NAME.ann beside it")
    scores = []
    for name in select_articles(list(articles), selection or ArticleSelection(), corpus):
        text_path, ann_path = articles[name]
        attributions = read_brat(ann_path, read_text(text_path))
        # The date comes from the NAME.meta.json sidecar, which the read stage finds itself.
        text, graph, failure = run_article(graph_for, text_path, None)
        score = score_polnear_article(name, text, graph, attributions)
        score.failure = failure
        scores.append(score)
    return PolnearReport(scores)


def _row(name: str, score: PolnearScore) -> str:
    s = score.statements

    def accuracy(a: Accuracy) -> str:
        return f"{a.value:5.2f} {f'({a.right}/{a.total})':<13}"

    return (
        f"{name[:44]:44} {s.extracted:6d} {s.correct_extracted:6d} {s.gold:6d} {s.found_gold:6d} "
        f"{s.precision:6.2f} {s.recall:6.2f} {s.f1:6.2f}  {accuracy(score.speaker)} {accuracy(score.speaker_written)} "
        f"{accuracy(score.cue)}"
    )


def format_polnear_report(report: PolnearReport, *, details: bool = False) -> str:
    """The totals table (and a line per article with ``details``), then failures and, with details, every error."""
    header = (
        f"{'article':44} {'stmts':>6} {'match':>6} {'speech':>6} {'found':>6} "
        f"{'P':>6} {'R':>6} {'F1':>6}  {'speaker acc':19} {'speaker as written':19} {'cue acc':19}"
    )
    lines = [header]
    if details:
        lines += [_row(article.name, article) for article in report.articles]
    total = report.total()
    lines.append(_row(f"total ({len(report.articles)} articles)", total))
    lines.append(
        f"attributions: {total.statements.gold} speech, {total.other} other; "
        "P = match/stmts, R = found/speech (speech attributions only)"
    )
    lines += failure_and_error_lines(report.articles, details=details, scored_as="no statements")
    return "\n".join(line.rstrip() for line in lines) + "\n"
