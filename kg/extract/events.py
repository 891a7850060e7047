"""Deal events: funding rounds, acquisitions and strategic investments.

Runs after the relation rules, on the same parse. It reads the trigger words of
``data/events.json`` and, for each document:

1. finds the sentences that speak of a round ("raised $120 million in a Series
   B led by A with participation from B and C at a $900 million valuation"),
   of the deal behind an ``acquires`` fact, or refer back to one ("the round",
   "the deal", "talks"), and gathers them into one :class:`DealEvent` per
   (kind, target): a round told over three sentences is one event;
2. reads from them the lead investors, other participants, the amount (as
   written, and as a number in its currency), the valuation, the stake, the
   round label and the status (rumored, announced, completed, terminated,
   denied: the last sentence with a cue decides);
3. attaches a :class:`~kg.records.Deal` to every ``invests_in`` and ``acquires``
   fact of the event, and adds the ``invests_in`` facts of named investors the
   relation rules did not find.

An amount stated for a round is the round's (``Deal.amount``): it is not given
to each participant. Events of several documents are joined in the graph
(:mod:`kg.graph.mapping`): same kind, same target and same round label, or the
same amount when neither names a round.

Example::

    from kg.extract.pipeline import Extractor
    from kg.records import Document

    text = "Cohere raised $120 million in a Series B round led by Sequoia Capital."
    facts = Extractor().extract(Document(text))
    facts[0].deal.round, facts[0].deal.role, facts[0].deal.amount_value
    # ('Series B', 'leadInvestor', '120000000')
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from importlib import resources
from typing import Any

from kg.errors import RuleFileError
from kg.extract.entities import is_outlet
from kg.records import Deal, Document, Fact

#: Confidence of an ``invests_in`` fact read from a round's "led by" / "participation from".
EVENT_FACT_CONFIDENCE = 0.6
#: Money, stake or cue this far (in characters) before "valuation" belongs to it.
_NEAR = 30


@dataclass(frozen=True)
class Named:
    """An entity named in a sentence: its character span and resolved name."""

    start: int
    end: int
    name: str
    cls: str
    ident: str = ""
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Sentence:
    """One sentence of a document: offsets into the document text and its entities."""

    start: int
    end: int
    text: str
    names: tuple[Named, ...] = ()


@dataclass
class DealEvent:
    """One deal of one document, as its sentences describe it."""

    kind: str
    target: Named
    leads: dict[str, tuple[Named, Sentence]] = field(default_factory=dict)
    participants: dict[str, tuple[Named, Sentence]] = field(default_factory=dict)
    round: str | None = None
    amount: str | None = None
    #: The sentence the amount was read from.
    amount_sentence: Sentence | None = None
    valuation: str | None = None
    stake: str | None = None
    status: str | None = None
    sentences: list[Sentence] = field(default_factory=list)


class EventRules:
    """The trigger words of ``events.json``, compiled once."""

    def __init__(self, raw: dict[str, Any]) -> None:
        try:
            self.raise_ = _phrases(raw["raise"])
            verbs = "|".join(re.escape(w) for w in raw.get("round_verbs", ()))
            # "announced a $400 million Series D": a round word within five words, none of
            # them one that makes the round someone else's ("an investment in X's round").
            self.round_verb = re.compile(
                rf"(?<![\w-])(?:{verbs})\s+(?:(?!(?:in|into|for|of|investment|investments"
                rf"|stake|deal)\b)[\w$€£¥.,%-]+\s+){{0,5}}?"
                rf"(?:series\s+[{raw['series_letters']}]\b|(?:seed\s+|funding\s+|financing\s+)?"
                rf"(?:round|funding|financing)\b)",
                re.IGNORECASE,
            )
            self.round_words = _phrases(raw["round_words"])
            self.lead = _phrases(raw["lead"])
            self.lead_after = _phrases(raw["lead_after"])
            self.participants = _phrases(raw["participants"])
            self.followers = _phrases(raw.get("round_followers", ()))
            self.compared = _phrases(raw.get("compared_rounds", ()))
            backers = "|".join(re.escape(w) for w in raw.get("backer_nouns", ()))
            qualifiers = "|".join(re.escape(w) for w in raw.get("backer_qualifiers", ()))
            # "Recursion's other backers include A and B": the owner right before "'s".
            self.backer_list = re.compile(
                rf"['’]s?\s+(?:(?:{qualifiers})\s+)*(?:{backers})\s+"
                rf"(?:include|included|including|are|were|such as)\b",
                re.IGNORECASE,
            )
            self.valuation = _phrases(raw["valuation"])
            self.anaphora = _definite(raw["anaphora"])
            # A sentence opening with a reference to a company, up to its raising verb:
            # "The startup just", "The San Francisco-based company has", "It".
            nouns = "|".join(re.escape(w) for w in raw["company_references"])
            adverbs = "|".join(re.escape(w) for w in raw["reference_adverbs"])
            self.reference = re.compile(
                rf"\s*(?:(?:the|this|that)\s+(?:[\w$.,-]+\s+){{0,3}}?(?:{nouns})|it)"
                rf"(?:\s+(?:{adverbs}))*\s*",
                re.IGNORECASE,
            )
            self.labels = [(label, _phrases(words)) for label, words in raw["round_labels"].items()]
            self.series = re.compile(
                rf"\bseries\s+([{raw['series_letters']}])(?:[-\s]?\d)?\b", re.IGNORECASE
            )
            self.status = [(s, _phrases(raw["status"][s])) for s in raw["status_order"]]
            currencies: dict[str, str] = raw["currencies"]
            self.currencies = currencies
            self.currency_words: dict[str, str] = raw["currency_words"]
            self.scales = {k.lower(): Decimal(v) for k, v in raw["scales"].items()}
        except (KeyError, TypeError, AttributeError) as e:
            raise RuleFileError(
                f"events.json: missing or bad entry {e}", code="rule-bad-value"
            ) from e
        symbols = "|".join(re.escape(c) for c in sorted(currencies, key=len, reverse=True))
        scales = "|".join(sorted(self.scales, key=len, reverse=True))
        words = "|".join(self.currency_words)
        num = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
        self.money_re = re.compile(
            rf"(?:(?P<cur>{symbols})\s?(?P<num>{num})(?:\s?(?P<scale>{scales})\b)?"
            rf"|(?P<num2>{num})\s(?P<scale2>{scales})\s(?P<word>{words})\b)",
            re.IGNORECASE,
        )
        self.stake = re.compile(
            r"(\d+(?:\.\d+)?)\s?(?:%|percent\b|per cent\b)(?=[^.]{0,20}\bstake\b)"
            r"|\bstake of (?:about |around |roughly )?(\d+(?:\.\d+)?)\s?(?:%|percent\b|per cent\b)",
            re.IGNORECASE,
        )

    def round_label(self, text: str) -> str | None:
        m = self.series.search(text)
        if m:
            return f"Series {m[1].upper()}"
        for label, pattern in self.labels:
            if pattern.search(text):
                return label
        return None

    def money(self, text: str) -> list[re.Match[str]]:
        return [m for m in self.money_re.finditer(text) if m["num"] or m["num2"]]

    def value(self, m: re.Match[str]) -> tuple[str | None, str | None]:
        """(amount as a decimal string, ISO currency) of a money match."""
        num = (m["num"] or m["num2"] or "").replace(",", "")
        scale = (m["scale"] or m["scale2"] or "").lower()
        if m["cur"]:
            cur = self.currencies.get(m["cur"]) or self.currencies.get(m["cur"].upper())
        else:
            cur = self.currency_words.get((m["word"] or "").lower())
        try:
            value = Decimal(num) * self.scales.get(scale, Decimal(1))
        except InvalidOperation:
            return None, cur
        return _decimal_text(value), cur

    def status_of(self, text: str) -> str | None:
        for status, pattern in self.status:
            if pattern.search(text):
                return status
        return None


def _phrases(words: Iterable[str]) -> re.Pattern[str]:
    alts = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])", re.IGNORECASE)


def _definite(words: Iterable[str]) -> re.Pattern[str]:
    """Like :func:`_phrases`, but "the deal" also matches "the all-cash deal" (up to two
    lower-case words between "the" and its noun; a name there is another deal)."""
    alts = []
    for w in sorted(words, key=len, reverse=True):
        first, _, rest = w.partition(" ")
        if first.lower() == "the" and rest:
            alts.append(rf"[Tt]he(?:\s+[a-z][\w-]*){{0,2}}\s+(?i:{re.escape(rest)})")
        else:
            alts.append(rf"(?i:{re.escape(w)})")
    return re.compile(rf"(?<![\w-])(?:{'|'.join(alts)})(?![\w-])")


def _decimal_text(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


@lru_cache(maxsize=1)
def load_event_rules() -> EventRules:
    """The rules of ``kg/extract/data/events.json`` (read once per process)."""
    try:
        raw = json.loads(
            resources.files("kg.extract").joinpath("data/events.json").read_text("utf-8")
        )
    except (OSError, ValueError) as e:
        raise RuleFileError(f"events.json: cannot read it: {e}") from e
    return EventRules(raw)


def amount_value(text: str | None) -> tuple[str | None, str | None]:
    """(number, ISO currency) of a money expression.

    ``"$2.1 billion"`` -> ``("2100000000", "USD")``.
    """
    if not text:
        return None, None
    rules = load_event_rules()
    found = rules.money(text)
    return rules.value(found[0]) if found else (None, None)


def document_sentences(
    chunks: Sequence[tuple[Any, int]], per_chunk: Sequence[Sequence[Any]], registry: Any
) -> list[Sentence]:
    """The prose sentences of parsed chunks with their resolved entities, in text order."""
    from kg.extract.layout import is_prose

    out: list[Sentence] = []
    for (sdoc, offset), mentions in zip(chunks, per_chunk, strict=True):
        named = []
        for m in mentions:
            ent = registry.entities.get(m.canonical)
            if ent is not None:
                named.append(
                    Named(
                        m.char_start,
                        m.char_end,
                        ent.name,
                        ent.classes[0],
                        ent.id,
                        tuple(sorted(a for a in ent.aliases | {ent.name} if a != ent.name)),
                    )
                )
        for sent in sdoc.sents:
            if not is_prose(sent):
                continue
            start, end = offset + sent.start_char, offset + sent.end_char
            out.append(
                Sentence(
                    start,
                    end,
                    sent.text,
                    tuple(n for n in named if start <= n.start and n.end <= end),
                )
            )
    return out


# -- reading one sentence ---------------------------------------------------------


def _orgs(sent: Sentence) -> list[Named]:
    return [
        n for n in sent.names if n.cls in {"Organization", "Person"} and not _datelined(sent, n)
    ]


#: A wire service in a dateline: "June 8 (Reuters) - ".
_DATELINE_CLOSE = re.compile(r"\)\s*(?:-|–|—|--)")


def _datelined(sent: Sentence, n: Named) -> bool:
    before = sent.text[: n.start - sent.start].rstrip()
    return before.endswith("(") and bool(_DATELINE_CLOSE.match(sent.text[n.end - sent.start :]))


#: What may stand between a cue and a name it lists, or between two listed names.
_LIST_STOP = (
    r"(?!(?:with|from|by|joined|including|participation|also|alongside|along|plus|while"
    r"|which|who|whose|in|at|for|on|to|of|and|or|as|led|said|says|round|comprised|comprises"
    r"|include|included|includes)\b)"
)
_LIST_GAP = re.compile(
    r"[\s,]*(?:and\s+|as well as\s+|&\s+)?(?:the\s+)?"
    # ("from A, B and angel investors including C and D": the list goes on.)
    r"(?:(?:(?:other|angel|individual|strategic|major|notable|existing|new|early|key"
    r"|prominent)\s+){0,3}(?:investors|backers),?\s+"
    r"(?:including|such as|like)\s+)?"
    # ("Abu Dhabi sovereign investor Mubadala", "UK-based investment firm Baillie Gifford":
    # a place before the words saying what the name is.)
    rf"(?:(?:[A-Z][\w.-]*\s+){{1,2}}(?={_LIST_STOP}[a-z]))?"
    rf"(?:{_LIST_STOP}[a-z][\w-]*\s+){{0,3}}",
)


#: What may follow a name that is one item of a list.
_LIST_END = re.compile(
    r"\s*(?:$|[,.;:)'’\"”—–]|and\b|or\b|&|as well\b|with\b|in\b|at\b|on\b|to\b|for\b)"
)


#: Title words between a company and the person it employs ("Salesforce chief executive").
_TITLE_WORDS = (
    r"(?:chief|executive|officer|ceo|cto|cfo|founder|co-founder|cofounder|president|chairman"
    r"|chairwoman|chair|partner|managing|general|director|head|vice|senior)"
)
_TITLE_GAP = re.compile(rf"\s+(?:{_TITLE_WORDS}\s+)+", re.IGNORECASE)


def _after(
    sent: Sentence, pattern: re.Pattern[str], until: int | None = None, every: bool = False
) -> list[Named]:
    """Entities named after a match of ``pattern``, joined by commas or 'and' (the
    first match that lists any: "existing investors joined, including A and B"; with
    ``every``, all matches: "led by investors including A and B, with participation
    from C")."""
    found: list[Named] = []
    for m in pattern.finditer(sent.text):
        out = _listed_after(sent, m, until)
        if out and not every:
            return out
        found += [n for n in out if all(n.start != f.start for f in found)]
    return found


def _listed_after(sent: Sentence, m: re.Match[str], until: int | None) -> list[Named]:
    out: list[Named] = []
    pos = sent.start + m.end()
    clause_at = 0
    for n in _orgs(sent):
        if n.start < pos or (until is not None and n.start >= until):
            continue
        gap = sent.text[pos - sent.start : n.start - sent.start]
        if out and (
            (n.cls == "Person" and _TITLE_GAP.fullmatch(gap))
            or re.fullmatch(rf"\s+(?:{_LIST_STOP}[a-z][\w-]*\s+){{1,3}}", gap)
        ):
            # "backers such as Salesforce chief executive Marc Benioff", "Gulf investor
            # Mubadala": the last name is the item, the one before only says what it is.
            out[-1] = n
            pos = n.end
            continue
        if out and re.fullmatch(r"['’]s?\s+", gap):
            # "from Alphabet's Google, Nvidia and others": the owner names no participant.
            out[-1] = n
            pos = n.end
            continue
        # Only names listed right after the cue: "led by A and B", "from A, B and C",
        # "led by venture firm A" (a few words saying what A is).
        if not _LIST_GAP.fullmatch(gap):
            break
        rest = sent.text[n.end - sent.start :]
        if _staff_after(rest):
            # ("led by former Zentrix engineers": the name says where the people worked.)
            break
        if out and not _LIST_END.match(rest):
            # "led by A, and B runs on C": B begins a clause of its own, and so do the
            # names listed with it ("led by A, and B and C also took part").
            return out[:clause_at] if clause_at else out
        if out and re.match(r"\s*,\s*and\s", gap):
            clause_at = len(out)
        out.append(n)
        pos = n.end
    return out


def _staff_after(rest: str) -> bool:
    """Whether the words after a name are a noun for staff the name modifies."""
    from kg.extract.entities import load_cues

    word = re.match(r"\s+([a-z][\w-]*)", rest)
    return word is not None and word.group(1) in load_cues().words("staff_nouns")


def _valuation(rules: EventRules, sent: Sentence) -> tuple[str | None, set[int]]:
    """The valuation's wording and the offsets of money that is a valuation."""
    found: str | None = None
    taken: set[int] = set()
    for money in rules.money(sent.text):
        before = sent.text[max(0, money.start() - _NEAR) : money.start()]
        after = sent.text[money.end() : money.end() + _NEAR]
        # "valued at $X", "a valuation of $X", "at a $X valuation", "$X post-money".
        cue = rules.valuation.search(before)
        if (
            cue
            and re.fullmatch(
                r"\s*(?:of|at)?\s*(?:about|around|roughly|nearly|some|more than)?\s*",
                before[cue.end() :],
            )
        ) or re.match(r"\s*(?:post-money\s+|pre-money\s+)?valuation", after, re.I):
            taken.add(money.start())
            found = found or money.group(0)
    return found, taken


def _round_amount(rules: EventRules, sent: Sentence, taken: set[int]) -> str | None:
    """The round's money: the one right before a round word ("a $250 million Series B"),
    else the first that is no valuation."""
    first: str | None = None
    for money in rules.money(sent.text):
        if money.start() in taken:
            continue
        after = sent.text[money.end() : money.end() + 25]
        if re.match(r"\s+(?:\w+\s+)?(?:series|seed|pre-seed|round|funding)\b", after, re.I):
            return money.group(0)
        first = first or money.group(0)
    return first


_ROUND_AFTER = re.compile(r"\s+(?:\w+\s+)?(?:series|seed|round|funding round)\b", re.I)


def _stake(rules: EventRules, text: str) -> str | None:
    m = rules.stake.search(text)
    return (m[1] or m[2]) if m else None


def _is_round(rules: EventRules, text: str) -> bool:
    return (
        bool(rules.round_verb.search(text))
        or bool(
            rules.raise_.search(text)
            and (rules.money(text) or rules.round_words.search(text) or rules.round_label(text))
        )
        or bool(rules.round_label(text) and rules.round_words.search(text))
        # ("X's funders include A and B, in a round led by C".)
        or bool(rules.round_words.search(text) and rules.lead.search(text))
        # "in a $10 billion funding round led by A".
        or any(_ROUND_AFTER.match(text, m.end()) for m in rules.money(text))
    )


# -- the events of one document ------------------------------------------------------


def find_events(facts: Sequence[Fact], sentences: Sequence[Sentence]) -> list[DealEvent]:
    """The deal events told by ``sentences``, with the facts already found to guide them."""
    rules = load_event_rules()
    events: dict[tuple[str, str], DealEvent] = {}
    last: DealEvent | None = None
    acquired = {f.object: (f.start, f.end) for f in facts if f.relation == "acquires"}
    invested = {
        (f.start, f.object): Named(
            f.start, f.start, f.object, f.object_class, f.object_id, tuple(f.object_aliases)
        )
        for f in facts
        if f.relation == "invests_in"
    }
    recent: Named | None = None
    previous: Sentence | None = None
    for sent in sentences:
        text = sent.text
        event: DealEvent | None = None
        names = {n.name: n for n in sent.names}
        targets = [t for t in acquired if t in names]
        if targets:
            # An acquisition the relation rules found: the deal is about its object.
            bought = names[targets[0]]
            event = events.setdefault(
                ("Acquisition", bought.name), DealEvent("Acquisition", bought)
            )
        elif _is_round(rules, text) and not rules.compared.search(text):
            target = _round_target(rules, sent, invested, recent)
            if target is not None:
                event = events.setdefault(
                    ("FundingRound", target.name), DealEvent("FundingRound", target)
                )
        # "The round was led by ...", "The deal closed in March": the deal told last.
        if (
            event is None
            and last is not None
            and (rules.anaphora.search(text) or last.target.name in names)
        ):
            event = last
        if (
            event is None
            and last is not None
            and last.sentences[-1] is previous
            and last.kind == "FundingRound"
            and rules.followers.search(text)
        ):
            # "X raised $50 million from A. They joined existing investors B and C": the
            # next sentence goes on with the round's investors.
            event = last
        previous = sent
        # (An outlet the text cites raises no round: "Bloomberg reported".)
        recent = next(
            (n for n in _orgs(sent) if n.cls == "Organization" and not is_outlet(n.name)),
            recent,
        )
        if event is None:
            continue
        _read(rules, event, sent)
        last = event
    return list(events.values())


#: "for her start-up, ", "for his new company ": the company money is raised for.
_FOR_COMPANY = re.compile(
    r"\bfor\s+(?:her|his|their)\s+(?:new\s+|own\s+|AI\s+)?"
    r"(?:start-?up|company|venture|firm|lab)\s*,?\s*",
    re.I,
)


def _round_target(
    rules: EventRules,
    sent: Sentence,
    invested: dict[tuple[int, str], Named],
    recent: Named | None = None,
) -> Named | None:
    """The company that raises: who 'raised', else the company a round is 'in', else the
    object of an invests_in fact of the sentence (named there, else referred to: "the
    company ... in a round led by A"); else, for "The startup raised ...", the first
    company of the nearest earlier sentence that names one (``recent``)."""
    m = rules.raise_.search(sent.text) or rules.round_verb.search(sent.text)
    # (An outlet reporting the round raises none: "Bloomberg reports that xAI raised".)
    orgs = [
        n
        for n in sent.names
        if n.cls == "Organization" and not _datelined(sent, n) and not is_outlet(n.name)
    ]
    names = {n.name: n for n in sent.names}
    mine = sorted(key for key in invested if key[0] == sent.start)
    if m:
        # "Murati, former CTO of OpenAI, secures $2bn in funding for her start-up, Zeta":
        # the company the money is for.
        for f in _FOR_COMPANY.finditer(sent.text, m.end()):
            named = [n for n in orgs if n.start == sent.start + f.end()]
            if named:
                return named[0]
        # ("Backed by A and B, Cohere has raised ...": the backers named before are no
        # raiser.)
        backers = {id(n) for n in _after(sent, rules.participants) + _after(sent, rules.lead)}
        # (Nor a company named for its former staff: "The startup, founded by former
        # Lumora researchers, raised ...".)
        before = [
            n
            for n in orgs
            if n.end <= sent.start + m.start()
            and id(n) not in backers
            and not _staff_after(sent.text[n.end - sent.start :])
        ]
        # A company that raises again later in the sentence ("X raised $2 billion, weeks
        # after Y closed a round led by Z") tells its own round.
        later = [
            n
            for n in sent.names
            if n.start >= sent.start + m.end()
            and rules.raise_.match(sent.text, n.end - sent.start + 1)
            and n.name in {obj for _start, obj in mine}
        ]
        ruled = {obj for _start, obj in mine}
        if before and not later and (not ruled or before[0].name in ruled):
            # "Cohere raised ...", "Cohere, a Toronto lab, has raised ...": the first name
            # (unless the rules read the round as another's: "The startup, founded by
            # former Lumora staff, raised ...").
            return before[0]
    # "A led a $50 million Series A in B": the company after "in".
    for m in re.finditer(r"\b(?:in|into)\s+", sent.text):
        after = [n for n in orgs if n.start == sent.start + m.end()]
        if after:
            return after[0]
    for _start, obj in mine:
        if obj in names:
            return names[obj]
    if mine:
        return invested[mine[0]]
    if m and rules.reference.fullmatch(sent.text[: m.start()]):
        return recent
    if (
        orgs
        and orgs[0].start == sent.start
        and re.match(r"['’]s\b", sent.text[orgs[0].end - sent.start :])
    ):
        # "Zeta's journey began with a seed round led by A": the company the sentence
        # opens with, as an owner, is the one whose round it tells.
        return orgs[0]
    return None


def _read(rules: EventRules, event: DealEvent, sent: Sentence) -> None:
    """Add what ``sent`` says of ``event``."""
    event.sentences.append(sent)
    text = sent.text
    valuation, taken = _valuation(rules, sent)
    event.valuation = event.valuation or valuation
    amount = _round_amount(rules, sent, taken)
    if amount and not event.amount:
        event.amount = amount
        event.amount_sentence = sent
    event.stake = event.stake or _stake(rules, text)
    if event.kind == "FundingRound":
        event.round = event.round or rules.round_label(text)
        for n in _after(sent, rules.lead):
            if n.name != event.target.name:
                event.leads.setdefault(n.name, (n, sent))
        m = rules.lead_after.search(text)
        if m and (rules.round_words.search(text) or rules.round_label(text)):
            # "Sequoia led the round": the name right before "led".
            before = [n for n in _orgs(sent) if n.end <= sent.start + m.start()]
            if before and before[-1].name != event.target.name:
                gap = text[before[-1].end - sent.start : m.start()]
                if re.fullmatch(r"\s*(?:has\s+|have\s+|also\s+)?", gap):
                    event.leads.setdefault(before[-1].name, (before[-1], sent))
        for n in _after(sent, rules.participants, every=True):
            if n.name != event.target.name and n.name not in event.leads:
                event.participants.setdefault(n.name, (n, sent))
    status = rules.status_of(text)
    if status is None and event.status is None:
        status = "announced"
    if status is not None:
        event.status = status


def attach_deals(
    document: Document, facts: list[Fact], sentences: Sequence[Sentence]
) -> list[Fact]:
    """``facts`` with their :class:`~kg.records.Deal`, plus the investors only events found."""
    if not facts and not sentences:
        return facts
    events = find_events(facts, sentences)
    out: list[Fact] = []
    rounds = {e.target.name: e for e in events if e.kind == "FundingRound"}
    buys = {e.target.name: e for e in events if e.kind == "Acquisition"}
    have = {(f.subject, f.relation, f.object) for f in facts}
    for f in facts:
        if f.relation == "invests_in" and _between_investors(f, rounds.values()):
            # "led by A with participation from B" read as B investing in A: both are
            # investors of the same round, named in the same sentence.
            continue
        if f.relation == "acquires" and f.object in buys:
            event = buys[f.object]
            if (
                f.amount is None
                and event.amount
                and (event.amount in f.sentence or _priced_later(event))
                and event.status not in {"terminated", "denied"}
            ):
                # "The acquisition of B by A closed ... at a price of $X", "A will buy B.
                # The deal is worth $X": the price is A's (not when the deal with that
                # price collapsed).
                f = replace(f, amount=event.amount)
            out.append(replace(f, deal=_deal(event, "acquirer", f)))
        elif f.relation == "invests_in" and f.object in rounds:
            event = rounds[f.object]
            role = "leadInvestor" if f.subject in event.leads else "participant"
            if role == "leadInvestor" and f.amount is None:
                # A round's total is its lead investor's amount (the annotation guideline).
                f = replace(f, amount=event.amount)
            out.append(replace(f, deal=_deal(event, role, f)))
        elif f.relation == "invests_in":
            # An investment outside any round: one company putting money in another.
            out.append(replace(f, deal=_strategic(f)))
        else:
            out.append(f)
    out += _backer_lists(document, sentences, have)
    for event in rounds.values():
        investors = [(n, s, "leadInvestor") for n, s in event.leads.values()]
        investors += [(n, s, "participant") for n, s in event.participants.values()]
        for named, sent, role in investors:
            if (named.name, "invests_in", event.target.name) in have or not (
                named.cls == "Organization"
                or (named.cls == "Person" and _listed_person(sent, named) and _tells_round(sent))
            ):
                continue
            fact = _investor_fact(
                document,
                named,
                event.target,
                sent,
                certainty="reported" if event.status == "rumored" else "stated",
                amount=event.amount if role == "leadInvestor" else None,
                rule=f"event:{role}",
            )
            have.add((named.name, "invests_in", event.target.name))
            out.append(replace(fact, deal=_deal(event, role, fact)))
    return out


def _investor_fact(
    document: Document,
    named: Named,
    target: Named,
    sent: Sentence,
    *,
    certainty: str,
    amount: str | None,
    rule: str,
) -> Fact:
    """An ``invests_in`` fact read from the words of a sentence (a round's investors, a
    company's listed backers)."""
    return Fact(
        doc=document.id,
        subject=named.name,
        subject_class=named.cls,
        relation="invests_in",
        object=target.name,
        object_class=target.cls,
        sentence=sent.text,
        start=sent.start,
        end=sent.end,
        certainty=certainty,
        amount=amount,
        date=document.date,
        date_from_document=document.date is not None,
        confidence=EVENT_FACT_CONFIDENCE,
        rule=rule,
        subject_aliases=named.aliases,
        object_aliases=target.aliases,
        subject_id=named.ident,
        object_id=target.ident,
    )


def _backer_lists(
    document: Document, sentences: Sequence[Sentence], have: set[tuple[str, str, str]]
) -> list[Fact]:
    """The investors a sentence lists as a company's backers ("Recursion's other backers
    include Abu Dhabi sovereign investor Mubadala and UK-based investment firm Baillie
    Gifford"), read from the words, as rounds are, when the parse hid the list."""
    rules = load_event_rules()
    out: list[Fact] = []
    for sent in sentences:
        m = rules.backer_list.search(sent.text)
        if not m:
            continue
        at = sent.start + m.start()
        owners = [n for n in sent.names if n.end == at and n.cls == "Organization"]
        if not owners:
            continue
        owner = owners[0]
        listed = _after(sent, re.compile(re.escape(m.group(0))))
        for named in listed:
            key = (named.name, "invests_in", owner.name)
            if key in have or named.name == owner.name:
                continue
            if not (named.cls == "Organization" or named.cls == "Person"):
                continue
            fact = _investor_fact(
                document,
                named,
                owner,
                sent,
                certainty="reported" if rules.status_of(sent.text) == "rumored" else "stated",
                amount=None,
                rule="event:backer",
            )
            have.add(key)
            out.append(replace(fact, deal=_strategic(fact)))
    return out


def _tells_round(sent: Sentence) -> bool:
    """Whether the sentence itself tells of a round ("founded by A and B, along with C"
    names no investor in C, though the round was told before)."""
    rules = load_event_rules()
    return _is_round(rules, sent.text) or bool(rules.anaphora.search(sent.text))


def _listed_person(sent: Sentence, named: Named) -> bool:
    """Whether a person read as an investor is an item of the list ("from A, B and angel
    investors including C") rather than a name said of the one before it ("led by Accel
    partner C", "Accel's C")."""
    lead = sent.text[: named.start - sent.start]
    if re.search(rf"\b{_TITLE_WORDS}\s+$", lead, re.IGNORECASE):
        # ("an answer engine led by chief executive Aravind Srinivas": who runs it.)
        return False
    before = [n for n in sent.names if n.end <= named.start]
    if not before:
        return True
    gap = sent.text[before[-1].end - sent.start : named.start - sent.start]
    return bool(re.search(r",|\band\b|\bincluding\b|\bsuch as\b", gap))


def _priced_later(event: DealEvent) -> bool:
    """Whether the deal's price comes from a later sentence that speaks of the deal
    itself ("The all-cash deal is worth $X"), not of money the target raised."""
    sent = event.amount_sentence
    if sent is None or not event.sentences or sent is event.sentences[0]:
        return False
    rules = load_event_rules()
    return bool(rules.anaphora.search(sent.text)) and not rules.raise_.search(sent.text)


def _between_investors(fact: Fact, rounds: Iterable[DealEvent]) -> bool:
    for event in rounds:
        investors = event.leads.keys() | event.participants.keys()
        if (
            fact.subject in investors
            and fact.object in investors
            and any(s.start == fact.start for s in event.sentences)
        ):
            return True
    return False


def _deal(event: DealEvent, role: str, fact: Fact) -> Deal:
    value, currency = amount_value(event.amount)
    valuation, _cur = amount_value(event.valuation)
    return Deal(
        kind=event.kind,
        role=role,
        round=event.round,
        amount=event.amount,
        amount_value=value,
        currency=currency,
        valuation=event.valuation,
        valuation_value=valuation,
        stake=event.stake,
        status=event.status or "announced",
        date=fact.date,
    )


def _strategic(fact: Fact) -> Deal:
    rules = load_event_rules()
    value, currency = amount_value(fact.amount)
    status = rules.status_of(fact.sentence) or (
        "rumored" if fact.certainty == "reported" else "announced"
    )
    return Deal(
        kind="StrategicInvestment",
        role="participant",
        amount=fact.amount,
        amount_value=value,
        currency=currency,
        stake=_stake(rules, fact.sentence),
        status=status,
        date=fact.date,
    )
