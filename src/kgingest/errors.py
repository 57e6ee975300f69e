"""Every error kgingest reports to a user, in one place.

Each carries a short message that names the input and says what to do; the
CLI prints ``str(error)`` on one line and exits with ``exit_code``.
"""

from __future__ import annotations


class KgingestError(Exception):
    """Base class: a problem the user can fix, reported without a traceback."""

    exit_code = 2


class InputError(KgingestError):
    """An input article or its sidecar cannot be used."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


class UsageError(KgingestError):
    """A bad option value or combination."""


class OutputError(KgingestError):
    """An output file or folder cannot be written."""


class ModelError(KgingestError):
    """The spaCy model cannot be loaded."""


class ValidationFailed(KgingestError):
    """A graph does not conform to the SHACL shapes."""

    exit_code = 1


class LinkError(KgingestError):
    """Wikidata could not be reached or answered badly; linking is skipped."""


class StoreError(KgingestError):
    """A triple store refused or could not be reached."""


class RuleError(KgingestError):
    """A construction rule file is malformed."""
