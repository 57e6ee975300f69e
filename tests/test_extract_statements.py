"""Statement extraction over sentences written for these tests, with a hand-built entity index."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from spacy.language import Language

from kgingest.extract.index import EntityIndex, actor_key
from kgingest.extract.statements import find_statements
from kgingest.model import Actor, ActorType, Article, ArticleMeta, Mode, Precision, Span, Statement
from kgingest.parse import load_model
from kgingest.read import find_headings

PUBLISHED = dt.date(2024, 3, 14)  # a Thursday

BRANDT = (ActorType.PERSON, "Tomas Brandt", ["Brandt"])
RUIZ = (ActorType.PERSON, "Ana Ruiz", ["Ruiz"])
AGENCY = (ActorType.ORGANIZATION, "Harbor Relief Agency", [])
MINISTRY = (ActorType.ORGANIZATION, "Ministry of Transport", [])
OSTRAVIA = (ActorType.STATE, "Ostravia", ["Ostravian"])


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model()


def build_index(text: str, actors: list[tuple[ActorType, str, list[str]]]) -> EntityIndex:
    """Actors with every word-bounded occurrence of their name and aliases as mentions."""
    index = EntityIndex()
    taken: list[Span] = []
    for actor_type, name, aliases in actors:
        mentions = []
        for form in sorted([name, *aliases], key=len, reverse=True):
            for match in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text):
                span = Span(match.start(), match.end(), match.group())
                if not any(t.begin < span.end and span.begin < t.end for t in taken):
                    mentions.append(span)
                    taken.append(span)
        index.add_actor(Actor(actor_key(actor_type, name), actor_type, name, list(aliases), sorted(mentions)))
    return index


def run(
    nlp: Language, text: str, actors: list[tuple[ActorType, str, list[str]]], published: dt.date | None = PUBLISHED
) -> tuple[list[Statement], EntityIndex]:
    article = Article("t", "t.txt", text, ArticleMeta(published=published), "0", find_headings(text))
    index = build_index(text, actors)
    return find_statements(nlp(text), article, index), index


def key(actor: tuple[ActorType, str, list[str]]) -> str:
    return actor_key(actor[0], actor[1])


def only(statements: list[Statement]) -> Statement:
    assert len(statements) == 1, [(s.speaker, s.content.text) for s in statements]
    return statements[0]


# ---------------------------------------------------------------- direct quotations


def test_quote_with_trailing_attribution_and_date(nlp: Language) -> None:
    text = "“We will rebuild every bridge,” Tomas Brandt said on Tuesday."
    statement = only(run(nlp, text, [BRANDT])[0])
    assert statement.speaker == key(BRANDT)
    assert statement.mode is Mode.DIRECT
    assert statement.quote is not None and statement.quote.text == "We will rebuild every bridge,"
    assert statement.content.text.startswith("We will rebuild every bridge")
    assert statement.cue.text == "said" and statement.cue_lemma == "say"
    assert statement.date.exact == dt.date(2024, 3, 12) and not statement.date.assumed
    assert statement.key == "s1"


def test_inverted_attribution_after_the_quote(nlp: Language) -> None:
    text = '"Supplies are running low in the northern districts", said the Harbor Relief Agency.'
    statement = only(run(nlp, text, [AGENCY])[0])
    assert statement.speaker == key(AGENCY)
    assert statement.mode is Mode.DIRECT
    assert statement.quote is not None and statement.quote.text == "Supplies are running low in the northern districts"


def test_quote_split_by_its_attribution_is_one_statement(nlp: Language) -> None:
    text = '"We are ready," Brandt said, "to talk with anyone who wants an agreement."'
    statement = only(run(nlp, text, [BRANDT])[0])
    assert statement.speaker == key(BRANDT)
    assert "We are ready" in statement.content.text and "wants an agreement" in statement.content.text


def test_standalone_quote_after_a_quoted_paragraph_has_the_same_speaker(nlp: Language) -> None:
    text = (
        "The storm hit the coast overnight.\n\n"
        '"The water came in through every door," Brandt said.\n\n'
        '"Nobody in this town has seen anything like it."'
    )
    statements = run(nlp, text, [BRANDT])[0]
    assert [s.speaker for s in statements] == [key(BRANDT), key(BRANDT)]
    assert statements[1].mode is Mode.DIRECT
    assert statements[1].quote is not None
    assert statements[1].quote.text == "Nobody in this town has seen anything like it."


def test_colon_introduced_quote_with_a_pronoun_speaker(nlp: Language) -> None:
    text = (
        "Ana Ruiz presented the budget to parliament.\n\n"
        'She continued: "The deficit will be closed by next spring, without new taxes."'
    )
    statement = only(run(nlp, text, [RUIZ])[0])
    assert statement.speaker == key(RUIZ)
    assert statement.mode is Mode.DIRECT
    assert statement.cue_lemma == "continue"


def test_quote_over_two_paragraphs_is_one_statement(nlp: Language) -> None:
    text = (
        'Ana Ruiz told reporters: "The first phase of the plan is finished.\n\n'
        '"The second phase will start when the funds arrive."\n\nThe session ended at noon.'
    )
    statement = only(run(nlp, text, [RUIZ])[0])
    assert statement.speaker == key(RUIZ)
    assert statement.quote is not None
    assert statement.quote.text.startswith("The first phase") and statement.quote.text.endswith("funds arrive.")
    assert "session ended" not in statement.content.text


def test_single_quoted_quotation(nlp: Language) -> None:
    text = "'We will not give up on this harbor,' Brandt said. The town's port isn't ready."
    statement = only(run(nlp, text, [BRANDT])[0])
    assert statement.quote is not None and statement.quote.text == "We will not give up on this harbor,"


# ---------------------------------------------------------------- partial quotes and indirect speech


def test_partial_quote_inside_reported_speech(nlp: Language) -> None:
    text = "Ana Ruiz said the opposition had “misled voters for years.”"
    statement = only(run(nlp, text, [RUIZ])[0])
    assert statement.mode is Mode.PARTIAL_QUOTE
    assert statement.quote is not None and statement.quote.text == "misled voters for years."
    assert statement.content.text.startswith("the opposition had")


def test_object_verb_with_a_quoted_fragment(nlp: Language) -> None:
    text = 'Tomas Brandt praised the volunteers as "the backbone of our recovery" after the flood.'
    statement = only(run(nlp, text, [BRANDT])[0])
    assert statement.mode is Mode.PARTIAL_QUOTE
    assert statement.cue_lemma == "praise"
    assert "the volunteers" in statement.content.text


def test_indirect_speech_with_that_clause_and_about_actors(nlp: Language) -> None:
    text = "Ostravia confirmed on Monday that the Harbor Relief Agency would receive new funds."
    statement = only(run(nlp, text, [OSTRAVIA, AGENCY])[0])
    assert statement.speaker == key(OSTRAVIA)
    assert statement.mode is Mode.INDIRECT and statement.quote is None
    assert statement.content.text == "the Harbor Relief Agency would receive new funds"
    assert statement.about_actors == [key(AGENCY)]
    assert statement.date.exact == dt.date(2024, 3, 11)


def test_according_to_at_start_and_end(nlp: Language) -> None:
    text = (
        "According to the Harbor Relief Agency, unemployment in the port fell sharply.\n\n"
        "The ferry will resume service in May, according to Tomas Brandt."
    )
    statements = run(nlp, text, [AGENCY, BRANDT])[0]
    assert [(s.speaker, s.cue_lemma) for s in statements] == [
        (key(AGENCY), "according to"),
        (key(BRANDT), "according to"),
    ]
    assert statements[0].content.text == "unemployment in the port fell sharply"
    assert statements[1].content.text == "The ferry will resume service in May"


def test_statement_without_a_date_takes_the_publication_date_as_assumed(nlp: Language) -> None:
    text = "Tomas Brandt said the cranes were intact."
    statement = only(run(nlp, text, [BRANDT])[0])
    assert statement.date.exact == PUBLISHED and statement.date.assumed
    undated = only(run(nlp, text, [BRANDT], published=None)[0])
    assert undated.date.earliest is None and undated.date.latest is None and undated.date.assumed


# ---------------------------------------------------------------- attribution chains


def test_cited_principal_with_channel(nlp: Language) -> None:
    text = "The Harbor Relief Agency cited Tomas Brandt expressing deep sorrow for the victims of the flood."
    statement = only(run(nlp, text, [AGENCY, BRANDT])[0])
    assert statement.speaker == key(BRANDT)
    assert statement.channel == key(AGENCY)
    assert statement.cue_lemma == "cite"


def test_quoting_inside_a_reporting_clause(nlp: Language) -> None:
    text = "Radio Nord, quoting the Harbor Relief Agency, said the port would reopen next week."
    radio = (ActorType.ORGANIZATION, "Radio Nord", [])
    statement = only(run(nlp, text, [radio, AGENCY])[0])
    assert statement.speaker == key(AGENCY)
    assert statement.channel == key(radio)
    assert "the port would reopen" in statement.content.text


def test_according_to_with_quoting(nlp: Language) -> None:
    text = "According to Radio Nord, quoting the Harbor Relief Agency, the port will reopen on Friday."
    radio = (ActorType.ORGANIZATION, "Radio Nord", [])
    statement = only(run(nlp, text, [radio, AGENCY])[0])
    assert statement.speaker == key(AGENCY) and statement.channel == key(radio)
    assert statement.content.text.startswith("the port will reopen")


# ---------------------------------------------------------------- speakers by pronoun and description


def test_pronoun_speaker_resolves_to_the_previous_subject(nlp: Language) -> None:
    text = "The Harbor Relief Agency published its estimate on Monday. It said 300 homes in Ostravia were damaged."
    statement = only(run(nlp, text, [AGENCY, OSTRAVIA])[0])
    assert statement.speaker == key(AGENCY)
    assert statement.about_actors == [key(OSTRAVIA)]


def test_ministry_spokesperson_is_a_person_member_of_the_ministry(nlp: Language) -> None:
    text = (
        "The Ministry of Transport closed the tunnel on Sunday. "
        "A ministry spokesperson said the tunnel would reopen after repairs."
    )
    statement, index = run(nlp, text, [MINISTRY])
    spokesperson = index.actor(only(statement).speaker)
    assert spokesperson is not None
    assert spokesperson.type is ActorType.PERSON and spokesperson.name == "A ministry spokesperson"
    assert spokesperson.member_of == key(MINISTRY)


def test_unnamed_collective_is_a_group_named_as_in_the_text(nlp: Language) -> None:
    text = "Western diplomats and local analysts warn that the talks will collapse within a week."
    statements, index = run(nlp, text, [])
    group = index.actor(only(statements).speaker)
    assert group is not None and group.type is ActorType.GROUP
    assert "diplomats" in group.name.lower()


def test_the_ministry_resolves_to_the_named_ministry(nlp: Language) -> None:
    text = "The Ministry of Transport opened a review. The ministry said that no trains would run on Sunday."
    statement = only(run(nlp, text, [MINISTRY])[0])
    assert statement.speaker == key(MINISTRY)


# ---------------------------------------------------------------- negatives


def test_not_said_is_not_a_statement(nlp: Language) -> None:
    text = "Ana Ruiz has not said whether she will run again. Tomas Brandt did not say when the bridge would open."
    assert run(nlp, text, [RUIZ, BRANDT])[0] == []


def test_scare_quotes_and_titles_without_speaker_are_not_statements(nlp: Language) -> None:
    text = 'The so-called "harbor tax" was introduced in 2019. Crowds chanted "Open the gates!" outside the port.'
    assert run(nlp, text, [])[0] == []


def test_headline_quote_is_not_a_statement(nlp: Language) -> None:
    text = "Brandt calls harbor plan 'a turning point'\n\nThe plan was approved on Monday by the council."
    assert run(nlp, text, [BRANDT])[0] == []


def test_unpaired_quote_marks_do_not_crash_or_swallow_the_article(nlp: Language) -> None:
    text = (
        'Tomas Brandt said "the harbor is open to all ships.\n\n'
        "The council met later. Ana Ruiz said the budget was balanced.\n\n"
        'A stray mark " sits here. "The ferry is late," Ruiz said.'
    )
    statements = run(nlp, text, [BRANDT, RUIZ])[0]
    assert all("council met" not in s.content.text for s in statements)
    assert [s.speaker for s in statements] == [key(BRANDT), key(RUIZ), key(RUIZ)]
    for statement in statements:
        assert text[statement.content.begin : statement.content.end] == statement.content.text


# ---------------------------------------------------------------- keys and determinism


def test_keys_follow_text_order_and_output_is_deterministic(nlp: Language) -> None:
    text = (
        '"The port is safe," Brandt said.\n\n'
        "Ana Ruiz stated that the budget would pass. According to the Harbor Relief Agency, aid arrived."
    )
    first = run(nlp, text, [BRANDT, RUIZ, AGENCY])[0]
    second = run(nlp, text, [BRANDT, RUIZ, AGENCY])[0]
    assert first == second
    assert [s.key for s in first] == ["s1", "s2", "s3"]
    assert [s.content.begin for s in first] == sorted(s.content.begin for s in first)


# ---------------------------------------------------------------- coordinated reporting verbs


def test_second_reporting_verb_shares_the_subject_of_the_first(nlp: Language) -> None:
    text = (
        'On Monday, Tomas Brandt said the engineers would "finish the bridge by winter" and '
        "pledged that another crew would arrive within days."
    )
    statements, index = run(nlp, text, [BRANDT])
    assert [(s.speaker, s.cue.text) for s in statements] == [(key(BRANDT), "said"), (key(BRANDT), "pledged")]
    said, pledged = statements
    assert said.content.text == 'the engineers would "finish the bridge by winter"'
    assert pledged.content.text == "another crew would arrive within days"
    assert pledged.date.exact == dt.date(2024, 3, 11)
    assert not any(a.type is ActorType.GROUP for a in index.actors)  # "the engineers" did not speak


def test_verb_coordinated_inside_the_reported_clause_keeps_its_own_subject(nlp: Language) -> None:
    text = "Tomas Brandt said the engineers argued with the crew and warned that the bridge would fail."
    statements, _ = run(nlp, text, [BRANDT])
    assert all(s.speaker != key(BRANDT) or s.cue.text == "said" for s in statements)


def test_condemnation_with_only_an_object_by_an_unnamed_state_organ(nlp: Language) -> None:
    text = "Ostravia's defence ministry condemned the blockade."
    statement = only(run(nlp, text, [(ActorType.STATE, "Ostravia", ["Ostravia's"])])[0])
    assert statement.speaker.startswith("organization/") and statement.cue_lemma == "condemn"
    assert statement.content.text == "the blockade" and statement.mode is Mode.INDIRECT


# ---------------------------------------------------------------- shapes that depend on the actor stage


def test_trailing_attribution_with_a_participle_after_it(nlp: Language) -> None:
    text = (
        '"We cannot rebuild the harbour with last year\'s money," Ruiz said at a briefing in Porto, '
        "standing beside Tomas Brandt."
    )
    statement = only(run(nlp, text, [RUIZ, BRANDT])[0])
    assert statement.speaker == key(RUIZ) and statement.mode is Mode.DIRECT
    assert statement.content.text.startswith("We cannot rebuild the harbour")


def test_told_reporters_that_after_an_apposition(nlp: Language) -> None:
    text = (
        "Ana Ruiz, director of the Harbor Relief Agency, told reporters in Porto that the fund "
        "could be ready by next spring."
    )
    statement = only(run(nlp, text, [RUIZ, AGENCY])[0])
    assert statement.speaker == key(RUIZ) and statement.cue_lemma == "tell"
    assert statement.content.text == "the fund could be ready by next spring"


def test_attribution_hung_on_the_reported_clause(nlp: Language) -> None:
    text = (
        "The unions remain far apart on the number of jobs to be cut, the sources said, "
        "speaking on condition of anonymity because the talks were private."
    )
    doc = nlp(text)
    assert next(t for t in doc if t.text == "said").dep_ == "parataxis"  # the shape this test is about
    statement = only(run(nlp, text, [])[0])
    assert statement.speaker.startswith("group/") and statement.cue.text == "said"
    assert statement.content.text == "The unions remain far apart on the number of jobs to be cut"


def test_quote_opening_the_next_sentence_continues_the_same_statement(nlp: Language) -> None:
    text = (
        '"Our crews have never worked harder," Ana Ruiz told the Harbor Relief Agency by telephone. '
        '"We expect every berth to reopen this week."'
    )
    statement = only(run(nlp, text, [RUIZ, AGENCY])[0])
    assert statement.speaker == key(RUIZ) and statement.mode is Mode.DIRECT
    assert statement.content.text.startswith("Our crews have never worked harder")
    assert statement.content.text.endswith("We expect every berth to reopen this week.")


def test_quote_after_an_attribution_that_adds_a_statement_is_not_joined(nlp: Language) -> None:
    text = (
        '"Our crews have never worked harder," Ana Ruiz said, adding that the berths would reopen. '
        '"We expect every berth to reopen this week," Tomas Brandt said.'
    )
    statements = run(nlp, text, [RUIZ, BRANDT])[0]
    assert [s.speaker for s in statements if s.mode is Mode.DIRECT] == [key(RUIZ), key(BRANDT)]


def test_standalone_quote_after_reported_speech_has_the_same_speaker(nlp: Language) -> None:
    text = (
        "Tomas Brandt told the council that the crews would return only if the contract was signed.\n\n"
        '"The gate remains open. We have never refused to talk."'
    )
    statements = run(nlp, text, [BRANDT])[0]
    assert [(s.speaker, s.mode) for s in statements] == [(key(BRANDT), Mode.INDIRECT), (key(BRANDT), Mode.DIRECT)]
    assert statements[1].content.text == "The gate remains open. We have never refused to talk."


def test_quoted_phrase_after_reported_speech_is_not_a_statement(nlp: Language) -> None:
    text = (
        "Tomas Brandt told the council that the crews would return only if the contract was signed.\n\n"
        '"Operation Harbour Light"'
    )
    assert len(run(nlp, text, [BRANDT])[0]) == 1


def test_report_found_is_a_statement_by_its_author(nlp: Language) -> None:
    text = (
        "The Harbor Relief Agency said in a report on Monday that dredging would take a year. "
        "The report found that silt, not storms, had closed most of the berths."
    )
    statements = run(nlp, text, [AGENCY])[0]
    assert [(s.speaker, s.cue_lemma) for s in statements] == [(key(AGENCY), "say"), (key(AGENCY), "find")]
    assert statements[1].content.text == "silt, not storms, had closed most of the berths"


def test_finding_things_is_not_a_statement(nlp: Language) -> None:
    text = "Divers from the Harbor Relief Agency found that the hull had split, and rescuers found two survivors."
    assert run(nlp, text, [AGENCY])[0] == []


def test_date_of_the_report_the_statement_was_made_in(nlp: Language) -> None:
    text = "The Harbor Relief Agency said in a report published on Monday that dredging would take a year."
    statement = only(run(nlp, text, [AGENCY])[0])
    assert statement.date.exact == dt.date(2024, 3, 11) and not statement.date.assumed


def test_date_of_an_event_the_statement_mentions_is_not_its_date(nlp: Language) -> None:
    text = "The Harbor Relief Agency said in response to a law passed on Monday that dredging would take a year."
    statement = only(run(nlp, text, [AGENCY])[0])
    assert statement.date.assumed


def test_characterisation_parsed_as_an_adjective_after_the_object(nlp: Language) -> None:
    text = 'Brandt called the agreement "unacceptable" and said the union would strike.'
    doc = nlp(text)
    assert next(t for t in doc if t.text == "unacceptable").dep_ == "amod"  # the shape this test is about
    statements = run(nlp, text, [BRANDT])[0]
    assert [(s.cue_lemma, s.mode) for s in statements] == [("call", Mode.PARTIAL_QUOTE), ("say", Mode.INDIRECT)]
    assert statements[0].content.text.startswith('the agreement "unacceptable')


def test_calling_someone_is_not_a_statement(nlp: Language) -> None:
    text = "Tomas Brandt called the harbour master on Friday."
    assert run(nlp, text, [BRANDT])[0] == []


# ---------------------------------------------------------------- blind-set fixes


def test_a_speakers_age_is_not_a_date(nlp: Language) -> None:
    text = "“The river was never this high,” said Tomas Brandt, 71."
    statement = only(run(nlp, text, [BRANDT])[0])
    assert statement.speaker == key(BRANDT)
    assert statement.date.assumed and statement.date.exact == PUBLISHED


def test_speaker_named_inside_an_apposition_with_a_suffix(nlp: Language) -> None:
    text = "Her lawyer, Ana Ruiz KC, argued that the permits had been issued lawfully."
    statement = only(run(nlp, text, [RUIZ])[0])
    assert statement.speaker == key(RUIZ)
    assert statement.content.text == "the permits had been issued lawfully"


def test_speaker_in_an_apposition_parsed_as_a_conjunct(nlp: Language) -> None:
    text = "Speaking outside the hall, Brandt's cousin, Ana Ruiz, who was cleared of all charges, said: “I am glad.”"
    statements = run(nlp, text, [RUIZ, (ActorType.PERSON, "Brandt", [])])[0]
    assert [(s.speaker, s.quote.text if s.quote else None) for s in statements] == [(key(RUIZ), "I am glad.")]


def test_relative_clause_speaker_is_the_named_antecedent(nlp: Language) -> None:
    text = (
        "“Nobody sleeps here,” said Ana Ruiz, a baker in the old town, "
        "who told the Harbor Relief Agency that she had heard engines at night."
    )
    statements = run(nlp, text, [RUIZ, AGENCY])[0]
    told = next(s for s in statements if s.cue_lemma == "tell")
    assert told.speaker == key(RUIZ)
    assert told.content.text == "she had heard engines at night"


def test_relative_clause_on_a_generic_noun_is_no_statement(nlp: Language) -> None:
    text = "I want to thank every volunteer who came to the hall and told us what the town needs."
    assert run(nlp, text, [])[0] == []


def test_date_of_a_participle_before_the_speaker(nlp: Language) -> None:
    text = "Sentencing him on Tuesday, Ana Ruiz said the fraud had cost the port millions."
    statement = only(run(nlp, text, [RUIZ])[0])
    assert statement.date.exact == dt.date(2024, 3, 12) and not statement.date.assumed


def test_undated_quote_takes_the_day_of_the_speakers_earlier_sentence(nlp: Language) -> None:
    text = (
        "Tomas Brandt told a news conference on Monday that the ferry would resume. "
        "“Nobody will be stranded,” he said.\n\n"
        "Ana Ruiz said the repairs were late."
    )
    statements = run(nlp, text, [BRANDT, RUIZ])[0]
    assert [(s.speaker, s.date.exact, s.date.assumed) for s in statements] == [
        (key(BRANDT), dt.date(2024, 3, 11), False),
        (key(BRANDT), dt.date(2024, 3, 11), False),
        (key(RUIZ), PUBLISHED, True),
    ]


def test_day_of_a_sentence_that_only_introduces_the_speaker(nlp: Language) -> None:
    text = "On Sunday, Ana Ruiz weighed in. “I am still waiting for the text,” she wrote."
    statement = only(run(nlp, text, [RUIZ])[0])
    assert statement.date.exact == dt.date(2024, 3, 10)


def test_a_year_in_an_earlier_sentence_does_not_date_the_quote(nlp: Language) -> None:
    text = "Ana Ruiz was elected in 2019. “I am still waiting for the text,” she said."
    statement = only(run(nlp, text, [RUIZ])[0])
    assert statement.date.assumed


def test_that_clause_hung_on_the_statement_noun(nlp: Language) -> None:
    text = (
        "Ostravia's Defence Ministry said in a statement that no Ostravian aircraft had entered the zone and "
        'described the claim as "pure invention."'
    )
    ministry = (ActorType.ORGANIZATION, "Ostravia's Defence Ministry", ["Defence Ministry"])
    statement = only(run(nlp, text, [ministry, OSTRAVIA])[0])
    assert statement.speaker == key(ministry)
    assert statement.content.text.startswith("no Ostravian aircraft had entered the zone")
    assert statement.mode is Mode.PARTIAL_QUOTE


def test_a_ruling_with_a_that_clause_is_a_statement(nlp: Language) -> None:
    text = "Judge Ana Ruiz ruled that the company must repay the grant. The company held a meeting."
    statement = only(run(nlp, text, [RUIZ])[0])
    assert statement.speaker == key(RUIZ) and statement.cue_lemma == "rule"
    assert statement.content.text == "the company must repay the grant"


def test_rejecting_the_criticism_is_no_statement_of_its_own(nlp: Language) -> None:
    text = "Tomas Brandt rejected the criticism. Ana Ruiz rejected the plan to close the ferry."
    statements = run(nlp, text, [BRANDT, RUIZ])[0]
    assert [s.speaker for s in statements] == [key(RUIZ)]


def test_adding_that_is_a_second_statement(nlp: Language) -> None:
    text = (
        'Ana Ruiz told the Harbor Relief Agency that both crews needed to "stand down", '
        "adding that the port would not accept new contracts."
    )
    statements = run(nlp, text, [RUIZ, AGENCY])[0]
    assert [(s.cue_lemma, s.content.text) for s in statements] == [
        ("tell", 'both crews needed to "stand down"'),
        ("add", "the port would not accept new contracts"),
    ]


def test_named_speaker_before_a_verb_the_parser_left_without_subject(nlp: Language) -> None:
    text = (
        "In a post on Bluesky, her communications director, Ana Ruiz, wrote that the senator had "
        '"never once picked up the phone" to discuss the bill.'
    )
    statement = only(run(nlp, text, [RUIZ])[0])
    assert statement.speaker == key(RUIZ)
    assert statement.mode is Mode.PARTIAL_QUOTE and statement.quote is not None
    assert statement.quote.text == "never once picked up the phone"


COURIER = (ActorType.ORGANIZATION, "Daily Courier", [])
WIRE = (ActorType.ORGANIZATION, "Nordwire", [])


def test_channel_is_the_news_outlet_told(nlp: Language) -> None:
    text = (
        "Ana Ruiz told the Daily Courier that the ferry would resume. "
        "Tomas Brandt told the Harbor Relief Agency that the pier was unsafe. "
        "In an interview with Nordwire, Brandt said the repairs were late."
    )
    statements = run(nlp, text, [RUIZ, BRANDT, AGENCY, COURIER, WIRE])[0]
    assert [(s.speaker, s.channel) for s in statements] == [
        (key(RUIZ), key(COURIER)),
        (key(BRANDT), None),
        (key(BRANDT), key(WIRE)),
    ]


def test_outlet_credited_in_the_dateline_is_a_channel(nlp: Language) -> None:
    text = "PORTO, March 14 (Nordwire) - The ferry will resume on Friday, Ana Ruiz told Nordwire."
    statement = only(run(nlp, text, [RUIZ, WIRE])[0])
    assert statement.channel == key(WIRE)


def test_dateline_is_not_part_of_the_content(nlp: Language) -> None:
    text = "PORTO, Ostravia (Nordwire) — Ferries stopped running on Tuesday, officials said."
    statement = only(run(nlp, text, [])[0])
    assert statement.content.text == "Ferries stopped running on Tuesday"


def test_rejecting_the_findings_is_no_statement_of_its_own(nlp: Language) -> None:
    text = "The Harbor Relief Agency rejected the findings."
    assert run(nlp, text, [AGENCY])[0] == []


def test_pronoun_after_an_unnamed_speaker_points_to_that_speaker(nlp: Language) -> None:
    text = (
        "Tomas Brandt promised new pumps by May. "
        "A farmer in the valley said he could not wait that long. “Who will pay for the harvest?” he said."
    )
    statements = run(nlp, text, [BRANDT])[0]
    farmer = [s.speaker for s in statements if s.cue_lemma == "say"]
    assert len(farmer) == 2 and farmer[0] == farmer[1] != key(BRANDT)


def test_that_clause_hung_on_a_noun_of_the_occasion(nlp: Language) -> None:
    text = "Ana Ruiz said on a call with analysts that the merger would cost $40 million."
    statement = only(run(nlp, text, [RUIZ])[0])
    assert statement.content.text == "the merger would cost $40 million"


def test_attribution_parsed_as_a_conjunct_after_the_content(nlp: Language) -> None:
    # This wording makes the parser hang "told" on "cut" as a conjunct (checked below), not as the root.
    text = (
        "Brimlow Inc., the maker of the Tidemark accounting software, will cut about 1,800 jobs, or 12% of its "
        "workforce, as it redirects spending toward artificial intelligence products, Chief Executive Officer "
        "Dana Whitlock told employees on Tuesday."
    )
    whitlock = (ActorType.PERSON, "Dana Whitlock", [])
    assert next(t for t in nlp(text) if t.text == "told").dep_ == "conj"
    statement = only(run(nlp, text, [whitlock])[0])
    assert statement.speaker == key(whitlock)
    assert statement.content.text.startswith("Brimlow Inc., the maker of the Tidemark accounting software, will cut")
    assert statement.content.text.endswith("artificial intelligence products")
    assert statement.date.exact == dt.date(2024, 3, 12)


def test_reduced_relative_attribution_takes_the_clause_after_it(nlp: Language) -> None:
    text = (
        "Ostravia and its neighbour agreed on Thursday to open a ferry line and to hold joint drills, "
        "in a move analysts said was aimed at calming the fishing dispute."
    )
    statement = only(run(nlp, text, [OSTRAVIA])[0])
    assert statement.content.text == "was aimed at calming the fishing dispute"


def test_day_of_an_event_named_after_a_preposition(nlp: Language) -> None:
    text = "Manager Tomas Brandt, speaking after Tuesday's 2-0 win over Rovers, insisted he wanted to keep the captain."
    statement = only(run(nlp, text, [BRANDT])[0])
    assert statement.date.exact == dt.date(2024, 3, 12)


# ---------------------------------------------------------------- round 3: dates, coordination, participles


def test_day_right_after_the_verb_dates_the_statement_and_is_not_content(nlp: Language) -> None:
    text = (
        "Transport Minister Ana Ruiz said on Tuesday the government respected the independence of the port "
        'authority but hoped for lower fees "as soon as possible".'
    )
    statement = only(run(nlp, text, [RUIZ])[0])
    assert statement.content.text.startswith("the government respected the independence")
    assert statement.date.exact == dt.date(2024, 3, 12) and not statement.date.assumed


def test_day_owned_by_the_reported_clause_stays_in_it(nlp: Language) -> None:
    text = "Ana Ruiz said Tuesday's vote on the new locks had been rushed."
    statement = only(run(nlp, text, [RUIZ])[0])
    assert statement.content.text.startswith("Tuesday's vote")
    assert statement.date.assumed


def test_next_paragraph_inherits_the_day_of_the_speakers_previous_statement(nlp: Language) -> None:
    text = (
        "The ferry line will close in May, Ana Ruiz told staff on Tuesday.\n\n"
        '"This was not an easy choice," Ruiz wrote in a note to employees.'
    )
    statements = run(nlp, text, [RUIZ])[0]
    assert [s.date.exact for s in statements] == [dt.date(2024, 3, 12), dt.date(2024, 3, 12)]
    assert not statements[1].date.assumed


def test_no_inherited_day_when_another_speaker_spoke_in_between(nlp: Language) -> None:
    text = (  # a lead of its own first: the lead's day is the article's occasion (see the lead tests below)
        "Ferries have crossed the bay since 1950.\n\n"
        "The ferry line will close in May, Ana Ruiz told staff on Tuesday. Tomas Brandt said the decision was "
        'rushed.\n\n"This was not an easy choice," Ruiz wrote in a note to employees.'
    )
    statements = run(nlp, text, [RUIZ, BRANDT])[0]
    note = next(s for s in statements if s.cue.text == "wrote")
    assert note.date.assumed


def test_no_inherited_day_two_paragraphs_later(nlp: Language) -> None:
    text = (  # a lead of its own first: the lead's day is the article's occasion (see the lead tests below)
        "Ferries have crossed the bay since 1950.\n\n"
        "The ferry line will close in May, Ana Ruiz told staff on Tuesday.\n\n"
        "Ticket sales fell by half last year.\n\n"
        '"This was not an easy choice," Ruiz wrote in a note to employees.'
    )
    statements = run(nlp, text, [RUIZ])[0]
    assert next(s for s in statements if s.cue.text == "wrote").date.assumed


def test_said_then_predicted_after_a_clause_whose_subject_cannot_speak(nlp: Language) -> None:
    text = (
        'Ana Ruiz said the minister\'s tone was "softer than anyone expected" and predicted the next hike would come '
        "in June."
    )
    statements = run(nlp, text, [RUIZ])[0]
    assert [s.cue.text for s in statements] == ["said", "predicted"]
    assert statements[0].content.text.endswith('"softer than anyone expected"')
    assert statements[1].content.text == "the next hike would come in June"
    assert {s.speaker for s in statements} == {key(RUIZ)}


def test_participle_on_a_moment_is_the_subjects_statement(nlp: Language) -> None:
    text = (
        "Chair Tomas Brandt twice ordered members to withdraw remarks, at one point telling the chamber: "
        '"This is a hearing, not a brawl."'
    )
    statement = only(run(nlp, text, [BRANDT])[0])
    assert statement.speaker == key(BRANDT)
    assert statement.mode is Mode.DIRECT and statement.cue.text == "telling"


def test_passive_that_clause_hung_on_in_a_statement_is_the_content(nlp: Language) -> None:
    text = (
        'The film\'s director, Ana Ruiz, said in a statement that she was "thrilled but not surprised" by the '
        "attention Brandt was receiving."
    )
    statement = only(run(nlp, text, [RUIZ, BRANDT])[0])
    assert statement.speaker == key(RUIZ)
    assert statement.content.text.startswith('she was "thrilled')
    assert statement.mode is Mode.PARTIAL_QUOTE


def test_rejected_claims_that_then_said_are_two_statements(nlp: Language) -> None:
    text = "Ruiz rejected claims by residents that the ballots had been lost and said every complaint would be heard."
    statements = run(nlp, text, [RUIZ])[0]
    assert [s.cue.text for s in statements] == ["rejected", "said"]
    assert "said" not in statements[0].content.text
    assert statements[1].content.text == "every complaint would be heard"


def test_a_clause_saying_when_is_no_content(nlp: Language) -> None:
    text = "Outgoing mayor Ana Ruiz conceded shortly after the result was declared at the count in Eastmoor."
    assert run(nlp, text, [RUIZ])[0] == []


def test_possessive_post_speaker_is_the_person_later_named_in_that_post(nlp: Language) -> None:
    voss: tuple[ActorType, str, list[str]] = (ActorType.PERSON, "Hanne Voss", ["Voss"])
    bank: tuple[ActorType, str, list[str]] = (ActorType.ORGANIZATION, "Kestrel Reserve Bank", [])
    text = (
        "The Kestrel Reserve Bank held rates on Wednesday, and its governor told reporters on Thursday that "
        'inflation was still too high. "We will wait," Governor Hanne Voss said.'
    )
    statements, index = run(nlp, text, [voss, bank])
    assert {s.speaker for s in statements} == {key(voss)}
    assert not [a for a in index.actors if "governor" in a.name.lower()]


def test_regression_quotation_inside_a_fronted_participle_does_not_crash(nlp: Language) -> None:
    # The quotation stands inside the attribution phrase of the cue before it: no span may run backwards.
    text = "Asked whether Brandt “has the strength to lead the country,” 75 percent of voters said yes."
    statements = run(nlp, text, [BRANDT])[0]
    assert all(s.speaker != key(BRANDT) for s in statements)
    written = "Written “at a time of crisis,” the statement is a short summary of the party's views."
    assert run(nlp, written, [])[0] == []


def test_reporting_clause_inside_its_content(nlp: Language) -> None:
    text = "If the margin is small, Ruiz said, the council may not ask for a recount."
    statement = only(run(nlp, text, [RUIZ])[0])
    assert statement.speaker == key(RUIZ)
    assert statement.content.text.startswith("If the margin is small")
    assert statement.content.text.endswith("ask for a recount")


def test_speaker_noun_for_a_doer_becomes_an_actor(nlp: Language) -> None:
    statements, index = run(nlp, "Forecasters say the storm will reach the coast by Friday.", [])
    statement = only(statements)
    speaker = index.actor(statement.speaker)
    assert speaker is not None and speaker.type is ActorType.GROUP
    assert statement.content.text == "the storm will reach the coast by Friday"


def test_a_thing_that_cannot_speak_gives_no_statement(nlp: Language) -> None:
    assert run(nlp, "The storm said nothing new to the town.", [])[0] == []


def test_share_of_respondents_speaks_for_the_group(nlp: Language) -> None:
    statements, index = run(nlp, "In the survey, 46 percent of voters said the plan was unfair.", [])
    statement = only(statements)
    speaker = index.actor(statement.speaker)
    assert speaker is not None and speaker.type is ActorType.GROUP and "voters" in speaker.name
    assert statement.content.text == "the plan was unfair"


def test_long_inverted_subject_after_a_quotation(nlp: Language) -> None:
    text = '"We had no choice," Ana Ruiz, a veteran strategist and former adviser to the governor of the north, said.'
    statement = only(run(nlp, text, [RUIZ])[0])
    assert statement.speaker == key(RUIZ)
    assert statement.mode is Mode.DIRECT


def test_abbreviation_between_quotation_and_attribution_is_no_full_stop(nlp: Language) -> None:
    text = '"We will vote no," said Sen. Ana Ruiz.'
    statement = only(run(nlp, text, [RUIZ])[0])
    assert statement.speaker == key(RUIZ)


def test_pronoun_far_from_a_name_is_the_last_speaker(nlp: Language) -> None:
    text = (
        "Ana Ruiz said the port would open in May. The ferry company has run the route since 1990. "
        "Its boats are old. The harbour was dredged twice. Prices rose last year. "
        "Costs will fall once the new boats arrive, she said."
    )
    statements = run(nlp, text, [RUIZ])[0]
    assert [s.speaker for s in statements] == [key(RUIZ), key(RUIZ)]
    assert statements[1].content.text == "Costs will fall once the new boats arrive"


def test_said_of_names_the_topic_not_the_content(nlp: Language) -> None:
    text = '"He is a tireless worker," Ruiz said of her deputy.'
    statement = only(run(nlp, text, [RUIZ])[0])
    assert statement.content.text.startswith("He is a tireless worker")


def test_asked_participle_is_not_the_subjects_question(nlp: Language) -> None:
    text = "Asked about the delay, Ruiz said the trains would run again on Monday."
    statement = only(run(nlp, text, [RUIZ])[0])
    assert statement.cue.text == "said"


def test_nominal_cue_with_owner_and_that_clause(nlp: Language) -> None:
    text = "Brandt repeated his claim that the border would be closed by June."
    statement = only(run(nlp, text, [BRANDT])[0])
    assert (statement.speaker, statement.cue_lemma) == (key(BRANDT), "claim")
    assert statement.content.text == "the border would be closed by June"


def test_nominal_cue_relative_clause_is_no_content(nlp: Language) -> None:
    assert run(nlp, "Brandt's claim that he made on Monday was false.", [BRANDT])[0] == []


def test_participle_on_an_issued_statement_is_the_issuers(nlp: Language) -> None:
    text = "Brandt and Ruiz issued a statement condemning the attack on the clinic."
    statement = only(run(nlp, text, [BRANDT, RUIZ])[0])
    assert statement.speaker == key(BRANDT)
    assert statement.content.text == "the attack on the clinic"


def test_asked_whether_is_the_askers_question(nlp: Language) -> None:
    statement = only(run(nlp, "Ruiz asked the voters whether they trusted the council.", [RUIZ])[0])
    assert statement.content.text == "whether they trusted the council"


def test_possessed_campaign_speaks_as_an_organization(nlp: Language) -> None:
    statements, index = run(nlp, "Ruiz's campaign said it would not ask for a recount.", [RUIZ])
    speaker = index.actor(only(statements).speaker)
    assert speaker is not None and speaker.type is ActorType.ORGANIZATION and speaker.member_of == key(RUIZ)


def test_some_of_a_people_speak_as_a_group_not_as_their_state(nlp: Language) -> None:
    statements, index = run(nlp, "Ostravia held elections. Some Ostravians said the vote was unfair.", [OSTRAVIA])
    speaker = index.actor(only(statements).speaker)
    assert speaker is not None and speaker.type is ActorType.GROUP and speaker.key != key(OSTRAVIA)


def test_according_to_a_poll_named_for_its_issuer(nlp: Language) -> None:
    text = "Brandt leads the race by four points, according to a national Pollco poll taken last week."
    statements, index = run(nlp, text, [BRANDT])
    statement = only(statements)
    issuer = index.actor(statement.speaker)
    assert issuer is not None and issuer.type is ActorType.ORGANIZATION and issuer.name == "Pollco"
    assert statement.content.text == "Brandt leads the race by four points"


def test_saying_participle_after_another_act_is_a_statement_of_its_own(nlp: Language) -> None:
    text = "Ruiz urged voters to turn out on Sunday, saying the result would be close."
    statements = run(nlp, text, [RUIZ])[0]
    assert [s.cue.text for s in statements] == ["urged", "saying"]
    assert statements[1].content.text == "the result would be close"


# ---------------------------------------------------------------- nested attributions


def test_nested_attribution_has_the_outer_speaker_as_channel(nlp: Language) -> None:
    text = "Ana Ruiz said Tomas Brandt had told her the ferry would stop running in winter."
    statements = run(nlp, text, [RUIZ, BRANDT])[0]
    by_speaker = {s.speaker: s for s in statements}
    outer, inner = by_speaker[key(RUIZ)], by_speaker[key(BRANDT)]
    assert inner.content.text == "the ferry would stop running in winter"
    assert inner.channel == key(RUIZ) and inner.cue.text == "told"
    assert outer.channel is None and "Tomas Brandt had told her" in outer.content.text


def test_two_statements_side_by_side_are_not_nested(nlp: Language) -> None:
    text = "Ana Ruiz said the ferry was late, and Tomas Brandt said the bridge was closed."
    statements = run(nlp, text, [RUIZ, BRANDT])[0]
    assert {s.speaker for s in statements} == {key(RUIZ), key(BRANDT)}
    assert all(s.channel is None for s in statements)


# ---------------------------------------------------------------- what was said as a noun, and who said it


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        ("Ana Ruiz noted the delay in the harbor works.", "noted", "the delay in the harbor works"),
        ("Ana Ruiz reiterated her pledge to rebuild the pier.", "reiterated", "her pledge to rebuild the pier"),
        ("Ana Ruiz recounted a meeting with the fishermen.", "recounted", "a meeting with the fishermen"),
        ("Ana Ruiz threatened a veto of the budget.", "threatened", "a veto of the budget"),
    ],
)
def test_a_reporting_verb_with_a_noun_for_what_was_said(nlp: Language, sentence: str, cue: str, content: str) -> None:
    statement = only(run(nlp, sentence, [RUIZ])[0])
    assert statement.speaker == key(RUIZ) and statement.cue.text == cue
    assert statement.content.text == content


def test_a_verb_of_speaking_with_an_object_for_the_addressee_reports_nothing_by_it(nlp: Language) -> None:
    assert run(nlp, "Ana Ruiz told Tomas Brandt the truth.", [RUIZ, BRANDT])[0] == []


def test_quick_to_add_takes_the_subject_of_the_copula(nlp: Language) -> None:
    statement = only(run(nlp, "Tomas Brandt was quick to add that the ferry would run again.", [BRANDT])[0])
    assert statement.speaker == key(BRANDT) and statement.cue_lemma == "add"
    assert statement.content.text == "the ferry would run again"


def test_a_passive_participle_after_an_adjective_is_no_cue(nlp: Language) -> None:
    assert run(nlp, "Tomas Brandt is more experienced and praised for his patience.", [BRANDT])[0] == []


def test_a_participle_on_the_speech_someone_gave_is_theirs(nlp: Language) -> None:
    statement = only(run(nlp, "Tomas Brandt closed his speech pledging to reopen the mill.", [BRANDT])[0])
    assert statement.speaker == key(BRANDT) and statement.cue.text == "pledging"
    assert statement.content.text == "to reopen the mill"


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        (
            "Ana Ruiz pointed to the closed pier as proof of neglect.",
            "pointed to",
            "the closed pier as proof of neglect",
        ),
        ("Ana Ruiz called for a new survey of the harbor.", "called for", "a new survey of the harbor"),
        ("Ana Ruiz called out the council for the delay.", "called out", "the council for the delay"),
    ],
)
def test_a_phrasal_cue_leaves_its_preposition_out_of_the_content(
    nlp: Language, sentence: str, cue: str, content: str
) -> None:
    statement = only(run(nlp, sentence, [RUIZ])[0])
    assert statement.cue.text == cue and statement.content.text == content


def test_pointing_at_a_thing_without_a_speaker_is_no_statement(nlp: Language) -> None:
    assert run(nlp, "The old road pointed to the north.", [RUIZ])[0] == []


def test_a_floating_quantifier_gives_the_phrase_it_counts_as_speaker(nlp: Language) -> None:
    text = "The board is split, with Ana Ruiz and Tomas Brandt all calling for a new vote."
    statement = only(run(nlp, text, [RUIZ, BRANDT])[0])
    assert statement.speaker == key(RUIZ) and statement.content.text == "a new vote"


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        ("Ana Ruiz warned against a rush to close the pier.", "warned against", "a rush to close the pier"),
        ("Ana Ruiz warned that the pier would close.", "warned", "the pier would close"),
        ("Ana Ruiz complained about the delay at the harbor.", "complained about", "the delay at the harbor"),
        ("Ana Ruiz tweeted a map of the flooded streets.", "tweeted", "a map of the flooded streets"),
        ("Ana Ruiz wrote that the pier would close.", "wrote", "the pier would close"),
    ],
)
def test_topics_and_published_objects_are_what_was_said(nlp: Language, sentence: str, cue: str, content: str) -> None:
    statement = only(run(nlp, sentence, [RUIZ])[0])
    assert statement.cue.text == cue and statement.content.text == content


def test_the_piece_someone_wrote_is_no_content(nlp: Language) -> None:
    assert run(nlp, "Ana Ruiz wrote a column for the harbor newsletter.", [RUIZ])[0] == []


def test_talking_about_a_topic_is_no_statement_of_it(nlp: Language) -> None:
    assert run(nlp, "Ana Ruiz talked to the crew about the harbor.", [RUIZ])[0] == []


def test_according_to_a_name_no_actor_has_makes_it_the_source(nlp: Language) -> None:
    text = "The ferry carried more cars than ever in May, according to Tidewell."
    statements, index = run(nlp, text, [BRANDT])
    statement = only(statements)
    actor = index.actor(statement.speaker)
    assert actor is not None and actor.name == "Tidewell" and actor.type is ActorType.ORGANIZATION
    assert statement.content.text == "The ferry carried more cars than ever in May"


def test_according_to_something_no_one_authored_finds_no_source(nlp: Language) -> None:
    # a count or a record has authors who speak through it; local lore has none
    assert run(nlp, "The ferry carried more cars than ever, according to local lore.", [BRANDT])[0] == []


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("Ana Ruiz called her rival ''the harbor baron'' all evening.", "her rival ''the harbor baron''"),
        ("Ana Ruiz called him, among other things, “a tired old man.”", "him, among other things, “a tired old man.”"),
    ],
)
def test_calling_someone_a_quoted_name_is_a_statement(nlp: Language, sentence: str, content: str) -> None:
    statement = only(run(nlp, sentence, [RUIZ])[0])
    assert statement.cue_lemma == "call" and statement.content.text == content


def test_calling_someone_on_the_phone_is_no_statement(nlp: Language) -> None:
    assert run(nlp, "Ana Ruiz called Tomas Brandt on Monday.", [RUIZ, BRANDT])[0] == []


def test_a_participle_after_an_object_cue_is_a_statement_of_its_own(nlp: Language) -> None:
    text = 'Ana Ruiz praised the crew, calling the rescue "a small miracle."'
    statements = run(nlp, text, [RUIZ])[0]
    assert [(s.cue.text, s.content.text) for s in statements] == [
        ("praised", "the crew"),
        ("calling", 'the rescue "a small miracle."'),
    ]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("Ana Ruiz said the same of the new pier.", "the same of the new pier"),
        ("Asked whether the pier would reopen, Ana Ruiz said yes.", "yes"),
    ],
)
def test_a_word_standing_for_a_statement_is_what_was_said(nlp: Language, sentence: str, content: str) -> None:
    statement = only(run(nlp, sentence, [RUIZ])[0])
    assert statement.cue_lemma == "say" and statement.content.text == content


def test_saying_a_plain_thing_is_no_statement(nlp: Language) -> None:
    assert run(nlp, "Ana Ruiz said a prayer for the crew.", [RUIZ])[0] == []


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("Ana Ruiz urged a swift inquiry into the fire.", "a swift inquiry into the fire"),
        ("Ana Ruiz urged the crews to stay home.", "to stay home"),
        ("Ana Ruiz cautioned against reading too much into the count.", "reading too much into the count"),
    ],
)
def test_urging_a_thing_or_a_party(nlp: Language, sentence: str, content: str) -> None:
    statement = only(run(nlp, sentence, [RUIZ])[0])
    assert statement.content.text == content


def test_citing_a_document_is_the_subjects_own_statement(nlp: Language) -> None:
    text = "Ana Ruiz defended the budget, citing a survey of harbor workers."
    statement = only(run(nlp, text, [RUIZ])[0])
    assert statement.speaker == key(RUIZ) and statement.cue.text == "citing" and statement.channel is None
    assert statement.content.text == "a survey of harbor workers"


def test_charged_that_is_an_accusation_and_charged_with_is_not(nlp: Language) -> None:
    statement = only(run(nlp, "Ana Ruiz charged that the council had hidden the costs.", [RUIZ])[0])
    assert statement.content.text == "the council had hidden the costs"
    assert run(nlp, "Ana Ruiz charged Tomas Brandt with fraud.", [RUIZ, BRANDT])[0] == []


def test_who_after_a_description_of_one_person_stands_for_them(nlp: Language) -> None:
    text = "The tip came from a harbor official, who said the crane had failed twice."
    statement = only(run(nlp, text, [RUIZ])[0])
    assert statement.content.text == "the crane had failed twice"
    assert statement.speaker.startswith("person/") and "official" in statement.speaker


def test_who_after_a_generic_description_finds_no_speaker(nlp: Language) -> None:
    assert run(nlp, "The tip came from every official who said the crane had failed.", [RUIZ])[0] == []


def test_report_words_are_not_given_to_the_last_speaker(nlp: Language) -> None:
    # Regression: "the report" with no issuer fell back to whoever spoke last, so a report's findings went to a
    # witness the article had quoted just before.
    ana = (ActorType.PERSON, "Ana Ruiz", [])
    text = (
        "Ana Ruiz, who lives by the harbour, said the fire began at night. "
        "The report said the alarms in the warehouse had failed."
    )
    statements, _ = run(nlp, text, [ana])
    assert [s.content.text for s in statements if s.speaker == key(ana)] == ["the fire began at night"]


LENA = (ActorType.PERSON, "Lena Ortiz", ["Ortiz"])
PORT = (ActorType.ORGANIZATION, "Port Authority", [])


def test_a_following_sentence_that_reports_the_words_dates_them(nlp: Language) -> None:
    text = (
        "According to its director Lena Ortiz, the ferry line will close in May.\n\n"
        "Ortiz announced the decision on Tuesday."
    )
    statement = only([s for s in run(nlp, text, [LENA])[0] if "ferry line" in s.content.text])
    assert statement.date is not None and not statement.date.assumed
    assert statement.date.earliest == dt.date(2024, 3, 12)


@pytest.mark.parametrize(
    "later",
    [
        "The ferries stopped running on Tuesday.",  # no reporting verb
        "The Port Authority announced the decision on Tuesday.",  # someone else
        "Ortiz said on Tuesday that the buses would run instead.",  # words of their own, with their own day
    ],
)
def test_a_following_sentence_dates_nothing_unless_the_speaker_reports_there(nlp: Language, later: str) -> None:
    text = f"According to its director Lena Ortiz, the ferry line will close in May.\n\n{later}"
    statements = [s for s in run(nlp, text, [LENA, PORT])[0] if "ferry line" in s.content.text]
    assert len(statements) == 1 and statements[0].date is not None and statements[0].date.assumed


def test_a_day_closing_a_noun_object_is_when_it_was_said(nlp: Language) -> None:
    statement = only(run(nlp, "Lena Ortiz announced the agency's decision on Tuesday.", [LENA])[0])
    assert statement.content.text == "the agency's decision"
    assert statement.date is not None and statement.date.earliest == dt.date(2024, 3, 12)
    assert not statement.date.assumed


def test_a_day_inside_a_reported_clause_stays_in_it(nlp: Language) -> None:
    statement = only(run(nlp, "Lena Ortiz said the ferries would stop on Tuesday.", [LENA])[0])
    assert statement.content.text == "the ferries would stop on Tuesday"


# ---------------------------------------------------------------- attributions in an "as" clause


def test_as_clause_before_the_reported_clause(nlp: Language) -> None:
    text = "As Ana Ruiz noted, the northern ferry could still lose its licence."
    statement = only(run(nlp, text, [RUIZ])[0])
    assert statement.speaker == key(RUIZ)
    assert statement.cue.text == "noted"
    assert statement.content.text == "the northern ferry could still lose its licence"


def test_as_clause_after_the_reported_clause(nlp: Language) -> None:
    text = "The old harbour bridge will close for two months, as the Harbor Relief Agency reported on Monday."
    statement = only(run(nlp, text, [AGENCY])[0])
    assert statement.speaker == key(AGENCY)
    assert statement.content.text == "The old harbour bridge will close for two months"


def test_as_clause_of_time_or_negated_reports_nothing(nlp: Language) -> None:
    assert run(nlp, "As Ana Ruiz spoke, protesters gathered outside the hall.", [RUIZ])[0] == []
    assert run(nlp, "The bridge was closed, just as Ana Ruiz did not predict.", [RUIZ])[0] == []


def test_trailing_attribution_after_a_non_breaking_space(nlp: Language) -> None:
    """Regression: a no-break space after the closing mark is a token of its own, which hid the attribution."""
    text = "“Not now. Maybe next year,”\u00a0Tomas Brandt said."
    statement = only(run(nlp, text, [BRANDT])[0])
    assert statement.speaker == key(BRANDT)
    assert statement.content.text == "Not now. Maybe next year,"


def test_participle_after_a_statement_is_a_statement_of_its_own(nlp: Language) -> None:
    """ "..., noting that ...": the participle reports a further thing said, as readers mark it."""
    text = '"The ferries will run again," Ana Ruiz said, noting that the berths had been repaired in a week.'
    statements = run(nlp, text, [RUIZ])[0]
    assert [s.content.text for s in statements] == [
        "The ferries will run again,",
        "the berths had been repaired in a week",
    ]
    assert [s.cue.text for s in statements] == ["said", "noting"]


def test_reporting_relative_clause_after_inverted_attribution_stays_separate(nlp: Language) -> None:
    """Regression: '"...," said X, who noted that ... "..."' was fused into one quotation, losing the clause."""
    text = (
        '"Bookings are up a little, and so are visits," said Ana Ruiz, who noted that ticket prices had fallen '
        'by half during the slump. "Things are moving the right way."'
    )
    statements = run(nlp, text, [RUIZ])[0]
    contents = [s.content.text for s in statements]
    assert "ticket prices had fallen by half during the slump" in contents
    assert contents[0] == "Bookings are up a little, and so are visits,"


def test_short_relative_clause_inside_a_split_quotation_still_joins(nlp: Language) -> None:
    text = '"We are ready," said Ana Ruiz, who was smiling, "to talk to anyone."'
    statement = only(run(nlp, text, [RUIZ])[0])
    assert statement.content.text.startswith("We are ready") and statement.content.text.endswith("anyone.")


def test_preposition_far_after_call_is_no_particle(nlp: Language) -> None:
    """Regression: 'called X "a step forward on Y"' was read as the phrasal cue "call on", its cue running over
    the object."""
    text = 'Ana Ruiz called the new timetable "a step forward on safety."'
    statement = only(run(nlp, text, [RUIZ])[0])
    assert statement.cue.text == "called" and statement.cue_lemma == "call"
    assert statement.content.text.startswith("the new timetable")


def test_phrasal_cue_with_an_adverb_before_its_particle(nlp: Language) -> None:
    statement = only(run(nlp, "Ana Ruiz repeatedly called for calm at the harbour.", [RUIZ])[0])
    assert statement.cue_lemma == "call for" and statement.content.text.startswith("calm")


def test_quotation_before_a_cue_with_a_topic_phrase(nlp: Language) -> None:
    """Regression: '"...?" X said about Y' took the phrase about Y as what was said and lost the quotation."""
    text = '"Why would anyone trust the old council?" Ana Ruiz said about her rival\'s plan to sell the port.'
    statement = only(run(nlp, text, [RUIZ])[0])
    assert statement.mode is Mode.DIRECT
    assert statement.content.text == "Why would anyone trust the old council?"


def test_clause_of_time_after_a_trailing_attribution_is_not_what_was_said(nlp: Language) -> None:
    """Regression: '"...," X said, as Y happened' read the "as" clause as the content and lost the quotation."""
    text = '"The pier will be rebuilt," Ana Ruiz said, as a few old fishermen mended nets on the quay.'
    statement = only(run(nlp, text, [RUIZ])[0])
    assert statement.content.text == "The pier will be rebuilt,"


def test_clause_of_time_inside_the_reported_clause_stays(nlp: Language) -> None:
    statement = only(run(nlp, "Ana Ruiz said the pier would reopen once the repairs were done.", [RUIZ])[0])
    assert statement.content.text == "the pier would reopen once the repairs were done"


def test_when_clause_after_a_cue_says_when_not_what(nlp: Language) -> None:
    text = "Ana Ruiz wrote to the harbour board when the ferries were having problems."
    assert run(nlp, text, [RUIZ])[0] == []


@pytest.mark.parametrize("verb", ["asked", "explained"])
def test_when_clause_after_a_verb_of_asking_or_explaining_is_what_was_said(nlp: Language, verb: str) -> None:
    statement = only(run(nlp, f"Ana Ruiz {verb} when the pier would reopen.", [RUIZ])[0])
    assert statement.content.text == "when the pier would reopen"


# ---------------------------------------------------------------- the words of official readouts


@pytest.mark.parametrize(
    ("sentence", "cue", "content"),
    [
        ("Ana Ruiz highlighted the importance of open shipping lanes.", "highlighted", "the importance of open"),
        ("Ana Ruiz underlined the need for restraint on both sides.", "underlined", "the need for restraint"),
        ("Ana Ruiz affirmed that the two ports would stay open.", "affirmed", "the two ports would stay open"),
        ("Ana Ruiz conveyed her sympathy to the injured sailors.", "conveyed", "her sympathy"),
        ("On the call, Ana Ruiz committed to deepening cooperation on fisheries.", "committed to", "deepening"),
    ],
)
def test_readout_verbs(nlp: Language, sentence: str, cue: str, content: str) -> None:
    statement = only(run(nlp, sentence, [RUIZ])[0])
    assert statement.speaker == key(RUIZ) and statement.cue.text == cue
    assert statement.content.text.startswith(content)


@pytest.mark.parametrize(
    "sentence",
    ["The storm highlighted the weakness of the old dikes.", "Ana Ruiz is committed to the harbour reforms."],
)
def test_readout_verbs_without_a_speaker_or_an_act_report_nothing(nlp: Language, sentence: str) -> None:
    assert run(nlp, sentence, [RUIZ])[0] == []


def test_quotation_naming_the_addressee_is_not_what_was_said(nlp: Language) -> None:
    text = '"He had it coming," Tomas Brandt told the radio programme "Night Desk" after the hearing.'
    statement = only(run(nlp, text, [BRANDT])[0])
    assert statement.content.text == "He had it coming,"


def test_quoted_title_opening_a_paragraph_is_not_a_further_quotation(nlp: Language) -> None:
    text = (
        'Ana Ruiz met reporters at the pier. "I wanted to show the good that ports do," she said.\n\n'
        '"Harbor Lights," which goes on sale next month, is a novel about a port town.\n'
    )
    statement = only(run(nlp, text, [RUIZ])[0])
    assert statement.content.text.startswith("I wanted to show")


def test_quotation_opening_the_next_paragraph_still_continues_the_speaker(nlp: Language) -> None:
    text = (
        'Ana Ruiz met reporters at the pier. "I wanted to show the good that ports do," she said.\n\n'
        '"We will open the new berths next week, and then we will see."\n'
    )
    statements = run(nlp, text, [RUIZ])[0]
    assert [s.speaker for s in statements] == [key(RUIZ), key(RUIZ)]


def test_second_attribution_after_and_is_beside_the_first(nlp: Language) -> None:
    """ "A said X, and B said Y": B's words are not part of what A said."""
    text = "Many of the dockers said they were very tired, and more than half said Ana Ruiz would settle the dispute."
    contents = [s.content.text for s in run(nlp, text, [RUIZ])[0]]
    assert contents == ["they were very tired", "Ana Ruiz would settle the dispute"]


def test_clause_coordinated_inside_what_was_said_stays(nlp: Language) -> None:
    text = "Ana Ruiz said the pier was unsafe and the council had ignored her letters."
    statement = only(run(nlp, text, [RUIZ])[0])
    assert statement.content.text == "the pier was unsafe and the council had ignored her letters"


def test_second_verb_of_saying_with_its_own_clause_continues_the_speaker(nlp: Language) -> None:
    text = "Ana Ruiz said the union was focused on the new contract and noted that the strike had ended."
    statements = run(nlp, text, [RUIZ])[0]
    assert [(s.cue.text, s.content.text) for s in statements] == [
        ("said", "the union was focused on the new contract"),
        ("noted", "the strike had ended"),
    ]
    assert {s.speaker for s in statements} == {key(RUIZ)}


def test_second_verb_without_a_clause_stays_in_what_was_said(nlp: Language) -> None:
    text = "Ana Ruiz said the union had met the owners and agreed to end the strike."
    statement = only(run(nlp, text, [RUIZ])[0])
    assert statement.content.text == "the union had met the owners and agreed to end the strike"


# ------------------------------------------------------------------ wave 5: more shapes of reported speech


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Ana Ruiz answered the charge by saying the ferry had always run late.",
            "saying",
            "the ferry had always run late",
        ),
        (
            "Tomas Brandt opened the hearing by warning that the budget would not hold.",
            "warning",
            "the budget would not hold",
        ),
        (
            "Ana Ruiz ended her visit by announcing that the clinic would stay open.",
            "announcing",
            "the clinic would stay open",
        ),
    ],
)
def test_participle_after_by_is_the_subjects_statement(nlp: Language, text: str, cue: str, content: str) -> None:
    """ "answered by saying ...": "by" gives the manner of the act, and the subject of the verb it hangs on speaks."""
    statement = only(run(nlp, text, [RUIZ, BRANDT])[0])
    assert (statement.cue.text, statement.content.text) == (cue, content)
    assert statement.speaker in (key(RUIZ), key(BRANDT))


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz is remembered for saying that the harbor belonged to everyone.",
        "Tomas Brandt was barred from claiming that the ferry was his.",
    ],
)
def test_participle_after_another_preposition_is_no_statement(nlp: Language, text: str) -> None:
    assert run(nlp, text, [RUIZ, BRANDT])[0] == []


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Ana Ruiz said the pier would reopen in June, insisting that the repairs had cost less than planned.",
            ("said", "the pier would reopen in June"),
            ("insisting", "the repairs had cost less than planned"),
        ),
        (
            "Tomas Brandt told the board the vote was fair, arguing that every ballot had been counted twice.",
            ("told", "the vote was fair"),
            ("arguing", "every ballot had been counted twice"),
        ),
    ],
)
def test_participle_of_saying_after_the_reported_clause_is_the_speakers(
    nlp: Language, text: str, first: tuple[str, str], second: tuple[str, str]
) -> None:
    """The parser hangs ", insisting that ..." on the reported clause; it describes the act of reporting, so the
    first statement ends before it and the participle is a second statement by the same speaker."""
    statements = run(nlp, text, [RUIZ, BRANDT])[0]
    assert [(s.cue.text, s.content.text) for s in statements] == [first, second]
    assert len({s.speaker for s in statements}) == 1


def test_participle_of_doing_after_the_reported_clause_stays_in_it(nlp: Language) -> None:
    text = "Ana Ruiz said the storm flooded the lower town, cutting the power for two days."
    statement = only(run(nlp, text, [RUIZ])[0])
    assert statement.content.text == "the storm flooded the lower town, cutting the power for two days"


def test_calling_coordinated_with_said_is_a_second_statement(nlp: Language) -> None:
    text = "Tomas Brandt said the fares would rise and called the old timetable a failure."
    statements = run(nlp, text, [BRANDT])[0]
    assert [(s.cue.text, s.content.text) for s in statements] == [
        ("said", "the fares would rise"),
        ("called", "the old timetable a failure"),
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            '"The last winter was kinder to us," Ana Ruiz, holding a folded map, said softly as the tide came in.',
            "The last winter was kinder to us,",
        ),
        (
            "Near the old lighthouse, where the ferries turn, Tomas Brandt, the harbor master for a decade, "
            "suggested that the fees could fall.",
            "the fees could fall",
        ),
    ],
)
def test_speaker_before_an_aside_the_parser_cut_from_the_verb(nlp: Language, text: str, content: str) -> None:
    """ "X, holding a map, said": the parser may hang the name inside the clause before and leave the verb
    without a subject; the name before the comma-set aside speaks, and the reported clause ends before it."""
    statement = only(run(nlp, text, [RUIZ, BRANDT])[0])
    assert statement.speaker in (key(RUIZ), key(BRANDT))
    assert statement.content.text == content


def test_attribution_inside_the_clause_keeps_both_sides(nlp: Language) -> None:
    text = "The new timetable, Ana Ruiz said, would not survive the winter."
    statement = only(run(nlp, text, [RUIZ])[0])
    assert statement.content.text == "The new timetable, Ana Ruiz said, would not survive the winter"


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "It was announced by the Harbor Relief Agency that the shelters would stay open.",
            "announced",
            "the shelters would stay open",
        ),
        (
            "As reported by the Harbor Relief Agency, two of the shelters ran out of blankets.",
            "reported",
            "two of the shelters ran out of blankets",
        ),
        (
            "The mill closed for good in April, as reported by the Harbor Relief Agency.",
            "reported",
            "The mill closed for good in April",
        ),
        (
            "The loss of the grain barge was confirmed by the Harbor Relief Agency on Friday.",
            "confirmed",
            "The loss of the grain barge",
        ),
    ],
)
def test_passive_verb_of_saying_with_its_doer(nlp: Language, text: str, cue: str, content: str) -> None:
    """ "it was announced by X that ...", "as reported by X, ...": the "by" phrase names who said it."""
    statement = only(run(nlp, text, [AGENCY])[0])
    assert (statement.speaker, statement.cue.text, statement.content.text) == (key(AGENCY), cue, content)


@pytest.mark.parametrize(
    "text",
    [
        "The loss of the grain barge was never confirmed by the Harbor Relief Agency.",
        "The grain barge was towed by the Harbor Relief Agency.",
        "The loss of the grain barge was reported on Friday.",
    ],
)
def test_passive_without_a_doer_or_denied_is_no_statement(nlp: Language, text: str) -> None:
    assert run(nlp, text, [AGENCY])[0] == []


def test_as_reported_by_after_a_quotation_adds_no_speaker(nlp: Language) -> None:
    text = '"The shelters are full," Ana Ruiz said on the radio, as reported by the Harbor Relief Agency.'
    statements = run(nlp, text, [RUIZ, AGENCY])[0]
    assert [s.speaker for s in statements] == [key(RUIZ)]


def test_who_makes_any_noun_a_person_who_can_speak(nlp: Language) -> None:
    """ "a beekeeper who warned that ...": "who" stands for a person, whatever word the description uses."""
    text = "The inquiry heard from a beekeeper who warned that the hives along the river were failing."
    statement = only(run(nlp, text, [])[0])
    assert (statement.cue.text, statement.content.text) == ("warned", "the hives along the river were failing")


def test_that_on_a_thing_is_no_speaker(nlp: Language) -> None:
    text = "The ledger that revealed the losses at the mill was burned in the fire."
    assert run(nlp, text, [])[0] == []


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Ana Ruiz renewed her call for a ban on trawling near the reef.",
            "call for",
            "a ban on trawling near the reef",
        ),
        (
            "Tomas Brandt's promise of cheaper ferry tickets won over the islanders.",
            "promise of",
            "cheaper ferry tickets",
        ),
        ("Ana Ruiz's warning of floods reached the farmers too late.", "warning of", "floods"),
    ],
)
def test_nominal_cue_with_what_was_said_after_a_preposition(nlp: Language, text: str, cue: str, content: str) -> None:
    """ "her call for a ban", "his promise of X": the owner of a noun for a statement said what follows it."""
    statement = only(run(nlp, text, [RUIZ, BRANDT])[0])
    assert (statement.cue.text, statement.content.text) == (cue, content)
    assert statement.speaker in (key(RUIZ), key(BRANDT))


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz's remarks on the harbor drew applause.",
        "A call for volunteers went out across the island.",
        "Tomas Brandt's statement for the press was short.",
    ],
)
def test_nominal_cue_with_a_topic_or_no_owner_is_no_statement(nlp: Language, text: str) -> None:
    assert run(nlp, text, [RUIZ, BRANDT])[0] == []


def test_quotation_set_off_as_a_block_after_a_colon(nlp: Language) -> None:
    text = (
        "The hearing ran late into the evening. Ana Ruiz said:\n\n"
        '"The ferries will not sail this winter. The hulls need new plating first."\n\n'
        "The board adjourned at nine.\n"
    )
    statement = only(run(nlp, text, [RUIZ])[0])
    assert statement.speaker == key(RUIZ) and statement.mode is Mode.DIRECT
    assert statement.content.text == "The ferries will not sail this winter. The hulls need new plating first."


def test_quotation_in_the_paragraph_after_one_without_a_colon_is_not_introduced(nlp: Language) -> None:
    text = (
        "Ana Ruiz said the board would meet again.\n\n"
        'The hall, known to locals as "the Barn", stood empty all winter.\n'
    )
    statements = run(nlp, text, [RUIZ])[0]
    assert [s.content.text for s in statements] == ["the board would meet again"]


# ---------------------------------------------------------------- wave 6: speech recall


@pytest.mark.parametrize(
    ("text", "speaker_words"),
    [
        ('Ana Ruiz met the crews. "Nobody here wants a strike, but the pay is too low," the woman said.', "the-woman"),
        ('"Nobody here wants a strike," said the man, who drives a forklift.', "the-man"),
        ("The storm flooded the lane. His daughter said the water reached the stairs within an hour.", "daughter"),
    ],
)
def test_person_named_by_sex_or_kinship_speaks(nlp: Language, text: str, speaker_words: str) -> None:
    said = [s for s in run(nlp, text, [RUIZ])[0] if s.cue_lemma == "say"]
    assert len(said) == 1 and said[0].speaker is not None and speaker_words in said[0].speaker


@pytest.mark.parametrize(
    "text",
    [
        "The woman wishes the pay were higher.",
        "Her husband wants the ferries to keep running.",
        "The man hopes the strike ends soon.",
    ],
)
def test_belief_or_wish_of_a_person_by_sex_or_kinship_is_no_statement(nlp: Language, text: str) -> None:
    assert run(nlp, text, [])[0] == []


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Ostravia sold more grain than ever last year, according to the results.", "Ostravia sold more grain"),
        ("According to port records, the harbor handled twice as many ships in May.", "the harbor handled twice"),
        ("Ostravia is ahead by six points, according to the tally of recent surveys.", "Ostravia is ahead by six"),
    ],
)
def test_according_to_a_count_or_record(nlp: Language, text: str, content: str) -> None:
    statement = only(run(nlp, text, [OSTRAVIA])[0])
    assert statement.cue_lemma == "according to" and statement.content.text.startswith(content)
    assert statement.speaker is not None


def test_negation_inside_the_quotation_does_not_negate_the_verb(nlp: Language) -> None:
    statement = only(run(nlp, '"Certainly not," Ana Ruiz said.', [RUIZ])[0])
    assert statement.speaker == key(RUIZ) and statement.mode is Mode.DIRECT
    assert statement.content.text.startswith("Certainly not")


@pytest.mark.parametrize(
    "text", ["Ana Ruiz did not say that the ferries would stop.", 'Ana Ruiz never said "yes" to the ferry plan.']
)
def test_negated_verb_of_saying_is_still_no_statement(nlp: Language, text: str) -> None:
    assert run(nlp, text, [RUIZ])[0] == []


def test_clause_on_the_topic_after_said_of_is_not_what_was_said(nlp: Language) -> None:
    text = '"Not while I run this port," Ana Ruiz said of the idea that the ferries would stop.'
    statement = only(run(nlp, text, [RUIZ])[0])
    assert statement.mode is Mode.DIRECT and statement.content.text.startswith("Not while I run this port")


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        ("Tomas Brandt criticized the levy, citing the rising cost of fuel.", "the rising cost of fuel"),
        (
            "Tomas Brandt warned that the merger would fail, citing the losses of the past decade.",
            "the losses of the past decade",
        ),
    ],
)
def test_citing_a_reason_is_a_statement_of_its_own(nlp: Language, text: str, cited: str) -> None:
    statements = run(nlp, "Crowds gathered at the quay. " + text, [BRANDT])[0]
    citing = [s for s in statements if s.cue_lemma == "cite"]
    assert [s.content.text for s in citing] == [cited] and citing[0].speaker == key(BRANDT)
    assert len(statements) == 2


def test_citing_a_speaker_still_makes_the_cited_one_speak(nlp: Language) -> None:
    text = "Crowds gathered at the quay. The Ministry of Transport, citing Tomas Brandt, said the bridge would close."
    statement = only(run(nlp, text, [BRANDT, MINISTRY])[0])
    assert statement.speaker == key(BRANDT) and statement.channel == key(MINISTRY)


def test_speaker_asked_about_something_after_the_attribution_is_not_asking(nlp: Language) -> None:
    text = (
        'The hall was full. "We are not selling," Tomas Brandt said on Friday, asked about the offer from a rival port.'
    )
    statement = only(run(nlp, text, [BRANDT])[0])
    assert statement.cue_lemma == "say" and statement.content.text.startswith("We are not selling")


# ---------------------------------------------------------------- speakers that are no one or nothing


@pytest.mark.parametrize(
    "text",
    [
        "No one has argued that the ferry fares should fall.",
        "Nobody has claimed that the reservoir is unsafe.",
        "None of the engineers said the tunnel would flood.",
        "No inspector has confirmed that the dam leaks.",
    ],
)
def test_subject_that_denies_a_speaker_makes_no_statement_and_no_actor(nlp: Language, text: str) -> None:
    statements, index = run(nlp, text, [])
    assert statements == []
    assert index.actors == []


@pytest.mark.parametrize(
    "text",
    [
        "Two factors suggest that ferry bookings will shrink next year.",
        "Two indicators suggest that the harbor trade is slowing.",
    ],
)
def test_things_with_a_doers_ending_are_no_speakers(nlp: Language, text: str) -> None:
    statements, index = run(nlp, text, [])
    assert statements == []
    assert index.actors == []


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("A spokesperson for the ministry said the bridge would reopen in May.", "A spokesperson"),
        ("No decision has been made yet, a spokesman for the port said.", "a spokesman"),
        ("Forecasters say the storm will weaken before it reaches the coast.", "Forecasters"),
        ("Several inspectors said the tunnel was safe.", "Several inspectors"),
    ],
)
def test_unnamed_speakers_still_speak_beside_no_one_and_things(nlp: Language, text: str, speaker: str) -> None:
    statements, index = run(nlp, text, [])
    actor = index.actor(only(statements).speaker)
    assert actor is not None and actor.name == speaker


def test_the_insider_is_the_unnamed_informant_heard_just_before(nlp: Language) -> None:
    text = (
        "Someone familiar with the talks said the ferry line would be sold. "
        "The insider said that two buyers had made offers."
    )
    statements, index = run(nlp, text, [])
    assert len(statements) == 2
    assert statements[0].speaker == statements[1].speaker
    actor = index.actor(statements[0].speaker)
    assert actor is not None and actor.type is ActorType.PERSON and "The insider" in actor.aliases


@pytest.mark.parametrize(
    "text, actors",
    [
        (
            "A spokesman for the port said the quay was shut. The source added that repairs would take weeks.",
            [],
        ),
        (
            "Someone familiar with the talks said the ferry line would be sold. Lena Varga said the price was low. "
            "The insider said that two buyers had made offers.",
            [(ActorType.PERSON, "Lena Varga", [])],
        ),
    ],
)
def test_an_informant_noun_is_not_a_spokesman_or_an_informant_before_a_named_speaker(
    nlp: Language, text: str, actors: list[tuple[ActorType, str, list[str]]]
) -> None:
    statements, _ = run(nlp, text, actors)
    assert len(statements) == len({s.speaker for s in statements})


# ---------------------------------------------------------------- the lead's day: the occasion a report is about

LEAD_FILLER = "\n\nThe works took six years.\n\nCrowds lined the river."


@pytest.mark.parametrize(
    ("lead", "later", "day"),
    [
        # the speaker's words in the lead carry a day; later undated words of the speaker share it
        (
            "Ostravia said on Tuesday that it would close two depots.",
            "Ostravia said the closures would save money.",
            12,
        ),
        # the lead's dated act need not be a statement: the speaker's occasion is the article's
        ("Yesterday, Tomas Brandt opened the new bridge in Kelvar.", "Brandt said the bridge would carry cars.", 13),
        ("Tomas Brandt opened the bridge on Monday.", "“It is a gift to the city,” Brandt said.", 11),
        # the occasion the lead dates, named again
        ("Tomas Brandt gave a speech on Monday.", "In the speech, Brandt said the bridge would carry cars.", 11),
    ],
)
def test_undated_words_take_the_day_the_lead_gives_the_speaker(nlp: Language, lead: str, later: str, day: int) -> None:
    statements = run(nlp, lead + LEAD_FILLER + "\n\n" + later, [BRANDT, OSTRAVIA])[0]
    last = statements[-1]
    assert last.date.exact == dt.date(2024, 3, day) and not last.date.assumed


@pytest.mark.parametrize(
    ("lead", "later"),
    [
        # present tense: standing words, not said on the lead's occasion
        ("Ostravia said on Tuesday that it would close two depots.", "Ostravia says the closures will save money."),
        # someone else's day
        ("Ana Ruiz opened the new bridge on Monday.", "Brandt said the bridge would carry cars."),
        # a month or year is no day
        ("Tomas Brandt opened the new bridge in March.", "Brandt said the bridge would carry cars."),
        # the day belongs to the reported clause, not to the speaker's act
        ("Tomas Brandt said the bridge would open on Monday.", "Brandt said the bridge would carry cars."),
        # no day in the lead
        ("Tomas Brandt opened the new bridge in Kelvar.", "Brandt said the bridge would carry cars."),
        # perfect tenses: standing words, or words before the occasion
        ("Tomas Brandt opened the bridge on Monday.", "Brandt has said the bridge would carry cars."),
        ("Tomas Brandt opened the bridge on Monday.", "Brandt had said the bridge would carry cars."),
        # an occasion of its own, undated
        ("Tomas Brandt opened the bridge on Monday.", "In an interview, Brandt said the bridge would carry cars."),
        # the later words are timed on their own: another occasion
        ("Tomas Brandt opened the bridge on Monday.", "In 2019, Brandt said the bridge would carry cars."),
        (
            "Tomas Brandt opened the bridge on Monday.",
            "He was ill for a year, later saying the bridge would carry cars.",
        ),
    ],
)
def test_the_lead_dates_nothing_else(nlp: Language, lead: str, later: str) -> None:
    statements = run(nlp, lead + LEAD_FILLER + "\n\n" + later, [BRANDT, RUIZ, OSTRAVIA])[0]
    last = statements[-1]
    assert last.content.text.endswith(("cars", "money"))
    assert last.date.assumed or last.date.precision is not Precision.DAY  # no day claimed


@pytest.mark.parametrize(
    "lead",
    [
        "Yesterday, the Kelvar exchange lost a tenth of its value in an hour.",
        # clauses joined by a semicolon, the day on the first (parsed as a complement of the second)
        "Yesterday the council approved the budget; the mayor signed it within an hour and the unions marched.",
        # a day with a phrase in apposition, which the parser may join into one time phrase
        "Yesterday, the third day of the fair, the mayor opened the new hall.",
    ],
)
def test_a_quoted_today_is_the_day_the_lead_reports(nlp: Language, lead: str) -> None:
    text = lead + LEAD_FILLER + "\n\n“Nobody has seen anything like what happened today,” said Ana Ruiz, a broker."
    statement = only(run(nlp, text, [RUIZ])[0])
    assert statement.date.exact == dt.date(2024, 3, 13) and not statement.date.assumed


@pytest.mark.parametrize(
    "lead",
    [
        "The Kelvar exchange lost a tenth of its value in an hour.",  # the lead gives no day
        "In March, the Kelvar exchange lost a tenth of its value.",  # nor a month
        "The Kelvar exchange will reopen on Monday, its board said.",  # the day of the words said, not of an act
    ],
)
def test_a_quoted_today_without_a_dated_lead_stays_undated(nlp: Language, lead: str) -> None:
    text = lead + LEAD_FILLER + "\n\n“Nobody has seen anything like what happened today,” said Ana Ruiz, a broker."
    statement = only(run(nlp, text, [RUIZ])[0])
    assert statement.date.assumed


def test_a_quoted_today_in_a_quotation_running_over_paragraphs(nlp: Language) -> None:
    text = (
        "Yesterday, the Kelvar exchange lost a tenth of its value in an hour." + LEAD_FILLER + "\n\n"
        "Ana Ruiz, a broker, said: “Nobody has seen anything like what happened today.\n\n“Nobody.”"
    )
    statement = run(nlp, text, [RUIZ])[0][0]
    assert statement.date.exact == dt.date(2024, 3, 13) and not statement.date.assumed


def test_a_quotation_standing_alone_after_the_dated_one_shares_its_day(nlp: Language) -> None:
    text = (
        "Yesterday, the Kelvar exchange lost a tenth of its value in an hour." + LEAD_FILLER + "\n\n"
        "“Nobody has seen anything like what happened today,” said Ana Ruiz, a broker.\n\n"
        "“The screens must be checked by someone who understands them.”"
    )
    statements = run(nlp, text, [RUIZ])[0]
    assert [(s.date.exact, s.date.assumed) for s in statements] == [(dt.date(2024, 3, 13), False)] * 2


def test_a_new_act_after_the_dated_quote_takes_no_day_from_it(nlp: Language) -> None:
    text = (
        "Yesterday, the Kelvar exchange lost a tenth of its value in an hour." + LEAD_FILLER + "\n\n"
        "“Nobody has seen anything like what happened today,” said Ana Ruiz, a broker.\n\n"
        "Ruiz, with two other brokers, asked the regulator to review the screens."
    )
    statements = run(nlp, text, [RUIZ])[0]
    assert [(s.date.exact, s.date.assumed) for s in statements] == [(dt.date(2024, 3, 13), False), (PUBLISHED, True)]


def test_undated_quote_without_today_stays_undated_after_a_dated_lead(nlp: Language) -> None:
    text = (
        "Yesterday, the Kelvar exchange lost a tenth of its value in an hour." + LEAD_FILLER + "\n\n"
        "“Nobody trusts the screens any more,” said Ana Ruiz, a broker."
    )
    assert only(run(nlp, text, [RUIZ])[0]).date.assumed


def test_present_tense_words_do_not_take_the_day_of_an_earlier_sentence(nlp: Language) -> None:
    text = (
        "The Harbor Relief Agency announced on Monday that the ferry would stop. "
        "“The ferry has served us for forty years,” the Harbor Relief Agency says on its website."
    )
    statements = run(nlp, text, [AGENCY])[0]
    assert statements[-1].cue_lemma == "say" and statements[-1].date.assumed


@pytest.mark.parametrize(
    "sentence",
    [
        "Tomas Brandt said late Friday that the ferry would resume.",
        "Tomas Brandt, who spoke Friday, said the ferry would resume.",
        "On Friday, the Harbor Relief Agency issued a statement saying the ferry would resume.",
        "Tomas Brandt said on Friday, the 8th, that the ferry would resume.",
    ],
)
def test_day_of_the_occasion_in_other_shapes(nlp: Language, sentence: str) -> None:
    statement = only(run(nlp, sentence, [BRANDT, AGENCY])[0])
    assert statement.date.exact == dt.date(2024, 3, 8) and not statement.date.assumed


@pytest.mark.parametrize(
    "sentence",
    [
        "Tomas Brandt, who was arrested on Friday, said the ferry would resume.",  # not an occasion of speaking
        "The Harbor Relief Agency, which opened on Friday, said the ferry would resume.",
        "Tomas Brandt said on Friday the 9th that the ferry would resume.",  # no Friday was a 9th lately
    ],
)
def test_day_of_another_act_is_not_the_occasion(nlp: Language, sentence: str) -> None:
    statements = run(nlp, sentence, [BRANDT, AGENCY])[0]
    assert all(
        s.date.assumed or s.date.precision is not Precision.DAY or s.date.exact != dt.date(2024, 3, 8)
        for s in statements
    )


# ---------------------------------------------------------------- review regressions: days the lead must not lend


@pytest.mark.parametrize(
    ("lead", "later"),
    [
        # the day someone died is not a day they spoke on
        (
            "Tomas Brandt, who drew the Kelvar bridge, died on Monday at 91.",
            "Brandt said the bridge was his best work.",
        ),
        ("Tomas Brandt passed away on Monday.", "Brandt said the bridge was his best work."),
        # a time of the cue's own that the calendar cannot place is still another time than the lead's
        ("Tomas Brandt opened the bridge on Monday.", "Brandt said last quarter that the bridge would carry cars."),
        # "at the time", "repeatedly": another moment, or many
        ("Tomas Brandt opened the bridge on Monday.", "At the time, Brandt said the bridge would carry cars."),
        ("Tomas Brandt opened the bridge on Monday.", "Brandt repeatedly said the bridge would carry cars."),
    ],
)
def test_lead_day_lent_to_words_of_another_occasion_regression(nlp: Language, lead: str, later: str) -> None:
    statements = run(nlp, lead + LEAD_FILLER + "\n\n" + later, [BRANDT])[0]
    last = statements[-1]
    assert last.content.text.endswith("cars") or last.content.text.endswith("work")
    assert last.date.assumed or last.date.precision is not Precision.DAY


@pytest.mark.parametrize(
    "text",
    [
        # a present or perfect cue: the relative clause's day is the earlier words', not these
        "Tomas Brandt, who spoke on Monday, now says the bridge is safe.",
        "Tomas Brandt, who spoke to reporters on Monday, has said the bridge is safe.",
        # a clause of speaking yet to come
        "Tomas Brandt, who will speak on Friday, said the bridge was safe.",
        # someone else spoke: the relative clause's subject is not the speaker
        "Ana Ruiz, whose husband spoke on Monday, said the bridge was safe.",
    ],
)
def test_relative_clause_of_speaking_lends_no_day_regression(nlp: Language, text: str) -> None:
    statement = only(run(nlp, text, [BRANDT, RUIZ])[0])
    assert statement.date.assumed


def test_relative_clause_of_speaking_leaves_the_cues_own_day_regression(nlp: Language) -> None:
    statement = only(run(nlp, "Tomas Brandt, who spoke on Monday, said on Tuesday the bridge was safe.", [BRANDT])[0])
    assert statement.date.exact == dt.date(2024, 3, 12) and not statement.date.assumed


@pytest.mark.parametrize(
    ("lead", "later"),
    [
        # a day still to come, which the resolver would place in the past
        ("Tomas Brandt will open the bridge on Saturday.", "Brandt said the bridge would carry cars."),
        ("Tomas Brandt meets the mayor on Friday.", "Brandt said the bridge would carry cars."),
        # an act the lead denies, or only asks about
        ("Tomas Brandt did not open the bridge on Monday.", "Brandt said the bridge would carry cars."),
        ("Did Tomas Brandt open the bridge on Monday?", "Brandt said the bridge would carry cars."),
    ],
)
def test_lead_day_of_no_past_act_regression(nlp: Language, lead: str, later: str) -> None:
    last = run(nlp, lead + LEAD_FILLER + "\n\n" + later, [BRANDT])[0][-1]
    assert last.content.text.endswith("cars")
    assert last.date.assumed or last.date.precision is not Precision.DAY


def test_quoted_today_after_a_lead_day_to_come_regression(nlp: Language) -> None:
    text = "The Kelvar team will play the final on Saturday." + LEAD_FILLER + "\n\n“Today we train,” said Ana Ruiz."
    assert only(run(nlp, text, [RUIZ])[0]).date.assumed


def test_relative_clause_of_speaking_lends_no_year_regression(nlp: Language) -> None:
    text = "Tomas Brandt, who spoke at the 2019 summit, said the bridge was safe."
    assert only(run(nlp, text, [BRANDT])[0]).date.assumed


@pytest.mark.parametrize(
    "later",
    [
        "In his memoir, Brandt wrote that bridges were his first love.",
        "During his campaign, Brandt said the bridge would never be built.",
        "In his first speech as mayor, Brandt said the bridge would change the city.",
    ],
)
def test_lead_day_lent_to_an_own_occasion_the_lead_does_not_tell_of_regression(nlp: Language, later: str) -> None:
    lead = "Tomas Brandt opened the bridge on Monday."
    last = run(nlp, lead + LEAD_FILLER + "\n\n" + later, [BRANDT])[0][-1]
    assert last.date.assumed or last.date.precision is not Precision.DAY


def test_own_occasion_the_lead_tells_of_takes_its_day(nlp: Language) -> None:
    text = (
        "Tomas Brandt visited Kelvar on Monday."
        + LEAD_FILLER
        + "\n\nDuring his visit, Brandt said the bridge was safe."
    )
    last = run(nlp, text, [BRANDT])[0][-1]
    assert last.date.exact == dt.date(2024, 3, 11) and not last.date.assumed


def test_tokens_skipped_by_the_cue_finder_are_those_in_a_heading_or_a_closed_quotation(nlp: Language) -> None:
    # The cue finder reads the skipped tokens from a set made once per article; it must say what asking
    # in_heading and in_closed_quote token by token says, an unclosed quotation and a nested one included.
    from kgingest.extract.statements.context import StatementContext

    text = (
        "FERRY TALKS RESUME\n\n"
        "Ana Ruiz said the ferry \"will sail on 'Monday' as planned\" and left.\n\n"
        'The Ministry of Transport replied "no decision was taken, and none is due.\n\n'
        "Officials met later."
    )
    article = Article("t", "t.txt", text, ArticleMeta(published=PUBLISHED), "0", find_headings(text))
    ctx = StatementContext(nlp(text), article, build_index(text, [RUIZ, MINISTRY]))
    expected = {t.i for t in ctx.doc if ctx.in_heading(t.idx) or ctx.in_closed_quote(t.idx)}
    assert ctx.heading_or_quoted == expected
    words = {ctx.doc[i].text for i in expected}
    assert {"FERRY", "sail", "Monday"} <= words and not words & {"Ruiz", "decision", "Officials"}


# Texts of our own, one or more for each cue reader: a reporting verb, a passive with "by", "quoted as saying",
# "according to", a noun for a statement, a statement released; and words that report nothing.
_CUE_READER_TEXTS = [
    "Ana Ruiz said the ferry would sail on Monday. Tomas Brandt told reporters it would not.",
    "The closure was announced by the Ministry of Transport on Tuesday.",
    'Ana Ruiz was quoted by the Harbor Relief Agency as saying: "We need two more boats."',
    "According to Tomas Brandt, the pier reopens in May. The pier, according to Ruiz, is safe.",
    "The Ministry of Transport rejected Brandt's claim that the ferry was unsafe.",
    'The Harbor Relief Agency released a short statement: "Two crews stand by at every pier."',
    "The ferry left the harbor at noon and reached the island by night.",
]


@pytest.mark.parametrize("text", _CUE_READER_TEXTS)
def test_cue_finder_passing_words_by_on_their_strings_finds_what_asking_every_token_finds(
    nlp: Language, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # find_cues asks only verbs, nouns, "according" and verbs of quoting; every other word fails each reader's
    # first test, so the statements must be those found by asking every token.
    from kgingest.extract.statements import cues

    def found() -> list[Statement]:
        article = Article("t", "t.txt", text, ArticleMeta(published=PUBLISHED), "0", find_headings(text))
        return find_statements(nlp(text), article, build_index(text, [BRANDT, RUIZ, AGENCY, MINISTRY]))

    skipping = found()
    monkeypatch.setattr(cues, "_cue_candidates", lambda ctx: iter(ctx.doc))
    assert [repr(s) for s in skipping] == [repr(s) for s in found()]
    assert bool(skipping) == ("ferry left" not in text)
