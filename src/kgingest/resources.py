"""Where the ontology, shapes and queries live, installed or in a source checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def resource_dir(name: str) -> Path:
    """The ``ontology``, ``shapes``, ``queries`` or ``examples`` folder."""
    for candidate in (_PACKAGE / "resources" / name, _PACKAGE.parents[1] / name, _PACKAGE / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"kgingest resource folder {name!r} is missing from this installation")
