"""The one reporting lexicon: general English words for saying and for who says, as data.

The words live in ``lexicons/reporting.yaml``, read by the one lexicon loader
(`kgingest.extract.lexicon_data`). Reporting verbs are keyed by lemma; each belongs to one `Frame` that says
where its content is. Every stage that needs reporting verbs reads them here: `VERB_FRAMES`/`verb_frame` for
statements, `FUTURE_REPORTING_VERBS` for deployments, `SPEECH_VERB_FORMS`/`ATTRIBUTION_VERB_FORMS` (inflected
forms, for regular expressions) for actors. Nothing here comes from any one article.
"""

from __future__ import annotations

from enum import Enum

from kgingest.extract.lexicon_data import word_sequence
from kgingest.extract.lexicon_data import word_set as lexicon_words


def word_set(block: str) -> frozenset[str]:
    """The white-space separated words of ``block``."""
    return frozenset(block.split())


def _reporting(key: str) -> frozenset[str]:
    return lexicon_words("reporting", key)


class Frame(str, Enum):
    """Where a reporting verb carries what was said."""

    CLAUSE = "clause"  # a that-clause, a quotation, or a to-infinitive: "said (that) ...", "pledged to ..."
    OBJECT = "object"  # also a plain object or a prepositional complement: "condemned the attack as ..."
    QUOTE = "quote"  # only a quotation (or a clause directly after the verb): "she continued: '...'"


ADDRESSEE_VERBS = _reporting("ADDRESSEE_VERBS")
ADDING_VERBS = _reporting("ADDING_VERBS")
MEDIA_WORDS = _reporting("MEDIA_WORDS")
SPEAKING_VERBS = _reporting("SPEAKING_VERBS")
CHANNEL_VERBS = _reporting("CHANNEL_VERBS")
REFERRING_NOUNS = _reporting("REFERRING_NOUNS")
RULING_VERBS = _reporting("RULING_VERBS")
FINDING_VERBS = _reporting("FINDING_VERBS")
NAMING_VERBS = _reporting("NAMING_VERBS")
REFUSAL_HEADS = _reporting("REFUSAL_HEADS")
CONTENT_PREPOSITIONS = _reporting("CONTENT_PREPOSITIONS")
CLAUSE_PREPOSITIONS = _reporting("CLAUSE_PREPOSITIONS")
DOCUMENT_NOUNS = _reporting("DOCUMENT_NOUNS")
ORGANIZATION_NOUNS = _reporting("ORGANIZATION_NOUNS")
COMPANY_NOUNS = _reporting("COMPANY_NOUNS")
PERSON_NOUNS = _reporting("PERSON_NOUNS")
COLLECTIVE_NOUNS = _reporting("COLLECTIVE_NOUNS")
PERSON_PRONOUNS = _reporting("PERSON_PRONOUNS")
THING_PRONOUNS = _reporting("THING_PRONOUNS")
PLURAL_PRONOUNS = _reporting("PLURAL_PRONOUNS")
LIST_INTRODUCERS = _reporting("LIST_INTRODUCERS")
TEMPORAL_PREPOSITIONS = _reporting("TEMPORAL_PREPOSITIONS")
RELATIVE_DAYS = _reporting("RELATIVE_DAYS")
OCCASION_NOUNS = _reporting("OCCASION_NOUNS")
PUBLISHING_VERBS = _reporting("PUBLISHING_VERBS")
PARTITIVE_NOUNS = _reporting("PARTITIVE_NOUNS")
TOPIC_OF_VERBS = _reporting("TOPIC_OF_VERBS")
NOMINAL_CUES = _reporting("NOMINAL_CUES")
UNSPECIFIED_PEOPLE = _reporting("UNSPECIFIED_PEOPLE")
GROUP_QUANTIFIERS = _reporting("GROUP_QUANTIFIERS")
AGENT_SUFFIXES = word_sequence("reporting", "AGENT_SUFFIXES")
# Reporting verbs after which "would" is the future of the report, not a hypothesis ("said it would send").
FUTURE_REPORTING_VERBS = _reporting("FUTURE_REPORTING_VERBS")
# Inflected forms, in file order, for regular expressions: "(?:said|says|told|added)".
SPEECH_VERB_FORMS = word_sequence("reporting", "SPEECH_VERB_FORMS")
ATTRIBUTION_VERB_FORMS = word_sequence("reporting", "ATTRIBUTION_VERB_FORMS")


def _phrasal_cues() -> dict[str, frozenset[str]]:
    """ "call for", "point out": lemma -> the particles or prepositions that make it a reporting verb."""
    cues: dict[str, set[str]] = {}
    for phrase in word_sequence("reporting", "PHRASAL_CUES"):
        lemma, particle = phrase.split()
        cues.setdefault(lemma, set()).add(particle)
    return {lemma: frozenset(particles) for lemma, particles in cues.items()}


PHRASAL_CUES: dict[str, frozenset[str]] = _phrasal_cues()


def _verb_frames() -> dict[str, Frame]:
    frames: dict[str, Frame] = {}
    for lemma in _reporting("CLAUSE_VERBS"):
        frames[lemma] = Frame.CLAUSE
    for lemma in _reporting("OBJECT_VERBS"):
        frames[lemma] = Frame.OBJECT  # an object verb also takes a clause
    for lemma in _reporting("QUOTE_ONLY_VERBS"):
        frames.setdefault(lemma, Frame.QUOTE)
    for lemma in CHANNEL_VERBS:
        frames.setdefault(lemma, Frame.OBJECT)
    return frames


VERB_FRAMES: dict[str, Frame] = _verb_frames()


def verb_frame(lemma: str) -> Frame | None:
    """The frame of a reporting verb, or None when ``lemma`` is not one."""
    return VERB_FRAMES.get(lemma.lower())
