"""Names that are no actors whatever spaCy called them: events, agreements, things made, ideas, roads,
venues, and titles or descriptions capitalised at the start of a sentence."""

from __future__ import annotations

from kgingest.extract.actor_lexicon import LEGAL_SUFFIXES, NAME_PARTICLES, ORG_NAME_WORDS
from kgingest.extract.actor_states import find_country_forms
from kgingest.extract.actors.base import FinderBase, Mention
from kgingest.extract.actors.names import _last_word
from kgingest.extract.actors.patterns import (
    BODY_HEADS,
    CAMEL_PRODUCT,
    EVENT_HEADS,
    IDEA_ENDINGS,
    ORG_HEAD_NOUNS,
    STREET_HEADS,
    THING_HEADS,
)

# spaCy labels a correction may take away from the actors.
_ACTOR_LABELS = frozenset({"PERSON", "ORG", "NORP", "PRODUCT", "WORK_OF_ART", "FAC"})


class NonActorNames(FinderBase):
    """Labels for names that are no actor: the kind of thing they name instead."""

    def _non_actor_label(self, mention: Mention) -> str | None:
        """``EVENT``, ``PRODUCT``, ``MISC`` or ``GPE`` (a road) for a name that names no actor, else None."""
        if mention.label not in _ACTOR_LABELS:
            return None
        name = mention.name(self.text)
        words = name.split()
        if len(words) > 1 and words[-1][:1].isupper() and _last_word(name).lower() in STREET_HEADS:
            return "GPE"
        if len(words) > 1 and (words[-1].lower() in EVENT_HEADS or " ".join(words[-2:]).lower() in EVENT_HEADS):
            return "EVENT"
        if len(words) > 1 and words[-1].lower() in THING_HEADS:
            return "MISC"
        if len(words) == 1 and name[:1].isupper() and name.lower().endswith(IDEA_ENDINGS):
            return "MISC"
        if mention.label == "PERSON" and self._described_not_named(words):
            return "MISC"
        # "iPod", "eReader": a trade name written with a lowercase first letter names a product.
        if len(words) == 1 and CAMEL_PRODUCT.fullmatch(name):
            return "MISC"
        return None

    def _retype_products_of_bodies(self, mentions: list[Mention]) -> None:
        """ "Acme Roadster" where "Acme" alone is an organization of the article: the body's product, no actor."""
        bodies = {m.name(self.text) for m in mentions if m.label == "ORG" and " " not in m.name(self.text)}
        for mention in mentions:
            words = mention.name(self.text).split()
            if mention.label not in _ACTOR_LABELS or len(words) != 2 or words[0] not in bodies:
                continue
            product = words[1]
            lower = product.lower().rstrip(".")
            # "Acme Textiles", "Acme Motors": a plural names the trade of a company, not a product.
            if not product[:1].isupper() or product.isupper() or lower.endswith("s") or find_country_forms(product):
                continue
            if lower in ORG_NAME_WORDS or lower in ORG_HEAD_NOUNS or lower in LEGAL_SUFFIXES or lower in BODY_HEADS:
                continue
            mention.label = "MISC"

    @staticmethod
    def _described_not_named(words: list[str]) -> bool:
        """ "Executive director", "The premier": a person's name has no lowercase word but its particles."""
        return len(words) > 1 and any(
            not any(ch.isupper() for ch in word) and word not in NAME_PARTICLES and word.isalpha() for word in words[1:]
        )
