"""Named-entity mentions of one parsed chunk: gazetteer first, then NER, then proper nouns.

The gazetteer decides name and class wherever it matches. NER spans that do
not overlap it are cleaned (leading "the", possessive, titles) and kept as
unknown names; their class is a ranked list of candidates from the NER label
and simple cues (a designator such as "Labs" or "Capital", a head noun such as
"model" or "chips"), because the relation rules and the type table decide the
final class. Proper-noun runs the NER missed become candidates the same way.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from kg.extract.nlp import SPANS_KEY, doc_ents, english_words, load_gazetteer, load_json
from kg.extract.syntax import kids

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

NER_LABELS = {"ORG", "PERSON", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART", "NORP", "EVENT"}
POSSESSIVE = {"'s", "’s", "'", "’", "s'", "s’"}
_HAS_LETTER = re.compile(r"[^\W\d_]")


@dataclass
class Mention:
    """One occurrence of a named entity in a chunk (token span, global char offsets)."""

    start: int
    end: int
    text: str
    char_start: int
    char_end: int
    classes: tuple[str, ...]
    source: str  # "gazetteer", "ner" or "propn"
    gaz_name: str | None = None
    canonical: str = ""
    aliases: tuple[str, ...] = ()
    #: Gazetteer entries the name could mean instead, when it has several senses.
    senses: tuple[str, ...] = ()


class Cues:
    """The word lists of ``cues.json``, turned into lower-case sets on first use."""

    def __init__(self, raw: dict[str, Any]) -> None:
        self.raw = raw
        self._sets: dict[str, frozenset[str]] = {}

    def words(self, key: str) -> frozenset[str]:
        found = self._sets.get(key)
        if found is None:
            found = frozenset(str(w).lower() for w in self.raw.get(key, ()))
            self._sets[key] = found
        return found

    def titles(self) -> frozenset[str]:
        """Every title word: ``title_words`` and ``title_heads`` ("ceo", "chief", ...)."""
        found = self._sets.get(" titles")
        if found is None:
            found = self.words("title_words") | self.words("title_heads")
            self._sets[" titles"] = found
        return found


@lru_cache(maxsize=1)
def load_cues() -> Cues:
    """The cue lists, loaded once per process."""
    return Cues(load_json("cues.json"))


def is_outlet(name: str) -> bool:
    """Whether ``name`` is a news outlet: a gazetteer outlet, or an unknown name ending in
    a newspaper word ("Breitbart News", "The Harbor Times") or "Press/News Agency"."""
    entry = load_gazetteer().get(name)
    if entry is not None:
        return entry.kind == "outlet"
    words = name.lower().split()
    return len(words) > 1 and (
        words[-1] in load_cues().words("outlet_heads")
        or " ".join(words[-2:]) in {"press agency", "news agency"}
    )


def _strip_span(doc: Doc, start: int, end: int, cues: Cues) -> tuple[int, int]:
    """Drop leading determiners/titles and trailing possessives or punctuation."""
    titles = cues.words("title_words")
    kinds = cues.words("kind_lead_nouns")
    while (
        start < end
        and (
            doc[start].lower_ in {"the", "a", "an"}
            or doc[start].lower_ in titles
            or doc[start].is_punct
            or doc[start].is_space
            # ("On Monday Zentrix signed ...": a day or month is no part of a name.)
            or (
                doc[start].ent_type_ == "DATE"
                and doc[start].lower_ in _calendar_words(cues)
                and start + 1 < end
                # (Not a company named for the day: "Monday Ventures".)
                and doc[start + 1].lower_ not in cues.words("org_designators")
            )
            # ("Automaker Zentrix signed ...": the kind of company told before its name.)
            or (
                doc[start].lower_ in kinds and start + 1 < end and doc[start + 1].text[:1].isupper()
            )
        )
    ):
        start += 1
    if (
        end - start > 2
        and doc[start].is_sent_start
        and doc[start].tag_ in {"NNS", "NNPS"}
        and doc[start].lower_.endswith("s")
        and doc[start + 1].text == "of"
    ):
        # "Backers of Stargate, including ...": a plural common noun capitalised only
        # because it starts the sentence; the name is what follows "of".
        start += 2
    tail = next(
        (
            i
            for i in range(start + 1, end)
            if doc[i].pos_ == "ADP"
            and doc[i].text.islower()
            and all(t.text.islower() for t in doc[i:end])
        ),
        None,
    )
    if tail is not None:
        # ("working on Nimbus 3 for months": a lower-case phrase after a preposition is no
        # part of a name, unlike "Bank of America".)
        end = tail
    while (
        end > start
        and not _hyphen_tail(doc, start, end)
        and (
            doc[end - 1].text in POSSESSIVE
            or (doc[end - 1].is_punct and doc[end - 1].text not in {"+", "!"})
            or doc[end - 1].is_space
            # "posted on X. He said": a pronoun starting the next sentence is no part of a name.
            or doc[end - 1].lower_ in {"he", "she", "it", "they", "we", "i"}
            # "its stake in Zephyr Labs to 10%": a lower-case preposition ends no name.
            or (
                doc[end - 1].text.islower()
                and doc[end - 1].pos_ in {"ADP", "PART", "DET", "CCONJ", "SCONJ"}
            )
            # ("Nimbus CTO and co-founder Dana Reyes": an abbreviated title ends no name.)
            # (Nor a lower-case one: "Zentrix boss Dana Park".)
            or (
                end - start > 1
                and (doc[end - 1].text.isupper() or doc[end - 1].text.islower())
                and doc[end - 1].lower_ in titles
            )
        )
    ):
        end -= 1
    if (
        end - start > 1
        and doc[end - 1].text == "AI"
        and end < len(doc)
        and doc[end].lower_ in cues.words("generic_heads")
        and start > 0
        and (doc[start - 1].lower_ in {"its", "their"} or doc[start - 1].tag_ == "POS")
    ):
        # "launched its GPT-5.2 AI model": an owned product's name before "AI model".
        end -= 1
    return start, end


def _calendar_words(cues: Cues) -> frozenset[str]:
    """Month and weekday names (cues.json ``month_words``, ``weekday_words``)."""
    return cues.words("month_words") | cues.words("weekday_words")


def _common_abbreviation(doc: Doc, start: int, end: int) -> bool:
    """Whether ``start:end`` is the bracketed abbreviation of the lower-case words right
    before it ("business process services (BPS)"): short for no name."""
    text = doc[start:end].text
    if end - start != 1 or not text.isupper() or start < 2 or end >= len(doc):
        return False
    if doc[start - 1].text != "(" or doc[end].text != ")":
        return False
    words = list(doc[max(0, start - 1 - len(text)) : start - 1])
    return (
        len(words) == len(text)
        and all(t.is_lower and t.is_alpha for t in words)
        and "".join(t.text[0] for t in words).upper() == text
    )


def _hyphen_tail(doc: Doc, start: int, end: int) -> bool:
    """Whether the span ends in a word joined by a hyphen to the one before ("Chung
    Shin-a"): part of the name, whatever its tag."""
    return (
        end - 3 >= start
        and doc[end - 2].text == "-"
        and not doc[end - 3].whitespace_
        and not doc[end - 2].whitespace_
        and doc[end - 1].is_alpha
        and doc[end - 3].text[:1].isupper()
        # (Not a hyphened phrase going on: "GPU-as-a-service".)
        and not (end < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_)
    )


def _split_on_possessive(doc: Doc, start: int, end: int, cues: Cues) -> Iterator[tuple[int, int]]:
    """'Google's Gemini' or 'Clausewise, Quillfeather's' as one NER span -> two names."""
    part = start
    for i in range(start, end):
        tok = doc[i]
        if tok.lower_ == "and" and _joined_institution(doc, part, i, end, cues):
            continue
        if tok.text in POSSESSIVE and _named_possessive(doc, part, i):
            continue
        if tok.text in POSSESSIVE or tok.text in {",", ";", "(", ")"} or tok.lower_ == "and":
            if i > part:
                yield part, i
            part = i + 1
    if end > part:
        yield part, end


def _named_possessive(doc: Doc, part: int, i: int) -> bool:
    """Whether the possessive at ``i`` is a word of the name itself: after a saint ("St.
    Luke's University Health Network") or a word for people ("Children's Hospital"), with
    a capitalised word after it."""
    if i + 1 >= len(doc) or not doc[i + 1].text[:1].isupper() or i == part:
        return False
    saint = i >= 2 and doc[i - 2].lower_ in {"st.", "st", "saint"}
    return saint or (i - part == 1 and doc[part].lower_ in _PEOPLE_WORDS)


def _join_named_possessives(doc: Doc, ents: tuple[Span, ...]) -> tuple[Span, ...]:
    """The NER's "St. Luke's" and "University Health Network" as one name."""
    from spacy.tokens import Span

    out: list[Span] = []
    for ent in ents:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.end == ent.start
            and {prev.label_, ent.label_} <= {"ORG", "GPE", "FAC", "LOC"}
            and doc[prev.end - 1].text in POSSESSIVE
            and _named_possessive(doc, prev.start, prev.end - 1)
        ):
            label = "ORG" if "ORG" in {prev.label_, ent.label_} else ent.label_
            out[-1] = Span(doc, prev.start, ent.end, label=label)
            continue
        out.append(ent)
    return tuple(out) if len(out) != len(ents) else ents


#: Words for people that a name holds in the possessive ("Children's Hospital").
_PEOPLE_WORDS = frozenset({"children", "women", "men", "people", "veterans", "workers"})


def _joined_institution(doc: Doc, part: int, i: int, end: int, cues: Cues) -> bool:
    """Whether the "and" at ``i`` joins words inside one institution's name: title-case
    words on both sides, no comma or possessive after it, and an institution's head word
    (``institution_heads`` in cues.json) last ("National Science and Technology
    Council")."""
    return (
        i > part
        and i + 1 < end
        and doc[i - 1].text[:1].isupper()
        and doc[i + 1].text[:1].isupper()
        and doc[end - 1].lower_ in cues.words("institution_heads")
        and doc[end - 1].text[:1].isupper()
        and not any(t.text in POSSESSIVE or t.text in {",", ";", "(", ")"} for t in doc[i:end])
    )


#: A rank or a count written as a word ("third-largest", "second-biggest", "nine").
_RANKING = re.compile(
    r"^(?:(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"one|two|three|four|five|six|seven|eight|nine|ten)"
    r"(?:-(?:largest|biggest|most|best|richest|highest|fastest|figure|digit|fold))?)$"
)
_TICKER = re.compile(r"^(?:\d{3,6}\.[A-Z]{1,3}|[A-Z]{1,5}\.[A-Z]{1,2})$")


#: Last words of an event's name.
_EVENT_HEADS = frozenset(
    {"summit", "conference", "expo", "festival", "hackathon", "keynote", "awards"}
)


def _is_name_text(text: str, cues: Cues) -> bool:
    low = text.lower().strip()
    if len(low) < 2:
        return False
    if not low or low in cues.words("non_entities") or low in cues.words("nationalities"):
        return False
    if not _HAS_LETTER.search(text):
        return False
    if _RANKING.match(low) or ("-" in low.split()[0] and _RANKING.match(low.split()[0])):
        # "Brazil's Second-Biggest Bank", "Nine-Figure Checks": a rank or a size, no name.
        return False
    if _TICKER.match(text.strip()):
        # "Alibaba (9988.HK)": a stock code, not a name.
        return False
    if re.fullmatch(r"form [a-z]?-?\d*(?:-[a-z]+)?", low):
        # "its Form 6-K", "a Form D filing": a regulator's form, no product.
        return False
    if re.search(r"\[\d", text):
        # "the AI landscape.[5][6]": reference marks, not a name.
        return False
    if re.search(r"[$€£¥₩₹]\s*\d", text):
        # "NT$322 billion", "HK$5bn": an amount in a currency, no name.
        return False
    forms = re.sub(r"[.,]", "", low).split()
    if all(w in cues.words("legal_form_words") for w in forms) and (
        # (A lone "Inc." after a comma stays, to be joined to the name before it.)
        len(forms) > 1 or low.rstrip(".").count(".") > 0
    ):
        # "Facebook Italy S.r.l.", "Kunlunxin (Beijing) Technology Co. Ltd." cut apart: a
        # legal form alone names no company.
        return False
    periods = text.split()
    if all(_PERIOD.match(w) for w in periods) and (
        len(periods) > 1 or not periods[0].startswith("H")
    ):
        # "a Q1 FY25 launch": a reporting period, not a name (but a lone "H1" may be a
        # robot's).
        return False
    words = low.split()
    if words[-1] in cues.words("title_heads"):
        # "Principal Scientist", "Field Chief Technology Officer": a title, not a name.
        return False
    if len(words) == 1 and low.endswith("s") and low[:-1] in cues.titles():
        # "alongside Professors A and B": a title for several people names none.
        return False
    if len(words) > 1 and words[-1] in _EVENT_HEADS:
        # "the Global Cloud Alliance Partner Summit": an event, no party to a deal.
        return False
    nationalities = cues.words("nationalities")
    if all(w in nationalities or w.removesuffix("s") in nationalities for w in words):
        # "Taiwanese Americans" are neither a person nor an organization.
        return False
    if len(words) == 1 and low in cues.words("generic_heads"):
        # "Google Tensor Processors" with the known name taken: a plain noun is left.
        return False
    if len(words) > 1 and all(w in cues.words("generic_heads") for w in words):
        # "AMD Instinct MI450 Series GPUs" with the known name taken: "Series GPUs" are
        # plain nouns.
        return False
    if re.fullmatch(r"(?:\d+(?:st|nd|rd|th)[ -])?gen(?:eration)?(?:[ -]?\d+)?", low):
        # "its 5th Gen Xeon chips": a generation, not a name.
        return False
    if len(words) > 1 and all(w in cues.words("tech_acronyms") for w in words):
        # "an H100 AI GPU": tech acronyms alone name nothing.
        return False
    if len(words) == 2 and words[0] in nationalities and words[1] in {"ai", "tech"}:
        # "a mature European AI company": a kind of company, not one.
        return False
    return len(text) <= 80


def _class_candidates(doc: Doc, start: int, end: int, label: str, cues: Cues) -> tuple[str, ...]:
    """Ranked guesses of the class of an unknown name; relation rules pick from these."""
    toks = doc[start:end]
    last = toks[-1].lower_
    words = [t.text for t in toks]
    after = doc[end] if end < len(doc) else None
    if after is not None and after.text in POSSESSIVE:
        after = None
    head_cue = None
    cue_noun = ""
    #: Whether an apposition, a copula or a naming verb says what the name is.
    said = False
    if after is not None and after.lower_ in {"maker", "makers", "developer", "creator"}:
        # "the Orbix maker Zephyr Labs": what is made ("Nvidia, the chip maker" is the
        # apposition case below).
        head_cue = "Product"
    elif after is not None and after.pos_ in {"NOUN", "PROPN"} and after.lower_ not in POSSESSIVE:
        for cls, nouns in cues.raw["class_cue_nouns"].items():
            if after.lower_ in nouns:
                head_cue, cue_noun = cls, after.lower_
                break
    noun = toks[-1].head
    if (
        head_cue is None
        and toks[-1].dep_ in {"compound", "nmod"}
        and noun.pos_ == "NOUN"
        and end < noun.i <= end + 3
    ):
        # "VW's Ida voice-controlled assistant": the noun the name modifies, past its
        # modifiers.
        for cls, nouns in cues.raw["class_cue_nouns"].items():
            if noun.lower_ in nouns:
                head_cue, cue_noun = cls, noun.lower_
                break
    if head_cue is None:
        # "Brightwater Insight, its flagship forecasting software": the apposition says.
        near = [c.lemma_.lower() for c in kids(toks[-1]) if c.dep_ == "appos"]
        # (What a common noun says the name is, not another name beside it.)
        common = {
            c.lemma_.lower() for c in kids(toks[-1]) if c.dep_ == "appos" and c.pos_ == "NOUN"
        }
        if toks[-1].dep_ == "appos":
            near.append(toks[-1].head.lemma_.lower())
        if toks[-1].dep_ in {"nsubj", "attr"} and toks[-1].head.lemma_ == "be":
            # "Vega is a large language model", "its flagship product is Vega": what the
            # copula says it is.
            other = "attr" if toks[-1].dep_ == "nsubj" else "nsubj"
            near += [a.lemma_.lower() for a in kids(toks[-1].head) if a.dep_ == other]
        lead = doc[start - 1] if start > 0 else None
        if (
            lead is not None
            and (lead.pos_ == "NOUN" or lead.lower_ in cues.words("kind_lead_nouns"))
            and lead.dep_ == "compound"
            and start <= lead.head.i < end
        ):
            # "the messaging app KakaoTalk", "AI startup Norvane": the noun before it says.
            near.append(lead.lemma_.lower())
        k = end + (1 if end < len(doc) and doc[end].text in {'"', "\u201d", "'"} else 0)
        if k + 2 < len(doc) and doc[k].text == "," and doc[k + 1].lower_ in {"a", "an"}:
            # ('"Vela Studio", a bundle of writing helpers': an apposition the parser
            # hung elsewhere, read by word order.)
            for t in doc[k + 2 : min(k + 5, len(doc))]:
                if t.pos_ == "NOUN" and t.dep_ != "compound":
                    near.append(t.lemma_.lower())
                    common.add(t.lemma_.lower())
                    break
                if t.pos_ not in {"ADJ", "NOUN", "ADV", "PROPN"}:
                    break
        naming = toks[-1].head
        if toks[-1].dep_ == "pobj" and naming.lower_ == "as" and naming.head.dep_ == "acl":
            # ("a tool known as Quill", "chips branded as Orion": the noun named says.)
            naming = naming.head
            if naming.lower_ == "known" or naming.lemma_.lower() in cues.words("naming_verbs"):
                near.append(naming.head.lemma_.lower())
        elif (
            naming.dep_ in {"acl", "relcl"}
            and naming.lemma_.lower() in cues.words("naming_verbs")
            and toks[-1].dep_ in {"oprd", "attr", "dobj", "xcomp", "npadvmod"}
        ):
            # "a new startup called Quillmark": the noun it is called says.
            near.append(naming.head.lemma_.lower())
        for cls, nouns in cues.raw["class_cue_nouns"].items():
            hits = [n for n in near if n in nouns]
            if hits:
                head_cue, cue_noun = cls, hits[0]
                said = hits[0] in common
                break
    has_digit = any(any(c.isdigit() for c in w) for w in words)
    if re.search(r"[a-z0-9]\.(?:ai|io|com|co|so|dev|app|tech)$", last) and label != "PERSON":
        # ("Nod.ai", "Character.ai", "Poe.com": a web address for a name is a company's or
        # its product's, never a place.)
        return ("Organization", "Product")
    if last in cues.words("cloud_designators") and len(toks) > 1:
        return ("CloudPlatform", "Product", "Organization")
    if (
        head_cue is None
        and len(toks) > 1
        and last in cues.words("product_name_tails") - {"foundry"}
        and toks[-1].text.istitle()
    ):
        # "Exynos AI Studio", "Nimbus Hub": a tool's name (a "Foundry" may be a company's
        # chip-making arm).
        return ("Product", "Organization")
    before = doc[start - 1] if start > 0 else None
    owned = before is not None and (before.tag_ == "PRP$" or before.text in POSSESSIVE)
    if (
        last in cues.words("org_designators")
        and len(toks) > 1
        and not ((owned or said) and head_cue)
    ):
        # ("its Moto AI system": something a company owns and a product noun names; "Nimbus
        # Intelligence, a suite of AI features": what the text says it is.)
        return ("Organization",)
    if head_cue == "AIModel":
        return ("AIModel", "Product", "Hardware")
    if head_cue == "Hardware":
        return ("Hardware", "Product", "AIModel")
    if head_cue == "Product":
        if cue_noun in cues.words("company_like_product_nouns"):
            # "Brightwave, a data labeling platform, was acquired by Zentrix": a platform
            # or a service may be the company that runs it.
            return ("Product", "AIModel", "Hardware", "Organization")
        return ("Product", "AIModel", "Hardware")
    if head_cue == "Project":
        return ("Project", "Product")
    if has_digit:
        return ("AIModel", "Product", "Hardware", "Organization")
    if len(toks) > 1 and toks[-1].text.istitle() and last in cues.words("model_tiers"):
        # "Orion Pro", "Vega Ultra": a name with a model's tier.
        return ("AIModel", "Product", "Hardware")
    # ("Susana Martinez-Conde", "Jean-Luc Picard": a hyphen joins the parts of one name.)
    parts = [t for t in toks if not (t.text == "-" and not t.whitespace_)]
    joined = sum(1 for t in toks if t.text == "-" and not t.whitespace_)
    # ("Cho Cheol-min": the part after a hyphen in a given name may be lower-case.)
    looks_person = (
        2 <= len(parts) - joined <= 3
        and all(
            t.is_alpha and (t.text[:1].isupper() or _after_hyphen(doc, t.i, start)) for t in parts
        )
        and head_cue is None
        # ("AI Companion", "GPT Store": a tech acronym is no part of a person's name.)
        and not any(t.text.lower() in cues.words("tech_acronyms") for t in parts)
    )
    if (
        len(parts) == 3
        and head_cue is None
        and re.fullmatch(r"(?:[A-Z]\.)+", parts[1].text)
        and all(t.is_alpha and t.text[:1].isupper() and t.text[1:].islower() for t in parts[::2])
    ):
        # "Frank D. Yeary", "George R.R. Martin": a middle initial makes a person's name.
        return ("Person", "Organization")
    if label == "PERSON" and looks_person:
        return ("Person", "Organization")
    if label == "PERSON" and cue_noun == "investor" and 2 <= len(parts) - joined <= 3:
        # ("Maria Chen, a Berlin-based investor": a person may invest too.)
        return ("Person", "Organization")
    if head_cue == "Organization" and label in {"GPE", "LOC", "FAC"}:
        # "Convergence, a London-based startup": the apposition says it is a company.
        return ("Organization", "Location")
    if label in {"GPE", "LOC"} and looks_person and _person_context(doc, start, end):
        # "researchers Ines Carvalho and Ravi Menon": a person the NER took for a place.
        return ("Person", "Location", "Organization")
    if label in {"GPE", "LOC", "FAC"}:
        return ("Location", "Organization", "Product")
    if label in {"PRODUCT", "WORK_OF_ART"}:
        if head_cue == "Organization":
            # "data company Scale": what the words around it call it first.
            return ("Organization", "Product")
        return ("Product", "AIModel", "Hardware", "Organization")
    if looks_person and label != "ORG":
        return ("Person", "Organization", "Product", "AIModel")
    if head_cue == "Organization":
        return ("Organization", "Person")
    return ("Organization", "Product", "AIModel", "Person", "Hardware", "CloudPlatform")


def _after_hyphen(doc: Doc, i: int, start: int) -> bool:
    """Whether token ``i`` follows a hyphen written without spaces inside a name."""
    return (
        i - 2 >= start
        and doc[i - 1].text == "-"
        and not doc[i - 2].whitespace_
        and not doc[i - 1].whitespace_
        and doc[i].is_lower
    )


def _titled_start(doc: Doc, ent: Span, taken: list[bool], cues: Cues) -> int:
    """Where a name the NER cut after a title starts: "chief executive Amit Walia" with only
    "Walia" tagged (the first name, a bare compound, is part of it)."""
    start = ent.start
    while (
        start > 0
        and not taken[start - 1]
        and doc[start - 1].pos_ == "PROPN"
        and doc[start - 1].dep_ == "compound"
        and ent.start <= doc[start - 1].head.i < ent.end
        and not doc[start - 1].ent_type_
        and doc[start - 1].is_title
    ):
        start -= 1
    if start < ent.start and start > 0 and doc[start - 1].lower_ in cues.words("title_words"):
        return start
    if start == ent.start - 1 and ent.label_ == "PERSON" and len(ent) == 1:
        # ("co-founders, Imran Chaudhri and ...": a given name the NER left out.)
        return start
    return ent.start


def _line_start(doc: Doc, i: int) -> bool:
    """Whether token ``i`` starts a sentence or a line (a headline above it may run into
    the sentence in the parse)."""
    return i == doc[i].sent.start or (i > 0 and "\n" in doc[i - 1].text_with_ws)


def _person_context(doc: Doc, start: int, end: int) -> bool:
    """A name next to a person word, or coordinated with a person name."""
    near = {t.lower_ for t in doc[max(0, start - 3) : start]}
    near |= {t.lower_ for t in doc[end : end + 3]}
    person_words = {
        "researchers",
        "researcher",
        "founder",
        "founders",
        "co-founder",
        "ceo",
        "executive",
        "chief",
        "mr",
        "ms",
        "dr",
        "said",
        "and",
        "engineer",
    }
    return bool(near & person_words)


def add_known_names(
    doc: Doc, mentions: list[Mention], names: dict[str, tuple[str, ...]], offset: int = 0
) -> list[Mention]:
    """Mentions of names already known in the document that NER missed here.

    ``names`` maps a surface form (a full name or its short form, such as
    "Pellucid" for "Pellucid Health") to its classes.
    """
    taken = {i for m in mentions for i in range(m.start, m.end)}
    extra: list[Mention] = []
    for tok in doc:
        if tok.i in taken or tok.text not in names or not tok.text[:1].isupper():
            continue
        span = doc[tok.i : tok.i + 1]
        extra.append(
            Mention(
                tok.i,
                tok.i + 1,
                tok.text,
                offset + span.start_char,
                offset + span.end_char,
                names[tok.text],
                "known",
                None,
            )
        )
    if not extra:
        return mentions
    return sorted([*mentions, *extra], key=lambda m: m.start)


def _of_place_name(ent: Span, titles: frozenset[str]) -> bool:
    """An organisation named "X of Place" ("the Cyberspace Administration of China", "Bank
    of America", "University of London"): capitalised words, "of", a capitalised place."""
    words = [t for t in ent if t.lower_ != "the"]
    of = next((i for i, t in enumerate(words) if t.lower_ == "of"), None)
    return (
        of is not None
        and 0 < of < len(words) - 1
        and all(t.text[:1].isupper() for t in words if t.lower_ != "of")
        and words[of - 1].lower_ not in titles
        and words[of - 1].ent_type_ != "PERSON"
    )


def _org_left_edge(
    doc: Doc, ent: Span, taken: list[bool], designators: frozenset[str], cues: Cues
) -> Span:
    """An organisation's name the NER cut short on the left ("Public Sector | Pension
    Investment Board" in a list): capitalised proper nouns right before a name that ends
    in a company word belong to it, unless a known name or a title holds them."""
    if ent.label_ != "ORG" or len(ent) < 2 or ent[-1].lower_ not in designators | {"board"}:
        return ent
    titles = cues.words("title_words")
    start = ent.start
    while (
        start > 0
        and doc[start - 1].pos_ == "PROPN"
        and doc[start - 1].text[:1].isupper()
        and not taken[start - 1]
        and not doc[start - 1].ent_type_
        and doc[start - 1].lower_ not in titles
    ):
        start -= 1
    if start == ent.start:
        return ent
    from spacy.tokens import Span

    return Span(doc, start, ent.end, label=ent.label_)


def find_mentions(doc: Doc, offset: int = 0) -> list[Mention]:
    """All name mentions of a parsed chunk, in text order, not overlapping."""
    from spacy.util import filter_spans

    cues = load_cues()
    gaz = load_gazetteer()
    taken = [False] * len(doc)
    mentions: list[Mention] = []

    gatherings = cues.words("gathering_nouns")

    def add(start: int, end: int, classes: tuple[str, ...], source: str, gname: str | None) -> None:
        span = doc[start:end]
        head = span.root.head
        if (
            gname is None
            and span.root.dep_ in {"compound", "nmod"}
            and end <= head.i <= end + 4
            and head.pos_ == "NOUN"
            and head.lemma_.lower() in gatherings
        ):
            # "the Vela 5 red-teaming event", "its Spark 24 hackathon": an unknown name
            # of an event is no company, product or place.
            return
        for i in range(start, end):
            taken[i] = True
        mentions.append(
            Mention(
                start,
                end,
                span.text,
                offset + span.start_char,
                offset + span.end_char,
                classes,
                source,
                gname,
            )
        )

    # Gazetteer spans win: longest first, never overlapping.
    designators = cues.words("org_designators")
    ents = _join_named_possessives(doc, doc_ents(doc))
    # A longer company name the NER found wins over a gazetteer name inside it
    # ("Fidelity Management & Research" is not "Fidelity").
    org_names = [
        # (Without its article: "the China Internet Investment Fund".)
        e[1:] if e[0].lower_ == "the" else e
        for e in ents
        if e.label_ == "ORG" and len(e) > 1 and e[-1].lower_ in designators
    ]
    # ("the Cyberspace Administration of China": the place is part of the name.)
    titles = cues.words("title_words")
    of_names = [e for e in ents if e.label_ == "ORG" and _of_place_name(e, titles)]
    # "SB OpenAI Japan": a name made of known names and a place is a name of its own.
    gaz_all = filter_spans(list(doc.spans.get(SPANS_KEY, [])))
    place_names = []
    for cand in ents:
        if (
            cand.label_ not in {"ORG", "GPE"}
            or len(cand) < 2
            or not all(t.pos_ == "PROPN" for t in cand)
        ):
            continue
        inner = [
            g for g in gaz_all if cand.start <= g.start and g.end <= cand.end and len(g) < len(cand)
        ]
        if (
            len(cand) == 2
            # ("Bell Canada": a company the NER found, whose first word no known name is.)
            and (cand.label_ != "ORG" or any(g.start == cand.start for g in inner))
        ):
            continue
        if inner and inner[-1].end == cand.end and inner[-1].label_ == "Location":
            place_names.append(cand)

    # "Singapore Airlines", "Ontario Power Generation": a company the NER found whose name
    # starts with a known place and ends in a word companies are named with.
    heads = cues.words("place_led_name_heads")
    for cand in ents:
        if cand.label_ != "ORG" or len(cand) < 2 or cand[-1].lower_ not in heads:
            continue
        inner = [g for g in gaz_all if cand.start <= g.start and g.end <= cand.end]
        if (
            inner
            and inner[0].start == cand.start
            and all(g.label_ == "Location" for g in inner)
            and all(t.pos_ == "PROPN" for t in cand)
        ):
            place_names.append(cand)

    # "National Taiwan University", "Greater Memphis Chamber": a name the NER found with a
    # known place inside it (not at either end) is one name.
    for cand in ents:
        if cand.label_ != "ORG" or len(cand) < 3 or not all(t.pos_ == "PROPN" for t in cand):
            continue
        inner = [g for g in gaz_all if cand.start <= g.start and g.end <= cand.end]
        if (
            inner
            and all(g.label_ == "Location" for g in inner)
            and all(cand.start < g.start and g.end < cand.end for g in inner)
        ):
            place_names.append(cand)

    joined_runs: list[Span] = []
    # (Also when the NER split it: a run of proper nouns that starts with a word no known
    # name covers, holds a known company and ends at a known place.)
    i = 0
    while i < len(doc):
        j = i
        while j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper():
            j += 1
        if j - i >= 3:
            inner = [g for g in gaz_all if i <= g.start and g.end <= j]
            if (
                inner
                and inner[0].start > i
                and inner[-1].end == j
                and inner[-1].label_ == "Location"
                and any(g.label_ == "Organization" for g in inner[:-1])
                and not any(p.start <= i and j <= p.end for p in place_names)
            ):
                place_names.append(doc[i:j])
                joined_runs.append(doc[i:j])
        i = max(j, i + 1)

    # (Not a known company before the "of": "Microsoft of America" is Microsoft; nor a
    # period of a company's year: "Q4 of Salesforce's fiscal year".)
    of_names = [
        e
        for e in of_names
        if not _PERIOD.fullmatch(e[0].text)
        and not any(
            g.label_ == "Organization"
            and e.start <= g.start
            and g.end <= e.end
            and doc[g.end].lower_ == "of"
            for g in gaz_all
            if g.end < len(doc)
        )
    ]

    gaz_starts = {g.start for g in gaz_all}
    gaz_ends = {g.end for g in gaz_all}

    def glued_version(g: Span) -> bool:
        # ("Zentrix-V3" is not DeepSeek's "V3": a version alias hyphened onto another name
        # is part of that name.)
        entry = gaz.get(g.id_) if g.id_ else None
        return (
            entry is not None
            and g.start >= 2
            and any(ch.isdigit() for ch in g.text)
            and g.text != entry.name
            and doc[g.start - 1].text == "-"
            and not doc[g.start - 1].whitespace_
            and not doc[g.start - 2].whitespace_
            and doc[g.start - 2].text[:1].isupper()
            and g.start - 1 not in gaz_ends
            and g.start - 2 not in gaz_starts
        )

    # "Coca-Cola CEO James Quincy": a person's name the NER found whose last name is also
    # a known place is the person's.
    person_names = [
        e
        for e in ents
        if e.label_ == "PERSON" and len(e) >= 2 and all(t.pos_ == "PROPN" for t in e)
    ]

    def overridden(g: Span) -> bool:
        if glued_version(g):
            return True
        if (
            g.label_ == "Location"
            # (A country is no surname: "Sapeon Korea" is a company the NER misread.)
            and g.text.lower() not in cues.raw["country_keys"]
            and any(p.start < g.start and g.end <= p.end for p in person_names)
        ):
            return True
        inside = [o for o in (*org_names, *place_names) if o.start <= g.start and g.end <= o.end]
        return any(
            len(o) > len(g) and (o.start == g.start or any(o is p for p in place_names))
            for o in inside
        ) or any(o.start <= g.start and g.end <= o.end and len(o) > len(g) for o in of_names)

    gaz_spans: list[Span] = [g for g in gaz_all if not overridden(g)]
    by_start = {g.start: g for g in gaz_spans}
    variants: set[int] = set()
    for span in gaz_spans:
        entry = gaz.get(span.id_) if span.id_ else None
        if entry is None or span.start in variants:
            continue
        after = by_start.get(span.end)
        after_entry = gaz.get(after.id_) if after is not None and after.id_ else None
        if (
            after is not None
            and after_entry is not None
            and entry.cls in {"Hardware", "AIModel"}
            and after_entry.cls == entry.cls
            and doc[span.end - 1].whitespace_
        ):
            # "Blackwell B200", "Instinct MI300X": a family's name before a known member's
            # is that member's name in full.
            variants.add(after.start)
            add(span.start, after.end, (entry.cls,), "gazetteer", after_entry.name)
            continue
        end = _variant_end(doc, span, entry.cls, gaz_all, cues)
        if (
            entry.cls == "Organization"
            and end == span.end
            and end < len(doc)
            and doc[end].lower_ in cues.words("same_company_suffixes")
            and doc[end].text[:1].isupper()
            and not taken[end]
            and end not in {g.start for g in gaz_all}
        ):
            # "Tencent Holdings", "Salesforce Inc.": the same company, named in full.
            add(span.start, end + 1, (entry.cls,), "gazetteer", entry.name)
            continue
        if end > span.end:
            member = gaz.get(f"{entry.name} {doc[span.end : end].text}")
            if member is not None and member.cls == entry.cls:
                # ("Huawei Ascend 910B": a known member named after its family's alias.)
                add(span.start, end, (member.cls,), "gazetteer", member.name)
                continue
            # "Nova Premier", "Grok 4 Heavy": a variant of a known model is a name of its own.
            versioned = (
                entry.cls == "Organization"
                and _ORG_VERSION.fullmatch(doc[end - 1].text) is not None
            )
            add(span.start, end, ("AIModel",) if versioned else (entry.cls,), "propn", None)
            continue
        # "X" inside a longer hyphenated word ("OpenAI-backed") is still X.
        add(span.start, span.end, (entry.cls,), "gazetteer", entry.name)

    for joined in joined_runs:
        if not any(taken[k] for k in range(joined.start, joined.end)):
            add(joined.start, joined.end, ("Organization",), "propn", None)
    for ent in ents:
        if ent.label_ not in NER_LABELS:
            continue
        ent = _org_left_edge(doc, ent, taken, designators, cues)
        if (
            ent.label_ == "PERSON"
            and ent.end + 1 < len(doc)
            and doc[ent.end].text == "-"
            and not doc[ent.end - 1].whitespace_
            and not doc[ent.end].whitespace_
            and doc[ent.end + 1].is_alpha
            and doc[ent.end + 1].is_lower
        ):
            # "Chung Shin-a": a given name's hyphened syllable the NER left out.
            ent = doc[ent.start : ent.end + 2]
        kind_end = _product_tail_end(doc, ent.end, taken, cues)
        if kind_end > ent.end:
            # "Google's Automotive AI Agent": the NER left out the word that says what it is.
            ent = doc[ent.start : kind_end]
        for ps, pe in _split_on_possessive(
            doc, _titled_start(doc, ent, taken, cues), ent.end, cues
        ):
            s, e = _strip_span(doc, ps, pe, cues)
            # Cut around gazetteer tokens: the remainder is a name of its own.
            run: list[int] = []
            for i in [*range(s, e), -1]:
                if i >= 0 and not taken[i] and not _lower_verb(doc[i]):
                    # (A lower-case verb inside an entity ends the name: "Universal sued
                    # Midjourney" is two names.)
                    run.append(i)
                    continue
                if (
                    run
                    and ent.label_ == "PERSON"
                    and run[0] > 0
                    and taken[run[0] - 1]
                    and doc[run[0]].lower_ in cues.words("name_particles")
                ):
                    # ("Sheikh Tahnoon bin Zayed al-Nahyan" beside the known "Sheikh
                    # Tahnoon": the rest of the known person's name is no name of its own.)
                    run = []
                if run:
                    rs, re_ = _strip_span(doc, run[0], run[-1] + 1, cues)
                    if len(run) < e - s:
                        # What is left beside a known name starts at a capital ("Elon
                        # Musk-led AI startup" leaves no name "led AI").
                        while rs < re_ and doc[rs].text.isalpha() and doc[rs].text.islower():
                            rs += 1
                        rs, re_ = _strip_span(doc, rs, re_, cues) if rs < re_ else (rs, re_)
                    if rs < re_ and _is_name_text(doc[rs:re_].text, cues):
                        label = ent.label_
                        text = doc[rs:re_].text
                        head, _, tail = text.partition("-")
                        if label == "NORP" and (
                            text.lower() in cues.words("nationalities")
                            # ("Russian-language", "Chinese-made": a word about a nation.)
                            or (
                                head.lower() in cues.words("nationalities")
                                and tail.islower()
                                and " " not in tail
                            )
                        ):
                            run = []
                            continue
                        if any(
                            t.pos_ in {"PROPN", "NUM", "X"} or t.text[:1].isupper()
                            for t in doc[rs:re_]
                        ) and not (
                            (re_ - rs > 1 and all(t.is_lower and t.is_alpha for t in doc[rs:re_]))
                            or _common_abbreviation(doc, rs, re_)
                        ):
                            # ("customer relationship management (CRM)": words in lower
                            # case are no name, whatever the tagger says; nor is their
                            # abbreviation.)
                            known = next(
                                (m for m in mentions if m.end == rs and m.start >= s), None
                            )
                            if (
                                known is not None
                                and known.gaz_name
                                and "Organization" in known.classes
                                and re_ - rs == 1
                                and doc[rs].pos_ == "NOUN"
                                and doc[rs].is_alpha
                            ):
                                # "its Google TV software": a common noun after a known
                                # company inside one name is a name with the company in it,
                                # not a product called "TV".
                                mentions.remove(known)
                                rs = known.start
                            elif (
                                known is not None
                                and "Organization" in known.classes
                                and re_ - rs > 1
                                and doc[re_ - 1].lower_ in cues.words("registered_suffixes")
                            ):
                                # ("Arm Technology Investment Limited": a registered company
                                # named after a known one is one name, not two.)
                                mentions.remove(known)
                                rs = known.start
                            add(rs, re_, _class_candidates(doc, rs, re_, label, cues), "ner", None)
                    run = []

    # A one-letter gazetteer name the tagger read as a common noun ("posted on X",
    # "X users", "the company X"): a name only where the words around it say so.
    letters: set[str] = set()
    for tok in doc:
        if not taken[tok.i] and tok.text in gaz and _one_letter_name(tok, cues):
            add(tok.i, tok.i + 1, ("Organization", "Product"), "propn", None)
            letters.add(tok.text)
    for tok in doc:
        # Once the text has used the letter as a name, its other uses are that name too
        # ("acquired X, the social network ... Grok is built into X").
        if (
            not taken[tok.i]
            and tok.text in letters
            and tok.pos_ in {"PROPN", "NOUN"}
            and tok.dep_ not in {"compound", "nmod"}
        ):
            add(tok.i, tok.i + 1, ("Organization", "Product"), "propn", None)

    # Proper-noun runs that neither the gazetteer nor NER found ("Tally", "Orris-2").
    tiers = cues.words("model_tiers")
    i = 0
    n = len(doc)
    while i < n:
        tok = doc[i]
        if (
            taken[i]
            or not _propn_like(tok)
            or (
                tok.ent_type_ == "DATE"
                and tok.lower_ in _calendar_words(cues)
                and not (i + 1 < n and doc[i + 1].lower_ in cues.words("org_designators"))
            )
        ):
            # ("On April 24, 2026": a date, not a versioned name.)
            i += 1
            continue
        j = i + 1
        while j < n and not taken[j] and (_propn_like(doc[j]) or _joiner(doc, j)):
            j += 1
        # ("the MBUX Virtual Assistant": a capitalised adjective inside a product's name.)
        j = _product_tail_end(doc, j, taken, cues)
        while j > i and _joiner(doc, j - 1) and not _trailing_version(doc, j - 1, cues):
            j -= 1
        while j < n and not taken[j] and doc[j].text.istitle() and doc[j].lower_ in tiers:
            # "Orion Pro", "Vega Ultra": a tier the tagger read as a common noun.
            j += 1
        s, e = _strip_span(doc, i, j, cues)
        if (
            e - s == 1
            and len(doc[s].text) == 1
            and doc[s].text.isupper()
            and (
                (s > 0 and doc[s - 1].lower_ in cues.words("one_letter_name_heads"))
                or any(
                    c.dep_ == "appos" and c.lower_ in cues.words("one_letter_name_heads")
                    for c in kids(doc[s])
                )
            )
        ):
            # "the social network X", "X, the social network": a one-letter name beside
            # what it is.
            add(s, e, ("Organization", "Product"), "propn", None)
        elif (
            s < e
            and _is_name_text(doc[s:e].text, cues)
            and not (
                _line_start(doc, s)
                and e - s == 1
                and doc[s].pos_ != "PROPN"
                and not _unknown_opener(doc[s])
            )
            and not _common_abbreviation(doc, s, e)
        ):
            add(s, e, _class_candidates(doc, s, e, "", cues), "propn", None)
        i = max(j, i + 1)
    mentions.sort(key=lambda m: m.start)
    known_ends = {m.end for m in mentions if m.gaz_name}
    # "the startup's Series B3 round": a round's label is no name.
    mentions = _attach_suffixes(
        doc,
        [
            m
            for m in mentions
            if not _round_label(doc, m.start, m.end)
            and not _capitalised_common(doc, m, cues)
            and not _bracketed_ticker(doc, m, known_ends)
        ],
        cues,
    )
    mentions = _versioned_names(doc, _elided_versions(doc, mentions, cues), cues)
    mentions = _completed_by_longer(doc, mentions)
    _share_surnames(doc, mentions)
    return _join_city_state(doc, _letter_tails(doc, _numbered_firms(doc, mentions, cues)))


def _letter_tails(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'HyperNova X', 'Model S': a capital letter the name before it modifies ends that
    name (not a name of its own, such as the social network X)."""
    out: list[Mention] = []
    skip: set[int] = set()
    by_start = {m.start: m for m in mentions}
    for m in mentions:
        if m.start in skip:
            continue
        j = m.end
        last = doc[m.end - 1]
        if (
            j < len(doc)
            and len(doc[j].text) == 1
            and doc[j].text.isupper()
            and doc[j].pos_ in {"PROPN", "NOUN", "X"}
            and last.head.i == j
            and last.dep_ in {"compound", "nmod"}
            and last.whitespace_
            and m.classes[0] != "Location"
            and (
                j + 1 == len(doc)
                or doc[j + 1].pos_ not in {"PROPN", "NUM"}
                or not doc[j + 1].text[:1].isalnum()
            )
        ):
            letter = by_start.get(j)
            if letter is not None:
                skip.add(j)
            m.end = j + 1
            m.char_end = m.char_start + doc[j].idx + len(doc[j].text) - doc[m.start].idx
            m.text = doc[m.start : j + 1].text
        out.append(m)
    return [m for m in out if m.start not in skip or m.end - m.start > 1]


#: A version number after a name the reference data does not know: "Nimbus 2", "Orbit
#: 3.5".
_NAME_VERSION = re.compile(r"\d{1,2}(?:\.\d{1,2})?")


def _versioned_names(doc: Doc, mentions: list[Mention], cues: Cues) -> list[Mention]:
    """'rolled out Nimbus 2 to users', 'its Nimbus 4 model': a small number right after a
    name no gazetteer entry gives, which counts nothing, is the name's version."""
    starts = {m.start for m in mentions}
    measures = cues.words("measure_nouns")
    out: list[Mention] = []
    for m in mentions:
        j = m.end
        nxt = doc[j + 1] if j + 1 < len(doc) else None
        if (
            not m.gaz_name
            and m.source != "gazetteer"
            and "Person" not in m.classes[:1]
            and "Location" not in m.classes[:1]
            and j < len(doc)
            and j not in starts
            and _NAME_VERSION.fullmatch(doc[j].text) is not None
            and doc[j].ent_type_ not in {"DATE", "MONEY", "PERCENT", "QUANTITY", "TIME"}
            and doc[j - 1].whitespace_
            and (
                nxt is None
                or not (
                    nxt.tag_ == "NNS"
                    or nxt.like_num
                    or nxt.lower_ in _COUNTED
                    or nxt.lower_ in measures
                    or nxt.text in {"%", "-", "/", ":"}
                )
            )
        ):
            # (A numbered name is a release, not a company: "Orion 3".)
            classes = tuple(c for c in m.classes if c not in {"Organization", "Person"})
            m = replace(
                m,
                end=j + 1,
                text=doc[m.start : j + 1].text,
                char_end=m.char_end + len(doc[j - 1].whitespace_) + len(doc[j].text),
                classes=classes or ("AIModel", "Product"),
            )
        out.append(m)
    return out


def _completed_by_longer(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'released Nimbus 3 in May, and an assistant powered by Nimbus 3': a name whose next
    words, in no other name, complete a longer name the chunk uses is that longer name."""
    longer = {m.text for m in mentions if m.end - m.start > 1}
    if not longer:
        return mentions
    covered = {i for m in mentions for i in range(m.start, m.end)}
    out: list[Mention] = []
    for m in mentions:
        for k in (1, 2):
            end = m.end + k
            if m.gaz_name or end > len(doc) or any(i in covered for i in range(m.end, end)):
                break
            span = doc[m.start : end]
            if span.text in longer:
                m = replace(
                    m,
                    end=end,
                    text=span.text,
                    char_end=m.char_start + span.end_char - span.start_char,
                )
                break
        out.append(m)
    return out


#: A version named without its family: "910D", "920", "2.5" (no year, no count).
_BARE_VERSION = re.compile(r"\d{1,4}(?:\.\d+)*[A-Za-z]{0,3}")


def _elided_versions(doc: Doc, mentions: list[Mention], cues: Cues) -> list[Mention]:
    """'the Ascend 910C, 910D and 920', 'Gemini 2.0 Flash and 2.5 Pro': versions listed
    after a named one, with the family's name left out, are names of that family."""
    tiers = cues.words("model_tiers")
    # ("910D" the tagger read as a name of its own is the version too.)
    bare = {m.start: m for m in mentions if not m.gaz_name and _BARE_VERSION.fullmatch(m.text)}
    covered = {i for m in mentions if m.start not in bare for i in range(m.start, m.end)}
    added: list[Mention] = []
    for m in mentions:
        if m.start in bare:
            continue
        cut = next((i for i in range(m.start + 1, m.end) if doc[i].text[:1].isdigit()), None)
        if cut is None or not all(t.is_alpha and t.text[:1].isupper() for t in doc[m.start : cut]):
            continue
        family = doc[m.start : cut].text
        j = m.end
        while j < len(doc):
            k = j
            while k < len(doc) and doc[k].text in {",", "and", "or"}:
                k += 1
            if k == j or k >= len(doc) or k in covered:
                break
            v = doc[k]
            if (
                not _BARE_VERSION.fullmatch(v.text)
                or v.ent_type_ in {"MONEY", "PERCENT", "QUANTITY", "TIME"}
                or (v.ent_type_ == "DATE" and len(v.text) == 4)
            ):
                break
            end = k + 1
            while end < len(doc) and end not in covered and doc[end].lower_ in tiers:
                end += 1
            span = doc[k:end]
            added.append(
                Mention(
                    k,
                    end,
                    f"{family} {span.text}",
                    span.start_char + m.char_start - doc[m.start].idx,
                    span.end_char + m.char_start - doc[m.start].idx,
                    m.classes,
                    "propn",
                    None,
                )
            )
            covered.update(range(k, end))
            j = end
    if not added:
        return mentions
    replaced = {m.start for m in added}
    kept = [m for m in mentions if not (m.start in bare and m.start in replaced)]
    return sorted([*kept, *added], key=lambda m: m.start)


def _numbered_firms(doc: Doc, mentions: list[Mention], cues: Cues) -> list[Mention]:
    """'1789 Capital', '645 Ventures': a firm named by a number and a designator word, not
    the bare word."""
    designators = cues.words("investor_designators") | {"global"}
    out: list[Mention] = []
    for m in mentions:
        s = m.start
        if (
            m.end - s == 1
            and s > 0
            and doc[s].lower_ in designators
            and doc[s - 1].like_num
            and doc[s - 1].tag_ == "CD"
            and doc[s - 1].ent_type_ not in {"MONEY", "PERCENT"}
            and not any(t.text in {"$", "€", "£"} for t in doc[max(0, s - 3) : s])
            and (not out or out[-1].end < s)
        ):
            num = doc[s - 1]
            m = replace(
                m,
                start=s - 1,
                text=doc[s - 1 : m.end].text,
                char_start=m.char_start - len(num.text_with_ws),
            )
        out.append(m)
    return out


def _bracketed_ticker(doc: Doc, m: Mention, known_ends: set[int]) -> bool:
    """A stock symbol in brackets after a known company's name ("Amazon (AMZN)",
    "Google's (GOOG, GOOGL)"): its ticker, no name of its own. The initials of the words
    before ("Amazon Web Services (AWS)") and known names stay; so does the bracketed
    short name of a company the gazetteer does not know ("Sharon AI (SAI)")."""
    if m.gaz_name or m.end - m.start != 1 or not re.fullmatch(r"[A-Z]{1,5}", m.text):
        return False
    i = m.start - 1
    while i >= 0 and (doc[i].text == "," or re.fullmatch(r"[A-Z]{1,5}", doc[i].text)):
        i -= 1
    if i < 1 or doc[i].text != "(":
        return False
    j = i - 1
    if doc[j].text in {"'s", "’s", "'"}:
        j -= 1
    if j + 1 not in known_ends:
        return False
    words: list[str] = []
    while j >= 0 and doc[j].text[:1].isupper() and len(words) < len(m.text):
        words.insert(0, doc[j].text)
        j -= 1
    if not words:
        return False
    return "".join(w[0] for w in words[-len(m.text) :]).upper() != m.text


def _capitalised_common(doc: Doc, m: Mention, cues: Cues) -> bool:
    """A common noun capitalised only because it starts the sentence ("Cloud companies are
    turning to ..."), or a capitalised description after "a" ("a major Wall Street
    Bank"): no name unless the gazetteer knows it."""
    if m.gaz_name:
        return False
    if m.end - m.start > 1 and doc[m.end - 1].lower_ in cues.words("description_heads"):
        i = m.start - 1
        while i >= 0 and doc[i].pos_ == "ADJ":
            i -= 1
        if i >= 0 and doc[i].lower_ in {"a", "an"}:
            return True
    if m.end - m.start != 1:
        return False
    if doc[m.start].lower_ in {"head", "chief", "director", "president", "chair"} and (
        m.end < len(doc) and doc[m.end].lower_ == "of"
    ):
        # "Priya Raman, Head of AI at Cohere": a post, not a name.
        return True
    start = doc[m.start].sent.start
    if any(not t.is_space and not t.is_punct for t in doc[start : m.start]) and not _line_start(
        doc, m.start
    ):
        return False
    word = doc[m.start].lower_
    common = cues.words("generic_heads") | cues.words("org_designators")
    common |= {w for nouns in cues.raw["class_cue_nouns"].values() for w in nouns}
    j = m.end
    while j < len(doc) and doc[j].is_lower and doc[j].pos_ == "NOUN" and j - m.end < 3:
        j += 1
    if j > m.end and doc[j - 1].lower_ in common and j < len(doc) and doc[j].text[:1].isupper():
        # "Humanoid robot maker Figure AI": a word that only says what kind of maker the
        # name after it is.
        return True
    nxt = doc[m.end] if m.end < len(doc) else None
    if (
        word.endswith("s")
        and doc[m.start].tag_ in {"NNS", "NNPS"}
        and nxt is not None
        and nxt.tag_ == "VBP"
        and nxt.is_lower
    ):
        # "Publishers allege ...": a plural subject agreeing with its verb is a kind of
        # party, not one company ("Lumora alleges").
        return True
    if doc[m.start].tag_ == "NNS" and doc[m.start].lemma_.lower() in common:
        # "Startups like Groq and Cerebras ...": a plural common noun.
        return True
    return word in common and nxt is not None and nxt.is_lower and nxt.pos_ == "NOUN"


#: A funding round's label, or the letter and number after "Series".
_ROUND_LABEL = re.compile(r"(?:series\s+)?[a-j]\d{0,2}(?:-\d)?|series", re.IGNORECASE)
_SIZED_ROUND = re.compile(r"[\d.,]+\s*[a-z]{0,7}\s+series\s+[a-j]\d{0,2}(?:-\d)?", re.IGNORECASE)


def _round_label(doc: Doc, start: int, end: int) -> bool:
    # ("led its Series B." at a sentence's end.)
    text = doc[start:end].text.rstrip(".")
    if text.lower() == "series" or _SIZED_ROUND.fullmatch(text):
        # (Also with its size: "the startup's €1.7bn Series C".)
        return True
    if not _ROUND_LABEL.fullmatch(text):
        return False
    return text.lower().startswith("series") or (start > 0 and doc[start - 1].lower_ == "series")


def _variant_end(doc: Doc, span: Span, cls: str, known: list[Span], cues: Cues) -> int:
    """Where a known name ends when a version or tier follows a model's name ("Nova
    Premier", "Grok 4 Heavy") or a company word a company's ("Forbes Media"): the
    span's own end when none does.

    Only a capitalised tier word (``model_tiers`` in cues.json) or a number that
    leads to one, and never into another known name.
    """
    starts = {g.start for g in known}
    if cls == "Organization":
        # "Forbes Media", "Reliance Capital": a company word after a known company makes a
        # name of its own, unless it is the same company's suffix ("Tencent Holdings").
        j = span.end
        if (
            j < len(doc)
            and j not in starts
            and doc[j].pos_ == "PROPN"
            and doc[j].text[:1].isupper()
            and doc[j].lower_ in cues.words("org_designators")
            and doc[j].lower_ not in cues.words("same_company_suffixes")
            and (j + 1 == len(doc) or doc[j + 1].pos_ != "PROPN")
        ):
            return j + 1
        if (
            j < len(doc)
            and doc[span.end - 1].lower_ == "fund"
            and re.fullmatch(r"\d{1,2}|I{1,3}|IV|VI{0,3}", doc[j].text) is not None
        ):
            # "Vision Fund 2", "Growth Fund III": a numbered fund is a fund of its own.
            return j + 1
        if (
            j < len(doc)
            and j not in starts
            and _ORG_VERSION.fullmatch(doc[j].text) is not None
            and (
                j + 1 == len(doc) or (doc[j + 1].lower_ not in _COUNTED and not doc[j + 1].like_num)
            )
        ):
            # "Mistral 3.1": a company's name with a version is a model of its own.
            return j + 1
        return span.end
    j = span.end
    if (
        cls in {"Product", "CloudPlatform"}
        and j < len(doc)
        and j not in starts
        and doc[j].text.istitle()
        and doc[j].lower_ in cues.words("product_name_tails")
    ):
        # "Azure AI Studio": a known platform's named part is a product of its own.
        return j + 1
    if cls not in {"AIModel", "Product", "Hardware"}:
        return span.end
    tiers = cues.words("model_tiers")
    end = span.end
    j = span.end
    if (
        cls == "AIModel"
        and j + 1 < len(doc)
        and doc[j].text == "-"
        and not doc[j - 1].whitespace_
        and not doc[j].whitespace_
        and j + 1 not in starts
        and re.fullmatch(r"[A-Za-z0-9]{1,10}", doc[j + 1].text) is not None
        and (
            doc[j + 1].text.lower() in tiers
            or not doc[j + 1].text.isalpha()
            or doc[j + 1].text.isupper()
        )
    ):
        # "MAI-1-preview", "Qwen2.5-1M", "Qwen2.5-VL": a suffix glued on by a hyphen
        # names a model of its own (split or not by the tokenizer).
        k = j + 2
        while (
            k < len(doc)
            and k - j < 4
            and not doc[k - 1].whitespace_
            and doc[k].text.isalnum()
            and k not in starts
        ):
            k += 1
        return k
    while j < len(doc) and j not in starts and j - span.end < 3:
        tok = doc[j]
        if _VERSION.fullmatch(tok.text):
            # "Ernie X1", "Maia 100", "Llama 3.1" (not "Gemini 2 years ago").
            nxt = doc[j + 1].lower_ if j + 1 < len(doc) else ""
            if nxt in cues.words("measure_nouns") or (
                nxt in _COUNTED
                and tok.like_num
                # (One digit before "chips" names a generation: "its Trainium 2 chips".)
                and not (nxt in {"chips", "gpus"} and re.fullmatch(r"[1-9]", tok.text))
            ):
                # ("Nova 20 chips" counts; "TPU v5 chips" names a version.)
                break
            j += 1
            end = j
            continue
        if tok.lower_ in tiers and tok.text[:1].isupper():
            j += 1
            end = j
            continue
        if tok.text == "Gen" and j + 1 < len(doc) and j + 1 not in starts and doc[j + 1].like_num:
            # "Snapdragon 8 Gen 3": a numbered generation is part of the chip's name.
            j += 2
            end = j
            continue
        if (
            tok.text == "-"
            and j + 1 < len(doc)
            and j + 1 not in starts
            and doc[j + 1].lower_ in tiers
            and doc[j + 1].text[:1].isupper()
            and tok.idx == doc[j - 1].idx + len(doc[j - 1].text)
            and doc[j + 1].idx == tok.idx + 1
        ):
            # "Gemini 2.0 Flash-Lite": a hyphened tier.
            j += 2
            end = j
            continue
        break
    return end


#: A version after a company's name that makes a model's ("Mistral 3.1").
_ORG_VERSION = re.compile(r"\d{1,2}\.\d{1,2}")
#: A version after a model's name: a number, capitals and digits ("X1", "V3", "MI455X"),
#: digits and a capital ("920C"), or a small "v" and a number ("TPU v5").
_VERSION = re.compile(r"\d+(?:\.\d+)?|[A-Z]{1,3}\d{1,4}[A-Za-z]?|\d{2,4}[A-Z]|v\d{1,2}(?:\.\d+)?")
#: What a number counts rather than versions.
_COUNTED = frozenset(
    {
        "years",
        "year",
        "months",
        "month",
        "weeks",
        "week",
        "days",
        "day",
        "times",
        "%",
        "percent",
        "million",
        "billion",
        "trillion",
        "users",
        "people",
        "chips",
        "gpus",
    }
)


def _lower_verb(tok: Token) -> bool:
    """A finite or participial verb written in lower case: never part of a name."""
    return tok.pos_ in {"VERB", "AUX"} and tok.text.islower() and tok.tag_.startswith("VB")


def _one_letter_name(tok: Token, cues: Cues) -> bool:
    """A capital letter beside a word that says it is a name (cues.json ``one_letter_*``)."""
    if len(tok.text) != 1 or not tok.text.isupper() or tok.pos_ not in {"PROPN", "NOUN"}:
        return False
    doc = tok.doc
    heads = cues.words("one_letter_name_heads")
    before = doc[tok.i - 1] if tok.i > 0 else None
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return (
        (before is not None and before.lower_ in heads)
        or any(c.dep_ == "appos" and c.lower_ in heads for c in kids(tok))
        or (after is not None and after.lower_ in cues.words("one_letter_name_tails"))
        or (
            tok.dep_ == "pobj"
            and tok.head.lower_ in cues.words("one_letter_name_preps")
            and tok.head.head.lemma_.lower() in cues.words("one_letter_name_verbs")
        )
        # ("xAI has acquired X": what is bought or sold is a company.)
        or (
            tok.dep_ in {"dobj", "nsubjpass"}
            and tok.head.lemma_.lower() in cues.words("one_letter_name_object_verbs")
        )
    )


def _attach_suffixes(doc: Doc, mentions: list[Mention], cues: Cues) -> list[Mention]:
    """'NYP Holdings, Inc.': a corporate suffix after a name (and a comma) is part of
    that name, never a name of its own."""
    suffixes = cues.words("same_company_suffixes")
    out: list[Mention] = []
    for m in mentions:
        if m.source != "gazetteer" and m.text.lower().rstrip(".") in suffixes:
            prev = out[-1] if out else None
            gap = doc[prev.end : m.start].text.strip() if prev is not None else "x"
            if prev is not None and gap in {"", ","}:
                out[-1] = replace(prev, end=m.end, char_end=m.char_end)
            continue
        out.append(m)
    return out


def _join_city_state(doc: Doc, mentions: list[Mention]) -> list[Mention]:
    """'Redmond, Washington-based': one place named by its city."""
    out: list[Mention] = []
    for m in mentions:
        a = out[-1] if out else None
        if (
            a is not None
            # ("Livingston, New Jersey-based": an unknown name before a place and
            # "-based" is a city too.)
            and (
                a.classes[0] == "Location"
                or (
                    a.source != "gazetteer"
                    and m.end + 1 < len(doc)
                    and doc[m.end + 1].lower_ in {"based", "headquartered"}
                )
            )
            and m.classes[0] == "Location"
            and m.start == a.end + 1
            and doc[a.end].text == ","
            # ("Renton, Wash.-based Providence, Seattle-based X": the name described by
            # one place before the next place.)
            and not (a.start >= 1 and doc[a.start - 1].lower_ in {"based", "headquartered"})
            and m.end < len(doc)
            and (
                doc[m.end].text == "-"
                # ("at its Austin, Texas, campus".)
                or (
                    doc[m.end].text == ","
                    and m.end + 1 < len(doc)
                    and doc[m.end + 1].lower_ in {"headquarters", "hq", "campus", "offices"}
                )
            )
        ):
            known = a.classes[0] == "Location"
            a.classes = ("Location",)
            a.end = m.end
            a.char_end = m.char_end
            if known:
                # (An unknown city keeps its own name: "Livingston".)
                a.text = doc[a.start : m.end].text
            continue
        out.append(m)
    return out


def _share_surnames(doc: Doc, mentions: list[Mention]) -> None:
    """'Dario and Daniela Amodei': the lone first name takes the shared surname."""
    for a, b in itertools.pairwise(mentions):
        if (
            a.end - a.start == 1
            and a.source != "gazetteer"
            and "Person" in a.classes
            and b.start == a.end + 1
            and doc[a.end].lower_ == "and"
            and b.end - b.start == 2
            and b.classes[0] == "Person"
            and doc[a.start].text[:1].isupper()
        ):
            a.text = f"{a.text} {doc[b.end - 1].text}"
            a.classes = b.classes


#: A capital, then letters and digits with both in it ("MI355X", "TPUv5p", "H200").
_MODEL_NUMBER = re.compile(r"[A-Z](?=[A-Za-z]*\d)(?=(?:.*[A-Za-z]){2}|(?:.*\d){3})[A-Za-z0-9]+")
#: A quarter, a half or a fiscal year ("Q4", "H1", "FY2025"), which is no model.
_PERIOD = re.compile(r"(?:Q[1-4]|H[12]|FY\d+)$")


def _product_tail_end(doc: Doc, j: int, taken: list[bool], cues: Cues) -> int:
    """Where a name ending before ``j`` ends when one or two capitalised words after it
    end in a word that names a kind of product ("... Virtual Assistant", "... AI Agent");
    else ``j``."""
    tails = cues.words("product_name_tails")
    end = j
    for k in range(j, min(j + 2, len(doc))):
        t = doc[k]
        if taken[k] or not t.is_alpha or not t.text.istitle() or t.is_sent_start:
            break
        if t.lower_ in tails:
            # (The last such word: "Excel Agent Mode".)
            end = k + 1
    return end


def _unknown_opener(tok: Token) -> bool:
    """A capitalised word opening a sentence, read as a common noun, that is its subject
    and no English word the pipeline knows ("Corvane, a chip startup, raised ..."): a
    name. (Not a word the text also uses in lower case.)"""
    text = tok.text
    if not (
        tok.tag_ == "NN"
        and tok.dep_ in {"nsubj", "nsubjpass"}
        and len(text) > 3
        and text.isalpha()
        and text.istitle()
        and _line_start(tok.doc, tok.i)
    ):
        return False
    known = english_words(tok.doc.vocab)
    low = tok.lower_
    return (
        bool(known)
        and low not in known
        and tok.lemma_.lower() not in known
        and not any(t.text == low for t in tok.doc)
    )


def _propn_like(tok: Token) -> bool:
    if tok.pos_ != "PROPN":
        if _unknown_opener(tok):
            return True
        # "Wren-2", "MI300X" tagged as common nouns: a capital plus a digit is a name.
        text = tok.text
        if (
            tok.pos_ == "NOUN"
            and text.isalpha()
            and text.isupper()
            and 2 <= len(text) <= 6
            and any(c.pos_ == "PROPN" and not c.text.isupper() for c in tok.conjuncts)
        ):
            # "such as DTCP, Mirae Asset and Thomvest": an acronym listed with names.
            return True
        if tok.pos_ in {"NOUN", "ADJ"} and text[:1].isupper() and _named_by_kind(tok):
            return True
        if tok.pos_ in {"NUM", "SYM", "X"}:
            # "TPUv5p", "MI355X" read as a number or a symbol: a model number.
            return _MODEL_NUMBER.fullmatch(text) is not None and not _PERIOD.match(text)
        return (
            tok.pos_ in {"NOUN", "ADJ"}
            and text[:1].isupper()
            and any(c.isdigit() for c in text)
            and any(c.isalpha() for c in text)
        )
    text = tok.text
    return bool(text[:1].isupper() or any(c.isdigit() for c in text)) and text not in POSSESSIVE


def _named_by_kind(tok: Token) -> bool:
    """A capitalised common word the kind of company before it makes a name: "the
    robotics startup Figure" (not at a sentence's start, where any word is capitalised)."""
    i = tok.i
    if i < 1 or tok.is_sent_start or not tok.text.isalpha() or not tok.text[1:].islower():
        return False
    before = tok.doc[i - 1]
    return (
        before.is_lower
        and before.dep_ == "compound"
        and before.head.i == i
        and before.lower_ in load_cues().raw["class_cue_nouns"]["Organization"]
    )


def _trailing_version(doc: Doc, i: int, cues: Cues) -> bool:
    """A small number that ends a name as its version ("Orion 3", "Vega 2.5"), not a
    count or a year ("Orion 3 times", "Nimbus 2024")."""
    nxt = doc[i + 1].lower_ if i + 1 < len(doc) else ""
    return (
        re.fullmatch(r"\d{1,2}(?:\.\d)?", doc[i].text) is not None
        and nxt not in cues.words("measure_nouns")
        and nxt not in _COUNTED
    )


def _joiner(doc: Doc, i: int) -> bool:
    """A hyphen or number inside a product name ("Orris-2", "Claude 3 Opus")."""
    tok = doc[i]
    if tok.text == "-" and i + 1 < len(doc) and not tok.whitespace_:
        return True
    return tok.like_num and i > 0 and doc[i - 1].pos_ == "PROPN" and not tok.text.startswith("$")
