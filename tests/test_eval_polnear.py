"""Scoring statements against PolNeAR-style BRAT attributions, on small articles written for these tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph

from kgingest.cli import cli
from kgingest.errors import InputError
from kgingest.eval import ArticleSelection, read_names_file, read_text, stratified_sample
from kgingest.eval_polnear import (
    Attribution,
    ExtractedStatement,
    PolnearReport,
    cue_right,
    evaluate_polnear,
    format_polnear_report,
    is_polnear_folder,
    is_speech_cue,
    match_by_overlap,
    read_brat,
    speaker_right,
)
from kgingest.parse import load_model
from kgingest.pipeline import build_graph, run_info
from kgingest.read import read_article

FIXTURES = Path(__file__).parent / "fixtures" / "polnear"
CORPUS = Path(__file__).parent / "corpus"


def _attributions(name: str) -> list[Attribution]:
    text = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")
    return read_brat(FIXTURES / f"{name}.ann", text)


# ---------------------------------------------------------------- reading BRAT


def test_brat_reads_every_attribution_with_texts_from_the_article() -> None:
    attributions = _attributions("alpha")
    assert [a.key for a in attributions] == ["E1", "E2", "E3", "E4", "E5", "E6"]
    first = attributions[0]
    assert (first.cue, first.source) == ("said", "Mayor Lena Ortiz")
    text = (FIXTURES / "alpha.txt").read_text(encoding="utf-8")
    assert text[first.content[0][0] : first.content[0][1]] == "The boats will run every hour from May,"


def test_brat_joins_a_second_content_role_into_one_discontinuous_content() -> None:
    quote = _attributions("alpha")[4]  # "Content:T16 ... Content2:T19": the quote is split by "Ortiz said"
    text = (FIXTURES / "alpha.txt").read_text(encoding="utf-8")
    assert [text[b:e] for b, e in quote.content] == ["We waited years,", "and now it is done."]


def test_brat_reads_a_discontinuous_span_whose_text_runs_over_a_line_break() -> None:
    asked = _attributions("beta")[1]
    text = (FIXTURES / "beta.txt").read_text(encoding="utf-8")
    assert [text[b:e] for b, e in asked.content] == ["for longer hours", "for"]


def test_attribution_without_source_and_empty_event_are_read() -> None:
    assert _attributions("alpha")[3].source is None  # "It was reported that ..."
    empty = _attributions("beta")[2]  # an E line with only its trigger
    assert (empty.content, empty.cue, empty.source, empty.speech) == ((), "", None, False)


def test_brat_reference_to_an_undefined_span_is_an_input_error(tmp_path: Path) -> None:
    ann = tmp_path / "x.ann"
    ann.write_text("T1\tCue 0 4\tsaid\nE1\tAttribution:T1 Cue:T1 Content:T9\n", encoding="utf-8")
    with pytest.raises(InputError, match="T9"):
        read_brat(ann, "said it")


def test_brat_span_outside_the_text_is_an_input_error(tmp_path: Path) -> None:
    ann = tmp_path / "x.ann"
    ann.write_text("T1\tCue 0 40\tsaid\n", encoding="utf-8")
    with pytest.raises(InputError, match="outside the text"):
        read_brat(ann, "short text")


# ---------------------------------------------------------------- speech or other


@pytest.mark.parametrize(
    "cue",
    [
        "said",
        "says",
        "told reporters",
        "according to",
        "pointed out",
        "in a statement",
        "criticised",
        "denied",
        "admitted",
        "was quoted as saying",
        "tweeted",
        "replies",
        "wrote",
        "has spoken",
    ],
)
def test_cues_of_saying_or_writing_are_speech(cue: str) -> None:
    assert is_speech_cue(cue)


@pytest.mark.parametrize("cue", ["believe", "wants", "hopes", "expected", "thinks", "fear", "supported", "", "it"])
def test_cues_of_belief_wish_or_plan_are_other(cue: str) -> None:
    assert not is_speech_cue(cue)


def test_fixture_attributions_split_into_speech_and_other() -> None:
    speech = [a.speech for a in _attributions("alpha")]
    assert speech == [True, True, False, True, True, True]  # "believe" is a belief, not speech


# ---------------------------------------------------------------- matching


def _statement(
    begin: int, end: int, speakers: tuple[str, ...] = ("X",), cues: tuple[str, ...] = ("said",)
) -> ExtractedStatement:
    return ExtractedStatement(f"s{begin}-{end}", ((begin, end),), list(speakers), list(cues))


def _attribution(
    key: str, spans: tuple[tuple[int, int], ...], cue: str = "said", source: str | None = "X"
) -> Attribution:
    return Attribution(key, spans, cue, source)


def test_overlap_of_half_the_shorter_span_matches_and_less_does_not() -> None:
    gold = [_attribution("E1", ((100, 120),))]  # 20 characters
    assert match_by_overlap([_statement(110, 200)], gold) == {0: 0}  # 10 of the shorter 20
    assert match_by_overlap([_statement(111, 200)], gold) == {}  # 9 of 20


def test_overlap_counts_the_characters_of_every_piece_of_a_discontinuous_content() -> None:
    gold = [_attribution("E1", ((0, 10), (50, 60)))]  # 20 characters in two pieces
    assert match_by_overlap([_statement(5, 55)], gold) == {0: 0}  # 5 + 5 of 20
    assert match_by_overlap([_statement(6, 55)], gold) == {}  # 4 + 5 of 20


def test_matching_is_one_to_one_largest_overlap_first() -> None:
    gold = [_attribution("E1", ((0, 40),)), _attribution("E2", ((40, 80),))]
    statements = [_statement(0, 30), _statement(10, 60), _statement(30, 80)]
    # Overlaps: 30-80/E2 40, then 0-30/E1 30 and 10-60/E1 30 (a tie, text order), then 10-60/E2 20:
    # 10-60 fits both attributions but finds them taken.
    assert match_by_overlap(statements, gold) == {2: 1, 0: 0}


def test_on_equal_overlap_a_speech_attribution_is_preferred() -> None:
    gold = [_attribution("E1", ((0, 20),), cue="believes"), _attribution("E2", ((0, 20),), cue="said")]
    assert match_by_overlap([_statement(0, 20)], gold) == {0: 1}


# ---------------------------------------------------------------- speaker and cue accuracy


def test_speaker_right_when_a_content_word_is_shared() -> None:
    assert speaker_right(_statement(0, 1, ("Lena Ortiz",)), "Mayor Lena Ortiz")
    assert speaker_right(_statement(0, 1, ("Lena Ortiz",)), "Ortiz’s office")  # possessive dropped
    assert speaker_right(_statement(0, 1, ("Harbor Office", "Lena Ortiz")), "the harbor office")  # joint speakers


def test_speaker_wrong_when_only_a_title_or_stopword_is_shared() -> None:
    assert speaker_right(_statement(0, 1, ("Sen. Ann Vale",)), "Sen. Mary Holt") is False
    assert speaker_right(_statement(0, 1, ("The Council",)), "the mayor of the town") is False
    assert speaker_right(_statement(0, 1, ()), "Lena Ortiz") is False  # no speaker label at all


def test_a_source_that_is_only_a_title_is_compared_by_the_title() -> None:
    assert speaker_right(_statement(0, 1, ("Senator",)), "the senator")
    assert speaker_right(_statement(0, 1, ("Mary Holt",)), "the senator") is False


def test_the_speaker_as_written_counts_beside_its_label() -> None:
    """ "The senator said": the Source is the description; the statement keeps it as written beside the actor."""
    statement = _statement(0, 1, ("Mary Holt",))
    statement.written.append("The senator")
    assert speaker_right(statement, "the senator")
    assert speaker_right(statement, "the senator", written=False) is False
    assert speaker_right(statement, "the governor") is False


@pytest.mark.parametrize("source", [None, "", "She", "they", "he and she", "Who", "some"])
def test_a_pronoun_or_absent_source_is_not_counted(source: str | None) -> None:
    assert speaker_right(_statement(0, 1, ("Lena Ortiz",)), source) is None


def test_cue_right_when_a_lemma_is_shared() -> None:
    assert cue_right(_statement(0, 1, cues=("said", "say")), "says")
    assert cue_right(_statement(0, 1, cues=("told",)), "told reporters")
    assert cue_right(_statement(0, 1, cues=("according to", "accord")), "According to")
    assert cue_right(_statement(0, 1, cues=("noted",)), "noting")
    assert cue_right(_statement(0, 1, cues=("admitted",)), "admits")


def test_cue_wrong_when_only_a_function_word_is_shared() -> None:
    assert not cue_right(_statement(0, 1, cues=("said in a statement",)), "in an interview")
    assert not cue_right(_statement(0, 1, cues=("told",)), "said")
    assert not cue_right(_statement(0, 1, cues=()), "said")


# ---------------------------------------------------------------- whole articles


@pytest.fixture(scope="module")
def fixture_report() -> PolnearReport:
    nlp = load_model()

    def graph_for(path: Path, published: dt.date | None) -> tuple[str, Graph]:
        article = read_article(path, published=published)
        _, graph, _ = build_graph(article, nlp, run=run_info(nlp, path))
        return article.text, graph

    return evaluate_polnear(FIXTURES, graph_for)


def test_pipeline_statements_are_scored_against_the_fixture_attributions(fixture_report: PolnearReport) -> None:
    alpha = next(a for a in fixture_report.articles if a.name == "alpha")
    assert alpha.statements.gold == 5 and alpha.other == 1
    # The quote with its speaker named after it is found, with the right speaker and cue.
    assert "'The boats will run" not in "\n".join(alpha.errors)
    assert alpha.statements.found_gold >= 1
    assert alpha.speaker.total <= alpha.statements.correct_extracted  # the "She" pair is never counted
    assert alpha.failure is None


def test_speaker_acc_is_the_label_and_as_written_a_separate_column(fixture_report: PolnearReport) -> None:
    """Speaker acc stays the resolved actor's label only; the phrase as written is counted in its own column."""
    for article in fixture_report.articles:
        assert article.speaker_written.total == article.speaker.total
        assert article.speaker_written.right >= article.speaker.right
    total = fixture_report.total()
    assert total.speaker_written.total == sum(a.speaker_written.total for a in fixture_report.articles)
    assert total.speaker_written.right == sum(a.speaker_written.right for a in fixture_report.articles)
    header, *_ = format_polnear_report(fixture_report).splitlines()
    assert header.index("speaker acc") < header.index("speaker as written") < header.index("cue acc")


def test_totals_add_up_the_articles(fixture_report: PolnearReport) -> None:
    total = fixture_report.total()
    assert total.statements.gold == sum(a.statements.gold for a in fixture_report.articles) == 7
    assert total.statements.extracted == sum(a.statements.extracted for a in fixture_report.articles)
    assert total.cue.total == sum(a.cue.total for a in fixture_report.articles)


def test_an_article_whose_run_fails_counts_with_no_statements() -> None:
    graph = Graph()

    def graph_for(path: Path, published: dt.date | None) -> tuple[str, Graph]:
        if path.stem == "beta":
            raise IndexError("list index out of range")
        return path.read_text(encoding="utf-8"), graph

    report = evaluate_polnear(FIXTURES, graph_for)
    beta = next(a for a in report.articles if a.name == "beta")
    assert beta.failure == "IndexError: list index out of range"
    assert (beta.statements.extracted, beta.statements.gold, beta.statements.found_gold) == (0, 2, 0)
    assert report.total().statements.gold == 7  # beta's speech attributions still count against recall
    text = format_polnear_report(report)
    assert "run failed on 1 article(s)" in text and "beta: IndexError" in text


def test_report_prints_totals_and_article_lines_only_with_details(fixture_report: PolnearReport) -> None:
    short = format_polnear_report(fixture_report)
    assert "total (2 articles)" in short and "speaker acc" in short and "cue acc" in short
    assert "\nalpha " not in short
    detailed = format_polnear_report(fixture_report, details=True)
    assert "\nalpha " in detailed and "\nbeta " in detailed


def test_folder_kind_is_told_by_its_files(tmp_path: Path) -> None:
    assert is_polnear_folder(FIXTURES)
    assert not is_polnear_folder(CORPUS / "dev")
    assert not is_polnear_folder(tmp_path)


def test_selection_picks_the_named_articles(tmp_path: Path) -> None:
    report = evaluate_polnear(
        FIXTURES, lambda path, _: (path.read_text(encoding="utf-8"), Graph()), ArticleSelection(frozenset({"beta"}))
    )
    assert [a.name for a in report.articles] == ["beta"]


def test_cli_eval_reads_a_polnear_folder_with_names_and_sample(tmp_path: Path) -> None:
    names = tmp_path / "names.txt"
    names.write_text("# fixture articles\nalpha\nbeta\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", str(FIXTURES), "--names", str(names), "--sample", "1", "--seed", "2"])
    assert result.exit_code == 0, result.output
    assert "total (1 articles)" in result.output


def test_cli_eval_names_an_article_missing_from_the_folder(tmp_path: Path) -> None:
    names = tmp_path / "names.txt"
    names.write_text("alpha\ngamma\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", str(FIXTURES), "--names", str(names)])
    assert result.exit_code == 2
    assert "not in this folder" in result.output and "gamma" in result.output


# ---------------------------------------------------------------- the check set


def test_check_set_and_development_part_split_the_840_train_names_as_documented() -> None:
    check = read_names_file(CORPUS / "polnear-check.txt")
    development = read_names_file(CORPUS / "polnear-dev.txt")
    assert (len(check), len(development)) == (150, 690)
    assert not check & development
    redrawn = stratified_sample(check | development, 150, "polnear-check", lambda name: name.split("_")[0])
    assert set(redrawn) == check
    publishers = {name.split("_")[0] for name in check}
    assert len(publishers) == 7
    assert all(21 <= sum(n.startswith(p + "_") for n in check) <= 22 for p in publishers)


def test_check_set_file_says_it_is_never_used_to_fix_rules() -> None:
    header = (CORPUS / "polnear-check.txt").read_text(encoding="utf-8").split("\n", 5)
    assert any("NEVER USED TO FIX RULES" in line for line in header[:5])


def test_gold_text_keeps_windows_line_ends_so_offsets_agree_with_the_read_stage(tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"Title\r\n\r\nThe clerk said the hall was closed.\r\n")
    assert read_text(path) == read_article(path).text
    ann = tmp_path / "crlf.ann"
    ann.write_text(
        "T1\tCue 19 23\tsaid\nT2\tContent 24 43\tthe hall was closed\nE1\tAttribution:T1 Cue:T1 Content:T2\n",
        encoding="utf-8",
    )
    assert read_brat(ann, read_text(path))[0].cue == "said"


def test_cli_eval_of_a_folder_without_gold_says_which_files_it_wants(tmp_path: Path) -> None:
    (tmp_path / "lonely.txt").write_text("Nobody said anything.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", str(tmp_path)])
    assert result.exit_code == 2
    assert "NAME.gold.yaml (or PolNeAR NAME.ann)" in result.output
