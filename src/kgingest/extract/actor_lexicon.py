"""General English word lists the actor and role extractors share (no names from any article)."""

from __future__ import annotations

from kgingest.extract.lexicon import word_mapping, word_sequence, word_set

# Head nouns of posts a person holds in a state or an organization; lowercase.
POST_HEADS = word_set("actors", "post_heads")

# Post heads that also describe a body set off after its name ("Acme, the market leader,").
BODY_DESCRIBING_POSTS = word_set("actors", "body_describing_posts")

# Post heads a firm may hold too ("Acme, adviser to the board").
FIRM_HELD_POSTS = word_set("actors", "firm_held_posts")

# Occupations: a role only when the text names the organization ("analyst at the Institute").
OCCUPATION_HEADS = word_set("actors", "occupation_heads")

TITLE_HEADS = POST_HEADS | OCCUPATION_HEADS

# Posts that, with no state or organization named, are held in the state the article is about
# ("Prime Minister X"); a rank or "spokesman" alone says nothing about whose.
STATE_POST_HEADS = word_set("actors", "state_post_heads")

# Posts that speak for whoever the text named just before ("... condemned the move. A spokesman, X, said").
SPOKESPERSON_HEADS = word_set("actors", "spokesperson_heads")

# Words that may stand inside a title before its head ("Deputy Foreign Minister", "Chief of Staff").
TITLE_MODIFIERS = word_set("actors", "title_modifiers")

# Words before a name that only describe ("former President X"): dropped from a title.
TITLE_DROP = word_set("actors", "title_drop")

# Head nouns of organizations that are organs of a state: a leading country name makes them part of it.
STATE_ORGAN_HEADS = word_set("actors", "state_organ_heads")

# Nouns after a name that make it a place, with the place type they give.
PLACE_NOUNS = word_mapping("actors", "place_nouns")

# Prepositions after which a capital city is a location rather than its government.
LOCATIVE_PREPOSITIONS = word_set("actors", "locative_prepositions")

# Stems of party-member nouns ("Democrats", "Republican"): an adjective or plural of a political party.
PARTY_STEMS = word_sequence("actors", "party_stems")

# Words that are capitalised at the start of a sentence or heading but name nothing.
NON_NAME_WORDS = word_set("actors", "non_name_words")

# Time words spaCy sometimes swallows into a name ("X on Thursday"): cut from an entity's end.
WEEKDAYS = word_sequence("actors", "weekdays")
RELATIVE_DAYS = word_sequence("actors", "relative_days")
MONTHS = word_sequence("actors", "months")

# Lowercase particles inside personal names ("Ursula von der Leyen", "Lula da Silva", "Mohammed bin Salman").
NAME_PARTICLES = word_set("actors", "name_particles")

# Words that mark an organization's (or place's) name: such a span is never re-typed as a person.
ORG_NAME_WORDS = word_set("actors", "org_name_words")
COMPANY_TRADE_WORDS = word_set("actors", "company_trade_words")

# Names whose last word alone is no short form of them ("the House" is never the "White House").
NO_SHORT_FORM_NAMES = word_set("actors", "no_short_form_names")

# Legal-form words after a company's name ("Acme AG"): the name without them is the same company.
LEGAL_SUFFIXES = word_set("actors", "legal_suffixes")

# Given names (1990 US Census first names, public domain; lowercase): one sign that a name is a person's, never
# the only one (a name not listed keeps its type when other signs agree).
GIVEN_NAMES = word_set("given_names", "given_names")

# Particles that, between two capitalised words, make a personal name (never a place): "Anna van der Berg".
# ("ten" is left out: it is also the number word before a capitalised plural.)
PERSON_ONLY_PARTICLES = word_set("actors", "person_only_particles")


def person_only_post(post: str) -> bool:
    """A post head only a person holds: a post's, not one a body is described by ("leader") save "head", nor one
    a firm holds ("adviser")."""
    if post not in POST_HEADS or post in FIRM_HELD_POSTS:
        return False
    return post == "head" or post not in BODY_DESCRIBING_POSTS
