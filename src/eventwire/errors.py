"""Exceptions whose messages name the bad value and, where there are few, the valid ones."""

from __future__ import annotations

from collections.abc import Iterable


class EventwireError(Exception):
    """Base class: every error eventwire raises on purpose."""


class UnknownValueError(EventwireError, ValueError):
    """A name that is not one of the allowed values."""

    def __init__(self, what: str, value: object, valid: Iterable[object]) -> None:
        options = sorted(str(v) for v in valid)
        shown = ", ".join(options[:30]) + (" ..." if len(options) > 30 else "")
        super().__init__(f"unknown {what} {value!r}; expected one of: {shown}")
        self.what, self.value = what, value


class BadInputError(EventwireError, ValueError):
    """An article that cannot be read: empty, binary, not UTF-8, not English, too large."""

    def __init__(self, where: str, problem: str) -> None:
        super().__init__(f"{where}: {problem}")
        self.where, self.problem = where, problem


class StoreError(EventwireError):
    """The database could not be opened or written."""
