/// `data/index.html`: the downloads — all figures as CSV and JSON, and one CSV per indicator.
struct DataPage: PageModel {
    static let kind = PageKind.data

    struct Download: Sendable {
        var name: String
        /// The indicator's page, and its CSV.
        var href: String
        var csv: String
        var id: String
    }

    var title: String
    var observationsCSV: String
    var observationsJSON: String
    /// How many figures the downloads hold.
    var rows: Int
    var indicators: [Download]

    static func build(_ input: PageInput) -> DataPage {
        let links = input.links
        return DataPage(
            title: input.words[.data], observationsCSV: links.href(.observations(.csv)),
            observationsJSON: links.href(.observations(.json)), rows: input.dataset.figureCount,
            indicators: input.dataset.indicators.map { indicator in
                Download(
                    name: indicator.name, href: links.href(.indicator(indicator.id)), csv: links.href(.indicatorData(indicator.id)),
                    id: indicator.id)
            })
    }
}
