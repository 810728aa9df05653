"""The error every reader and fetch raise when a whole source cannot be read."""


class SourceError(Exception):
    """A whole source could not be read; the message says why and what to try."""
