"""Lint and type checks run with the tests, so CI holds the code to them."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    "command",
    [["ruff", "check", "src", "tests", "benchmarks", "tools"], ["mypy"]],
    ids=["ruff", "mypy"],
)
def test_code_is_clean(command: list[str]) -> None:
    result = subprocess.run([sys.executable, "-m", *command], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stdout + result.stderr


# The extraction rules stay in pieces a reader can hold: a class that grows past this is several decisions.
LONGEST_CLASS = 300
LONGEST_FUNCTION = 60


def oversized(source: str) -> list[str]:
    """Classes and functions in ``source`` longer than their limit, as "name (N lines)"."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            limit = LONGEST_CLASS if isinstance(node, ast.ClassDef) else LONGEST_FUNCTION
            length = (node.end_lineno or node.lineno) - node.lineno + 1
            if length > limit:
                found.append(f"{node.name} ({length} lines)")
    return found


def test_no_extraction_class_or_function_is_oversized() -> None:
    extract = ROOT / "src" / "kgingest" / "extract"
    found = {
        str(path.relative_to(ROOT)): too_long
        for path in sorted(extract.rglob("*.py"))
        if (too_long := oversized(path.read_text(encoding="utf-8")))
    }
    assert found == {}


def test_the_size_check_finds_what_is_oversized() -> None:
    body = "    x = 1\n"
    assert oversized("def short():\n" + body * (LONGEST_FUNCTION - 1)) == []
    assert oversized("def long():\n" + body * LONGEST_FUNCTION) == [f"long ({LONGEST_FUNCTION + 1} lines)"]


# spaCy makes a new Token object at each access, so `token.head is token` never holds: tokens compare by `.i`.
# A head compared by identity hung a run once (a walk to the root that never saw it).
_TOKEN_IDENTITY = re.compile(
    r"\.head\s+is\s"  # "verb.head is verb"
    r"|\bis\s+(?:not\s+)?\w+\.head\b"  # "x is not y.head"
    r"|\b(?:current|token)\s+is\s+(?:not\s+)?token\b"  # "current is not token"
)


def token_identity_lines(source: str) -> list[str]:
    """Lines of ``source`` that compare spaCy tokens by identity."""
    return [line.strip() for line in source.splitlines() if _TOKEN_IDENTITY.search(line)]


def test_regression_no_extraction_code_compares_tokens_by_identity() -> None:
    extract = ROOT / "src" / "kgingest" / "extract"
    found = {
        str(path.relative_to(ROOT)): lines
        for path in sorted(extract.rglob("*.py"))
        if (lines := token_identity_lines(path.read_text(encoding="utf-8")))
    }
    assert found == {}


def test_the_token_identity_check_finds_identity_and_passes_indexes() -> None:
    assert token_identity_lines("if verb.head is verb:\n    pass\nif current is not token:\n")
    assert not token_identity_lines("if verb.head.i == verb.i and head is None and draft.cue is cue:\n")


def test_corpus_echo_finds_examples_written_over_a_corpus_sentence_and_passes_our_own() -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        from corpus_echo import find_echoes
    finally:
        sys.path.pop(0)
    corpus = {"set/a.txt": "The harbour council voted on Monday to close the northern pier for repairs until spring."}
    copied = 'text = "The harbour council voted on Monday to close the pier."'
    renamed = (
        'text = "Harbour council members voted Friday that the northern pier stays shut, with repairs until June."'
    )
    own = 'text = "Ana Ruiz said the budget would pass before the vote."'
    echoes = find_echoes([copied, renamed, own], corpus)
    assert [(echo.added, echo.kind) for echo in echoes] == [(copied, "run"), (renamed, "shape")]


def test_corpus_echo_skips_lists_of_article_names(tmp_path: Path) -> None:
    """Bug: a check set's list of article names, read as corpus text, matched every added code line."""
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        from corpus_echo import read_corpus
    finally:
        sys.path.pop(0)
    (tmp_path / "names.txt").write_text("# check set\nwire_2016-01-04_the-harbour-vote\nwire_2016-01-05_a-pier\n")
    (tmp_path / "story.txt").write_text("The harbour council voted on Monday.\n")
    assert list(read_corpus([tmp_path])) == [f"{tmp_path.name}/story.txt"]
