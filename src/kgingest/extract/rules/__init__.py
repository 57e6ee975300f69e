"""Constructions as data: named rules, each a spaCy pattern with its slots and examples.

A rule is one YAML file in the folder of the stage that reads it (``deployment/`` for the deployment stage):

```yaml
name: passive-with-agent            # unique among the stage's rules
description: Forces moved in the passive, the sender in a by-phrase.
trigger: moving                     # the node whose token triggers the mention
slots: {sender: agent, force: moved, location: place}   # slot -> node of the pattern
words: {SENDING_VERBS: [send, deploy]}                  # lists the patterns name as "$SENDING_VERBS"
patterns:                           # alternatives, each a spaCy DependencyMatcher pattern
  - - {RIGHT_ID: moving, RIGHT_ATTRS: {LEMMA: {IN: $SENDING_VERBS}}}
    - {LEFT_ID: moving, REL_OP: ">", RIGHT_ID: moved, RIGHT_ATTRS: {DEP: nsubjpass}}
optional:                           # nodes a match gains when it can: alternatives per slot
  location:
    - - {LEFT_ID: moving, REL_OP: ">", RIGHT_ID: to, RIGHT_ATTRS: {DEP: prep}}
      - {LEFT_ID: to, REL_OP: ">", RIGHT_ID: place, RIGHT_ATTRS: {DEP: pobj}}
requires: [abroad]                  # further conditions the stage checks, by name
status: planned                     # the status a match gives when its clause gives none ("pledged troops")
positives:                          # sentences it must read, with the slots it must give
  - text: About 300 soldiers were rushed by Chile to Bolivia.
    slots: {sender: Chile, force: soldiers, count: About 300, location: Bolivia}
negatives:                          # sentences it must give nothing for
  - Food aid was sent by Chile to Bolivia.
```

A rule that no pattern can express names a function instead (``function: NAME``), registered by the stage
with `rule_function`; it returns the nodes of each match. ``$NAME`` in a pattern is a word list of the rule's
``words`` or of the stage's lexicon module. This module only finds matches; the stage turns each match's
nodes into its own model (`kgingest.extract.deployment_rules` for deployments), and the tests are generated
from every rule's examples.
"""

from __future__ import annotations

import functools
import importlib
import itertools
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy
from spacy.attrs import DEP, ENT_IOB, HEAD, LEMMA, LOWER, ORTH, SPACY, TAG
from spacy.matcher import DependencyMatcher
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from kgingest.errors import RuleError
from kgingest.extract.lexicon import read_mapping, with_word_lists

RULES_DIR = Path(__file__).resolve().parent
# The word lists a stage's patterns may name besides their own ``words``.
STAGE_LEXICONS = {"deployment": "kgingest.extract.deployment_lexicon"}
REQUIRED_KEYS = frozenset({"name", "description", "trigger", "slots", "positives", "negatives"})
KNOWN_KEYS = REQUIRED_KEYS | {"patterns", "function", "optional", "words", "requires", "status"}

Pattern = tuple[Mapping[str, Any], ...]
RuleFunction = Callable[[Doc], Iterable[Mapping[str, Token]]]
_FUNCTIONS: dict[tuple[str, str], RuleFunction] = {}


@dataclass(frozen=True)
class Example:
    """A sentence of one's own and the slots a rule must read from it (slot -> expected text)."""

    text: str
    slots: Mapping[str, str]


@dataclass(frozen=True, eq=False)  # compared by identity: a loaded rule is one object, and hashable
class Rule:
    name: str
    stage: str
    description: str
    trigger: str
    slots: Mapping[str, str]
    patterns: tuple[Pattern, ...]
    optional: Mapping[str, tuple[Pattern, ...]]
    function: str | None
    requires: tuple[str, ...]
    positives: tuple[Example, ...]
    negatives: tuple[str, ...]
    source: Path
    status: str | None = None

    def __str__(self) -> str:
        return f"{self.stage}/{self.name}"


@dataclass(frozen=True)
class RuleMatch:
    """One place where a rule's pattern matched: its trigger and every node it matched, by name."""

    rule: Rule
    nodes: Mapping[str, Token]

    @property
    def trigger(self) -> Token:
        return self.nodes[self.rule.trigger]

    def slot(self, name: str) -> Token | None:
        node = self.rule.slots.get(name)
        return self.nodes.get(node) if node is not None else None


def rule_function(stage: str, name: str) -> Callable[[RuleFunction], RuleFunction]:
    """Register ``function`` as the matcher a rule of ``stage`` names with ``function: name``."""

    def register(function: RuleFunction) -> RuleFunction:
        _FUNCTIONS[(stage, name)] = function
        return function

    return register


@functools.lru_cache(maxsize=8)
def load_rules(stage: str, folder: Path | None = None) -> tuple[Rule, ...]:
    """The rules of ``stage``, from ``folder`` (default: this package's folder for the stage), by file name."""
    directory = folder if folder is not None else RULES_DIR / stage
    rules = tuple(_read_rule(path, stage) for path in sorted(directory.glob("*.yaml")))
    names = [rule.name for rule in rules]
    duplicates = sorted({name for name in names if names.count(name) > 1})
    if duplicates:
        raise RuleError(f"{directory}: more than one rule is named {', '.join(duplicates)}")
    return rules


def find_matches(doc: Doc, rules: tuple[Rule, ...]) -> list[RuleMatch]:
    """Every match of ``rules`` in ``doc``, the fullest one per place, in text order (then rule order)."""
    found: list[RuleMatch] = []
    sentences = _Sentences(doc)
    for order, rule in enumerate(rules):
        if rule.function is not None:
            matches = [RuleMatch(rule, dict(nodes)) for nodes in _function(rule)(doc)]
        else:
            matches = _compiled(doc.vocab, rule)(doc, sentences)
        found.extend(sorted(matches, key=lambda m: (m.trigger.i, order)))
    return sorted(found, key=lambda m: m.trigger.i)


def _function(rule: Rule) -> RuleFunction:
    function = _FUNCTIONS.get((rule.stage, rule.function or ""))
    if function is None:
        raise RuleError(f"{rule.source}: no function {rule.function!r} is registered for the {rule.stage} stage")
    return function


class _CompiledRule:
    """A rule's patterns in a DependencyMatcher: each core pattern once per choice of its optional nodes."""

    def __init__(self, vocab: Vocab, rule: Rule) -> None:
        self.rule = rule
        self.matcher = DependencyMatcher(vocab)
        # match key -> (core pattern number, variant number, node names in pattern order, number of core nodes)
        self.variants: dict[int, tuple[int, int, list[str], int]] = {}
        for core_number, core in enumerate(rule.patterns):
            choices = [(None, *alternatives) for alternatives in rule.optional.values()]
            for combination in itertools.product(*choices):
                pattern = list(core)
                for extra in (e for e in combination if e is not None):
                    pattern.extend(extra)
                names = [str(node["RIGHT_ID"]) for node in pattern]
                if not _connected(pattern):
                    continue  # an optional part hangs on a node this core pattern does not have
                key = f"{rule.stage}/{rule.name}/{core_number}/{len(self.variants)}"
                self.matcher.add(key, [[dict(node) for node in pattern]])
                self.variants[vocab.strings[key]] = (core_number, len(self.variants), names, len(core))

        self.required_words = _required_words(rule.patterns)

    def __call__(self, doc: Doc, sentences: _Sentences | None = None) -> list[RuleMatch]:
        best: dict[tuple[int, tuple[int, ...]], tuple[int, int, dict[str, Token]]] = {}
        for key, token_ids in self._matches(doc, sentences if sentences is not None else _Sentences(doc)):
            core_number, variant, names, core_size = self.variants[key]
            nodes = {name: doc[i] for name, i in zip(names, token_ids, strict=True)}
            place = (core_number, tuple(token_ids[:core_size]))
            # The fullest variant wins; among equals, the one listed first.
            rank = (len(names), -variant)
            if place not in best or rank > best[place][:2]:
                best[place] = (*rank, nodes)
        return [RuleMatch(self.rule, nodes) for _, _, nodes in (best[p] for p in sorted(best))]

    def _matches(self, doc: Doc, sentences: _Sentences) -> list[tuple[int, list[int]]]:
        """The matcher's matches, by doc token index. A match lies within one sentence (spaCy's dependency
        operators, "." included, never leave it), so only the sentences that hold a token for each node of a
        pattern that names its words (lemma, lowercase form, tag or dependency label) are searched, each as a Doc
        of its own: the matcher's cost grows with the tokens it is given, and few sentences have them all."""
        if self.required_words is None:
            return [(key, list(ids)) for key, ids in self.matcher(doc)]
        numbers: set[int] = set()
        for pattern in self.required_words:
            holding = [sentences.holding(*words) for words in pattern]
            numbers |= holding[0].intersection(*holding[1:])
        found: list[tuple[int, list[int]]] = []
        for number in sorted(numbers):
            start, sentence = sentences.sentence(number)
            found.extend((key, [start + i for i in ids]) for key, ids in self.matcher(sentence))
        return found


class _Sentences:
    """One Doc's sentences for the rules of one `find_matches` call: which of them hold a lemma, and each as
    a Doc of its own, made once for every rule that searches it."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self._starts: list[int] | None = None
        self._holding: dict[tuple[str, frozenset[str]], frozenset[int]] = {}
        self._values: dict[str, tuple[dict[int, tuple[int, int]], list[int]]] = {}
        self._docs: dict[int, tuple[int, Doc]] = {}
        self._array: numpy.ndarray[Any, Any] | None = None
        self._lowercase: numpy.ndarray[Any, Any] | None = None

    def holding(self, attribute: str, words: frozenset[str]) -> frozenset[int]:
        """The numbers of the sentences with a token whose ``attribute`` (a key of `_WORD_ATTRIBUTES`) is one of
        ``words``."""
        found = self._holding.get((attribute, words))
        if found is None:
            where, numbers = self._by_value(attribute)
            found = frozenset(
                number
                for value in _string_ids(words)
                if (run := where.get(value)) is not None
                for number in numbers[run[0] : run[1]]
            )
            self._holding[attribute, words] = found
        return found

    def _by_value(self, attribute: str) -> tuple[dict[int, tuple[int, int]], list[int]]:
        """The sentence numbers of the tokens ordered by their value of ``attribute`` (a string id), and where
        each value's run lies in them: read once per Doc, where a search per word list went through the whole
        column each time."""
        if attribute not in self._values:
            if attribute == "LOWER":
                if self._lowercase is None:
                    self._lowercase = self.doc.to_array([LOWER])
                column = self._lowercase
            else:
                column = self._columns()[:, _ARRAY_ATTRIBUTES.index(_WORD_ATTRIBUTES[attribute])]
            values = numpy.ravel(column)  # to_array([LOWER]) has one column
            numbers = numpy.searchsorted(numpy.array(self._sentence_starts()), numpy.arange(len(values)), side="right")
            order = numpy.argsort(values, kind="stable")
            distinct, firsts = numpy.unique(values[order], return_index=True)
            # An empty Doc has no values and so no runs.
            lasts = [*firsts[1:].tolist(), len(values)] if len(values) else []
            where = dict(zip(distinct.tolist(), zip(firsts.tolist(), lasts, strict=True), strict=True))
            self._values[attribute] = (where, (numbers[order] - 1).tolist())
        return self._values[attribute]

    def sentence(self, number: int) -> tuple[int, Doc]:
        """(first token index, the sentence as a Doc with every token attribute of the whole Doc), made as
        ``Span.as_doc`` makes it but without its costs that grow with the whole Doc (its array, its entities) or
        serve no matcher (vectors)."""
        if number in self._docs:
            return self._docs[number]
        starts = self._sentence_starts()
        start = starts[number]
        end = starts[number + 1] if number + 1 < len(starts) else len(self.doc)
        array = self._columns()
        rows: Any = array[start:end].copy()
        heads = numpy.arange(len(rows)) + rows[:, _ARRAY_ATTRIBUTES.index(HEAD)].view(numpy.int64)
        if len(rows) == 0 or heads.min() < 0 or heads.max() >= len(rows):
            # A head outside the sentence: spaCy's own copy rewires it.
            span: Any = self.doc[start:end]  # spaCy's stub lacks as_doc's array arguments
            sentence: Doc = span.as_doc(array_head=_ARRAY_ATTRIBUTES, array=array)
        else:
            iob = _ARRAY_ATTRIBUTES.index(ENT_IOB)
            if rows[0, iob] == 1:  # an entity running in from the sentence before begins here
                rows[0, iob] = 3
            strings = self.doc.vocab.strings
            words = [strings[int(orth)] for orth in rows[:, _ARRAY_ATTRIBUTES.index(ORTH)]]
            spaces = [bool(space) for space in rows[:, _ARRAY_ATTRIBUTES.index(SPACY)]]
            sentence = Doc(self.doc.vocab, words=words, spaces=spaces).from_array(list(_ARRAY_ATTRIBUTES), rows)
        self._docs[number] = (start, sentence)
        return self._docs[number]

    def _sentence_starts(self) -> list[int]:
        if self._starts is None:
            self._starts = [sentence.start for sentence in self.doc.sents]
        return self._starts

    def _columns(self) -> numpy.ndarray[Any, Any]:
        if self._array is None:
            self._array = self.doc.to_array(list(_ARRAY_ATTRIBUTES))
        return self._array


@functools.lru_cache(maxsize=1024)
def _string_ids(words: frozenset[str]) -> tuple[int, ...]:
    return tuple(get_string_id(word) for word in words)


_ARRAY_ATTRIBUTES: tuple[int, ...] = tuple(Doc._get_array_attrs())
# The token attributes a pattern node may name words of that `_Sentences.holding` reads, as string ids.
_WORD_ATTRIBUTES = {"LEMMA": LEMMA, "LOWER": LOWER, "TAG": TAG, "DEP": DEP, "ORTH": ORTH}


@functools.lru_cache(maxsize=64)
def _compiled(vocab: Vocab, rule: Rule) -> _CompiledRule:
    return _CompiledRule(vocab, rule)


def _required_words(patterns: tuple[Pattern, ...]) -> tuple[tuple[tuple[str, frozenset[str]], ...], ...] | None:
    """For each pattern, the words its nodes name, as (attribute, words) (a match has a token of each); None
    when a pattern names none."""
    required: list[tuple[tuple[str, frozenset[str]], ...]] = []
    for pattern in patterns:
        named: list[tuple[str, frozenset[str]]] = []
        for node in pattern:
            for attribute, wanted in node.get("RIGHT_ATTRS", {}).items():
                if attribute not in _WORD_ATTRIBUTES:
                    continue
                if isinstance(wanted, str):
                    named.append((attribute, frozenset({wanted})))
                elif isinstance(wanted, dict) and isinstance(wanted.get("IN"), list):
                    named.append((attribute, frozenset(str(word) for word in wanted["IN"])))
        if not named:
            return None
        required.append(tuple(named))
    return tuple(required)


def _connected(pattern: list[Mapping[str, Any]]) -> bool:
    seen: set[str] = set()
    for number, node in enumerate(pattern):
        if number > 0 and node.get("LEFT_ID") not in seen:
            return False
        seen.add(str(node["RIGHT_ID"]))
    return True


# -- reading rule files


def _read_rule(path: Path, stage: str) -> Rule:
    data = read_mapping(path, "a rule")
    missing = sorted(REQUIRED_KEYS - data.keys())
    unknown = sorted(data.keys() - KNOWN_KEYS)
    if missing or unknown:
        raise RuleError(f"{path}: missing {missing or 'nothing'}, unknown {unknown or 'nothing'}")
    if ("patterns" in data) == ("function" in data):
        raise RuleError(f"{path}: give either patterns or a function")
    words = {str(k): [str(w) for w in v] for k, v in (data.get("words") or {}).items()}
    patterns = tuple(_pattern(p, words, stage, path) for p in data.get("patterns") or ())
    optional = {
        str(slot): tuple(_pattern(p, words, stage, path) for p in alternatives)
        for slot, alternatives in (data.get("optional") or {}).items()
    }
    rule = Rule(
        name=str(data["name"]),
        stage=stage,
        description=" ".join(str(data["description"]).split()),
        trigger=str(data["trigger"]),
        slots={str(slot): str(node) for slot, node in data["slots"].items()},
        patterns=patterns,
        optional=optional,
        function=str(data["function"]) if "function" in data else None,
        requires=tuple(str(r) for r in data.get("requires") or ()),
        positives=tuple(_example(e, path) for e in data["positives"]),
        negatives=tuple(str(n) for n in data["negatives"]),
        source=path,
        status=str(data["status"]) if data.get("status") is not None else None,
    )
    _check_nodes(rule)
    return rule


def _example(data: object, path: Path) -> Example:
    if not isinstance(data, dict) or "text" not in data or not isinstance(data.get("slots"), dict):
        raise RuleError(f"{path}: a positive example is a mapping with text and slots")
    return Example(str(data["text"]), {str(k): str(v) for k, v in data["slots"].items()})


def _pattern(data: object, words: Mapping[str, list[str]], stage: str, path: Path) -> Pattern:
    if not isinstance(data, list) or not all(isinstance(node, dict) and "RIGHT_ID" in node for node in data):
        raise RuleError(f"{path}: a pattern is a list of nodes, each with a RIGHT_ID")
    return tuple(with_word_lists(node, lambda name: _word_list(name, words, stage, path)) for node in data)


def _word_list(name: str, words: Mapping[str, list[str]], stage: str, path: Path) -> Iterable[str]:
    if name in words:
        return words[name]
    module = importlib.import_module(STAGE_LEXICONS[stage]) if stage in STAGE_LEXICONS else None
    found = getattr(module, name, None)
    if not isinstance(found, frozenset | set):
        raise RuleError(f"{path}: no word list {name!r} in the rule's words or the {stage} lexicon")
    return found


def _check_nodes(rule: Rule) -> None:
    names = {str(node["RIGHT_ID"]) for pattern in rule.patterns for node in pattern}
    names |= {str(node["RIGHT_ID"]) for alternatives in rule.optional.values() for p in alternatives for node in p}
    if rule.function is None:
        if not rule.patterns:
            raise RuleError(f"{rule.source}: no patterns")
        for pattern in rule.patterns:
            if rule.trigger not in {str(node["RIGHT_ID"]) for node in pattern}:
                raise RuleError(f"{rule.source}: a pattern has no trigger node {rule.trigger!r}")
        unknown = sorted(node for node in rule.slots.values() if node not in names)
        if unknown:
            raise RuleError(f"{rule.source}: slots name nodes no pattern has: {', '.join(unknown)}")
    if not rule.positives or not rule.negatives:
        raise RuleError(f"{rule.source}: a rule needs positive and negative examples")
