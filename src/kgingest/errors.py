"""Every error kgingest reports to a user, in one place.

Each carries a short message that names the input and says what to do; the
CLI prints ``str(error)`` on one line and exits with ``exit_code``. `InternalError`
wraps an unexpected exception (a bug) met while processing one input, so that
one article's crash is reported like any other failure instead of ending the run.
"""

from __future__ import annotations

import os
import traceback
from pathlib import Path

_PACKAGE_DIR = str(Path(__file__).resolve().parent) + os.sep
# An exception's message can be a page long (pyshacl, rdflib); the one-line report keeps its start.
MAX_DETAIL_CHARS = 200


class KgingestError(Exception):
    """Base class: a problem reported in one line, without a traceback (most of them the user can fix)."""

    exit_code = 2


class InputError(KgingestError):
    """An input article or its sidecar cannot be used."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem

    def __reduce__(self) -> tuple[type[InputError], tuple[str, str]]:
        # Pickled when a worker process reports it; the default would call __init__ with the message alone.
        return (type(self), (self.source, self.problem))


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


class ArticleTimeout(KgingestError):
    """One article's graph work ran past the time allowed (a loop that never ends, or a text far too long):
    stopped, reported, counted, and the run goes on."""

    exit_code = 3

    def __init__(self, source: str, seconds: float) -> None:
        super().__init__(f"{source}: stopped after {seconds:g} s of graph work; raise --article-timeout, or report it")
        self.source = source
        self.seconds = seconds

    def __reduce__(self) -> tuple[type[ArticleTimeout], tuple[str, float]]:
        return (type(self), (self.source, self.seconds))


class InternalError(KgingestError):
    """A bug in kgingest met while processing one input: reported, counted, and the run goes on."""

    exit_code = 3

    def __init__(self, source: str, error: Exception) -> None:
        lines = str(error).strip().splitlines()
        detail = f"{type(error).__name__}: {lines[0][:MAX_DETAIL_CHARS]}" if lines else type(error).__name__
        super().__init__(f"{source}: internal error ({detail}); please report it")
        self.source = source
        self.error = error
        self._remote: tuple[str, str] | None = None  # (kind, traceback text) of an error met in another process

    def __reduce__(self) -> tuple[object, tuple[str, str, str, str]]:
        # A traceback cannot be pickled: a worker process sends its text instead.
        return (_remote_internal_error, (self.source, str(self), self.kind, self.traceback_text()))

    @property
    def kind(self) -> str:
        """The exception type and the innermost kgingest frame it came from, e.g. ``IndexError at x.py:12 in f``."""
        if self._remote is not None:
            return self._remote[0]
        frames = traceback.extract_tb(self.error.__traceback__)
        ours = [f for f in frames if f.filename.startswith(_PACKAGE_DIR)] or frames
        if not ours:
            return type(self.error).__name__
        frame = ours[-1]
        where = frame.filename
        if where.startswith(_PACKAGE_DIR):
            where = "kgingest/" + where[len(_PACKAGE_DIR) :].replace(os.sep, "/")
        return f"{type(self.error).__name__} at {where}:{frame.lineno} in {frame.name}"

    def traceback_text(self) -> str:
        if self._remote is not None:
            return self._remote[1]
        return "".join(traceback.format_exception(type(self.error), self.error, self.error.__traceback__))


def _remote_internal_error(source: str, message: str, kind: str, traceback_text: str) -> InternalError:
    """An `InternalError` rebuilt from what a worker process sent: its message, kind and traceback text."""
    error = InternalError.__new__(InternalError)
    KgingestError.__init__(error, message)
    error.source = source
    error.error = RuntimeError(message)
    error._remote = (kind, traceback_text)
    return error
