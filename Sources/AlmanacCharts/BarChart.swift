import AlmanacMarkup

/// A horizontal ranking: one bar per item, in the order given, drawn from zero (or from the
/// axis's lowest tick on a log scale, with the ticks under the bars), with the value at the bar's
/// end — right of a positive bar, left of a negative one. On the wide drawing the name is at the
/// left (cut with an ellipsis when long, the full name in the bar's tooltip); on the narrow one it
/// is on its own line above the bar, so that long names fit a phone. Bars that carry their rank
/// show it before the name, and a ranking cut in two (the first 15 and the last 5) shows the
/// break as a band with the caller's label between the two parts.
public struct BarChart: Sendable {
    public struct Bar: Sendable, Equatable {
        public var label: String
        public var value: Double
        /// The value as the reader should see it, e.g. `974.2亿元`.
        public var display: String
        /// The bar's place in the whole ranking (1 for the first), shown before its name.
        public var rank: Int?

        public init(label: String, value: Double, display: String, rank: Int? = nil) {
            self.label = label
            self.value = value
            self.display = display
            self.rank = rank
        }
    }

    public var title: String
    public var description: String
    public var bars: [Bar]
    public var scale: ChartScale
    /// Writes the value axis's ticks, drawn on a log scale only (on a linear one every bar has its value).
    public var tickFormat: TickFormat
    /// How many bars come before a break in the ranking (the places left out lie between them
    /// and the rest); nil for none.
    public var breakAfter: Int?
    /// What the break says, in the page's language (`…`, `… 122 more`, `…（另有122个）`).
    public var breakLabel: String
    /// The break after the last bar instead: a ranking cut after its first places, none after.
    public var breaksAtEnd: Bool

    public init(
        title: String, description: String, bars: [Bar], scale: ChartScale = .linear, tickFormat: TickFormat = .plain,
        breakAfter: Int? = nil, breakLabel: String = "…", breaksAtEnd: Bool = false
    ) {
        self.title = title
        self.description = description
        self.bars = bars
        self.scale = scale
        self.tickFormat = tickFormat
        self.breakAfter = breakAfter
        self.breakLabel = breakLabel
        self.breaksAtEnd = breaksAtEnd && !bars.isEmpty
    }

    /// How many bars are not drawn because the scale cannot place their value.
    public var valuesLeftOut: Int { scale.leftOut(bars.map(\.value)) }

    /// Both drawings, for a page.
    public func svg(id: String) -> String { MarkupBytes.svg { write(id: id, into: &$0) } }

    public func svg(id: String, layout: ChartLayout) -> String { MarkupBytes.svg { write(id: id, layout: layout, into: &$0) } }

    /// The wide and the narrow drawing, one after the other (the theme shows one).
    public func write(id: String, into out: inout MarkupBytes) {
        BarDrawing(chart: self, metrics: .wide).write(id: id, into: &out)
        BarDrawing(chart: self, metrics: .narrow).write(id: ChartLayout.narrow.id(id), into: &out)
    }

    /// One drawing on its own.
    public func write(id: String, layout: ChartLayout, into out: inout MarkupBytes) {
        BarDrawing(chart: self, metrics: layout.metrics).write(id: id, into: &out)
    }


    /// The bars that can be drawn, each with whether the break comes right before it.
    var rows: [(bar: Bar, breakBefore: Bool)] {
        let cut = breakAfter.flatMap { $0 > 0 && $0 < bars.count ? $0 : nil }
        var rows: [(bar: Bar, breakBefore: Bool)] = []
        var pending = false
        for (index, bar) in bars.enumerated() {
            if index == cut { pending = true }
            guard scale.places(bar.value) else { continue }
            rows.append((bar, pending && !rows.isEmpty))
            pending = false
        }
        return rows
    }
}
