"""Actors and places: who and where the article is about.

spaCy's named entities are the starting point, corrected by general rules:
countries, demonyms, acronyms and capitals come from the gazetteer (a capital
is the state only when it acts); a name followed by "region"/"province" or
after "the town of" is a place whatever spaCy called it; surnames, acronyms in
parentheses and shorter forms of an organization's name join the fullest form;
heading lines never create an actor but may add mentions of one.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from kgingest.extract.actor_lexicon import (
    LEGAL_SUFFIXES,
    LOCATIVE_PREPOSITIONS,
    MONTHS,
    NAME_PARTICLES,
    NON_NAME_WORDS,
    ORG_NAME_WORDS,
    PARTY_STEMS,
    PERSON_ONLY_PARTICLES,
    PLACE_NOUNS,
    RELATIVE_DAYS,
    STATE_ORGAN_HEADS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    WEEKDAYS,
)
from kgingest.extract.actor_states import (
    CITY_PART_NOUNS,
    POSSESSIVE,
    CountryMatch,
    capital_acts,
    find_country_forms,
)
from kgingest.extract.index import EntityIndex, actor_key, place_key
from kgingest.gazetteer import Country, load_gazetteer
from kgingest.model import Actor, ActorType, Article, Place, Span
from kgingest.parse import LEMMA_INDEX

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
INSTITUTION_HEADS = frozenset({"center", "centre", "institute", "institution", "foundation", "university", "college"})
GENERATIONAL = frozenset({"Jr", "Sr", "II", "III", "IV"})
EDGE_JUNK = QUOTES + " \t\n\r,;:.!?()[]{}-–—"
# A time expression spaCy ran into a name: "X on Thursday", "X yesterday", "X in March".
TIME_TAIL = re.compile(
    r"\s+(?:(?:on|this|last|next|early|late|by|since|until|from)\s+)?(?:"
    + "|".join(WEEKDAYS + RELATIVE_DAYS)
    + r")\b|\s+(?:in|on|since|by|until|last|next|this|early|late)\s+(?:"
    + "|".join(MONTHS)
    + r")\b"
)
# Function words left dangling at a name's end once a time expression is cut.
DANGLING_TAIL = re.compile(r"\s+(?:on|in|at|and|of|for|the|to|by|from)$")
# A wire dateline opening a line: "CITY (Agency) -", "CITY, March 3 (Agency) —", "CITY —".
DATELINE = re.compile(
    r"^(?P<city>[A-Z][A-Z.'’\-]+(?:\s+[A-Z][A-Z.'’\-]+){0,3})"
    r"(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
    r"(?:\s*\((?P<agency>[A-Z][\w&.\-]*(?:\s+[A-Z][\w&.\-]*){0,2})\))?"
    r"\s*[-–—]",
    re.MULTILINE,
)
# Abbreviated honorifics and titles before a name ("Sen. X", "Dr Y"): never part of the name.
HONORIFIC_WORD = (
    r"(?:Sen|Rep|Gov|Lt|Gen|Col|Capt|Sgt|Cpl|Adm|Maj|Cmdr|Ald|Atty|"
    r"Supt|Insp|Det|Prof|Dr|Mr|Mrs|Ms|Mx|Rev|Fr|Hon|Pres)\.?"
)
HONORIFIC = re.compile(HONORIFIC_WORD + r"\s+")
# The end of a name that is an abbreviation whose dot belongs to it.
ABBREVIATION_END = r"(?:^|[\s.])(?:[A-Z]|Jr|Sr|St|Mt|Ft|Inc|Co|Corp|Ltd|Bros|Cie)$"
# What links a place to the larger place it lies in: "X, the capital of Y", "X in Y", "X, Y".
PLACE_WITHIN = re.compile(r"(?:,\s+(?:the\s+)?(?:capital|city|town|seat)\s+of\s+(?:the\s+)?|\s+in\s+(?:the\s+)?|,\s+)")
# Time zones spaCy takes for organizations ("by 1030 GMT").
TIME_ZONES = frozenset({"GMT", "UTC", "BST", "CET", "CEST", "EST", "EDT", "CST", "CDT", "PST", "PDT", "JST", "IST"})
ROMAN_NUMERAL = re.compile(r"[IVXLC]+")
# Common nouns that describe an organization ("X, the vaccine alliance").
ORG_COMMON_NOUNS = frozenset(
    {
        "alliance",
        "company",
        "firm",
        "group",
        "agency",
        "organisation",
        "organization",
        "charity",
        "foundation",
        "union",
        "association",
        "federation",
        "regulator",
        "bank",
        "lender",
        "insurer",
        "carrier",
        "airline",
        "broadcaster",
        "newspaper",
        "daily",
        "network",
        "coalition",
        "movement",
        "party",
        "consortium",
        "conglomerate",
        "manufacturer",
        "maker",
        "producer",
        "operator",
        "retailer",
        "chain",
        "developer",
        "startup",
        "publisher",
        "institute",
        "university",
    }
)
# Last words of organizations' names ("... Authority"): what a name cut at "and" must end with.
ORG_HEAD_NOUNS = frozenset(
    {
        "center",
        "centre",
        "authority",
        "institute",
        "commission",
        "council",
        "agency",
        "association",
        "foundation",
        "service",
        "board",
        "bureau",
        "office",
        "organisation",
        "organization",
        "department",
        "ministry",
        "school",
        "university",
        "college",
        "hospital",
        "fund",
        "union",
        "federation",
        "society",
        "corporation",
        "company",
        "committee",
        "trust",
        "customs",
    }
)
# What follows an organization's possessive and never a person's ("Acme's chief executive").
COMPANY_BELONGINGS = re.compile(
    r"\s+(?:chief\s+executive|chief\s+financial|chairman|chairwoman|ceo|cfo|board|shares|shareholders|stock|"
    r"subsidiary|parent\s+company|parent|headquarters|factories|plants|quarterly|annual\s+revenue)\b",
    re.IGNORECASE,
)
# Nouns after a demonym that make it a language ("Spanish initials").
LANGUAGE_USE = re.compile(
    r"\s+(?:initials|acronym|abbreviation|word|words|name|translation|language|speakers?|speaking|"
    r"spelling|text|version|subtitles|dub|dubbing|phrase|term|alphabet|grammar|dialect|accent)\b"
)
# Organization names spaCy misses before a title: "City Council President X", "Commission President Y".
TITLE_ORG = re.compile(
    r"(?<![\w.])(?P<org>(?:[A-Z][a-z]+\s+){0,3}(?:Council|Commission|Board|Committee|Assembly|Authority|Senate|"
    r"Parliament|Tribunal|Agency|Federation|Association))\s+(?:President|Vice-President|Chair|Chairman|Chairwoman|"
    r"Chairperson|Speaker|Member|Leader|Secretary|Director|Spokesman|Spokeswoman|Spokesperson|Commissioner)"
    r"\s+[A-Z]"
)
# Letters after a name that are honours or professions, not part of it ("X KC", "Y MP").
POSTNOMINALS = frozenset({"KC", "QC", "MP", "MEP", "MSP", "OBE", "MBE", "CBE", "KBE", "DBE", "PhD", "MD", "Esq"})
_NAME_WORD = r"[A-Z][^\W\d_]+(?:-[A-Z][^\W\d_]+)?"
# "Dr Ama Boateng", "Professor Li Wei": a name after an honorific.
HONORIFIC_NAME = re.compile(rf"\b(?:Dr\.?|Prof\.?|Professor)\s+(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})\b")
# "the chairman, Per-Arne Berg, said": a name set off after a title.
TITLE_COMMA_NAME = re.compile(
    rf"\b(?P<title>[a-z]+),\s+(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})(?=,|\s+(?:said|says|told|added)\b)"
)
# "Jean-Luc Brun, a senior analyst at ...": a name set off before a title.
NAME_COMMA_TITLE = re.compile(
    rf"(?<![\w\-’'])(?P<name>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}}),\s+(?:a|an|the)\s+(?:[a-z][\w\-]*\s+){{0,3}}?"
    r"(?P<title>[a-z]+)\b(?=\s+(?:at|of|for|with|in)\b|,)"
)
# "Chief Executive Ana Ruiz told ...": a name after a capitalised title, before a reporting verb or a comma.
TITLE_BEFORE_NAME = re.compile(
    rf"(?<![\w\-])(?P<title>[A-Z][a-z]+)\s+(?P<name>{_NAME_WORD}\s+{_NAME_WORD})"
    r"(?=\s+(?:said|says|told|added|declined|announced|warned|wrote)\b|,)"
)
# "Ana Ruiz of ACME" as one entity: a person's name, then the body after "of".
PERSON_OF_BODY = re.compile(rf"(?P<person>{_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})\s+of\s+(?:the\s+)?(?P<body>[A-Z].*)")
# Capitalised words closed by a legal form ("Acme Shipping ASA", "Borealis Ltd."): a company's name.
COMPANY_NAME = re.compile(
    r"(?<![\w&\-])(?P<name>(?:(?!(?:The|A|An|In|At|On|For|By|Of|And|But)\s)[A-Z][\w&\-]*\s+){1,4}"
    r"(?:Inc\.?|Ltd\.?|Plc|plc|PLC|AG|ASA|SA|NV|N\.V\.|GmbH|Corp\.?|LLC|AB|Oyj|S\.A\.|S\.p\.A\.|SE|KGaA))(?![\w])"
)
# Last words of a building's name: a place, whatever spaCy called it.
BUILDING_HEADS = frozenset(
    {"courthouse", "capitol", "palace", "stadium", "arena", "cathedral", "mosque", "temple", "hotel", "tower"}
)
# Prepositions after which a lone organization-tagged word is a place ("strikes near X").
NEAR_PREPOSITIONS = frozenset({"near", "outside", "around", "across", "throughout"})
# Last words of the names of laws and agreements: a text, not an actor ("the Proceeds of Crime Act").
LAW_HEADS = frozenset(
    {"act", "law", "bill", "treaty", "convention", "charter", "accord", "accords", "protocol", "code", "directive"}
)
# Verbs after which "at/in X" is where troops or offices are: "based at X", "landed at X".
LOCATED_VERBS = frozenset(
    {"based", "stationed", "landed", "headquartered", "garrisoned", "deployed", "moored", "docked", "arrived"}
)
# Nouns after a name that make it the site of a base: "X air base", "X naval base".
BASE_AFTER = re.compile(r"\s+(?:air|naval|military|army|airforce|air\s+force|navy)\s+(?:base|station|field)\b")
# Prefixes of ships' names ("HMS X", "USS Y"): a vessel, not an actor.
SHIP_PREFIXES = frozenset(
    {
        "HMS",
        "USS",
        "JS",
        "INS",
        "HMAS",
        "HMCS",
        "HMNZS",
        "HNLMS",
        "HDMS",
        "FGS",
        "ROKS",
        "BRP",
        "KRI",
        "TCG",
        "ITS",
        "ESPS",
        "NRP",
        "PNS",
        "SLNS",
        "RFS",
        "USNS",
        "HNoMS",
        "HSwMS",
        "FS",
        "MV",
        "RV",
        "SS",
    }
)
# Nouns right before a name that call it a vessel ("the destroyer X").
VESSEL_NOUNS = frozenset(
    {
        "destroyer",
        "frigate",
        "corvette",
        "cruiser",
        "carrier",
        "warship",
        "submarine",
        "ship",
        "vessel",
        "tanker",
        "freighter",
        "patrol",
        "icebreaker",
        "yacht",
        "ferry",
        "boat",
    }
)
# A name closed by an organization's word that spaCy may call a person ("... Liberation Front", "Water Aid").
ORG_LAST_WORDS = frozenset({"aid", "front", "network", "movement", "institute", "foundation", "trust", "council"})
# Last words of a body's name that spaCy may take for a place ("<Region> Police").
BODY_HEADS = frozenset(
    {"police", "constabulary", "army", "navy", "guard", "command", "ministry", "council", "authority"}
)
# What calls a body an armed group: "X rebels", "militants of the X", "the rebel X", "X, a group linked to".
_FIGHTERS = r"(?:rebels?|militants?|insurgents?|fighters|militias?|jihadists?|guerrillas?|gunmen|extremists)"
ARMED_AFTER = re.compile(
    rf"\s+{_FIGHTERS}\b|,\s+(?:an?|the)\s+(?:[\w\-]+\s+){{0,2}}?(?:group|movement|militia)\s+"
    r"(?:linked|affiliated|allied|loyal|tied)\s+(?:to|with)\b"
)
ARMED_BEFORE = re.compile(
    rf"(?:\b{_FIGHTERS}\s+(?:of|from)\s+(?:the\s+)?|\b(?:rebel|militant|insurgent|jihadist|armed|separatist|"
    r"guerrilla|extremist)\s+(?:group\s+|movement\s+|militia\s+|alliance\s+|coalition\s+)?(?:the\s+)?)$",
    re.IGNORECASE,
)
# Verbs whose object is an enemy in arms ("troops fighting X").
COMBAT_VERBS = frozenset({"fight", "battle", "combat"})
# Nouns before "in X" that make X a company: "shares in X", "a stake in X".
FINANCIAL_NOUNS = frozenset(
    {
        "shares",
        "stake",
        "stakes",
        "investment",
        "investments",
        "interest",
        "holding",
        "holdings",
        "position",
        "role",
        "jobs",
        "job",
        "career",
        "cuts",
        "cut",
        "member",
        "members",
        "invested",
        "investing",
    }
)
# A geographic feature named after a state ("X Strait", "the X Sea"): a place, not the state.
FEATURE_AFTER = re.compile(
    r"\s+(Strait|Straits|Sea|Gulf|Bay|Peninsula|Basin|Valley|Channel|Islands|Mountains|Desert|Plateau|Highlands|"
    r"River|Lake|Coast|Trench|Shelf)\b"
)
# Prepositions after which a lone "person" name is where something happens ("supporters in Kitwe").
PLACE_ONLY_PREPOSITIONS = frozenset({"in", "into", "near", "outside", "inside", "across", "throughout", "around"})


@dataclass
class Mention:
    """A cleaned name occurrence: ``[begin, end)`` is the name, ``full_end`` includes a possessive."""

    begin: int
    end: int
    full_end: int
    label: str

    def span(self, text: str) -> Span:
        return Span(self.begin, self.full_end, text[self.begin : self.full_end])

    def name(self, text: str) -> str:
        return text[self.begin : self.end]


@dataclass
class _Draft:
    """An actor or place being assembled before it enters the index."""

    kind: str  # person, org, state, place
    name: str
    mentions: list[Span] = field(default_factory=list)
    country: Country | None = None
    place_type: str = "Place"
    in_state: Country | None = None
    part_of_country: Country | None = None
    part_of_org: str | None = None
    located_in: str | None = None
    actor_type: ActorType | None = None


def find_actors(doc: Doc, article: Article) -> EntityIndex:
    """Every actor and place of the article, one per real-world entity."""
    return _ActorFinder(doc, article).run()


class _ActorFinder:
    def __init__(self, doc: Doc, article: Article) -> None:
        self.doc = doc
        self.article = article
        self.text = article.text
        self.headings = [(h.begin, h.end) for h in article.headings]
        self.gazetteer = load_gazetteer()
        self.taken: list[tuple[int, int]] = []  # body offsets already given to an entity
        self.states: dict[str, _Draft] = {}  # alpha2 -> draft
        self.persons: list[_Draft] = []
        self.orgs: list[_Draft] = []
        self.places: dict[str, _Draft] = {}  # place key -> draft
        self.org_countries: dict[tuple[int, int], Country] = {}  # org span -> leading/trailing country
        self.inner_country_spans: dict[str, Span] = {}  # alpha2 -> a country named only inside an org name

    # driver

    def run(self) -> EntityIndex:
        entities = self._entities()
        self._find_datelines()
        self._find_states(entities)
        self._find_the_north_south()
        self._find_persons(entities)
        self._find_orgs(entities)
        self._find_places(entities)
        self._missed_surnames()
        return self._build_index()

    # spaCy entities, cleaned

    def _entities(self) -> list[Mention]:
        found = []
        for ent in self.doc.ents:
            if ent.label_ not in ENTITY_LABELS:
                continue
            mention = self._clean(ent.start_char, ent.end_char, ent.label_)
            if mention is not None and not self._in_heading(mention.begin, mention.end):
                found.append(mention)
        found = self._company_names(found)
        found = self._orgs_before_titles(found)
        found = self._missed_person_names(found)
        found = self._split_person_of_body(found)
        self._retype(found)
        found = self._joined_org_names(found)
        return self._particle_names(found)

    def _split_person_of_body(self, mentions: list[Mention]) -> list[Mention]:
        """ "Ana Ruiz of ACME" taken as one name: the person, and the body she speaks for."""
        out: list[Mention] = []
        for mention in mentions:
            match = PERSON_OF_BODY.fullmatch(mention.name(self.text))
            if mention.label not in ("PERSON", "ORG") or match is None:
                out.append(mention)
                continue
            person_words = match.group("person").split()
            body = match.group("body")
            body_words = [w.lower() for w in body.split()]
            if any(w.lower() in ORG_NAME_WORDS or w.lower() in TITLE_HEADS for w in person_words) or not (
                body.isupper() or any(w in ORG_NAME_WORDS or w in ORG_HEAD_NOUNS for w in body_words)
            ):
                out.append(mention)
                continue
            person_end = mention.begin + match.end("person")
            body_begin = mention.begin + match.start("body")
            out.append(Mention(mention.begin, person_end, person_end, "PERSON"))
            out.append(Mention(body_begin, mention.end, mention.full_end, "ORG"))
        return out

    def _joined_org_names(self, mentions: list[Mention]) -> list[Mention]:
        """ "Malaria Research" + "and" + "Training Center": one organization spaCy cut at the "and" (the first
        part has no head noun of its own, the second ends in one)."""
        ordered = sorted(mentions, key=lambda m: (m.begin, m.end))
        out: list[Mention] = []
        for mention in ordered:
            previous = out[-1] if out else None
            if (
                previous is not None
                and previous.label == "ORG"
                and previous.full_end == previous.end
                and self.text[previous.end : mention.begin] == " and "
                and _last_word(mention.name(self.text)).lower() in ORG_HEAD_NOUNS
                and _last_word(previous.name(self.text)).lower() not in ORG_HEAD_NOUNS
                and _last_word(previous.name(self.text)).lower().rstrip(".") not in LEGAL_SUFFIXES
                and not _last_word(previous.name(self.text)).isupper()
            ):
                out[-1] = Mention(previous.begin, mention.end, mention.full_end, "ORG")
                continue
            out.append(mention)
        return out

    def _orgs_before_titles(self, mentions: list[Mention]) -> list[Mention]:
        """ "Common Council President X": capitalised words ending in an organization's head noun right before a
        title are that organization, when spaCy saw nothing there."""
        found: list[Mention] = []
        for match in TITLE_ORG.finditer(self.text):
            begin, end = match.span("org")
            words = match.group("org").split()
            while len(words) > 1 and (words[0].lower() in NON_NAME_WORDS or words[0].lower() in TITLE_MODIFIERS):
                begin += len(words[0]) + 1
                words = words[1:]
            if self._in_heading(begin, end) or any(m.begin < end and begin < m.end for m in mentions):
                continue
            found.append(Mention(begin, end, end, "ORG"))
        return sorted([*mentions, *found], key=lambda m: (m.begin, m.end))

    def _missed_person_names(self, mentions: list[Mention]) -> list[Mention]:
        """Names spaCy did not see at all: after "Dr"/"Professor", or set off after a title ("the chairman,
        Per-Arne Berg, said")."""
        found: list[Mention] = []
        for pattern in (HONORIFIC_NAME, TITLE_COMMA_NAME, NAME_COMMA_TITLE, TITLE_BEFORE_NAME):
            for match in pattern.finditer(self.text):
                if "title" in match.groupdict() and match.group("title").lower() not in TITLE_HEADS:
                    continue
                begin, end = match.span("name")
                words = match.group("name").split()
                if self._in_heading(begin, end) or any(m.begin < end and begin < m.end for m in [*mentions, *found]):
                    continue
                if any(
                    w.lower() in NON_NAME_WORDS or w.lower() in TITLE_HEADS or w.lower() in ORG_NAME_WORDS
                    for w in words
                ):
                    continue
                # A capital's name is also a first name ("Sofia"): only a country's name or demonym rules it out.
                if any(form.kind != "capital" for form in find_country_forms(match.group("name"))):
                    continue
                possessive = POSSESSIVE.match(self.text, end)
                found.append(Mention(begin, end, possessive.end() if possessive else end, "PERSON"))
        return sorted([*mentions, *found], key=lambda m: (m.begin, m.end))

    def _company_names(self, mentions: list[Mention]) -> list[Mention]:
        """ "Acme Shipping ASA" that spaCy missed or cut: capitalised words ending in a legal form are a company."""
        for match in COMPANY_NAME.finditer(self.text):
            begin, end = match.span("name")
            if self._in_heading(begin, end) or "\n" in self.text[begin:end]:
                continue
            if find_country_forms(self.text[begin:end]):
                continue
            inside = [m for m in mentions if m.begin < end and begin < m.end]
            if any(m.begin < begin or m.end > end for m in inside) or any(m.label == "PERSON" for m in inside):
                continue
            possessive = POSSESSIVE.match(self.text, end)
            mentions = [m for m in mentions if m not in inside]
            mentions.append(Mention(begin, end, possessive.end() if possessive else end, "ORG"))
        return sorted(mentions, key=lambda m: (m.begin, m.end))

    def _particle_names(self, mentions: list[Mention]) -> list[Mention]:
        """ "Anna van der Berg" that spaCy split into two places: one person, replacing the pieces."""
        doc = self.doc
        joined: list[Mention] = []
        for token in doc:
            if token.text not in PERSON_ONLY_PARTICLES or token.i == 0:
                continue
            before = doc[token.i - 1]
            if (
                before.text in PERSON_ONLY_PARTICLES
                or not before.text[:1].isupper()
                or not before.is_alpha
                or before.pos_ != "PROPN"
                or before.lower_ in NON_NAME_WORDS
            ):
                continue
            k = token.i
            while k < len(doc) and doc[k].text in PERSON_ONLY_PARTICLES:
                k += 1
            if k >= len(doc) or not doc[k].text[:1].isupper() or not doc[k].is_alpha:
                continue
            if "\n" in doc[before.i : k + 1].text:
                continue
            begin, end = before.idx, doc[k].idx + len(doc[k].text)
            overlapping = [m for m in mentions if m.begin < end and begin < m.end]
            # Only where spaCy saw no person or organization around it: otherwise its span is kept.
            if any(m.label in ("PERSON", "ORG") for m in overlapping):
                continue
            possessive = POSSESSIVE.match(self.text, end)
            joined.append(Mention(begin, end, possessive.end() if possessive else end, "PERSON"))
            mentions = [m for m in mentions if m not in overlapping]
        return sorted([*mentions, *joined], key=lambda m: (m.begin, m.end))

    def _retype(self, mentions: list[Mention]) -> None:
        """Correct spaCy's type where the context is plain: a titled name is a person, a lone name "in X" a place."""
        person_names = [m.name(self.text) for m in mentions if m.label == "PERSON"]
        lone_persons = {n for n in person_names if " " not in n}
        words_of_full_names = {w for n in person_names if " " in n for w in n.split()}
        org_openers = {
            " ".join(words[:n])
            for m in mentions
            if m.label == "ORG"
            for words in [m.name(self.text).split()]
            for n in range(1, len(words))
        }
        # One mention that shows an organization makes every mention of that name one.
        org_shaped = {
            m.name(self.text) for m in mentions if m.label in ("PERSON", "ORG") and self._organization_shaped(m)
        }
        for mention in mentions:
            self._drop_title_tail(mention)
            name = mention.name(self.text)
            if name in TIME_ZONES:
                mention.label = "TIME"
                continue
            # "M23 rebels": a place name has no digits; a group's may.
            if mention.label in ("GPE", "LOC") and any(ch.isdigit() for ch in name) and re.search(r"[A-Z]", name):
                mention.label = "ORG"
                continue
            # "Shares in Acme rose": one word opening an organization's name and no person's.
            if mention.label == "PERSON" and name in org_openers and name not in words_of_full_names:
                mention.label = "ORG"
                continue
            if mention.label == "PERSON" and (name in org_shaped or name.split()[-1] in org_shaped):
                mention.label = "ORG"
                continue
            if mention.label == "PERSON":
                before = self._token_before(mention.begin)
                # "supporters in Kitwe": a lone word after "in" that no full name of the article contains.
                # "much of Goma": likewise after "of" with a part noun before it.
                part_of_place = (
                    before is not None
                    and before.lower_ == "of"
                    and before.i > 0
                    and self.doc[before.i - 1].lower_ in CITY_PART_NOUNS
                )
                if (
                    " " not in name
                    and before is not None
                    and (before.lower_ in PLACE_ONLY_PREPOSITIONS or part_of_place)
                    and mention.full_end == mention.end
                    and name not in words_of_full_names
                ):
                    mention.label = "GPE"
            elif mention.label == "GPE" and self._after_occupation_at(mention):
                mention.label = "ORG"
            elif (
                mention.label == "ORG"
                and " " not in name
                and not name.isupper()
                and (before := self._token_before(mention.begin)) is not None
                and before.lower_ in NEAR_PREPOSITIONS
            ):
                mention.label = "GPE"
            elif mention.label in ("ORG", "GPE", "NORP", "FAC", "PRODUCT", "WORK_OF_ART") and self._person_shaped(
                mention, lone_persons
            ):
                mention.label = "PERSON"
        self._retype_by_context(mentions, words_of_full_names)

    def _retype_by_context(self, mentions: list[Mention], words_of_full_names: set[str]) -> None:
        """Second opinions from the words around a name: laws and ships are no actors, a name described as a
        company is one, a name where troops are based or listed with places is a place."""
        place_names = {m.name(self.text) for m in mentions if self._place_context(m) and m.label != "PERSON"}
        for mention in mentions:
            name = mention.name(self.text)
            words = name.split()
            if mention.label not in ("PERSON", "ORG", "GPE", "NORP", "PRODUCT", "WORK_OF_ART", "FAC", "LOC"):
                continue
            if len(words) > 1 and _org_head(name).lower() in LAW_HEADS and mention.label != "GPE":
                mention.label = "LAW"
            elif self._names_vessel(mention):
                mention.label = "VESSEL"
            elif (
                mention.label in ("ORG", "PERSON", "NORP", "PRODUCT")
                and not name.isupper()
                and (
                    name in place_names
                    or self._site_of_base(mention)
                    or self._listed_with_places(mention, mentions)
                    or (" " not in name and self._lone_name_is_place(mention))
                )
            ):
                mention.label = "GPE"
            elif mention.label == "PERSON" and self._organization_by_context(mention):
                mention.label = "ORG"
            elif mention.label == "PERSON" and " " not in name and name not in words_of_full_names:
                if self._not_a_name(mention):
                    mention.label = "MISC"
            elif mention.label == "ORG" and self._person_by_age(mention):
                mention.label = "PERSON"
            elif mention.label in ("GPE", "LOC", "NORP") and self._body_named_as_place(mention):
                mention.label = "ORG"
        # A lone word after "in"/"into" that only an organization's name (once thought a person's) contained.
        still_person_words = {w for m in mentions if m.label == "PERSON" for w in m.name(self.text).split()[1:]}
        for mention in mentions:
            name = mention.name(self.text)
            before = self._token_before(mention.begin)
            if (
                mention.label == "PERSON"
                and " " not in name
                and name in words_of_full_names
                and name not in still_person_words
                and not any(name == m.name(self.text) for m in mentions if m.label == "PERSON" and m is not mention)
                and before is not None
                and before.lower_ in PLACE_ONLY_PREPOSITIONS
                and mention.full_end == mention.end
            ):
                mention.label = "GPE"

    def _body_named_as_place(self, mention: Mention) -> bool:
        """ "<Region> Police", "MINUSMA": a "place" whose last word is a body's or that is an acronym no state has."""
        name = mention.name(self.text)
        words = name.split()
        if len(words) > 1 and words[-1].lower() in BODY_HEADS and words[-1][:1].isupper():
            return True
        return (
            re.fullmatch(r"[A-Z]{4,10}", name) is not None
            and not find_country_forms(name)
            and self.gazetteer.capital(name.title()) is None
        )

    def _lone_name_is_place(self, mention: Mention) -> bool:
        """ "the provincial capital, X", "parking in X": a one-word name set off after a place noun, or after "in"
        when nothing financial comes before ("shares in X") and no noun after ("in X shares")."""
        name = mention.name(self.text)
        if name.isupper() or name.lower() in ORG_NAME_WORDS:
            return False
        if re.search(r"\b(?:capital|city|town|village|port|province|region)\s*,\s*$", self.text[: mention.begin]):
            return True
        before = self._token_before(mention.begin)
        if before is None or before.lower_ != "in" or before.i == 0 or mention.label != "ORG":
            return False
        if self.doc[before.i - 1].lower_ in FINANCIAL_NOUNS or mention.full_end != mention.end:
            return False
        after = self._token_after(mention.end)
        return after is None or not (after.pos_ == "NOUN" and after.idx == mention.end + 1)

    def _names_vessel(self, mention: Mention) -> bool:
        """ "HMS X", "the destroyer X", "P-8A": a ship or an aircraft type, not an actor."""
        words = mention.name(self.text).split()
        if len(words) > 1 and words[0] in SHIP_PREFIXES:
            return True
        if len(words) == 1 and re.fullmatch(r"[A-Z]{1,3}-\d+[A-Z]?", words[0]):
            return True
        before = self._token_before(mention.begin)
        return before is not None and before.lower_ in VESSEL_NOUNS and before.text.islower()

    def _site_of_base(self, mention: Mention) -> bool:
        """ "X air base", "based at X", "landed at X": where forces are."""
        if any(w.lower() in ORG_NAME_WORDS or w.lower() in ORG_HEAD_NOUNS for w in mention.name(self.text).split()):
            return False
        if mention.full_end == mention.end and BASE_AFTER.match(self.text, mention.end):
            return True
        before = self._token_before(mention.begin)
        if before is None or before.lower_ not in ("at", "in", "near") or before.i == 0:
            return False
        return self.doc[before.i - 1].lower_ in LOCATED_VERBS

    def _listed_with_places(self, mention: Mention, mentions: list[Mention]) -> bool:
        """ "in Juba and X", "at bases in A, B and X": a name listed with places after a locative preposition."""
        if any(w.lower() in ORG_NAME_WORDS or w.lower() in ORG_HEAD_NOUNS for w in mention.name(self.text).split()):
            return False
        span = self.doc.char_span(mention.begin, mention.end, alignment_mode="expand")
        if span is None:
            return False
        first = span.root
        while first.dep_ == "conj" and first.head is not first:
            first = first.head
        if first.dep_ != "pobj" or first.head.lower_ not in LOCATIVE_PREPOSITIONS:
            return False
        conjuncts = [first, *first.conjuncts]
        if len(conjuncts) < 2:
            return False
        for token in conjuncts:
            if mention.begin <= token.idx < mention.end:
                continue
            other = next((m for m in mentions if m.begin <= token.idx < m.end), None)
            if other is not None and other.label in ("GPE", "LOC"):
                return True
            if find_country_forms(token.text):
                return True
        return False

    def _organization_by_context(self, mention: Mention) -> bool:
        """A "person" named like an organization or called one: "... Front", "the group X",
        "the research firm X", "X, which ...", "analysts at X"."""
        name = mention.name(self.text)
        words = name.split()
        last = words[-1].lower()
        if len(words) > 1 and (last in ORG_LAST_WORDS or last in ORG_HEAD_NOUNS or last in ORG_NAME_WORDS):
            return True
        before = self._token_before(mention.begin)
        if before is not None and before.text.islower() and before.lemma_.lower() in ORG_COMMON_NOUNS:
            return True
        # "its parent company, X": an organization's noun set off right before the name.
        if before is not None and before.text == "," and before.i > 0:
            noun = self.doc[before.i - 1]
            # Not "the president of the federation, X": there the person follows the post.
            if (
                noun.text.islower()
                and noun.lemma_.lower() in ORG_COMMON_NOUNS
                and noun.lower_ != "group"
                and not (noun.dep_ == "pobj" and noun.head.head.lemma_.lower() in TITLE_HEADS)
            ):
                return True
        # "Long Name (LN)": a person is never followed by the initials of the name.
        acronym = re.match(r"\s*\(([A-Z]{2,8})\)", self.text[mention.full_end : mention.full_end + 12])
        if acronym and len(words) > 1 and _abbreviates(acronym.group(1), name):
            return True
        if before is not None and before.lower_ == "at" and before.i > 0:
            occupation = self.doc[before.i - 1]
            if occupation.lemma_.lower() in TITLE_HEADS and occupation.tag_ == "NNS":
                return True
        tail = self.text[mention.full_end : mention.full_end + 40]
        if re.match(r",\s+which\b", tail) or re.match(r"\s+think[\s-]tank\b", tail):
            return True
        after = re.match(r"\s+([a-z]+)\b", tail)
        return after is not None and mention.full_end == mention.end and after.group(1) in ORG_COMMON_NOUNS

    def _not_a_name(self, mention: Mention) -> bool:
        """A lone "person" word that names nobody: "Patriot batteries" (a modifier of a noun), or a common noun
        opening a sentence and used nowhere else ("Turnout was ...")."""
        after = self._token_after(mention.end)
        if (
            mention.full_end == mention.end
            and after is not None
            and after.idx == mention.end + 1
            and after.text.islower()
            and after.pos_ == "NOUN"
        ):
            return True
        token = self._tokens(mention.begin, mention.end)
        if not token or not token[0].is_sent_start or after is None or after.pos_ not in ("AUX", "VERB"):
            return False
        name = mention.name(self.text)
        if len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", self.text)) != 1:
            return False
        return _is_common_noun(self.doc, name.lower())

    def _person_by_age(self, mention: Mention) -> bool:
        """ "X Y, 58," or "X Y, a 58-year-old ...": only a person has an age."""
        words = mention.name(self.text).split()
        if not 2 <= len(words) <= 3 or any(not w[:1].isupper() or w.lower() in ORG_NAME_WORDS for w in words):
            return False
        return re.match(r",\s+(?:a\s+)?\d{1,3}(?:-year-old\b|\s*,)", self.text[mention.full_end :]) is not None

    def _after_occupation_at(self, mention: Mention) -> bool:
        """ "an analyst at Bernstein": a name after "<occupation> at" is where the person works, a body."""
        at = self._token_before(mention.begin)
        if at is None or at.lower_ != "at" or at.i == 0:
            return False
        occupation = self.doc[at.i - 1]
        return occupation.lower_ in TITLE_HEADS and mention.full_end == mention.end

    def _drop_title_tail(self, mention: Mention) -> None:
        """ "Xville County District" before "Attorney": the first word of a title is no part of the place."""
        name = mention.name(self.text)
        words = name.split()
        if len(words) < 2 or mention.label not in ("GPE", "LOC", "FAC") or mention.full_end != mention.end:
            return
        after = self._token_after(mention.end)
        if words[-1].lower() in TITLE_MODIFIERS and after is not None and after.lower_ in TITLE_HEADS:
            mention.end = mention.full_end = mention.begin + len(name) - len(words[-1]) - 1

    def _organization_shaped(self, mention: Mention) -> bool:
        """A "person" that is an organization: a word in capitals inside it ("ACME Africa"), or described right
        after as one ("Acme, the vaccine alliance, ...")."""
        words = mention.name(self.text).split()
        if any(len(w) >= 3 and w.isalpha() and w.isupper() and not ROMAN_NUMERAL.fullmatch(w) for w in words):
            return True
        # "Acme's chief executive", "Acme's shares": only an organization has these.
        if mention.full_end > mention.end and COMPANY_BELONGINGS.match(self.text, mention.full_end):
            return True
        # Set off by commas on both sides: "X, the group said" is no description.
        described = re.match(
            r",\s+(?:the|a|an)\s+(?:[a-z][\w\-]*\s+){0,3}?([a-z]+)(?=\s*[,;)])", self.text[mention.full_end :]
        )
        return described is not None and described.group(1) in ORG_COMMON_NOUNS

    def _person_shaped(self, mention: Mention, lone_persons: set[str]) -> bool:
        """A two-to-four word name after a title ("Chancellor X Y"), or whose last word names a person elsewhere."""
        name = mention.name(self.text)
        words = name.split()
        if not 2 <= len(words) <= 4 or any(ch.isdigit() for ch in name):
            return False
        for word in words:
            lower = word.lower()
            if lower in NAME_PARTICLES:
                continue
            if not word[:1].isupper() or (word.isupper() and len(word) > 1):
                return False
            if lower in ORG_NAME_WORDS or lower in STATE_ORGAN_HEADS or lower in INSTITUTION_HEADS:
                return False
            if lower in PLACE_NOUNS or lower in TITLE_HEADS or lower in TITLE_MODIFIERS:
                return False
        if find_country_forms(name):
            return False
        before = self._token_before(mention.begin)
        titled = (
            before is not None
            and (before.lower_ in TITLE_HEADS or re.fullmatch(HONORIFIC_WORD, before.text) is not None)
            and "\n" not in before.whitespace_
        )
        return titled or words[-1] in lone_persons or self._after_title_and_comma(before)

    def _after_title_and_comma(self, before: Token | None) -> bool:
        """ "the company's chief financial officer, Name": a name set off after a title is a person's."""
        if before is None or before.text != "," or before.i == 0:
            return False
        i = before.i - 1
        seen_head = False
        while i >= 0 and (self.doc[i].lower_ in TITLE_HEADS or self.doc[i].lower_ in TITLE_MODIFIERS):
            seen_head = seen_head or self.doc[i].lower_ in TITLE_HEADS
            i -= 1
        return seen_head

    def _clean(self, begin: int, end: int, label: str) -> Mention | None:
        """Trim white space, quotes, punctuation, a leading article and a trailing possessive."""
        text = self.text
        while begin < end and text[begin] in EDGE_JUNK:
            begin += 1
        while end > begin and text[end - 1] in EDGE_JUNK:
            end -= 1
        # "Jr.", "Inc.", "J.": an abbreviation keeps its dot (a surname ending a sentence does not).
        if end < len(text) and text[end] == "." and re.search(ABBREVIATION_END, text[begin:end]):
            end += 1
        # "X KC", "Y MP": honours and professions after a name are not part of it.
        while (
            label == "PERSON"
            and (post := re.search(r"\s+(\S+)$", text[begin:end]))
            and post.group(1).rstrip(".,") in POSTNOMINALS
        ):
            end = begin + post.start()
        lead = re.match(r"(?:the|The|THE)\s+", text[begin:end])
        if lead and lead.end() < end - begin:
            begin += lead.end()
        honorific = HONORIFIC.match(text, begin, end)
        if honorific and honorific.end() < end:
            begin = honorific.end()
        if "\n" in text[begin:end]:
            end = begin + text[begin:end].index("\n")
        # "Court of X (CX": an opening bracket spaCy ran into ends the name.
        if "(" in text[begin:end] and ")" not in text[begin:end]:
            end = begin + text[begin:end].index("(")
            while end > begin and text[end - 1] in EDGE_JUNK:
                end -= 1
        # "the X Movement party": a lowercase noun after an organization's name describes it.
        while label == "ORG" and (tail := re.search(r"\s+([a-z]+)$", text[begin:end])):
            if tail.group(1) in NAME_PARTICLES or tail.group(1) in ("of", "for", "and", "on", "the"):
                break
            end = begin + tail.start()
        time_tail = TIME_TAIL.search(text, begin, end)
        if time_tail:
            end = time_tail.start()
            while dangling := DANGLING_TAIL.search(text, begin, end):
                end = dangling.start()
        full_end = end
        possessive = re.search(r"['’]s$", text[begin:end])
        if possessive:
            end = begin + possessive.start()
        else:
            after = POSSESSIVE.match(text, end)
            if after:
                full_end = after.end()
        if end <= begin or not any(ch.isupper() for ch in text[begin:end]):
            return None
        return Mention(begin, end, full_end, label)

    def _in_heading(self, begin: int, end: int) -> bool:
        return any(b <= begin and end <= e for b, e in self.headings)

    def _is_taken(self, begin: int, end: int) -> bool:
        return any(b < end and begin < e for b, e in self.taken)

    def _take(self, begin: int, end: int) -> None:
        self.taken.append((begin, end))

    def _tokens(self, begin: int, end: int) -> list[Token]:
        span = self.doc.char_span(begin, end, alignment_mode="expand")
        return list(span) if span is not None else []

    def _token_before(self, offset: int) -> Token | None:
        tokens = self._tokens(offset, offset + 1)
        if not tokens or tokens[0].i == 0:
            return None
        return self.doc[tokens[0].i - 1]

    def _token_after(self, offset: int) -> Token | None:
        tokens = self._tokens(max(offset - 1, 0), offset)
        if not tokens or tokens[-1].i + 1 >= len(self.doc):
            return None
        return self.doc[tokens[-1].i + 1]

    # datelines

    def _find_datelines(self) -> None:
        """ "BEIRUT (Reuters) -": the city is where the story was filed, the agency an organization."""
        for match in DATELINE.finditer(self.text):
            begin, end = match.span("city")
            if self._in_heading(begin, end):
                continue
            name = self.text[begin:end].title()
            state = next((m.country for m in find_country_forms(name) if m.kind == "capital"), None)
            self._add_place(begin, end, end, name, "City", state)
            self._take(begin, end)
            if match.group("agency"):
                b, e = match.span("agency")
                self._org_draft(match.group("agency")).mentions.append(Span(b, e, self.text[b:e]))
                self._take(b, e)

    # states

    def _find_states(self, entities: list[Mention]) -> None:
        matches = _resolve_shared_short_names(
            [m for m in find_country_forms(self.text) if not self._in_heading(m.begin, m.end)], self.gazetteer.countries
        )
        named = {m.country.alpha2 for m in matches if m.kind == "name"}
        ent_spans = {(e.begin, e.end): e.label for e in entities}
        for match in sorted(matches, key=lambda m: (-(m.end - m.begin), m.begin)):
            if self._is_taken(match.begin, match.end):
                continue
            feature = FEATURE_AFTER.match(self.text, match.end) if match.full_end == match.end else None
            if feature is not None and match.kind in ("name", "demonym"):
                noun = feature.group(1)
                place_type = PLACE_NOUNS.get(noun.lower(), PLACE_NOUNS.get(noun.lower().rstrip("s"), "Place"))
                end = feature.end()
                self._add_place(match.begin, end, end, self.text[match.begin : end], place_type, None)
                self._take(match.begin, end)
                continue
            container = self._container(entities, match)
            if container is not None:
                self._note_org_country(container, match)
                continue
            if not self._country_match_accepted(match, named, ent_spans):
                # Part of a longer name ("Nazi Germany", "New Jersey"): neither the state nor a place of its own.
                self._take(match.begin, match.end)
                continue
            if match.kind == "capital" and not capital_acts(self.doc, match, self.text):
                self._add_place(match.begin, match.end, match.full_end, match.form, "City", match.country)
                self._take(match.begin, match.end)
                continue
            self._add_state_mention(
                match.country, Span(match.begin, match.full_end, self.text[match.begin : match.full_end])
            )
            self._take(match.begin, match.end)
        self._find_stem_demonyms(entities)

    def _find_stem_demonyms(self, entities: list[Mention]) -> None:
        """A national adjective missing from the data ("Philippine") that spaCy tagged: the country it is built on."""
        for entity in entities:
            word = entity.name(self.text)
            if entity.label not in ("NORP", "GPE") or " " in word or self._is_taken(entity.begin, entity.end):
                continue
            if word.endswith("s") or len(word) < 5:
                continue
            stem = word[:5].lower()
            fits = [c for c in self.gazetteer.countries if c.name.lower().startswith(stem) and " " not in c.name]
            if not (len(fits) == 1 and abs(len(fits[0].name) - len(word)) <= 3):
                # "Saudi" for the demonym "Saudi Arabian": the first word of one country's two-word demonym.
                fits = [c for c in self.gazetteer.countries if any(d.startswith(word + " ") for d in c.demonyms)]
                if entity.label != "NORP" or len(fits) != 1:
                    continue
            self._add_state_mention(fits[0], entity.span(self.text))
            self._take(entity.begin, entity.end)

    def _container(self, entities: list[Mention], match: CountryMatch) -> Mention | None:
        """A named entity that holds this country form as part of its own name."""
        for entity in entities:
            if entity.label not in CONTAINER_LABELS:
                continue
            if (
                entity.begin <= match.begin
                and match.end <= entity.end
                and (entity.begin, entity.end)
                != (
                    match.begin,
                    match.end,
                )
            ):
                # "Japan's Ministry of Finance" tagged as one ORG: the possessive country stands apart.
                if entity.begin == match.begin and match.full_end > match.end:
                    return None
                # "Ruritanian Sports" in "Ruritanian Sports Minister X": a demonym and the words of a title.
                if entity.begin == match.begin and self._title_words_follow(match.full_end, entity.end):
                    return None
                return entity
        return None

    def _title_words_follow(self, begin: int, end: int) -> bool:
        """Whether ``[begin, end)`` holds only title words and a title's head comes right after it."""
        words = self.text[begin:end].lower().split()
        if not words or not all(w in TITLE_MODIFIERS or w in TITLE_HEADS for w in words):
            return False
        after = self._token_after(end)
        return after is not None and (after.lower_ in TITLE_HEADS or words[-1] in TITLE_HEADS)

    def _note_org_country(self, container: Mention, match: CountryMatch) -> None:
        if container.label != "ORG":
            return
        name = container.name(self.text)
        inner = self.text[match.begin : match.end]
        # Only a country that opens the name ("United States Senate") or closes it ("... of Ruritania").
        if name.startswith(inner) or name.endswith(" of " + inner):
            self.org_countries[(container.begin, container.end)] = match.country
            self.inner_country_spans.setdefault(match.country.alpha2, Span(match.begin, match.end, inner))

    def _country_match_accepted(
        self, match: CountryMatch, named: set[str], ent_spans: dict[tuple[int, int], str]
    ) -> bool:
        if match.kind == "demonym" and self.text[match.end : match.end + 1] == "s":
            return False
        # "its Spanish initials", "the French word": a language, not the state.
        if match.kind == "demonym" and LANGUAGE_USE.match(self.text, match.full_end):
            return False
        if match.kind == "derived" and match.country.alpha2 not in named:
            return False
        if match.kind == "acronym" and len(match.form.replace(".", "")) == 2:
            tagged = ent_spans.get((match.begin, match.end)) in ("GPE", "ORG", "NORP", "LOC")
            if not tagged and match.country.alpha2 not in named:
                return False
        before = self._token_before(match.begin)
        # "Nazi Germany", "New Jersey": part of a longer capitalised name.
        return not (
            before is not None
            and before.text[:1].isupper()
            and not before.is_sent_start
            and before.lower_ not in NON_NAME_WORDS
            and before.lower_ not in TITLE_HEADS
            and before.lower_ not in TITLE_MODIFIERS
            and not self._is_taken(before.idx, before.idx + len(before.text))
            and "\n" not in before.whitespace_
        )

    def _add_state_mention(self, country: Country, span: Span) -> None:
        draft = self.states.get(country.alpha2)
        if draft is None:
            draft = _Draft(kind="state", name=country.name, country=country)
            self.states[country.alpha2] = draft
        draft.mentions.append(span)

    def _find_the_north_south(self) -> None:
        """The words "the North" / "the South" for the one state of the article named by that word."""
        for match in re.finditer(r"\b[Tt]he (North|South|East|West)\b(?!\s*[A-Z-])", self.text):
            begin, end = match.start(1), match.end(1)
            if self._in_heading(begin, end) or self._is_taken(begin, end):
                continue
            word = match.group(1)
            states = [d for d in self.states.values() if d.name.startswith(word + " ")]
            if len(states) == 1:
                states[0].mentions.append(Span(begin, end, word))
                self._take(begin, end)

    # persons

    def _find_persons(self, entities: list[Mention]) -> None:
        raw: list[Mention] = []
        for entity in entities:
            if entity.label != "PERSON" or self._is_taken(entity.begin, entity.end):
                continue
            mention = self._person_mention(entity)
            if mention is not None:
                raw.append(mention)
        full = sorted({m.name(self.text) for m in raw if " " in m.name(self.text)}, key=lambda n: (-len(n), n))
        for mention in sorted(raw, key=lambda m: m.begin):
            name = mention.name(self.text)
            canonical = self._person_for(name, mention.begin, full)
            self._add_person_mention(canonical or name, mention)

    def _person_mention(self, entity: Mention) -> Mention | None:
        """Drop titles spaCy put inside the name; reach back over first names it left out."""
        tokens = self._tokens(entity.begin, entity.end)
        while tokens and (tokens[0].lower_ in TITLE_HEADS or tokens[0].lower_ in TITLE_MODIFIERS):
            tokens = tokens[1:]
        if not tokens:
            return None
        begin = tokens[0].idx
        first = tokens[0]
        while first.i > 0:
            previous = self.doc[first.i - 1]
            # "von der" before "Leyen": particles belong to the surname.
            if previous.text in NAME_PARTICLES and not previous.whitespace_.count("\n"):
                first = previous
                begin = previous.idx
                continue
            if (
                previous.pos_ == "PROPN"
                and previous.text[:1].isupper()
                and not previous.ent_type_
                and previous.lower_ not in TITLE_HEADS
                and previous.lower_ not in TITLE_MODIFIERS
                and previous.lower_ not in NON_NAME_WORDS
                and not re.fullmatch(HONORIFIC_WORD, previous.text)
                and not previous.whitespace_.count("\n")
                and not self._is_taken(previous.idx, previous.idx + len(previous.text))
            ):
                first = previous
                begin = previous.idx
            else:
                break
        end, full_end = self._particle_end(tokens[-1], entity)
        if end == entity.end and full_end == end:
            end, full_end = self._last_word_left_out(end)
        if end <= begin:
            return None
        if self.gazetteer.country(self.text[begin:end]) or self.gazetteer.demonym(self.text[begin:end]):
            return None
        return Mention(begin, end, full_end, "PERSON")

    def _missed_surnames(self) -> None:
        """ "Ruiz, 47, was ...": a known person's surname on its own that spaCy did not tag is that person, when
        only one person of the article bears it and nothing else claimed the word."""
        by_surname: dict[str, list[_Draft]] = {}
        for draft in self.persons:
            words = [w for w in draft.name.split() if w.rstrip(".") not in GENERATIONAL]
            if len(words) > 1 and len(words[-1]) > 2 and words[-1][:1].isupper():
                by_surname.setdefault(words[-1], []).append(draft)
        for surname, drafts in sorted(by_surname.items()):
            if len(drafts) != 1 or find_country_forms(surname):
                continue
            for match in re.finditer(rf"(?<![\w\-’'.]){re.escape(surname)}(?![\w\-])", self.text):
                begin, end = match.span()
                if self._in_heading(begin, end) or self._is_taken(begin, end):
                    continue
                before = self._token_before(begin)
                # "Maria Ruiz" of another name: the word is a surname only when no capitalised word comes right before.
                if before is not None and before.text[:1].isupper() and not before.is_sent_start and before.is_alpha:
                    continue
                possessive = POSSESSIVE.match(self.text, end)
                full_end = possessive.end() if possessive else end
                drafts[0].mentions.append(Span(begin, full_end, self.text[begin:full_end]))
                self._take(begin, end)

    def _last_word_left_out(self, end: int) -> tuple[int, int]:
        """ "Pham Minh" + "Chinh": a capitalised word right after the name that spaCy left out and that names
        nothing else is the name's last word."""
        after = self._token_after(end)
        if (
            after is None
            or after.idx != end + 1
            or self.text[end] != " "
            or not after.text[:1].isupper()
            or not after.is_alpha
            or after.pos_ != "PROPN"
            or after.ent_type_
            or after.lower_ in TITLE_HEADS
            or after.lower_ in TITLE_MODIFIERS
            or after.lower_ in NON_NAME_WORDS
            or after.text in WEEKDAYS
            or after.text in MONTHS
            or self._is_taken(after.idx, after.idx + len(after.text))
            or find_country_forms(after.text)
        ):
            return end, end
        new_end = after.idx + len(after.text)
        possessive = POSSESSIVE.match(self.text, new_end)
        return new_end, possessive.end() if possessive else new_end

    def _particle_end(self, last: Token, entity: Mention) -> tuple[int, int]:
        """The name's end over particles and the surname after them ("Ursula von der" + "Leyen")."""
        k = last.i + 1
        while k < len(self.doc) and self.doc[k].text in NAME_PARTICLES and "\n" not in self.doc[k - 1].whitespace_:
            k += 1
        after_particles = k > last.i + 1 or last.text in NAME_PARTICLES
        if (
            after_particles
            and k < len(self.doc)
            and self.doc[k].text[:1].isupper()
            and self.doc[k].is_alpha
            and "\n" not in self.doc[k - 1].whitespace_
        ):
            end = self.doc[k].idx + len(self.doc[k].text)
            possessive = POSSESSIVE.match(self.text, end)
            return end, possessive.end() if possessive else end
        if last.text in NAME_PARTICLES:
            # Particles with no surname after them are not part of the name.
            j = last.i
            while j > 0 and self.doc[j].text in NAME_PARTICLES:
                j -= 1
            end = self.doc[j].idx + len(self.doc[j].text)
            return end, end
        return entity.end, entity.full_end

    def _person_for(self, name: str, offset: int, full_names: list[str]) -> str | None:
        """The full name a surname or partial name stands for, nearest preceding first when several fit."""
        words = name.split()
        fits = [f for f in full_names if f != name and _is_part_of_name(words, f.split())]
        if not fits:
            return None
        if len(fits) == 1:
            return fits[0]
        before = [
            (d.mentions[-1].begin, d.name) for d in self.persons if d.name in fits and d.mentions[0].begin < offset
        ]
        return max(before)[1] if before else fits[0]

    def _add_person_mention(self, name: str, mention: Mention) -> None:
        draft = next((d for d in self.persons if d.name == name), None)
        if draft is None:
            draft = _Draft(kind="person", name=name)
            self.persons.append(draft)
        draft.mentions.append(mention.span(self.text))
        self._take(mention.begin, mention.end)

    def _person_by_token(self, word: str) -> _Draft | None:
        """The person whose name has ``word`` as its last (else first) word, when only one does."""
        for position in (-1, 0):
            hits = [d for d in self.persons if len(d.name.split()) > 1 and d.name.split()[position] == word]
            if len(hits) == 1:
                return hits[0]
        return None

    # organizations

    def _find_orgs(self, entities: list[Mention]) -> None:
        raw: list[Mention] = []
        parties: list[Mention] = []
        for entity in entities:
            if self._is_taken(entity.begin, entity.end):
                continue
            name = entity.name(self.text)
            person = self._person_by_token(name) if " " not in name else None
            if person is not None and entity.label in ("ORG", "GPE", "PRODUCT", "WORK_OF_ART", "NORP", "FAC"):
                person.mentions.append(entity.span(self.text))
                self._take(entity.begin, entity.end)
                continue
            if entity.label in ("NORP", "ORG") and " " not in name and _party_stem(name) and self._portfolio(entity):
                self._take(entity.begin, entity.end)  # "Labour Minister X": a portfolio, not the party
                continue
            if entity.label in ("NORP", "ORG") and " " not in name and _party_stem(name):
                if not self._opens_longer_name(entity):
                    parties.append(entity)
                continue
            institution = entity.label == "FAC" and _last_word(entity.name(self.text)).lower() in INSTITUTION_HEADS
            if (
                (entity.label == "ORG" or institution)
                and not self._place_context(entity)
                and not self._title_part(entity)
            ):
                raw.append(self._extend_org(entity))
        names = [m.name(self.text) for m in raw]
        acronyms = self._parenthesised_acronyms(raw)
        for mention in raw:
            name = mention.name(self.text)
            canonical = _org_canonical(name, names, acronyms)
            if canonical == name and " " not in name:
                canonical = self._nearest_longer_org(name, mention.begin) or name
            draft = self._org_draft(canonical)
            draft.mentions.append(mention.span(self.text))
            self._take(mention.begin, mention.end)
            country = self.org_countries.get((mention.begin, mention.end))
            if country is None:
                country = self._possessive_country_before(mention.begin)
            if country is not None and _org_head(canonical).lower() in STATE_ORGAN_HEADS:
                draft.part_of_country = draft.part_of_country or country
            acronym = ACRONYM_AFTER.match(self.text, mention.full_end)
            if acronym:
                b, e = acronym.span(1)
                draft.mentions.append(Span(b, e, self.text[b:e]))
                self._take(b, e)
        self._acronym_mentions(acronyms)
        for party in parties:
            self._add_party_mention(party)

    def _portfolio(self, entity: Mention) -> bool:
        """A party word right before "Minister"/"Secretary"/"Ministry" names a portfolio ("Labour Minister")."""
        after = self._token_after(entity.full_end)
        return (
            entity.full_end == entity.end
            and after is not None
            and after.lower_ in ("minister", "secretary", "ministry")
            and after.idx == entity.end + 1
        )

    def _nearest_longer_org(self, name: str, offset: int) -> str | None:
        """ "the Commission" when two longer "... Commission" names fit: the one named last before it."""
        named = [
            (d.mentions[-1].begin, d.name)
            for d in self.orgs
            if d.name.endswith(" " + name) and d.mentions and d.mentions[-1].begin < offset
        ]
        return max(named)[1] if named else None

    def _opens_longer_name(self, entity: Mention) -> bool:
        """A party word that begins a longer capitalised name ("Republican Renewal party") is not the party."""
        after = self._token_after(entity.full_end)
        return (
            after is not None
            and after.text[:1].isupper()
            and after.lower_ not in TITLE_HEADS
            and after.lower_ not in TITLE_MODIFIERS
            and "\n" not in self.text[entity.full_end : after.idx]
            and after.idx == entity.full_end + 1
        )

    def _org_draft(self, name: str) -> _Draft:
        draft = next((d for d in self.orgs if d.name == name), None)
        if draft is None:
            draft = _Draft(kind="org", name=name, actor_type=ActorType.ORGANIZATION)
            self.orgs.append(draft)
        return draft

    def _title_part(self, entity: Mention) -> bool:
        """spaCy's ORG "Shadow Home" in "Shadow Home Secretary": words of a title, not an organization."""
        words = [w.strip(",") for w in entity.name(self.text).lower().split()]
        if not all(w in TITLE_MODIFIERS or w in TITLE_HEADS for w in words):
            return False
        # "State" in "Secretary of State": right after "<title> of".
        before = re.search(r"(\w+)\s+of\s+(?:the\s+)?$", self.text[max(0, entity.begin - 30) : entity.begin])
        if before and before.group(1).lower() in TITLE_HEADS:
            return True
        after = self._token_after(entity.end)
        # "Caretaker" before "Prime Minister": a title word before the rest of a title.
        titled = after is not None and (
            after.lower_ in TITLE_HEADS or (after.lower_ in TITLE_MODIFIERS and after.text[:1].isupper())
        )
        return after is not None and titled and "\n" not in self.text[entity.end : after.idx]

    def _extend_org(self, entity: Mention) -> Mention:
        """Reach over "for the Welfare of Workers" that spaCy cut off, stopping before a country."""
        tail = ORG_TAIL.match(self.text, entity.end) if entity.full_end == entity.end else None
        if not tail:
            return entity
        words = tail.group(1)
        time_tail = TIME_TAIL.search(words)
        if time_tail:
            words = words[: time_tail.start()]
        # Trim trailing function words and stop before a country, which makes it part_of instead.
        words = re.sub(r"(\s+(?:of|and|for|the|on))+$", "", words)
        for match in find_country_forms(words):
            if match.kind in ("name", "acronym", "capital"):
                cut = re.sub(r"(\s+(?:of|and|for|the|on))+\s*$", "", words[: match.begin])
                if match.kind != "capital" and self.text[entity.end + len(cut) :].lstrip().startswith("of"):
                    self.org_countries[(entity.begin, entity.end + len(cut))] = match.country
                words = cut
                break
        if not words.strip() or not re.search(r"[A-Z]", words):
            if (entity.begin, entity.end) not in self.org_countries:
                country = self._country_after_of(entity.end)
                if country is not None:
                    self.org_countries[(entity.begin, entity.end)] = country
            return entity
        end = entity.end + len(words)
        after = POSSESSIVE.match(self.text, end)
        return Mention(entity.begin, end, after.end() if after else end, "ORG")

    def _country_after_of(self, offset: int) -> Country | None:
        match = re.match(r"\s+of\s+(?:the\s+)?([A-Z][\w.’']*(?:\s+[A-Z][\w.’']*)*)", self.text[offset:])
        return self.gazetteer.country(match.group(1)) if match else None

    def _possessive_country_before(self, offset: int) -> Country | None:
        """The state whose organ it is: "Ruritania's Ministry of Finance", "the Ruritanian Foreign Ministry"."""
        for draft in self.states.values():
            for span in draft.mentions:
                if span.end <= offset and span.end >= offset - 2 and not self.text[span.end : offset].strip():
                    return draft.country
        return None

    def _parenthesised_acronyms(self, raw: list[Mention]) -> dict[str, str]:
        """Acronym -> long form, from "Long Form (LF)" and from initials of the long forms in the text."""
        acronyms: dict[str, str] = {}
        names = sorted({m.name(self.text) for m in raw}, key=lambda n: (-len(n), n))
        for mention in raw:
            match = ACRONYM_AFTER.match(self.text, mention.full_end)
            if match:
                acronyms.setdefault(match.group(1), _org_canonical(mention.name(self.text), names, {}))
        for name in names:
            if " " in name:
                letters = _org_initials(name)
                if len(letters) >= 2 and letters not in acronyms:
                    acronyms.setdefault(letters, _org_canonical(name, names, {}))
        # "ASEAN" for the "Association of Southeast Asian Nations" named elsewhere: letters from inside words too.
        long_forms = [n for n in names if " " in n]
        for name in names:
            if name in acronyms or not re.fullmatch(r"[A-Z]{3,8}", name):
                continue
            fits = sorted({_org_canonical(n, names, {}) for n in long_forms if _abbreviates(name, n)})
            if len(fits) == 1:
                acronyms[name] = fits[0]
        return acronyms

    def _acronym_mentions(self, acronyms: dict[str, str]) -> None:
        """Bare acronym tokens spaCy missed ("the NPA fired") join their long form."""
        for acronym, long_form in sorted(acronyms.items()):
            draft = next((d for d in self.orgs if d.name == long_form), None)
            if draft is None:
                continue
            for match in re.finditer(rf"(?<![\w.]){re.escape(acronym)}(?!\w)", self.text):
                b, e = match.span()
                if self._in_heading(b, e) or self._is_taken(b, e):
                    continue
                after = POSSESSIVE.match(self.text, e)
                full = after.end() if after else e
                draft.mentions.append(Span(b, full, self.text[b:full]))
                self._take(b, e)

    def _add_party_mention(self, party: Mention) -> None:
        text = party.name(self.text)
        stem = _party_stem(text) or text
        named = [d for d in self.orgs if d.name.lower().startswith(stem) and _last_word(d.name).lower() == "party"]
        if named:
            draft = named[0]
        else:
            existing = [d for d in self.orgs if _party_stem(d.name) == stem]
            draft = existing[0] if existing else self._org_draft(text)
        draft.mentions.append(party.span(self.text))
        self._take(party.begin, party.end)

    # places

    def _place_context(self, entity: Mention) -> str | None:
        """The place type a surrounding noun gives: "X region", "the town of X"; else None."""
        if _last_word(entity.name(self.text)).lower() in BUILDING_HEADS:
            return "Building"
        if re.match(r"-based\b", self.text[entity.end : entity.end + 7]):
            return "City"
        after = re.match(r"\s+([a-z]+)\b", self.text[entity.full_end : entity.full_end + 20])
        if after and after.group(1) in PLACE_NOUNS and entity.full_end == entity.end:
            return PLACE_NOUNS[after.group(1)]
        before = PLACE_OF.search(self.text[max(0, entity.begin - 30) : entity.begin])
        if before:
            return PLACE_NOUNS[before.group(1).lower()]
        last = _last_word(entity.name(self.text)).lower()
        if last in PLACE_NOUNS and entity.label in ("GPE", "LOC", "FAC"):
            return PLACE_NOUNS[last]
        return None

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

    def _add_place(self, begin: int, end: int, full_end: int, name: str, kind: str, state: Country | None) -> None:
        key = place_key(name)
        draft = self.places.get(key)
        if draft is None:
            draft = _Draft(kind="place", name=name, place_type=kind)
            self.places[key] = draft
        elif draft.place_type in ("Place", "City") and kind not in ("Place", "City"):
            draft.place_type = kind
        if state is not None and draft.in_state is None:
            draft.in_state = state
        draft.mentions.append(Span(begin, full_end, self.text[begin:full_end]))

    # the index

    def _build_index(self) -> EntityIndex:
        index = EntityIndex(self.article.key)
        state_keys: dict[str, str] = {}
        for draft in sorted(self.states.values(), key=lambda d: d.mentions[0].begin):
            assert draft.country is not None
            key = actor_key(ActorType.STATE, draft.name)
            state_keys[draft.country.alpha2] = key
            self._index_actor(index, draft, ActorType.STATE, key, country_code=draft.country.alpha2)
        for draft in self.orgs:
            if not draft.mentions:
                continue
            org_type = ActorType.GROUP if self._armed_group(draft) else ActorType.ORGANIZATION
            key = actor_key(org_type, self._org_key_name(draft))
            actor = self._index_actor(index, draft, org_type, key)
            if draft.part_of_country is not None:
                actor.part_of = self._ensure_state(index, draft.part_of_country, state_keys)
                actor.country_code = draft.part_of_country.alpha2 if actor.part_of else None
        for draft in self.persons:
            self._index_actor(index, draft, ActorType.PERSON, actor_key(ActorType.PERSON, draft.name))
        for key, draft in sorted(self.places.items(), key=lambda kv: kv[1].mentions[0].begin):
            in_state = state_keys.get(draft.in_state.alpha2) if draft.in_state is not None else None
            place = Place(key=key, name=draft.name, type=draft.place_type, in_state=in_state)
            index.add_place(place)
            for span in sorted(set(draft.mentions)):
                index.add_mention(key, span)
        self._located_in(index)
        self._places_within_places(index)
        self._heading_mentions(index)
        return index

    def _armed_group(self, draft: _Draft) -> bool:
        """A body the article calls rebels, militants or a militia ("X rebels", "militants of X", "the rebel X",
        "fighting X"): a non-state armed group, not an organization."""
        if draft.part_of_country is not None:
            return False
        for span in draft.mentions:
            if ARMED_AFTER.match(self.text, span.end) or ARMED_BEFORE.search(
                self.text[max(0, span.begin - 40) : span.begin]
            ):
                return True
            before = self._token_before(span.begin)
            if before is not None and before.lower_ == "the" and before.i > 0:
                before = self.doc[before.i - 1]
            if before is not None and before.lemma_.lower() in COMBAT_VERBS and before.pos_ == "VERB":
                return True
        return False

    def _org_key_name(self, draft: _Draft) -> str:
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
        self, index: EntityIndex, draft: _Draft, actor_type: ActorType, key: str, country_code: str | None = None
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
                    if len(core) < 2:
                        continue
                    for match in re.finditer(rf"(?<![\w.]){re.escape(core)}(?:['’]s)?(?![\w])", heading):
                        b, e = heading_begin + match.start(), heading_begin + match.end()
                        if not index.mentions_in(b, e):
                            index.add_mention(entity.key, Span(b, e, self.text[b:e]))


def _is_part_of_name(words: list[str], full: list[str]) -> bool:
    # A particle opening a sentence is capitalised ("Von der Leyen said"): compare particles in lowercase.
    full = [w.lower() if w.lower() in NAME_PARTICLES else w for w in full if w.rstrip(".") not in GENERATIONAL]
    words = [w.lower() if w.lower() in NAME_PARTICLES else w for w in words if w.rstrip(".") not in GENERATIONAL]
    # A lone word that is one of the capitalised words of a longer name ("Lula" in "Luiz Inacio Lula da Silva").
    if len(words) == 1 and len(full) > 2 and words[0] in full and words[0][:1].isupper():
        return True
    """Whether ``words`` open or close the longer name ``full`` (a surname, or a family name first)."""
    if not words or len(words) >= len(full):
        return False
    n = len(words)
    return full[-n:] == words or full[:n] == words


def _is_common_noun(doc: Doc, word: str) -> bool:
    """Whether ``word`` is an English common noun (in the WordNet noun index of ``doc``'s own lemmatizer)."""
    return word in _common_nouns(doc.vocab)


@functools.lru_cache(maxsize=4)
def _common_nouns(vocab: Vocab) -> frozenset[str]:
    # The model that parsed the doc shares its lemmatizer's index in its vocab (`parse.load_model`), so the
    # model chosen with --model answers, not a second, default one.
    if not vocab.lookups.has_table(LEMMA_INDEX):
        return frozenset()
    index = vocab.lookups.get_table(LEMMA_INDEX)
    return frozenset(index["noun"]) if "noun" in index else frozenset()


# Words that only give a state's form of government: "Democratic Republic of the" before a short name.
_STATE_FORM_WORDS = frozenset({"democratic", "republic", "of", "the", "people's", "federal", "islamic", "united"})


def _resolve_shared_short_names(matches: list[CountryMatch], countries: Iterable[Country]) -> list[CountryMatch]:
    """A short name ("Congo") that is also the tail of another state's full name ("Democratic Republic of the
    Congo") stands for that other state when the article names it in another form and never the claimant."""
    named_by_other_forms: dict[str, set[str]] = {}
    for match in matches:
        named_by_other_forms.setdefault(match.country.alpha2, set()).add(match.form.lower())
    out: list[CountryMatch] = []
    for match in matches:
        country = match.country
        if match.kind == "name" and named_by_other_forms.get(country.alpha2) == {match.form.lower()}:
            rivals = [
                c
                for c in countries
                if c.alpha2 != country.alpha2
                and c.alpha2 in named_by_other_forms
                and any(
                    n.endswith(" " + match.form)
                    and all(w.lower() in _STATE_FORM_WORDS for w in n[: -len(match.form)].split())
                    for n in c.names
                )
            ]
            if len(rivals) == 1:
                match = dataclasses.replace(match, country=rivals[0])
        out.append(match)
    return out


def _last_word(name: str) -> str:
    words = name.split()
    return words[-1] if words else ""


def _org_head(name: str) -> str:
    """The head noun of an organization's name: "Ministry" in "Ministry of Defense"."""
    return _last_word(re.split(r"\s+(?:of|for|on)\s+", name)[0])


def _party_stem(text: str) -> str | None:
    lowered = text.lower()
    for stem in sorted(PARTY_STEMS, key=len, reverse=True):
        if lowered in (stem, stem + "s", stem + "ic"):
            return stem
    return None


def _abbreviates(acronym: str, name: str) -> bool:
    """Whether ``acronym`` is built from ``name``: every capitalised word gives its initial, in order, and any
    further letters come from inside the word just used ("ASEAN": Association, SouthEast, Asian, Nations)."""
    words = [w for w in re.split(r"[\s\-]+", name) if w[:1].isupper()]

    def fits(letter: int, word: int) -> bool:
        if word == len(words):
            return letter == len(acronym)
        if letter == len(acronym) or words[word][0] != acronym[letter]:
            return False
        inner, position = words[word].upper(), 1
        if fits(letter + 1, word + 1):
            return True
        for extra in range(letter + 1, len(acronym)):
            position = inner.find(acronym[extra], position) + 1
            if position == 0:
                return False
            if fits(extra + 1, word + 1):
                return True
        return False

    return len(words) >= 2 and fits(0, 0)


def _without_legal_form(name: str) -> str:
    """ "Acme Shipping" for "Acme Shipping ASA"."""
    words = name.split()
    if len(words) > 1 and words[-1].lower().rstrip(".") in LEGAL_SUFFIXES:
        return " ".join(words[:-1])
    return name


def _org_initials(name: str) -> str:
    words = [w for w in re.split(r"[\s\-]+", name) if w and w[0].isupper()]
    return "".join(w[0] for w in words)


def _org_canonical(name: str, names: Iterable[str], acronyms: dict[str, str]) -> str:
    """The fullest organization name ``name`` stands for: its long form, or a longer name ending with it."""
    if name in acronyms:
        return acronyms[name]
    longer = sorted(
        {n for n in names if n != name and (n.endswith(" " + name) or n.lower() == name.lower())},
        key=lambda n: (-len(n), n),
    )
    # "Acme" for "Acme AG": the company without its legal form.
    with_suffix = sorted(
        n for n in names if n.startswith(name + " ") and n[len(name) + 1 :].lower().rstrip(".") in LEGAL_SUFFIXES
    )
    if not longer and len(with_suffix) == 1:
        return with_suffix[0]
    if longer and (len(longer) == 1 or all(n.endswith(" " + longer[-1]) or n == longer[-1] for n in longer)):
        return longer[0]
    # "Acme" after "Acme Electronics": a one-word name that opens exactly one longer name.
    opening = [n for n in names if n.startswith(name + " ")]
    if not longer and " " not in name and len(opening) == 1 and len(_without_legal_form(opening[0]).split()) == 2:
        return opening[0]
    return name
