"""Extract stage: a parsed article into the typed extraction model (no RDF here).

How to add a rule
-----------------
A construction the stages miss is added as a rule: data, not code. The deployment rules are YAML files in
``extract/rules/deployment/``; each gives a spaCy ``DependencyMatcher`` pattern, which of its nodes fill which
slot (sender, force, location), and examples written in one's own words. Three steps, with
``stationed_presence.yaml`` ("X has some N troops stationed in Y") as the example:

1. Write the pattern. Parse a sentence of your own and read its dependencies; name each node::

       patterns:
         - - {RIGHT_ID: placed, RIGHT_ATTRS: {LEMMA: {IN: $PLACING_VERBS}, TAG: VBN, DEP: acl}}
           - {LEFT_ID: placed, REL_OP: "<", RIGHT_ID: force, RIGHT_ATTRS: {DEP: dobj}}
           - {LEFT_ID: force, REL_OP: "<", RIGHT_ID: keeping, RIGHT_ATTRS: {LEMMA: {IN: $KEEPING_VERBS}}}
           - {LEFT_ID: keeping, REL_OP: ">", RIGHT_ID: sender, RIGHT_ATTRS: {DEP: nsubj}}

   ``$NAME`` is a word list from the rule's ``words`` or the stage's lexicon; ``optional`` adds nodes a match
   gains when it can ("... in Y", "... there").
2. Map the nodes to slots and name the trigger: ``trigger: placed`` and
   ``slots: {sender: sender, force: force, location: place}``. The stage does the rest as for its own
   mentions: the sender and place are resolved through the actor index, the count is read by
   `kgingest.quantities`, threats, denials, exercises and negations are refused, and ``requires: [abroad]``
   keeps only forces outside the sender's own state.
3. Give examples: ``positives`` (a sentence and the slots it must give, by name:
   ``{sender: Chile, count: some 900, location: Bolivia}``) and ``negatives`` (sentences that must give
   nothing: an exercise, an alert, weapons, a denial, a withdrawal). ``pytest tests/test_rules.py`` runs every
   example of every rule, and checks that each positive becomes a deployment of the whole extraction.

Entity corrections are token patterns too: ``extract/patterns/entities.yaml`` feeds the actor stage's
``SpanRuler`` (``kg_entity_ruler``, `extract.components`); a new pattern gets a label the actor finder reads
with `components.rule_spans`, and a case in ``tests/test_extract_actors.py``. The actor stage writes its
entities into the Doc (``doc.spans["kg_actors"]``), and the later stages read them from there.

A rule adds a mention only where the stage's own code found none with a sender; where both read the same
sending, the stage's mention stays and the rule fills only the slots it left empty.
"""

from __future__ import annotations

from spacy.tokens import Doc

from kgingest.extract.components import annotate_actors
from kgingest.extract.deployments import find_deployments
from kgingest.extract.index import EntityIndex
from kgingest.extract.roles import find_roles
from kgingest.extract.roles.unnamed import unnamed_holder_roles
from kgingest.extract.spans import forget_spans
from kgingest.extract.statements import find_statements
from kgingest.model import Article, Extraction


def extract(doc: Doc, article: Article) -> Extraction:
    """Actors and places (spaCy components that write them into the Doc), then roles, statements and
    deployments that refer to them, read from the Doc."""
    try:
        return _extract(doc, article)
    finally:
        forget_spans(doc)  # the stages' shared spans hold the Doc; dropped, it is freed as soon as it is let go


def _extract(doc: Doc, article: Article) -> Extraction:
    doc = annotate_actors(doc, article)
    index = EntityIndex.from_doc(doc, article.key)
    roles = find_roles(doc, article, index)
    statements = find_statements(doc, article, index)
    # The speaker stage adds the people the text does not name ("a spokeswoman for X said"); their posts after.
    roles = sorted([*roles, *unnamed_holder_roles(doc, index, roles)], key=lambda r: (r.evidence.begin, r.holder))
    deployments = find_deployments(doc, article, index, statements, roles)
    return Extraction(
        article=article,
        actors=sorted(index.actors, key=lambda a: a.key),
        places=sorted(index.places, key=lambda p: p.key),
        roles=roles,
        statements=statements,
        deployments=deployments,
    )
