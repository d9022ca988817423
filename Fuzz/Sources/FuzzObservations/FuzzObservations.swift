/// libFuzzer entry point for the data pipeline behind every figure: any bytes as a data file of a
/// fixed catalogue are read (or reported), rolled up, and every figure and derived value —
/// change, growth rate, share, rank, attainment — is formatted in both languages without a crash.
import AlmanacData
import LibFuzzerDriver

let regions = RegionsReader.read(
    Array("id,name,parent,level,complete\nzj,浙江省,,省,yes\nhz,杭州市,zj,市,no\nla,临安区,hz,区,\nqz,衢州市,zj,市,\n".utf8),
    file: "Content/regions.csv"
).regions
let indicators = IndicatorsReader.read(
    Array("id,name,unit,category,aggregate,decimals,direction\noutput,产值,亿元,经济,sum,6,up\nrate,合格率,%,质量,mean,1,down\nlevel,水平,,其他,none,0,up\n".utf8),
    file: "Content/indicators.csv"
).indicators
let tree = RegionTree.build(regions).tree

func fuzzObservations(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let (observations, _) = ObservationsReader.read(
        bytes, file: "Content/data/x.csv", regions: Set(regions.map(\.id)), indicators: Set(indicators.map(\.id)))
    let targets = observations.prefix(3).map {
        Target(region: $0.region, year: $0.year, indicator: $0.indicator, value: $0.value / 2, location: $0.location)
    }
    let (dataset, _) = Dataset.build(tree: tree, indicators: indicators, observations: observations, targets: targets)
    var text = ""
    for (indicator, region, year, figure) in dataset.allFigures() {
        precondition(figure.value.isFinite, "a figure is not finite")
        text += NumberFormat.value(figure.value, of: indicator) + NumberFormat.plain(figure.value)
        for language in [Language.zhCN, .en] { text += NumberFormat.compact(figure.value, language: language) }
        if let change = dataset.change(indicator.id, region.id, year, acrossGaps: true) {
            text += NumberFormat.signedValue(change.absolute, of: indicator)
            if let ratio = change.ratio { text += NumberFormat.percent(ratio, signed: true) }
        }
        if let first = dataset.years(indicator.id, region.id).first, let rate = dataset.cagr(indicator.id, region.id, from: first, to: year) {
            text += NumberFormat.percent(rate)
        }
        if let share = dataset.share(indicator.id, region.id, year) { text += NumberFormat.percent(share) }
        if let attainment = dataset.attainment(indicator.id, region.id, year) { text += NumberFormat.percent(attainment) }
        if let rank = dataset.rank(indicator.id, region.id, year) { text += "\(rank)" }
    }
    precondition(!text.contains("inf") && !text.contains("nan"), "a number was written as inf or nan")
    return 0
}

@main enum Main {
    static func main() { almanac_fuzz(CommandLine.argc, CommandLine.unsafeArgv) { fuzzObservations($0, $1) } }
}
