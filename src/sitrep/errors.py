"""The one catalogue of sitrep's error codes and messages.

Every problem sitrep reports about an input or the knowledge base has a code
here, so messages stay consistent and users can look them up (docs/errors.md).
"""

from __future__ import annotations

from dataclasses import dataclass

from sitrep.records import Problem


@dataclass(frozen=True)
class ErrorSpec:
    code: str
    template: str


CATALOGUE: dict[str, ErrorSpec] = {
    spec.code: spec
    for spec in (
        ErrorSpec("E101", "no such file or folder"),
        ErrorSpec("E102", "empty input"),
        ErrorSpec("E103", "binary content, not text ({detail})"),
        ErrorSpec("E104", "too large: {size} MB, over the {limit} MB limit"
                          " (raise SITREP_MAX_INPUT_MB or split it)"),
        ErrorSpec("E105", "cannot decode text ({detail})"),
        ErrorSpec("E106", "unsupported file type {detail!r} (use .txt, .html, .htm, .json or .jsonl)"),
        ErrorSpec("E107", "cannot read: {detail}"),
        ErrorSpec("E199", "unexpected error while cleaning ({detail}); please report it with this input"),
        ErrorSpec("E201", "malformed JSON: {detail}"),
        ErrorSpec("E202", "a document record needs a JSON object, got {detail}"),
        ErrorSpec("E203", "record has neither 'text' nor 'html'"),
        ErrorSpec("E204", "field {detail} has the wrong type"),
        ErrorSpec("E301", "unreachable URL: {detail}"),
        ErrorSpec("E302", "HTTP error {detail}"),
        ErrorSpec("E303", "feed item without a usable link or content"),
        ErrorSpec("E304", "broken feed: {detail}"),
        ErrorSpec("E401", "no article text left after cleaning"),
        ErrorSpec("E501", "knowledge base error: {detail}"),
        ErrorSpec("E503", "no knowledge base at {detail} (create one with 'sitrep ingest')"),
        ErrorSpec("E504", "{detail} is an SQLite database of another program, not a sitrep knowledge base"),
        ErrorSpec("E502", "knowledge base {detail} was written by a newer sitrep (schema {version});"
                          " upgrade sitrep"),
    )
}


class SitrepError(Exception):
    """An error with a catalogued code; ``problem()`` turns it into a report line."""

    def __init__(self, code: str, source: str = "", line: int | None = None, **detail: object) -> None:
        self.code = code
        self.source = source
        self.line = line
        spec = CATALOGUE[code]
        try:
            self.message = spec.template.format(**detail)
        except (KeyError, IndexError, ValueError):
            self.message = spec.template
        super().__init__(f"{source}: {self.message} [{code}]" if source else f"{self.message} [{code}]")

    def problem(self) -> Problem:
        return Problem(code=self.code, source=self.source, message=self.message, line=self.line)


def problem(code: str, source: str, line: int | None = None, **detail: object) -> Problem:
    """Build a ``Problem`` from the catalogue."""
    return SitrepError(code, source, line, **detail).problem()
