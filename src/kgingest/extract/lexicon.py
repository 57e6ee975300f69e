"""The one reporting lexicon: general English words for saying and for who says, as data.

The one lexicon loader is here too: every lexicon file ``extract/lexicons/<name>.yaml`` maps each list's
name to a list of words (a set, or a sequence where order matters) or to a mapping from a word to a value
or to a list of words, with a comment above each list; `word_set`, `word_sequence`, `word_mapping` and
`word_lists` read them. The reporting words live in ``lexicons/reporting.yaml``. Reporting verbs are keyed
by lemma; each belongs to one `Frame` that says where its content is. Every stage that needs reporting verbs
reads them here: `VERB_FRAMES`/`verb_frame` for statements, `FUTURE_REPORTING_VERBS` for deployments,
`SPEECH_VERB_FORMS`/`ATTRIBUTION_VERB_FORMS` (inflected forms, for regular expressions) for actors. Nothing
here comes from any one article.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from enum import Enum
from pathlib import Path
from typing import Any

import yaml

from kgingest.errors import RuleError

LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"


class _UniqueKeyLoader(yaml.SafeLoader):
    """YAML's safe loader, refusing a key given twice in one mapping: YAML lets the second silently replace the
    first, which once dropped a word from a list another rule still relied on."""


def _mapping_with_unique_keys(loader: _UniqueKeyLoader, node: yaml.MappingNode, deep: bool = False) -> Any:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise yaml.constructor.ConstructorError(None, None, f"{key!r} is given twice", key_node.start_mark)
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


_UniqueKeyLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_with_unique_keys)


def read_mapping(path: Path, what: str) -> dict[str, Any]:
    """A YAML data file that holds one mapping (a lexicon, a rule, the entity patterns), or a RuleError naming
    the file (a key given twice in one mapping is an error too)."""
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_UniqueKeyLoader)  # a SafeLoader
    except (OSError, yaml.YAMLError) as error:
        raise RuleError(f"{path}: cannot read {what}: {error}") from error
    if not isinstance(data, dict):
        raise RuleError(f"{path}: {what} holds one mapping")
    return data


def with_word_lists(value: Any, word_list: Callable[[str], Iterable[str]]) -> Any:
    """A pattern with every "$NAME" replaced by ``word_list(NAME)``, sorted so a matcher is built the same way."""
    if isinstance(value, dict):
        return {key: with_word_lists(item, word_list) for key, item in value.items()}
    if isinstance(value, list):
        return [with_word_lists(item, word_list) for item in value]
    if isinstance(value, str) and value.startswith("$"):
        return sorted(word_list(value[1:]))
    return value


@functools.cache
def _lexicon(name: str) -> dict[str, Any]:
    return read_mapping(LEXICON_DIR / f"{name}.yaml", "a lexicon (list names to lists or mappings)")


def _entry(name: str, key: str) -> Any:
    data = _lexicon(name)
    if key not in data:
        raise RuleError(f"{LEXICON_DIR / name}.yaml: no list named {key!r}")
    return data[key]


def _strings(name: str, key: str) -> list[str]:
    value = _entry(name, key)
    if not isinstance(value, list) or not all(isinstance(word, str) for word in value):
        raise RuleError(f"{LEXICON_DIR / name}.yaml: {key!r} is not a list of words")
    return value


def word_set(name: str, key: str) -> frozenset[str]:
    """The words of list ``key`` in lexicon ``name``, as a set."""
    return frozenset(_strings(name, key))


def word_sequence(name: str, key: str) -> tuple[str, ...]:
    """The words of list ``key`` in lexicon ``name``, in the file's order."""
    return tuple(_strings(name, key))


def word_mapping(name: str, key: str) -> dict[str, str]:
    """The word-to-value mapping ``key`` of lexicon ``name``, in the file's order."""
    value = _entry(name, key)
    if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        raise RuleError(f"{LEXICON_DIR / name}.yaml: {key!r} is not a mapping of words to words")
    return dict(value)


def word_lists(name: str, key: str) -> dict[str, tuple[str, ...]]:
    """The mapping ``key`` of lexicon ``name`` from a word to a list of words, in the file's order."""
    value = _entry(name, key)
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, list) and all(isinstance(w, str) for w in v) for k, v in value.items()
    ):
        raise RuleError(f"{LEXICON_DIR / name}.yaml: {key!r} is not a mapping of words to lists of words")
    return {k: tuple(v) for k, v in value.items()}


@functools.cache
def ship_prefixes() -> dict[str, tuple[str, ...]]:
    """Prefixes of ships' names ("HMS", "USS") and the states (alpha-2) whose ships carry them; a civilian
    prefix ("MV") has none. Shared by actors (a prefixed name is a vessel) and deployments (whose warship)."""
    value = _entry("ships", "ship_prefixes")
    if not isinstance(value, dict) or not all(
        isinstance(states, list) and all(isinstance(code, str) for code in states) for states in value.values()
    ):
        raise RuleError(f"{LEXICON_DIR}/ships.yaml: 'ship_prefixes' maps each prefix to a list of states")
    return {prefix: tuple(states) for prefix, states in value.items()}


def vessel_name_prefixes() -> frozenset[str]:
    """Ship prefixes that make a name a vessel wherever it stands: those whose letters do not also often open
    other names (those need a ship noun before them: "the frigate ARC X")."""
    return frozenset(ship_prefixes()) - word_set("ships", "prefixes_also_opening_other_names")


def _reporting(key: str) -> frozenset[str]:
    return word_set("reporting", key)


class Frame(str, Enum):
    """Where a reporting verb carries what was said."""

    CLAUSE = "clause"  # a that-clause, a quotation, or a to-infinitive: "said (that) ...", "pledged to ..."
    OBJECT = "object"  # also a plain object or a prepositional complement: "condemned the attack as ..."
    QUOTE = "quote"  # only a quotation (or a clause directly after the verb): "she continued: '...'"


ADDRESSEE_VERBS = _reporting("ADDRESSEE_VERBS")
MESSAGE_RECIPIENT_VERBS = _reporting("MESSAGE_RECIPIENT_VERBS")
ADDING_VERBS = _reporting("ADDING_VERBS")
MEDIA_WORDS = _reporting("MEDIA_WORDS")
SPEAKING_VERBS = _reporting("SPEAKING_VERBS")
CHANNEL_VERBS = _reporting("CHANNEL_VERBS")
REFERRING_NOUNS = _reporting("REFERRING_NOUNS")
RULING_VERBS = _reporting("RULING_VERBS")
FINDING_VERBS = _reporting("FINDING_VERBS")
EVIDENCE_VERBS = _reporting("EVIDENCE_VERBS")
NAMING_VERBS = _reporting("NAMING_VERBS")
NOT_NAMES = _reporting("NOT_NAMES")
REFUSAL_HEADS = _reporting("REFUSAL_HEADS")
CONTENT_PREPOSITIONS = _reporting("CONTENT_PREPOSITIONS")
CLAUSE_PREPOSITIONS = _reporting("CLAUSE_PREPOSITIONS")
DOCUMENT_NOUNS = _reporting("DOCUMENT_NOUNS")
ORGANIZATION_NOUNS = _reporting("ORGANIZATION_NOUNS")
COMPANY_NOUNS = _reporting("COMPANY_NOUNS")
PERSON_NOUNS = _reporting("PERSON_NOUNS")
COLLECTIVE_NOUNS = _reporting("COLLECTIVE_NOUNS")
PERSON_PRONOUNS = _reporting("PERSON_PRONOUNS")
THING_PRONOUNS = _reporting("THING_PRONOUNS")
PLURAL_PRONOUNS = _reporting("PLURAL_PRONOUNS")
LIST_INTRODUCERS = _reporting("LIST_INTRODUCERS")
PARTICIPLE_PREPOSITIONS = _reporting("PARTICIPLE_PREPOSITIONS")
RELATIVE_DAYS = _reporting("RELATIVE_DAYS")
SPEAKING_DAYS = _reporting("SPEAKING_DAYS")
OTHER_OCCASION_ADVERBS = _reporting("OTHER_OCCASION_ADVERBS")
DYING_VERBS = _reporting("DYING_VERBS")
OCCASION_PREPOSITIONS = _reporting("OCCASION_PREPOSITIONS")
OCCASION_NOUNS = _reporting("OCCASION_NOUNS")
PUBLISHING_VERBS = _reporting("PUBLISHING_VERBS")
RELEASING_VERBS = PUBLISHING_VERBS | _reporting("RELEASING_VERBS")
RELEASED_STATEMENTS = _reporting("RELEASED_STATEMENTS")
PARTITIVE_NOUNS = _reporting("PARTITIVE_NOUNS")
COUNTING_PARTITIVES = _reporting("COUNTING_PARTITIVES")
TOPIC_OF_VERBS = _reporting("TOPIC_OF_VERBS")
NOMINAL_CUES = _reporting("NOMINAL_CUES")
UNSPECIFIED_PEOPLE = _reporting("UNSPECIFIED_PEOPLE")
GROUP_QUANTIFIERS = _reporting("GROUP_QUANTIFIERS")
AGENT_SUFFIXES = word_sequence("reporting", "AGENT_SUFFIXES")
# Reporting verbs after which "would" is the future of the report, not a hypothesis ("said it would send").
FUTURE_REPORTING_VERBS = _reporting("FUTURE_REPORTING_VERBS")
# Inflected forms, in file order, for regular expressions: "(?:said|says|told|added)".
SPEECH_VERB_FORMS = word_sequence("reporting", "SPEECH_VERB_FORMS")
ATTRIBUTION_VERB_FORMS = word_sequence("reporting", "ATTRIBUTION_VERB_FORMS")


def _phrasal_cues() -> dict[str, frozenset[str]]:
    """ "call for", "point out": lemma -> the particles or prepositions that make it a reporting verb."""
    cues: dict[str, set[str]] = {}
    for phrase in word_sequence("reporting", "PHRASAL_CUES"):
        lemma, particle = phrase.split()
        cues.setdefault(lemma, set()).add(particle)
    return {lemma: frozenset(particles) for lemma, particles in cues.items()}


PHRASAL_CUES: dict[str, frozenset[str]] = _phrasal_cues()


def _verb_frames() -> dict[str, Frame]:
    frames: dict[str, Frame] = {}
    for lemma in _reporting("CLAUSE_VERBS"):
        frames[lemma] = Frame.CLAUSE
    for lemma in _reporting("OBJECT_VERBS"):
        frames[lemma] = Frame.OBJECT  # an object verb also takes a clause
    for lemma in _reporting("QUOTE_ONLY_VERBS"):
        frames.setdefault(lemma, Frame.QUOTE)
    for lemma in CHANNEL_VERBS:
        frames.setdefault(lemma, Frame.OBJECT)
    return frames


VERB_FRAMES: dict[str, Frame] = _verb_frames()


def verb_frame(lemma: str) -> Frame | None:
    """The frame of a reporting verb, or None when ``lemma`` is not one."""
    return VERB_FRAMES.get(lemma.lower())
