"""QGIS layer styles inside a GeoPackage, so that a layer opens coloured.

QGIS reads a layer's default style from the GeoPackage's ``layer_styles`` table (the table QGIS
itself writes with "Save as default ... in the datasource": one row per layer, its style as QML). A
style here is a categorised point renderer: one simple marker (shape, fill, outline) per value of an
attribute or an expression, and the features labelled by a field. The symbols are given by the caller
(the store knows nothing of how the site draws a status).
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timezone
from pathlib import Path
from xml.sax.saxutils import quoteattr

TABLE = "layer_styles"
# QGIS's own definition of the table (as it creates it in a GeoPackage).
CREATE = f"""CREATE TABLE IF NOT EXISTS "{TABLE}" (
    "id" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
    "f_table_catalog" TEXT(256),
    "f_table_schema" TEXT(256),
    "f_table_name" TEXT(256),
    "f_geometry_column" TEXT(256),
    "styleName" TEXT(30),
    "styleQML" TEXT,
    "styleSLD" TEXT,
    "useAsDefault" BOOLEAN,
    "description" TEXT,
    "owner" TEXT(30),
    "ui" TEXT(30),
    "update_time" DATETIME DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now'))
)"""
# QGIS's simple-marker names for the shapes a caller may ask for.
SHAPES = {"circle": "circle", "square": "square", "diamond": "diamond", "star": "star", "triangle": "triangle"}


def _rgba(hex_colour: str, alpha: int = 255) -> str:
    h = hex_colour.lstrip("#")
    return f"{int(h[0:2], 16)},{int(h[2:4], 16)},{int(h[4:6], 16)},{alpha}"


def _options(props: dict, indent: str) -> str:
    """A symbol layer's properties in both forms QGIS reads: <Option> (3.26 on) and <prop> (before)."""
    opts = "".join(f'{indent}  <Option type="QString" name={quoteattr(k)} value={quoteattr(v)}/>\n' for k, v in props.items())
    legacy = "".join(f"{indent}<prop k={quoteattr(k)} v={quoteattr(v)}/>\n" for k, v in props.items())
    return f'{indent}<Option type="Map">\n{opts}{indent}</Option>\n{legacy}'


def _symbol(name: str, sym: dict, size_mm: float) -> str:
    shape = SHAPES.get(sym.get("shape", "circle"), "circle")
    scale = {"square": 0.9, "diamond": 1.3, "star": 1.3}.get(shape, 1.0)
    props = {
        "angle": "0", "color": _rgba(sym.get("colour") or sym.get("fill") or "#888888"), "joinstyle": "miter",
        "name": shape, "offset": "0,0", "offset_unit": "MM", "outline_color": _rgba(sym.get("edge") or "#333333"),
        "outline_style": "solid", "outline_width": "0.35", "outline_width_unit": "MM", "scale_method": "diameter",
        "size": f"{size_mm * scale:.2f}", "size_unit": "MM", "vertical_anchor_point": "1", "horizontal_anchor_point": "1",
    }
    return (f'      <symbol type="marker" name={quoteattr(name)} alpha="1" clip_to_extent="1" force_rhr="0">\n'
            f'        <layer class="SimpleMarker" enabled="1" locked="0" pass="0">\n'
            f'{_options(props, "          ")}'
            f'        </layer>\n      </symbol>\n')


def categorized_qml(attr: str, categories: list, *, label_field: str | None = None, size_mm: float = 3.0,
                    expression: bool = False) -> str:
    """A QGIS style (QML) that draws each category of ``attr`` with its own marker.

    :param attr: the field (or, with ``expression``, a QGIS expression) the categories are values of.
    :param categories: ``[(value, legend label, {"shape", "colour" or "fill", "edge"})]``.
    :param label_field: label each feature with this field.
    :param size_mm: the circle's diameter; the other shapes keep the site's proportions.
    :returns: the QML text.
    """
    cats = "".join(f'      <category symbol="{i}" value={quoteattr(str(v))} label={quoteattr(lab)} render="true" type="string"/>\n'
                   for i, (v, lab, _) in enumerate(categories))
    syms = "".join(_symbol(str(i), sym, size_mm) for i, (_, _, sym) in enumerate(categories))
    labels = ""
    if label_field:
        labels = (
            '  <labeling type="simple">\n    <settings calloutType="simple">\n'
            f'      <text-style fieldName={quoteattr(label_field)} isExpression="0" fontFamily="Sans Serif" fontSize="8" '
            'fontSizeUnit="Point" fontWeight="75" textColor="20,20,20,255" textOpacity="1" namedStyle="Bold">\n'
            '        <text-buffer bufferDraw="1" bufferSize="0.8" bufferSizeUnits="MM" bufferColor="255,255,255,255" '
            'bufferOpacity="1" bufferJoinStyle="128"/>\n      </text-style>\n'
            '      <placement placement="6" dist="1.2" distUnits="MM" priority="5" '
            'predefinedPositionOrder="TR,TL,BR,BL,R,L,TSR,BSR"/>\n'
            '      <rendering obstacle="1" scaleVisibility="0" displayAll="0" upsidedownLabels="0" labelPerPart="0"/>\n'
            '    </settings>\n  </labeling>\n')
    return ("<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n"
            f'<qgis version="3.28.0-Firenze" styleCategories="Symbology|Labeling" labelsEnabled="{1 if label_field else 0}">\n'
            f'  <renderer-v2 type="categorizedSymbol" attr={quoteattr(attr)} symbollevels="0" enableorderby="0" '
            f'forceraster="0" referencescale="-1">\n    <categories>\n{cats}    </categories>\n'
            f'    <symbols>\n{syms}    </symbols>\n  </renderer-v2>\n{labels}</qgis>\n')


def write_styles(gpkg: str | Path, styles: dict, *, geometry_column: str = "geom") -> None:
    """Put each layer's style in the GeoPackage's ``layer_styles`` table as its default.

    :param gpkg: an existing GeoPackage.
    :param styles: ``{layer: (style name, QML)}``.
    :param geometry_column: the layers' geometry column (GDAL writes ``geom``).
    """
    now = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")[:-4] + "Z"
    con = sqlite3.connect(gpkg)
    try:
        with con:
            con.execute(CREATE)
            # An attribute table of the GeoPackage (as QGIS registers it), so readers list it.
            con.execute("INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, description, last_change) "
                        "VALUES (?, 'attributes', ?, ?, ?)", (TABLE, TABLE, "QGIS layer styles", now))
            for layer, (name, qml) in styles.items():
                con.execute(f'DELETE FROM "{TABLE}" WHERE f_table_name = ?', (layer,))
                con.execute(
                    f'INSERT INTO "{TABLE}" (f_table_catalog, f_table_schema, f_table_name, f_geometry_column, styleName, '
                    'styleQML, styleSLD, useAsDefault, description, owner, ui) VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)',
                    ("", "", layer, geometry_column, name, qml, "", f"{name} (written by frontline)", "", None))
    finally:
        con.close()
