#!/usr/bin/env python3
"""Writes the committed test fixtures of data as offices keep it, under Tests/Fixtures/:

  workbooks/   .xlsx files written by real spreadsheet libraries: openpyxl (inline strings,
               formulas saved without a computed value, the 1904 date system) and XlsxWriter
               (shared strings and rich text as Excel writes them, formulas with their cached
               values, merged title rows, hidden and empty sheets); an encrypted workbook
               (msoffcrypto-tool, password "almanac"), a truncated one, and an HTML page saved
               as .xlsx
  encodings/   CSV encoded by Python's own GB18030 codec, with two-byte (GBK) characters and
               four-byte sequences for characters GBK does not have

and the starter site's workbooks (Sources/AlmanacSite/Starter/*/Content/data/quality.xlsx).
The tests need no Python: run this only to change the fixtures. Every file is written the same
way each time (fixed document dates and ZIP timestamps), so a regenerated fixture shows no diff;
the encrypted workbook, whose salt is random, is written only when it is missing.

    pip install openpyxl XlsxWriter msoffcrypto-tool
    python3 Scripts/make-data-fixtures.py
"""
import datetime
import io
import os
import re
import zipfile

import msoffcrypto
import openpyxl
import xlsxwriter
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.utils.datetime import CALENDAR_MAC_1904

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORKBOOKS = os.path.join(ROOT, "Tests", "Fixtures", "workbooks")
ENCODINGS = os.path.join(ROOT, "Tests", "Fixtures", "encodings")
FIXED = datetime.datetime(2024, 1, 1)
SOURCE = "衢州日报 2024"


def normalized(path):
    """Rewrites the ZIP with fixed timestamps and the entries in name order (openpyxl stamps the
    document's modification time as it saves)."""
    with zipfile.ZipFile(path) as archive:
        entries = [(info.filename, archive.read(info.filename)) for info in archive.infolist()]
    stamp = rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)"
    entries = [(name, re.sub(stamp, rb"\g<1>2024-01-01T00:00:00Z\g<2>", data) if name == "docProps/core.xml" else data)
               for name, data in entries]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in sorted(entries):
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)


def fixed_properties(workbook):
    workbook.properties.created = FIXED
    workbook.properties.creator = "Almanac fixtures"


def cells_openpyxl(path):
    """Every kind of cell openpyxl writes, on sheet 数据; bad cells on sheet 错误."""
    workbook = openpyxl.Workbook()
    fixed_properties(workbook)
    sheet = workbook.active
    sheet.title = "数据"
    sheet.append(["region", "year", "indicator", "value", "source", "note"])
    sheet.append(["quzhou", 2024, "patents", 5590, "衢州日报", None])
    sheet.append(["linan", datetime.date(2020, 1, 1), "output", 974.2,
                  CellRichText(["临安", TextBlock(InlineFont(b=True), "通报")]), True])
    sheet["B3"].number_format = "yyyy"
    sheet.append(["linan", datetime.date(2016, 6, 30), "output", 693.1, None, 0.1 + 0.2])
    sheet["B4"].number_format = "mm-dd-yy"  # built-in format 14
    sheet.append(["quzhou", 2023, "patents", None, "衢州日报", "缺数"])
    sheet.append(["qz", 2022.0, "patents", "4,100", None, None])  # a number stored as text, with a comma
    errors = workbook.create_sheet("错误")
    errors.append(["region", "year", "indicator", "value"])
    errors.append(["quzhou", 2021, "patents", "=1+2"])  # openpyxl saves no computed value
    errors.append(["quzhou", 2020, "patents", "#DIV/0!"])
    errors.append(["quzhou", datetime.date(2019, 5, 1), "patents", datetime.date(2019, 5, 1)])
    errors.append(["quzhou", 2018, "patents", False])
    workbook.save(path)
    normalized(path)


def shared_xlsxwriter(path):
    """Shared strings, rich text, cached formula values, merged title rows, names for ids."""
    workbook = xlsxwriter.Workbook(path)
    workbook.set_properties({"created": FIXED, "author": "Almanac fixtures"})
    title = workbook.add_format({"bold": True, "align": "center"})
    year_format = workbook.add_format({"num_format": 'yyyy"年"'})
    bold = workbook.add_format({"bold": True})
    headers = ["地区", "年份", "指标", "数值", "来源", "备注"]
    for name, year, rows in [
        ("2023年", 2023, [("衢州市", "有效发明专利", 4573, "推算值"), ("临安区", "规上工业总产值", 900.5, None)]),
        ("2024年", 2024, [("衢州市", "有效发明专利", None, None), ("临安区", "规上工业总产值", 974.2, "快报")]),
    ]:
        sheet = workbook.add_worksheet(name)
        sheet.merge_range(0, 0, 0, 5, f"主要指标（{year}年）", title)
        sheet.write_row(1, 0, headers)
        for offset, (region, indicator, value, note) in enumerate(rows):
            row = 2 + offset
            sheet.write_string(row, 0, region)
            sheet.write_datetime(row, 1, datetime.datetime(year, 12, 31), year_format)
            sheet.write_string(row, 2, indicator)
            if value is None and year == 2024:
                sheet.write_formula(row, 3, "=5000+590", None, 5590)  # the cached value Excel would save
            elif value is not None:
                sheet.write_number(row, 3, value)
            sheet.write_rich_string(row, 4, bold, "衢州", "日报")
            if note:
                sheet.write_string(row, 5, note)
    hidden = workbook.add_worksheet("底稿")
    hidden.write_row(0, 0, ["随手记", "不是表格"])
    hidden.hide()
    workbook.add_worksheet("Sheet4")  # empty
    notes = workbook.add_worksheet("说明")
    notes.write_string(0, 0, "本表数据来自各地统计公报。")
    workbook.close()
    normalized(path)


def merged_regions(path):
    """A region merged down over its years, as report tables often have it (XlsxWriter)."""
    workbook = xlsxwriter.Workbook(path)
    workbook.set_properties({"created": FIXED, "author": "Almanac fixtures"})
    sheet = workbook.add_worksheet("数据")
    sheet.write_row(0, 0, ["region", "year", "patents"])
    sheet.merge_range(1, 0, 2, 0, "quzhou")
    sheet.write_row(1, 1, [2023, 4573])
    sheet.write_row(2, 1, [2024, 5590])
    workbook.close()
    normalized(path)


def site_output(path):
    """The basic test site's output figures as an office keeps them: a merged title, Chinese
    headers, region and indicator names, the year as a date, a column to leave out, a source only
    where it differs from the sidecar's default (XlsxWriter)."""
    workbook = xlsxwriter.Workbook(path)
    workbook.set_properties({"created": FIXED, "author": "Almanac fixtures"})
    year_format = workbook.add_format({"num_format": "yyyy"})
    sheet = workbook.add_worksheet("产值")
    sheet.merge_range(0, 0, 0, 5, "规上工业总产值（亿元）")
    sheet.write_row(1, 0, ["地区", "年份", "指标", "数值", "来源", "填表人"])
    for row, (region, year, value, source) in enumerate(
            [("临安区", 2016, 693.1, None), ("临安", 2020, 974.2, None), ("衢州市", 2020, 500, "衢州")], start=2):
        sheet.write_string(row, 0, region)
        sheet.write_datetime(row, 1, datetime.datetime(year, 6, 30), year_format)
        sheet.write_string(row, 2, "规上工业总产值")
        sheet.write_number(row, 3, value)
        if source:
            sheet.write_string(row, 4, source)
        sheet.write_string(row, 5, "张三")
    workbook.close()
    normalized(path)


def date1904(path):
    workbook = openpyxl.Workbook()
    fixed_properties(workbook)
    workbook.epoch = CALENDAR_MAC_1904
    sheet = workbook.active
    sheet.title = "Mac"
    sheet.append(["region", "year", "indicator", "value"])
    sheet.append(["quzhou", datetime.date(2024, 7, 1), "patents", 5590])
    sheet["B2"].number_format = "yyyy-mm-dd"
    workbook.save(path)
    normalized(path)


def encrypted(path):
    plain = io.BytesIO()
    workbook = openpyxl.Workbook()
    fixed_properties(workbook)
    workbook.active.append(["region", "year", "indicator", "value"])
    workbook.save(plain)
    plain.seek(0)
    office = msoffcrypto.OfficeFile(plain)
    with open(path, "wb") as output:
        office.encrypt("almanac", output)


def wrong_checksum(path, source):
    """The source's parts stored uncompressed, then one digit of a cell changed in place: the ZIP
    is whole, but the sheet no longer has the CRC-32 its header gives."""
    with zipfile.ZipFile(source) as archive:
        entries = [(info.filename, archive.read(info.filename)) for info in archive.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        for name, data in entries:
            archive.writestr(zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0)), data)
    with open(path, "rb") as whole:
        data = whole.read()
    assert data.count(b"<v>5590</v>") == 1
    with open(path, "wb") as output:
        output.write(data.replace(b"<v>5590</v>", b"<v>5591</v>"))


def truncated(path, source):
    with open(source, "rb") as whole:
        data = whole.read()
    with open(path, "wb") as output:
        output.write(data[: len(data) // 2])


def gb18030(folder):
    """Two-byte GBK characters, and three characters GBK does not have: 䶮 (U+4DAE, two bytes FE 9F in
    GB18030-2005/2022), 㐀 (U+3400) and 𠀀 (U+20000, outside the BMP), each in four bytes."""
    text = "region,year,indicator,value,source,note\r\nquzhou,2024,patents,5590,衢州日报,刘䶮 㐀𠀀\r\n"
    data = text.encode("gb18030")
    for character, encoded in [("䶮", "fe9f"), ("㐀", "8139ee39"), ("𠀀", "95328236")]:
        assert character.encode("gb18030").hex() == encoded
        try:
            character.encode("gbk")
            raise AssertionError(character + " is in GBK")
        except UnicodeEncodeError:
            pass
    with open(os.path.join(folder, "gb18030.csv"), "wb") as output:
        output.write(data)
    site = "地区,年份,有效发明专利,备注\r\n衢州市,2023,4573,推算值\r\n衢州市,2024,5590,\r\n"
    with open(os.path.join(folder, "site-patents-gb18030.csv"), "wb") as output:
        output.write(site.encode("gb18030"))
    # A broken file: the lead byte of a two-byte character at the very end.
    with open(os.path.join(folder, "gb18030-broken.csv"), "wb") as output:
        output.write(data + b"\xd5")


def starter(language):
    """The starter site's workbook: a merged title row over a header the sidecar maps."""
    if language == "zh-CN":
        title, headers = "示例市各区产品抽检合格率（2021—2024年）", ["地区", "年份", "抽检合格率（%）", "资料来源"]
        rows = [("东区", [97.2, 97.8, 98.1, 98.6], "东区统计公报（示例数据）"),
                ("西区", [96.5, 96.9, 97.5, 98.0], "西区统计公报（示例数据）"),
                ("示例市", [None, None, None, 98.3], "示例市市场监管局（示例数据）")]
    else:
        title, headers = "Spot-check pass rate by district, 2021–2024", ["District", "Year", "Pass rate (%)", "Source"]
        rows = [("East District", [97.2, 97.8, 98.1, 98.6], "East District statistical bulletin (example data)"),
                ("West District", [96.5, 96.9, 97.5, 98.0], "West District statistical bulletin (example data)"),
                ("Example City", [None, None, None, 98.3], "Example City Market Regulation Bureau (example data)")]
    path = os.path.join(ROOT, "Sources", "AlmanacSite", "Starter", language, "Content", "data", "quality.xlsx")
    workbook = xlsxwriter.Workbook(path)
    workbook.set_properties({"created": FIXED, "author": "Almanac"})
    bold = workbook.add_format({"bold": True})
    sheet = workbook.add_worksheet("合格率" if language == "zh-CN" else "Pass rate")
    sheet.merge_range(0, 0, 0, 3, title, bold)
    sheet.write_row(1, 0, headers, bold)
    row = 2
    for region, values, source in rows:
        for year, value in zip(range(2021, 2025), values):
            if value is None:
                continue
            sheet.write_row(row, 0, [region, year, value, source])
            row += 1
    sheet.set_column(0, 0, 16)
    sheet.set_column(3, 3, 40)
    workbook.close()
    normalized(path)


def main():
    os.makedirs(WORKBOOKS, exist_ok=True)
    os.makedirs(ENCODINGS, exist_ok=True)
    cells_openpyxl(os.path.join(WORKBOOKS, "cells-openpyxl.xlsx"))
    shared_xlsxwriter(os.path.join(WORKBOOKS, "shared-xlsxwriter.xlsx"))
    date1904(os.path.join(WORKBOOKS, "date1904.xlsx"))
    merged_regions(os.path.join(WORKBOOKS, "merged-regions.xlsx"))
    site_output(os.path.join(WORKBOOKS, "site-output.xlsx"))
    if not os.path.exists(os.path.join(WORKBOOKS, "encrypted.xlsx")):  # its salt is random: written once
        encrypted(os.path.join(WORKBOOKS, "encrypted.xlsx"))
    truncated(os.path.join(WORKBOOKS, "truncated.xlsx"), os.path.join(WORKBOOKS, "shared-xlsxwriter.xlsx"))
    wrong_checksum(os.path.join(WORKBOOKS, "wrong-checksum.xlsx"), os.path.join(WORKBOOKS, "cells-openpyxl.xlsx"))
    with open(os.path.join(WORKBOOKS, "html-page.xlsx"), "w", encoding="utf-8") as page:
        page.write("<html><body><table><tr><td>region</td></tr></table></body></html>\n")
    gb18030(ENCODINGS)
    for language in ["zh-CN", "en"]:
        starter(language)


if __name__ == "__main__":
    main()
