"""Patterns and word sets the actor finder reads: what a name, a title or a place looks like."""

from __future__ import annotations

import re

from kgingest.extract.actor_lexicon import (
    MONTHS,
    PLACE_NOUNS,
    RELATIVE_DAYS,
    WEEKDAYS,
)
from kgingest.extract.lexicon import (
    ATTRIBUTION_VERB_FORMS,
    SPEECH_VERB_FORMS,
    word_sequence,
    word_set,
)

ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"})
# spaCy labels whose spans are names in their own right: a country inside one is part of that name.
CONTAINER_LABELS = frozenset({"PERSON", "ORG", "FAC", "EVENT", "LAW"})
# "(UNESCO)" right after a name, or after a short "in Country" / "for Region" phrase that ends the name.
ACRONYM_AFTER = re.compile(
    r"(?:\s+(?:in|of|for|on)\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3})?\s*[(\[]\s*([A-Z][A-Za-z&.\-]{1,11})\s*[)\]]"
)
PLACE_OF = re.compile(r"\b(" + "|".join(sorted(PLACE_NOUNS)) + r")\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_TAIL_WORD = r"(?:[A-Z][\w'’\-]*|of|and|for|the|on)"
# "for the Welfare of Workers" after a cut-off organization name.
ORG_TAIL = re.compile(rf"(\s+(?:for|of|on)\s+(?:the\s+)?{_TAIL_WORD}(?:\s+{_TAIL_WORD})*)")
QUOTES = "\"'“”‘’«»`"
# spaCy calls some institutions facilities ("the Hoover Center"): these head nouns make them organizations.
INSTITUTION_HEADS = word_set("actors", "institution_heads")
GENERATIONAL = word_set("actors", "generational")
EDGE_JUNK = QUOTES + " \t\n\r,;:.!?()[]{}-–—"
# A photo credit, source and subject joined by a slash with no space: "Pictora/Ana Ruiz", "Ana Ruiz/Snapfold".
PHOTO_CREDIT = re.compile(r"([A-Z][\w.&'’\-]*(?: [A-Z][\w.&'’\-]*)*)/([A-Z][\w.&'’\-]*(?: [A-Z][\w.&'’\-]*)*)")
# A time expression spaCy ran into a name: "X on Thursday", "X yesterday", "X in March".
TIME_TAIL = re.compile(
    r"\s+(?:(?:on|this|last|next|early|late|by|since|until|from)\s+)?(?:"
    + "|".join(WEEKDAYS + RELATIVE_DAYS)
    + r")\b|\s+(?:in|on|since|by|until|last|next|this|early|late)\s+(?:"
    + "|".join(MONTHS)
    + r")\b"
)
# Function words left dangling at a name's end once a time expression is cut.
DANGLING_TAIL = re.compile(r"\s+(?:on|in|at|and|of|for|the|to|by|from|since|until|during|after|before|with|or|via)$")
# Abbreviated honorifics and titles before a name ("Sen. X", "Dr Y").
HONORIFIC_WORD = r"(?:" + "|".join(word_sequence("actors", "honorifics")) + r")\.?"
# The end of a name that is an abbreviation whose dot belongs to it.
ABBREVIATION_END = r"(?:^|[\s.])(?:[A-Z]|Jr|Sr|St|Mt|Ft|Inc|Co|Corp|Ltd|Bros|Cie)$"
# What links a place to the larger place it lies in: "X, the capital of Y", "X in Y", "X, Y".
PLACE_WITHIN = re.compile(r"(?:,\s+(?:the\s+)?(?:capital|city|town|seat)\s+of\s+(?:the\s+)?|\s+in\s+(?:the\s+)?|,\s+)")
# Time zones spaCy takes for organizations ("by 1030 GMT").
TIME_ZONES = word_set("actors", "time_zones")
ROMAN_NUMERAL = re.compile(r"[IVXLC]+")
# Common nouns that describe an organization ("X, the vaccine alliance").
ORG_COMMON_NOUNS = word_set("actors", "org_common_nouns")
# Last words of organizations' names ("... Authority"): what a name cut at "and" must end with.
ORG_HEAD_NOUNS = word_set("actors", "org_head_nouns")
# What follows an organization's possessive and never a person's ("Acme's chief executive").
# "the provincial capital, X": a place noun and a comma right before a name (searched with an end position).
_PLACE_NOUNS_BEFORE_NAME = word_sequence("actors", "place_nouns_before_name")
PLACE_NOUN_COMMA = re.compile(rf"\b(?:{'|'.join(_PLACE_NOUNS_BEFORE_NAME)})\s*,\s*$")
PLACE_NOUN_CHARS = max(len(noun) for noun in _PLACE_NOUNS_BEFORE_NAME)
# "X, 58," / "X, a 58-year-old": an age right after a name.
AGE_AFTER = re.compile(r",\s+(?:a\s+)?\d{1,3}(?:-year-old\b|\s*,)")
# "X, the vaccine alliance, ...": a description set off by commas after a name.
# Its modifiers may be capitalised ("a Canadian parts maker"); it may close the sentence.
DESCRIPTION_AFTER = re.compile(r",\s+(?:the|a|an)\s+(?:[A-Za-z][\w\-]*\s+){0,3}?([a-z]+)(?=\s*(?:[,;)]|\.(?:\s|$)))")
# "... of the X Y": capitalised words after "of".
OF_NAME_AFTER = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][\w.’']*(?:\s+[A-Z][\w.’']*)*)")
COMPANY_BELONGINGS = re.compile(
    r"\s+(?:chief\s+executive|chief\s+financial|chairman|chairwoman|ceo|cfo|board|shares|shareholders|stock|"
    r"subsidiary|parent\s+company|parent|headquarters|factories|plants|quarterly|annual\s+revenue)\b",
    re.IGNORECASE,
)
# Nouns after a demonym that make it a language ("Spanish initials") or a people's culture or descent ("the
# Ruritanian calendar", "of Ruritanian descent"): no act of the state.
LANGUAGE_USE = re.compile(
    r"\s+(?:initials|acronym|abbreviation|word|words|name|translation|language|speakers?|speaking|"
    r"spelling|text|version|subtitles|dub|dubbing|phrase|term|alphabet|grammar|dialect|accent|"
    r"zodiac|calendar|cuisine|dish|dishes|recipes?|folklore|mythology|astrology|descent|ancestry|heritage|"
    r"characters|script|proverb|legend|tradition|traditions|folk)\b"
)
# Letters after a name that are honours or professions, not part of it ("X KC", "Y MP").
POSTNOMINALS = word_set("actors", "postnominals")
_NAME_WORD = r"[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?"
# "Dr Ama Boateng", "Professor Li Wei": a name after an honorific.
HONORIFIC_NAME = re.compile(rf"\b(?:Dr\.?|Prof\.?|Professor)\s+(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})\b")
# Inflected reporting verbs from the one reporting lexicon, for the lookaheads below.
_SPEECH_VERBS = "|".join(SPEECH_VERB_FORMS)
_ATTRIBUTION_VERBS = "|".join(ATTRIBUTION_VERB_FORMS)
# "the chairman, Per-Arne Berg, said": a name set off after a title.
TITLE_COMMA_NAME = re.compile(
    rf"\b(?P<title>[a-z]+),\s+(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})(?=,|\s+(?:" + _SPEECH_VERBS + r")\b)"
)
# "Jean-Luc Brun, a senior analyst at ...": a name set off before a title.
NAME_COMMA_TITLE = re.compile(
    rf"(?<![\w\-’'])(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}}),\s+(?:a|an|the)\s+(?:[a-z][\w\-]*\s+){{0,3}}?"
    r"(?P<title>[a-z]+)\b(?=\s+(?:at|of|for|with|in)\b|,)"
)
# "Jean-Luc Brun, chief economist at ...": with no article, only before the body's "of", "for" or "at".
NAME_COMMA_BARE_TITLE = re.compile(
    rf"(?<![\w\-’'])(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}}),\s+(?:[a-z][\w\-]*\s+){{0,2}}?"
    r"(?P<title>[a-z]+)\b(?=\s+(?:at|of|for)\b)"
)
# "Chief Executive Ana Ruiz told ...": a name after a capitalised title, before a reporting verb, a comma, "of" and
# the body or country the post belongs to ("Chancellor Ana Ruiz of Austria"), a possessive, "and" or a full stop.
# The title may join two posts with a hyphen ("Secretary-Treasurer"); its last part is the one checked.
TITLE_BEFORE_NAME = re.compile(
    rf"(?<![\w\-])(?P<title>(?:[A-Z][a-z]+-)?[A-Z][a-z]+)\s+(?P<name>{_NAME_WORD}\s+{_NAME_WORD})"
    r"(?=\s+(?:" + _ATTRIBUTION_VERBS + r")\b|,| +of\s+(?:the\s+)?[A-Z]|['’]s\b| +and\s|\.(?:\s|$))"
)
# "Rosalind Kerr told ...", "Rosalind Kerr, 52,": a known given name and a surname before a reporting verb, an age
# or "who" -- two signs of a person, for a name spaCy did not see. The caller checks that ``given`` is a listed given
# name (`GIVEN_NAMES`): an alternation of some 2,400 names would be tried at every position of the text.
GIVEN_NAME_WITH_SIGN = re.compile(
    r"(?<![\w\-’'.])(?P<name>(?P<given>[A-Z][a-z]+)"
    + rf"\s+{_NAME_WORD})(?=\s+(?:"
    + _SPEECH_VERBS
    + r")\b|,\s+\d{1,3},|,\s+who\b)"
)
# "Ana Ruiz of ACME" as one entity: a person's name, then the body after "of".
PERSON_OF_BODY = re.compile(rf"(?P<person>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})\s+of\s+(?:the\s+)?(?P<body>[A-Z].*)")
# Last words of a building's name: a place, whatever spaCy called it.
BUILDING_HEADS = word_set("actors", "building_heads")
# Prepositions after which a lone organization-tagged word is a place ("strikes near X").
NEAR_PREPOSITIONS = word_set("actors", "near_prepositions")
# Last words of the names of laws and agreements: a text, not an actor ("the Proceeds of Crime Act").
LAW_HEADS = word_set("actors", "law_heads")
# Verbs after which "at/in X" is where troops or offices are: "based at X", "landed at X".
LOCATED_VERBS = word_set("actors", "located_verbs")
# Nouns after a name that make it the site of a base: "X air base", "X naval base".
BASE_AFTER = re.compile(r"\s+(?:air|naval|military|army|airforce|air\s+force|navy)\s+(?:base|station|field)\b")
# Nouns right before a name that call it a vessel ("the destroyer X").
VESSEL_NOUNS = word_set("actors", "vessel_nouns")
# A name closed by an organization's word that spaCy may call a person ("... Liberation Front", "Water Aid").
ORG_LAST_WORDS = word_set("actors", "org_last_words")
# Last words of a body's name that spaCy may take for a place ("<Region> Police").
BODY_HEADS = word_set("actors", "body_heads")
# Nouns before "in X" that make X a company: "shares in X", "a stake in X".
FINANCIAL_NOUNS = word_set("actors", "financial_nouns")
# A geographic feature named after a state ("X Strait", "the X Sea"): a place, not the state.
FEATURE_AFTER = re.compile(
    r"\s+(Strait|Straits|Sea|Gulf|Bay|Peninsula|Basin|Valley|Channel|Islands|Mountains|Desert|Plateau|Highlands|"
    r"River|Lake|Coast|Trench|Shelf)\b"
)
# The same features before "of" and a state's name ("the Gulf of X", "the Sea of X"), read back from the name.
# Not after a capitalized word: "the Cook Islands of X" are islands of the state, not a feature named after it.
FEATURE_BEFORE = re.compile(
    r"(?:^|[^\w\s]\s*|\b(?:[a-z][\w-]*|The)\s+)(Strait|Straits|Sea|Gulf|Bay|Channel|Coast|Islands)\s+of\s+(?:the\s+)?$"
)
# A compass word that opens a feature's name with the state's ("the South X Sea").
COMPASS_BEFORE = re.compile(r"\b(?:North|South|East|West|Northern|Southern|Eastern|Western)\s+$")
# Prepositions after which a lone "person" name is where something happens ("supporters in Kitwe").
PLACE_ONLY_PREPOSITIONS = word_set("actors", "place_only_prepositions")

EVENT_HEADS = word_set("actors", "event_heads")
THING_HEADS = word_set("actors", "thing_heads")
PROGRAMME_HEADS = word_set("actors", "programme_heads")
WORK_NOUNS = word_set("actors", "work_nouns")
PRODUCT_NOUNS = word_set("actors", "product_nouns")
PRODUCT_KINDS = word_set("actors", "product_kinds")
NUMBERED_PRODUCT_KINDS = word_set("actors", "numbered_product_kinds")
THING_KINDS = word_set("actors", "thing_kinds")
PRODUCT_PARTICIPLES = word_set("actors", "product_participles")
INSTRUMENT_NOUNS = word_set("actors", "instrument_nouns")
STREET_HEADS = word_set("actors", "street_heads")
STREET_OPENERS = word_set("actors", "street_openers")
PERSON_ROAD_HEADS = word_set("actors", "person_road_heads")
SURNAME_BUILDING_HEADS = word_set("actors", "surname_building_heads")
PERSON_NOUNS = word_set("actors", "person_nouns")
INDEX_NOUNS = word_set("actors", "index_nouns")
INDEX_UNITS = word_set("actors", "index_units")
VENUE_HEADS = word_set("actors", "venue_heads")
IDEA_ENDINGS = word_sequence("actors", "idea_endings")
FAITHS_AND_FEASTS = word_set("actors", "faiths_and_feasts")
ILLNESS_NOUNS = word_set("actors", "illness_nouns")
LIVED_IN_NOUNS = word_set("actors", "lived_in_nouns")
ILLNESS_NAMES = word_set("actors", "illness_names")
# "Readout of the ...", "Remarks by ...": a document's title before the name it is about.
DOCUMENT_TITLE = re.compile(
    r"(?:" + "|".join(sorted(word_set("actors", "document_title_nouns"))) + r")\s+(?:of|by|from)\s+(?:the\s+)?",
    re.IGNORECASE,
)
# "<Airline> Flight 574": the flight is no actor; the airline before it is.
FLIGHT_TAIL = re.compile(r"\s+Flight(?:\s+[A-Z]{0,3}\d+[A-Z]?)?$")
# One capitalised word of a personal name: "Maria", "Lopez-Garcia".
PERSON_NAME_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?")
# A post "of" a body (or of a part of it) right before the body's name: "director of the", "head of the local
# chapter of the".
POST_OF_BODY_BEFORE = re.compile(
    r"\b(\w+)\s+(?:of|at|for)\s+(?:the\s+)?(?:(?:[A-Za-z\-]+\s+){1,4}(?:of|at|for)\s+(?:the\s+)?)?$"
)
# A trade name with a lowercase first letter and a capital after it: "iPod", "eReader".
CAMEL_PRODUCT = re.compile(r"[a-z]{1,2}[A-Z][A-Za-z]*s?")
# Honorifics that only a person bears ("Mr", "Dr"), unlike military ranks that may open a unit's name.
PERSONAL_HONORIFIC = re.compile(r"(?:" + "|".join(word_sequence("actors", "personal_honorifics")) + r")\.?")
