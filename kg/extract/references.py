"""What a pronoun or a definite description refers to.

"it", "its", "the startup", "the ChatGPT maker", "the two companies": the
resolver picks the named entity of a compatible class that the text is
most likely talking about (grammatical subjects first, in this sentence and
then the ones before, else the nearest earlier name). Arguments found this
way are marked ``via_ref`` so their confidence can be lowered.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.extract.families import makers_of
from kg.extract.nlp import load_gazetteer, load_json
from kg.extract.syntax import (
    PASS_SUBJ_DEPS,
    REFLEXIVE,
    SUBJ_DEPS,
    children,
    is_passive,
    kids,
    misplaced_speaker,
    misread_finite,
    possessor_of,
    prep_objects,
    quoted_clause,
    staff_employer,
    subject_of,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from kg.extract.mentions import SentenceContext

REL_PRONOUNS = {"which", "that", "who", "whom", "whose"}
PERSONAL = {"it", "its", "they", "their", "them", "itself", "he", "his", "she", "her", "him"}


@dataclass(frozen=True)
class Arg:
    """An argument: canonical entity name, the mention or token it came from."""

    name: str
    token: int
    via_ref: bool


def resolve_reference(
    ctx: SentenceContext, tok: Token, want: tuple[str, ...], exclude: str, salient: bool = False
) -> Arg | None:
    """The named entity a pronoun or definite description refers to.

    Possessive pronouns bind to the subject of their clause ("OpenAI, which
    counts Microsoft as its backer"). Otherwise the subject of the governing
    verb is ruled out ("SoftBank invested in the company" is not SoftBank),
    and grammatical subjects are preferred over other mentions: first in
    the same sentence, then in earlier sentences, then the nearest mention.
    """
    # References can lead to references ("the startup" -> "it" -> ...): bounded.
    if ctx.ref_depth > 3:
        return None
    ctx.ref_depth += 1
    try:
        return _resolve_reference(ctx, tok, want, exclude, salient)
    finally:
        ctx.ref_depth -= 1


def _resolve_reference(
    ctx: SentenceContext, tok: Token, want: tuple[str, ...], exclude: str, salient: bool
) -> Arg | None:
    if tok.tag_ == "NNS" and want == ("Product",):
        # "the new laptops running on X chips", "its devices": a kind of device, not one
        # named before.
        return None
    if (
        tok.lower_ in {"he", "she"}
        and tok.dep_ in SUBJ_DEPS
        and tok.head.dep_ == "relcl"
        and "Person" in want
    ):
        # "a battle between Ana Ruiz and Zeta, which she co-founded": the one person the
        # sentence names before the clause, not someone from the sentence before.
        people = {
            m.canonical
            for m in ctx.sentence_mentions(tok)
            if m.end <= tok.i and ctx.classes(m.canonical)[0] == "Person"
        } - {exclude}
        if len(people) == 1:
            return Arg(people.pop(), tok.i, True)
    # (A description only when the clause before names no other party: "Microsoft
    # invested in Lumora, and the company ..." may be either.)
    if tok.lower_ in {"it", "its"}:
        fronted = _fronted_for(ctx, tok, exclude, want)
        if fronted is not None:
            return Arg(fronted, tok.i, True)
    if tok.lower_ in {"its", "their"}:
        opener = _opening_participle_subject(ctx, tok, want)
        if opener is not None:
            # (The name the caller already has: its own, which leaves no other party.)
            return None if opener.name == exclude else opener
    if (
        tok.pos_ == "NOUN"
        and tok.dep_ in SUBJ_DEPS
        and tok.i - tok.sent.start == 1
        and tok.lower_ in ctx.rules.ref_nouns
        and tok.sent.start > 0
    ):
        # "For Zeta, the pact widens its reach. The firm has since ...": the company the
        # sentence before opened on.
        fronted = _fronted_for(ctx, ctx.doc[tok.sent.start - 1], exclude, want)
        if fronted is not None:
            return Arg(fronted, tok.i, True)
    described = (
        tok.pos_ == "NOUN"
        and tok.lower_ in ctx.rules.ref_nouns
        and any(c.dep_ == "det" and c.lower_ == "the" for c in kids(tok))
        and len({m.canonical for m in ctx.sentence_mentions(tok)}) == 1
    )
    if (
        (tok.lower_ in {"it", "they", "he", "she"} or described)
        and tok.dep_ in SUBJ_DEPS
        and tok.head.dep_ == "conj"
        and tok.head.head.pos_ in {"VERB", "AUX"}
    ):
        # "Not only will Zeta rent the servers, but it will also take a stake",
        # "X is a year old, but the startup has released R1": a pronoun or description
        # subject of a coordinated clause is the first clause's subject.
        for subj in subject_of(tok.head.head):
            name = _named(ctx, subj, {exclude}, want)
            if name is not None:
                return Arg(name, tok.i, True)
    if tok.lower_ in {"he", "she"} and tok.dep_ in SUBJ_DEPS and tok.head.dep_ == "ccomp":
        speech = tok.head.head
        if (
            speech.dep_ == "acl"
            and speech.tag_ in {"VBD", "VBN"}
            and not children(speech, SUBJ_DEPS)
        ):
            # "A, founder of X, announced that he had founded Y" with "announced" hung on
            # the name as a participle: the speaker is the name it hangs on.
            name = _named(ctx, speech.head, {exclude}, want)
            if name is not None:
                return Arg(name, tok.i, True)
    if tok.lower_ in {"its", "their"} and tok.i >= 2 and tok.doc[tok.i - 1].lower_ == "with":
        # "rivals, including Zeta with its Nimbus chatbot": the name the phrase follows.
        before = ctx.by_token.get(tok.i - 2)
        if (
            before is not None
            and before.canonical != exclude
            and ctx.fits(before.canonical, want)
            and tok.head.dep_ == "pobj"
            # (Not "Zeta competes with Korvo with its new robot": Zeta's.)
            and tok.doc[tok.i - 1].head.pos_ not in {"VERB", "AUX"}
        ):
            return Arg(before.canonical, tok.i, True)
    if tok.dep_ == "poss" and (tok.lower_ in {"its", "their"} or is_definite(tok)):
        # "sued A and B, the startup's key backer": the name listed before the one the
        # apposition describes.
        noun = tok.head
        anchor = noun.head
        if noun.dep_ == "appos" and noun.i not in ctx.by_token and anchor.dep_ == "conj":
            found = ctx.entity_of(anchor.head, exclude, 3)
            if (
                anchor.head.i < anchor.i
                and found is not None
                and found.name != exclude
                and ctx.fits(found.name, want)
            ):
                return Arg(found.name, tok.i, True)
    if tok.lower_ in {"its", "their"}:
        supplier = _supplier_owns(ctx, tok, want, exclude)
        if supplier is not None:
            return supplier
        hired = _hired_from(ctx, tok, want, exclude) or _defendants_own(ctx, tok, want, exclude)
        if hired is not None:
            return hired
        head = tok.head
        while head.dep_ == "compound" and head.head.i > head.i:
            # "the ChatGPT maker and its chief executive Sam Altman": the title on the name.
            head = head.head
        if head.head.i < tok.i and (
            head.dep_ == "conj"
            # ("suing Lumora, its parent Nimbus, and Zentrix": a listed name read as an
            # apposition; "Nimbus, its largest investor" has no name of its own.)
            or (head.dep_ == "appos" and head.i in ctx.by_token)
        ):
            # "sued Lumora and its backer Microsoft": the conjunct before is its owner.
            found = ctx.entity_of(head.head, "", 3)
            if found is not None and found.name == exclude and head.head.i in ctx.by_token:
                # ("Claude and its rivals": the other party's own, no one else.)
                return None
            if found is not None and found.name != exclude and ctx.fits(found.name, want):
                return Arg(found.name, tok.i, True)
    # "The e-commerce giant is its cloud provider": a possessive in what a copula says of
    # its subject never names that subject.
    noun = tok.head
    # ("A and B are among its biggest backers": what the copula says of the subject too.)
    among = noun.dep_ == "pobj" and noun.head.lower_ == "among"
    # ("X remains its largest investor": a copula-like verb says the same.)
    copulas = {"be", "remain", "become", "stay"}
    copular = (noun.dep_ in {"attr", "acomp"} and noun.head.lemma_ in copulas) or (
        among and noun.head.head.lemma_ in copulas
    )
    if tok.lower_ in {"its", "their", "his", "her"} | REFLEXIVE and not copular:
        # Possessives and reflexives ("defending itself") bind to their clause's subject.
        verb = tok.head
        steps = 0
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i and steps < 6:
            verb = verb.head
            steps += 1
        # ("The startup was founded by its parent company": the passive's subject.)
        doers = (
            children(verb, PASS_SUBJ_DEPS) + subject_of(verb)
            if verb.pos_ in {"VERB", "AUX"}
            else []
        )
        for subj in doers:
            if subj.i < tok.i:
                owned_event = subj.pos_ == "NOUN" and subj.i not in ctx.by_token
                # ("Adobe's integration of Google's model into their products": an unnamed
                # subject's possessor before what the noun's phrase names.)
                found = None
                for p in possessor_of(subj) if owned_event else []:
                    found = ctx.entity_of(p, exclude, 3)
                if found is None:
                    found = ctx.entity_of(subj, exclude, 3)
                if found is None:
                    # "Amazon's investment ... brings its total": the subject's possessor.
                    for p in possessor_of(subj):
                        found = ctx.entity_of(p, exclude, 3)
                # ("Google Cloud counts OpenAI among its customers": a cloud platform that
                # is the subject speaks as its operator.)
                if (
                    found is not None
                    and found.name != exclude
                    and (
                        ctx.fits(found.name, want)
                        or (
                            "Organization" in want and ctx.classes(found.name)[0] == "CloudPlatform"
                        )
                    )
                ):
                    return Arg(found.name, tok.i, True)
    # A news outlet cited as a source is no antecedent ("sources told Politico that
    # Nvidia bought the company": not Politico).
    banned = {exclude} | ctx.extra_banned | {n for names in ctx.sources.values() for n in names}
    if salient:
        # The company a text is about is never a news outlet it names.
        banned |= ctx.outlets
    if tok.pos_ == "NOUN":
        # ("led by former Zentrix engineers, who run the company": a name that only says
        # where staff worked is not the company described.)
        banned |= {
            m.canonical
            for m in ctx.sentence_mentions(tok)
            if m.end < tok.i and staff_employer(tok.doc[m.end - 1])
        }
        banned |= _only_workplaces(ctx, tok)
    clause = tok.head.head if tok.head.dep_ == "prep" else tok.head
    if clause.dep_ in {"xcomp", "advcl"} and clause.head.lemma_.lower() in (
        ctx.cues.words("leaving_lemmas") - {"join"}
    ):
        # "Shazeer left Google to start the chatbot company": not the company left.
        for o in children(clause.head, {"dobj"}):
            if o.i in ctx.by_token:
                banned.add(ctx.by_token[o.i].canonical)
    if (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "from"
        and tok.head.head.lemma_.lower() in {"join", "rejoin", "return", "move", "come", "switch"}
    ):
        # "Shazeer rejoined Google from the chatbot maker he founded": not the company
        # joined.
        for o in tok.head.head.subtree:
            if o.dep_ in {"dobj", "pobj"} and o.i < tok.head.i and o.i in ctx.by_token:
                banned.add(ctx.by_token[o.i].canonical)
    if (
        tok.dep_ == "dobj"
        and clause.lemma_.lower() in {"start", "found", "co-found", "launch", "establish"}
        and clause.dep_ == "pcomp"
        and clause.head.lower_ in {"before", "after"}
    ):
        # "spent a decade at Microsoft and led teams at Facebook before starting the
        # company": none of the places worked at before.
        for verb in (clause.head.head, *clause.head.head.conjuncts):
            for t in verb.subtree:
                if t.dep_ == "pobj" and t.head.lower_ in {"at", "for"} and t.i in ctx.by_token:
                    banned.add(ctx.by_token[t.i].canonical)
    if tok.pos_ == "NOUN" and tok.dep_ == "poss":
        # "Zeta will pay $25 a share, a premium to the Austin-based company's price": a
        # description in a clause whose subject is named is another party (the subject
        # itself would be "its").
        verb = tok.head
        steps = 0
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i and steps < 8:
            verb = verb.head
            steps += 1
        # ("The deal gives Zeta access to the startup's chips": nor a named object.)
        objects = children(verb, {"dobj", "dative"}) if verb.pos_ in {"VERB", "AUX"} else []
        parties = [
            *(subject_of(verb) if verb.pos_ in {"VERB", "AUX"} else []),
            *objects,
            # (With the name read as the object's modifier: "gives Zeta access".)
            *(
                c
                for o in objects
                if o.pos_ == "NOUN"
                for c in children(o, {"compound"})
                if c.pos_ == "PROPN"
            ),
        ]
        for party in parties:
            if party.i < tok.i and party.i in ctx.by_token:
                banned.add(ctx.by_token[party.i].canonical)
    if tok.dep_ == "poss" and tok.head.dep_ == "appos" and tok.head.head.i in ctx.by_token:
        # "Google DeepMind, the search giant's AI lab": the owner is not the name itself.
        banned.add(ctx.by_token[tok.head.head.i].canonical)
    if copular:
        for subj in subject_of(noun.head.head if among else noun.head):
            for t in (subj, *subj.conjuncts):
                found = ctx.entity_of(t, "", 3)
                if found is not None:
                    banned.add(found.name)
            # ("Halvex partner fund Brixo Capital became the startup's first investor": nor
            # a name that only says what the subject is.)
            banned |= {
                ctx.by_token[w.i].canonical
                for mod in subj.lefts
                if mod.dep_ in {"compound", "nmod"}
                for w in mod.subtree
                if w.i in ctx.by_token
            }
            for verb in children(subj, {"relcl"}):
                # "Murati, who left OpenAI last year, is the startup's chief executive": not
                # the company the subject left.
                if verb.lemma_.lower() in ctx.cues.words("leaving_lemmas") - {"join"}:
                    for o in children(verb, {"dobj"}):
                        if o.i in ctx.by_token:
                            banned.add(ctx.by_token[o.i].canonical)
                    continue
                if tok.lower_ in {"its", "their"}:
                    # "A16z, which led a round in Character.AI, remains its largest
                    # investor": the company the subject's clause names.
                    named = [
                        m.canonical
                        for t in verb.subtree
                        if (m := ctx.by_token.get(t.i)) is not None
                        and m.canonical not in banned
                        and ctx.fits(m.canonical, want)
                    ]
                    if named:
                        return Arg(named[-1], tok.i, True)
    if tok.lower_ == "it" and tok.dep_ in {"dobj", "pobj"}:
        # "X cut ties with Y after Z bought a stake in it": an object pronoun is the
        # nearest company named before it in its sentence, never its own clause's subject.
        verb = tok.head
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head
        # ("Zeta is fighting a suit brought against it by Nimbus": a participle on a
        # noun has that noun for its subject, not the clause's.)
        own = {
            m.canonical
            for s in (subject_of(verb) if verb.dep_ != "acl" else [])
            for t in (s, *s.conjuncts)
            if (m := ctx.by_token.get(t.i)) is not None
        }
        for m in reversed(ctx.sentence_mentions(tok)):
            if m.canonical not in banned | own and ctx.fits(m.canonical, want):
                return Arg(m.canonical, tok.i, True)
    known = (
        _introduced_as(ctx, tok, banned, want)
        or _epithet_of(ctx, tok, banned, want)
        or _kind_in_name(ctx, tok, banned, want)
    )
    if known is not None:
        return Arg(known, tok.i, True)
    kind = _maker_kinds().get(tok.lower_)
    if kind is None and tok.lemma_.lower() in ctx.cues.words("giant_nouns"):
        # ("the chip giant": a giant that makes chips.)
        kind = next(
            (
                _maker_kinds()[f"{c.lower_}maker"]
                for c in kids(tok)
                if c.dep_ in {"compound", "amod"} and f"{c.lower_}maker" in _maker_kinds()
            ),
            None,
        )
    if kind is not None:
        # "the chipmaker's Grace Blackwell chips": not a company the reference data knows
        # and knows makes no chips (a company it does not know may be one).
        makers = makers_of(kind)
        names = {name for _pos, name, _classes in ctx.history} | {
            m.canonical for m in ctx.sentence_mentions(tok)
        }
        banned |= {
            name
            for name in names
            if name not in makers
            and (entry := ctx.registry.get(name)) is not None
            and entry.gazetteer
            and entry.classes[0] == "Organization"
        }
        if kind == "Hardware":
            # ("users of Korvo's chips. The chipmaker's ...": a company the text shows
            # owning chips makes them too.)
            chips = ctx.cues.words("chip_nouns")
            makers = makers | {
                m.canonical
                for t in tok.doc[: tok.i]
                if t.lemma_.lower() in chips or t.lower_ in chips
                for p in (*possessor_of(t), *children(t, {"compound"}))
                if (m := ctx.by_token.get(p.i)) is not None
            }
        if names & makers:
            # (When a maker of the kind is named, the description is one of them.)
            banned |= {name for name in names if name not in makers}
    if any(
        c.dep_ == "amod" and c.lemma_.lower() in {"back", "fund", "finance"} for c in kids(tok)
    ) or (
        # ("Murati started the San Francisco-based company": the company she founded, not
        # the investor the text named last.)
        tok.dep_ == "dobj"
        and tok.head.lemma_.lower() in {"start", "found", "co-found", "cofound", "launch"}
    ):
        # "Google invested in Anthropic. The Amazon-backed company ...": a company said to
        # be backed is no investor the text has named.
        banned |= ctx.investors
    if tok.lemma_.lower() in ctx.cues.words("giant_nouns"):
        # "the tech giant" is a company the reference data knows as established, not a
        # startup the story is about.
        big = not_startups() | _giant_startups()
        banned |= {
            name
            for _pos, name, classes in ctx.history
            if classes[0] == "Organization" and name not in big
        }
    if tok.lemma_.lower() in ctx.cues.words("startup_nouns"):
        # "the San Francisco-based startup" is no incumbent and no venture fund.
        banned |= not_startups()
        funds = ctx.cues.words("investor_designators")
        banned |= {
            name for _pos, name, _classes in ctx.history if name.split()[-1].lower() in funds
        }
        banned |= {
            m.canonical
            for m in ctx.sentence_mentions(tok)
            if m.canonical.split()[-1].lower() in funds
            # ("will join the search giant's DeepMind unit": a unit is no startup.)
            or (m.end < len(tok.doc) and tok.doc[m.end].lower_ in ctx.cues.words("org_part_nouns"))
        }
        # (Nor is the company that has units: "Nimbus's Helix unit".)
        banned |= {
            m.canonical
            for t in tok.sent
            if t.i < tok.i and t.lower_ in ctx.cues.words("org_part_nouns")
            for p in possessor_of(t)
            if (m := ctx.by_token.get(p.i)) is not None
        }
    if tok.lower_ not in {"its", "their", "his", "her"} | REFLEXIVE and tok.pos_ in {
        "NOUN",
        "PROPN",
        "PRON",
    }:
        verb = tok.head
        steps = 0
        # ("the creators of X, including chief executive Y": "including" is a preposition.)
        while (
            (verb.pos_ not in {"VERB", "AUX"} or verb.dep_ == "prep")
            and verb.head.i != verb.i
            and steps < 3
        ):
            verb = verb.head
            steps += 1
        holder = tok.head if tok.dep_ == "poss" else tok
        speaker_verb = misplaced_speaker(holder)
        said = holder.head if holder.dep_ == "nsubj" and holder.i < holder.head.i else None
        if (
            speaker_verb is None
            and tok.dep_ == "poss"
            and said is not None
            and said.lemma_.lower() in ctx.cues.words("reporting_verbs")
            and any(q.i < holder.i for q in quoted_clause(said))
        ):
            # "X will not invest in Y, the firm's founder said": the same reading.
            speaker_verb = said
        if speaker_verb is not None:
            # ("X will not ..., the firm's founder, Z, said": no object of the quoted
            # clause; the firm is the one the clause is about.)
            for quoted in quoted_clause(speaker_verb):
                for subj in subject_of(quoted):
                    name = _named(ctx, subj, banned, want)
                    if name is not None:
                        return Arg(name, tok.i, True)
            verb = speaker_verb
        appointing = salient and (
            verb.lemma_.lower() in ctx.cues.words("appointing_verbs")
            # ("Character.AI will go on, with X as interim chief executive": its own.)
            or (tok.dep_ == "pobj" and tok.head.lower_ == "as")
        )
        passive = bool(children(verb, PASS_SUBJ_DEPS))
        if verb.pos_ in {"VERB", "AUX"} and tok.dep_ not in SUBJ_DEPS and not appointing:
            # ("it would be run by an incoming CEO": the subject of the clause above is not
            # ruled out for a passive.)
            # ("Microsoft appointed X chief executive" is Microsoft's chief executive.)
            # ("Pinecrest first invested in the Ohio-based company" with the verb hung on
            # the name as a participle: the name is its subject.)
            doers = subject_of(verb) or ([verb.head] if misread_finite(verb) else [])
            for subj in [] if passive else doers:
                if subj.lower_ in REL_PRONOUNS:
                    # "SoftBank, which bought the Cambridge-based chip designer": not SoftBank.
                    subj = antecedent(subj) or subj
                # "Prosperity7's investment values the startup": not Prosperity7 either (but
                # "Scale's round involved money from ..." is about Scale).
                # ("Amazon and Alphabet's Google invested in the company": not Alphabet.)
                owners = (
                    []
                    if subj.lemma_.lower() in ctx.cues.words("funding_nouns")
                    else [o for t in (subj, *subj.conjuncts) for o in possessor_of(t)]
                )
                for t in (subj, *subj.conjuncts, *owners):
                    if t.i != tok.i and t.i in ctx.by_token:
                        banned.add(ctx.by_token[t.i].canonical)
        if (
            verb.pos_ in {"VERB", "AUX"}
            and tok.dep_ in SUBJ_DEPS
            and (verb.dep_ == "conj" or (verb.dep_ == "advcl" and tok.pos_ == "NOUN"))
            # ("Zeta is only months old, yet the startup ships ...": a clause that only
            # says what its subject is goes on about that subject.)
            and not (verb.dep_ == "conj" and verb.head.lemma_ == "be")
        ):
            # "Nvidia will invest in OpenAI, and the ChatGPT maker will ...", "... as the AI
            # lab deploys its systems": a new description in the second clause names someone
            # other than the first subject.
            for subj in subject_of(verb.head):
                if subj.i in ctx.by_token:
                    banned.add(ctx.by_token[subj.i].canonical)
        if (
            verb.pos_ in {"VERB", "AUX"}
            and tok.dep_ in SUBJ_DEPS
            and verb.dep_ == "ccomp"
            and verb.tag_ == "VB"
            and verb.head.pos_ == "VERB"
            and not children(verb, {"mark", "auxpass"})
            and not any(c.dep_ == "aux" and c.tag_ != "TO" for c in kids(verb))
        ):
            # "Meta joined, helping the company compete with X", "allowing the startup to
            # compete": whom the helping verb's subject helps is someone else.
            for subj in subject_of(verb.head):
                if subj.i in ctx.by_token:
                    banned.add(ctx.by_token[subj.i].canonical)
    described = any(
        c.dep_ in {"compound", "nmod"}
        and c.i in ctx.by_token
        and ctx.classes(ctx.by_token[c.i].canonical)[0] != "Location"
        for c in kids(tok)
    ) or (
        any(
            # "the Leeds-based firm": a description that picks out one of the names before.
            c.dep_ == "amod" and c.lower_ in {"based", "headquartered"}
            for c in kids(tok)
        )
        and tok.head.i != tok.sent.root.i
    )
    is_pronoun = tok.pos_ == "PRON" or tok.lower_ in PERSONAL
    reporting = tok.dep_ in SUBJ_DEPS and tok.head.lemma_.lower() in ctx.cues.words(
        "reporting_verbs"
    )
    # "Getty sued Stability AI, claiming the company copied ...": the accused party.
    accused = (
        tok.dep_ in SUBJ_DEPS
        and tok.head.dep_ == "ccomp"
        and tok.head.head.lemma_.lower() in ctx.cues.words("accusing_verbs")
    )
    described = described or accused
    # (The title's owner is ruled out above as the relative clause's subject.)
    titled = _titled_company(ctx, tok, {exclude}, want)
    if titled is not None:
        return Arg(titled, tok.i, True)
    if tok.dep_ == "poss" and tok.pos_ == "NOUN":
        speaker = _speaker_company(ctx, tok, banned, want)
        if speaker is not None:
            return Arg(speaker, tok.i, True)
    if not salient and tok.dep_ not in SUBJ_DEPS | PASS_SUBJ_DEPS and not is_pronoun:
        # "The Paris startup has partnered with Microsoft, which took a stake in the
        # company": the main clause's subject, itself a description.
        for arg in _main_subject_of_relative(ctx, tok):
            if arg.name not in banned and ctx.fits(arg.name, want):
                return Arg(arg.name, tok.i, True)
    located = any(
        (c.dep_ == "amod" and c.lower_ in {"based", "headquartered"})
        # ("the investment arm of the US firm": a company told by its country.)
        or (c.dep_ in {"amod", "compound", "nmod"} and c.ent_type_ in {"NORP", "GPE"})
        for c in kids(tok)
    )
    if located:
        # ("the Toronto-based startup": never a name the text or the reference data bases in
        # another country; which of the rest, the usual reading picks.)
        _based_elsewhere(ctx, tok, banned)
        if tok.lemma_.lower() in {"company", "business"}:
            # ("Brixo Capital led a round in Zeta. The Austin-based company makes robots":
            # a fund is a firm, not the company described.)
            funds = ctx.cues.words("investor_designators")
            banned |= {
                name for _pos, name, _classes in ctx.history if name.split()[-1].lower() in funds
            }
    if located and not salient:
        # "Last year NVentures, the venture arm of the US firm, ...": the company the text
        # described by that country before ("US chip giant Nvidia").
        native = _described_by_country(ctx, tok, banned, want)
        if native is not None:
            return Arg(native, tok.i, True)
    if located and not salient:
        # "Microsoft is tapping the Burlington, Massachusetts-based company": the company the
        # article is about, when one clearly leads, more than the last one named.
        leader = _clear_leader(ctx, tok, banned, want)
        if leader is not None:
            return Arg(leader, tok.i, True)
    # ("The company's Wren-2 robot can lift ...": the owner of the subject is as much the
    # sentence's topic as the subject.)
    subject_owner = (
        tok.dep_ == "poss"
        and tok.head.dep_ in SUBJ_DEPS | PASS_SUBJ_DEPS
        and tok.head.head.dep_ == "ROOT"
        and not described
    ) or (
        # ("A spokesperson for the company said ...": whose voice the subject is.)
        tok.dep_ == "pobj"
        and tok.head.lower_ in {"for", "at"}
        and tok.head.head.dep_ in SUBJ_DEPS
        and tok.head.head.lemma_.lower() in ctx.cues.words("spokesperson_nouns")
        and not described
    )
    if not salient and (
        (tok.dep_ not in SUBJ_DEPS | PASS_SUBJ_DEPS and not is_pronoun and not subject_owner)
        or (described and not reporting)
    ):
        # An object, or a description that names what it makes ("the ChatGPT maker"):
        # the nearest earlier name, in this sentence or the one before; not one of a list
        # for a singular description ("whose customers include A, B and C. ... the company").
        singular = tok.tag_ in {"NN", "NNP"}
        for m in reversed(ctx.sentence_mentions(tok, previous=True)):
            root = ctx.doc[m.end - 1]
            listed = (
                singular
                and not described
                and bool(root.conjuncts)
                and all(c.i in ctx.by_token for c in root.conjuncts)
            )
            # ("X, a startup out to break a rival's dominance. The Toronto-based
            # company ...": a rival named only for its hold on a market is not the one
            # described.)
            rival_hold = (
                root.dep_ == "poss"
                and root.head.lemma_.lower() in ctx.cues.words("dominance_nouns")
                and root.sent.start != tok.sent.start
            )
            # ("Zeta will invest in Lumora, a rival of Korvo. Nimbus also backs the
            # startup": a name inside what an apposition says of an earlier name is not the
            # one described; the earlier name is.)
            aside = (
                root.dep_ == "pobj"
                and root.head.head.dep_ == "appos"
                and root.head.head.head.i in ctx.by_token
                and root.head.head.head.i < root.i
            )
            if (
                m.canonical not in banned
                and ctx.fits(m.canonical, want)
                and not listed
                and not rival_hold
                and not aside
            ):
                return Arg(m.canonical, tok.i, True)
    if tok.lower_ in {"them", "they"}:
        # "While Nvidia's chips lead, startups have challenged them": the owner of the
        # plural thing named before in this sentence.
        for t in tok.sent:
            if t.i >= tok.i:
                break
            if t.tag_ == "NNS" and t.dep_ in SUBJ_DEPS:
                for p in possessor_of(t):
                    owner = _named(ctx, p, banned, want)
                    if owner is not None:
                        return Arg(owner, tok.i, True)
    if (
        tok.pos_ == "NOUN"
        and tok.dep_ in SUBJ_DEPS
        and tok.head.dep_ == "ccomp"
        and tok.head.head.lemma_.lower() in ctx.cues.words("reporting_verbs")
    ):
        # "SoftBank chief Masayoshi Son said the Japanese conglomerate would ...": the
        # company of the officer speaking.
        for subj in subject_of(tok.head.head):
            for name in officer_company(ctx, subj) or _workplace(ctx, subj):
                if name not in banned and ctx.fits(name, want):
                    return Arg(name, tok.i, True)
    if (
        tok.lower_ in {"it", "they"}
        and tok.dep_ in SUBJ_DEPS
        and tok.head.dep_ == "ccomp"
        and tok.head.head.lemma_.lower() in ctx.cues.words("reporting_verbs")
    ):
        # "..., and ServiceNow said it would acquire Moveworks": the one who said it
        # (also a cloud speaking as its operator: "Alibaba Cloud said it would ...").
        wide = tuple({*want, *(c for w in want for c, alts in ctx.coercible.items() if w in alts)})
        for subj in subject_of(tok.head.head):
            sayer = _named(ctx, subj, banned, wide) or _epithet_of(ctx, subj, banned, wide)
            if sayer is None and subj.lemma_.lower() in ctx.rules.maker_nouns and ctx.ref_depth < 2:
                # ("while the ChatGPT maker said it would ...": the one the description is.)
                ctx.ref_depth += 1
                try:
                    told = ctx.entity_of(subj, "", 1)
                finally:
                    ctx.ref_depth -= 1
                if told is not None and told.name not in banned and ctx.fits(told.name, wide):
                    sayer = told.name
            if sayer is not None:
                return Arg(sayer, tok.i, True)
    if tok.pos_ == "NOUN" and "Organization" not in want and "Person" not in want:
        # "Google launched the Pixel 9. The device runs ...": a thing, not a company, is
        # the last thing of its kind named before it, whatever the sentences are about.
        pos = ctx.offset + tok.idx
        things = [
            n for p, n, _c in ctx.history if p < pos and n not in banned and ctx.fits(n, want)
        ]
        if things:
            return Arg(things[-1], tok.i, True)
    topic = _paragraph_topic(ctx, tok, banned, want) or _speaker_company(ctx, tok, banned, want)
    if topic is not None:
        return Arg(topic, tok.i, True)
    for name in _subjects_before(ctx, tok):
        if name not in banned and ctx.fits(name, want):
            return Arg(name, tok.i, True)
    # "Nvidia GPUs, which it will rent": a name in this sentence that only says what kind
    # of thing follows is no antecedent of a pronoun.
    modifiers = {
        m.canonical
        for m in ctx.sentence_mentions(tok)
        if is_pronoun and _modifies_a_noun(tok.doc[m.start : m.end].root)
    }
    for m in reversed(ctx.sentence_mentions(tok)):
        if m.canonical not in banned | modifiers and ctx.fits(m.canonical, want):
            return Arg(m.canonical, tok.i, True)
    pos = ctx.offset + tok.idx
    here = ctx.offset + tok.sent.start_char
    earlier = [
        name
        for char_pos, name, _classes in ctx.history
        if char_pos < pos
        and name not in banned
        and not (char_pos >= here and name in modifiers)
        and ctx.fits(name, want)
    ]
    if not earlier:
        return None
    bare = not any(c.dep_ in {"amod", "compound", "nmod"} for c in kids(tok))
    if tok.dep_ in SUBJ_DEPS and not is_pronoun and bare:
        # "The company, founded by ..., is on a mission": with no subject to follow, the
        # entity the text has named most often so far, the first of those ("the social
        # media giant" describes one in particular: the nearest that fits).
        counts = Counter(earlier)
        top = max(counts.values())
        return Arg(next(n for n in earlier if counts[n] == top), tok.i, True)
    holds = _rival_holds(ctx, tok)
    return Arg(next((n for n in reversed(earlier) if n not in holds), earlier[-1]), tok.i, True)


def _rival_holds(ctx: SentenceContext, tok: Token) -> set[str]:
    """Names the sentences up to ``tok`` tell only as the holder of a market's lead ("a
    startup out to break a rival's dominance"): rivals named in passing, not the
    company a description refers to."""
    dominance = ctx.cues.words("dominance_nouns")
    held: set[str] = set()
    other: set[str] = set()
    for m in ctx.sentence_mentions(tok, previous=True):
        if m.start >= tok.i:
            continue
        root = ctx.doc[m.end - 1]
        if root.dep_ == "poss" and root.head.lemma_.lower() in dominance:
            held.add(m.canonical)
        else:
            other.add(m.canonical)
    return held - other


def _main_subject_of_relative(ctx: SentenceContext, tok: Token) -> list[Arg]:
    """For an object in a relative clause on the main clause's object, the main clause's
    subject when that is a description, not a name ("The startup partnered with
    Microsoft, which took a stake in the company": the startup)."""
    cur = tok
    for _ in range(4):
        if cur.dep_ == "relcl" or cur.head.i == cur.i:
            break
        cur = cur.head
    if cur.dep_ != "relcl" or cur.i == tok.i:
        return []
    noun = cur.head
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ not in {"pobj", "dobj"} or verb.pos_ not in {"VERB", "AUX"}:
        return []
    out: list[Arg] = []
    for subj in subject_of(verb):
        if subj.i in ctx.by_token or subj.lemma_.lower() not in ctx.rules.ref_nouns:
            return []
        out += ctx.entities_of(subj)
    return out


def _paragraph_topic(
    ctx: SentenceContext, tok: Token, banned: set[str], want: tuple[str, ...]
) -> str | None:
    """For a bare "The company" or "The startup" opening a paragraph, the entity the text
    has named most often so far, when it clearly leads ("... The Authors Guild welcomed
    the deal.\n\nThe startup still faces other fights": the article's company)."""
    sent = tok.sent
    if (
        tok.pos_ != "NOUN"
        or tok.dep_ not in SUBJ_DEPS
        or tok.i - sent.start > 1
        or any(c.dep_ in {"amod", "compound", "nmod"} for c in kids(tok))
    ):
        return None
    if sent.start == 0:
        return None
    prev = ctx.doc[sent.start - 1]
    if "\n" not in prev.whitespace_ and not (prev.is_space and "\n" in prev.text):
        return None
    return _clear_leader(ctx, tok, banned, want)


def _opening_participle_subject(
    ctx: SentenceContext, tok: Token, want: tuple[str, ...]
) -> Arg | None:
    """Whose "its" is in a participle opening the sentence: the main clause's subject
    ("Using its search data, the company will ...": the company's)."""
    clause = next(
        (
            a
            for a in tok.ancestors
            if a.dep_ == "advcl" and a.tag_ in {"VBG", "VBN"} and a.left_edge.i == a.sent.start
        ),
        None,
    )
    if clause is None or ctx.ref_depth > 2:
        return None
    for subj in subject_of(clause.head):
        if subj.i <= clause.right_edge.i:
            continue
        # (Read as the clause reads it, with none of the caller's names ruled out.)
        saved, ctx.extra_banned = ctx.extra_banned, set()
        try:
            found = ctx.entity_of(subj, "", 1)
        finally:
            ctx.extra_banned = saved
        if found is not None and ctx.fits(found.name, want):
            return Arg(found.name, tok.i, True)
    return None


def _fronted_for(
    ctx: SentenceContext, tok: Token, exclude: str, want: tuple[str, ...]
) -> str | None:
    """The company a sentence opens on with "For X," when its subject names no party:
    "For Zeta, the order is one more win as it tries to close in on Nimbus" (it is
    Zeta), "For Microsoft, the deal widens its options" (its is Microsoft's)."""
    sent = tok.sent
    first = sent[0]
    if first.lower_ != "for" or first.dep_ != "prep":
        return None
    verb = first.head
    if any(s.i in ctx.by_token for s in children(verb, SUBJ_DEPS | PASS_SUBJ_DEPS)):
        return None
    for o in children(first, {"pobj"}):
        m = ctx.by_token.get(o.i)
        if (
            m is not None
            and m.end < len(ctx.doc)
            and ctx.doc[m.end].text == ","
            and m.canonical != exclude
            and ctx.fits(m.canonical, want)
        ):
            return m.canonical
    return None


@lru_cache(maxsize=1)
def _known_country_keys() -> frozenset[str]:
    """The keys of the countries the gazetteer bases companies in, and of the country
    words the cues name."""
    from kg.extract.entities import load_cues
    from kg.extract.mentions import country_key

    keys = {country_key(e.country) for e in load_gazetteer().values() if e.country}
    keys |= {str(v) for k, v in load_cues().raw["country_keys"].items() if k != "_doc"}
    return frozenset(keys)


def _described_by_country(
    ctx: SentenceContext, tok: Token, banned: set[str], want: tuple[str, ...]
) -> str | None:
    """The nearest earlier name the text described by the country a description names
    ("the US firm"), when one is; names told by another country join ``banned``."""
    from kg.extract.mentions import country_key

    # ("the Abu Dhabi firm": the whole place name, not its last word.)
    keys = {
        country_key(next((e.text for e in tok.doc.ents if e.start <= c.i < e.end), c.text))
        for c in kids(tok)
        if c.dep_ in {"amod", "compound", "nmod"} and c.ent_type_ in {"NORP", "GPE"}
    }
    # (Only a country some company is known to be based in: "the AI lab" tagged as a
    # place is no country.)
    keys &= _known_country_keys()
    if not keys:
        return None
    # ("France's Mistral ... the Dutch firm's boss": never a name told by another country.)
    banned |= {name for name, told in ctx.countries.items() if told and not keys & told}
    return _nearest_earlier(
        ctx, tok, banned, want, lambda name: bool(keys & ctx.countries.get(name, set()))
    )


def _based_elsewhere(ctx: SentenceContext, tok: Token, banned: set[str]) -> None:
    """Add to ``banned`` the names told by another country than the place a description
    says it is based in ("the Toronto-based startup": not a company based in the US)."""
    from kg.extract.mentions import country_key

    gazetteer = load_gazetteer()
    keys = {
        country_key(entry.country)
        for c in kids(tok)
        if c.dep_ == "amod" and c.lower_ in {"based", "headquartered"}
        for t in c.subtree
        if t.i < c.i
        and (m := ctx.by_token.get(t.i)) is not None
        and (entry := gazetteer.get(m.canonical)) is not None
        and entry.cls == "Location"
        and entry.country
    }
    if keys:
        banned |= {name for name, told in ctx.countries.items() if told and not keys & told}


#: Nouns of a spell at a workplace ("his time at X", "a stint at X").
_SPELL_NOUNS = frozenset({"time", "stint", "tenure", "years", "days", "career"})
#: Verbs of working at a place ("worked at X", "served at X").
_WORKING_VERBS = frozenset({"work", "serve", "spend", "train", "intern"})


def _only_workplaces(ctx: SentenceContext, tok: Token) -> set[str]:
    """Names the sentence so far and the two before tell only in passing: as where someone
    worked ("Its founder once worked at X and knew A from his time at X. A became the
    company's first investor": not X), or as an example of a kind ("players such as X")."""
    doc = tok.doc
    start = tok.sent.start
    for _ in range(2):
        if start > 0:
            start = doc[start - 1].sent.start
    kinds: dict[str, set[bool]] = {}
    for i in range(start, tok.i):
        m = ctx.by_token.get(i)
        if m is None or i != m.end - 1:
            continue
        t = doc[i]
        head = t.head
        if t.dep_ == "conj":
            # ("worked at A and B": the list's first name tells where.)
            while head.dep_ == "conj" and head.head.i != head.i:
                head = head.head
            t, head = head, head.head
        workplace = (
            t.dep_ == "pobj"
            and head.lower_ == "at"
            and (
                # (Past work only: "Gross's work at X" may be the company the text is about.)
                (head.head.lemma_.lower() in _WORKING_VERBS and head.head.tag_ in {"VBD", "VBN"})
                or (head.head.lower_ in _SPELL_NOUNS and head.head.pos_ == "NOUN")
            )
        )
        # ("investors feared that leaders such as X would lose ground": an example only.)
        example = t.dep_ == "pobj" and (
            head.lower_ in {"like", "including"}
            or (head.lower_ == "as" and any(c.lower_ == "such" for c in kids(head)))
        )
        kinds.setdefault(m.canonical, set()).add(workplace or example)
    return {name for name, seen in kinds.items() if seen == {True}}


def _nearest_earlier(
    ctx: SentenceContext,
    tok: Token,
    banned: set[str],
    want: tuple[str, ...],
    accept: Callable[[str], bool],
) -> str | None:
    """The nearest name before ``tok`` that ``accept`` takes, not banned, of a wanted class."""
    pos = ctx.offset + tok.idx
    for char_pos, name, _classes in reversed(ctx.history):
        if char_pos < pos and name not in banned and accept(name) and ctx.fits(name, want):
            return name
    return None


def _introduced_as(
    ctx: SentenceContext, tok: Token, banned: set[str], want: tuple[str, ...]
) -> str | None:
    """ "Much of the work will come from Vexo, a chip company set up by Zeta. The company
    ...": the name the sentence before (or this one) introduced with the same noun, in an
    indefinite apposition, when no other name is that sentence's subject."""
    if (
        tok.pos_ != "NOUN"
        or tok.lemma_.lower() not in ctx.rules.ref_nouns
        or not any(c.dep_ == "det" and c.lower_ == "the" for c in kids(tok))
    ):
        return None
    doc = tok.doc
    start = doc[tok.sent.start - 1].sent.start if tok.sent.start > 0 else tok.sent.start
    found = None
    for t in doc[start : tok.i]:
        if not (
            t.lemma_ == tok.lemma_
            and t.dep_ == "appos"
            and t.pos_ == "NOUN"
            and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in kids(t))
        ):
            continue
        m = ctx.by_token.get(t.head.i)
        edge = t.left_edge.i
        if m is None and edge >= 2 and doc[edge - 1].text == ",":
            # (The parser may hang the apposition elsewhere; the name is before its comma.)
            m = ctx.by_token.get(edge - 2)
        if m is None or m.canonical in banned or not ctx.fits(m.canonical, want):
            continue
        others = {
            n.canonical for s in subject_of(t.sent.root) if (n := ctx.by_token.get(s.i)) is not None
        } - {m.canonical}
        found = None if others else m.canonical
    return found


def _epithet_of(
    ctx: SentenceContext, tok: Token, banned: set[str], want: tuple[str, ...]
) -> str | None:
    """For a description the press uses for one company ("the search giant"), that
    company, when the text has named it before (cues.json ``epithets``)."""
    if tok.pos_ != "NOUN" or tok.lemma_.lower() not in {*ctx.rules.ref_nouns, "parent"}:
        return None
    mods = [c for c in kids(tok) if c.dep_ in {"compound", "amod", "nmod"} and c.i < tok.i]
    if not mods:
        return None
    start = min(t.i for m in mods for t in m.subtree)
    words = tok.doc[start : tok.i].text.lower()
    epithets = ctx.cues.raw.get("epithets", {})
    names = next(
        (
            v
            for k, v in epithets.items()
            if k != "_doc" and re.search(rf"(?<![\w-]){re.escape(k)}(?![\w])", words)
        ),
        None,
    )
    if not names:
        return None
    return _nearest_earlier(ctx, tok, banned, want, lambda name: name in names)


#: Words for a kind of company that its own name often carries ("SoftBank Group").
_NAME_KINDS = frozenset({"group", "bank", "fund", "holdings", "labs"})


def _kind_in_name(
    ctx: SentenceContext, tok: Token, banned: set[str], want: tuple[str, ...]
) -> str | None:
    """For "the group" (or "the bank", "the fund"), the nearest company named before whose
    name or known alias carries that word ("Softbank Group Corp ... the group's unit")."""
    word = tok.lower_
    if tok.pos_ != "NOUN" or word not in _NAME_KINDS:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids(tok)):
        return None
    gazetteer = load_gazetteer()

    def carries(name: str) -> bool:
        entry = gazetteer.get(name)
        names = [name, *(entry.aliases if entry is not None else ())]
        return any(word in n.lower().split() for n in names)

    return _nearest_earlier(ctx, tok, banned, want, carries)


def _clear_leader(
    ctx: SentenceContext, tok: Token, banned: set[str], want: tuple[str, ...]
) -> str | None:
    """The entity the text has named most often before ``tok``, when it clearly leads (at
    least three times and twice as often as any other)."""
    pos = ctx.offset + tok.idx
    counts = Counter(
        name
        for char_pos, name, _classes in ctx.history
        if char_pos < pos and name not in banned and ctx.fits(name, want)
    )
    if not counts:
        return None
    (top, n), *rest = [*counts.most_common(2), ("", 0)]
    return top if n >= 3 and n >= 2 * rest[0][1] else None


def _post_words(ctx: SentenceContext) -> frozenset[str]:
    """Words of a post at a company: the title words and "founder"."""
    return ctx.cues.words("title_words") | {"founder", "co-founder", "cofounder"}


def _titled_company(
    ctx: SentenceContext, tok: Token, banned: set[str], want: tuple[str, ...]
) -> str | None:
    """For a description in a relative clause on someone's title, the company the title
    names ("Michael Truell, Anysphere's chief executive, who co-founded the startup":
    Anysphere)."""
    if tok.pos_ != "NOUN" or tok.dep_ not in {"dobj", "pobj"}:
        return None
    verb = tok.head.head if tok.dep_ == "pobj" else tok.head
    titles = _post_words(ctx)
    if (
        tok.dep_ == "pobj"
        and tok.head.lower_ == "of"
        and verb.lower_ in titles
        and verb.dep_ in {"attr", "oprd", "pobj"}
    ):
        # "Covariant's COO, Ted Stinson, will become CEO of the company": the company of
        # the subject's own title.
        clause = verb.head.head if verb.dep_ == "pobj" else verb.head
        for subj in subject_of(clause) if clause.pos_ in {"VERB", "AUX"} else []:
            # (Or the name with the title in apposition: "Ted Stinson, Covariant's COO".)
            for post in (subj, *children(subj, {"appos"})):
                for owner in possessor_of(post) if post.lower_ in titles else []:
                    name = _named(ctx, owner, banned, want)
                    if name is not None:
                        return name
    if verb.dep_ != "relcl":
        return None
    title = verb.head
    titles = _post_words(ctx)
    if title.lower_ not in titles:
        title = next((c for c in children(title, {"appos"}) if c.lower_ in titles), title)
    if title.lower_ not in titles:
        return None
    for owner in children(title, {"poss", "compound"}):
        name = _named(ctx, owner, banned, want)
        if name is not None:
            return name
    return None


def _speaker_company(
    ctx: SentenceContext, tok: Token, banned: set[str], want: tuple[str, ...]
) -> str | None:
    """For the bare title of someone quoted ("..., chief executive Arkady Volozh said",
    "said X, the company's founder"), the company the article is about: of those named
    most often so far, the one named first."""
    titles = _post_words(ctx)
    if tok.dep_ == "poss" and tok.pos_ == "NOUN" and tok.head.lower_ in titles:
        # "..., said Brett Adcock, the company's founder and chief executive".
        tok = tok.head
    elif tok.lower_ not in titles:
        return None
    if tok.dep_ not in {"compound", "appos"}:
        return None
    person = tok.head
    if person.dep_ not in SUBJ_DEPS or person.head.lemma_.lower() not in ctx.cues.words(
        "reporting_verbs"
    ):
        return None
    pos = ctx.offset + tok.idx
    counts: Counter[str] = Counter()
    for char_pos, name, _classes in ctx.history:
        if char_pos < pos and name not in banned and ctx.fits(name, want):
            counts[name] += 1  # (insertion order is that of the first mention)
    if not counts:
        return None
    top = max(counts.values())
    return next(name for name, n in counts.items() if n == top)


def _modifies_a_noun(root: Token) -> bool:
    """Whether a name's root is a modifier of a common noun after it ("Nvidia GPUs")."""
    return (
        root.dep_ in {"compound", "nmod", "amod"}
        and root.head.pos_ == "NOUN"
        and root.head.i > root.i
    )


@lru_cache(maxsize=1)
def _maker_kinds() -> dict[str, str]:
    """Nouns for a maker of a kind of product ("chipmaker": Hardware), from cues.json."""
    return dict(load_json("cues.json").get("maker_kind_nouns", {}))


@lru_cache(maxsize=1)
def not_startups() -> frozenset[str]:
    """Gazetteer organizations that are established companies or investors."""
    return frozenset(
        e.name for e in load_gazetteer().values() if e.kind in {"established", "investor", "outlet"}
    )


@lru_cache(maxsize=1)
def _giant_startups() -> frozenset[str]:
    """Gazetteer organizations the press calls both "the startup" and "the giant"."""
    return frozenset(e.name for e in load_gazetteer().values() if e.kind == "giant_startup")


def plural_reference(ctx: SentenceContext, tok: Token) -> list[Arg]:
    """'the two companies', 'the chipmakers': the last two organizations named before."""
    kid_words = {c.lower_ for c in kids(tok)}
    counted = bool(kid_words & {"two", "both", "three"})
    acting = (
        "the" in kid_words
        and tok.dep_ == "nsubj"
        and tok.head.lemma_.lower() in ctx.cues.words("joint_action_verbs")
    )
    if not (counted or acting):
        # A bare "the companies did not disclose ..." names nobody for sure.
        return []
    if any(c.dep_ == "relcl" and tok.doc[c.left_edge.i - 1].text != "," for c in kids(tok)):
        # ("the two cloud providers that have supplied it so far": a clause that says
        # which ones brings in parties not named, no pair told before.)
        return []
    size = 3 if "three" in kid_words else 2
    if tok.lemma_.lower() == "partner" and size == 2 and ctx.partners:
        # "The two partners aim to ...": the pair the text said partner.
        return [Arg(n, tok.i, True) for n in ctx.partners[-1]]
    # ("Zeta and Korvo are wary of Lumora. The two companies announced ...":
    # the pair the sentence before has for its subject.)
    doc = tok.doc
    spans = [doc[tok.sent.start : tok.i]]
    if tok.sent.start > 0:
        spans.append(doc[tok.sent.start - 1].sent)
    for span in spans:
        for t in span:
            if t.dep_ not in SUBJ_DEPS or t.i not in ctx.by_token or t.dep_ == "conj":
                continue
            group = [ctx.by_token[c.i].canonical for c in (t, *t.conjuncts) if c.i in ctx.by_token]
            # (A cloud is told as a company too: "Zeta and Korvo Cloud".)
            if len(set(group)) == size and all(
                ctx.fits(n, ("Organization", "CloudPlatform")) for n in group
            ):
                return [Arg(n, tok.i, True) for n in dict.fromkeys(group)]
    names: list[str] = []
    pos = ctx.offset + tok.idx
    cited = ctx.datelined.union(*ctx.sources.values())
    for char_pos, name, _classes in reversed(ctx.history):
        if char_pos < pos and name not in names and ctx.fits(name, ("Organization",)):
            if name in cited:
                # (The outlet the text cites reports the deal; it is none of the parties.)
                continue
            names.append(name)
            if len(names) == size:
                break
    return [Arg(n, tok.i, True) for n in names] if len(names) == size else []


def _subjects_before(ctx: SentenceContext, tok: Token) -> list[str]:
    """Entity subjects of the sentence before ``tok``, then of the previous sentences."""
    out: list[str] = []
    sent = tok.sent
    singular = tok.tag_ in {"NN", "NNP"} or tok.lower_ in {"it", "its", "itself"}

    def group(t: Token) -> bool:
        # "Nvidia and SoftBank participated", "Existing investors A and B took part": one
        # of a group is no antecedent of "the company" or "it".
        # (A place the parser coordinated with it is no partner: "SSI, which has offices
        # in Palo Alto and Tel Aviv, raised ...".)
        return singular and (
            (t.tag_ == "NNS" and t.text.islower())
            or any(
                c.i in ctx.by_token and ctx.classes(ctx.by_token[c.i].canonical)[0] != "Location"
                for c in t.conjuncts
            )
        )

    for t in sent:
        if t.i >= tok.i:
            break
        if t.dep_ in SUBJ_DEPS | PASS_SUBJ_DEPS and not group(t):
            if t.i in ctx.by_token:
                out.append(ctx.by_token[t.i].canonical)
            elif t.pos_ == "NOUN" and (
                children(t, {"appos"})
                or (t.lemma_.lower() in ctx.rules.maker_nouns and children(t, {"compound"}))
            ):
                # "Elon Musk's company xAI has raised ...", "the ChatGPT maker said it ...".
                found = ctx.entity_of(t, "", 3)
                if found is not None:
                    out.append(found.name)
            elif t.lemma_.lower() in ctx.cues.words("funding_nouns"):
                # "Scale's latest round was led by Accel": the company raising it.
                for p in possessor_of(t):
                    if p.i in ctx.by_token:
                        out.append(ctx.by_token[p.i].canonical)
    start = sent.start
    for _ in range(3):
        if start <= 0:
            break
        prev = ctx.doc[start - 1].sent
        for t in prev:
            # Only the main clause's subject is salient ("The round was led by Iconiq,
            # with Fidelity acting as co-lead": not Fidelity).
            # ("Mountain View, California-based Groq designs ...": the verb hung on the
            # place as an apposition.)
            under_root = t.head.dep_ in {"conj", "ccomp"} or (
                t.head.dep_ == "appos" and t.head.pos_ == "VERB"
            )
            main = t.head.i == prev.root.i or (under_root and t.head.head.i == prev.root.i)
            if t.dep_ in SUBJ_DEPS | PASS_SUBJ_DEPS and main:
                if group(t):
                    continue
                if t.i in ctx.by_token:
                    out.append(ctx.by_token[t.i].canonical)
                    # "IBM chief executive Arvind Krishna has ... The company bought X": the
                    # company of the officer who was the subject (for a description).
                    if tok.pos_ == "NOUN":
                        out.extend(officer_company(ctx, t))
                    break
                # "The startup still faces ... Reddit sued it": follow the chain.
                if t.lemma_.lower() in ctx.rules.ref_nouns or t.lower_ in PERSONAL:
                    found = ctx.entity_of(t, "", 3)
                    if found is not None:
                        out.append(found.name)
                    break
                if (
                    t.pos_ == "NOUN"
                    and t.dep_ in SUBJ_DEPS
                    and t.lemma_.lower() not in ctx.cues.words("funding_nouns")
                    and not children(t, {"poss", "compound", "nmod"})
                ):
                    # "But most of the cash comes from Zeta. The search giant ...", "The
                    # agreement marks a shift for Disney, which has fought AI companies in
                    # court. In June it sued ...": with no name for a subject, the one
                    # company the sentence names.
                    named = [
                        ctx.by_token[o.i].canonical
                        for o in prev
                        if o.i in ctx.by_token and o.i > t.i and o.pos_ == "PROPN"
                    ]
                    if named and (
                        len(set(named)) == 1
                        # ("The vote is a stumble for CoreWeave, which has since signed
                        # contracts with OpenAI": the name the relative clause is about.)
                        or any(
                            c.dep_ == "relcl" and ctx.by_token.get(c.head.i) is not None
                            for c in prev
                            if c.head.i in ctx.by_token
                            and ctx.by_token[c.head.i].canonical == named[0]
                        )
                    ):
                        out.append(named[0])
                        break
        start = prev.start
    return out


def _named(ctx: SentenceContext, t: Token, banned: set[str], want: tuple[str, ...]) -> str | None:
    """The entity the name at ``t`` is, if it is not banned and fits ``want``."""
    m = ctx.by_token.get(t.i)
    if m is not None and m.canonical not in banned and ctx.fits(m.canonical, want):
        return m.canonical
    return None


def officer_company(ctx: SentenceContext, name: Token) -> list[str]:
    """The company named in a person's title before the name ("IBM chief executive
    Arvind Krishna": IBM)."""
    m = ctx.by_token.get(name.i)
    if m is None or ctx.classes(m.canonical)[0] != "Person":
        return []
    titles = ctx.cues.titles()
    out: list[str] = []
    for c in kids(name):
        if c.dep_ == "compound" and c.lower_ in titles:
            for g in kids(c):
                org = ctx.by_token.get(g.i)
                if (
                    g.dep_ in {"nmod", "compound", "poss"}
                    and org is not None
                    and ctx.classes(org.canonical)[0] == "Organization"
                ):
                    out.append(org.canonical)
    return out


def _workplace(ctx: SentenceContext, name: Token) -> list[str]:
    """The company a person's relative clause or apposition places them at ("Ana Ruiz, who
    oversees computing at Zeta", "Ana Ruiz, an engineer at Zeta": Zeta)."""
    if (m := ctx.by_token.get(name.i)) is None or ctx.classes(m.canonical)[0] != "Person":
        return []
    for c in children(name, {"relcl", "appos"}):
        for p in c.subtree:
            org = ctx.by_token.get(p.i) if p.dep_ == "pobj" else None
            if (
                org is not None
                and p.head.lower_ in {"at", "for"}
                and ctx.classes(org.canonical)[0] == "Organization"
            ):
                return [org.canonical]
    return []


def _city_comma(doc: Doc, i: int) -> bool:
    """Whether the comma at ``i`` splits a place of a hyphenated modifier: "the San
    Jose, California-based company"."""
    return (
        doc[i].text == ","
        and 0 < i < len(doc) - 2
        and doc[i - 1].pos_ == "PROPN"
        and doc[i + 1].pos_ == "PROPN"
        and doc[i + 2].text == "-"
    )


def is_definite(tok: Token) -> bool:
    if any(
        c.dep_ in {"det", "poss"} and c.lower_ in {"the", "this", "that", "its", "their"}
        for c in kids(tok)
    ):
        return True
    # ("the Amazon- and Google-backed startup": the parser hung "the" on the first half.)
    doc = tok.doc
    i = tok.i - 1
    while i > tok.sent.start and (
        doc[i].pos_ in {"PROPN", "ADJ", "PUNCT", "CCONJ"} or doc[i].dep_ in {"amod", "npadvmod"}
    ):
        if doc[i].text in {",", ";", ":", "(", ")"} and not _city_comma(doc, i):
            return False
        i -= 1
    return i < tok.i - 2 and doc[i].lower_ == "the" and doc[i].head.i != tok.i


def antecedent(tok: Token) -> Token | None:
    """The noun a relative pronoun stands for ("OpenAI, which ...")."""
    verb = tok.head
    steps = 0
    while verb.dep_ != "relcl" and verb.head.i != verb.i and steps < 3:
        verb = verb.head
        steps += 1
    if verb.dep_ == "relcl":
        head = verb.head
        doc = tok.doc
        # ("the head of Lumora, in which Zeta took a stake": the clause starts
        # at its preposition.)
        start = tok.i - 1 if tok.dep_ == "pobj" and tok.head.i == tok.i - 1 else tok.i
        before = doc[start - 2] if start >= 2 and doc[start - 1].text == "," else None
        if (
            tok.lower_ == "which"
            and before is not None
            and before.i > head.i
            and before.pos_ == "PROPN"
            and before.dep_ == "pobj"
            and before.head.lower_ == "of"
            and before.head.head.i == head.i
        ):
            # "a major partner of OpenAI, which uses Azure": "which" right after the
            # name ends the phrase, not the noun before "of".
            return before
        return head
    doc = tok.doc
    if (
        tok.lower_ == "whose"
        and tok.i >= 2
        and doc[tok.i - 1].text == ","
        and doc[tok.i - 2].pos_ == "PROPN"
    ):
        # "Meta, whose Llama models have been downloaded ...": a relative clause the
        # parser did not see as one names the name before its comma.
        return doc[tok.i - 2]
    return None


#: Verbs that tell what a suit claims ("sued X, alleging that ...").
_ALLEGING = frozenset({"allege", "claim", "say", "argue", "contend", "assert", "charge"})


def _defendants_own(
    ctx: SentenceContext, tok: Token, want: tuple[str, ...], exclude: str
) -> Arg | None:
    """'Nimbus sued Zentrix, alleging that its AI model had copied images': the possessive
    on what the allegation says acted is the defendant's (not "... that its articles
    were copied": what was acted on is the plaintiff's)."""
    owned = tok.head
    if tok.dep_ != "poss" or owned.dep_ != "nsubj":
        return None
    act = owned.head
    alleging = act.head
    if (
        act.dep_ != "ccomp"
        or act.pos_ not in {"VERB", "AUX"}
        or is_passive(act)
        or alleging.lemma_.lower() not in _ALLEGING
        or alleging.dep_ not in {"advcl", "conj", "xcomp"}
    ):
        return None
    suing = alleging.head
    if suing.lemma_.lower() != "sue":
        return None
    for defendant in children(suing, {"dobj"}):
        found = ctx.entity_of(defendant, exclude, 3)
        if found is not None and found.name != exclude and ctx.fits(found.name, want):
            return Arg(found.name, tok.i, True)
    return None


def _hired_from(
    ctx: SentenceContext, tok: Token, want: tuple[str, ...], exclude: str
) -> Arg | None:
    """'Nvidia will license Groq's chips and hire its CEO': 'its' is not the hirer.

    A company hires another's people and licenses another's technology, so a
    possessive inside the object of a hiring or licensing verb names the nearest
    organization before it other than the hirer.
    """
    cur = tok.head
    # ("paid $650 million to license its technology": a licensee licenses another's.)
    taking = ctx.cues.words("hiring_verbs") | {"license", "licence"}
    for _ in range(7):
        if cur.pos_ == "VERB" and cur.lemma_.lower() in taking:
            break
        if cur.dep_ in SUBJ_DEPS | PASS_SUBJ_DEPS | {"xcomp", "advcl"} or cur.head.i == cur.i:
            # (The post a hire is for is the hirer's: "hired X to be the CEO of its unit".)
            return None
        cur = cur.head
    else:
        return None
    hirers = {
        ctx.by_token[t.i].canonical
        for s in subject_of(cur)
        for t in (s, *s.conjuncts)
        if t.i in ctx.by_token
    }
    for m in reversed(ctx.sentence_mentions(tok)):
        if m.canonical not in hirers and m.canonical != exclude and ctx.fits(m.canonical, want):
            return Arg(m.canonical, tok.i, True)
    return None


def _supplier_owns(
    ctx: SentenceContext, tok: Token, want: tuple[str, ...], exclude: str
) -> Arg | None:
    """ "Zeta signed a deal with Vexo to use its chips", "pays Vexo for access to its
    servers": the chips or servers a company takes from another are the other's.

    Only computing goods (chips, servers, cloud capacity, a named chip or cloud), not
    "its own", and only when the sentence names the other party with "with" or as the
    one paid.
    """
    cues = ctx.cues
    noun = tok.head
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head
    if any(c.lower_ == "own" for c in kids(noun)):
        return None
    goods = (
        cues.raw["class_cue_nouns"]["Hardware"]
        + list(cues.words("compute_base_nouns"))
        + ["cloud", "capacity"]
    )
    named = ctx.by_token.get(noun.i)
    if not (
        (named is None and noun.lower_ in goods)
        or (named is not None and ctx.classes(named.canonical)[0] in {"Hardware", "CloudPlatform"})
    ):
        return None
    taker = noun.head
    if noun.dep_ == "pobj" and taker.lower_ == "to" and taker.head.lemma_.lower() == "access":
        taker = taker.head
    elif noun.dep_ != "dobj":
        return None
    if taker.lemma_.lower() not in cues.words("supplied_use_lemmas"):
        return None
    # The party: "with Y" on the deal or its verb, or the one paid ("pay Y for access").
    climb = [taker, *list(taker.ancestors)[:5]]
    for step in climb:
        parties = prep_objects(step, {"with"}) + [
            o for d in children(step, {"dobj"}) for o in prep_objects(d, {"with"})
        ]
        if step.lemma_.lower() == "pay":
            parties += children(step, {"dative", "dobj"})
        for p in parties:
            found = ctx.entity_of(p, exclude, 3)
            if (
                found is not None
                and found.name != exclude
                and ctx.classes(found.name)[0] == "Organization"
                and ctx.fits(found.name, want)
            ):
                return Arg(found.name, tok.i, True)
    return None
