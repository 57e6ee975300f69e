"""Read stage: metadata sidecars, headings, offsets, and every kind of bad input."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from kgingest.errors import InputError
from kgingest.model import ArticleMeta
from kgingest.read import find_headings, read_article, slug


def write(path: Path, data: str | bytes) -> Path:
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


def test_text_is_kept_exactly_and_key_comes_from_the_file_name(tmp_path: Path) -> None:
    text = "Tallinn Talks\n\nThe minister said on Friday that “talks” resumed.\r\nMore text.\n"
    article = read_article(write(tmp_path / "Baltic Talks_01.txt", text))
    assert article.text == text
    assert article.key == "baltic-talks_01"
    assert article.meta == ArticleMeta()


def test_byte_order_mark_is_dropped(tmp_path: Path) -> None:
    article = read_article(write(tmp_path / "a.txt", "\ufeffThe mayor spoke.".encode()))
    assert article.text == "The mayor spoke."


def test_json_sidecar_supplies_metadata_and_flag_overrides_it(tmp_path: Path) -> None:
    path = write(tmp_path / "story.txt", "The council met on Tuesday.")
    write(tmp_path / "story.meta.json", '{"title": "Council meets", "published": "2024-03-05", "publisher": "Daily"}')
    article = read_article(path)
    assert article.meta.title == "Council meets"
    assert article.meta.published == dt.date(2024, 3, 5)
    assert article.meta.publisher == "Daily"
    assert read_article(path, published=dt.date(2024, 3, 6)).meta.published == dt.date(2024, 3, 6)


def test_yaml_sidecar_is_read(tmp_path: Path) -> None:
    path = write(tmp_path / "story.txt", "The council met.")
    write(tmp_path / "story.meta.yaml", "published: 2023-01-31\nurl: https://example.org/story\n")
    article = read_article(path)
    assert article.meta.published == dt.date(2023, 1, 31)
    assert article.meta.url == "https://example.org/story"


def test_headings_are_short_lines_without_final_punctuation() -> None:
    text = (
        "Storm Hits Coast\nWinds reached 150 km/h on Sunday.\n'Worst in decades'\n"
        '"We lost everything."\nMonday, June 3, 2024\n'
    )
    headings = [h.text for h in find_headings(text)]
    assert headings == ["Storm Hits Coast", "'Worst in decades'", "Monday, June 3, 2024"]
    for heading in find_headings(text):
        assert text[heading.begin : heading.end] == heading.text


def test_slug_is_iri_safe() -> None:
    assert slug("Ärger über Straße / 2024!") == "rger-ber-stra-e-2024"
    assert slug("   ") == "x"


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("empty.txt", "", "is empty"),
        ("blank.txt", "  \n\t \n", "is empty"),
        ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary"),
        ("latin1.txt", "Caf\xe9 owners protested.".encode("latin-1"), "not UTF-8"),
    ],
)
def test_bad_text_raises_one_clear_input_error(tmp_path: Path, name: str, content: str | bytes, problem: str) -> None:
    path = write(tmp_path / name, content)
    with pytest.raises(InputError) as caught:
        read_article(path)
    message = str(caught.value)
    assert message.startswith(str(path))
    assert problem in message
    assert "\n" not in message


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_article(tmp_path / "nope.txt")


@pytest.mark.parametrize(
    ("sidecar", "content", "problem"),
    [
        ("a.meta.json", "{not json", "not valid JSON"),
        ("a.meta.yaml", "title: [unclosed", "not valid YAML"),
        ("a.meta.json", '["a list"]', "must hold a mapping"),
        ("a.meta.json", '{"author": "x"}', "unknown metadata field"),
        ("a.meta.json", '{"published": "last Tuesday"}', "not a date"),
        ("a.meta.yaml", "published: 2024-13-45\n", "not a date"),
    ],
)
def test_malformed_sidecar_names_the_sidecar(tmp_path: Path, sidecar: str, content: str, problem: str) -> None:
    path = write(tmp_path / "a.txt", "The council met.")
    write(tmp_path / sidecar, content)
    with pytest.raises(InputError) as caught:
        read_article(path)
    assert str(caught.value).startswith(str(tmp_path / sidecar))
    assert problem in str(caught.value)
