"""Defaults shared by the library and the CLI.

Everything here can be overridden by an argument; the environment variables
``KG_STORE``, ``KG_BASE_IRI`` and ``KG_MAX_DOCUMENT_MB`` change the defaults
for a whole shell, and
``KG_DATA_DIR`` points kg at your own copy of its data files (see
:func:`data_dir`).
"""

from __future__ import annotations

import os
from pathlib import Path

#: The ontology namespace. Stable: never changes between releases.
ONTOLOGY_NS = "https://w3id.org/ai-industry-kg/ontology#"

#: Default base IRI for minted entity, document and evidence IRIs.
DEFAULT_BASE_IRI = "https://w3id.org/ai-industry-kg/id/"

#: Default store: the embedded Oxigraph store under output/.
DEFAULT_STORE = "output/store"

EXTRACTOR_NAME = "kg-rules"


def default_store() -> str:
    return os.environ.get("KG_STORE", DEFAULT_STORE)


def default_base_iri() -> str:
    return os.environ.get("KG_BASE_IRI", DEFAULT_BASE_IRI)


#: Default of ``KG_MAX_DOCUMENT_MB``: larger documents are skipped with a reason.
DEFAULT_MAX_DOCUMENT_MB = 50.0


def max_document_mb() -> float:
    """The largest document read, in megabytes: ``KG_MAX_DOCUMENT_MB`` or 50.

    A file (or JSON line, or standard input) larger than this is skipped with a
    one-line reason instead of being parsed. Raises :class:`kg.errors.UsageError`
    when the variable is not a positive number.
    """
    import math

    from kg.errors import UsageError

    value = os.environ.get("KG_MAX_DOCUMENT_MB", "").strip()
    if not value:
        return DEFAULT_MAX_DOCUMENT_MB
    try:
        number = float(value)
    except ValueError:
        number = math.nan
    if not (math.isfinite(number) and number > 0):
        raise UsageError(
            f"KG_MAX_DOCUMENT_MB={value!r} is not a size: give a positive number of megabytes"
        )
    return number


#: The data files a ``KG_DATA_DIR`` folder holds (a copy of kg's own, edited).
DATA_FILES = (
    "ontology.ttl",
    "shapes.ttl",
    "relations.json",
    "types.json",
    "cues.json",
    "calibration.json",
    "gazetteer/",
)


def data_dir() -> Path | None:
    """The folder named by ``KG_DATA_DIR``, or None to use the data shipped with kg.

    The folder holds every file of :data:`DATA_FILES` side by side: the
    ontology (``ontology.ttl``, the relation table), the SHACL shapes, the rule
    tables and the gazetteer. It lets you add or change relations without
    editing the installed package::

        mkdir mydata
        cp ontology/*.ttl kg/extract/data/*.json mydata/
        cp -r kg/extract/data/gazetteer mydata/
        KG_DATA_DIR=mydata kg build news/
    """
    value = os.environ.get("KG_DATA_DIR")
    return Path(value) if value else None


def missing_data_hint() -> str:
    """What to say after "cannot read FILE" when ``KG_DATA_DIR`` chose the folder."""
    chosen = data_dir()
    if chosen is None:
        return ""
    return f" (KG_DATA_DIR={chosen} must hold a copy of each of {', '.join(DATA_FILES)})"


def extract_data_dir() -> Path:
    """The folder holding the rule tables (relations.json, types.json, cues.json) and gazetteer/."""
    return data_dir() or Path(__file__).resolve().parent / "extract" / "data"


def ontology_dir() -> Path:
    """The folder holding ontology.ttl and shapes.ttl.

    ``KG_DATA_DIR`` when set; else, in a source checkout, ``ontology/`` beside
    the package, and in an installed wheel ``kg/_ontology``.
    """
    chosen = data_dir()
    if chosen is not None:
        return chosen
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "ontology", here / "_ontology"):
        if (candidate / "ontology.ttl").is_file():
            return candidate
    return here.parent / "ontology"
