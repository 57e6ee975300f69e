"""Speaker resolution: names, pronouns, descriptions and unnamed speakers, through the entity index."""

from __future__ import annotations

import re

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Token

from kgingest.extract.index import EntityIndex, actor_key
from kgingest.extract.quotes import find_quotes
from kgingest.extract.speakers import SpeakerResolver
from kgingest.model import Actor, ActorType, Span
from kgingest.parse import load_model


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model()


def index_of_actors(text: str, actors: list[tuple[ActorType, str, list[str]]]) -> EntityIndex:
    """An index of these actors with every whole-word mention of their names in ``text`` (longest forms first)."""
    index = EntityIndex()
    for actor_type, name, aliases in actors:
        mentions = []
        for form in sorted([name, *aliases], key=len, reverse=True):
            for match in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text):
                span = Span(match.start(), match.end(), match.group())
                if not any(m.begin < span.end and span.begin < m.end for m in mentions):
                    mentions.append(span)
        index.add_actor(Actor(actor_key(actor_type, name), actor_type, name, list(aliases), sorted(mentions)))
    return index


def resolver_for(nlp: Language, text: str, actors: list[tuple[ActorType, str, list[str]]]) -> SpeakerResolver:
    return SpeakerResolver(nlp(text), index_of_actors(text, actors), find_quotes(text))


def subject_of(doc: Doc, verb: str, nth: int = 0) -> Token:
    verbs = [t for t in doc if t.text == verb]
    return next(c for c in verbs[nth].children if c.dep_ == "nsubj")


def test_named_speaker_by_its_head_word_not_a_modifier(nlp: Language) -> None:
    text = "Ostravian Interior Minister Lena Hartmann said the border would stay open."
    resolver = resolver_for(
        nlp, text, [(ActorType.STATE, "Ostravia", ["Ostravian"]), (ActorType.PERSON, "Lena Hartmann", [])]
    )
    assert resolver.resolve(subject_of(resolver.doc, "said")) == "person/lena-hartmann"


def test_he_and_it_pick_the_nearest_fitting_subject(nlp: Language) -> None:
    text = (
        "Tomas Brandt met the Harbor Relief Agency on Monday. "
        "It said the port was safe. He said the cranes were intact."
    )
    resolver = resolver_for(
        nlp, text, [(ActorType.PERSON, "Tomas Brandt", []), (ActorType.ORGANIZATION, "Harbor Relief Agency", [])]
    )
    doc = resolver.doc
    assert resolver.resolve(subject_of(doc, "said", 0)) == "organization/harbor-relief-agency"
    assert resolver.resolve(subject_of(doc, "said", 1)) == "person/tomas-brandt"


def test_pronoun_ignores_names_inside_someone_elses_quotation(nlp: Language) -> None:
    text = 'The Harbor Relief Agency cited a letter: "Ostravia must act now." It said the letter was genuine.'
    resolver = resolver_for(
        nlp, text, [(ActorType.ORGANIZATION, "Harbor Relief Agency", []), (ActorType.STATE, "Ostravia", [])]
    )
    assert resolver.resolve(subject_of(resolver.doc, "said")) == "organization/harbor-relief-agency"


def test_definite_title_finds_the_person_introduced_with_it(nlp: Language) -> None:
    text = "President Arvid Lund opened the bridge. Later the president said it had cost too much."
    resolver = resolver_for(nlp, text, [(ActorType.PERSON, "Arvid Lund", [])])
    assert resolver.resolve(subject_of(resolver.doc, "said")) == "person/arvid-lund"


def test_report_resolves_to_its_issuer(nlp: Language) -> None:
    text = "The Harbor Relief Agency report was published on Monday. The report said 300 homes were lost."
    resolver = resolver_for(nlp, text, [(ActorType.ORGANIZATION, "Harbor Relief Agency", [])])
    assert resolver.resolve(subject_of(resolver.doc, "said")) == "organization/harbor-relief-agency"


def test_unnamed_speakers_are_created_only_when_asked(nlp: Language) -> None:
    text = "Independent analysts said the plan would fail."
    resolver = resolver_for(nlp, text, [])
    subject = subject_of(resolver.doc, "said")
    assert resolver.resolve(subject, create=False) is None
    assert resolver.index.actors == []
    key = resolver.resolve(subject)
    group = resolver.index.actor(key or "")
    assert group is not None and group.type is ActorType.GROUP and group.name == "Independent analysts"
    assert group.mentions == [Span(0, 20, "Independent analysts")]


def test_spokesperson_for_an_organization_is_its_member(nlp: Language) -> None:
    text = "A spokesman for the Harbor Relief Agency said the port was closed."
    resolver = resolver_for(nlp, text, [(ActorType.ORGANIZATION, "Harbor Relief Agency", [])])
    key = resolver.resolve(subject_of(resolver.doc, "said"))
    person = resolver.index.actor(key or "")
    assert person is not None and person.type is ActorType.PERSON
    assert person.member_of == "organization/harbor-relief-agency"


def test_thing_that_is_not_a_speaker_stays_unresolved(nlp: Language) -> None:
    text = "The storm said nothing to anyone."
    resolver = resolver_for(nlp, text, [])
    assert resolver.resolve(subject_of(resolver.doc, "said")) is None
    assert resolver.index.actors == []


def test_bare_surname_finds_the_person_named_in_full_before(nlp: Language) -> None:
    text = "Nora Vasquez opened the bridge on Monday. Vasquez said it had cost too much."
    resolver = resolver_for(nlp, text, [(ActorType.PERSON, "Nora Vasquez", [])])
    assert resolver.resolve(subject_of(resolver.doc, "said")) == "person/nora-vasquez"
    person = resolver.index.actor("person/nora-vasquez")
    assert person is not None and "Vasquez" in person.aliases


def test_bare_surname_of_nobody_named_before_stays_unresolved(nlp: Language) -> None:
    text = "Nora Vasquez opened the bridge on Monday. Okonjo said it had cost too much."
    resolver = resolver_for(nlp, text, [(ActorType.PERSON, "Nora Vasquez", [])])
    assert resolver.resolve(subject_of(resolver.doc, "said"), create=False) is None


def test_unnamed_ministry_of_a_named_state_becomes_its_organ(nlp: Language) -> None:
    text = "Ostravia's interior ministry condemned the decision."
    resolver = resolver_for(nlp, text, [(ActorType.STATE, "Ostravia", ["Ostravia's"])])
    subject = subject_of(resolver.doc, "condemned")
    assert resolver.resolve(subject, create=False) is None
    key = resolver.resolve(subject)
    ministry = resolver.index.actor(key or "")
    assert ministry is not None and ministry.type is ActorType.ORGANIZATION
    assert ministry.name == "Ostravia's interior ministry" and ministry.part_of == "state/ostravia"


def test_unnamed_ministry_without_a_state_is_the_ministry_as_written(nlp: Language) -> None:
    text = "The new ministry condemned the decision."
    resolver = resolver_for(nlp, text, [])
    ministry = resolver.index.actor(resolver.resolve(subject_of(resolver.doc, "condemned")) or "")
    assert ministry is not None and ministry.type is ActorType.ORGANIZATION and ministry.name == "The new ministry"
    # only a speaker is made an actor: the lookup without ``create`` finds none
    text = "The ministry condemned the decision."
    resolver = resolver_for(nlp, text, [])
    assert resolver.resolve(subject_of(resolver.doc, "condemned"), create=False) is None


def test_surname_the_tagger_takes_for_a_plural_noun(nlp: Language) -> None:
    text = 'Janis Vilks opened the terminal. "Nobody wins when ships sit idle," Vilks said on Tuesday.'
    resolver = resolver_for(nlp, text, [(ActorType.PERSON, "Janis Vilks", [])])
    subject = subject_of(resolver.doc, "said")
    assert subject.pos_ == "NOUN"  # the shape this test is about
    assert resolver.resolve(subject) == "person/janis-vilks"


def test_definite_title_skips_a_person_only_near_the_title(nlp: Language) -> None:
    text = "Judge Arvid Lund said Tomas Brandt had lied. The judge ruled that the deal was void."
    resolver = resolver_for(nlp, text, [(ActorType.PERSON, "Arvid Lund", []), (ActorType.PERSON, "Tomas Brandt", [])])
    assert resolver.resolve(subject_of(resolver.doc, "ruled")) == "person/arvid-lund"


def test_unnamed_speaker_keeps_its_whole_description_and_bare_noun_as_aliases(nlp: Language) -> None:
    text = "Two sources familiar with the talks, speaking on condition of anonymity, said the deal was close."
    resolver = resolver_for(nlp, text, [])
    group = resolver.index.actor(resolver.resolve(subject_of(resolver.doc, "said")) or "")
    assert group is not None and group.name == "Two sources"
    assert group.aliases == ["Two sources familiar with the talks", "sources"]
    text = "A spokeswoman for the Harbor Relief Agency said the port was closed."
    resolver = resolver_for(nlp, text, [(ActorType.ORGANIZATION, "Harbor Relief Agency", [])])
    person = resolver.index.actor(resolver.resolve(subject_of(resolver.doc, "said")) or "")
    assert person is not None and person.aliases == ["A spokeswoman for the Harbor Relief Agency", "spokeswoman"]


def test_specific_definite_organization_description_becomes_an_actor(nlp: Language) -> None:
    text = "The harbour council said the ferry would run. The ministry said nothing new. His family said he was safe."
    resolver = resolver_for(nlp, text, [])
    council = resolver.index.actor(resolver.resolve(subject_of(resolver.doc, "said", 0)) or "")
    assert council is not None and council.type is ActorType.ORGANIZATION and council.name == "The harbour council"
    # "the ministry" with no state or ministry named: still the body that spoke, labelled as written
    ministry = resolver.index.actor(resolver.resolve(subject_of(resolver.doc, "said", 1)) or "")
    assert ministry is not None and ministry.type is ActorType.ORGANIZATION and ministry.name == "The ministry"
    family = resolver.index.actor(resolver.resolve(subject_of(resolver.doc, "said", 2)) or "")
    assert family is not None and family.type is ActorType.GROUP and family.name == "His family"


def test_part_of_an_earlier_unnamed_group_is_that_group(nlp: Language) -> None:
    text = (
        "Ostravia agreed a deal with the Harbor Relief Agency, three sources familiar with the talks said. "
        "The deal covers grain, two of the sources said."
    )
    resolver = resolver_for(nlp, text, [(ActorType.ORGANIZATION, "Harbor Relief Agency", [])])
    first = resolver.resolve(subject_of(resolver.doc, "said", 0))
    assert first is not None and first.startswith("group/")
    assert resolver.resolve(subject_of(resolver.doc, "said", 1)) == first


def test_document_from_a_described_organization(nlp: Language) -> None:
    text = "The port will reopen, according to a statement from the harbour ministry."
    resolver = resolver_for(nlp, text, [])
    statement = next(t for t in resolver.doc if t.text == "statement")
    ministry = resolver.index.actor(resolver.resolve(statement) or "")
    assert ministry is not None and ministry.type is ActorType.ORGANIZATION
    assert ministry.name == "the harbour ministry"


def test_description_alias_stops_before_a_relative_clause(nlp: Language) -> None:
    text = "The port will close, according to people familiar with the plan, who asked not to be named."
    resolver = resolver_for(nlp, text, [])
    people = next(t for t in resolver.doc if t.text == "people")
    group = resolver.index.actor(resolver.resolve(people) or "")
    assert group is not None and "people familiar with the plan" in group.aliases


def test_one_of_them_is_the_group_named_before(nlp: Language) -> None:
    text = "Two workers said the cranes stopped. One of them, a crane driver, said the alarm never rang."
    resolver = resolver_for(nlp, text, [])
    group = resolver.resolve(subject_of(resolver.doc, "said", 0))
    assert group is not None and resolver.resolve(subject_of(resolver.doc, "said", 1)) == group


def test_the_company_is_the_organization_last_in_subject_position(nlp: Language) -> None:
    text = (
        "The harbour's largest union, Dockers United, said the strike was over. "
        "Brimlow Shipping, which runs the terminal, said cranes would restart on Monday. "
        "The company added that no cargo was lost."
    )
    actors = [(ActorType.ORGANIZATION, "Dockers United", []), (ActorType.ORGANIZATION, "Brimlow Shipping", [])]
    resolver = resolver_for(nlp, text, actors)
    assert resolver.resolve(subject_of(resolver.doc, "added")) == "organization/brimlow-shipping"


def test_the_company_is_not_an_organization_introduced_as_a_union(nlp: Language) -> None:
    text = "The harbour's largest union, Dockers United, said the strike was over. The company added nothing."
    resolver = resolver_for(nlp, text, [(ActorType.ORGANIZATION, "Dockers United", [])])
    assert resolver.resolve(subject_of(resolver.doc, "added"), create=False) is None


def test_the_two_countries_are_the_states_last_in_subject_position(nlp: Language) -> None:
    text = (
        "Ostravia and Veldmark agreed to open a hotline, a move aimed at Norland. "
        "In a joint statement, the two countries said they would settle disputes peacefully."
    )
    states = [(ActorType.STATE, name, []) for name in ("Ostravia", "Veldmark", "Norland")]
    resolver = resolver_for(nlp, text, states)
    assert resolver.resolve(subject_of(resolver.doc, "said")) in ("state/ostravia", "state/veldmark")


def test_a_named_police_force_is_an_organization(nlp: Language) -> None:
    text = "Northshire Police said a man had been charged. Police said the road was closed."
    resolver = resolver_for(nlp, text, [])
    force = resolver.index.actor(resolver.resolve(subject_of(resolver.doc, "said", 0)) or "")
    assert force is not None and force.type is ActorType.ORGANIZATION and force.name == "Northshire Police"
    assert resolver.resolve(subject_of(resolver.doc, "said", 1)) == force.key  # the same force again
    resolver = resolver_for(nlp, "Police said the road was closed.", [])
    police = resolver.index.actor(resolver.resolve(subject_of(resolver.doc, "said")) or "")
    assert police is not None and police.type is ActorType.GROUP


def test_reports_in_the_press_are_by_the_press(nlp: Language) -> None:
    text = "The bid was worth 25 million euros, according to reports in the local press."
    resolver = resolver_for(nlp, text, [])
    reports = next(t for t in resolver.doc if t.text == "reports")
    press = resolver.index.actor(resolver.resolve(reports) or "")
    assert press is not None and press.type is ActorType.GROUP and "press" in press.name


def test_the_club_is_the_organization_last_in_subject_position(nlp: Language) -> None:
    text = "Rovers said in a statement that the offer was too low. The club confirmed that its captain was injured."
    resolver = resolver_for(nlp, text, [(ActorType.ORGANIZATION, "Rovers", [])])
    assert resolver.resolve(subject_of(resolver.doc, "confirmed")) == "organization/rovers"


def test_age_description_is_the_person_in_focus(nlp: Language) -> None:
    text = "Mira Olsen has won the prize twice. In an interview, the 41-year-old said she would retire next year."
    resolver = resolver_for(nlp, text, [(ActorType.PERSON, "Mira Olsen", [])])
    assert resolver.resolve(subject_of(resolver.doc, "said")) == "person/mira-olsen"


def test_demonym_description_is_the_organization_in_focus(nlp: Language) -> None:
    text = "Harbor Rovers have turned down a third offer. The Ostravian champions said their keeper was not for sale."
    resolver = resolver_for(
        nlp,
        text,
        [(ActorType.ORGANIZATION, "Harbor Rovers", []), (ActorType.STATE, "Ostravia", ["Ostravian"])],
    )
    assert resolver.resolve(subject_of(resolver.doc, "said"), create=False) == "organization/harbor-rovers"


def test_demonym_press_is_not_an_organization_in_focus(nlp: Language) -> None:
    text = "Harbor Rovers have turned down a third offer. The Ostravian press said the club wanted more."
    resolver = resolver_for(nlp, text, [(ActorType.ORGANIZATION, "Harbor Rovers", [])])
    assert resolver.resolve(subject_of(resolver.doc, "said"), create=False) is None


def test_name_the_parser_hung_deep_in_the_subject_phrase(nlp: Language) -> None:
    text = "Her co-star in Winter Harbour, Jonas Vik, praised her patience on set."
    resolver = resolver_for(nlp, text, [(ActorType.PERSON, "Jonas Vik", [])])
    subject = next(t for t in resolver.doc if t.text == "star")
    assert resolver.resolve(subject, create=False) == "person/jonas-vik"


def test_possessive_post_resolves_to_the_person_named_later_with_that_post(nlp: Language) -> None:
    text = (
        "The Kestrel Reserve Bank kept rates unchanged, and its governor told reporters that inflation was sticky. "
        '"We will wait," Governor Hanne Voss said.'
    )
    resolver = resolver_for(
        nlp, text, [(ActorType.ORGANIZATION, "Kestrel Reserve Bank", []), (ActorType.PERSON, "Hanne Voss", [])]
    )
    assert resolver.resolve(subject_of(resolver.doc, "told")) == "person/hanne-voss"


def test_possessive_post_resolves_through_a_later_apposition(nlp: Language) -> None:
    text = "The province's governor said the roads were closed. The governor, Rafael Ortiz, visited the valley."
    resolver = resolver_for(nlp, text, [(ActorType.PERSON, "Rafael Ortiz", [])])
    assert resolver.resolve(subject_of(resolver.doc, "said")) == "person/rafael-ortiz"


def test_possessive_post_needs_the_whole_post_not_just_its_last_word(nlp: Language) -> None:
    text = (
        "Finance Minister Jane Roe met bankers in Talvia on Monday. Its foreign minister said the talks had gone well."
    )
    resolver = resolver_for(nlp, text, [(ActorType.PERSON, "Jane Roe", []), (ActorType.STATE, "Talvia", [])])
    key = resolver.resolve(subject_of(resolver.doc, "said"))
    assert key != "person/jane-roe"
    actor = resolver.index.actor(key or "")
    assert actor is not None and actor.type is ActorType.PERSON


def test_unnamed_post_holder_is_named_after_its_owner_and_belongs_to_it(nlp: Language) -> None:
    text = "The Ostravian Grain Board raised prices on Friday, and its chairman said the harvest had been poor."
    resolver = resolver_for(nlp, text, [(ActorType.ORGANIZATION, "Ostravian Grain Board", [])])
    key = resolver.resolve(subject_of(resolver.doc, "said"))
    actor = resolver.index.actor(key or "")
    assert actor is not None and actor.type is ActorType.PERSON
    assert actor.name == "chairman of Ostravian Grain Board"
    assert actor.member_of == "organization/ostravian-grain-board"
    assert "its chairman" in actor.aliases


def test_unnamed_post_holder_of_an_owner_that_is_no_actor_keeps_the_owner_words(nlp: Language) -> None:
    text = "Heavy rain fell for a week, and the province's governor said the roads were closed."
    resolver = resolver_for(nlp, text, [])
    key = resolver.resolve(subject_of(resolver.doc, "said"))
    actor = resolver.index.actor(key or "")
    assert actor is not None and actor.name == "governor of the province"
    assert actor.member_of is None


def test_bare_surname_finds_the_person_by_an_earlier_mention_when_the_name_has_a_stray_word(nlp: Language) -> None:
    # The actor stage may keep a stray word in a name; the text's own earlier mention "Lena Hartmann" still ends
    # in the surname, so "Hartmann" alone points back to her (regression: the name alone was compared).
    text = "Lena Hartmann Tuesday opened the fair. Hartmann said the stalls would stay until May."
    index = EntityIndex()
    begin = text.index("Lena Hartmann")
    mention = Span(begin, begin + len("Lena Hartmann"), "Lena Hartmann")
    index.add_actor(Actor("person/lena-hartmann-tuesday", ActorType.PERSON, "Lena Hartmann Tuesday", [], [mention]))
    resolver = SpeakerResolver(nlp(text), index, find_quotes(text))
    said = next(t for t in resolver.doc if t.text == "said")
    surname = next(c for c in said.children if c.dep_ == "nsubj")
    assert resolver.resolve(surname) == "person/lena-hartmann-tuesday"


def test_a_bare_surname_of_someone_else_finds_nobody(nlp: Language) -> None:
    text = "Lena Hartmann opened the fair. Okafor said the stalls would stay until May."
    resolver = resolver_for(nlp, text, [(ActorType.PERSON, "Lena Hartmann", [])])
    assert resolver.resolve(subject_of(resolver.doc, "said")) != "person/lena-hartmann"


def test_the_businessman_points_back_to_the_person_introduced_as_one(nlp: Language) -> None:
    text = "The businessman Arvid Lund bought the mill in March. On Friday the businessman said it would reopen."
    resolver = resolver_for(nlp, text, [(ActorType.PERSON, "Arvid Lund", [])])
    assert resolver.resolve(subject_of(resolver.doc, "said")) == "person/arvid-lund"


def test_bare_last_word_of_a_full_name_typed_as_an_organization_points_back_to_it(nlp: Language) -> None:
    text = "Brett Okafor runs the field office. In March, Okafor said the office would move."
    resolver = resolver_for(nlp, text, [(ActorType.ORGANIZATION, "Brett Okafor", [])])
    assert resolver.resolve(subject_of(resolver.doc, "said")) == "organization/brett-okafor"


def test_her_campaign_is_an_organization_named_after_its_owner(nlp: Language) -> None:
    text = "Lena Hartmann toured the coast. Her campaign said the crowds had doubled."
    resolver = resolver_for(nlp, text, [(ActorType.PERSON, "Lena Hartmann", [])])
    key = resolver.resolve(subject_of(resolver.doc, "said"))
    actor = resolver.index.actor(key) if key is not None else None
    assert actor is not None and actor.type is ActorType.ORGANIZATION
    assert actor.name == "campaign of Lena Hartmann" and "Her campaign" in actor.aliases


def test_her_campaign_without_anyone_she_could_be_is_unresolved(nlp: Language) -> None:
    text = "The coast was quiet. Her campaign said the crowds had doubled."
    resolver = resolver_for(nlp, text, [(ActorType.ORGANIZATION, "Harbor Relief Agency", [])])
    assert resolver.resolve(subject_of(resolver.doc, "said")) is None


def test_possessive_owner_of_a_spokesman_is_not_the_spokesman(nlp: Language) -> None:
    # Regression: "Brandt’s spokesman" (the mention taking in the possessive) made Brandt a person introduced
    # with the title "spokesman".
    text = (
        "Governor Tomas Brandt spoke on Monday. Brandt’s spokesman said he stood by it. "
        "The road will open, the spokesman said."
    )
    resolver = resolver_for(nlp, text, [(ActorType.PERSON, "Tomas Brandt", ["Brandt’s"])])
    doc = resolver.doc
    first = resolver.resolve(subject_of(doc, "said", 0))
    assert first is not None and first != "person/tomas-brandt"
    assert resolver.resolve(subject_of(doc, "said", 1)) == first


def test_title_in_another_clause_after_a_name_does_not_introduce_it(nlp: Language) -> None:
    # Regression: "Brandt thanked the mayor" made Brandt the person introduced with the title "mayor".
    text = (
        "Mayor Lena Hartmann and Tomas Brandt met on Friday. Brandt thanked the mayor for the funds. "
        "Later the mayor said the road would be finished."
    )
    resolver = resolver_for(
        nlp, text, [(ActorType.PERSON, "Lena Hartmann", []), (ActorType.PERSON, "Tomas Brandt", ["Brandt"])]
    )
    assert resolver.resolve(subject_of(resolver.doc, "said")) == "person/lena-hartmann"


def test_title_set_beside_a_name_by_commas_introduces_it(nlp: Language) -> None:
    text = "Tomas Brandt, the regional governor, visited the port on Friday. Later the governor said it was ready."
    resolver = resolver_for(nlp, text, [(ActorType.PERSON, "Tomas Brandt", [])])
    assert resolver.resolve(subject_of(resolver.doc, "said")) == "person/tomas-brandt"


def test_share_of_a_group_speaks_as_a_group_of_its_own(nlp: Language) -> None:
    text = "About 40 percent of Liberals said they backed the new harbour tax."
    resolver = resolver_for(nlp, text, [(ActorType.ORGANIZATION, "Liberal Party", ["Liberals"])])
    key = resolver.resolve(subject_of(resolver.doc, "said"))
    share = resolver.index.actor(key or "")
    assert share is not None and share.type is ActorType.GROUP
    assert share.name == "About 40 percent of Liberals"
    assert share.member_of == "organization/liberal-party"


def test_a_count_of_a_group_after_a_share_is_the_group_not_the_share(nlp: Language) -> None:
    text = "Half of the delegates said the vote was rigged, while two of the delegates said it was fair."
    resolver = resolver_for(nlp, text, [])
    doc = resolver.doc
    share = resolver.index.actor(resolver.resolve(subject_of(doc, "said", 0)) or "")
    group = resolver.index.actor(resolver.resolve(subject_of(doc, "said", 1)) or "")
    assert share is not None and share.name == "Half of the delegates"
    assert group is not None and group.name == "the delegates" and share.member_of == group.key


@pytest.mark.parametrize(
    ("text", "verb", "name"),
    [
        ("A number of beekeepers said the spraying had to stop.", "said", "A number of beekeepers"),
        ("A growing number of dentists say sugar taxes work.", "say", "A growing number of dentists"),
        ("Half of the crowd said the concert ran too long.", "said", "Half of the crowd"),
    ],
)
def test_a_number_of_people_speaks_as_a_share_of_them(nlp: Language, text: str, verb: str, name: str) -> None:
    resolver = resolver_for(nlp, text, [])
    share = resolver.index.actor(resolver.resolve(subject_of(resolver.doc, verb)) or "")
    assert share is not None and share.type is ActorType.GROUP and share.name == name


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The number of burglaries suggests the old lock law failed.", "suggests"),
        ("Half of the floods show that the levees are too low.", "show"),
        ("A third of the readings suggest the lake is warming.", "suggest"),
        # "the number of" people is a figure, not some of the people
        ("The number of dentists says little about the care.", "says"),
    ],
)
def test_a_share_of_things_is_no_speaker(nlp: Language, text: str, verb: str) -> None:
    resolver = resolver_for(nlp, text, [])
    assert resolver.resolve(subject_of(resolver.doc, verb)) is None


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Sixty percent of the marinas said the mooring fees were too high.", "said"),
        ("Half of the clinics report a shortage of saline.", "report"),
        ("A quarter of the breweries said they would raise prices.", "said"),
    ],
)
def test_a_share_of_bodies_no_word_list_names_still_speaks_regression(nlp: Language, text: str, verb: str) -> None:
    resolver = resolver_for(nlp, text, [])
    share = resolver.index.actor(resolver.resolve(subject_of(resolver.doc, verb)) or "")
    assert share is not None and share.type is ActorType.GROUP


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("Number 10 said the ferry tolls would stay.", "said"),
        ("The union's number two said the strike would go on.", "said"),
    ],
)
def test_a_number_with_no_of_after_it_is_no_share_regression(nlp: Language, text: str, verb: str) -> None:
    resolver = resolver_for(nlp, text, [])
    actor = resolver.index.actor(resolver.resolve(subject_of(resolver.doc, verb)) or "")
    assert actor is None or actor.type is not ActorType.GROUP, actor


def test_unspecified_people_are_named_by_the_words_after_them(nlp: Language) -> None:
    text = "Some in the farming lobby say the tariff is too high. Others who oppose the plan said it would fail."
    resolver = resolver_for(nlp, text, [])
    doc = resolver.doc
    some = resolver.index.actor(resolver.resolve(subject_of(doc, "say")) or "")
    others = resolver.index.actor(resolver.resolve(subject_of(doc, "said")) or "")
    assert some is not None and some.name == "Some in the farming lobby"
    assert others is not None and others.name == "Others who oppose the plan"


def test_one_member_of_a_named_party_is_a_person_of_its_own(nlp: Language) -> None:
    text = "The Labour Party met on Sunday. One Yorkshire Labour member said the vote was close."
    resolver = resolver_for(nlp, text, [(ActorType.ORGANIZATION, "Labour Party", ["Labour"])])
    # The parser heads the phrase on "member"; a bare party word counted as one is the same construction.
    key = resolver.resolve(subject_of(resolver.doc, "said"))
    assert key != "organization/labour-party"
    text = "The Liberal Party met on Sunday. One Liberal said the vote was close."
    resolver = resolver_for(nlp, text, [(ActorType.ORGANIZATION, "Liberal Party", ["Liberal"])])
    key = resolver.resolve(subject_of(resolver.doc, "said"))
    member = resolver.index.actor(key or "")
    assert member is not None and member.type is ActorType.PERSON and member.name == "One Liberal"
    assert member.member_of == "organization/liberal-party"


def test_bare_demonym_subject_is_the_person_of_that_surname(nlp: Language) -> None:
    # Regression: a surname that is also a demonym ("Ostravian") was taken for the state it names.
    text = "Jana Ostravian, a banker, spoke in Ostravia on Monday. Ostravian said the bank would grow."
    resolver = resolver_for(
        nlp,
        text,
        [(ActorType.STATE, "Ostravia", ["Ostravian"]), (ActorType.PERSON, "Jana Ostravian", [])],
    )
    assert resolver.resolve(subject_of(resolver.doc, "said")) == "person/jana-ostravian"


def test_name_qualifying_an_organization_noun_introduces_it(nlp: Language) -> None:
    text = "The Nordwire news agency wrote that the harvest was poor. Later the agency said prices had risen."
    resolver = resolver_for(nlp, text, [(ActorType.ORGANIZATION, "Nordwire", [])])
    assert resolver.resolve(subject_of(resolver.doc, "said")) == "organization/nordwire"


def test_counted_noun_with_a_name_in_apposition_is_the_named_actor(nlp: Language) -> None:
    text = "A rival shipyard, Velta Motors, said it would hire welders."
    resolver = resolver_for(nlp, text, [(ActorType.ORGANIZATION, "Velta Motors", [])])
    assert resolver.resolve(subject_of(resolver.doc, "said")) == "organization/velta-motors"


def test_report_named_inside_what_someone_said_is_not_theirs(nlp: Language) -> None:
    # Regression: "X said she saw no proof in the report" made X the author of "the report" said next. A report
    # whose issuer is not given speaks for its unnamed authors.
    said_in = "Lena Hartmann said in a report on Monday that the dam was weak. The report said repairs were late."
    said_about = (
        "The board met on Monday. Lena Hartmann said she saw no proof in the report. The report said it was weak."
    )
    cited_by_it = "The report cited an audit by Lena Hartmann on the dam. The report said it was weak."
    unnamed = "group/authors-of-the-report"
    for text, author in ((said_in, "person/lena-hartmann"), (said_about, unnamed), (cited_by_it, unnamed)):
        resolver = resolver_for(nlp, text, [(ActorType.PERSON, "Lena Hartmann", [])])
        resolver.remember(text.index("Lena Hartmann") + 19, "person/lena-hartmann")
        assert resolver.resolve(subject_of(resolver.doc, "said", -1)) == author


def resolved_new_speaker(nlp: Language, text: str, verb: str) -> tuple[str | None, list[tuple[str, ActorType]]]:
    resolver = resolver_for(nlp, text, [])
    key = resolver.resolve(subject_of(resolver.doc, verb))
    return key, [(a.name, a.type) for a in resolver.index.actors]


@pytest.mark.parametrize(
    "text, verb",
    [
        ("Okafor said the bridge would reopen.", "said"),
        ("Tervo says the vote will be close.", "says"),
    ],
)
def test_unlabelled_surname_speaking_becomes_a_person(nlp: Language, text: str, verb: str) -> None:
    key, actors = resolved_new_speaker(nlp, text, verb)
    assert key is not None
    assert actors == [(text.split()[0], ActorType.PERSON)]


@pytest.mark.parametrize(
    "text, verb",
    [
        ("March said the law was wrong.", "said"),  # a month
        ("Ireland said the deal was off.", "said"),  # a country, though the index lacks it
        ("The ministry said it would act.", "said"),  # a common noun
    ],
)
def test_month_country_or_common_noun_speaking_makes_no_person(nlp: Language, text: str, verb: str) -> None:
    key, actors = resolved_new_speaker(nlp, text, verb)
    assert key is None or key.startswith("organization")
    assert all(actor_type is not ActorType.PERSON for _, actor_type in actors)


def test_one_of_a_group_named_beside_it_is_that_person(nlp: Language) -> None:
    text = "Tomas Reyes guards the depot. One of the guards, Tomas Reyes, said the gate was shut."
    resolver = resolver_for(nlp, text, [(ActorType.PERSON, "Tomas Reyes", [])])
    key = resolver.resolve(subject_of(resolver.doc, "said"))
    assert key == actor_key(ActorType.PERSON, "Tomas Reyes")


def test_one_of_a_group_without_a_name_is_still_the_group(nlp: Language) -> None:
    text = "Tomas Reyes met the guards. One of the guards said the gate was shut."
    resolver = resolver_for(nlp, text, [(ActorType.PERSON, "Tomas Reyes", [])])
    key = resolver.resolve(subject_of(resolver.doc, "said"))
    assert key != actor_key(ActorType.PERSON, "Tomas Reyes")


@pytest.mark.parametrize(
    "text, verb, expected",
    [
        ("The Vindicator reported that the mill would close.", "reported", ActorType.ORGANIZATION),
        ("Someone at the back of the hall said the speech ran long.", "said", ActorType.PERSON),
        ("Everyone at the table agreed the soup was cold.", "agreed", ActorType.GROUP),
        ("Those surveyed said the buses ran late.", "said", ActorType.GROUP),
    ],
)
def test_unnamed_or_unlabelled_speaker_becomes_an_actor_of_its_kind(
    nlp: Language, text: str, verb: str, expected: ActorType
) -> None:
    key, actors = resolved_new_speaker(nlp, text, verb)
    assert key is not None
    assert [actor_type for _, actor_type in actors] == [expected]


def test_headline_case_tells_a_title_from_a_sentence_with_names(nlp: Language) -> None:
    from kgingest.extract.speakers.descriptions import headline_case

    assert headline_case(nlp("Harbour Pilot Says Storm Season Starts Early")[:])
    assert not headline_case(nlp("Okafor said the Northgate Ferry Company would raise fares.")[:])


def test_pronoun_in_a_leading_clause_points_to_the_main_subject_after_it(nlp: Language) -> None:
    text = "A day before she was due to testify, Senator Ilse Varga said the hearing should wait."
    resolver = resolver_for(nlp, text, [(ActorType.PERSON, "Ilse Varga", [])])
    pronoun = next(t for t in resolver.doc if t.lower_ == "she")
    assert resolver.resolve(pronoun) == actor_key(ActorType.PERSON, "Ilse Varga")


def test_pronoun_in_a_leading_clause_needs_a_fitting_main_subject(nlp: Language) -> None:
    text = "A day before she was due to testify, the Varga Foundation said the hearing should wait."
    resolver = resolver_for(nlp, text, [(ActorType.ORGANIZATION, "Varga Foundation", [])])
    pronoun = next(t for t in resolver.doc if t.lower_ == "she")
    assert resolver.resolve(pronoun) is None


def test_unlabelled_name_labelled_an_organization_elsewhere_is_one(nlp: Language) -> None:
    # The resolver is given an empty index: the actor stage missed the firm, only the recognizer's label is left.
    key, actors = resolved_new_speaker(nlp, "Brellow Inc. cut 300 jobs. Brellow said sales had slowed.", "said")
    assert key is not None
    assert actors == [("Brellow", ActorType.ORGANIZATION)]


# ------------------------------------------------------------ documents that speak without a named issuer


@pytest.mark.parametrize(
    "text, verb, expected",
    [
        ("A court filing lodged on Friday says the quarry broke its permit.", "says", "authors of a court filing"),
        ("The complaint alleges that the board hid the losses.", "alleges", "authors of the complaint"),
        ("A leaked memo warned that the canal fund would run dry.", "warned", "authors of a leaked memo"),
    ],
)
def test_document_without_an_issuer_speaks_for_its_unnamed_authors(
    nlp: Language, text: str, verb: str, expected: str
) -> None:
    key, actors = resolved_new_speaker(nlp, text, verb)
    assert key is not None
    assert actors == [(expected, ActorType.GROUP)]


def test_document_without_an_issuer_is_not_created_unless_asked(nlp: Language) -> None:
    resolver = resolver_for(nlp, "A leaked memo warned that the canal fund would run dry.", [])
    assert resolver.resolve(subject_of(resolver.doc, "warned"), create=False) is None
    assert resolver.index.actors == []


def test_the_same_kind_of_document_again_has_the_same_unnamed_authors(nlp: Language) -> None:
    text = "A new survey found that rents doubled. The survey also says that wages stalled."
    resolver = resolver_for(nlp, text, [])
    first = resolver.resolve(subject_of(resolver.doc, "found"))
    assert first is not None
    assert resolver.resolve(subject_of(resolver.doc, "says")) == first


def test_another_kind_of_document_has_other_authors(nlp: Language) -> None:
    text = "A new survey found that rents doubled. The letter says that wages stalled."
    resolver = resolver_for(nlp, text, [])
    first = resolver.resolve(subject_of(resolver.doc, "found"))
    assert first is not None
    assert resolver.resolve(subject_of(resolver.doc, "says")) not in (None, first)


@pytest.mark.parametrize(
    "text, verb",
    [
        ("Chairwoman Edda Sorvik opened the session. The chairwoman's letter argued that fees must rise.", "argued"),
        ("Edda Sorvik runs a bakery. Her letter argued that fees must rise.", "argued"),
    ],
)
def test_document_owned_by_a_description_or_pronoun_is_by_whom_it_stands_for(
    nlp: Language, text: str, verb: str
) -> None:
    resolver = resolver_for(nlp, text, [(ActorType.PERSON, "Edda Sorvik", [])])
    assert resolver.resolve(subject_of(resolver.doc, verb)) == actor_key(ActorType.PERSON, "Edda Sorvik")


def test_noun_of_an_act_is_no_person_that_speaks(nlp: Language) -> None:
    # "-ment" forms a noun for an act or thing, not a doer, though "-ent" does ("respondent").
    _, actors = resolved_new_speaker(nlp, "The new advertisement says the ferry is faster.", "says")
    assert all(actor_type is not ActorType.PERSON for _, actor_type in actors)


def test_apposition_check_stops_at_a_verb_phrase_after_the_name(nlp: Language) -> None:
    # "Ostravia, ended her campaign": the comma closes a clause, it does not set "campaign" beside the name.
    text = "Rita Oduya, a senator from Ostravia, ended her campaign on Monday. The campaign said its money ran out."
    resolver = resolver_for(nlp, text, [(ActorType.PERSON, "Rita Oduya", []), (ActorType.ORGANIZATION, "Ostravia", [])])
    assert resolver.resolve(subject_of(resolver.doc, "said")) != actor_key(ActorType.ORGANIZATION, "Ostravia")


# ------------------------------------------------------------ members of a party, epithets


@pytest.mark.parametrize(
    "text, verb",
    [
        ("The Liberal Party lost four seats. Liberals who backed the leader warned that it must change.", "warned"),
        ("The Liberal Party lost four seats. Even Liberals in the north say the result is grim.", "say"),
    ],
)
def test_bare_plural_of_a_party_member_is_some_of_its_people(nlp: Language, text: str, verb: str) -> None:
    resolver = resolver_for(nlp, text, [(ActorType.ORGANIZATION, "Liberal Party", ["Liberals"])])
    key = resolver.resolve(subject_of(resolver.doc, verb))
    group = resolver.index.actor(key or "")
    assert group is not None and group.type is ActorType.GROUP
    assert group.member_of == actor_key(ActorType.ORGANIZATION, "Liberal Party")


def test_plural_name_of_an_organization_is_the_organization(nlp: Language) -> None:
    text = "The Greens won four seats. The Greens said the result was a mandate."
    resolver = resolver_for(nlp, text, [(ActorType.ORGANIZATION, "The Greens", ["Greens"])])
    assert resolver.resolve(subject_of(resolver.doc, "said", 0)) == actor_key(ActorType.ORGANIZATION, "The Greens")


def test_epithet_never_said_of_the_titled_person_is_not_that_person(nlp: Language) -> None:
    # The subject in focus is not taken instead: "the Ostravian diplomat" may be a third person, so it stays
    # an unnamed person of its own rather than a wrong guess.
    text = (
        "Ambassador Jane Holm says the talks will resume, and that she was surprised by diplomat Tom Vale's remarks. "
        "Speaking on Tuesday, the Ostravian diplomat said the border would reopen."
    )
    people = [(ActorType.PERSON, "Jane Holm", []), (ActorType.PERSON, "Tom Vale", [])]
    resolver = resolver_for(nlp, text, people)
    key = resolver.resolve(subject_of(resolver.doc, "said"))
    assert key not in (actor_key(ActorType.PERSON, "Jane Holm"), actor_key(ActorType.PERSON, "Tom Vale"))


def test_epithet_said_of_the_titled_person_is_that_person(nlp: Language) -> None:
    text = (
        "Ambassador Jane Holm says the talks will resume, and that she was surprised by Ostravian diplomat Tom "
        "Vale's remarks. Speaking on Tuesday, the Ostravian diplomat said the border would reopen."
    )
    people = [(ActorType.PERSON, "Jane Holm", []), (ActorType.PERSON, "Tom Vale", [])]
    resolver = resolver_for(nlp, text, people)
    assert resolver.resolve(subject_of(resolver.doc, "said")) == actor_key(ActorType.PERSON, "Tom Vale")


@pytest.mark.parametrize(
    "text, verb",
    [
        ('Maria Keller stepped down in a note to her staff stating, "I can no longer serve."', "stepped"),
        ("Maria Keller replied by email, adding that the club would go on.", "replied"),
    ],
)
def test_document_the_subject_acted_through_is_the_subjects(nlp: Language, text: str, verb: str) -> None:
    resolver = resolver_for(nlp, text, [(ActorType.PERSON, "Maria Keller", [])])
    verb_token = next(t for t in resolver.doc if t.text == verb)
    preposition = next(c for c in verb_token.children if c.dep_ == "prep")
    document = next(c for c in preposition.children if c.dep_ == "pobj")
    assert resolver.resolve(document) == actor_key(ActorType.PERSON, "Maria Keller")


def test_document_named_in_another_phrase_is_not_the_subjects(nlp: Language) -> None:
    # "about a letter": the letter is what the clause is about, not what its subject wrote.
    text = "Maria Keller complained about a letter that said the club would close."
    resolver = resolver_for(nlp, text, [(ActorType.PERSON, "Maria Keller", [])])
    letter = next(t for t in resolver.doc if t.text == "letter")
    assert resolver.resolve(letter) != actor_key(ActorType.PERSON, "Maria Keller")


@pytest.mark.parametrize(
    "text, verb, expected",
    [
        ("The new advertisement says the ferry is faster.", "says", "authors of the new advertisement"),
        ("The suit claims that the landlord ignored the leaks.", "claims", "authors of the suit"),
    ],
)
def test_piece_made_to_carry_words_speaks_for_its_makers(nlp: Language, text: str, verb: str, expected: str) -> None:
    key, actors = resolved_new_speaker(nlp, text, verb)
    assert key is not None
    assert actors == [(expected, ActorType.GROUP)]


@pytest.mark.parametrize(
    "text",
    [
        "The Harbor Board released a study in May. The study found that the docks were unsafe.",
        "A study commissioned by the Harbor Board came out in May. The study found that the docks were unsafe.",
    ],
)
def test_document_put_out_earlier_is_by_whoever_put_it_out(nlp: Language, text: str) -> None:
    resolver = resolver_for(nlp, text, [(ActorType.ORGANIZATION, "Harbor Board", [])])
    assert resolver.resolve(subject_of(resolver.doc, "found")) == actor_key(ActorType.ORGANIZATION, "Harbor Board")


def test_document_an_actor_only_read_earlier_is_not_theirs(nlp: Language) -> None:
    text = "The Harbor Board read the study in May. The study found that the docks were unsafe."
    resolver = resolver_for(nlp, text, [(ActorType.ORGANIZATION, "Harbor Board", [])])
    assert resolver.resolve(subject_of(resolver.doc, "found")) != actor_key(ActorType.ORGANIZATION, "Harbor Board")


@pytest.mark.parametrize(
    "introduction",
    [
        "President Maria Keller met Harbor Board President Tomas Brandt on Monday.",
        "President Maria Keller met Vice President Tomas Brandt on Monday.",
    ],
)
def test_the_bare_title_is_not_a_narrower_post_named_nearer(nlp: Language, introduction: str) -> None:
    text = f"{introduction} The president said that trade would grow."
    people = [(ActorType.PERSON, "Maria Keller", []), (ActorType.PERSON, "Tomas Brandt", [])]
    actors = [*people, (ActorType.ORGANIZATION, "Harbor Board", [])]
    resolver = resolver_for(nlp, text, actors)
    assert resolver.resolve(subject_of(resolver.doc, "said")) == actor_key(ActorType.PERSON, "Maria Keller")


def test_the_narrower_title_finds_the_person_introduced_with_it(nlp: Language) -> None:
    text = "Vice President Tomas Brandt spoke on Monday. The vice president added that trade would grow."
    resolver = resolver_for(nlp, text, [(ActorType.PERSON, "Tomas Brandt", [])])
    assert resolver.resolve(subject_of(resolver.doc, "added")) == actor_key(ActorType.PERSON, "Tomas Brandt")


def test_place_a_document_was_about_earlier_is_not_its_issuer(nlp: Language) -> None:
    text = "A poll in Ostravia came out in May. The poll found that the docks were unpopular."
    resolver = resolver_for(nlp, text, [(ActorType.STATE, "Ostravia", [])])
    assert resolver.resolve(subject_of(resolver.doc, "found")) != actor_key(ActorType.STATE, "Ostravia")


@pytest.mark.parametrize(
    "text",
    [
        '"Prices," said Lena Ortiz, a baker.',
        '"Quality," said Lena Ortiz, a baker from Lyon.',
    ],
)
def test_quoted_word_the_parser_took_for_a_subject_gives_way_to_the_speaker_after_the_verb(
    nlp: Language, text: str
) -> None:
    resolver = resolver_for(nlp, text, [(ActorType.PERSON, "Lena Ortiz", [])])
    verb = next(t for t in resolver.doc if t.lower_ in ("said", "says"))
    # Whichever word the parser makes the subject (the quoted word or the name), the speaker is the person.
    subject, *_ = sorted((c for c in verb.children if c.dep_ == "nsubj"), key=lambda t: t.i)
    assert resolver.resolve(subject) == actor_key(ActorType.PERSON, "Lena Ortiz")


def test_subject_inside_a_quotation_with_its_verb_still_speaks(nlp: Language) -> None:
    text = 'Lena Ortiz said: "Kai Brandt told me he would quit."'
    resolver = resolver_for(nlp, text, [(ActorType.PERSON, "Lena Ortiz", []), (ActorType.PERSON, "Kai Brandt", [])])
    assert resolver.resolve(subject_of(resolver.doc, "told")) == actor_key(ActorType.PERSON, "Kai Brandt")


@pytest.mark.parametrize(
    "text, verb, wanted",
    [
        ("One in nine anglers at the harbor said the quotas were fair.", "said", "anglers"),
        ("About two in five nurses polled by the union say their shifts run too long.", "say", "nurses"),
        ("Three out of ten growers in the valley told inspectors the frost had cost them.", "told", "growers"),
    ],
)
def test_share_given_as_n_in_m_speaks_as_that_share_of_the_group(
    nlp: Language, text: str, verb: str, wanted: str
) -> None:
    resolver = resolver_for(nlp, text, [])
    key = resolver.resolve(subject_of(resolver.doc, verb))
    group = resolver.index.actor(key or "")
    assert group is not None and group.type is ActorType.GROUP
    assert wanted in group.name.split()


@pytest.mark.parametrize(
    "text, verb",
    [
        ("The Green Party met on Friday. Most of the embattled state Greens said they would back the budget.", "said"),
        ("The Liberal Party lost four seats. Several of the Liberals told reporters the leader must go.", "told"),
    ],
)
def test_share_of_a_party_plural_is_some_of_its_people(nlp: Language, text: str, verb: str) -> None:
    party = ("Green Party", ["Greens"]) if "Green" in text else ("Liberal Party", ["Liberals"])
    resolver = resolver_for(nlp, text, [(ActorType.ORGANIZATION, party[0], party[1])])
    key = resolver.resolve(subject_of(resolver.doc, verb))
    group = resolver.index.actor(key or "")
    assert group is not None and group.type is ActorType.GROUP
    assert group.member_of == actor_key(ActorType.ORGANIZATION, party[0])


@pytest.mark.parametrize(
    "text, verb",
    [
        (
            "Dana Ortiz is running for the Senate. Her Senate campaign has raised money. "
            "Ortiz's campaign said the governor owed voters an apology.",
            "said",
        ),
        (
            "Jon Pell joined the Harbor Commission race. The commission race drew three rivals. "
            "Pell's campaign warned that the port would lose jobs.",
            "warned",
        ),
    ],
)
def test_organization_owned_by_a_name_is_not_another_named_beside_the_same_noun(
    nlp: Language, text: str, verb: str
) -> None:
    owner = "Dana Ortiz" if "Ortiz" in text else "Jon Pell"
    other = ("Senate", []) if "Senate" in text else ("Harbor Commission", [])
    resolver = resolver_for(
        nlp,
        text,
        [(ActorType.PERSON, owner, [owner.split()[-1]]), (ActorType.ORGANIZATION, other[0], list(other[1]))],
    )
    key = resolver.resolve(subject_of(resolver.doc, verb))
    assert key != actor_key(ActorType.ORGANIZATION, other[0])
    campaign = resolver.index.actor(key or "")
    assert campaign is not None and campaign.type is ActorType.ORGANIZATION
    assert owner.split()[-1] in campaign.name


@pytest.mark.parametrize(
    "text, others",
    [
        (
            "Nadia Korhonen was also flying to Lisbon, her friend said. Later Jonas Berg lost his wallet. "
            "His friend Marek Lind found it.",
            ["Nadia Korhonen", "Jonas Berg", "Marek Lind"],
        ),
        (
            "Ruth Adler missed the ferry, her neighbor said. Hugo Sand's neighbor, Olga Petrov, saw him leave.",
            ["Ruth Adler", "Hugo Sand", "Olga Petrov"],
        ),
    ],
)
def test_relation_owned_by_one_person_is_not_the_same_relation_of_another(
    nlp: Language, text: str, others: list[str]
) -> None:
    resolver = resolver_for(nlp, text, [(ActorType.PERSON, name, []) for name in others])
    key = resolver.resolve(subject_of(resolver.doc, "said"))
    assert key not in {actor_key(ActorType.PERSON, name) for name in others}


def test_relation_named_later_with_the_same_owner_is_that_person(nlp: Language) -> None:
    text = "Ruth Adler missed the ferry, her neighbor said. Adler's neighbor, Olga Petrov, saw her run for it."
    resolver = resolver_for(
        nlp, text, [(ActorType.PERSON, "Ruth Adler", ["Adler"]), (ActorType.PERSON, "Olga Petrov", [])]
    )
    assert resolver.resolve(subject_of(resolver.doc, "said")) == actor_key(ActorType.PERSON, "Olga Petrov")


@pytest.mark.parametrize(
    "text",
    [
        "Ines Mora had moved to Porto, her friend said. Another friend, Lucia Brand, said she loved the sea.",
        "Ines Mora had moved to Porto, her friend said. Lucia Brand, another friend, said she loved the sea.",
    ],
)
def test_another_of_the_same_relation_is_not_the_one_described(nlp: Language, text: str) -> None:
    resolver = resolver_for(nlp, text, [(ActorType.PERSON, "Ines Mora", []), (ActorType.PERSON, "Lucia Brand", [])])
    key = resolver.resolve(subject_of(resolver.doc, "said", 0))
    assert key != actor_key(ActorType.PERSON, "Lucia Brand")


@pytest.mark.parametrize(
    "text, verb, kin",
    [
        ("Pavel Horak was held at the airport on Sunday. His wife said he had broken no law.", "said", "wife"),
        (
            "Lina Okoro finished first in the marathon. Her grandfather told the crowd she ran daily.",
            "told",
            "grandfather",
        ),
        ("Pavel Horak lost his seat. His daughter insists that the count was flawed.", "insists", "daughter"),
    ],
)
def test_kin_of_someone_named_speaks_as_that_persons_kin(nlp: Language, text: str, verb: str, kin: str) -> None:
    owner = "Pavel Horak" if "Pavel" in text else "Lina Okoro"
    resolver = resolver_for(nlp, text, [(ActorType.PERSON, owner, [])])
    key = resolver.resolve(subject_of(resolver.doc, verb))
    person = resolver.index.actor(key or "")
    assert person is not None and person.type is ActorType.PERSON
    assert kin in person.name and owner in person.name
    assert person.member_of == actor_key(ActorType.PERSON, owner)


@pytest.mark.parametrize(
    "text, organization, person",
    [
        (
            "Chief economist at Northgate Savings Bank Ivo Marsh said the rates would climb.",
            "Northgate Savings Bank",
            "Ivo Marsh",
        ),
        (
            "Head of research at the Delmar Institute Paula Stein said demand was weak.",
            "Delmar Institute",
            "Paula Stein",
        ),
    ],
)
def test_title_at_an_organization_then_the_name_is_that_person(
    nlp: Language, text: str, organization: str, person: str
) -> None:
    resolver = resolver_for(nlp, text, [(ActorType.ORGANIZATION, organization, []), (ActorType.PERSON, person, [])])
    assert resolver.resolve(subject_of(resolver.doc, "said")) == actor_key(ActorType.PERSON, person)


def test_spokeswoman_for_a_named_person_is_not_that_person(nlp: Language) -> None:
    text = "A spokeswoman for Governor Hal Brenner said the bridge would reopen."
    resolver = resolver_for(nlp, text, [(ActorType.PERSON, "Hal Brenner", [])])
    assert resolver.resolve(subject_of(resolver.doc, "said")) != actor_key(ActorType.PERSON, "Hal Brenner")


@pytest.mark.parametrize(
    "text, verb, written",
    [
        ("Earlier bulletins claim the ferry captain had been warned.", "claim", "Earlier bulletins"),
        ("A new survey found that rents doubled. The survey also says that wages stalled.", "says", "The survey"),
    ],
)
def test_unnamed_authors_keep_the_document_as_written_among_their_names(
    nlp: Language, text: str, verb: str, written: str
) -> None:
    resolver = resolver_for(nlp, text, [])
    key = resolver.resolve(subject_of(resolver.doc, verb))
    group = resolver.index.actor(key or "")
    assert group is not None and group.name.startswith("authors of ")
    assert written in group.aliases


@pytest.mark.parametrize(
    "text, verb, issuer",
    [
        (
            "Rolf Industries filed for bankruptcy protection on Monday. The filing showed that the firm owed its "
            "lenders $40 million.",
            "showed",
            (ActorType.ORGANIZATION, "Rolf Industries"),
        ),
        (
            "The Harbor Tribunal ruled on the appeal in March. The ruling said the permit was void.",
            "said",
            (ActorType.ORGANIZATION, "Harbor Tribunal"),
        ),
    ],
)
def test_document_named_by_the_act_of_an_earlier_subject_is_that_subjects(
    nlp: Language, text: str, verb: str, issuer: tuple[ActorType, str]
) -> None:
    resolver = resolver_for(nlp, text, [(issuer[0], issuer[1], [])])
    assert resolver.resolve(subject_of(resolver.doc, verb)) == actor_key(*issuer)


def test_document_named_by_an_act_of_someone_else_in_another_paragraph_is_not_theirs(nlp: Language) -> None:
    text = "Rolf Industries filed for bankruptcy protection last year.\n\nA filing this week says the mine will close."
    resolver = resolver_for(nlp, text, [(ActorType.ORGANIZATION, "Rolf Industries", [])])
    assert resolver.resolve(subject_of(resolver.doc, "says")) != actor_key(ActorType.ORGANIZATION, "Rolf Industries")


@pytest.mark.parametrize(
    "text, verb, person, expected",
    [
        (
            "Governor Mara Olsen's administration announced that the canal toll would double.",
            "announced",
            "Mara Olsen",
            "Mara Olsen's administration",
        ),
        (
            "Senator Tom Reyes's campaign denied that its donor list had leaked.",
            "denied",
            "Tom Reyes",
            "Tom Reyes's campaign",
        ),
    ],
)
def test_organization_of_a_named_owner_is_named_without_the_owners_title(
    nlp: Language, text: str, verb: str, person: str, expected: str
) -> None:
    resolver = resolver_for(nlp, text, [(ActorType.PERSON, person, [])])
    key = resolver.resolve(subject_of(resolver.doc, verb))
    actor = resolver.index.actor(key or "")
    assert actor is not None and actor.type is ActorType.ORGANIZATION
    assert actor.name == expected
    assert text.split(f" {verb}")[0] in actor.aliases


def test_organization_of_a_named_owner_without_a_title_keeps_its_phrase(nlp: Language) -> None:
    text = "Mara Olsen's campaign denied that its donor list had leaked."
    resolver = resolver_for(nlp, text, [(ActorType.PERSON, "Mara Olsen", [])])
    actor = resolver.index.actor(resolver.resolve(subject_of(resolver.doc, "denied")) or "")
    assert actor is not None and actor.name == "Mara Olsen's campaign"


@pytest.mark.parametrize(
    "text",
    [
        "Ostravia sent two frigates north on Monday. The Coastal State said its guards had seized the harbour.",
        "Ostravia closed its border. The Free State of Norrmark said the closure was unlawful.",
    ],
)
def test_a_name_ending_in_state_is_no_description_of_the_state_named_before(nlp: Language, text: str) -> None:
    resolver = resolver_for(nlp, text, [(ActorType.STATE, "Ostravia", [])])
    assert resolver.resolve(subject_of(resolver.doc, "said")) != actor_key(ActorType.STATE, "Ostravia")


@pytest.mark.parametrize(
    "text",
    [
        "Ostravia sent two frigates north on Monday. The state said its guards had seized the harbour.",
        "Ostravia sent two frigates north on Monday. The coastal state said its guards had seized the harbour.",
    ],
)
def test_the_state_still_points_back_at_the_state_named_before(nlp: Language, text: str) -> None:
    resolver = resolver_for(nlp, text, [(ActorType.STATE, "Ostravia", [])])
    assert resolver.resolve(subject_of(resolver.doc, "said")) == actor_key(ActorType.STATE, "Ostravia")
