"""Cost per word against article length: parse and extract, from about 500 to 20,000 words.

Builds one article per size by repeating one block of about 500 words, paragraphs taken in turn from
the freely licensed Wikinews dev articles (tests/corpus/dev, CC BY 2.5), then times parse and extract
separately for each size in this one process. Each size runs several times, in rounds over all sizes,
and the fastest run counts, as the machine is shared and noisy. Prints per size the words, parse and
extract milliseconds per word, and extract ms/word as a ratio to its value at the smallest size: a flat
cost per word keeps that ratio near 1 (the target is at most about 1.3 at 20,000 words).

    python benchmarks/bench_length.py [--runs 5] [--sizes 500 1000 2000 5000 10000 20000]
"""

from __future__ import annotations

import argparse
import itertools
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


def unit(words: int) -> list[str]:
    """Paragraphs taken in turn from each source article (the first of each, then the second of each, ...)
    until they hold at least ``words`` words. Every size repeats this one block, so each has the same mix
    of names, quotations and statements per word and only the length differs."""
    articles = []
    for name in SOURCES:
        text = (DEV / name).read_text(encoding="utf-8")
        articles.append([p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()])
    chosen: list[str] = []
    count = 0
    for row in itertools.zip_longest(*articles):
        for paragraph in row:
            if paragraph is not None and count < words:
                chosen.append(paragraph)
                count += len(paragraph.split())
    return chosen


def article_text(words: int, block: list[str]) -> str:
    """``block`` repeated about often enough for ``words`` words."""
    block_words = sum(len(p.split()) for p in block)
    return "\n\n".join(block * max(1, round(words / block_words))) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5, help="runs per size; the fastest counts")
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    args = parser.parse_args()
    nlp = load_model()
    block = unit(SIZES[0])
    articles = [article_from_text(article_text(size, block), f"length-{size}") for size in args.sizes]
    warm_up = article_from_text(block[0], "warm-up")
    extract(parse(warm_up, nlp), warm_up)
    parse_best = [float("inf")] * len(articles)
    extract_best = [float("inf")] * len(articles)
    # Round by round over all sizes, so a busy spell of the machine slows every size, not one.
    for _ in range(args.runs):
        for n, article in enumerate(articles):
            started = time.perf_counter()
            doc = parse(article, nlp)
            parsed = time.perf_counter()
            extract(doc, article)
            done = time.perf_counter()
            parse_best[n] = min(parse_best[n], parsed - started)
            extract_best[n] = min(extract_best[n], done - parsed)
    print(f"{'words':>7} {'parse ms/word':>14} {'extract ms/word':>16} {'extract ratio':>14}")
    baseline: float | None = None
    for article, parse_seconds, extract_seconds in zip(articles, parse_best, extract_best, strict=True):
        words = len(article.text.split())
        parse_per_word = parse_seconds * 1000 / words
        extract_per_word = extract_seconds * 1000 / words
        if baseline is None:
            baseline = extract_per_word
        print(f"{words:>7} {parse_per_word:>14.3f} {extract_per_word:>16.3f} {extract_per_word / baseline:>14.2f}")


if __name__ == "__main__":
    main()
