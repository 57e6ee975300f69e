"""RDF vocabularies kgingest writes: its own ontology terms and the external ones it aligns with.

`KG` lists every term of ``ontology/kgingest.ttl`` (tests/test_ontology.py keeps the two in step), and is a
`DefinedNamespace`, so a misspelt term raises AttributeError instead of minting a wrong IRI. The W3C Web
Annotation and SEM vocabularies have no rdflib built-in, so the terms used here are listed the same way.
"""

from __future__ import annotations

from rdflib import URIRef
from rdflib.namespace import ORG, OWL, PROV, RDF, RDFS, SDO, SKOS, TIME, VOID, XSD, DefinedNamespace, Namespace

__all__ = [
    "DCTERMS",
    "GAF",
    "KG",
    "OA",
    "ONTOLOGY_IRI",
    "ORG",
    "OWL",
    "PREFIXES",
    "PROV",
    "RDF",
    "RDFS",
    "SDO",
    "SEM",
    "SKOS",
    "TIME",
    "VOID",
    "WD",
    "XSD",
]

ONTOLOGY_IRI = URIRef("https://w3id.org/kgingest/ontology")


class KG(DefinedNamespace):
    """The kgingest ontology, https://w3id.org/kgingest/ontology# (prefix ``kg:``)."""

    _NS = Namespace("https://w3id.org/kgingest/ontology#")
    _fail = True

    Actor: URIRef
    Appearance: URIRef
    Article: URIRef
    Group: URIRef
    Membership: URIRef
    MilitaryDeployment: URIRef
    Organization: URIRef
    Person: URIRef
    Place: URIRef
    Post: URIRef
    Quantity: URIRef
    Role: URIRef
    Run: URIRef
    State: URIRef
    Statement: URIRef
    TextAnchor: URIRef
    TimeBounds: URIRef
    WikidataLink: URIRef

    about: URIRef
    anchor: URIRef
    appearanceOf: URIRef
    approximate: URIRef
    assumed: URIRef
    casualties: URIRef
    channel: URIRef
    confidence: URIRef
    coSpeaker: URIRef
    content: URIRef
    contentAnchor: URIRef
    countryCode: URIRef
    cue: URIRef
    cueAnchor: URIRef
    cueLemma: URIRef
    date: URIRef
    dateAssumed: URIRef
    earliest: URIRef
    earliestStart: URIRef
    exact: URIRef
    exactDate: URIRef
    forceKind: URIRef
    forceSize: URIRef
    inState: URIRef
    kgingestVersion: URIRef
    latest: URIRef
    latestStart: URIRef
    legalBasis: URIRef
    legalBasisAnchor: URIRef
    linkSubject: URIRef
    linkTarget: URIRef
    locatedIn: URIRef
    location: URIRef
    maximum: URIRef
    memberOf: URIRef
    method: URIRef
    minimum: URIRef
    mode: URIRef
    modelName: URIRef
    modelVersion: URIRef
    opponent: URIRef
    partOf: URIRef
    placeType: URIRef
    precision: URIRef
    publisherName: URIRef
    purpose: URIRef
    purposeAnchor: URIRef
    quote: URIRef
    quoteAnchor: URIRef
    reportedBy: URIRef
    sender: URIRef
    sha256: URIRef
    sourceName: URIRef
    speaker: URIRef
    speakerText: URIRef
    start: URIRef
    status: URIRef
    supported: URIRef
    surfaceText: URIRef
    text: URIRef
    title: URIRef
    trigger: URIRef
    vague: URIRef
    when: URIRef


class OA(DefinedNamespace):
    """W3C Web Annotation vocabulary: the terms kgingest uses for text anchors."""

    _NS = Namespace("http://www.w3.org/ns/oa#")
    _fail = True

    SpecificResource: URIRef
    TextPositionSelector: URIRef
    TextQuoteSelector: URIRef
    hasSource: URIRef
    hasSelector: URIRef
    start: URIRef
    end: URIRef
    exact: URIRef
    prefix: URIRef
    suffix: URIRef


class SEM(DefinedNamespace):
    """Simple Event Model: the terms the kgingest ontology aligns with."""

    _NS = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
    _fail = True

    Event: URIRef
    Actor: URIRef
    Place: URIRef
    Time: URIRef
    hasActor: URIRef
    hasPlace: URIRef
    hasTime: URIRef
    accordingTo: URIRef
    hasEarliestBeginTimeStamp: URIRef
    hasLatestBeginTimeStamp: URIRef


GAF = Namespace("http://groundedannotationframework.org/gaf#")
DCTERMS = Namespace("http://purl.org/dc/terms/")
WD = Namespace("http://www.wikidata.org/entity/")

# Prefixes bound on every graph kgingest writes, in this order, so serialisations are stable.
PREFIXES: tuple[tuple[str, str], ...] = tuple(
    (prefix, str(namespace))
    for prefix, namespace in (
        ("kg", KG),
        ("rdf", RDF),
        ("rdfs", RDFS),
        ("xsd", XSD),
        ("owl", OWL),
        ("schema", SDO),
        ("prov", PROV),
        ("org", ORG),
        ("sem", SEM),
        ("time", TIME),
        ("oa", OA),
        ("skos", SKOS),
        ("gaf", GAF),
        ("wd", WD),
    )
)
