import Testing

@testable import AlmanacData

/// Names instead of ids: a region or an indicator by id, name or alias, in cells and headers;
/// a name two regions share is an error naming both.
@Suite struct NamesTests {
    static let regionsCSV = """
        id,name,parent,aliases
        jiangsu,江苏省,,
        nanjing,南京市,jiangsu,
        gulou-nj,鼓楼区,nanjing,南京鼓楼|Gulou (Nanjing)
        fujian,福建省,,
        fuzhou,福州市,fujian,
        gulou-fz,鼓楼区,fuzhou,福州鼓楼
        linan,临安区,,临安| Lin'an |
        """
    static let indicatorsCSV = "id,name,unit,aliases\npatents,有效发明专利,件,发明专利|专利数\noutput,规上工业总产值,亿元,\n"

    static let names: SiteNames = {
        let regions = RegionsReader.read(Array(regionsCSV.utf8), file: "Content/regions.csv").regions
        let indicators = IndicatorsReader.read(Array(indicatorsCSV.utf8), file: "Content/indicators.csv").indicators
        let aliases = IndicatorAliases.read(Array(indicatorsCSV.utf8), file: "Content/indicators.csv")
        return SiteNames(regions: .regions(regions), indicators: .indicators(indicators, aliases: aliases))
    }()

    func read(_ text: String) -> ([Observation], [DataIssue]) {
        var observations: [Observation] = []
        let result = ObservationsReader.read(Array(text.utf8), file: "Content/data/x.csv", names: Self.names) { observations.append($0) }
        return (observations, result.issues)
    }

    @Test func regionsCSVReadsAliases() {
        let regions = RegionsReader.read(Array(Self.regionsCSV.utf8), file: "Content/regions.csv").regions
        #expect(regions.last?.aliases == ["临安", "Lin'an"])
        #expect(regions.last?.attributes["aliases"] == nil)
        #expect(IndicatorAliases.read(Array(Self.indicatorsCSV.utf8), file: "Content/indicators.csv") == ["patents": ["发明专利", "专利数"]])
    }

    @Test func idsNamesAndAliasesAllResolve() {
        let table = Self.names.regions
        #expect(table.match("linan") == .id("linan"))
        #expect(table.match("临安区") == .id("linan"))
        #expect(table.match("临安") == .id("linan"))
        #expect(table.match("Lin'an") == .id("linan"))
        #expect(table.match("南京鼓楼") == .id("gulou-nj"))
        #expect(table.match("临安县") == .unknown)
        #expect(Self.names.indicators.match("专利数") == .id("patents"))
        #expect(Self.names.indicators.match("规上工业总产值") == .id("output"))
    }

    @Test func aSharedNameIsAmbiguousAndTheMessageNamesBoth() {
        let match = Self.names.regions.match("鼓楼区")
        #expect(match == .ambiguous([
            NameTable.Entry(id: "gulou-nj", location: SourceLocation(file: "Content/regions.csv", line: 4)),
            NameTable.Entry(id: "gulou-fz", location: SourceLocation(file: "Content/regions.csv", line: 7)),
        ]))
        #expect(Self.names.regions.problem("鼓楼区") == "region \"鼓楼区\" is ambiguous: it fits 2 regions, "
            + "gulou-nj (Content/regions.csv:4) and gulou-fz (Content/regions.csv:7); write the id or an alias")
    }

    @Test func anIdMeansItsOwnRegionEvenWhereItIsAnotherOnesName() {
        let table = NameTable(
            noun: "region", catalogue: "regions.csv",
            entries: [("a", ["b"], SourceLocation(file: "r", line: 2)), ("b", ["B"], SourceLocation(file: "r", line: 3))])
        #expect(table.match("b") == .id("b"))
        #expect(table.match("B") == .id("b"))
    }

    @Test func cellsAndHeadersMayUseNames() {
        let (tidy, tidyIssues) = read("region,year,indicator,value\n临安区,2024,专利数,5\n南京鼓楼,2024,patents,6\n")
        #expect(tidyIssues.isEmpty)
        #expect(tidy.map { "\($0.region) \($0.indicator) \($0.value)" } == ["linan patents 5.0", "gulou-nj patents 6.0"])
        let (wide, wideIssues) = read("region,year,有效发明专利,规上工业总产值\n临安,2024,5,693.1\n")
        #expect(wideIssues.isEmpty)
        #expect(wide.map(\.indicator) == ["patents", "output"])
    }

    @Test func anAmbiguousCellIsAnErrorAtTheCell() {
        let (observations, issues) = read("region,year,patents\n鼓楼区,2024,5\n福州鼓楼,2024,6\n")
        #expect(observations.map(\.region) == ["gulou-fz"])
        #expect(issues.count == 1)
        #expect(issues.first?.location == SourceLocation(file: "Content/data/x.csv", line: 2, column: 1))
        #expect(issues.first?.message.contains("gulou-nj (Content/regions.csv:4) and gulou-fz (Content/regions.csv:7)") == true)
    }

    @Test func targetsMayUseNames() {
        let (targets, issues) = TargetsReader.read(
            Array("region,year,indicator,target\n临安,2025,发明专利,10\n鼓楼区,2025,patents,1\n".utf8), file: "Content/targets.csv",
            names: Self.names)
        #expect(targets.map { "\($0.region) \($0.indicator)" } == ["linan patents"])
        #expect(issues.map(\.message).first?.hasPrefix("region \"鼓楼区\" is ambiguous") == true)
    }
}
