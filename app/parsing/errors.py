"""Errors raised while reading foreign files, each with a message in English and in Chinese."""

from __future__ import annotations


class UnusableFileError(Exception):
    """The file cannot be read as a table at all (wrong format, undecodable, empty)."""

    def __init__(self, message: str, message_zh: str) -> None:
        super().__init__(message)
        self.message = message
        self.message_zh = message_zh


class ValueProblem(ValueError):
    """One cell's text is not a valid value for its column; the importer reports it per row."""

    def __init__(self, message: str, message_zh: str) -> None:
        super().__init__(message)
        self.message = message
        self.message_zh = message_zh
