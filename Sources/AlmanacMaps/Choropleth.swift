import AlmanacMarkup

/// A choropleth of a prepared map: each region's shape filled with its class colour and titled
/// with its name and value, regions without a figure hatched, features that are not among the
/// regions drawn as grey context, the page's own region outlined and drawn last. The SVG holds no
/// text but titles, so it scales to any width (the legend is HTML, ``writeLegend``); no script.
public struct Choropleth: Sendable {
    public struct Region: Sendable, Equatable {
        public var id: String
        public var name: String
        /// Nil: no figure (hatched, and listed by ``regionsWithoutFigure(on:join:)``).
        public var value: Double?
        /// The value as the reader sees it (`974.2亿元`), or the caller's words for no figure.
        public var display: String

        public init(id: String, name: String, value: Double?, display: String) {
            self.id = id
            self.name = name
            self.value = value
            self.display = display
        }
    }

    public var title: String
    /// Written by the caller from the figures: the highest, the lowest, the page's region.
    public var description: String
    public var regions: [Region]
    public var classes: MapClasses
    /// The id of the region outlined (the page's own), if any.
    public var highlight: String?
    /// The legend's words for a region without a figure (`无数据`, `no data`).
    public var noDataLabel: String

    public init(
        title: String, description: String, regions: [Region], classes: MapClasses, highlight: String? = nil, noDataLabel: String
    ) {
        self.title = title
        self.description = description
        self.regions = regions
        self.classes = classes
        self.highlight = highlight
        self.noDataLabel = noDataLabel
    }

    /// Regions that have a shape on `map` but no figure, in the caller's order: name them below the map.
    public func regionsWithoutFigure(on map: PreparedMap, join: MapJoin) -> [Region] {
        regions.filter { $0.value == nil && hasShape($0.id, map, join) }
    }

    /// Regions with no shape on `map` (no feature, or too small to draw), in the caller's order.
    public func regionsWithoutShape(on map: PreparedMap, join: MapJoin) -> [Region] {
        regions.filter { !hasShape($0.id, map, join) }
    }

    private func hasShape(_ id: String, _ map: PreparedMap, _ join: MapJoin) -> Bool {
        (join.featuresOfRegion[id] ?? []).contains { map.shape(of: $0) != nil }
    }

    public func svg(id: String, map: PreparedMap, join: MapJoin) -> String {
        var out = MarkupBytes()
        writeSVG(id: id, map: map, join: join, into: &out)
        return out.string
    }

    public func writeSVG(id: String, map: PreparedMap, join: MapJoin, into out: inout MarkupBytes) {
        var byID: [String: Region] = [:]
        for region in regions where byID[region.id] == nil { byID[region.id] = region }
        out.reserveCapacity(out.count + map.shapes.reduce(0) { $0 + $1.path.count + 64 } + 1024)
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"map\" id=\"")
        out.append(escaping: id)
        out.append("\" role=\"img\" aria-labelledby=\"")
        out.append(escaping: id)
        out.append("-title ")
        out.append(escaping: id)
        out.append("-desc\" viewBox=\"0 0 ")
        out.append(number: map.width)
        out.append(byte: UInt8(ascii: " "))
        out.append(number: map.height)
        out.append("\"><title id=\"")
        out.append(escaping: id)
        out.append("-title\">")
        out.append(escaping: title)
        out.append("</title><desc id=\"")
        out.append(escaping: id)
        out.append("-desc\">")
        out.append(escaping: description)
        out.append("</desc>")
        if regions.contains(where: { $0.value == nil }) {
            out.append("<defs>")
            Self.writeHatch(id: id + "-nodata", into: &out)
            out.append("</defs>")
        }
        out.append("<g fill-rule=\"evenodd\" stroke-width=\"0.5\" stroke-linejoin=\"round\" style=\"stroke:")
        out.append(MapColors.stroke)
        out.append("\">")
        var highlighted: [(PreparedMap.Shape, Region)] = []
        for shape in map.shapes {
            guard let regionID = join.regionOfFeature[shape.feature], let region = byID[regionID] else {
                out.append("<path class=\"map-context\" d=\"")
                out.append(shape.path)
                out.append("\" style=\"fill:")
                out.append(MapColors.context)
                out.append("\"/>")
                continue
            }
            if regionID == highlight {
                highlighted.append((shape, region))
                continue
            }
            write(shape, region, id: id, highlighted: false, into: &out)
        }
        for (shape, region) in highlighted { write(shape, region, id: id, highlighted: true, into: &out) }
        out.append("</g></svg>")
    }

    private func write(_ shape: PreparedMap.Shape, _ region: Region, id: String, highlighted: Bool, into out: inout MarkupBytes) {
        let color = region.value.flatMap(classes.color(of:))
        out.append("<path class=\"")
        out.append(color == nil ? "map-nodata" : "map-region")
        if highlighted { out.append(" map-highlight") }
        out.append("\" d=\"")
        out.append(shape.path)
        out.append("\" style=\"fill:")
        if let color {
            out.append(color)
        } else {
            out.append("url(#")
            out.append(escaping: id)
            out.append("-nodata)")
        }
        if highlighted {
            out.append(";stroke:")
            out.append(MapColors.highlight)
            out.append("\" stroke-width=\"2")
        }
        out.append("\"><title>")
        out.append(escaping: region.name)
        out.append(": ")
        out.append(escaping: region.display)
        out.append("</title></path>")
    }

    /// Diagonal lines over a pale ground, in user units so they keep their spacing on the map.
    static func writeHatch(id: String, into out: inout MarkupBytes) {
        out.append("<pattern id=\"")
        out.append(escaping: id)
        out.append(
            "\" width=\"4\" height=\"4\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\"><rect width=\"4\" height=\"4\" style=\"fill:"
        )
        out.append(MapColors.noDataGround)
        out.append("\"/><line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"4\" stroke-width=\"1.5\" style=\"stroke:")
        out.append(MapColors.noDataLines)
        out.append("\"/></pattern>")
    }
}

extension MarkupBytes {
    /// A coordinate rounded to 0.1 px, trailing zero dropped, as the charts write them.
    mutating func append(number value: Double) {
        append(tenths: Int((value * 10).rounded()))
    }
}
