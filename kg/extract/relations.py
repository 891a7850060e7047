"""A small generic engine that reads the trigger table ``data/relations.json``.

Each rule names trigger lemmas (with parts of speech), the relation, and an
ordered list of argument *roles* for its subject and object ("subj", "obj",
"prep:in", "poss", "described", ...). The engine knows how to find a role in
a dependency parse (active and passive voice, relative clauses, control verbs,
appositions, coordination); the table says which role fills which slot. One
pass over the tokens of a sentence looks every token up in the trigger index,
so the cost is linear in the sentence, not in the number of entity pairs.

Arguments are mapped to entities through the mention table; definite
descriptions and pronouns ("the startup", "its") go to the nearest compatible
named entity before them, and such arguments are marked ``via_ref`` so the
confidence can be lowered.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from kg.extract.entities import Mention, load_cues
from kg.extract.nlp import load_json

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from kg.extract.resolve import Registry


@dataclass(frozen=True)
class Rule:
    """One row of the trigger table."""

    id: str
    lemmas: frozenset[str]
    pos: frozenset[str]
    relation: str
    subject: tuple[str, ...]
    object: tuple[str, ...]
    confidence: float
    pairwise: bool = False
    amount: bool = False
    require_child: frozenset[str] = frozenset()
    forbid_child: frozenset[str] = frozenset()
    dep: frozenset[str] = frozenset()
    not_dep: frozenset[str] = frozenset()
    head_lemma: frozenset[str] = frozenset()
    not_head_lemma: frozenset[str] = frozenset()
    head_pos: frozenset[str] = frozenset()
    object_direct: bool = False
    object_classes: frozenset[str] = frozenset()
    reported: bool = False
    object_forbid_appos: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Arg:
    """An argument: canonical entity name, the mention or token it came from."""

    name: str
    token: int
    via_ref: bool


@dataclass(frozen=True)
class Candidate:
    """A relation found by a rule, before type checks and qualifiers."""

    rule: Rule
    trigger: int
    subject: Arg
    object: Arg


@dataclass(frozen=True)
class RuleSet:
    """The trigger table indexed by lemma, plus the structural tables."""

    by_lemma: dict[str, tuple[Rule, ...]]
    possessive: tuple[dict[str, Any], ...]
    ref_nouns: dict[str, tuple[str, ...]]
    maker_nouns: frozenset[str]
    light_verbs: frozenset[str]
    plural_refs: frozenset[str]


@lru_cache(maxsize=1)
def load_rules() -> RuleSet:
    """Read ``relations.json`` once."""
    data = load_json("relations.json")
    index: dict[str, list[Rule]] = {}
    for row in data["rules"]:
        rule = Rule(
            id=row["id"],
            lemmas=frozenset(x.lower() for x in row["lemmas"]),
            pos=frozenset(row.get("pos", ["VERB"])),
            relation=row["relation"],
            subject=tuple(row["subject"]),
            object=tuple(row["object"]),
            confidence=float(row.get("confidence", 0.7)),
            pairwise=bool(row.get("pairwise", False)),
            amount=bool(row.get("amount", False)),
            require_child=frozenset(x.lower() for x in row.get("require_child", ())),
            forbid_child=frozenset(x.lower() for x in row.get("forbid_child", ())),
            dep=frozenset(row.get("dep", ())),
            not_dep=frozenset(row.get("not_dep", ())),
            head_lemma=frozenset(x.lower() for x in row.get("head_lemma", ())),
            not_head_lemma=frozenset(x.lower() for x in row.get("not_head_lemma", ())),
            head_pos=frozenset(row.get("head_pos", ())),
            object_direct=bool(row.get("object_direct", False)),
            object_classes=frozenset(row.get("object_classes", ())),
            reported=bool(row.get("reported", False)),
            object_forbid_appos=frozenset(row.get("object_forbid_appos", ())),
        )
        for lemma in rule.lemmas:
            index.setdefault(lemma, []).append(rule)
    return RuleSet(
        by_lemma={k: tuple(v) for k, v in index.items()},
        possessive=tuple(data.get("possessive", ())),
        ref_nouns={k: tuple(v) for k, v in data.get("reference_nouns", {}).items()},
        maker_nouns=frozenset(data.get("maker_nouns", ())),
        light_verbs=frozenset(data.get("light_verbs", ())),
        plural_refs=frozenset(data.get("plural_reference_nouns", ())),
    )


SUBJ_DEPS = {"nsubj", "csubj"}
PASS_SUBJ_DEPS = {"nsubjpass", "csubjpass"}
CLIMB_DEPS = {
    "amod",
    "xcomp",
    "conj",
    "acl",
    "advcl",
    "pobj",
    "prep",
    "pcomp",
    "dobj",
    "ccomp",
    "relcl",
    "attr",
    "appos",
    "oprd",
    "npadvmod",
    "advmod",
    "acomp",
}
#: "..., the ChatGPT maker said": the speaker is the sentence's main subject.
REPORTING_VERBS = {"say", "announce", "add", "note", "tell", "state", "confirm", "claim", "report"}
ACCUSING_VERBS = {"claim", "allege", "accuse", "argue", "contend", "charge"}
REL_PRONOUNS = {"which", "that", "who", "whom", "whose"}
PERSONAL = {"it", "its", "they", "their", "them", "itself", "he", "his", "she", "her", "him"}


@lru_cache(maxsize=1)
def _coercible() -> dict[str, tuple[str, ...]]:
    """Class -> the classes a name of it may stand for (``types.json``)."""
    return {k: tuple(v) for k, v in load_json("types.json").get("coercible", {}).items()}


class SentenceContext:
    """Token -> mention lookups and reference resolution for one parsed chunk."""

    def __init__(
        self,
        doc: Doc,
        mentions: list[Mention],
        registry: Registry,
        history: list[tuple[int, str, tuple[str, ...]]],
        offset: int,
        makers: dict[str, str],
    ) -> None:
        self.doc = doc
        self.registry = registry
        self.offset = offset
        self.by_token: dict[int, Mention] = {}
        for m in mentions:
            if not m.canonical:
                continue
            for i in range(m.start, m.end):
                self.by_token[i] = m
        self.history = history  # (global char offset, canonical, classes) of earlier mentions
        self.makers = makers
        self.extra_banned: set[str] = set()
        self._ref_depth = 0
        self.rules = load_rules()
        self.generic = load_cues().words("generic_heads")
        self.measures = load_cues().words("measure_nouns")
        self.coercible = _coercible()

    # -- entity lookup -------------------------------------------------
    def owner_classes(self, name: str) -> tuple[str, ...]:
        """Primary class plus the classes it may stand for ("AWS" the cloud is also a company)."""
        ent = self.registry.get(name)
        if ent is not None and not ent.gazetteer:
            return ent.classes
        first = self.classes(name)[0]
        return (first, *self.coercible.get(first, ()))

    def classes(self, name: str) -> tuple[str, ...]:
        ent = self.registry.get(name)
        return ent.classes if ent else ("Organization",)

    def mention_at(self, tok: Token) -> Mention | None:
        return self.by_token.get(tok.i)

    def entities_of(self, tok: Token, exclude: str = "", depth: int = 0) -> list[Arg]:
        """The entities a token stands for, with its coordinated siblings."""
        out: list[Arg] = []
        if tok.lower_ in self.rules.plural_refs and tok.i not in self.by_token:
            pair = self._plural_reference(tok)
            if pair:
                return pair
        if tok.lower_ in {"they", "their", "them"}:
            # "Microsoft, Meta and Oracle said they would use ...": all the conjoined subjects.
            for t in tok.sent:
                if t.i >= tok.i:
                    break
                if t.dep_ in SUBJ_DEPS and t.i in self.by_token and t.conjuncts:
                    return [
                        Arg(self.by_token[c.i].canonical, tok.i, True)
                        for c in (t, *t.conjuncts)
                        if c.i in self.by_token
                    ]
        for t in self._coordinated(tok):
            arg = self._entity_of(t, exclude, depth)
            if arg is not None and all(a.name != arg.name for a in out):
                out.append(arg)
        return out

    def _coordinated(self, tok: Token, owned: bool = False) -> list[Token]:
        toks = [tok]
        doc = tok.doc
        if tok.dep_ in SUBJ_DEPS and tok.conjuncts:
            # "Oracle, Microsoft and OpenAI are partnering": a first conjunct the parser dropped.
            i = tok.i - 1
            while i >= 1 and doc[i].text == "," and doc[i - 1].i in self.by_token:
                m = self.by_token[doc[i - 1].i]
                if doc[m.end - 1].dep_ not in {"intj", "npadvmod", "dep", "nmod", "compound"}:
                    break
                toks.append(doc[m.end - 1])
                i = m.start - 1
        for c in tok.conjuncts:
            # "OpenAI's GPT-4 and Google's Gemini": a conjunct with its own owner is not shared.
            own_poss = owned and any(k.dep_ == "poss" for k in c.children)
            if c.i > tok.i and c.pos_ in {"PROPN", "NOUN", "PRON"} and not own_poss:
                toks.append(c)
        # "investors including Nvidia and Salesforce Ventures", "customers such as Notion".
        for child in tok.children:
            if child.dep_ == "prep" and (
                child.lower_ in {"including", "like"}
                or (child.lower_ == "as" and any(g.lower_ == "such" for g in child.children))
            ):
                for p in _children(child, {"pobj"}):
                    toks.append(p)
                    toks.extend(c for c in p.conjuncts if c.i > p.i)
        # "the AI music generators Suno and Udio": the named apposition and its conjuncts.
        for child in tok.children:
            if child.dep_ == "appos" and child.i in self.by_token and tok.i not in self.by_token:
                toks.append(child)
                toks.extend(c for c in child.conjuncts if c.i > child.i and c.sent == tok.sent)
        # "AWS's Trainium and Inferentia chips", "Dow Jones and New York Post units".
        if tok.pos_ in {"NOUN", "PROPN"}:
            for child in tok.children:
                if (
                    child.dep_ in {"compound", "nmod"}
                    and child.i in self.by_token
                    and child.conjuncts
                ):
                    if self.by_token[child.i] is not self.by_token.get(tok.i):
                        toks.append(child)
                    for c in child.conjuncts:
                        if c.i > child.i and c.sent == tok.sent:
                            toks.append(c)
        return toks

    def _entity_of(self, tok: Token, exclude: str, depth: int) -> Arg | None:
        if depth > 4:
            return None
        m = self.by_token.get(tok.i)
        if m is not None:
            return Arg(m.canonical, tok.i, False)
        low = tok.lower_
        if low in {"those", "that", "ones"}:
            # "compete with those of Korvath".
            for p in tok.children:
                if p.dep_ == "prep" and p.lower_ == "of":
                    for o in _children(p, {"pobj"}):
                        return self._entity_of(o, exclude, depth + 1)
        if tok.pos_ == "PRON" or low in PERSONAL or low in REL_PRONOUNS:
            if low in REL_PRONOUNS:
                ante = _antecedent(tok)
                if ante is not None:
                    # "Notion and Quora, whose Poe app": the nearest conjunct.
                    near = [c for c in ante.conjuncts if ante.i < c.i < tok.i]
                    if near:
                        ante = near[-1]
                if ante is not None and ante.i != tok.i:
                    found = self._entity_of(ante, exclude, depth + 1)
                    if found is not None:
                        return found
                return None
            if low in {"he", "his", "she", "her", "him"}:
                return self.resolve_reference(tok, ("Person",), exclude)
            return self.resolve_reference(
                tok, ("Organization",), exclude
            ) or self.resolve_reference(tok, ("Product", "AIModel"), exclude)
        if tok.pos_ not in {"NOUN", "PROPN", "NUM", "X", "ADJ"}:
            return None
        if (
            tok.pos_ == "NUM"
            or tok.ent_type_ in {"CARDINAL", "QUANTITY", "MONEY"}
            or tok.lemma_.lower() in self.measures
        ):
            # "16,000 of Nvidia's H100 GPUs".
            for p in tok.children:
                if p.dep_ == "prep" and p.lower_ == "of":
                    for o in _children(p, {"pobj"}):
                        return self._entity_of(o, exclude, depth + 1)
        # "former OpenAI researchers Dario and Daniela Amodei": the apposition names it.
        for child in tok.children:
            if child.dep_ == "appos":
                found = self._entity_of(child, exclude, depth + 1)
                if found is not None:
                    return found
            if child.dep_ in {"acl", "relcl"} and child.lemma_.lower() in {"call", "name", "dub"}:
                # "a chip it calls the language processing unit, or LPU".
                for named in _children(child, {"oprd", "attr", "dobj", "xcomp", "ccomp"}):
                    for t in (named, *named.conjuncts, *_children(named, {"appos"})):
                        if t.i in self.by_token:
                            return Arg(self.by_token[t.i].canonical, t.i, False)
        # A head noun named by its compound: "the Claude chatbot", "Trainium chips"
        # (but "the ChatGPT maker" is the maker, found below).
        is_maker = tok.lemma_.lower() in self.rules.maker_nouns
        for child in tok.children:
            if is_maker:
                break
            if child.dep_ in {"compound", "nmod", "amod"} and child.i in self.by_token:
                name = self.by_token[child.i].canonical
                # "the Redmond company" is not Redmond.
                if self.classes(name)[0] != "Location":
                    return Arg(name, child.i, False)
        if tok.dep_ == "appos" and tok.head.i in self.by_token:
            # An apposition names its anchor: "Orris-2, a language model from Orrisfield".
            return Arg(self.by_token[tok.head.i].canonical, tok.head.i, False)
        if tok.lemma_.lower() in self.generic or tok.lower_ in self.generic:
            if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
                # "Gemini, a family of AI models built by ...": the family is the name.
                found = self._entity_of(tok.head.head, exclude, depth + 1)
                if found is not None:
                    return found
            for child in tok.children:
                # "its own products, including the Bing search engine".
                if child.dep_ == "prep" and (
                    child.lower_ in {"including", "like"}
                    or (child.lower_ == "as" and any(g.lower_ == "such" for g in child.children))
                ):
                    for p in child.children:
                        if p.dep_ == "pobj":
                            found = self._entity_of(p, exclude, depth + 1)
                            if found is not None:
                                return found
            for child in tok.children:
                if child.dep_ == "poss":
                    found = self._entity_of(child, exclude, depth + 1)
                    if found is not None:
                        return found
                if child.dep_ == "prep" and child.lower_ in {"from", "of", "by"}:
                    for p in child.children:
                        if p.dep_ == "pobj":
                            found = self._entity_of(p, exclude, depth + 1)
                            if found is not None:
                                return found
        # "the company", "the startup", "the ChatGPT maker".
        if tok.lemma_.lower() in {"round", "funding", "raise"} and tok.pos_ == "NOUN":
            # A funding round stands for the company raising it.
            for child in tok.children:
                if child.dep_ == "poss" or (child.dep_ == "prep" and child.lower_ in {"in", "for"}):
                    target = child if child.dep_ == "poss" else next(iter(child.children), None)
                    if target is not None:
                        found = self._entity_of(target, exclude, depth + 1)
                        if found is not None:
                            return found
            # The company raising the round is the salient one, not the nearest investor.
            return self.resolve_reference(tok, ("Organization",), exclude, salient=True)
        if tok.pos_ in {"NOUN", "PROPN"} and _is_definite(tok):
            lemma = tok.lemma_.lower()
            if tok.lower_ == "up" and tok.i >= 2 and tok.doc[tok.i - 2].lower_ == "start":
                lemma = "startup"
            if lemma in self.rules.maker_nouns:
                for child in tok.children:
                    if child.dep_ in {"compound", "nmod"} and child.i in self.by_token:
                        made = self.by_token[child.i].canonical
                        maker = self.makers.get(made)
                        if maker:
                            return Arg(maker, tok.i, True)
            if lemma in self.rules.ref_nouns:
                # "Scale AI, the data-labelling company co-founded by ...": an apposition
                # the parser missed (not "..., the company said").
                edge = tok.left_edge.i
                doc = tok.doc
                reporting = (
                    tok.dep_ in SUBJ_DEPS
                    and tok.head.lemma_.lower() in REPORTING_VERBS
                    and not _children(tok, {"acl", "relcl", "prep"})
                )
                if (
                    not reporting
                    and edge >= 2
                    and doc[edge - 1].text == ","
                    and edge - 2 in self.by_token
                ):
                    name = self.by_token[edge - 2].canonical
                    if name != exclude and self._fits(name, self.rules.ref_nouns[lemma]):
                        return Arg(name, edge - 2, False)
                return self.resolve_reference(tok, self.rules.ref_nouns[lemma], exclude)
            if lemma in self.rules.maker_nouns:
                return self.resolve_reference(tok, ("Organization",), exclude)
        return None

    def resolve_reference(
        self, tok: Token, want: tuple[str, ...], exclude: str, salient: bool = False
    ) -> Arg | None:
        """The named entity a pronoun or definite description refers to.

        Possessive pronouns bind to the subject of their clause ("OpenAI, which
        counts Microsoft as its backer"). Otherwise the subject of the governing
        verb is ruled out ("SoftBank invested in the company" is not SoftBank),
        and grammatical subjects are preferred over other mentions: first in
        the same sentence, then in earlier sentences, then the nearest mention.
        """
        # References can lead to references ("the startup" -> "it" -> ...): bounded.
        if self._ref_depth > 3:
            return None
        self._ref_depth += 1
        try:
            return self._resolve_reference(tok, want, exclude, salient)
        finally:
            self._ref_depth -= 1

    def _resolve_reference(
        self, tok: Token, want: tuple[str, ...], exclude: str, salient: bool
    ) -> Arg | None:
        if tok.lower_ in {"its", "their", "his", "her"}:
            verb = tok.head
            steps = 0
            while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i and steps < 4:
                verb = verb.head
                steps += 1
            for subj in _subject(verb) if verb.pos_ in {"VERB", "AUX"} else []:
                if subj.i < tok.i:
                    found = self._entity_of(subj, exclude, 3)
                    if found is None:
                        # "Amazon's investment ... brings its total": the subject's possessor.
                        for p in _possessor(subj):
                            found = self._entity_of(p, exclude, 3)
                    if found is not None and found.name != exclude and self._fits(found.name, want):
                        return Arg(found.name, tok.i, True)
        banned = {exclude} | self.extra_banned
        if tok.lower_ not in {"its", "their", "his", "her"} and tok.pos_ in {
            "NOUN",
            "PROPN",
            "PRON",
        }:
            verb = tok.head
            steps = 0
            while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i and steps < 3:
                verb = verb.head
                steps += 1
            if verb.pos_ in {"VERB", "AUX"} and tok.dep_ not in SUBJ_DEPS:
                for subj in _subject(verb):
                    for t in (subj, *subj.conjuncts):
                        if t.i != tok.i and t.i in self.by_token:
                            banned.add(self.by_token[t.i].canonical)
            if verb.pos_ in {"VERB", "AUX"} and tok.dep_ in SUBJ_DEPS and verb.dep_ == "conj":
                # "Nvidia will invest in OpenAI, and the ChatGPT maker will ...": a new
                # description in the second clause names someone other than the first subject.
                for subj in _subject(verb.head):
                    if subj.i in self.by_token:
                        banned.add(self.by_token[subj.i].canonical)
        described = any(
            c.dep_ in {"compound", "nmod"}
            and c.i in self.by_token
            and self.classes(self.by_token[c.i].canonical)[0] != "Location"
            for c in tok.children
        ) or (
            any(
                # "the Leeds-based firm": a description that picks out one of the names before.
                c.dep_ == "amod" and c.lower_ in {"based", "headquartered"}
                for c in tok.children
            )
            and tok.head.i != tok.sent.root.i
        )
        is_pronoun = tok.pos_ == "PRON" or tok.lower_ in PERSONAL
        reporting = tok.dep_ in SUBJ_DEPS and tok.head.lemma_.lower() in REPORTING_VERBS
        # "Getty sued Stability AI, claiming the company copied ...": the accused party.
        accused = (
            tok.dep_ in SUBJ_DEPS
            and tok.head.dep_ == "ccomp"
            and tok.head.head.lemma_.lower() in ACCUSING_VERBS
        )
        described = described or accused
        if not salient and (
            (tok.dep_ not in SUBJ_DEPS | PASS_SUBJ_DEPS and not is_pronoun)
            or (described and not reporting)
        ):
            # An object, or a description that names what it makes ("the ChatGPT maker"):
            # the nearest earlier name, in this sentence or the one before.
            for m in reversed(self._sentence_mentions(tok, previous=True)):
                if m.canonical not in banned and self._fits(m.canonical, want):
                    return Arg(m.canonical, tok.i, True)
        for name in self._subjects_before(tok):
            if name not in banned and self._fits(name, want):
                return Arg(name, tok.i, True)
        for m in reversed(self._sentence_mentions(tok)):
            if m.canonical not in banned and self._fits(m.canonical, want):
                return Arg(m.canonical, tok.i, True)
        pos = self.offset + tok.idx
        for char_pos, name, _classes in reversed(self.history):
            if char_pos < pos and name not in banned and self._fits(name, want):
                return Arg(name, tok.i, True)
        return None

    def _plural_reference(self, tok: Token) -> list[Arg]:
        """'the two companies', 'the chipmakers': the last two organizations named before."""
        kids = {c.lower_ for c in tok.children}
        counted = bool(kids & {"two", "both", "three"})
        acting = (
            "the" in kids
            and tok.dep_ == "nsubj"
            and tok.head.lemma_.lower() in {"team", "partner", "collaborate", "agree", "sign"}
        )
        if not (counted or acting):
            # A bare "the companies did not disclose ..." names nobody for sure.
            return []
        size = 3 if "three" in kids else 2
        names: list[str] = []
        pos = self.offset + tok.idx
        for char_pos, name, _classes in reversed(self.history):
            if char_pos < pos and name not in names and self._fits(name, ("Organization",)):
                names.append(name)
                if len(names) == size:
                    break
        return [Arg(n, tok.i, True) for n in names] if len(names) == size else []

    def _fits(self, name: str, want: tuple[str, ...]) -> bool:
        return self.classes(name)[0] in want

    def _subjects_before(self, tok: Token) -> list[str]:
        """Entity subjects of the sentence before ``tok``, then of the previous sentences."""
        out: list[str] = []
        sent = tok.sent
        for t in sent:
            if t.i >= tok.i:
                break
            if t.dep_ in SUBJ_DEPS | PASS_SUBJ_DEPS:
                if t.i in self.by_token:
                    out.append(self.by_token[t.i].canonical)
                elif t.pos_ == "NOUN" and _children(t, {"appos"}):
                    # "Elon Musk's company xAI has raised ...".
                    found = self._entity_of(t, "", 3)
                    if found is not None:
                        out.append(found.name)
        start = sent.start
        for _ in range(3):
            if start <= 0:
                break
            prev = self.doc[start - 1].sent
            for t in prev:
                # Only the main clause's subject is salient ("The round was led by Iconiq,
                # with Fidelity acting as co-lead": not Fidelity).
                main = t.head.i == prev.root.i or (
                    t.head.dep_ in {"conj", "ccomp"} and t.head.head.i == prev.root.i
                )
                if t.dep_ in SUBJ_DEPS | PASS_SUBJ_DEPS and main:
                    if t.i in self.by_token:
                        out.append(self.by_token[t.i].canonical)
                        break
                    # "The startup still faces ... Reddit sued it": follow the chain.
                    if t.lemma_.lower() in self.rules.ref_nouns or t.lower_ in PERSONAL:
                        found = self._entity_of(t, "", 3)
                        if found is not None:
                            out.append(found.name)
                        break
            start = prev.start
        return out

    def _sentence_mentions(self, tok: Token, previous: bool = False) -> list[Mention]:
        sent = tok.sent
        start = sent.start
        if previous and start > 0:
            start = self.doc[start - 1].sent.start
        seen: list[Mention] = []
        for i in range(start, tok.i):
            m = self.by_token.get(i)
            if m is not None and (not seen or seen[-1] is not m):
                seen.append(m)
        return seen


def _is_definite(tok: Token) -> bool:
    return any(
        c.dep_ in {"det", "poss"} and c.lower_ in {"the", "this", "that", "its", "their"}
        for c in tok.children
    )


def _antecedent(tok: Token) -> Token | None:
    """The noun a relative pronoun stands for ("OpenAI, which ...")."""
    verb = tok.head
    steps = 0
    while verb.dep_ != "relcl" and verb.head.i != verb.i and steps < 3:
        verb = verb.head
        steps += 1
    if verb.dep_ == "relcl":
        return verb.head
    return None


# -- roles -----------------------------------------------------------------


def _is_passive(tok: Token) -> bool:
    if any(c.dep_ in PASS_SUBJ_DEPS or c.dep_ == "auxpass" for c in tok.children):
        return True
    if (
        tok.tag_ == "VBN"
        and tok.dep_ == "conj"
        and tok.head.pos_ == "VERB"
        and any(c.dep_ == "agent" for c in tok.children)
    ):
        # "backed by X and founded by Y": the second participle shares the voice.
        return _is_passive(tok.head)
    return (
        tok.tag_ == "VBN"
        and tok.dep_ in {"acl", "amod", "advcl", "relcl"}
        and not any(c.dep_ in {"aux", "nsubj"} for c in tok.children)
    )


def _children(tok: Token, deps: set[str]) -> list[Token]:
    return [c for c in tok.children if c.dep_ in deps]


def _subject(tok: Token) -> list[Token]:
    """Logical subject of a verb, climbing control verbs, conjunctions and clauses."""
    cur = tok
    for _ in range(6):
        subs = _children(cur, SUBJ_DEPS)
        if subs:
            return subs
        if cur.pos_ == "VERB" or (cur is tok and cur.dep_ in {"ROOT", "relcl"}):
            # A subject the parser took for a compound ("Wrenfield competes with ...").
            subs = [
                c
                for c in cur.children
                if c.i < cur.i
                and (c.dep_ == "compound" or (c.dep_ in {"amod", "nmod"} and c.is_title))
            ]
            if subs:
                return subs
        if cur is not tok and _children(cur, PASS_SUBJ_DEPS) and cur.dep_ != "conj":
            return _children(cur, PASS_SUBJ_DEPS)
        if cur.dep_ in {"acl", "relcl"} and cur.pos_ in {"VERB", "AUX"} and cur is not tok:
            return [cur.head]
        if cur.dep_ == "pcomp" and cur.head.lower_ == "of" and _children(cur.head.head, {"dobj"}):
            # "accusing the startup of using X": the object of 'accuse' does the using.
            return _children(cur.head.head, {"dobj"})
        if cur.dep_ == "acl" and cur is tok and cur.tag_ in {"VBG", "VBN"} and not _is_passive(cur):
            # "a startup building robots": the participle's subject is the noun.
            return [cur.head]
        if cur.dep_ not in CLIMB_DEPS or cur.head.i == cur.i:
            return []
        cur = cur.head
    return []


def _logical_subject(tok: Token) -> list[Token]:
    if tok.pos_ in {"VERB", "AUX"} and _is_passive(tok):
        return _prep_objects(tok, {"by"}, agent=True)
    return _subject(tok)


def _logical_object(tok: Token) -> list[Token]:
    if tok.pos_ in {"VERB", "AUX"} and _is_passive(tok):
        subs = _children(tok, PASS_SUBJ_DEPS)
        if subs:
            return subs
        if tok.dep_ in {"acl", "amod", "relcl"}:
            return [tok.head]
        if tok.dep_ == "conj" and tok.head.pos_ == "VERB" and _is_passive(tok.head):
            return _logical_object(tok.head)
        if tok.dep_ in {"xcomp", "conj"}:
            return _subject(tok.head) or _children(tok.head, PASS_SUBJ_DEPS)
        return []
    objs = _children(tok, {"dobj", "obj"})
    if not objs and tok.dep_ == "relcl" and any(c.dep_ in SUBJ_DEPS for c in tok.children):
        # "the platform Salesforce launched": the object is the modified noun.
        return [tok.head]
    return objs


def _prep_objects(tok: Token, preps: set[str], agent: bool = False) -> list[Token]:
    out: list[Token] = []
    hosts = [tok, *_children(tok, {"dobj", "prt", "attr", "acomp"})]
    for d in _children(tok, {"dobj"}):
        # "buy $30 billion of computing capacity on Azure".
        for p in _children(d, {"prep"}):
            if p.lower_ == "of":
                hosts.extend(_children(p, {"pobj"}))
    if tok.dep_ == "dobj" and tok.pos_ in {"NOUN", "PROPN"}:
        # "taking a stake in X": the preposition hangs on the light verb.
        hosts.append(tok.head)
    for host in hosts:
        for child in host.children:
            if (
                child.dep_ in {"prep", "dative"} or (agent and child.dep_ == "agent")
            ) and child.lower_ in preps:
                out.extend(_children(child, {"pobj"}))
                # "woven into Agentforce ... and into Slack".
                for c in child.conjuncts:
                    if c.lower_ in preps:
                        out.extend(_children(c, {"pobj"}))
                # "in a deal with X": one more hop through a generic noun.
                if not out:
                    for p in _children(child, {"pobj"}):
                        for pp in p.children:
                            if pp.dep_ == "prep" and pp.lower_ in preps:
                                out.extend(_children(pp, {"pobj"}))
            elif child.dep_ == "agent" and "by" in preps:
                out.extend(_children(child, {"pobj"}))
        if out:
            break
    return out


def _described(tok: Token) -> list[Token]:
    """What a noun trigger describes: appositions, copulas, compounds, 'as' phrases."""
    if tok.dep_ == "appos":
        # An apposition describes the noun just before its comma, whatever the parser says
        # ("invest $10 billion in OpenAI, the creator of ChatGPT").
        edge = tok.left_edge.i
        if edge >= 2 and tok.doc[edge - 1].text == "," and tok.doc[edge - 2].pos_ == "PROPN":
            return [tok.doc[edge - 2]]
        return [tok.head]
    subj = _children(tok, {"nsubj"}) if tok.pos_ in {"NOUN", "PROPN"} else []
    if subj:
        return subj
    apps = _children(tok, {"appos"})
    if apps:
        return apps
    for acl in _children(tok, {"acl"}):
        # "a new unit called Microsoft AI".
        if acl.lemma_.lower() in {"call", "name", "dub", "brand"}:
            named = _children(acl, {"oprd", "attr", "dobj", "xcomp"})
            if named:
                return named
    for c in tok.conjuncts:
        if c.i > tok.i and _children(c, {"appos"}):
            return _children(c, {"appos"})
    if tok.dep_ in {"attr", "acomp"}:
        return _subject(tok.head)
    if tok.dep_ == "compound":
        return [tok.head]
    if (
        tok.dep_ == "pobj"
        and tok.head.lower_ in {"among", "of"}
        and tok.head.head.pos_
        in {
            "VERB",
            "AUX",
            "NUM",
        }
    ):
        # "Microsoft is among its largest customers", "one of Reddit's shareholders".
        gov = tok.head.head
        if gov.pos_ == "NUM":
            return _described(gov)
        return _subject(gov)
    if tok.dep_ == "pobj" and tok.head.lower_ == "as":
        verb = tok.head.head
        if verb.dep_ == "relcl" and not _children(verb, {"dobj"}):
            # "an open-weights model it describes as a competitor to ...": the model.
            return [verb.head]
        objs = _children(verb, {"dobj"})
        if objs:
            return objs
        return _subject(verb) or _children(verb, PASS_SUBJ_DEPS)
    if tok.dep_ in {"nsubj"} and tok.head.lemma_ in {"include", "be"}:
        return _children(tok.head, {"dobj", "attr"})
    if tok.dep_ == "conj":
        return _described(tok.head)
    doc = tok.doc
    if tok.pos_ == "NOUN" and tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN":
        # "Oracle's co-founder Larry Ellison said": a title right before a name.
        j = tok.i + 1
        while j + 1 < len(doc) and doc[j + 1].pos_ == "PROPN":
            j += 1
        return [doc[j]]
    if tok.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "ROOT"}:
        return [tok]
    return []


def _possessor(tok: Token) -> list[Token]:
    """The possessor of a noun, also when the parser lost the 's ("Amazon's $4 billion stake")."""
    poss = _children(tok, {"poss"})
    if poss:
        return poss
    edge = tok.left_edge.i
    doc = tok.doc
    if edge >= 2 and doc[edge - 1].text in {"'s", "’s"} and doc[edge - 1].dep_ != "case":
        return [doc[edge - 2]]
    return []


def _owner(tok: Token) -> list[Token]:
    """Who holds a nominal relation: its possessor, else the subject of its verb."""
    return _possessor(tok) or _subject(tok)


def _left(tok: Token) -> list[Token]:
    """The left part of a hyphenated modifier: 'Microsoft-backed', 'San Francisco-based'."""
    out = [
        c
        for c in tok.children
        if c.dep_ in {"npadvmod", "compound", "nmod", "poss", "nsubj"} and c.i < tok.i
    ]
    if not out and tok.i >= 2 and tok.doc[tok.i - 1].text == "-":
        out = [tok.doc[tok.i - 2]]
    doc = tok.doc
    for c in list(out):
        # "Amazon- and Google-backed": the suspended first half.
        j = c.left_edge.i
        if j >= 2 and doc[j - 1].lower_ in {"and", "or", ","} and doc[j - 2].text.endswith("-"):
            out.append(doc[j - 2])
    return out


def _head(tok: Token) -> list[Token]:
    return [tok.head] if tok.head.i != tok.i else []


def _between(tok: Token) -> list[Token]:
    return _prep_objects(tok, {"between", "among"})


def _own_host_or_subject(tok: Token) -> list[Token]:
    """The integrating party when the host is unnamed but its own ('into its products')."""
    for host in [tok, *_children(tok, {"dobj"})]:
        for p in _children(host, {"prep"}):
            if p.lower_ in {"into", "to", "in"}:
                for o in _children(p, {"pobj"}):
                    if any(c.dep_ == "poss" for c in o.children) or o.lemma_ in {"family", "line"}:
                        return _logical_subject(tok)
    return []


def _with_host(tok: Token) -> list[Token]:
    """'ship with Google's Gemini Nano model built in': what the model is built into."""
    noun = tok.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "with":
        verb = noun.head.head
        return _children(verb, {"dobj"}) or _logical_subject(verb)
    return []


def _matrix_subject(tok: Token) -> list[Token]:
    """Subject of the sentence's main verb ("X raised $N, with Y also taking part")."""
    root = tok.sent.root
    return [s for s in _subject(root) if s.i != tok.i and s not in _subject(tok)]


def _described_named(tok: Token) -> list[Token]:
    """Like ``described``, but a bare noun ("its new unit") does not stand for itself."""
    found = _described(tok)
    if found == [tok] and not any(
        c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN" for c in tok.children
    ):
        return []
    return found


def _sibling_object(tok: Token) -> list[Token]:
    """'unveiled Stargate on Tuesday, a joint venture': the verb's other object."""
    if tok.dep_ != "dobj":
        return []
    return [c for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i]


ROLE_FUNCS: dict[str, Callable[[Token], list[Token]]] = {
    "sibling_obj": _sibling_object,
    "described_named": _described_named,
    "own_host_or_subj": _own_host_or_subject,
    "with_host": _with_host,
    "self": lambda t: [t],
    "matrix_subj": _matrix_subject,
    "subj": _logical_subject,
    "obj": _logical_object,
    "poss": lambda t: (
        _children(t, {"poss", "compound", "nmod"})
        or (_children(t.head, {"poss", "compound", "nmod"}) if t.dep_ == "conj" else [])
    ),
    "possessor": _possessor,
    "compound": lambda t: _children(t, {"compound", "nmod"}),
    "described": _described,
    "owner": _owner,
    "left": _left,
    "head": _head,
    "between": _between,
    "agent": lambda t: _prep_objects(t, {"by"}, agent=True),
    "dobj": lambda t: _children(t, {"dobj"}),
    "head_described": lambda t: _described(t.head) if t.head.i != t.i else [],
    "head_subj": lambda t: _logical_subject(t.head) if t.head.i != t.i else [],
    "head_owner": lambda t: _owner(t.head) if t.head.i != t.i else [],
    "pobj": lambda t: _children(t, {"pobj"}),
}


def _role_tokens(role: str, tok: Token) -> list[Token]:
    if role.startswith("prep:"):
        return _prep_objects(tok, set(role[5:].split("|")))
    if role.startswith("head_prep:"):
        return _prep_objects(tok.head, set(role[10:].split("|")))
    func = ROLE_FUNCS.get(role)
    return func(tok) if func else []


def _fill(
    ctx: SentenceContext, roles: tuple[str, ...], tok: Token, exclude: str, direct: bool = False
) -> list[Arg]:
    """Arguments for the first role that yields any.

    ``direct`` keeps only names the role word itself carries (the word, its
    compound or apposition), not names reached through a part ("the business
    of ZT Systems" is not ZT Systems).
    """
    for role in roles:
        if role == "implicit_org":
            # "Dario Amodei, the chief executive": the organization the text is about.
            found = ctx.resolve_reference(tok, ("Organization",), exclude, salient=True)
            if found is not None:
                return [found]
            continue
        args: list[Arg] = []
        # "head_subj+prep:with": the union of several roles (the owners of a venture).
        tokens = [t for part in role.split("+") for t in _role_tokens(part, tok)]
        for t in tokens:
            for a in ctx.entities_of(t, exclude):
                if direct and not _carried_by(ctx, a, t):
                    continue
                if all(a.name != b.name for b in args):
                    args.append(a)
        if args:
            return args
    return []


def _carried_by(ctx: SentenceContext, arg: Arg, tok: Token) -> bool:
    if arg.via_ref:
        return True
    m = ctx.by_token.get(tok.i)
    if m is not None and m.start <= arg.token < m.end:
        return True
    at = tok.doc[arg.token]
    if at.head.i == tok.i and at.dep_ in {"compound", "appos", "nmod"}:
        return True
    return any(c.i == at.i for c in tok.conjuncts)


def _rule_applies(rule: Rule, tok: Token) -> bool:
    if tok.pos_ not in rule.pos:
        return False
    if rule.dep and tok.dep_ not in rule.dep:
        return False
    if rule.not_dep and tok.dep_ in rule.not_dep:
        return False
    if rule.head_lemma and tok.head.lemma_.lower() not in rule.head_lemma:
        return False
    if rule.not_head_lemma and tok.head.lemma_.lower() in rule.not_head_lemma:
        return False
    if rule.head_pos and tok.head.pos_ not in rule.head_pos:
        return False
    if rule.require_child or rule.forbid_child:
        near = [*tok.children]
        near += [g for c in tok.children if c.dep_ in {"dobj", "prt"} for g in c.children]
        kids = {c.lower_ for c in near} | {c.lemma_.lower() for c in near}
        if rule.require_child and not (kids & rule.require_child):
            return False
        if rule.forbid_child and kids & rule.forbid_child:
            return False
    return True


def find_candidates(ctx: SentenceContext, sent: Span) -> Iterator[Candidate]:
    """Every (rule, subject, object) the trigger table finds in one sentence."""
    rules = ctx.rules
    for tok in sent:
        lemma = tok.lemma_.lower()
        matched = rules.by_lemma.get(lemma) or rules.by_lemma.get(tok.lower_)
        if matched:
            for rule in matched:
                if not _rule_applies(rule, tok):
                    continue
                yield from _apply(ctx, rule, tok)
        if tok.dep_ == "poss":
            yield from _possessive(ctx, tok, tok.head)
        elif tok.text in {"'s", "’s"} and tok.dep_ != "case" and tok.i > sent.start:
            # A possessive the parser did not see as one ("MosaicML's MPT family").
            yield from _possessive(ctx, tok.doc[tok.i - 1], tok.head)
        elif (
            tok.text in {"'s", "’s"}
            and tok.head.dep_ not in {"poss"}
            and tok.i > sent.start
            and tok.i + 1 < sent.end
            and tok.i + 1 in ctx.by_token
        ):
            # "... and Abu Dhabi's MGX": the owner was attached as a conjunct.
            yield from _possessive(ctx, tok.doc[tok.i - 1], tok.doc[tok.i + 1])


def _apply(ctx: SentenceContext, rule: Rule, tok: Token) -> Iterator[Candidate]:
    subjects = _fill(ctx, rule.subject, tok, "")
    if not subjects and rule.pairwise:
        # "A partnership between X and Y was announced": both sides are in one role.
        subjects = _fill(ctx, rule.object, tok, "")
        if len(subjects) > 1:
            for i, a in enumerate(subjects):
                for b in subjects[i + 1 :]:
                    yield Candidate(rule, tok.i, a, b)
        return
    if not subjects:
        return
    exclude = subjects[0].name if len(subjects) == 1 else ""
    ctx.extra_banned = {a.name for a in subjects}
    objects = _fill(ctx, rule.object, tok, exclude, rule.object_direct) if rule.object else []
    ctx.extra_banned = set()
    if not objects and rule.pairwise and len(subjects) > 1:
        for i, a in enumerate(subjects):
            for b in subjects[i + 1 :]:
                yield Candidate(rule, tok.i, a, b)
        return
    if rule.object_forbid_appos:
        # "unveiled Stargate, a joint venture": owners of a venture do not develop it
        # (also when the parser hangs the apposition on the verb as a second object).
        siblings = [c for c in tok.children if c.dep_ == "dobj"]
        objects = [
            o
            for o in objects
            if not any(
                c.dep_ in {"appos", "dobj"} and c.lemma_.lower() in rule.object_forbid_appos
                for c in [*tok.doc[o.token].children, *siblings]
            )
        ]
    names = {a.name for a in subjects}
    for s in subjects:
        for o in objects:
            # Coordinated subjects are not related to each other by this rule.
            if o.name not in names:
                yield Candidate(rule, tok.i, s, o)


def _possessive(ctx: SentenceContext, tok: Token, head: Token) -> Iterator[Candidate]:
    """'OpenAI's GPT-4' (develops), 'Alphabet's Google' (subsidiary_of), 'Abu Dhabi's MGX'.

    The table ``possessive`` in relations.json maps (owner class, owned class)
    to a relation; the first row that fits wins.
    """
    owners = ctx.entities_of(tok)
    if not owners or head.i == tok.i:
        return
    owned: list[Arg] = []
    words = [head, *(c for c in head.children if c.dep_ == "compound")]
    if head.i not in ctx.by_token and any(
        ctx.rules.by_lemma.get(w.lemma_.lower()) or ctx.rules.by_lemma.get(w.lower_) for w in words
    ):
        # "its backer Tarnwell Capital", "Wiz's chief executive": the noun rules decide.
        return
    heads = ctx._coordinated(head, owned=True) + _children(head, {"appos", "compound", "nmod"})
    if head.dep_ == "appos" and head.i not in ctx.by_token:
        # "Bard, Google's chatbot": the apposition's anchor is what is owned.
        heads.append(head.head)
    for t in heads:
        m = ctx.by_token.get(t.i)
        if m is not None and t.i != tok.i and all(a.name != m.canonical for a in owned):
            owned.append(Arg(m.canonical, t.i, False))
    for o in owners:
        o_classes = ctx.owner_classes(o.name)
        for d in owned:
            if d.name == o.name:
                continue
            d_cls = ctx.classes(d.name)[0]
            for row in ctx.rules.possessive:
                if d_cls not in row["owned"] or not any(c in row["owner"] for c in o_classes):
                    continue
                if row.get("owned_certain") and len(ctx.classes(d.name)) > 1:
                    continue
                rule = _possessive_rule(row["relation"], row["id"], float(row["confidence"]))
                if row["direction"] == "owner_first":
                    yield Candidate(rule, head.i, o, d)
                else:
                    yield Candidate(rule, head.i, d, o)
                break


@lru_cache(maxsize=32)
def _possessive_rule(relation: str, rid: str, confidence: float) -> Rule:
    return Rule(
        id=rid,
        lemmas=frozenset(),
        pos=frozenset(),
        relation=relation,
        subject=(),
        object=(),
        confidence=confidence,
    )
