"""The words role rules read: seats and their assemblies, title abbreviations, organ nouns, and the small
tests on a title's words (its head, whether a state or a company holds it)."""

from __future__ import annotations

import re

from spacy.tokens import Token

from kgingest.extract.actor_lexicon import PARTY_STEMS, STATE_POST_HEADS, TITLE_DROP, TITLE_HEADS
from kgingest.extract.antecedents import ORGANIZATION_DESCRIPTIONS
from kgingest.model import Actor, ActorType

# A story filed from a city of a state is about that state as much as this many more mentions of it.
DATELINE_WEIGHT = 3
# Seats whose holder sits in a named assembly: the assembly's head noun.
SEAT_INSTITUTIONS = {
    "senator": ("senate",),
    "congressman": ("congress", "house"),
    "congresswoman": ("congress", "house"),
    "representative": ("house", "congress"),
    "mp": ("parliament", "house", "commons"),
    "lawmaker": ("parliament", "congress", "assembly", "senate"),
    "legislator": ("legislature", "assembly", "parliament"),
    # A judge's bench: the court the article names.
    "justice": ("court",),
    "judge": ("court", "tribunal"),
}
# "Name, who leads the Party": the post a present-tense verb gives (a founder stays one).
RELATIVE_POSTS = {
    "leads": "leader",
    "heads": "head",
    "chairs": "chair",
    "directs": "director",
    "runs": "head",
    "founded": "founder",
    "co-founded": "co-founder",
}
RELATIVE_POST = re.compile(r",\s+who\s+(?:also\s+|now\s+|still\s+)?(" + "|".join(RELATIVE_POSTS) + r")\s+(?:the\s+)?")
# Possessive pronouns before a title that point back to the organization just named ("its head X").
POSSESSIVE_PRONOUNS = frozenset({"its", "their", "whose"})
POSSESSIVE_MARKS = ("'s", "’s")
# Abbreviated titles before a name ("Sen. X"): the post they stand for.
TITLE_ABBREVIATIONS = {
    "sen.": "senator",
    "rep.": "representative",
    "gov.": "governor",
    "gen.": "general",
    "lt.": "lieutenant",
    "col.": "colonel",
    "capt.": "captain",
    "adm.": "admiral",
    "sgt.": "sergeant",
    "atty.": "attorney",
    "supt.": "superintendent",
    "prof.": "professor",
}
# "the company's chief executive, X": the common noun says which kind of actor the title belongs to.
ANTECEDENT_NOUNS = {
    "country": ActorType.STATE,
    "nation": ActorType.STATE,
    "state": ActorType.STATE,
    **dict.fromkeys(ORGANIZATION_DESCRIPTIONS, ActorType.ORGANIZATION),
}
# Common nouns for a company: "the company's" points to the one the story is about.
COMPANY_NOUNS = frozenset({"company", "firm", "group", "bank", "carrier", "airline", "insurer", "lender", "maker"})
# Lowercase organ nouns between an owner and a title ("the Ruritanian foreign ministry spokesperson").
ORGAN_NOUNS = frozenset({"ministry", "department", "office", "agency", "army", "navy", "embassy", "government"})
# Heads of posts in a company or similar body: with no owner named, the organization just named holds them.
COMPANY_POST_HEADS = frozenset({"executive", "ceo", "cfo", "coo", "chairman", "chairwoman", "chairperson", "treasurer"})
# After "Name, a": a title (its words lowercase but for names inside it), "at/of/for/with", maybe "the" and
# describing words ("Xville-based think tank"), then the organization.
APPOSITIVE_WORDS = re.compile(r"[a-z][\w\-]*(?:[ \t]+[\w\-]+){1,9}")
ORGANIZATION_LEAD = re.compile(
    r"\s*(?P<the>the\s+)?(?P<describers>(?:(?!(?:at|of|for|with|in|and)\s)(?:[a-z][\w]*|[A-Z][\w]*-based)\s+){0,3})"
)
# "Name, 58, was ...", "Name is ...": a post said of the person in the predicate.
PREDICATE_POST = re.compile(
    r"(?:,\s+\d{1,3},)?\s+(?:was|is|has\s+been|had\s+been|became|becomes|served\s+as|remains)\s+"
    r"(?:(?:the|a|an)\s+)?"
)
# A capitalised post and its portfolio: "Minister of Trade and Industry", "Chief Executive of Acme".
CAPITALISED_POST = re.compile(
    r"(?P<post>[A-Z][a-z]+(?:[ \-][A-Z][a-z]+){0,3})"
    r"(?:[ ](?:of|for)[ ](?:the[ ])?(?P<portfolio>[A-Z][\w\-]*(?:[ ](?:and[ ]|&[ ])?[A-Z][\w\-]*){0,4}))?"
)
# Military ranks: a rank before the name with no owner is held in the force the post after the name is in
# ("Major General X, spokesman of the army").
RANK_HEADS = frozenset(
    {"general", "colonel", "lieutenant", "major", "captain", "admiral", "sergeant", "commander", "brigadier", "marshal"}
)
CONNECTORS = frozenset({"of", "at", "for", "with", "from"})
FUNCTION_EDGES = frozenset({"of", "the", "and", "for", "a", "an", "at", "'s", "’s", ","})
ARTICLES = ("a", "an", "the")


def canonical(token: Token) -> str:
    """The lowercase word, with an abbreviated title spelled out ("Sen." -> "senator")."""
    return TITLE_ABBREVIATIONS.get(token.lower_, token.lower_)


def trim(tokens: list[Token]) -> list[Token]:
    """A title without leading descriptive words ("former") or function words at either edge."""
    while tokens and (tokens[0].lower_ in TITLE_DROP or tokens[0].lower_ in FUNCTION_EDGES):
        tokens = tokens[1:]
    while tokens and tokens[-1].lower_ in FUNCTION_EDGES:
        tokens = tokens[:-1]
    return tokens


def head_of(tokens: list[Token]) -> str:
    """The title's head noun: the first title head before an "of" ("Chief of Staff"), else the last one."""
    heads = [canonical(t) for t in tokens if canonical(t) in TITLE_HEADS]
    words = [t.lower_ for t in tokens]
    if "of" in words:
        before_of = [w for w in words[: words.index("of")] if w in TITLE_HEADS]
        if before_of:
            return before_of[-1]
    return heads[-1] if heads else ""


def is_state_post(head: str, title_tokens: list[Token]) -> bool:
    """A post held in a state when nothing else is named: "President X", "Opposition leader X"."""
    if head in STATE_POST_HEADS:
        return True
    return head == "leader" and any(t.lower_ == "opposition" for t in title_tokens)


def singular(noun: str) -> str:
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


def is_company_post(head: str, title_tokens: list[Token]) -> bool:
    """A post held in a company or other body ("Chief Executive X", "board member Y"), never in a state."""
    if head in COMPANY_POST_HEADS:
        return True
    # "Chief Executive Officer", "Chief Financial Officer": the officer's kind names the company post.
    if head == "officer" and any(
        t.lower_ in ("executive", "financial", "operating", "technology") for t in title_tokens
    ):
        return True
    return head == "member" and any(t.lower_ == "board" for t in title_tokens)


def last_word(name: str) -> str:
    words = name.lower().split()
    return words[-1] if words else ""


def is_party(actor: Actor) -> bool:
    lowered = actor.name.lower()
    return lowered.endswith(" party") or any(lowered in (s, s + "s") for s in PARTY_STEMS)


def span_text(text: str, tokens: list[Token]) -> str:
    """The text from the first token's start to the last token's end."""
    return text[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]
