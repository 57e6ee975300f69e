"""Posts of people the article does not name: "a spokeswoman for the agency said" gives a person (added by the
speaker stage) who holds the post "spokeswoman" in the agency.

The speaker stage creates such people and records the body they speak for (``member_of``); this reads the post
off their description. It runs after the statements, so the people exist; a description with no title word
("a witness") or no owner ("an official said") gives nothing.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from kgingest.extract.actor_lexicon import TITLE_HEADS
from kgingest.extract.dependencies import NOUN_MODIFIERS
from kgingest.extract.index import EntityIndex, doc_text, sentence_of, unnamed_actor_key
from kgingest.extract.roles.words import (
    COMPANY_NOUNS,
    DEFINITE_ARTICLES,
    NON_POST_NOUNS,
    ORGAN_NOUNS,
    PLACE_POST_HEADS,
    canonical,
)
from kgingest.extract.spans import tokens_in
from kgingest.model import Actor, ActorType, Role, Span

# Nouns for the kind of place a local post is held in: "the governor of the Xland state of Y".
_PLACE_KINDS = frozenset(
    {"state", "province", "region", "county", "city", "town", "village", "port", "island", "district", "territory"}
)

# Words before a title that say when it was held, not what it is.
_TIME_WORDS = frozenset({"former", "then", "current", "new", "acting", "outgoing", "incoming", "late"})


def unnamed_holder_roles(doc: Doc, index: EntityIndex, roles: list[Role]) -> list[Role]:
    """The post each unnamed person holds in the body the text gives them, unless a role already covers the
    description (a title read before a name). The owner must be named in the description or right after it ("an
    Acme engineer", "a spokeswoman for Acme"), not only guessed from a pronoun ("its director")."""
    if not index.article_key:
        return []  # unnamed people's keys are told from named ones' by the article's scope
    scope = unnamed_actor_key(ActorType.PERSON, index.article_key, "x")[:-1]
    taken = [(r.evidence.begin, r.evidence.end) for r in roles]
    held = {(_last_word(r.title), r.of) for r in roles}
    found: list[Role] = []
    for actor in sorted(index.actors, key=lambda a: a.key):
        if actor.type is not ActorType.PERSON or not actor.key.startswith(scope) or not actor.mentions:
            continue
        owner = _owner(index, actor) or _place_after(doc, index, actor)
        if owner is None:
            continue
        for mention in actor.mentions:
            if any(b < mention.end and mention.begin < e for b, e in taken):
                break
            title, definite = _title(doc, mention)
            evidence = _evidence(doc, index, mention, owner)
            owner_after = evidence != mention
            owner_named = owner_after or any(r.key == owner for r in index.mentions_in(mention.begin, mention.end))
            if definite and (not owner_after or _last_word(title) in {head for head, _ in held}):
                continue
            if title is not None and owner_named:
                found.append(Role(actor.key, title, owner, evidence))
                if evidence.text != actor.name and evidence.text not in actor.aliases:
                    # "the premier of Xshire": the description with its owner is how the text names the person.
                    actor.aliases.append(evidence.text)
                break
    return found


def _last_word(title: str | None) -> str:
    words = (title or "").lower().split()
    return words[-1] if words else ""


# "of the", maybe "<Demonym> state/province/region of": what stands between a local post and its place.
_OF_PLACE = re.compile(
    r"\s+of\s+(?:the\s+)?(?:(?:[A-Z][\w\-]*\s+)?(?:" + "|".join(sorted(_PLACE_KINDS)) + r")\s+of\s+(?:the\s+)?)?"
)


def _place_after(doc: Doc, index: EntityIndex, actor: Actor) -> str | None:
    """ "the premier of the Ruritanian province of Xshire said": a local post's place named right after its
    description, when the speaker stage gave the person no body."""
    text = doc_text(doc)
    for mention in actor.mentions:
        tokens = tokens_in(doc, mention.begin, mention.end)
        if tokens is None or len(tokens) == 0 or canonical(tokens.root) not in PLACE_POST_HEADS:
            continue
        joint = _OF_PLACE.match(text, mention.end)
        refs = index.mentions_in(joint.end(), joint.end() + 1) if joint is not None else []
        places = [r for r in refs if r.is_place and joint is not None and r.span.begin == joint.end()]
        if places:
            return places[0].key
    return None


def _owner(index: EntityIndex, actor: Actor) -> str | None:
    owner = index.actor(actor.member_of) if actor.member_of else None
    if owner is None or owner.type not in (ActorType.ORGANIZATION, ActorType.STATE):
        return None
    return owner.key


def _evidence(doc: Doc, index: EntityIndex, mention: Span, owner: str) -> Span:
    """The description up to the owner's name when it follows in the same sentence ("a spokeswoman for X")."""
    tokens = tokens_in(doc, mention.begin, mention.end)
    limit = min(sentence_of(tokens[0]).end_char, mention.end + 80) if tokens is not None else mention.end
    refs = [r for r in index.mentions_in(mention.end, limit) if r.key == owner and r.span.begin >= mention.end]
    if not refs:
        return mention
    end = min(r.span.end for r in refs)
    text = doc_text(doc)
    return Span(mention.begin, end, text[mention.begin : end])


def _title(doc: Doc, mention: Span) -> tuple[str | None, bool]:
    """The post a description names: its head noun when that is a title word, with the title words and nouns
    joined to it on the left ("senior policy adviser"), not the article, the owner's noun or "former"; and whether
    the description is definite ("the senator")."""
    tokens = tokens_in(doc, mention.begin, mention.end)
    if tokens is None or len(tokens) == 0:
        return None, False
    head = tokens.root
    definite = any(c.dep_ == "det" and c.lower_ in DEFINITE_ARTICLES for c in head.children)
    if canonical(head) not in TITLE_HEADS or canonical(head) in NON_POST_NOUNS:
        return None, definite
    words: list[Token] = [head]
    for token in reversed(list(head.lefts)):
        if token.i + 1 != words[0].i or token.dep_ not in NOUN_MODIFIERS or not token.is_alpha:
            break
        if token.lower_ in _TIME_WORDS or token.lower_ in ORGAN_NOUNS or token.lower_ in COMPANY_NOUNS:
            break
        if token.ent_type_ or token.text[:1].isupper():
            break  # "a Ruritanian diplomat", "an Acme engineer": the owner, not the post
        words.insert(0, token)
    return " ".join(t.text for t in words), definite
