"""The interactive HTML view: one self-contained page drawing the graph with vis-network.

The page works from ``file://`` and requests nothing: vis-network's JavaScript and CSS
are read from the installed pyvis package and inlined, the graph travels as an escaped
JSON block, and a Content-Security-Policy forbids any fetch and any script but the
page's own. Article text (names, sentences, titles, URLs) is untrusted: the page's
script only inserts it with ``textContent``.

Example::

    from kg.render.view import ViewOptions, write_view
    write_view(graph, Path("output/graph.html"), ViewOptions(focus="OpenAI", depth=2))
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from kg.errors import ExportError, UsageError
from kg.query.timeline import check_date, on_or_before, statement_date
from kg.table import plural
from kg.vocabulary import vocabulary

if TYPE_CHECKING:
    import networkx as nx
    from rdflib import Graph

#: The vis-network build shipped inside the pyvis package (pinned pyvis==0.3.2).
VIS_DIR = "templates/lib/vis-9.1.2"

SIZE_BY = ("degree", "pagerank")

#: Class -> (fill colour, border colour, vis-network shape, legend glyph).
#: Okabe-Ito colours stay distinguishable for colour-blind readers; shapes double them.
CLASS_STYLE: dict[str, tuple[str, str, str, str]] = {
    "Organization": ("#0072B2", "#004f7c", "dot", "\u25cf"),
    "Person": ("#E69F00", "#a87400", "diamond", "\u25c6"),
    "Product": ("#009E73", "#006e50", "square", "\u25a0"),
    "AIModel": ("#CC79A7", "#9a4f7b", "star", "\u2605"),
    "CloudPlatform": ("#56B4E9", "#2f86b8", "triangle", "\u25b2"),
    "Hardware": ("#D55E00", "#9a4400", "triangleDown", "\u25bc"),
    "Project": ("#F0E442", "#a89d1a", "hexagon", "\u2b22"),
    "Location": ("#8c8c8c", "#5e5e5e", "box", "\u25ad"),
}
OTHER_STYLE = ("#cfcfcf", "#8a8a8a", "dot", "\u25cb")


@dataclass
class ViewOptions:
    """What to show.

    ``focus``/``depth``: only the entities within ``depth`` hops of ``focus``;
    ``relations``: only these relation types; ``since``: only facts with evidence from
    documents dated on or after this YYYY-MM-DD (or YYYY-MM, YYYY; see
    :func:`dated_since`); ``as_of``: the graph as of this YYYY-MM-DD (or YYYY-MM,
    YYYY): only evidence dated then or earlier, its sentence's date else its
    document's, and undated evidence (see :mod:`kg.query.timeline`); ``min_support``:
    only facts backed by at least this many independent sources (stories: copies of
    one story count once); ``min_confidence``: only
    evidence of at least this confidence (a fact with none left is not shown);
    ``top``: keep the ``top`` best-connected entities; ``size_by``: node size by
    "degree" or "pagerank"; ``title``: page title.
    """

    focus: str | None = None
    depth: int = 1
    relations: list[str] = field(default_factory=list)
    since: str | None = None
    as_of: str | None = None
    min_support: int = 1
    min_confidence: float = 0.0
    top: int | None = None
    size_by: str = "degree"
    title: str = "kg"


def check_options(options: ViewOptions) -> None:
    """Raise UsageError naming the first bad option (checked before a store is opened)."""
    names = vocabulary().names
    unknown = [r for r in options.relations if r not in names]
    if unknown:
        raise UsageError(f"unknown relation {unknown[0]!r}: expected one of {', '.join(names)}")
    if options.since is not None and not _is_since_date(options.since):
        raise UsageError(
            f"--since {options.since!r} is not a date: write it as YYYY-MM-DD, YYYY-MM or YYYY"
        )
    if options.as_of is not None:
        check_date(options.as_of, "--as-of")
    if options.depth < 0:
        raise UsageError(f"--depth must be 0 or more, got {options.depth}")
    if not 0 <= options.min_confidence <= 1:
        raise UsageError(f"--min-confidence must be from 0 to 1, got {options.min_confidence}")
    if options.min_support < 1:
        raise UsageError(f"--min-support must be 1 or more, got {options.min_support}")
    if options.top is not None and options.top < 1:
        raise UsageError(f"--top must be 1 or more, got {options.top}")
    if options.size_by not in SIZE_BY:
        raise UsageError(f"unknown size_by {options.size_by!r}: expected one of {SIZE_BY}")


def _is_since_date(value: str) -> bool:
    """True for a real date written YYYY-MM-DD, YYYY-MM or YYYY."""
    padded = value + "-01-01"[len(value) - 4 :] if len(value) in (4, 7) else value
    try:
        date.fromisoformat(padded)
    except ValueError:
        return False
    return bool(re.fullmatch(r"\d{4}(-\d{2}){0,2}", value))


def dated_since(doc_date: str | None, since: str) -> bool:
    """Whether a document dated ``doc_date`` counts as on or after ``since``.

    Dates of month or year precision ("2025-09", "2025") are compared at the
    coarser of the two precisions: an article of September 2025 is kept for
    ``--since 2025-09-15``, since it may be from after the 15th.
    """
    if not doc_date:
        return False
    day = doc_date[:10]
    n = min(len(day), len(since))
    return day[:n] >= since[:n]


def _http_url(url: str | None) -> bool:
    if not url or any(c.isspace() or ord(c) < 32 for c in url):
        return False
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def _filter_edges(g: nx.MultiDiGraph, options: ViewOptions) -> nx.MultiDiGraph:
    """A copy of ``g`` with only the facts that pass relations, since, as_of,
    min_confidence and min_support."""
    import networkx as nx

    from kg.query.analytics import evidence_sources, summarize_evidence

    keep = set(options.relations)
    since, as_of = options.since, options.as_of
    h = nx.MultiDiGraph()
    h.add_nodes_from(g.nodes(data=True))
    for u, v, rel, d in g.edges(keys=True, data=True):
        if keep and rel not in keep:
            continue
        attrs = dict(d)
        if since is not None or as_of is not None or options.min_confidence > 0:
            evidence = [
                e
                for e in d["evidence"]
                if (since is None or dated_since(e["doc_date"], since))
                and (as_of is None or _valid_as_of(e, as_of))
                and (e["confidence"] or 0) >= options.min_confidence
            ]
            if not evidence:
                continue
            attrs["evidence"] = evidence
            attrs["support"], attrs["certainty"] = summarize_evidence(evidence)
            attrs["sources"] = evidence_sources(evidence)
        # A fact asserted without evidence (a hand-edited graph) still shows by default.
        if options.min_support > 1 and attrs["support"] < options.min_support:
            continue
        h.add_edge(u, v, key=rel, **attrs)
    return h


def _valid_as_of(evidence: dict[str, Any], as_of: str) -> bool:
    """Whether evidence counts as of ``as_of``: dated then or earlier, or undated.

    Evidence that the relation ended counts too: whether the fact held on ``as_of``
    is decided over all its evidence (:func:`kg.query.timeline.as_of_copy`, which
    ``kg view --as-of`` and ``kg serve`` run first); a fact known only from
    evidence of a later end held before it.
    """
    if evidence.get("ended"):
        return True
    day = statement_date(evidence["date"], evidence["doc_date"])
    return day is None or on_or_before(day, as_of)


def _describe_filters(options: ViewOptions, focus_label: str | None) -> list[str]:
    parts = []
    if focus_label is not None:
        hops = "hop" if options.depth == 1 else "hops"
        parts.append(f"within {options.depth} {hops} of {focus_label}")
    if options.relations:
        parts.append("relations " + ", ".join(options.relations))
    if options.since:
        parts.append(f"documents dated {options.since} or later")
    if options.as_of:
        parts.append(f"evidence dated {options.as_of} or earlier")
    if options.min_support > 1:
        parts.append(f"facts backed by at least {options.min_support} independent sources")
    if options.min_confidence > 0:
        parts.append(f"evidence of confidence {options.min_confidence:g} or more")
    return parts


def _why_none_left(g: nx.MultiDiGraph, options: ViewOptions) -> str | None:
    """Why the filters leave no fact of ``g``: the first filter that drops the last
    fact, with counts and the reason, e.g. "--since 2025-01-01 kept 0 of 98 facts:
    93 facts have no date (their documents carry none)". None when some fact is left."""
    from dataclasses import replace

    from kg.query.analytics import best_evidence

    total = g.number_of_edges()
    if total == 0:
        return None
    # (option as typed, ViewOptions field, value), in the order the filters apply.
    steps: list[tuple[str, str, Any]] = [
        ("--relation " + ",".join(options.relations), "relations", options.relations),
        (f"--since {options.since}", "since", options.since),
        (f"--as-of {options.as_of}", "as_of", options.as_of),
        (
            f"--min-confidence {options.min_confidence:g}",
            "min_confidence",
            options.min_confidence,
        ),
        (f"--min-support {options.min_support}", "min_support", options.min_support),
    ]
    on = ViewOptions()
    before = g
    for name, option, value in steps:
        if value == getattr(on, option):  # not given
            continue
        on = replace(on, **{option: value})
        after = _filter_edges(g, on)
        if after.number_of_edges():
            before = after
            continue
        facts = [d for _, _, d in before.edges(data=True)]
        kept = f"{name} kept 0 of {plural(len(facts), 'fact')}"
        if option == "relations":
            return f"{kept}: the graph has no {' or '.join(options.relations)} facts"
        if option == "since":
            dates = [e["doc_date"] for d in facts for e in d["evidence"] if e["doc_date"]]
            undated = sum(1 for d in facts if not any(e["doc_date"] for e in d["evidence"]))
            why = []
            if undated:
                have = "has" if undated == 1 else "have"
                why.append(f"{plural(undated, 'fact')} {have} no date (their documents carry none)")
            if dates:
                why.append(f"the latest document is dated {max(dates)}")
            return f"{kept}: {', '.join(why)}"
        if option == "as_of":
            days = [statement_date(e["date"], e["doc_date"]) for d in facts for e in d["evidence"]]
            first = min((day for day in days if day), default=None)
            return f"{kept}: the earliest evidence is dated {first}"
        if option == "min_confidence":
            best = [best_evidence(d["evidence"]) for d in facts]
            top = max((e["confidence"] or 0.0 for e in best if e), default=0.0)
            return f"{kept}: the most confident evidence has confidence {top:g}"
        most = max((d["support"] for d in facts), default=0)
        return f"{kept}: the best-supported fact has {plural(most, 'independent source')}"
    return None


def view_data(graph: Graph, options: ViewOptions) -> dict[str, Any]:
    """The JSON-ready content of the page: nodes, edges, legend, counts, layout settings.

    Applies the options in this order: relation, date and support filters, then the
    focus neighbourhood, then the ``top`` cut. Raises :class:`UsageError` on bad options
    or an unknown focus entity.
    """
    from kg.query.analytics import (
        deal_contradictions,
        ego_nodes,
        pagerank,
        resolve_entity,
        to_networkx,
    )

    check_options(options)
    g = to_networkx(graph)
    h = _filter_edges(g, options)
    focus_iri = focus_label = None
    if options.focus:
        focus_iri = resolve_entity(graph, options.focus)
        focus_label = str(g.nodes[focus_iri]["label"]) if focus_iri in g else options.focus
        h = h.subgraph(ego_nodes(h, focus_iri, options.depth) if focus_iri in h else []).copy()
    elif (
        options.relations
        or options.since
        or options.as_of
        or options.min_support > 1
        or options.min_confidence
    ):
        h.remove_nodes_from([n for n in list(h) if h.degree(n) == 0])

    notes: list[str] = []
    why = _why_none_left(g, options)
    if why is not None:
        notes.append(why)
    elif g.number_of_edges() and not h.number_of_edges() and focus_label is not None:
        notes.append(f"--focus {options.focus} kept no fact: the filters leave none around it")

    degree = dict(h.degree())
    ranks = pagerank(h)
    omitted_nodes = omitted_edges = 0
    if options.top is not None and h.number_of_nodes() > options.top:
        ranked = sorted(
            h.nodes,
            key=lambda n: (n != focus_iri, -degree[n], -ranks.get(n, 0.0), h.nodes[n]["label"]),
        )
        before_nodes, before_edges = h.number_of_nodes(), h.number_of_edges()
        h = h.subgraph(ranked[: options.top]).copy()
        omitted_nodes = before_nodes - h.number_of_nodes()
        omitted_edges = before_edges - h.number_of_edges()

    order = sorted(h.nodes, key=lambda n: (-degree[n], h.nodes[n]["label"], n))
    ids = {iri: i for i, iri in enumerate(order)}
    n_nodes = len(order)
    nodes: list[dict[str, Any]] = []
    for iri in order:
        attrs = h.nodes[iri]
        rank = ranks.get(iri, 0.0)
        value = max(degree[iri], 1) if options.size_by == "degree" else rank * max(n_nodes, 1)
        nodes.append(
            {
                "id": ids[iri],
                "iri": iri,
                "label": attrs["label"],
                "cls": attrs["class"],
                "aliases": list(attrs.get("aliases", [])),
                "degree": degree[iri],
                "pagerank": round(rank, 6),
                "value": round(value, 4),
            }
        )

    # Deals whose sources disagree, by deal event: shown on the facts that are part of it.
    disagreements: dict[str, list[dict[str, str]]] = {}
    for row in deal_contradictions(graph, with_deal=True):
        disagreements.setdefault(row.pop("deal"), []).append(row)
    edges: list[dict[str, Any]] = []
    pair_count: dict[frozenset[str], int] = {}
    for u, v, rel, d in sorted(h.edges(keys=True, data=True), key=lambda e: (ids[e[0]], e[2])):
        pair = frozenset((u, v))
        k = pair_count[pair] = pair_count.get(pair, -1) + 1
        edges.append(
            {
                "id": len(edges),
                "from": ids[u],
                "to": ids[v],
                "relation": rel,
                "support": d["support"],
                "documents": sum(src["documents"] for src in d.get("sources", ())),
                "sources": [
                    {
                        "documents": src["documents"],
                        "copies": [
                            {
                                "title": c["title"],
                                "doc_id": c["doc_id"],
                                "urls": c["urls"],
                                "links": [u for u in c["urls"] if _http_url(u)],
                                "source": c["source"],
                            }
                            for c in src["copies"]
                        ],
                    }
                    for src in d.get("sources", ())
                ],
                "certainty": d["certainty"],
                "width": round(1 + 1.5 * (min(max(d["support"], 1), 8) - 1), 2),
                "curve": round(0.18 * k, 2),
                "disagreements": [
                    row
                    for event in dict.fromkeys(e.get("event") for e in d["evidence"])
                    if event
                    for row in disagreements.get(event, [])
                ]
                + _denial(d["evidence"]),
                "evidence": [
                    {
                        "sentence": e["sentence"],
                        "title": e["title"],
                        "doc_id": e["doc_id"],
                        "url": e["url"],
                        "link": e["url"] if _http_url(e["url"]) else None,
                        "path": e["path"],
                        "doc_date": e["doc_date"],
                        "date": e["date"],
                        "certainty": e["certainty"],
                        "amount": e["amount"],
                        "confidence": e["confidence"],
                        # Evidence that the fact ended, or that denies it, says so.
                        "ended": bool(e.get("ended")),
                        "denied": bool(e.get("denied")),
                    }
                    for e in d["evidence"]
                ],
            }
        )

    class_counts: dict[str, int] = {}
    for node in nodes:
        class_counts[node["cls"]] = class_counts.get(node["cls"], 0) + 1
    class_names = [c for c in CLASS_STYLE if c in class_counts]
    class_names += sorted(set(class_counts) - set(CLASS_STYLE))
    classes = []
    for name in class_names:
        fill, border, shape, glyph = CLASS_STYLE.get(name, OTHER_STYLE)
        classes.append(
            {
                "name": name,
                "color": fill,
                "border": border,
                "shape": shape,
                "glyph": glyph,
                "count": class_counts[name],
            }
        )
    rel_counts: dict[str, int] = {}
    for edge in edges:
        rel_counts[edge["relation"]] = rel_counts.get(edge["relation"], 0) + 1
    vocab = vocabulary()
    relations = [{"name": r, "count": rel_counts[r]} for r in vocab.names if r in rel_counts]

    return {
        "meta": {
            "title": options.title,
            "total_nodes": g.number_of_nodes(),
            "total_edges": g.number_of_edges(),
            "shown_nodes": len(nodes),
            "shown_edges": len(edges),
            "omitted_nodes": omitted_nodes,
            "omitted_edges": omitted_edges,
            "top": options.top,
            "size_by": options.size_by,
            "filters": _describe_filters(options, focus_label),
            "notes": notes,
        },
        "nodes": nodes,
        "edges": edges,
        "classes": classes,
        "relations": relations,
        "symmetric": sorted(vocab.symmetric),
        "layout": {
            # Bounded work: big graphs get fewer iterations and a coarser Barnes-Hut
            # approximation, and any layout stops after budgetMs; physics then goes off.
            "iterations": 1000 if n_nodes <= 100 else 300 if n_nodes <= 300 else 200,
            "theta": 0.5 if n_nodes <= 300 else 0.8,
            "avoidOverlap": 0.6 if n_nodes <= 300 else 0.0,
            "budgetMs": 15_000,
            "improvedLayout": n_nodes <= 100,
            "hideEdgesOnDrag": n_nodes > 300,
        },
    }


def _denial(evidence: list[dict[str, Any]]) -> list[dict[str, str]]:
    """A fact some sources state and others deny, as one disagreement (the fact holds
    for the first, not for the second); none when no source denies it."""

    def names(items: list[dict[str, Any]]) -> str:
        found = {str(e.get("title") or e.get("url") or e.get("doc_id") or "") for e in items}
        return " | ".join(sorted(n for n in found if n))

    denied = [e for e in evidence if e.get("denied")]
    if not denied:
        return []
    stated = [e for e in evidence if not e.get("denied") and not e.get("ended")]
    return [
        {
            "company": "",
            "field": "the fact itself",
            "value": "stated",
            "otherValue": "denied",
            "sources": names(stated),
            "otherSources": names(denied),
        }
    ]


def json_for_script(data: Any) -> str:
    """JSON safe inside a ``<script type="application/json">`` element.

    ``<``, ``>`` and ``&`` become ``\\u003c``... so no ``</script>`` or ``<!--`` can end
    or confuse the element; non-ASCII (including U+2028/2029 and lone surrogates from
    broken input) is written as ``\\u`` escapes.
    """
    text = json.dumps(data, ensure_ascii=True, separators=(",", ":"), allow_nan=False)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _read_vis(name: str) -> str:
    try:
        return (resources.files("pyvis") / VIS_DIR / name).read_text(encoding="utf-8")
    except (ModuleNotFoundError, FileNotFoundError, OSError) as e:
        raise ExportError(
            f"cannot read {VIS_DIR}/{name} from the pyvis package ({e}): "
            "reinstall it with `pip install pyvis==0.3.2`"
        ) from e


def _read_asset(name: str) -> str:
    return (resources.files("kg.render") / "assets" / name).read_text(encoding="utf-8")


def _inline(text: str, tag: str, name: str) -> str:
    """``text`` checked to be safe between ``<tag>`` and ``</tag>``."""
    lowered = text.lower()
    if f"</{tag}" in lowered or "<!--" in lowered:
        raise ExportError(f"{name} cannot be inlined in a <{tag}> element: it contains </{tag}")
    return text


def _sha256(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"


def render_html(data: dict[str, Any]) -> str:
    """The complete page for ``data`` (from :func:`view_data`)."""
    vis_js = _inline(_read_vis("vis-network.min.js"), "script", "vis-network.min.js")
    view_js = _inline(_read_asset("view.js"), "script", "view.js")
    vis_css = _inline(_read_vis("vis-network.css"), "style", "vis-network.css")
    view_css = _inline(_read_asset("view.css"), "style", "view.css")
    # Only the page's own two scripts may run, and nothing may be fetched: an injected
    # element could neither execute nor phone home.
    csp = (
        "default-src 'none'; "
        f"script-src {_sha256(vis_js)} {_sha256(view_js)}; "
        "style-src 'unsafe-inline'; img-src data:; "
        "base-uri 'none'; form-action 'none'"
    )
    parts = {
        "csp": csp,
        "title": html.escape(str(data["meta"]["title"]), quote=True),
        "vis_css": vis_css,
        "view_css": view_css,
        "data": json_for_script(data),
        "vis_js": vis_js,
        "view_js": view_js,
    }
    # One pass: text put in by a substitution is never scanned for placeholders again.
    return re.sub(r"\{\{(\w+)\}\}", lambda m: parts[m.group(1)], _read_asset("view.html"))


def _write_atomic(dest: Path, text: str) -> None:
    """Write the page through the exports' atomic writer (temp file, fsync, rename)."""
    from kg.render.export import atomic_write

    data = text.encode("utf-8", "replace")
    atomic_write(dest, lambda f: f.write(data))


def write_view(
    graph: Graph,
    dest: Path,
    options: ViewOptions,
    log: Callable[[str], None] | None = None,
) -> Path:
    """Write the interactive view of ``graph`` to ``dest`` (atomically) and return it.

    When the filters leave nothing to show, ``log`` receives a line saying which
    filter dropped the last fact and why; the page says the same.

    Example: ``write_view(store.graph, Path("output/graph.html"), ViewOptions(top=200))``.
    """
    dest = Path(dest)
    data = view_data(graph, options)
    _write_atomic(dest, render_html(data))
    if log is not None:
        for note in data["meta"]["notes"]:
            log(note)
    return dest


def screenshot(
    html_path: Path,
    png_path: Path,
    *,
    width: int = 1400,
    height: int = 900,
    entity: str | None = None,
    fact: tuple[str, str, str] | None = None,
    browser: Any = None,
) -> Path:
    """Open ``html_path`` in headless Chromium, wait for the layout, save a PNG.

    ``entity`` (a label) is focused, or ``fact`` (subject, relation, object labels) is
    selected, so the details panel shows it. Uses ``browser`` (a playwright Browser) when
    given, else launches the system Chromium found on the PATH (``make system-deps``).
    """
    if browser is not None:
        return _capture(browser, html_path, png_path, (width, height), entity, fact)
    from playwright.sync_api import sync_playwright

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        raise ExportError("headless Chromium is missing: install it with `make system-deps`")
    with sync_playwright() as p:
        own = p.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        try:
            return _capture(own, html_path, png_path, (width, height), entity, fact)
        finally:
            own.close()


def _capture(
    browser: Any,
    html_path: Path,
    png_path: Path,
    size: tuple[int, int],
    entity: str | None,
    fact: tuple[str, str, str] | None,
) -> Path:
    context = browser.new_context(viewport={"width": size[0], "height": size[1]})
    try:
        page = context.new_page()
        page.goto(Path(html_path).resolve().as_uri())
        page.wait_for_function("() => window.kgView && window.kgView.ready", timeout=120_000)
        if entity is not None:
            found = page.evaluate(
                "(name) => { const id = kgView.findEntity(name);"
                " if (id !== null) kgView.focusEntity(id); return id !== null; }",
                entity,
            )
            if not found:
                raise ExportError(f"entity {entity!r} is not in the view")
        if fact is not None and not page.evaluate(_SELECT_FACT, list(fact)):
            raise ExportError(f"fact {fact!r} is not in the view")
        page.wait_for_timeout(600)  # the focus animation
        page.screenshot(path=str(png_path))
    finally:
        context.close()
    return Path(png_path)


_SELECT_FACT = """([s, r, o]) => {
  const label = (id) => kgView.data.nodes[id].label;
  const edge = kgView.data.edges.find(
    (e) => label(e.from) === s && e.relation === r && label(e.to) === o);
  if (edge === undefined) return false;
  kgView.selectFact(edge.id);
  return true;
}"""


#: Flags for a quiet headless Chromium that talks to no server of its own.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
