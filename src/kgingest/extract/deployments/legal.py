"""The instrument a sending's own clause cites as its legal basis.

English names the basis of an act with a few frames, whatever the instrument:

- a preposition of authority: "under the 1994 treaty", "per the accord", "pursuant to resolution 2791";
- a noun of conformity inside a preposition: "in accordance with", "in line with", "in keeping with",
  "in compliance with", "as part of", "on the basis of", "within the framework of", "by virtue of",
  "under the terms of";
- a part of an instrument in any of these frames: "under Chapter VII of the charter";
- a force carrying a mandate: "with a UN mandate", "with Security Council authorization";
- a verb of invoking whose object is the instrument: "invoking Article 5 of the charter", "citing the accord".

Only an instrument noun (treaty, resolution, mandate, accord ...) is a basis: "under pressure", "under way",
"under fire", "in line with expectations" name none. Nor is an invitation or a request ("at the request of X"):
anyone may ask; the one who asks is the party helped (`inviter_in`, see `parties`).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from kgingest.extract import deployment_lexicon as lex
from kgingest.extract.dependencies import OBJECT_OF_PREPOSITION_LABELS, has_label, is_dobj, is_label, is_poss, is_prep

# A proper name before a mandate names who gave it: "a UN mandate", "Security Council authorization".
ISSUER_LABELS = frozenset({"compound", "nmod", "amod"})


@dataclass(frozen=True)
class LegalPhrase:
    """The noun that names the basis (the instrument)."""

    noun: Token
    # The verb whose words all belong to the basis ("authorized by an accord in May"): none of them tells where or
    # when the forces went.
    frame: Token | None = None


def _instrument(noun: Token) -> bool:
    """An instrument, or a part of one that names it: "Chapter VII of the charter", "section 3 of the act"."""
    if _is(noun, lex.LEGAL_NOUNS):
        return True
    # "Chapter VII": the parser may make the numeral the head and the part noun its compound
    part = _is(noun, lex.PROVISION_NOUNS) or any(
        is_label(c, "compound") and _is(c, lex.PROVISION_NOUNS) for c in noun.children
    )
    return part and any(_is(o, lex.LEGAL_NOUNS) for p in noun.children if is_prep(p, "of") for o in _objects(p))


def _issued(mandate: Token) -> bool:
    """A mandate whose issuer the words name: "a mandate from the council", "a UN mandate", "the council's
    authorization"; "with a mandate to protect civilians" says what the force may do, not on whose authority."""
    return any(
        is_prep(c, "from") or is_poss(c) or (has_label(c, ISSUER_LABELS) and c.pos_ == "PROPN")
        for c in mandate.children
    )


def _is(token: Token, words: frozenset[str]) -> bool:
    """The word or its lemma is one of ``words`` ("terms", "keeping" as written, "term", "keep" as lemmas)."""
    return token.lemma_.lower() in words or token.lower_ in words


def _objects(prep: Token) -> list[Token]:
    return [c for c in prep.children if has_label(c, OBJECT_OF_PREPOSITION_LABELS)]


def _conformed_to(frame: Token) -> list[Token]:
    """The objects of the preposition after a noun or adjective of conformity: "accordance with X", "part of X",
    "pursuant to X"."""
    return [o for p in frame.children if is_prep(p) for o in _objects(p)]


def _inviter(invitation: Token) -> Token | None:
    """ "the invitation of X", "X's invitation"."""
    owners = [c for c in invitation.children if c.dep_ == "poss"]
    owners += [o for p in invitation.children if is_prep(p, "of", "from", "by") for o in _objects(p)]
    return owners[0] if owners else None


def _relative_antecedent(pronoun: Token) -> Token | None:
    """The noun a relative pronoun stands for: "the accord under which ..." gives "accord"."""
    if pronoun.tag_ != "WDT":
        return None
    clause = next((a for a in pronoun.ancestors if a.dep_ == "relcl"), None)
    return clause.head if clause is not None else None


def legal_phrase(clause: list[Token]) -> LegalPhrase | None:
    """The first basis the clause's frames cite, in text order."""
    found: list[LegalPhrase] = []
    for token in clause:
        lower = token.lower_
        if is_prep(token) and lower in lex.LEGAL_PREPOSITIONS:
            # "under X", "under the terms of X", "per X"
            for pobj in _objects(token):
                candidates = [pobj, *_conformed_to(pobj)] if _is(pobj, lex.CONFORMITY_NOUNS) else [pobj]
                found += [LegalPhrase(n) for n in candidates if _instrument(n)]
                described = _relative_antecedent(pobj)
                if described is not None and _instrument(described):
                    found.append(LegalPhrase(described))  # "an accord under which X will send troops"
        elif is_prep(token) and lower in lex.FRAME_PREPOSITIONS:
            for pobj in _objects(token):
                if _is(pobj, lex.CONFORMITY_NOUNS):  # "in accordance with X", "as part of X", "in keeping with X"
                    found += [LegalPhrase(n) for n in _conformed_to(pobj) if _instrument(n)]
        elif is_prep(token, "with"):
            # "with a mandate from the Security Council", "with UN authorization": a basis the force carries
            found += [LegalPhrase(o) for o in _objects(token) if _is(o, lex.CARRIED_INSTRUMENT_NOUNS) and _issued(o)]
        elif lower in lex.CONFORMITY_ADJECTIVES:  # "pursuant to X", wherever the parser hangs it
            found += [LegalPhrase(n) for n in _conformed_to(token) if _instrument(n)]
        elif token.pos_ == "VERB" and token.lemma_.lower() in lex.INVOKING_VERBS:
            # "invoking Article 5 of the charter", "citing a 2012 accord"
            found += [LegalPhrase(o) for o in token.children if is_dobj(o) and _instrument(o)]
        elif token.pos_ == "VERB" and token.lemma_.lower() in lex.AUTHORIZING_VERBS and token.tag_ == "VBN":
            # "the deployment, authorized by a regional accord in May, ...": the agent of the authorizing
            agents = [o for c in token.children if c.dep_ == "agent" or is_prep(c, "by") for o in _objects(c)]
            found += [LegalPhrase(o, frame=token) for o in agents if _instrument(o)]
        elif token.pos_ == "VERB" and token.lemma_.lower() in lex.ACTING_VERBS:
            # "acting on a Security Council mandate"
            grounds = [o for c in token.children if is_prep(c, "on", "upon") for o in _objects(c)]
            found += [LegalPhrase(o, frame=token) for o in grounds if _instrument(o)]
    return min(found, key=lambda f: f.noun.i) if found else None


def inviter_in(clause: list[Token]) -> Token | None:
    """Who invites or asks for the forces: "at the invitation of X", "at X's request". No legal basis."""
    for token in clause:
        if is_prep(token) and token.lower_ in lex.FRAME_PREPOSITIONS:
            for pobj in _objects(token):
                if _is(pobj, lex.INVITATION_NOUNS) and (inviter := _inviter(pobj)) is not None:
                    return inviter
    return None
