"""The one exception hierarchy of kg.

The CLI catches :class:`KGError` in one place and prints its message as a single
line. Messages name the bad value and say how to fix it.
"""


class KGError(Exception):
    """Base class of every error kg raises on purpose.

    ``code`` is a stable, machine-readable name of the failure (for scripts and
    tests); the message is for people.
    """

    exit_code = 1
    code = "error"

    def __init__(self, *args: object, code: str | None = None) -> None:
        super().__init__(*args)
        if code is not None:
            self.code = code


class UsageError(KGError):
    """The caller asked for something that cannot be done as asked (exit code 2)."""

    exit_code = 2


class InputError(KGError):
    """An input file or document could not be read or parsed."""


class DataError(KGError):
    """A data file (ontology, shapes, rule tables, gazetteer) is missing or inconsistent."""


class ModelError(KGError):
    """The spaCy pipeline could not be loaded."""


class RuleFileError(DataError):
    """A rule or cue file shipped with the extractor is malformed.

    The message names the file, the rule and the field; ``code`` says which
    check failed (``rule-unknown-field``, ``rule-bad-value``, ...).
    """

    code = "rule-file"


class ExtractionError(KGError):
    """Extraction could not go on (for example, a worker process died)."""


class StoreError(KGError):
    """The graph store could not be opened, read or written."""


class StoreLockedError(StoreError):
    """Another process holds the lock on an embedded store."""


class QueryError(KGError):
    """A SPARQL query was refused, malformed or failed."""


class QueryRefusedError(QueryError):
    """A query or update the endpoint's settings forbid (update, SERVICE, LOAD, FROM)."""

    code = "query-refused"


class UnauthorizedError(QueryRefusedError):
    """An update sent to the endpoint without the bearer token it was started with."""

    code = "unauthorized"


class QueryLimitError(QueryError):
    """A query past a limit: too many result rows, or more time than allowed."""

    code = "query-limit"


class QueryTimeoutError(QueryLimitError):
    """A query still running when its time limit ran out."""

    code = "query-timeout"


class NotFoundError(QueryError):
    """A named query or an entity a request names is not there."""

    code = "not-found"


class ParameterError(QueryError):
    """A named query's parameter is missing, unknown or given twice (exit code 2)."""

    exit_code = 2
    code = "query-parameter"


class ValidationError(KGError):
    """A graph does not conform to the SHACL shapes."""


class ExportError(KGError):
    """An export or view could not be written."""


def describe_os_error(e: OSError) -> str:
    """One line naming the path and the cause of an operating-system failure.

    >>> describe_os_error(OSError(28, "No space left on device", "out/graph.ttl"))
    'out/graph.ttl: No space left on device'
    """
    if e.strerror and e.filename is not None:
        return f"{e.filename}: {e.strerror}"
    return str(e.strerror or e)


class CorrectionError(UsageError):
    """An identity correction (``kg entity``) that cannot be made as asked (exit code 2).

    ``code`` says which check failed: ``unknown-entity``, ``same-entity``,
    ``merge-cycle``, ``class-conflict``, ``ambiguous-entity``, ``known-name``,
    ``no-correction``.
    """

    code = "correction"
