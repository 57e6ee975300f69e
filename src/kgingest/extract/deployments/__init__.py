"""Military deployments: armed forces a state or organization sends somewhere.

Each sentence is searched for deployment mentions: a trigger (a verb such as
"deploy", "dispatch", "send", "arrive", "participate in operations", or a noun
such as "deployment") together with the force it moves ("troops",
"soldiers", "commanders" ...). A mention's slots are read off the dependency
parse of its clause; senders, parties and places are resolved only through
the `EntityIndex`. Mentions of one sender at compatible places merge into one
`Deployment`; a definite "the deployment" with no sender of its own joins the
deployment mentioned last. Threats, conditionals, negated sendings and
exercises are not deployments. "Respectively" pairs listed senders with listed
places (`respectively`); a formation named with the organization it serves joins
that organization's deployment; an instrument named outside a mention's clause
("the accord stipulates that observers would be stationed ...") is the legal
basis of the deployments it is about (`bases`); the basis a mention's own clause cites is read by the frames of
`legal` ("under", "pursuant to", "in accordance with", "as part of", "invoking"); an invitation or request names
the party helped, never a basis.

Entry point: `find_deployments`. The readers live in this package, one module per job, and reach
each other through `context.DeploymentContext`; the construction rules of `deployment_rules` use the
same readers. Word lists live in `lexicons/deployments.yaml`, named in `deployment_lexicon`; sizes come from
`kgingest.quantities`, start dates from `kgingest.timex`.
"""

from __future__ import annotations

from spacy.tokens import Doc

from kgingest.extract.deployments.context import DeploymentContext
from kgingest.extract.deployments.mention import split_by_location
from kgingest.extract.deployments.mentions import all_mentions
from kgingest.extract.deployments.merging import fold_formations, link_statements, merge_mentions
from kgingest.extract.deployments.senders import formations
from kgingest.extract.index import EntityIndex
from kgingest.model import Article, Deployment, Role, Statement, TimeValue

__all__ = ["DeploymentContext", "find_deployments"]


def find_deployments(
    doc: Doc, article: Article, index: EntityIndex, statements: list[Statement], roles: list[Role] | None = None
) -> list[Deployment]:
    """Every deployment the article describes, merged over its mentions, keyed d1, d2 ... in text order.

    ``roles`` tell which state a person acts for ("the president said he would send ...").
    """
    context = DeploymentContext(doc, article, index, roles or [])
    mentions = all_mentions(context.mentions)
    # Imported here: the rules' reader builds on this package's readers.
    from kgingest.extract.deployment_rules import add_rule_mentions

    mentions = context.respective.distribute(add_rule_mentions(context, mentions))
    mentions = [m for mention in mentions for m in split_by_location(mention)]
    for mention in mentions:
        mention.in_heading = any(h.begin <= mention.anchor.begin < h.end for h in article.headings)
    deployments = fold_formations(merge_mentions(mentions, index), formations(context.actors), index)
    context.bases.attach(deployments)
    for number, deployment in enumerate(deployments, start=1):
        deployment.key = f"d{number}"
        deployment.casualties = context.casualties.casualties(deployment, deployments)
    link_statements(deployments, statements)
    _bound_by_reports(deployments, statements)
    _planned_by_start(deployments, article)
    return deployments


# A deployment only planned, asked for, denied or alleged has not begun by the day it is spoken of.
UNBEGUN_STATUSES = frozenset({"planned", "requested", "denied", "alleged"})


def _bound_by_reports(deployments: list[Deployment], statements: list[Statement]) -> None:
    """ "X has deployed 900 soldiers to Y, the agency reported on Tuesday": forces reported sent were sent by the day
    of the report, the latest their deployment can have begun, when the text gives no time of its own."""
    by_key = {s.key: s for s in statements}
    for deployment in deployments:
        if deployment.start is not None or deployment.status in UNBEGUN_STATUSES:
            continue
        days = [
            date
            for key in deployment.reported_by
            if (date := by_key[key].date).latest is not None and date.span is not None and not date.assumed
        ]
        if days:
            first = min(days, key=lambda d: (d.latest, d.span.begin if d.span else 0))
            deployment.start = TimeValue(None, first.latest, first.precision, first.span)


def _planned_by_start(deployments: list[Deployment], article: Article) -> None:
    """ "the deployment begins next month": a sending the text starts wholly after the day of the story is planned."""
    published = article.meta.published
    if published is None:
        return
    for deployment in deployments:
        earliest = deployment.start.earliest if deployment.start is not None else None
        if deployment.status is None and earliest is not None and earliest > published:
            deployment.status = "planned"
