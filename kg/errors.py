"""Errors kg reports to users as one clear line (no traceback)."""


class KgError(Exception):
    """A problem the user can fix; the message names the file and the problem."""

    exit_code = 2


class ModelNotFound(KgError):
    """The configured spaCy pipeline is not installed."""


class InputError(KgError):
    """The corpus paths given cannot be read at all."""
