"""A general English lexicon of reporting words, for statement extraction.

Verbs are keyed by lemma. Each belongs to one frame that says where its content
is: a clause ("said that ..."), an object ("condemned the strike"), or only a
quotation ("she continued: ..."). Nothing here comes from any one article.
"""

from __future__ import annotations

from enum import Enum


def word_set(block: str) -> frozenset[str]:
    """The white-space separated words of ``block``."""
    return frozenset(block.split())


class Frame(str, Enum):
    """Where a reporting verb carries what was said."""

    CLAUSE = "clause"  # a that-clause, a quotation, or a to-infinitive: "said (that) ...", "pledged to ..."
    OBJECT = "object"  # also a plain object or a prepositional complement: "condemned the attack as ..."
    QUOTE = "quote"  # only a quotation (or a clause directly after the verb): "she continued: '...'"


_CLAUSE_VERBS = """
say state tell add confirm believe report insist note explain argue assert declare stress emphasize
emphasise maintain mention reveal admit allege suggest predict estimate promise vow pledge threaten assure
reiterate concede contend disclose indicate inform brief notify testify conclude think warn urge
recommend propose answer reply respond remark observe write tweet post complain caution
acknowledge announce deny reaffirm underscore recall hint speculate boast forecast guarantee
"""

_OBJECT_VERBS = """
condemn praise laud hail welcome express criticize criticise slam blast decry deplore denounce reject dismiss
rebuff refute accuse blame commend applaud congratulate thank claim acknowledge announce deny confirm reaffirm
underscore demand describe characterize characterise label dub brand
"""

_QUOTE_ONLY_VERBS = """
continue read quip exclaim shout cry ask
"""

# Verbs whose first object is the person spoken to, not what was said.
ADDRESSEE_VERBS = word_set("tell inform brief notify assure remind warn urge ask answer")

# Participles that go on to a new statement rather than characterise the one before: "..., adding that ...".
ADDING_VERBS = word_set("add")

# Words that mark an addressee as a news medium: "told the Daily Courier", "told the AFP news agency",
# "speaking to a radio programme". The outlet the words were said to is the statement's channel.
MEDIA_WORDS = word_set(
    """news newspaper newspapers times post journal herald tribune gazette daily radio television tv broadcaster
    broadcasting network magazine press programme program podcast show outlet wire"""
)
# Verbs for talking to someone: "speaking to the paper", "talking to reporters".
SPEAKING_VERBS = word_set("speak talk")

# Verbs that pass on another party's words: "X cited Y as saying", "X, quoting Y, said".
CHANNEL_VERBS = word_set("cite quote")

# "call for", "point out": particle or preposition that makes a verb a reporting verb.
PHRASAL_CUES: dict[str, frozenset[str]] = {
    "call": frozenset({"for", "on", "upon"}),
    "point": frozenset({"out"}),
    "rule": frozenset({"out"}),
    "spell": frozenset({"out"}),
}

# Nouns that point back at words already reported: "rejected the criticism", "denied the allegations" say no more
# than the earlier statement did.
REFERRING_NOUNS = word_set(
    """criticism criticisms claim claims accusation accusations allegation allegations charge charges report reports
    remark remarks comment comments suggestion suggestions assertion assertions characterization characterisation
    speculation rumour rumours rumor rumors finding findings conclusion conclusions"""
)

# Verbs that report a decision or a position only with a that-clause: "the judge ruled that", "the court held that".
RULING_VERBS = word_set("rule hold")

# Prepositions that carry content after an object verb: "condemned X as ...", "praised X for ...".
CONTENT_PREPOSITIONS = word_set("as for of about against over on")
# Prepositions that carry content after a clause verb: "warned of ...", "spoke about ...".
CLAUSE_PREPOSITIONS = word_set("of about")

# Nouns that name a text or release whose author is the speaker: "the report said".
DOCUMENT_NOUNS = word_set(
    """report statement letter document communique communiqué release memo memorandum study survey bulletin
    dispatch article paper note notice filing complaint lawsuit ruling verdict decree order resolution
    declaration announcement assessment analysis briefing transcript message post tweet email cable
    questionnaire form leaflet website poll polls estimate estimates figures data projection forecast
    investigation inquiry audit probe"""
)

# Verbs that report what a document or inquiry says only when one is their subject: "the report found that ...".
FINDING_VERBS = word_set("find show")

# Nouns for organizations referred to by description: "the ministry said".
ORGANIZATION_NOUNS = word_set(
    """ministry agency government administration department office commission council committee company firm
    military army navy police court party union embassy parliament senate congress assembly cabinet
    presidency bank group organization organisation institute university board authority authorities
    regime junta service corporation bureau secretariat mission delegation coalition alliance league federation
    newspaper paper broadcaster network outlet station channel tribunal prosecutor prosecutors force forces
    command headquarters"""
)

# Nouns a business story uses for the company it is about: "the company said", "the firm added".
COMPANY_NOUNS = word_set(
    "company firm corporation carrier airline automaker carmaker manufacturer retailer lender insurer club team"
)

# Nouns for people referred to by their post or occupation: "the minister said", "a spokesperson said".
PERSON_NOUNS = word_set(
    """president minister spokesperson spokesman spokeswoman official leader chief secretary ambassador premier
    chancellor general commander director ceo chairman chairwoman chair mayor governor senator lawmaker
    legislator diplomat envoy representative deputy adviser advisor aide analyst expert researcher scholar
    professor economist source witness resident observer negotiator lawyer attorney prosecutor judge officer
    soldier activist campaigner critic candidate member head king queen prince emir sheikh pope cleric
    priest bishop journalist reporter correspondent editor author historian scientist doctor manager
    executive founder owner partner strategist veteran victim survivor citizen voter protester protestor
    worker employee student teacher colonel lieutenant captain major sergeant admiral marshal
    vice-president politician villager farmer parent relative investor trader local neighbour neighbor
    customer user fan player coach nurse engineer pilot rebel militant insurgent fighter commentator pundit
    pollster insider organizer organiser participant delegate mp congressman congresswoman councillor
    councilor group person"""
)

# Words for groups of people (singular forms that take plural agreement, or mass nouns).
COLLECTIVE_NOUNS = word_set("media press police public people staff personnel clergy intelligence family")

PERSON_PRONOUNS = word_set("he she him her")
THING_PRONOUNS = word_set("it")
PLURAL_PRONOUNS = word_set("they them")

# Verbs whose complement "to say"/"to comment" means the saying did not happen.
REFUSAL_HEADS = word_set("refuse decline fail")


VERB_FRAMES: dict[str, Frame] = {}
for _lemma in word_set(_CLAUSE_VERBS):
    VERB_FRAMES[_lemma] = Frame.CLAUSE
for _lemma in word_set(_OBJECT_VERBS):
    VERB_FRAMES[_lemma] = Frame.OBJECT  # an object verb also takes a clause
for _lemma in word_set(_QUOTE_ONLY_VERBS):
    VERB_FRAMES.setdefault(_lemma, Frame.QUOTE)
for _lemma in CHANNEL_VERBS:
    VERB_FRAMES.setdefault(_lemma, Frame.OBJECT)


def verb_frame(lemma: str) -> Frame | None:
    """The frame of a reporting verb, or None when ``lemma`` is not one."""
    return VERB_FRAMES.get(lemma.lower())
