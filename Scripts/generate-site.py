#!/usr/bin/env python3
"""Writes a synthetic Almanac site for benchmarks: N articles of realistic report prose (~4 KB of
Chinese and English, headings, lists, links, emphasis, front matter) and R counties × I indicators
× Y years of observations (the counties roll up into cities and provinces); optionally the same articles as a minimal Hugo site, so both tools
build the same Markdown. Deterministic for a given --seed.

    generate-site.py --out DIR [--pages N] [--regions R] [--cities C] [--provinces P] [--indicators I] [--years Y] [--hugo DIR]
                     [--languages zh-CN,en]
    --languages zh-CN,en                      the report in two languages: site.yml's languages, the
                                              _en columns of regions.csv and indicators.csv, and an
                                              English NAME.en.md of similar length beside each article
                                              (the rest of the site is the same bytes as without it)
    generate-site.py --out DIR --national     a national bureau's year: 3,000 counties under 100 cities
                                              in 1 country, 300 indicators, 20 years (18,000,000 figures)
"""
import argparse
import os
import random

CN = [
    "全面推进质量强区建设，健全政府主导、企业主体、部门服务的质量治理机制",
    "区域质量基础设施一站式服务平台整合检验检测、计量、标准和认证资源",
    "规模以上工业总产值保持较快增长，传统产业质量提升成效明显",
    "推动企业主导或参与制定国际标准、国家标准和行业标准",
    "产品监督抽查合格率稳步提高，质量安全风险总体可控",
    "培育“品字标”品牌企业，引导企业导入卓越绩效管理模式",
    "知识产权质押融资登记额持续攀升，有效发明专利拥有量增长较快",
    "围绕重点产业链开展质量攻坚，绘制质量图谱，梳理问题清单",
]
EN = [
    "The district kept its quality programme for a fourth year",
    "testing centres shared large instruments with small firms",
    "standards work moved from following rules to writing them",
    "output grew steadily while the pass rate of spot checks rose",
    "a one-stop platform answered requests on metrology and certification",
]


# English prose for the translations: sentences of the kind an English edition of such a report has.
EN_PROSE = [
    "The district kept its quality programme for a fourth year and widened it to the service sector",
    "Testing centres shared large instruments with small firms at a third of the market price",
    "Standards work moved from following national rules to writing them with industry associations",
    "Industrial output grew steadily while the pass rate of product spot checks rose",
    "A one-stop platform answered requests on metrology, standards and certification within a week",
    "Firms that adopted performance excellence models reported fewer customer complaints",
    "Pledged patents raised more credit for small manufacturers than in any year before",
    "The quality map of the main industrial chains listed the weak links to be fixed first",
    "Inspectors visited every firm on the high-risk list at least twice in the year",
    "The regional brand was granted to products that passed an independent assessment",
    "Counties with their own metrology stations calibrated instruments in half the time",
    "Training courses on quality management reached more than two thousand managers",
]
EN_HEADINGS = [
    "Quality infrastructure", "Standards and certification", "Industrial output", "Patents and brands",
    "Spot checks and risks", "Services for small firms", "Supply chains", "Outlook",
]


def paragraph(rng):
    parts = []
    for _ in range(rng.randint(3, 6)):
        if rng.random() < 0.7:
            parts.append(rng.choice(CN) + "。")
        else:
            sentence = rng.choice(EN)
            if rng.random() < 0.3:
                sentence = sentence.replace(" ", " *", 1) + "*"
            parts.append(sentence + ". ")
    text = "".join(parts)
    if rng.random() < 0.4:
        text += f"详见[第{rng.randint(1, 99)}号通报](https://example.org/notice/{rng.randint(1, 999)})。"
    return text


def article(rng, index):
    lines = [
        "---",
        f"title: 质量提升工作报告 {index:05d}",
        f"date: {2016 + index % 9}-{1 + index % 12:02d}-{1 + index % 28:02d}",
        f"summary: 第 {index} 篇示例文章，概述年度质量提升工作。",
        "tags: [质量提升, 标准化]",
        "---",
        "",
    ]
    lines += sections(
        rng, lambda section: f"## 第{section}部分：{rng.choice(CN)[:10]}", paragraph, items=CN, bold=EN, second=CN)
    return "\n".join(lines) + "\n"


def sections(rng, heading, paragraph, items, bold, second):
    """An article's body, about 3.8 KB: sections of a heading (`heading(number)`), paragraphs from
    `paragraph(rng)` and sometimes a list of `items` and a numbered pair (`bold`, then `second`)."""
    chunks = []
    size = 0
    section = 1
    while size < 3800:
        body = [heading(section), "", paragraph(rng), ""]
        if rng.random() < 0.5:
            body += [f"- {rng.choice(items)}" for _ in range(rng.randint(2, 4))] + [""]
        if rng.random() < 0.3:
            body += [f"1. **{rng.choice(bold)}**", f"2. {rng.choice(second)}", ""]
        body += [paragraph(rng), ""]
        chunk = "\n".join(body)
        chunks.append(chunk)
        size += len(chunk.encode("utf-8"))
        section += 1
    return chunks


def english_paragraph(rng):
    parts = []
    for _ in range(rng.randint(3, 6)):
        sentence = rng.choice(EN_PROSE)
        if rng.random() < 0.25:
            words = sentence.split(" ")
            at = rng.randrange(1, len(words))
            words[at] = f"*{words[at]}*"
            sentence = " ".join(words)
        parts.append(sentence + ".")
    text = " ".join(parts)
    if rng.random() < 0.4:
        text += f" See [notice no. {rng.randint(1, 99)}](https://example.org/notice/{rng.randint(1, 999)})."
    return text


def english_article(rng, index):
    """The English translation of article `index`: its own title, summary and tags; the date, as
    translations usually do, left to the original."""
    lines = [
        "---",
        f"title: Quality improvement report {index:05d}",
        f"summary: Example article {index}, an overview of the year's quality work.",
        "tags: [quality, standardisation]",
        "---",
        "",
    ]
    lines += sections(
        rng, lambda section: f"## Part {section}: {rng.choice(EN_HEADINGS)}", english_paragraph,
        items=EN_PROSE, bold=EN_PROSE, second=EN_PROSE)
    return "\n".join(lines) + "\n"


def regions(counties, cities=None, provinces=None):
    """A three-level tree: `counties` counties (which report the data), by default a city for
    every ten of them and a province for every ten cities."""
    cities = cities or max(1, counties // 10)
    provinces = provinces or max(1, cities // 10)
    rows = [(f"p{p}", f"省{p}", "", "省") for p in range(provinces)]
    rows += [(f"c{c}", f"市{c}", f"p{c % provinces}", "市") for c in range(cities)]
    rows += [(f"k{k}", f"县{k}", f"c{k % cities}", "县") for k in range(counties)]
    return rows


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", required=True)
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--regions", type=int, default=20, help="counties, the regions that report data")
    parser.add_argument("--indicators", type=int, default=5)
    parser.add_argument("--cities", type=int, help="cities above the counties (default: one per ten counties)")
    parser.add_argument("--provinces", type=int, help="provinces above the cities (default: one per ten cities)")
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--national", action="store_true", help="the national shape (see above)")
    parser.add_argument("--hugo")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--languages", default="zh-CN", help="zh-CN (default) or zh-CN,en: an English edition too")
    args = parser.parse_args()
    if args.languages not in ("zh-CN", "zh-CN,en"):
        parser.error("--languages: zh-CN or zh-CN,en")
    english = args.languages == "zh-CN,en"
    if args.national:
        args.regions, args.cities, args.provinces, args.indicators, args.years = 3000, 100, 1, 300, 20
        args.pages = min(args.pages, 100)
    rng = random.Random(args.seed)

    content = os.path.join(args.out, "Content")
    os.makedirs(os.path.join(content, "data"), exist_ok=True)
    os.makedirs(os.path.join(content, "pages"), exist_ok=True)
    with open(os.path.join(content, "site.yml"), "w", encoding="utf-8") as f:
        if english:
            f.write("title: {zh-CN: 基准测试报告, en: Benchmark report}\nlanguages: [zh-CN, en]\n")
        else:
            f.write("title: 基准测试报告\nlanguage: zh-CN\n")
    region_rows = regions(args.regions, args.cities, args.provinces)
    levels_en = {"省": "Province", "市": "City", "县": "County"}
    with open(os.path.join(content, "regions.csv"), "w", encoding="utf-8") as f:
        f.write("id,name,parent,level" + (",name_en,level_en" if english else "") + "\n")
        for row in region_rows:
            extra = [f"{levels_en[row[3]]} {row[0][1:]}", levels_en[row[3]]] if english else []
            f.write(",".join(list(row) + extra) + "\n")
    with open(os.path.join(content, "indicators.csv"), "w", encoding="utf-8") as f:
        f.write("id,name,unit,category,aggregate,decimals,direction" + (",name_en,unit_en,category_en" if english else "") + "\n")
        for i in range(args.indicators):
            extra = f",Indicator {i},CNY 100m,Category {i % 5}" if english else ""
            f.write(f"ind{i},指标{i},亿元,类别{i % 5},sum,1,{'up' if i % 4 else 'down'}{extra}\n")
    leaves = [r[0] for r in region_rows if r[3] == "县"]
    with open(os.path.join(content, "data", "observations.csv"), "w", encoding="utf-8") as f:
        f.write("region,year,indicator,value,source\n")
        for region in leaves:
            for i in range(args.indicators):
                base = rng.uniform(10, 1000)
                for y in range(args.years):
                    base *= rng.uniform(0.95, 1.15)
                    f.write(f"{region},{2015 + y},ind{i},{base:.1f},统计公报\n")

    pages = [article(rng, index) for index in range(args.pages)]
    for index, text in enumerate(pages):
        with open(os.path.join(content, "pages", f"p{index:05d}.md"), "w", encoding="utf-8") as f:
            f.write(text)
    if english:
        # A generator of its own, so that the Chinese site stays the same bytes for the same seed.
        english_rng = random.Random(f"{args.seed}-en")
        for index in range(args.pages):
            with open(os.path.join(content, "pages", f"p{index:05d}.en.md"), "w", encoding="utf-8") as f:
                f.write(english_article(english_rng, index))

    if args.hugo:
        os.makedirs(os.path.join(args.hugo, "content", "pages"), exist_ok=True)
        os.makedirs(os.path.join(args.hugo, "layouts", "_default"), exist_ok=True)
        with open(os.path.join(args.hugo, "hugo.toml"), "w", encoding="utf-8") as f:
            f.write('baseURL = "https://example.org/"\ntitle = "基准测试报告"\nlanguageCode = "zh-CN"\n'
                    'disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT"]\n'
                    'relativeURLs = true\n')
        layouts = {
            "baseof.html": '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{{ .Title }}</title>'
                           '</head><body><main>{{ block "main" . }}{{ end }}</main></body></html>\n',
            "single.html": '{{ define "main" }}<article><h1>{{ .Title }}</h1>{{ .Content }}</article>{{ end }}\n',
            "list.html": '{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}'
                         '<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n',
        }
        for name, text in layouts.items():
            with open(os.path.join(args.hugo, "layouts", "_default", name), "w", encoding="utf-8") as f:
                f.write(text)
        for index, text in enumerate(pages):
            with open(os.path.join(args.hugo, "content", "pages", f"p{index:05d}.md"), "w", encoding="utf-8") as f:
                f.write(text)


if __name__ == "__main__":
    main()
