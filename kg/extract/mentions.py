"""Which named entities the words of a sentence stand for.

:class:`SentenceContext` maps tokens to the mentions found by
:mod:`kg.extract.entities`, follows coordination, apposition, lists
("investors including A and B") and heads named by their compound ("the
Claude chatbot"), and hands pronouns and definite descriptions to
:mod:`kg.extract.references`.
"""

from __future__ import annotations

from functools import cached_property
from itertools import pairwise
from typing import TYPE_CHECKING

from kg.extract.entities import Mention, is_outlet, load_cues
from kg.extract.families import known_maker
from kg.extract.nlp import load_gazetteer
from kg.extract.references import (
    PERSONAL,
    REL_PRONOUNS,
    Arg,
    antecedent,
    is_definite,
    officer_company,
    plural_reference,
    resolve_reference,
)
from kg.extract.roles import earlier_round_owner
from kg.extract.rules import load_rules
from kg.extract.syntax import (
    PASS_SUBJ_DEPS,
    SUBJ_DEPS,
    children,
    co_subjects,
    described_by_apposition,
    former_prefix,
    given_names,
    kids,
    listed_clause_subject,
    lists_its_members,
    loose_appositions,
    possessor_of,
    spelt_out_chip_name,
    stranded_after,
    subject_of,
)
from kg.extract.types import load_types

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from kg.extract.resolve import Registry


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
        #: Who the document has so far said invests, in text order: the pronoun or
        #: unnamed company money goes to is not one of them.
        self.investors: set[str] = set()
        #: The partnerships the document has stated so far, in text order: "the two
        #: partners" are the last pair.
        self.partners: list[tuple[str, str]] = []
        #: The pairs of companies the document's facts have joined so far (an investment,
        #: a supply, a partnership), in text order: "the partnership" is the last pair's.
        self.pairs: list[tuple[str, str]] = []
        #: The countries the document has described each name by ("US chip giant Nvidia",
        #: "Israeli startup Deci"), as :func:`country_key` keys.
        self.countries: dict[str, set[str]] = {}
        self.ref_depth = 0
        self.rules = load_rules()
        self.cues = load_cues()
        #: Names cited as sources in this chunk, by sentence start: never actors there.
        self.sources: dict[int, set[str]] = {}
        #: Wire services named in a dateline ("June 8 (Reuters) -"): never actors, and no
        #: hedge either (the story is theirs).
        self.datelined: set[str] = set()
        for t in doc:
            for name in self._cited(t):
                self.sources.setdefault(t.sent.start, set()).add(name)
            wire = self.by_token.get(t.i)
            if wire is not None and not _dateline_source(t):
                wire = None
            if wire is not None:
                self.datelined.add(wire.canonical)
        self.generic = self.cues.words("generic_heads")
        #: Nouns for a kind of product, model or chip ("a system", "a model").
        self.product_nouns = frozenset(
            w
            for cls, nouns in self.cues.raw["class_cue_nouns"].items()
            if cls != "Organization"
            for w in nouns
        )
        self.measures = self.cues.words("measure_nouns")
        self.kinds = self.cues.words("kind_of_nouns")
        self.coercible = load_types().coercible

    # -- sources ---------------------------------------------------------
    def _cited(self, tok: Token) -> list[str]:
        """Names ``tok`` cites as a source: "according to X", "X reported", "told X".

        An outlet (gazetteer kind) is a source wherever it is told or spoken to, or
        reports; any name is one after "according to" or "reported by".
        """
        low = tok.lemma_.lower()
        found: list[Token] = []
        if low == "according":
            found = [
                o
                for p in children(tok, {"prep"})
                if p.lower_ == "to"
                for o in children(p, {"pobj"})
            ]
        elif low == "per" and tok.i >= 1 and tok.doc[tok.i - 1].lower_ == "as":
            # "As per the Korea Economic Daily, ...".
            found = children(tok, {"pobj"})
        elif low in {"report", "reveal", "disclose"} and tok.pos_ == "VERB":
            found = [o for a in children(tok, {"agent"}) for o in children(a, {"pobj"})]
            found += [s for s in children(tok, SUBJ_DEPS) if self._is_outlet(s)]
        elif low in {"cite", "quote"} and tok.pos_ == "VERB":
            # "Reuters cited the Nikkei as saying ...": both outlets are sources.
            found = [o for o in children(tok, {*SUBJ_DEPS, "dobj"}) if self._is_outlet(o)]
        elif low == "learn" and tok.pos_ == "VERB":
            # "..., CNBC has learned."
            found = [s for s in children(tok, SUBJ_DEPS) if self._is_outlet(s)]
        elif low in {"tell", "say"} and tok.pos_ == "VERB":
            found = [o for o in children(tok, {"dobj", "dative"}) if self._is_outlet(o)]
            found += [
                o
                for p in children(tok, {"prep"})
                if p.lower_ == "to"
                for o in children(p, {"pobj"})
                if self._is_outlet(o)
            ]
        elif low in {"speak", "talk"}:
            found = [
                o
                for p in children(tok, {"prep"})
                if p.lower_ in {"to", "with"}
                for o in children(p, {"pobj"})
                if self._is_outlet(o)
            ]
        elif tok.text == "(" and tok.i + 1 < len(tok.doc):
            # "... launched its own drones (Sifted).": one name alone in brackets at the
            # end of a sentence, after no name, cites where the text comes from.
            m = self.by_token.get(tok.i + 1)
            doc = tok.doc
            if (
                m is not None
                and m.start == tok.i + 1
                and m.end + 1 < len(doc)
                and doc[m.end].text == ")"
                and doc[m.end + 1].text in {".", "!", "?"}
                and tok.i > 0
                and (tok.i - 1) not in self.by_token
            ):
                found = [doc[tok.i + 1]]
        elif low in {"report", "story", "article", "interview"} and tok.pos_ == "NOUN":
            found = [o for o in possessor_of(tok) if self._is_outlet(o)]
            found += [
                o
                for p in children(tok, {"prep"})
                if p.lower_ in {"by", "from", "in", "with"}
                for o in children(p, {"pobj"})
                if self._is_outlet(o)
            ]
        names = []
        for o in found:
            for c in (o, *o.conjuncts):
                m = self.by_token.get(c.i)
                if m is not None:
                    names.append(m.canonical)
        return names

    @cached_property
    def outlets(self) -> set[str]:
        """The news outlets the document has named so far: parties to nothing they report."""
        names = {h[1] for h in self.history} | {m.canonical for m in self.by_token.values()}
        return {n for n in names if is_outlet(n)}

    @cached_property
    def round_leaders(self) -> set[str]:
        """Names the text says lead a round ("a funding round led by Parkway"): investors,
        never the company a round stands for."""
        funding = self.cues.words("funding_nouns")
        out: set[str] = set()
        for t in self.doc:
            if t.lemma_.lower() == "lead" and t.dep_ == "acl" and t.head.lemma_.lower() in funding:
                for a in children(t, {"agent"}):
                    for o in children(a, {"pobj"}):
                        out.update(
                            m.canonical
                            for c in (o, *o.conjuncts)
                            if (m := self.by_token.get(c.i)) is not None
                        )
        return out

    def _is_outlet(self, tok: Token) -> bool:
        m = self.by_token.get(tok.i)
        if m is None:
            return False
        entry = load_gazetteer().get(m.canonical)
        return entry is not None and entry.kind == "outlet"

    def is_source(self, name: str, sent_start: int) -> bool:
        """Whether ``name`` is cited as a source in the sentence starting at that token."""
        return name in self.datelined or name in self.sources.get(sent_start, ())

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
        if (
            tok.i not in self.by_token
            and tok.dep_ == "pobj"
            and tok.head.lower_ == "of"
            and tok.head.head.lower_ in self.kinds
        ):
            # ("Vela, a suite of features built into X": the name the apposition is of.)
            anchor = described_by_apposition(tok.head.head)
            if anchor is not None and anchor.i in self.by_token:
                return [Arg(self.by_token[anchor.i].canonical, anchor.i, False)]
        if (
            tok.i not in self.by_token
            and (tok.lemma_.lower() in self.measures or tok.lower_ in self.kinds)
            and depth < 4
        ):
            # "a mix of AMD and Nvidia chips", "thousands of A and B GPUs": every name listed
            # ("the next release of Apple Foundation Models": the models), unless the kind
            # is given a name of its own ("its third line of Vela chips, dubbed X").
            given = [n for n in given_names(tok) if n.i in self.by_token]
            if given:
                return [Arg(self.by_token[n.i].canonical, n.i, False) for n in given]
            for p in children(tok, {"prep"}):
                if p.lower_ == "of":
                    for o in children(p, {"pobj"}):
                        return self.entities_of(o, exclude, depth + 1)
        if (
            tok.i not in self.by_token
            and tok.tag_ == "NN"
            and tok.lower_ in self.cues.words("other_party_nouns")
            and not children(tok, {"det", "poss"})
            and any(
                c.dep_ in {"amod", "compound", "nmod"} and c.i in self.by_token for c in kids(tok)
            )
            and depth < 4
        ):
            # "put money into Google rival and search startup Perplexity": descriptions listed
            # before one name, which the parser joined as a list; the rival is the name.
            described = [c for c in tok.conjuncts if c.i > tok.i and c.i in self.by_token]
            if described:
                return self.entities_of(described[-1], exclude, depth + 1)
        if tok.i not in self.by_token and tok.tag_ == "NNS" and depth < 4:
            # ("A and B, whose systems use X": a plural the whole list owns.)
            for p in children(tok, {"poss"}):
                if p.lower_ == "whose":
                    owners = self.entities_of(p, exclude, depth + 1)
                    if len(owners) > 1:
                        return owners
        if tok.lower_ in self.cues.words("quantifier_words") and depth < 4:
            # "funded by some of the best-known firms in software, among them A, B and C": the
            # names the group is shown by (not "some of its licensees", which names none).
            # "buying more of Nvidia's H100 chips": a share of named products is those products.
            for p in children(tok, {"prep"}):
                for o in children(p, {"pobj"}) if p.lower_ == "of" else []:
                    if o.lemma_.lower() in self.product_nouns or any(
                        c.dep_ == "prep" and c.lower_ in self.cues.words("list_markers")
                        for c in kids(o)
                    ):
                        return self.entities_of(o, exclude, depth + 1)
        if tok.i not in self.by_token and tok.lower_ in self.cues.titles() and depth < 4:
            # ("founded by its former vice president of research Ana Ruiz": the name the
            # parser hung inside the title's "of" phrase.)
            for p in children(tok, {"prep"}):
                for o in children(p, {"pobj"}) if p.lower_ == "of" else []:
                    m = self.by_token.get(o.i)
                    if (
                        m is not None
                        and self.classes(m.canonical)[0] == "Person"
                        and any(c.dep_ == "compound" and c.pos_ == "NOUN" for c in kids(o))
                    ):
                        return self.entities_of(o, exclude, depth + 1)
        if (
            tok.i not in self.by_token
            and tok.tag_ == "NNS"
            and (tok.lower_ in self.product_nouns or tok.lemma_.lower() in self.product_nouns)
            and depth < 4
        ):
            # "development of AI systems, including Nimbus 3": the products the plural
            # lists after "including" or "like".
            for p in children(tok, {"prep"}):
                if p.lower_ in self.cues.words("list_markers") and p.i > tok.i:
                    for o in children(p, {"pobj"}):
                        found = self.entities_of(o, exclude, depth + 1)
                        if found:
                            return found
        if (
            tok.i not in self.by_token
            and {tok.lemma_.lower(), tok.lower_} & self.cues.words("spending_heads")
            and depth < 4
        ):
            # "access to compute built with Nvidia GB300 GPUs", "servers powered by AMD
            # chips": unnamed capacity stands for what it is built with.
            for acl in children(tok, {"acl"}):
                if acl.tag_ == "VBN" and acl.lemma_.lower() in self.cues.words("built_with_verbs"):
                    for p in children(acl, {"prep", "agent"}):
                        if p.lower_ in {"with", "by", "on"}:
                            for o in children(p, {"pobj"}):
                                found = self.entities_of(o, exclude, depth + 1)
                                if found:
                                    return found
        if (
            tok.lower_ in self.cues.words("staff_nouns")
            and tok.i not in self.by_token
            and depth < 4
        ):
            # "Samsung has 200 engineers working on X": the company that has them;
            # "Developers at Stripe and Zapier use GPT-4": the companies they work at.
            employers: list[Token] = []
            if tok.dep_ == "dobj" and tok.head.lemma_ == "have":
                employers = children(tok.head, SUBJ_DEPS)
            elif tok.dep_ in SUBJ_DEPS:
                employers = [
                    o
                    for p in children(tok, {"prep"})
                    if p.lower_ == "at"
                    for o in children(p, {"pobj"})
                ]
            for e in employers:
                found = [
                    a
                    for a in self.entities_of(e, exclude, depth + 1)
                    if self.classes(a.name)[0] == "Organization"
                ]
                if found:
                    return found
        if tok.lower_ in self.rules.plural_refs and tok.i not in self.by_token:
            pair = plural_reference(self, tok)
            if pair:
                return pair
        if tok.lower_ == "whose":
            # ("suing the two firms, whose apps run X": the pair the noun tells.)
            ante = antecedent(tok)
            if (
                ante is not None
                and ante.lower_ in self.rules.plural_refs
                and ante.i not in self.by_token
            ):
                pair = plural_reference(self, ante)
                if pair:
                    return pair
        if tok.lower_ == "they" and tok.head.dep_ == "ccomp":
            # "The two companies said they would collaborate": the pair the subject names.
            for subj in children(tok.head.head, SUBJ_DEPS):
                if subj.lower_ in self.rules.plural_refs and subj.i not in self.by_token:
                    pair = plural_reference(self, subj)
                    if pair:
                        return [Arg(a.name, tok.i, True) for a in pair]
        if tok.lower_ in {"they", "their", "them"}:
            # "Microsoft, Meta and Oracle said they would use ...": all the conjoined subjects.
            for t in tok.sent:
                if t.i >= tok.i:
                    break
                if t.dep_ not in SUBJ_DEPS or t.i not in self.by_token:
                    continue
                subjects = [c for c in self.coordinated(t) if c.i in self.by_token]
                if len(subjects) > 1:
                    return [Arg(self.by_token[c.i].canonical, tok.i, True) for c in subjects]
            if tok.dep_ in SUBJ_DEPS and tok.i == tok.sent.start and tok.sent.start > 0:
                # "A and B announced a legal move. They filed a lawsuit ...": a sentence
                # opening with "They" goes on about the names the one before opened with.
                before = tok.doc[tok.sent.start - 1].sent
                first = next(
                    (t for t in before if t.dep_ in SUBJ_DEPS and t.i in self.by_token), None
                )
                if first is not None and first.head.dep_ == "ROOT":
                    subjects = [c for c in self.coordinated(first) if c.i in self.by_token]
                    if len(subjects) > 1:
                        return [Arg(self.by_token[c.i].canonical, tok.i, True) for c in subjects]
        if tok.lower_ in self.cues.words("rival_group_nouns") and tok.i not in self.by_token:
            # "its rivals, most notably Lumora": the names the group is shown by.
            named = self._named_after(tok)
            if named:
                return named
        if (
            tok.lower_ in {"features", "capabilities", "functions", "functionality"}
            and tok.i not in self.by_token
            and depth < 4
        ):
            # "Gemini now powers features in Zeta Studio and Copilot Chat": the
            # products the features are in.
            for p in children(tok, {"prep"}):
                if p.lower_ in {"across", "in", "inside", "within"}:
                    for o in children(p, {"pobj"}):
                        found = self.entities_of(o, exclude, depth + 1)
                        if found:
                            return found
        if (
            tok.tag_ == "NNS"
            and tok.dep_ == "dobj"
            and tok.i not in self.by_token
            and tok.i + 1 < len(tok.doc)
            and tok.doc[tok.i + 1].lower_ in {"like", "including"}
            and tok.doc[tok.i + 1].head.i == tok.head.i
        ):
            # "built AI assistants like X into their cars", with "like" hung on
            # the verb: the names the plural object is shown by.
            named = self._named_after(tok)
            if named:
                return named
        if (
            tok.tag_ == "NNS"
            and tok.i not in self.by_token
            and any(c.dep_ == "nummod" and c.i < tok.i for c in kids(tok))
        ):
            # "is working with two conglomerates in India – A and B –": the names counted.
            named = self._named_after(tok, past_place=True)
            if named:
                return named
        if tok.lower_ in {"those", "ones", "likes"} and tok.i not in self.by_token:
            # "rivals those of OpenAI and Google", "those from A and B": every owner named.
            for p in children(tok, {"prep"}):
                if p.lower_ in {"of", "from"}:
                    for o in children(p, {"pobj"}):
                        return self.entities_of(o, exclude, depth + 1)
        group = _group_member(tok) if tok.i not in self.by_token and depth < 4 else None
        if group is None and tok.lower_ in {"who", "which", "that"} and depth < 4:
            ante = antecedent(tok)
            group = _group_member(ante) if ante is not None else None
        if group is not None:
            # "A, B and C are among the firms that have contributed": every one listed.
            found = self.entities_of(group, exclude, depth + 1)
            # ("A, along with the likes of B and C, are among ...": those joined to A too.)
            for co in co_subjects(group):
                found += [
                    a
                    for a in self.entities_of(co, exclude, depth + 1)
                    if all(a.name != f.name for f in found)
                ]
            if found:
                return found
        if (tok.lower_ in {"who", "which", "that"} and tok.dep_ in SUBJ_DEPS) or (
            # ("sued A and B, whose systems use X": a plural owned by the whole list.)
            tok.lower_ == "whose" and tok.head.tag_ == "NNS" and tok.head.dep_ in SUBJ_DEPS
        ):
            ante = antecedent(tok)
            if (
                ante is not None
                and ante.i != tok.i
                and not _singular_verb(tok.head.head if tok.lower_ == "whose" else tok.head)
            ):
                # "investors like A and B, who put $300 million into it": the whole list.
                listed: dict[str, Arg] = {}
                for t in self.coordinated(ante):
                    arg = self.entity_of(t, exclude, depth + 1)
                    if arg is not None:
                        listed.setdefault(arg.name, arg)
                if len(listed) > 1:
                    return list(listed.values())
        listed_toks = self.coordinated(tok)
        listed_toks += [
            t for n in listed_toks for t in self._group_named(n) if t not in listed_toks
        ]
        for t in [*listed_toks, *(f for n in listed_toks for f in self._nested_first(n))]:
            arg = self.entity_of(t, exclude, depth)
            if arg is not None and all(a.name != arg.name for a in out):
                out.append(arg)
                for mate in self._slash_mates(arg):
                    if all(a.name != mate.name for a in out):
                        out.append(mate)
        if not out and (
            tok.lower_ in self.cues.words("listing_group_nouns")
            or (
                tok.tag_ == "NNS"
                and tok.i not in self.by_token
                and tok.i + 1 < len(tok.doc)
                and tok.doc[tok.i + 1].text in {":", "–", "—"}
            )
        ):
            # "from investors, including A, B and C" with the list hung elsewhere: the
            # names after the group, read in word order.
            out = self._named_after(tok)
        return out

    def _set_off_name(self, tok: Token) -> Mention | None:
        """The name set off by commas right after a definite description, whatever the
        parser made of it ("The startup, MosaicML, is ...")."""
        doc = tok.doc
        if (
            tok.pos_ != "NOUN"
            or tok.lemma_.lower() not in self.rules.ref_nouns
            or not any(c.dep_ == "det" and c.lower_ == "the" for c in kids(tok))
            or tok.i + 2 >= len(doc)
            or doc[tok.i + 1].text != ","
            # (Not a description with a name of its own: "the Aldi owner Halvex group, A, B".)
            or any(i in self.by_token for i in range(tok.left_edge.i, tok.i))
        ):
            return None
        m = self.by_token.get(tok.i + 2)
        if (
            m is None
            or m.start != tok.i + 2
            or m.end >= len(doc)
            or doc[m.end].text not in {",", "—", "–"}
            or self.classes(m.canonical)[0] == "Location"
        ):
            return None
        return m

    def _named_next(self, tok: Token) -> Mention | None:
        """The name the next sentence gives an indefinite description ("X is buying an AI
        startup. The startup, MosaicML, ...")."""
        doc = tok.doc
        if (
            tok.pos_ != "NOUN"
            or tok.dep_ not in {"dobj", "pobj", "nsubj", "nsubjpass"}
            or tok.lemma_.lower() not in self.rules.ref_nouns
            or not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in kids(tok))
            or any(c.i in self.by_token for c in kids(tok))
            or tok.sent.end >= len(doc)
        ):
            return None
        opening = doc[tok.sent.end : min(tok.sent.end + 3, len(doc))]
        # (Or by another description that introduces a name: "A start-up founded by A has
        # ... The company, X, ...": a name set off after it is the one not yet named.)
        again = next(
            (
                t
                for t in opening
                if t.lemma_ == tok.lemma_
                or (t.lemma_.lower() in self.rules.ref_nouns and t.i == tok.sent.end + 1)
            ),
            None,
        )
        return self._set_off_name(again) if again is not None else None

    def _group_named(self, tok: Token) -> list[Token]:
        """The names right after a group noun, with the names listed after them ("plus new
        investors Evantic and Hedosophia", parsed with the first name as a modifier)."""
        if tok.i in self.by_token or tok.lower_ not in self.cues.words("listing_group_nouns"):
            return []
        m = self.by_token.get(tok.i + 1)
        if m is None or m.start != tok.i + 1:
            return []
        doc = tok.doc
        root = next((t for t in doc[m.start : m.end] if not m.start <= t.head.i < m.end), None)
        if root is None or root.head.i != tok.i or root.dep_ not in {"amod", "compound", "nmod"}:
            return []
        return [root, *(c for c in root.conjuncts if c.i > root.i)]

    def _slash_mates(self, arg: Arg) -> list[Arg]:
        """The names joined to a found name by slashes ("H100/H200 GPUs")."""
        if arg.via_ref:
            return []
        doc = self.doc
        mates: list[Arg] = []
        for step in (-1, 1):
            m = self.by_token.get(arg.token)
            while m is not None:
                slash = m.start - 1 if step < 0 else m.end
                if not (0 < slash < len(doc) - 1 and doc[slash].text == "/"):
                    break
                m = self.by_token.get(slash + step)
                if m is not None:
                    mates.append(Arg(m.canonical, m.end - 1, False))
        return [a for a in mates if a.name != arg.name]

    def _nested_first(self, tok: Token) -> list[Token]:
        """The first of two listed names the parser hung on the second as its modifier
        ("like Samsung Electronics and Micron Technology" read as "Samsung Electronics and
        Micron" modifying "Technology"; "Google, Nvidia Corp." read as one name)."""
        own = self.by_token.get(tok.i)
        if own is None:
            return []
        doc = tok.doc
        return [
            c
            for c in kids(tok)
            if c.dep_ in {"nmod", "compound"}
            and (first := self.by_token.get(c.i)) is not None
            and first is not own
            and (
                any(k.dep_ == "conj" and self.by_token.get(k.i) is own for k in kids(c))
                # ("from Alphabet's Google, Nvidia Corp. and others": a comma between.)
                or (first.end + 1 == own.start and doc[first.end].text == ",")
            )
        ]

    def _named_after(self, tok: Token, past_place: bool = False) -> list[Arg]:
        """Names right after a group noun and a cue ("rivals, notably A and B");
        ``past_place``: also after a place the group is in ("two groups in India – A and
        B")."""
        doc = tok.doc
        j = tok.i + 1
        if past_place and j + 1 < len(doc) and doc[j].lower_ in {"in", "from"}:
            place = self.by_token.get(j + 1)
            if place is not None and self.classes(place.canonical)[0] == "Location":
                j = place.end
        cued = False
        if j < len(doc) and doc[j].text in {":", "–", "—"}:
            # "three kinds of chips: Lumora's Orbit, Zentrix's Vega and Nimbus's GPUs".
            cued = True
            j += 1
        if j < len(doc) and doc[j].text == ",":
            j += 1
        cues = self.cues.words("example_cues")
        fillers = cues | self.cues.words("example_fillers")
        while j < len(doc) and doc[j].lower_ in fillers:
            cued = cued or doc[j].lower_ in cues
            j += 1
        out: list[Arg] = []
        while cued and j < len(doc) and j < tok.sent.end:
            m = self.by_token.get(j)
            owned = self._owned_after(m) if m is not None else None
            if owned is not None:
                # "rivals including Meta and Elon Musk's xAI": the owned name is listed.
                j, m = owned.start, owned
            if m is not None:
                root = next(
                    (t for t in doc[m.start : m.end] if t.head.i >= m.end or t.head.i < m.start),
                    None,
                )
                if not out and root is not None and root.dep_ in {"nsubj", "nsubjpass"}:
                    # ("are suing AI businesses: The New York Times sued X": a clause after
                    # the colon, no list.)
                    return []
                if all(a.name != m.canonical for a in out):
                    out.append(Arg(m.canonical, j, False))
                j = m.end
            elif (
                (
                    doc[j].lower_ in {",", "and", "or", "limited"}
                    or doc[j].lower_ in self.cues.words("same_company_suffixes")
                    or doc[j].is_space
                )
                and out
            ) or (doc[j].lower_ == "the" and self.by_token.get(j + 1) is not None):
                j += 1
            elif (
                doc[j].dep_ in {"compound", "amod"}
                and j < doc[j].head.i <= j + 6
                and self.by_token.get(j + 1) is not None
            ):
                # ("– billionaire Ann Lee's Halden and ...": a word describing the name.)
                j += 1
            else:
                break
        return out

    def _elided(self, tok: Token) -> bool:
        """Whether the name at ``tok`` is a version listed without its family's name."""
        m = self.by_token.get(tok.i)
        return m is not None and m.text != tok.doc[m.start : m.end].text

    def _listed_run(self, tok: Token, least: int = 3) -> list[Token]:
        """The names listed after the name at ``tok`` by word order, for a long list the
        parser breaks ("including A, B, C, D, and E"): commas between names, "and" or "or"
        before the last one, at least ``least`` names after the first; else none."""
        m = self.by_token.get(tok.i)
        if m is None:
            return []
        doc = tok.doc
        end = tok.sent.end
        out: list[Token] = []
        j = m.end
        closed = False

        def aside(j: int) -> int:
            # "Jeff Bezos (through Bezos Expeditions), Intel Capital and ...": a bracket
            # after a name is skipped; the name one invests through is listed too.
            if j >= end or doc[j].text != "(":
                return j
            k = next((k for k in range(j + 1, min(end, j + 12)) if doc[k].text == ")"), None)
            if k is None:
                return j
            if doc[j + 1].lower_ in {"through", "via"}:
                inner = self.by_token.get(j + 2)
                if inner is not None and inner.end <= k:
                    out.append(doc[inner.end - 1])
            return k + 1

        j = aside(j)
        while j < end and not closed:
            seps = []
            while j < end and doc[j].lower_ in {",", "and", "or"}:
                seps.append(doc[j].lower_)
                j += 1
            nxt = self.by_token.get(j) if j < end else None
            if not seps:
                break
            if nxt is None or nxt.start != j:
                break
            # "... and Elon Musk's xAI": the owned name is the one listed.
            nxt = self._owned_after(nxt) or nxt
            j = nxt.end
            out.append(doc[nxt.end - 1])
            j = aside(j)
            closed = bool({"and", "or"} & set(seps))
        return out if closed and len(out) >= least else []

    def _listed_before(self, tok: Token) -> list[Token]:
        """The names listed before the subject at ``tok`` by word order, when the parser
        hung the list on an opening phrase ("In a landmark move, A, B, C, and D announced
        ..."): at least two names before "and", each after a comma, the first one after a
        comma or at the sentence start; else none."""
        m = self.by_token.get(tok.i)
        if m is None or tok.conjuncts:
            return []
        doc = tok.doc
        j = m.start - 1
        if j < tok.sent.start or doc[j].lower_ not in {"and", "or"}:
            return []
        j -= 1
        if j >= tok.sent.start and doc[j].text == ",":
            j -= 1
        out: list[Token] = []
        while j >= tok.sent.start:
            prev = self.by_token.get(j)
            if prev is None or prev.end != j + 1:
                return []
            out.append(doc[prev.end - 1])
            j = prev.start - 1
            if j < tok.sent.start:
                break
            if doc[j].text != ",":
                return []
            j -= 1
            if j < tok.sent.start or self.by_token.get(j) is None:
                break
        return out[::-1] if len(out) >= 2 else []

    def _owned_after(self, m: Mention) -> Mention | None:
        """The name right after ``m`` and a possessive "'s" ("Elon Musk's xAI"), if any."""
        doc = self.doc
        if m.end + 1 < len(doc) and doc[m.end].tag_ == "POS":
            return self.by_token.get(m.end + 1)
        return None

    def _lists(self, child: Token) -> bool:
        """Whether ``child`` introduces examples ("like", "including", "such as")."""
        return child.dep_ == "prep" and (
            child.lower_ in self.cues.words("list_markers")
            or (child.lower_ == "as" and any(g.lower_ == "such" for g in kids(child)))
        )

    def coordinated(self, tok: Token, owned: bool = False, nested: bool = False) -> list[Token]:
        toks = [tok]
        doc = tok.doc
        if tok.dep_ in SUBJ_DEPS | PASS_SUBJ_DEPS and tok.i in self.by_token:
            # "Harbor Media, the parent of the Ledger, and the Evening Post filed": the next
            # name listed on the description the parser hung it on.
            toks.extend(
                c
                for a in children(tok, {"appos"})
                if a.pos_ == "NOUN" and a.i not in self.by_token
                for c in a.conjuncts
                if c.i > a.i
                and c.pos_ == "PROPN"
                and c.i in self.by_token
                # (After the description's closing comma: "the owner of A and B" lists
                # what it owns.)
                and c.left_edge.i >= 2
                and doc[c.left_edge.i - 1].lower_ == "and"
                and doc[c.left_edge.i - 2].text == ","
            )
        if tok.dep_ in SUBJ_DEPS and tok.conjuncts:
            # "Oracle, Microsoft and OpenAI are partnering": a first conjunct the parser dropped.
            i = tok.i - 1
            while i >= 1 and doc[i].text == "," and doc[i - 1].i in self.by_token:
                m = self.by_token[doc[i - 1].i]
                if doc[m.end - 1].dep_ not in {"intj", "npadvmod", "dep", "nmod", "compound"}:
                    break
                toks.append(doc[m.end - 1])
                i = m.start - 1
        later = [c for c in tok.conjuncts if c.i > tok.i]
        for a in children(tok, {"appos"}):
            # "sued Zentrix, its CEO Omar Reyes, and president Lena Ortiz": a name with its
            # owner's title before a later item of the list is listed too.
            if not (
                a.i in self.by_token
                and any(p.lower_ in {"its", "their"} for p in children(a, {"poss"}))
            ):
                continue
            # (Or the list goes on from the name: "against X, its CEO A, and president B".)
            own_list = [c for c in children(a, {"conj"}) if c.i in self.by_token]
            if own_list and doc[own_list[0].left_edge.i - 1].lower_ == "and":
                toks.extend([a, *own_list])
            elif (
                any(c.i > a.i for c in later)
                and a.right_edge.i + 1 < len(doc)
                and doc[a.right_edge.i + 1].text == ","
            ):
                toks.append(a)
        for p in children(tok, {"poss"}):
            # "relies on Anthropic's Claude and OpenAI's GPT-4.1", parsed as "(Anthropic's
            # Claude and OpenAI)'s GPT-4.1": the first owned name is listed too.
            if (
                p.i in self.by_token
                and children(p, {"poss"})
                and any(children(c, {"case"}) for c in children(p, {"conj"}))
            ):
                toks.append(p)
        if tok.i in self.by_token:
            # A list the parser broke at a bracket ("from A, B, C (through D), E and F",
            # "by A (a co-author of the paper), B, and C").
            last = max(t.i for t in (tok, *tok.conjuncts))
            if any(t.text == "(" for t in doc[tok.i : min(tok.sent.end, last + 12)]):
                toks.extend(t for t in self._listed_run(tok, least=2) if t not in toks)
        if tok.dep_ == "pobj" and self._lists(tok.head) and tok.i in self.by_token:
            # "rivals like A, B, and C from X": a list of examples the parser broke after
            # its first name.
            toks.extend(t for t in self._listed_run(tok, least=2) if t not in toks)
        if any(a.dep_ == "agent" for a in tok.ancestors):
            # "Founded by researchers A, B, and C, Lumora ...": a by-list the parser broke
            # (the names after the first hung on the clause's verb), read by word order.
            for first in (tok, *children(tok, {"appos"})):
                if first.i in self.by_token:
                    toks.extend(t for t in self._listed_run(first, least=2) if t not in toks)
        if tok.dep_ in SUBJ_DEPS and tok.i in self.by_token and tok.head.i > tok.i:
            # "A, B, C, D and E announced their partnership" with the list broken by the
            # parser: read by word order when the run ends where the verb's words begin
            # (two names after the first will do here: "A, B and C have adopted ...").
            run = self._listed_run(tok, least=2)
            if run and all(
                t.head.i == tok.head.i and t.dep_ in {"aux", "auxpass", "advmod", "neg"}
                for t in doc[run[-1].i + 1 : tok.head.i]
            ):
                toks.extend(t for t in run if t not in toks)
            toks.extend(t for t in self._listed_before(tok) if t not in toks)
        # "led by A, and B and C also took part": B and C are the next clause's subjects.
        stranded = stranded_after(tok)
        here = self.by_token.get(tok.i)
        # "in Freiburg, Germany": a place and the region it lies in, no list of places.
        place_pair = (
            here is not None
            and self.classes(here.canonical)[0] == "Location"
            and not any(k.dep_ == "cc" for x in (tok, *tok.conjuncts) for k in kids(x))
        )
        for c in tok.conjuncts:
            if c.i in stranded and tok.i not in stranded:
                continue
            if c.i > tok.i and listed_clause_subject(c):
                # ("A venture of A, B and C, Lumora launched ...": the clause's subject.)
                continue
            if place_pair and c.i > tok.i:
                continue
            # "OpenAI's GPT-4 and Google's Gemini": a conjunct with its own owner is not shared.
            own_poss = owned and any(k.dep_ == "poss" for k in kids(c))
            # (A known name counts whatever the tagger made of it: "xAI" read as a number.)
            is_name = c.pos_ in {"PROPN", "NOUN", "PRON"} or c.i in self.by_token
            if c.i > tok.i and is_name and not own_poss:
                toks.append(c)
        for item in [t for t in toks if t.i in self.by_token]:
            # "A and B in France, C in Germany and D in Belgium": a name the parser listed
            # with the place before it.
            places = [
                o
                for p in children(item, {"prep"})
                if p.lower_ == "in"
                for o in children(p, {"pobj"})
            ]
            for place in places:
                pm = self.by_token.get(place.i)
                if pm is None or self.classes(pm.canonical)[0] != "Location":
                    continue
                for c in place.conjuncts:
                    listed = self.by_token.get(c.i)
                    if (
                        c.i > place.i
                        and listed is not None
                        and self.classes(listed.canonical)[0] != "Location"
                        and c not in toks
                    ):
                        toks.append(c)
        if tok.i in self.by_token and (
            tok.dep_ == "dobj" or (tok.dep_ == "pobj" and tok.head.dep_ in {"agent", "prep"})
        ):
            # "powered by Claude in addition to OpenAI's GPT-4o": the names added.
            verb = tok.head if tok.dep_ == "dobj" else tok.head.head
            added = [
                o
                for p in children(verb, {"prep"})
                if p.lower_ == "in"
                for n in children(p, {"pobj"})
                if n.lower_ == "addition" and n.i > tok.i
                for q in children(n, {"prep"})
                if q.lower_ == "to"
                for o in children(q, {"pobj"})
            ]
            toks.extend(t for o in added for t in (o, *(c for c in o.conjuncts if c.i > o.i)))
        if (
            tok.dep_ in {"pobj", "nsubj"}
            and tok.i in self.by_token
            and not any(c.dep_ == "cc" for c in kids(tok))
        ):
            # "collaborating with Broadcom and TSMC": the second name hung on the verb (also
            # the last of a longer list with no "and" of its own: "by A (CEO), B, and C";
            # and after an inverted verb: "Also taking part was A, a chief, and B").
            verb = tok.head.head if tok.dep_ == "pobj" else tok.head
            # ("Dow Jones, the parent of the Journal, and the Post": a name listed after
            # the description ends is listed with the name described, not with the Journal.)
            described_list = verb.dep_ == "appos" and verb.pos_ == "NOUN"
            for c in [] if described_list else kids(verb):
                if (
                    c.dep_ == "conj"
                    and c.pos_ == "PROPN"
                    and c.i in self.by_token
                    and c.i > tok.right_edge.i
                    and all(
                        doc[k].lower_ in {",", "and", "or"}
                        for k in range(
                            tok.right_edge.i + 1, min(self.by_token[c.i].start, c.left_edge.i)
                        )
                    )
                    and not any(g.dep_ in SUBJ_DEPS or g.dep_ in {"dobj", "prep"} for g in kids(c))
                ):
                    toks.append(c)
        # "investors including Nvidia and Salesforce Ventures", "customers such as Notion"
        # (also on a listed noun: "start-ups such as xAI, as well as companies including Meta").
        listed_nouns = [c for c in tok.conjuncts if c.i > tok.i and c.i not in self.by_token]
        groups = [tok, *listed_nouns]
        if tok.tag_ == "NNS" and tok.i not in self.by_token and tok.dep_ == "pobj" and not nested:
            # "invested in more than 50 startups this year, including X", "in competition
            # with titans of the AI realm, including giants like A and B": the parser hangs
            # the examples on the verb.
            verb = tok.head.head
            for _ in range(3):
                if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
                    break
                verb = verb.head
            # (Also hung on the verb's subject: "The lawsuit was filed by papers in the X
            # portfolio, including A and B".)
            hosts = [verb, *(s for s in kids(verb) if s.dep_ in SUBJ_DEPS | {"nsubjpass"})]
            for child in (c for h in hosts for c in kids(h)):
                if child.i > tok.i and self._lists(child):
                    for p in children(child, {"pobj"}):
                        if p.tag_ == "NNS" and p.i not in self.by_token:
                            toks.extend(self.coordinated(p, owned, nested=True))
                        else:
                            toks.append(p)
                            toks.extend(c for c in p.conjuncts if c.i > p.i)
        for n in groups:
            for child in kids(n):
                if not self._lists(child):
                    continue
                for p in children(child, {"pobj"}):
                    toks.append(p)
                    # A long list the parser breaks with an apposition: read by word order.
                    toks.extend(self._listed_run(p))
                    for c in p.conjuncts:
                        if c.i <= p.i:
                            continue
                        toks.append(c)
                        if c.pos_ == "NOUN" and c.i not in self.by_token and c not in groups:
                            # "giants like A and B, as well as startups like C": the
                            # parser hangs the second group on the first list.
                            groups.append(c)
        for rel in children(tok, {"relcl"}) if tok.i not in self.by_token else []:
            # "its own language models, which include A and the version called B": the
            # members, not the kind they belong to.
            # (Not "whose customers include A and B": those are the customers.)
            if rel.lemma_.lower() == "include" and any(
                c.dep_ in SUBJ_DEPS and c.lower_ in {"which", "that", "who"} for c in kids(rel)
            ):
                toks = [t for t in toks if t.i != tok.i]
                for o in children(rel, {"dobj"}):
                    toks.append(o)
                    toks.extend(c for c in o.conjuncts if c.i > o.i)
        if tok.i not in self.by_token and tok.lemma_.lower() in self.cues.words("collective_nouns"):
            # "a group of authors including A and B": the members named ("a group of news
            # outlets led by the Daily News": the one leading it).
            for p in children(tok, {"prep"}):
                if p.lower_ == "of":
                    for member in children(p, {"pobj"}):
                        toks.extend(t for t in self.coordinated(member) if t.i != member.i)
                        toks.extend(
                            o
                            for acl in children(member, {"acl"})
                            if acl.lemma_.lower() == "lead"
                            for a in children(acl, {"agent"})
                            for o in children(a, {"pobj"})
                            if o.i in self.by_token
                        )
        own_name = self.by_token.get(tok.i)
        if own_name is not None and self.classes(own_name.canonical)[0] == "Person":
            # "started by Ana Ruiz, Omar Lee, and Li Wei" with the second name read
            # as an apposition of the first: a person is no other person's apposition.
            for c in children(tok, {"appos"}):
                other = self.by_token.get(c.i)
                if (
                    other is not None
                    and other is not own_name
                    and self.classes(other.canonical)[0] == "Person"
                ):
                    toks.append(c)
                    toks.extend(k for k in c.conjuncts if k.i > c.i)
            if not tok.conjuncts:
                # "by A, a litigator at law firm X & Y, and B": the next person the parser
                # hung on the last name of the apposition.
                for c in children(tok, {"appos"}):
                    for t in c.subtree:
                        other = self.by_token.get(t.i)
                        if (
                            t.dep_ == "conj"
                            and other is not None
                            and other is not own_name
                            and self.classes(other.canonical)[0] == "Person"
                            and doc[other.start - 1].lower_ == "and"
                            and doc[other.start - 2].text == ","
                        ):
                            toks.append(t)
        # "the AI music generators Suno and Udio": the named apposition and its conjuncts
        # (also on a listed noun: "by former DeepMind and Meta researchers A, B and C").
        described = [tok] + [
            c
            for c in tok.conjuncts
            if c.i > tok.i and c.pos_ == "NOUN" and c.i not in self.by_token
        ]
        for noun in described:
            for child in kids(noun):
                if (
                    child.dep_ == "appos"
                    and child.i in self.by_token
                    and noun.i not in self.by_token
                    and not _appos_past_verb(noun, child)
                ):
                    toks.append(child)
                    toks.extend(c for c in child.conjuncts if c.i > child.i and c.sent == noun.sent)
        own = self.by_token.get(tok.i)
        same = [
            c
            for c in kids(tok)
            if c.dep_ == "appos"
            and own is not None
            and (listed := self.by_token.get(c.i)) is not None
            and listed is not own
            and self.classes(own.canonical)[0] == self.classes(listed.canonical)[0]
        ]
        for child in same:
            if any(c.dep_ == "conj" for c in kids(child)) or len(same) > 1:
                # "Universal Music, Sony Music and Warner Records are suing": a list the
                # parser read as a name with an apposition.
                toks.append(child)
                toks.extend(c for c in child.conjuncts if c.i > child.i and c.sent == tok.sent)
        if tok.i not in self.by_token and tok.lemma_.lower() in self.generic:
            # "models from OpenAI and Anthropic": every maker the generic head names.
            for child in children(tok, {"prep"}):
                if child.lower_ in {"from", "by"}:
                    for p in children(child, {"pobj"}):
                        toks.extend(c for c in p.conjuncts if c.i > p.i)
        # "AWS's Trainium and Inferentia chips", "Dow Jones and New York Post units" (not
        # "Venmo and PayPal customers": people, not the companies).
        people = self.cues.words("holder_nouns") | self.cues.words("user_nouns")
        # (Nor "the WhatsApp and Instagram owner": one maker of both.)
        if tok.pos_ in {"NOUN", "PROPN"} and not (
            (tok.tag_ == "NNS" and tok.lemma_.lower() in people)
            or (tok.tag_ == "NN" and tok.lemma_.lower() in self.rules.maker_nouns)
        ):
            named = [
                c
                for c in kids(tok)
                if c.dep_ in {"compound", "nmod"} and c.i < tok.i and c.i in self.by_token
            ]
            if (
                tok.i not in self.by_token
                and len({self.by_token[c.i].canonical for c in named}) > 1
                and all(
                    any(t.lower_ == "and" for t in tok.doc[a.i + 1 : b.i])
                    for a, b in pairwise(named)
                )
            ):
                # The parser hung both names of "A and B units" on the noun, unjoined.
                toks.extend(named)
            for child in kids(tok):
                if (
                    child.dep_ in {"compound", "nmod"}
                    and child.i in self.by_token
                    and child.conjuncts
                ):
                    if self.by_token[child.i] is not self.by_token.get(tok.i):
                        toks.append(child)
                    for c in child.conjuncts:
                        # ("Quillmark's Echo and Orbitron's Pulse": Orbitron owns; it is no
                        # item of the list.)
                        if (
                            c.i > child.i
                            and c.sent == tok.sent
                            and not any(k.dep_ == "case" for k in kids(c))
                        ):
                            toks.append(c)
        own_m = self.by_token.get(tok.i)
        if own_m is not None and tok.pos_ == "PROPN":
            # "launched Ernie 4.5 and Ernie X1", "its Maia 100 chip and Cobalt CPU": a name
            # joined by "and" that the parser hung inside this one's phrase.
            for left in tok.lefts:
                for t in left.subtree:
                    inner = self.by_token.get(t.i)
                    if inner is None or inner is own_m or t.i != inner.end - 1:
                        continue
                    between = doc[inner.end : own_m.start]
                    words = [w for w in between if w.pos_ != "PUNCT"]
                    if (
                        words
                        and words[-1].lower_ in {"and", "&"}
                        and all(w.pos_ == "NOUN" for w in words[:-1])
                        and len(words) <= 2
                    ):
                        toks.append(t)
        for t in list(toks):
            for c in self._owned_list_before(t):
                if c not in toks:
                    toks.append(c)
            if t.i in self.by_token:
                # "the Ascend 910C, 910D and 920": versions listed without their family's
                # name, however the parser hung them.
                toks.extend(
                    c for c in self._listed_run(t, least=1) if c not in toks and self._elided(c)
                )
        return toks

    def _owned_list_before(self, tok: Token) -> list[Token]:
        """ "including OpenAI's GPT-4o, Anthropic's Claude": a list of owned names the
        parser made one noun phrase of, the name before the comma listed too."""
        here = self.by_token.get(tok.i)
        if here is None:
            return []
        doc = tok.doc
        out = []
        for c in children(tok, {"nmod", "compound"}):
            m = self.by_token.get(c.i)
            if m is None or m is here or m.end >= here.start:
                continue
            owned = any(k.dep_ == "poss" and k.i < m.start for k in (*kids(tok), *kids(c)))
            # ("OpenAI's ChatGPT and Anthropic's Claude" read as "(OpenAI's ChatGPT and
            # Anthropic)'s Claude".)
            joined = doc[m.end].lower_ == "and" and any(
                children(j, {"case"}) for j in children(c, {"conj"})
            )
            if (doc[m.end].text == "," or joined) and owned:
                out.append(doc[m.end - 1])
        return out

    def entity_of(self, tok: Token, exclude: str, depth: int) -> Arg | None:
        if depth > 4:
            return None
        if tok.i in self.by_token and any(c.dep_ == "det" and c.lower_ == "the" for c in kids(tok)):
            # "The Instagram and Facebook owner", parsed as "(The Instagram) and (Facebook
            # owner)": one maker of both names.
            for c in children(tok, {"conj"}):
                products = [g for g in children(c, {"compound", "nmod"}) if g.i in self.by_token]
                if c.pos_ == "NOUN" and c.lemma_.lower() in self.rules.maker_nouns and products:
                    for product in (tok, *products):
                        found = self._maker_arg(self.by_token[product.i].canonical, c)
                        if found is not None:
                            return found if found.name != exclude else None
                    return None
        m = self.by_token.get(tok.i)
        if m is not None:
            return Arg(m.canonical, tok.i, False)
        if (
            tok.dep_ == "pobj"
            and tok.pos_ == "NOUN"
            and tok.head.lower_ == "as"
            and tok.head.head.pos_ == "VERB"
            and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in kids(tok))
        ):
            # "launched CodeWhisperer as a code assistant embedded in ...": the kind a
            # verb's object is named as stands for that object.
            objects = [o for o in children(tok.head.head, {"dobj"}) if o.i in self.by_token]
            if objects and self.by_token[objects[0].i].canonical != exclude:
                return Arg(self.by_token[objects[0].i].canonical, objects[0].i, False)
        if (
            exclude
            and _subjects_own(tok)
            and not any(c.i in self.by_token or c.dep_ in {"appos", "acl"} for c in kids(tok))
        ):
            # "the company would rely on its own models": the subject's own, however "the
            # company" is read, and no model named before (but "its own Aria-3 model", "its
            # own chips, called Trainium").
            return None
        member = _group_member(tok)
        if member is not None:
            # "X is one of the startups competing with Y", "X is among the firms that ...".
            return self.entity_of(member, exclude, depth + 1)
        low = tok.lower_
        if low in {"latter", "former"}:
            # "questioned Google and Microsoft after the latter invested in X": the last or
            # the first of the pair told just before (not "the former CEO").
            pair_member = self._latter_or_former(tok)
            if pair_member is not None or tok.dep_ not in {"amod", "compound"}:
                return None if pair_member is None or pair_member.name == exclude else pair_member
        if low in {"those", "that", "ones", "top"}:
            # "compete with those of Korvath", "built on top of GPT-4".
            for p in kids(tok):
                if p.dep_ == "prep" and p.lower_ == "of":
                    for o in children(p, {"pobj"}):
                        return self.entity_of(o, exclude, depth + 1)
        if low == "what" and tok.dep_ in SUBJ_DEPS:
            # "GPT-3.5, which is what powers ChatGPT": what the clause says the relative
            # pronoun's name is; a free "what" stands for no company.
            be = tok.head.head
            if tok.head.dep_ == "ccomp" and be.lemma_ == "be":
                for rel in children(be, SUBJ_DEPS):
                    if rel.lower_ in {"which", "that"}:
                        return self.entity_of(rel, exclude, depth + 1)
            return None
        if low in {"i", "me", "my", "mine", "myself", "you", "your", "yours", "yourself"}:
            # "I spent a week using Perplexity": the writer or the reader, no company.
            return None
        if low in {"we", "our", "us"}:
            # "'We are excited to partner with Nvidia,' said Cohere's chief": the speaker's side.
            org = self.speaker_org(tok)
            if org is not None:
                return Arg(org, tok.i, True) if org != exclude else None
            # ("'... to challenge us,' the senator wrote": a speaker no company is speaks
            # for no company named nearby.)
            return None
        if low in self.cues.words("quantifier_words") and tok.pos_ in {
            "PRON",
            "DET",
            "NOUN",
            "ADJ",
        }:
            # "some of its own licensees", "many of them": a part of a group, no one name.
            return None
        if low in {"one", "ones", "other", "others", "another"} and tok.dep_ == "appos":
            # ("deployed two models — one trained on ..., the other on ...": items of what
            # the phrase lists, no company.)
            return None
        if (
            low in {"this", "that", "these", "those"}
            and tok.tag_ == "DT"
            and tok.pos_ == "PRON"
            and any(a.tag_ == "MD" for a in children(tok.head, {"aux"}))
        ):
            # "This could pose a challenge to X": what was just told might, no company.
            return None
        if tok.pos_ == "PRON" or low in PERSONAL or low in REL_PRONOUNS:
            if low in REL_PRONOUNS:
                ante = antecedent(tok)
                if ante is not None:
                    # "Notion and Quora, whose Poe app": the nearest conjunct.
                    near = [c for c in ante.conjuncts if ante.i < c.i < tok.i]
                    if near:
                        ante = near[-1]
                if ante is not None and _group_member(ante) is not None:
                    return self.entity_of(ante, exclude, depth + 1)
                described = described_by_apposition(ante) if ante is not None else None
                if described is not None and described.i in self.by_token:
                    # "Brightwave, a startup that Zentrix bought": the name the apposition
                    # describes.
                    ante = described
                if ante is not None and ante.tag_ == "NNS" and ante.i not in self.by_token:
                    # "the investors who took part": a group the text does not name is no
                    # one company.
                    return None
                if ante is not None and ante.i != tok.i:
                    found = self.entity_of(ante, exclude, depth + 1)
                    if found is not None:
                        return found
                return None
            if low in {"he", "his", "she", "her", "him"}:
                return self.resolve_reference(tok, ("Person",), exclude)
            owned = tok.head
            if (
                low == "its"
                and tok.dep_ == "poss"
                and owned.dep_ == "appos"
                and owned.head.i < tok.i
                and owned.head.i in self.by_token
                and self.by_token[owned.head.i].canonical != exclude
                # (Only when the apposition names someone else: "Veo 3, its newest model"
                # is the owner's model.)
                and any(
                    c.dep_ == "appos" and c.left_edge.i == owned.i + 1 and c.i in self.by_token
                    for c in kids(owned)
                )
            ):
                # "sued OpenAI, its main investor Microsoft, and others": "its" in an
                # apposition is the name the apposition is on.
                return Arg(self.by_token[owned.head.i].canonical, owned.head.i, True)
            own = any(c.lower_ == "own" for c in kids(tok.head))
            # ("Unlike Zeta, Lumora releases its models": the object of a main clause
            # whose own subject is the name.)
            main_object = owned.dep_ == "dobj" and owned.head.dep_ == "ROOT"
            if exclude and low in {"its", "their"} and (own or main_object):
                if own and _subjects_own(tok.head):
                    return None
                itself = self.resolve_reference(tok, ("Organization",), "")
                if itself is not None and itself.name == exclude:
                    # "Lumora makes its own chips": its is Lumora, the subject; no other name.
                    return None
            return self.resolve_reference(
                tok, ("Organization",), exclude
            ) or self.resolve_reference(tok, ("Product", "AIModel"), exclude)
        if tok.pos_ not in {"NOUN", "PROPN", "NUM", "X", "ADJ"} and not (
            # (The tagger may read "round" as an adverb: "in Zeta's latest funding round".)
            tok.pos_ == "ADV" and tok.lower_ == "round" and tok.dep_ == "pobj"
        ):
            return None
        if tok.pos_ == "NOUN" and "Organization" in self.rules.ref_nouns.get(
            tok.lemma_.lower(), ()
        ):
            for p in children(tok, {"poss"}):
                if p.lower_ in {"his", "her"}:
                    # "CEO Ana Ruiz said her company and Nimbus ...": the company the
                    # person's title names.
                    found = self._officer_company_of(p, exclude)
                    if found is not None:
                        return found
        if (
            tok.pos_ == "NUM"
            or tok.ent_type_ in {"CARDINAL", "QUANTITY", "MONEY", "PERCENT"}
            or tok.lemma_.lower() in self.measures
            or tok.lemma_.lower() in {"quarter", "third", "half", "fifth", "tenth"}
        ):
            # "16,000 of Nvidia's H100 GPUs", "holds 27% of X", "owns a quarter of X".
            for p in kids(tok):
                if p.dep_ == "prep" and p.lower_ == "of":
                    for o in children(p, {"pobj"}):
                        return self.entity_of(o, exclude, depth + 1)
        if tok.tag_ == "NN" and (
            tok.lemma_.lower() in self.generic or tok.lemma_.lower() in self.rules.ref_nouns
        ):
            # "runs on Orion: a language model built by Lumora": what follows a name and a
            # colon describes the name.
            left = tok.left_edge.i
            colon_named = self.by_token.get(left - 2) if left >= 2 else None
            if (
                colon_named is not None
                and colon_named.end == left - 1
                and tok.doc[left - 1].text == ":"
                and tok.doc[left].lower_ in {"a", "an", "the"}
            ):
                return Arg(colon_named.canonical, colon_named.start, False)
        set_off = self._set_off_name(tok)
        if set_off is not None and set_off.canonical != exclude:
            return Arg(set_off.canonical, set_off.end - 1, False)
        told_next = self._named_next(tok)
        if told_next is not None and told_next.canonical != exclude:
            return Arg(told_next.canonical, tok.i, True)
        # "two former Zentrix engineers Ana and Luis Ruiz": the apposition names it.
        # ("Meta's latest model, Llama 4, is out": a name between commas the parser read as
        # a loose modifier is still an apposition.)
        loose = loose_appositions(tok)
        for child in kids(tok):
            if child.dep_ == "appos" and _appos_past_verb(tok, child):
                continue
            if child.dep_ == "appos" or child in loose:
                found = self.entity_of(child, exclude, depth + 1)
                if found is not None:
                    return found
            if child.dep_ in {"acl", "relcl"} and child.lemma_.lower() in self.cues.words(
                "naming_verbs"
            ):
                # "a chip it calls the language processing unit, or LPU".
                for named in children(child, {"oprd", "attr", "dobj", "xcomp", "ccomp"}):
                    for t in (named, *named.conjuncts, *children(named, {"appos"})):
                        if t.i in self.by_token:
                            return Arg(self.by_token[t.i].canonical, t.i, False)
            if child.dep_ == "acl" and child.lower_ == "known" and child.tag_ == "VBN":
                # "a software platform known as CANN".
                for p in children(child, {"prep"}):
                    for t in children(p, {"pobj"}) if p.lower_ == "as" else []:
                        if t.i in self.by_token:
                            return Arg(self.by_token[t.i].canonical, t.i, False)
        # ("Zeta's Series C": a round by its letter.)
        series = any(c.dep_ == "compound" and c.lower_ == "series" for c in kids(tok))
        if (
            tok.lemma_.lower() in self.cues.words("funding_nouns") or series
        ) and tok.dep_ == "pobj":
            # "among the investors in xAI's latest round": the company raising it.
            for p in children(tok, {"poss"}):
                m = self.by_token.get(p.i)
                if m is not None and self.classes(m.canonical)[0] == "Organization":
                    return Arg(m.canonical, p.i, False)
        if tok.lemma_.lower() in self.cues.words("org_part_nouns") and (
            tok.dep_ in SUBJ_DEPS
            # ("a stake in OpenAI's for-profit arm": in the company, through its arm.)
            or (tok.dep_ == "pobj" and tok.head.lower_ in {"in", "into"})
            # ("raised it from Zeta's venture arm", "the round included Zeta's venture
            # arm": the company puts its money in through its unit.)
            or (tok.dep_ == "pobj" and tok.head.lower_ in {"from", "by", "with"})
            or (tok.dep_ == "dobj" and tok.head.lemma_ in {"include", "feature"})
            # ("owns 49% of OpenAI's for-profit arm": a share of it.)
            or (
                tok.dep_ == "pobj"
                and tok.head.lower_ == "of"
                and (tok.head.head.like_num or tok.head.head.ent_type_ == "PERCENT")
            )
        ):
            # "Alibaba's cloud unit launched Qwen3": the company acts through its unit.
            for p in children(tok, {"poss"}):
                m = self.by_token.get(p.i)
                if m is not None and self.classes(m.canonical)[0] == "Organization":
                    return Arg(m.canonical, p.i, False)
        if (
            tok.dep_ == "appos"
            and tok.head.i in self.by_token
            and tok.lemma_.lower() in self.cues.words("title_heads")
        ):
            # "Ann Lee, the former Quillmark CEO who now runs X": the titled person, not
            # the company named in the title.
            return Arg(self.by_token[tok.head.i].canonical, tok.head.i, False)
        nxt = self.by_token.get(tok.i + 1)
        if (
            nxt is not None
            and nxt.start == tok.i + 1
            and tok.pos_ == "NOUN"
            and tok.dep_ in {"pobj", "dobj", "conj"}
            and tok.doc[tok.i + 1].dep_ not in {"compound", "nmod", "poss", "amod"}
            and tok.lower_ in self.rules.ref_nouns
        ):
            # "its investment in AI startup Anthropic" with the name split off by the
            # parser: the kind noun right before the name is the name (also a listed one:
            # "competes with OpenAI and Chinese startup DeepSeek").
            return Arg(nxt.canonical, tok.i + 1, False)
        if tok.tag_ == "NNS" and tok.lemma_.lower() in self.cues.words("user_nouns"):
            # "AI features for iPhone users": people who use the product, not the product.
            return None
        if (
            tok.tag_ == "NNS"
            and tok.lemma_.lower() in self.cues.words("holder_nouns")
            and any(c.dep_ in {"compound", "nmod"} and c.i in self.by_token for c in kids(tok))
        ):
            # "Nimbus shareholders bought a stake": the holders, not the company.
            return None
        # A head noun named by its compound: "the Claude chatbot", "Trainium chips"
        # (but "the ChatGPT maker" is the maker, found below).
        lemma = tok.lemma_.lower()
        is_maker = lemma in self.rules.maker_nouns
        # ("Nebula, a Yandex spin-off backed by ...": the name before an offshoot is its
        # parent, not the offshoot.)
        offshoot = tok.lower_ in self.cues.words("offshoot_nouns")
        # "AMD's Instinct graphics processing units", "Nvidia graphics processing units": a
        # chip spelt out, named by the name before its kind words.
        spelt = spelt_out_chip_name(tok, self.by_token)
        if spelt is not None and not is_maker:
            return Arg(self.by_token[spelt.i].canonical, spelt.i, False)
        # The nearest name first: "Nvidia GB200 chips" are GB200s (made by Nvidia).
        for child in sorted(kids(tok), key=lambda c: -c.i):
            if is_maker or offshoot:
                break
            if child.i > tok.i:
                continue
            # ("Google's TPUv5p chips", "AMD MI355X GPUs": a model number read as a count
            # or a symbol.)
            if (
                child.dep_ in {"compound", "nmod", "amod", "nummod", "punct"}
                and child.i in self.by_token
            ):
                name = self.by_token[child.i].canonical
                # "the Redmond company" is not Redmond.
                if self.classes(name)[0] != "Location":
                    return Arg(name, child.i, False)
            if child.dep_ == "compound" and (
                child.lower_ in self.product_nouns
                or child.lower_ in {"cloud", "computing"}
                or (child.pos_ == "NOUN" and tok.lower_ in self.product_nouns)
            ):
                # "AMD's Instinct GPU systems", "Azure cloud services", "its Siri voice
                # assistant": through the kind word to the name before it.
                for g in children(child, {"compound", "amod"}):
                    if g.i in self.by_token and g.i < child.i:
                        return Arg(self.by_token[g.i].canonical, g.i, False)
        said = tok
        if tok.dep_ == "appos" and tok.head.dep_ == "attr" and tok.i not in self.by_token:
            # ("a workspace (CRW) built by ...": the bracketed short form says the same.)
            said = tok.head
        if (
            said.dep_ == "attr"
            and said.head.lemma_ == "be"
            and (
                said.lemma_.lower() in self.generic
                or said.lemma_.lower() in self.rules.ref_nouns
                # ("Vela is a workspace built by ...": any noun a copula gives its
                # subject with "a", right after it, stands for that subject.)
                or (said.left_edge.i == said.head.i + 1 and said.left_edge.lower_ in {"a", "an"})
            )
        ):
            # "Trainium is Amazon's AI chip, designed by ...": the chip is the subject.
            for subj in children(said.head, SUBJ_DEPS):
                if subj.lower_ in {"which", "that"} and said.head.dep_ == "relcl":
                    # "TPUs, which are chips designed by Google": the chips are the TPUs.
                    subj = said.head.head
                if subj.i in self.by_token:
                    return Arg(self.by_token[subj.i].canonical, subj.i, False)
        anchor = tok.head
        place_noun = (
            tok.dep_ == "appos"
            and anchor.i in self.by_token
            and self.classes(self.by_token[anchor.i].canonical)[0] == "Location"
            and any(c.dep_ == "det" for c in kids(anchor))
            and any(c.dep_ == "amod" and c.lemma_.lower() == "base" for c in kids(tok))
        )
        if place_noun:
            # "Moveworks, a Mountain View, California-based maker": the parser made the
            # place the noun and the noun its apposition; the name before the phrase is
            # what it describes, else it is a description of its own ("The San Jose,
            # California-based company").
            start = anchor.left_edge.i
            before = self.by_token.get(start - 2) if start >= 2 else None
            if before is not None and tok.doc[start - 1].text == ",":
                return Arg(before.canonical, start - 2, False)
            if lemma in self.rules.ref_nouns and any(
                c.dep_ == "det" and c.lower_ == "the" for c in kids(anchor)
            ):
                # ("The San Jose, California-based company has ...": the parser hung "the" on
                # the place; the description is a definite one.)
                return self.resolve_reference(tok, self.rules.ref_nouns[lemma], exclude)
        if tok.dep_ == "appos" and tok.head.i in self.by_token and not place_noun:
            # An apposition names its anchor: "Orris-2, a language model from Orrisfield".
            left = tok.left_edge.i
            before = self.by_token.get(left - 2) if left >= 2 else None
            if (
                before is not None
                and tok.doc[left - 1].text in {",", "—", "–", "("}
                and left - 2 > tok.head.i
                and self.by_token.get(tok.head.i) is not before
            ):
                # "... a stake in NFDG, the venture fund Gross co-founded" hung on the
                # sentence's subject, "A, B and C — a Toronto startup —": the name
                # right before the comma or dash is the anchor.
                return Arg(before.canonical, left - 2, False)
            return Arg(self.by_token[tok.head.i].canonical, tok.head.i, False)
        if tok.tag_ == "NNS" or tok.lemma_.lower() in {"group", "consortium", "coalition"}:
            # "The music publishers, led by Universal Music Group, sued ...": the group is
            # told by the one leading it.
            for acl in children(tok, {"acl"}):
                if acl.lemma_.lower() == "lead" and acl.tag_ == "VBN":
                    for p in children(acl, {"agent"}):
                        for o in children(p, {"pobj"}):
                            if o.i in self.by_token:
                                return Arg(self.by_token[o.i].canonical, o.i, False)
        if (
            tok.pos_ == "NOUN"
            and tok.dep_ in {"dobj", "pobj", "npadvmod", "dep"}
            and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in kids(tok))
            and tok.lemma_.lower() in self.product_nouns
            and children(tok, {"acl", "relcl"})
        ):
            # "thanks to ChatGPT, a system developed by OpenAI" with the parser's apposition
            # lost: the name right before the comma.
            edge = tok.left_edge.i
            before = self.by_token.get(edge - 2) if edge >= 2 else None
            if (
                before is not None
                and tok.doc[edge - 1].text == ","
                and self.classes(before.canonical)[0] not in {"Person", "Location"}
            ):
                return Arg(before.canonical, edge - 2, False)
        if tok.lemma_.lower() in self.generic or tok.lower_ in self.generic:
            if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
                # "Gemini, a family of AI models built by ...": the family is the name.
                found = self.entity_of(tok.head.head, exclude, depth + 1)
                if found is not None:
                    return found
            for child in kids(tok):
                # "its own products, including the Bing search engine".
                if child.dep_ == "prep" and (
                    child.lower_ in self.cues.words("list_markers")
                    or (child.lower_ == "as" and any(g.lower_ == "such" for g in kids(child)))
                ):
                    for p in kids(child):
                        if p.dep_ == "pobj":
                            found = self.entity_of(p, exclude, depth + 1)
                            if found is not None:
                                return found
            for child in kids(tok):
                if child.dep_ == "poss":
                    found = self.entity_of(child, exclude, depth + 1)
                    if found is not None:
                        return found
                if child.dep_ == "prep" and child.lower_ in {"from", "of", "by"}:
                    for p in kids(child):
                        if p.dep_ == "pobj":
                            found = self.entity_of(p, exclude, depth + 1)
                            if found is not None:
                                return found
        # "the company", "the startup", "the ChatGPT maker".
        if tok.lemma_.lower() in self.cues.words("funding_nouns") and tok.pos_ == "NOUN":
            if tok.dep_ == "dobj" and tok.head.lemma_.lower() in {"use", "spend", "put"}:
                # "plans to use the funding to hire": the money, no company.
                return None
            # A funding round stands for the company raising it.
            for child in kids(tok):
                if child.dep_ == "poss" or (child.dep_ == "prep" and child.lower_ in {"in", "for"}):
                    target = child if child.dep_ == "poss" else next(iter(kids(child)), None)
                    if target is not None:
                        found = self.entity_of(target, exclude, depth + 1)
                        if found is not None:
                            return found
            for later in tok.sent[tok.i - tok.sent.start + 1 :]:
                # "a round ..., in which Aleph Alpha raised": the raiser named after it.
                if later.lemma_.lower() in self.cues.words("raising_verbs"):
                    for subj in subject_of(later):
                        found = self.entity_of(subj, exclude, depth + 1)
                        if found is not None:
                            return found
            if any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in kids(tok)):
                # "the funding round": the company of the round told before.
                for owner in earlier_round_owner(tok):
                    found = self.entity_of(owner, exclude, depth + 1)
                    if found is not None:
                        return found
            # The company raising the round is the salient one, not the nearest investor
            # (nor one the text has already said invests).
            # (Nor an outlet the text cites: "other investors in the round include ...",
            # after "Breitbart News reported".)
            saved = self.extra_banned
            self.extra_banned = saved | self.investors | self.outlets | self.round_leaders
            try:
                return self.resolve_reference(tok, ("Organization",), exclude, salient=True)
            finally:
                self.extra_banned = saved
        if tok.lemma_.lower() in self.rules.maker_nouns:
            for owner in children(tok, {"poss"}):
                made = self._made_at(owner)
                if made:
                    # "ChatGPT's creator": whoever makes ChatGPT, as "the ChatGPT maker" is.
                    found = self._maker_arg(made, tok)
                    if found is not None:
                        return found
        misread_noun = (
            tok.pos_ == "ADJ"
            and tok.dep_ in {"pobj", "dobj", "nsubj", "nsubjpass"}
            and tok.lower_ in self.rules.ref_nouns
        )  # "chief executive of the firm" with "firm" tagged as an adjective
        if (tok.pos_ in {"NOUN", "PROPN"} or misread_noun) and is_definite(tok):
            lemma = tok.lemma_.lower()
            if tok.lower_ == "up" and tok.i >= 2 and tok.doc[tok.i - 2].lower_ == "start":
                lemma = "startup"
            if tok.tag_ == "NNS" and tok.lower_ in self.cues.words("money_nouns"):
                # "will use the funds to hire": money, not a fund that invested.
                return None
            if (
                tok.tag_ == "NNS"
                and tok.lower_ in self.rules.plural_refs
                and any(c.dep_ in {"compound", "amod", "relcl", "acl"} for c in kids(tok))
            ):
                # "the venture capital firms that back it": a group, no one company (a pair
                # told before is read as such before this).
                return None
            if lemma in self.rules.maker_nouns:
                # ("the operator of ChatGPT" says the same as "the ChatGPT maker".)
                made_of = [
                    g
                    for p in children(tok, {"prep"})
                    if p.lower_ == "of"
                    for g in children(p, {"pobj"})
                    if self._made_at(g)
                ]
                for child in [*kids(tok), *made_of]:
                    if (child.dep_ in {"compound", "nmod"} or child in made_of) and (
                        child.i in self.by_token
                    ):
                        made = self.by_token[child.i].canonical
                        found = self._maker_arg(made, tok)
                        if found is not None:
                            return found
                        if self.classes(made)[0] != "Organization":
                            # "the iPhone maker" names whoever makes the iPhone; when neither
                            # the text nor the reference data says who, the nearest company
                            # would be a guess.
                            return None
            if lemma in self.rules.ref_nouns and "Organization" in self.rules.ref_nouns[lemma]:
                # ("the London-based group behind Stable Diffusion": whoever makes it.)
                for p in children(tok, {"prep"}):
                    if p.lower_ != "behind":
                        continue
                    for g in children(p, {"pobj"}):
                        made = self._made_at(g)
                        if made:
                            found = self._maker_arg(made, tok)
                            if found is not None:
                                return found
            if lemma in self.rules.ref_nouns:
                # "Scale AI, the data-labelling company co-founded by ...": an apposition
                # the parser missed (not "..., the company said").
                edge = tok.left_edge.i
                doc = tok.doc
                reporting = (
                    tok.dep_ in SUBJ_DEPS
                    and tok.head.lemma_.lower() in self.cues.words("reporting_verbs")
                    and not children(tok, {"acl", "relcl", "prep"})
                )
                if (
                    not reporting
                    # ("DeepMind, the search giant's AI lab": an owner, not the name.)
                    and tok.dep_ != "poss"
                    and edge >= 2
                    and doc[edge - 1].text == ","
                    and edge - 2 in self.by_token
                    # ("Backed by A and B, the company ...": the end of an opening phrase.)
                    and not any(
                        a.head.i == tok.head.i and a.dep_ in {"advcl", "prep", "npadvmod"}
                        for a in doc[edge - 2].ancestors
                    )
                ):
                    name = self.by_token[edge - 2].canonical
                    if name != exclude and self.fits(name, self.rules.ref_nouns[lemma]):
                        return Arg(name, edge - 2, False)
                return self.resolve_reference(tok, self.rules.ref_nouns[lemma], exclude)
            if lemma in self.rules.maker_nouns:
                return self.resolve_reference(tok, ("Organization",), exclude)
        return None

    def _made_at(self, t: Token) -> str:
        """The name at ``t`` when it names a made thing (no company, person or place),
        else ""."""
        m = self.by_token.get(t.i)
        if m is None or self.classes(m.canonical)[0] in {"Organization", "Person", "Location"}:
            return ""
        return m.canonical

    def _officer_company_of(self, pronoun: Token, exclude: str) -> Arg | None:
        """The company whose title the person ``pronoun`` stands for bears in this
        sentence ("Lumora CEO Ana Ruiz said her company ..."), else None."""
        person = self.resolve_reference(pronoun, ("Person",), exclude)
        if person is None:
            return None
        for m in self.sentence_mentions(pronoun):
            if m.canonical == person.name:
                for org in officer_company(self, self.doc[m.end - 1]):
                    if org != exclude:
                        return Arg(org, pronoun.i, True)
        return None

    def _maker_arg(self, made: str, tok: Token) -> Arg | None:
        """Who the text (else the reference data) says makes ``made``, standing at
        ``tok``."""
        maker = self.makers.get(made) or known_maker(made)
        if maker and self.registry.add_known(maker) is not None:
            return Arg(maker, tok.i, True)
        return None

    def _latter_or_former(self, tok: Token) -> Arg | None:
        """The name "the latter" or "the former" stands for: the last or the first of the
        nearest pair of listed names before it, in its sentence or the one before."""
        if tok.dep_ in {"amod", "compound"} or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in kids(tok)
        ):
            return None
        doc = tok.doc
        start = tok.sent.start
        if start > 0:
            start = doc[start - 1].sent.start
        for i in range(tok.i - 1, start - 1, -1):
            m = self.by_token.get(i)
            t = doc[i]
            if m is None or i != m.end - 1 or t.dep_ != "conj":
                continue
            first = t
            while first.dep_ == "conj" and first.head.i < first.i:
                first = first.head
            pick = t if tok.lower_ == "latter" else first
            named = self.by_token.get(pick.i)
            if named is None or self.by_token.get(first.i) is None:
                return None
            return Arg(named.canonical, tok.i, True)
        return None

    def resolve_reference(
        self, tok: Token, want: tuple[str, ...], exclude: str, salient: bool = False
    ) -> Arg | None:
        """See :func:`kg.extract.references.resolve_reference`."""
        return resolve_reference(self, tok, want, exclude, salient)

    def fits(self, name: str, want: tuple[str, ...]) -> bool:
        return self.classes(name)[0] in want

    def speaker_org(self, tok: Token) -> str | None:
        """The organization speaking in the quote that holds ``tok``, if the sentence says.

        The subject of the sentence's reporting verb, when it is an organization, else
        the organization named with it ("Microsoft's Satya Nadella", "X, chief
        executive of Cohere").
        """
        reporting = self.cues.words("reporting_verbs")
        sent = tok.sent
        verbs = [t for t in sent if t.lemma_.lower() in reporting and t.pos_ == "VERB"]
        if not verbs or not any(t.text in {'"', "\u201c", "\u201d"} for t in sent):
            return None
        for verb in verbs:
            if (
                tok in verb.subtree
                and verb.i > tok.i
                and not any(
                    c.dep_ in {"ccomp", "parataxis"} and tok in c.subtree for c in kids(verb)
                )
            ):
                continue
            for speaker in children(verb, SUBJ_DEPS):
                if tok in speaker.subtree:
                    continue
                for t in speaker.subtree:
                    m = self.by_token.get(t.i)
                    if m is not None and self.classes(m.canonical)[0] == "Organization":
                        return m.canonical
        return None

    def sentence_mentions(self, tok: Token, previous: bool = False) -> list[Mention]:
        sent = tok.sent
        start = sent.start
        if previous and start > 0:
            start = self.doc[start - 1].sent.start
        seen: list[Mention] = []
        for i in range(start, tok.i):
            m = self.by_token.get(i)
            if m is not None and (not seen or seen[-1] is not m):
                if former_prefix(self.doc, m.start):
                    continue
                seen.append(m)
        return seen


def _subjects_own(noun: Token) -> bool:
    """Whether ``noun`` is "its own ..." or "their own ..." after its clause's subject."""
    poss = [c for c in kids(noun) if c.dep_ == "poss" and c.lower_ in {"its", "their"}]
    if not poss or not any(c.lower_ == "own" for c in kids(noun)):
        return False
    verb = noun
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    return any(s.i < poss[0].i for s in subject_of(verb))


def _singular_verb(verb: Token) -> bool:
    """Whether a verb agrees with a singular subject ("which is", "who has")."""
    return verb.tag_ == "VBZ" or any(
        (c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBZ") or c.lower_ == "was" for c in kids(verb)
    )


def _appos_past_verb(noun: Token, appos: Token) -> bool:
    """Whether an "apposition" of a subject comes after the subject's verb: a list the
    parser hung on the subject ("X's strategy uses three platforms: A, B and C")."""
    return noun.dep_ in SUBJ_DEPS and noun.i < noun.head.i < appos.i


#: Words that count a group out ("a host of companies", "a handful of firms").
_GROUP_QUANTITIES = frozenset(
    {"host", "number", "handful", "group", "slew", "range", "list", "dozen", "couple", "raft"}
)


def _group_member(tok: Token) -> Token | None:
    """The one a plural group stands for when the text says he is one of it: "X is
    one of the startups ...", "X is among the firms ..." (the subject of "be")."""
    if tok.tag_ == "NNS" and lists_its_members(tok):
        # "Companies using Vexo include A and B", "Other firms that adopted it include A,
        # B and C": the group a clause on the subject describes is the names it includes.
        if any(c.dep_ in {"acl", "relcl"} for c in kids(tok)):
            listed = [o for o in children(tok.head, {"dobj"}) if o.pos_ == "PROPN"]
            return listed[0] if listed else None
        return None
    if tok.tag_ != "NNS" or tok.dep_ != "pobj":
        return None
    prep = tok.head
    if (
        prep.lower_ == "of"
        and prep.head.lower_ in _GROUP_QUANTITIES
        and prep.head.dep_ == "pobj"
        and prep.head.head.lower_ == "among"
    ):
        # "X is among a host of companies that ...": the group is the companies.
        prep = prep.head.head
    if prep.lower_ == "among":
        verb = prep.head
    elif prep.lower_ == "of" and prep.head.lower_ == "one" and prep.head.dep_ == "attr":
        verb = prep.head.head
    else:
        return None
    if verb.lemma_ != "be":
        return None
    subjects = children(verb, {"nsubj"})
    return subjects[0] if subjects else None


def _dateline_source(tok: Token) -> bool:
    """A name in parentheses before a dash near a sentence's start: "June 8 (Reuters) -"."""
    doc = tok.doc
    i = tok.i
    if i == 0 or doc[i - 1].text != "(" or i - tok.sent.start > 10:
        return False
    j = i + 1
    while j < len(doc) and j - i < 4 and doc[j].text != ")":
        j += 1
    return (
        j + 1 < len(doc)
        and doc[j].text == ")"
        and doc[j + 1].text in {"-", "–", "—", "--"}
        and tok.text[:1].isupper()
    )


def country_key(word: str) -> str:
    """One key for a country and its adjective ("Israel", "Israeli"; "US", "American")."""
    low = word.lower().removeprefix("the ")
    keys = load_cues().raw["country_keys"]
    return str(keys[low]) if low in keys and low != "_doc" else low[:4]


def described_countries(sdoc: Doc, mentions: list[Mention]) -> dict[str, set[str]]:
    """The countries a chunk describes its names by: a nationality or place in the words
    that lead up to the name ("US chip giant Nvidia", "the Israeli startup Deci")."""
    out: dict[str, set[str]] = {}
    for m in mentions:
        if not m.canonical:
            continue
        root = sdoc[m.start : m.end].root
        # (Through a describing noun, not a possessive place: "Korea's X" is where X is.)
        lead = [
            t
            for c in root.lefts
            if c.i < m.start and c.pos_ == "NOUN" and c.dep_ in {"compound", "amod", "nmod"}
            for t in c.subtree
        ]
        if not any(t.ent_type_ in {"NORP", "GPE"} for t in lead):
            # (By word order when the parser split the name off: "Israeli AI startup
            # Run:ai".)
            j = m.start - 1
            while j >= max(0, m.start - 4) and sdoc[j].pos_ in {"NOUN", "PROPN", "ADJ"}:
                if sdoc[j].ent_type_ in {"NORP", "GPE"}:
                    break
                j -= 1
            if (
                0 <= j < m.start - 1
                and sdoc[j].ent_type_ in {"NORP", "GPE"}
                and sdoc[m.start - 1].pos_ == "NOUN"
            ):
                lead = [sdoc[j]]
        # ("France's Mistral": the country it is told to belong to counts as well.)
        lead += [
            c for c in root.lefts if c.dep_ == "poss" and c.ent_type_ == "GPE" and c.i < m.start
        ]
        for t in lead:
            if t.ent_type_ in {"NORP", "GPE"} and t.ent_iob_ == "B":
                ent = next((e for e in sdoc.ents if e.start == t.i), None)
                if ent is not None:
                    out.setdefault(m.canonical, set()).add(country_key(ent.text))
    return out
