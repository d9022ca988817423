/// A problem found in a boundary file or in joining it to the caller's regions, as a value: the
/// site turns errors into build errors and warnings into `check` output. Every issue names the
/// file and, where it concerns one feature, the feature's index (0-based, in file order) and the
/// ring or property it is about.
public struct MapIssue: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable {
        case error, warning
    }

    public enum Kind: String, Sendable, Hashable {
        /// The file is not JSON at all (the message gives the byte offset).
        case notJSON
        /// JSON, but neither GeoJSON nor TopoJSON.
        case notBoundaries
        /// A TopoJSON file with several objects, of which the first was read.
        case otherObjects
        /// A geometry that is not a polygon (points, lines): left out.
        case unsupportedGeometry
        /// A ring with fewer than 4 positions, or fewer than 3 distinct points: left out.
        case shortRing
        /// A longitude beyond ±180° or a latitude beyond ±90°: the ring is left out.
        case outOfRange
        /// Coordinates that are not numbers, or not pairs: the ring or geometry is left out.
        case notNumbers
        /// A TopoJSON arc index that does not exist.
        case badArc
        /// A feature without the key property: it cannot be joined.
        case missingKey
        /// Two features with the same key value: the later one is not joined.
        case duplicateKey
        /// A feature whose key value matches none of the caller's regions.
        case unmatchedFeature
        /// A feature with no polygon left to draw.
        case emptyFeature
    }

    public var severity: Severity
    public var kind: Kind
    public var file: String
    /// The feature's index in the file (0-based), when the issue is about one feature.
    public var feature: Int?
    /// Where in the feature: `ring 2 of polygon 0`, `property "iso_a3"`.
    public var detail: String?
    public var message: String

    public init(_ severity: Severity, _ kind: Kind, file: String, feature: Int? = nil, detail: String? = nil, _ message: String) {
        self.severity = severity
        self.kind = kind
        self.file = file
        self.feature = feature
        self.detail = detail
        self.message = message
    }

    /// `maps/world.geojson: feature 12, ring 1 of polygon 0: …`
    public var description: String {
        var text = file
        if let feature { text += ": feature \(feature)" }
        if let detail { text += feature == nil ? ": \(detail)" : ", \(detail)" }
        return text + ": " + message
    }
}
