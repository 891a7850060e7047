"""Copies of one story: near-duplicate documents (syndicated wire copy, light edits).

Two documents with the same text are already one document (same content hash).
Two documents whose texts are *nearly* the same (a wire story run by several
outlets under other headlines, with a few words changed) are two documents of one
**story**, and count as one independent source of the facts they report.

Method: each document's text is lower-cased and split into words; its set of
:data:`SHINGLE_WORDS`-word shingles is summarised by a MinHash of
:data:`NUM_PERM` permutations (``datasketch``), stored on the document node as
``kgo:textSignature`` so that later ``kg build --append`` runs can compare new
documents with stored ones without their text. Locality-sensitive hashing
(bands of the signature) picks the candidate neighbours of a document; two
documents whose estimated Jaccard similarity of shingles is at least
:data:`THRESHOLD` are copies of one story. Stories are the connected groups of
copies, and a story is named after the smallest content hash among its
documents (``{base}story/{hash}``), so the same documents give the same stories
whatever order they were built in.
"""

from __future__ import annotations

import base64
import re
from collections import deque
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from rdflib.term import Literal, URIRef

from kg.graph.iri import check_base_iri, document_iri
from kg.graph.namespace import KGO

if TYPE_CHECKING:
    from kg.graph.mapping import Triple
    from kg.graph.store import KGStore

#: Words per shingle.
SHINGLE_WORDS = 5
#: Permutations of the MinHash signature (each stored as 32 bits: 512 bytes a document).
NUM_PERM = 128
#: Estimated Jaccard similarity of two documents' shingle sets from which they are
#: copies of one story. Each edited word changes up to five shingles, so a short
#: wire story (about 170 words) with three words edited is near 0.83; two articles
#: about the same event in their own words share almost no 5-word shingle (under
#: 0.1). 0.7 leaves room for the estimate's error (about 0.04 with 128 permutations).
THRESHOLD = 0.7
#: Seed of the MinHash permutations: changing it makes stored signatures incomparable.
SEED = 1

_WORD = re.compile(r"\w+")


@lru_cache(maxsize=1)
def _permutations() -> Any:
    from datasketch import MinHash

    return MinHash(num_perm=NUM_PERM, seed=SEED).permutations


def shingles(text: str) -> set[bytes]:
    """The set of :data:`SHINGLE_WORDS`-word shingles of ``text`` (lower-cased words).

    A text shorter than a shingle gives its words as one shingle; no words, no shingle.
    """
    words = _WORD.findall(text.lower())
    if len(words) <= SHINGLE_WORDS:
        return {" ".join(words).encode()} if words else set()
    return {
        " ".join(words[i : i + SHINGLE_WORDS]).encode()
        for i in range(len(words) - SHINGLE_WORDS + 1)
    }


def _shingle_batches(text: str, size: int = 20_000) -> Iterator[list[bytes]]:
    """The shingles of :func:`shingles`, in lists of at most ``size`` (repeats included),
    so that a long document never holds all of its shingles at once."""
    window: deque[str] = deque(maxlen=SHINGLE_WORDS)
    batch: list[bytes] = []
    count = 0
    for match in _WORD.finditer(text.lower()):
        window.append(match.group(0))
        count += 1
        if count >= SHINGLE_WORDS:
            batch.append(" ".join(window).encode())
            if len(batch) >= size:
                yield batch
                batch = []
    if 0 < count < SHINGLE_WORDS:
        batch.append(" ".join(window).encode())
    if batch:
        yield batch


def signature(text: str) -> str | None:
    """The MinHash signature of ``text`` as base64 text (None for a text without words).

    The same as hashing the set of :func:`shingles`, read in bounded batches (a MinHash
    keeps the least hash per permutation, so repeats and order do not change it).
    """
    import numpy as np
    from datasketch import MinHash

    m = MinHash(num_perm=NUM_PERM, seed=SEED, permutations=_permutations())
    empty = True
    for batch in _shingle_batches(text):
        m.update_batch(batch)
        empty = False
    if empty:
        return None
    # The hash values are below 2**32 (datasketch's hash range): 4 bytes each.
    return base64.b64encode(np.asarray(m.hashvalues, dtype="<u4").tobytes()).decode("ascii")


def _decode(value: str) -> Any:
    """A lean MinHash from a stored signature; None when it is not one of ours."""
    import binascii

    import numpy as np
    from datasketch import LeanMinHash

    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        return None
    if len(raw) != 4 * NUM_PERM:
        return None
    values = np.frombuffer(raw, dtype="<u4").astype(np.uint64)
    return LeanMinHash(seed=SEED, hashvalues=values)


def signature_triples(doc_node: URIRef, text: str) -> list[Triple]:
    """The ``kgo:textSignature`` triple of a document (none for a text without words)."""
    sig = signature(text)
    return [] if sig is None else [(doc_node, KGO.textSignature, Literal(sig))]


def group(signatures: dict[str, str | None]) -> dict[str, str]:
    """Content hash -> the smallest content hash of its story.

    ``signatures`` maps every content hash to its stored signature (None when it
    has none: such a document is a story of its own). Documents are linked when
    their estimated Jaccard similarity is at least :data:`THRESHOLD`; a story is a
    connected group of linked documents. Only LSH candidates are compared.
    """
    from datasketch import MinHashLSH

    root = {h: h for h in signatures}

    def find(h: str) -> str:
        while root[h] != h:
            root[h] = root[root[h]]
            h = root[h]
        return h

    lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
    kept: dict[str, Any] = {}
    for h in sorted(signatures):
        value = signatures[h]
        m = _decode(value) if value else None
        if m is None:
            continue
        for other in lsh.query(m):
            if m.jaccard(kept[other]) >= THRESHOLD:
                a, b = find(h), find(other)
                if a != b:
                    root[max(a, b)] = min(a, b)
        lsh.insert(h, m)
        kept[h] = m
    return {h: find(h) for h in signatures}


def story_iri(content_hash: str, base_iri: str | None = None) -> URIRef:
    """IRI of the story whose smallest document content hash is ``content_hash``."""
    document_iri(content_hash, base_iri)  # checks the hash
    return URIRef(check_base_iri(base_iri) + "story/" + content_hash)


_STORIES_QUERY = """
PREFIX kgo: <https://w3id.org/ai-industry-kg/ontology#>
SELECT ?doc ?hash ?sig ?story WHERE {
  ?doc a kgo:Document ;
       kgo:contentHash ?hash .
  OPTIONAL { ?doc kgo:textSignature ?sig }
  OPTIONAL { ?doc kgo:story ?story }
}
"""


def assign_stories(store: KGStore) -> int:
    """Give every document of ``store`` its ``kgo:story``; return the documents re-pointed.

    Run at the end of a build (and an append): stories are computed from all the
    stored signatures, so a document added later joins (or joins up) the stories of
    the stored ones, and a story is re-pointed when a new copy has a smaller hash.
    Only the ``kgo:story`` triples that change are written.
    """
    from rdflib.term import Variable

    rows = store.query(_STORIES_QUERY).bindings
    nodes: dict[str, Any] = {}
    sigs: dict[str, str | None] = {}
    current: dict[str, set[Any]] = {}
    for row in rows:
        h = str(row[Variable("hash")])
        nodes[h] = row[Variable("doc")]
        sig = row.get(Variable("sig"))
        if sig is not None and sigs.get(h) is None:
            sigs[h] = str(sig)
        else:
            sigs.setdefault(h, None)
        story = row.get(Variable("story"))
        current.setdefault(h, set())
        if story is not None:
            current[h].add(story)
    stories = group(sigs)
    remove: list[Triple] = []
    add: list[Triple] = []
    for h, first in stories.items():
        try:
            want = story_iri(first, store.base_iri)
        except ValueError:
            continue  # a hand-made document without a SHA-256 content hash
        have = current.get(h, set())
        if have == {want}:
            continue
        node = nodes[h]
        remove.extend((node, KGO.story, s) for s in have if s != want)
        if want not in have:
            add.append((node, KGO.story, want))
    if remove:
        store.delete_triples(remove)
    if add:
        store.add_triples(add)
    return len({t[0] for t in remove} | {t[0] for t in add})
