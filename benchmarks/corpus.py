"""Synthetic AI-industry news for the benchmarks, made from sentence templates.

The documents are not real news: each one strings together a few sentences
drawn from templates that cover the twelve relations of the annotation
guideline (with several wordings each), plus neutral filler sentences, over a
pool of company, person, product, model, cloud, chip, project and place names
(some real, most invented). The generator is deterministic for a given seed,
so two runs of a benchmark read the same text.

Words are counted with :func:`count_words` on both sides of every comparison.

Example::

    docs = list(generate_documents(100, seed=7))
    write_jsonl("corpus.jsonl", 1000)
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterable, Iterator
from pathlib import Path

from kg.records import Document

_PREFIXES = (
    "Neur", "Quant", "Vert", "Lum", "Cogn", "Syn", "Aur", "Hel", "Stra", "Nov",
    "Orb", "Cel", "Arg", "Mer", "Tes", "Zen", "Kai", "Vox", "Pol", "Ter",
)  # fmt: skip
_SUFFIXES = (
    "ify", "ica", "ora", "ex", "ion", "ant", "ium", "os", "ara", "eon",
    "ix", "yte", "is", "ova", "el", "ane",
)  # fmt: skip
_ORG_TAILS = ("", "", " AI", " Labs", " Systems", " Technologies", " Robotics", " Networks")

REAL_ORGS = (
    "Microsoft", "OpenAI", "Google", "Anthropic", "Amazon", "Nvidia", "Meta",
    "Apple", "Oracle", "SoftBank", "Mistral AI", "Cohere", "IBM", "Salesforce",
)  # fmt: skip
FIRST_NAMES = (
    "Maria", "James", "Aiko", "Carlos", "Priya", "Elena", "David", "Fatima",
    "Lukas", "Grace", "Omar", "Sofia", "Daniel", "Mei", "Samuel", "Nadia",
)  # fmt: skip
LAST_NAMES = (
    "Okafor", "Lindqvist", "Tanaka", "Moreau", "Brennan", "Castillo", "Novak",
    "Haddad", "Fischer", "Whitaker", "Rahman", "Kowalski", "Ferreira", "Chen",
)  # fmt: skip
CLOUDS = ("Azure", "Amazon Web Services", "Google Cloud", "Oracle Cloud Infrastructure")
CHIPS = ("H100", "TPU", "Trainium", "Blackwell", "MI300X")
CITIES = (
    "San Francisco", "London", "Paris", "Toronto", "Berlin", "Tokyo", "Seattle",
    "Austin", "Tel Aviv", "Singapore", "Zurich", "Boston",
)  # fmt: skip
AMOUNTS = ("$50 million", "$120 million", "$300 million", "$1.5 billion", "$2 billion")
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
)  # fmt: skip

# Relation templates: each names its relation so the mix over the corpus is even.
# Slots: {org}/{org2} organizations, {person}, {product}, {model}, {cloud},
# {chip}, {city}, {amount}, {when} (a month and year).
TEMPLATES: dict[str, tuple[str, ...]] = {
    "invests_in": (
        "{org} invested {amount} in {org2}, the startup said on {weekday}.",
        "{org2} raised {amount} from {org} in a funding round led by the company.",
        "{org} will invest {amount} in {org2} in {when}.",
    ),
    "acquires": (
        "{org} agreed to acquire {org2} for {amount}.",
        "{org} bought {org2} in {when}, according to people familiar with the deal.",
    ),
    "partners_with": (
        "{org} announced a partnership with {org2} to build enterprise assistants.",
        "{org} and {org2} signed a multiyear collaboration deal in {when}.",
    ),
    "competes_with": (
        "{org} competes with {org2} in the market for coding assistants.",
        "Analysts see {product} as a challenger to {org2}'s flagship service.",
    ),
    "uses": (
        "{org} runs its training workloads on {cloud}.",
        "{org} trains its models on {chip} chips supplied by {org2}.",
    ),
    "develops": (
        "{org} released {model}, its newest large language model, in {when}.",
        "{org} launched {product}, an assistant for software teams.",
    ),
    "integrates": (
        "{org} integrated {model} into {product}.",
        "{product} now embeds {model} for search and summaries.",
    ),
    "subsidiary_of": (
        "{org2}, a subsidiary of {org}, opened a new research office.",
        "{org} is a unit of {org2}, which acquired it years ago.",
    ),
    "founded_by": (
        "{org} was founded by {person} in {year}.",
        "{person}, who co-founded {org}, left the board in {when}.",
    ),
    "leads": (
        "{org} CEO {person} said demand for the service tripled.",
        "{person}, chief executive of {org}, spoke at the conference.",
    ),
    "based_in": (
        "{org} is headquartered in {city}.",
        "The {city}-based company {org} hired 200 engineers.",
    ),
    "sues": (
        "{org} sued {org2} over the use of its articles to train models.",
        "{person} filed a lawsuit against {org} in {when}.",
    ),
}
FILLERS: tuple[str, ...] = (
    "The company did not disclose financial terms.",
    "Shares rose 3 percent in early trading after the announcement.",
    "Demand for generative AI tools has grown quickly over the past year.",
    "Regulators in several countries are watching the sector closely.",
    "A spokesperson declined to comment on the report.",
    "The deal is expected to close later this year, subject to approvals.",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


def count_words(text: str) -> int:
    """Whitespace-separated words: the one word count used by every benchmark."""
    return len(text.split())


class _Names:
    """Pools of entity names drawn once per seed."""

    def __init__(self, rng: random.Random, n_orgs: int = 400) -> None:
        invented: set[str] = set()
        while len(invented) < n_orgs:
            name = rng.choice(_PREFIXES) + rng.choice(_SUFFIXES) + rng.choice(_ORG_TAILS)
            invented.add(name)
        self.orgs = list(REAL_ORGS) + sorted(invented)
        self.people = [f"{f} {last}" for f in FIRST_NAMES for last in LAST_NAMES]
        self.products = [
            f"{rng.choice(_PREFIXES)}{rng.choice(_SUFFIXES)} Assist" for _ in range(60)
        ]
        self.products += [f"{p}{s} Studio" for p in _PREFIXES[:10] for s in _SUFFIXES[:4]]
        self.models = [f"{p}{s}-{rng.randint(2, 9)}" for p in _PREFIXES for s in _SUFFIXES[:5]]


def _sentence(rng: random.Random, names: _Names, relation: str) -> str:
    template = rng.choice(TEMPLATES[relation])
    org, org2 = rng.sample(names.orgs, 2)
    return template.format(
        org=org,
        org2=org2,
        person=rng.choice(names.people),
        product=rng.choice(names.products),
        model=rng.choice(names.models),
        cloud=rng.choice(CLOUDS),
        chip=rng.choice(CHIPS),
        city=rng.choice(CITIES),
        amount=rng.choice(AMOUNTS),
        when=f"{rng.choice(MONTHS)} {rng.randint(2019, 2025)}",
        year=rng.randint(2010, 2023),
        weekday=rng.choice(WEEKDAYS),
    )


def generate_documents(
    n: int, *, seed: int = 0, sentences: tuple[int, int] = (3, 6)
) -> Iterator[Document]:
    """Yield ``n`` synthetic news documents, the same ones for the same seed.

    Each document has ``sentences[0]..sentences[1]`` relation sentences and
    one filler sentence, an id ``synth-<seed>-<i>``, a title, a date and an
    example.org URL.
    """
    rng = random.Random(seed)
    names = _Names(rng)
    relations = list(TEMPLATES)
    for i in range(n):
        parts = [
            _sentence(rng, names, rng.choice(relations)) for _ in range(rng.randint(*sentences))
        ]
        parts.insert(rng.randint(0, len(parts)), rng.choice(FILLERS))
        year, month, day = rng.randint(2019, 2025), rng.randint(1, 12), rng.randint(1, 28)
        yield Document(
            text=" ".join(parts),
            id=f"synth-{seed}-{i}",
            title=parts[0][:60],
            date=f"{year:04d}-{month:02d}-{day:02d}",
            url=f"https://news.example.org/synth/{seed}/{i}",
        )


def document_json(doc: Document) -> dict[str, str | None]:
    """The JSONL shape ``kg build`` reads (id, title, date, url, text)."""
    return {"id": doc.id, "title": doc.title, "date": doc.date, "url": doc.url, "text": doc.text}


def write_jsonl(path: str | Path, n: int, *, seed: int = 0) -> tuple[int, int]:
    """Write ``n`` synthetic documents to ``path``; return (documents, words)."""
    return write_documents(path, generate_documents(n, seed=seed))


def write_documents(path: str | Path, docs: Iterable[Document]) -> tuple[int, int]:
    """Write documents as JSONL; return (documents, words)."""
    n = words = 0
    with Path(path).open("w", encoding="utf-8") as f:
        for doc in docs:
            f.write(json.dumps(document_json(doc), ensure_ascii=False) + "\n")
            n += 1
            words += count_words(doc.text)
    return n, words


def main(argv: list[str] | None = None) -> None:
    """``python -m benchmarks.corpus N OUT.jsonl [--seed S]``: write a corpus file."""
    import argparse

    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("n", type=int)
    parser.add_argument("out")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    n, words = write_jsonl(args.out, args.n, seed=args.seed)
    print(f"wrote {n} documents, {words} words to {args.out}")


if __name__ == "__main__":
    main()
