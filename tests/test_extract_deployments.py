"""Deployments from our own sentences, with indexes built by hand (independent of the actor stage)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from kgingest.extract.deployments import find_deployments
from kgingest.extract.deployments.merging import fold_formations
from kgingest.extract.index import EntityIndex, actor_key, place_key
from kgingest.model import (
    Actor,
    ActorType,
    Article,
    ArticleMeta,
    Deployment,
    Mode,
    Place,
    Precision,
    Role,
    Span,
    Statement,
    TimeValue,
)
from kgingest.parse import load_model

PUBLISHED = dt.date(2031, 3, 12)  # a Wednesday

# name, type, surface forms, part_of
ACTORS: list[tuple[str, ActorType, list[str], str | None]] = [
    ("Chile", ActorType.STATE, ["Chile", "Chilean", "Santiago"], None),
    ("Peru", ActorType.STATE, ["Peru", "Peruvian", "Lima"], None),
    ("Bolivia", ActorType.STATE, ["Bolivia", "Bolivian"], None),
    ("Ecuador", ActorType.STATE, ["Ecuador", "Ecuadorian"], None),
    ("Chilean Army", ActorType.ORGANIZATION, ["Chilean Army"], "Chile"),
    ("United Nations Security Council", ActorType.ORGANIZATION, ["United Nations Security Council"], None),
    ("Andean Front", ActorType.GROUP, ["Andean Front"], None),
    ("Pacific Defence Community", ActorType.ORGANIZATION, ["Pacific Defence Community", "PDC"], None),
    ("RAPTOR", ActorType.ORGANIZATION, ["RAPTOR"], None),  # a formation of the Pacific Defence Community
    ("Ana Rivas", ActorType.PERSON, ["Ana Rivas", "Rivas"], None),
    ("Peruvian Navy", ActorType.ORGANIZATION, ["Peruvian Navy"], None),  # a service the actor stage left untied
    ("United Nations", ActorType.ORGANIZATION, ["United Nations"], None),
    ("Gran Chaco", ActorType.ORGANIZATION, ["Gran Chaco"], None),  # a region the actor stage took for a body
    ("PDC Defence Council", ActorType.ORGANIZATION, ["PDC Defence Council"], None),  # named by its body's short form
]
PLACES: list[tuple[str, str, str | None]] = [
    ("Oruro", "City", "Bolivia"),
    ("Tarija", "City", "Bolivia"),
    ("Beni", "Region", "Bolivia"),
    ("Cusco", "City", "Peru"),
    ("Challapata", "City", None),  # a town whose state the actor stage did not find
    ("Gulf of Guayaquil", "Region", None),
    ("Gran Chaco", "Region", "Bolivia"),  # its mentions went to the organization of the same name
]


def key_of(name: str) -> str:
    for actor_name, actor_type, _, _ in ACTORS:
        if actor_name == name:
            return actor_key(actor_type, actor_name)
    return place_key(name)


def build_index(text: str) -> EntityIndex:
    """Every occurrence of every surface form, longest forms first, as the actor stage would give them."""
    index = EntityIndex()
    taken: list[tuple[int, int]] = []

    # A form inside a longer form of another actor ("PDC" in "PDC Defence Council") is that actor's.
    longest = [
        (m.start(), m.end())
        for form in {f for _, _, forms, _ in ACTORS for f in forms}
        for m in re.finditer(rf"\b{re.escape(form)}\b", text)
    ]

    def spans(forms: list[str]) -> list[Span]:
        found = []
        for form in sorted(forms, key=len, reverse=True):
            for match in re.finditer(rf"\b{re.escape(form)}\b", text):
                if any(match.start() < end and begin < match.end() for begin, end in taken):
                    continue
                if any(b <= match.start() and match.end() <= e and e - b > len(form) for b, e in longest):
                    continue
                taken.append((match.start(), match.end()))
                found.append(Span(match.start(), match.end(), match.group()))
        return sorted(found)

    for name, actor_type, forms, part_of in sorted(ACTORS, key=lambda a: -max(len(f) for f in a[2])):
        index.add_actor(
            Actor(
                key=actor_key(actor_type, name),
                type=actor_type,
                name=name,
                aliases=[form for form in forms if form != name],
                mentions=spans(forms),
                part_of=key_of(part_of) if part_of else None,
            )
        )
    for name, kind, state in PLACES:
        index.add_place(
            Place(
                key=place_key(name),
                name=name,
                type=kind,
                mentions=spans([name]),
                in_state=key_of(state) if state else None,
            )
        )
    return index


def run(
    text: str, statements: list[Statement] | None = None, roles: list[Role] | None = None
) -> tuple[list[Deployment], EntityIndex]:
    article = Article(key="t", source_name="t.txt", text=text, meta=ArticleMeta(published=PUBLISHED), sha256="0")
    doc = load_model()(text)
    index = build_index(text)
    return find_deployments(doc, article, index, statements or [], roles), index


def statement(text: str, key: str, content: str) -> Statement:
    begin = text.index(content)
    span = Span(begin, begin + len(content), content)
    date = TimeValue(None, None, Precision.DAY)
    return Statement(key=key, speaker="x", cue=span, cue_lemma="say", mode=Mode.INDIRECT, content=span, date=date)


MERGED = (
    "Peru confirmed on Tuesday that it had deployed troops to help Bolivia in military operations in Oruro. "
    "Analysts have long said that Lima had dispatched more than 4,000 soldiers to support Bolivian forces in Oruro "
    "as early as last year. "
    "The ministry said the deployment was carried out under a border security pact between Peru and Bolivia. "
    "Peruvian forces participated in operations to retake villages from Andean Front control near Oruro. "
    "Officials in Lima later admitted that Peruvian soldiers had been killed in the fighting."
)


def test_mentions_of_one_sending_merge_with_every_slot() -> None:
    said = statement(MERGED, "s1", "Lima had dispatched more than 4,000 soldiers")
    unrelated = statement(MERGED, "s2", "Officials in Lima later admitted")
    deployments, _ = run(MERGED, [said, unrelated])
    assert len(deployments) == 1
    found = deployments[0]
    assert found.key == "d1"
    assert found.sender == key_of("Peru")
    assert found.supported == key_of("Bolivia")
    assert found.opponent == key_of("Andean Front")
    assert found.location == place_key("Oruro")
    assert found.size is not None and found.size.minimum == 4_000 and found.size.exact is None
    assert found.start is not None and found.start.earliest is None and found.start.latest == dt.date(2030, 12, 31)
    assert found.legal_basis is not None and found.legal_basis.text == "border security pact between Peru and Bolivia"
    assert found.casualties is True
    assert found.force_kind == "troops"
    assert len(found.anchors) == 4
    assert found.anchors == sorted(found.anchors)
    for anchor in found.anchors:
        assert MERGED[anchor.begin : anchor.end] == anchor.text
    assert found.anchors[0].text.startswith("it had deployed troops")
    assert found.reported_by == ["s1"]
    assert said.about_deployments == ["d1"] and unrelated.about_deployments == []


@pytest.mark.parametrize(
    "text",
    [
        "Chile put its army on high alert after Peru moved artillery closer to the border.",  # alert
        "Chilean and Peruvian troops arrived in Oruro for joint exercises on Monday.",  # exercise
        "Peru said it would send troops to Bolivia if the attacks continued.",  # threat
        "Peru threatened to send troops to Bolivia.",  # threat
        "If the talks fail, Peru will deploy soldiers to Oruro.",  # conditional
        "Peru shipped tanks and 400 rifles to Bolivia last year.",  # arms transfer
        "Peruvian artillery shelled positions of the Andean Front near Oruro on Monday.",  # attack
        "Bolivia evacuated about 300 residents from Tarija on Monday.",  # civilians
        "Peru did not send troops to Bolivia, the ministry said.",  # negated
        "Peruvian soldiers fought the Andean Front in the Peruvian highlands.",  # fighting at home, nothing sent
        "The deployment of peacekeepers is a costly business, analysts said.",  # generic, no sender
        "Chile kept its troops on high alert after the clashes.",  # kept, but nowhere: an alert
        "Peruvian soldiers remained in the Peruvian highlands.",  # staying at home
        "Peru never said it would send troops to Bolivia.",  # a reported future that was never reported
        "Peru's presence in Tarija has grown through trade.",  # a presence, but not a military one
        "The Chilean navy patrolled the waters off Chile on Monday.",  # a service at home
        "Peru's army will train 5,000 reservists near Lima next week.",  # domestic training
        "The Chilean firm began operations in Bolivia last year.",  # a business, not a mission
        "Ecuador has 300 engineers in Bolivia building a bridge.",  # counted people, but no mission or unit
    ],
)
def test_not_deployments(text: str) -> None:
    deployments, _ = run(text)
    assert deployments == []


def test_a_condemned_deployment_is_one_with_a_vague_size_and_a_state_location() -> None:
    text = "Chile condemned the deployment of thousands of Peruvian troops to Bolivia on Monday."
    deployments, _ = run(text)
    assert len(deployments) == 1
    found = deployments[0]
    assert (found.sender, found.location) == (key_of("Peru"), key_of("Bolivia"))
    assert found.size is not None and found.size.vague and found.size.exact is None


def test_commanders_of_a_state_army_sent_to_the_front() -> None:
    text = "Commanders of the Chilean Army were hastily dispatched to the front-line units to lead operations."
    deployments, index = run(text)
    assert len(deployments) == 1
    found = deployments[0]
    assert found.sender == key_of("Chile")  # the army is part_of the state
    assert found.force_kind == "commanders"
    front = index.place(found.location or "")
    assert front is not None and front.name == "the front"  # added to the index: no place of it existed


def test_withdrawal_has_its_status_and_place_and_no_start_from_its_own_date() -> None:
    text = (
        "Chile on Monday pulled its last 1,200 soldiers out of Bolivia, ending a deployment that began in June 2027. "
        "No Chilean soldiers were wounded during the mission."
    )
    deployments, _ = run(text)
    assert len(deployments) == 1
    found = deployments[0]
    assert found.status == "withdrawn"
    assert found.location == key_of("Bolivia")
    assert found.size is not None and found.size.exact == 1_200
    assert found.start is not None and (found.start.earliest, found.start.latest) == (
        dt.date(2027, 6, 1),
        dt.date(2027, 6, 30),
    )
    assert found.casualties is False


def test_peacekeepers_under_a_resolution_arriving() -> None:
    text = (
        "Ecuador has sent about 650 peacekeepers to Bolivia under United Nations Security Council Resolution 4410. "
        "The contingent arrived in Tarija last month to protect civilians."
    )
    deployments, _ = run(text)
    assert len(deployments) == 1
    found = deployments[0]
    assert found.sender == key_of("Ecuador")
    assert found.location == place_key("Tarija")  # the city is more specific than its state
    assert found.size is not None and found.size.approximate == 650
    assert found.legal_basis is not None and "Resolution 4410" in found.legal_basis.text
    assert found.start is not None and found.start.latest == dt.date(2031, 2, 28)
    assert found.status == "arriving"
    assert found.casualties is None  # the text is silent


def test_two_senders_are_two_deployments_keyed_in_text_order() -> None:
    text = (
        "Ecuador will send 300 marines to Tarija next month. "
        "Santiago has stationed 2,000 Chilean soldiers in Oruro since 2029."
    )
    deployments, _ = run(text)
    assert [(d.key, d.sender) for d in deployments] == [("d1", key_of("Ecuador")), ("d2", key_of("Chile"))]
    assert deployments[0].status == "planned"
    assert deployments[1].status == "ongoing"
    assert deployments[1].start is not None and deployments[1].start.latest == dt.date(2029, 12, 31)


def test_the_sender_is_who_sends_not_whose_fighters() -> None:
    text = "Peru has deployed hundreds of Andean Front fighters and 500 Bolivian soldiers to Tarija."
    deployments, _ = run(text)
    assert [d.sender for d in deployments] == [key_of("Peru")]


def test_same_input_same_output() -> None:
    first, _ = run(MERGED)
    second, _ = run(MERGED)
    assert first == second


def test_a_sender_named_where_the_actor_stage_recorded_no_mention_is_found_by_name() -> None:
    text = "Commanders of the Chilean Army were dispatched to Oruro."
    article = Article(key="t", source_name="t.txt", text=text, meta=ArticleMeta(published=PUBLISHED), sha256="0")
    index = EntityIndex()
    army = actor_key(ActorType.ORGANIZATION, "Chilean Army")
    index.add_actor(Actor(key=army, type=ActorType.ORGANIZATION, name="Chilean Army"))  # no mentions
    deployments = find_deployments(load_model()(text), article, index, [])
    assert [d.sender for d in deployments] == [army]


def run_with_heading(text: str) -> list[Deployment]:
    """Like ``run``, with the first line of ``text`` marked as the article's heading."""
    first_line = text.split("\n", 1)[0]
    heading = Span(0, len(first_line), first_line)
    article = Article(
        key="t",
        source_name="t.txt",
        text=text,
        meta=ArticleMeta(published=PUBLISHED),
        sha256="0",
        headings=(heading,),
    )
    return find_deployments(load_model()(text), article, build_index(text), [])


def test_a_heading_alone_is_a_deployment_when_the_body_names_none_of_its_sender() -> None:
    # Issue 12: a headline's sending is told; the body may tell of it in other words or not at all.
    text = "Peru sends troops to Bolivia\n\nTalks between the two governments resumed in Lima on Monday."
    assert [(d.sender, d.location) for d in run_with_heading(text)] == [(key_of("Peru"), key_of("Bolivia"))]
    assert run_with_heading("Peru may send troops to Bolivia\n\nTalks went on in Lima on Monday.") == []


def test_a_heading_adds_an_anchor_to_the_deployment_the_body_describes_but_does_not_override_it() -> None:
    text = "Peruvian troops arrive in Bolivia\n\nPeru has stationed 300 soldiers in Oruro since 2029."
    deployments = run_with_heading(text)
    assert len(deployments) == 1
    found = deployments[0]
    assert found.anchors[0].begin == 0 and len(found.anchors) == 2
    assert found.location == place_key("Oruro")
    assert found.status == "ongoing"  # the body's status, not the heading's "arriving"


def test_police_sent_abroad_on_a_mission_are_a_deployment() -> None:
    deployments, _ = run(
        "Chile deployed about 400 police officers to Bolivia on Tuesday under a regional security pact."
    )
    assert len(deployments) == 1
    found = deployments[0]
    assert (found.sender, found.location) == (key_of("Chile"), key_of("Bolivia"))
    assert found.size is not None and found.size.approximate == 400
    assert found.start is not None and found.start.exact == dt.date(2031, 3, 11)
    assert found.legal_basis is not None and found.legal_basis.text == "regional security pact"


@pytest.mark.parametrize(
    "text",
    [
        "Bolivia deployed 600 police officers to Oruro after the riots.",  # at home: law enforcement
        "Bolivia sent a police contingent to Tarija on Monday.",
        "Chile deployed riot police in Santiago on Monday.",  # the capital stands for the sender itself
    ],
)
def test_police_deployed_at_home_are_not_a_deployment(text: str) -> None:
    deployments, _ = run(text)
    assert deployments == []


def test_the_trigger_own_destination_beats_a_place_in_a_description() -> None:
    text = "Peru sent 200 soldiers to Bolivia on Monday, the first unit of a force meant to guard roads near Tarija."
    deployments, _ = run(text)
    assert [d.location for d in deployments] == [key_of("Bolivia")]


@pytest.mark.parametrize(
    ("text", "exact", "maximum", "approximate"),
    [
        ("Ecuador is sending two frigates and 3,000 marines to Bolivia.", 3_000, None, None),
        ("Chile will station a destroyer and up to 150 sailors in Tarija from next month.", None, 150, None),
        ("Ecuador sent a contingent of about 650 to Tarija on Monday.", None, None, 650),
    ],
)
def test_the_size_counts_people_not_ships(
    text: str, exact: int | None, maximum: int | None, approximate: int | None
) -> None:
    deployments, _ = run(text)
    assert len(deployments) == 1
    size = deployments[0].size
    assert size is not None and (size.exact, size.maximum, size.approximate) == (exact, maximum, approximate)


@pytest.mark.parametrize(
    "text", ["Peru sent two warships to Bolivia on Monday.", "Chile deployed three battalions to Oruro last week."]
)
def test_a_count_of_ships_or_units_is_no_troop_number(text: str) -> None:
    deployments, _ = run(text)
    assert len(deployments) == 1 and deployments[0].size is None


def test_the_deployment_later_in_the_text_joins_the_last_one_and_links_its_statement() -> None:
    text = (
        "Ecuador will station 300 marines in Tarija from next month. "
        "A spokesman said the deployment was a response to attacks on shipping. "
        "Bolivian officials called the deployment a provocation."
    )
    said = statement(text, "s1", "the deployment was a response to attacks on shipping")
    deployments, _ = run(text, [said])
    assert len(deployments) == 1
    assert [a.text for a in deployments[0].anchors][1:] == [
        "the deployment was a response to attacks on shipping",
        "the deployment",
    ]
    assert said.about_deployments == ["d1"]


def test_a_call_for_a_deployment_adds_nothing() -> None:
    text = "Ecuador will station 300 marines in Tarija from next month. Bolivia called for the deployment of observers."
    deployments, _ = run(text)
    assert len(deployments[0].anchors) == 1


def test_forces_remaining_abroad_by_a_possessive_pronoun_are_a_deployment() -> None:
    text = (
        "Ecuador said its 800 peacekeepers would remain in Tarija under the ceasefire accord. "
        "Ecuadorian peacekeepers have served in Bolivia since 2028."
    )
    deployments, _ = run(text)
    assert len(deployments) == 1
    found = deployments[0]
    assert (found.sender, found.location) == (key_of("Ecuador"), place_key("Tarija"))
    assert found.size is not None and found.size.exact == 800
    assert found.legal_basis is not None and found.legal_basis.text == "ceasefire accord"
    assert found.start is not None and found.start.latest == dt.date(2028, 12, 31)
    assert len(found.anchors) == 2


def test_kept_troops_somewhere_is_an_ongoing_deployment_and_the_country_is_the_state_named_before() -> None:
    text = "Bolivia has struggled with unrest for years. Chile has kept 300 soldiers in the country since 2027."
    deployments, _ = run(text)
    assert len(deployments) == 1
    found = deployments[0]
    assert (found.sender, found.location, found.status) == (key_of("Chile"), key_of("Bolivia"), "ongoing")
    assert found.start is not None and found.start.latest == dt.date(2027, 12, 31)


def test_a_reported_would_is_a_planned_deployment() -> None:
    deployments, _ = run("Peru said it would send 500 soldiers to Bolivia next month.")
    assert len(deployments) == 1
    assert (deployments[0].sender, deployments[0].status) == (key_of("Peru"), "planned")


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("Ecuador has stationed 900 soldiers in Oruro and Tarija since 2029.", key_of("Bolivia")),
        ("Ecuador has stationed soldiers at bases in Tarija, Uyuni and Potosi since 2029.", key_of("Bolivia")),
        ("Ecuador has stationed soldiers in Tarija since 2029.", place_key("Tarija")),
    ],
)
def test_a_list_of_places_of_one_state_is_that_state(text: str, location: str) -> None:
    deployments, _ = run(text)
    assert [d.location for d in deployments] == [location]


def test_a_withdrawal_ends_a_military_presence_whose_start_is_given() -> None:
    text = (
        "Chile withdrew its last 500 soldiers from Bolivia on Friday, ending a military presence that began in 2024. "
        "The withdrawal followed a decision by the government in November. "
        "Chilean forces had been stationed in Oruro."
    )
    deployments, _ = run(text)
    assert len(deployments) == 1
    found = deployments[0]
    assert found.start is not None and found.start.latest == dt.date(2024, 12, 31)  # not November, not Friday
    assert found.status == "withdrawn"  # "had been stationed" says nothing about now
    assert [a.text for a in found.anchors][1] == "a military presence"


@pytest.mark.parametrize(
    ("text", "supported"),
    [
        ("Ecuador is sending 400 marines to Tarija to deter attacks on Bolivia.", "Bolivia"),
        ("About 300 Peruvian soldiers arrived in Oruro to help the government fight the Andean Front.", "Bolivia"),
        ("Ecuador sent 400 marines to Bolivia to assist the military government.", "Bolivia"),
        ("Ecuador sent 400 marines to Tarija to assist the government of Chile.", "Chile"),  # named: as named
    ],
)
def test_the_party_helped_by_attacks_deterred_or_as_the_host_government(text: str, supported: str) -> None:
    deployments, _ = run(text)
    assert [d.supported for d in deployments] == [key_of(supported)]


def test_the_crew_a_ship_carries_is_the_size() -> None:
    deployments, _ = run(
        "Chile will dispatch a frigate and two helicopters with about 180 military personnel to Bolivia."
    )
    assert len(deployments) == 1
    size = deployments[0].size
    assert size is not None and size.approximate == 180


@pytest.mark.parametrize(
    ("later", "latest"),
    [
        ("Peruvian soldiers have operated in Bolivia since 2029.", dt.date(2029, 12, 31)),  # there since: a bound
        ("Peruvian soldiers fought in Oruro on Monday.", dt.date(2031, 3, 9)),  # when they fought: no bound
    ],
)
def test_forces_operating_somewhere_since_a_date_bound_the_start(later: str, latest: dt.date) -> None:
    deployments, _ = run("Peru sent 500 soldiers to Oruro last week. " + later)
    assert len(deployments) == 1
    start = deployments[0].start
    assert start is not None and start.latest == latest


@pytest.mark.parametrize(
    "text",
    [
        "LIMA, March 4 (Andes Wire) - Ecuador has deployed about 600 soldiers to Oruro.",
        "Santiago, 4 March 2031 (Andes Wire) — Ecuador has deployed about 600 soldiers to Oruro.",
    ],
)
def test_a_dateline_is_neither_sender_nor_start(text: str) -> None:
    deployments, _ = run(text)
    assert [(d.sender, d.location, d.start) for d in deployments] == [(key_of("Ecuador"), place_key("Oruro"), None)]
    assert deployments[0].anchors[0].text.startswith("Ecuador has deployed")


@pytest.mark.parametrize(
    ("text", "sender", "location"),
    [
        ("Chile completed the withdrawal of its 1,200 troops from two bases in Bolivia.", "Chile", key_of("Bolivia")),
        ("Peru said about 300 of its soldiers had been sent to Bolivia on Friday.", "Peru", key_of("Bolivia")),
        (
            "The Pacific Defence Community met in Lima. The bloc is sending 700 soldiers to Tarija.",
            "Pacific Defence Community",
            place_key("Tarija"),
        ),
    ],
)
def test_senders_named_through_relative_or_possessive_pronouns_and_descriptions(
    text: str, sender: str, location: str
) -> None:
    deployments, _ = run(text)
    assert [(d.sender, d.location) for d in deployments] == [(key_of(sender), location)]
    assert deployments[0].size is not None


def test_the_country_after_a_place_is_the_place_s_state() -> None:
    text = "Guards were posted at sites in Tarija. Ecuador kept 400 troops in the country until 2030."
    deployments, _ = run(text)
    assert [d.location for d in deployments] == [key_of("Bolivia")]


def test_where_and_when_a_mandate_was_given_is_not_where_and_when_forces_went() -> None:
    text = "Chile is sending 1,100 soldiers under a mandate approved by regional leaders at a summit in Lima on March 2"
    deployments, _ = run(text)
    assert len(deployments) == 1
    found = deployments[0]
    assert found.legal_basis is not None and found.legal_basis.text == "mandate approved by regional leaders"
    assert (found.location, found.start) == (None, None)


@pytest.mark.parametrize(
    ("text", "sender", "location", "status"),
    [
        ("Some 800 Chilean soldiers have taken over command of a multinational brigade in Bolivia.", "Chile",
         key_of("Bolivia"), "ongoing"),
        ("Ecuador, which has about 900 soldiers in Oruro, protested.", "Ecuador", place_key("Oruro"), "ongoing"),
        ("Peru said about 300 of its soldiers had crossed into Bolivia on Friday.", "Peru", key_of("Bolivia"), None),
        ("The last 150 Chilean soldiers left Bolivia on Sunday.", "Chile", key_of("Bolivia"), "withdrawn"),
        ("Peruvian mercenaries have been fighting in Oruro since early 2030.", "Peru", place_key("Oruro"), "ongoing"),
        ("Peruvian soldiers have been in Tarija since May 2029.", "Peru", place_key("Tarija"), "ongoing"),
    ],
)  # fmt: skip
def test_forces_that_take_over_have_cross_leave_or_are_abroad(
    text: str, sender: str, location: str, status: str | None
) -> None:
    deployments, _ = run(text)
    assert [(d.sender, d.location, d.status) for d in deployments] == [(key_of(sender), location, status)]


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("Some 800 Chilean soldiers have taken over command of a multinational brigade in Bolivia.", (None, 800)),
        ("Peru said about 300 of its soldiers had crossed into Bolivia on Friday.", (None, 300)),
        ("The last 150 Chilean soldiers left Bolivia on Sunday.", (150, None)),
        ("Ecuador sent a battalion of about 650 soldiers to Tarija.", (None, 650)),
    ],
)
def test_sizes_of_forces_and_of_the_people_in_a_unit(text: str, size: tuple[int | None, int | None]) -> None:
    deployments, _ = run(text)
    found = deployments[0].size
    assert found is not None and (found.exact, found.approximate) == size


@pytest.mark.parametrize(
    ("text", "latest"),
    [
        ("Peruvian mercenaries have been fighting in Oruro since early 2030.", dt.date(2030, 4, 30)),
        ("Peruvian soldiers have been in Tarija since May 2029.", dt.date(2029, 5, 31)),
        ("Chile deployed special forces advisers to Bolivia. The advisers arrived in Oruro two weeks ago.",
         PUBLISHED - dt.timedelta(days=14)),
        ("Ecuador on Monday ordered its amphibious strike group to sail to Bolivia.", dt.date(2031, 3, 10)),
    ],
)  # fmt: skip
def test_start_of_a_presence_an_arrival_or_an_order_to_sail(text: str, latest: dt.date) -> None:
    deployments, _ = run(text)
    assert len(deployments) == 1
    start = deployments[0].start
    assert start is not None and start.latest == latest


@pytest.mark.parametrize(
    "text",
    [
        "Chile will join the Condor exercise, which will bring 3,000 troops to Oruro.",  # the exercise's troops
        "Peruvian soldiers are in good spirits.",  # being somewhere, at home
        "Chile has 40,000 soldiers.",  # an army, sent nowhere
        "A plane carrying 90 Chilean troops landed in Santiago.",  # carried, and only home
    ],
)
def test_no_deployment_in_an_exercise_an_army_or_a_flight_home(text: str) -> None:
    deployments, _ = run(text)
    assert deployments == []


def test_a_plane_carrying_the_last_troops_adds_to_the_withdrawal() -> None:
    text = "Chile withdrew its soldiers from Bolivia. A plane carrying the remaining 90 troops left Oruro on Sunday."
    deployments, _ = run(text)
    assert len(deployments) == 1
    assert [a.text for a in deployments[0].anchors][1] == "carrying the remaining 90 troops"


@pytest.mark.parametrize(
    ("text", "supported"),
    [
        ("Chile sent 300 soldiers to Bolivia to help government troops fight the Andean Front.", key_of("Bolivia")),
        ("Peruvian mercenaries have been fighting alongside Bolivia's Andean Front in Tarija since 2030.",
         key_of("Andean Front")),
        ("Ecuador sent 300 soldiers to Oruro to shore up the government of Bolivia.", key_of("Bolivia")),
    ],
)  # fmt: skip
def test_supported_government_troops_named_forces_and_shoring_up(text: str, supported: str) -> None:
    deployments, _ = run(text)
    assert [d.supported for d in deployments] == [supported]


def test_the_province_is_the_place_named_last() -> None:
    deployments, _ = run("Rebels attacked Tarija again. Ecuador has 500 soldiers in the area.")
    assert [d.location for d in deployments] == [place_key("Tarija")]


def test_a_unit_replaced_was_deployed_where_its_relief_goes() -> None:
    text = "Chile will send 600 peacekeepers to Oruro, replacing a Peruvian unit that has served there since 2027."
    deployments, _ = run(text)
    assert [(d.sender, d.location) for d in deployments] == [
        (key_of("Chile"), place_key("Oruro")),
        (key_of("Peru"), place_key("Oruro")),
    ]
    replaced = deployments[1]
    assert replaced.start is not None and replaced.start.latest == dt.date(2027, 12, 31)
    assert replaced.anchors[0].text == "a Peruvian unit that has served there since 2027"


def test_an_official_s_order_joins_the_state_s_deployment() -> None:
    text = (
        "Defence Minister Ana Rivas on Monday ordered the amphibious strike group to sail to Bolivia. "
        "About 300 Chilean marines are already in Bolivia, officials said."
    )
    deployments, _ = run(text)
    assert [d.sender for d in deployments] == [key_of("Chile")]
    start = deployments[0].start
    assert start is not None and start.latest == dt.date(2031, 3, 10)


def test_a_sending_with_no_sender_elsewhere_does_not_join_the_last_deployment() -> None:
    text = "Peru has sent 400 soldiers to Bolivia. In Ecuador, some 900 troops have arrived."
    deployments, _ = run(text)
    assert len(deployments) == 1
    assert deployments[0].size is not None and deployments[0].size.exact == 400


def test_the_province_is_no_city() -> None:
    text = "Fighting spread in Beni and its capital, Oruro. Ecuador has 500 soldiers in the province."
    deployments, _ = run(text)
    assert [d.location for d in deployments] == [place_key("Beni")]


@pytest.mark.parametrize(
    "text",
    [
        "The Andean Front has some 900 fighters in Oruro.",  # an armed group's own fighters: no sending
        "Bolivia has 2,000 soldiers in Tarija.",  # a state's army at home
    ],
)
def test_having_forces_somewhere_is_a_deployment_only_for_a_state_abroad(text: str) -> None:
    deployments, _ = run(text)
    assert deployments == []


def test_a_lead_arrival_without_sender_joins_the_deployment_named_next() -> None:
    text = (
        "The first troops of a regional force landed in Bolivia on Monday. "
        "The Pacific Defence Community is sending 1,100 soldiers under a mandate agreed last month."
    )
    deployments, _ = run(text)
    assert [(d.sender, d.location) for d in deployments] == [(key_of("Pacific Defence Community"), key_of("Bolivia"))]
    start = deployments[0].start
    assert start is not None and start.latest == dt.date(2031, 3, 10)


def test_a_sending_by_an_unnamed_sender_does_not_join_the_next_one() -> None:
    text = (
        "The council renewed the mission, keeping 9,000 peacekeepers in Bolivia. Chile will send 200 soldiers to Oruro."
    )
    deployments, _ = run(text)
    assert len(deployments) == 1 and len(deployments[0].anchors) == 1


def test_the_force_just_named_supports_the_host_government() -> None:
    text = (
        "Ecuador sent 700 soldiers to Bolivia. The stabilisation force will support Ana Rivas's government in Bolivia."
    )
    deployments, _ = run(text)
    assert [(d.sender, d.supported, len(d.anchors)) for d in deployments] == [(key_of("Ecuador"), key_of("Bolivia"), 2)]


@pytest.mark.parametrize(
    ("killed", "casualties"),
    [
        ("At least 12 of the Chileans have been killed, the report said.", True),
        ("Two of its soldiers were killed in an ambush.", True),
        ("At least 12 of the Peruvians have been killed, the report said.", None),
    ],
)
def test_casualties_counted_among_the_sender_s_nationals_or_its_soldiers(killed: str, casualties: bool | None) -> None:
    # The base names both demonyms, so that "the Chileans" and "the Peruvians" are nationals the index knows.
    deployments, _ = run("Chile has deployed 400 mercenaries to Oruro. Peruvian and Chilean crews flew them. " + killed)
    assert [d.casualties for d in deployments] == [casualties]


def test_a_size_given_in_a_sentence_of_its_own_is_the_force_s_size() -> None:
    deployments, _ = run("Chile has deployed soldiers to Bolivia. Officials put the number at around 1,200 soldiers.")
    size = deployments[0].size
    assert size is not None and size.approximate == 1_200


def test_a_stated_strength_beats_the_count_of_one_sending() -> None:
    text = (
        "Peru sent an additional 300 troops to Bolivia on Monday. "
        "The Peruvian contingent, now about 900 strong, guards Oruro."
    )
    deployments, _ = run(text)
    assert len(deployments) == 1
    size = deployments[0].size
    assert size is not None and size.approximate == 900 and size.exact is None


def test_estimates_of_their_number_give_a_range() -> None:
    text = "Ecuador sent soldiers to Bolivia in 2029. Estimates of their number ranged from 2,000 to 3,000."
    deployments, _ = run(text)
    size = deployments[0].size
    assert size is not None and (size.minimum, size.maximum) == (2_000, 3_000)


@pytest.mark.parametrize(
    "second",
    [
        "The number of refugees in Oruro reached 5,000.",  # a number of something else
        "Officials put the number of soldiers killed at 40.",  # a toll, not a size
    ],
)
def test_other_numbers_are_no_size(second: str) -> None:
    deployments, _ = run("Chile has deployed soldiers to Bolivia. " + second)
    assert [d.size for d in deployments] == [None]


def test_forces_described_by_a_relative_clause_serving_abroad_since_a_year() -> None:
    deployments, _ = run("Chilean troops, who have served in Bolivia since 2027, will stay until June.")
    assert [(d.sender, d.location) for d in deployments] == [(key_of("Chile"), key_of("Bolivia"))]
    start = deployments[0].start
    assert start is not None and start.latest == dt.date(2027, 12, 31)


def test_forces_fighting_abroad_now_are_a_deployment() -> None:
    deployments, _ = run("About 3,000 Peruvian troops are fighting alongside the Andean Front in Beni.")
    assert len(deployments) == 1
    found = deployments[0]
    assert (found.sender, found.supported, found.location) == (key_of("Peru"), key_of("Andean Front"), key_of("Beni"))
    assert found.size is not None and found.size.approximate == 3_000


def test_forces_fighting_alongside_a_state_s_troops_are_in_that_state() -> None:
    deployments, index = run("Chilean forces now fight alongside Bolivian troops against the insurgents.")
    assert [(d.sender, d.supported, d.location) for d in deployments] == [
        (key_of("Chile"), key_of("Bolivia"), key_of("Bolivia"))
    ]
    opponent = index.actor(deployments[0].opponent or "")
    assert opponent is not None and opponent.type is ActorType.GROUP and opponent.name == "insurgents"


def test_forces_that_fought_abroad_once_are_no_deployment_by_themselves() -> None:
    deployments, _ = run("Chilean troops fought alongside Bolivian troops in 2020.")
    assert deployments == []


def test_an_unnamed_opponent_becomes_a_group() -> None:
    deployments, index = run("Peru sent 500 soldiers to Bolivia to fight armed groups in Beni.")
    opponent = index.actor(deployments[0].opponent or "")
    assert opponent is not None and opponent.type is ActorType.GROUP and opponent.name == "armed groups"


def test_a_presence_that_helped_a_state_fight_since_a_month() -> None:
    text = (
        "Ecuador will keep its soldiers in Bolivia, extending a military presence that has helped Bolivia "
        "fight the Andean Front in Beni since March 2029."
    )
    deployments, _ = run(text)
    assert len(deployments) == 1
    found = deployments[0]
    assert (found.supported, found.opponent) == (key_of("Bolivia"), key_of("Andean Front"))
    assert found.start is not None and found.start.latest == dt.date(2029, 3, 31)


def test_a_place_in_a_relative_clause_is_not_where_the_forces_are() -> None:
    deployments, _ = run("Chile's forces are also in Peru, where about 150 soldiers operate radars near Oruro.")
    assert [d.location for d in deployments] == [key_of("Peru")]


def test_the_country_is_not_a_state_that_sends_forces_itself() -> None:
    text = (
        "Peru has had troops in Bolivia since 2025. "
        "Chile also has soldiers in the country under a bilateral agreement, separate from its observers."
    )
    deployments, _ = run(text)
    assert [(d.sender, d.location) for d in deployments] == [
        (key_of("Peru"), key_of("Bolivia")),
        (key_of("Chile"), key_of("Bolivia")),
    ]
    basis = deployments[1].legal_basis
    assert basis is not None and basis.text == "bilateral agreement"


def test_what_forces_guard_is_where_they_are() -> None:
    deployments, _ = run("Ecuador has troops in Bolivia. The Ecuadorian soldiers guard Oruro and the road to Peru.")
    assert [d.location for d in deployments] == [place_key("Oruro")]


def test_a_bare_plural_of_a_force_named_before_is_that_force() -> None:
    text = "Two Chilean military instructors were killed on Monday. Chile has had instructors in Bolivia since 2026."
    deployments, _ = run(text)
    assert [(d.sender, d.casualties) for d in deployments] == [(key_of("Chile"), True)]


def test_a_demonym_the_actor_stage_missed_names_its_indexed_state() -> None:
    text = "Paraguay sent 300 soldiers to Bolivia. Peru welcomed the Paraguayan deployment."
    article = Article(key="t", source_name="t.txt", text=text, meta=ArticleMeta(published=PUBLISHED), sha256="0")
    index = build_index(text)
    paraguay = actor_key(ActorType.STATE, "Paraguay")
    index.add_actor(Actor(key=paraguay, type=ActorType.STATE, name="Paraguay", mentions=[Span(0, 8, "Paraguay")]))
    deployments = find_deployments(load_model()(text), article, index, [])
    assert [(d.sender, len(d.anchors)) for d in deployments] == [(paraguay, 2)]


def test_a_task_group_operating_off_a_coast_with_no_one_hurt() -> None:
    text = "A Chilean task group has operated off Peru since 2028. No Chilean sailors have been hurt."
    deployments, _ = run(text)
    assert [(d.sender, d.location, d.casualties) for d in deployments] == [(key_of("Chile"), key_of("Peru"), False)]


def test_forces_invited_earlier_that_now_fight_abroad() -> None:
    text = "Chilean forces, invited by Ana Rivas in late 2029, now fight alongside Bolivian troops against the rebels."
    deployments, _ = run(text)
    assert [(d.sender, d.location) for d in deployments] == [(key_of("Chile"), key_of("Bolivia"))]


def test_officials_put_a_contingent_at_a_number() -> None:
    text = "Peruvian troops have served in Bolivia since 2026. Officials put the Peruvian contingent at roughly 300."
    deployments, _ = run(text)
    size = deployments[0].size
    assert size is not None and size.approximate == 300


MISSION = "Andean Stabilisation Mission in Bolivia"


def run_with_mission(text: str) -> list[Deployment]:
    """Like ``run``, with a multinational mission named in the text added to the index."""
    article = Article(key="t", source_name="t.txt", text=text, meta=ArticleMeta(published=PUBLISHED), sha256="0")
    index = build_index(text)
    begin = text.find(MISSION)
    mentions = [Span(begin, begin + len(MISSION), MISSION)] if begin >= 0 else []
    index.add_actor(Actor(key=mission_key(), type=ActorType.ORGANIZATION, name=MISSION, mentions=mentions))
    return find_deployments(load_model()(text), article, index, [])


def mission_key() -> str:
    return actor_key(ActorType.ORGANIZATION, MISSION)


def test_a_named_warship_is_a_force_of_the_state_its_prefix_stands_for() -> None:
    deployments, _ = run("The frigate BAP Quiñones sailed to Ecuador on Monday, the navy said.")
    assert [(d.sender, d.location) for d in deployments] == [(key_of("Peru"), key_of("Ecuador"))]
    assert deployments[0].start is not None and deployments[0].start.latest == dt.date(2031, 3, 10)
    bare, _ = run("BAP Quiñones arrived in Ecuador on Monday.")
    assert [d.sender for d in bare] == [key_of("Peru")]


def test_a_ship_leaving_home_for_a_deployment_is_sent_and_its_crew_gives_the_size() -> None:
    text = (
        "The carrier BAP Grau left Lima on Monday for a deployment to Ecuador. "
        "About 2,000 Peruvian personnel are aboard the group's ships, which will take part in exercises."
    )
    deployments, _ = run(text)
    assert len(deployments) == 1
    found = deployments[0]
    assert (found.sender, found.location, found.status) == (key_of("Peru"), key_of("Ecuador"), None)
    assert found.size is not None and found.size.approximate == 2_000
    assert any(a.text.startswith("About 2,000 Peruvian personnel") for a in found.anchors)


def test_a_unit_of_counted_personnel_sent_to_a_mission_serves_it_where_its_name_places_it() -> None:
    text = f"Ecuador dispatched an engineering company of 180 personnel to the {MISSION} on Monday."
    [found] = run_with_mission(text)
    assert (found.sender, found.supported, found.location) == (key_of("Ecuador"), mission_key(), key_of("Bolivia"))
    assert found.size is not None and found.size.exact == 180


def test_personnel_in_the_mission_named_before_are_a_deployment_abroad() -> None:
    text = f"The {MISSION} was set up in 2029. Chile, which has about 900 personnel in the mission, said it was calm."
    [found] = run_with_mission(text)
    assert (found.sender, found.supported, found.location) == (key_of("Chile"), mission_key(), key_of("Bolivia"))
    assert found.size is not None and found.size.approximate == 900


def test_joining_a_mission_with_soldiers_is_a_planned_sending() -> None:
    [found] = run_with_mission(f"Peru will join the {MISSION} with 400 soldiers.")
    assert (found.sender, found.supported, found.location) == (key_of("Peru"), mission_key(), key_of("Bolivia"))
    assert found.size is not None and found.size.exact == 400
    assert found.status == "planned"


def test_forces_invited_by_a_host_begin_patrols_there() -> None:
    text = (
        "Peru, whose forces were invited by Bolivian authorities in late 2029, "
        "said its soldiers began patrols around Tarija last week."
    )
    deployments, _ = run(text)
    assert len(deployments) == 1
    found = deployments[0]
    assert (found.sender, found.supported, found.location) == (key_of("Peru"), key_of("Bolivia"), place_key("Tarija"))
    assert found.start is not None and found.start.latest == dt.date(2029, 12, 31)


def test_ending_a_military_mission_is_a_withdrawal() -> None:
    deployments, _ = run("Chile has ended its military mission in Bolivia, the ministry said.")
    assert [(d.sender, d.location, d.status) for d in deployments] == [
        (key_of("Chile"), key_of("Bolivia"), "withdrawn")
    ]


def test_a_service_presence_abroad_takes_its_size_from_the_clause_about_the_place() -> None:
    text = "The Peruvian military also has a presence in Ecuador, where roughly 150 troops operate radar sites."
    deployments, _ = run(text)
    assert [(d.sender, d.location) for d in deployments] == [(key_of("Peru"), key_of("Ecuador"))]
    size = deployments[0].size
    assert size is not None and size.approximate == 150


def test_until_gives_no_start() -> None:
    deployments, _ = run("Chile will keep about 270 soldiers in Bolivia until the end of 2033.")
    assert len(deployments) == 1 and deployments[0].start is None


def test_a_sending_conjoined_to_a_negated_verb_is_real() -> None:
    text = "Peru said it would not renew its mandate in Ecuador and would instead send 200 soldiers to Bolivia."
    deployments, _ = run(text)
    assert [(d.sender, d.location, d.status) for d in deployments] == [(key_of("Peru"), key_of("Bolivia"), "planned")]


def test_an_alliance_formation_the_sender_contributes_to_joins_its_deployment() -> None:
    text = (
        "Chile will send 400 more soldiers to Bolivia, doubling its contribution to a Pacific Defence Community "
        "battlegroup that has been based at Challapata since 2027. "
        "Chile's forces are also in Ecuador, where about 120 soldiers run a radar site."
    )
    deployments, _ = run(text)
    found = [(d.sender, d.location, d.supported) for d in deployments]
    assert found == [
        (key_of("Chile"), place_key("Challapata"), key_of("Pacific Defence Community")),
        (key_of("Chile"), key_of("Ecuador"), None),
    ]
    start = deployments[0].start
    assert start is not None and start.latest == dt.date(2027, 12, 31)


def test_a_formation_in_the_next_sentence_joins_the_deployment_just_named() -> None:
    text = (
        "Peru will keep about 300 soldiers in Bolivia until the end of 2033. "
        "They serve in a Pacific Defence Community battlegroup based at Challapata since 2028."
    )
    deployments, _ = run(text)
    assert [(d.sender, d.location, d.supported) for d in deployments] == [
        (key_of("Peru"), place_key("Challapata"), key_of("Pacific Defence Community"))
    ]


def test_an_alliance_sending_its_own_forces_stays_a_deployment_of_its_own() -> None:
    text = (
        "Peru sent 300 soldiers to Bolivia last year. "
        "The Pacific Defence Community deployed 500 troops to Challapata in 2029."
    )
    deployments, _ = run(text)
    assert [(d.sender, d.location) for d in deployments] == [
        (key_of("Peru"), key_of("Bolivia")),
        (key_of("Pacific Defence Community"), place_key("Challapata")),
    ]


def test_a_ship_in_a_gulf_and_a_garrison_in_a_state_are_two_deployments() -> None:
    text = (
        "Chile dispatched a frigate to the Gulf of Guayaquil on Friday to escort merchant ships. "
        "Chile has also kept around 90 troops at its base in Ecuador since 2026."
    )
    deployments, _ = run(text)
    assert [(d.sender, d.location) for d in deployments] == [
        (key_of("Chile"), place_key("Gulf of Guayaquil")),
        (key_of("Chile"), key_of("Ecuador")),
    ]


def test_a_task_group_off_a_state_joins_the_ship_sent_to_the_gulf() -> None:
    text = (
        "Chile dispatched a frigate to the Gulf of Guayaquil on Friday. "
        "The ship will join a Chilean task group that has operated off Ecuador since 2026."
    )
    deployments, _ = run(text)
    assert [(d.sender, d.location) for d in deployments] == [(key_of("Chile"), place_key("Gulf of Guayaquil"))]


# Issue 12: ordinary phrasings, each written for these tests.


def _one(text: str, roles: list[Role] | None = None) -> Deployment:
    deployments, _ = run(text, roles=roles)
    assert len(deployments) == 1, deployments
    return deployments[0]


def test_a_denied_sending_is_a_deployment_with_status_denied() -> None:
    found = _one("Peru denied that it had sent soldiers to Oruro.")
    assert (found.sender, found.location, found.status) == (key_of("Peru"), place_key("Oruro"), "denied")
    found = _one("Peru denied sending troops to Bolivia.")
    assert (found.sender, found.location, found.status) == (key_of("Peru"), key_of("Bolivia"), "denied")


def test_an_accused_sender_is_the_sender_of_an_alleged_deployment() -> None:
    found = _one("Bolivia accused Peru of sending 2,000 soldiers to Oruro.")
    assert (found.sender, found.location, found.status) == (key_of("Peru"), place_key("Oruro"), "alleged")
    assert found.size is not None and found.size.exact == 2_000


def test_a_denial_that_is_itself_denied_or_a_threat_alleged_is_nothing() -> None:
    assert run("Peru did not deny sending troops to Bolivia.")[0] == []
    assert run("Bolivia accused Peru of threatening to send troops to Bolivia.")[0] == []


def test_reinforcements_are_a_deployment_apart_from_the_forces_already_there() -> None:
    text = (
        "Peru has about 1,200 troops in Bolivia. "
        "Peru said on Monday that it would send 800 more soldiers to Bolivia to support the government."
    )
    deployments, _ = run(text)
    assert [(d.sender, d.location) for d in deployments] == [(key_of("Peru"), key_of("Bolivia"))] * 2
    sizes = sorted((d.size.approximate or d.size.exact or 0) for d in deployments if d.size is not None)
    assert sizes == [800, 1_200]


def test_forces_a_preposition_places_abroad_are_a_presence() -> None:
    found = _one("The 900 Peruvian troops in Bolivia face a hard winter.")
    assert (found.sender, found.location, found.status) == (key_of("Peru"), key_of("Bolivia"), "ongoing")
    assert found.size is not None and found.size.exact == 900
    found = _one("The new soldiers will join the 900 Peruvian troops already in Bolivia.")
    assert (found.sender, found.location) == (key_of("Peru"), key_of("Bolivia"))


@pytest.mark.parametrize(
    "text",
    [
        "Peruvian troops in the Peruvian highlands held a parade.",  # at home
        "There are no Peruvian troops in Bolivia.",  # none
        "Peruvian troops in Bolivia took part in joint exercises.",  # an exercise
        "Peru rejected a plan to send 500 soldiers to Bolivia.",  # a decision refused
        "Peru might approve a plan to send 500 soldiers to Bolivia.",  # a decision only possible
    ],
)
def test_not_deployments_of_issue_12(text: str) -> None:
    assert run(text)[0] == []


def test_an_entered_state_is_the_location() -> None:
    found = _one("About 1,000 Peruvian soldiers entered Bolivia on Monday.")
    assert (found.sender, found.location) == (key_of("Peru"), key_of("Bolivia"))


def test_the_approver_of_a_plan_to_send_forces_sends_them() -> None:
    found = _one("Peru approved a plan to send 500 soldiers to Bolivia.")
    assert (found.sender, found.location) == (key_of("Peru"), key_of("Bolivia"))


def test_a_sender_ready_or_voting_to_send_is_the_sender() -> None:
    assert _one("Peru said it was willing to send 500 troops to Bolivia.").sender == key_of("Peru")
    assert _one("Peru voted on Thursday to deploy 500 soldiers to Bolivia.").sender == key_of("Peru")


def test_a_leader_who_says_she_will_send_forces_sends_them_for_her_state() -> None:
    text = "Ana Rivas said she would send 300 troops to Bolivia."
    begin = text.index("Ana Rivas")
    role = Role(holder=key_of("Ana Rivas"), title="president", of=key_of("Chile"), evidence=Span(begin, begin + 9, "x"))
    found = _one(text, roles=[role])
    assert (found.sender, found.location, found.status) == (key_of("Chile"), key_of("Bolivia"), "planned")
    assert run(text)[0] == []  # with no post known, no state


def test_supported_from_purpose_and_mission_phrases() -> None:
    found = _one("Peru sent troops to Bolivia to help it fight the Andean Front.")
    assert (found.supported, found.opponent) == (key_of("Bolivia"), key_of("Andean Front"))
    found = _one("Peru deployed 300 soldiers to Bolivia as part of a Pacific Defence Community mission.")
    assert (found.location, found.supported) == (key_of("Bolivia"), key_of("Pacific Defence Community"))
    found = _one("Peru sent 200 soldiers to Bolivia for the Pacific Defence Community mission.")
    assert (found.location, found.supported) == (key_of("Bolivia"), key_of("Pacific Defence Community"))


def test_an_armed_group_known_by_what_it_is_can_be_the_supported_party() -> None:
    deployments, index = run("Peru sent some 300 soldiers to Bolivia to back the rebels there.")
    assert len(deployments) == 1 and deployments[0].supported is not None
    supported = index.actor(deployments[0].supported)
    assert supported is not None and supported.type is ActorType.GROUP and supported.name == "rebels"


def test_the_side_in_a_war_and_the_other_side() -> None:
    found = _one("Chile has sent 10,000 soldiers to fight alongside Peruvian forces in the war with Bolivia.")
    assert (found.location, found.supported, found.opponent) == (key_of("Peru"), key_of("Peru"), key_of("Bolivia"))
    found = _one("Chile has sent 10,000 soldiers to Peru to fight for Peru against Bolivia.")
    assert (found.location, found.supported, found.opponent) == (key_of("Peru"), key_of("Peru"), key_of("Bolivia"))


def test_forces_sent_to_fight_in_a_state_fight_on_its_side() -> None:
    found = _one("Chile sent 500 troops to Bolivia to fight the Andean Front.")
    assert (found.location, found.supported, found.opponent) == (
        key_of("Bolivia"),
        key_of("Bolivia"),
        key_of("Andean Front"),
    )


def test_uncounted_forces_of_a_state_named_in_passing_are_no_presence() -> None:
    assert run("Peruvian forces in Bolivia were blamed for the blast.")[0] == []


def test_forces_denied_to_be_fighting_abroad_are_a_denied_deployment() -> None:
    found = _one("Peru denies that its troops are fighting in Bolivia.")
    assert (found.sender, found.location, found.status) == (key_of("Peru"), key_of("Bolivia"), "denied")


def test_an_armed_group_fought_alongside_is_the_supported_party() -> None:
    deployments, index = run("Some 900 Peruvian troops are now fighting alongside the rebels in Bolivia.")
    assert len(deployments) == 1 and deployments[0].supported is not None
    supported = index.actor(deployments[0].supported)
    assert supported is not None and supported.name == "rebels"


def test_a_headline_sending_the_body_never_names_with_its_sender_is_a_deployment() -> None:
    body = "The first soldiers of the contingent left their barracks near Lima on Monday, officials said."
    deployments = run_with_heading(f"Peru sends 400 troops to Bolivia\n\n{body}")
    assert [(d.key, d.sender, d.location) for d in deployments] == [("d1", key_of("Peru"), key_of("Bolivia"))]


def test_a_headline_only_fills_the_body_deployment_of_its_sender() -> None:
    body = "Peru said on Monday that it had sent soldiers to Bolivia to support the government."
    deployments = run_with_heading(f"Peru sends 400 troops to Bolivia\n\n{body}")
    assert len(deployments) == 1 and deployments[0].size is not None and deployments[0].size.exact == 400


def test_a_place_in_the_senders_own_state_named_without_a_sender_is_not_where_the_forces_went() -> None:
    found = _one("Peru has sent 400 peacekeepers abroad. The deployment was announced in Cusco on Monday.")
    assert found.location is None


def test_a_joint_statement_or_a_truce_is_a_legal_basis() -> None:
    found = _one("Peru deployed 2,000 peacekeepers to Bolivia under a joint statement on a ceasefire.")
    assert found.legal_basis is not None and found.legal_basis.text == "joint statement on a ceasefire"


def test_forces_that_intervene_abroad_to_push_back_a_group() -> None:
    deployments, index = run("Peruvian troops intervened in Bolivia in January to push back rebels.")
    assert len(deployments) == 1
    found = deployments[0]
    assert (found.sender, found.location, found.supported) == (key_of("Peru"), key_of("Bolivia"), key_of("Bolivia"))
    opponent = index.actor(found.opponent) if found.opponent is not None else None
    assert opponent is not None and opponent.name == "rebels"


@pytest.mark.parametrize(
    "text",
    [
        "Peruvian troops entered Bolivia at Bolivia's request.",
        "Peruvian troops entered Bolivia at the Bolivian government's invitation.",
        "Peru sent troops to Bolivia at its request.",
    ],
)
def test_a_request_or_invitation_by_possessive_names_the_supported_party(text: str) -> None:
    found = _one(text)
    assert (found.sender, found.location, found.supported) == (key_of("Peru"), key_of("Bolivia"), key_of("Bolivia"))


def test_forces_sent_to_a_list_of_states_are_a_deployment_in_each() -> None:
    deployments, _ = run("Chile sent 300 troops to Bolivia, Ecuador and Peru last year.")
    assert [d.location for d in deployments] == [key_of("Bolivia"), key_of("Ecuador"), key_of("Peru")]
    assert all(d.size is None for d in deployments)  # the count is of the whole force
    deployments, _ = run("Peru sent 300 troops to Bolivia and Ecuador.")
    assert [(d.sender, d.location) for d in deployments] == [
        (key_of("Peru"), key_of("Bolivia")),
        (key_of("Peru"), key_of("Ecuador")),
    ]


# ---------------------------------------------------------------- w3deploy: what a force is made of, when it set out,
# whom it helps


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("A Peruvian contingent consisting of 650 marines was deployed to Bolivia.", 650),
        ("The Peruvian force, to be composed of 4,500 soldiers and 300 police officers, will deploy to Bolivia.", 4500),
        ("Peru sent a naval fleet to Bolivia on Monday. The fleet includes 900 sailors and marines.", 900),
        ("Peru sent a battalion to Bolivia. The battalion is made up of 700 soldiers.", 700),
    ],
)
def test_the_people_a_force_is_made_of_give_its_size(text: str, count: int) -> None:
    found = _one(text)
    assert found.sender == key_of("Peru") and found.location == key_of("Bolivia")
    assert found.size is not None and found.size.exact == count


@pytest.mark.parametrize(
    "text",
    [
        "Peru sent a naval fleet to Bolivia on Monday. The fleet includes three frigates and a supply ship.",
        "Peru sent a naval fleet to Bolivia on Monday. The shipment includes 900 rifles.",
    ],
)
def test_ships_or_goods_a_force_includes_give_no_troop_number(text: str) -> None:
    assert _one(text).size is None


def test_a_unit_of_an_armed_service_is_a_force_of_the_services_state() -> None:
    found = _one("A squadron of the Peruvian Navy has left Callao for Bolivia.")
    assert (found.sender, found.location) == (key_of("Peru"), key_of("Bolivia"))


def test_a_fleet_setting_off_dates_the_start_of_the_deployment_named_before() -> None:
    found = _one("Peru has dispatched a naval fleet to Bolivia. The fleet set off from Callao on Sunday.")
    assert found.start is not None and found.start.latest == dt.date(2031, 3, 9)
    assert len(found.anchors) == 2


def test_a_fishing_fleet_setting_off_says_nothing_about_a_deployment() -> None:
    found = _one("Peru has sent 300 troops to Bolivia. A fishing fleet set off on Sunday.")
    assert found.start is None and len(found.anchors) == 1


@pytest.mark.parametrize(
    ("text", "supported"),
    [
        ("Peruvian troops, who are supporting the Bolivian government, deployed to Bolivia in January.", "Bolivia"),
        ("Peru has sent 10,000 soldiers to Bolivia that will augment Ecuadorian forces near Oruro.", "Ecuador"),
        ("Peru sent 1,700 fighters to Bolivia to support the government's offensive in Beni.", "Bolivia"),
    ],
)
def test_whom_the_force_helps_from_its_description_or_what_it_augments(text: str, supported: str) -> None:
    found = _one(text)
    assert (found.sender, found.supported) == (key_of("Peru"), key_of(supported))


def test_separatists_named_for_the_sender_are_the_party_helped_not_the_sender() -> None:
    deployments, index = run("Peru has sent troops to fight alongside pro-Peruvian separatists in Bolivia.")
    assert len(deployments) == 1
    helped = index.actor(deployments[0].supported) if deployments[0].supported else None
    assert helped is not None and helped.type is ActorType.GROUP and helped.name == "pro-Peruvian separatists"


def test_a_force_due_to_deploy_is_a_planned_deployment_without_a_start() -> None:
    found = _one("The Peruvian force, to be composed of 4,500 soldiers, is due to deploy to Bolivia on July 1.")
    assert (found.sender, found.location, found.status) == (key_of("Peru"), key_of("Bolivia"), "planned")
    assert found.size is not None and found.size.exact == 4_500
    assert found.start is None


@pytest.mark.parametrize(
    "text",
    [
        "Peruvian troops are expected to arrive in Bolivia next week.",
        "Peruvian soldiers are set to deploy to Bolivia.",
    ],
)
def test_an_infinitive_after_a_verb_or_adjective_takes_its_subject_as_the_force(text: str) -> None:
    found = _one(text)
    assert (found.sender, found.location) == (key_of("Peru"), key_of("Bolivia"))


@pytest.mark.parametrize(
    "text",
    [
        "Peruvian troops are not expected to arrive in Bolivia.",
        "Peruvian troops are unlikely to ever deploy to Bolivia, the minister said.",
        "Peruvian troops are ready to deploy to Bolivia for a joint exercise.",
    ],
)
def test_an_infinitive_that_is_denied_doubted_or_an_exercise_is_no_deployment(text: str) -> None:
    assert run(text)[0] == []


def test_members_of_an_alliance_send_as_the_alliance() -> None:
    found = _one("Members of the Pacific Defence Community now have about 4,000 soldiers on the ground in Bolivia.")
    assert (found.sender, found.location) == (key_of("Pacific Defence Community"), key_of("Bolivia"))
    assert found.size is not None and found.size.approximate == 4_000


def test_members_of_an_alliance_at_home_are_no_deployment() -> None:
    assert run("Members of the Pacific Defence Community have 4,000 soldiers in their barracks.")[0] == []


def test_a_region_the_actor_stage_took_for_an_organization_is_still_the_place_forces_go_to() -> None:
    found = _one("Peru has deployed 1,200 peacekeepers to Gran Chaco.")
    assert (found.sender, found.location) == (key_of("Peru"), place_key("Gran Chaco"))


def test_a_passive_forces_owner_sends_them_not_the_subject_of_a_conjoined_clause() -> None:
    deployments, _ = run(
        "The minister said the Bolivian side would remain on its positions and Peruvian peacekeepers would be "
        "deployed to Beni."
    )
    assert [(d.sender, d.location) for d in deployments] == [(key_of("Peru"), place_key("Beni"))]


def test_an_organization_and_its_council_sending_to_one_place_are_one_deployment() -> None:
    deployments, _ = run(
        "The United Nations Security Council agreed on Thursday to send peacekeepers to Bolivia. "
        "The United Nations force, to be made up of 9,000 soldiers, is expected to arrive in Bolivia in August "
        "to stabilize the country."
    )
    assert len(deployments) == 1
    found = deployments[0]
    assert found.sender == key_of("United Nations Security Council") and found.location == key_of("Bolivia")
    assert found.size is not None and found.size.exact == 9_000
    assert found.supported == key_of("Bolivia")


def test_a_council_named_with_its_organization_short_name_sends_the_organization_force() -> None:
    # The organization's short form (an alias) begins the council's name: one body, one force.
    deployments, _ = run(
        "The PDC Defence Council approved a plan on Monday to deploy peacekeepers to Ecuador. "
        "In May the PDC will send 2,500 soldiers to Ecuador."
    )
    assert len(deployments) == 1
    found = deployments[0]
    assert found.sender == key_of("PDC Defence Council") and found.location == key_of("Ecuador")
    assert found.size is not None and found.size.exact == 2_500


def test_bodies_of_different_names_keep_their_deployments_apart() -> None:
    deployments, _ = run(
        "The United Nations sent 900 peacekeepers to Bolivia. "
        "The Pacific Defence Community sent 300 soldiers to Bolivia."
    )
    assert len(deployments) == 2


@pytest.mark.parametrize(
    "text",
    [
        "Chilean and Peruvian troops were sent to Bolivia.",
        "They were joined by Chilean and Peruvian rotational troops deployed for a training period in Bolivia.",
    ],
)
def test_forces_of_a_list_of_states_are_a_deployment_of_each(text: str) -> None:
    # Adjectives of nationality sort the forces by state: each state's contingent, not one force sent together.
    deployments, _ = run(text)
    assert sorted((d.senders, d.location) for d in deployments) == [
        ([key_of("Chile")], key_of("Bolivia")),
        ([key_of("Peru")], key_of("Bolivia")),
    ]


def test_a_border_with_no_neighbour_named_is_a_place_of_its_own() -> None:
    deployments, index = run("The Chilean Army said 4,100 soldiers would be sent to the border.")
    assert len(deployments) == 1
    place = index.place(deployments[0].location) if deployments[0].location else None
    assert deployments[0].sender == key_of("Chile") and place is not None and place.name == "the border"


def test_a_border_crossed_into_a_state_is_not_the_place_forces_go_to() -> None:
    found = _one("Peruvian troops crossed the border into Bolivia on Monday.")
    assert found.location == key_of("Bolivia")


def test_a_passive_sending_reported_by_a_state_organ_is_its_sending() -> None:
    found = _one("The Chilean Army announced that 300 soldiers will be sent to Bolivia.")
    assert (found.sender, found.location, found.status) == (key_of("Chile"), key_of("Bolivia"), "planned")


def test_a_passive_sending_a_person_reports_is_not_theirs_without_a_role() -> None:
    assert [d.sender for d in run("Ana Rivas said that 300 soldiers were sent to Bolivia.")[0]] == []


def test_forces_of_two_senders_sent_together_are_a_deployment_of_each() -> None:
    deployments, _ = run("Bolivian soldiers and 300 peacekeepers of the Pacific Defence Community were sent to Tarija.")
    assert sorted(d.sender for d in deployments) == sorted([key_of("Bolivia"), key_of("Pacific Defence Community")])


def test_more_than_some_time_ago_is_before_that_day() -> None:
    found = _one("Peru sent 1,700 soldiers to Bolivia more than a week ago.")
    assert found.start is not None and found.start.latest == dt.date(2031, 3, 4)


def test_a_count_of_unowned_forces_there_is_the_size_of_the_deployment_there() -> None:
    found = _one("Peru has moved thousands of troops into Bolivia. By May there were 12,000 troops in Bolivia.")
    assert found.size is not None and found.size.exact == 12_000


@pytest.mark.parametrize(
    "text",
    [
        "Peru has sent thousands of troops to Bolivia. There were 12,000 protesters in Bolivia.",  # no force
        "Peru has sent thousands of troops to Bolivia. There were 12,000 troops in Ecuador.",  # another place
    ],
)
def test_a_count_of_people_or_of_forces_elsewhere_is_no_size_of_the_deployment(text: str) -> None:
    found = _one(text)
    assert found.size is not None and found.size.vague


def test_forces_already_in_the_war_zone_are_a_presence_apart_from_the_reinforcement() -> None:
    deployments, _ = run(
        "Peru will send 3,000 more troops to Bolivia. The new units will strengthen "
        "the 9,000 Peruvian troops already in the war zone."
    )
    sizes = [(d.sender, d.location, d.size.exact if d.size else None) for d in deployments]
    assert sizes == [(key_of("Peru"), key_of("Bolivia"), 3_000), (key_of("Peru"), key_of("Bolivia"), 9_000)]


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("Peru intervened in Bolivia in January to push back rebels.", "Bolivia"),
        (
            "The council voted to establish a force for Bolivia, where rebels held the north until Peru intervened "
            "in January.",
            "Bolivia",
        ),
    ],
)
def test_a_state_that_intervenes_abroad_deploys_there(text: str, location: str) -> None:
    deployments, _ = run(text)
    assert [(d.sender, d.location) for d in deployments] == [(key_of("Peru"), key_of(location))]


@pytest.mark.parametrize(
    "text",
    [
        "Peru intervened in the dispute between the two unions.",  # no place abroad
        "Peru did not intervene in Bolivia.",  # negated
        "Ana Rivas intervened in Bolivia's debate.",  # no state
    ],
)
def test_an_intervention_in_a_dispute_by_no_state_or_denied_is_no_deployment(text: str) -> None:
    assert run(text)[0] == []


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean Army announced 500 troops will be sent to Bolivia. The troops will provide engineering and "
        "medical support to the Pacific Defence Community.",
        "Chile sent 300 soldiers to Bolivia to provide logistical support to the Pacific Defence Community.",
    ],
)
def test_support_the_forces_provide_to_a_party_names_it_supported(text: str) -> None:
    found = _one(text)
    assert found.supported == key_of("Pacific Defence Community")


def test_support_the_sender_gives_in_another_sentence_is_not_the_forces() -> None:
    assert _one("Peru sent 300 soldiers to Bolivia. Peru also provides financial support to Ecuador.").supported is None


def test_a_named_presence_in_a_place_abroad_is_its_namers_deployment() -> None:
    found = _one("Convoys rolled out on Monday, officially ending the Peruvian combat presence in Bolivia.")
    assert (found.sender, found.location) == (key_of("Peru"), key_of("Bolivia"))


def test_a_deployment_named_for_its_place_has_no_sender() -> None:
    assert run("The Bolivia deployment ended in May.")[0] == []


def test_a_target_troop_numbers_are_cut_to_is_no_size() -> None:
    found = _one("Peru sent troops to Bolivia in 2029. Peru has pledged to reduce troop numbers to 5,000 by May.")
    assert found.size is None


def test_forces_that_help_the_nation_help_the_state_another_mention_places_them_in() -> None:
    found = _one(
        "The United Nations agreed to send peacekeepers to Bolivia. The force, to be made up of 9,000 soldiers, "
        "is expected to arrive in August to stabilize the country."
    )
    assert (found.location, found.supported) == (key_of("Bolivia"), key_of("Bolivia"))


def test_helping_the_government_in_one_deployment_says_nothing_of_another() -> None:
    deployments, _ = run("Peru sent troops to Bolivia. Chile sent troops to Ecuador to help the government.")
    assert [(d.sender, d.supported) for d in deployments] == [
        (key_of("Peru"), None),
        (key_of("Chile"), key_of("Ecuador")),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Peruvian soldiers pulled out of Bolivia on Friday, ending combat operations that began in March 2027.",
        "The last Peruvian troops left Bolivia today. The final soldiers crossed the border at dawn, "
        "ending combat operations that began in March 2027.",
    ],
)
def test_ending_operations_that_began_at_a_time_bounds_the_start(text: str) -> None:
    found = _one(text)
    assert (found.sender, found.status) == (key_of("Peru"), "withdrawn")
    assert found.start is not None and found.start.latest == dt.date(2027, 3, 31)


def test_trucks_ending_operations_say_nothing_of_the_forces() -> None:
    found = _one(
        "The last Peruvian troops left Bolivia today. The final trucks crossed the border at dawn, "
        "ending combat operations that began in March 2027."
    )
    assert found.start is None


def test_a_region_a_state_owns_lies_in_that_state() -> None:
    deployments, index = run("Peru sent 400 soldiers to Bolivia's Challapata region on Monday.")
    place = index.place(place_key("Challapata"))
    assert place is not None and place.in_state == key_of("Bolivia")
    assert [(d.sender, d.location) for d in deployments] == [(key_of("Peru"), place_key("Challapata"))]


def test_a_name_after_a_possessive_that_is_no_region_is_not_placed_in_that_state() -> None:
    _, index = run("Peru sent 400 soldiers to Bolivia, angering Ecuador's Challapata allies.")
    place = index.place(place_key("Challapata"))
    assert place is not None and place.in_state is None


@pytest.mark.parametrize(
    "text",
    [
        "Peru sent roughly 900 soldiers to Bolivia almost two weeks ago to guard the capital.",
        "Peru sent about 900 troops to eastern Bolivia and to guard its mines by the spring.",
        "Peru dispatched 900 soldiers to Bolivia to guard the mines.",
    ],
)
def test_destination_the_parser_reads_as_an_infinitive_is_the_location(text: str) -> None:
    # Regression: "to Bolivia more than a week ago", "to eastern Bolivia and to ..." were parsed as infinitive
    # clauses ("to" an auxiliary, the name or "eastern" a verb), and the deployment lost its location.
    deployments, _ = run(text)
    assert [(d.sender, d.location) for d in deployments] == [(key_of("Peru"), key_of("Bolivia"))]


def test_a_reinforcement_and_the_earlier_dated_sending_it_adds_to_are_two_deployments() -> None:
    text = (
        "More soldiers from Chile have been sent to Oruro, officials said. "
        "Chile sent some 900 soldiers to Oruro nearly two weeks ago to protect the mayor."
    )
    deployments, _ = run(text)
    assert [(d.sender, d.location) for d in deployments] == [(key_of("Chile"), place_key("Oruro"))] * 2
    first, earlier = deployments
    assert first.size is None
    assert earlier.size is not None and earlier.size.approximate == 900 and earlier.start is not None


def test_a_reinforcement_repeated_with_its_count_stays_one_deployment() -> None:
    text = "Chile will send 900 more soldiers to Oruro. Chile sent 900 soldiers to Oruro on Monday, officials said."
    deployments, _ = run(text)
    assert len(deployments) == 1


def test_relative_clause_the_parser_reads_as_a_complement_still_names_the_helped_party() -> None:
    # Regression: "... to train in northern X that may bolster X's forces" was parsed as a complement
    # clause of the reporting verb, and the helped party was lost.
    text = (
        '"We think Peru has dispatched roughly 9,000 troops to train in northern Bolivia that may eventually bolster '
        'Bolivian forces," Rivas said.'
    )
    deployments, _ = run(text)
    assert [(d.sender, d.supported, d.location) for d in deployments] == [
        (key_of("Peru"), key_of("Bolivia"), key_of("Bolivia"))
    ]


@pytest.mark.parametrize(
    ("second", "location"),
    [
        ("Peruvian troops also arrived in western Bolivia on Monday. ", key_of("Bolivia")),  # two parts: the state
        ("", place_key("Oruro")),  # one part: the place
    ],
)
def test_forces_in_different_parts_of_a_state_are_in_the_state(second: str, location: str) -> None:
    text = "Peru sent 900 soldiers to eastern Bolivia. " + second + "Some Peruvian troops were already in Oruro."
    deployments, _ = run(text)
    assert [(d.sender, d.location) for d in deployments] == [(key_of("Peru"), location)]


@pytest.mark.parametrize(
    ("text", "remaining"),
    [
        (
            "Peru withdrew its final armoured battalion from Bolivia on Friday, leaving 5,000 Peruvian soldiers in "
            "the country.",
            5_000,
        ),
        ("Peru pulled 2,000 soldiers out of Bolivia, leaving some 3,000 troops there.", 3_000),
        # the strength comes first, the sender a sentence later
        (
            "The mission winds down ahead of schedule, leaving 4,500 troops in Bolivia. "
            "The remaining Peruvian combat units left Bolivia.",
            4_500,
        ),
    ],
)
def test_forces_left_behind_are_the_deployment_s_strength(text: str, remaining: int) -> None:
    deployments, _ = run(text)
    assert [(d.sender, d.location) for d in deployments] == [(key_of("Peru"), key_of("Bolivia"))]
    size = deployments[0].size
    assert size is not None and remaining in (size.exact, size.approximate)


def test_leaving_without_forces_left_somewhere_says_nothing_of_the_strength() -> None:
    deployments, _ = run(
        "Peru pulled 2,000 soldiers out of Bolivia last year, leaving its mission without helicopters."
    )
    assert len(deployments) == 1
    size = deployments[0].size
    assert size is not None and size.exact == 2_000


@pytest.mark.parametrize(
    "text",
    [
        "Chile will send 500 soldiers to Bolivia in addition to the 300 troops already stationed there.",
        "Another 3,000 Chilean soldiers will be sent to Bolivia, on top of 1,200 Chilean reservists already helping "
        "customs officers there.",
    ],
)
def test_forces_already_in_place_beside_a_sending_are_a_deployment_of_their_own(text: str) -> None:
    deployments, _ = run(text)
    assert [(d.sender, d.location) for d in deployments] == [(key_of("Chile"), key_of("Bolivia"))] * 2
    sizes = [d.size.exact if d.size is not None else None for d in deployments]
    assert sizes in ([500, 300], [3_000, 1_200])


@pytest.mark.parametrize(
    "text",
    [
        "Chile will send 500 soldiers to Bolivia in addition to 300 trucks already there.",  # no forces
        "Chile will send 500 soldiers to Bolivia in addition to 300 reservists.",  # not said to be there already
    ],
)
def test_things_or_forces_not_yet_in_place_beside_a_sending_are_no_deployment(text: str) -> None:
    deployments, _ = run(text)
    assert len(deployments) == 1


def test_guardsmen_are_a_force_though_the_tagger_takes_them_for_a_name() -> None:
    # Regression: "Guardsmen" (tagged a singular proper noun) was not a force.
    deployments, _ = run("Chile sent 650 Coast Guardsmen to Bolivia on Monday.")
    assert [(d.sender, d.location) for d in deployments] == [(key_of("Chile"), key_of("Bolivia"))]


@pytest.mark.parametrize(
    "text",
    [
        "Peru has deployed 1,900 soldiers to Bolivia, the state broadcaster said on Tuesday, quoting army sources.",
        "Peru has deployed 1,900 soldiers with their field kitchens to Bolivia, a news agency reported on Tuesday.",
        "Peru sent 1,900 soldiers to Bolivia, officials said on Tuesday.",
    ],
)
def test_forces_reported_sent_were_sent_by_the_day_of_the_report(text: str) -> None:
    deployments, _ = run(text)
    assert len(deployments) == 1
    start = deployments[0].start
    assert start is not None and start.latest == dt.date(2031, 3, 11)


@pytest.mark.parametrize(
    "text",
    [
        "Peru will deploy 1,900 soldiers to Bolivia, the agency reported on Tuesday.",  # planned: not begun
        "Peru has sent 1,900 soldiers to Bolivia, the agency reported, citing a statement issued on Monday.",
    ],
)
def test_no_report_day_bounds_a_planned_sending_or_a_day_of_another_clause(text: str) -> None:
    deployments, _ = run(text)
    assert len(deployments) == 1 and deployments[0].start is None


def test_a_dated_statement_reporting_a_sending_bounds_its_start() -> None:
    text = "The ministry said on Tuesday that Peruvian soldiers had been deployed to Bolivia."
    said = statement(text, "s1", "Peruvian soldiers had been deployed to Bolivia")
    day = text.index("Tuesday")
    said.date = TimeValue(dt.date(2031, 3, 11), dt.date(2031, 3, 11), Precision.DAY, Span(day, day + 7, "Tuesday"))
    deployments, _ = run(text, [said])
    assert len(deployments) == 1
    start = deployments[0].start
    assert start is not None and start.latest == dt.date(2031, 3, 11)


@pytest.mark.parametrize(
    ("text", "opponent"),
    [
        (
            "Peru sent 900 fighters to Oruro last week to back the army's offensive on the separatist enclave.",
            "separatists",
        ),
        ("Peru sent 900 soldiers to Oruro to join the offensive against militant positions.", "militants"),
        ("Peru sent 900 soldiers to Oruro to back the Bolivian offensive on the Andean Front.", "Andean Front"),
    ],
)
def test_the_side_an_attack_the_forces_back_is_aimed_at_is_their_opponent(text: str, opponent: str) -> None:
    deployments, index = run(text)
    assert len(deployments) == 1 and deployments[0].opponent is not None
    found = index.actor(deployments[0].opponent)
    assert found is not None and found.name == opponent


def test_attacks_the_forces_deter_are_no_opponent_of_theirs() -> None:
    deployments, _ = run("Peru sent 900 soldiers to Oruro to deter raids on the separatist enclave.")
    assert len(deployments) == 1 and deployments[0].opponent is None


@pytest.mark.parametrize(
    "text",
    [
        "Peru, Chile and Ecuador have sent troops to Bolivia.",
        "Peru, Chile and Ecuador met in Lima and sent 5,000 soldiers to Bolivia.",
    ],
)
def test_a_list_of_subjects_sends_one_force_together(text: str) -> None:
    deployments, _ = run(text)
    assert [(d.senders, d.location) for d in deployments] == [
        ([key_of("Peru"), key_of("Chile"), key_of("Ecuador")], key_of("Bolivia"))
    ]
    if "5,000" in text:  # the count is the whole force's, and the force is one
        assert deployments[0].size is not None and deployments[0].size.exact == 5_000


def test_a_legal_basis_drops_the_participle_that_only_dates_it() -> None:
    deployments, _ = run("Peru deployed 700 soldiers to Bolivia under a border security pact signed in 2019.")
    assert len(deployments) == 1
    found = deployments[0]
    assert found.legal_basis is not None and found.legal_basis.text == "border security pact"
    assert found.start is None  # when the pact was signed is not when the forces went


@pytest.mark.parametrize(
    "text",
    [
        "Peru deployed between 1,000 and 1,500 soldiers to Bolivia.",
        "Peru sent from 1,000 to 1,500 soldiers to Bolivia.",
        "Peru sent 1,000 to 1,500 soldiers to Bolivia.",
    ],
)
def test_a_range_of_forces_the_parser_splits_is_still_the_force_and_its_bounds(text: str) -> None:
    # Regression: "between 1,000 and 1,500 soldiers" (the first number taken for the object) and "1,000 to 1,500
    # soldiers" (the soldiers taken for a place "to") gave no deployment.
    deployments, _ = run(text)
    assert [(d.sender, d.location) for d in deployments] == [(key_of("Peru"), key_of("Bolivia"))]
    size = deployments[0].size
    assert size is not None and (size.minimum, size.maximum, size.exact) == (1_000, 1_500, None)


def test_a_group_known_by_what_it_is_that_a_place_is_retaken_from_is_the_opponent() -> None:
    deployments, index = run("Peruvian troops arrived in Bolivia to help the government retake Oruro from insurgents.")
    assert len(deployments) == 1 and deployments[0].opponent is not None
    found = index.actor(deployments[0].opponent)
    assert found is not None and found.name == "insurgents"


@pytest.mark.parametrize(
    "text",
    [
        "Peru moved to bolster its forces in Bolivia with 300 soldiers.",
        "Peru will boost its contingent in Bolivia with 300 more troops.",
    ],
)
def test_forces_a_sender_bolsters_its_own_with_are_sent(text: str) -> None:
    deployments, _ = run(text)
    assert [(d.sender, d.location) for d in deployments] == [(key_of("Peru"), key_of("Bolivia"))]
    size = deployments[0].size
    assert size is not None and size.exact == 300


def test_bolstering_with_things_sends_no_forces() -> None:
    assert run("Peru bolstered its border defences with new missiles.")[0] == []


def test_a_sender_accused_in_the_passive_is_the_sender_of_an_alleged_deployment() -> None:
    deployments, _ = run("Peru was accused of sending mercenaries to Bolivia.")
    assert [(d.sender, d.location, d.status) for d in deployments] == [(key_of("Peru"), key_of("Bolivia"), "alleged")]


def _president_of(text: str, state: str) -> Role:
    begin = text.index("Ana Rivas")
    return Role(holder=key_of("Ana Rivas"), title="president", of=key_of(state), evidence=Span(begin, begin + 9, "x"))


@pytest.mark.parametrize(
    ("text", "states", "supported"),
    [
        # the town's state is unknown; the text names the leader of one state: that state's regime
        ("Peru sent 900 fighters to Challapata to support the regime's offensive. President Ana Rivas thanked them.",
         ["Bolivia"], key_of("Bolivia")),
        ("Peru sent 900 fighters to Challapata to shore up government troops. President Ana Rivas welcomed them.",
         ["Bolivia"], key_of("Bolivia")),
        # leaders of two states named: which regime is not said
        ("Peru sent 900 fighters to Challapata to support the regime's offensive. President Ana Rivas thanked them.",
         ["Bolivia", "Ecuador"], None),
    ],
)  # fmt: skip
def test_the_regime_of_a_town_of_unknown_state_is_the_one_whose_leader_the_text_names(
    text: str, states: list[str], supported: str | None
) -> None:
    deployments, _ = run(text, roles=[_president_of(text, state) for state in states])
    assert [(d.sender, d.supported) for d in deployments] == [(key_of("Peru"), supported)]


def test_a_force_given_a_strength_is_an_armed_one() -> None:
    # Regression: "force" alone is ambiguous ("sales force"); "a 5,000-strong force" counts people.
    deployments, _ = run("The Pacific Defence Community will deploy a 5,000-strong reaction force to Bolivia.")
    assert [(d.sender, d.location) for d in deployments] == [(key_of("Pacific Defence Community"), key_of("Bolivia"))]
    size = deployments[0].size
    assert size is not None and size.exact == 5_000


def test_a_force_without_strength_or_military_word_is_no_armed_one() -> None:
    assert run("The Pacific Defence Community will send a strong sales force to Bolivia.")[0] == []


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers from Peru, Chile and Ecuador arrived in Bolivia on Monday.",
        "A joint military force of Peru, Chile and Ecuador was deployed to Bolivia.",
    ],
)
def test_a_force_of_a_list_of_parties_is_one_deployment_with_every_sender(text: str) -> None:
    deployments, _ = run(text)
    assert [(d.senders, d.location) for d in deployments] == [
        ([key_of("Peru"), key_of("Chile"), key_of("Ecuador")], key_of("Bolivia"))
    ]


def test_a_force_from_a_state_and_an_alliance_has_both_senders() -> None:
    deployments, _ = run("Soldiers from Peru and the Pacific Defence Community were sent to Bolivia.")
    assert [d.senders for d in deployments] == [[key_of("Peru"), key_of("Pacific Defence Community")]]


def test_a_later_mention_of_one_partner_tells_of_the_joint_force() -> None:
    deployments, _ = run(
        "Peru and Chile sent 800 soldiers to Bolivia on Monday. The Peruvian soldiers reached La Paz on Tuesday."
    )
    assert [(d.senders, d.size.exact if d.size else None) for d in deployments] == [
        ([key_of("Peru"), key_of("Chile")], 800)
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Peru sent 400 troops to Bolivia on Monday. On Friday, Chile sent 300 troops to Bolivia.",
        "Peru sent 400 troops to Bolivia, and Chile sent 300 troops to Ecuador.",
    ],
)
def test_two_sendings_by_two_states_stay_two_deployments(text: str) -> None:
    deployments, _ = run(text)
    assert [(d.senders, d.size.exact if d.size else None) for d in deployments] == [
        ([key_of("Peru")], 400),
        ([key_of("Chile")], 300),
    ]


def test_a_force_of_one_partner_alone_is_not_the_joint_force_sent_after_it() -> None:
    deployments, _ = run(
        "Peru sent 400 troops to Bolivia in March. In May, Peru and Chile sent a further 900 troops to Bolivia."
    )
    assert sorted(tuple(d.senders) for d in deployments) == [(key_of("Peru"),), (key_of("Peru"), key_of("Chile"))]


# Legal bases named outside the mention's clause (`deployments.bases`).
@pytest.mark.parametrize(
    ("text", "sender", "basis"),
    [
        # an instrument providing, in a clause of its own, for forces of the sender
        (
            "Chile sent 600 soldiers to Bolivia on Monday. A 2029 treaty permits Chilean troops to remain there.",
            "Chile",
            "2029 treaty",
        ),
        # an instrument whose complement sends the force, in the deployment's state
        (
            "Peru has deployed a brigade in Oruro. "
            "Critics in Lima opposed the decree sending Peruvian units to Bolivia.",
            "Peru",
            "decree sending Peruvian units to Bolivia",
        ),
        # an instrument creating the sender's mission
        (
            "Ecuador sent 400 troops to Beni. "
            "The resolution creating the Ecuadorian mission was adopted by the assembly.",
            "Ecuador",
            "resolution creating the Ecuadorian mission",
        ),
        # an instrument signed with the host in the sentence of the sending
        (
            "Days after signing a security pact with Bolivia, Chile deployed 300 troops to Tarija.",
            "Chile",
            "security pact with Bolivia",
        ),
    ],
)
def test_a_legal_basis_named_in_a_sentence_of_its_own(text: str, sender: str, basis: str) -> None:
    deployments, _ = run(text)
    assert len(deployments) == 1
    found = deployments[0]
    assert found.sender == key_of(sender)
    assert found.legal_basis is not None and found.legal_basis.text == basis
    assert text[found.legal_basis.begin : found.legal_basis.end] == basis


def test_an_instrument_goes_to_the_owned_force_only() -> None:
    text = (
        "Peru sent 900 peacekeepers to Bolivia in May. Chile deployed 300 troops to Oruro in June. "
        "The accord permits Chilean troops to guard the roads and the peacekeepers to patrol the border."
    )
    deployments, _ = run(text)
    assert [(d.sender, d.legal_basis.text if d.legal_basis else None) for d in deployments] == [
        (key_of("Peru"), None),
        (key_of("Chile"), "accord"),
    ]


@pytest.mark.parametrize("modal", ["would", "may never"])
def test_regression_an_instrument_about_unowned_forces_elsewhere_is_no_basis_of_the_one_deployment(modal: str) -> None:
    text = (
        "Peru sent 900 soldiers to Bolivia. "
        f"A separate accord stipulates that peacekeepers {modal} be stationed in Ecuador."
    )
    deployments, _ = run(text)
    assert [(d.sender, d.legal_basis) for d in deployments] == [(key_of("Peru"), None)]


def test_an_instrument_about_one_sender_leaves_another_senders_deployment_alone() -> None:
    text = (
        "Chile sent 600 soldiers to Bolivia on Monday. Peru sent 200 troops to Beni. "
        "The treaty stipulates that Chilean observers would be stationed along the frontier."
    )
    deployments, _ = run(text)
    assert [(d.sender, d.legal_basis.text if d.legal_basis else None) for d in deployments] == [
        (key_of("Chile"), "treaty"),
        (key_of("Peru"), None),
    ]


def test_an_instrument_adopted_with_a_complement_is_named_with_it() -> None:
    text = "The Pacific Defence Community adopted a resolution authorizing the deployment of 900 troops to Beni."
    deployments, _ = run(text)
    assert len(deployments) == 1
    basis = deployments[0].legal_basis
    assert basis is not None and basis.text == "resolution authorizing the deployment of 900 troops to Beni"


def test_a_basis_in_the_mentions_own_clause_is_kept_over_one_named_later() -> None:
    text = (
        "Peru sent 900 soldiers to Bolivia under a border security pact. "
        "The accord stipulates that Peruvian troops would be stationed in Oruro."
    )
    deployments, _ = run(text)
    assert deployments[0].legal_basis is not None and deployments[0].legal_basis.text == "border security pact"


@pytest.mark.parametrize(
    "text",
    [
        "Peru sent 900 soldiers to Bolivia. The treaty was signed in 1998.",  # a bare instrument
        "Peru sent 900 soldiers to Bolivia. The accord stipulates lower tariffs on copper.",  # about no force
        # a press note, no instrument
        "Peru sent 900 soldiers to Bolivia. A ministry statement said the troops would stay for a year.",
        # signed by others, in another place
        "Peru sent 900 soldiers to Oruro. Chile and Ecuador signed a trade agreement in Santiago. "
        "The soldiers would stay for a year.",
        "Peru sent 900 soldiers to Oruro. The accord does not provide for troops to be stationed in Oruro.",  # negated
        # instruments that only take forces away
        "Peru sent 900 soldiers to Bolivia. The agreement calls for all foreign troops to leave Bolivia by June.",
        "Peru sent 900 soldiers to Bolivia. The accord requires the withdrawal of foreign troops.",
    ],
)
def test_no_legal_basis_from_an_instrument_not_tied_to_the_force(text: str) -> None:
    deployments, _ = run(text)
    assert len(deployments) == 1
    assert deployments[0].legal_basis is None


@pytest.mark.parametrize(
    "text",
    [
        "The accord stipulates that Chile and Peru would hold joint exercises near Oruro.",  # exercise
        "The treaty provides for deliveries of rifles and tanks to Bolivia.",  # arms deliveries
        "The agreement stipulates that Peruvian troops would leave Oruro by May.",  # a withdrawal alone
        "The pact keeps Peruvian reserves on alert at home.",  # an alert
        "The decision to send Chilean troops to Bolivia was postponed after the talks failed.",  # not taken
    ],
)
def test_an_instrument_alone_is_no_deployment(text: str) -> None:
    deployments, _ = run(text)
    assert deployments == []


def test_more_forces_expected_from_a_sender_are_a_reinforcement_where_its_forces_are() -> None:
    text = "Peru keeps 600 soldiers in Bolivia, and Bolivian officials await 400 more troops from Peru before the vote."
    deployments, _ = run(text)
    assert [(d.sender, d.location, d.status) for d in deployments] == [
        (key_of("Peru"), key_of("Bolivia"), "ongoing"),
        (key_of("Peru"), key_of("Bolivia"), "planned"),
    ]
    assert deployments[1].size is not None and deployments[1].size.exact == 400


@pytest.mark.parametrize("owner", ["their alliance", "its bloc", "the bloc"])
def test_more_forces_from_members_of_a_body_referred_back_to_come_from_the_body_last_named(owner: str) -> None:
    text = (
        "The Pacific Defence Community has 2,000 troops in Bolivia. "
        f"Ana Rivas said planners await 500 more soldiers from members of {owner}."
    )
    deployments, _ = run(text)
    assert len(deployments) == 2
    expected = deployments[1]
    assert (expected.sender, expected.location) == (key_of("Pacific Defence Community"), key_of("Bolivia"))
    assert expected.size is not None and expected.size.exact == 500


def test_more_forces_expected_with_no_forces_of_theirs_anywhere_stay_unplaced() -> None:
    deployments, _ = run("Ana Rivas said she expected more troops from Peru.")
    assert [(d.sender, d.location, d.status) for d in deployments] == [(key_of("Peru"), None, "planned")]


def test_regression_more_forces_of_a_sender_are_not_placed_where_only_other_senders_forces_are() -> None:
    # no text says where Peru's troops go: the state of Chile's forces is no place for them
    deployments, _ = run("Chile has 300 soldiers in Bolivia. Bolivian officials await 400 more troops from Peru.")
    assert [(d.sender, d.location) for d in deployments] == [
        (key_of("Chile"), key_of("Bolivia")),
        (key_of("Peru"), None),
    ]


def test_regression_forces_sent_to_other_places_are_not_the_forces_named_before() -> None:
    text = "Peru sent 900 soldiers to Oruro in May. Further units are to deploy to other provinces, officials said."
    deployments, _ = run(text)
    assert len(deployments) == 1
    assert [a.text for a in deployments[0].anchors] == ["Peru sent 900 soldiers to Oruro in May"]
    assert deployments[0].status is None  # the later plan is not this sending's


def test_regression_a_unit_commanded_by_another_state_gives_no_size_to_the_last_senders_force() -> None:
    text = "In March Ecuador sent 300 marines to Tarija. The 900-strong battalion guarding its airport is led by Peru."
    deployments, _ = run(text)
    assert len(deployments) == 1
    assert deployments[0].size is not None and deployments[0].size.exact == 300


def test_a_unit_a_state_leads_gives_that_state_no_force_of_its_size() -> None:
    # the leader is not said to send the unit, so its size is no size of the leader's own deployment
    text = "Peru moved troops into Beni in April. A battalion of 900 soldiers near the border is commanded by Peru."
    deployments, _ = run(text)
    assert [(d.sender, d.size) for d in deployments] == [(key_of("Peru"), None)]


def test_troops_of_a_formation_from_a_list_of_states_are_sent_by_them_together() -> None:
    deployments, _ = run("Soldiers of a RAPTOR unit from Chile and Ecuador patrolled Bolivia on Monday.")
    assert len(deployments) == 1
    assert deployments[0].senders == [key_of("RAPTOR"), key_of("Chile"), key_of("Ecuador")]
    assert deployments[0].location == key_of("Bolivia")


def test_a_formation_named_with_its_organization_joins_that_organizations_deployment() -> None:
    text = (
        "The Pacific Defence Community sent forces to Bolivia in May. "
        "Soldiers of a RAPTOR unit from Chile and Ecuador have patrolled Tarija since June. "
        "Bolivian officials thanked the PDC RAPTOR soldiers."
    )
    deployments, _ = run(text)
    assert len(deployments) == 1
    found = deployments[0]
    assert found.sender == key_of("Pacific Defence Community")
    assert set(found.co_senders) == {key_of("RAPTOR"), key_of("Chile"), key_of("Ecuador")}
    assert found.location == place_key("Tarija")  # the town the formation's sentence names, in the state sent to


def test_a_formation_elsewhere_or_never_named_with_the_organization_stays_apart() -> None:
    text = "The Pacific Defence Community sent forces to Bolivia in May. Soldiers of a RAPTOR unit reached Peru today."
    deployments, _ = run(text)
    assert [(d.sender, d.location) for d in deployments] == [
        (key_of("Pacific Defence Community"), key_of("Bolivia")),
        (key_of("RAPTOR"), key_of("Peru")),
    ]
    text = (
        "The Pacific Defence Community sent forces to Bolivia in May. Soldiers of a RAPTOR unit reached Bolivia today."
    )
    deployments, _ = run(text)
    assert len(deployments) == 2  # nothing says RAPTOR serves the community


@pytest.mark.parametrize(
    ("text", "pairs"),
    [
        # the senders a subject lists
        (
            "Chile and Peru sent troops to Bolivia and Ecuador respectively.",
            [("Chile", "Bolivia"), ("Peru", "Ecuador")],
        ),
        # the states whose forces they are, named by adjectives
        (
            "Peruvian and Chilean troops are stationed in Beni and Cusco respectively.",
            [("Peru", "Beni"), ("Chile", "Cusco")],
        ),
        # an active sending in the future, the pair set off by commas
        (
            "Next year, Ecuador and Chile will deploy soldiers to Beni and to Cusco, respectively.",
            [("Ecuador", "Beni"), ("Chile", "Cusco")],
        ),
    ],
)
def test_respectively_pairs_each_sender_with_its_place(text: str, pairs: list[tuple[str, str]]) -> None:
    deployments, _ = run(text)
    assert [(d.sender, d.location, d.co_senders) for d in deployments] == [
        (key_of(sender), key_of(place), []) for sender, place in pairs
    ]


def test_without_respectively_a_list_of_senders_sends_one_force_to_each_place() -> None:
    deployments, _ = run("Chile and Peru sent troops to Bolivia and Ecuador.")
    assert [(d.sender, d.co_senders) for d in deployments] == [(key_of("Chile"), [key_of("Peru")])] * 2


def test_respectively_with_lists_of_unequal_length_pairs_nothing() -> None:
    # three senders and two places: no pairing, the same deployments as without "respectively"
    text = "Chile, Peru and Ecuador sent troops to Beni and Cusco respectively."
    paired, _ = run(text)
    unpaired, _ = run(text.replace(" respectively", ""))
    assert [(d.sender, d.co_senders, d.location) for d in paired] == [
        (d.sender, d.co_senders, d.location) for d in unpaired
    ]
    assert paired and all(d.co_senders for d in paired)


def test_units_of_high_readiness_are_a_force() -> None:
    # "high-readiness" is parsed as an nmod of "units": a military modifier all the same
    deployments, _ = run("Chile sent two high-readiness units to Tarija on Friday.")
    assert [(d.sender, d.location) for d in deployments] == [(key_of("Chile"), place_key("Tarija"))]


def test_units_of_a_business_are_no_force() -> None:
    deployments, _ = run("Chile sent two business units to Tarija on Friday.")
    assert deployments == []


def test_states_that_lead_units_a_later_sentence_lists_do_not_send_them() -> None:
    # leading or commanding a unit is not sending it: no sender, no deployment
    text = (
        "A joint brigade of volunteers reached Beni in March. Its two companies are led by Chile and Peru respectively."
    )
    deployments, _ = run(text)
    assert deployments == []


def test_a_unit_a_state_is_said_to_lead_is_not_that_states_deployment() -> None:
    text = "Some 700 soldiers were flown to Cusco last week. The contingent will be commanded by Chile until June."
    deployments, _ = run(text)
    assert deployments == []


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        # the parser takes the counted force for the object of "between"
        ("Ecuador airlifted between 1,000 and 1,200 marines to Tarija on Sunday.", (1_000, 1_200)),
        # "up" read as a particle of the verb, the force as the object of "to"
        ("Peru sent up to 900 soldiers to Bolivia.", (None, 900)),
    ],
)
def test_bounded_counts_parsed_as_prepositional_objects_still_count_a_force(
    text: str, bounds: tuple[int | None, int | None]
) -> None:
    deployments, _ = run(text)
    assert len(deployments) == 1
    size = deployments[0].size
    assert size is not None and size.exact is None and (size.minimum, size.maximum) == bounds


def test_aid_sent_between_two_places_is_no_force() -> None:
    deployments, _ = run("Chile sent aid between the two towns near Tarija.")
    assert deployments == []


def test_a_front_that_names_an_armed_group_is_no_front_line() -> None:
    deployments, _ = run("Peru deployed 700 troops to Bolivia against the Andean Front.")
    assert [(d.location, d.opponent) for d in deployments] == [(key_of("Bolivia"), key_of("Andean Front"))]


@pytest.mark.parametrize(
    ("text", "helped"),
    [
        ("Ecuador has moved 300 soldiers into Beni in support of the Bolivian army.", "Bolivia"),
        ("Chile stationed two frigates off Tarija in defence of the Bolivian government.", "Bolivia"),
    ],
)
def test_in_support_of_or_in_defence_of_names_the_party_helped(text: str, helped: str) -> None:
    deployments, _ = run(text)
    assert [d.supported for d in deployments] == [key_of(helped)]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Oruro, where Ecuador keeps 250 engineers of its army, was flooded in January.", "Oruro"),
        ("The storm reached Bolivia, where Chile has deployed 300 marines since last year.", "Bolivia"),
    ],
)
def test_a_where_clause_places_the_forces_in_the_place_it_describes(text: str, place: str) -> None:
    deployments, _ = run(text)
    assert [d.location for d in deployments] == [key_of(place)]


@pytest.mark.parametrize(
    ("text", "sender", "place"),
    [
        ("Ecuador will strengthen its naval presence off Tarija.", "Ecuador", "Tarija"),
        ("After the vote, Chile moved to expand its military presence in Beni.", "Chile", "Beni"),
    ],
)
def test_a_presence_owned_by_a_possessive_pronoun_is_the_antecedent_deployment(
    text: str, sender: str, place: str
) -> None:
    deployments, _ = run(text)
    assert [(d.sender, d.location) for d in deployments] == [(key_of(sender), place_key(place))]


def test_a_presence_that_is_not_military_stays_nothing_with_a_possessive_pronoun() -> None:
    deployments, _ = run("Chile wants to expand its commercial presence in Beni.")
    assert deployments == []


@pytest.mark.parametrize(
    "text",
    [
        "Chile has sent 400 commandos to Oruro, with orders to drive the Andean Front out of the mountains.",
        "Ecuador sent marines to Tarija on Sunday with the aim of pushing the Andean Front back toward the hills.",
    ],
)
def test_an_armed_group_driven_out_or_back_is_the_opponent(text: str) -> None:
    deployments, _ = run(text)
    assert [d.opponent for d in deployments] == [key_of("Andean Front")]


def test_a_state_pushed_to_negotiate_is_no_opponent() -> None:
    deployments, _ = run("Chile sent 400 soldiers to Oruro to push Ecuador into talks.")
    assert [d.opponent for d in deployments] == [None]


@pytest.mark.parametrize(
    "text",
    [
        "Ecuador deployed 600 soldiers to Beni to root out fighters of the Andean Front.",
        "Peru sent troops to Bolivia in an effort to wipe out the Andean Front.",
    ],
)
def test_a_party_a_phrasal_verb_of_fighting_targets_is_the_opponent(text: str) -> None:
    deployments, _ = run(text)
    assert [d.opponent for d in deployments] == [key_of("Andean Front")]


@pytest.mark.parametrize(
    ("text", "basis"),
    [
        # the infinitive hung on the approving verb, after a date
        ("Ecuador's congress passed a bill on Thursday to station 400 marines in Tarija.", "bill"),
        ("The Chilean senate approved a motion to send 300 soldiers to Bolivia.", "motion"),
    ],
)
def test_an_approved_bill_or_motion_to_send_forces_is_their_legal_basis(text: str, basis: str) -> None:
    deployments, _ = run(text)
    assert len(deployments) == 1
    found = deployments[0].legal_basis
    assert found is not None and found.text.startswith(basis)


def test_an_approved_budget_is_no_sending() -> None:
    deployments, _ = run("The Chilean senate approved a budget on Monday to pay the soldiers serving in Bolivia.")
    assert all(d.legal_basis is None for d in deployments)


@pytest.mark.parametrize(
    ("text", "sender", "place"),
    [
        ("A Chilean infantry battalion will head to Beni in June.", "Chile", "Beni"),
        ("About 400 Chilean paratroopers flew to Tarija on Sunday.", "Chile", "Tarija"),
        # Regression: a second list of destination prepositions had replaced the first and dropped "into".
        ("Two Chilean infantry companies flew into Tarija on Sunday.", "Chile", "Tarija"),
    ],
)
def test_forces_heading_or_flying_to_a_place_abroad_are_a_deployment(text: str, sender: str, place: str) -> None:
    deployments, _ = run(text)
    assert [(d.sender, d.location) for d in deployments] == [(key_of(sender), place_key(place))]


@pytest.mark.parametrize(
    "text",
    [
        "The Peruvian soldiers flew home from Bolivia on Friday.",  # going home
        "Chilean troops went back to their barracks in Chile.",  # going back
        "Chilean troops went on high alert on Monday.",  # no destination
        "Peru's defence minister travelled to Bolivia on Monday.",  # a person, not a force
    ],
)
def test_going_without_forces_or_destination_abroad_is_no_deployment(text: str) -> None:
    deployments, _ = run(text)
    assert deployments == []


def test_an_organization_force_of_soldiers_from_listed_states_is_sent_with_them() -> None:
    deployments, _ = run("A PDC brigade of 2,400 soldiers from Chile and Ecuador arrived in Oruro on Thursday.")
    assert [(d.sender, d.co_senders) for d in deployments] == [
        (key_of("Pacific Defence Community"), [key_of("Chile"), key_of("Ecuador")])
    ]


def test_forces_in_a_place_owned_by_a_possessive_pronoun_are_the_antecedent_deployment() -> None:
    deployments, _ = run("Chile renewed the mandate of its 600 soldiers in Bolivia for another year.")
    assert [(d.sender, d.location) for d in deployments] == [(key_of("Chile"), key_of("Bolivia"))]
    assert deployments[0].size is not None and deployments[0].size.exact == 600


def test_forces_that_reach_a_named_place_abroad_are_a_deployment() -> None:
    deployments, _ = run("Sixty Chilean soldiers reached Tarija late on Friday.")
    assert [(d.sender, d.location) for d in deployments] == [(key_of("Chile"), place_key("Tarija"))]
    assert deployments[0].start is not None and deployments[0].start.latest == dt.date(2031, 3, 7)


@pytest.mark.parametrize(
    "text",
    [
        "Peru and Chile reached an agreement on troops on Monday.",  # no force reaches anything
        "The number of Peruvian troops in Bolivia reached 5,000 last year.",  # a count reached, not a place
    ],
)
def test_reaching_a_count_or_an_agreement_is_no_arrival(text: str) -> None:
    deployments, _ = run(text)
    assert all(not any(t.text.startswith("reach") for t in d.triggers) for d in deployments)


def test_regression_a_chain_of_formations_keeps_the_mentions_of_a_formation_folded_into_one_folded_before() -> None:
    # The brigade serves the corps, which serves the alliance; the corps is folded into the alliance's deployment
    # first, so the brigade must join the deployment the corps joined, not the corps' deployment now gone.
    text = "Corps troops arrived. Alliance troops arrived. Brigade troops arrived."
    corps, alliance, brigade = (
        Deployment(key, sender, anchors=[Span(text.index(word), text.index(word) + len(word), word)])
        for key, sender, word in (
            ("d1", "organization/corps", "Corps troops"),
            ("d2", "organization/alliance", "Alliance troops"),
            ("d3", "organization/brigade", "Brigade troops"),
        )
    )
    served = {"organization/corps": "organization/alliance", "organization/brigade": "organization/corps"}
    kept = fold_formations([corps, alliance, brigade], served, EntityIndex())
    assert kept == [alliance]
    assert [a.text for a in alliance.anchors] == ["Corps troops", "Alliance troops", "Brigade troops"]
