import AlmanacData

/// Figures as readers see them: value with the indicator's decimals and unit, a `*` on partial
/// roll-ups, signed changes, and a tooltip saying where the number comes from.
extension RenderEnvironment {
    func display(_ figure: Figure, _ indicator: Indicator) -> String {
        NumberFormat.value(figure.value, of: indicator, language: language) + (figure.isPartial ? "*" : "")
    }

    /// The figure without its unit, for a table that states the unit once.
    func number(_ figure: Figure, _ indicator: Indicator) -> String {
        NumberFormat.number(figure.value, of: indicator, language: language) + (figure.isPartial ? "*" : "")
    }

    /// Source, note and roll-up status of a figure, for a `title` attribute.
    func provenance(_ figure: Figure, _ indicator: Indicator) -> String {
        // Most figures have no source or note: one part, no list to join (a county-level report
        // has millions of table cells with this tooltip).
        let source = dataset.source(of: figure), note = dataset.note(of: figure)
        let origin = originText(figure, indicator)
        if source == nil, note == nil { return origin }
        // Appended to one string rather than a list of parts joined: every table cell of a
        // report whose figures cite a source has this tooltip.
        var text = origin
        func add(_ part: String) {
            if !text.isEmpty { text += words.listSeparator }
            text += part
        }
        if let source { add(words.sourcePrefix + source) }
        if let note { add(words.notePrefix + note) }
        return text
    }

    /// How a figure that the region did not report was made ("" for a reported one).
    private func originText(_ figure: Figure, _ indicator: Indicator) -> String {
        switch figure.origin {
        case .reported: return ""
        case .rolledUp(let contributors, let children, let partial):
            if partial { return words.partial(contributors, children) }
            return words.rolledUp(indicator, weightName: indicator.aggregate.weight.flatMap { self.indicator($0)?.name } ?? "")
        case .computed(let partial):
            if partial { return words[.computedPartial] }
            let names = (indicator.formula?.components ?? []).map { self.indicator($0)?.name ?? $0 }
            return words.phrase(.computed, ["components": names.joined(separator: words[.runSeparator])])
        }
    }

    /// `+22.2%`; a rate's (unit `%`) in percentage points, `+0.9个百分点` / `+0.9 pp`; the absolute
    /// change with unit where there is no relative one (from zero).
    func changeText(_ change: Change, _ indicator: Indicator) -> String {
        if change.isRate || indicator.isRate {
            return NumberFormat.points(change.absolute, decimals: indicator.decimals, language: language)
        }
        if let ratio = change.ratio { return NumberFormat.percent(ratio, signed: true) }
        return NumberFormat.signedValue(change.absolute, of: indicator, language: language)
    }

    /// What a change is on: `较上年` / `Change`, or the base year where it is not the year before
    /// (`较2002年` / `Since 2002`).
    func changeLabel(_ change: Change) -> String { change.namesBase ? words.since(change.fromYear) : words[.change] }

    /// The header of a column of changes: `较上年` where every change is on the year before, else
    /// what they share (`较5年前`, the step of five-yearly data), else `较上期`.
    func changeHeader(_ changes: [Change?]) -> String {
        let spans = Set(changes.compactMap { $0.map { $0.toYear - $0.fromYear } })
        guard let span = spans.first, spans.count == 1 else { return spans.isEmpty ? words[.change] : words[.changeOnPrevious] }
        return span == 1 ? words[.change] : words.phrase(.changeOverYears, ["years": String(span)])
    }

    /// `up` or `down` when the change is good or bad news by the indicator's direction.
    func changeClass(_ change: Change, _ indicator: Indicator) -> String {
        if change.absolute == 0 { return "flat" }
        let better = (change.absolute > 0) == (indicator.direction == .up)
        return better ? "better" : "worse"
    }

    /// A figure in a table: `text` is its ``display(_:_:)``, where the caller has it already;
    /// without `unit`, its ``number(_:_:)``.
    func cell(_ figure: Figure?, _ indicator: Indicator, text: String? = nil, unit: Bool = true) -> TableModel.Cell {
        guard let figure else { return TableModel.Cell(text: "–", classes: "num missing") }
        var classes = "num"
        if figure.isRolledUp { classes += " rolled-up" }
        if figure.isPartial { classes += " partial" }
        let title = provenance(figure, indicator)
        let text = text ?? (unit ? display(figure, indicator) : number(figure, indicator))
        return TableModel.Cell(text: text, classes: classes, title: title.isEmpty ? nil : title, figure: true)
    }

    func changeCell(_ change: Change?, _ indicator: Indicator) -> TableModel.Cell {
        guard let change else { return TableModel.Cell(text: "–", classes: "num missing") }
        return TableModel.Cell(
            text: changeText(change, indicator), classes: "num change " + changeClass(change, indicator),
            title: "\(words.year(change.fromYear)) → \(words.year(change.toYear))")
    }

    /// The region's share of its parent's figure in `year`, where the indicator adds up.
    func shareCell(_ indicator: Indicator, _ region: String, _ year: Int?) -> TableModel.Cell {
        guard let year, let share = dataset.share(indicator.id, region, year), let parent = dataset.tree[region]?.parentID
        else { return TableModel.Cell(text: "–", classes: "num missing") }
        let parentName = self.region(parent)?.name ?? parent
        return TableModel.Cell(
            text: NumberFormat.percent(share), classes: "num share", title: parentName + words.comma + words.year(year))
    }

    /// How far the figure of `year` got towards its target (targets.csv), as a percentage.
    func attainmentCell(_ indicator: Indicator, _ region: String, _ year: Int?) -> TableModel.Cell {
        guard let year, let attainment = dataset.attainment(indicator.id, region, year),
            let target = dataset.target(indicator.id, region, year)
        else { return TableModel.Cell(text: "–", classes: "num missing") }
        return TableModel.Cell(
            text: NumberFormat.percent(attainment), classes: attainment >= 1 ? "num attainment better" : "num attainment worse",
            title: words[.target] + words.colon + NumberFormat.value(target.value, of: indicator) + words.comma + words.year(year))
    }
}
