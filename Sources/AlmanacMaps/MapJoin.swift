/// Which feature draws which of the caller's regions: a feature's `key` property looked up in the
/// caller's table from key values to region ids. Reports, with the file and feature index, the
/// features without the property, with a key value already taken, and matching no region; and
/// the regions that no feature draws.
public struct MapJoin: Sendable {
    public var key: String
    /// Feature index → region id.
    public var regionOfFeature: [Int: String]
    /// Region id → the features that draw it (more than one when several key values name it), in file order.
    public var featuresOfRegion: [String: [Int]]
    /// Features that draw no region, in file order (drawn as context, without a value).
    public var unmatchedFeatures: [Int]
    /// Region ids of the table with no feature, sorted.
    public var regionsWithoutShape: [String]
    public var issues: [MapIssue]

    /// `regions`: key value (as the property's text) → region id.
    public init(_ boundaries: Boundaries, key: String, regions: [String: String]) {
        self.key = key
        var regionOfFeature: [Int: String] = [:]
        var featuresOfRegion: [String: [Int]] = [:]
        var unmatched: [Int] = []
        var issues: [MapIssue] = []
        var firstWithValue: [String: Int] = [:]
        for feature in boundaries.features {
            let detail = "property \"\(key)\""
            guard let value = feature.properties[key] else {
                issues.append(
                    MapIssue(.warning, .missingKey, file: boundaries.file, feature: feature.index, detail: detail, "feature has no \"\(key)\""))
                unmatched.append(feature.index)
                continue
            }
            if let earlier = firstWithValue[value] {
                issues.append(
                    MapIssue(
                        .warning, .duplicateKey, file: boundaries.file, feature: feature.index, detail: detail,
                        "\"\(value)\" is also the key of feature \(earlier); this one is not joined"))
                unmatched.append(feature.index)
                continue
            }
            firstWithValue[value] = feature.index
            guard let region = regions[value] else {
                issues.append(
                    MapIssue(
                        .warning, .unmatchedFeature, file: boundaries.file, feature: feature.index, detail: detail,
                        "\"\(value)\" matches no region"))
                unmatched.append(feature.index)
                continue
            }
            regionOfFeature[feature.index] = region
            featuresOfRegion[region, default: []].append(feature.index)
        }
        self.regionOfFeature = regionOfFeature
        self.featuresOfRegion = featuresOfRegion
        self.unmatchedFeatures = unmatched
        self.regionsWithoutShape = Set(regions.values).subtracting(featuresOfRegion.keys).sorted()
        self.issues = issues
    }
}
