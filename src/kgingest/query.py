"""Run SPARQL over kgingest output and format the rows.

Rows are dicts from variable name to an rdflib term (absent when unbound), so
the table, CSV (SPARQL 1.1 CSV) and JSON (SPARQL 1.1 Query Results JSON)
writers and the evaluator all read the same shape.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import XSD, BNode, Dataset, Graph, Literal, URIRef
from rdflib.query import ResultRow
from rdflib.term import Node

from kgingest.errors import InputError, UsageError
from kgingest.resources import resource_dir

RDF_SUFFIXES = {".ttl": "turtle", ".nt": "nt", ".trig": "trig", ".nq": "nquads", ".jsonld": "json-ld"}
Row = dict[str, Node]


@dataclass
class QueryResult:
    variables: list[str]
    rows: list[Row] = field(default_factory=list)


def bundled_query(name: str) -> str:
    """The text of ``queries/NAME.rq``."""
    return (resource_dir("queries") / f"{name}.rq").read_text(encoding="utf-8")


def rdf_files(paths: Iterable[Path]) -> list[Path]:
    """RDF files named directly, or found (sorted) inside named folders."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.suffix in RDF_SUFFIXES and p.is_file()))
        elif path.exists():
            found.append(path)
        else:
            raise InputError(str(path), "no such file or folder")
    return found


def load_files(paths: Sequence[Path]) -> Dataset:
    """All RDF files into one dataset whose default graph is the union of its graphs."""
    dataset = Dataset(default_union=True)
    for path in rdf_files(paths):
        fmt = RDF_SUFFIXES.get(path.suffix)
        if fmt is None:
            raise InputError(str(path), f"unknown RDF file type; use one of {', '.join(sorted(RDF_SUFFIXES))}")
        try:
            if fmt in ("trig", "nquads"):
                dataset.parse(path, format=fmt)
            else:
                dataset.graph(URIRef(path.resolve().as_uri())).parse(path, format=fmt)
        except Exception as error:  # rdflib raises many parser-specific types
            raise InputError(str(path), f"is not valid {fmt} ({str(error).splitlines()[0][:160]})") from None
    return dataset


def run_query(sparql: str, graph: Graph) -> QueryResult:
    """Evaluate a SELECT query over an rdflib graph or dataset."""
    try:
        result = graph.query(sparql)
    except Exception as error:
        raise UsageError(f"the query does not run: {str(error).splitlines()[0][:200]}") from None
    if result.type != "SELECT" or result.vars is None:
        raise UsageError("only SELECT queries are supported")
    variables = [str(v) for v in result.vars]
    rows: list[Row] = []
    for binding in result:
        assert isinstance(binding, ResultRow)  # a SELECT result iterates over rows
        rows.append({name: value for name, value in zip(variables, binding, strict=True) if value is not None})
    return QueryResult(variables, rows)


def _plain(term: Node) -> str:
    if isinstance(term, BNode):
        return f"_:{term}"
    return str(term)


def format_table(result: QueryResult) -> str:
    cells = [[_plain(row[v]) if v in row else "" for v in result.variables] for row in result.rows]
    widths = [max([len(v)] + [len(c[i]) for c in cells]) for i, v in enumerate(result.variables)]
    lines = [" | ".join(v.ljust(w) for v, w in zip(result.variables, widths, strict=True))]
    lines.append("-+-".join("-" * w for w in widths))
    lines += [" | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) for row in cells]
    lines.append(f"({len(result.rows)} row{'s' if len(result.rows) != 1 else ''})")
    return "\n".join(lines) + "\n"


def format_csv(result: QueryResult) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(result.variables)
    for row in result.rows:
        writer.writerow([_plain(row[v]) if v in row else "" for v in result.variables])
    return out.getvalue()


def _json_term(term: Node) -> dict[str, str]:
    if isinstance(term, URIRef):
        return {"type": "uri", "value": str(term)}
    if isinstance(term, BNode):
        return {"type": "bnode", "value": str(term)}
    if isinstance(term, Literal):
        entry = {"type": "literal", "value": str(term)}
        if term.language:
            entry["xml:lang"] = term.language
        elif term.datatype:
            entry["datatype"] = str(term.datatype)
        return entry
    return {"type": "literal", "value": str(term)}


def format_json(result: QueryResult) -> str:
    document = {
        "head": {"vars": result.variables},
        "results": {"bindings": [{k: _json_term(v) for k, v in row.items()} for row in result.rows]},
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


FORMATTERS = {"table": format_table, "csv": format_csv, "json": format_json}


# --- backends: files, the embedded store, a remote endpoint ----------------------------------------------

# Oxigraph (like Virtuoso) stores every xsd:integer subtype as xsd:integer; results are given in that form
# whatever the backend, so one query gives the same rows from files, the store and a server.
INTEGER_SUBTYPES = frozenset(
    str(XSD[name])
    for name in (
        "nonNegativeInteger",
        "positiveInteger",
        "nonPositiveInteger",
        "negativeInteger",
        "long",
        "int",
        "short",
        "byte",
        "unsignedLong",
        "unsignedInt",
        "unsignedShort",
        "unsignedByte",
    )
)


def normalize_term(term: Node) -> Node:
    """``term`` as every backend reports it: xsd:integer subtypes as xsd:integer."""
    if isinstance(term, Literal) and term.datatype is not None and str(term.datatype) in INTEGER_SUBTYPES:
        return Literal(str(term), datatype=XSD.integer)
    return term


def normalize(result: QueryResult) -> QueryResult:
    rows = [{name: normalize_term(value) for name, value in row.items()} for row in result.rows]
    return QueryResult(list(result.variables), rows)


def select(
    sparql: str,
    *,
    files: Sequence[Path] = (),
    store_path: Path | None = None,
    endpoint: str | None = None,
) -> QueryResult:
    """Run a SELECT over a remote endpoint, else the embedded store, else RDF files; normalised rows.

    ``store_path`` is used when given, or when no files are given and the default store exists.
    """
    from kgingest import store  # the store imports this module

    if endpoint:
        return normalize(store.query_remote(endpoint, sparql))
    if store_path is None and not files and store.DEFAULT_STORE_PATH.is_dir():
        store_path = store.DEFAULT_STORE_PATH
    if store_path is not None:
        return normalize(store.query(store_path, sparql))
    if not files:
        raise UsageError("nothing to query: give RDF files or folders, --store PATH or --endpoint URL")
    return normalize(store.query_files(files, sparql))
