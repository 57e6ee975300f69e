"""The extraction model: the typed hallway between NLP and RDF.

Everything the extractors find is expressed here as plain dataclasses with no
RDF in them; `kgingest.map` turns an `Extraction` into a graph. Offsets are
character offsets into `Article.text`, begin inclusive, end exclusive, so
``article.text[span.begin:span.end] == span.text`` always holds.

Cross references between records use keys (strings), not object references,
so the model stays trivially serialisable and comparable in tests.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import Enum


@dataclass(frozen=True, order=True)
class Span:
    """A stretch of the article text: ``text == article.text[begin:end]``."""

    begin: int
    end: int
    text: str


class ActorType(str, Enum):
    PERSON = "Person"
    ORGANIZATION = "Organization"
    STATE = "State"
    GROUP = "Group"


class Mode(str, Enum):
    """How a statement is reported."""

    DIRECT = "direct"  # the whole content is a quotation
    PARTIAL_QUOTE = "partial-quote"  # reported speech with a quoted fragment
    INDIRECT = "indirect"  # no quotation marks


class Precision(str, Enum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"


@dataclass(frozen=True)
class ArticleMeta:
    title: str | None = None
    published: dt.date | None = None
    url: str | None = None
    publisher: str | None = None
    language: str = "en"


@dataclass(frozen=True)
class Article:
    """One input article: its text exactly as read, and its metadata."""

    key: str  # slug from the file name; the article IRI is built from it
    source_name: str  # file name as given, for messages and provenance
    text: str
    meta: ArticleMeta
    sha256: str
    headings: tuple[Span, ...] = ()  # heading lines: not sentences


@dataclass
class Actor:
    """One real-world actor as this article refers to it."""

    key: str  # stable across articles: derived from type and canonical name
    type: ActorType
    name: str  # fullest form in the text (or the canonical state name)
    aliases: list[str] = field(default_factory=list)  # other surface forms, verbatim
    mentions: list[Span] = field(default_factory=list)
    part_of: str | None = None  # actor key of the containing organization or state
    member_of: str | None = None  # actor key (a spokesperson of a ministry)
    located_in: str | None = None  # place key
    country_code: str | None = None  # ISO 3166-1 alpha-2 for states; the country it belongs to otherwise


@dataclass
class Place:
    """A location that is not acting as an actor in this sentence."""

    key: str
    name: str
    type: str  # City, Region, Country, Place, ...
    aliases: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    in_state: str | None = None  # actor key of the containing state


@dataclass
class Role:
    """A post held: ``holder`` holds ``title`` in ``of``."""

    holder: str  # actor key
    title: str | None  # None: an affiliation with no post named ("X of the Institute")
    of: str | None  # actor key (or place key) of the organization or state
    evidence: Span


@dataclass(frozen=True)
class TimeValue:
    """A resolved time: a date or an interval of possible dates.

    ``earliest``/``latest`` bound the instant; for a day both are that day.
    ``assumed`` marks a value taken from the publication date rather than
    stated in the text.
    """

    earliest: dt.date | None
    latest: dt.date | None
    precision: Precision
    span: Span | None = None  # the time expression in the text, if any
    assumed: bool = False

    @property
    def exact(self) -> dt.date | None:
        return self.earliest if self.earliest == self.latest else None


@dataclass(frozen=True)
class Quantity:
    """A count as the text gives it, with its uncertainty.

    "more than 10,000" → minimum 10000; "up to 2,500" → maximum 2500;
    "about 5,000" → approximate 5000; "5,000" → exact 5000; "thousands of" →
    vague, with no number at all.
    """

    span: Span
    exact: int | None = None
    minimum: int | None = None
    maximum: int | None = None
    approximate: int | None = None
    vague: bool = False


@dataclass
class Statement:
    """Something an actor said or claimed, as the article reports it."""

    key: str  # unique within the article, deterministic
    speaker: str  # actor key of the principal
    cue: Span  # the reporting word(s), "said", "according to"
    cue_lemma: str
    mode: Mode
    content: Span  # what was said
    date: TimeValue
    quote: Span | None = None  # the quoted text without the marks
    channel: str | None = None  # actor key of the medium that carried it
    about_actors: list[str] = field(default_factory=list)
    about_places: list[str] = field(default_factory=list)
    about_deployments: list[str] = field(default_factory=list)
    # the speaker as the article words it ("the senator", "the new poll", "Roe and Lund"), beside the resolved actor
    source: Span | None = None
    # actor keys of the others who said it together with the principal, in text order: "Roe and Lund said", "the
    # two leaders said" after naming them; ``speaker`` stays the first named
    co_speakers: list[str] = field(default_factory=list)

    @property
    def speakers(self) -> list[str]:
        """The principal and the co-speakers, in text order."""
        return [self.speaker, *self.co_speakers]


@dataclass
class Deployment:
    """Armed forces sent by ``sender`` somewhere, merged over all its mentions.

    One force sent by several parties together ("A, B and C sent 5,000 troops", "a joint force of A and B") is one
    deployment: ``sender`` is the one the sending's grammar names first (its subject, or the owner next to the force
    noun), ``co_senders`` the others.
    """

    key: str
    sender: str  # actor key
    anchors: list[Span] = field(default_factory=list)  # one per mention, in text order
    triggers: list[Span] = field(default_factory=list)
    supported: str | None = None  # actor key
    opponent: str | None = None  # actor key
    location: str | None = None  # place key (or actor key for a state)
    force_kind: str | None = None  # troops, soldiers, marines, peacekeepers, commanders
    size: Quantity | None = None
    start: TimeValue | None = None
    legal_basis: Span | None = None
    purpose: Span | None = None
    casualties: bool | None = None
    status: str | None = None  # planned, arriving, ongoing, withdrawn
    reported_by: list[str] = field(default_factory=list)  # statement keys
    co_senders: list[str] = field(default_factory=list)  # actor keys of the other senders of the same force

    @property
    def senders(self) -> list[str]:
        """Every sender of the force, the first first."""
        return [self.sender, *self.co_senders]


@dataclass(frozen=True)
class LinkCandidate:
    qid: str
    label: str
    description: str
    score: float


@dataclass(frozen=True)
class Link:
    """A link from an actor or place (by key) to a Wikidata item."""

    key: str
    qid: str | None  # None: abstained
    confidence: float
    method: str
    candidates: tuple[LinkCandidate, ...] = ()


@dataclass
class Extraction:
    """Everything extracted from one article."""

    article: Article
    actors: list[Actor] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    deployments: list[Deployment] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)

    def actor(self, key: str) -> Actor | None:
        return next((a for a in self.actors if a.key == key), None)

    def place(self, key: str) -> Place | None:
        return next((p for p in self.places if p.key == key), None)


@dataclass(frozen=True)
class RunInfo:
    """What produced a graph: recorded as a prov:Activity."""

    kgingest_version: str
    model_name: str
    model_version: str
    started: dt.datetime
