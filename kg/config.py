"""Defaults shared by the library and the CLI.

Everything here can be overridden by an argument; the environment variables
``KG_STORE`` and ``KG_BASE_IRI`` change the defaults for a whole shell.
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


def ontology_dir() -> Path:
    """The folder holding ontology.ttl and shapes.ttl.

    In a source checkout that is ``ontology/`` beside the package; in an
    installed wheel it is packaged as ``kg/_ontology``.
    """
    here = Path(__file__).resolve().parent
    for candidate in (here.parent / "ontology", here / "_ontology"):
        if (candidate / "ontology.ttl").is_file():
            return candidate
    return here.parent / "ontology"
