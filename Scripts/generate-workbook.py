#!/usr/bin/env python3
"""Writes a large synthetic workbook for benchmarks (not a fixture: nothing it writes is
committed): tidy observations, region,year,indicator,value,source,note, on one sheet or more,
laid out as Excel saves a workbook — text in a shared-strings table, numbers as <v>, a header
row in bold — but written directly with zipfile rather than through a spreadsheet library,
which would hold every cell of a million-row sheet in memory. Deterministic for a given --seed.

    generate-workbook.py --out FILE [--rows N] [--sheets S] [--regions R] [--indicators I]
"""
import argparse
import random
import zipfile
from xml.sax.saxutils import escape

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>{sheets}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>"""
ROOT_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>"""
STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" xfId="0"/><xf numFmtId="0" fontId="1" xfId="0" applyFont="1"/></cellXfs></styleSheet>"""
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def column(index):
    return "ABCDEF"[index]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", required=True)
    parser.add_argument("--rows", type=int, default=1_000_000, help="data rows in all, split over the sheets")
    parser.add_argument("--sheets", type=int, default=1)
    parser.add_argument("--regions", type=int, default=2000)
    parser.add_argument("--indicators", type=int, default=50)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)

    strings = {}

    def shared(text):
        if text not in strings:
            strings[text] = len(strings)
        return strings[text]

    header = [shared(name) for name in ["region", "year", "indicator", "value", "source", "note"]]
    sources = [shared(f"第{n}号统计公报（合成数据）") for n in range(1, 6)]
    notes = [shared(text) for text in ["推算值", "快报数", "截至年末", "口径调整"]]
    regions = [shared(f"county-{n:04d}") for n in range(1, args.regions + 1)]
    indicators = [shared(f"indicator-{n:02d}") for n in range(1, args.indicators + 1)]

    with zipfile.ZipFile(args.out, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        per_sheet = -(-args.rows // args.sheets)
        written = 0
        for sheet_number in range(1, args.sheets + 1):
            with archive.open(f"xl/worksheets/sheet{sheet_number}.xml", "w", force_zip64=True) as part:
                part.write(f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet {NS}><sheetData>'.encode())
                cells = "".join(f'<c r="{column(i)}1" s="1" t="s"><v>{s}</v></c>' for i, s in enumerate(header))
                part.write(f'<row r="1">{cells}</row>'.encode())
                buffer = []
                for offset in range(min(per_sheet, args.rows - written)):
                    index = written + offset
                    row = offset + 2
                    region = regions[(index // (args.indicators * 10)) % len(regions)]
                    indicator = indicators[(index // 10) % len(indicators)]
                    year = 2015 + index % 10
                    value = round(rng.uniform(0, 100_000), 1)
                    note = f'<c r="F{row}" t="s"><v>{rng.choice(notes)}</v></c>' if rng.random() < 0.1 else ""
                    buffer.append(
                        f'<row r="{row}"><c r="A{row}" t="s"><v>{region}</v></c><c r="B{row}"><v>{year}</v></c>'
                        f'<c r="C{row}" t="s"><v>{indicator}</v></c><c r="D{row}"><v>{value}</v></c>'
                        f'<c r="E{row}" t="s"><v>{rng.choice(sources)}</v></c>{note}</row>')
                    if len(buffer) == 10_000:
                        part.write("".join(buffer).encode())
                        buffer = []
                part.write(("".join(buffer) + "</sheetData></worksheet>").encode())
                written += min(per_sheet, args.rows - written)
        sheets = "".join(f'<sheet name="数据{n}" sheetId="{n}" r:id="rId{n}"/>' for n in range(1, args.sheets + 1))
        archive.writestr("xl/workbook.xml", f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook {NS}><sheets>{sheets}</sheets></workbook>')
        rels = "".join(
            f'<Relationship Id="rId{n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{n}.xml"/>'
            for n in range(1, args.sheets + 1))
        base = args.sheets
        rels += (f'<Relationship Id="rId{base + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
                 f'<Relationship Id="rId{base + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>')
        archive.writestr("xl/_rels/workbook.xml.rels",
                         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                         f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}</Relationships>')
        items = "".join(f"<si><t>{escape(text)}</t></si>" for text in strings)
        archive.writestr("xl/sharedStrings.xml",
                         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                         f'<sst {NS} count="{len(strings)}" uniqueCount="{len(strings)}">{items}</sst>')
        archive.writestr("xl/styles.xml", STYLES)
        overrides = "".join(
            f'<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
            for n in range(1, args.sheets + 1))
        archive.writestr("[Content_Types].xml", CONTENT_TYPES.format(sheets=overrides))
        archive.writestr("_rels/.rels", ROOT_RELS)


if __name__ == "__main__":
    main()
