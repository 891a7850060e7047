"""Polarity, certainty, amount and date of a relation found at a trigger token.

The cue lists live in ``data/cues.json``. Negation and hedges are read from
the trigger and the chain of words that govern it (so "deal to buy X fell
apart" reaches "fell apart", "plans to invest" reaches "plan"), plus a few
sentence-level attribution phrases ("according to", "people familiar").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.entities import load_cues
from kg.extract.nlp import doc_ents, load_gazetteer, span_ents
from kg.extract.syntax import SUBJ_DEPS, children, kids, misplaced_speaker, reduced_relative

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
_CLIMB = {
    "xcomp",
    "conj",
    "acl",
    "advcl",
    "pobj",
    "prep",
    "pcomp",
    "dobj",
    "ccomp",
    "attr",
    "acomp",
    "nsubj",
    "nsubjpass",
    "appos",
    "compound",
    "amod",
    "oprd",
    "relcl",
    "npadvmod",
    "poss",
}


#: Verbs of having: "previously had a partnership" tells one that is over.
_HOLDING = frozenset({"have", "hold", "own", "keep", "maintain", "enjoy"})


def governing_chain(tok: Token, limit: int = 6) -> list[Token]:
    """The trigger and the words that govern it, up to the clause that holds it.

    A subject noun only passes its verb's polarity on when it names an event
    ("the deal ... fell apart"); "its chief executive declined to comment" does
    not end the role.
    """
    events = load_cues().words("event_nouns")
    chain = [tok]
    cur = tok
    for _ in range(limit):
        speaker_verb = misplaced_speaker(cur)
        if speaker_verb is not None:
            # "X will not invest in Y, the firm's founder, Z, said": the founder said.
            chain.append(speaker_verb)
            break
        if cur.dep_ not in _CLIMB or cur.head.i == cur.i:
            break
        if cur.dep_ == "relcl" and cur is not tok:
            break
        if (
            cur.dep_ == "pobj"
            and cur.head.lower_ in {"including", "like"}
            and cur.head.head.dep_ in {"nsubj", "nsubjpass"}
            and cur.head.head.head.pos_ in {"VERB", "AUX"}
        ):
            # "Windsurf's leadership, including CEO X, has jumped ship": what the group
            # does, its listed members do.
            cur = cur.head.head.head
            chain.append(cur)
            continue
        # "stepped down as CEO": a role named with "as" takes the polarity of its verb.
        role_as = cur.dep_ == "pobj" and cur.head.lower_ == "as"
        # ("rejected an offer to partner with X", the verb read as a noun after "to".)
        infinitive = cur is tok and cur.dep_ == "pobj" and cur.head.tag_ == "TO"
        if (
            cur.dep_ in {"nsubj", "nsubjpass", "appos", "pobj"}
            and cur.pos_ in {"NOUN", "PROPN"}
            and cur.lemma_.lower() not in events
            and not role_as
            and not infinitive
        ):
            break
        cur = cur.head
        chain.append(cur)
    return chain


#: Adverbs that make a denial a limit: "does not rely solely on X" still relies on it.
_NOT_ALONE = frozenset({"only", "solely", "just", "merely", "exclusively", "entirely", "simply"})


def _phrases(tok: Token) -> set[str]:
    out = {tok.lemma_.lower(), tok.lower_}
    for child in kids(tok):
        if child.dep_ in {"prt", "advmod", "dobj", "neg", "det"}:
            out.add(f"{tok.lemma_.lower()} {child.lower_}")
            out.add(f"{tok.lower_} {child.lower_}")
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None:
        out.add(f"{tok.lower_} {nxt.lower_}")
    prev = tok.nbor(-1) if tok.i > 0 else None
    if prev is not None:
        out.add(f"{prev.lower_} {tok.lower_}")
    return out


#: Deal nouns a later sentence may say fell through, and the relations each takes back.
_DEAL_NOUN_RELATIONS = {
    "deal": {"acquires", "invests_in"},
    "transaction": {"acquires", "invests_in"},
    "agreement": {"acquires", "invests_in"},
    "talks": {"acquires", "invests_in"},
    "acquisition": {"acquires"},
    "takeover": {"acquires"},
    "merger": {"acquires"},
    "purchase": {"acquires"},
    "buyout": {"acquires"},
    "bid": {"acquires"},
    "offer": {"acquires"},
    "sale": {"acquires"},
    "investment": {"invests_in"},
}


def deal_called_off(sent: Span) -> set[str]:
    """The relations of the deal told just before that this sentence says fell through
    ("X agreed to buy Y. The deal was called off in June."; "That deal collapsed."): a
    definite deal noun as the subject of a collapse verb, or as the object of one ("Regulators
    blocked the takeover"); else an empty set."""
    cues = load_cues()
    collapse = cues.words("collapse_lemmas") - {"try", "deny", "drop", "refusal", "rejection"}
    collapse_ph = cues.words("collapse_phrases")
    for tok in sent:
        kinds = _DEAL_NOUN_RELATIONS.get(tok.lower_)
        for c in children(tok, {"compound"}):
            # ("the merger agreement": a merger's.)
            kinds = _DEAL_NOUN_RELATIONS.get(c.lower_, kinds)
        if kinds is None or not any(
            c.dep_ in {"det", "poss"} and c.lower_ in {"the", "that", "this", "its", "their"}
            for c in kids(tok)
        ):
            continue
        verb = tok.head
        if tok.dep_ not in {"nsubj", "nsubjpass", "dobj"} or verb.pos_ not in {"VERB", "AUX"}:
            continue
        if any(c.dep_ == "neg" for c in kids(verb)) or any(
            c.lower_ in {"if", "unless", "whether"} for c in kids(verb) if c.dep_ == "mark"
        ):
            continue
        lemma = verb.lemma_.lower()
        if (
            lemma in collapse
            or _phrases(verb) & collapse_ph
            or (lemma == "fall" and any(c.lower_ in {"through", "apart"} for c in kids(verb)))
        ):
            return kinds
    return set()


def _counterfactual(verb: Token) -> bool:
    """Whether a past participle is told as what would (could, might) have happened."""
    aux = {c.lower_ for c in kids(verb) if c.dep_ in {"aux", "auxpass"}}
    return "have" in aux and bool(aux & {"would", "could", "might", "should", "'d"})


#: Subordinating words whose clause the main clause takes as given (not "if", "unless").
_GIVEN_MARKS = frozenset({"when", "after", "before", "while", "because", "since", "once"})


def _to_come(verb: Token) -> bool:
    """Whether the verb tells of what is still to come ("he would step down", "is set to
    step down"): a post left later is held now."""
    if any(c.dep_ == "aux" and c.lower_ in {"will", "would", "shall", "'ll"} for c in kids(verb)):
        return True
    return verb.dep_ == "xcomp" and verb.head.lemma_.lower() in {
        "plan",
        "expect",
        "set",
        "intend",
        "prepare",
        "decide",
        "agree",
    }


def negation(tok: Token, args: tuple[int, int], ongoing: bool) -> str | None:
    """How the text takes back the relation at ``tok``: ``"negated"``, ``"denied"``,
    ``"ended"`` or None.

    "negated": the relation collapsed or never happened; no fact.
    "denied": someone denies it ("X denied that it invested in Y"); no fact either,
    but a denial that may contradict another source.
    "ended": an ongoing state held once and has stopped ("former CEO", "stepped
    down", "sold its stake"); the fact is kept with an end. A denial wins over an
    end cue in the same sentence.
    """
    cues = load_cues()
    ended_hit = False
    neg = cues.words("negation_words")
    collapse = cues.words("collapse_lemmas")
    collapse_ph = cues.words("collapse_phrases")
    ended = cues.words("ended_lemmas")
    ended_ph = cues.words("ended_phrases")
    ended_mod = cues.words("ended_modifiers")
    chain = governing_chain(tok)
    if tok.pos_ == "VERB" and tok.dep_ == "xcomp" and tok.head.lemma_.lower() == "threaten":
        # "Musk threatened to sue Apple": a threat, no suit (not "threatened to pull its
        # investment in X", whose investment stands).
        return "negated"
    # A coordinated clause is its own statement: stop before climbing through 'and'.
    # A comparison is no argument of the verb it hangs on ("X, like rivals Y, sells").
    for t in chain[:2]:
        # "building its own data centers rather than renting capacity from X", "instead
        # of using X": the alternative not taken.
        edge = t.left_edge.i
        before = [w.lower_ for w in tok.doc[max(0, edge - 2) : edge]]
        if t.pos_ == "VERB" and before in (["rather", "than"], ["instead", "of"]):
            return "negated"
    # A clause told as a time or a reason holds whatever the main clause denies ("Meta did
    # not break the law when it trained its Llama models": it trained them).
    for k, t in enumerate(chain[:-1]):
        if (
            (t.dep_ == "conj" and t.pos_ in {"VERB", "AUX"})
            or (t.dep_ == "prep" and t.lower_ in {"like", "unlike"})
            # ("tries to crack the market amid competition from X": the background holds.)
            or (t.dep_ == "prep" and t.lower_ in {"amid", "amidst"})
            or (
                t.dep_ == "advcl"
                and any(
                    c.dep_ in {"mark", "advmod"} and c.lower_ in _GIVEN_MARKS and c.i < t.i
                    for c in kids(t)
                )
                # ("did not say when it would partner with X" asks; it does not tell.)
                and not any(c.dep_ == "aux" and c.tag_ == "MD" for c in kids(t))
                and t.head.lemma_.lower() not in cues.words("reporting_verbs")
            )
        ):
            chain = chain[: k + 1]
            break
    top = chain[-1]
    for c in kids(top):
        if (
            c.dep_ == "conj"
            and c.pos_ in {"VERB", "AUX"}
            and any(g.dep_ == "cc" and g.lower_ == "but" for g in (*kids(top), *kids(c)))
            # (Its own subject only when that is the deal or the talks themselves.)
            and all(
                s.lemma_.lower() in cues.words("event_nouns")
                for s in children(c, {"nsubj", "nsubjpass"})
            )
            and (
                _phrases(c) & collapse_ph
                # ("was in talks to invest in X, but instead decided to hire its founders".)
                or any(a.lower_ == "instead" for a in children(c, {"advmod"}))
                or (c.lemma_.lower() in collapse and c.lemma_.lower() not in {"try", "deny"})
                or (
                    c.lemma_.lower() == "end"
                    and any(p.lower_ == "without" for p in kids(c) if p.dep_ == "prep")
                )
                # ("held talks about buying X, but no deal was reached".)
                or (
                    c.lemma_.lower() in {"reach", "strike", "sign", "agree", "materialize"}
                    and any(
                        d.dep_ == "det" and d.lower_ == "no"
                        for s in children(c, {"nsubj", "nsubjpass"})
                        for d in kids(s)
                    )
                )
            )
        ):
            # "explored a deal to acquire X but walked away", "was in talks to buy X, but
            # the discussions ended without a deal": the second clause takes it back.
            return "negated"
    doc = tok.doc
    claims = cues.words("claim_nouns")
    sent_text = tok.sent.text.lower()
    for t in tok.sent if any(c in sent_text for c in claims) else ():
        if (
            t.i > tok.i
            and t.lemma_.lower() in claims
            and t.left_edge.i > 0
            and doc[t.left_edge.i - 1].text in {",", "—", "–"}
            and any(
                c.dep_ in {"relcl", "acl"} and c.lemma_.lower() in cues.words("denying_verbs")
                for c in kids(t)
            )
        ):
            # "X had relied on Y, a claim the company denied": the clause before is denied.
            return "denied"
    for n, t in enumerate(chain):
        if (
            t.dep_ in {"xcomp", "ccomp"}
            and t.head.lemma_.lower() in {"like", "want", "wish", "love"}
            and t.head.pos_ == "VERB"
            and any(a.lower_ == "to" for a in children(t, {"aux"}))
            and (children(t.head, {"dobj"}) or children(t, SUBJ_DEPS))
        ):
            # "Musk said he would like Tesla to invest in xAI": a wish that another party
            # act, no act.
            return "negated"
        if t.pos_ in {"VERB", "AUX"} and any(
            c.dep_ == "mark" and c.lower_ == "whether" and c.i < t.i for c in kids(t)
        ):
            # "Analysts questioned whether X had relied on Y", "it is unclear whether X
            # will invest": a question, not a statement.
            return "negated"
        if (
            n > 0
            and t.tag_ in {"VBD", "VBN"}
            and not any(a.dep_ in {"aux", "auxpass"} for a in kids(t))
            and t.lemma_.lower() in {"consider", "weigh", "mull", "explore", "contemplate"}
            and any(
                (c.dep_ == "advmod" and c.lower_ == "once")
                or (c.dep_ == "prep" and any(o.lower_ == "point" for o in kids(c)))
                for c in kids(t)
            )
        ):
            # "X, which at one point considered acquiring Y": an idea once had, and left.
            return "negated"
        if (
            t.lower_ == "were"
            and any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in kids(t))
            and any(a.lower_ == "to" for x in children(t, {"xcomp"}) for a in children(x, {"aux"}))
        ):
            # "If X were to adopt Y's chips, ...": a supposition, not an act.
            return "negated"
        if t.tag_ == "VBN" and _counterfactual(t):
            # "The deal would have let Nvidia buy Arm": it did not.
            return "negated"
        if (
            t.dep_ in {"pcomp", "pobj"}
            and t.head.lower_ == "of"
            and t.head.head.lemma_.lower() in cues.words("non_factual_nouns")
        ):
            # "the possibility of Zeta putting money into Nimbus", "the prospect of a merger": an
            # idea talked about, not an act.
            return "negated"
        if (
            t.dep_ == "pcomp"
            and t.head.lower_ == "from"
            and t.head.head.lemma_.lower()
            in {"prevent", "stop", "bar", "block", "keep", "ban", "prohibit", "discourage"}
        ):
            # "to prevent innovators like xAI from competing": kept from it.
            return "negated"
        if n > 0 and t.pos_ == "ADJ" and t.lower_ in cues.words("unlikely_words"):
            # "X is unlikely to take on Y": told as what will probably not happen.
            return "negated"
        if n > 0 and t.dep_ == "prep" and t.lower_ in cues.words("negating_preps"):
            # "without formally acquiring the companies".
            return "negated"
        said_of = (
            n > 0
            and t.lemma_ == "be"
            and chain[n - 1].dep_ == "nsubj"
            and chain[n - 1].pos_ == "NOUN"
            and any(c.dep_ in {"attr", "acomp"} for c in kids(t))
        )
        for child in kids(t):
            if child.dep_ == "neg" or (
                child.dep_ in {"det", "advmod", "preconj"} and child.lower_ in neg
            ):
                if child.i + 1 < len(child.doc) and child.doc[child.i + 1].lower_ == "only":
                    # "invested not only in X but in Y" adds, it does not deny.
                    continue
                if child.dep_ == "neg" and any(
                    c.dep_ == "advmod" and c.lower_ in _NOT_ALONE
                    for k in (t, *children(t, {"prep"}))
                    for c in kids(k)
                ):
                    # "so that it does not depend solely on X", "will not rely only on X":
                    # it still depends on X.
                    continue
                if said_of and child.dep_ == "neg":
                    # ("X's investment in Y is not its first": what is denied is said of
                    # the investment, which stands.)
                    continue
                return "negated"
        phrases = _phrases(t)
        for child in kids(t):
            if child.dep_ == "advcl" and _phrases(child) & collapse_ph:
                phrases |= collapse_ph
            if ongoing and child.lower_ == "longer" and any(g.lower_ == "no" for g in kids(child)):
                # "Microsoft no longer uses ...".
                ended_hit = True
            if (
                n == 0
                and t.pos_ == "VERB"
                and child.dep_ == "advmod"
                and child.lower_ in cues.words("counterfactual_adverbs")
            ):
                # "AMD almost bought Nvidia": it did not.
                return "negated"
            if (
                ongoing
                and n == 0
                and t.tag_ in {"VBD", "VBN"}
                and child.dep_ == "advmod"
                and child.lower_ in {"initially", "originally"}
                and t.lemma_.lower() not in cues.words("past_event_lemmas")
                and any(c.dep_ == "cc" and c.lower_ == "but" for c in kids(t))
            ):
                # "Lumora initially adopted X's chips but later ...": a first choice the
                # text goes on to say was left.
                ended_hit = True
            if (
                ongoing
                and n <= 2
                and t.tag_ == "VBD"
                and child.dep_ == "advmod"
                and child.lower_ == "once"
            ):
                # "G42, which was once Cerebras's largest customer": no longer.
                ended_hit = True
            if (
                ongoing
                and n <= 2
                and t.lemma_ == "be"
                and t.tag_ == "VBD"
                and child.dep_ == "attr"
                and any(
                    w.lower_ == "recently" and w.i > 0 and doc[w.i - 1].lower_ == "most"
                    for w in doc[t.i : tok.i]
                )
            ):
                # "Suleyman was most recently CEO of Inflection": the last post held before.
                ended_hit = True
            if (
                ongoing
                and n == 0
                and t.tag_ == "VBD"
                and t.dep_ == "relcl"
                and t.lemma_.lower() in {"lead", "run", "head", "helm", "chair", "oversee"}
                and child.dep_ in SUBJ_DEPS
                and child.lower_ in {"who", "which", "that"}
                # (A company led, not a round: "which led a round in X" still invests.)
                and any(o.pos_ == "PROPN" for o in children(t, {"dobj"}))
            ):
                # "Jeff Dean, who led Google Brain, will take on ...": a post told in the
                # past tense as background is one held before.
                ended_hit = True
            if (
                ongoing
                and n == 0
                and t.pos_ == "VERB"
                # (Not a term to come: "will rent it until 2031", "agreed to buy it until".)
                and t.tag_ != "VB"
                and child.lower_ in cues.words("until_words")
            ):
                # "ran it until the sale": the state has ended.
                ended_hit = True
            if (
                ongoing
                and n <= 2
                and t.pos_ in {"VERB", "AUX"}
                and child.dep_ == "prep"
                and child.lower_ in cues.words("until_words")
                and child.i < t.i
                and any(o.lower_ == "now" or o.ent_type_ == "DATE" for o in kids(child))
                and (
                    t.tag_ == "VBD"
                    or any(
                        a.dep_ == "aux" and (a.lemma_ == "have" or a.tag_ == "VBD") for a in kids(t)
                    )
                )
            ):
                # "Until now, X has been its cloud provider", "Until January, X was using
                # Y": a state told up to a point that has come.
                ended_hit = True
            if (
                ongoing
                and (n == 0 or t.lemma_.lower() in {"serve", "act", "work"})
                and t.pos_ == "VERB"
                and child.dep_ == "prep"
                and child.lower_ == "since"
                and any(a.dep_ == "aux" and a.tag_ == "VBD" and a.lemma_ == "have" for a in kids(t))
            ):
                # "had licensed its technology since 2023", "had served as interim
                # co-CEOs since then": a state that ran up to a past point, told as what
                # came before.
                ended_hit = True
        if phrases & collapse_ph:
            return "negated"
        if (
            not ongoing
            and n == 1
            and t.lemma_.lower() == "end"
            and t.pos_ == "VERB"
            and tok.dep_ == "dobj"
            and tok.pos_ == "NOUN"
        ):
            # "The ruling ends X's planned takeover of Y": an event ended before it
            # happened did not happen.
            return "negated"
        if (
            n > 0
            and t.lemma_.lower() in collapse
            and t.pos_ in {"VERB", "NOUN"}
            # "scraping user comments" is no scrapped deal.
            and t.lower_ not in cues.words("not_collapse_forms")
        ):
            if t.lemma_.lower() == "expire" and t.tag_ not in {"VBD", "VBN"}:
                # ("a licence to use X that expires in 2030" still holds.)
                continue
            if t.lemma_.lower() == "try" and tok.lemma_.lower() in cues.words("striving_lemmas"):
                # "trying to compete with X" is competing; "tried to buy X" did not buy it.
                continue
            if t.lemma_.lower() == "deny" and t.pos_ == "VERB":
                # "Tessaly denied that Halvex agreed to buy it": a denial, which may
                # contradict another source.
                return "denied"
            return "negated"
        if (
            n > 0
            and t.pos_ == "VERB"
            and t.tag_ in {"VBD", "VBN"}
            and t.lemma_.lower() in cues.words("past_deliberation_lemmas")
            and not any(a.dep_ == "auxpass" for a in kids(t))
        ):
            # ("Apple considered partnering with X", "had weighed a bid for Y": a choice
            # weighed in the past and not told as made.)
            return "negated"
        # ("Nvidia previously invested in X", "X previously partnered with Y": an event
        # told as earlier, not a state that has stopped.)
        earlier = (
            t.pos_ == "VERB"
            and t.tag_ in {"VBD", "VBN"}
            and t.lemma_.lower() in cues.words("past_event_lemmas")
        )
        if ongoing:
            if (
                phrases & ended_ph
                and not _to_come(t)
                and not (earlier and phrases & ended_ph <= {"previously"})
            ):
                ended_hit = True
            if (
                t.tag_ == "VBD"
                and n > 0
                # (Not a deal told as struck: "agreed to rent its servers until 2031" sets
                # the term to come.)
                and t.lemma_.lower() not in cues.words("announcing_verbs")
                and any(
                    p.dep_ == "prep" and p.lower_ == "until" and p.head.i in {c.i for c in chain}
                    for p in tok.sent
                )
            ):
                # "Ann Lee, who was CEO of Zeta until 2020": a post held until then.
                ended_hit = True
            mover = t.head.head if t.head.lower_ == "away" else t.head
            if (
                t.lower_ == "from"
                and mover.lemma_.lower() in {"move", "shift", "pivot", "steer", "drift"}
                and any(a.lower_ == "away" for a in (t.head, *kids(mover)))
            ):
                # "letting Halden move away from relying on Brixo's GPUs": a use being left
                # (not "moving away from A to B": B is where it goes).
                ended_hit = True
            if (
                n > 0
                and t.pos_ == "NOUN"
                and t.lemma_.lower() in cues.words("ended_nouns")
                and chain[n - 1].dep_ == "poss"
            ):
                # "CEO Altman's dismissal from OpenAI": the post is being left.
                ended_hit = True
            if any(
                c.dep_ == "advmod"
                and c.lower_ in ended_ph
                and not (earlier and c.lower_ == "previously")
                for c in kids(t)
            ) and not (
                # ("Oracle has previously confirmed partnerships with Meta": the telling is
                # earlier, not the partnership over; "the regulator previously cleared X's
                # partnership with Y": so is what was done to it, unlike "previously had").
                n > 0
                and (
                    t.lemma_.lower() in cues.words("reporting_verbs")
                    or (
                        chain[n - 1].dep_ == "dobj"
                        and t.lemma_.lower() not in _HOLDING
                        and not any(
                            c.dep_ == "advmod" and c.lower_ in ended_ph - {"previously"}
                            for c in kids(t)
                        )
                    )
                )
            ):
                # "Tulloch has previously worked with OpenAI".
                ended_hit = True
            if (
                n > 0
                and t.lemma_.lower() in ended
                and t.pos_ == "VERB"
                # ("replace contractors with AI, leaning on X": a manner of doing it, not
                # what is replaced.)
                and not (chain[n - 1].dep_ == "advcl" and chain[n - 1].tag_ == "VBG")
                # ("left the company to head up Meta's lab", "to join its competitor X": what
                # the leaver goes on to is no relation left.)
                and not (
                    chain[n - 1].dep_ in {"xcomp", "advcl"}
                    and chain[n - 1].tag_ == "VB"
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in kids(chain[n - 1]))
                )
                # ("Nimbus will sell Lumora access to its chips": a sale ends only the
                # seller's holding, not what the buyer gets.)
                and not (
                    t.lemma_.lower() == "sell"
                    and (
                        (doc[args[0]].dep_ == "dative" and doc[args[0]].head.i == t.i)
                        or (
                            doc[args[0]].dep_ == "compound"
                            and doc[args[0]].head.dep_ == "dobj"
                            and doc[args[0]].head.head.i == t.i
                        )
                    )
                )
            ):
                # ("X will succeed Y as CEO": the successor's post begins.)
                # ("Andy Jassy, who succeeded Jeff Bezos as CEO": "who" is Jassy.)
                successor = t.lemma_.lower() == "succeed" and any(
                    (t.head.i if s.lower_ in {"who", "that"} and t.dep_ == "relcl" else s.i) in args
                    for s in kids(t)
                    if s.dep_ in {"nsubj", "nsubjpass"}
                )
                ended_hit = ended_hit or not successor
    doc = tok.doc
    # "trained on its own chips rather than on Nvidia's GPUs".
    for i in args:
        start = doc[i].left_edge.i
        if doc[i].head.dep_ == "prep":
            start = min(start, doc[i].head.i)
        window = " ".join(t.lower_ for t in doc[max(0, start - 3) : start])
        if "rather than" in window or "instead of" in window:
            return "negated"
    # "Apple, which had been in talks to join the round, is not part of it".
    if chain[-1].dep_ == "relcl" or (len(chain) > 1 and chain[-2].dep_ == "relcl"):
        ante = chain[-1].head if chain[-1].dep_ == "relcl" else chain[-2].head
        if ante.dep_ in {"nsubj", "nsubjpass"} and _phrases(ante.head) & collapse_ph:
            return "negated"
        if ante.dep_ in {"nsubj", "nsubjpass"}:
            low = " ".join(t.lower_ for t in ante.head.subtree if t.i > ante.right_edge.i)
            if any(p in low for p in collapse_ph):
                return "negated"
    # "Sam Ortiz joined Zeta as CEO": the post taken up, not one left.
    taken_up = tok.head if tok.dep_ == "pobj" and tok.head.lower_ == "as" else None
    post_verb = taken_up.head.i if taken_up is not None else -1
    if ongoing and post_verb < 0 and _holder_leaves(tok, args, cues.words("leaving_lemmas")):
        ended_hit = True
    if (
        ongoing
        and tok.tag_ == "VBG"
        and tok.dep_ == "pcomp"
        and tok.head.lower_ == "after"
        and tok.lemma_.lower() in {"lead", "run", "head", "helm", "chair"}
        and any(c.dep_ == "dobj" and c.pos_ == "PROPN" for c in kids(tok))
    ):
        # "Wang joined Meta in June, after leading Scale AI": a post held before (not
        # "after leading the round").
        ended_hit = True
    hiring = cues.words("hiring_verbs")
    if tok.lower_ in cues.titles():
        # ("Google brought in X, the CEO of Windsurf": who is taken on leaves the post;
        # "brings Y, a Paris-based startup" leaves no seat.)
        hiring = hiring | cues.words("taking_on_verbs")
    if ongoing and _hired_away(tok, hiring):
        # "Nvidia will license Groq's chips and hire its CEO, Jonathan Ross": the post
        # named in what is hired is the one being left.
        ended_hit = True
    if ongoing:
        # "Sunny Madra, Groq's president, will join Nvidia": the holder is leaving.
        leaving = cues.words("leaving_lemmas")
        for i in args:
            cur = doc[i]
            if not _is_person(cur) or any(_place(doc[j]) for j in args if j != i):
                # Only a person leaves a post ("Oracle and SoftBank joined forces" stay; a
                # company's seat is no post: "The Paris startup X joined the deal").
                continue
            for _ in range(4):
                if cur.dep_ not in {"appos", "nsubj", "nsubjpass", "pobj", "prep", "compound"}:
                    break
                below, cur = cur, cur.head
                if (
                    cur.pos_ == "VERB"
                    and cur.lemma_.lower() in leaving
                    and cur.i not in {tok.i, post_verb}
                    and not _appearance(cur)
                ):
                    ended_hit = True
                if (
                    below.dep_ in {"nsubj", "nsubjpass"}
                    and cur.i not in {tok.i, post_verb}
                    and _moves_on(cur, args, leaving)
                ):
                    # "CEO Dana Reyes will move to Vextra", "will go back to X after
                    # leaving the company", "landed jobs at X": the holder goes elsewhere.
                    ended_hit = True
                if (
                    below.lower_ == "of"
                    and cur.pos_ == "NOUN"
                    and cur.lemma_.lower() in cues.words("leaving_nouns")
                ):
                    # "the departure of CEO Omar Lee to Zentrix" (a leaving told as the
                    # holder's own; an ouster can be undone).
                    ended_hit = True
    # "former chief executive", "its previous model supplier", "the abandoned deal".
    watch = [tok, *(doc[i] for i in args)]
    if tok.dep_ in {"compound", "amod"} and tok.head.i == tok.i + 1 and tok.head.pos_ == "NOUN":
        # ("former Zeta chief executive Ana Ruiz": "former" hangs on the title's last word.)
        watch.append(tok.head)
    if tok.dep_ in {"acl", "xcomp", "relcl"} and tok.head.lemma_.lower() in cues.words(
        "event_nouns"
    ):
        # "Meta's failed attempt to acquire X": the attempt the deal was is the one
        # that failed.
        watch.append(tok.head)
    for t in watch:
        for child in kids(t):
            if child.dep_ in {"amod", "compound", "advmod", "nmod"}:
                low = child.lower_.rstrip("-")
                if low in ended_mod and low in cues.words("failed_deal_modifiers"):
                    # "the abandoned deal": it never happened.
                    return "negated"
                if low in ended_mod and ongoing:
                    # "former chief executive": held once.
                    ended_hit = True
    if ongoing and tok.i > 0 and doc[tok.i - 1].lower_ in {"ex", "ex-"}:
        ended_hit = True
    # ("former Zeta founder and CEO Ana Ruiz": the first title's "former" goes for the
    # whole chain, unless the later title has a word of its own, "and current CEO".)
    first = (
        tok.head
        if tok.dep_ == "conj"
        else tok.head.head
        if tok.dep_ == "compound" and tok.head.dep_ == "conj" and tok.head.head.i < tok.i
        else None
    )
    if (
        ongoing
        and first is not None
        and first.pos_ in {"NOUN", "PROPN"}
        and not any(c.dep_ == "amod" for c in kids(tok))
        and any(
            c.dep_ == "amod" and c.lower_.rstrip("-") in ended_mod and c.i < first.i
            for c in kids(first)
        )
    ):
        ended_hit = True
    if (
        ongoing
        and tok.dep_ == "pobj"
        and tok.head.lower_ == "as"
        and tok.head.head.lemma_.lower() in {"time", "tenure", "stint", "term", "year", "day"}
        and not any(_to_come(a) for a in tok.head.head.ancestors if a.pos_ in {"VERB", "AUX"})
    ):
        # "during his time as CEO": a tenure told as a period.
        ended_hit = True
    led_as = tok if tok.pos_ == "VERB" else tok.head.head if tok.dep_ == "pobj" else None
    if (
        ongoing
        and led_as is not None
        and led_as.tag_ == "VBD"
        and led_as.lemma_.lower() in {"lead", "run", "head", "helm", "serve"}
        and any(
            p.lower_ == "as" and any(o.lemma_.lower() in cues.words("title_words") for o in kids(p))
            for p in kids(led_as)
        )
    ):
        # "Friedman led GitHub as CEO", "she served as its president": a post held then.
        ended_hit = True
    # (The parser may hang "until" on the name a title describes: "X, chief executive of
    # Zeta until last year, now ...".)
    described = [tok.head] if tok.dep_ == "appos" else []
    # ("X served as Zeta's CEO up to now", "X was its chief up to now": on the copula.)
    described += [tok.head] if tok.dep_ == "attr" and tok.head.lemma_ == "be" else []
    if ongoing and any(_until_past(t) for t in (tok, *described, *chain[:3])):
        # "chief executive of Zeta until last year", "ran it until recently": over now.
        ended_hit = True
    top_noun = tok
    while top_noun.dep_ in {"compound", "appos"} and top_noun.head.i != top_noun.i:
        top_noun = top_noun.head
    if (
        ongoing
        and top_noun is not tok
        and top_noun.dep_ == "ROOT"
        and top_noun.tag_ == "NNS"
        and top_noun.lemma_.lower() in cues.words("ouster_lemmas")
    ):
        # ("Zeta board fires CEO Ana Ruiz": a headline's verb read as a plural noun.)
        ended_hit = True
    if ongoing and any(_closed_past_range(t) for t in chain[:3]):
        # "From 2009 to 2021, X served as CEO": a period that is over.
        ended_hit = True
    if (
        ongoing
        and tok.i > 1
        and doc[tok.i - 1].text in {"-", "‑"}
        and doc[tok.i - 2].lower_ in ended_mod
        and not doc[tok.i - 2].whitespace_
    ):
        # "ex-president of X" split by the tokenizer into three words.
        ended_hit = True
    return "ended" if ended_hit else None


def _until_past(tok: Token) -> bool:
    """Whether ``tok`` holds "until last year", "until recently" or "until now" (also "up
    to now"): a state that ended."""
    doc = tok.doc
    for c in kids(tok):
        # "has until now been CEO", "was its chief up to now".
        nxt = doc[c.i + 1] if c.i + 1 < len(doc) else None
        after = doc[c.i + 2] if c.i + 2 < len(doc) else None
        if c.lower_ in {"until", "till"} and nxt is not None and nxt.lower_ == "now":
            return True
        if (
            c.lower_ == "up"
            and nxt is not None
            and nxt.lower_ == "to"
            and after is not None
            and after.lower_ == "now"
        ):
            return True
    for p in children(tok, {"prep"}):
        if p.lower_ not in {"until", "till"}:
            continue
        if any(c.lower_ == "recently" for c in kids(p)):
            return True
        for o in children(p, {"pobj", "advmod"}):
            if o.lower_ == "recently" or any(
                c.dep_ == "amod" and c.lower_ == "last" for c in kids(o)
            ):
                return True
    return False


def _closed_past_range(verb: Token) -> bool:
    """A past-tense verb with "from YEAR to YEAR" (or "between YEAR and YEAR") on it."""
    if verb.tag_ not in {"VBD", "VBN"} or verb.pos_ not in {"VERB", "AUX"}:
        return False

    def year(t: Token) -> bool:
        return t.like_num and len(t.text) == 4 and t.text.isdigit() and 1900 < int(t.text) < 2100

    for p in children(verb, {"prep"}):
        starts = [o for o in children(p, {"pobj"}) if year(o)]
        if p.lower_ == "from" and starts:
            ends = [
                o
                for q in (*children(p, {"prep"}), *children(verb, {"prep"}))
                if q.lower_ in {"to", "through", "until", "till"}
                for o in children(q, {"pobj"})
                if year(o)
            ]
            if ends:
                return True
        if p.lower_ == "between" and starts and any(year(c) for c in starts[0].conjuncts):
            return True
    return False


def _hired_away(tok: Token, hiring: frozenset[str]) -> bool:
    """Whether the title ``tok`` is (part of) the object of a hiring verb ("hire its CEO,
    X"), not a post the hire is for ("hired X to be the CEO of ...")."""
    cur = tok
    for _ in range(4):
        if cur.dep_ in {"dobj", "nsubjpass"} and cur.head.pos_ == "VERB":
            return cur.head.lemma_.lower() in hiring
        if cur.dep_ not in {"compound", "appos", "amod", "conj"} or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _is_person(tok: Token) -> bool:
    """A person by the model's name tags, unless the gazetteer knows the name as
    something else (the small model tags "Oracle" as a person at times)."""
    if tok.ent_type_ != "PERSON":
        return False
    entry = load_gazetteer().get(tok.text)
    return entry is None or entry.cls == "Person"


def _appearance(verb: Token) -> bool:
    """Whether a "join" is an appearance, not a move ("Broadcom's chief executive joined
    OpenAI's leaders to announce the plan")."""
    announcing = load_cues().words("announcing_verbs")
    return verb.lemma_.lower() == "join" and any(
        c.dep_ in {"xcomp", "advcl"} and c.lemma_.lower() in announcing for c in kids(verb)
    )


def _place(tok: Token) -> bool:
    """Whether a name is a known place, or one the NER calls a facility or an event."""
    name = " ".join(t.text for t in tok.subtree if t.dep_ in {"compound"} or t is tok)
    entry = load_gazetteer().get(name)
    return (entry is not None and entry.cls == "Location") or tok.ent_type_ in {
        "FAC",
        "EVENT",
        "DATE",
    }


def _moves_on(verb: Token, args: tuple[int, int], leaving: frozenset[str]) -> bool:
    """Whether the verb whose subject holds a post tells that holder going elsewhere:
    "will move to Vextra", "will go back to X after leaving the company", "landed jobs
    at X" (its own verb or a to-infinitive on it)."""
    cues = load_cues()
    doc = verb.doc
    held = {doc[a].lower_ for a in args}
    for v in (verb, *children(verb, {"xcomp"})):
        lemma = v.lemma_.lower()
        if lemma in cues.words("moving_lemmas") and any(
            o.pos_ == "PROPN"
            # (Not a trip, "will head to Paris", nor a return to the same company.)
            and not _place(o)
            and o.lower_ not in held
            for p in children(v, {"prep"})
            if p.lower_ == "to"
            for o in children(p, {"pobj"})
        ):
            return True
        if lemma == "land" and any(
            o.lemma_.lower() in cues.words("job_nouns") for o in children(v, {"dobj"})
        ):
            return True
        for p in children(v, {"prep"}):
            # ("after leaving the company": not "after leaving Google", another one.)
            if p.lower_ in {"after", "before"} and any(
                c.lemma_.lower() in leaving - {"join"}
                and not children(c, SUBJ_DEPS)
                and all(o.pos_ != "PROPN" or o.i in args for o in children(c, {"dobj"}))
                for c in children(p, {"pcomp"})
            ):
                return True
    return False


def _holder_leaves(tok: Token, args: tuple[int, int], leaving: frozenset[str]) -> bool:
    """'X, OpenAI's president, announced he was quitting the firm', 'X, Zeta's chief
    executive, will step down': the holder leaves."""
    doc = tok.doc
    people = {i for i in args if _is_person(doc[i])}
    if any(_place(doc[i]) for i in args):
        # (A company's seat is no post: "Lumora, a Paris startup, joined the deal".)
        return False
    if not people:
        return False
    named = {doc[i].text for i in args}
    for t in tok.sent:
        stepping_down = t.lemma_.lower() == "step" and any(
            c.dep_ == "prt" and c.lower_ == "down" for c in kids(t)
        )
        if t.pos_ != "VERB" or t.i <= tok.i or not (t.lemma_.lower() in leaving or stepping_down):
            continue
        if _appearance(t):
            continue
        left = children(t, {"dobj"})
        if left and all(o.pos_ == "PROPN" and o.text not in named for o in left):
            # ("CEO X said she left Google to start the company": another employer left.)
            continue
        for subj in kids(t):
            if subj.dep_ == "nsubj" and (subj.i in people or subj.lower_ in {"he", "she"}):
                return True
    return False


def is_hedged(tok: Token, sent: Span, verbal: bool) -> bool:
    """True when the relation is reported rather than stated."""
    cues = load_cues()
    lemmas = cues.words("hedge_lemmas")
    phrases = cues.words("hedge_phrases")
    # A modifier ("Microsoft-backed OpenAI") is not hedged by the clause around it.
    chain = [tok] if tok.dep_ in {"amod", "compound", "npadvmod"} else governing_chain(tok)
    talks = cues.words("talks_nouns")
    reduced = reduced_relative(tok)
    if reduced is not None and reduced[1].dep_ == "appos":
        # "invest in a round for X, the company Ann Lee founded" (also with the clause hung
        # on the round): what the apposition says of X is not what the talks are about.
        return False
    if tok.dep_ == "pcomp" and (
        tok.head.head.lower_ in talks
        or any(c.dep_ == "dobj" and c.lower_ in talks for c in kids(tok.head.head))
    ):
        # "held discussions with Google over using its TPUs".
        return True
    for t in chain:
        if t.lemma_.lower() in lemmas and t is not tok:
            return True
        if any(
            c.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ in {"if", "unless"} for m in kids(c))
            for c in kids(t)
        ) and any(a.dep_ == "aux" and a.lower_ in {"would", "could", "might"} for a in kids(t)):
            # "would be interested in buying Chrome if it were put up for sale".
            return True
        if t.lower_ in cues.words("talks_nouns"):
            return True
        for child in kids(t):
            if child.dep_ in {"advmod", "aux", "amod"} and (
                child.lower_ in lemmas or child.lemma_.lower() in lemmas
            ):
                return True
    if not verbal or tok.dep_ in {"amod", "compound", "npadvmod"}:
        return False
    head = tok.head
    if (tok.dep_ == "relcl" and head.pos_ == "PROPN") or (
        tok.dep_ in {"relcl", "acl"} and head.dep_ == "appos" and head.head.pos_ == "PROPN"
    ):
        # "Anthropic, which makes Claude, is in talks to ...", "... in xAI, the company
        # Elon Musk founded": a relative clause on a name says what it is, not what is
        # reported.
        return False
    low = sent.text.lower()
    clause = tok
    for _ in range(8):
        if clause.dep_ in {"ROOT", "conj"} or clause.head.i == clause.i:
            break
        clause = clause.head
    if clause.dep_ == "conj" and clause.pos_ in {"VERB", "AUX"}:
        # "Meta is in talks to ..., according to X, and Anthropic has agreed to ...": a
        # coordinated clause of its own is hedged only by its own words.
        low = " ".join(t.lower_ for t in clause.subtree)
    return any(p in low for p in phrases)


def _clean_money(text: str) -> str:
    cues = load_cues()
    prefixes = sorted(cues.words("amount_prefixes"), key=len, reverse=True)
    out = text.strip()
    changed = True
    while changed:
        changed = False
        low = out.lower()
        for p in prefixes:
            if low.startswith(p + " "):
                out = out[len(p) + 1 :].strip()
                changed = True
                break
    return out


def _is_valuation(money: Token) -> bool:
    """Money that values a company, prices a share or totals past rounds: never an amount.

    A deal valued at a price ("a deal valued at $49 billion") is the deal's amount.
    """
    cues = load_cues()
    cur = money
    for _ in range(4):
        if cur.head.i == cur.i:
            break
        prev, cur = cur, cur.head
        lemma = cur.lemma_.lower()
        if lemma in cues.words("not_amount_heads"):
            # "invested a total of $8 billion" is the investor's sum ("bringing its total
            # funding to $X" is not).
            return not (
                lemma == "total"
                and cur.dep_ == "dobj"
                and cur.head.lemma_.lower() in cues.words("total_amount_verbs")
            )
        if lemma in {"share", "market"} and prev.dep_ != "pobj":
            return True
        if lemma in {"value", "valuing"}:
            valued = [c for c in kids(cur) if c.dep_ == "dobj"]
            if cur.dep_ in {"acl", "amod"}:
                valued.append(cur.head)
            return not any(v.lemma_.lower() in cues.words("deal_nouns") for v in valued)
    nxt = money.doc[money.i + 1 : money.i + 3]
    # "$23.28 a share", "$8 billion to date".
    return any(t.lower_ in {"share", "apiece", "date"} for t in nxt)


def _money_text(ent: Span) -> str:
    """The money expression with a currency sign or scale word the model left out.

    "$150m" is tokenized "$ 150 m" and tagged "150"; "$1.3B" is tagged "1.3B".
    """
    doc = ent.doc
    start, end = ent.start, ent.end
    cues = load_cues()
    if start > 0 and doc[start - 1].text in cues.words("currency_signs"):
        start -= 1
    if (
        end < len(doc)
        and doc[end].lower_ in cues.words("money_scales")
        and not doc[end - 1].is_alpha
    ):
        end += 1
    return doc[start:end].text


def _money_ents(tok: Token) -> list[Span]:
    return [
        e for e in span_ents(tok.sent) if e.label_ == "MONEY" and any(c.isdigit() for c in e.text)
    ]


def respective_amount(tok: Token, party: Token) -> str | None:
    """'A and B will invest $5 billion and $10 billion respectively': ``party``'s sum.

    None unless the sentence says "respectively" and names as many sums as
    coordinated parties, ``party`` among them.
    """
    sent = tok.sent
    if not any(t.lower_ == "respectively" for t in sent):
        return None
    head = party
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    parties = sorted([head, *head.conjuncts], key=lambda t: t.i)
    clause = {t.i for t in tok.subtree}
    sums = [e for e in _money_ents(tok) if e.root.i in clause and not _is_valuation(e.root)]
    if len(parties) < 2 or len(sums) != len(parties):
        return None
    for p, money in zip(parties, sums, strict=True):
        if p.left_edge.i <= party.i <= p.i:
            return _clean_money(_money_text(money)) or None
    return None


def _clause_root(tok: Token) -> Token:
    """The verb whose clause holds the trigger (a noun's or participle's governing verb)."""
    cur = tok
    for _ in range(5):
        if cur.pos_ in {"VERB", "AUX"} and cur.dep_ not in {"acl", "amod", "relcl", "xcomp"}:
            return cur
        if cur.head.i == cur.i:
            return cur
        cur = cur.head
    return cur


def _in_other_clause(tok: Token, root: Token) -> bool:
    """True when ``tok`` sits in a relative or adverbial clause below ``root``."""
    cur = tok
    while cur.i != root.i and cur.head.i != cur.i:
        if cur.dep_ in {"relcl", "advcl", "ccomp", "conj"} and cur.pos_ in {"VERB", "AUX"}:
            return True
        cur = cur.head
    return False


def find_amount(tok: Token, governor_too: bool = True) -> str | None:
    """The money expression tied to the trigger, without 'up to' / 'about'."""
    doc = tok.doc
    hosts = [tok]
    for c in kids(tok):
        if c.dep_ in {
            "dobj",
            "prep",
            "npadvmod",
            "compound",
            "amod",
            "nmod",
            "nummod",
            "quantmod",
            "attr",
            "advmod",
        }:
            hosts.append(c)
            for cc in kids(c):
                if cc.dep_ in {"pobj", "prep", "compound", "nummod", "quantmod", "amod", "dobj"}:
                    hosts.append(cc)
                    hosts.extend(x for x in kids(cc) if x.dep_ in {"pobj", "compound", "nummod"})
    if governor_too and tok.dep_ in {"dobj", "pobj", "acl", "xcomp", "nsubj", "attr"}:
        gov = tok.head
        if gov.dep_ == "prep":
            gov = gov.head
        hosts.append(gov)
        hosts.extend(c for c in kids(gov) if c.dep_ in {"dobj", "npadvmod"})
    for h in hosts:
        if h.ent_type_ == "MONEY":
            ent = _ent_at(h)
            if ent is not None and any(c.isdigit() for c in ent.text) and not _is_valuation(h):
                return _clean_money(_money_text(ent)) or None
    # Else the one money expression of the trigger's clause that is not a valuation
    # ("closed its acquisition of Xilinx in an all-stock deal valued at $49 billion").
    root = _clause_root(tok)
    clause = {t.i for t in root.subtree}
    found = [
        e
        for e in _money_ents(tok)
        if e.root.i in clause and not _is_valuation(e.root) and not _in_other_clause(e.root, root)
    ]
    if len(found) == 1:
        return _clean_money(_money_text(found[0])) or None
    _ = doc
    return None


def _ent_at(tok: Token) -> Span | None:
    for ent in doc_ents(tok.doc):
        if ent.start <= tok.i < ent.end:
            return ent
    return None


def find_date(tok: Token, sent: Span) -> str | None:
    """An explicit calendar expression attached to the trigger ('in March 2024', '2019')."""
    dates = [e for e in span_ents(sent) if e.label_ == "DATE" and _YEAR.search(e.text)]
    if not dates:
        return None
    subtree = {t.i for t in tok.subtree}
    for t in governing_chain(tok, 2):
        subtree.update(c.i for c in kids(t))
        for c in kids(t):
            if c.dep_ == "prep":
                subtree.update(x.i for x in c.subtree)
    for ent in dates:
        if not any(i in subtree for i in range(ent.start, ent.end)):
            continue
        text = ent.text.strip()
        for p in ("the ", "in ", "early ", "late "):
            if text.lower().startswith(p):
                text = text[len(p) :]
        if re.search(r"\b(last|next|this|ago|fiscal)\b", text.lower()):
            continue
        return text
    return None


#: Papers of a legal claim: what a clause hung on them tells is alleged.
_CLAIM_PAPERS = frozenset({"complaint", "lawsuit", "suit", "filing", "allegation"})
#: Verbs that accuse whatever they tell ("claim" and "argue" may tell a plan).
_ACCUSING_ONLY = frozenset({"allege", "accuse", "charge"})


def _told_to_come(tok: Token, verb: Token) -> bool:
    """Whether the clause of ``tok`` under ``verb`` is told as to come ("will deploy",
    "plans to deploy")."""
    cur = tok
    while cur.i != verb.i and cur.head.i != cur.i:
        if any(a.lower_ in {"will", "would", "'ll"} for a in children(cur, {"aux"})):
            return True
        if cur.dep_ == "xcomp" and cur.head.lemma_.lower() in {"plan", "aim", "intend", "expect"}:
            return True
        cur = cur.head
    return False


def accused_act(tok: Token) -> bool:
    """Whether the trigger tells what someone is accused of ("accusing Google of using
    Disney's material", "the suit alleges that X used Y's books"), not a relation
    both sides entered into."""
    accusing = load_cues().words("accusing_verbs")
    cur = tok
    for _ in range(5):
        if cur is not tok and cur.lemma_.lower() in accusing and cur.pos_ == "VERB":
            # ("Zeta has claimed it will roll out X": a plan told, no act accused;
            # "claim" and "argue" accuse in a dispute, of something done.)
            return cur.lemma_.lower() in _ACCUSING_ONLY or not _told_to_come(tok, cur)
        if cur is not tok and cur.pos_ == "NOUN" and cur.lemma_.lower() in _CLAIM_PAPERS:
            # ("Complaints by X state that Y accessed their servers", however parsed.)
            return True
        if cur.head.i == cur.i:
            return False
        if cur.dep_ == "relcl" and cur.head.dep_ == "pobj" and cur.head.head.lower_ == "against":
            # ("a suit against the two firms, whose apps run X": what the text tells of
            # those sued, not what the suit claims.)
            return False
        cur = cur.head
    return False


def money_between(doc: Doc, start: int, end: int) -> str | None:
    """The one money expression inside tokens ``start`` to ``end`` ("Prosperity7's $400
    million investment": $400 million), cleaned as amounts are; None when none or several."""
    found = [e for e in doc_ents(doc) if e.label_ == "MONEY" and start <= e.start and e.end <= end]
    if len(found) != 1 or not any(c.isdigit() for c in found[0].text):
        return None
    return _clean_money(_money_text(found[0])) or None
