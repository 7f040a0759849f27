"""The ``frontline`` command: a thin layer over the library (parse, call one function, print)."""

from __future__ import annotations

import json
import os
import sys
from datetime import date
from pathlib import Path

import click

from geo import __version__
from geo.errors import FrontlineError

DEFAULT_DB = "data/frontline.sqlite"
DEFAULT_SITE = "maps"
DEFAULT_SEEDS = "seeds"


class IsoDate(click.ParamType):
    """A YYYY-MM-DD date."""

    name = "YYYY-MM-DD"

    def convert(self, value, param, ctx):
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(value)
        except ValueError:
            self.fail(f"{value!r} is not a date of the form YYYY-MM-DD", param, ctx)


class Frontline(click.Group):
    """Turns library errors into one-line messages with the error's exit code."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except FrontlineError as exc:
            click.echo(f"Error: {exc}", err=True)
            ctx.exit(exc.exit_code)


class Env:
    """Shared resources, opened lazily and closed when the command ends."""

    def __init__(self, db: str, gazetteer: str | None):
        self.db_path, self.gazetteer_path = db, gazetteer
        self._store = self._gazetteer = None

    def store(self, create: bool = False):
        """The claims database; only commands that store articles create it (a typo in --db is an error)."""
        from geo.jobs.pipeline import open_store

        if self._store is None:
            self._store = open_store(self.db_path, create=create)
        return self._store

    def gazetteer(self, download: bool = False):
        from geo.jobs.pipeline import ensure_gazetteer

        if self._gazetteer is None:
            self._gazetteer = ensure_gazetteer(self.gazetteer_path, download=download, say=lambda m: click.echo(m, err=True), progress=_progress())
        return self._gazetteer

    def close(self):
        if self._store is not None:
            self._store.close()


def _progress():
    state = {"bar": None}

    def show(done: int, total: int | None):
        if state["bar"] is None:
            state["bar"] = click.progressbar(length=total or 0, label="Downloading", file=sys.stderr)
            state["bar"].__enter__()
        state["bar"].update(done - state["bar"].pos)
        if total and done >= total:
            state["bar"].__exit__(None, None, None)

    return show


DB_HELP = "Claims database (SQLite)."
GAZETTEER_HELP = "Gazetteer file [default: data/gazetteer/gazetteer.sqlite]."


@click.group(cls=Frontline)
@click.version_option(__version__, prog_name="frontline")
@click.option("--db", default=DEFAULT_DB, envvar="FRONTLINE_DB", show_default=True, help=DB_HELP)
@click.option("--gazetteer", "gazetteer_path", envvar="FRONTLINE_GAZETTEER", default=None, help=GAZETTEER_HELP)
@click.pass_context
def cli(ctx, db, gazetteer_path):
    """frontline: who claims what, where and since when, in war reporting from Ukraine.

    \b
    Example:
        frontline run                      # the seed article through to maps/index.html
        frontline ingest articles/ && frontline build --out maps/
    """
    ctx.obj = Env(db, gazetteer_path)
    ctx.call_on_close(ctx.obj.close)


# -- gazetteer ---------------------------------------------------------------------------
@cli.group()
def gazetteer():
    """Import, download and describe the offline GeoNames gazetteer.

    \b
    Example:
        frontline gazetteer import UA.zip
    """


@gazetteer.command("import")
@click.argument("dump", type=click.Path(dir_okay=False))
@click.option("--include", multiple=True, type=click.Choice(["PPLX", "PPLQ", "PPLH"]),
              help="Also keep sections (PPLX), abandoned (PPLQ) or historical (PPLH) places.")
@click.option("--force", is_flag=True, help="Replace the gazetteer even with one that has less than half of its places.")
@click.pass_obj
def gazetteer_import(env, dump, include, force):
    """Import a GeoNames country dump (UA.zip or UA.txt) into the gazetteer.

    \b
    Example:
        frontline gazetteer import ~/Downloads/UA.zip
    """
    from geo.jobs.gazetteer import import_gazetteer

    target, counts = import_gazetteer(dump, env.gazetteer_path, include=tuple(include), force=force)
    click.echo(
        f"Imported {dump} into {target}: {counts['settlements']} settlements, {counts['oblasts']} oblasts, "
        f"{counts['raions']} raions, {counts['water']} water features, {counts['names']} names "
        f"in {counts['seconds']} s"
    )


@gazetteer.command("download")
@click.option("--url", default=None, help="Dump URL [default: the official GeoNames UA.zip].")
@click.option("--out", "out", type=click.Path(dir_okay=False), default=None, help="Where to save the zip.")
@click.option("--import/--no-import", "do_import", default=True, show_default=True, help="Import it once downloaded.")
@click.option("--timeout", default=30.0, show_default=True, help="Seconds to wait for the server.")
@click.pass_obj
def gazetteer_download(env, url, out, do_import, timeout):
    """Download the GeoNames dump for Ukraine (needs internet), then import it.

    \b
    Example:
        frontline gazetteer download
    """
    from geo.jobs.gazetteer import download_gazetteer

    dest, target, counts = download_gazetteer(env.gazetteer_path, url=url, out=out, do_import=do_import, timeout=timeout,
                                           say=lambda m: click.echo(m, err=True), progress=_progress())
    click.echo(f"Saved {dest}")
    if counts is not None:
        click.echo(f"Imported into {target}: {counts['settlements']} settlements")


@gazetteer.command("info")
@click.pass_obj
def gazetteer_info(env):
    """Print the gazetteer's source, date, counts and the GeoNames attribution.

    \b
    Example:
        frontline gazetteer info
    """
    info = env.gazetteer().info()
    for key in sorted(info):
        click.echo(f"{key}: {info[key]}")


# -- geocode -----------------------------------------------------------------------------
@cli.command()
@click.argument("name")
@click.option("--near", help="A landmark name or LAT,LON the place is near.")
@click.option("--oblast", help="The oblast the place is in.")
@click.option("--all", "show_all", is_flag=True, help="Every candidate, best first.")
@click.option("--json", "as_json", is_flag=True, help="JSON output.")
@click.pass_obj
def geocode(env, name, near, oblast, show_all, as_json):
    """Geocode a place name; NAME '-' reads 'name<TAB>context' lines from stdin (JSON lines out).

    \b
    Example:
        frontline geocode Pobeda --near Marinka --json
        printf 'Avdeyevka\\nPobeda\\tnear Marinka\\n' | frontline geocode -
    """
    from geo.jobs.geocode import existing_gazetteer, geocode_lines, geocode_one

    gaz = existing_gazetteer(env.gazetteer_path) or env.gazetteer()  # (the latter imports one first)
    if name == "-":
        _write_batches(geocode_lines(gaz, sys.stdin, keep_caches=True))
        _end_process()
        return
    result = geocode_one(gaz, name, near=near, oblast=oblast)
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False))
        return
    rows = result["candidates"] if show_all or not result["resolved"] else [result]
    rows = [c for c in rows if c["confidence"] >= 0.005] or rows[:1]  # not those the context ruled out
    if not result["resolved"]:
        click.echo(f"{name}: unresolved ({len(rows)} candidates)" if rows else f"{name}: no Ukrainian place of that name")
    for c in rows:
        where = ", ".join(p for p in (c.get("raion"), c.get("oblast")) if p)
        click.echo(f"{c['geonameid']}\t{c['name']}\t{c['lat']:.5f},{c['lon']:.5f}\t{where}\tconfidence {c['confidence']:.2f}")


def _write_batches(batches) -> None:
    """Write the batch mode's answers to standard output, each batch flushed as it is answered.

    Straight to the stream, not through ``click.echo``: on a pipe that scans every string for
    colour codes to strip (JSON lines have none: control characters are escaped), half a second
    over the 140 MB that 100,000 lines make."""
    out = sys.stdout
    for batch in batches:
        out.write(batch + "\n")
        out.flush()


def _end_process() -> None:
    """End the process at once, every answer written and flushed: the caches of a large batch (a
    million objects, the gazetteer's as many again) are not freed one by one for nothing, a third of
    a second or more. Only in the command's own process, whose standard output is the real one (a
    test runner replaces it, and must go on)."""
    if sys.stdout is not sys.__stdout__:
        return
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


# -- ingest, claims, export ----------------------------------------------------------------
@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--published", type=IsoDate(), help="Publication date for articles that lack one.")
@click.pass_obj
def ingest(env, paths, published):
    """Read articles (files or folders), extract mentions and claims, and store them.

    \b
    Example:
        frontline ingest seeds/ articles/2024-02-23.txt
    """
    from geo.jobs.pipeline import count_articles, ingest as run_ingest, make_finder

    finder = make_finder(env.gazetteer())
    total = count_articles(paths)
    with click.progressbar(length=total, label="Ingesting", file=sys.stderr, hidden=total < 20) as bar:
        summary = run_ingest(paths, lambda: env.store(create=True), finder, published=published,
                             on_article=lambda p: bar.update(1))
    click.echo(summary.line())


def claim_filters(fn):
    """--place, --side, --kind, --since and --until, shared by claims and export."""
    for option in reversed((
            click.option("--place", help="Place name in any spelling (Bachmut, Artemivsk), or a geonameid."),
            click.option("--side", type=click.Choice(["RU", "UA", "other"]), help="Claimant side."),
            click.option("--kind", type=click.Choice(["captured", "held", "contested", "struck"])),
            click.option("--since", type=IsoDate(), help="Events on or after this date."),
            click.option("--until", type=IsoDate(), help="Events on or before this date."))):
        fn = option(fn)
    return fn


@cli.command()
@claim_filters
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json", "geojson"]), default="table", show_default=True)
@click.option("--all", "show_all", is_flag=True,
              help="Also the claims that wait for review (held or pending), saying why.")
@click.pass_obj
def claims(env, place, side, kind, since, until, fmt, show_all):
    """List the published claims, newest first (--all: also those waiting for review).

    \b
    Example:
        frontline claims --place Krynky --format csv
    """
    from geo.jobs.curate import list_claims

    gazetteer = env.gazetteer() if place and not place.strip().isdigit() else None
    click.echo(list_claims(env.store(), fmt, include_waiting=show_all, gazetteer=gazetteer, place=place, side=side, kind=kind,
                           date_from=since, date_to=until), nl=False)


@cli.command()
@click.argument("out", type=click.Path(dir_okay=False), required=False)
@click.option("--places", "places_out", type=click.Path(dir_okay=False),
              help="Also (or only) a table of places: one row per place with its latest status, the day and "
                   "claimant behind it, names, lat/lon and a colour (.csv, .geojson or .gpkg).")
@click.option("--format", "fmt", type=click.Choice(["geojson", "csv", "gpkg"]), default=None,
              help="Of OUT. Default: from the file's suffix.")
@claim_filters
@click.option("--all", "show_all", is_flag=True,
              help="Also the placed claims that wait for review (with their hold).")
@click.pass_obj
def export(env, out, places_out, fmt, place, side, kind, since, until, show_all):
    """Export the published claims to GeoJSON, CSV or GeoPackage (opens in QGIS, coloured), and/or
    a table of places for a locator map (--places).

    A GeoPackage holds the claims and each place's latest status (layers claims and places).

    \b
    Example:
        frontline export claims.gpkg
        frontline export --places places.csv --since 2024-02-01 --side RU
    """
    from geo.jobs.curate import export as run_export

    report = run_export(env.store(), out, fmt, places=places_out, include_waiting=show_all,
                        gazetteer=env.gazetteer_path, place=place, side=side, kind=kind, date_from=since,
                        date_to=until)
    for line in report.lines():
        click.echo(line)


@cli.command("snapshot")
@click.option("--out", required=True, type=click.Path(dir_okay=False), help="The picture: .png, .svg or .pdf.")
@click.option("--date", "as_of", type=IsoDate(), help="The status as of this date [default: the latest claim's].")
@click.option("--bbox", help="The view: west,south,east,north in degrees, e.g. 36.5,47.5,38.5,48.8 [default: Ukraine].")
@click.option("--around", help="The view around a place (any spelling, or a geonameid).")
@click.option("--radius", type=float, help="With --around: km each way [default: 30].")
@click.option("--width", type=int, default=1600, show_default=True, help="Width in pixels (8 inches wide in SVG/PDF).")
@click.option("--grey", is_flag=True, help="For grey-scale print: the shapes carry the meaning.")
@click.option("--title", help="The heading [default: Claimed control in Ukraine].")
@click.pass_obj
def snapshot_command(env, out, as_of, bbox, around, radius, width, grey, title):
    """Draw the published claims' status as of a date, ready to print or publish (PNG, SVG, PDF).

    The site's markers on the offline base map, the places that changed in the week named, a
    legend, the sources and the credits.

    \b
    Example:
        frontline snapshot --date 2024-02-22 --out map.png
        frontline snapshot --around Avdiivka --radius 25 --grey --out avdiivka.pdf
    """
    from geo.jobs.snapshot import snapshot

    report = snapshot(env.store(), out, as_of=as_of, bbox=bbox, around=around, radius_km=radius, width=width,
                      grey=grey, title=title, gazetteer=env.gazetteer_path)
    click.echo(str(report))
    for line in report.warnings:  # an empty map is drawn, but never silently
        click.echo(f"warning: {line}", err=True)


# -- review ------------------------------------------------------------------------------
@cli.group()
def review():
    """Correct the machine: list what waits, assign places, dismiss names, approve or reject claims.

    \b
    Example:
        frontline review list --below 0.7
    """


@review.command("list")
@click.option("--below", type=float, default=0.7, show_default=True, help="Also list mentions below this confidence.")
@click.option("--json", "as_json", is_flag=True, help="JSON output (a list of items).")
@click.pass_obj
def review_list(env, below, as_json):
    """List what waits for review, a block per name and article: unresolved and low-confidence
    names with their candidates, and the claims held for review.

    \b
    Example:
        frontline review list
    """
    from geo.jobs.review import review_items, review_listing

    if as_json:
        click.echo(json.dumps(review_items(env.store(), below), ensure_ascii=False, indent=1))
        return
    click.echo(review_listing(env.store(), below), nl=False)


@review.command("assign")
@click.argument("mention_id", type=int)
@click.argument("place")
@click.option("--note", default="", help="Why (kept with the correction).")
@click.pass_obj
def review_assign(env, mention_id, place, note):
    """Assign the right place (a geonameid or a name) to a mention.

    \b
    Example:
        frontline review assign 12 9644290
    """
    from geo.jobs.review import assign_place

    corr = assign_place(env.store(), env.gazetteer(), mention_id, place, note=note)
    click.echo(f"Mention {mention_id} is now {corr['name']} ({corr['geonameid']})")


@review.command("reject")
@click.argument("claim_id", type=int)
@click.option("--reason", default="", help="Why (kept with the correction).")
@click.pass_obj
def review_reject(env, claim_id, reason):
    """Reject a claim (hidden from listings, exports and the site).

    \b
    Example:
        frontline review reject 7 --reason "misread quote"
    """
    from geo.jobs.review import reject_claim

    reject_claim(env.store(), claim_id, reason=reason)
    click.echo(f"Claim {claim_id} rejected")


@review.command("approve")
@click.argument("claim_id", type=int)
@click.option("--note", default="", help="Why (kept with the correction).")
@click.pass_obj
def review_approve(env, claim_id, note):
    """Publish a claim that waits for review (it shows on the map and in listings).

    \b
    Example:
        frontline review approve 7 --note "confirmed by the General Staff"
    """
    from geo.jobs.review import approve_claim

    claim = approve_claim(env.store(), claim_id, note=note)
    state = " (it is also rejected: undo the rejection to publish it)" if claim["rejected"] else ""
    click.echo(f"Claim {claim_id} approved{state}; undo: frontline review undo {claim['correction_id']}")


@review.command("dismiss")
@click.argument("name")
@click.option("--reason", default="", help="Why (kept with the correction).")
@click.pass_obj
def review_dismiss(env, name, reason):
    """Dismiss a name that is no Ukrainian place, in every article (also later ones).

    \b
    Example:
        frontline review dismiss "Kyiv Independent" --reason "a newspaper"
    """
    from geo.jobs.review import dismiss_name

    done = dismiss_name(env.store(), name, reason=reason)
    click.echo(f"Dismissed {name!r}: {done['mentions']} mention(s) in {done['articles']} article(s), "
               f"{done['claims']} claim(s) hidden; undo: frontline review undo {done['correction_id']}")


@review.command("corrections")
@click.pass_obj
def review_corrections(env):
    """List the corrections made so far.

    \b
    Example:
        frontline review corrections
    """
    from geo.jobs.review import corrections

    for c in corrections(env.store()):
        click.echo(json.dumps(c, ensure_ascii=False, default=str))


@review.command("undo")
@click.argument("correction_id", type=int)
@click.pass_obj
def review_undo(env, correction_id):
    """Undo a correction.

    \b
    Example:
        frontline review undo 3
    """
    from geo.jobs.review import undo_correction

    undo_correction(env.store(), correction_id)
    click.echo(f"Correction {correction_id} undone")


# -- evaluate ----------------------------------------------------------------------------
@cli.command()
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False))
@click.option("--details", is_flag=True, help="Also list every miss.")
@click.option("--json", "as_json", is_flag=True)
@click.option("--all", "include_low", is_flag=True,
              help="Also score the low-confidence claims the map leaves out (default: what the map shows).")
@click.pass_obj
def evaluate(env, gold_dir, details, as_json, include_low):
    """Score extraction against gold annotations (mention and claim precision/recall, dates, control).

    \b
    Example:
        frontline evaluate ../shared/corpus/dev
        frontline evaluate bench/corpus/real/dev --details
    """
    from geo.jobs.evaluate import evaluate as run_evaluate
    from geo.jobs.pipeline import make_finder

    score = run_evaluate(gold_dir, make_finder(env.gazetteer()), details=details, include_low=include_low)
    result = score.as_dict()
    if as_json:
        click.echo(json.dumps(result))
    else:
        for key, value in result.items():
            if key != "counts":
                click.echo(f"{key}: {value}")
    for line in score.errors:
        click.echo(line, err=True)


# -- site --------------------------------------------------------------------------------
force_option = click.option(
    "--force", is_flag=True,
    help="Replace the site even with one that has no claims or lost more than half of its places.")


fade_option = click.option(
    "--fade-days", "fade_days", type=click.IntRange(min=1), default=30, show_default=True,
    help="A place's status with no new claim for this many days is drawn faded.")


base_url_option = click.option(
    "--base-url", "base_url", envvar="FRONTLINE_BASE_URL", default=None, metavar="URL",
    help="The site's public address (https://example.org/maps/): og:image and the embed snippet become "
         "absolute URLs (social sites need an absolute og:image). Default: relative. Env: FRONTLINE_BASE_URL.")


def control_options(fn):
    """--control, --control-source and --control-max-age, shared by build and watch."""
    fn = click.option("--control-max-age", "control_max_age", type=int, default=31, show_default=True,
                      help="Days an assessment stays valid for checking a later claim.")(fn)
    fn = click.option("--control-source", help="Who made the control polygons (shown as 'according to ...').")(fn)
    return click.option("--control", type=click.Path(exists=True),
                        help="Assessed-control polygons (GeoJSON/GeoPackage file or folder).")(fn)


@cli.command()
@click.option("--out", default=DEFAULT_SITE, show_default=True, type=click.Path(file_okay=False))
@control_options
@click.option("--cdn", is_flag=True, help="Load Leaflet from a CDN instead of bundling it.")
@fade_option
@base_url_option
@force_option
@click.pass_obj
def build(env, out, control, control_source, control_max_age, cdn, fade_days, base_url, force):
    """Build the static map site from the claims database.

    \b
    Example:
        frontline build --out maps/ --control deepstate/
        frontline build --out maps/ --base-url https://example.org/maps/
    """
    from geo.jobs.publish import build_from_store

    report = build_from_store(env.store(), env.gazetteer(), out, control=control, control_source=control_source,
                              control_max_age_days=control_max_age, cdn=cdn, fade_days=fade_days, force=force,
                              base_url=base_url)
    click.echo(str(report))


@cli.command()
@click.argument("folder", type=click.Path(exists=True, file_okay=False))
@click.option("--out", default=DEFAULT_SITE, show_default=True, type=click.Path(file_okay=False))
@click.option("--interval", default=5.0, show_default=True, help="Seconds between looks at the folder.")
@click.option("--debounce", default=2.0, show_default=True, help="Seconds a new file must stay unchanged.")
@control_options
@fade_option
@base_url_option
@force_option
@click.pass_obj
def watch(env, folder, out, interval, debounce, control, control_source, control_max_age, fade_days, base_url, force):
    """Ingest new articles as they land in FOLDER and rebuild the site (Ctrl-C stops).

    \b
    Example:
        frontline watch inbox/ --out maps/
    """
    from geo.jobs.publish import watch as run_watch

    try:
        run_watch(folder, env.store(create=True), env.gazetteer(), out, interval=interval, debounce=debounce,
                  echo=click.echo, control=control, control_source=control_source,
                  control_max_age_days=control_max_age, fade_days=fade_days, force=force, base_url=base_url)
    except KeyboardInterrupt:
        click.echo("Stopped.")


@cli.command()
@click.argument("paths", nargs=-1)
@click.option("--out", default=DEFAULT_SITE, show_default=True, type=click.Path(file_okay=False))
@click.option("--no-download", is_flag=True, help="Never download the GeoNames dump.")
@force_option
@click.pass_obj
def run(env, paths, out, no_download, force):
    """The main job: gazetteer (from $FRONTLINE_GEONAMES, else downloaded), ingest, build.

    Ingests PATHS (default: seeds/) and builds the site into --out.

    \b
    Example:
        FRONTLINE_GEONAMES=~/UA.zip frontline run
    """
    from geo.jobs.pipeline import ingest as run_ingest, make_finder
    from geo.jobs.publish import build_from_store

    gaz = env.gazetteer(download=not no_download)
    summary = run_ingest(paths or [DEFAULT_SEEDS], lambda: env.store(create=True), make_finder(gaz))
    click.echo(summary.line())
    report = build_from_store(env.store(), gaz, out, force=force)
    click.echo(str(report))
    click.echo(f"Open {Path(out) / 'index.html'} in a browser.")


# -- global options after the command -----------------------------------------------------
def _global_option(name: str, attr: str, help: str) -> click.Option:
    """``--db``/``--gazetteer`` on a subcommand: given after the command, it overrides the value
    given (or defaulted) before it."""

    def remember(ctx, param, value):
        if value is not None:
            setattr(ctx.find_object(Env), attr, value)

    return click.Option([name], expose_value=False, callback=remember, help=help)


def _accept_global_options_anywhere(group: click.Group) -> None:
    for command in group.commands.values():
        command.params += [_global_option("--db", "db_path", DB_HELP),
                           _global_option("--gazetteer", "gazetteer_path", GAZETTEER_HELP)]
        if isinstance(command, click.Group):
            _accept_global_options_anywhere(command)


_accept_global_options_anywhere(cli)
