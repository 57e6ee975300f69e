"""Word lists kept as data: one YAML format for every lexicon, read by one loader.

A lexicon file ``extract/lexicons/<name>.yaml`` maps each list's name to either a
list of words (a set, or an ordered sequence where order matters) or a mapping
from a word to a value (a place noun to its place type, a ship prefix to the
states whose ships carry it). A comment above each list says what it is for.
Every word is general English or a general convention; none comes from any one
article.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import yaml

from kgingest.errors import RuleError

LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"


@functools.cache
def _lexicon(name: str) -> dict[str, Any]:
    path = LEXICON_DIR / f"{name}.yaml"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise RuleError(f"{path}: cannot read lexicon: {error}") from error
    if not isinstance(data, dict):
        raise RuleError(f"{path}: a lexicon maps list names to lists or mappings")
    return data


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
