#!/usr/bin/env python3
"""Writes a many-series site for the layout checks: a Gapminder-shaped panel of 5 continents and
110 countries (uneven: 40, 30, 25, 10, 5) over 12 five-yearly years 1952–2007, with population
(summed), life expectancy (weighted by population) and GDP (summed) and GDP per capita (a formula
of the two), figures spanning orders of magnitude — and an article with the charts a report of it
draws: a 30-line chart, a log-scale line chart, small multiples, a cut ranking and a table over
all years. Deterministic: the figures come from each country's number, no random generator.

    Scripts/panel-fixture.py OUT
"""
import os
import sys

CONTINENTS = [("africa", "非洲", "Africa", 40), ("asia", "亚洲", "Asia", 30), ("europe", "欧洲", "Europe", 25),
              ("americas", "美洲", "Americas", 10), ("oceania", "大洋洲", "Oceania", 5)]
YEARS = list(range(1952, 2008, 5))


def write(root, path, text):
    full = os.path.join(root, path)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    with open(full, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    root = sys.argv[1]
    regions = ["id,name,name_en,parent,level,level_en", "world,世界,World,,世界,World"]
    rows = ["region,year,pop,life,gdp"]
    number = 0
    for continent, name, name_en, count in CONTINENTS:
        regions.append(f"{continent},{name},{name_en},world,洲,Continent")
        for index in range(1, count + 1):
            number += 1
            country = f"{continent}-{index}"
            regions.append(f"{country},{name}第{index}国,{name_en} country {index},{continent},国,Country")
            # Populations from 0.05 to 120 million: four orders of magnitude.
            base = 5 + (number * 7919) % 12000
            for step, year in enumerate(YEARS):
                pop = base * (1 + 0.018 * step) ** 5
                life = 38 + (number % 17) + step * (1.2 + (number % 5) * 0.3)
                gdp = pop * (400 + (number * 131) % 9000) * (1.03 + (number % 7) * 0.004) ** (5 * step) / 10000
                rows.append(f"{country},{year},{pop:.1f},{life:.1f},{gdp:.1f}")
    write(root, "Content/site.yml", "title: 世界面板（测试）\nlanguages: [zh-CN, en]\n"
          "featured: [pop, life, gdppc]\n")
    write(root, "Content/regions.csv", "\n".join(regions) + "\n")
    write(root, "Content/indicators.csv", "\n".join([
        "id,name,name_en,unit,unit_en,category,category_en,aggregate,decimals,direction,formula",
        "pop,人口,Population,万人,10k people,人口,Population,sum,1,up,",
        "life,预期寿命,Life expectancy,岁,years,健康,Health,weighted:pop,1,up,",
        "gdp,国内生产总值,GDP,亿美元,USD 100m,经济,Economy,sum,1,up,",
        "gdppc,人均国内生产总值,GDP per capita,美元,USD,经济,Economy,,0,up,gdp / pop * 10000",
    ]) + "\n")
    write(root, "Content/data/panel.csv", "\n".join(rows) + "\n")
    write(root, "Content/index.md", "---\ntitle: 世界面板\n---\n五大洲、110个国家，1952—2007年每五年一次。\n")
    write(root, "Content/index.en.md", "---\ntitle: World panel\n---\nFive continents, 110 countries, every five years 1952–2007.\n")
    asia = ", ".join(f"asia-{i}" for i in range(1, 31))
    article = f"""---
title: 各国比较
date: 2008-01-01
---
## 三十个国家的预期寿命

```chart
type: line
indicator: life
regions: [{asia}]
highlight: asia-3
```

## 人口（对数坐标）

```chart
type: line
indicator: pop
regions: [africa-1, africa-2, asia-1, europe-1, oceania-5]
scale: log
```

## 各大洲

```chart
type: small-multiples
indicator: life
regions: [africa, asia, europe, americas, oceania]
```

## 人均国内生产总值排名

```chart
type: bar
indicator: gdppc
level: 国
top: 15
```

```table
indicator: life
regions: [world, africa, asia, europe, americas, oceania]
```
"""
    write(root, "Content/pages/panel.md", article)
    write(root, "Content/pages/panel.en.md", article.replace("title: 各国比较", "title: Countries compared")
          .replace("## 三十个国家的预期寿命", "## Life expectancy in thirty countries").replace("## 人口（对数坐标）", "## Population (log scale)")
          .replace("## 各大洲", "## Continents").replace("## 人均国内生产总值排名", "## GDP per capita ranked"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
