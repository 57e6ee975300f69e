"""The shared document services (datelines) and the lexicon data files every stage reads."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from kgingest.errors import RuleError
from kgingest.extract import lexicon
from kgingest.extract.document import dateline_at, find_datelines, in_dateline, lead_dateline
from kgingest.parse import load_model


def test_a_wire_dateline_gives_its_city_and_agency() -> None:
    text = "Talks resume\nOSLO, March 3 (Newswire) - Negotiators met again on Monday."
    [dateline] = find_datelines(text)
    assert text[slice(*dateline.city)] == "OSLO"
    assert dateline.agency is not None and text[slice(*dateline.agency)] == "Newswire"
    assert text[dateline.begin : dateline.end] == "OSLO, March 3 (Newswire) -"


def test_a_dateline_needs_the_start_of_a_line_and_a_dash() -> None:
    assert find_datelines("He flew to OSLO - and back.") == []
    assert find_datelines("OSLO is cold in March.") == []
    [bare] = find_datelines("LIMA — The council voted.")
    assert bare.agency is None


def test_a_dateline_may_name_a_region_and_use_a_double_dash() -> None:
    text = "SPRINGFIELD, Ore., May 4 (Wire Service) -- Voters lined up.\nLAKE CITY, N.M. — Rain fell."
    first, second = find_datelines(text)
    assert text[slice(*first.city)] == "SPRINGFIELD"
    assert first.agency is not None and text[slice(*first.agency)] == "Wire Service"
    assert text[first.begin : first.end] == "SPRINGFIELD, Ore., May 4 (Wire Service) --"
    assert text[slice(*second.city)] == "LAKE CITY"


def test_a_hyphenated_word_or_a_label_glued_to_a_dash_is_no_dateline() -> None:
    assert find_datelines("UN-backed talks resumed.") == []
    assert find_datelines('NEW IN TOWN—"A bakery opens," by our critic.') == []
    assert find_datelines("A NOTE\n- the list goes on") == []


def test_the_lead_dateline_opens_one_of_the_first_paragraphs_outside_headings() -> None:
    text = "Headline here\nOSLO (Newswire) - Talks went on.\nBERGEN - Not this one."
    starts = [0, text.index("OSLO"), text.index("BERGEN")]
    lead = lead_dateline(text, starts, lambda begin: False)
    assert lead is not None and text[slice(*lead.city)] == "OSLO"
    skipped = lead_dateline(text, starts, lambda begin: begin == starts[1])
    assert skipped is not None and text[slice(*skipped.city)] == "BERGEN"
    assert dateline_at(text, text.index("Talks")) is None


def test_a_dateline_further_down_is_no_lead_dateline() -> None:
    text = "One\nTwo\nThree\nOSLO - Late news."
    starts = [0, 4, 8, 14]
    assert lead_dateline(text, starts, lambda begin: False) is None


def test_tokens_of_a_dateline_are_not_part_of_the_sentence() -> None:
    doc = load_model()("OSLO, March 3 (Newswire) - Negotiators met again on Monday.")
    assert in_dateline(doc[0])
    assert not any(in_dateline(t) for t in doc if t.text == "Negotiators")


def test_every_lexicon_list_is_words_or_a_mapping_of_words() -> None:
    for path in sorted(lexicon.LEXICON_DIR.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert isinstance(data, dict) and data, path
        for key, value in data.items():
            if isinstance(value, list):
                # YAML would read an unquoted "on" or "no" as a boolean: every word is a string.
                assert all(isinstance(w, str) and w for w in value), (path.name, key)
            else:
                assert isinstance(value, dict), (path.name, key)


def test_ship_prefixes_are_listed_once_with_their_states() -> None:
    prefixes = lexicon.ship_prefixes()
    assert prefixes["HMS"] == ("GB",)
    assert prefixes["MV"] == ()
    vessel = lexicon.vessel_name_prefixes()
    assert "USS" in vessel
    # Letters that also open companies' names need a ship noun before them.
    assert "BAE" in prefixes and "BAE" not in vessel


def test_a_missing_list_is_a_rule_error_naming_the_file(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / "broken.yaml").write_text("- not a mapping\n", encoding="utf-8")
    monkeypatch.setattr(lexicon, "LEXICON_DIR", tmp_path)
    with pytest.raises(RuleError, match=r"broken\.yaml"):
        lexicon.word_set("broken", "words")
    with pytest.raises(RuleError, match=r"missing\.yaml"):
        lexicon.word_set("missing", "words")
