"""Relations in a sentence: trigger words, their rules, and their arguments.

One pass over the tokens of a sentence looks every token up in the trigger
index of :mod:`kg.extract.rules`, so the cost is linear in the sentence, not
in the number of entity pairs. A rule that applies fills its subject and
object from the first of its roles (:mod:`kg.extract.roles`) that yields
entities (:mod:`kg.extract.mentions`). Possessives ("OpenAI's GPT-4") are
matched apart, through the ``possessive`` table of the rule file.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kg.extract.entities import Mention, load_cues
from kg.extract.families import family_parents, known_maker, same_family
from kg.extract.mentions import SentenceContext
from kg.extract.nlp import load_gazetteer
from kg.extract.references import REL_PRONOUNS, Arg, antecedent
from kg.extract.roles import RESOLVER_ROLES, role_tokens
from kg.extract.rules import Rule, possessive_rule
from kg.extract.senses import sense_for
from kg.extract.syntax import (
    PASS_SUBJ_DEPS,
    SUBJ_DEPS,
    attached_head,
    children,
    described_by_apposition,
    gerund_noun,
    given_names,
    kids,
    lists_its_members,
    loose_appositions,
    misread_modifier,
    possessor_of,
    prep_objects,
    spelt_out_chip_name,
    subject_of,
    verb_read_as_noun,
)
from kg.extract.types import load_types

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["Arg", "Candidate", "SentenceContext", "find_candidates", "names_goods"]


@dataclass(frozen=True)
class Candidate:
    """A relation found by a rule, before type checks and qualifiers."""

    rule: Rule
    trigger: int
    subject: Arg
    object: Arg


def _describes_unnamed(ctx: SentenceContext, tok: Token) -> bool:
    """True when ``tok`` is the agent of a participle describing someone's relation
    that is no name and no plain reference: "their employer, led by CEO X" (another
    company than the one the text is about)."""
    while tok.dep_ in {"compound", "appos"} and tok.head.i != tok.i:
        tok = tok.head  # "CEO Sam Altman": the name's place in the sentence
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "by" or prep.dep_ != "agent":
        return False
    verb = prep.head
    if verb.dep_ not in {"acl", "relcl"}:
        return False
    noun = verb.head
    if ctx.entities_of(noun, "") or noun.lower_ in ctx.rules.ref_nouns:
        return False
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in kids(noun))


def _with_object(t: Token) -> bool:
    """Whether a name is (listed in) the object of "with"."""
    while t.dep_ == "conj" and t.head.i < t.i:
        t = t.head
    return t.dep_ == "pobj" and t.head.lower_ == "with"


def _earlier_post_owner(ctx: SentenceContext, tok: Token, exclude: str) -> Arg | None:
    """For a post given to someone whose apposition names their post at a company, that
    company ("Jason Droege, the startup's chief strategy officer, was named interim chief
    executive": the startup; "X, previously an officer at Y, will act as CEO": Y)."""
    verb = tok.head
    if tok.dep_ == "pobj" and verb.lower_ == "as":
        # ("Ana Ruiz, previously finance chief at Quillon, will act as interim CEO".)
        verb = verb.head
    elif tok.dep_ not in {"oprd", "attr", "dobj"}:
        return None
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    for subj in children(verb, {"nsubj", "nsubjpass"}):
        for title in children(subj, {"appos"}):
            owners = children(title, {"poss"}) or [
                o
                for p in children(title, {"prep"})
                if p.lower_ == "at"
                for o in children(p, {"pobj"})
            ]
            for owner in owners:
                for a in ctx.entities_of(owner, exclude):
                    if ctx.classes(a.name)[0] == "Organization":
                        return a
    return None


def _modifies(tok: Token, heads: frozenset[str]) -> bool:
    """Whether ``tok`` (or the list it is in) only modifies a noun with a lemma in ``heads``."""
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    while tok.dep_ in {"compound", "nmod"} and tok.head.i > tok.i:
        tok = tok.head
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in heads:
            return True
    return False


def _joined_by_holder(ctx: SentenceContext, tok: Token) -> frozenset[str]:
    """The companies the holder of a bare title joins in its sentence ("co-founders A and
    B joining Zeta": not Zeta's co-founders)."""
    holder = tok.head if tok.dep_ == "compound" else tok
    holders = {holder.i, *(c.i for c in holder.conjuncts)}
    return frozenset(
        m.canonical
        for verb in tok.sent
        if verb.lemma_.lower() in {"join", "rejoin"}
        and any(s.i in holders for s in subject_of(verb))
        for o in children(verb, {"dobj"})
        if (m := ctx.by_token.get(o.i)) is not None
    )


def _title_held_there(ctx: SentenceContext, tok: Token, org: str, exclude: str) -> bool:
    """Whether the sentence names another holder of the bare title ``tok`` at ``org``
    ("Quillon CEO Dana Reyes said that CEO Omar Lee ...": Lee is not Quillon's CEO too)."""
    return tok.lower_ in ctx.cues.titles() and any(
        t.i != tok.i
        and t.lower_ == tok.lower_
        and any(
            a.name == org
            for c in kids(t)
            if c.dep_ in {"compound", "poss", "nmod"}
            for a in ctx.entities_of(c, exclude)
        )
        for t in tok.sent
    )


def _fill(
    ctx: SentenceContext,
    roles: tuple[str, ...],
    tok: Token,
    exclude: str,
    direct: bool = False,
    want: frozenset[str] = frozenset(),
) -> list[Arg]:
    """Arguments for the first role that yields any.

    ``direct`` keeps only names the role word itself carries (the word, its
    compound or apposition), not names reached through a part ("the business
    of ZT Systems" is not ZT Systems). ``want``: the classes the slot takes,
    which pick the sense of a name that has several.
    """
    for role in roles:
        if role == "implicit_person":
            # "The Tesla CEO expressed his disapproval": a title with a company and no name,
            # as the subject, is the person the text was about.
            if (
                (tok.dep_ in SUBJ_DEPS or (tok.dep_ == "conj" and tok.head.dep_ in SUBJ_DEPS))
                and any(c.dep_ == "det" and c.lower_ == "the" for c in kids(tok))
                and any(
                    c.dep_ in {"compound", "nmod"}
                    and c.i in ctx.by_token
                    and ctx.classes(ctx.by_token[c.i].canonical)[0] == "Organization"
                    for c in kids(tok)
                )
            ):
                found = ctx.resolve_reference(tok, ("Person",), exclude, salient=True)
                if found is not None:
                    return [found]
            continue
        if role == "implicit_org":
            # "Dario Amodei, the chief executive": the organization the text is about, unless
            # the text names one the rules could not read ("CEO of his startup X").
            if any(c.lower_ in {"of", "at"} and children(c, {"pobj"}) for c in kids(tok)):
                continue
            if "subj" in roles and role_tokens("subj", tok):
                # "the venture, which will receive funding from X": the clause names its
                # own subject, even when it is no name.
                continue
            titled = tok.lower_ in ctx.cues.words("title_words") or tok.lemma_.lower() in {
                "founder",
                "co-founder",
                "cofounder",
            }
            title_head = tok.head.lower_ in ctx.cues.words("title_words") or (
                tok.head.lemma_.lower() in {"founder", "co-founder", "cofounder"}
            )
            if titled and (
                (tok.dep_ == "conj" and title_head)
                or any(
                    # (Not the name a chain of titles ends in: "CEO and cofounder Ana Ruiz".)
                    (
                        c.dep_ == "conj"
                        and (c.pos_ != "PROPN" or c.lower_ in ctx.cues.words("title_words"))
                    )
                    or (c.dep_ == "amod" and c.lower_ in {"other", "fellow"})
                    for c in kids(tok)
                )
            ):
                # "a co-founder and chief scientist of X", "other co-founders": the title
                # belongs to a company the chain or the context names, not the salient one.
                continue
            if _describes_unnamed(ctx, tok):
                continue
            if (
                tok.dep_ == "compound"
                and tok.head.dep_ == "poss"
                and tok.head.i in ctx.by_token
                and "Organization" in ctx.rules.ref_nouns.get(tok.head.head.lemma_.lower(), ())
            ):
                # "offering CEO Lisa Su's company a lever": whose company the text does not
                # name here; no salient one stands for it.
                continue
            founder = tok.lemma_.lower() in {"founder", "co-founder", "cofounder"}
            if founder and _founded_alongside(tok):
                # ("Ruiz founded Lumora alongside co-founder Omar Lee": a co-founder of the
                # company the clause's verb names, which its own rule reads.)
                continue
            if founder and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in kids(tok)):
                # "returning to his roots as a startup founder": a post at no company named.
                continue
            suit = tok.lemma_.lower() in {"suit", "lawsuit", "action", "claim", "complaint", "case"}
            if suit and tok.tag_ == "NN" and not children(tok, {"det", "poss"}):
                # "the first newspaper to file suit": a bare noun speaks of no one suit.
                continue
            if suit and (
                prep_objects(tok, {"against"})
                or (tok.dep_ == "dobj" and prep_objects(tok.head, {"against"}))
            ):
                # ("filed a lawsuit against a former engineer": the text names whom it is
                # against, no company.)
                continue
            earlier_post = _earlier_post_owner(ctx, tok, exclude)
            if earlier_post is not None:
                return [earlier_post]
            opening = _opening_clause_subject(ctx, tok, exclude) or _workplace_named(
                ctx, tok, exclude
            )
            if opening is not None:
                return [opening]
            owner = _sentence_subject_owner(ctx, tok, exclude)
            if owner is not None:
                # ("Meta's investment signals what CEO Mark Zuckerberg has called ...": the
                # company the sentence is about.)
                return [owner]
            saved = ctx.extra_banned
            ctx.extra_banned = saved | _joined_by_holder(ctx, tok)
            try:
                found = ctx.resolve_reference(tok, ("Organization",), exclude, salient=True)
            finally:
                ctx.extra_banned = saved
            if found is not None and not _title_held_there(ctx, tok, found.name, exclude):
                return [found]
            continue
        args: list[Arg] = []
        # "head_subj+prep:with": the union of several roles (the owners of a venture).
        tokens = [t for part in role.split("+") for t in role_tokens(part, tok)]
        for t in tokens:
            named = ctx.entities_of(t, exclude)
            if (
                role == "described_named"
                and tok.left_edge.i >= 2
                and t.i == tok.left_edge.i - 2
                and tok.doc[t.i + 1].text == "("
            ):
                # ("A, B (Nvidia's venture arm), C": the bracket's name only, not its list.)
                one = ctx.entity_of(t, exclude, 0)
                named = [one] if one is not None else []
            if role == "described" and t.i == tok.i:
                # A description standing for itself ("the ChatGPT maker") is not a name
                # listed with it under its own title ("... and its chief executive X").
                named = [
                    a
                    for a in named
                    if a.token == tok.i
                    or not any(
                        g.dep_ == "poss" and g.pos_ == "PRON"
                        for c in kids(tok.doc[a.token])
                        for g in (c, *kids(c))
                    )
                ]
            if role in {"described", "head_described"}:
                # ("Harbor Media, the parent company of the Ledger, and the Post": the
                # description is of the name before it, not of the names listed after it.)
                noun = tok.head if role == "head_described" else tok
                while noun.dep_ in {"compound", "nmod"} and noun.head.i > noun.i:
                    noun = noun.head
                if noun.dep_ == "appos":
                    after = {g.i for c in children(noun, {"conj"}) for g in c.subtree}
                    if noun.tag_ not in {"NNS", "NNPS"}:
                        # ("Lumora, the maker of Orbit, and Vexa": nor the names listed after
                        # the description, hung on the name it describes.)
                        after |= {
                            g.i
                            for c in noun.head.conjuncts
                            if c.i > noun.right_edge.i
                            for g in c.subtree
                        }
                    named = [a for a in named if a.token not in after] or named
            if role == "described" and "implicit_person" in roles:
                # ("The Tesla CEO": the company on the title is not who holds it.)
                named = [
                    a
                    for a in named
                    if not (
                        tok.doc[a.token].head.i == tok.i
                        and tok.doc[a.token].dep_ in {"compound", "nmod"}
                        and ctx.classes(a.name)[0] != "Person"
                    )
                ]
            if role == "described" and (
                _title_before(tok, t)
                or (
                    tok.dep_ == "appos"
                    and tok.head.i == t.i
                    and tok.left_edge.i > 0
                    and tok.doc[tok.left_edge.i - 1].text == "("
                )
            ):
                # "founded by CEO Omri Geller, Ronen Dar and Meir Feder", "Michael Truell
                # (CEO), Sualeh Asif (CPO)": the title is the first name's alone.
                named = named[:1]
            if (
                role == "head"
                and tok.head.i == t.i
                and tok.i < t.i
                and tok.dep_ in {"amod", "compound", "nmod", "npadvmod"}
                and t.i in ctx.by_token
            ):
                # "Microsoft-backed OpenAI and Google DeepMind": the modifier is the first
                # name's alone.
                named = [a for a in named if a.token <= t.i]
            # ("Companies using Vexo include A and B": the clause describes the whole list.)
            modifier = None if lists_its_members(t) else _modifier_holding(t, tok)
            if modifier is not None:
                # "Lux Capital, known for investing in X, and Khosla Ventures": the
                # participle describes the first name only, not the names listed after it.
                named = [a for a in named if a.token <= modifier.left_edge.i]
            for a in named:
                if want:
                    a = _in_sense(ctx, a, want)
                if (
                    role in {"possessor", "poss_or_compound"}
                    and a.via_ref
                    and want
                    and "Person" not in want
                    and ctx.classes(a.name)[0] == "Person"
                ):
                    # ("Mensch, along with his co-founders A and B": "his" is a person, who
                    # founds nothing; whose the founders are, a later role tells.)
                    continue
                if exclude and a.name == exclude:
                    # The subject found again is no object ("appointed X chief executive").
                    continue
                if direct and not _carried_by(ctx, a, t):
                    continue
                if _own_modifier(tok, tok.doc[a.token]) and not a.via_ref:
                    continue
                if all(a.name != b.name for b in args):
                    args.append(a)
        if args:
            return args
    return []


def _modifier_holding(noun: Token, tok: Token) -> Token | None:
    """The participle or relative clause on ``noun`` that contains ``tok``, if any."""
    for c in kids(noun):
        if c.dep_ in {"acl", "relcl"} and c.left_edge.i <= tok.i <= c.right_edge.i:
            return c
    return None


def _in_sense(ctx: SentenceContext, arg: Arg, want: frozenset[str]) -> Arg:
    """The argument read in the sense its slot takes ("Meta, the company behind
    Facebook": the object of develops is the app, not Meta)."""
    if arg.via_ref:
        return arg
    m = ctx.by_token.get(arg.token)
    if m is None or m.canonical != arg.name:
        return arg
    name = sense_for(m, arg.name, ctx.classes(arg.name)[0], want)
    if name == arg.name:
        return arg
    ctx.registry.add_entry(load_gazetteer()[name], m.text)
    return Arg(name, arg.token, arg.via_ref)


def _title_before(trigger: Token, name: Token) -> bool:
    """A singular title right before a name ("CEO Omri Geller"), nothing else between."""
    return (
        trigger.tag_ in {"NN", "NNP"}
        and trigger.i < name.i
        and all(t.pos_ == "PROPN" for t in trigger.doc[trigger.i + 1 : name.i + 1])
    )


def names_goods(ctx: SentenceContext, arg: Arg, goods: Collection[str]) -> bool:
    """Whether ``arg`` is named as the maker of goods bought ("Nvidia GPUs", "Azure
    credits"): its name modifies a noun for such goods."""
    m = ctx.by_token.get(arg.token)
    if arg.via_ref or m is None:
        return False
    head = ctx.doc[m.end - 1]
    while head.dep_ in {"compound", "nmod"} and head.head.i > head.i:
        head = head.head
        if head.pos_ == "NOUN" and head.lower_ in goods:
            return True
    return False


def _cloud_of(ctx: SentenceContext, objects: list[Arg]) -> list[Arg]:
    """The cloud named on chips that are used ("one million Google Cloud TPUs": Google
    Cloud too, the platform they are rented from)."""
    out: list[Arg] = []
    for o in objects:
        if o.via_ref or ctx.classes(o.name)[0] != "Hardware":
            continue
        m = ctx.by_token.get(o.token)
        if m is None:
            continue
        for t in _modifiers(ctx, m):
            cloud = ctx.by_token.get(t.i)
            if (
                cloud is not None
                and cloud is not m
                and ctx.classes(cloud.canonical)[0] == "CloudPlatform"
                and all(a.name != cloud.canonical for a in (*objects, *out))
            ):
                out.append(Arg(cloud.canonical, t.i, False))
    return out


def _modifiers(ctx: SentenceContext, m: Any) -> list[Token]:
    """The compound modifiers of a name's head word ("Google Cloud" on "TPUs")."""
    doc = ctx.doc
    head = doc[m.end - 1]
    while head.head.i != head.i and m.start <= head.head.i < m.end:
        head = head.head
    return [c for c in kids(head) if c.dep_ in {"compound", "nmod"} and not m.start <= c.i < m.end]


def _name_dep(ctx: SentenceContext, tok: Token) -> str:
    """The dependency of the whole name ``tok`` is part of (that of its head word)."""
    m = ctx.by_token.get(tok.i)
    if m is None:
        return str(tok.dep_)
    for t in tok.doc[m.start : m.end]:
        if not m.start <= t.head.i < m.end:
            return str(t.dep_)
    return str(tok.dep_)


def _own_modifier(trigger: Token, arg: Token) -> bool:
    """'Spain-based Corvix and Austin-based Tandem.ai': Tandem.ai has a modifier of its own."""
    if trigger.dep_ not in {"amod", "compound", "npadvmod", "nmod"} or arg.i == trigger.head.i:
        return False
    lemma = trigger.lemma_.lower()
    return any(c.i != trigger.i and c.lemma_.lower() == lemma for c in kids(arg))


#: Classes of named products, which a kind noun after the name describes.
_PRODUCT_CLASSES = frozenset({"Product", "AIModel", "Hardware", "CloudPlatform"})


def _carried_by(ctx: SentenceContext, arg: Arg, tok: Token) -> bool:
    if arg.via_ref:
        # ("buys the company's systems": the owner of what is bought is not bought.)
        ref = tok.doc[arg.token]
        return not (ref.dep_ == "poss" and ref.head.i == tok.i)
    m = ctx.by_token.get(tok.i)
    if m is not None and m.start <= arg.token < m.end:
        return True
    at = tok.doc[arg.token]
    if (
        at.dep_ in {"oprd", "attr", "dobj"}
        and at.head.dep_ == "acl"
        and at.head.head.i == tok.i
        and at.head.lemma_.lower() in ctx.cues.words("naming_verbs")
        # (Not part of a longer name: "a new unit called OpenAI for Science".)
        and not children(at, {"prep"})
        and not (
            (m_at := ctx.by_token.get(at.i)) is not None
            and m_at.end < len(tok.doc)
            and tok.doc[m_at.end].ent_iob_ == "I"
        )
    ):
        # "a new consumer unit called Microsoft AI": the name the noun is given.
        return True
    listed = at
    while listed.dep_ == "conj" and listed.head.i < listed.i:
        listed = listed.head
    if listed.dep_ == "pobj" and (
        listed.head.lower_ in ctx.cues.words("list_markers")
        or (listed.head.lower_ == "as" and any(g.lower_ == "such" for g in kids(listed.head)))
    ):
        # "acquired dozens of AI startups, including Darwin AI": a name listed as one of
        # what the word (or what it counts) stands for.
        owner = listed.head.head
        if owner.i == tok.i or (
            owner.dep_ == "pobj" and owner.head.lower_ == "of" and owner.head.head.i == tok.i
        ):
            return True
    if tok.lower_ in {"which", "that", "who"}:
        # "Zeta, which was acquired by X": the pronoun carries the name it stands for.
        ante = antecedent(tok)
        if ante is not None:
            # ("Brightwave, a startup that was acquired by X": the name described.)
            ante = described_by_apposition(ante) or ante
            named = ctx.by_token.get(ante.i)
            return named is not None and named.start <= arg.token < named.end

    if at.head.i == tok.i and at.dep_ in {"compound", "appos", "nmod"}:
        # "led the Apple design teams" led teams of Apple, not Apple; "bought Nvidia chips"
        # bought chips, not Nvidia; but "announced the Blackwell platform" announced
        # Blackwell, the kind noun saying what the named product is.
        if at.dep_ == "appos":
            return True
        if tok.lemma_.lower() in ctx.cues.words("org_part_nouns") | ctx.cues.words(
            "relational_heads"
        ):
            # ("oversaw the OpenAI deal" oversaw a deal, not OpenAI.)
            return False
        if tok.lemma_.lower() in ctx.generic or tok.lower_ in ctx.generic:
            return ctx.classes(arg.name)[0] in _PRODUCT_CLASSES
        return True
    return any(c.i == at.i for c in tok.conjuncts)


#: Dependents of a verb that say what its object is for.
_PURPOSE = frozenset({"prep", "advcl", "xcomp", "acl", "npadvmod"})


#: Nouns that stand for a set of things ("a range of benchmarks", "a number of tests").
_GROUP_WORDS = frozenset(
    {"range", "number", "variety", "series", "set", "suite", "battery", "host"}
)


def _counted(noun: Token) -> list[Token]:
    """What a set noun is a set of ("a range of benchmarks": benchmarks)."""
    return [o for p in children(noun, {"prep"}) if p.lower_ == "of" for o in children(p, {"pobj"})]


_FOUNDING = frozenset({"found", "co-found", "cofound", "start", "establish", "launch", "create"})


def _founded_alongside(title: Token) -> bool:
    """Whether a founder title names someone a founding clause lists "with" or
    "alongside" its subject ("Ruiz founded Lumora alongside co-founder Omar Lee")."""
    name = title.head if title.dep_ in {"compound", "nmod"} else title
    if name.dep_ != "pobj" or name.head.lower_ not in {"with", "alongside"}:
        return False
    verb = next((a for a in name.ancestors if a.pos_ == "VERB"), None)
    return (
        verb is not None
        and verb.lemma_.lower() in _FOUNDING
        and any(c.dep_ == "dobj" for c in kids(verb))
    )


def _accessed(noun: Token) -> list[Token]:
    """What access is to ("a deal for access to GPUs": GPUs)."""
    if noun.lemma_.lower() != "access":
        return []
    return [o for p in children(noun, {"prep"}) if p.lower_ == "to" for o in children(p, {"pobj"})]


def _noun_read_as_adverb(tok: Token) -> bool:
    """A noun the tagger read as an adverb, told by what it carries: "Zeta's $10 billion
    funding round from X" ("round" with a possessor)."""
    return tok.pos_ == "ADV" and any(
        c.dep_ in {"poss", "det", "compound", "nummod"} for c in kids(tok)
    )


def _rule_applies(rule: Rule, tok: Token) -> bool:
    if (
        tok.pos_ not in rule.pos
        and not ("VERB" in rule.pos and verb_read_as_noun(tok))
        and not ("NOUN" in rule.pos and _noun_read_as_adverb(tok))
        # ("hopes to dethrone Nvidia" with the verb tagged an adjective: it has an object.)
        and not (
            "VERB" in rule.pos
            and tok.pos_ == "ADJ"
            and (
                tok.dep_ in {"xcomp", "ROOT", "conj", "advcl"}
                # ("built to rival X" with "to" read as a preposition.)
                or (tok.dep_ == "pobj" and tok.head.lower_ == "to" and tok.i == tok.head.i + 1)
            )
            and any(c.dep_ == "dobj" for c in kids(tok))
        )
    ):
        return False
    if "VERB" not in rule.pos and tok.tag_ == "NNS" and verb_read_as_noun(tok):
        # ("Lumora's Orion rivals Vexa's Pulse": a verb read as a plural is no noun.)
        return False
    if rule.dep and tok.dep_ not in rule.dep:
        return False
    if (
        rule.relation != "competes_with"
        and tok.dep_ == "pobj"
        and tok.head.lower_ == "for"
        and tok.head.head.lemma_.lower() in load_cues().words("contest_verbs")
    ):
        # ("A and B are vying for a partnership with C": the prize of a contest, not held.)
        return False
    if rule.not_dep and tok.dep_ in rule.not_dep and misread_modifier(tok) is None:
        return False
    head = attached_head(tok)
    if (
        rule.head_lemma
        and head.lemma_.lower() not in rule.head_lemma
        # ("closed a Series G, led by A": a round told by its label is a round.)
        and not (
            "round" in rule.head_lemma
            and any(c.dep_ == "compound" and c.lower_ == "series" for c in kids(head))
        )
    ):
        return False
    if rule.not_opening and tok.dep_ == "pobj":
        # (Or set off between commas or dashes: "– as part of Project X, it agreed".)
        phrase = tok.head
        start, end = phrase.left_edge.i, phrase.right_edge.i
        doc = tok.doc
        if start == tok.sent.start or (
            doc[start - 1].text in {",", "–", "—", ";", ":"}
            and end + 1 < len(doc)
            and doc[end + 1].text == ","
        ):
            return False
    if (
        rule.not_head_lemma
        and head.lemma_.lower() in rule.not_head_lemma
        # ("X's use of Y cut its costs": what the noun does, not what is done to it.)
        and not (tok.dep_ == "nsubj" and head.i == tok.head.i and head.pos_ in {"VERB", "AUX"})
    ):
        return False
    if rule.head_pos and tok.head.pos_ not in rule.head_pos:
        return False
    if (
        rule.head_pos
        and "VERB" not in rule.head_pos
        and tok.head.pos_ == "NOUN"
        and any(c.dep_ == "dobj" for c in kids(tok.head))
    ):
        # ("a model that Pellucid licenses from Lumora": a noun with a direct object is a
        # verb the tagger misread.)
        return False
    if rule.forbid_pobj and any(
        (g.lemma_.lower() in rule.forbid_pobj or g.lower_ in rule.forbid_pobj)
        and not any(a.dep_ == "appos" and a.pos_ == "PROPN" for a in kids(g))
        # ("CEO of G42 Cloud": a word of a longer name is no function.)
        and not (g.pos_ == "PROPN" and any(a.dep_ == "compound" for a in kids(g)))
        # (Also on the verb's object: "hold 70% of the memory market".)
        for c in [
            *children(tok, {"prep"}),
            *(p for o in children(tok, {"dobj"}) for p in children(o, {"prep"})),
            # ("struck a deal with X for 2 gigawatts": what the deal is for, hung on the verb.)
            *(
                p
                for p in children(tok.head, {"prep"})
                if tok.dep_ == "dobj" and tok.pos_ == "NOUN" and p.i > tok.i
            ),
        ]
        for n in children(c, {"pobj"})
        # ("across a range of benchmarks": what the range is of.)
        # ("builds on the Nvidia and AMD supply deals", parsed as "Nvidia and ... deals".)
        for g in [
            n,
            *(c for c in n.conjuncts if c.pos_ == "NOUN"),
            *(_counted(n) if n.lemma_.lower() in _GROUP_WORDS else []),
            *_accessed(n),
        ]
    ):
        # "head of product at X" heads a function, not X (but "CEO of its new unit,
        # Microsoft AI" heads the unit named).
        return False
    if rule.require_pobj:
        # "participated in that round"; "signed a deal with X for more capacity" (the
        # phrase may hang on the verb the noun is the object of).
        preps = children(tok, {"prep"})
        if tok.dep_ == "dobj":
            preps += children(tok.head, {"prep"})
        # ("pay X $300 billion for computing power": the phrase hung on the sum.)
        preps += [
            p
            for d in children(tok, {"dobj"})
            if d.ent_type_ == "MONEY"
            for p in children(d, {"prep"})
        ]
        # "an agreement with X for GPU capacity": the parser may hang it on the partner.
        # (Or on a "worth" after the partner: "a deal with X worth $10 billion for GPUs".)
        preps += [
            q
            for c in preps
            if c.lower_ == "with"
            for g in children(c, {"pobj"})
            for h in (g, *(a for a in children(g, {"amod"}) if a.lower_ == "worth"))
            for q in children(h, {"prep"})
        ]
        # ("pay X for cloud services and AI chips": a listed object or a kind word of it.)
        if not any(
            w.lemma_.lower() in rule.require_pobj or w.lower_ in rule.require_pobj
            for c in preps
            for g in children(c, {"pobj", "pcomp"})
            # ("a deal for access to GPUs": what the access is to.)
            for w in (g, *g.conjuncts, *children(g, {"compound"}), *_accessed(g))
        ):
            return False
    if rule.require_child or rule.forbid_child:
        # A coordinated clause is a statement of its own, not part of this one.
        near = [c for c in kids(tok) if not (c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"})]
        near += [g for c in kids(tok) if c.dep_ in {"dobj", "nsubjpass", "prt"} for g in kids(c)]
        # ("bought $2 billion of Zeta shares": what the sum is of.)
        near += [
            o
            for c in kids(tok)
            if c.dep_ == "dobj" and c.ent_type_ == "MONEY"
            for p in children(c, {"prep"})
            if p.lower_ == "of"
            for o in children(p, {"pobj"})
        ]
        if tok.dep_ == "conj" and tok.head.pos_ in {"NOUN", "PROPN"}:
            # "former chairman and CEO": the first title's modifiers go for the chain.
            near += [c for c in kids(tok.head) if c.dep_ == "amod" and c.i < tok.head.i]
        if tok.dep_ == "dobj" and tok.head.tag_ == "VBG" and tok.head.i == tok.i - 1:
            # "Reddit has licensing deals with X": the -ing word read as the noun's verb is
            # its modifier.
            near.append(tok.head)
        if rule.forbid_child:
            # "Mistral AI CEO": the last word of a name before the title is no title word
            # ("Chief AI Officer").
            # ("secured 4,000 Nvidia H100 GPUs from X": an object named by its maker is
            # still what the verb takes.)
            # ("Orbis AI chief X", the name's words both hung on the title.)
            near = [
                c
                for c in near
                if c.dep_ not in {"compound", "nmod", "amod"}
                or not (
                    any(g.dep_ == "compound" and g.pos_ == "PROPN" for g in c.lefts)
                    or (c.pos_ == "PROPN" and c.ent_iob_ == "I")
                )
            ]
        doc = tok.doc
        if (
            tok.i >= 2
            and doc[tok.i - 1].text == "-"
            and not doc[tok.i - 2].whitespace_
            and not doc[tok.i - 1].whitespace_
        ):
            # "vice-president" split by the tokenizer: the word before the hyphen.
            near.append(doc[tok.i - 2])
        if tok.dep_ == "dobj":
            # ("signed a contract with X worth $4 billion" with "worth" hung on the verb.)
            near += [c for c in kids(tok.head) if c.lower_ == "worth" and c.i > tok.i]
        if tok.dep_ == "attr":
            # ("A and B are also investors": the copula's adverb goes with the noun.)
            near += [c for c in kids(tok.head) if c.dep_ == "advmod"]
        if tok.pos_ == "NOUN":
            # ("a cloud services contract": a modifier of a modifier says what kind too.)
            near += [
                g
                for c in kids(tok)
                if c.dep_ == "compound" and (c.pos_ == "NOUN" or c.text.islower())
                for g in kids(c)
                if g.dep_ in {"compound", "amod"} and g.i < c.i
            ]
        kid_words = {c.lower_ for c in near} | {c.lemma_.lower() for c in near}
        into = tok.dep_ == "pobj" and tok.head.lower_ == "into" and tok.head.head.pos_ == "VERB"
        if (
            rule.require_child
            and not (kid_words & rule.require_child)
            and (tok.dep_ == "dobj" or into)
            and tok.pos_ == "NOUN"
        ):
            # "signed a contract with X to provide $300 billion of computing power": what the
            # contract is for, in the purpose clause on the verb (also "entered into an
            # agreement with X to secure computing power").
            verb = tok.head.head if into else tok.head
            purposes = [c for c in kids(verb) if c.dep_ in {"advcl", "xcomp"} and c.i > tok.i]
            # ("signed contracts with A and B to supply capacity", the clause hung on "with".)
            purposes += [
                c
                for p in children(verb, {"prep"})
                if p.i > tok.i
                for c in children(p, {"pcomp"})
                if any(a.lower_ == "to" for a in children(c, {"aux"}))
            ]
            # ("a deal with X to deploy its chips", the clause hung on the noun.)
            purposes += [
                c
                for c in kids(tok)
                if c.dep_ == "acl" and any(a.lower_ == "to" for a in children(c, {"aux"}))
            ]
            # ("... to develop infrastructure" is a joint development, no supply; "to
            # co-develop and deploy chips" is both.)
            making = {"develop", "co-develop", "design", "co-design", "build"}
            purposes = [
                c
                for c in purposes
                if any(v.lemma_.lower() not in making for v in (c, *c.conjuncts))
            ]
            kid_words |= {
                w for c in purposes for g in c.subtree for w in (g.lower_, g.lemma_.lower())
            }
        if rule.require_child and not (kid_words & rule.require_child):
            return False
        if rule.forbid_child and tok.dep_ in {"compound", "amod"} and tok.head.pos_ == "PROPN":
            # "Chief Technology Officer": the words of the whole title count.
            title = [tok.head, *kids(tok.head)]
            kid_words |= {c.lower_ for c in title} | {c.lemma_.lower() for c in title}
        if rule.forbid_child and tok.dep_ == "dobj" and tok.pos_ == "NOUN":
            # "struck a deal with AMD to deploy its chips": what the deal is for hangs on
            # the verb.
            # ("... to develop custom chips" is a joint development, no supply.)
            siblings = [
                c
                for c in kids(tok.head)
                if c.i != tok.i
                and c.dep_ in _PURPOSE
                and c.lemma_.lower() not in {"develop", "co-develop", "design", "co-design"}
            ]
            far = siblings + [g for c in siblings for g in kids(c)]
            # ("a deal that will see X gain access to Google's TPUs": what the deal does,
            # in a clause on the noun.)
            far += [g for c in kids(tok) if c.dep_ == "relcl" for g in c.subtree]
            kid_words |= {c.lower_ for c in far} | {c.lemma_.lower() for c in far}
        if rule.forbid_child and kid_words & rule.forbid_child:
            # (An owner is no modifier: "Silo AI's CEO" is not an "AI" title.)
            owners = {
                w for c in kids(tok) if c.dep_ == "poss" for w in (c.lower_, c.lemma_.lower())
            }
            kid_words -= owners - {c.lower_ for c in kids(tok) if c.dep_ != "poss"}
        if rule.forbid_child and kid_words & rule.forbid_child:
            return False
    return True


def find_candidates(ctx: SentenceContext, sent: Span) -> Iterator[Candidate]:
    """Every (rule, subject, object) the trigger table finds in one sentence.

    A trigger read both ways, as "A develops B" and as "B founded by A", keeps the
    product reading when A is a company ("Lumora launched Orbit") and the founding
    when A is a person ("Dana Reyes launched Norvane").
    """
    found = _framed(ctx, sent, list(_sentence_candidates(ctx, sent)))
    made = {
        (c.trigger, c.subject.name, c.object.name) for c in found if c.rule.relation == "develops"
    }
    founded = {
        (c.trigger, c.subject.name, c.object.name)
        for c in found
        if c.rule.relation == "founded_by" and ctx.classes(c.subject.name)[0] == "Organization"
    }
    for c in found:
        if (
            c.rule.relation == "founded_by"
            and (c.trigger, c.object.name, c.subject.name) in made
            and ctx.classes(c.object.name)[0] != "Person"
        ):
            continue
        if (
            c.rule.relation == "develops"
            and ctx.classes(c.subject.name)[0] == "Person"
            and (c.trigger, c.object.name, c.subject.name) in founded
        ):
            # "Dana Reyes launched Norvane": a person launching a company founds it.
            continue
        yield c
    yield from _cooccurrence(ctx, sent, found)


def _framed(ctx: SentenceContext, sent: Span, found: list[Candidate]) -> list[Candidate]:
    """'Brixo co-founder Ana Ruiz and Quorra co-founder Luis Vega': a title
    between a company and a person joins those two, whatever the parse says."""
    frames: dict[int, tuple[Arg, Arg] | None] = {}
    out: list[Candidate] = []
    for c in found:
        if c.rule.relation not in {"founded_by", "leads"}:
            out.append(c)
            continue
        if c.trigger not in frames:
            frames[c.trigger] = _title_frame(ctx, sent, ctx.doc[c.trigger])
            frame = frames[c.trigger]
            if frame is not None:
                org, person = frame
                pair = (person, org) if c.rule.relation == "leads" else (org, person)
                out.append(Candidate(c.rule, c.trigger, *pair))
                continue
        if frames[c.trigger] is None:
            out.append(c)
    for tok in sent:
        if tok.i in frames or tok.i in ctx.by_token:
            continue
        rules = [
            r
            for r in ctx.rules.by_lemma.get(tok.lemma_.lower(), ())
            if r.relation in {"founded_by", "leads"} and _rule_applies(r, tok)
        ]
        frame = _title_frame(ctx, sent, tok) if rules else None
        if frame is not None:
            # (A title the parser hung elsewhere: "Brixo co-founder Ana Ruiz and ...".)
            org, person = frame
            rule = rules[0]
            pair = (person, org) if rule.relation == "leads" else (org, person)
            out.append(Candidate(rule, tok.i, *pair))
    return out


def _title_frame(ctx: SentenceContext, sent: Span, tok: Token) -> tuple[Arg, Arg] | None:
    """The company named right before a run of title words holding ``tok`` and the
    person named right after it ("Quora co-founder Charlie Cheever"), if both are."""
    titles = ctx.cues.titles()
    if tok.lower_ not in titles:
        return None
    doc = tok.doc
    # ("President and Chief Research Officer": the words of a title joined by "and".)
    inner = titles | ctx.cues.words("title_inner_words") | {"and"}

    def titled(i: int) -> bool:
        word = doc[i].lower_
        return word in titles or (
            word in inner and i + 1 < sent.end and doc[i + 1].lower_ in inner and i > sent.start
        )

    start, end = tok.i, tok.i + 1
    while start - 1 > sent.start and titled(start - 1):
        start -= 1
    while end < sent.end and titled(end):
        end += 1
    frames = ctx.cues.words("title_frames")
    run = " ".join(t.lower_ for t in doc[start:end])
    # The part of a run of several titles that holds ``tok`` names its post.
    parts = run.split(" and ")
    at = sum(1 for t in doc[start : tok.i] if t.lower_ == "and")
    if run not in frames and (len(parts) < 2 or parts[min(at, len(parts) - 1)] not in frames):
        # (Not "chief scientist", "CTO", "board member": no post the relations know.)
        return None
    left = ctx.by_token.get(start - 1)
    right = ctx.by_token.get(end)
    if left is None or right is None or left.end != start or right.start != end:
        return None
    if (
        ctx.classes(left.canonical)[0] != "Organization"
        or ctx.classes(right.canonical)[0] != "Person"
    ):
        return None
    return Arg(left.canonical, left.start, False), Arg(right.canonical, right.start, False)


def _cooccurrence(ctx: SentenceContext, sent: Span, found: list[Candidate]) -> Iterator[Candidate]:
    """'Zeta, which has long been looking for an alliance in chips, said Nimbus ...': a
    symmetric relation's trigger word with exactly two names of the right kind and no
    rule's reading of the sentence (``cooccurrence`` in cues.json; partnerships only:
    rivalry words near two names were wrong four times in five on real news)."""
    # (Nor an outlet anywhere: "Saudi Press Agency" reports the agreements it names.)
    cited = {n for names in ctx.sources.values() for n in names} | ctx.outlets
    titles = ctx.cues.titles() | {"analyst", "analysts"}
    text = sent.text.lower()
    for row in ctx.cues.raw["cooccurrence"]:
        relation, lemmas, classes = row["relation"], set(row["lemmas"]), set(row["classes"])
        if any(c.rule.relation == relation for c in found) or not any(
            w.rstrip("e") in text for w in lemmas
        ):
            continue
        triggers = [
            t
            for t in sent
            if t.lemma_.lower() in lemmas
            # (Not a plural nor a modifier: "rival bids", "hire talent from competitors".)
            and t.tag_ not in {"NNS", "NNPS"}
            and t.dep_ not in {"amod", "compound", "nmod"}
            # (Nor one owned by a pronoun: "will pay its biggest cloud rival" names the
            # rival of whoever "its" is, not of the names the sentence happens to hold.)
            and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in kids(t))
        ]
        if not triggers:
            continue
        names: list[Arg] = []
        for t in sent:
            m = ctx.by_token.get(t.i)
            if m is None or m.start != t.i or m.canonical in cited:
                continue
            after = ctx.doc[m.end] if m.end < len(ctx.doc) else None
            if after is not None and after.lower_ in titles:
                # ("said Futurum Research analyst Mark Beccue": the speaker's employer.)
                continue
            if ctx.classes(m.canonical)[0] not in classes:
                continue
            if all(a.name != m.canonical for a in names):
                names.append(Arg(m.canonical, t.i, False))
        if len(names) != 2:
            continue
        a, b = names
        if any({c.subject.name, c.object.name} == {a.name, b.name} for c in found):
            continue
        read = {c.subject.name for c in found} | {c.object.name for c in found}
        if a.name in read and b.name in read:
            # ("An investor alliance with A and B as members put money into C": the rules read
            # both names already, as co-investors.)
            continue
        verb = triggers[0]
        if verb.pos_ == "VERB" and any(
            s.i not in ctx.by_token
            and (s.i < min(a.token, b.token) or s.lower_ not in REL_PRONOUNS)
            for s in subject_of(verb)
        ):
            # ("The startup competes against the likes of A and B": both names are what an
            # unnamed subject competes with, not each other's rivals; "A joined, helping the
            # company compete with B": nor is the one who helps.)
            continue
        yield Candidate(possessive_rule(relation, f"cooccur_{relation}", 0.5), triggers[0].i, a, b)


def _sentence_candidates(ctx: SentenceContext, sent: Span) -> Iterator[Candidate]:
    rules = ctx.rules
    for tok in sent:
        lemma = tok.lemma_.lower()
        matched = rules.by_lemma.get(lemma) or rules.by_lemma.get(tok.lower_)
        if not matched and lemma.endswith("e") and tok.lower_.endswith("ed"):
            # ("cofounded" lemmatized "cofounde", "co-developed" "co-develope": a prefixed
            # verb the lemmatizer does not know.)
            matched = rules.by_lemma.get(lemma[:-1])
        if not matched and gerund_noun(tok):
            # "include Zeta buying a million chips": the verb behind the -ing noun.
            stem = tok.lower_[:-3]
            for base in (stem, stem + "e", stem[:-1]):
                matched = rules.by_lemma.get(base)
                if matched:
                    break
        if matched and tok.pos_ == "PROPN" and tok.i in ctx.by_token:
            # A word of a name is no trigger ("Arm, Microsoft and Nvidia": not an "arm").
            matched = ()
        if matched:
            # ("xAI rents Nvidia GPUs from Oracle" with the name read as the verb's compound
            # and the chips as its subject: the tree is wrong, the word order is not.)
            compounded = (
                tok.pos_ == "VERB"
                and tok.i - 1 in ctx.by_token
                and any(c.dep_ == "compound" and c.i == tok.i - 1 for c in kids(tok))
            )
            named = ctx.by_token[tok.i - 1].canonical if compounded else ""
            for rule in matched:
                if not _rule_applies(rule, tok):
                    continue
                for cand in _apply(ctx, rule, tok):
                    if compounded and named not in {cand.subject.name, cand.object.name}:
                        continue
                    yield cand
            if tok.i > sent.start and (tok.tag_ == "NNS" or compounded):
                yield from _misread_verb(ctx, matched, tok)
        if tok.text in {"v.", "v"} and tok.i > sent.start:
            yield from _case_name(ctx, tok)
        if tok.dep_ == "appos" and tok.i in ctx.by_token:
            yield from _bracketed_product(ctx, tok)
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in ctx.cues.words("bare_partnership_nouns"):
            yield from _bare_partnership(ctx, tok)
        held = ctx.by_token.get(tok.i)
        if held is not None and held.end > tok.i + 2:
            # ("Investor's Business Daily": an 's inside a name is no possessive.)
            continue
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


#: Classes of a maker's product named in brackets after the maker.
_MADE_CLASSES = frozenset({"Hardware", "AIModel", "Product"})


def _bracketed_product(ctx: SentenceContext, tok: Token) -> Iterator[Candidate]:
    """A product named in brackets right after a company: "custom chips from Google (TPU
    v6) and Microsoft (Maia)" (Google makes TPU v6, Microsoft makes Maia); or the maker in
    brackets after its product."""
    doc = ctx.doc
    made = ctx.by_token[tok.i]
    owner = ctx.by_token.get(tok.head.i)
    if (
        owner is not None
        and owner is not made
        and ctx.classes(made.canonical)[0] == "Organization"
        and ctx.classes(owner.canonical)[0] in _MADE_CLASSES
    ):
        # The other way round: "rivals like Orion (Zeta) and Nimbus (Korvo)".
        made, owner = owner, made
        if (
            made.end < len(doc)
            and doc[made.end].text == "("
            and owner.start == made.end + 1
            and owner.end < len(doc)
            and doc[owner.end].text == ")"
        ):
            rule = possessive_rule("develops", "bracketed_maker", 0.7)
            yield Candidate(
                rule,
                tok.i,
                Arg(owner.canonical, tok.i, False),
                Arg(made.canonical, tok.head.i, False),
            )
        return
    if (
        owner is None
        or owner is made
        or made.start < 1
        or made.end >= len(doc)
        or doc[made.start - 1].text != "("
        or doc[made.end].text != ")"
        or owner.end != made.start - 1
        or ctx.classes(owner.canonical)[0] != "Organization"
        or ctx.classes(made.canonical)[0] not in _MADE_CLASSES
    ):
        return
    rule = possessive_rule("develops", "bracketed_product", 0.7)
    yield Candidate(
        rule, tok.i, Arg(owner.canonical, tok.head.i, False), Arg(made.canonical, tok.i, False)
    )


def _one_seat(tok: Token, subjects: list[Arg]) -> list[Arg]:
    """The one name a place modifier seats, not the names listed with it: "the
    London-based DeepMind unit and Google Brain, headquartered in Silicon Valley" (one
    seat each), unless the text says "both" or "all" or a plural noun takes the list
    ("the Paris-based startups A and B")."""
    if tok.dep_ not in {"amod", "compound", "npadvmod", "acl"} or any(
        t.lower_ in {"both", "all", "each"} for t in tok.head.subtree
    ):
        return subjects
    noun = tok.head
    if tok.dep_ == "npadvmod" and noun.dep_ in {"amod", "compound"}:
        noun = noun.head
    if noun.tag_ in {"NNS", "NNPS"}:
        return subjects
    doc = tok.doc
    if tok.dep_ == "acl":
        # (After a comma, right after the last name listed: that name only.)
        if tok.i < 2 or doc[tok.i - 1].text != ",":
            return subjects
        last = doc[tok.i - 2]
        kept = [
            a
            for a in subjects
            if doc[a.token].left_edge.i <= last.i <= doc[a.token].right_edge.i or a.token == last.i
        ]
        return kept if len(kept) == 1 else subjects
    own = {t.i for t in noun.subtree if noun.i - 8 < t.i <= noun.i}
    kept = [a for a in subjects if a.token in own]
    return kept or subjects


def _owner_of_appos(tok: Token) -> list[Token]:
    """The owner named for a subject in apposition ("Nvidia's venture arm, NVentures": Nvidia),
    which is no object of what the subject does."""
    if tok.dep_ != "appos":
        return []
    return [c for c in kids(tok.head) if c.dep_ == "poss"]


#: Relations a company enters through its officers ("X chief executive Y announced a
#: partnership with Z": X partners with Z).
_CORPORATE_ACTS = frozenset({"partners_with", "invests_in", "acquires", "uses"})


def _speaking_for(ctx: SentenceContext, arg: Arg, any_verb: bool = False) -> Arg | None:
    """The company of a titled officer who announces for it: "Zeta chief executive Ana
    Ruiz said it plans to invest ..." is Zeta investing. ``any_verb``: whatever the
    officer's verb ("Zeta chief executive Ana Ruiz used her keynote to unveil X": a
    product the officer unveils is the company's)."""
    if arg.via_ref or ctx.classes(arg.name)[0] != "Person":
        return None
    doc = ctx.doc
    person = ctx.by_token.get(arg.token)
    if person is None:
        return None
    head = doc[person.end - 1]
    verb = head.head
    if head.dep_ not in {"nsubj", "nsubjpass"} or (
        not any_verb and verb.lemma_.lower() not in ctx.cues.words("announcing_verbs")
    ):
        return None
    titles = ctx.cues.words("title_words")
    before = doc[head.left_edge.i : person.start]
    if not any(w.lower_ in titles for w in before):
        return None
    for w in before:
        m = ctx.by_token.get(w.i)
        if m is not None and ctx.classes(m.canonical)[0] == "Organization":
            return Arg(m.canonical, w.i, False)
    return None


def _apply(ctx: SentenceContext, rule: Rule, tok: Token) -> Iterator[Candidate]:
    if (
        rule.relation == "develops"
        and tok.lemma_.lower() == "make"
        and any(
            (c.dep_ in {"ccomp", "oprd"} and c.pos_ == "NOUN")
            # ("making AWS Lumora's primary cloud provider", parsed with the name on the
            # noun: another company's partner is made, no product.)
            or (
                c.dep_ == "dobj"
                and c.pos_ == "NOUN"
                and any(p.pos_ == "PROPN" for p in children(c, {"poss"}))
            )
            for c in kids(tok)
        )
    ):
        # "will make AWS its primary cloud provider": what something is made into, no
        # product made.
        return
    types = load_types()
    want_subject = types.subject.get(rule.relation, frozenset())
    if rule.relation == "uses":
        # "Gemini was trained on TPUs": the model, whose maker uses them (see the pipeline).
        want_subject = want_subject | {"AIModel", "Project"}
    want_object = rule.object_classes or types.object.get(rule.relation, frozenset())
    if (
        not rule.pairwise
        and rule.object
        and not any(r in RESOLVER_ROLES for r in rule.object)
        and not any(role_tokens(part, tok) for r in rule.object for part in r.split("+"))
    ):
        # No word to read an object from: no need to look for subjects.
        return
    subjects = _fill(ctx, rule.subject, tok, "", want=want_subject)
    if rule.relation == "subsidiary_of" and tok.tag_ == "NN" and len(subjects) > 1:
        # "Alphabet's subsidiary Waymo and Toyota": one subsidiary, the name it is on (the
        # name right after it when there is one: "Nvidia's venture arm NVentures and
        # Salesforce Ventures", parsed with the arm on the last name).
        on = {tok.i + 1} if any(a.token == tok.i + 1 for a in subjects) else set()
        if not on and tok.dep_ in {"compound", "nmod"}:
            on = {tok.head.i}
        on |= {c.i for c in kids(tok) if c.dep_ == "appos"}
        names = {m.canonical for i in on if (m := ctx.by_token.get(i)) is not None}
        subjects = [a for a in subjects if a.name in names] or subjects
    if not subjects and rule.pairwise and tok.pos_ not in {"VERB", "AUX"}:
        # "A partnership between X and Y was announced": both sides are in one role (not
        # so for a verb's: "partnering with X and Y" is a third party's partnership).
        subjects = _fill(ctx, rule.object, tok, "", want=want_object)
        # ("its partnerships with Eli Lilly and Novartis": partners of a third party, not
        # of each other.)
        subjects = [a for a in subjects if not _with_object(tok.doc[a.token])]
        if len(subjects) > 1:
            for i, a in enumerate(subjects):
                for b in subjects[i + 1 :]:
                    yield Candidate(rule, tok.i, a, b)
        return
    if rule.relation == "partners_with" and tok.lemma_.lower() in {"venture", "joint-venture"}:
        # ("X, a joint venture with Y": the venture is no partner of its own owners.)
        described = {tok.head.i} if tok.dep_ == "appos" else set()
        described |= {c.i for c in kids(tok) if c.dep_ == "appos"}
        subjects = [a for a in subjects if a.token not in described]
    if not subjects:
        return
    if rule.relation in {"invests_in", "sues"} and not rule.pairwise:
        subjects = _listed_on(ctx, subjects, want_subject)
    elif rule.relation == "integrates":
        # ("bundled with the Zeta 9, the Zeta Pad and the Zeta Book": every host listed.)
        subjects = _listed_on(ctx, subjects, want_subject)
    if not rule.pairwise and rule.relation not in {
        "leads",
        "founded_by",
        "based_in",
        "subsidiary_of",
    }:
        # (Who acts along with the subject acts too; a post, a founding, a seat or a parent
        # is the subject's own.)
        subjects = _along_with(ctx, subjects, want_subject)
    if rule.relation == "based_in" and len(subjects) > 1:
        subjects = _one_seat(tok, subjects)
    if rule.relation == "founded_by":
        # "will form a new division called HP IQ": a unit formed is no company founded.
        subjects = [a for a in subjects if not _named_unit(ctx, tok.doc[a.token])]
    if rule.relation in _CORPORATE_ACTS:
        subjects = [_speaking_for(ctx, a) or a for a in subjects]
    elif rule.relation == "develops":
        subjects = [_speaking_for(ctx, a, any_verb=True) or a for a in subjects]
    exclude = subjects[0].name if len(subjects) == 1 else ""
    # Neither a subject nor a name listed with it is its own object ("A and B, who put
    # money into the company": the company is neither).
    ctx.extra_banned = {a.name for a in subjects} | {
        m.canonical
        for a in subjects
        for c in (*tok.doc[a.token].conjuncts, *_owner_of_appos(tok.doc[a.token]))
        if (m := ctx.by_token.get(c.i)) is not None
    }
    objects = (
        _fill(ctx, rule.object, tok, exclude, rule.object_direct, want_object)
        if rule.object
        else []
    )
    # ("Microsoft-backed OpenAI and Google DeepMind": the modifier is OpenAI's alone.)
    modified = (
        [o for o in objects if tok.i < o.token <= tok.head.i]
        if tok.dep_ in {"amod", "compound", "npadvmod"}
        else []
    )
    if rule.relation in {"sues", "uses", "integrates", "competes_with", "invests_in"}:
        if not modified:
            objects = _listed_on(ctx, objects, want_object)
        elif rule.relation == "invests_in":
            # ("Amazon-backed Anthropic and Chinese startup DeepSeek": a modifier backs the
            # name it stands before, not the names listed with it.)
            first = min(o.token for o in modified)
            objects = [o for o in modified if o.token == first]
    if rule.object_named:
        # "has run it since": a pronoun is too weak an object for this rule ("will lead the
        # company" names one, told before).
        objects = [
            o
            for o in objects
            if not o.via_ref
            or (
                tok.doc[o.token].lower_ in {"company", "firm", "startup", "start-up"}
                and any(c.dep_ == "det" and c.lower_ == "the" for c in kids(tok.doc[o.token]))
                # (Not the description the trigger is part of: "at the parent company of
                # Facebook" names no parent.)
                and o.token != tok.head.i
            )
        ]
    if rule.relation == "uses":
        # ("We use it for many features": a pronoun used is a thing, not a company.)
        objects = [
            o
            for o in objects
            if not (
                o.via_ref
                and tok.doc[o.token].lower_ == "it"
                and tok.doc[o.token].dep_ == "dobj"
                and tok.doc[o.token].head.i == tok.i
                and ctx.classes(o.name)[0] == "Organization"
            )
        ]
        objects = objects + _cloud_of(ctx, objects)
    if (
        rule.relation == "based_in"
        and len(objects) > 1
        and any(
            c.lemma_.lower() in {"office", "operation", "site", "facility", "lab", "campus"}
            for c in tok.conjuncts
        )
    ):
        # ("its headquarters and offices are in A, B and C": the headquarters is one of
        # them, the one named first.)
        objects = sorted(objects, key=lambda o: o.token)[:1]
    if rule.relation == "invests_in":
        # "... was led by A, with participation from B": A is a co-investor, not where
        # B's money goes; nor is an investor the text named before what a reference to
        # the company raising stands for.
        objects = [
            o
            for o in objects
            if not _leads_the_round(ctx, tok, o.name)
            and not (o.via_ref and o.name in ctx.investors)
        ]
    if rule.relation == "develops":
        # ("used them to build models and 8,192 Orion chips": units counted in hundreds or
        # more are a fleet put together, no product developed.)
        objects = [o for o in objects if not _fleet(tok.doc[o.token])]
        if tok.pos_ == "VERB" and tok.lemma_.lower() in ctx.cues.words("making_verbs"):
            # ("Samsung now makes Tesla's AI4 chip": made for its owner, who develops it.)
            mine = {s.name for s in subjects}
            objects = [o for o in objects if not _owned_by_other(ctx, tok.doc[o.token], mine)]
    if rule.relation == "acquires":
        # "acquired Halvex's robotics team" bought a part, not its owner.
        objects = [o for o in objects if o.via_ref or _name_dep(ctx, tok.doc[o.token]) != "poss"]
    ctx.extra_banned = set()
    if not objects and rule.pairwise and len(subjects) > 1:
        if tok.dep_ == "pobj" and tok.head.lower_ == "as" and tok.lemma_.lower() == "partner":
            # "Azure and Google Cloud were named as launch partners": of a third party.
            return
        if (
            tok.lemma_.lower() == "partner"
            and tok.tag_ == "NNS"
            and (
                tok.dep_ in SUBJ_DEPS
                # ("its list of cloud partners, which names A, B and C".)
                or (tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN")
                or any(
                    c.dep_ == "prep"
                    and (
                        c.lower_ in ctx.cues.words("list_markers")
                        or (c.lower_ == "as" and any(g.lower_ == "such" for g in kids(c)))
                    )
                    for c in kids(tok)
                )
            )
        ):
            # "Its manufacturing partners include A, B and C", "relies on partners such as
            # A and B", "its list of partners, which names A and B": each a partner
            # of the owner, not of one another.
            return
        if (
            rule.pairwise_indefinite
            and any(
                (c.dep_ == "det" and c.lower_ in {"the", "this", "that"}) or c.dep_ == "poss"
                for c in kids(tok)
            )
            and not (
                # ("The two rivals, A and B, ...": counted and named right there.)
                any(c.dep_ == "nummod" and c.lower_ in {"two", "three"} for c in kids(tok))
                and not any(c.dep_ == "poss" for c in kids(tok))
            )
        ):
            # ("the deal", "its rivals, A and B", "Zeta's rivals, A and B": of a party
            # told before or named, not of one another.)
            return
        if tok.tag_ == "NNS" and any(
            c.dep_ == "amod" and c.lower_ in ctx.cues.words("separate_words") for c in kids(tok)
        ):
            # ("A, B, C and D announced various partnerships": each its own, not with one
            # another.)
            return
        parties = ctx.cues.words("party_nouns")
        if any(
            o.lower_ in parties and o.i not in ctx.by_token for o in prep_objects(tok, {"with"})
        ):
            # ("news organisations, including A, B and C, have signed deals with AI firms":
            # each with a party the text does not name, not with one another.)
            return
        for i, a in enumerate(subjects):
            for b in subjects[i + 1 :]:
                if rule.object_sells and _sold_by(ctx, [a]) and not _sold_by(ctx, [b]):
                    # "OpenAI and AMD signed a compute deal": the buyer uses the seller.
                    a, b = b, a
                if rule.object_sells and not (_sold_by(ctx, [a]) or _sold_by(ctx, [b])):
                    continue
                yield Candidate(rule, tok.i, a, b)
        return
    if rule.object_forbid_appos:
        # "unveiled Stargate, a joint venture": owners of a venture do not develop it
        # (also when the parser hangs the apposition on the verb as a second object).
        siblings = [c for c in kids(tok) if c.dep_ == "dobj"]
        objects = [
            o
            for o in objects
            if not any(
                c.dep_ in {"appos", "dobj"} and c.lemma_.lower() in rule.object_forbid_appos
                for c in [*kids(tok.doc[o.token]), *siblings]
            )
        ]
    if rule.object_forbid_head:
        # "is putting up an X production line": what is built is the line.
        objects = [o for o in objects if not _modifies(tok.doc[o.token], rule.object_forbid_head)]
    if rule.seller_needed and not (_sold_by(ctx, subjects) or _sold_by(ctx, objects)):
        # ("Tesla signed a deal with Samsung to make its chips": who sells to whom, only a
        # known seller of compute tells.)
        return
    if (
        rule.relation == "uses"
        and "prep:from" in rule.object
        and any(p.lower_ == "from" for p in children(tok, {"prep"}))
        and any(
            (
                ctx.by_token.get(o.i) is not None
                and ctx.classes(ctx.by_token[o.i].canonical)[0] == "Organization"
            )
            or o.ent_type_ == "PERCENT"
            for o in children(tok, {"dobj"})
        )
    ):
        # ("buy Arm from SoftBank", "buying 88% of AirTrunk from X": a company or a share
        # of one bought from its owner, no supply.)
        return
    called = [any(_called_seller(ctx, a) for a in side) for side in (subjects, objects)]
    if (
        rule.object_sells
        and called == [False, False]
        and _sold_by(ctx, subjects)
        and _sold_by(ctx, objects)
    ):
        # ("Microsoft signed a deal with Nebius", "Lambda's partnership with Microsoft":
        # both sell compute and the sentence calls neither the seller. A company that
        # sells nothing but compute is the seller to the other; else which one buys,
        # another reading of the sentence may tell.)
        dedicated = [_sells_only_compute(ctx, side) for side in (subjects, objects)]
        if dedicated == [True, False]:
            subjects, objects = objects, subjects
        elif dedicated != [False, True]:
            return
    if rule.object_sells and (
        called == [True, False]
        or (called == [False, False] and _sold_by(ctx, subjects) and not _sold_by(ctx, objects))
        # ("Zeta signed a deal with Korvo to supply chips": what the deal has Zeta do.)
        # (Unless the other side is the one called or known a seller.)
        or (called == [False, False] and not _sold_by(ctx, objects) and _deal_to_supply(ctx, tok))
    ):
        # "Zeta struck a cloud deal with CoreWeave": the seller is whichever side sells
        # compute, not whichever side the sentence names first (what the sentence calls
        # a provider first of all: "Microsoft signed a deal with provider Nebula").
        subjects, objects = objects, subjects
    if rule.relation == "invests_in":
        # ("double its investment in Amazon's AI infrastructure": money spent on what a
        # company sells, no stake in the company.)
        spent = ctx.cues.words("spending_heads")
        objects = [
            o
            for o in objects
            if o.via_ref
            or not (
                tok.doc[o.token].dep_ == "poss"
                and tok.doc[o.token].head.lemma_.lower() in spent
                and tok.doc[o.token].head.dep_ == "pobj"
            )
        ]
    if rule.relation == "acquires":
        # ("Zeta's purchase of 10,000 Nvidia GPUs", "purchased Azure credits": goods bought
        # from a company, not the company; "the acquisition of key Windsurf talent": its
        # people, not the company.)
        goods = set(ctx.cues.raw["class_cue_nouns"]["Hardware"]) | {
            "credits",
            "shares",
            "stock",
            "capacity",
            "licenses",
            "licences",
            "talent",
            "staff",
            "employees",
            "engineers",
            "researchers",
            "workforce",
        }
        objects = [o for o in objects if not names_goods(ctx, o, goods)]
    if rule.object_must_sell:
        # ("signed a $38 billion deal with AWS": priced, with a seller of compute.)
        objects = [o for o in objects if _sold_by(ctx, [o])]
    if rule.dedicated_seller:
        # ("committed $20 billion to GPU clouds such as Nebius": money for capacity.)
        keep = rule.dedicated_seller == "only"
        objects = [o for o in objects if _sells_only_compute(ctx, [o]) == keep]
    if rule.relation == "competes_with":
        subjects = _like_objects(ctx, subjects, objects)
        objects = _like_objects(ctx, objects, subjects)
    if rule.relation == "competes_with" and len(subjects) > 1 and objects:
        # A name found on both sides is a list member the parser also hung on the verb
        # ("put X up against rivals including A and Elon Musk's B", B read as an object).
        both = {o.name for o in objects}
        subjects = [a for a in subjects if a.name not in both] or subjects
    names = {a.name for a in subjects}
    if rule.objects_pairwise and tok.tag_ != "NNS":
        # "the joint venture it formed with A and B": the owners partner each other (not
        # "joint ventures with A and B": one with each).
        others = [o for o in objects if o.name not in names]
        for i, a in enumerate(others):
            for b in others[i + 1 :]:
                if a.name != b.name:
                    yield Candidate(rule, tok.i, a, b)
    if rule.relation == "develops" and tok.pos_ == "NOUN" and tok.dep_ == "compound":
        # ("the Lidl owner Schwarz group, Bosch and SAP": a maker word before a name is
        # said of that name, not of the names listed after it.)
        phrase = tok.head
        subjects = [a for a in subjects if phrase.left_edge.i <= a.token <= phrase.i] or subjects
    joint = rule.relation == "develops" and len(subjects) > 1
    for s in subjects:
        for o in objects:
            # Coordinated subjects are not related to each other by this rule.
            if o.name in names:
                continue
            if _inside_description(ctx, tok, s, o):
                # ("X, who previously worked at Axon, will take over as CEO": a name in the
                # clause that describes one party is no party to the main clause.)
                continue
            if (
                joint
                and ctx.classes(o.name)[0] == "Project"
                and tok.lemma_.lower() not in _BUILDING_LEMMAS
            ):
                if tok.lemma_.lower() in _OPERATING_LEMMAS:
                    # ("operated by A and B": running a site names no owner or maker.)
                    continue
                # "Oracle, SoftBank and OpenAI launched Stargate": the owners of a joint
                # venture invest in it; they do not develop it (those who build a campus
                # together develop it).
                venture = possessive_rule("invests_in", f"{rule.id}:joint_venture", rule.confidence)
                yield Candidate(venture, tok.i, s, o)
                continue
            yield Candidate(rule, tok.i, s, o)


#: Verbs of building a project: its builders develop it, even several together.
_BUILDING_LEMMAS = frozenset({"build", "construct", "develop", "design", "engineer"})
#: Verbs of running a project: its operators neither own nor make it.
_OPERATING_LEMMAS = frozenset({"operate", "run", "manage"})


def _inside_description(ctx: SentenceContext, tok: Token, s: Arg, o: Arg) -> bool:
    """Whether one argument lies in a relative clause on the other one (or on a name listed
    with it) and the trigger does not."""
    doc = tok.doc

    def spots(arg: Arg) -> list[int]:
        # (A name found by reference stands at its mentions in the sentence.)
        found = [
            i
            for i, m in ctx.by_token.items()
            if arg.via_ref and m.canonical == arg.name and tok.sent.start <= i < tok.sent.end
        ]
        return found or ([arg.token] if 0 <= arg.token < len(doc) else [])

    subject_phrase = next(iter(children(tok, SUBJ_DEPS)), None) if tok.pos_ == "VERB" else None
    for b in (s, o):
        if (
            subject_phrase is not None
            and b.via_ref
            and b.token != tok.i
            and not subject_phrase.left_edge.i <= b.token <= subject_phrase.right_edge.i
        ):
            # ("An alliance including the Lidl owner X pumped money into the company": a
            # name only told inside the subject is not the company the object refers to.)
            where = [
                i
                for i, m in ctx.by_token.items()
                if m.canonical == b.name and tok.sent.start <= i < tok.sent.end
            ]
            lo, hi = subject_phrase.left_edge.i, subject_phrase.right_edge.i
            other = s if b is o else o
            # (Told inside a phrase on the subject, not in a word describing it: "A, X's
            # chief executive, founded the company" names X as the company.)
            nested = [
                i
                for i in where
                if any(
                    t.dep_ == "prep" and t.i != subject_phrase.i
                    for t in doc[i].ancestors
                    if lo <= t.i <= hi
                )
            ]
            if (
                where
                and nested == where
                and all(lo <= i <= hi for i in where)
                and any(lo <= i <= hi for i in spots(other))
            ):
                return True
    for a, b in ((s, o), (o, s)):
        if b.via_ref and b.token != tok.i:
            # ("A, who founded X, sued the company": a word that refers back to the name
            # is a party in its own right.)
            continue
        words = [doc[i] for i in spots(a)]
        words += [c for w in words for c in w.conjuncts]
        where = spots(b)
        for clause in (c for w in words for c in children(w, {"relcl"})):
            lo, hi = clause.left_edge.i, clause.right_edge.i
            if where and all(lo <= i <= hi for i in where) and not lo <= tok.i <= hi:
                if _stays_at_founding(ctx, tok, clause):
                    continue
                return True
    return False


def _stays_at_founding(ctx: SentenceContext, tok: Token, clause: Token) -> bool:
    """ "A, who co-founded X in 2019, will remain chief executive": the post one keeps is
    at the company the clause says one founded."""
    verb = tok.head if tok.dep_ in {"attr", "pobj", "oprd"} else None
    if verb is not None and verb.dep_ == "prep" and verb.lower_ == "as":
        verb = verb.head
    return (
        verb is not None
        and verb.lemma_.lower() in ctx.cues.words("staying_verbs")
        and clause.pos_ == "VERB"
        and any(r.relation == "founded_by" for r in _rules_on(ctx, clause))
    )


def _opening_clause_subject(ctx: SentenceContext, tok: Token, exclude: str) -> Arg | None:
    """For a title in a participle clause opening the sentence, the company the main
    clause is about ("Led by CEO Ana Ruiz, Vexo has grown": Vexo), else None."""
    clause = tok
    while clause.dep_ != "advcl" and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "advcl" or clause.tag_ != "VBN" or clause.left_edge.i != tok.sent.start:
        return None
    for subj in children(clause.head, SUBJ_DEPS):
        m = ctx.by_token.get(subj.i)
        if (
            m is not None
            and m.canonical != exclude
            and ctx.classes(m.canonical)[0] == "Organization"
        ):
            return Arg(m.canonical, subj.i, False)
    return None


def _workplace_named(ctx: SentenceContext, tok: Token, exclude: str) -> Arg | None:
    """For a bare title, the one company its sentence places things "at" before it ("At
    Zeta, co-founder Ana Ruiz returned", "a threat at Zeta, with founders A and B"), else
    None."""
    found: dict[str, int] = {}
    for t in tok.sent:
        if t.i >= tok.i:
            break
        m = ctx.by_token.get(t.i)
        if (
            m is not None
            and t.dep_ == "pobj"
            and t.head.lower_ in {"at", "inside", "within"}
            and m.canonical != exclude
            and m.canonical not in ctx.outlets
            and ctx.classes(m.canonical)[0] == "Organization"
        ):
            found.setdefault(m.canonical, t.i)
    if len(found) != 1:
        return None
    ((name, at),) = found.items()
    return Arg(name, at, False)


def _sentence_subject_owner(ctx: SentenceContext, tok: Token, exclude: str) -> Arg | None:
    """The company owning the subject of the sentence's main verb, named before ``tok``
    ("Meta's investment signals ..."); for a title in an aside on the main clause, the
    company that is that subject ("X should grow, as stressed by CEO Ana Ruiz"); else
    None."""

    def named_org(t: Token) -> Arg | None:
        m = ctx.by_token.get(t.i)
        if (
            m is not None
            and t.i < tok.i
            and m.canonical != exclude
            and ctx.classes(m.canonical)[0] == "Organization"
        ):
            return Arg(m.canonical, t.i, False)
        return None

    root = tok.sent.root
    for subj in children(root, SUBJ_DEPS):
        for p in possessor_of(subj):
            owner = named_org(p)
            if owner is not None:
                return owner
    verb = next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if (
        verb is not None
        and verb.dep_ == "advcl"
        and verb.head.i == root.i
        and verb.lemma_.lower()
        in ctx.cues.words("reporting_verbs") | ctx.cues.words("emphasis_verbs")
    ):
        # (The speaker of an aside on the main clause speaks for its subject.)
        for subj in children(root, SUBJ_DEPS | PASS_SUBJ_DEPS):
            said_for = named_org(subj)
            if said_for is not None:
                return said_for
    return None


def _fleet(t: Token) -> bool:
    """Whether a name, or the noun it names, is counted in hundreds or more ("8,192
    Orion processors", "100,000 H100s")."""
    noun = t.head if t.dep_ in {"compound", "nmod", "amod", "nummod"} else t
    for c in children(noun, {"nummod"}):
        digits = c.text.replace(",", "")
        if digits.isdigit() and int(digits) >= 100 and not (1900 <= int(digits) <= 2100):
            return True
    return False


def _leads_the_round(ctx: SentenceContext, tok: Token, name: str) -> bool:
    """Whether the sentence names ``name`` as who leads ("led by A") the money."""
    for t in tok.sent:
        m = ctx.by_token.get(t.i)
        if m is None or m.canonical != name:
            continue
        head = t
        while head.dep_ in {"compound", "conj", "appos"} and head.head.i != head.i:
            head = head.head
        prep = head.head
        # (The lemmatizer may cut "co-led" to "co-le": the word itself counts too.)
        leading = {prep.head.lemma_.lower(), prep.head.lower_} & ctx.cues.words("round_lead_verbs")
        if head.dep_ == "pobj" and prep.lower_ == "by" and leading:
            return True
        verb = head.head
        if (
            head.dep_ in SUBJ_DEPS
            and {verb.lemma_.lower(), verb.lower_} & ctx.cues.words("round_lead_verbs")
            and any(
                o.lemma_.lower() in ctx.cues.words("funding_nouns")
                for o in children(verb, {"dobj"})
            )
        ):
            # ("A and B co-led the round, with backing from C": C backs the company the
            # round is for, not its leaders.)
            return True
    return False


def _owned_by_other(ctx: SentenceContext, t: Token, names: set[str]) -> bool:
    """Whether the product at ``t`` is told as another company's ("Tesla's AI4 chip")."""
    node = t
    while node.dep_ in {"compound", "nmod"} and node.head.i > node.i:
        node = node.head
    for p in (*children(node, {"poss"}), *children(t, {"poss"})):
        m = ctx.by_token.get(p.i)
        if (
            m is not None
            and m.canonical not in names
            and ctx.classes(m.canonical)[0] == "Organization"
        ):
            return True
    return False


#: Words that call the name they stand before (or in apposition to) a seller.
_SELLER_NOUNS = frozenset({"provider", "supplier", "vendor", "hyperscaler", "neocloud"})


def _deal_to_supply(ctx: SentenceContext, tok: Token) -> bool:
    """Whether the deal at ``tok`` is one its signer makes in order to supply ("an
    agreement with X to supply chips", "a deal with X to provide capacity"): the signer
    sells."""
    clauses = children(tok, {"acl", "relcl"})
    if tok.dep_ == "dobj":
        clauses += [c for c in children(tok.head, {"advcl", "xcomp"}) if c.i > tok.i]
    supplying = ctx.cues.words("supplying_verbs")
    # (Not "a deal with X to provide it with compute", where "it" may be either side.)
    return any(
        c.lemma_.lower() in supplying
        and any(a.lower_ == "to" for a in children(c, {"aux"}))
        and not any(o.pos_ == "PRON" for o in children(c, {"dobj", "dative"}))
        for c in clauses
    )


def _sold_by(ctx: SentenceContext, args: list[Arg]) -> bool:
    """Whether any of ``args`` is a known seller of cloud capacity or chips, or one the
    sentence calls so ("AI infrastructure provider Nebula", "Nebula, a GPU cloud
    provider")."""
    sellers = ctx.cues.words("compute_sellers")
    return any(a.name.lower() in sellers or _called_seller(ctx, a) for a in args)


def _sells_only_compute(ctx: SentenceContext, args: list[Arg]) -> bool:
    """Whether any of ``args`` is a company whose business is selling compute (a GPU
    cloud such as CoreWeave), which sells to the large clouds rather than buying from
    them."""
    dedicated = ctx.cues.words("dedicated_compute_sellers")
    return any(a.name.lower() in dedicated for a in args)


def _called_seller(ctx: SentenceContext, a: Arg) -> bool:
    if a.via_ref:
        return False
    doc = ctx.doc
    m = ctx.by_token.get(a.token)
    start = m.start if m is not None else a.token
    before = doc[start - 1] if start > 0 else None
    if before is not None and before.lemma_.lower() in _SELLER_NOUNS:
        return True
    return any(c.dep_ == "appos" and c.lemma_.lower() in _SELLER_NOUNS for c in kids(doc[a.token]))


def _case_name(ctx: SentenceContext, tok: Token) -> Iterator[Candidate]:
    """'Thomson Reuters v. Ross Intelligence': a case is named plaintiff v. defendant."""
    before = ctx.by_token.get(tok.i - 1)
    after = ctx.by_token.get(tok.i + 1)
    if before is None or after is None or before.end != tok.i or after.start != tok.i + 1:
        return
    if before.canonical == after.canonical:
        return
    rule = possessive_rule("sues", "case_name", 0.9)
    yield Candidate(
        rule,
        tok.i,
        Arg(before.canonical, before.start, False),
        Arg(after.canonical, after.start, False),
    )


def _bare_partnership(ctx: SentenceContext, tok: Token) -> Iterator[Candidate]:
    """'A will invest in B. The partnership ...': a partnership that names no parties is
    the one between the last two companies the text has joined."""
    if not ctx.pairs or tok.tag_ == "NNS":
        return
    if not any(
        (c.dep_ == "det" and c.lower_ in {"the", "this"})
        or (c.dep_ == "poss" and c.lower_ == "their")
        for c in kids(tok)
    ):
        return
    if any(
        (c.dep_ == "prep" and c.lower_ in {"with", "between", "among", "of", "to"})
        or (c.dep_ in {"compound", "nmod", "poss", "amod"} and c.i in ctx.by_token)
        for c in kids(tok)
    ):
        return
    named = {
        m.canonical
        for t in tok.sent
        if (m := ctx.by_token.get(t.i)) is not None
        and ctx.classes(m.canonical)[0] == "Organization"
    }
    # ("For Lumora, the partnership is a win": the last pair with the company the sentence
    # names; none, when no pair has it.)
    pairs = [p for p in ctx.pairs if not named or named & set(p)]
    if not pairs:
        return
    a, b = pairs[-1]
    if a == b:
        return
    rule = possessive_rule("partners_with", "bare_partnership", 0.6)
    yield Candidate(rule, tok.i, Arg(a, tok.i, True), Arg(b, tok.i, True))


def _like_objects(ctx: SentenceContext, subjects: list[Arg], objects: list[Arg]) -> list[Arg]:
    """'launched Qwen, claiming it beats rivals such as GPT-4o': 'it' is the model.

    Rivals are alike: when the rivals named are models or products, a pronoun
    subject that was read as a company is read again as the model or product.
    """
    kinds = {ctx.classes(o.name)[0] for o in objects} & {"AIModel", "Product"}
    if not kinds:
        return subjects
    out = []
    for s in subjects:
        pron = ctx.doc[s.token]
        if s.via_ref and pron.lower_ == "it" and ctx.classes(s.name)[0] not in kinds:
            again = ctx.resolve_reference(pron, ("AIModel", "Product"), "")
            if again is not None:
                s = again
        out.append(s)
    return out


def _possessive(ctx: SentenceContext, tok: Token, head: Token) -> Iterator[Candidate]:
    """'OpenAI's GPT-4' (develops), 'Alphabet's Google' (subsidiary_of), 'Abu Dhabi's MGX'.

    The table ``possessive`` in relations.json maps (owner class, owned class)
    to a relation; the first row that fits wins.
    """
    owners = ctx.entities_of(tok)
    if not owners or head.i == tok.i:
        return
    doc = tok.doc
    while (
        head.dep_ in {"nmod", "compound", "amod"}
        and head.head.i > head.i
        and head.i not in ctx.by_token
        and (
            any(t.text == "-" and not t.whitespace_ for t in doc[head.left_edge.i : head.i])
            # ("the start-up's open sourced model": an adjective read as the owned word.)
            or (head.dep_ == "amod" and head.pos_ in {"ADJ", "VERB"})
        )
    ):
        # "Nvidia's cutting-edge Blackwell chips": a hyphenated modifier read as the owned
        # noun; what is owned is the noun it modifies.
        head = head.head
    first = ctx.by_token.get(tok.i + 2) if tok.i + 2 < len(doc) else None
    if (
        first is not None
        and doc[tok.i + 1].tag_ == "POS"
        and first.start == tok.i + 2
        and first is not ctx.by_token.get(head.i)
        and first.end < len(doc)
        and doc[first.end].text == ","
        and first.end < head.i
    ):
        # "from Alphabet Inc.'s Google, Nvidia Corp., Salesforce Inc.", parsed with the
        # list inside one noun phrase: the owner owns the first name only.
        head = doc[first.end - 1]
    if head.i not in ctx.by_token and head.tag_ == "NNS" and head.dep_ == "ROOT":
        # "Google's Gemini competes with ...", the verb read as a plural noun that owns
        # the name: the name is what the owner owns.
        named = [
            c
            for c in kids(head)
            if c.dep_ in {"compound", "nmod"} and c.i > tok.i and c.i in ctx.by_token
        ]
        if named:
            head = named[-1]
    if (
        head.i in ctx.by_token
        and head.dep_ in {"compound", "nmod"}
        and head.head.pos_ == "NOUN"
        # (A verb read as the sentence's noun is no relation noun: "X's Claude compete".)
        and head.head.dep_ != "ROOT"
        and _rule_word(ctx, head.head)
    ):
        # "Snowflake's Nvidia partnership": the owner's relation is the noun's, which the
        # noun rules read; the name is no unit of the owner.
        return
    if (
        head.i not in ctx.by_token
        and head.dep_ == "conj"
        and head.lemma_.lower() in ctx.rules.ref_nouns
        # (A name between owner and noun is the product: "AMD's MI308 AI chips".)
        and not any(i in ctx.by_token for i in range(tok.i + 1, head.i))
        and any(c.i in ctx.by_token for c in (head.head, *kids(head.head)) if c.i < head.i)
    ):
        # "Zhipu AI's ChatGLM-6, Alibaba's chatbot and ...": a listed owner's unnamed
        # product, not the name listed before it.
        return
    if (
        head.pos_ == "NOUN"
        and head.lemma_.lower() in ctx.cues.words("gathering_nouns")
        and any(c.i in ctx.by_token for c in children(head, {"compound", "nmod"}))
    ):
        # "during Snowflake's 2024 Summit conference", "one of Acme's Fierce 15 honorees":
        # an owner's event or list names no product of its.
        return
    if head.i in ctx.by_token and any(
        c.pos_ == "NOUN" and c.i > head.i and _rule_word(ctx, c) for c in head.conjuncts
    ):
        # ("Lumora's Nvidia and Reka partnerships" read as "Nvidia" and "Reka partnerships":
        # the names are what the listed noun is with, no units of the owner.)
        return
    owned: list[Arg] = []
    # (Not a hyphenated modifier's part: "its cutting-edge chips" have no "edge" over anyone.)
    words = [
        head,
        *(
            c
            for c in kids(head)
            if c.dep_ == "compound" and not any(g.text == "-" for g in kids(c))
        ),
    ]
    others = ctx.cues.words("other_party_nouns")
    if (head.i not in ctx.by_token and head.lower_ in others) or (
        head.i in ctx.by_token
        and any(
            c.dep_ in {"compound", "amod", "nmod"}
            and c.i < head.i
            and c.text.islower()
            and c.lower_ in others
            for c in kids(head)
        )
    ):
        # ("Moonshot's Chinese peer Baichuan", "OpenAI's rival Anthropic": another party
        # the owner has, no unit of its.)
        return
    # (A named head counts its common-noun compounds only: "its partner OpenAI", and "its
    # rival Tesla" with the noun read as an adjective.)
    ruled = (
        # ("its backed startup X": what the participle says the owner did, not a unit.)
        [*words, *(c for c in children(head, {"amod"}) if _modifier_rule_word(ctx, c))]
        if head.i not in ctx.by_token
        else [
            w
            for w in (
                *words[1:],
                *children(head, {"amod"}),
                *(
                    a
                    for w in words[1:]
                    for a in children(w, {"amod"})
                    if _modifier_rule_word(ctx, a)
                ),
            )
            if w.pos_ == "NOUN"
            or (
                w.dep_ == "amod"
                and w.lower_ != "own"
                and w.i < head.i
                # ("OpenAI's widely-used ChatGPT": a participle with an adverb describes, as
                # does one with a hyphenated noun: "Microsoft's AI-powered Bing".)
                and not (w.tag_ == "VBN" and children(w, {"advmod", "npadvmod"}))
            )
        ]
    )
    # ("AMD's Instinct graphics processing units": a chip spelt out, not the owner's unit.)
    spelt = [g for g in [spelt_out_chip_name(head, ctx.by_token)] if g is not None]
    # ("Gemini is Google's answer to ChatGPT": what the copula equates the noun with.)
    equated = (
        [s for s in children(head.head, {"nsubj"}) if s.i in ctx.by_token]
        if head.dep_ == "attr" and head.head.lemma_ == "be" and head.i not in ctx.by_token
        else []
    )
    entry = (
        (head.head if head.dep_ == "appos" else equated[0])
        if (head.dep_ == "appos" or equated)
        else None
    )
    if (
        not spelt
        and any(_rule_word(ctx, w) for w in ruled)
        and not (
            # ("Gemini, Google's answer to ChatGPT": the possessor's own entry in a rivalry.)
            entry is not None
            and head.i not in ctx.by_token
            and any(c.dep_ == "prep" and c.lower_ == "to" for c in kids(head))
            and entry.i in ctx.by_token
            and ctx.classes(ctx.by_token[entry.i].canonical)[0]
            not in {"Organization", "Person", "Location"}
        )
    ):
        # "its backer Tarnwell Capital", "Wiz's chief executive": the noun rules decide.
        return
    # "its AWS relationship" is not its AWS; "its Gemini model" is its Gemini.
    relational = head.lemma_.lower() in ctx.cues.words("relational_heads")
    if head.i not in ctx.by_token and head.lemma_.lower() in ctx.cues.words("customer_nouns"):
        # ("helps its clientele, including A and B": those it serves are not its own.)
        return
    # ("Saudi Arabia's Kingdom Holding and Valor Equity Partners": a place owns the first
    # name only.)
    place = all(ctx.classes(o.name)[0] == "Location" for o in owners)
    # ("The investors were DST, Nvidia's NVentures, Accel and Felicis": an owner that is
    # itself an item of a list owns its own item only.)
    here = ctx.by_token.get(tok.i)
    start = here.start if here is not None else tok.left_edge.i
    in_list = start >= 2 and doc[start - 1].text == "," and (start - 2) in ctx.by_token
    listed = [head] if place or in_list else ctx.coordinated(head, owned=True)
    kinds = {
        ctx.classes(m.canonical)[0]
        for c in children(head, {"compound"})
        if (m := ctx.by_token.get(c.i)) is not None
    }
    if head.i not in ctx.by_token and head.pos_ == "NOUN" and kinds and "Organization" not in kinds:
        # ("Nimbus's Vega chatbot and Orvane Labs": a company listed after a product the
        # owner makes is not the owner's.)
        listed = [
            t
            for t in listed
            if t.i == head.i
            or (m := ctx.by_token.get(t.i)) is None
            or ctx.classes(m.canonical)[0] != "Organization"
        ]
    heads = listed + [
        # "Google's TPUs, Amazon's Trainium chips": an apposition with its own owner is not
        # Google's.
        c
        for c in children(head, {"appos", "compound", "nmod"})
        if not (c.dep_ == "appos" and children(c, {"poss"}))
        and not (c.dep_ != "appos" and relational)
    ]
    heads += loose_appositions(head) + _listed_after(ctx, tok)
    if head.i not in ctx.by_token and head.lemma_.lower() in ctx.cues.words("kind_of_nouns"):
        # "its next generation of Claude models", "its family of Llama models".
        for p in children(head, {"prep"}):
            if p.lower_ == "of":
                for kind_of in children(p, {"pobj"}):
                    heads += [kind_of, *children(kind_of, {"compound", "nmod"})]
                    # ("its new family of chips, known as Rubin": the name the kind is given.)
                    heads += given_names(kind_of)
    if not relational and head.i not in ctx.by_token and head.lemma_.lower() in ctx.product_nouns:
        # "Poolside's Malibu model" with the name tagged as an adjective.
        heads += [
            c
            for c in children(head, {"amod", "nummod"})
            if c.i in ctx.by_token and c.text[:1].isupper() and c.i > tok.i
        ]
    if not relational:
        # "its Claude AI models": a name one compound further in ("Microsoft's Azure cloud
        # services" with the name read as an adjective).
        heads += [
            g
            for c in children(head, {"compound"})
            for g in children(c, {"compound", "amod"})
            if g.dep_ == "compound" or (g.i in ctx.by_token and g.text[:1].isupper())
        ]
        heads += spelt
        # ("Korvo's Vela-X Ethernet switching platform": a name in a modifier that is
        # no name itself.)
        heads += [
            g
            for c in children(head, {"nmod"})
            if c.i < head.i and c.i not in ctx.by_token
            for g in children(c, {"compound"})
            if g.i in ctx.by_token
        ]
    described: list[Token] = []
    if head.i not in ctx.by_token and head.dep_ == "attr":
        # "Trainium is Amazon's chip": what the copula's subject is.
        found = ctx.entity_of(head, "", 1)
        if found is not None:
            described.append(tok.doc[found.token])
    if head.dep_ == "appos" and head.i not in ctx.by_token:
        # "Bard, Google's chatbot": the apposition's anchor is what is owned.
        described.append(head.head)
    if head.i not in ctx.by_token and head.dep_ == "nsubj" and head.head.lemma_ == "be":
        # "Orvane's flagship product is Vega": what the copula names.
        described += [a for a in children(head.head, {"attr"}) if a.i in ctx.by_token]
    # ("Vega is Orvane's answer to X": the name the copula says the noun is.)
    described += equated
    if head.i not in ctx.by_token and head.pos_ == "NOUN":
        # "Microsoft's proprietary tech called Prometheus": the name the noun is given.
        described += given_names(head)
        if not children(head, {"cc"}):
            # ("Qatar's state investor, the Harbor Investment Fund (HIF)": a name set off
            # by a comma with no "and", read as a list, is the noun's apposition.)
            described += [
                c
                for c in children(head, {"conj"})
                if c.i in ctx.by_token and doc[c.left_edge.i - 1].text == ","
            ]
    if (
        head.dep_ == "compound"
        and head.pos_ == "NOUN"
        and head.i not in ctx.by_token
        and head.head.i > head.i
        and head.head.pos_ == "PROPN"
    ):
        # "Alphabet's artificial intelligence startup Isomorphic Labs": the name the
        # owned noun describes.
        described.append(head.head)
    described += _comma_named(ctx, tok, head, relational)
    heads += described
    for t in heads:
        m = ctx.by_token.get(t.i)
        if m is None or t.i == tok.i or any(a.name == m.canonical for a in owned):
            continue
        if t not in described and _other_owner(tok, m.start, m.end):
            continue
        if t.i != head.i and _own_description(tok.doc, tok.i, m.start):
            # "Japan's SoftBank and VC firm Kestrel": a conjunct with words of its own is
            # not the owner's.
            continue
        if t.i != head.i and any(_owned_elsewhere(m, o.name) for o in owners):
            # "Alphabet's DeepMind and Meta": a listed name known to stand apart from
            # the owner is not the owner's.
            continue
        owned.append(Arg(m.canonical, t.i, False))
    for o in owners:
        o_classes = ctx.owner_classes(o.name)
        for d in owned:
            if d.name == o.name:
                continue
            maker = ctx.makers.get(d.name) or known_maker(d.name)
            if o.via_ref and maker and not same_family(maker, o.name):
                # ("said X would come to its Orbit phones", Orbit known to be Zeta's):
                # "its" told for a product someone else makes is not the clause's.
                continue
            d_cls = ctx.classes(d.name)[0]
            for row in ctx.rules.possessive:
                if d_cls not in row["owned"] or not any(c in row["owner"] for c in o_classes):
                    continue
                if (
                    row.get("owned_certain")
                    and len(ctx.classes(d.name)) > 1
                    # ("FAIR, Meta's AI lab": the noun says the name is a company's.)
                    and not (head.i not in ctx.by_token and head.lemma_.lower() in _LAB_NOUNS)
                ):
                    continue
                if row["relation"] == "subsidiary_of" and _brand_modifier(ctx, tok.doc[d.token]):
                    # "its Hyundai AI features": a company named as a brand is no unit.
                    continue
                if row.get("owner_certain") and len(ctx.classes(o.name)) > 1:
                    # "Quillmark's Echo": a name the model merely guesses is a place is
                    # no headquarters.
                    continue
                if (
                    row["relation"] == "develops"
                    and o.via_ref
                    and ctx.classes(o.name)[0] == "Person"
                    and (known_maker(d.name) or o.name) != o.name
                ):
                    # ("publishers threatened by his ChatGPT": whose product "his" says is
                    # the pronoun's guess; the maker the reference data knows stands.)
                    continue
                rule = possessive_rule(row["relation"], row["id"], float(row["confidence"]))
                if row["direction"] == "owner_first":
                    yield Candidate(rule, head.i, o, d)
                else:
                    yield Candidate(rule, head.i, d, o)
                break


#: Nouns of a company's research unit: the name they describe is the company's.
_LAB_NOUNS = frozenset({"lab", "laboratory"})


def _comma_named(ctx: SentenceContext, owner: Token, head: Token, relational: bool) -> list[Token]:
    """The product named right after or between commas beside an owner's product noun,
    read off the word order where the parser hung the name elsewhere: "its model Orion 2",
    "its latest model, Orion 2, ..." and "Orion 2, Lumora's new model, ...". Only for a
    noun that names a kind of product."""
    doc = owner.doc
    lemma = head.lemma_.lower()
    # ("Meta's AI lab, FAIR": a lab is a company's unit, named as a product is.)
    lab = lemma in _LAB_NOUNS
    if (
        relational
        or head.i in ctx.by_token
        or head.pos_ != "NOUN"
        or not (lemma in ctx.generic or lemma in ctx.product_nouns or lab)
    ):
        return []

    def product(m: Mention | None) -> bool:
        return m is not None and ctx.classes(m.canonical)[0] not in (
            {"Person", "Location"} if lab else {"Organization", "Person", "Location"}
        )

    def closed(i: int) -> bool:
        return i >= owner.sent.end or doc[i].text in {
            ",",
            ".",
            ";",
            ":",
            "(",
            ")",
            "\u2014",
            "\u2013",
        }

    found: list[Token] = []
    next_to = ctx.by_token.get(head.i + 1)
    if next_to is not None and next_to.start == head.i + 1 and product(next_to):
        # "its 7B parameter language model Zorro 2" with the name hung on the verb.
        found.append(doc[next_to.start])
    end = head.i + 1
    place = ctx.by_token.get(end + 1) if end + 1 < len(doc) else None
    if (
        lab
        and doc[end].lower_ == "in"
        and place is not None
        and place.start == end + 1
        and ctx.classes(place.canonical)[0] == "Location"
    ):
        # ("Meta's AI lab in Paris, FAIR": past the place the lab is in.)
        end = place.end
    after = ctx.by_token.get(end + 1)
    if (
        end + 1 < owner.sent.end
        and doc[end].text == ","
        and after is not None
        and after.start == end + 1
        and product(after)
        and closed(after.end)
    ):
        found.append(doc[after.start])
    first = ctx.by_token.get(owner.i)
    start = first.start if first is not None else owner.i
    before = ctx.by_token.get(start - 2) if start >= 2 else None
    if (
        before is not None
        and doc[start - 1].text == ","
        and before.end == start - 1
        and product(before)
        and closed(head.i + 1)
    ):
        found.append(doc[before.start])
    return found


def _modifier_rule_word(ctx: SentenceContext, t: Token) -> bool:
    """Whether ``t`` is a bare participle a modifier rule triggers on ("its backed startup")."""
    return (
        t.pos_ == "VERB"
        and not kids(t)
        and any(
            t.dep_ in r.dep and _rule_applies(r, t)
            for r in ctx.rules.by_lemma.get(t.lemma_.lower(), ())
        )
    )


def _rule_word(ctx: SentenceContext, t: Token) -> bool:
    """Whether a rule triggers on ``t`` as the part of speech it has, and the words or
    dependencies it requires are there (a rule on "company" that needs "portfolio" does
    not read "its start-up")."""
    return any(
        t.pos_ in r.pos
        and not r.descriptive
        and (
            not (r.require_child or r.require_pobj or r.dep or r.head_lemma) or _rule_applies(r, t)
        )
        for r in _rules_on(ctx, t)
    )


def _rules_on(ctx: SentenceContext, t: Token) -> tuple[Rule, ...]:
    """The rules that trigger on ``t``'s lemma or its word as written."""
    return (*ctx.rules.by_lemma.get(t.lemma_.lower(), ()), *ctx.rules.by_lemma.get(t.lower_, ()))


def _brand_modifier(ctx: SentenceContext, t: Token) -> bool:
    """Whether a name only modifies a common noun that no company is ("its Hyundai
    features"; but "its DeepMind unit", "its AI startup Lumora")."""
    m = ctx.by_token.get(t.i)
    root = t.doc[m.end - 1] if m is not None else t
    if root.dep_ not in {"compound", "nmod"}:
        return False
    head = root.head
    while head.dep_ in {"compound", "nmod"} and head.pos_ == "PROPN" and head.head.i > head.i:
        # (Through the other names of the compound: "its Hyundai Artificial Intelligence
        # features".)
        head = head.head
    return (
        head.i > root.i
        and head.pos_ == "NOUN"
        and head.i not in ctx.by_token
        and head.lemma_.lower() not in ctx.cues.raw["class_cue_nouns"]["Organization"]
        and head.lemma_.lower() not in ctx.cues.words("org_part_nouns")
    )


def _owned_elsewhere(m: Mention, owner: str) -> bool:
    """Whether reference data says the known name ``m`` is not ``owner``'s: a parent
    company of its own outside the owner's family ("Alphabet's DeepMind and Meta"),
    a product with another known maker. (Other known organizations may be units the
    family data does not list.)"""
    if same_family(m.canonical, owner):
        return False
    if m.source != "gazetteer":
        # ("Google's Gemma 3 and Mistral 3.1": a series named after another company.)
        found = known_maker(m.canonical) if "Organization" not in m.classes else None
        return found is not None and not same_family(found, owner)
    if "Organization" in m.classes:
        return m.canonical in family_parents()
    maker = known_maker(m.canonical)
    return maker is not None and not same_family(maker, owner)


def _own_description(doc: Any, owner: int, start: int) -> bool:
    """Whether a listed name has common nouns of its own before it ("and VC firms X")."""
    i = start - 1
    while i > owner and doc[i].lower_ not in {",", "and", "or", "&"}:
        if doc[i].pos_ == "NOUN" and doc[i].text.islower():
            return i > owner + 1 and any(
                doc[k].lower_ in {",", "and", "or", "&"} for k in range(owner + 1, i)
            )
        i -= 1
    return False


def _named_unit(ctx: SentenceContext, tok: Token) -> bool:
    """Whether the text names ``tok`` as a part of a company: "a new division called X",
    "X, a new unit" (not a lab, which may be a company of its own)."""
    parts = ctx.cues.words("org_part_nouns") - {"lab", "labs", "laboratory"}
    naming = tok.head
    if (
        tok.dep_ in {"oprd", "attr", "dobj", "xcomp", "npadvmod"}
        and naming.dep_ == "acl"
        and naming.lemma_.lower() in ctx.cues.words("naming_verbs")
        and naming.head.lemma_.lower() in parts
    ):
        return True
    return any(
        c.dep_ == "appos"
        and c.lemma_.lower() in parts
        # ("X, a French AI business that has raised $1 billion": a business of no named
        # owner is a company; "X, its robotics business", "a business of Y" is a part.)
        and (
            c.lemma_.lower() != "business"
            or any(g.dep_ == "poss" or (g.dep_ == "prep" and g.lower_ == "of") for g in kids(c))
        )
        for c in kids(tok)
    )


def _along_with(ctx: SentenceContext, args: list[Arg], want: frozenset[str]) -> list[Arg]:
    """``args`` and those named "along with", "together with" or "alongside" them ("A,
    along with B and C, sued Zeta": all three sue), also with the phrase set off by commas
    and hung on the verb ("Accel, along with Sequoia, invested")."""
    out = list(args)
    names = {a.name for a in args}
    doc = ctx.doc
    for a in args:
        m = ctx.by_token.get(a.token)
        if a.via_ref or m is None:
            continue
        root = doc[m.end - 1]
        preps = children(root, {"prep"})
        if root.dep_ in SUBJ_DEPS:
            heads = [root.head]
            if root.head.lemma_ == "be":
                # ("A is one of the backers, along with B": hung on what A is.)
                heads += children(root.head, {"attr"})
            preps += [p for h in heads for p in children(h, {"prep"}) if doc[p.i - 1].text == ","]
        else:
            # ("attracted investment from A and B, along with C and D": the phrase set off
            # after the list, hung on the verb, goes on with the list.)
            verb = root.head
            while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
                verb = verb.head
            if verb.pos_ in {"VERB", "AUX"}:
                preps += [
                    p
                    for p in children(verb, {"prep"})
                    if p.i > root.i and doc[p.i - 1].text == "," and p.lower_ == "along"
                ]
        for p in preps:
            if p.i <= root.i:
                continue
            if p.lower_ in {"along", "together"}:
                withs = [w for w in children(p, {"prep"}) if w.lower_ == "with"]
            elif p.lower_ == "alongside" or (
                p.lower_ == "with"
                and (doc[p.i - 1].lower_ == "along" or any(c.lower_ == "together" for c in kids(p)))
            ):
                withs = [p]
            else:
                continue
            for w in withs:
                for t in (o for pobj in children(w, {"pobj"}) for o in (pobj, *pobj.conjuncts)):
                    found = ctx.by_token.get(t.i)
                    if (
                        found is not None
                        and found.canonical not in names
                        and ctx.fits(found.canonical, tuple(want))
                    ):
                        out.append(Arg(found.canonical, t.i, False))
                        names.add(found.canonical)
    return out


def _listed_on(ctx: SentenceContext, args: list[Arg], want: frozenset[str]) -> list[Arg]:
    """``args`` and the names a list of them goes on to, read off the word order when an
    apposition breaks the parse: "backers that include A, B, the venture arm owned by C, D
    and E" lists A, B, D and E (not C, named inside the apposition); "sued A, its parent,
    B, and its partner, C" sues all three; "uses A's X chips, B's Y chips and C's GPUs"
    uses X, Y and the GPUs' maker C."""
    doc = ctx.doc
    out = list(args)
    names = {a.name for a in args}
    titles = ctx.cues.titles()
    stops = {",", "and", "&", ".", ";"}

    def tail(k: int, end: int) -> int:
        # Common nouns after a name ("Vega chips"), never a title ("OpenAI chief ...").
        while k < end and doc[k].pos_ == "NOUN" and doc[k].is_lower and doc[k].lower_ not in titles:
            k += 1
        return k

    for a in args:
        if a.via_ref:
            continue
        m = ctx.by_token.get(a.token)
        if m is None:
            continue
        sent_end = doc[a.token].sent.end
        i = tail(m.end, sent_end)
        while i < sent_end and doc[i].text in stops - {"."}:
            if doc[i].text == ",":
                i += 1
            if i < sent_end and doc[i].lower_ in {"and", "&"}:
                i += 1
            if i >= sent_end:
                break
            listed = doc[i - 1].text in {",", "and", "&"}
            if doc[i].pos_ == "DET" or doc[i].tag_ == "PRP$":
                k = i + 1
                while k < sent_end and doc[k].pos_ == "ADJ":
                    k += 1
                named = ctx.by_token.get(k)
                if (
                    named is not None
                    and named.start == k
                    # (Not a name that only modifies a noun: "A, a Tessaly investor, ...".)
                    and not (
                        doc[named.end - 1].dep_ in {"compound", "amod", "nmod"}
                        and doc[named.end - 1].head.i >= named.end
                        and doc[named.end - 1].head.pos_ == "NOUN"
                    )
                ):
                    # A name with its article ("the OpenAI Startup Fund").
                    i = k
                elif doc[i - 1].text != "," and any(
                    k in ctx.by_token
                    for k in range(
                        i, next((j for j in range(i, sent_end) if doc[j].text == ","), sent_end)
                    )
                ):
                    # ("A and a new tool called B across X, Y and Z": a named item after "and"
                    # ends the list; "and its partner, C" describes the next item.)
                    break
                else:
                    # An apposition ("the venture arm owned by Intel") up to its comma.
                    j = i
                    while j < min(sent_end, i + 12) and doc[j].text != ",":
                        j += 1
                    if j >= sent_end or doc[j].text != ",":
                        break
                    if any(
                        doc[k].lower_ in ctx.cues.words("list_markers")
                        or doc[k].tag_ in {"WP", "WDT"}
                        for k in range(i, j)
                    ):
                        # ("A, the parent of brands including B, C and D, sued": the list
                        # goes on inside the apposition, its members no party; as in "A, an
                        # engineer who worked at B, C and D, invested".)
                        break
                    i = j
                    continue
            nxt = ctx.by_token.get(i)
            if nxt is None or nxt.start != i or not listed:
                break
            item, end = nxt, tail(nxt.end, sent_end)
            if nxt.end < sent_end and doc[nxt.end].tag_ == "POS":
                # "B's Y chips": the item is what B owns, when it is named ("C's GPUs": the
                # owner stands for its unnamed product).
                owned = ctx.by_token.get(nxt.end + 1)
                if owned is not None and owned.start == nxt.end + 1:
                    item, end = owned, tail(owned.end, sent_end)
                else:
                    end = tail(nxt.end + 1, sent_end)
                    if end == nxt.end + 1:
                        break
                    if any(
                        doc[k].lemma_.lower() in {"parent", "owner", "unit", "arm", "subsidiary"}
                        or "Organization" in ctx.rules.ref_nouns.get(doc[k].lemma_.lower(), ())
                        for k in range(nxt.end + 1, end)
                    ):
                        # ("Tessaly, Quillmark's parent, will invest": a description of the
                        # name before, no item of its own.)
                        i = end
                        continue
            if end < sent_end and doc[end].text not in stops:
                # Not a whole list item: "Quarry runs on ...", "SoftBank's Vision Fund",
                # "OpenAI chief executive Sam Altman".
                break
            if item.canonical not in names and ctx.fits(item.canonical, tuple(want)):
                out.append(Arg(item.canonical, item.start, False))
                names.add(item.canonical)
            i = end
    return out


def _listed_after(ctx: SentenceContext, owner: Token) -> list[Token]:
    """'Nimbus's Notes, Voice Recorder and Keyboard apps': the names listed right after
    an owner, read off the word order (the parser often splits such a list). Empty
    unless two or more products are listed; the list ends at another owner's name."""
    doc = owner.doc
    i = owner.i + 1
    if i < len(doc) and doc[i].tag_ == "POS":
        i += 1
    names: list[Token] = []
    end = min(owner.sent.end, i + 16)
    while i < end:
        m = ctx.by_token.get(i)
        if m is not None:
            if m.end < len(doc) and doc[m.end].tag_ == "POS":
                break
            if ctx.classes(m.canonical)[0] not in {"Organization", "Person", "Location"}:
                # (Only what a company makes: "its Vega chatbot and Orvane" lists a partner.)
                names.append(doc[i])
            i = max(m.end, i + 1)
            continue
        t = doc[i]
        if not (t.text in {",", "and", "&"} or (t.pos_ in {"NOUN", "ADJ"} and t.is_lower)):
            break
        i += 1
    return names if len(names) > 1 else []


def _other_owner(owner: Token, start: int, end: int) -> bool:
    """Whether the owned name at ``start:end`` belongs to another possessive of a list.

    "Acme's Orion, Nimbus-V2 and Quanta's Lyra": Acme owns Orion only. A name
    before its owner, after another owner's "'s", itself followed by "'s", or
    in the middle of a list that goes on to another owner is not Acme's.
    """
    if start <= owner.i:
        return True
    doc = owner.doc
    between = doc[owner.i + 1 : start]
    if any(t.tag_ == "POS" and t.i - 1 != owner.i for t in between):
        return True
    if end < len(doc) and doc[end].tag_ == "POS":
        return True
    if all(t.tag_ == "POS" or t.pos_ in {"ADJ", "DET", "ADV"} for t in between):
        # The first name after the owner is the owner's.
        return False
    for t in doc[end : owner.sent.end]:
        if t.tag_ == "POS":
            return True
        if not (t.text in {",", "and", "or", "-"} or t.pos_ in {"PROPN", "NUM"}):
            return False
    return False


def _misread_verb(ctx: SentenceContext, rules: tuple[Rule, ...], tok: Token) -> Iterator[Candidate]:
    """'Cohere taps Oracle Cloud', 'Mistral partners with Nvidia' tagged as plural nouns.

    The small tagger reads a present-tense verb right after a name as a plural
    noun, and the parse around it is then wrong too. In that one shape, name,
    verb, name (or name, verb, preposition, name), the verb rules are read off
    the word order instead of the tree.
    """
    subject = ctx.by_token.get(tok.i - 1)
    if (
        subject is None
        or subject.end != tok.i
        # (Only an article or adjectives before the name: "The new Zeta+ taps ...".)
        or not all(t.pos_ in {"DET", "ADJ"} for t in tok.doc[tok.sent.start : subject.start])
    ):
        return
    doc = tok.doc
    named = Arg(subject.canonical, subject.start, False)
    for rule in rules:
        if "VERB" not in rule.pos or "NOUN" in rule.pos or rule.dep or rule.head_lemma:
            continue
        if not rule.subject or not rule.object:
            continue
        if tok.pos_ == "VERB" and not _rule_applies(rule, tok):
            continue
        if (
            rule.forbid_child
            and {w for t in doc[tok.i + 1 : tok.i + 6] for w in (t.lower_, t.lemma_.lower())}
            & rule.forbid_child
        ):
            # ("secures Nvidia GPUs from Oracle": chips got are no funding.)
            continue
        if rule.subject[0] != "subj":
            if rule.object[0] == "subj" and rule.subject[0].startswith("prep:"):
                # "CoreWeave supplies computing power to Microsoft": the name after the
                # preposition takes the role the rule gives it, the name before the verb
                # the other.
                at = _prep_after(doc, tok, rule.subject[0][5:].split("|"))
                for o in _names_from(ctx, at) if at is not None else []:
                    if o.name != subject.canonical:
                        yield Candidate(rule, tok.i, o, named)
            continue
        for spec in rule.object:
            if spec in {"obj", "next_name"}:
                at = tok.i + 1
            elif spec.startswith("prep:") and tok.i + 1 < len(doc):
                found = _prep_after(doc, tok, spec[5:].split("|"))
                if found is None:
                    continue
                at = found
            else:
                continue
            objects = _names_from(ctx, at)
            if not objects:
                continue
            for o in objects:
                if o.name != subject.canonical:
                    yield Candidate(rule, tok.i, named, o)
            break


def _prep_after(doc: Any, tok: Token, preps: list[str]) -> int | None:
    """Where the name after one of ``preps`` begins, when the preposition follows ``tok``
    right away or after a short object of nouns ("rents Nvidia GPUs from Oracle")."""
    for i in range(tok.i + 1, min(tok.sent.end, tok.i + 6)):
        t = doc[i]
        if t.lower_ in preps:
            return i + 1
        if t.pos_ not in {"NOUN", "PROPN", "NUM", "ADJ", "DET", "VERB"} or (
            t.pos_ == "VERB" and t.tag_ not in {"VBG", "VBN"}
        ):
            return None
    return None


def _names_from(ctx: SentenceContext, at: int) -> list[Arg]:
    """The name starting at ``at`` (after an optional article) and the names listed after it."""
    doc = ctx.doc
    if at < len(doc) and doc[at].lower_ in {"the", "its", "their"}:
        at += 1
    out: list[Arg] = []
    while at < len(doc):
        m = ctx.by_token.get(at)
        if m is None or m.start != at:
            break
        owned = ctx.by_token.get(m.end + 1)
        if (
            m.end + 1 < len(doc)
            and doc[m.end].tag_ == "POS"
            and owned is not None
            and owned.start == m.end + 1
        ):
            # ("taps Anthropic's Claude": what the owner's name is on.)
            m = owned
        out.append(Arg(m.canonical, m.start, False))
        nxt = m.end
        if nxt + 1 < len(doc) and doc[nxt].text in {",", "and"}:
            at = nxt + 1
            if doc[at].lower_ == "and":
                at += 1
            continue
        break
    return out
