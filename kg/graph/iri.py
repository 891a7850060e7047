"""Minting IRIs for entities, documents and evidence nodes.

Rules (see ``ontology/README.md``):

- entity: ``{base}entity/{id}`` from the entity's id, never from the words a
  text used. A gazetteer entry's id is written in the gazetteer (the slug of
  its name when it was added: ``Amazon_Web_Services``) and never changes. An
  unknown name's id is ``_`` and its merge key (:func:`kg.names.merge_key`), so
  "Acme AI" and "Acme" in two documents are ``{base}entity/_acme``. A fact
  without ids (made by hand) gets ``{base}entity/{slug of its name}``.
- slug: the NFC-normalized text with spaces written as ``_`` and every
  character that is not an unreserved ASCII character or a Unicode letter,
  mark or digit percent-encoded (UTF-8). ``_`` itself is encoded (``%5F``) so
  that two different names never share an IRI, and no slug of a name starts
  with ``_`` (the mark of a merge key).
- document: ``{base}doc/{sha256 of the text}``.
- evidence: ``{base}evidence/{hash of document hash, subject, relation,
  object, offsets}``: rebuilding the same document gives the same IRIs.

Minting is a pure function of its inputs: the same name gives the same IRI in
every run and on every machine.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

from rdflib.term import URIRef

from kg.config import default_base_iri
from kg.errors import UsageError

_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-.~")
# A base IRI must be absolute and free of characters that need escaping in Turtle or SPARQL.
_BASE_RE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]*[/#:]$")


def _is_ucschar(cp: int) -> bool:
    """Code points RFC 3987 allows unescaped in an IRI path (``ucschar``)."""
    return (
        0xA0 <= cp <= 0xD7FF
        or 0xF900 <= cp <= 0xFDCF
        or 0xFDF0 <= cp <= 0xFFEF
        or (0x10000 <= cp <= 0xEFFFD and (cp & 0xFFFF) < 0xFFFE and not 0xE0000 <= cp <= 0xE0FFF)
    )


def _keep(ch: str) -> bool:
    """True when ``ch`` can stay unescaped: unreserved ASCII, or a non-ASCII letter/mark/digit."""
    if ch in _UNRESERVED:
        return True
    cp = ord(ch)
    if cp < 0x80 or not _is_ucschar(cp):
        return False
    # Letters, combining marks and digits of any script stay readable; spaces,
    # punctuation, symbols (emoji), format characters (bidi marks) are escaped.
    return unicodedata.category(ch)[0] in "LMN"


def _pct(ch: str) -> str:
    data = ch.encode("utf-8", "surrogatepass")
    return "".join(f"%{b:02X}" for b in data)


@lru_cache(maxsize=65536)
def slug(name: str) -> str:
    """The IRI path segment for an entity name.

    >>> slug("Amazon Web Services")
    'Amazon_Web_Services'
    >>> slug('A "quoted" <name>')
    'A_%22quoted%22_%3Cname%3E'
    """
    if not name:
        raise ValueError("an entity name must not be empty")
    text = unicodedata.normalize("NFC", name)
    out = []
    for ch in text:
        if ch == " ":
            out.append("_")
        elif _keep(ch):
            out.append(ch)
        else:
            out.append(_pct(ch))
    segment = "".join(out)
    if segment.strip(".") == "":
        # "." and ".." are dot-segments that IRI resolution would remove.
        segment = segment.replace(".", "%2E")
    return segment


def check_base_iri(base_iri: str | None) -> str:
    """Return a usable base IRI (the default when None), or raise UsageError."""
    base = default_base_iri() if base_iri is None else base_iri
    if not _BASE_RE.match(base):
        raise UsageError(
            f"invalid base IRI {base!r}: give an absolute IRI ending in '/' or '#' "
            'without spaces or <>"{}|\\^` characters, e.g. https://example.org/kg/'
        )
    return base


def entity_iri(name: str, base_iri: str | None = None) -> URIRef:
    """IRI of the entity called ``name``: same name, same IRI."""
    return URIRef(check_base_iri(base_iri) + "entity/" + slug(name))


#: A gazetteer id: an IRI path segment that needs no escaping and does not start with "_".
ENTITY_ID_RE = re.compile(r"^(?!_)(?:[A-Za-z0-9\-.~_]|%[0-9A-F]{2}|[^\x00-\x7f/?#%\s])+$")


def entity_id_iri(ident: str, name: str, base_iri: str | None = None) -> URIRef:
    """IRI of the entity with id ``ident`` (see the module docstring); ``name`` when no id.

    >>> str(entity_id_iri("Amazon_Web_Services", "AWS", "https://example.org/"))
    'https://example.org/entity/Amazon_Web_Services'
    >>> str(entity_id_iri("_perplexity", "Perplexity AI", "https://example.org/"))
    'https://example.org/entity/_perplexity'
    """
    if not ident:
        return entity_iri(name, base_iri)
    base = check_base_iri(base_iri)
    if ident.startswith("_") and len(ident) > 1:
        return URIRef(base + "entity/_" + slug(ident[1:]))
    if not ENTITY_ID_RE.match(ident):
        raise ValueError(
            f"invalid entity id {ident!r}: use letters, digits, '-', '.', '~', '_' "
            "or %XX escapes, not starting with '_'"
        )
    return URIRef(base + "entity/" + ident)


def document_iri(content_hash: str, base_iri: str | None = None) -> URIRef:
    """IRI of the document whose text has SHA-256 ``content_hash``."""
    if not re.fullmatch(r"[0-9a-f]{64}", content_hash):
        raise ValueError(f"invalid content hash {content_hash!r}: expected 64 lowercase hex digits")
    return URIRef(check_base_iri(base_iri) + "doc/" + content_hash)


def evidence_iri(
    content_hash: str,
    subject: str,
    relation: str,
    obj: str,
    start: int,
    end: int,
    base_iri: str | None = None,
) -> URIRef:
    """Deterministic IRI of one evidence node (one fact found at one place in one document)."""
    key = "\x1f".join((content_hash, subject, relation, obj, str(start), str(end)))
    digest = hashlib.sha256(key.encode("utf-8", "surrogatepass")).hexdigest()[:32]
    return URIRef(check_base_iri(base_iri) + "evidence/" + digest)


def event_iri(kind: str, target: str, key: str, base_iri: str | None = None) -> URIRef:
    """Deterministic IRI of one deal event: its kind, its target's IRI and what tells it apart.

    ``key`` is the round label, else the amount, else the document's content hash,
    so one round told by several documents is one node.
    """
    digest = hashlib.sha256(
        "\x1f".join((kind, target, key)).encode("utf-8", "surrogatepass")
    ).hexdigest()[:32]
    return URIRef(check_base_iri(base_iri) + "event/" + digest)
