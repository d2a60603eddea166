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
        ErrorSpec("E305", "no complete answer within the {limit} s deadline (raise SITREP_FETCH_TIMEOUT)"),
        ErrorSpec("E306", "refused: {detail!r} URLs are not fetched (only http and https, redirects included)"),
        ErrorSpec("E307", "refused: {address} is {why} (set SITREP_FETCH_PRIVATE=1 to fetch from your own"
                          " network)"),
        ErrorSpec("E308", "page or feed too large: {detail} (raise SITREP_MAX_FETCH_MB)"),
        ErrorSpec("E309", "cannot decompress the page or feed: {detail}"),
        ErrorSpec("E401", "no article text left after cleaning"),
        ErrorSpec("E402", "took more than {seconds} CPU seconds to process (raise SITREP_DOC_TIMEOUT, or split it)"),
        ErrorSpec("E501", "knowledge base error: {detail}"),
        ErrorSpec("E503", "no knowledge base at {detail} (create one with 'sitrep ingest')"),
        ErrorSpec("E504", "{detail} is a database of another program (SQLite, or PostgreSQL tables), not a sitrep"
                          " knowledge base"),
        ErrorSpec("E502", "knowledge base {detail} was written by a newer sitrep (schema {version});"
                          " upgrade sitrep"),
        ErrorSpec("E505", "knowledge base {detail} is locked by another writer (waited {seconds} s);"
                          " try again when it has finished"),
        ErrorSpec("E506", "knowledge base {detail} is read-only here: it can be read, not written"),
        ErrorSpec("E507", "knowledge base {detail} needs its schema upgraded, which a read-only base cannot do;"
                          " open it once where it is writable"),
        ErrorSpec("E198", "could not store this document ({detail}); the rest of the batch goes on"),
        ErrorSpec("E601", "{detail} is the knowledge base (or one of its files); write the output elsewhere"),
        ErrorSpec("E602", "{detail} is a folder; give a file name"),
        ErrorSpec("E603", "{detail} exists and is not a folder; parquet writes a folder of tables"),
        ErrorSpec("E604", "cannot write {detail}"),
        ErrorSpec("E701", "invalid correction: {detail}"),
        ErrorSpec("E702", "{detail!r} is a name cut short for display; give the full id (candidates: {candidates})"),
        ErrorSpec("E703", "{detail!r} begins several ids; give the full id (candidates: {candidates})"),
        ErrorSpec("E704", "no {kind} with id {detail!r}{hint}"),
        ErrorSpec("E705", "cannot undo correction {detail}: {why}"),
        ErrorSpec("E801", "cannot run on the Dask cluster: {detail}"),
        ErrorSpec("E802", "refusing to serve on {detail} without a read-only and a read-write token"
                          " (set SITREP_SERVE_RO_TOKEN and SITREP_SERVE_RW_TOKEN, two different secrets)"),
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
