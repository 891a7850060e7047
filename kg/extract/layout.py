"""Lines of an article that are not prose: headlines in Title Case, bylines, captions.

Pasted articles carry more than their sentences: a Title Case headline ("Why
Apple Would Partner With OpenAI" states no partnership), a kicker, a byline
("By Jane Smith"), "Read more" and photo-credit lines. Relations are not
extracted from them; their names still count as mentions, so a later "the
company" can refer to them. A line is judged whole, as the parser may cut a
headline into several "sentences".
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.extract.entities import load_cues

if TYPE_CHECKING:
    from spacy.tokens import Span

#: Characters that end a line of prose (closing quotes and brackets may follow).
_END = (".", "!", ":", ";")
_CLOSERS = "\"'”’)]"
_BREAK = re.compile("\n")
_WORD = re.compile(r"[^\W_][\w'’.&-]*")
#: A line ending in a question mark, or holding a full stop, with this many words is a
#: paragraph, not a headline.
_PARAGRAPH_WORDS = 25
#: A sentence ending inside a line: a full stop before a capitalised word.
_SENTENCE_END = re.compile(r"[a-z0-9][.!?][\"'”’)]?\s+[A-Z]")


def _line(sent: Span) -> tuple[int, str]:
    """Where the line of text the sentence stands on starts, and the line."""
    # spaCy joins a Doc's (and a Span's) text anew on every access: the document's
    # text is joined once, and the sentence is a slice of it. Line starts are found
    # once per document, so a long paragraph is not searched again for each sentence.
    data = sent.doc.user_data
    text = data.get("kg_text")
    if text is None:
        text = data["kg_text"] = sent.doc.text
    breaks = data.get("kg_breaks")
    if breaks is None:
        breaks = data["kg_breaks"] = [m.start() for m in _BREAK.finditer(text)]
    first, last = sent.start_char, sent.end_char
    while first < last and text[first].isspace():
        first += 1
    while last > first and text[last - 1].isspace():
        last -= 1
    at = bisect_left(breaks, first)
    start = breaks[at - 1] + 1 if at else 0
    after = bisect_left(breaks, last)
    end = breaks[after] if after < len(breaks) else len(text)
    return start, text[start:end].strip()


@lru_cache(maxsize=4096)
def is_prose_line(line: str) -> bool:
    """False for a Title Case headline, a question headline, a byline or a caption line."""
    words = _WORD.findall(line)
    if not words:
        return False
    cues = load_cues()
    lower = [w.lower() for w in words]
    if {lower[0], " ".join(lower[:2])} & cues.words("non_prose_openers"):
        return False
    if lower[0] == "by" and len(words) <= 6 and words[-1][:1].isupper():
        # A byline: "By Jane Smith and Omar Haddad".
        return False
    last = line.rstrip(_CLOSERS)
    if last.endswith(_END):
        return True
    if last.endswith("?") and len(words) < _PARAGRAPH_WORDS:
        # "Will Nvidia Buy Arm?": a question is not a statement of fact. A long
        # paragraph that ends in one is prose; a yes/no sentence in it is not read
        # (see :func:`is_prose`).
        return False
    if len(words) >= _PARAGRAPH_WORDS and _SENTENCE_END.search(line):
        # A paragraph whose last sentence lost its full stop: its first sentence ends
        # inside the line, which no headline of this length does.
        return True
    small = cues.words("title_case_small_words")
    if any(w[0].isupper() and low in small for w, low in zip(words[1:], lower[1:], strict=True)):
        # "Why Apple Would Partner With OpenAI": a small word capitalised mid-line.
        return False
    content = [
        w for w, low in zip(words, lower, strict=True) if low not in small and w[0].isalpha()
    ]
    capitalised = sum(1 for w in content if w[0].isupper())
    # A Title Case line: nearly every content word capitalised, names or not. A caption
    # that names a person and a role ("Sam Altman, CEO of OpenAI") keeps its comma.
    return "," in line or capitalised < 4 or capitalised < len(content) * 0.8


def is_prose(sent: Span) -> bool:
    """Whether relations may be read from this sentence (see :func:`is_prose_line`).

    A line without a final full stop and without a verb ("Tulloch's background
    and the lab's mission") is a heading, not a statement.
    """
    start, line = _line(sent)
    verdicts = sent.doc.user_data.setdefault("kg_prose_lines", {})
    prose = verdicts.get(start)
    if prose is None:
        prose = verdicts[start] = is_prose_line(line)
    if not prose:
        # A sentence with its own full stop on a caption line ("AMD CEO Lisa Su.
        # Photographer: ...") still states something; bylines and openers never do.
        own = sent.text.strip().rstrip(_CLOSERS)
        return own.endswith(_END) and _opens_prose(line)
    own = sent.text.strip().rstrip(_CLOSERS)
    if own.endswith("?"):
        # "Will Zeta buy Lumora?" asks; "As Zeta invests in Lumora, what comes next?"
        # states its opening clause.
        first = _WORD.search(own)
        return first is not None and first.group().lower() not in load_cues().words(
            "question_openers"
        )
    if line.rstrip(_CLOSERS).endswith(_END):
        return True
    return any(t.pos_ in {"VERB", "AUX"} for t in sent)


def _opens_prose(line: str) -> bool:
    """Not a byline, "Read more" or credit line (whatever follows)."""
    words = _WORD.findall(line)
    if not words:
        return False
    lower = [w.lower() for w in words]
    if {lower[0], " ".join(lower[:2])} & load_cues().words("non_prose_openers"):
        return False
    return not (lower[0] == "by" and len(words) <= 6)
