"""``kg``: each command parses options, calls one function of :mod:`kg.api`,
and turns a :class:`kg.errors.KGError` into one line on stderr and an exit code.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from kg import __version__, api
from kg.config import default_store
from kg.errors import KGError, describe_os_error
from kg.ingest.problems import InputProblem
from kg.records import Fact
from kg.render.export import FORMATS as EXPORT_FORMATS
from kg.table import CONTROL_CHARS, plural, terminal_text

STORE_HELP = (
    "Graph store: a folder (embedded Oxigraph, the default is output/store), "
    "'memory', or a SPARQL endpoint URL 'http://host:port/query' "
    "(update endpoint: same URL ending in /update, or give 'QUERY_URL,UPDATE_URL'). "
    "Env: KG_STORE."
)


def store_option(f: Any) -> Any:
    return click.option(
        "--store",
        "store",
        default=default_store,
        show_default="output/store",
        metavar="S",
        help=STORE_HELP,
    )(f)


follow_links_option = click.option(
    "--follow-links",
    is_flag=True,
    help="Follow symbolic links inside input folders (skipped by default: they can lead anywhere).",
)


def _plain(label: str) -> str:
    """A label from the graph made safe for a terminal (no escape sequences)."""
    return label.translate(CONTROL_CHARS)


def _table_width() -> int | None:
    """The terminal's width for tables (COLUMNS when set); None when output goes to a
    file or a pipe, which gets whole cells."""
    import os
    import shutil

    if "COLUMNS" in os.environ or sys.stdout.isatty():
        return shutil.get_terminal_size((80, 24)).columns
    return None


class KGGroup(click.Group):
    """Runs a command and reports library errors as one line (no traceback)."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KGError as e:
            if ctx.meta.get("kg.debug"):
                raise
            click.echo(f"kg: error: {terminal_text(str(e))}", err=True)
            ctx.exit(e.exit_code)
        except KeyboardInterrupt:
            click.echo("kg: interrupted", err=True)
            ctx.exit(130)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except OSError as e:
            # Disk full, permission denied...: the system's failure, not a bug of kg.
            if ctx.meta.get("kg.debug"):
                raise
            click.echo(f"kg: error: {terminal_text(describe_os_error(e))}", err=True)
            ctx.exit(1)
        except Exception as e:
            # A bug, not a user error: still one line unless --debug is given.
            if ctx.meta.get("kg.debug"):
                raise
            click.echo(
                f"kg: error: unexpected {type(e).__name__}: {terminal_text(str(e))} "
                "(rerun with --debug for details)",
                err=True,
            )
            ctx.exit(1)


@click.group(cls=KGGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
@click.option("--debug", is_flag=True, help="Show full tracebacks on errors.")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """Build and explore a knowledge graph of the AI industry from news text.

    \b
    Typical session:
      kg build examples/corpus          # articles -> facts -> store
      kg query -f queries/who_invests_in_openai.rq
      kg neighbors OpenAI               # facts around it, each with its sentence
      kg show "Microsoft invests_in OpenAI"   # every sentence behind a fact
      kg view -o output/graph.html      # interactive graph in a browser
      kg diff --since 2025-01           # facts that started, gained sources or ended since
      kg serve                          # SPARQL endpoint and query page on :7878
      kg export --format turtle -o output/graph.ttl
    """
    ctx.meta["kg.debug"] = debug


@cli.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@store_option
@click.option("--append", is_flag=True, help="Add to the existing store instead of replacing it.")
@click.option("--glob", help="Only files matching this pattern inside folders, e.g. '*.html'.")
@follow_links_option
@click.option("--model", help="spaCy pipeline name or path (default: en_core_web_sm).")
@click.option(
    "--workers",
    type=click.IntRange(1, 64),
    default=1,
    show_default=True,
    help="Extraction processes, each running spaCy and the rules; up to one per core.",
)
@click.option("--base-iri", help="Base IRI for minted entities and documents. Env: KG_BASE_IRI.")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: on a TTY).")
@click.option(
    "--min-confidence",
    type=click.FloatRange(0, 1),
    default=0.0,
    help="Leave out facts below this confidence (0-1; see kg eval's calibration table).",
)
def build(
    inputs: tuple[str, ...],
    store: str,
    append: bool,
    glob: str | None,
    model: str | None,
    workers: int,
    base_iri: str | None,
    progress: bool | None,
    min_confidence: float,
    follow_links: bool,
) -> None:
    """Extract facts from INPUT files, folders, JSONL, HTML, feeds or '-' into the store.

    Without --append the store is replaced, but only once the new graph is complete.
    When --min-confidence leaves out every fact found, stderr says so.
    """
    summary = api.build(
        list(inputs),
        store,
        append=append,
        model=model,
        glob=glob,
        workers=workers,
        base_iri=base_iri,
        progress=progress,
        log=lambda line: click.echo(terminal_text(line), err=True),
        min_confidence=min_confidence,
        follow_links=follow_links,
    )
    click.echo(summary.describe())
    note = summary.filter_note(min_confidence)
    if note:
        click.echo(f"kg: {note}", err=True)
    if summary.failed:
        sys.exit(1)


@cli.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl")
@click.option("--glob", help="Only files matching this pattern inside folders.")
@follow_links_option
@click.option("--model", help="spaCy pipeline name or path (default: en_core_web_sm).")
@click.option(
    "--explain",
    is_flag=True,
    help="Show, per document, the entities found and, sentence by sentence, which rule "
    "fired and why a candidate was dropped.",
)
@click.option(
    "--ended",
    is_flag=True,
    help='Also print the facts whose text says they ended ("former CEO", "sold its '
    'stake"): in JSON with "ended": true and "end_date", in the table as "ended" '
    "in the certainty column. Without it they are left out, as kg eval and kg build do.",
)
def extract(
    inputs: tuple[str, ...],
    fmt: str,
    glob: str | None,
    follow_links: bool,
    model: str | None,
    explain: bool,
    ended: bool,
) -> None:
    """Run extraction only and print one JSON object per fact (no store).

    Each fact names its document twice: "doc", the id it has in the store
    (the JSONL id, else one derived from the text), and "source", where it was
    read from (the JSONL url, else the file path).

    A count of documents and facts goes to stderr at the end, with the number
    of documents that gave no facts. Exits with code 1 when an input could not
    be read, like kg build.
    """
    failed = 0

    def on_error(problem: InputProblem) -> None:
        nonlocal failed
        failed += problem.severity == "error"
        click.echo(terminal_text(str(problem)), err=True)

    if explain:
        from kg.render.explain import explanation

        for doc, facts, trace in api.explain(
            list(inputs), model=model, glob=glob, on_error=on_error, follow_links=follow_links
        ):
            click.echo(explanation(doc, facts, trace))
        if failed:
            sys.exit(1)
        return
    documents = without = 0
    found: list[tuple[Fact, str | None]] = []
    for doc, facts in api.extract_by_document(
        list(inputs),
        model=model,
        glob=glob,
        on_error=on_error,
        follow_links=follow_links,
        ended=ended,
    ):
        documents += 1
        without += not facts
        source = doc.url or doc.source
        if fmt == "jsonl":
            for fact in facts:
                click.echo(json.dumps(fact.as_json(source), ensure_ascii=False))
        else:
            found.extend((fact, source) for fact in facts)
    if fmt == "table":
        from kg.render.text import facts_table

        click.echo(facts_table(found, width=_table_width()))
    note = f"{plural(documents, 'document')} read, {without:,} gave no facts"
    note += f", {failed:,} failed" if failed else ""
    click.echo(note + (" (kg extract --explain shows why)" if without else ""), err=True)
    if failed:
        sys.exit(1)


@cli.command("eval")
@click.option(
    "--gold", required=True, type=click.Path(exists=True, dir_okay=False), help="Gold JSONL file."
)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@click.option("--errors/--no-errors", default=False, help="List false positives and negatives.")
@click.option("--model", help="spaCy pipeline name or path (default: en_core_web_sm).")
@click.option(
    "--fit-calibration",
    "fit_to",
    type=click.Path(dir_okay=False),
    help="Instead of scoring, fit the confidence calibration on this gold file's raw "
    "rule confidences and write it to this JSON file (kg ships one in "
    "kg/extract/data/calibration.json).",
)
def eval_cmd(gold: str, fmt: str, errors: bool, model: str | None, fit_to: str | None) -> None:
    """Score extraction against gold triples: P/R/F1 per relation and micro-averaged.

    The table ends with a calibration check: facts per confidence bin, their
    mean confidence, the share that were right, and the expected calibration
    error.
    """
    if fit_to:
        used = api.fit_calibration(gold, fit_to, model=model)
        click.echo(f"calibration fitted on {used:,} facts, written to {fit_to}")
        return
    report = api.evaluate(gold, model=model)
    if fmt == "json":
        click.echo(json.dumps(report.as_json(), indent=2, ensure_ascii=False))
    else:
        click.echo(report.table(errors=errors))


def _name_values(
    ctx: click.Context, param: click.Parameter, values: tuple[str, ...]
) -> dict[str, str]:
    """``NAME=VALUE`` options as a dict; a value may hold '=' but a name may not repeat."""
    out: dict[str, str] = {}
    for item in values:
        name, eq, value = item.partition("=")
        if not eq or not name:
            raise click.BadParameter(f"{item!r} is not NAME=VALUE, e.g. company=OpenAI")
        if name in out:
            raise click.BadParameter(f"{name!r} is given twice: give each parameter once")
        out[name] = value
    return out


@cli.command()
@click.argument("query_text", required=False, metavar="QUERY")
@click.option(
    "-f", "--file", "file", type=click.Path(exists=True, dir_okay=False), help="Query file (.rq)."
)
@store_option
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table")
@click.option("--allow-update", is_flag=True, help="Permit SPARQL Update, LOAD, CLEAR, DROP.")
@click.option("--allow-service", is_flag=True, help="Permit federated SERVICE clauses.")
@click.option("--timeout", type=click.FloatRange(min=0.001), help="Stop after this many seconds.")
@click.option(
    "--bind",
    "binds",
    multiple=True,
    metavar="NAME=VALUE",
    callback=_name_values,
    help="Give the query's parameter NAME the value VALUE, bound as a plain literal "
    "(repeatable). Named queries list theirs in '# param:' header lines.",
)
@click.option(
    "--as-of",
    "as_of",
    metavar="DATE",
    help="Query the graph as of DATE (YYYY-MM-DD, YYYY-MM or YYYY): only facts with "
    "evidence dated then or earlier (the sentence's date, else its document's); "
    "facts with no dated evidence are kept as undated.",
)
def query(
    query_text: str | None,
    file: str | None,
    store: str,
    fmt: str,
    allow_update: bool,
    allow_service: bool,
    timeout: float | None,
    binds: dict[str, str],
    as_of: str | None,
) -> None:
    """Run a SPARQL query against the store (read-only unless --allow-update).

    \b
    A query file may declare parameters in its header comment, each bound to
    the value of --bind (never pasted into the text):
      # param: company  label of the company invested in (required)
      kg query -f queries/investors_of.rq --bind company=OpenAI
    With --as-of the query sees the graph as it stood on a day:
      kg query -f queries/investors_of.rq --bind company=OpenAI --as-of 2024-01
    """
    if bool(query_text) == bool(file):
        raise click.UsageError("give a QUERY or -f FILE.rq (exactly one)")
    if file:
        try:
            # "utf-8-sig": a byte-order mark some editors write is not part of the query.
            text = Path(file).read_text(encoding="utf-8-sig")
        except OSError as e:
            raise click.UsageError(f"cannot read query file {file!r}: {e.strerror}") from e
        except UnicodeDecodeError as e:
            raise click.UsageError(
                f"cannot read query file {file!r}: not UTF-8 text (byte {e.start})"
            ) from e
    else:
        text = query_text or ""
    result = api.query(
        text,
        store,
        allow_update=allow_update,
        allow_service=allow_service,
        timeout=timeout,
        params=binds,
        name=Path(file).name if file else "the query",
        as_of=as_of,
    )
    out = result.format(fmt, width=_table_width())
    # CSV already ends its last row; no blank line after it.
    click.echo(out, nl=not out.endswith("\n"))


@cli.command()
@store_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=7878,
    show_default=True,
    help="Port to listen on (0: any free port, printed at start).",
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0.001, max=86_400),
    default=30.0,
    show_default=True,
    help="Seconds a query may run before it is answered 503.",
)
@click.option(
    "--max-rows",
    type=click.IntRange(1),
    default=10_000,
    show_default=True,
    help="Result rows (or triples) a query may return; more is answered 422.",
)
@click.option(
    "--allow-update",
    is_flag=True,
    help="Accept SPARQL Update (never LOAD) from requests carrying the --token.",
)
@click.option(
    "--token",
    envvar="KG_SERVE_TOKEN",
    metavar="TOKEN",
    help="Bearer token updates must send ('Authorization: Bearer TOKEN'). Env: KG_SERVE_TOKEN.",
)
@click.option("--allow-service", is_flag=True, help="Permit federated SERVICE clauses.")
def serve(
    store: str,
    host: str,
    port: int,
    timeout: float,
    max_rows: int,
    allow_update: bool,
    token: str | None,
    allow_service: bool,
) -> None:
    """Serve the store as a SPARQL 1.1 endpoint, with a query page, the view and entity pages.

    \b
    Routes (on http://127.0.0.1:7878 by default):
      /query, /sparql      SPARQL 1.1 Protocol: GET or POST; JSON, XML, CSV, TSV
                           results, Turtle, N-Triples, JSON-LD graphs by Accept
      /update              POST, only with --allow-update and the bearer token
      /queries/NAME?P=V    a named query of queries/ with its parameters
      /                    query page; /view the view (kg view's options as
                           ?focus=&depth=&relation=&since=&as-of=&min-support=&top=);
                           /entity/NAME an entity's facts with their evidence
    The endpoint answers from a snapshot of the store: kg build --append may run
    meanwhile, and its facts are served about a second after it ends.
    """
    api.serve(
        store,
        host=host,
        port=port,
        timeout=timeout,
        max_rows=max_rows,
        allow_update=allow_update,
        token=token,
        allow_service=allow_service,
        log=lambda line: click.echo(f"kg serve: {terminal_text(line)}", err=True),
    )


def _known_relations(
    ctx: click.Context, param: click.Parameter, values: tuple[str, ...]
) -> tuple[str, ...]:
    """Check --relation values against the ontology's relations, read only when given."""
    if not values:
        return values
    from kg.vocabulary import vocabulary

    names = vocabulary().names
    for value in values:
        if value not in names:
            raise click.BadParameter(
                f"unknown relation {value!r}: expected one of {', '.join(names)}"
            )
    return values


@cli.command()
@store_option
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), default="turtle")
@click.option("-o", "--output", "output", help="Output file (default: standard output).")
@click.option(
    "--min-confidence",
    type=click.FloatRange(0, 1),
    default=0.0,
    show_default=True,
    help="Only evidence of at least this confidence (0 to 1), and the facts that keep some.",
)
def export(store: str, fmt: str, output: str | None, min_confidence: float) -> None:
    """Export the graph as Turtle, N-Triples, JSON-LD, TriG, GraphML or CSV."""
    text = api.export(fmt, output, store, min_confidence)
    if output is None and text is not None:
        click.echo(text, nl=False)


@cli.command()
@store_option
@click.option("-o", "--output", default="output/graph.html", show_default=True)
@click.option("--focus", help="Show only the neighbourhood of this entity.")
@click.option("--depth", type=click.IntRange(0, 10), default=1, show_default=True)
@click.option(
    "--relation",
    "relations",
    multiple=True,
    metavar="NAME",
    callback=_known_relations,
    help="Only facts of this relation (repeatable): a relation of the ontology.",
)
@click.option(
    "--since",
    help="Only facts from documents dated on or after YYYY-MM-DD (or YYYY-MM, YYYY). "
    "Facts whose documents carry no date are left out.",
)
@click.option(
    "--as-of",
    "as_of",
    metavar="DATE",
    help="The graph as of DATE (YYYY-MM-DD, YYYY-MM or YYYY): only evidence dated then "
    "or earlier (the sentence's date, else its document's); undated evidence is kept.",
)
@click.option(
    "--min-support",
    type=click.IntRange(1),
    default=1,
    show_default=True,
    help="Only facts backed by at least this many independent sources (near-duplicate "
    "copies of one story count once).",
)
@click.option(
    "--min-confidence",
    type=click.FloatRange(0, 1),
    default=0.0,
    help="Only evidence of at least this confidence (0-1).",
)
@click.option("--top", type=click.IntRange(1), help="Keep the N best-connected entities.")
def view(
    store: str,
    output: str,
    focus: str | None,
    depth: int,
    relations: tuple[str, ...],
    since: str | None,
    as_of: str | None,
    min_support: int,
    min_confidence: float,
    top: int | None,
) -> None:
    """Write a self-contained interactive HTML view of the graph.

    When the filters leave no fact, the page is still written and a note on
    stderr says which filter dropped the last fact and why.
    """
    dest = api.view(
        output,
        store,
        focus=focus,
        depth=depth,
        relations=list(relations),
        since=since,
        as_of=as_of,
        min_support=min_support,
        min_confidence=min_confidence,
        top=top,
        log=lambda line: click.echo(f"kg: {line}", err=True),
    )
    click.echo(f"wrote {dest}")


@cli.command()
@click.option(
    "--since",
    required=True,
    metavar="DATE",
    help="First day (YYYY-MM-DD, YYYY-MM or YYYY): evidence dated then or later is new.",
)
@store_option
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
def diff(since: str, store: str, fmt: str) -> None:
    """Facts that started, gained sources or ended since DATE, with counts.

    \b
    A fact started when all its evidence is dated DATE or later (the sentence's
    date, else its document's); it gained sources when it had evidence before
    DATE (or undated evidence) and documents new since then back it too; it
    ended when text dated DATE or later says it ended and it does not hold now.
      kg diff --since 2025-01
      kg diff --since 2025-01-15 --format json
    """
    changes = api.diff(since, store)
    if fmt == "json":
        click.echo(json.dumps(changes.as_json(), indent=2, ensure_ascii=False))
        return
    from kg.render.text import changes_table

    click.echo(changes_table(changes, width=_table_width()))


@cli.command()
@store_option
def validate(store: str) -> None:
    """Check the graph against the SHACL shapes in ontology/shapes.ttl."""
    conforms, report = api.validate(store)
    click.echo(report)
    if not conforms:
        sys.exit(1)


@cli.command()
@store_option
@click.option("--top", type=click.IntRange(1), default=10, show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
def stats(store: str, top: int, fmt: str) -> None:
    """Counts per class and relation, fact support and the best-connected entities."""
    result = api.stats(store, top=top)
    if fmt == "json":
        click.echo(json.dumps(result, indent=2, ensure_ascii=False))
        return
    from kg.render.text import stats_table

    click.echo(stats_table(result, width=_table_width()))


def evidence_option(f: Any) -> Any:
    return click.option(
        "--evidence",
        type=click.Choice(["best", "all", "none"]),
        default="best",
        show_default=True,
        help="Supporting sentences shown under each fact: the best one (most confident), "
        "all of them, or none (bare facts).",
    )(f)


def fact_format_option(f: Any) -> Any:
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(["text", "json"]),
        default="text",
        show_default=True,
        help="text: each fact with its evidence cut to the terminal width; json: a list of "
        "facts, each with support (independent sources), certainty, sources (each with "
        "every copy's title and URLs) and evidence (sentence, source, title, date, "
        "amount, certainty, confidence).",
    )(f)


def _echo_facts(records: list[dict[str, Any]], fmt: str, evidence: str) -> None:
    import shutil

    from kg.render.text import facts_with_evidence

    if fmt == "json":
        keep = {"all": None, "best": 1, "none": 0}[evidence]
        out = [{**r, "evidence": r["evidence"][:keep]} for r in records]
        click.echo(json.dumps(out, indent=2, ensure_ascii=False))
    elif records:
        width = shutil.get_terminal_size((80, 24)).columns
        click.echo(facts_with_evidence(records, evidence=evidence, width=width))


@cli.command()
@click.argument("a")
@click.argument("b")
@store_option
@evidence_option
@fact_format_option
def path(a: str, b: str, store: str, evidence: str, fmt: str) -> None:
    """Shortest chain of relations linking entity A to entity B.

    \b
    Each hop is shown with its best supporting sentence and where it was read:
      kg path Amazon Microsoft
      kg path Amazon Microsoft --evidence none   # bare chain
    """
    _echo_facts(api.path_facts(a, b, store), fmt, evidence)


@cli.command()
@click.argument("entity")
@store_option
@click.option("--depth", type=click.IntRange(1, 5), default=1, show_default=True)
@click.option("--family", is_flag=True, help="Facts of ENTITY and all its subsidiaries.")
@evidence_option
@fact_format_option
def neighbors(entity: str, store: str, depth: int, family: bool, evidence: str, fmt: str) -> None:
    """Facts around ENTITY (its ego network), each with its evidence.

    \b
    Under each fact: its best sentence, then source (URL or file), date, amount,
    certainty and confidence; the count of independent sources (copies of one story
    counting once) is on the fact line.
      kg neighbors OpenAI
      kg neighbors OpenAI --evidence all --format json
      kg neighbors Alphabet --family
    """
    records = api.neighbor_facts(entity, store, depth=depth, family=family)
    if not records:
        click.echo(f"kg: no facts around {_plain(entity)!r} in the store", err=True)
    _echo_facts(records, fmt, evidence)


@cli.command()
@click.argument("fact_or_entity", metavar="FACT|ENTITY")
@store_option
@fact_format_option
def show(fact_or_entity: str, store: str, fmt: str) -> None:
    """Every sentence supporting a fact, with its source; or every fact of an entity.

    \b
    Name the fact as 'SUBJECT RELATION OBJECT' (one argument, quoted):
      kg show "Microsoft invests_in OpenAI"
      kg show OpenAI
    """
    records = api.show(fact_or_entity, store)
    if not records:
        click.echo(f"kg: no facts around {_plain(fact_or_entity)!r} in the store", err=True)
    _echo_facts(records, fmt, "all")


@cli.command()
@click.argument("ref", metavar="DOC_ID|URL|PATH")
@store_option
def forget(ref: str, store: str) -> None:
    """Remove a document's evidence and the facts no other document supports."""
    removed = api.forget(ref, store)
    click.echo(f"forgot {ref}: {removed} facts removed")


@cli.command()
@click.argument(
    "folders", nargs=-1, metavar="[FOLDER]...", type=click.Path(exists=True, file_okay=False)
)
@store_option
def clean(folders: tuple[str, ...], store: str) -> None:
    """Remove what killed builds and exports left behind.

    That is staging folders beside an embedded store, staging graphs
    (urn:x-kg:staging:...) of this machine's dead builds in a SPARQL endpoint,
    and temporary files of killed exports in FOLDERs (default: the folder
    holding an embedded store). Prints each name removed.
    """
    removed = api.clean(store, folders)
    for name in removed:
        click.echo(f"removed {terminal_text(name)}")
    click.echo(f"{plural(len(removed), 'left-over')} removed")


@cli.group()
def entity() -> None:
    """Correct entity identity: aliases, merges, and taking them back.

    \b
    Each correction is applied to the store at once (one transaction) and
    recorded, one JSON line each, in STORE.corrections.jsonl beside an embedded
    store folder (KG_CORRECTIONS=FILE names another file, and is required for a
    SPARQL endpoint); every later kg build applies the file.
      kg entity alias "Big Blue" IBM       # a free name is a known entity
      kg entity merge Alphabet Google      # B becomes A; B's names stay as aliases
      kg entity split Google               # take an alias or merge back
      kg entity corrections                # what is recorded
    """


def _done(what: str, correction: Any) -> None:
    click.echo(
        f"{what} {_plain(correction.name)!r} -> {_plain(correction.into.label)!r} "
        f"({correction.into.cls})"
    )


@entity.command("alias")
@click.argument("surface")
@click.argument("canonical")
@store_option
def entity_alias(surface: str, canonical: str, store: str) -> None:
    """Make SURFACE, a name the gazetteer does not know, a name of entity CANONICAL.

    Any spelling with the same key counts (case, punctuation, "Inc.", a leading
    "the", a trailing "AI" or "chips"). The stored entity SURFACE names, if any,
    becomes CANONICAL (same class only); later builds do the same. A gazetteer
    name is refused: use kg entity merge for two known entities.
    """
    _done("alias", api.entity_alias(surface, canonical, store))


@entity.command("merge")
@click.argument("a")
@click.argument("b")
@store_option
def entity_merge(a: str, b: str, store: str) -> None:
    """Make entity B part of entity A: one node, B's names kept as aliases.

    The node has A's label and class; B's labels become skos:altLabel of A and
    B's facts and evidence are re-pointed to A, now and in later builds.

    A and B are labels or aliases of stored entities, or gazetteer names, of the
    same class.
    """
    _done("merged", api.entity_merge(a, b, store))


@entity.command("split")
@click.argument("name")
@store_option
def entity_split(name: str, store: str) -> None:
    """Take back the alias or merge that made NAME part of another entity.

    The correction leaves the file, and NAME is an entity again with the stored
    facts and evidence that were its own (found by their evidence IRIs, minted
    from the names the text used). Aliases a later build added to the merged
    entity stay with it until the next kg build.
    """
    correction = api.entity_split(name, store)
    click.echo(f"split {_plain(correction.label)!r} from {_plain(correction.into.label)!r}")


@entity.command("corrections")
@store_option
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl"]), default="table")
def entity_corrections(store: str, fmt: str) -> None:
    """List the recorded corrections (the file, then one line each)."""
    path, corrections = api.entity_corrections(store)
    if fmt == "jsonl":
        for c in corrections:
            click.echo(json.dumps(c.as_json(), ensure_ascii=False))
        return
    click.echo(f"{path}: {plural(len(corrections), 'correction')}")
    for c in corrections:
        click.echo(
            f"{c.op:5}  {_plain(c.name)!r} ({c.cls}) -> {_plain(c.into.label)!r} "
            f"({c.into.cls})  {c.date}"
        )


def main(argv: list[str] | None = None) -> None:
    """Entry point of the ``kg`` command: every failure is one line on stderr.

    Exit codes: 0 success, 1 a failure while working, 2 a usage error,
    130 interrupted.
    """
    try:
        rc = cli.main(args=argv, prog_name="kg", standalone_mode=False)
    except click.exceptions.NoArgsIsHelpError as e:
        click.echo(e.format_message())
        sys.exit(0)
    except click.UsageError as e:
        command = e.ctx.command_path if e.ctx else "kg"
        hint = f" (see '{command} --help')"
        click.echo(f"{command}: error: {terminal_text(e.format_message())}{hint}", err=True)
        sys.exit(2)
    except click.ClickException as e:
        click.echo(f"kg: error: {terminal_text(e.format_message())}", err=True)
        sys.exit(e.exit_code)
    except click.exceptions.Exit as e:
        sys.exit(e.exit_code)
    except click.Abort:
        click.echo("kg: interrupted", err=True)
        sys.exit(130)
    except BrokenPipeError:
        sys.exit(1)
    # Without standalone mode click returns the code of ctx.exit() instead of exiting.
    sys.exit(rc if isinstance(rc, int) else 0)


if __name__ == "__main__":
    main()
