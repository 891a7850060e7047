"""Comparison keys for entity names, shared by extraction, the graph and evaluation.

:func:`normalize` is the annotation guideline's key (case, possessive 's,
corporate suffixes, leading "the", punctuation). :func:`merge_key` goes one
step further for names the gazetteer does not know: it also drops a trailing
generic head ("Trainium chips", "Perplexity AI", "Acme platform"), so the
same unknown entity written two ways is one node. The keys only ever shorten
the name a text used, never lengthen a known one: "Scale" the word never
becomes "Scale AI" the company.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SUFFIX = re.compile(
    r"(?:,?\s+(?:inc|corp|corporation|ltd|llc|pbc|plc|co|gmbh|ag|sa|se|nv|limited|incorporated|holdings|holding))+\.?$"
)
_POSS = re.compile(r"(?:'s|’s|'|’)$")
_PUNCT = re.compile(r"[^\w\s&+!]")
_SPACE = re.compile(r"\s+")

#: Trailing words that say what kind of thing a name is rather than which one.
GENERIC_HEADS: frozenset[str] = frozenset(
    {
        "ai",
        "chip",
        "chips",
        "gpu",
        "gpus",
        "model",
        "models",
        "chatbot",
        "assistant",
        "platform",
        "engine",
        "series",
        "family",
    }
)


@lru_cache(maxsize=16384)
def normalize(name: str, strip_suffix: bool = True) -> str:
    """The guideline's comparison key for a name.

    >>> normalize("The Microsoft Corp.'s")
    'microsoft'
    """
    text = unicodedata.normalize("NFKC", name).strip().lower()
    text = _POSS.sub("", text)
    if text.startswith("the "):
        text = text[4:]
    if strip_suffix:
        text = _SUFFIX.sub("", text)
    text = _PUNCT.sub(" ", text.replace("-", " "))
    return _SPACE.sub(" ", text).strip()


def merge_key(name: str) -> str:
    """:func:`normalize` without trailing generic heads; a one-word name keeps its word.

    >>> merge_key("Perplexity AI"), merge_key("Character.AI"), merge_key("Trainium chips")
    ('perplexity', 'character', 'trainium')
    >>> merge_key("Platform")
    'platform'
    """
    words = normalize(name).split()
    while len(words) > 1 and words[-1] in GENERIC_HEADS:
        words.pop()
    return " ".join(words)
