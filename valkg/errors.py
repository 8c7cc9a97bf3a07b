"""Error classes of valkg and the exit codes they map to.

The contract follows pySHACL's: 0 success/conforms, 1 the data does not
conform (or a load did not complete), 2 bad input or usage.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_BAD_INPUT = 2


class ValkgError(Exception):
    """Base class: a failure valkg can explain in one line."""

    exit_code = EXIT_FAILED


class InputError(ValkgError):
    """The input (monograph, graph file, query, option) is unusable."""

    exit_code = EXIT_BAD_INPUT

    def __init__(self, message: str, *, source: str | None = None, where: str | None = None):
        self.source = source
        self.where = where
        prefix = source or ""
        if where:
            prefix = f"{prefix}:{where}" if prefix else where
        super().__init__(f"{prefix}: {message}" if prefix else message)


class ValidationFailed(ValkgError):
    """The graph does not conform to the shapes."""

    exit_code = EXIT_FAILED


class QueryRefused(InputError):
    """A query asks for something a local query may not do (e.g. reach the network)."""


class LoadError(ValkgError):
    """Pushing the graph to a triple store did not complete."""

    exit_code = EXIT_FAILED
