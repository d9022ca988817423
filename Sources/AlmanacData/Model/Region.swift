/// A place in the region tree: a province, a city, a district, or an industrial cluster.
public struct Region: Sendable, Hashable {
    public var id: String
    public var name: String
    /// `nil` for a root.
    public var parentID: String?
    /// Free text such as 省 / 市 / 区 / 产业集群, shown next to the name.
    public var level: String?
    /// Whether the regions listed under this one are all of its parts (`complete` column, default
    /// yes). When they are only some of them, every roll-up into this region is partial.
    public var childrenComplete: Bool
    /// Other names a data file, block or shortcode may use for the region (`aliases` column,
    /// `|`-separated): 临安 for 临安区, Lin'an for both.
    public var aliases: [String]
    /// Any further columns of `regions.csv`, by header name.
    public var attributes: [String: String]
    public var location: SourceLocation

    public init(
        id: String, name: String, parentID: String?, level: String? = nil, childrenComplete: Bool = true,
        aliases: [String] = [], attributes: [String: String] = [:], location: SourceLocation
    ) {
        self.aliases = aliases
        self.childrenComplete = childrenComplete
        self.id = id
        self.name = name
        self.parentID = parentID
        self.level = level
        self.attributes = attributes
        self.location = location
    }
}
