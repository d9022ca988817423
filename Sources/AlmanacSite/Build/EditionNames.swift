import AlmanacData

/// One language's edition of the site: the language and the folder its pages go in.
struct Edition: Sendable, Hashable {
    var language: Language
    /// "" for the site's main language; `en/` for English beside Chinese.
    var folder: String

    /// The editions of a site with these languages, the main one first.
    static func all(_ languages: [Language]) -> [Edition] {
        languages.enumerated().map { Edition(language: $1, folder: $0 == 0 ? "" : $1.rawValue + "/") }
    }

    var isMain: Bool { folder.isEmpty }
}

/// The catalogue's names in one edition's language: a region's `name` and `level`, an
/// indicator's `name`, `unit`, `category` and `description`, from the columns with the
/// language's suffix (`name_en`, `unit_en`…), else as the main language writes them — and
/// which were missing, for `check` to list.
struct EditionNames: Sendable {
    /// Every indicator with its names in the edition's language, in catalogue order.
    let indicators: [Indicator]
    private let indicatorAt: [String: Int]
    private let regions: [String: Region]
    /// Names left in the main language: (the file and line where the translation belongs, what).
    let missing: [(location: SourceLocation, what: String)]

    init(_ dataset: Dataset, language: Language, main: Bool) {
        var missing: [(SourceLocation, String)] = []
        let suffix = "_" + (language == .zhCN ? "zh" : language.rawValue)
        func translated(_ attributes: [String: String], _ key: String, _ original: String, at location: SourceLocation, _ owner: String)
            -> String
        {
            guard !main, !original.isEmpty else { return original }
            let names = [key + "_" + language.rawValue, key + suffix]
            if let text = names.lazy.compactMap({ attributes[$0] }).first(where: { !$0.isEmpty }) { return text }
            missing.append((location, "\(key)\(suffix) of \(owner)"))
            return original
        }
        indicators = dataset.indicators.map { indicator in
            var copy = indicator
            for (key, keyPath) in [("name", \Indicator.name), ("unit", \.unit), ("category", \.category), ("description", \.description)] {
                copy[keyPath: keyPath] = translated(indicator.attributes, key, indicator[keyPath: keyPath], at: indicator.location, indicator.id)
            }
            return copy
        }
        indicatorAt = Dictionary(uniqueKeysWithValues: indicators.enumerated().map { ($1.id, $0) })
        var regions: [String: Region] = [:]
        for id in dataset.tree.preorder {
            guard var region = dataset.tree[id] else { continue }
            region.name = translated(region.attributes, "name", region.name, at: region.location, id)
            region.level = region.level.map { translated(region.attributes, "level", $0, at: region.location, id) }
            regions[id] = region
        }
        self.regions = regions
        self.missing = missing
    }

    func indicator(_ id: String) -> Indicator? { indicatorAt[id].map { indicators[$0] } }

    func region(_ id: String) -> Region? { regions[id] }
}
