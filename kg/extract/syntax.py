"""Moving around a dependency parse: subjects, objects, prepositions, possessors.

Small functions over spaCy tokens that know English voice and attachment
(active and passive, relative clauses, control verbs, light verbs), used by
the argument roles (:mod:`kg.extract.roles`) and the reference resolver.
"""

from __future__ import annotations

from collections.abc import Container
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

SUBJ_DEPS = {"nsubj", "csubj"}
#: Reflexive pronouns: the clause's own subject again.
REFLEXIVE = frozenset({"itself", "themselves", "himself", "herself"})
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


#: Verbs whose object does what their "to" clause says ("hired X to run Y", "allowed X to
#: use Y").
_OBJECT_CONTROL = frozenset(
    {
        "hire",
        "appoint",
        "name",
        "tap",
        "ask",
        "persuade",
        "recruit",
        "enlist",
        "invite",
        "allow",
        "enable",
        "permit",
        "pick",
        "choose",
        "select",
        "task",
        "encourage",
        "urge",
        "force",
        "require",
    }
)


def staff_employer(tok: Token) -> bool:
    """Whether the name at ``tok`` only modifies a noun for staff ("former Lumora
    engineers", "ex-Zentrix researchers"): it names where they worked."""
    from kg.extract.entities import load_cues

    head = tok
    while head.dep_ in {"compound", "amod", "nmod"} and head.head.i != head.i:
        head = head.head
    return head is not tok and head.lower_ in load_cues().words("staff_nouns")


#: Each parsed text's children lists, by ``id`` (with the text itself, so an id a
#: collected text leaves behind is never mistaken for it); cleared when full.
_KIDS: dict[int, tuple[Doc, list[list[tuple[str, Token]]]]] = {}
_KIDS_KEPT = 64


def _kids_index(doc: Doc) -> list[list[tuple[str, Token]]]:
    """Every token's children with their labels, in text order: spaCy builds new
    token objects on each walk of ``children``; the rules walk the same tree many times."""
    hit = _KIDS.get(id(doc))
    if hit is not None and hit[0] is doc:
        return hit[1]
    if len(_KIDS) >= _KIDS_KEPT:
        _KIDS.clear()
    index: list[list[tuple[str, Token]]] = [[] for _ in range(len(doc))]
    for t in doc:
        head = t.head.i
        if head != t.i:
            index[head].append((t.dep_, t))
    _KIDS[id(doc)] = (doc, index)
    return index


def kids(tok: Token) -> list[Token]:
    """The children of ``tok`` in text order (``tok.children``, from a per-text index)."""
    return [c for _dep, c in _kids_index(tok.doc)[tok.i]]


def children(tok: Token, deps: Container[str]) -> list[Token]:
    """The children of ``tok`` with one of the dependency labels ``deps``."""
    return [c for dep, c in _kids_index(tok.doc)[tok.i] if dep in deps]


def spelt_out_chip_name(unit: Token, named: Container[int]) -> Token | None:
    """The name of a chip spelt out ("Instinct" in "AMD's Instinct graphics processing
    units"): the nearest name among the words before "processing units"."""
    if unit.lemma_.lower() != "unit" or not any(
        c.lower_ == "processing" for c in children(unit, {"compound"})
    ):
        return None
    found: list[Token] = []
    level = [unit]
    for _ in range(3):
        level = [c for t in level for c in children(t, {"compound", "amod", "nmod"})]
        found += [c for c in level if c.i in named]
    return max(found, key=lambda c: c.i, default=None)


def described_by_apposition(noun: Token) -> Token | None:
    """The name an indefinite apposition describes ("Brightwave, a startup that ..."), for
    a relative clause on the apposition; else None."""
    if (
        noun.pos_ == "NOUN"
        and noun.dep_ == "appos"
        and noun.head.i < noun.i
        and noun.head.pos_ == "PROPN"
        and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in kids(noun))
    ):
        return noun.head
    return None


def lists_its_members(tok: Token) -> bool:
    """Whether ``tok`` is the subject of a verb that lists what it stands for
    ("Companies using Vexo include A and B")."""
    return tok.dep_ == "nsubj" and tok.head.lemma_ in {"include", "comprise"}


def _reporting_verbs() -> frozenset[str]:
    """The cue list of verbs that report a clause ("said X partnered with Y")."""
    from kg.extract.entities import load_cues

    return load_cues().words("reporting_verbs")


def misread_finite(tok: Token) -> bool:
    """A finite verb the parser hung on the name before it as a participle, the name left
    as the sentence's root ("Anthropic partnered with Palantir and AWS ...")."""
    head = tok.head
    # (A phrase or a relative clause set off by commas goes with the name: "Sequoia,
    # alongside Accel, invested", "Zeta, which sells chips, invested".)
    aside = {
        t.i
        for p in children(head, {"prep", "relcl"})
        if p.left_edge.i > head.i
        and tok.doc[p.left_edge.i - 1].text == ","
        and p.right_edge.i + 1 < len(tok.doc)
        and tok.doc[p.right_edge.i + 1].text == ","
        for t in p.subtree
    }
    return (
        tok.dep_ == "acl"
        and tok.tag_ in {"VBN", "VBD"}
        and (
            head.dep_ == "ROOT"
            # ("X first invested in Y in 2022 and has since led two rounds": the first of
            # two clauses read as the name's participle, the "and" left on the name.)
            or (
                head.dep_ == "nsubj"
                and head.head.i > tok.i
                and any(c.dep_ == "cc" and tok.right_edge.i < c.i < head.head.i for c in kids(head))
            )
            # ("The hospital said X partnered with Y": the clause said, read as the
            # name's participle.)
            or (
                head.dep_ == "dobj"
                and tok.tag_ == "VBD"
                and head.head.lemma_.lower() in _reporting_verbs()
            )
        )
        and (head.pos_ == "PROPN" or (head.pos_ == "NOUN" and head.is_title and head.i == 0))
        # (Right after the name, or after the names listed with it: "Sequoia and Accel
        # invested in ...".)
        # (Its own adverbs between: "Macquarie first invested in ...".)
        and all(
            t.dep_ in {"cc", "conj", "compound", "punct"}
            or t.i in aside
            or (t.dep_ in {"advmod", "neg"} and t.head.i == tok.i)
            for t in tok.doc[head.i + 1 : tok.i]
        )
        and not any(c.dep_ in {"agent", "aux", "auxpass"} for c in kids(tok))
    )


def misread_after_apposition(tok: Token) -> Token | None:
    """The name a finite verb belongs to when the parser hung the verb as a participle on
    the apposition between them, the name left as the sentence's root ("Nvidia Ventures,
    the investment arm of the chip giant, invested in Lamini"). The name, else None."""
    # (Adverbs before the verb are its own: "..., also invested in X".)
    first = min([tok.i, *(c.i for c in children(tok, {"advmod", "neg"}) if c.i < tok.i)])
    if (
        tok.dep_ != "acl"
        or tok.tag_ not in {"VBN", "VBD"}
        or first < 1
        or tok.doc[first - 1].text != ","
        or any(c.dep_ in {"agent", "aux", "auxpass"} for c in kids(tok))
    ):
        return None
    root = tok.sent.root
    if root.pos_ not in {"PROPN", "NOUN"} or root.i > tok.i:
        return None
    # (Or on a relative clause between them: "Nvidia, whose chips power most labs,
    # invested in X".)
    for appos in children(root, {"appos", "relcl"}):
        start, end = appos.left_edge.i, appos.right_edge.i
        if appos.i < root.i or tok.doc[start - 1].text != ",":
            continue
        # (The verb hung inside the apposition, or on the name right past it.)
        if start <= tok.head.i <= end or (tok.head.i == root.i and end == first - 2):
            return root
    for aside in co_subject_preps(root):
        # ("Sequoia, along with Accel, invested in X", the verb hung on "Accel".)
        if aside.i <= tok.head.i < first - 1:
            return root
    return None


#: Words that join a co-subject set off by commas: "A, along with B, invested in X".
_CO_SUBJECT = {("along", "with"), ("together", "with"), ("alongside", "")}


def _joins_co_subject(p: Token) -> bool:
    """Whether ``p`` opens a co-subject phrase ("along with", "together with", "alongside")."""
    nxt = p.doc[p.i + 1 : p.i + 2].text.lower()
    return (p.lower_, "with" if nxt == "with" else "") in _CO_SUBJECT


def co_subject_preps(subject: Token) -> list[Token]:
    """The "along with B" phrases set off by commas right after ``subject``."""
    doc = subject.doc
    out = []
    for p in children(subject, {"prep", "advmod"}):
        if p.i <= subject.i + 1:
            continue
        set_off = doc[p.i - 1].text == "," and _joins_co_subject(p)
        # ("A, together with B, ...", parsed with "together" on the "with".)
        joined = (
            p.lower_ == "with"
            and doc[p.i - 2].text == ","
            and (doc[p.i - 1].lower_, "with") in _CO_SUBJECT
        )
        if set_off or joined:
            out.append(p)
    return out


def co_subjects(subject: Token) -> list[Token]:
    """The names an "along with" phrase joins to ``subject`` ("A, along with co-founders
    B and C, started X": B)."""
    out = []
    preps = co_subject_preps(subject)
    verb = subject.head.head
    if not preps and subject.head.dep_ == "agent" and verb.dep_ == "advcl":
        # ("Founded by A and B, along with C, X builds ...": the phrase hung on the main
        # verb, right after the opening clause's agents.)
        doc = subject.doc
        end = subject.right_edge.i
        preps = [
            p
            for p in children(verb.head, {"prep", "advmod"})
            if p.i == end + 2 and doc[end + 1].text == "," and _joins_co_subject(p)
        ]
    if not preps and subject.dep_ in SUBJ_DEPS:
        # ("A, the founder of B, along with C, are ...": the phrase hung on the verb, right
        # after the subject's own words.)
        doc = subject.doc
        end = subject.right_edge.i
        if doc[end].text == ",":
            end -= 1
        preps = [
            p
            for p in children(subject.head, {"prep", "advmod"})
            if p.i == end + 2 and doc[end + 1].text == "," and _joins_co_subject(p)
        ]
    for p in preps:
        with_ = [w for w in children(p, {"prep"}) if w.lower_ == "with"] or [p]
        out += [o for w in with_ for o in children(w, {"pobj"})]
    return out


def stranded_subjects(verb: Token) -> list[Token]:
    """The subjects of a coordinated verb that the parser listed with the object of the
    clause before it: "The round was led by A, and B and C also took part" (B and C took
    part, A led). The names from the ", and" that opens the second clause, else none."""
    if (
        verb.dep_ != "conj"
        or verb.tag_ not in {"VBD", "VBZ", "VBP"}
        or children(verb, SUBJ_DEPS | PASS_SUBJ_DEPS)
    ):
        return []
    doc = verb.doc
    j = verb.i - 1
    while j > 0 and doc[j].head.i == verb.i and doc[j].dep_ in {"advmod", "aux", "neg"}:
        j -= 1
    last = doc[j]
    if last.dep_ != "conj" or last.pos_ != "PROPN" or last.i <= verb.head.i:
        return []
    first = last
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    if _as_clause_subject(verb) is not None:
        # ("as A, B, and C compete": the whole list is the clause's subject.)
        return []
    members = sorted([first, *first.conjuncts], key=lambda t: t.i)
    for k, m in enumerate(members[1:], 1):
        start = m.left_edge.i
        if start >= 2 and doc[start - 1].lower_ == "and" and doc[start - 2].text == ",":
            return members[k:]
    return []


def stranded_after(tok: Token) -> set[int]:
    """The conjuncts of ``tok`` that are the stranded subjects of a verb after them (see
    :func:`stranded_subjects`): no part of ``tok``'s list."""
    if not tok.conjuncts:
        return set()
    doc = tok.doc
    j = max(c.i for c in (tok, *tok.conjuncts)) + 1
    while j < len(doc) and doc[j].dep_ in {"advmod", "aux", "neg"}:
        j += 1
    if j >= len(doc) or doc[j].pos_ != "VERB":
        return set()
    return {t.i for t in stranded_subjects(doc[j])}


def attached_head(tok: Token) -> Token:
    """The trigger's head, or the noun a participle describes when the parser hung it on
    the verb past a time phrase ("in a funding round last year led by X": the round)."""
    if tok.dep_ == "advcl" and tok.tag_ == "VBN":
        doc = tok.doc
        j = tok.left_edge.i - 1
        while j > 0 and doc[j].ent_type_ in {"DATE", "TIME"}:
            j -= 1
        if j < tok.left_edge.i - 1 and doc[j].pos_ == "NOUN" and doc[j].head.i != tok.i:
            return doc[j]
    return tok.head


def misread_modifier(tok: Token) -> Token | None:
    """A finite verb the parser read as a modifier of the name after it, the name before
    it left as that name's compound ("OpenAI unveiled Sora, a model ..." read as one name
    "OpenAI unveiled Sora"): the name before, the verb's subject; else None."""
    head = tok.head
    if tok.dep_ != "amod" or tok.tag_ != "VBD" or head.pos_ != "PROPN" or head.i < tok.i:
        return None
    before = [c for c in kids(head) if c.dep_ == "compound" and c.i == tok.i - 1]
    if not before or before[0].pos_ != "PROPN" or head.dep_ not in {"ROOT", "nsubj"}:
        return None
    return before[0]


def loose_appositions(tok: Token) -> list[Token]:
    """Names between commas right after ``tok`` that the parser hung on it as loose
    modifiers rather than appositions ("Meta's latest model, Llama 4, is out")."""
    doc = tok.doc
    return [
        c
        for c in kids(tok)
        if c.dep_ in {"npadvmod", "dep"}
        and c.pos_ in {"PROPN", "NUM"}
        and c.i > tok.i
        and doc[c.left_edge.i - 1].text == ","
        and c.right_edge.i + 1 < len(doc)
        and doc[c.right_edge.i + 1].text == ","
    ]


def reduced_relative_subject(tok: Token) -> Token | None:
    """The name the parser hung as an apposition on the noun a past-tense verb modifies:
    "the company Elon Musk founded in 2023" (Musk founded the company). The name, else
    None."""
    found = reduced_relative(tok)
    return found[0] if found is not None else None


def _namelike(t: Token) -> bool:
    """A proper noun, or a word the tagger misread with a capital inside it ("xAI")."""
    return t.pos_ == "PROPN" or (t.is_alpha and any(c.isupper() for c in t.text[1:]))


def reduced_relative(tok: Token) -> tuple[Token, Token] | None:
    """The name and the noun of a reduced relative clause ("the company Elon Musk founded"),
    also when the parser hung the clause elsewhere but the name and the noun sit right
    before the verb."""
    head = tok.head
    if tok.dep_ not in {"acl", "relcl"} or tok.tag_ != "VBD":
        return None
    if tok.dep_ == "acl" and head.pos_ == "NOUN" and head.i < tok.i:
        for c in kids(head):
            if (
                c.dep_ in {"appos", "compound"}
                and c.pos_ == "PROPN"
                and c.right_edge.i == tok.i - 1
            ):
                return c, head
    name = tok.doc[tok.i - 1]
    while name.dep_ in {"compound", "flat"} and name.head.i == name.i + 1:
        name = name.head
    noun = name.head
    if (
        name.i == tok.i - 1
        and name.pos_ == "PROPN"
        and name.dep_ == "appos"
        and noun.pos_ == "NOUN"
        and noun.i == name.left_edge.i - 1
        and noun.dep_ == "appos"
    ):
        # ("X, the company Ann Lee founded in 2023, ..." with the verb hung on another noun.)
        return name, noun
    return None


def quoted_clause(verb: Token) -> list[Token]:
    """The clause a reporting verb reports: its complement, or the clause the parser hung
    the verb on."""
    return children(verb, {"ccomp"}) or ([verb.head] if verb.dep_ == "conj" else [])


def misplaced_speaker(tok: Token) -> Token | None:
    """The reporting verb whose subject the parser hung on the quoted clause: "Sablecrest
    will not invest in X, the firm's founder, Tobias Engqvist, said" (the founder said;
    he is no object of "invest"). The verb, else None."""
    from kg.extract.entities import load_cues

    doc = tok.doc
    if tok.dep_ not in {"dobj", "pobj", "appos", "npadvmod", "conj"} or tok.pos_ not in {
        "NOUN",
        "PROPN",
    }:
        return None
    start, end = tok.left_edge.i, tok.right_edge.i
    if start < 1 or doc[start - 1].text != ",":
        return None
    j = end + 1
    if j < len(doc) and doc[j].text == ",":
        j += 1
    if j >= len(doc):
        return None
    verb = doc[j]
    if (
        verb.pos_ != "VERB"
        or verb.lemma_.lower() not in load_cues().words("reporting_verbs")
        or children(verb, SUBJ_DEPS)
        or tok.i > verb.i
        or not any(
            a.i < start and (a.head.i == verb.i or a.i == verb.i or verb.head.i == a.i)
            for a in tok.ancestors
        )
    ):
        return None
    return verb


def is_passive(tok: Token) -> bool:
    """Whether a verb (or participle) is in the passive voice."""
    if misread_finite(tok) or misread_after_apposition(tok) is not None:
        return False
    if (
        tok.tag_ == "VBN"
        and any(c.dep_ == "agent" for c in kids(tok))
        and not any(c.dep_ == "aux" and c.lemma_ == "have" for c in kids(tok))
    ):
        # "A and B, both backed by Nvidia, compete ...": a participle with an agent, read
        # by the parser as the main verb.
        return True
    if any(c.dep_ in PASS_SUBJ_DEPS or c.dep_ == "auxpass" for c in kids(tok)):
        return True
    if (
        tok.tag_ == "VBN"
        and tok.dep_ == "conj"
        and tok.head.pos_ == "VERB"
        and any(c.dep_ == "agent" for c in kids(tok))
    ):
        # "backed by X and founded by Y": the second participle shares the voice.
        return is_passive(tok.head)
    if (
        tok.tag_ == "VBD"
        and tok.dep_ == "conj"
        and tok.head.tag_ == "VBN"
        and tok.head.dep_ in {"acl", "advcl", "relcl"}
        and any(c.dep_ == "agent" for c in kids(tok))
        and not any(c.dep_ in {"nsubj", "dobj", "aux"} for c in kids(tok))
    ):
        # "X, founded in 2019 and now funded mainly by Y": the second participle read as
        # a past tense.
        return True
    if (
        tok.tag_ == "VBD"
        and tok.dep_ == "acl"
        and any(c.dep_ == "agent" for c in kids(tok))
        and not any(c.dep_ in {"aux", "nsubj", "dobj"} for c in kids(tok))
    ):
        # "a startup founded two years ago by A and B", the participle tagged as a past
        # tense.
        return True
    return (
        tok.tag_ == "VBN"
        and tok.dep_ in {"acl", "amod", "advcl", "relcl"}
        and not any(c.dep_ in {"aux", "nsubj"} for c in kids(tok))
    )


def gerund_noun(tok: Token) -> bool:
    """A verb's -ing form the tagger read as a noun, with an object of its own ("include
    Zeta buying a million chips")."""
    return (
        tok.tag_ == "NN" and tok.lower_.endswith("ing") and any(c.dep_ == "dobj" for c in kids(tok))
    )


def former_prefix(doc: Doc, start: int) -> bool:
    """Whether the name starting at ``start`` carries a prefix of a past tie ("ex-OpenAI
    researchers")."""
    return start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ in {"ex", "former"}


def verb_read_as_noun(tok: Token) -> bool:
    """A verb the tagger read as a noun: an -ing form with an object of its own, or a
    present-tense form with a subject of its own ("whose Bing search engine runs on X",
    "runs" read as a plural)."""
    if tok.tag_ != "NNS" or not tok.lower_.endswith("s"):
        return gerund_noun(tok)
    return any(c.dep_ == "nsubj" for c in kids(tok)) or (
        # ("Lumora's assistant runs on Azure": a root read as a plural noun, the words
        # before it its compound and owner, a preposition right after it.)
        tok.dep_ == "ROOT"
        and any(c.dep_ == "compound" and c.i == tok.i - 1 for c in kids(tok))
        # ("Lumora's Orion rivals Vexa's Pulse": or a name taken as its object.)
        and any(
            (c.dep_ == "prep" and c.i == tok.i + 1)
            or (c.dep_ == "dobj" and c.pos_ == "PROPN" and c.i > tok.i)
            for c in kids(tok)
        )
        # (Owned by a name, not by a pronoun the reference layer would have to place.)
        and any(
            o.dep_ == "poss" and o.pos_ == "PROPN"
            for c in (tok, tok.doc[tok.i - 1])
            for o in kids(c)
        )
        and not any(
            t.pos_ in {"VERB", "AUX"}
            and t.dep_ in {"ROOT", "conj", "ccomp", "advcl", "xcomp", "aux", "auxpass", "parataxis"}
            for t in tok.sent
        )
    )


def _for_to_subject(verb: Token) -> Token | None:
    """The subject of a "for X to do" clause ("a deal for Google to use its technology":
    Google), which the parser hangs on "for"; else None."""
    to = next((a for a in kids(verb) if a.dep_ == "aux" and a.lower_ == "to"), None)
    if to is None or to.i < 2:
        return None
    before = verb.doc[to.i - 1]
    while before.dep_ in {"compound", "flat"} and before.head.i > before.i:
        before = before.head
    if before.dep_ == "pobj" and before.head.lower_ == "for" and before.right_edge.i == to.i - 1:
        return before
    return None


def _hyphen_modifier_name(tok: Token) -> bool:
    """A name the parser made a subject that is the first half of a hyphened modifier of
    the next name ("Elon Musk-founded xAI has launched ...": xAI launched)."""
    doc = tok.doc
    j = tok.i + 2
    return (
        j < len(doc)
        and doc[tok.i + 1].tag_ == "HYPH"
        and doc[j].dep_ == "amod"
        and doc[j].head.i > j
        and doc[j].head.pos_ == "PROPN"
    )


def _verb_words_start(verb: Token, deps: set[str]) -> int:
    """Where ``verb``'s words begin: the verb, or its own words of ``deps`` right before it
    ("will soon compete")."""
    doc = verb.doc
    i = verb.i
    while i > verb.sent.start and doc[i - 1].head.i == verb.i and doc[i - 1].dep_ in deps:
        i -= 1
    return i


def _named_after_opening_participle(verb: Token, subs: list[Token]) -> Token | None:
    """The name right after the comma that closes an opening participle clause, for a verb
    whose parsed subject is inside that clause ("Having struck deals with A, Zeta on
    Monday announced ...": Zeta, not "deals"); else None."""
    doc = verb.doc
    sent = verb.sent
    if sent[0].tag_ not in {"VBG", "VBN"} or verb.pos_ not in {"VERB", "AUX"}:
        return None
    comma = next((t.i for t in sent if t.text == ","), None)
    if comma is None or comma + 1 >= verb.i or any(s.i > comma for s in subs):
        return None
    j = comma + 1
    while j < verb.i and doc[j].pos_ == "PROPN":
        j += 1
    if j == comma + 1:
        return None
    # (Only a time or place phrase or an adverb between the name and its verb.)
    between = doc[j : verb.i]
    if any(t.pos_ in {"VERB", "PUNCT"} or t.dep_ in SUBJ_DEPS for t in between if t.i != verb.i):
        return None
    if any(t.pos_ == "AUX" and t.head.i != verb.i for t in between):
        return None
    name = doc[j - 1]
    if any(t.i <= comma for t in name.subtree):
        # (A name the parser made the head of the clause's own names would bring them.)
        return None
    return name


def _loose_subject(verb: Token) -> Token | None:
    """The apposition, set off by a comma, that ends right before ``verb`` and its
    auxiliaries, for a verb the parser gave no subject."""
    doc = verb.doc
    i = _verb_words_start(verb, {"aux", "auxpass", "advmod", "neg"})
    if i <= verb.sent.start:
        return None
    node = doc[i - 1]
    while (
        node.dep_ not in {"appos", "conj"}
        and node.head.i != node.i
        and node.head.right_edge.i == i - 1
    ):
        node = node.head
    if (
        node.dep_ in {"appos", "conj"}
        and node.pos_ in {"NOUN", "PROPN"}
        and node.right_edge.i == i - 1
        and node.left_edge.i > verb.sent.start
        and doc[node.left_edge.i - 1].text == ","
        and (node.dep_ == "appos" or after_closed_list(node))
    ):
        return node
    return None


def _dated_opening_subject(verb: Token) -> Token | None:
    """The name the parser took into an opening time phrase with no comma after it: "In
    2024 Zentrix invested ...", "On Monday A and B announced ..." (Zentrix; A)."""
    doc = verb.doc
    i = _verb_words_start(verb, {"aux", "auxpass", "advmod", "neg"})
    if i <= verb.sent.start:
        return None
    name = doc[i - 1]
    while name.dep_ == "conj" and name.head.i < name.i:
        name = name.head
    prep = name.head
    if (
        name.pos_ == "PROPN"
        and name.dep_ == "pobj"
        and name.ent_type_ != "DATE"
        and prep.dep_ == "prep"
        and prep.lower_ in {"in", "on", "during", "since", "at", "by"}
        and prep.head.i == verb.i
        and prep.i < name.i
        and any(c.ent_type_ == "DATE" and c.i < name.i for c in kids(name))
    ):
        return name
    return None


def _aside_subject(verb: Token) -> Token | None:
    """The name before a participle aside set off by commas, which the parser made the
    aside's subject: "Zentrix, started eighteen months ago, competes with X" (Zentrix)."""
    doc = verb.doc
    i = _verb_words_start(verb, {"aux", "advmod", "neg"})
    if i <= verb.sent.start or doc[i - 1].text != ",":
        return None
    for aside in children(verb, {"advcl", "ccomp"}):
        if aside.i > verb.i or aside.tag_ not in {"VBD", "VBN"} or aside.right_edge.i != i - 2:
            continue
        for subj in children(aside, {"nsubj"}):
            if (
                subj.i < aside.i
                and subj.pos_ == "PROPN"
                and subj.i + 1 < aside.i
                and doc[subj.i + 1].text == ","
            ):
                return subj
    return None


def _as_clause_subject(verb: Token) -> Token | None:
    """The names right before a verb the parser gave no subject when it read the "as"
    opening their clause as a preposition: "... as Zeta, Nimbus and Orbit fight
    for the lead" (Zeta, with the others as its conjuncts)."""
    doc = verb.doc
    i = _verb_words_start(verb, {"aux", "advmod", "neg"})
    if i <= verb.sent.start or doc[i - 1].pos_ != "PROPN":
        return None
    first = doc[i - 1]
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    while first.dep_ == "compound" and first.head.i > first.i:
        first = first.head
    if (
        first.dep_ == "pobj"
        and first.head.lower_ == "as"
        # (The names right after "as", not a role: "take over as the next CEO to lead X".)
        and first.left_edge.i == first.head.i + 1
        and first.ent_type_ != ""
    ):
        return first
    return None


def _named_after_list(sub: Token) -> Token:
    """The clause's subject when the parser took the last name of an opening phrase's list
    for it and hung the subject on that name ("Founded by A, B and C, Lumora draws ...":
    Lumora, not C)."""
    doc = sub.doc
    start = sub.left_edge.i
    if start < 1 or doc[start - 1].lower_ not in {"and", "or"}:
        return sub
    for c in children(sub, {"appos"}):
        if (
            c.pos_ == "PROPN"
            and c.left_edge.i >= 1
            and doc[c.left_edge.i - 1].text == ","
            and c.right_edge.i + 1 == sub.head.i
            and sub.head.dep_ == "ROOT"
        ):
            return c
    return sub


def listed_clause_subject(node: Token) -> bool:
    """Whether the conjunct ``node``, set off by a comma after its list's "and", is the
    subject of the verb right after it: "A venture of A, B and C, Lumora launched ..."."""
    doc = node.doc
    nxt = node.right_edge.i + 1
    return (
        node.dep_ == "conj"
        and node.left_edge.i >= 1
        and doc[node.left_edge.i - 1].text == ","
        and nxt < len(doc)
        and doc[nxt].tag_ in {"VBD", "VBZ", "VBP", "MD"}
        and (
            after_closed_list(node)
            # ("Backed by A, Lumora will ...": after an opening participle, with no "and".)
            or (node.sent[0].tag_ in {"VBG", "VBN"} and not _in_list_with_cc(node))
        )
    )


def _in_list_with_cc(node: Token) -> bool:
    """Whether the list ``node`` is a conjunct of has an "and" or "or" anywhere."""
    first = node
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    return any(c.dep_ == "cc" for t in (first, *first.conjuncts) for c in kids(t))


def after_closed_list(node: Token) -> bool:
    """Whether the conjunct ``node`` comes after its list's "and": "Founded by A, B, and C,
    Lumora draws ...", where the parser listed the clause's subject as one more name."""
    first = node
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    return any(
        c.dep_ == "cc" and c.i < node.left_edge.i
        for t in (first, *first.conjuncts)
        if t.i < node.i
        for c in kids(t)
    )


def _object_gap_subject(tok: Token) -> Token | None:
    """The noun a relative clause without its pronoun stands for as the subject of the
    clause it reports ("Vextant, a company he hopes will rival Lumora": the company, so
    Vextant, will rival), else None."""
    said = tok.head
    if (
        tok.dep_ != "ccomp"
        or children(tok, SUBJ_DEPS)
        or not any(a.tag_ == "MD" for a in children(tok, {"aux"}))
        or said.dep_ != "relcl"
        or not children(said, SUBJ_DEPS)
        or children(said, {"dobj"})
        or any(c.lower_ in {"that", "which", "who"} for c in kids(said))
    ):
        return None
    noun = said.head
    return described_by_apposition(noun) or noun


def _contrast_clause_subject(tok: Token) -> Token | None:
    """The name right before the finite verb of a "while" clause the parser gave no subject
    ("..., while in March Orbit invested $3 billion in X", "Orbit" read as the object
    of "in"): that clause's own subject, not the main clause's."""
    if tok.dep_ != "advcl" or tok.tag_ not in {"VBD", "VBZ", "VBP"} or tok.i < 1:
        return None
    marks = [m for m in children(tok, {"mark"}) if m.lower_ in {"while", "whereas", "although"}]
    before = tok.doc[tok.i - 1]
    if (
        marks
        and before.i > marks[0].i
        and before.pos_ == "PROPN"
        and before.dep_ in {"pobj", "compound", "npadvmod", "appos"}
    ):
        return before
    return None


def subject_of(tok: Token, object_control: bool = True) -> list[Token]:
    """Logical subject of a verb, climbing control verbs, conjunctions and clauses.

    ``object_control``: the object of "hire X to run Y" is who runs Y; without it the
    climb goes on to the hirer (whose unit Y is)."""
    if tok.pos_ == "NOUN" and tok.dep_ in {"pobj", "dobj"} and children(tok, {"poss"}):
        # "reliance on its parent company's closest partner": a possessed noun is held by
        # its possessor, not by the clause's subject.
        return []
    gap = _object_gap_subject(tok)
    if gap is not None:
        return [gap]
    misread = misread_after_apposition(tok) if tok.dep_ == "acl" else None
    if misread is not None:
        # ("Intel, which has struggled in chips, named X as its chief": a finite verb the
        # parser hung on a noun of the clause before it.)
        return [misread]
    if (
        tok.tag_ == "VBG"
        and tok.dep_ in {"compound", "amod"}
        and tok.i > 0
        and tok.doc[tok.i - 1].text == ","
        and tok.head.i > tok.i
        and tok.sent.root.pos_ == "VERB"
        and tok.sent.root.i < tok.i
    ):
        # "Zeta entered the race, unveiling Nimbus Studio": a participle after a comma
        # read as a modifier of its own object; the sentence's subject does it.
        return subject_of(tok.sent.root, object_control)
    cur = tok
    for _ in range(6):
        # (The parser may hang the subject on an auxiliary: "Reddit has licensing deals".)
        subs = children(cur, SUBJ_DEPS) or [
            s for a in children(cur, {"aux"}) for s in children(a, SUBJ_DEPS)
        ]
        if subs:
            opened = _named_after_opening_participle(tok, subs) if cur is tok else None
            if opened is not None:
                return [opened]
            return [s for s in subs if not _hyphen_modifier_name(s)] or subs
        for_subject = _for_to_subject(cur)
        if for_subject is not None:
            return [for_subject]
        if (
            cur.dep_ == "acl"
            and cur.head.pos_ == "NOUN"
            and any(a.lower_ == "to" for a in children(cur, {"aux"}))
        ):
            # "a commitment from OpenAI to spend $250 billion on Azure": whose promise the
            # infinitive tells.
            promised = [
                o
                for p in children(cur.head, {"prep"})
                if p.lower_ == "from" and p.i < cur.i
                for o in children(p, {"pobj"})
            ]
            if promised:
                return promised
        if cur is tok and cur.pos_ == "VERB":
            # "According to X, Y has raised ...", "Founded by A and B, the Tokyo-based
            # company is growing": the parser hung the subject as an apposition on a name
            # before it; the phrase right before the verb's words is its subject.
            loose = (
                _loose_subject(cur)
                or _named_after_opening_participle(cur, [])
                or _dated_opening_subject(cur)
                or _as_clause_subject(cur)
                or _contrast_clause_subject(cur)
                or _aside_subject(cur)
            )
            if loose is not None:
                return [loose]
        if cur is tok:
            stranded = stranded_subjects(tok)
            if stranded:
                # (The rest of the list follows the first as its conjuncts.)
                return stranded[:1]
        if (
            cur.pos_ == "VERB"
            or (cur is tok and (cur.dep_ in {"ROOT", "relcl"} or verb_read_as_noun(cur)))
            # ("Mistral competes with X, and its Y is used by ...": the main clause's
            # verb read as a noun, climbed to from the second clause.)
            or (cur.dep_ == "ROOT" and cur.tag_ == "NNS" and cur.lower_.endswith("s"))
        ):
            # A subject the parser took for a compound ("Wrenfield competes with ...").
            subs = [
                c
                for c in kids(cur)
                if c.i < cur.i
                and (c.dep_ == "compound" or (c.dep_ in {"amod", "nmod"} and c.is_title))
            ]
            if subs:
                return subs
        if cur is not tok and children(cur, PASS_SUBJ_DEPS) and cur.dep_ != "conj":
            return children(cur, PASS_SUBJ_DEPS)
        if (
            cur is not tok
            and cur.dep_ == "conj"
            and any(s.i > cur.head.i for s in children(cur, PASS_SUBJ_DEPS))
        ):
            # "... and that Zeta is set to use X": the second clause's own subject.
            return [s for s in children(cur, PASS_SUBJ_DEPS) if s.i > cur.head.i]
        if cur.dep_ in {"acl", "relcl"} and cur.pos_ in {"VERB", "AUX"} and cur is not tok:
            if (
                cur.dep_ == "acl"
                and cur.tag_ == "VB"
                and cur.head.pos_ == "NOUN"
                and children(cur.head, {"poss"})
            ):
                # ("Kestrel's plan to grow and catch up with X": the one whose plan it is.)
                return children(cur.head, {"poss"})
            return [cur.head]
        if cur.dep_ == "pcomp" and cur.head.lower_ == "of" and children(cur.head.head, {"dobj"}):
            # "accusing the startup of using X": the object of 'accuse' does the using.
            return children(cur.head.head, {"dobj"})
        if cur.dep_ == "pcomp" and cur.head.lower_ == "in":
            # "help steer the firm in competing with X": the one guided competes (not
            # "invested $5 million in building ...").
            guided = [
                o
                for o in children(cur.head.head, {"dobj"})
                if o.pos_ in {"NOUN", "PROPN", "PRON"}
                and o.ent_type_ not in {"MONEY", "CARDINAL", "PERCENT", "QUANTITY"}
            ]
            if guided and cur.head.head.lemma_.lower() == "join":
                # "X joined A and B in backing Y": all of them back Y.
                return [*subject_of(cur.head.head), *guided]
            if guided:
                return guided
        if (
            cur.dep_ == "pcomp"
            and cur.head.lower_ in {"about", "over", "on"}
            and cur.head.head.lower_ in {"talks", "discussions", "negotiations"}
        ):
            # "Apple is in talks with Google about using Gemini": the one in talks.
            noun = cur.head.head
            verb = noun.head.head if noun.dep_ == "pobj" else noun.head
            return subject_of(verb) if verb.i != cur.i else []
        if (
            (
                cur.dep_ == "acl"
                # ("Zeta's deal to acquire X" with the infinitive read as a relative clause.)
                or (cur.dep_ == "relcl" and any(a.lower_ == "to" for a in children(cur, {"aux"})))
            )
            and cur.tag_ == "VB"
            and cur.head.pos_ == "NOUN"
            and children(cur.head, {"poss"})
        ):
            # "Scale AI's decision to partner with Meta", "Apple's plan to use Gemini": the
            # one whose decision or plan it is.
            return children(cur.head, {"poss"})
        if (
            cur.dep_ == "acl"
            and cur.tag_ == "VB"
            and any(p.lower_ == "between" for p in children(cur.head, {"prep"}))
        ):
            # "the collaboration between A and B to launch X": one of them, not whoever
            # speaks of the collaboration; which one the clause does not say.
            return []
        if cur.dep_ == "acl" and cur is tok and cur.tag_ in {"VBG", "VBN"} and not is_passive(cur):
            # "a startup building robots": the participle's subject is the noun.
            return [cur.head]
        if (
            cur is tok
            and tok.pos_ == "NOUN"
            and tok.dep_ == "nsubj"
            and tok.head.dep_ in {"ccomp", "xcomp"}
            and any(a.lower_ == "to" for a in children(tok.head, {"aux"}))
            and tok.head.head.pos_ == "VERB"
        ):
            # "A and B announced a partnership to develop X", parsed with the noun as the
            # subject of the infinitive: the noun is the announcing verb's object.
            return subject_of(tok.head.head, object_control)
        if cur.dep_ not in CLIMB_DEPS or cur.head.i == cur.i:
            return []
        if (
            object_control
            and cur.dep_ == "xcomp"
            and cur.head.lemma_.lower() in _OBJECT_CONTROL
            # (Not a participle after a comma: "hired A and her team, holding 49% of X":
            # the hirer holds it.)
            and not (cur.tag_ == "VBG" and cur.doc[cur.i - 1].text == ",")
        ):
            # "Microsoft hired Mustafa Suleyman to run Microsoft AI": the one hired runs it.
            objs = [o for o in children(cur.head, {"dobj"}) if o.i < cur.i]
            if objs:
                return objs
        said = cur.head
        if (
            cur.dep_ == "advcl"
            and cur.tag_ == "VBG"
            and cur.doc[cur.i - 1].text == ","
            and said.dep_ == "ccomp"
            and any(s.pos_ == "NOUN" for s in children(said, SUBJ_DEPS))
            and any(s.pos_ == "PROPN" for s in children(said.head, SUBJ_DEPS))
        ):
            # "Zeta said output of its chip will rise, aiming to compete with X": the one
            # who said it aims, not the output.
            cur = said
        cur = cur.head
    return []


def logical_subject(tok: Token, object_control: bool = True) -> list[Token]:
    """The doer: the agent of a passive ("backed by X"), else the subject."""
    if tok.pos_ in {"VERB", "AUX"} and is_passive(tok):
        agents = prep_objects(tok, {"by"}, agent=True)
        if not agents and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].lower_ == "and":
            # "co-founded and led by X": two participles joined right away share the "by"
            # (not "founded in 2020 and bought by X").
            for c in children(tok, {"conj"}):
                if c.tag_ == "VBN":
                    agents = prep_objects(c, {"by"}, agent=True)
                    break
        # "founded by A, along with B": both.
        extra = [c for a in [*agents, tok] for c in co_subjects(a)] if agents else []
        return agents + [c for c in extra if c not in agents]
    if misread_finite(tok):
        return [tok.head]
    subject = (
        misread_modifier(tok) or reduced_relative_subject(tok) or misread_after_apposition(tok)
    )
    found = [subject] if subject is not None else subject_of(tok, object_control)
    # ("with A, B and C all racing toward X": the names the floating "all" stands for.)
    found = [
        f.head if f.lower_ in {"all", "both", "each"} and f.dep_ == "appos" else f for f in found
    ]
    if tok.pos_ == "VERB":
        # "A, along with B, invested in X": both did.
        found += [c for s in found for c in co_subjects(s)]
    return found


def _name_before_participle(tok: Token) -> Token | None:
    """The name right before ", <participle> by" that the parser hung the phrase
    elsewhere from: "more words than ChatGPT, developed by OpenAI, ..." (ChatGPT), "beats
    ChatGPT, developed by OpenAI, on tests"."""
    if tok.tag_ != "VBN" or tok.dep_ not in {"acl", "advcl"} or tok.i < tok.head.i:
        return None
    if not any(c.dep_ == "agent" for c in kids(tok)):
        return None
    edge = tok.left_edge.i
    if edge < 2 or tok.doc[edge - 1].text != ",":
        return None
    name = tok.doc[edge - 2]
    if (
        name.pos_ != "PROPN"
        or name.i == tok.head.i
        or name.dep_ not in {"pobj", "dobj"}
        or (name.head.i == tok.head.i and tok.dep_ == "acl")
    ):
        return None
    return name


def logical_object(tok: Token) -> list[Token]:
    """The thing done to: the subject of a passive, else the direct object."""
    misread = tok.dep_ == "acl" and (misread_finite(tok) or misread_after_apposition(tok))
    if misread and children(tok, {"dobj", "oprd"}):
        # ("Intel, which has struggled, named X as its chief": a finite verb the parser
        # read as a participle takes its own object.)
        return children(tok, {"dobj"}) or children(tok, {"oprd"})
    if tok.pos_ in {"VERB", "AUX"} and is_passive(tok):
        subs = children(tok, PASS_SUBJ_DEPS)
        if subs:
            return subs
        named = _name_before_participle(tok)
        if named is not None:
            return [named]
        if tok.dep_ in {"acl", "amod", "relcl"}:
            edge = tok.left_edge.i
            later = [c for c in tok.head.conjuncts if tok.head.i < c.i < edge]
            if (
                later
                and edge >= 2
                and tok.doc[edge - 1].text == ","
                and tok.head.dep_ not in SUBJ_DEPS | PASS_SUBJ_DEPS
            ):
                # ("raises like Thinking Machines and SSI, co-founded by Ilya Sutskever": set
                # off after a listed object, the phrase is said of the name next to it; after
                # a list of subjects, of them all.)
                last = max(later, key=lambda c: c.i)
                if last.right_edge.i == edge - 2:
                    return [last]
            head = tok.head
            if (
                head.pos_ == "NOUN"
                and any(a.lower_ == "to" for a in children(tok, {"aux"}))
                and head.dep_ in {"dobj", "pobj"}
            ):
                # "X is in talks to be acquired by Y", "X struck a deal to be bought by Y":
                # the one the talks or the deal are about is the clause's subject.
                verb = head.head if head.dep_ == "dobj" else head.head.head
                if verb.pos_ in {"VERB", "AUX"}:
                    found = subject_of(verb)
                    if found:
                        return found
            from kg.extract.entities import load_cues

            offshoots = load_cues().words("offshoot_nouns")
            if head.dep_ == "appos" and any(
                c.i > head.i and c.lower_ in offshoots for c in kids(head)
            ):
                # ("Nebula, a Yandex spin-off backed by X", the parser hanging the phrase
                # on the parent's name: what is backed is the offshoot, Nebula.)
                return [head.head]
            edge = head.left_edge.i
            if (
                head.lower_ in {"both", "all", "each"}
                and edge >= 2
                and tok.doc[edge - 1].text == ","
                and tok.doc[edge - 2].pos_ == "PROPN"
            ):
                # ("A and B, both owned by X": the names listed before "both".)
                first = tok.doc[edge - 2]
                while first.dep_ == "conj" and first.head.i < first.i:
                    first = first.head
                return [first]
            return [head]
        if tok.dep_ == "ROOT" and children(tok, SUBJ_DEPS):
            return children(tok, SUBJ_DEPS)
        if tok.dep_ == "ROOT" and tok.i == tok.sent.start and tok.tag_ == "VBN":
            # "Founded in 2019 by A and B, Cohere is valued at ...", read as two coordinated
            # clauses: the subject right before the second verb.
            for verb in children(tok, {"conj"}):
                subs = [s for s in children(verb, SUBJ_DEPS | PASS_SUBJ_DEPS) if s.i < verb.i]
                if subs:
                    return [max(subs, key=lambda s: s.i)]
        if tok.dep_ == "conj" and tok.head.pos_ == "VERB" and is_passive(tok.head):
            return logical_object(tok.head)
        if tok.dep_ in {"xcomp", "conj"}:
            return subject_of(tok.head) or children(tok.head, PASS_SUBJ_DEPS)
        if tok.dep_ in {"advcl", "csubj"} and tok.tag_ == "VBN" and tok.i < tok.head.i:
            # "Backed by Amazon, it quickly joined ...": the clause's subject is what was backed.
            return [_named_after_list(s) for s in subject_of(tok.head)] or children(
                tok.head, PASS_SUBJ_DEPS
            )
        return []
    if misread_modifier(tok) is not None:
        return [tok.head]
    reduced = reduced_relative(tok)
    if reduced is not None:
        # (The noun is itself an apposition of the name it describes: "xAI, the company
        # Elon Musk founded": xAI, not the name hung on the noun.)
        noun = reduced[1]
        edge = noun.left_edge.i
        doc = tok.doc
        before = doc[edge - 2] if edge >= 2 and doc[edge - 1].text == "," else None
        if (
            noun.dep_ != "appos"
            and before is not None
            and before.pos_ == "PROPN"
            and before.dep_ == noun.dep_
            and before.head.i == noun.head.i
        ):
            # ("xAI, the company Elon Musk founded, raised ..." read as two subjects.)
            return [before]
        if noun.dep_ != "appos" or not _namelike(noun.head):
            return [noun]
        if before is not None and _namelike(before):
            # (The name right before the comma, whatever the parser hung it on.)
            return [before]
        return [noun.head]
    objs = children(tok, {"dobj", "obj"})
    if (
        not objs
        and tok.dep_ == "conj"
        and tok.tag_ == "VBN"
        and tok.head.pos_ == "VERB"
        and not children(tok, SUBJ_DEPS)
        and is_passive(tok.head)
    ):
        # "Phi-4 would be added to X and embedded in Y": the second participle shares the
        # first's passive subject.
        return logical_object(tok.head)
    if not objs and tok.dep_ == "relcl" and any(c.dep_ in SUBJ_DEPS for c in kids(tok)):
        # "the platform Salesforce launched": the object is the modified noun ("Annapurna
        # Labs, a startup it acquired in 2015": the name the apposition describes).
        return [described_by_apposition(tok.head) or tok.head]
    if not objs and tok.pos_ == "VERB":
        # "The chipmaker also backs Cohere": a name right after the verb that the parser
        # hung on it as an adverb or a loose dependent is its object.
        objs = [
            c
            for c in kids(tok)
            if c.i == tok.i + 1
            and (c.pos_ == "PROPN" or (c.pos_ in {"ADV", "NOUN", "X"} and c.text[:1].isupper()))
            and c.dep_ in {"advmod", "npadvmod", "dep"}
        ]
    if not objs and tok.pos_ == "VERB" and tok.lemma_.lower() not in _COPULAS:
        # "now leads Microsoft AI" with the name read as what a copula says of the subject.
        objs = [c for c in children(tok, {"attr"}) if c.pos_ == "PROPN"]
    if not objs and tok.pos_ == "VERB":
        # "to purchase around 400,000 Nvidia chips": a counted object read as the object
        # of "around".
        from kg.extract.entities import load_cues

        objs = [
            o
            for p in children(tok, {"prep"})
            if p.lower_ in load_cues().words("amount_prefixes") and p.i == tok.i + 1
            for o in children(p, {"pobj"})
            if children(o, {"nummod"})
        ]
    return objs


#: Verbs whose attribute says what the subject is, not what it acts on.
_COPULAS = frozenset({"be", "become", "remain", "seem", "appear", "stay", "look", "sound"})


def _owned_title(tok: Token) -> bool:
    """Whether a title names its company before it ("OpenAI co-founder", "its co-founder")."""
    if any(c.dep_ in {"poss", "compound", "nmod"} for c in kids(tok)):
        return True
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    return before is not None and before.pos_ == "PROPN" and before.dep_ in {"compound", "nmod"}


def _scene_setter(prep: Token) -> bool:
    """Whether a preposition opens its sentence and sets the scene before a comma ("In
    France, Nvidia invested ..."): no argument of the verb."""
    sent_start = prep.sent.start
    if prep.i != sent_start and not (prep.i == sent_start + 1 and prep.doc[sent_start].is_punct):
        return False
    end = prep.right_edge.i + 1
    return end < len(prep.doc) and prep.doc[end].text == ","


def _stranded_pobj(prep: Token) -> list[Token]:
    """The object of a preposition the parser left without one because it read the name
    as the subject of a purpose clause after it ("an agreement with Chinese robotaxi
    company Pony.ai to develop taxis"): the name, if the words between are its
    modifiers."""
    doc = prep.doc
    for t in doc[prep.i + 1 : min(len(doc), prep.i + 6)]:
        if (
            t.pos_ in {"NUM", "NOUN"}
            and t.dep_ in {"dobj", "npadvmod"}
            and t.left_edge.i == prep.i + 1
            and doc[prep.i + 1].lower_ in {"up", "about", "around", "nearly", "roughly", "some"}
        ):
            # ("access to up to half a million of Zeta's chips": the amount the parser made the
            # verb's object.)
            return [t]
    end = prep.i + 1
    while end < len(doc) and doc[end].pos_ == "PROPN":
        end += 1
    if end > prep.i + 1 and doc[end - 1].dep_ == "punct":
        # ("chief executive of Zeta Corp." before a quote: the name, its full stop taken
        # for the sentence's, read as punctuation.)
        return [doc[end - 1]]
    for t in doc[prep.i + 1 : min(len(doc), prep.i + 10)]:
        if (
            t.dep_ == "nsubj"
            and t.pos_ == "PROPN"
            and t.head.i > t.i
            and (
                any(a.lower_ == "to" for a in children(t.head, {"aux"}))
                # ("partnering with X moving forward": a participle after the name read
                # as the name's own clause.)
                or (t.head.tag_ == "VBG" and t.head.dep_ == "pcomp" and t.head.head.i == prep.i)
            )
            and t.left_edge.i == prep.i + 1
        ):
            return [t]
        if t.dep_ == "nsubj" or t.pos_ in {"VERB", "AUX", "ADP", "PUNCT"}:
            break
    return []


@lru_cache(maxsize=1)
def _other_party_words() -> frozenset[str]:
    """Nouns for another party ("a competitor", "an alternative") an "as" phrase may give."""
    from kg.extract.entities import load_cues

    return load_cues().words("other_party_nouns") | {"alternative", "challenger", "answer"}


@lru_cache(maxsize=1)
def _naming_verbs() -> frozenset[str]:
    """Verbs that give a thing its name ("a chip called Nimbus")."""
    from kg.extract.entities import load_cues

    return load_cues().words("naming_verbs")


def given_names(noun: Token) -> list[Token]:
    """The names a common noun is given: "tech called Prometheus", "chips branded as
    Blackwell", "a family known as Rubin"."""
    naming = _naming_verbs()
    out: list[Token] = []
    for acl in children(noun, {"acl"}):
        if acl.lemma_.lower() in naming:
            out += children(acl, {"oprd", "attr", "dobj", "xcomp"})
        if acl.lemma_.lower() in naming or (acl.lower_ == "known" and acl.tag_ == "VBN"):
            out += [
                o
                for p in children(acl, {"prep"})
                if p.lower_ == "as"
                for o in children(p, {"pobj"})
            ]
    return out


def _after_other_party(prep: Token, others: frozenset[str]) -> bool:
    """Whether ``prep`` follows an "as" phrase for another party on the same head ("as a
    competitor to Y"), the parser having hung it on the head."""
    return any(
        p.lower_ == "as" and o.lower_ in others and o.right_edge.i == prep.i - 1
        for p in children(prep.head, {"prep"})
        for o in children(p, {"pobj"})
    )


def prep_objects(tok: Token, preps: set[str], agent: bool = False) -> list[Token]:
    """Objects of the prepositions ``preps`` on the trigger, its object or its light verb."""
    out: list[Token] = []
    hosts = [tok, *children(tok, {"dobj", "prt", "attr", "acomp"})]
    for p in children(tok, {"prep"}):
        if p.lower_ == "alongside":
            # "invested alongside Microsoft in X": the parser hangs "in X" on the partner.
            hosts.extend(children(p, {"pobj"}))
    quantified = children(tok, {"dobj"}) + ([tok] if tok.pos_ == "NOUN" else [])
    # "invested $3 billion in X" with "in X" hung on the amount (read first: "invested $10
    # billion in X in a multi-year deal" hangs the deal on the verb).
    hosts[:0] = [d for d in children(tok, {"dobj"}) if d.ent_type_ == "MONEY"]
    for d in quantified:
        # "buy $30 billion of computing capacity on Azure", "an investment of $4 billion in X".
        for p in children(d, {"prep"}):
            if p.lower_ == "of":
                # ("a stake of about 27% in OpenAI".)
                hosts.extend(
                    o
                    for o in children(p, {"pobj"})
                    if d is not tok or o.ent_type_ in {"MONEY", "PERCENT"}
                )
    if tok.dep_ == "dobj" and tok.pos_ in {"NOUN", "PROPN"}:
        # "taking a stake in X": the preposition hangs on the light verb.
        hosts.append(tok.head)
        # ("signed contracts worth $5 billion with X": on the "worth" hung on the verb.)
        hosts.extend(c for c in kids(tok.head) if c.lower_ == "worth" and c.i > tok.i)
    if (
        tok.dep_ == "attr"
        and tok.pos_ == "NOUN"
        and tok.head.lemma_ in _COPULAS
        and not children(tok, {"prep"})
        and tok.right_edge.i + 1 < len(tok.doc)
        and tok.doc[tok.right_edge.i + 1].head.i == tok.head.i
    ):
        # "remains a key supplier to the startup": the preposition hung on the copula.
        hosts.append(tok.head)
    if tok.dep_ == "nsubj" and tok.pos_ == "NOUN" and tok.head.lemma_ in _COPULAS:
        # "A tight race has been on between A and B": hung on the copula too.
        hosts.append(tok.head)
    if tok.pos_ == "NOUN":
        # "the class action brought by A against B", "a lawsuit filed against X".
        hosts.extend(c for c in children(tok, {"acl"}) if c.tag_ in {"VBN", "VBD"})
    # "invested for the third time in X": the preposition hung on "time".
    hosts.extend(
        o
        for p in children(tok, {"prep"})
        if p.lower_ == "for"
        for o in children(p, {"pobj"})
        if o.lemma_.lower() == "time"
    )
    # "adding Orion as swappable back-ends in Zeta": the preposition hung on what the
    # object is added as.
    # ("built X as a competitor to Y": a noun for another party names no host.)
    others = _other_party_words()
    hosts.extend(
        o
        for p in children(tok, {"prep"})
        if p.lower_ == "as" and tok.pos_ == "VERB"
        for o in children(p, {"pobj"})
        if o.pos_ == "NOUN" and o.lower_ not in others
    )
    if tok.pos_ == "VERB":
        # "shipping (volumes of) a chip called Nimbus to X": the preposition hung on the
        # naming participle.
        objs = children(tok, {"dobj"})
        objs += [
            o
            for d in objs
            for p in children(d, {"prep"})
            if p.lower_ == "of"
            for o in children(p, {"pobj"})
        ]
        hosts.extend(
            a for d in objs for a in children(d, {"acl"}) if a.lemma_.lower() in _naming_verbs()
        )
    if tok.pos_ == "VERB":
        # "moved its inference workloads to X": a plural noun right after the object, read
        # as a second verb with no subject of its own.
        ends = {d.right_edge.i + 1 for d in children(tok, {"dobj"})}
        hosts.extend(
            c
            for c in children(tok, {"conj"})
            if c.tag_ == "VBZ" and c.i in ends and not children(c, SUBJ_DEPS | {"cc"})
        )
    # "invested $11 million through its venture fund in X": the preposition hung on the
    # channel the money went through.
    hosts.extend(
        o
        for p in children(tok, {"prep"})
        if p.lower_ in {"through", "via"} and tok.pos_ == "VERB"
        for o in children(p, {"pobj"})
    )
    if "against" in preps:
        # "a lawsuit in federal court against X": the "against" hung on the court.
        from kg.extract.entities import load_cues

        venues = load_cues().words("venue_words")
        hosts.extend(
            o
            for v in ([tok, tok.head] if tok.dep_ == "dobj" else [tok])
            for p in children(v, {"prep"})
            if p.lower_ == "in"
            for o in children(p, {"pobj"})
            if o.lemma_.lower() in venues
        )
    # "founded X along with B and C": the "with" hung on "along".
    if "with" in preps and tok.pos_ == "VERB":
        hosts.extend(p for p in children(tok, {"prep", "advmod"}) if p.lower_ == "along")
    # "a memorandum of understanding with X": the preposition hung on the kind of paper.
    hosts.extend(
        o
        for p in children(tok, {"prep"})
        if p.lower_ == "of" and tok.lemma_.lower() == "memorandum"
        for o in children(p, {"pobj"})
    )
    # "shifted training back to Nvidia": the preposition hung on the adverb ("competes
    # head-on with X": on "head").
    hosts.extend(a for a in children(tok, {"advmod"}) if a.lower_ in {"back", "over"})
    hosts.extend(
        a for a in children(tok, {"appos", "npadvmod", "advmod", "dobj"}) if a.lower_ == "head"
    )
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if (
        tok.pos_ in {"NOUN", "PROPN"}
        and nxt is not None
        and nxt.dep_ == "prep"
        and nxt.lower_ in preps
        and nxt.head.i != tok.i
        and nxt.head.dep_ != "pobj"
        and any(c.i == nxt.head.i for c in tok.conjuncts)
    ):
        # "co-founder and head of SSI": the parser hung "of SSI" on the first title.
        return children(nxt, {"pobj"})
    after = doc[tok.right_edge.i + 1] if tok.right_edge.i + 1 < len(doc) else None
    if (
        tok.pos_ == "NOUN"
        and after is not None
        and after.dep_ == "prep"
        and after.lower_ in preps
        and after.head.i < tok.i
        and any(c.dep_ == "advmod" and c.i == after.i - 1 for c in kids(tok))
        and not any(c.dep_ == "prep" and c.lower_ in preps for c in kids(tok))
    ):
        # "its most direct challenge yet to Google": an adverb after the noun, and the
        # parser hung its preposition on the verb.
        return children(after, {"pobj"})
    if (
        tok.pos_ == "NOUN"
        and tok.dep_ == "pobj"
        and nxt is not None
        and nxt.i == tok.right_edge.i + 1
        and nxt.dep_ == "prep"
        and nxt.lower_ in preps
        and nxt.head.i == tok.head.head.i
    ):
        # "Nvidia is among the investors in xAI": the parser hung "in xAI" on the verb.
        return children(nxt, {"pobj"})
    if tok.pos_ in {"NOUN", "PROPN"} and not children(tok, {"prep"}) and not _owned_title(tok):
        # "the co-founder and chief executive of Nvidia": the parser hung "of Nvidia" on
        # the last title; a bare first one shares it.
        for c in tok.conjuncts:
            if c.i > tok.i:
                shared = [
                    o
                    for p in children(c, {"prep"})
                    if p.lower_ in preps
                    for o in children(p, {"pobj"})
                ]
                if shared:
                    return shared
    if "to" in preps and tok.pos_ in {"NOUN", "VERB"}:
        # "a competitor to ChatGPT", "pledging $4bn to Stargate" with the name read as a
        # verb ("to" its infinitive mark).
        out.extend(
            c
            for c in children(tok, {"relcl", "acl", "advcl", "xcomp"})
            if c.pos_ in {"VERB", "PROPN"}
            and c.text[:1].isupper()
            and not any(g.dep_ != "aux" and g.i < c.i for g in kids(c))
            and (c.pos_ == "PROPN" or not any(g.dep_ != "aux" for g in kids(c)))
            and any(g.lower_ == "to" and g.i == c.i - 1 for g in kids(c))
        )
    # ("while in March Orbit invested ...": the name read as the object of "in" is the
    # clause's subject.)
    contrast = _contrast_clause_subject(tok) if tok.pos_ == "VERB" else None
    for host in hosts:
        for child in kids(host):
            if contrast is not None and contrast.head.i == child.i:
                continue
            if (
                host is tok
                and tok.pos_ == "NOUN"
                and child.dep_ == "prep"
                and any(tok.i < c.i < child.i for c in tok.conjuncts)
                and _owned_title(tok)
            ):
                # ... and not on "co-founder" then, which has its own company ("OpenAI
                # co-founder and head of SSI"); a bare one shares it ("co-founder and
                # CEO of Nvidia").
                continue
            if (
                child.dep_ in {"prep", "dative"}
                or (agent and child.dep_ == "agent")
                # ("competes with X, which ..., and with Y": the second hung on the verb.)
                # ("struck deals with X, which ..., and with Y": on the deal's verb.)
                or (
                    child.dep_ == "conj"
                    and child.pos_ == "ADP"
                    and (host is tok or child.i > tok.i)
                )
            ) and child.lower_ in preps:
                if _scene_setter(child):
                    continue
                if child.lower_ == "to" and _after_other_party(child, others):
                    # ("built X as a competitor to Y": the "to" is the noun's.)
                    continue
                # ("invested $1 billion in X in 2019": a date is no object; the tagger's
                # date label alone is not enough: "runs on Llama 4".)
                out.extend(o for o in children(child, {"pobj"}) if not _is_date(o))
                if not children(child, {"pobj"}):
                    out.extend(_stranded_pobj(child))
                    # ("relies on hosting partners such as X", "committed $5 billion to
                    # struggling chipmaker Intel": a modifier read as a gerund with the noun
                    # for its object.)
                    out.extend(
                        o
                        for g in children(child, {"pcomp"})
                        if g.tag_ == "VBG" and not children(g, SUBJ_DEPS)
                        for o in children(g, {"dobj"})
                        if o.left_edge.i == g.i + 1 and o.pos_ in {"NOUN", "PROPN"}
                    )
                # "woven into Agentforce ... and into Slack".
                for c in child.conjuncts:
                    if c.lower_ in preps:
                        out.extend(children(c, {"pobj"}))
                # "competes with Tesla, whose robot is in development, and with X": the
                # second one the parser hung on the relative clause in between.
                out.extend(
                    o
                    for t in child.subtree
                    if t.dep_ == "conj"
                    and t.pos_ == "ADP"
                    and t.lower_ == child.lower_
                    and t not in child.conjuncts
                    for o in children(t, {"pobj"})
                )
                # "in a deal with X": one more hop through a generic noun.
                if not out:
                    for p in children(child, {"pobj"}):
                        for pp in kids(p):
                            if pp.dep_ == "prep" and pp.lower_ in preps:
                                out.extend(children(pp, {"pobj"}))
            elif child.dep_ == "agent" and "by" in preps:
                out.extend(children(child, {"pobj"}))
            elif child.dep_ == "prep":
                # "available for download and through cloud providers": a wanted preposition
                # coordinated with another.
                for c in child.conjuncts:
                    if c.lower_ in preps and c.pos_ == "ADP":
                        out.extend(children(c, {"pobj"}))
        if out:
            break
    money = [d for d in children(tok, {"dobj"}) if d.ent_type_ == "MONEY"]
    if tok.pos_ == "VERB" and money and tok.lemma_.lower() in {"invest", "pour", "put", "pump"}:
        # "invested $200 million in X, $150 million in Y and $75 million in Z": each
        # amount listed after the first carries its own object (hung on the first amount,
        # on the object before it or on the verb).
        heads = [
            tok,
            *money,
            *(
                o
                for p in children(tok, {"prep"})
                if p.lower_ in preps
                for o in children(p, {"pobj"})
            ),
        ]
        amounts = [*money[1:]] + [
            c
            for h in heads
            for c in kids(h)
            if c.dep_ in {"appos", "conj"} and c.ent_type_ == "MONEY" and c.i > money[0].i
        ]
        k = 0
        while k < len(amounts) < 12:
            amounts += [
                c
                for c in kids(amounts[k])
                if c.dep_ in {"appos", "conj"} and c.ent_type_ == "MONEY" and c not in amounts
            ]
            k += 1
        for amount in amounts:
            out.extend(
                o
                for p in children(amount, {"prep"})
                if p.lower_ in preps
                for o in children(p, {"pobj"})
                if o not in out
            )
    if not out and tok.pos_ == "VERB" and "against" in preps:
        # "competes in a crowded market against A and B": the wanted preposition hung on
        # the field the verb names.
        out = [
            o
            for p in children(tok, {"prep"})
            if p.lower_ in {"in", "on", "for"}
            for field in children(p, {"pobj"})
            for q in children(field, {"prep"})
            if q.lower_ == "against"
            for o in children(q, {"pobj"})
        ]
    return out


_DATE_WORDS = frozenset(
    {
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "year", "month", "week", "quarter",
        "today", "yesterday",
    }
)  # fmt: skip


def _is_date(tok: Token) -> bool:
    """A year or a calendar word the tagger labels a date ("in 2019", "in March")."""
    return tok.ent_type_ in {"DATE", "TIME"} and (tok.like_num or tok.lower_ in _DATE_WORDS)


def possessor_of(tok: Token) -> list[Token]:
    """The possessor of a noun, also when the parser lost the 's ("Amazon's $4 billion stake")."""
    poss = children(tok, {"poss"})
    if poss:
        return poss
    for c in children(tok, {"compound", "nmod"}):
        # "Snowflake's Nvidia and Reka partnerships": the 's the parser hung on the name
        # before the noun.
        if (
            c.i < tok.i
            and c.pos_ == "PROPN"
            and children(c, {"poss"})
            # ("Apple's Novauris and Amazon's Orbeus acquisitions": owners of their own.)
            and not any(children(k, {"poss", "case"}) for k in c.conjuncts)
        ):
            return children(c, {"poss"})
    if (
        tok.dep_ == "conj"
        and tok.pos_ == "NOUN"
        and tok.head.pos_ == "NOUN"
        and not any(c.pos_ == "PROPN" for c in children(tok, {"compound", "nmod"}))
    ):
        # "OpenAI's most significant partner and investor": one possessive for both nouns
        # (not "X's acquisition and Y's Z partnerships").
        shared = children(tok.head, {"poss"})
        if shared:
            return shared
    edge = tok.left_edge.i
    doc = tok.doc
    if edge >= 2 and doc[edge - 1].text in {"'s", "’s"} and doc[edge - 1].dep_ != "case":
        return [doc[edge - 2]]
    return []


def possessor_or_subject(tok: Token) -> list[Token]:
    """Who holds a nominal relation: its possessor, else the subject of its verb (the
    doer of a passive one: "X was set up by A in partnership with B" is A's)."""
    owners = possessor_of(tok)
    if owners:
        return owners
    verb = tok.head
    if tok.dep_ == "pobj" and verb.dep_ == "prep" and verb.head.pos_ in {"VERB", "AUX"}:
        verb = verb.head
        if is_passive(verb):
            agents = prep_objects(verb, {"by"}, agent=True)
            if agents and not any(a in tok.ancestors or a == tok for a in agents):
                return agents
    return subject_of(tok)
