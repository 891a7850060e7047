"""Argument roles: where a rule's subject or object sits in the dependency parse.

A rule in ``data/relations.json`` lists, for its subject and its object, the
roles to try in order; the first role that yields entities fills the slot.
Each role is a small function from the trigger token to the tokens that fill
it, registered here under its name with :func:`role`; its docstring is the
role's definition. Two role families take a parameter: ``prep:in|into`` (the
objects of those prepositions on the trigger) and ``head_prep:in`` (on the
trigger's head); ``a+b`` is the union of two roles, and ``implicit_org`` (the
organization the text is about) is filled by the reference resolver.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from kg.extract.entities import load_cues

if TYPE_CHECKING:
    from spacy.tokens import Token

RoleFunc = Callable[["Token"], list["Token"]]

SUBJ_DEPS = {"nsubj", "csubj"}
PASS_SUBJ_DEPS = {"nsubjpass", "csubjpass"}
#: Dependencies a subject search climbs through to the governing verb.
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
#: Roles filled outside this module (see :mod:`kg.extract.references`).
RESOLVER_ROLES = frozenset({"implicit_org"})
#: Role families that take prepositions as a parameter.
PREP_PREFIXES = ("prep:", "head_prep:")

ROLES: dict[str, RoleFunc] = {}


def role(name: str) -> Callable[[RoleFunc], RoleFunc]:
    """Register a role function under ``name`` (the name rule files use)."""

    def register(func: RoleFunc) -> RoleFunc:
        ROLES[name] = func
        return func

    return register


def is_known_role(spec: str) -> bool:
    """Whether a rule file's role (``subj``, ``prep:in|of``, ``head_subj+prep:with``) exists."""
    for part in spec.split("+"):
        if part in ROLES or part in RESOLVER_ROLES:
            continue
        prefix = next((p for p in PREP_PREFIXES if part.startswith(p)), None)
        if prefix is None or not all(part[len(prefix) :].split("|")):
            return False
    return bool(spec)


def role_tokens(spec: str, tok: Token) -> list[Token]:
    """The tokens one role (no ``+``) finds for the trigger ``tok``."""
    if spec.startswith("prep:"):
        return _prep_objects(tok, set(spec[5:].split("|")))
    if spec.startswith("head_prep:"):
        return _prep_objects(tok.head, set(spec[10:].split("|")))
    func = ROLES.get(spec)
    return func(tok) if func else []


def children(tok: Token, deps: set[str]) -> list[Token]:
    """The children of ``tok`` with one of the dependency labels ``deps``."""
    return [c for c in tok.children if c.dep_ in deps]


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


def subject_of(tok: Token) -> list[Token]:
    """Logical subject of a verb, climbing control verbs, conjunctions and clauses."""
    cur = tok
    for _ in range(6):
        subs = children(cur, SUBJ_DEPS)
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
        if cur is not tok and children(cur, PASS_SUBJ_DEPS) and cur.dep_ != "conj":
            return children(cur, PASS_SUBJ_DEPS)
        if cur.dep_ in {"acl", "relcl"} and cur.pos_ in {"VERB", "AUX"} and cur is not tok:
            return [cur.head]
        if cur.dep_ == "pcomp" and cur.head.lower_ == "of" and children(cur.head.head, {"dobj"}):
            # "accusing the startup of using X": the object of 'accuse' does the using.
            return children(cur.head.head, {"dobj"})
        if cur.dep_ == "acl" and cur is tok and cur.tag_ in {"VBG", "VBN"} and not _is_passive(cur):
            # "a startup building robots": the participle's subject is the noun.
            return [cur.head]
        if cur.dep_ not in CLIMB_DEPS or cur.head.i == cur.i:
            return []
        cur = cur.head
    return []


def logical_subject(tok: Token) -> list[Token]:
    if tok.pos_ in {"VERB", "AUX"} and _is_passive(tok):
        return _prep_objects(tok, {"by"}, agent=True)
    return subject_of(tok)


def _logical_object(tok: Token) -> list[Token]:
    if tok.pos_ in {"VERB", "AUX"} and _is_passive(tok):
        subs = children(tok, PASS_SUBJ_DEPS)
        if subs:
            return subs
        if tok.dep_ in {"acl", "amod", "relcl"}:
            return [tok.head]
        if tok.dep_ == "conj" and tok.head.pos_ == "VERB" and _is_passive(tok.head):
            return _logical_object(tok.head)
        if tok.dep_ in {"xcomp", "conj"}:
            return subject_of(tok.head) or children(tok.head, PASS_SUBJ_DEPS)
        return []
    objs = children(tok, {"dobj", "obj"})
    if not objs and tok.dep_ == "relcl" and any(c.dep_ in SUBJ_DEPS for c in tok.children):
        # "the platform Salesforce launched": the object is the modified noun.
        return [tok.head]
    if not objs and tok.pos_ == "VERB":
        # "The chipmaker also backs Cohere": a name right after the verb that the parser
        # hung on it as an adverb or a loose dependent is its object.
        objs = [
            c
            for c in tok.children
            if c.i == tok.i + 1 and c.pos_ == "PROPN" and c.dep_ in {"advmod", "npadvmod", "dep"}
        ]
    return objs


#: Where a noun phrase after a verb ends: punctuation, a conjunction, a preposition, a clause.
_PHRASE_END_TAGS = {"IN", "CC", "TO", "VBZ", "VBD", "VBP", "MD", "WDT", "WP", "RP"}


@role("next_name")
def _next_name(tok: Token, reach: int = 8) -> list[Token]:
    """The first capitalised word of the noun phrase right after a verb.

    A fallback for objects the small parser loses in long modifiers
    ("acquired artificial intelligence (AI)-powered legal startup Casetext").
    """
    doc = tok.doc
    for t in doc[tok.i + 1 : min(tok.i + 1 + reach, tok.sent.end)]:
        if t.text in {",", ";", ":", ".", '"', "“", "”", "—", "–"} or t.tag_ in _PHRASE_END_TAGS:
            return []
        if (
            t.text[:1].isupper()
            and t.pos_ in {"PROPN", "NOUN"}
            and t.lower_ not in load_cues().words("non_entities")
        ):
            return [t]
    return []


def _prep_objects(tok: Token, preps: set[str], agent: bool = False) -> list[Token]:
    out: list[Token] = []
    hosts = [tok, *children(tok, {"dobj", "prt", "attr", "acomp"})]
    quantified = children(tok, {"dobj"}) + ([tok] if tok.pos_ == "NOUN" else [])
    for d in quantified:
        # "buy $30 billion of computing capacity on Azure", "an investment of $4 billion in X".
        for p in children(d, {"prep"}):
            if p.lower_ == "of":
                hosts.extend(
                    o for o in children(p, {"pobj"}) if d is not tok or o.ent_type_ == "MONEY"
                )
    if tok.dep_ == "dobj" and tok.pos_ in {"NOUN", "PROPN"}:
        # "taking a stake in X": the preposition hangs on the light verb.
        hosts.append(tok.head)
    for host in hosts:
        for child in host.children:
            if (
                child.dep_ in {"prep", "dative"} or (agent and child.dep_ == "agent")
            ) and child.lower_ in preps:
                out.extend(children(child, {"pobj"}))
                # "woven into Agentforce ... and into Slack".
                for c in child.conjuncts:
                    if c.lower_ in preps:
                        out.extend(children(c, {"pobj"}))
                # "in a deal with X": one more hop through a generic noun.
                if not out:
                    for p in children(child, {"pobj"}):
                        for pp in p.children:
                            if pp.dep_ == "prep" and pp.lower_ in preps:
                                out.extend(children(pp, {"pobj"}))
            elif child.dep_ == "agent" and "by" in preps:
                out.extend(children(child, {"pobj"}))
        if out:
            break
    return out


@role("described")
def _described(tok: Token) -> list[Token]:
    """What a noun trigger describes: appositions, copulas, compounds, 'as' phrases."""
    if tok.dep_ == "appos":
        # An apposition describes the noun just before its comma, whatever the parser says
        # ("invest $10 billion in OpenAI, the creator of ChatGPT").
        edge = tok.left_edge.i
        if edge >= 2 and tok.doc[edge - 1].text == "," and tok.doc[edge - 2].pos_ == "PROPN":
            return [tok.doc[edge - 2]]
        return [tok.head]
    subj = children(tok, {"nsubj"}) if tok.pos_ in {"NOUN", "PROPN"} else []
    if subj:
        return subj
    apps = children(tok, {"appos"})
    if apps:
        return apps
    for acl in children(tok, {"acl"}):
        # "a new unit called Microsoft AI".
        if acl.lemma_.lower() in load_cues().words("naming_verbs"):
            named = children(acl, {"oprd", "attr", "dobj", "xcomp"})
            if named:
                return named
    for c in tok.conjuncts:
        if c.i > tok.i and children(c, {"appos"}):
            return children(c, {"appos"})
    if tok.dep_ in {"attr", "acomp"}:
        return subject_of(tok.head)
    if tok.dep_ == "oprd":
        # "Sutskever has been named CEO of SSI": the one named.
        return children(tok.head, PASS_SUBJ_DEPS) or children(tok.head, {"dobj"})
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
        return subject_of(gov)
    if tok.dep_ == "pobj" and tok.head.lower_ == "as":
        verb = tok.head.head
        if verb.dep_ == "relcl" and not children(verb, {"dobj"}):
            # "an open-weights model it describes as a competitor to ...": the model.
            return [verb.head]
        objs = children(verb, {"dobj"})
        if objs:
            return objs
        return subject_of(verb) or children(verb, PASS_SUBJ_DEPS)
    if tok.dep_ in {"nsubj"} and tok.head.lemma_ in {"include", "be"}:
        return children(tok.head, {"dobj", "attr"})
    doc = tok.doc
    if tok.pos_ in {"NOUN", "PROPN"} and tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN":
        # "Oracle's co-founder Larry Ellison said": a title right before a name.
        j = tok.i + 1
        while j + 1 < len(doc) and doc[j + 1].pos_ == "PROPN":
            j += 1
        return [doc[j]]
    if tok.dep_ == "conj":
        return _described(tok.head)
    if tok.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "ROOT"}:
        return [tok]
    return []


@role("possessor")
def possessor_of(tok: Token) -> list[Token]:
    """The possessor of a noun, also when the parser lost the 's ("Amazon's $4 billion stake")."""
    poss = children(tok, {"poss"})
    if poss:
        return poss
    edge = tok.left_edge.i
    doc = tok.doc
    if edge >= 2 and doc[edge - 1].text in {"'s", "’s"} and doc[edge - 1].dep_ != "case":
        return [doc[edge - 2]]
    return []


def _owner(tok: Token) -> list[Token]:
    """Who holds a nominal relation: its possessor, else the subject of its verb."""
    return possessor_of(tok) or subject_of(tok)


@role("left")
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


@role("head")
def _head(tok: Token) -> list[Token]:
    """The trigger's syntactic head ("Microsoft-backed OpenAI": OpenAI)."""
    return [tok.head] if tok.head.i != tok.i else []


@role("between")
def _between(tok: Token) -> list[Token]:
    """The objects of "between" or "among" on the trigger (both sides of a pair)."""
    return _prep_objects(tok, {"between", "among"})


@role("own_host_or_subj")
def _own_host_or_subject(tok: Token) -> list[Token]:
    """The integrating party when the host is unnamed but its own ('into its products')."""
    for host in [tok, *children(tok, {"dobj"})]:
        for p in children(host, {"prep"}):
            if p.lower_ in {"into", "to", "in"}:
                for o in children(p, {"pobj"}):
                    if any(c.dep_ == "poss" for c in o.children) or o.lemma_ in {"family", "line"}:
                        return logical_subject(tok)
    return []


@role("with_host")
def _with_host(tok: Token) -> list[Token]:
    """'ship with Google's Gemini Nano model built in': what the model is built into."""
    noun = tok.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "with":
        verb = noun.head.head
        return children(verb, {"dobj"}) or logical_subject(verb)
    return []


@role("matrix_subj")
def _matrix_subject(tok: Token) -> list[Token]:
    """Subject of the sentence's main verb ("X raised $N, with Y also taking part")."""
    root = tok.sent.root
    return [s for s in subject_of(root) if s.i != tok.i and s not in subject_of(tok)]


@role("described_named")
def _described_named(tok: Token) -> list[Token]:
    """Like ``described``, but a bare noun ("its new unit") does not stand for itself."""
    found = _described(tok)
    if found == [tok] and not any(
        c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN" for c in tok.children
    ):
        return []
    return found


@role("sibling_obj")
def _sibling_object(tok: Token) -> list[Token]:
    """'unveiled Stargate on Tuesday, a joint venture': the verb's other object."""
    if tok.dep_ != "dobj":
        return []
    return [c for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i]


# -- the registered roles -----------------------------------------------------


@role("subj")
def _subj_role(t: Token) -> list[Token]:
    """The logical subject: the agent of a passive ("backed by X"), else the subject."""
    return logical_subject(t)


@role("obj")
def _obj_role(t: Token) -> list[Token]:
    """The logical object: the subject of a passive, else the direct object."""
    return _logical_object(t)


@role("agent")
def _agent_role(t: Token) -> list[Token]:
    """The object of a "by" phrase on the trigger ("a model built by X")."""
    return _prep_objects(t, {"by"}, agent=True)


@role("dobj")
def _dobj_role(t: Token) -> list[Token]:
    """The trigger's direct objects as parsed (no voice normalisation)."""
    return children(t, {"dobj"})


@role("pobj")
def _pobj_role(t: Token) -> list[Token]:
    """The object of a preposition that is itself the trigger ("between")."""
    return children(t, {"pobj"})


@role("self")
def _self_role(t: Token) -> list[Token]:
    """The trigger word itself (a name that is its own argument)."""
    return [t]


@role("poss_or_compound")
def _poss_or_compound_role(t: Token) -> list[Token]:
    """A possessive, compound or nmod word on the trigger ("OpenAI CEO", "OpenAI's CEO").

    A coordinated trigger shares its first conjunct's words.
    """
    return children(t, {"poss", "compound", "nmod"}) or (
        children(t.head, {"poss", "compound", "nmod"}) if t.dep_ == "conj" else []
    )


@role("compound")
def _compound_role(t: Token) -> list[Token]:
    """A compound or nmod word on the trigger, never a possessive."""
    return children(t, {"compound", "nmod"})


@role("possessor_or_subj")
def _possessor_or_subj_role(t: Token) -> list[Token]:
    """Who holds a nominal relation: its possessor, else the subject of its verb."""
    return _owner(t)


@role("head_described")
def _head_described_role(t: Token) -> list[Token]:
    """``described`` of the trigger's head."""
    return _described(t.head) if t.head.i != t.i else []


@role("head_subj")
def _head_subj_role(t: Token) -> list[Token]:
    """``subj`` of the trigger's head."""
    return logical_subject(t.head) if t.head.i != t.i else []


@role("head_possessor_or_subj")
def _head_possessor_or_subj_role(t: Token) -> list[Token]:
    """``possessor_or_subj`` of the trigger's head."""
    return _owner(t.head) if t.head.i != t.i else []


@role("head_dative")
def _head_dative_role(t: Token) -> list[Token]:
    """The indirect object of the trigger's verb ("giving OpenAI access": OpenAI)."""
    return children(t.head, {"dative"}) if t.head.i != t.i else []


@role("head_obj")
def _head_obj_role(t: Token) -> list[Token]:
    """``obj`` of the trigger's head ("use Gemini to power Siri": Gemini, for 'power')."""
    return _logical_object(t.head) if t.head.i != t.i else []
