"""Regressions from a review of the deployment readers: sentences of ordinary English that gave a deployment, or a
slot, they do not state. Each sentence is our own."""

from __future__ import annotations

import pytest
from spacy.language import Language

from kgingest.model import Extraction
from kgingest.parse import load_model
from test_deployment_constructions import _extraction, slots


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_model()


def _slots(nlp: Language, text: str) -> list[dict[str, object]]:
    extraction: Extraction = _extraction(nlp, text)
    return [slots(extraction, d) for d in extraction.deployments]


def test_forces_already_present_beside_a_ministers_sending_are_not_the_ministers_states(nlp: Language) -> None:
    # whose the 400 reservists are is not said: a minister sends, not the state itself
    found = _slots(
        nlp,
        "Austria's interior minister flew 150 gendarmes to Slovenia on top of 400 reservists already working there.",
    )
    assert [d["exact"] for d in found] == [150], found


def test_forces_already_present_elsewhere_do_not_take_the_sendings_place(nlp: Language) -> None:
    found = _slots(
        nlp, "Peru will send 800 soldiers to Ecuador on top of 300 marines already patrolling the Amazon river."
    )
    assert [(d["exact"], d["location"]) for d in found] == [(800, "Ecuador")], found


@pytest.mark.parametrize(
    "text",
    [
        "Samsung moved four divisions to Vietnam in 2029 to lower its costs.",
        "The largest Danish insurer moved two units to Malta.",
        "Toyota sent three units to the motor show in France.",
    ],
)
def test_counted_business_units_a_firm_moves_are_no_force(nlp: Language, text: str) -> None:
    assert _slots(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Belgium flew 120 paratroopers home from Mali on Tuesday.",
        "Belgium ferried 120 soldiers back from Mali after the elections.",
    ],
)
def test_forces_flown_or_ferried_home_are_no_sending(nlp: Language, text: str) -> None:
    assert _slots(nlp, text) == []


def test_a_border_in_the_forces_description_is_not_where_they_go(nlp: Language) -> None:
    found = _slots(nlp, "Bolivia sent 250 soldiers, veterans of the clashes along the border, to help flood victims.")
    assert [d["location"] for d in found] == [None], found


def test_a_request_for_forces_is_no_legal_basis(nlp: Language) -> None:
    found = _slots(nlp, "Togo sent 300 soldiers to Benin at a request from the trade unions.")
    assert [d["basis"] for d in found] == [None], found


def test_the_place_a_force_left_is_not_where_it_goes(nlp: Language) -> None:
    # a region named inside what was left ("the port of A in B") once became the location instead of "for C"
    found = _slots(
        nlp,
        "The Greek navy task group of 600 sailors left the port of Souda in West Crete for the Red Sea on Monday "
        "to escort merchant ships, the defence ministry said.",
    )
    assert [d["location"] for d in found] == ["Red Sea"], found
