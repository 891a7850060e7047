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
from kg.extract.nlp import load_gazetteer
from kg.extract.syntax import (
    PASS_SUBJ_DEPS,
    REFLEXIVE,
    SUBJ_DEPS,
    attached_head,
    children,
    is_passive,
    kids,
    listed_clause_subject,
    logical_object,
    logical_subject,
    possessor_of,
    possessor_or_subject,
    prep_objects,
    subject_of,
)

if TYPE_CHECKING:
    from spacy.tokens import Token

RoleFunc = Callable[["Token"], list["Token"]]

#: Roles filled outside this module (see :mod:`kg.extract.references`).
RESOLVER_ROLES = frozenset({"implicit_org", "implicit_person"})
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
        return prep_objects(tok, set(spec[5:].split("|")))
    if spec.startswith("head_prep:"):
        return prep_objects(attached_head(tok), set(spec[10:].split("|")))
    func = ROLES.get(spec)
    return func(tok) if func else []


#: Where a noun phrase after a verb ends: punctuation, a conjunction, a preposition, a clause.
_PHRASE_END_TAGS = {"IN", "CC", "TO", "VBZ", "VBD", "VBP", "MD", "WDT", "WP", "RP"}


@role("next_name")
def _next_name(tok: Token, reach: int = 8) -> list[Token]:
    """The first capitalised word of the noun phrase right after a verb.

    A fallback for objects the small parser loses in long modifiers
    ("bought the artificial intelligence (AI)-driven contract startup Quillmark").
    """
    doc = tok.doc
    for t in doc[tok.i + 1 : min(tok.i + 1 + reach, tok.sent.end)]:
        if t.dep_ == "prt" and t.head.i == tok.i:
            # ("snapped up X": the verb's own particle.)
            continue
        if (
            t.text in {",", ";", ":", ".", '"', "“", "”", "—", "–"}
            or (
                t.tag_ in _PHRASE_END_TAGS
                # (Not a name the tagger read as punctuation: "snapped up MosaicML".)
                and not (t.text[:1].isupper() and t.text.isalnum())
            )
        ):
            return []
        if t.dep_ in {"compound", "nmod", "poss"} and t.head.pos_ == "NOUN" and t.head.i > t.i:
            # "bought Nvidia chips", "acquired Quillmark's robotics team": a name that only
            # says whose or what kind of thing follows.
            continue
        if (
            t.text[:1].isupper()
            # (A name the tagger read as punctuation: "startup MosaicML" tagged ".".)
            and (t.pos_ in {"PROPN", "NOUN"} or (t.pos_ in {"PUNCT", "X"} and t.text.isalnum()))
            and t.lower_ not in load_cues().words("non_entities")
        ):
            return [t]
    return []


def _title_chain_name(tok: Token) -> Token | None:
    """The name after a chain of titles ("Zeta co-founder and CEO Maria Lopez"), which
    the parser may split from the first title; None when no such chain follows."""
    doc = tok.doc
    j = tok.i + 1
    if j >= len(doc) or doc[j].lower_ not in {"and", "&"}:
        return None
    cues = load_cues()
    titles = cues.titles()
    k = j + 1
    # "co-founder and chief product officer Dana Reyes": lower-case words of a title,
    # one of them a title word.
    while k < min(len(doc), j + 6) and (
        (
            doc[k].text.islower()
            and doc[k].is_alpha
            # ("Co-Founder and CEO of Quorra Labs": a title's company is no holder.)
            and doc[k].pos_ not in {"ADP", "DET", "PRON", "CCONJ"}
        )
        or doc[k].lower_ in titles
    ):
        # ("co-founder and CEO Robin Li", "and Chief Executive Officer Cris Valenzuela".)
        k += 1
    chain = doc[j + 1 : k]
    if (
        not any(t.lower_ in titles for t in chain)
        # ("the ChatGPT maker and its chief executive Sam Altman": the title is another's.)
        or any(t.lower_ in {"its", "their", "his", "her"} for t in chain)
        or k >= len(doc)
        or doc[k].pos_ != "PROPN"
        # (A name after a chain of titles is a person's, also one the tagger left unmarked.)
        or doc[k].ent_type_ not in {"PERSON", ""}
    ):
        return None
    kind = doc[k].ent_type_
    while k + 1 < len(doc) and doc[k + 1].pos_ == "PROPN" and doc[k + 1].ent_type_ == kind:
        k += 1
    if not kind and any(t.lower_ in titles for t in doc[chain.end : k + 1]):
        # ("co-founder and Chief Product Officer at Canva": capitals of a title, no name.)
        return None
    return doc[k]


#: Verbs whose subject holds the post an "as" phrase names ("will lead the team as CEO").
_RUNNING = frozenset({"lead", "run", "head", "helm", "serve"})


@role("described")
def _described(tok: Token) -> list[Token]:
    """What a noun trigger describes: appositions, copulas, compounds, 'as' phrases."""
    opener = tok.head.head if tok.dep_ == "appos" and tok.head.dep_ == "pobj" else None
    if (
        opener is not None
        and opener.lower_ in {"besides", "beyond", "aside", "apart"}
        and opener.head.lemma_ in {"include", "be", "remain"}
        and not children(opener.head, SUBJ_DEPS)
    ):
        # "Besides Nvidia, Lambda's other customers include A and B", parsed with the
        # subject hung on the opening phrase: what the verb lists, and the name it adds
        # to.
        return [*children(opener.head, {"dobj", "attr"}), tok.head]
    if tok.dep_ == "pobj" and tok.head.lower_ == "as":
        # "..., with Dominic Perella, its general counsel, as interim chief executive"; on a
        # noun, also "the importance of Gemini as Google's answer to ChatGPT".
        preps = ("with", "of") if tok.head.head.pos_ == "NOUN" else ("with",)
        for word in preps:
            named = [
                o
                for p in children(tok.head.head, {"prep"})
                if p.lower_ == word and p.i < tok.head.i
                for o in children(p, {"pobj"})
                if o.pos_ == "PROPN"
            ]
            if named:
                return named
    edge = tok.left_edge.i
    if (
        tok.dep_ == "conj"
        and tok.head.ent_type_ == "PERSON"
        and edge >= 2
        and tok.doc[edge - 1].text == ","
        and tok.head.i == edge - 2
    ):
        # ("said Ana Ruiz, Zeta Chair and CEO": a capitalised title the parser listed with
        # the name before its comma describes that name.)
        return [tok.head]
    if (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "as"
        and tok.head.head.lemma_.lower() in {"successor", "replacement"}
    ):
        # ("Omar Lee, Ana Ruiz's successor as chief of Zeta": whom the successor is.)
        return _described(tok.head.head)
    as_ = tok.head
    if (
        tok.dep_ == "pobj"
        and as_.lower_ == "as"
        and as_.i == tok.sent.start
        and as_.head.pos_ in {"VERB", "AUX"}
        and as_.head.i > tok.i
    ):
        # ("As the lead investor in Zeta, Lumora has ...": a phrase opening the sentence
        # with "as" describes the clause's subject.)
        return [s for s in subject_of(as_.head) if s.i > tok.i]
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() == "part":
        # "X, part of Aramco's venture arm", "X is part of its cloud unit": what "part" is.
        return _described(tok.head.head)
    if tok.dep_ == "appos":
        chained = _title_chain_name(tok)
        if chained is not None:
            # ("After the launch, Nvidia CEO and founder Jensen Huang said": the name the
            # chain of titles ends in, whatever the parser hung the first title on.)
            return [chained]
        named = [
            c for c in children(tok, {"appos"}) if c.left_edge.i == tok.i + 1 and c.pos_ == "PROPN"
        ]
        if named and any(c.dep_ == "poss" for c in kids(tok)):
            # ("against OpenAI, its main investor Microsoft, and others": the title's own
            # name, listed after the one its owner stands for.)
            return named
        if tok.doc[tok.left_edge.i - 1].text == ";":
            # ("Its backers include A; B; the venture arms of C and D": items of a list set
            # off by semicolons describe no one before them.)
            return []
        # An apposition describes the noun just before its comma or dash, whatever the
        # parser says ("invest $10 billion in OpenAI, the creator of ChatGPT"; "A, B and C
        # — a Toronto startup —": C).
        edge = tok.left_edge.i
        if (
            edge >= 2
            and tok.doc[edge - 1].text in {",", "—", "–", "("}
            and tok.doc[edge - 2].pos_ == "PROPN"
        ):
            before = tok.doc[edge - 2]
            if tok.tag_ == "NNS":
                # ("A and B, the co-founders of X, said": a plural describes the whole list.)
                while before.dep_ == "conj" and before.head.i < before.i:
                    before = before.head
            return [before]
        return [tok.head]
    subj = children(tok, {"nsubj"}) if tok.pos_ in {"NOUN", "PROPN"} else []
    if subj:
        return subj
    chained = _title_chain_name(tok)
    if chained is not None:
        return [chained]
    promoted = tok.head.head.lemma_.lower() in _PROMOTING
    if tok.dep_ == "pobj" and tok.head.lower_ == "to" and promoted:
        # "Omar Lee was promoted to CEO", "Zeta promoted Omar Lee to chief executive".
        verb = tok.head.head
        return children(verb, PASS_SUBJ_DEPS) or children(verb, {"dobj"})
    # (Not a title's own short form: "Zeta's new Chief Executive Officer (CEO)".)
    apps = [
        c
        for c in children(tok, {"appos"})
        if not (c.lower_ in load_cues().titles() and tok.doc[c.i - 1].text == "(")
    ]
    if apps:
        return apps
    if tok.dep_ == "conj" and tok.pos_ == "NOUN" and tok.head.dep_ in {"attr", "appos"}:
        # "Microsoft is OpenAI's partner and investor": what the first noun describes.
        return _described(tok.head)
    if (
        tok.dep_ == "conj"
        and tok.pos_ == "NOUN"
        and tok.head.dep_ == "pobj"
        and tok.head.head.head.dep_ == "appos"
        and tok.head.head.head.head.pos_ == "PROPN"
        and tok.right_edge.i + 1 < len(tok.doc)
        and tok.doc[tok.right_edge.i + 1].text == ","
    ):
        # "Ana Ruiz, a leading figure in robotics research and co-founder of Zeta, ...":
        # the second title of the apposition, hung on the noun before its "and".
        return _described(tok.head.head.head)
    if (
        tok.dep_ == "conj"
        and tok.head.dep_ == "pobj"
        and tok.head.head.lower_ == "of"
        and tok.head.head.head.dep_ in {"attr", "appos"}
        and (any(p.lower_ == "of" for p in children(tok, {"prep"})) or children(tok, {"poss"}))
    ):
        # "Lumora, the maker of Nova and acquirer of Zentrix", "the largest buyer of Nova
        # chips and Nimbus's biggest customer", with the second title hung on the first
        # one's object: what the first title describes.
        return _described(tok.head.head.head)
    for acl in children(tok, {"acl"}):
        # "a new unit called Microsoft AI".
        if acl.lemma_.lower() in load_cues().words("naming_verbs"):
            named = children(acl, {"oprd", "attr", "dobj", "xcomp"})
            if named:
                return named
    if tok.tag_ == "NNS":
        for rel in children(tok, {"relcl"}):
            # ("Zeta's investors, which include A and B, ...": what the plural lists.)
            if rel.lemma_.lower() in {"include", "comprise"} and any(
                s.lower_ in {"which", "that"} for s in children(rel, {"nsubj"})
            ):
                named = children(rel, {"dobj"})
                if named:
                    return named
    for c in tok.conjuncts:
        if c.i > tok.i and children(c, {"appos"}):
            return children(c, {"appos"})
    if tok.dep_ in {"attr", "acomp"}:
        verb = tok.head
        cues = load_cues()
        controllers = cues.words("hiring_verbs") | cues.words("appointing_verbs")
        if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in controllers:
            # "Microsoft hired X to be the CEO of its unit": the one hired is the CEO.
            hired = children(verb.head, {"dobj"})
            if hired:
                return hired
        return subject_of(verb)
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in load_cues().words("appointing_verbs"):
        # "Microsoft appointed Satya Nadella chief executive officer": the parser hangs the
        # name on the title.
        named = [c for c in kids(tok) if c.dep_ in {"nmod", "compound"} and c.pos_ == "PROPN"]
        if named:
            return named
    if tok.dep_ == "oprd":
        # "Sutskever has been named CEO of SSI": the one named.
        return children(tok.head, PASS_SUBJ_DEPS) or children(tok.head, {"dobj"})
    if tok.dep_ == "compound" or (
        # ("Intel chief executive Lip-Bu Tan" with the title read as an adjective.)
        tok.dep_ == "amod" and tok.pos_ == "ADJ" and tok.head.pos_ == "PROPN"
    ):
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
        # "Brightwave counts Pinecrest among its investors": the object, when there is one
        # ("Among its backers are A and B": what the inverted copula names).
        return (
            children(gov, {"dobj"})
            or subject_of(gov)
            or children(gov, {"attr"})
            or [c for c in children(gov, {"acomp"}) if c.pos_ == "PROPN"]
        )
    if (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "among"
        and tok.head.head.pos_ in {"PROPN", "NOUN"}
        and tok.head.head.dep_ in {"conj", "dobj"}
    ):
        # ("X counts A and B among its customers" with "among" hung on the last one listed,
        # or on the first: the whole list the verb counts.)
        first = tok.head.head
        while first.dep_ == "conj" and first.head.i < first.i:
            first = first.head
        if first.dep_ == "dobj":
            return [first]
    if tok.dep_ == "pobj" and tok.head.lower_ == "as":
        verb = tok.head.head
        if (
            verb.pos_ == "PROPN"
            and verb.dep_ == "dobj"
            and verb.head.lemma_.lower() in _JOINING | _RUNNING
        ):
            # "he will be joining OpenAI as CEO" with "as" hung on the company joined.
            verb = verb.head
        if verb.lemma_.lower() in _JOINING | _RUNNING | {"succeed"}:
            # "Sam Ortiz joined Zeta as CEO": the one who joined, not the company joined
            # ("X will succeed Y as CEO": X takes the post).
            return logical_subject(verb)
        if (verb.pos_ == "PROPN" and verb.dep_ in {"dobj", "nsubjpass"}) or (
            verb.pos_ == "ADJ" and verb.dep_ == "acomp" and verb.text[:1].isupper()
        ):
            # "investors see Zeta as a competitor to X": the parser hangs "as" on the name
            # (also when it reads the name as an adjective: "cements Anthropic as ...").
            return [verb]
        if verb.dep_ == "relcl" and not children(verb, {"dobj"}):
            # "an open-weights model it describes as a competitor to ...": the model (the
            # name it stands beside: "Grok, a chatbot that it pitches as a rival to ...").
            anchor = verb.head
            described = anchor
            while described.dep_ == "pobj" and described.head.lower_ == "with":
                # ("a chatbot with a rebellious streak that it pitches as ...".)
                described = described.head.head
            if described.dep_ == "appos" and described.head.pos_ == "PROPN":
                return [described.head]
            return [anchor]
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and not children(verb, {"dobj", "oprd"}):
            # "Mistral, often described as Europe's answer to OpenAI": the one described
            # (a participle with an object of its own is a finite verb misread).
            return [verb.head]
        # ("Intel named Lip-Bu Tan as its new chief executive": the parser may read the
        # one named as an object predicate.)
        objs = children(verb, {"dobj", "oprd"})
        if objs:
            return objs
        return subject_of(verb) or children(verb, PASS_SUBJ_DEPS)
    if tok.dep_ in {"nsubj"} and tok.head.lemma_ in {"include", "be", "remain"}:
        # "Zeta's main rival is Cohere" (the parser may read the name as an adjective),
        # "its largest customer remains Microsoft".
        return (
            children(tok.head, {"dobj", "attr"})
            or [c for c in children(tok.head, {"acomp"}) if c.pos_ == "PROPN"]
            # ("Other investors who joined are A, B and C" with the names read as a
            # second subject.)
            or [c for c in children(tok.head, {"nsubj"}) if c.i > tok.i and c.pos_ == "PROPN"]
        )
    doc = tok.doc
    if tok.pos_ in {"NOUN", "PROPN"} and tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN":
        # "Oracle's co-founder Larry Ellison said": a title right before a name.
        j = tok.i + 1
        while j + 1 < len(doc) and doc[j + 1].pos_ == "PROPN":
            j += 1
        return [doc[j]]
    listed = [
        o
        for p in children(tok, {"prep"})
        if p.lower_ in {"including", "like"}
        or (p.lower_ == "as" and any(g.lower_ == "such" for g in kids(p)))
        for o in children(p, {"pobj"})
    ]
    if listed:
        # "Zeta and its rivals, including Anthropic and Cohere".
        return listed
    misread = [c for c in children(tok, {"dobj"}) if c.pos_ == "PROPN"]
    if tok.pos_ == "VERB" and misread:
        # A title the tagger read as a verb ("chief scientist and co-founder Omar Lee").
        return misread
    edge = tok.left_edge.i
    if (
        tok.dep_ in {"conj", "dep", "npadvmod"}
        and edge >= 2
        and doc[edge - 1].text == ","
        and doc[edge - 2].pos_ == "PROPN"
        and doc[edge - 2].i != tok.head.i
    ):
        # "in Cohere, yet another rival to OpenAI": a description after a name and a
        # comma, which the parser hung elsewhere, is the name's.
        return [doc[edge - 2]]
    if (
        tok.dep_ == "conj"
        and tok.head.pos_ == "PROPN"
        and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in kids(tok))
    ):
        # "Microsoft, Nvidia and Intel's venture arm": one more member of a list of names,
        # no description of them (but "Quantix and its rivals, including A": its own).
        return []
    if (
        tok.dep_ == "conj"
        and tok.head.pos_ == "NOUN"
        and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in kids(tok))
    ):
        # ("equip the company and its customers": the conjunct's owner is the first one; the
        # customers are no description of it.)
        return []
    if tok.dep_ == "conj":
        return _described(tok.head)
    for p in children(tok, {"prep"}):
        # "The president of Microsoft, Brad Smith, testified": the name hung on Microsoft.
        for o in children(p, {"pobj"}):
            named = [a for a in children(o, {"appos"}) if a.pos_ == "PROPN" and a.i > o.i + 1]
            if named and tok.dep_ in {"nsubj", "nsubjpass"}:
                return named
    if tok.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj", "ROOT"}:
        return [tok]
    if tok.dep_ == "poss" and tok.pos_ == "NOUN":
        # "the ChatGPT maker's dependence on X": the one the owning description names.
        return [tok]
    return []


@role("possessor")
@role("left")
def _left(tok: Token) -> list[Token]:
    """The left part of a hyphenated modifier: 'Microsoft-backed', 'San Francisco-based'."""
    out = [
        c
        for c in kids(tok)
        if c.dep_ in {"npadvmod", "compound", "nmod", "poss", "nsubj"} and c.i < tok.i
    ]
    if not out and tok.i >= 2 and tok.doc[tok.i - 1].text == "-":
        out = [tok.doc[tok.i - 2]]
    doc = tok.doc
    for c in list(out):
        # "Amazon- and Google-backed": the suspended first half.
        j = c.left_edge.i
        if j >= 3 and doc[j - 1].lower_ in {"and", "or", ","} and doc[j - 2].text == "-":
            out.append(doc[j - 3])
        elif j >= 2 and doc[j - 1].lower_ in {"and", "or", ","} and doc[j - 2].text.endswith("-"):
            out.append(doc[j - 2])
    return out


@role("head")
def _head(tok: Token) -> list[Token]:
    """The trigger's syntactic head ("Microsoft-backed OpenAI": OpenAI); the name a common
    noun head stands before ("the Boston-based venture firm Harbor Growth Partners":
    the firm is the name)."""
    if tok.head.i == tok.i:
        return []
    head = tok.head
    doc = tok.doc
    comma = next((k for k in range(tok.i + 1, head.i) if doc[k].lower_ in {",", "and", "or"}), None)
    if comma is not None and comma > tok.i + 1 and doc[comma - 1].pos_ == "PROPN":
        # ("including Amazon-backed Anthropic, OpenAI, and more", "Google-backed Anthropic
        # and Chinese startup DeepSeek" with the modifier hung on the last name: the one it
        # stands before is backed.)
        return [doc[comma - 1]]
    if head.pos_ == "NOUN" and head.dep_ == "compound" and head.head.pos_ == "PROPN":
        return [head.head]
    if head.pos_ == "NOUN" and head.lower_ in load_cues().words("other_party_nouns"):
        # ("Zentrix, the Nimbus-backed Lumora competitor": the noun names another party;
        # the one backed is what the phrase describes.)
        return []
    if head.pos_ == "NOUN" and head.tag_ == "NNS" and head.text[:1].islower():
        # A plural group: only the examples it names ("Amazon-backed startups such as
        # Lumora"), not a name listed after it ("X-backed ventures and startup Y").
        markers = load_cues().words("list_markers") | {"as"}
        return [
            o
            for p in children(head, {"prep"})
            if p.lower_ in markers
            for o in children(p, {"pobj"})
        ]
    return [head]


@role("between")
def _between(tok: Token) -> list[Token]:
    """The objects of "between" or "among" on the trigger (both sides of a pair), or on
    the verb it is the subject of ("competition is heating up between A and B")."""
    found = prep_objects(tok, {"between", "among"})
    if (
        not found
        and tok.dep_ == "nsubj"
        and tok.head.pos_ == "VERB"
        and not children(tok.head, {"dobj"})
    ):
        found = prep_objects(tok.head, {"between", "among"})
    return found


@role("hyphen_pair")
def _hyphen_pair(tok: Token) -> list[Token]:
    """Two names joined by a hyphen before the trigger: "the OpenAI-Google rivalry"."""
    doc = tok.doc
    start = tok.left_edge.i
    words = doc[start : tok.i]
    hyphens = [t for t in words if t.text in {"-", "–", "/"}]
    if len(hyphens) != 1:
        return []
    h = hyphens[0]
    left = [t for t in words if t.i < h.i and t.pos_ == "PROPN"]
    right = [t for t in words if t.i > h.i and t.pos_ == "PROPN"]
    if not left or not right or left[-1].i != h.i - 1 or right[0].i != h.i + 1:
        return []
    return [left[-1], right[0]]


@role("dominance_owner")
def _dominance_owner(tok: Token) -> list[Token]:
    """Whose lead or grip a verb goes after: "gunning for Nvidia's crown", "chip away at
    Nvidia's lead" (a named owner, not a pronoun)."""
    nouns = load_cues().words("dominance_nouns")
    found = [
        o
        for p in children(tok, {"prep"})
        for o in children(p, {"pobj"})
        if o.lemma_.lower() in nouns
    ] + [o for o in children(tok, {"dobj"}) if o.lemma_.lower() in nouns]
    for prt in children(tok, {"prt"}):
        found += [
            o
            for p in children(prt, {"prep"})
            for o in children(p, {"pobj"})
            if o.lemma_.lower() in nouns
        ]
    # ("the dominance of Google": the owner hung on "of".)
    owners = [
        possessor_of(o)
        or [w for p in children(o, {"prep"}) if p.lower_ == "of" for w in children(p, {"pobj"})]
        for o in found
    ]
    return [w for ws in owners for w in ws if w.pos_ != "PRON"]


@role("own_host_or_subj")
def _own_host_or_subject(tok: Token) -> list[Token]:
    """The integrating party when the host is unnamed but its own ('into its products')."""
    for host in [tok, *children(tok, {"dobj"})]:
        for p in children(host, {"prep"}):
            if p.lower_ in {"into", "to", "in"}:
                for o in children(p, {"pobj"}):
                    if any(c.dep_ == "poss" for c in kids(o)) or o.lemma_ in {"family", "line"}:
                        return logical_subject(tok)
    return []


@role("object_verb_subj")
def _object_verb_subj(tok: Token) -> list[Token]:
    """The doer of the clause whose object a participle describes: "OpenAI will deploy data
    centers using AMD's chips" (OpenAI)."""
    if tok.dep_ not in {"acl", "xcomp"} or tok.tag_ != "VBG":
        return []
    noun = tok.head
    if noun.pos_ == "VERB" and noun.dep_ == "acl":
        noun = noun.head
    for _ in range(2):
        # ("makes chips for data centres using Arm's designs", "deploy data centers
        # totaling 2 gigawatts using X": past the phrase the participle hangs on.)
        past = noun.dep_ == "pobj" or (noun.dep_ == "dobj" and noun.head.dep_ == "acl")
        if past and noun.head.head.pos_ == "NOUN":
            noun = noun.head.head
    if noun.pos_ != "NOUN" or noun.dep_ != "dobj" or noun.ent_type_:
        return []
    return logical_subject(noun.head)


@role("for_owner")
def _for_owner(tok: Token) -> list[Token]:
    """The owner of an unnamed thing something is supplied for: "supply memory chips for
    Lumora's data centers" (Lumora)."""
    return _unnamed_pobj_owners([tok, *children(tok, {"dobj"})], "for")


@role("into_owner")
def _into_owner(tok: Token) -> list[Token]:
    """The owner of an unnamed host something goes into: "Qwen's integration into
    Nimbus's phones" (Nimbus)."""
    return _unnamed_pobj_owners([tok], "into")


def _unnamed_pobj_owners(hosts: list[Token], prep: str) -> list[Token]:
    """The possessors of the common nouns that ``prep`` on one of ``hosts`` takes."""
    return [
        w
        for host in hosts
        for p in children(host, {"prep"})
        if p.lower_ == prep
        for o in children(p, {"pobj"})
        if o.pos_ == "NOUN"
        for w in possessor_of(o)
    ]


@role("with_host")
def _with_host(tok: Token) -> list[Token]:
    """'ship with Google's Gemini Nano model built in': what the model is built into."""
    noun = tok.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "with":
        verb = noun.head.head
        return children(verb, {"dobj"}) or logical_subject(verb)
    return []


@role("shared_obj")
def _shared_obj(tok: Token) -> list[Token]:
    """The object a verb shares with the verb coordinated after it ("build and test X")."""
    if children(tok, {"dobj"}):
        return []
    return [o for c in children(tok, {"conj"}) if c.pos_ == "VERB" for o in children(c, {"dobj"})]


#: Verbs that move someone up to a post ("promoted to CEO").
_PROMOTING = frozenset({"promote", "elevate", "appoint", "name", "move", "raise"})

#: Verbs of taking up a post at an organization ("joined Zeta as CEO").
_JOINING = frozenset({"join", "rejoin"})


@role("joined")
def _joined(tok: Token) -> list[Token]:
    """The organization joined in a post ("Sam Ortiz joined Zeta as CEO": Zeta)."""
    if (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "as"
        and tok.head.head.lemma_.lower() in _JOINING
        # (Not "joined Zeta as CEO of Zeta Cloud": the post names its own organization.)
        and not any(p.lower_ in {"of", "at"} for p in children(tok, {"prep"}))
    ):
        return children(tok.head.head, {"dobj"})
    return []


#: Verbs that say what the subject has something as ("Zeta counts X as a backer").
_HAVING_AS = frozenset({"count", "list", "have", "name", "cite", "boast", "claim"})


@role("appointer")
def _appointer(tok: Token) -> list[Token]:
    """Who appoints someone to the post the trigger names ("Cohere hired Martin Kon as
    president", "Zeta named Ann Lee president": Cohere, Zeta)."""
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "as" else tok.head
    if tok.dep_ not in {"pobj", "oprd"} or verb.lemma_.lower() not in load_cues().words(
        "appointing_verbs"
    ):
        return []
    return subject_of(verb)


@role("obj_from")
def _obj_from(tok: Token) -> list[Token]:
    """Whom the thing bought comes from, said on the object ("buying billions of dollars of
    chips from Broadcom": Broadcom)."""
    out: list[Token] = []
    for obj in children(tok, {"dobj"}):
        cur = obj
        for _ in range(3):
            out += prep_objects(cur, {"from"})
            ofs = [
                o
                for p in children(cur, {"prep"})
                if p.lower_ == "of"
                for o in children(p, {"pobj"})
            ]
            if out or not ofs:
                break
            cur = ofs[0]
    return out


@role("with_among")
def _with_among(tok: Token) -> list[Token]:
    """The names "with" lists before "among" the trigger ("closed a round, with Microsoft
    and Nvidia among the participants": Microsoft, Nvidia)."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "among":
        return []
    return [
        o
        for p in children(tok.head.head, {"prep"})
        if p.lower_ == "with" and p.i < tok.head.i
        for o in children(p, {"pobj"})
    ]


@role("share_owners")
def _share_owners(tok: Token) -> list[Token]:
    """Who owns the shares a participle tells ("51% owned by A and 49% by B": A, B)."""
    found = prep_objects(tok, {"by"}, agent=True)
    for c in kids(tok):
        if c.dep_ == "conj" and c.lower_ in {"%", "percent"}:
            found += [
                o for p in children(c, {"prep"}) if p.lower_ == "by" for o in children(p, {"pobj"})
            ]
    return found


@role("modifier_owner")
def _modifier_owner(tok: Token) -> list[Token]:
    """The owner on the names that modify the trigger ("News Corp's Dow Jones and New York
    Post units": News Corp)."""
    return [
        p
        for c in kids(tok)
        if c.dep_ in {"nmod", "compound"} and c.i < tok.i
        for p in children(c, {"poss"})
    ]


@role("as_holder")
def _as_holder(tok: Token) -> list[Token]:
    """Whose the 'as' noun is ("Zeta counts Nvidia as a backer": Zeta)."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "as":
        return []
    verb = tok.head.head
    if verb.pos_ == "PROPN" and verb.dep_ == "dobj":
        # The parser may hang "as" on the object ("has Accel as an investor").
        verb = verb.head
    if verb.lemma_.lower() in _HAVING_AS and children(verb, {"dobj"}):
        return logical_subject(verb)
    return []


@role("of_with")
def _of_with(tok: Token) -> list[Token]:
    """'part of a $90 billion pact with A and B': the partners named on what the trigger
    is part of."""
    return [
        o
        for p in children(tok, {"prep"})
        if p.lower_ == "of"
        for n in children(p, {"pobj"})
        for o in prep_objects(n, {"with"})
    ]


@role("speaker_own_org")
def _speaker_own_org(tok: Token) -> list[Token]:
    """For a bare title on a speaker, the company the speaker's words name as owner ("CEO
    Ann Lee says Kestrel's vision is ...": Kestrel), before any company the text told
    earlier."""
    name = tok.head if tok.dep_ == "compound" else tok
    verb = name.head
    if name.dep_ != "nsubj" or verb.lemma_.lower() not in load_cues().words("reporting_verbs"):
        return []
    for clause in children(verb, {"ccomp"}):
        for t in clause.subtree:
            if t.dep_ == "poss" and t.pos_ == "PROPN":
                return [t]
    return []


@role("with_verb_subj")
def _with_verb_subj(tok: Token) -> list[Token]:
    """Whose rivals a group noun after "with", "against" or "behind" names: "keep pace with
    strong rivals like Zeta and Nimbus", "lagging behind competitors like A"
    (the catching-up subject)."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in {"with", "against", "behind"}:
        return []
    verb = prep.head
    if prep.head.dep_ == "prt":
        verb = prep.head.head
    return logical_subject(verb) if verb.pos_ == "VERB" else []


@role("contrast_main_subj")
def _contrast_main_subj(tok: Token) -> list[Token]:
    """Whose rivals a group noun names as the subject of a "while" clause: "While
    rivals like A and B buy their chips, Zeta's own team ..." (Zeta; the main clause's
    subject, or its owner when that is a common noun)."""
    verb = tok.head
    if (
        tok.dep_ != "nsubj"
        or tok.tag_ != "NNS"
        or verb.dep_ != "advcl"
        or not any(c.dep_ == "mark" and c.lower_ in {"while", "whereas"} for c in kids(verb))
    ):
        return []
    out: list[Token] = []
    for subj in children(verb.head, {"nsubj", "nsubjpass"}):
        if subj.pos_ == "PROPN":
            out.append(subj)
        elif subj.pos_ == "NOUN":
            out.extend(p for p in children(subj, {"poss"}) if p.pos_ == "PROPN")
    return out


@role("for_with")
def _for_with(tok: Token) -> list[Token]:
    """'competing for customers with X': the rival hangs on what is competed for (not
    'vying for a partnership with X', where X is the prize's other party)."""
    cues = load_cues()
    pacts = cues.words("pact_nouns") | cues.words("deal_nouns")
    return [
        o
        for p in children(tok, {"prep"})
        if p.lower_ == "for"
        for n in children(p, {"pobj"})
        for q in children(n, {"prep"})
        if q.lower_ == "against" or (q.lower_ == "with" and n.lemma_.lower() not in pacts)
        for o in children(q, {"pobj"})
    ]


@role("like_subj")
def _like_subject(tok: Token) -> list[Token]:
    """'Like its rival X, Zeta sells ...': the subject of the clause the phrase opens."""
    prep = tok.head
    if tok.dep_ == "pobj" and prep.lower_ in {"like", "unlike"} and prep.i < tok.i:
        return logical_subject(prep.head) if prep.head.pos_ in {"VERB", "AUX"} else []
    return []


@role("matrix_subj")
def _matrix_subject(tok: Token) -> list[Token]:
    """Subject of the sentence's main verb ("X raised $N, with Y also taking part")."""
    root = tok.sent.root
    return [s for s in subject_of(root) if s.i != tok.i and s not in subject_of(tok)]


@role("bare_rivals_of")
def _bare_rivals_of(tok: Token) -> list[Token]:
    """Whose rivals a bare plural names: the main clause's subject ("Intel has struggled
    as rivals like AMD and Nvidia captured the market")."""
    if tok.tag_ != "NNS" or any(c.dep_ in {"det", "poss"} for c in kids(tok)):
        return []
    kid_words = {c.lower_ for c in kids(tok)}
    kid_words |= {g.lower_ for c in kids(tok) if c.lower_ == "as" for g in kids(c)}
    if not (
        kid_words & {"like", "including"} or {"such", "as"} <= kid_words or children(tok, {"appos"})
    ):
        return []
    # The nearest clause above with another subject ("Google said it surpasses rivals
    # such as GPT-5": the rivals of "it").
    verb = tok.head
    for _ in range(8):
        if verb.pos_ in {"VERB", "AUX"}:
            found = [
                s
                for s in subject_of(verb)
                if s.i != tok.i
                # ("as competition heats up with rivals like A": whose competition the clause
                # above says.)
                and s.lemma_.lower() not in {"competition", "rivalry", "race", "battle", "war"}
            ]
            if any(s.lower_ in {"which", "that", "who"} for s in found):
                clause = next((v for v in [verb, *verb.ancestors] if v.dep_ == "relcl"), None)
                if tok.dep_ == "dobj" and clause is not None and clause.head.pos_ == "PROPN":
                    # ("Intel, which has struggled to match rivals such as Nvidia": the
                    # rivals the name's own clause takes on.)
                    return [clause.head]
                # "TSMC, which makes chips for competitors like Nvidia": whose competitors is
                # told elsewhere.
                return []
            if found:
                return found
        if verb.head.i == verb.i:
            break
        verb = verb.head
    return []


def _sentences_back(tok: Token, n: int) -> int:
    """Where the sentence ``n`` sentences before ``tok``'s starts (the document's first
    sentence at most)."""
    first = tok.sent.start
    for _ in range(n):
        if first > 0:
            first = tok.doc[first - 1].sent.start
    return first


#: Nouns of a lawsuit, and the verbs of suing, that name a defendant a later "the lawsuit"
#: refers back to.
_SUIT_NOUNS = frozenset({"lawsuit", "suit", "complaint", "action", "case"})


@role("suit_holder")
def _suit_holder(tok: Token) -> list[Token]:
    """``possessor_or_subj`` of a suit, unless the subject settles it (the defendant)."""
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() == "settle" and not possessor_of(tok):
        return []
    if _defendant_in(tok):
        # "Google is a defendant in a suit brought by Yelp": the subject is sued.
        return []
    if not possessor_of(tok) and any(
        children(c, SUBJ_DEPS) for c in children(tok, {"relcl"}) if c.i > tok.i
    ):
        # ("It mirrors the complaint Reddit lodged against Zeta": the clause on the suit
        # names who brought it.)
        return []
    if not possessor_of(tok) and _ruling_on(tok):
        # "Judge X dismissed claims from the class action": the court holds no suit.
        return []
    if not possessor_of(tok) and (
        _acl_agent_role(tok)
        or (tok.dep_ == "dobj" and tok.head.lemma_.lower() in load_cues().words("defending_verbs"))
    ):
        # "Zeta is fighting a suit brought by Nimbus": the subject defends it; the
        # agent brought it.
        return []
    return _possessor_or_subj_role(tok)


def _ruling_on(tok: Token) -> bool:
    """Whether the suit noun is what a court's verb acts on, directly or through the
    claims of it ("dismissed some claims from the class action")."""
    cur = tok
    for _ in range(4):
        if cur.pos_ == "VERB":
            if cur.lemma_.lower() == "revive" and any(
                s.pos_ == "PROPN" for s in children(cur, SUBJ_DEPS)
            ):
                # ("Musk is reviving his lawsuit": a party revives its own suit; a court
                # revives one it had dismissed.)
                return False
            return cur.lemma_.lower() in load_cues().words("ruling_verbs")
        if cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


@role("settler")
def _settler(tok: Token) -> list[Token]:
    """Who settles a suit is its defendant ("Anthropic agreed to pay $1.5 billion to settle
    a class action brought by authors": Anthropic)."""
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() == "settle":
        return subject_of(tok.head)
    return []


@role("suit_against")
def _suit_against(tok: Token) -> list[Token]:
    """Who the suit a plaintiff is in is against ("plaintiffs in the case against X")."""
    found = prep_objects(tok, {"against"})
    for p in children(tok, {"prep"}):
        if p.lower_ == "in":
            for suit in children(p, {"pobj"}):
                if suit.lemma_.lower() in _SUIT_NOUNS:
                    found += prep_objects(suit, {"against"})
    return found


@role("passive_agent")
def _passive_agent(tok: Token) -> list[Token]:
    """The "by" agent of the passive verb the trigger is the subject of ("the lawsuit was
    filed by X")."""
    if tok.dep_ != "nsubjpass":
        return []
    verb = tok.head
    for p in children(verb, {"prep"}):
        for behalf in children(p, {"pobj"}):
            if behalf.lower_ == "behalf":
                # ("filed by a law firm on behalf of X": the firm acts for the plaintiff.)
                return prep_objects(behalf, {"of"})
    return prep_objects(verb, {"by"}, agent=True)


@role("earlier_defendant")
def _earlier_defendant(tok: Token) -> list[Token]:
    """Who "the lawsuit" told in the two sentences before is against ("Two authors sued
    Apple. The class action, filed by A and B, says ...": Apple)."""
    if not any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in kids(tok)):
        return []
    start = tok.sent.start
    accusing = load_cues().words("accusing_verbs")
    for t in reversed(tok.doc[_sentences_back(tok, 2) : start]):
        lemma = t.lemma_.lower()
        found: list[Token] = []
        if t.pos_ == "NOUN" and lemma in _SUIT_NOUNS:
            # ("a lawsuit by artists who accuse X of ...", "a suit accusing X of ...".)
            # ("In a complaint, the papers allege that A and B used ...": whom the clause
            # the accusing verb tells of names.)
            found = prep_objects(t, {"against"}) or [
                o
                for v in t.sent
                if v.i > t.i and v.pos_ == "VERB" and v.lemma_.lower() in accusing
                for o in (
                    logical_object(v)
                    or [s for c in children(v, {"ccomp"}) for s in children(c, SUBJ_DEPS)]
                )
            ]
        elif t.pos_ == "VERB" and lemma == "sue":
            found = children(t, {"dobj"})
        if found:
            return [x for f in found for x in (f, *f.conjuncts)]
    return []


#: Verbs of bringing a suit.
_FILING = frozenset({"file", "bring", "launch", "initiate", "take", "lodge", "mount", "submit"})


@role("earlier_plaintiff")
def _earlier_plaintiff(tok: Token) -> list[Token]:
    """Who brought "the lawsuit" told in the two sentences before ("The RIAA filed a suit
    against two startups. The suit targets A and B": the RIAA)."""
    if not any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in kids(tok)):
        return []
    start = tok.sent.start
    for t in reversed(tok.doc[_sentences_back(tok, 2) : start]):
        lemma = t.lemma_.lower()
        found: list[Token] = []
        if (
            t.pos_ == "NOUN"
            and lemma in _SUIT_NOUNS | {"action"}
            and (prep_objects(t, {"against"}) or t.head.lemma_.lower() in _FILING)
        ):
            # ("X has filed a lawsuit against ...", "X initiated legal action against ...";
            # not "X backed the suit".)
            found = [
                s
                for s in _possessor_or_subj_role(t)
                if s.pos_ in {"PROPN", "NOUN"} and s.dep_ in SUBJ_DEPS | {"poss"}
            ]
        elif t.pos_ == "VERB" and lemma == "sue":
            found = children(t, SUBJ_DEPS)
        if found:
            return [x for f in found for x in (f, *f.conjuncts)]
    return []


#: What companies form together: a venture of their own.
_VENTURE_NOUNS = frozenset({"venture", "alliance", "consortium", "partnership", "company"})


@role("venture_partners")
def _venture_partners(tok: Token) -> list[Token]:
    """Who a venture is formed with ("the Stargate venture, which it formed with OpenAI
    and SoftBank", "formed Stargate with OpenAI"): the objects of "with"."""
    from kg.extract.references import antecedent

    formed = []
    for o in logical_object(tok):
        if o.lower_ in {"which", "that"}:
            o = antecedent(o) or o
        formed.append(o)
    if tok.dep_ == "relcl" and not formed:
        formed.append(tok.head)
    if not any(o.lemma_.lower() in _VENTURE_NOUNS or o.pos_ == "PROPN" for o in formed):
        return []
    return prep_objects(tok, {"with"})


@role("inside_host")
def _inside_host(tok: Token) -> list[Token]:
    """The product something is chosen or used inside ("choose A and B inside its Copilot
    assistant"), also with the phrase hung on the last object listed."""
    preps = {"inside", "within", "in"}
    found = prep_objects(tok, preps)
    for o in children(tok, {"dobj"}):
        for c in o.conjuncts:
            found += [
                x for p in children(c, {"prep"}) if p.lower_ in preps for x in children(p, {"pobj"})
            ]
    return found


@role("formed_venture")
def _formed_venture(tok: Token) -> list[Token]:
    """The named venture a verb forms ("Stargate, the joint venture it formed with A",
    "formed a joint venture, X, with A"): the name the venture noun describes."""
    nouns = [o for o in logical_object(tok) if o.lemma_.lower() in _VENTURE_NOUNS]
    if tok.dep_ in {"relcl", "acl"} and tok.head.lemma_.lower() in _VENTURE_NOUNS:
        nouns.append(tok.head)
    return [
        n
        for noun in nouns
        if any(c.lower_ == "joint" for c in kids(noun))
        for n in _described_named(noun)
        if n.i != noun.i
    ]


@role("place_holder")
def _place_holder(tok: Token) -> list[Token]:
    """Whose place in a contest the trigger is ("strengthening Zeta's position in the race
    against X": Zeta)."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in {"in", "within"}:
        return []
    noun = prep.head
    if noun.lemma_.lower() not in {"position", "place", "standing", "lead", "spot", "role"}:
        return []
    return possessor_of(noun)


@role("holder_of_head")
def _holder_of_head(tok: Token) -> list[Token]:
    """Who has the unnamed thing a participle describes: the subject of the verb it is the
    object of ("JPMorgan rolled out an assistant built on OpenAI's models": JPMorgan)."""
    noun = tok.head
    if tok.dep_ != "acl" or noun.pos_ != "NOUN":
        return []
    if noun.dep_ == "dobj":
        verb = noun.head
    elif noun.dep_ == "pobj" and noun.head.lower_ == "with" and noun.head.head.pos_ == "VERB":
        # "Klarna replaced its agents with an assistant built on OpenAI's models".
        verb = noun.head.head
    else:
        return []
    generic = load_cues().words("non_entities")
    if any(
        c.dep_ in {"compound", "poss", "appos"} and c.pos_ == "PROPN" and c.lower_ not in generic
        for c in kids(noun)
    ):
        # (A name on the thing is its owner or maker; "AI features" names nobody.)
        return []
    return subject_of(verb)


@role("of_owner")
def _of_owner(tok: Token) -> list[Token]:
    """The named owner of what an "of" phrase names ("the sole supplier of Nvidia's chips":
    Nvidia)."""
    return [
        o
        for p in children(tok, {"prep"})
        if p.lower_ == "of"
        for n in children(p, {"pobj"})
        if n.pos_ == "NOUN"
        # (Not when the phrase names the thing itself: "a customer of Nvidia's H100
        # chips" uses the H100.)
        and not any(c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN" for c in kids(n))
        for o in possessor_of(n)
        if o.pos_ == "PROPN"
    ]


@role("bought_owner")
def _bought_owner(tok: Token) -> list[Token]:
    """Whose capacity, chips or services a verb buys, told by name ("will buy all of
    Korvo's spare capacity": Korvo)."""
    cues = load_cues()
    heads, quantifiers = cues.words("spending_heads"), cues.words("quantifier_words")
    objs = list(logical_object(tok))
    objs += [
        n
        for o in objs
        if o.lower_ in quantifiers
        for p in children(o, {"prep"})
        if p.lower_ == "of"
        for n in children(p, {"pobj"})
    ]
    return [
        w
        for o in objs
        if o.pos_ == "NOUN" and o.lower_ in heads
        for w in possessor_of(o)
        if w.pos_ == "PROPN"
    ]


@role("city_modifier")
def _city_modifier(tok: Token) -> list[Token]:
    """A city the reference data knows, named on a company noun ("the Santa Clara
    chipmaker", "a Paris startup"); not a country, state or region ("a US company", "the
    California startup")."""
    gaz = load_gazetteer()
    out: list[Token] = []
    for c in children(tok, {"compound", "nmod"}):
        if c.pos_ != "PROPN" or c.i > tok.i:
            continue
        name = tok.doc[c.left_edge.i : c.i + 1].text
        entry = gaz.get(name)
        if entry is not None and entry.cls == "Location" and entry.kind != "region":
            out.append(c)
    return out


@role("supplied_to")
def _supplied_to(tok: Token) -> list[Token]:
    """Whom a supplier's goods go to, told on the goods ("the main supplier of chips to
    Zeta": Zeta)."""
    return [
        o
        for p in children(tok, {"prep"})
        if p.lower_ == "of"
        for n in children(p, {"pobj"})
        if n.pos_ == "NOUN"
        for q in children(n, {"prep"})
        if q.lower_ in {"to", "for"}
        for o in children(q, {"pobj"})
        if o.pos_ == "PROPN"
    ]


#: Verbs whose subject puts money in a round rather than raising it.
_INVESTING_VERBS = frozenset(
    {"lead", "co-lead", "anchor", "join", "participate", "back", "fund", "invest"}
)


@role("round_owner")
def _round_owner(tok: Token) -> list[Token]:
    """Who raises the round that is the trigger's subject ("a round that included X").

    The round's possessor ("xAI's round"), else the subject of the verb the round
    is the object of ("OpenAI closed a round that ...").
    """
    from kg.extract.references import antecedent

    funding = load_cues().words("funding_nouns")
    for subj in subject_of(tok):
        if subj.lower_ in {"that", "which"}:
            subj = antecedent(subj) or subj
        if subj.lemma_.lower() not in funding and not any(c.lower_ == "series" for c in kids(subj)):
            continue
        # ("a Series C in Mistral that also drew X": the round's own "in".)
        owners = possessor_of(subj) or [
            o
            for p in children(subj, {"prep"})
            if p.lower_ in {"in", "for"}
            for o in children(p, {"pobj"})
        ]
        if owners:
            return owners
        verb = subj.head.head if subj.dep_ == "pobj" else subj.head
        if subj.dep_ in {"dobj", "pobj"} and verb.pos_ == "VERB":
            if verb.lemma_.lower() in _INVESTING_VERBS:
                # "A invested in B, anchoring a Series C that also drew C": who leads or
                # joins a round is no raiser; the company invested in is.
                gov = verb
                for _ in range(3):
                    if gov.dep_ not in {"advcl", "conj", "xcomp"}:
                        break
                    gov = gov.head
                    if prep_objects(gov, {"in", "into"}):
                        return prep_objects(gov, {"in", "into"})
                return []
            if verb.lemma_.lower() == "value" and is_passive(verb):
                # ("Zeta was valued at $2 billion in a round that included X": the company
                # valued.)
                return children(verb, PASS_SUBJ_DEPS)
            return subject_of(verb)
        if subj.dep_ in SUBJ_DEPS and verb.lemma_.lower() == "value":
            # "The round valued Zeta at $9 billion and included A and B".
            return _named_valued(verb)
    return []


@role("obj_owner")
def _obj_owner(tok: Token) -> list[Token]:
    """The owner of an unnamed logical object ("Zeta's data centers are powered by X")."""
    kinds = {w for nouns in load_cues().raw["class_cue_nouns"].values() for w in nouns}
    return [
        o
        for obj in logical_object(tok)
        # ("Nvidia's Blackwell GPUs" with "GPUs" tagged as a name.)
        if obj.pos_ == "NOUN" or obj.lower_ in kinds
        for o in possessor_of(obj)
    ]


@role("subj_owner")
def _subj_owner(tok: Token) -> list[Token]:
    """The owner of an unnamed logical subject ("Nvidia's chips power Zeta's data centers");
    not of another party ("Nvidia's customers use AMD chips")."""
    others = load_cues().words("other_party_nouns")
    subjects = [
        # ("Zeta's search engine, which competes with X": the engine.)
        tok.head if s.lower_ in {"which", "that"} and tok.dep_ == "relcl" else s
        for s in logical_subject(tok)
    ]
    return [
        o
        for subj in subjects
        if subj.pos_ == "NOUN" and subj.lemma_.lower() not in others and subj.lower_ not in others
        # ("Lumora's assistant runs on Azure" with "runs" read as a noun: the owner hangs
        # on the verb the subject is a compound of.)
        for o in possessor_of(subj)
        or (
            [o for o in possessor_of(tok) if o.pos_ != "PRON"]
            if subj.dep_ == "compound" and subj.head == tok
            else []
        )
    ]


#: Verbs for having a computing base ("Zeta operates data centers that run ...").
_OPERATING = frozenset({"operate", "run", "own", "have", "build", "manage"})


def _compute_base(noun: Token) -> bool:
    """Whether a noun names a computing base: "its fleet", "the infrastructure strategy",
    "data centers"."""
    if noun.pos_ != "NOUN":
        return False
    cues = load_cues()
    base = cues.words("compute_base_nouns")
    # ("its infrastructure strategy", not "its infrastructure team".)
    words = [noun]
    if noun.lemma_.lower() in cues.words("compute_base_heads"):
        words += children(noun, {"compound"})
    return any(w.lemma_.lower() in base or w.lower_ in base for w in words) or (
        noun.lemma_.lower() in {"center", "centre"}
        and any(c.lower_ == "data" for c in children(noun, {"compound"}))
    )


@role("compute_owner")
def _compute_owner(tok: Token) -> list[Token]:
    """Whose computing base the clause is about: the owner of a base subject ("Zeta's
    fleet spans TPUs and GPUs"), or who operates the base a relative clause is on ("Zeta
    operates a network of data centers that run Nvidia GPUs")."""
    out: list[Token] = []
    for subj in logical_subject(tok):
        if subj.lower_ in {"which", "that"} and tok.dep_ == "relcl":
            subj = tok.head
        if not _compute_base(subj):
            continue
        owners = possessor_of(subj)
        cur = subj
        for _ in range(6):
            # (Up through the phrases the base is in to the verb of having it.)
            if owners or cur.dep_ not in {"dobj", "pobj", "prep"}:
                break
            cur = cur.head
            if cur.pos_ == "VERB":
                if cur.lemma_.lower() in _OPERATING:
                    owners = subject_of(cur)
                break
        out += owners
    return out


@role("system_holder")
def _system_holder(tok: Token) -> list[Token]:
    """What contains a part: the subject, else the owner of an unnamed system ("Zeta's
    supercomputer contains H100s"). A participle after an object describes the object
    ("revealed its new server, featuring Gaudi3"); a range of the owner's own products
    holds one of them, no part it uses ("its lineup of chips, featuring Gaudi3")."""
    kinds = load_cues().words("kind_of_nouns")
    doc = tok.doc
    if tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.i > 0 and doc[tok.i - 1].text == ",":
        objects = [o for o in children(tok.head, {"dobj"}) if o.i < tok.i]
        if objects:
            obj = objects[-1]
            if obj.lemma_.lower() in kinds:
                return []
            return [obj] if obj.pos_ == "PROPN" else possessor_of(obj)
    subjects = logical_subject(tok)
    if any(s.lemma_.lower() in kinds for s in subjects) or (
        tok.dep_ == "acl" and tok.head.lemma_.lower() in kinds
    ):
        return []
    return subjects or _subj_owner(tok)


@role("inverted_attr")
def _inverted_attr(tok: Token) -> list[Token]:
    """Who does what an -ing clause subject says ("Co-leading the round are A and B"):
    the names the copula equates it with."""
    if tok.dep_ != "csubj" or tok.head.lemma_ != "be":
        return []
    out: list[Token] = []
    for a in children(tok.head, {"attr"}):
        named = (
            [n for n in children(a, {"appos"}) if n.pos_ == "PROPN"] if a.pos_ == "NOUN" else [a]
        )
        out += named or [a]
    return out


@role("poss_described")
def _poss_described(tok: Token) -> list[Token]:
    """The names a possessed noun describes ("its OEM partners Acer, Dell and HP": each is
    the owner's partner, not the others')."""
    if tok.dep_ == "compound" and tok.head.pos_ == "PROPN" and children(tok.head, {"poss"}):
        # ("its OEM partners Acer, Dell and HP", the owner hung on the first name.)
        return [tok.head]
    if not children(tok, {"poss"}):
        return []
    return children(tok, {"appos"})


@role("head_possessor")
def _head_possessor(tok: Token) -> list[Token]:
    """The owner of the name a kind noun modifies ("its OEM partners Acer, ...": its), or
    is set off after ("Zeta's Austin, Texas, headquarters", the noun read as an apposition
    of the place)."""
    if tok.dep_ not in {"compound", "appos"} or tok.head.pos_ != "PROPN":
        return []
    if tok.dep_ == "appos" and tok.i < tok.head.i:
        return []
    return possessor_of(tok.head)


@role("opening_owner")
def _opening_owner(tok: Token) -> list[Token]:
    """The owner of the main clause's subject, for a participle that opens the sentence
    ("Based in Redwood City, its customers include A and B": its, not A and B)."""
    if tok.dep_ not in {"advcl", "prep"} or tok.tag_ != "VBN" or tok.left_edge.i != tok.sent.start:
        return []
    return [
        o
        for subj in children(tok.head, SUBJ_DEPS)
        if subj.pos_ == "NOUN" and subj.i > tok.i
        for o in possessor_of(subj)
    ]


@role("staff_employer")
def _staff_employer(tok: Token) -> list[Token]:
    """The company whose people or lab did it: "developed by Zeta's research lab", "built
    by a team at Zeta", "engineers from Zeta created it"."""
    staff = load_cues().words("staff_nouns") | {"lab", "laboratory", "labs"}
    out: list[Token] = []
    for subj in logical_subject(tok):
        if subj.pos_ != "NOUN" or (subj.lemma_.lower() not in staff and subj.lower_ not in staff):
            continue
        out.extend(possessor_of(subj))
        out.extend(
            o
            for p in children(subj, {"prep"})
            if p.lower_ in {"at", "from"}
            for o in children(p, {"pobj"})
            if o.pos_ == "PROPN"
        )
    return out


@role("obj_named_owner")
def _obj_named_owner(tok: Token) -> list[Token]:
    """``obj_owner`` when named: "licensed Reddit's data" (not "licensed its models to
    X"); a pronoun only with no one licensed to ("paid to license its technology")."""
    to_someone = any(p.lower_ == "to" for p in children(tok, {"prep", "dative"}))
    return [
        o
        for o in _obj_owner(tok)
        if o.pos_ != "PRON"
        or not (
            to_someone
            # ("Zentrix builds its own chips": the doer's own, no one else's.)
            or any(c.lower_ == "own" for c in kids(o.head))
        )
    ]


@role("obj_named_owner_only")
def _obj_named_owner_only(tok: Token) -> list[Token]:
    """``obj_used_owner`` told by name, never by a pronoun ("roll out Nvidia's software",
    not "roll out its chip")."""
    return [o for o in _obj_used_owner(tok) if o.pos_ != "PRON"]


@role("obj_before")
def _obj_before(tok: Token) -> list[Token]:
    """The direct object right before a preposition the parser hung on the verb ("accused
    the company behind the Orbit chatbot of ...": the company)."""
    return [
        o
        for o in children(tok.head, {"dobj"})
        if tok.dep_ == "prep" and o.right_edge.i == tok.i - 1
    ]


@role("facility_owner")
def _facility_owner(tok: Token) -> list[Token]:
    """Whose plant goods are made at ("its chips will be made at Zentrix's new fab in
    Arizona"): the owner of a facility noun the verb's "at" or "in" takes."""
    plants = load_cues().words("facility_nouns")
    return [
        o
        for p in children(tok, {"prep"})
        if p.lower_ in {"at", "in"}
        for n in children(p, {"pobj"})
        if n.lemma_.lower() in plants or n.lower_ in plants
        for o in [*possessor_of(n), *(c for c in children(n, {"compound"}) if c.pos_ == "PROPN")]
    ]


@role("obj_used_owner")
def _obj_used_owner(tok: Token) -> list[Token]:
    """``obj_named_owner`` for a thing used, not money spent ("use its archived content",
    not "deploy its new war chest")."""
    money = load_cues().words("money_nouns")
    objs = {o.i for o in logical_object(tok) if o.lemma_.lower() not in money}
    return [o for o in _obj_named_owner(tok) if o.head.i in objs]


@role("described_named")
def _described_named(tok: Token) -> list[Token]:
    """Like ``described``, but a bare noun ("its new unit") does not stand for itself."""
    edge = tok.left_edge.i
    doc = tok.doc
    if (
        tok.dep_ == "appos"
        and edge >= 2
        and doc[edge - 1].text == "("
        and doc[edge - 2].pos_ == "PROPN"
        and tok.right_edge.i + 1 < len(doc)
        and doc[tok.right_edge.i + 1].text == ")"
    ):
        # "A, B (Nvidia's venture arm), C": a bracket describes the name right before it.
        return [doc[edge - 2]]
    before = tok.doc[edge - 2] if edge >= 2 and tok.doc[edge - 1].text == "," else None
    if (
        tok.dep_ == "appos"
        and before is not None
        and before.pos_ == "NOUN"
        and tok.head.i < before.i
    ):
        # "the Stargate data centre project, a venture between A and B", hung by the parser
        # on a noun further back.
        return [before]
    found = _described(tok)
    if found == [tok]:
        # "Alphabet's Waymo unit": the name on the noun, not the noun (whose possessor
        # is the parent).
        return [c for c in kids(tok) if c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN"]
    return found


@role("sibling_obj")
def _sibling_object(tok: Token) -> list[Token]:
    """'unveiled Stargate on Tuesday, a joint venture': the verb's other object."""
    if tok.dep_ != "dobj":
        return []
    return [c for c in kids(tok.head) if c.dep_ == "dobj" and c.i < tok.i]


# -- the registered roles -----------------------------------------------------


@role("possessor")
def _possessor_role(t: Token) -> list[Token]:
    """The 's possessor of a noun trigger ("Amazon's stake": Amazon)."""
    return possessor_of(t)


@role("subj")
def _subj_role(t: Token) -> list[Token]:
    """The logical subject: the agent of a passive ("backed by X"), else the subject."""
    return logical_subject(t)


@role("obj")
def _obj_role(t: Token) -> list[Token]:
    """The logical object: the subject of a passive, else the direct object."""
    return logical_object(t)


@role("prt_obj")
def _prt_obj(t: Token) -> list[Token]:
    """The object the parser hung on a verb's particle ("vying to take on OpenAI")."""
    return [o for p in children(t, {"prt"}) for o in children(p, {"pobj"})]


@role("out_of")
def _out_of(t: Token) -> list[Token]:
    """The object of "out of" on the trigger ("based out of Paris")."""
    return [
        o
        for p in children(t, {"prep"})
        if p.lower_ == "out"
        for q in children(p, {"prep"})
        if q.lower_ == "of"
        for o in children(q, {"pobj"})
    ]


@role("common_obj")
def _common_obj(t: Token) -> list[Token]:
    """The direct object when it is a common noun ("announced a search engine called X",
    "announced its family of chatbots, X"), not a bare name ("announced X in Siri")."""
    return [o for o in children(t, {"dobj"}) if o.pos_ == "NOUN"]


@role("on_right_after")
def _on_right_after(t: Token) -> list[Token]:
    """The object of an "on" right after the verb, read as a preposition ("wants to take on
    X"), not one past an object ("took a bet on X")."""
    return [
        o
        for p in children(t, {"prep"})
        if p.lower_ == "on" and p.i == t.i + 1
        for o in children(p, {"pobj"})
    ]


@role("obj_comma_name")
def _obj_comma_name(t: Token) -> list[Token]:
    """The name right after a direct object and a comma, which the parser did not hang
    on it ("launched its latest model, Qwen 2.5-Max, on Tuesday"): the object is a
    common noun and the name neither a subject nor followed by a reporting verb."""
    doc = t.doc
    for obj in children(t, {"dobj"}):
        if children(obj, {"appos"}):
            # (The parser hung it: "obj" reads it, with the names listed after it.)
            continue
        found = _comma_name(obj)
        if not found and obj.pos_ == "NOUN" and obj.i + 3 < len(doc):
            # ("launched its first chatbot in China, Kimi": past a place.)
            prep, place = doc[obj.i + 1], doc[obj.i + 2]
            if (
                prep.lower_ in {"in", "across"}
                and place.ent_type_ in {"GPE", "LOC"}
                and place.head.i == prep.i
            ):
                found = _name_after_comma(place, place_ok=True)
        if found:
            return found
    return []


@role("comma_name")
def _comma_name(t: Token) -> list[Token]:
    """The name right after a common noun and a comma, which the parser did not hang on
    it ("for her start-up, Thinking Machines Lab"): the name neither a subject nor
    followed by a reporting verb."""
    return _name_after_comma(t)


def _name_after_comma(t: Token, place_ok: bool = False) -> list[Token]:
    """See :func:`_comma_name`; ``place_ok``: after a place instead of a noun."""
    doc = t.doc
    reporting = load_cues().words("reporting_verbs")
    i = t.i + 1
    if (t.pos_ != "NOUN" and not place_ok) or i + 1 >= len(doc) or doc[i].text != ",":
        return []
    name = doc[i + 1]
    if not name.text[:1].isupper() or name.pos_ != "PROPN" or name.dep_ in SUBJ_DEPS:
        return []
    after = list(doc[name.i : min(len(doc), name.i + 6)])
    rel = next((k for k, w in enumerate(after) if w.lower_ in {"which", "who", "that"}), None)
    if rel is not None:
        # ("Kimi, which claims ...": the clause is the name's own.)
        after = after[:rel]
    if any(w.lemma_.lower() in reporting and w.pos_ == "VERB" for w in after):
        return []
    return [name]


@role("purpose_obj")
def _purpose_obj(t: Token) -> list[Token]:
    """What a purpose clause upgrades: "integrate Gemini to overhaul Siri" (Siri, the
    host product named)."""
    upgrading = load_cues().words("upgrading_verbs")
    return [
        o
        for c in children(t, {"advcl", "xcomp"})
        if c.lemma_.lower() in upgrading
        for o in children(c, {"dobj"})
    ]


@role("agent")
def _agent_role(t: Token) -> list[Token]:
    """The object of a "by" phrase on the trigger ("a model built by X")."""
    return prep_objects(t, {"by"}, agent=True)


def _built_in_with_have(tok: Token) -> tuple[list[Token], list[Token]]:
    """(holder, held) of "X has Y built in", read from the three parses the model gives:
    "has" as the auxiliary of "built" with two subjects, "built" as a clause under "has",
    or "built" hung on the last thing "has" holds."""
    if not any(c.lower_ in {"in", "into"} and not children(c, {"pobj"}) for c in kids(tok)):
        return [], []
    subjects = sorted(children(tok, {"nsubj"}), key=lambda t: t.i)
    if any(c.dep_ == "aux" and c.lemma_ == "have" for c in kids(tok)) and len(subjects) == 2:
        return [subjects[0]], [subjects[1]]
    if tok.dep_ in {"ccomp", "xcomp", "oprd"} and tok.head.lemma_ == "have":
        held = subjects or children(tok.head, {"dobj"})
        return children(tok.head, {"nsubj"}), held
    if tok.dep_ == "acl":
        # ("has A and B built in" with "built" hung on the last thing held.)
        first = tok.head
        while first.dep_ == "conj":
            first = first.head
        if first.dep_ == "dobj" and first.head.lemma_ == "have":
            return children(first.head, {"nsubj"}), [first, *first.conjuncts]
    return [], []


@role("have_holder")
def _have_holder(tok: Token) -> list[Token]:
    """The host of "X has Y built in": X."""
    return _built_in_with_have(tok)[0]


@role("have_held")
def _have_held(tok: Token) -> list[Token]:
    """What "X has Y built in" builds in: Y."""
    return _built_in_with_have(tok)[1]


@role("agent_against")
def _agent_against(t: Token) -> list[Token]:
    """The object of an "against" the parser hung on the "by" phrase's name ("the suit was
    filed by A, B and C against Zeta")."""
    return [
        o
        for a in prep_objects(t, {"by"}, agent=True)
        for x in (a, *a.conjuncts)
        for o in prep_objects(x, {"against"})
    ]


@role("acl_agent")
def _acl_agent_role(t: Token) -> list[Token]:
    """The "by" agent of a participle on a noun trigger ("the lawsuit, filed by X")."""
    return [a for acl in children(t, {"acl"}) for a in prep_objects(acl, {"by"}, agent=True)]


@role("dobj")
def _dobj_role(t: Token) -> list[Token]:
    """The trigger's direct objects as parsed (no voice normalisation)."""
    return children(t, {"dobj"})


@role("title_appos_name")
def _title_appos_name(t: Token) -> list[Token]:
    """A name set off by a comma after a title that is itself an apposition, as a
    signature writes it ("Dana Reyes, CEO, Quillon, said": Quillon)."""
    if t.dep_ != "appos":
        return []
    return [
        a
        for a in children(t, {"appos"})
        if a.pos_ == "PROPN" and a.i > t.i and t.doc[a.left_edge.i - 1].text == ","
    ]


@role("dobj_name")
def _dobj_name_role(t: Token) -> list[Token]:
    """A direct object that is itself a name ("will supply Lumora"), not a noun names
    modify ("supply Zentrix GPUs")."""
    return [o for o in children(t, {"dobj"}) if o.pos_ == "PROPN"]


@role("pobj")
def _pobj_role(t: Token) -> list[Token]:
    """The object of a preposition that is itself the trigger ("between")."""
    return children(t, {"pobj"})


@role("listed_group_owner")
def _listed_group_owner(tok: Token) -> list[Token]:
    """Whose group a titled name is listed from: "Windsurf's top leadership, including CEO
    Varun Mohan" (Windsurf), "executives of Zeta such as chief executive X" (Zeta)."""
    name = tok
    while name.dep_ in {"compound", "amod", "nmod"} and name.head.i > name.i:
        name = name.head
    while name.dep_ == "conj" and name.head.i < name.i:
        # ("including co-founder and CEO X": the titles listed together.)
        name = name.head
    marker = name.head
    if name.dep_ != "pobj" or not (
        marker.lower_ in {"including", "like"}
        or (marker.lower_ == "as" and any(c.lower_ == "such" for c in kids(marker)))
    ):
        return []
    group = marker.head
    doc = tok.doc
    if (
        group.pos_ in {"VERB", "AUX"}
        and marker.i >= 2
        and doc[marker.i - 1].text == ","
        and doc[marker.i - 2].pos_ == "NOUN"
        and doc[marker.i - 2].head.i != marker.i
    ):
        # ("hired much of Lumora's leadership, including co-founder X", the list hung on
        # the verb: the group right before it.)
        group = doc[marker.i - 2]
    came_from: list[Token] = []
    if group.pos_ in {"VERB", "AUX"}:
        # ("hired key staff from startup X, including co-founder Y": the verb's object is
        # the group, and where it came from its company.)
        came_from = [
            o
            for p in children(group, {"prep"})
            if p.lower_ == "from"
            for o in children(p, {"pobj"})
        ]
        group = next(iter(children(group, {"dobj"})), group)
    if group.pos_ == "PROPN":
        # ("staff from startup Lumora, including co-founder X", the list hung on the name:
        # its people.)
        return [group]
    if group.pos_ != "NOUN":
        return []
    # ("several key Groq executives, including founder X": the company the group is named
    # by.)
    named_by = [c for c in kids(group) if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return (
        possessor_of(group)
        or named_by
        or [
            o
            for p in children(group, {"prep"})
            if p.lower_ in {"of", "at", "from"}
            for o in children(p, {"pobj"})
        ]
        or came_from
    )


@role("assets_of")
def _assets_of(tok: Token) -> list[Token]:
    """Whose assets or business are bought: "acquire assets from Humane", "buy the
    business of X"."""

    def bought_whole(d: Token) -> bool:
        # ("the rest of Windsurf", "the remaining parts of X": what was left of it.)
        word = d.lemma_.lower()
        if word in {"rest", "remainder", "remains"}:
            return True
        return word in {"part", "parts"} and any(a.lower_ == "remaining" for a in kids(d))

    return [
        o
        for d in children(tok, {"dobj", "nsubjpass"})
        if (
            d.lemma_.lower()
            in {"asset", "assets", "business", "businesses", "operation", "operations"}
            or bought_whole(d)
        )
        and (d.dep_ == "dobj" or is_passive(tok))
        and not children(d, {"poss"})
        for p in (*children(d, {"prep"}), *children(tok, {"prep"}))
        if p.lower_ in {"from", "of"}
        for o in children(p, {"pobj"})
    ]


@role("named_defendant")
def _named_defendant(tok: Token) -> list[Token]:
    """Whom a suit names or targets: "The suit, filed by Getty, names Stability AI as a
    defendant", "the complaint targets OpenAI"."""
    naming = {"name", "target", "list", "accuse"}
    if tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.lemma_.lower() in naming:
        return children(tok.head, {"dobj"})
    # ("The suit, filed by X, names Y as a defendant" with "names" read as a plural noun
    # set beside the suit.)
    return [
        o
        for v in children(tok, {"appos"})
        if v.tag_ == "NNS" and v.lemma_.lower() in naming and v.i > tok.i
        for o in children(v, {"appos", "dobj", "compound"})
        if o.i > v.i
    ]


@role("into_obj")
def _into_obj(tok: Token) -> list[Token]:
    """Who is brought into the trigger: "locks Brixo into a closer partnership with
    X", "draws Zeta into a rivalry" (the verb's object, not its subject)."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "into" or tok.head.head.pos_ != "VERB":
        return []
    return children(tok.head.head, {"dobj"})


@role("pobj_named")
def _pobj_named_role(t: Token) -> list[Token]:
    """``pobj``, but not a common noun the names stand beside ("behind the ChatGPT app",
    not "behind the discounters Lidl and Kaufland", which are companies)."""
    return [o for o in children(t, {"pobj"}) if not (o.pos_ == "NOUN" and children(o, {"appos"}))]


@role("self")
def _self_role(t: Token) -> list[Token]:
    """The trigger word itself (a name that is its own argument)."""
    return [t]


@role("poss_or_compound")
def _poss_or_compound_role(t: Token) -> list[Token]:
    """A possessive, compound or nmod word on the trigger ("OpenAI CEO", "OpenAI's CEO").

    A coordinated trigger shares its first conjunct's words.
    """
    cues = load_cues()
    titles = cues.titles()
    found = [
        # ("its Chief Executive X": a capitalised title word is no owner.)
        c
        for c in children(t, {"poss", "compound", "nmod"})
        or (children(t.head, {"poss", "compound", "nmod"}) if t.dep_ == "conj" else [])
        if c.lower_ not in titles
    ]
    if not found and t.dep_ == "compound":
        # "OpenAI's CEO Sam Altman" with the possessive hung on the name after the title
        # (also a company's name: "Informatica chief executive Amit Walia").
        found = [c for c in children(t.head, {"poss"}) if c.i < t.i] or [
            c for c in children(t.head, {"compound", "nmod"}) if c.i < t.i and c.pos_ == "PROPN"
        ]
    # "Anthropic CEO Dario Amodei" with the name read as an adjective of the title (also
    # before another adjective: "Salesforce chief executive", "Salesforce" tagged JJ).
    return found or [
        c
        for c in children(t, {"amod"})
        if c.i < t.i
        and (c.pos_ == "PROPN" or c.is_title or c.is_upper)
        and all(w.dep_ == "amod" and w.head.i == t.i for w in t.doc[c.i : t.i])
    ]


@role("poss_or_compound_whole")
def _poss_or_compound_whole_role(t: Token) -> list[Token]:
    """``poss_or_compound``, unless an "of" phrase says what part is led.

    "Nvidia's head of automotive" heads a part of Nvidia, not Nvidia.
    """
    nxt = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in kids(t)) or (
        nxt is not None and nxt.lower_ == "of"
    ):
        return []
    found = _poss_or_compound_role(t)
    owners = [c for c in found if c.dep_ == "poss"]
    parts = [c for c in found if c.dep_ in {"compound", "nmod"} and c.pos_ == "PROPN"]
    if owners and parts and all(p.i > o.i for p in parts for o in owners):
        # "Vexo's Zeta Cloud head", "Lumora's Helix head": the named part is led.
        return parts
    return found


@role("name_modifier")
def _name_modifier_role(t: Token) -> list[Token]:
    """A capitalised word before the trigger that modifies it, whatever the tagger made of
    it ("Amazon's Anthropic investment", with "Anthropic" read as an adjective)."""
    return [
        c
        for c in kids(t)
        if c.dep_ in {"compound", "nmod", "amod"} and c.i < t.i and c.text[:1].isupper()
    ]


@role("one_deal_name_modifier")
def _one_deal_name_modifier(t: Token) -> list[Token]:
    """``name_modifier`` of a noun that tells one deal: "the Zeta acquisition", not "limits
    on Nimbus purchases" (many buys of what Nimbus sells)."""
    return [] if t.tag_ == "NNS" else _name_modifier_role(t)


@role("compound")
def _compound_role(t: Token) -> list[Token]:
    """A compound or nmod word on the trigger, never a possessive ("a ChatGPT competitor"
    with the name read as an adjective counts too)."""
    return [
        c
        for c in kids(t)
        if c.dep_ in {"compound", "nmod"}
        or (c.dep_ == "amod" and c.i < t.i and c.text[:1].isupper() and c.pos_ == "ADJ")
    ]


@role("head_name_before")
def _head_name_before_role(t: Token) -> list[Token]:
    """A name on the trigger's head before the trigger, for a modifier ("Vexo rival
    Lumora": whose rival the name is)."""
    if t.dep_ not in {"compound", "amod", "nmod"} or t.head.i < t.i:
        return []
    return [
        c
        for c in kids(t.head)
        if c.i < t.i and c.dep_ in {"compound", "nmod", "amod"} and c.pos_ == "PROPN"
    ]


#: Nouns of a deal between parties (not of one party's act, as "move" or "plan" are).
_DEAL_NOUNS = frozenset(
    {
        "partnership",
        "deal",
        "agreement",
        "collaboration",
        "alliance",
        "contract",
        "pact",
        "tie-up",
        "venture",
        "merger",
        "transaction",
    }
)


@role("possessor_or_subj")
def _possessor_or_subj_role(t: Token) -> list[Token]:
    """Who holds a nominal relation: its possessor, else the subject of its verb; a
    subject that is a company's investing vehicle ("OpenAI's startup fund made an
    investment") stands for the company."""
    found = possessor_or_subject(t)
    cues = load_cues()
    vehicles = cues.words("vehicle_nouns")
    out: list[Token] = []
    for f in found:
        if f.i != t.i and f.pos_ == "NOUN" and f.lemma_.lower() in _DEAL_NOUNS:
            # ("The Zeta alliance will add to its current partnerships with A and B":
            # a deal as the subject holds no other deal; its own parties are not A's.)
            continue
        owners = possessor_of(f) if f.pos_ == "NOUN" and f.lemma_.lower() in vehicles else []
        if not owners and f.pos_ == "NOUN" and f.lemma_.lower() in cues.words("plan_nouns"):
            # ("Tesla's plan would set up competition with X": whose plan it is.)
            owners = possessor_of(f)
        out.extend(owners or [f])
    return out


@role("head_described")
def _head_described_role(t: Token) -> list[Token]:
    """``described`` of the trigger's head (of the whole noun phrase when the head is
    itself a modifier: "the San Francisco-based artificial intelligence (AI) research
    organization")."""
    if t.head.i == t.i:
        return []
    head = t.head
    for _ in range(3):
        if head.dep_ in {"nmod", "compound"} and head.head.pos_ == "NOUN":
            head = head.head
        else:
            break
    if (
        head.tag_ == "NNS"
        and head.pos_ == "NOUN"
        and head.text[:1].islower()
        and head.dep_ in {"pobj", "conj", "dobj"}
    ):
        # ("players such as X-backed ventures and Y": a plural group describes no one name.)
        return []
    return _described(head)


@role("head_subj")
def _head_subj_role(t: Token) -> list[Token]:
    """``subj`` of the trigger's head."""
    return logical_subject(attached_head(t)) if t.head.i != t.i else []


@role("head_possessor_or_subj")
def _head_possessor_or_subj_role(t: Token) -> list[Token]:
    """``possessor_or_subj`` of the trigger's head; for a round an investor's verb holds
    ("A invested in B as part of a round led by C"), the company invested in."""
    if t.head.i == t.i:
        return []
    head = attached_head(t)
    if head.lemma_.lower() in load_cues().words("funding_nouns") and not possessor_of(head):
        verb = head.head
        for _ in range(3):
            if verb.pos_ == "VERB" or verb.head.i == verb.i:
                break
            verb = verb.head
        if verb.lemma_.lower() in _INVESTING_VERBS:
            invested = prep_objects(verb, {"in", "into"})
            if invested:
                return invested
    if head.dep_ == "compound" and not possessor_of(head) and possessor_of(head.head):
        # ("its backed startup Vexo": the possessive is on the name the noun stands before.)
        head = head.head
    if head.dep_ == "appos" and not possessor_of(head):
        # ("a contract with X, the parent company of A and B": a noun set off on a name
        # describes that name; the clause's subject holds no part in it.)
        return []
    return possessor_or_subject(head)


@role("head_dative")
def _head_dative_role(t: Token) -> list[Token]:
    """The indirect object of the trigger's verb ("giving OpenAI access": OpenAI), the
    trigger being what is given (not the giver: "the investment gave it a stake")."""
    if t.head.i == t.i or t.dep_ in SUBJ_DEPS:
        return []
    return children(t.head, {"dative"})


@role("head_obj")
def _head_obj_role(t: Token) -> list[Token]:
    """``obj`` of the trigger's head ("use Gemini to power Siri": Gemini, for 'power')."""
    return logical_object(t.head) if t.head.i != t.i else []


@role("head_round")
def _head_round_role(t: Token) -> list[Token]:
    """``head_obj`` when it is a round ("The round was led by A and joined by B"; not "the
    panel was led by A and joined by B")."""
    funding = load_cues().words("funding_nouns") | {"investment", "financing"}
    return [
        o
        for o in _head_obj_role(t)
        if o.lemma_.lower() in funding or any(c.lower_ == "series" for c in kids(o))
    ]


def _governing_verb(t: Token) -> Token | None:
    """The verb a noun hangs on through its preposition ("taken X to court": taken)."""
    cur = t
    for _ in range(3):
        if cur.head.i == cur.i:
            return None
        cur = cur.head
        if cur.pos_ in {"VERB", "AUX"}:
            return cur
    return None


@role("portfolio_member")
def _portfolio_member(t: Token) -> list[Token]:
    """The company a portfolio holds: the subject of the copula the phrase hangs on
    ("X is one of the startups in Zeta's portfolio"), or the object of the verb that put
    it there ("Zeta added X to its portfolio")."""
    cur = t
    for _ in range(6):
        if cur.head.i == cur.i:
            return []
        cur = cur.head
        if cur.pos_ in {"VERB", "AUX"}:
            if cur.lemma_.lower() == "be":
                return logical_subject(cur)
            return children(cur, {"dobj"})
        if cur.dep_ not in {"prep", "pobj", "attr"}:
            return []
    return []


@role("verb_subj")
def _verb_subj_role(t: Token) -> list[Token]:
    """``subj`` of the verb the trigger's phrase hangs on ("Reddit took X to court")."""
    verb = _governing_verb(t)
    # ("hired X to run a new unit": the unit is the hirer's.)
    return logical_subject(verb, object_control=False) if verb is not None else []


@role("goods_user")
def _goods_user(t: Token) -> list[Token]:
    """Who works with goods a participle says were rented or bought ("Zeta trains its
    models on thousands of chips rented from X": Zeta), through the goods' phrase."""
    cur = t.head
    for _ in range(6):
        if cur.pos_ in {"VERB", "AUX"}:
            return logical_subject(cur, object_control=False)
        if cur.dep_ not in {"pobj", "prep", "dobj", "nsubjpass"} or cur.head.i == cur.i:
            return []
        cur = cur.head
    return []


@role("owner_verb_subj")
def _owner_verb_subj(t: Token) -> list[Token]:
    """``verb_subj`` for a unit's owner ("Alibaba launched a cloud unit"): not when the
    unit has an owner of its own, named or not ("join the search giant's DeepMind
    unit"), nor for one who joins or leaves the unit."""
    if children(t, {"poss"}):
        return []
    verb = _governing_verb(t)
    if verb is None or verb.lemma_.lower() in load_cues().words("unit_movers"):
        return []
    return logical_subject(verb, object_control=False)


@role("verb_obj")
def _verb_obj_role(t: Token) -> list[Token]:
    """``obj`` of the verb the trigger's phrase hangs on ("took Anthropic to court")."""
    verb = _governing_verb(t)
    return logical_object(verb) if verb is not None else []


@role("rolled_out_in")
def _rolled_out_in(tok: Token) -> list[Token]:
    """Where what a verb rolls out goes, said on the thing itself ("rolling out its
    assistant across A and B")."""
    return [
        o
        for t in children(tok, {"dobj"})
        for p in children(t, {"prep"})
        if p.lower_ in {"across", "in", "into", "inside", "within", "to"}
        for o in children(p, {"pobj"})
    ]


@role("rolled_out")
def _rolled_out(tok: Token) -> list[Token]:
    """What rolls out when the verb has no object: its subject, also through a verb it
    completes ("The assistant is beginning to roll out across A")."""
    if children(tok, {"dobj"}):
        return []
    verb = tok.head if tok.dep_ == "xcomp" else tok
    return subject_of(verb)


@role("oprd_name")
def _oprd_name(tok: Token) -> list[Token]:
    """The name a passive naming verb gives its subject ("its model is called Nimbus")."""
    if not is_passive(tok):
        return []
    return children(tok, {"oprd", "attr", "xcomp"})


@role("named_owner")
def _named_owner(tok: Token) -> list[Token]:
    """The owner of what a passive naming verb names ("Zeta's newest model is called
    Nimbus": Zeta)."""
    if not is_passive(tok):
        return []
    return [o for s in children(tok, PASS_SUBJ_DEPS) if s.pos_ == "NOUN" for o in possessor_of(s)]


@role("earlier_release_maker")
def _earlier_release_maker(tok: Token) -> list[Token]:
    """Who released the unnamed product a naming verb now names ("Zeta released a new model
    on Tuesday. The model, called Nimbus, ...": Zeta), from the two sentences before."""
    from kg.extract.rules import load_rules

    if tok.dep_ == "acl":
        nouns = [tok.head]
    elif is_passive(tok):
        nouns = children(tok, PASS_SUBJ_DEPS)
    else:
        return []
    noun = next((n for n in nouns if n.pos_ == "NOUN"), None)
    if noun is None or possessor_of(noun):
        return []
    if not any(c.dep_ == "det" and c.lower_ in {"the", "this"} for c in kids(noun)):
        return []
    rules = load_rules().by_lemma
    doc = tok.doc
    start = _sentences_back(tok, 2)
    for t in reversed(doc[start : tok.sent.start]):
        if t.lemma_ != noun.lemma_ or t.dep_ not in {"dobj", "nsubjpass"}:
            continue
        if not any(
            c.dep_ in {"det", "poss"} and c.lower_ in {"a", "an", "its", "their"} for c in kids(t)
        ):
            continue
        verb = t.head
        if verb.pos_ == "VERB" and any(
            r.relation == "develops" and "VERB" in r.pos for r in rules.get(verb.lemma_.lower(), ())
        ):
            return logical_subject(verb)
        return []
    return []


@role("placed_in")
def _placed_in(tok: Token) -> list[Token]:
    """Who is put into a state: "the move places Vextant in direct competition with X"."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "in":
        return []
    verb = tok.head.head
    if verb.lemma_.lower() not in {"place", "put", "pit", "thrust", "set", "bring", "land"}:
        return []
    return children(verb, {"dobj"})


def _accusing_verb(tok: Token) -> Token | None:
    """The accusing verb the trigger's phrase hangs on, through a few phrases ("accused Y
    of stealing secrets in a lawsuit": accused)."""
    accusing = load_cues().words("accusing_verbs")
    cur = tok
    for _ in range(5):
        if cur.head.i == cur.i:
            break
        cur = cur.head
        if cur.pos_ in {"VERB", "AUX"} and cur.lemma_.lower() in accusing:
            return cur
    # ("X says in its lawsuit that Y copied ...": what the suit itself says accuses.)
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "in" else None
    if verb is not None and verb.lemma_.lower() in {"say", "state", "write"}:
        return verb
    return None


@role("accused")
def _accused(tok: Token) -> list[Token]:
    """Who an accusing verb names ("X accused Y of ... in a lawsuit": Y; "in a complaint,
    X alleges that Y copied ...": Y)."""
    verb = _accusing_verb(tok)
    if verb is None:
        return []
    # ("alleged Zeta's models were trained on ...": the owner of what the clause is about.)
    told = [
        o
        for c in children(verb, {"ccomp"})
        for s in children(c, {"nsubj", "nsubjpass"})
        for o in (possessor_of(s) if s.pos_ == "NOUN" and s.text.islower() else []) or [s]
    ]
    return (
        logical_object(verb)
        or told
        # ("alleged in a complaint that X scraped ...": the clause hung on the complaint.)
        or [
            s
            for c in children(tok, {"relcl", "acl"})
            if any(m.dep_ == "mark" and m.lower_ == "that" for m in kids(c))
            for s in children(c, {"nsubj"})
        ]
    )


@role("accuser")
def _accuser(tok: Token) -> list[Token]:
    """Who accuses, when an accusing verb names someone ("X accused Y ... in a lawsuit": X)."""
    verb = _accusing_verb(tok)
    if verb is None or not _accused(tok):
        return []
    return _subj_role(verb)


@role("defendant_in")
def _defendant_in(tok: Token) -> list[Token]:
    """Who is a defendant in the suit ("Google is a defendant in a suit brought by Yelp")."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "in":
        return []
    noun = tok.head.head
    if noun.pos_ == "VERB":
        # ("X has been named as a defendant in a lawsuit against Y": the phrase hung on
        # the verb that names X so.)
        for p in children(noun, {"prep"}):
            if p.lower_ == "as" and any(
                o.lemma_.lower() in {"defendant", "target"} for o in children(p, {"pobj"})
            ):
                return children(noun, PASS_SUBJ_DEPS) or children(noun, {"dobj"})
        return []
    if noun.lemma_.lower() not in {"defendant", "target"}:
        return []
    return _described(noun)


@role("head_clause_subj")
def _head_clause_subj(tok: Token) -> list[Token]:
    """The subject of what the trigger's verb says ("the suit alleges that Y copied": Y)."""
    return [s for c in children(tok.head, {"ccomp"}) for s in subject_of(c)]


@role("attr_prep_in")
def _attr_prep_in(tok: Token) -> list[Token]:
    """The place a copula puts the subject in ("whose headquarters are in Austin")."""
    if tok.dep_ not in SUBJ_DEPS or tok.head.lemma_ != "be":
        return []
    return [
        o for p in children(tok.head, {"prep"}) if p.lower_ == "in" for o in children(p, {"pobj"})
    ]


@role("verb_dative")
def _verb_dative_role(t: Token) -> list[Token]:
    """The indirect object of the verb the trigger's phrase hangs on ("pay X ... in fees")."""
    verb = _governing_verb(t)
    return children(verb, {"dative"}) if verb is not None else []


@role("acl_obj")
def _acl_obj_role(t: Token) -> list[Token]:
    """The object of a participle on a noun trigger ("a lawsuit accusing Apple of ...")."""
    found = [o for acl in children(t, {"acl"}) for o in logical_object(acl) if o.i != t.i]
    if not found:
        # "the lawsuit filed by X, a news agency, against Y": "against" hung on the filer.
        found = [
            o
            for acl in children(t, {"acl"})
            for a in prep_objects(acl, {"by"}, agent=True)
            for p in children(a, {"prep"})
            if p.lower_ == "against"
            for o in children(p, {"pobj"})
        ]
    if not found and t.dep_ == "dobj":
        # "filed a lawsuit on Monday accusing Apple of ...": the participle hung on the verb.
        accusing = load_cues().words("accusing_verbs")
        found = [
            o
            for adv in children(t.head, {"advcl"})
            if adv.tag_ == "VBG" and adv.i > t.i and adv.lemma_.lower() in accusing
            for o in logical_object(adv)
        ]
    return found


#: How far back (in tokens) a definite "the round" looks for the round it names.
ROUND_LOOKBACK = 400


@role("round_company")
def _round_company(tok: Token) -> list[Token]:
    """The company raising a round named near the trigger: the round's own "in X",
    "for X" or possessor; for a definite "this/that/the round" with none, the company
    of the round it points back to ("X raised $5M in a seed round. Nvidia
    participated in that round too").

    Going back, the nearest earlier funding word outside the trigger's sentence
    decides: the subject of a raising verb, a round's "in/for X" or possessor, the
    subject of the raising verb a round is the object of, or what a round "valued";
    a round whose company none of these gives ("Accel led the round") ends the
    search with nothing.
    """
    funding = load_cues().words("funding_nouns")
    # ("joined Zeta's Series B round": the round the verb takes.)
    near = [
        g for c in kids(tok) if c.dep_ in {"prep", "relcl", "dobj", *SUBJ_DEPS} for g in c.subtree
    ]
    both = SUBJ_DEPS | PASS_SUBJ_DEPS
    if tok.dep_ == "conj" and not any(c.dep_ in both for c in kids(tok)):
        # "The financing was led by A, and was also participated by B": the subject shared.
        near += [g for c in kids(tok.head) if c.dep_ in both for g in c.subtree]
    if tok.dep_ in {"acl", "relcl", "amod", "compound"}:
        # "a round led by A valued X at ...", "the Sequoia-led round valued X at ...".
        near.append(tok.head)
    if tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.head.pos_ == "VERB":
        # "The round is led by A, with participation from B": the round the verb tells of.
        near += [g for c in kids(tok.head.head) if c.dep_ in both for g in c.subtree]
        if tok.head.head.dep_ == "relcl":
            # ("A led the round, which valued X at ..., with participation from B": hung on
            # the clause about the round.)
            near.append(tok.head.head.head)
    doc = tok.doc
    if tok.dep_ == "advcl" and tok.i >= 2 and doc[tok.i - 1].text == ",":
        # "valued at $9 billion after its newest round, led by Pinecrest": the parser
        # hung the participle on the verb; the round is the noun before the comma.
        near.append(doc[tok.i - 2])
    # (The tagger may read "round" as an adverb: "in Zeta's $6 billion funding round".)
    rounds = [
        n
        for n in near
        if (
            n.lemma_.lower() in funding
            and (n.pos_ == "NOUN" or n.dep_ in {"pobj", "dobj", *SUBJ_DEPS})
        )
        # ("participated in Zeta's Series B": a round told by its label alone.)
        or (
            n.dep_ in {"pobj", "dobj"}
            and any(c.dep_ == "compound" and c.lower_ == "series" for c in kids(n))
        )
    ]
    # "will lead the round, which could value X at ...": the round the trigger leads
    # (also one told by its label: "led Zeta's Series B"; and in the passive: "Zeta's
    # Series B was led by A", "the investment in Zeta was led by A").
    rounds += [
        o
        for o in children(tok, {"dobj", "nsubjpass"})
        if (
            (o.lemma_.lower() in funding and o.pos_ == "NOUN")
            or any(c.lower_ == "series" for c in kids(o))
            or (o.dep_ == "nsubjpass" and o.lemma_.lower() == "investment")
        )
        and o not in rounds
    ]
    for n in rounds:
        # ("Elon Musk's xAI $6 billion funding round": the company named on the round,
        # not its owner's owner.)
        # (Not the round's own label: "Zeta's Series B round".)
        named = [
            c
            for c in children(n, {"compound", "nmod"})
            if c.pos_ == "PROPN"
            and c.i < n.i
            and c.lower_ != "series"
            and not any(g.lower_ == "series" for g in kids(c))
        ]
        owners = possessor_of(n)
        if not (
            any(children(c, {"poss"}) for c in named)
            or (owners and all(o.ent_type_ == "PERSON" for o in owners))
        ):
            named = []
        # ("the seed round of X": a name after "of", not "a round of funding".)
        named_of = [o for o in prep_objects(n, {"of"}) if o.pos_ == "PROPN"]
        own = prep_objects(n, {"in", "for"}) or named_of or named or owners
        if not own and n.dep_ in SUBJ_DEPS and n.head.lemma_.lower() == "value":
            own = _named_valued(n.head)
        after = n.right_edge.i + 1
        while not own and after < len(n.doc) and n.doc[after].text == ",":
            after += 1
        if not own and after < len(n.doc) and n.doc[after].lemma_.lower() == "value":
            # ("This round, led by A, values Mistral at ..." with the verb read as a noun.)
            own = _named_valued(n.doc[after])
        if not own:
            own = [
                o
                for c in children(n, {"relcl", "acl"})
                if c.lemma_.lower() == "value"
                for o in _named_valued(c)
            ]
        if own:
            return own
    verb = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "with" else tok
    if not rounds and any(o.lower_ == "it" for o in children(verb, {"nsubjpass"})):
        # "X secured $300 million in Series B funding. It was led by A, with support from
        # B": "it" is the round the sentence before told of.
        return earlier_round_owner(verb, verb.sent.start - _sentences_back(verb, 1))
    pointing = [
        n
        for n in rounds
        if any(d.dep_ == "det" and d.lower_ in {"the", "this", "that"} for d in kids(n))
        # (A round the passive names with no owner of its own is left to the story of the
        # round: "The Series C would be led by A".)
        and not (n.dep_ == "nsubjpass" and n.head.i == tok.i)
    ]
    if not pointing:
        return []
    return earlier_round_owner(tok)


@role("earlier_round_company")
def _earlier_round_company(tok: Token) -> list[Token]:
    """The company of the round told just before, for a bare "participated" ("X raised
    $5M in a seed round. Sony and NTT also participated")."""
    if any(
        c.dep_ in {"dobj", "prep", "xcomp", "ccomp"}
        and c.lower_ not in {"according", "through", "via", "alongside"}
        for c in kids(tok)
    ):
        # (A source cited is no part of what was joined: "participated, according to X";
        # nor the way money went in: "participated through their venture arms".)
        return []
    # Only the sentence just before: a round told further back is another story (unless
    # that sentence goes on about the round: "X raised $30 million. The round was led by
    # A. B and C also participated").
    found = earlier_round_owner(tok, tok.sent.start - _sentences_back(tok, 1))
    if not found and tok.sent.start > 0:
        before = tok.doc[tok.sent.start - 1].sent
        cues = load_cues()
        if any(
            t.lemma_.lower() in cues.words("funding_nouns")
            or t.lemma_.lower() in {"investor", "backer", "lead", "investment", "participant"}
            for t in before
        ):
            found = earlier_round_owner(tok, tok.sent.start - _sentences_back(tok, 3))
    return found


@role("round_company_told")
def _round_company_told(tok: Token) -> list[Token]:
    """The company of the nearest round told before the trigger's sentence, for a bare
    share of it ("X is raising $600 million. ... A is investing $90 million")."""
    return earlier_round_owner(tok)


@role("recent_round_company")
def _recent_round_company(tok: Token) -> list[Token]:
    """The company of a round told in the two sentences before ("X raised $2 billion.
    Greenoaks led the round. A and B are also investors")."""
    start = tok.sent.start
    first = _sentences_back(tok, 2)
    return earlier_round_owner(tok, start - first) if first < start else []


def earlier_round_owner(tok: Token, lookback: int = ROUND_LOOKBACK) -> list[Token]:
    """Going back from the trigger's sentence, the company of the nearest earlier round."""
    cues = load_cues()
    funding = cues.words("funding_nouns")
    raising = cues.words("raising_verbs") | {"announce", "complete"}
    start = tok.sent.start
    for t in reversed(tok.doc[max(0, start - lookback) : start]):
        lemma = t.lemma_.lower()
        owners: list[Token] = []
        if lemma in raising and t.pos_ == "VERB":
            if any(w.lower_ == "respectively" for w in t.subtree):
                # ("Its rivals A and B have raised $850 million and $370 million,
                # respectively": others' rounds, told for comparison.)
                continue
            owners = subject_of(t)
        elif lemma == "investment" and t.pos_ == "NOUN":
            # ("A's planned investment in Zeta ... The syndicate includes B": the company
            # the investment is in; one naming none goes on back.)
            owners = [o for o in prep_objects(t, {"in", "into"}) if o.pos_ == "PROPN"]
        elif lemma in funding and (t.pos_ == "NOUN" or t.dep_ in {"pobj", "dobj"}):
            if t.dep_ == "compound" and t.head.lemma_.lower() in funding:
                # ("funding" in "funding round": the round tells.)
                continue
            # "a round in Zephyr", "Zephyr's round", "Zephyr closed a round",
            # "a round ... valued Zephyr at": not "Accel led the round" (the investor).
            owners = [
                o
                # ("the largest round for Chinese developers": no one company.)
                for o in prep_objects(t, {"in", "for"}) or possessor_of(t)
                if o.pos_ in {"PROPN", "PRON"}
                or o.ent_type_ == "ORG"
                # ("the startup's earlier seed round": a description of one.)
                or (
                    o.dep_ == "poss"
                    and o.pos_ == "NOUN"
                    and any(d.dep_ == "det" and d.lower_ == "the" for d in kids(o))
                )
            ]
            verb = t.head
            for _ in range(3):
                if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
                    break
                verb = verb.head
            if not owners and t.dep_ in {"dobj", "pobj"} and verb.lemma_.lower() in raising:
                # "raised $4 billion in Series D funding".
                owners = subject_of(verb)
            if (
                not owners
                and t.dep_ in {"dobj", "pobj"}
                and verb.lemma_.lower() in cues.words("round_owner_verbs")
            ):
                # "Zeta is wrapping up (the terms of) a new funding round": the one raising it.
                owners = subject_of(verb)
            if not owners and t.dep_ in SUBJ_DEPS and t.head.lemma_.lower() == "value":
                owners = _named_valued(t.head)
            if not owners and t.dep_ == "pobj" and verb.lemma_.lower() == "value":
                # "The company is now valued at $39 billion after a round led by X".
                owners = children(verb, PASS_SUBJ_DEPS)
            if not owners and t.dep_ == "dobj":
                # "A spearheaded the round, valuing Zeta at $2 billion": what the round
                # valued.
                owners = [
                    o
                    for c in children(verb, {"advcl", "xcomp", "conj"})
                    if c.lemma_.lower() == "value" and c.i > t.i
                    for o in _named_valued(c)
                ]
            # ("The new round positions X as ..." with the verb read as a
            # noun: the article on the word the round was hung on.)
            marked = t.head if t.dep_ == "compound" else t
            if not owners and (
                any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in kids(t))
                or any(
                    c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in kids(marked)
                )
                or (t.tag_ == "NN" and lemma != "round" and not children(t, {"det", "poss"}))
            ):
                # "Greenoaks led the round", "the first to break news of the new round", "the
                # $500 million in new funding": the round told before; go on back to it.
                continue
            if not owners:
                # A round whose company this cannot tell stops the search.
                return []
        if owners:
            return owners
    return []


@role("chain_org")
def _chain_org(tok: Token) -> list[Token]:
    """The name before a chain of titles the trigger ends ("Zeta chief scientist and
    co-founder Dana Reyes": Zeta), when the parser hangs it on the first title."""
    doc = tok.doc
    i = tok.i - 1
    joined = False
    while i >= max(tok.sent.start, tok.i - 6):
        t = doc[i]
        if t.lower_ in {"and", "&"}:
            joined = True
        elif t.pos_ == "PROPN" or (t.pos_ not in {"NOUN", "ADJ"} and t.text[:1].isupper()):
            if not joined:
                return []
            # ("Zeta chairman Omar Lee and CEO Ana Ruiz": a titled name before the "and";
            # the organization is the one before that name's title.)
            titles = load_cues().titles()
            j = i
            while (
                j > tok.sent.start
                and doc[j - 1].pos_ == "PROPN"
                and doc[j - 1].lower_ not in titles
            ):
                j -= 1
            k = j - 1
            if k >= tok.sent.start and doc[k].lower_ in titles:
                while k > tok.sent.start and doc[k].lower_ in titles:
                    k -= 1
                if doc[k].pos_ == "PROPN" and doc[k].lower_ not in titles:
                    return [doc[k]]
            return [t]
        elif t.pos_ not in {"NOUN", "ADJ"}:
            return []
        i -= 1
    first = doc[i + 1]
    if joined and first.is_sent_start and first.text[:1].isupper() and first.i < tok.i:
        # ("Mellanox founder and CEO X" with the name, first in its sentence, read as an
        # adjective: whether it is a name is for the caller to tell.)
        return [first]
    return []


@role("under_subj")
def _under_subj(tok: Token) -> list[Token]:
    """What a titled person leads in "Under CEO X, the company has ...": the clause's subject."""
    n = tok
    while n.dep_ in {"compound", "amod"} and n.head.i != n.i:
        n = n.head
    if n.dep_ == "pobj" and n.head.lower_ == "under" and n.head.head.pos_ in {"VERB", "AUX"}:
        return subject_of(n.head.head)
    return []


@role("board_owner")
def _board_owner(tok: Token) -> list[Token]:
    """Whose board a chair chairs: "chairman of Lumora's board", "chair of the board of
    Lumora"."""
    out: list[Token] = []
    for board in prep_objects(tok, {"of"}):
        if board.lemma_.lower() != "board":
            continue
        out += possessor_of(board) or prep_objects(board, {"of", "at"})
    return out


def _org_then_name(tok: Token) -> tuple[Token, Token] | None:
    """("CEO of Nvidia Jensen Huang visited ...": the company and the person read as one
    name after "of", the company's words as the person's compounds.)"""
    titles = [tok, *([tok.head] if tok.dep_ == "conj" else []), *tok.conjuncts]
    for p in [p for t in titles for p in children(t, {"prep"})]:
        if p.lower_ != "of":
            continue
        for name in children(p, {"pobj"}):
            words = [c for c in kids(name) if c.dep_ == "compound" and c.pos_ == "PROPN"]
            if (
                len(words) >= 2
                and name.ent_type_ == "PERSON"
                and words[0].ent_type_ in {"ORG", "GPE", ""}
                and words[0].ent_type_ != name.ent_type_
            ):
                return words[0], name
    return None


@role("of_name_after_org")
def _of_name_after_org(tok: Token) -> list[Token]:
    """The person in "CEO of Nvidia Jensen Huang" (see :func:`_org_then_name`)."""
    found = _org_then_name(tok)
    return [found[1]] if found else []


@role("of_org_before_name")
def _of_org_before_name(tok: Token) -> list[Token]:
    """The company in "CEO of Nvidia Jensen Huang" (see :func:`_org_then_name`)."""
    found = _org_then_name(tok)
    return [found[0]] if found else []


@role("clause_subject_after_list")
def _clause_subject_after_list(tok: Token) -> list[Token]:
    """The clause's subject that the parser listed with the names a noun is of or between:
    "A joint venture between A, B and C, Lumora launched ...": Lumora."""
    return [
        c
        for p in children(tok, {"prep"})
        for o in children(p, {"pobj"})
        for c in o.conjuncts
        if listed_clause_subject(c)
    ]


@role("amid_clause_subj")
def _amid_clause_subj(tok: Token) -> list[Token]:
    """Who faces what an "amid" phrase names: "X has stumbled amid (intensifying)
    competition from Y": the subject of the clause the phrase hangs on."""
    prep = tok.head
    if tok.dep_ == "dobj" and prep.tag_ == "VBG" and prep.dep_ == "pcomp":
        prep = prep.head
    elif tok.dep_ != "pobj":
        return []
    if prep.lower_ not in {"amid", "amidst"} or prep.head.pos_ not in {"VERB", "AUX"}:
        return []
    return subject_of(prep.head)


@role("with_raiser")
def _with_raiser(tok: Token) -> list[Token]:
    """Who raised the money in "X raised $5M, with A leading and B participating": the
    subject of the raising verb the "with" phrase hangs on."""
    cur = tok
    while cur.dep_ == "conj" and cur.head.i != cur.i:
        cur = cur.head
    start = _with_list_start(tok)
    if start is not None:
        verb = tok.doc[start].head
    elif cur.dep_ not in {"pcomp", "pobj"} or cur.head.lower_ != "with":
        return []
    else:
        verb = cur.head.head
    for _ in range(3):
        if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
            break
        verb = verb.head
    raising = load_cues().words("raising_verbs") | {"close", "secure", "land", "complete"}
    return subject_of(verb) if verb.lemma_.lower() in raising else []


def _with_list_start(tok: Token) -> int | None:
    """Where the "with" stands that opens a list of names ending right before the trigger,
    when the parser cut the list from it ("..., with A, B and C also contributing": "A"
    left on "with", the rest made the subject of "contributing")."""
    # (The tagger may read the participle as a noun: "with A and B co-investing".)
    if tok.dep_ not in {"advcl", "conj", "acl"} or not tok.lower_.endswith("ing"):
        return None
    doc = tok.doc
    k = tok.i - 1
    names = 0
    while k > tok.sent.start:
        t = doc[k]
        if t.lower_ == "with":
            return k if names else None
        if t.pos_ == "PROPN":
            names += 1
        elif not (t.text in {",", "&"} or t.lower_ in {"and", "also", "too"}):
            return None
        k -= 1
    return None


@role("with_list")
def _with_list(tok: Token) -> list[Token]:
    """The names of a "with" list the parser cut from it (see ``_with_list_start``)."""
    start = _with_list_start(tok)
    if start is None:
        return []
    span = range(start + 1, tok.i)
    return [
        t
        for t in tok.doc[start + 1 : tok.i]
        if t.pos_ == "PROPN" and not (t.dep_ in {"compound", "flat"} and t.head.i in span)
    ]


@role("with_partner")
def _with_partner(tok: Token) -> list[Token]:
    """The objects of "with" on the trigger, not an absolute phrase ("developing a chip, with
    Meta lined up as a customer")."""
    out = []
    for o in prep_objects(tok, {"with"}):
        k = o.head.i - 1
        while k > 0 and o.doc[k].pos_ == "ADV":
            k -= 1
        if o.doc[k].text == "," or any(
            c.dep_ == "acl"
            and c.tag_ in {"VBN", "VBG"}
            and c.lemma_.lower() not in {"base", "headquarter", "found"}
            for c in kids(o)
        ):
            continue
        out.append(o)
    return out


@role("joined_with")
def _joined_with(tok: Token) -> list[Token]:
    """Who someone joins to do the trigger: "X teamed up (joined forces) with Y to found Z"."""
    if tok.dep_ not in {"xcomp", "advcl"} or tok.i < tok.head.i or tok.tag_ == "VBN":
        # ("Founded in 2019, X has partnered with Y": an opening participle says what X
        # is, not what X and Y did together.)
        return []
    verb = tok.head
    joint = load_cues().words("joint_action_verbs") | {"join", "unite", "pair", "link"}
    # "has united forces with Y": the parser may read the verb as a modifier of "forces",
    # which then carries the "with".
    forces = [
        f
        for f in children(verb, {"dobj"})
        if f.lower_ == "forces" and any(a.lemma_.lower() in joint for a in kids(f))
    ]
    if verb.lemma_.lower() not in joint and not forces:
        return []
    return [
        o
        for h in (verb, *forces)
        for p in children(h, {"prep"})
        if p.lower_ == "with"
        for o in children(p, {"pobj"})
    ]


@role("investor_group")
def _investor_group(tok: Token) -> list[Token]:
    """Investors a company brings in: "roped in funds like A and B", "attracted investors
    such as A" (the group noun, whose listed names the resolver reads)."""
    groups = {"investor", "backer", "fund", "vc", "vcs", "financier"}
    found = [o for o in children(tok, {"dobj"}) if o.lemma_.lower() in groups]
    found += [
        o
        for p in children(tok, {"prep"})
        if p.lower_ == "in"
        for o in children(p, {"pobj"})
        if o.lemma_.lower() in groups
    ]
    return found


@role("as_what")
def _as_what(tok: Token) -> list[Token]:
    """What an "as" noun says something is: "turning to Vextant as an alternative to X",
    "sees Vextant as a rival" (the verb's object, or the object of its "to")."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "as":
        return []
    verb = tok.head.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return []
    funding = load_cues().words("funding_nouns")
    found = [
        o
        for o in children(verb, {"dobj"})
        if o.lower_ not in {"itself", "themselves"} and o.lemma_.lower() not in funding
    ]
    if children(verb, {"dobj"}) and not found:
        # "Trainium positions itself as a cheaper alternative", "X joined the round as an
        # investor": the subject.
        return logical_subject(verb)
    if not found:
        found = [
            o
            for p in children(verb, {"prep"})
            if p.lower_ == "to" and p.i < tok.head.i
            for o in children(p, {"pobj"})
        ]
    if not found:
        # "Orbit has emerged as a strong competitor to X", "is positioned as a challenger".
        found = logical_subject(verb)
    return found


@role("as_to")
def _as_to(tok: Token) -> list[Token]:
    """The "to" object the parser hung on the verb after an "as" noun: "has emerged as a
    strong competitor to X"."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "as":
        return []
    verb = tok.head.head
    return [
        o
        for p in children(verb, {"prep"})
        if p.lower_ == "to" and p.i > tok.i
        for o in children(p, {"pobj"})
    ]


@role("dative")
def _dative_role(t: Token) -> list[Token]:
    """The indirect object of the trigger ("pay Oracle $30 billion": Oracle)."""
    return children(t, {"dative"})


@role("chips_maker")
def _chips_maker(tok: Token) -> list[Token]:
    """The company named on chips that are the verb's object ("bought Nvidia GPUs",
    "ordered thousands of AMD chips"): the maker, not a product name."""
    chips = {"chip", "gpu", "processor", "accelerator", "superchip", "server", "card"}
    objects = logical_object(tok) + children(tok, {"dative"})
    counts = {"thousand", "hundred", "million", "dozen"}
    objects += [
        o
        for x in objects
        if x.like_num or x.lemma_.lower() in counts
        for p in children(x, {"prep"})
        for o in children(p, {"pobj"})
    ]
    return [
        c
        for o in objects
        if o.lemma_.lower() in chips
        or o.lower_.rstrip("s") in chips
        # ("12,000 Nvidia graphics processing units".)
        or (o.lemma_.lower() == "unit" and any(k.lower_ == "processing" for k in kids(o)))
        for c in kids(o)
        if c.dep_ in {"compound", "nmod", "poss"} and c.pos_ == "PROPN"
    ]


@role("to_rival_obj")
def _to_rival_obj(tok: Token) -> list[Token]:
    """What was made "to rival" a name the parser read as "to" + adjective: "launched Orbit
    to rival ChatGPT" (Orbit)."""
    named = tok.head
    if named.dep_ != "pobj" or named.head.lower_ != "to":
        return []
    verb = named.head.head
    return children(verb, {"dobj"}) if verb.pos_ == "VERB" else []


@role("as_chooser")
def _as_chooser(tok: Token) -> list[Token]:
    """Who takes someone on as the trigger ("Zeta tapped X as a partner": Zeta)."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "as":
        return []
    verb = tok.head.head
    taken = children(verb, {"dobj"})
    if verb.pos_ != "VERB" or not taken or taken[0].lower_ in REFLEXIVE:
        # ("X positions itself as an alternative": no one else takes X on.)
        return []
    return subject_of(verb)


def _named_valued(verb: Token) -> list[Token]:
    """What a round "valued", when named: "the company" beside a lead investor in the
    same clause is not read (its nearest antecedent would be the investor)."""
    doc = verb.doc
    nxt = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    # ("values Mistral at 2 billion euros" with the name read as an adverb: the name right
    # after the verb, before its "at".)
    misread = (
        [nxt]
        if nxt is not None
        and nxt.head.i == verb.i
        and nxt.dep_ in {"advmod", "npadvmod", "dep", "appos"}
        and nxt.pos_ in {"PROPN", "ADV", "NOUN"}
        and nxt.text[:1].isupper()
        and nxt.i + 1 < len(doc)
        and doc[nxt.i + 1].lower_ == "at"
        else []
    )
    return [
        o
        for o in children(verb, {"dobj"})
        if o.pos_ == "PROPN" or (o.pos_ == "NOUN" and o.text[:1].isupper() and o.i > o.sent.start)
    ] or misread


@role("away_from")
def _away_from(tok: Token) -> list[Token]:
    """The "from" of "away from" on the trigger's head ("win customers away from X")."""
    return [
        o
        for adv in children(tok.head, {"advmod"})
        if adv.lower_ == "away"
        for o in prep_objects(adv, {"from"})
    ]


@role("to_owner")
def _to_owner(tok: Token) -> list[Token]:
    """The owner of an unnamed "to" object ("a challenger to X's dominance": X; "a rival
    to accelerators from X and Y": X and Y)."""
    owners: list[Token] = []
    for o in prep_objects(tok, {"to"}):
        if o.pos_ != "NOUN":
            continue
        owners += [p for p in possessor_of(o) if p.pos_ == "PROPN"]
        owners += [m for m in prep_objects(o, {"from"}) if m.pos_ == "PROPN"]
    return owners


@role("clause_subj")
def _clause_subj(tok: Token) -> list[Token]:
    """The subject of the clause the trigger introduces ("A alleges that B copied ...": B)."""
    return [s for c in children(tok, {"ccomp"}) for s in children(c, SUBJ_DEPS)]


@role("deal_for_subj")
def _deal_for_subj(tok: Token) -> list[Token]:
    """Who signs the deal, or pays, the trigger is what for ("A signed a deal for
    computing capacity from B": A)."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ != "for":
        return []
    deal = prep.head
    contracts = load_cues().words("contract_nouns")
    if deal.pos_ == "NUM" and deal.dep_ == "dobj":
        # ("pay B $3 billion for access": the sum paid.)
        deal = deal.head
    if deal.pos_ == "VERB" and (
        deal.lemma_.lower() == "pay"
        or any(d.lemma_.lower() in contracts for d in children(deal, {"dobj"}))
    ):
        # ("A will pay B $3 billion for access to its chips", "A signed a contract with B
        # for access to ...", with "for" hung on the verb.)
        return logical_subject(deal)
    if deal.lemma_.lower() not in contracts or deal.dep_ != "dobj":
        return []
    return logical_subject(deal.head)


@role("left_for_rival")
def _left_for_rival(tok: Token) -> list[Token]:
    """The employer someone left for the rival named ("He left OpenAI for rival Anthropic",
    "quit OpenAI to join rival Anthropic": OpenAI)."""
    named = tok.head
    if tok.dep_ not in {"amod", "compound"} or named.pos_ != "PROPN":
        return []
    verb = named.head.head if named.dep_ == "pobj" and named.head.lower_ == "for" else None
    if named.dep_ == "dobj" and named.head.dep_ in {"xcomp", "advcl"}:
        verb = named.head.head
    if verb is None or verb.lemma_.lower() not in load_cues().words("leaving_verbs"):
        return []
    return children(verb, {"dobj"})


@role("governing_party")
def _governing_party(tok: Token) -> list[Token]:
    """The other party of the clause a purpose hangs on ("A is investing in B to jointly
    build ...": B), through the verb the trigger modifies."""
    verb = tok.head
    if verb.dep_ not in {"xcomp", "advcl"} or verb.head.pos_ != "VERB":
        return []
    if verb.tag_ == "VBN" and children(verb, {"agent"}):
        # ("..., developed jointly by A and B": the agents are the parties, and what the
        # sentence goes on about is what they made.)
        return []
    gov = verb.head
    return prep_objects(gov, {"in", "with", "into"}) or logical_object(gov)


@role("alongside_target")
def _alongside_target(tok: Token) -> list[Token]:
    """The company invested in, when the parser hangs "alongside B" on it ("A invested in
    X alongside B": X), only under a verb of investing."""
    target = tok.head
    prep = target.head
    if target.dep_ != "pobj" or prep.lower_ not in {"in", "into"}:
        return []
    if prep.head.lemma_.lower() not in {"invest", "participate", "co-invest", "put", "pour"}:
        return []
    return [target]


@role("same_as")
def _same_as(tok: Token) -> list[Token]:
    """Who else is where the trigger is ("competes in the same market as X": X)."""
    return [
        o
        for p in children(tok, {"prep"})
        for n in children(p, {"pobj"})
        if any(a.lower_ == "same" for a in children(n, {"amod"}))
        for o in prep_objects(n, {"as"})
    ]


@role("named_host")
def _named_host(tok: Token) -> list[Token]:
    """The host of an integration ("into Siri", "into the Galaxy S26"), not an unnamed
    one of the integrating party's own ("into its app": see ``own_host_or_subj``);
    "into its mail app and the Orbit assistant" keeps the named one."""

    def own_unnamed(o: Token) -> bool:
        return (
            (o.pos_ == "NOUN" or (o.pos_ == "PROPN" and o.text.islower()))
            and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in kids(o))
            # ("its Foundry platform" is named, and so is "its premium Duolingo Max
            # offering" with the noun read as an apposition.)
            and not any(
                c.dep_ in {"compound", "nmod", "appos"} and c.pos_ == "PROPN"
                for a in (o, *children(o, {"appos"}))
                # ("its Bing search engine": the name on the noun's own modifier.)
                for m in (a, *children(a, {"compound"}))
                for c in kids(m)
            )
        )

    def listed(o: Token) -> list[Token]:
        # ("into its own products, including Bing": the products it names, also with the
        # list hung on the verb.)
        return [
            n
            for g in (o, *o.conjuncts, tok)
            for p in children(g, {"prep"})
            if p.i > o.i
            and (
                p.lower_ in {"including", "like"}
                or (p.lower_ == "as" and any(c.lower_ == "such" for c in kids(p)))
            )
            for x in children(p, {"pobj"})
            for n in (x, *x.conjuncts)
        ]

    out: list[Token] = []
    for o in prep_objects(tok, {"into", "to", "in", "within", "inside", "through"}):
        if o.pos_ == "NOUN" and o.tag_ == "NNS":
            # ("into trucks made by Harmon": the maker of the unnamed products.)
            out.extend(
                a
                for acl in children(o, {"acl"})
                if acl.tag_ == "VBN" and acl.lemma_.lower() in {"make", "build", "manufacture"}
                for a in prep_objects(acl, {"by"}, agent=True)
            )
        if not own_unnamed(o):
            out.append(o)
        else:
            out.extend(c for c in o.conjuncts if c.i > o.i and not own_unnamed(c))
            out.extend(listed(o))
    return out


def _framing_verb(tok: Token) -> Token | None:
    """The verb a deal noun frames when the noun names no parties of its own ("A will
    invest in B under a strategic collaboration", "... as part of the alliance")."""
    if any(p.lower_ in {"with", "between", "among", "of"} for p in children(tok, {"prep"})):
        return None
    prep = tok.head
    if tok.dep_ != "pobj":
        return None
    if prep.lower_ == "of" and prep.head.lower_ == "part" and prep.head.dep_ == "pobj":
        prep = prep.head.head
        if prep.lower_ != "as":
            return None
    elif prep.lower_ not in {"under", "through", "via"}:
        return None
    verb = prep.head
    steps = 0
    while verb.pos_ != "VERB" and verb.dep_ in {"pobj", "dobj", "prep"} and steps < 3:
        # ("supply B with chips under partnerships": the phrase hangs on the verb's object.)
        verb = verb.head
        steps += 1
    return verb if verb.pos_ == "VERB" else None


@role("despite_subj")
def _despite_subj(tok: Token) -> list[Token]:
    """Whom a "despite" or "amid" phrase speaks of: the subject of the clause it hangs on
    ("Despite legal challenges from A, Zeta is growing": Zeta)."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.lower_ not in {"despite", "amid", "amidst"}:
        return []
    return logical_subject(prep.head) if prep.head.pos_ in {"VERB", "AUX"} else []


@role("framing_subj")
def _framing_subj(tok: Token) -> list[Token]:
    """Who acts under a partnership that names no parties: the framed verb's doer."""
    verb = _framing_verb(tok)
    return logical_subject(verb) if verb is not None else []


@role("framing_obj")
def _framing_obj(tok: Token) -> list[Token]:
    """The other party of a partnership that names none: the object of the framed verb's
    "in", "with" or "to" (also on its object: "took a stake in B"), else its named object."""
    verb = _framing_verb(tok)
    if verb is None:
        return []
    for v in (verb, *children(verb, {"xcomp"})):
        # ("A agreed to supply B with chips, under partnerships ...": the agreed act's party.)
        named = [o for o in logical_object(v) if o.pos_ == "PROPN"]
        joined = prep_objects(v, {"in", "into", "with", "to"})
        # ("supply B with chips under a partnership": the named object, not what is supplied.)
        found = [o for o in joined if o.pos_ == "PROPN"] or named or joined
        if found:
            return found
    return []


@role("joined_in_round")
def _joined_in_round(tok: Token) -> list[Token]:
    """Those a newcomer joins in a round ("A would join B and C in the round"): investors
    in it too."""
    funding = load_cues().words("funding_nouns")
    in_round = any(
        o.lemma_.lower() in funding or any(c.lower_ == "series" for c in kids(o))
        for p in children(tok, {"prep"})
        if p.lower_ in {"in", "on"}
        for o in children(p, {"pobj"})
    )
    return children(tok, {"dobj"}) if in_round else []


@role("sayer_of_bare_investment")
def _sayer_of_bare_investment(tok: Token) -> list[Token]:
    """Who reports an investment that names no target ("Anthropic said Google would
    invest $2 billion"): the company speaking is the one invested in."""
    if any(p.lower_ in {"in", "into"} for p in children(tok, {"prep"})):
        return []
    reporting = load_cues().words("reporting_verbs")
    if tok.dep_ != "ccomp" or tok.head.lemma_.lower() not in reporting:
        return []
    return [s for s in subject_of(tok.head) if s.pos_ == "PROPN"]


@role("name_before")
def _name_before(tok: Token) -> list[Token]:
    """The name right before the trigger, when the parser hung the trigger on the verb
    instead ("runs on GPT-4o from OpenAI": GPT-4o)."""
    if tok.i == 0:
        return []
    before = tok.doc[tok.i - 1]
    return [before] if before.pos_ in {"PROPN", "NUM"} and before.i != tok.head.i else []


@role("portfolio_owner")
def _portfolio_owner(tok: Token) -> list[Token]:
    """The owner of a subject that lists what it makes ("DeepMind's successes have included
    AlphaFold", "Google's products include Gemini")."""
    return _list_owner(tok, load_cues().words("portfolio_nouns"))


def _head_to_head(tok: Token) -> tuple[Token, list[Token]] | None:
    """For the last "head" of "head to head" or "head-to-head": the verb the idiom goes
    with and the idiom's words; else None."""
    doc = tok.doc
    words = [t for t in doc[max(tok.i - 4, 0) : tok.i + 1] if t.text != "-"]
    if tok.lower_ != "head" or [t.lower_ for t in words[-3:]] != ["head", "to", "head"]:
        return None
    idiom = [t for t in doc[words[-3].i : tok.i + 1]]
    verb = tok
    while verb.i != verb.head.i and (verb in idiom or verb.pos_ not in {"VERB", "AUX"}):
        verb = verb.head
    return (
        (verb, idiom)
        if verb.pos_ in {"VERB", "AUX"} and verb not in idiom
        else ((tok, idiom) if tok.pos_ == "VERB" else None)
    )


@role("head_to_head_subj")
def _head_to_head_subj(tok: Token) -> list[Token]:
    """Who goes "head to head" (or "head-to-head") with someone: the subject of the verb
    the idiom goes with ("Zeta is going head to head with Korvo": Zeta)."""
    found = _head_to_head(tok)
    if found is None:
        return []
    verb, idiom = found
    return next((s for s in (subject_of(t) for t in (*idiom[::-1], verb)) if s), [])


@role("head_to_head_obj")
def _head_to_head_obj(tok: Token) -> list[Token]:
    """Whom someone goes "head to head" with: the object of "with" or "against" on the
    idiom or on its verb ("Zeta went head-to-head with Korvo": Korvo)."""
    found = _head_to_head(tok)
    if found is None:
        return []
    verb, idiom = found
    return [
        o
        for t in (*idiom, verb)
        for p in children(t, {"prep"})
        if p.lower_ in {"with", "against"}
        for o in children(p, {"pobj"})
    ]


#: Verbs for bringing out a product ("release a rival to X").
_RELEASE_VERBS = frozenset(
    {"release", "launch", "unveil", "introduce", "debut", "build", "develop", "roll", "ship"}
)


@role("releaser")
def _releaser(tok: Token) -> list[Token]:
    """Who brings out an unnamed product the trigger describes: "Zeta intends to ship a
    rival to Orion" (Zeta), for an indefinite object of a releasing verb."""
    verb = tok.head
    if (
        tok.dep_ != "dobj"
        or verb.lemma_.lower() not in _RELEASE_VERBS
        or not any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in kids(tok))
    ):
        return []
    return logical_subject(verb)


@role("kind_list_owner")
def _kind_list_owner(tok: Token) -> list[Token]:
    """The owner of the goods a list names: "Zeta's tools including Vela", "Zeta products
    such as Vela", "Zeta services like Vela" (Zeta), for the "including", "like" or "such
    as" the list hangs on."""
    low = tok.lower_
    if low not in {"including", "like", "as"} or tok.dep_ != "prep":
        return []
    if low == "as" and not (tok.i > 0 and tok.doc[tok.i - 1].lower_ == "such"):
        return []
    noun = tok.head
    if (
        noun.pos_ != "NOUN"
        or noun.lower_ not in load_cues().words("portfolio_nouns")
        # (A sentence with a noun for its root is misread: "Zeta's platform hosts tools
        # like Vela".)
        or noun.dep_ == "ROOT"
        # ("third-party tools like Vela", "partner apps like Vela": others' goods.)
        or any(
            c.lower_ in {"third", "party", "partner", "outside", "external", "other"}
            for c in noun.subtree
            if c.i < noun.i
        )
    ):
        return []
    return possessor_of(noun) or [
        c for c in children(noun, {"compound", "nmod"}) if c.pos_ == "PROPN" and c.i < noun.i
    ]


@role("holdings_owner")
def _holdings_owner(tok: Token) -> list[Token]:
    """The owner of a subject that lists what it has invested in ("NFDG's portfolio
    includes Coinbase and Figma", "Its investments include Anthropic")."""
    return _list_owner(tok, load_cues().words("holdings_nouns"))


def _list_owner(tok: Token, portfolio: frozenset[str]) -> list[Token]:
    subjects = [
        # ("some of DeepMind's successes": the noun after the quantity.)
        o
        for subj in subject_of(tok)
        for o in (
            [g for p in children(subj, {"prep"}) if p.lower_ == "of" for g in children(p, {"pobj"})]
            if subj.pos_ in {"PRON", "NUM", "DET", "ADJ"}
            else [subj]
        )
    ]
    return [
        o
        for subj in subjects
        if subj.lemma_.lower() in portfolio or subj.lower_ in portfolio
        for o in possessor_of(subj)
    ]


def _shares_in(tok: Token) -> list[Token]:
    """The share words in what a purchase noun buys ("purchase of $2 billion of Intel
    shares", "purchase of a stake in Intel")."""
    words = {"share", "shares", "stock", "stake", "stakes", "equity"}
    return [
        t
        for p in children(tok, {"prep"})
        if p.lower_ == "of"
        for t in p.subtree
        if t.lemma_.lower() in words or t.lower_ in words
    ]


@role("bought_whole")
def _bought_whole(tok: Token) -> list[Token]:
    """What a purchase buys, unless it is shares or a stake in it (then it is an
    investment)."""
    return [] if _shares_in(tok) else prep_objects(tok, {"of", "for"})


@role("shares_issuer")
def _shares_issuer(tok: Token) -> list[Token]:
    """Whose shares a purchase buys: the name on the share word or its "in X"."""
    out: list[Token] = []
    for s in _shares_in(tok):
        out += [c for c in kids(s) if c.dep_ in {"compound", "nmod", "poss"} and c.pos_ == "PROPN"]
        out += prep_objects(s, {"in"})
    return out


@role("customer_host")
def _customer_host(tok: Token) -> list[Token]:
    """Who offers something to its customers: the named host whose customers they are
    ("offer Claude to customers of Korvo Cloud", "to Korvo Cloud's users", "through Korvo
    Cloud"), else the subject; nothing when no customers are named."""
    preps = [p for p in kids(tok) if p.dep_ in {"prep", "dative"}]
    kinds = load_cues().words("customer_nouns")
    customers = [
        o
        for p in preps
        if p.lower_ == "to"
        for o in children(p, {"pobj"})
        if o.tag_ == "NNS" and o.lemma_.lower() in kinds
    ]
    if not customers:
        return []
    hosts = [o for p in preps if p.lower_ in {"through", "via"} for o in children(p, {"pobj"})]
    for o in customers:
        hosts += [c for c in possessor_of(o) if c.pos_ == "PROPN"]
        for q in children(o, {"prep"}):
            for host in children(q, {"pobj"}) if q.lower_ == "of" else []:
                # ("... of its cloud platform, Korvo Cloud.", the name hung on the verb.)
                named = [
                    a
                    for a in (*kids(host), *kids(tok))
                    if a.dep_ in {"appos", "npadvmod", "dep"}
                    and a.pos_ == "PROPN"
                    and a.left_edge.i == host.right_edge.i + 2
                    and tok.doc[host.right_edge.i + 1].text == ","
                ]
                hosts += named or [host]
    return hosts or subject_of(tok)


@role("clause_sayer")
def _clause_sayer(tok: Token) -> list[Token]:
    """The named subject of the reporting verb whose clause holds the trigger ("Cohere said
    that Notion has signed on as a customer": Cohere)."""
    reporting = load_cues().words("reporting_verbs")
    cur = tok
    for _ in range(5):
        if cur.dep_ == "ccomp" and cur.head.lemma_.lower() in reporting:
            return [s for s in subject_of(cur.head) if s.pos_ == "PROPN"]
        if cur.head.i == cur.i:
            return []
        cur = cur.head
    return []


#: Verbs telling what a round is made of: the round's company is the one raising.
_MADE_OF = frozenset({"include", "consist", "comprise"})


@role("amount_raiser")
def _amount_raiser(tok: Token) -> list[Token]:
    """The company raising a sum that came "from" an investor: "X raised $1 billion,
    including $100 million from A", "X's round included $100 million from A", "the
    funding consists of $100 million from A" (the trigger is "from")."""
    amount = tok.head
    if tok.dep_ != "prep":
        return []
    if amount.lemma_.lower() in _MADE_OF and any(
        c.ent_type_ == "MONEY" for c in children(amount, {"dobj"})
    ):
        # ("X's round included $100 million from A" with "from" hung on the verb.)
        return _round_company(amount)
    if amount.ent_type_ != "MONEY":
        return []
    up = amount
    for _ in range(5):
        while up.dep_ == "conj" and up.head.i < up.i:
            up = up.head
        if up.dep_ not in {"dobj", "pobj", "prep"} or up.head.i == up.i:
            return []
        up = up.head
        if up.pos_ in {"VERB", "AUX"}:
            lemma = up.lemma_.lower()
            # (The raising verbs, and receiving: "received $1 billion, including ...".)
            if lemma in load_cues().words("raising_verbs") | {"receive", "get"}:
                return subject_of(up)
            if lemma in _MADE_OF and up.dep_ != "prep":
                return _round_company(up)
            if up.dep_ != "prep":
                return []
    return []


@role("one_of")
def _one_of(tok: Token) -> list[Token]:
    """Who is one of the trigger ("Nvidia is one of the backers", "Nvidia, one of the
    investors,"): what the number before "of" describes."""
    if tok.dep_ != "pobj" or tok.head.lower_ != "of" or tok.head.head.pos_ != "NUM":
        return []
    return _described(tok.head.head)


@role("described_own_org")
def _described_own_org(tok: Token) -> list[Token]:
    """For a bare title, the company named in the title-holder's own apposition ("Jason
    Lee, Zeta's strategy chief, will take over as CEO": Zeta), before any company the
    text told earlier."""
    out: list[Token] = []
    ended = load_cues().words("ended_modifiers")
    for person in _described(tok):
        for appos in children(person, {"appos"}):
            if any(c.lower_.rstrip("-") in ended for c in children(appos, {"amod", "advmod"})):
                # ("CEO Ana Ruiz, a former engineer at Zeta": where she worked before.)
                continue
            out += [c for c in children(appos, {"poss"}) if c.pos_ == "PROPN"] or [
                o
                for p in children(appos, {"prep"})
                if p.lower_ in {"at", "of"}
                for o in children(p, {"pobj"})
                if o.pos_ == "PROPN"
            ]
    return out


#: Nouns that stand for a post ("the CEO role", "the position of chief executive").
_POST_NOUNS = frozenset({"role", "position", "post", "job", "seat", "title"})


def _post_noun(tok: Token) -> Token | None:
    """The post noun a title names ("the CEO role", "the role of CEO"), if any."""
    if tok.dep_ in {"compound", "amod"} and tok.head.lemma_.lower() in _POST_NOUNS:
        return tok.head
    if (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "of"
        and tok.head.head.lemma_.lower() in _POST_NOUNS
    ):
        return tok.head.head
    return None


@role("post_holder")
def _post_holder(tok: Token) -> list[Token]:
    """Who takes or holds the post a title names: "X will step into the CEO role", "X
    assumed the role of CEO", "X was named to the CEO post"."""
    post = _post_noun(tok)
    if post is None:
        return []
    verb = post.head
    if post.dep_ == "pobj":
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"}:
        return []
    return logical_subject(verb) or children(verb, PASS_SUBJ_DEPS)


@role("post_org")
def _post_org(tok: Token) -> list[Token]:
    """The company a post is at: "the CEO role at Zeta", "Zeta's CEO role", "the role
    of CEO at Zeta"."""
    post = _post_noun(tok)
    if post is None:
        return []
    preps = children(post, {"prep"})
    if post.dep_ == "dobj":
        # ("took over the CEO role at Zeta" with "at" hung on the verb.)
        preps += [p for p in children(post.head, {"prep"}) if p.i > post.i]
    return [c for c in children(post, {"poss"}) if c.pos_ == "PROPN"] or [
        o
        for p in preps
        if p.lower_ in {"at", "of", "with"}
        for o in children(p, {"pobj"})
        if o.pos_ == "PROPN"
    ]
