import Foundation

/// A site with the data that charts and tables must get right: nine years for three cities (one
/// with a two-year gap), a growth rate that goes negative, patents every other year, a pass rate
/// (a change in percentage points), a region with a very long name, an indicator last reported
/// long ago, and blocks of every kind.
extension TestSite {
    static func charts(language: String = "zh-CN") -> [String: String] {
        var output = "region,year,indicator,value\n"
        for (index, city) in ["hz", "nb", "wz"].enumerated() {
            for year in 2016...2024 where !(city == "wz" && (year == 2018 || year == 2019)) {
                let step = Double(year - 2016)
                output += "\(city),\(year),output,\(String(format: "%.1f", 8000 + Double(index) * 2500 + step * (600 + Double(index) * 150)))\n"
                output += "\(city),\(year),growth,\(String(format: "%.1f", Double((year * 7 + index * 5) % 19) - 6))\n"
            }
            for year in [2020, 2022, 2024] {
                output += "\(city),\(year),patents,\(30_000 + index * 20_000 + (year - 2020) * 4_000)\n"
            }
        }
        output += "la,2016,output,693.1\nla,2020,output,974.2\nlong,2021,output,170\nlong,2022,output,190\n"
        output += "la,2022,pass,98.13\nla,2023,pass,99.5\nzj,2013,awards,7\n"
        return [
            "Content/site.yml": "title: Charts\nlanguage: \(language)\nfeatured: [output, patents, {indicator: pass, region: la}, {indicator: output, region: la}]\n",
            "Content/regions.csv": """
                id,name,parent,level
                zj,浙江省,,省
                hz,杭州市,zj,市
                nb,宁波市,zj,市
                wz,温州市,zj,市
                la,临安区,hz,区
                long,杭州市临安区电线电缆及通信设备制造特色产业集群,hz,产业集群

                """,
            "Content/indicators.csv": """
                id,name,unit,category,aggregate,decimals,direction
                output,规模以上工业总产值,亿元,经济,sum,1,up
                growth,工业增加值增速,%,经济,none,1,up
                patents,有效发明专利拥有量,件,创新,sum,0,up
                pass,产品监督抽查合格率,%,质量,none,2,up
                awards,质量奖获奖企业,家,质量,sum,0,up

                """,
            "Content/data/all.csv": output,
            "Content/index.md": """
                ---
                title: 图表
                ---
                ```chart
                type: line
                indicator: output
                children: zj
                ```

                ```chart
                type: column
                indicator: patents
                regions: [hz, nb, wz]
                title: 三市专利
                ```

                ```chart
                type: column
                indicators: [output, patents]
                region: hz
                years: [2020, 2022, 2024]
                ```

                ```chart
                type: sparkline
                indicator: output
                region: wz
                ```

                ```chart
                type: bar
                indicator: growth
                children: zj
                years: 2016-2020
                ```

                ```chart
                type: line
                indicators: [output, patents]
                region: hz
                ```

                ```table
                indicator: growth
                children: zj
                years: 2022-2024
                ```

                """,
        ]
    }
}
