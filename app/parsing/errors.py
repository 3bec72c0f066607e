"""Errors raised while reading foreign files: a catalogue code and parameters, shown translated."""

from __future__ import annotations

from app.i18n import UserMessage


class UnusableFileError(UserMessage):
    """The file cannot be read as a table at all (wrong format, undecodable, empty)."""


class ValueProblem(UserMessage, ValueError):
    """One cell's text is not a valid value for its column; the importer reports it per row."""
