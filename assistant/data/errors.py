"""Errors that front ends report to people; kept light to import."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    file: str
    record: str
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}: record {self.record}: field {self.field!r}: {self.message}"


class DataError(Exception):
    """The curated files do not validate; ``problems`` lists each fault."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        lines = "\n".join(f"  {p}" for p in problems)
        super().__init__(f"{len(problems)} problem(s) in the curated data:\n{lines}")


class NotOurDatabase(DataError):
    """The database path names a file crr did not build (a text file, another program's
    database, a folder): crr will not write over it, nor read it as its own."""

    def __init__(self, path: str, what: str):
        self.problems = [Problem(path, "-", "database path", f"{what}; crr will not write over it")]
        Exception.__init__(self, f"{path} is {what}, not a database crr built, so crr leaves it as it is. "
                                 "Name a new file (CRR_DB, --db) or one crr built.")
