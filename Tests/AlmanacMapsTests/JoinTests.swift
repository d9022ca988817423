import AlmanacMaps
import Testing

/// Joining features to the caller's regions by a key property.
@Suite struct JoinTests {
    static let square: Fixtures.Ring = [(0, 0), (1, 0), (1, 1), (0, 1), (0, 0)]

    static let boundaries = Fixtures.boundaries(
        Fixtures.collection([
            Fixtures.feature(["code": "ZJ", "name": "Zhejiang"], [[square]]),
            Fixtures.feature(["code": "HE", "name": "Hebei"], [[square]]),
            Fixtures.feature(["name": "No code"], [[square]]),
            Fixtures.feature(["code": "ZJ", "name": "Zhejiang again"], [[square]]),
            Fixtures.feature(["code": "XX", "name": "Elsewhere"], [[square]]),
        ]), file: "maps/provinces.geojson")

    @Test func matchesAndReportsWhatDoesNot() {
        let join = MapJoin(Self.boundaries, key: "code", regions: ["ZJ": "zhejiang", "HE": "hebei", "GD": "guangdong"])
        #expect(join.regionOfFeature == [0: "zhejiang", 1: "hebei"])
        #expect(join.featuresOfRegion == ["zhejiang": [0], "hebei": [1]])
        #expect(join.unmatchedFeatures == [2, 3, 4])
        #expect(join.regionsWithoutShape == ["guangdong"])
        #expect(join.issues.map(\.kind) == [.missingKey, .duplicateKey, .unmatchedFeature])
        #expect(join.issues.map(\.feature) == [2, 3, 4])
        #expect(join.issues.allSatisfy { $0.file == "maps/provinces.geojson" && $0.severity == .warning })
        #expect(join.issues[2].description == "maps/provinces.geojson: feature 4, property \"code\": \"XX\" matches no region")
        #expect(join.issues[1].message.contains("feature 0"))
    }

    @Test func severalKeysMayNameOneRegion() {
        let join = MapJoin(Self.boundaries, key: "name", regions: ["Zhejiang": "zj", "Zhejiang again": "zj"])
        #expect(join.featuresOfRegion["zj"] == [0, 3])
        #expect(join.regionsWithoutShape.isEmpty)
    }
}
