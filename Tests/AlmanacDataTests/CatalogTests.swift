import Testing

@testable import AlmanacData

/// regions.csv, indicators.csv and the region tree: every rule, with the message and place.
@Suite struct CatalogTests {
    func regions(_ text: String) -> ([Region], [DataIssue]) {
        RegionsReader.read(Array(text.utf8), file: "Content/regions.csv")
    }

    @Test func readsRegionsWithLevelsAndExtraColumns() {
        let (list, issues) = regions("id,name,parent,level,code\nzj,浙江省,,省,33\nhz,杭州市,zj,市,3301\n")
        #expect(issues.isEmpty)
        #expect(list.map(\.id) == ["zj", "hz"])
        #expect(list[1].parentID == "zj")
        #expect(list[0].level == "省")
        #expect(list[1].attributes["code"] == "3301")
        #expect(list[1].location == SourceLocation(file: "Content/regions.csv", line: 3, column: 1))
    }

    @Test func idsMustBeSlugsAndUnique() {
        let (list, issues) = regions("id,name,parent\nLinan,临安,\nok,好,\nok,又一个,\n")
        #expect(list.map(\.id) == ["ok"])
        #expect(issues.map(\.message) == [
            "region id \"Linan\" is not a slug (lower-case a-z, 0-9 and '-', starting with a letter or digit)",
            "duplicate region id \"ok\" (first on line 3)",
        ])
        #expect(issues.map(\.location.line) == [2, 4])
    }

    @Test func missingColumnsAndRaggedRows() {
        let (_, missing) = regions("id,name\nzj,浙江\n")
        #expect(missing.first?.message.hasPrefix("missing column \"parent\"") == true)
        let (_, ragged) = regions("id,name,parent\nzj,浙江\nhz,杭州,zj,extra\n")
        #expect(ragged.map(\.message) == [
            "row has too few fields: 2 where the header has 3",
            "row has too many fields: 4 where the header has 3",
        ])
        #expect(ragged.map(\.location.line) == [2, 3])
    }

    @Test func treeReportsMissingParentsAndCycles() {
        let (list, _) = regions("id,name,parent\na,A,c\nb,B,a\nc,C,b\nd,D,nowhere\ne,E,\n")
        let (tree, issues) = RegionTree.build(list)
        #expect(Set(issues.map(\.message)) == [
            "the region tree has a cycle: a → c → b → a",
            "parent \"nowhere\" of region \"d\" is not a region",
        ])
        #expect(Set(issues.map(\.location.line)) == [2, 5])
        // The tree is still usable: every region appears once.
        #expect(tree.preorder.sorted() == ["a", "b", "c", "d", "e"])
    }

    @Test func treeOrders() {
        let (list, _) = regions("id,name,parent\nzj,浙江,\nhz,杭州,zj\nla,临安,hz\nqz,衢州,zj\nhb,河北,\n")
        let (tree, issues) = RegionTree.build(list)
        #expect(issues.isEmpty)
        #expect(tree.preorder == ["zj", "hz", "la", "qz", "hb"])
        #expect(tree.postorder == ["la", "hz", "qz", "zj", "hb"])
        #expect(tree.ancestors(of: "la") == ["zj", "hz"])
        #expect(tree.siblings(of: "qz") == ["hz", "qz"])
        #expect(tree.siblings(of: "hb") == ["zj", "hb"])
        #expect(tree.depth(of: "la") == 2)
    }

    @Test func completeColumn() {
        let (list, issues) = regions("id,name,parent,complete\nzj,浙江,,no\nhz,杭州,zj,\nqz,衢州,zj,maybe\n")
        #expect(list.map(\.childrenComplete) == [false, true, true])
        #expect(issues.map(\.message) == ["complete \"maybe\" is not yes or no (region qz)"])
    }

    @Test func indicatorsWithDefaultsAndBadValues() {
        let text = """
            id,name,unit,category,aggregate,decimals,direction,description
            output,产值,亿元,经济,sum,1,up,规上工业总产值
            rate,合格率,%,质量,,2,,
            bad,坏,,,total,9,sideways,
            output,重复,,,,,,
            """
        let (list, issues) = IndicatorsReader.read(Array(text.utf8), file: "Content/indicators.csv")
        // A bad cell does not drop the row: "bad" stays, with the defaults (docs/statistics.md).
        #expect(list.map(\.id) == ["output", "rate", "bad"])
        #expect(list[2].aggregate == .none && list[2].direction == .up && list[2].decimals == 0)
        #expect(list[0].aggregate == .sum && list[0].decimals == 1 && list[0].unit == "亿元")
        #expect(list[1].aggregate == .none && list[1].direction == .up)
        #expect(issues.map(\.message) == [
            "aggregate \"total\" is not one of sum, mean, weighted:<indicator id>, min, max, none (indicator bad)",
            "direction \"sideways\" is not one of up, down (indicator bad)",
            "decimals \"9\" is not a whole number from 0 to 6 (indicator bad)",
            "duplicate indicator id \"output\" (first on line 2)",
        ])
        #expect(issues.map(\.location.column) == [5, 7, 6, 1])
        #expect(issues.map(\.location.line) == [4, 4, 4, 5])
    }
}
