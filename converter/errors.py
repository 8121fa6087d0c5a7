"""The exceptions that stop a conversion; the CLI turns them into one `Error: ...` line and an exit code.

Everything that goes wrong on bad input raises a ConversionError (or a subclass), never a bare
ValueError or KeyError, so that a library caller needs one `except`. What a reader can still work
around (a note it cannot read, a field the page lacks) is not an exception but a Problem on the
Document.

`source` names what the error is about (an input file, "<stdin>", a bibliography file) and is
kept apart from the message, so that a batch can report "Error: <source>: <message>" without
matching strings; `str(error)` gives that whole line's text.
"""

from __future__ import annotations


class ConversionError(Exception):
    """The input cannot be converted at all (not a chapter page, unreadable, ...)."""

    def __init__(self, message: str, source: str | None = None):
        super().__init__(message)
        self.message = message
        self.source = source

    def __str__(self) -> str:
        return f"{self.source}: {self.message}" if self.source else self.message

    def with_source(self, source: str) -> "ConversionError":
        """The same error, about `source` (unless it already names one)."""
        if self.source:
            return self
        error = type(self)(self.message, source)
        error.__cause__ = self.__cause__
        return error


class UsageError(ConversionError):
    """The request itself is wrong (a bad combination of options, an output that cannot be
    written, an unreadable option file): nothing is converted. CLI exit code 2."""


class UnknownFormatError(UsageError):
    """A format name that no writer has."""


class ModelVersionError(UsageError):
    """A model JSON dump of a version this release cannot read."""
