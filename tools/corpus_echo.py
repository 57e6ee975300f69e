"""Lines added since a git revision that echo a corpus text: a pre-merge check for "no corpus text in the project".

    python tools/corpus_echo.py BASE CORPUS_DIR [CORPUS_DIR ...] [--words 5] [--share 0.5]

Reads the ``*.txt`` files of the corpus folders given (never a fixed path: the corpora live outside the project)
and the lines that ``git diff BASE`` adds under src/, tests/ (gold files excepted), benchmarks/ and README.md.
It prints each added line that shares a run of ``--words`` words with a corpus text, and each added sentence
whose content words are mostly (``--share``) those of one corpus sentence: an example written over a corpus
sentence with the names swapped. Exit status 1 when it prints anything, so it can gate a merge.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

FUNCTION_WORDS = frozenset(
    [
        "the",
        "a",
        "an",
        "of",
        "to",
        "in",
        "on",
        "and",
        "or",
        "for",
        "with",
        "by",
        "at",
        "from",
        "that",
        "this",
        "is",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "it",
        "its",
        "as",
        "said",
        "says",
        "say",
        "he",
        "she",
        "they",
        "his",
        "her",
        "their",
        "not",
        "but",
        "will",
        "would",
        "who",
        "which",
    ]
)
DIFF_PATHS = ("src", "tests", "benchmarks", "README.md", ":!tests/corpus")


@dataclass(frozen=True)
class Echo:
    added: str
    source: str
    corpus_text: str
    kind: str  # "run" (shared words in a row) or "shape" (mostly the same content words)


def words(text: str) -> list[str]:
    return [w.lower().strip(",.") for w in re.findall(r"[A-Za-z0-9'’,.-]+", text)]


def content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z']+", text.lower()) if w not in FUNCTION_WORDS and len(w) > 2}


def sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?\"”])\s+", text) if s.strip()]


def find_echoes(added: Iterable[str], corpus: dict[str, str], run: int = 5, share: float = 0.5) -> list[Echo]:
    """Added lines sharing ``run`` words in a row with a corpus text, or most content words with one sentence."""
    runs: dict[str, tuple[str, str]] = {}
    by_word: dict[str, set[int]] = defaultdict(set)
    corpus_sentences: list[tuple[str, str, set[str]]] = []
    for name, text in sorted(corpus.items()):
        tokens = words(text)
        for i in range(len(tokens) - run + 1):
            runs.setdefault(" ".join(tokens[i : i + run]), (name, text))
        for sentence in sentences(text):
            found = content_words(sentence)
            if len(found) >= 4:
                for word in found:
                    by_word[word].add(len(corpus_sentences))
                corpus_sentences.append((name, sentence, found))
    echoes = []
    for line in added:
        tokens = words(line)
        hit = next((g for i in range(len(tokens) - run + 1) if (g := " ".join(tokens[i : i + run])) in runs), None)
        if hit is not None:
            echoes.append(Echo(line.strip(), runs[hit][0], hit, "run"))
            continue
        mine = content_words(line)
        if len(mine) < 4:
            continue
        counts: dict[int, int] = defaultdict(int)
        for word in mine:
            for index in by_word.get(word, ()):
                counts[index] += 1
        best = max(counts.items(), key=lambda item: item[1], default=None)
        if best is not None and best[1] >= 4 and best[1] / len(mine) >= share:
            name, sentence, _ = corpus_sentences[best[0]]
            echoes.append(Echo(line.strip(), name, sentence, "shape"))
    return echoes


def added_lines(base: str) -> list[str]:
    diff = subprocess.run(["git", "diff", base, "--", *DIFF_PATHS], capture_output=True, text=True, check=True)
    return [line[1:] for line in diff.stdout.splitlines() if line.startswith("+") and not line.startswith("+++")]


def is_name_list(text: str) -> bool:
    """A list of article names, one a line (comments allowed), such as a check set's list: no text to echo."""
    lines = [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    return bool(lines) and all(len(line.split()) == 1 for line in lines)


def read_corpus(folders: Sequence[Path]) -> dict[str, str]:
    texts = {
        f"{path.parent.name}/{path.name}": path.read_text(encoding="utf-8", errors="replace")
        for folder in folders
        for path in sorted(folder.glob("*.txt"))
    }
    return {name: text for name, text in texts.items() if not is_name_list(text)}


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base", help="git revision the change is measured from")
    parser.add_argument("corpora", nargs="+", type=Path, help="folders of corpus .txt files")
    parser.add_argument("--words", type=int, default=5, help="length of a shared run of words (default 5)")
    parser.add_argument("--share", type=float, default=0.5, help="share of content words (default 0.5)")
    args = parser.parse_args(argv)
    echoes = find_echoes(added_lines(args.base), read_corpus(args.corpora), args.words, args.share)
    for echo in echoes:
        print(f"{echo.kind} {echo.source}\n  added:  {echo.added[:160]}\n  corpus: {echo.corpus_text[:160]}")
    return 1 if echoes else 0


if __name__ == "__main__":
    sys.exit(main())
