"""Places and the index: drafts become actors and places, linked to states and containing places."""

from __future__ import annotations

import re

from kgingest.extract.actor_lexicon import (
    LOCATIVE_PREPOSITIONS,
    PLACE_NOUNS,
)
from kgingest.extract.actor_states import find_country_forms
from kgingest.extract.actors.base import Draft, Mention
from kgingest.extract.actors.orgs import OrgFinder
from kgingest.extract.actors.patterns import (
    PLACE_WITHIN,
)
from kgingest.extract.actors.teams import national_teams
from kgingest.extract.index import EntityIndex, actor_key, place_key
from kgingest.gazetteer import Country
from kgingest.model import Actor, ActorType, Place, Span


class IndexBuilder(OrgFinder):
    """Places from what is left, then every draft into the article's entity index."""

    def _find_places(self, entities: list[Mention]) -> None:
        weak: list[Mention] = []
        for entity in entities:
            if self._is_taken(entity.begin, entity.end):
                continue
            kind = self._place_context(entity)
            if kind is None and entity.label in ("GPE", "LOC", "FAC"):
                kind = {"GPE": "City", "LOC": "Region", "FAC": "Place"}[entity.label]
            if kind is None:
                weak.append(entity)
                continue
            name = entity.name(self.text)
            words = name.split()
            if len(words) > 1 and words[-1].lower() in PLACE_NOUNS and entity.label not in ("FAC",):
                name = " ".join(words[:-1]) if words[-1][0].islower() else name
            self._add_place(entity.begin, entity.end, entity.full_end, name, kind, self._state_of_place(entity))
            self._take(entity.begin, entity.end)
        for entity in weak:
            name = entity.name(self.text)
            known = self.places.get(place_key(name))
            before = self._token_before(entity.begin)
            located = entity.label == "PRODUCT" and before is not None and before.lower_ in LOCATIVE_PREPOSITIONS
            if known is not None or located:
                self._add_place(
                    entity.begin, entity.end, entity.full_end, name, known.place_type if known else "Place", None
                )
                self._take(entity.begin, entity.end)

    def _state_of_place(self, entity: Mention) -> Country | None:
        """The state a place lies in: "the Ruritanian border region of X", "X, Ruritania", a province list."""
        window = self.text[max(0, entity.begin - 40) : entity.begin]
        of_phrase = re.search(
            r"([A-Z][\w ]*?)\s+(?:[a-z]+\s+)*?(?:" + "|".join(PLACE_NOUNS) + r")\s+of\s+(?:the\s+)?$", window
        )
        if of_phrase:
            for match in find_country_forms(of_phrase.group(1)):
                return match.country
        comma = re.match(r",\s+([A-Z][\w ]+?)\b(?=[,.;)]|\s+[a-z])", self.text[entity.full_end : entity.full_end + 40])
        if comma:
            country = self.gazetteer.country(comma.group(1))
            if country is not None:
                return country
        return self.gazetteer.province_country(entity.name(self.text))

    def _build_index(self) -> EntityIndex:
        index = EntityIndex(self.article.key)
        state_keys: dict[str, str] = {}
        teams = national_teams(self.doc, self.text, self.states)
        for draft in sorted(self.states.values(), key=lambda d: d.mentions[0].begin):
            assert draft.country is not None
            if draft.country.alpha2 in teams:
                self._index_actor(index, draft, ActorType.ORGANIZATION, actor_key(ActorType.ORGANIZATION, draft.name))
                continue
            key = actor_key(ActorType.STATE, draft.name)
            state_keys[draft.country.alpha2] = key
            self._index_actor(index, draft, ActorType.STATE, key, country_code=draft.country.alpha2)
        for draft in self.orgs:
            if not draft.mentions:
                continue
            # A named body is an organization even when the text calls it rebels or militants: Group is for
            # unnamed collectives ("rebels", "the militants"), as ANNOTATING.md's actor types define them.
            key = actor_key(ActorType.ORGANIZATION, self._org_key_name(draft))
            actor = self._index_actor(index, draft, ActorType.ORGANIZATION, key)
            if draft.part_of_country is not None:
                actor.part_of = self._ensure_state(index, draft.part_of_country, state_keys)
                actor.country_code = draft.part_of_country.alpha2 if actor.part_of else None
        for draft in self.persons:
            self._index_actor(index, draft, ActorType.PERSON, actor_key(ActorType.PERSON, draft.name))
        place_teams = national_teams(self.doc, self.text, self.places)
        for key, draft in sorted(self.places.items(), key=lambda kv: kv[1].mentions[0].begin):
            if key in place_teams:
                self._index_actor(index, draft, ActorType.ORGANIZATION, actor_key(ActorType.ORGANIZATION, draft.name))
                continue
            in_state = state_keys.get(draft.in_state.alpha2) if draft.in_state is not None else None
            place = Place(key=key, name=draft.name, type=draft.place_type, in_state=in_state)
            index.add_place(place)
            for span in sorted(set(draft.mentions)):
                index.add_mention(key, span)
        self._located_in(index)
        self._places_within_places(index)
        self._heading_mentions(index)
        return index

    def _org_key_name(self, draft: Draft) -> str:
        """A generic state organ ("Ministry of Finance") is keyed with its state, so two states' organs stay apart."""
        country = draft.part_of_country
        if country is None:
            return draft.name
        forms = [*country.names, *country.demonyms, *country.acronyms]
        if any(re.search(rf"(?<!\w){re.escape(f)}(?!\w)", draft.name) for f in forms):
            return draft.name
        return f"{country.name} {draft.name}"

    def _ensure_state(self, index: EntityIndex, country: Country, state_keys: dict[str, str]) -> str | None:
        """Key of the state; a state known only as a container ("Senate of Ruritania") still gets its actor."""
        if country.alpha2 in state_keys:
            return state_keys[country.alpha2]
        span = self.inner_country_spans.get(country.alpha2)
        if span is None:
            return None
        key = actor_key(ActorType.STATE, country.name)
        state_keys[country.alpha2] = key
        index.add_actor(Actor(key=key, type=ActorType.STATE, name=country.name, country_code=country.alpha2))
        index.add_mention(key, span)
        return key

    def _index_actor(
        self, index: EntityIndex, draft: Draft, actor_type: ActorType, key: str, country_code: str | None = None
    ) -> Actor:
        existing = index.actor(key)
        actor = existing or index.add_actor(Actor(key=key, type=actor_type, name=draft.name, country_code=country_code))
        for span in sorted(set(draft.mentions)):
            index.add_mention(key, span)
        return actor

    def _located_in(self, index: EntityIndex) -> None:
        """Where an organization is, as in "the Institute of X in <city>"."""
        for actor in index.actors:
            if actor.type is not ActorType.ORGANIZATION:
                continue
            for span in actor.mentions:
                match = re.match(r"\s+in\s+", self.text[span.end : span.end + 6])
                if match:
                    place = index.place_at(span.end + match.end(), span.end + match.end() + 1)
                    if place is not None:
                        actor.located_in = place
                        break

    def _places_within_places(self, index: EntityIndex) -> None:
        """A place of unknown state named as lying in another: "X, the capital of <region>", "X in <region>",
        "X, <state>" take the state of what follows."""
        for place in sorted(index.places, key=lambda p: p.key):
            if place.in_state is not None:
                continue
            for span in place.mentions:
                link = PLACE_WITHIN.match(self.text, span.end)
                if not link:
                    continue
                ref = index.at(link.end(), link.end() + 1)
                if ref is None or ref.span.begin != link.end():
                    continue
                container = index.place(ref.key)
                actor = index.actor(ref.key)
                if container is not None and container.in_state is not None:
                    place.in_state = container.in_state
                elif actor is not None and actor.type is ActorType.STATE and not link.group(0).startswith(" in"):
                    place.in_state = actor.key
                if place.in_state is not None:
                    break

    def _heading_mentions(self, index: EntityIndex) -> None:
        """Headings never create actors, but name ones the body found."""
        state_keys = {a.country_code: a.key for a in index.actors if a.type is ActorType.STATE and a.country_code}
        for heading_begin, heading_end in self.headings:
            heading = self.text[heading_begin:heading_end]
            # Countries by any gazetteer form, when the body has that state.
            for country_form in find_country_forms(heading):
                key = state_keys.get(country_form.country.alpha2)
                b, e = heading_begin + country_form.begin, heading_begin + country_form.full_end
                if key is not None and country_form.kind != "capital" and not index.mentions_in(b, e):
                    index.add_mention(key, Span(b, e, self.text[b:e]))
            entities: list[Actor | Place] = [*index.actors, *index.places]
            for entity in entities:
                for form in sorted({entity.name, *entity.aliases}, key=lambda f: (-len(f), f)):
                    core = re.sub(r"['’]s$", "", form)
                    if len(core) < 2 or core not in heading:  # no match without the name in the heading
                        continue
                    for match in re.finditer(rf"(?<![\w.]){re.escape(core)}(?:['’]s)?(?![\w])", heading):
                        b, e = heading_begin + match.start(), heading_begin + match.end()
                        if not index.mentions_in(b, e):
                            index.add_mention(entity.key, Span(b, e, self.text[b:e]))
