"""The one exception type for what stops a conversion; the CLI turns it into `Error: ...`."""


class ConversionError(Exception):
    """The input cannot be converted at all (not a chapter page, unreadable, ...)."""
