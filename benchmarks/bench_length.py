"""Cost per word against article length: parse and extract, from about 500 to 20,000 words.

Builds one article per size by repeating the paragraphs of the freely licensed Wikinews dev articles
(tests/corpus/dev, CC BY 2.5) until it holds at least that many words, then times parse and extract
separately for each size in this one process. Each size runs several times and the fastest run counts,
as the machine is shared and noisy. Prints per size the words, parse and extract milliseconds per word,
and extract ms/word as a ratio to its value at the smallest size: a flat cost per word keeps that ratio
near 1 (the target is at most about 1.3 at 20,000 words).

    python benchmarks/bench_length.py [--runs 3] [--sizes 500 1000 2000 5000 10000 20000]
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

from kgingest.extract import extract
from kgingest.parse import load_model, parse
from kgingest.read import article_from_text

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "tests" / "corpus" / "dev"
# Only the Wikinews texts: their license (CC BY 2.5) is stated in tests/corpus/dev/SOURCES.md.
SOURCES = (
    "02-wikinews-north-korea-quasi-state-of-war.txt",
    "10-uk-asylum-questionnaire-sunak-braverman.txt",
    "16-us-auto-bailout-fails-in-senate.txt",
)
SIZES = (500, 1_000, 2_000, 5_000, 10_000, 20_000)


def paragraphs() -> list[str]:
    found = []
    for name in SOURCES:
        text = (DEV / name).read_text(encoding="utf-8")
        found.extend(p.strip() for p in re.split(r"\n\s*\n", text) if p.strip())
    return found


def article_text(words: int, source: list[str]) -> str:
    """Paragraphs of ``source`` in turn, repeated, until the text holds at least ``words`` words."""
    chosen: list[str] = []
    count = 0
    while count < words:
        paragraph = source[len(chosen) % len(source)]
        chosen.append(paragraph)
        count += len(paragraph.split())
    return "\n\n".join(chosen) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3, help="runs per size; the fastest counts")
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    args = parser.parse_args()
    nlp = load_model()
    source = paragraphs()
    extract(parse(article_from_text(source[0], "warm-up"), nlp), article_from_text(source[0], "warm-up"))
    print(f"{'words':>7} {'parse ms/word':>14} {'extract ms/word':>16} {'extract ratio':>14}")
    baseline: float | None = None
    for size in args.sizes:
        text = article_text(size, source)
        words = len(text.split())
        article = article_from_text(text, f"length-{size}")
        parse_best = extract_best = float("inf")
        for _ in range(args.runs):
            started = time.perf_counter()
            doc = parse(article, nlp)
            parsed = time.perf_counter()
            extract(doc, article)
            done = time.perf_counter()
            parse_best = min(parse_best, parsed - started)
            extract_best = min(extract_best, done - parsed)
        parse_per_word = parse_best * 1000 / words
        extract_per_word = extract_best * 1000 / words
        if baseline is None:
            baseline = extract_per_word
        print(f"{words:>7} {parse_per_word:>14.3f} {extract_per_word:>16.3f} {extract_per_word / baseline:>14.2f}")


if __name__ == "__main__":
    main()
