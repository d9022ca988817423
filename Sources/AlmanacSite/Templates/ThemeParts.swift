import AlmanacMarkup

/// The theme's parts as one page draws them. Each part is drawn by the site's template of its
/// name when `Templates/` has one, else by the built-in theme: that choice is made here and
/// nowhere else. A site's template gets ``TemplateContext``: the part's model, the page's values
/// and the ``PageFrame``.
struct ThemeParts {
    let theme: Theme
    let frame: PageFrame
    let work: PageWork

    /// The template names of the parts besides the page kinds (whose names are ``PageKind``'s).
    enum Name: String {
        case layout, head = "partials/head", header = "partials/header", footer = "partials/footer"
        case table = "partials/table", chart = "partials/chart", map = "partials/map", pageList = "partials/page-list"
        case regionNode = "partials/region-node"
    }

    /// `name` drawn into `out`: the site's template with `model` and `values`, or `builtIn`.
    private func draw(
        _ name: String, model: Any?, values: [String: Any] = [:], into out: inout MarkupBytes,
        builtIn: (inout MarkupBytes) -> Void
    ) {
        guard theme.templates.has(name) else { return builtIn(&out) }
        let (text, tooDeep) = theme.templates.render(name, TemplateContext(frame: frame, values: values, model: model))
        if tooDeep {
            work.diagnostics.append(
                .error(
                    "Templates/\(name).mustache",
                    "template: partials nest more than \(SiteTemplates.maximumDepth) levels deep; the deepest were left out"))
        }
        out.append(text)
    }

    /// A word of the theme in the page's language.
    func word(_ key: Words.Key) -> String { frame.words[key] }

    /// A whole page: its content, the header and footer, in the layout.
    func page<Model: PageModel>(_ model: Model) -> [UInt8] {
        let values: [String: Any] = ["title": model.title, "pageTitle": frame.pageTitle(model.title)]
        var content = MarkupBytes()
        draw(Model.kind.rawValue, model: model, values: values, into: &content) { model.write(into: &$0, self) }
        // The header and footer without their last line end: the layout puts each on a line of its own.
        func chrome(_ name: Name, _ builtIn: (inout MarkupBytes) -> Void) -> MarkupBytes {
            var part = MarkupBytes()
            draw(name.rawValue, model: model, values: values, into: &part, builtIn: builtIn)
            part.dropTrailingNewline()
            return part
        }
        let header = chrome(.header) { ChromeMarkup.header(frame, into: &$0) }
        let footer = chrome(.footer) { ChromeMarkup.footer(frame, into: &$0) }
        var page = MarkupBytes(capacity: content.count + header.count + footer.count + 1024)
        // The content as text only for a site's layout template: the built-in layout takes the
        // bytes, and a String of every page would copy and check all of them once more.
        var layoutValues = values
        if theme.templates.has(Name.layout.rawValue) {
            layoutValues["content"] = content
            layoutValues["header"] = header
            layoutValues["footer"] = footer
            layoutValues = layoutValues.mapValues(TemplateValue.convert)
        }
        draw(Name.layout.rawValue, model: model, values: layoutValues, into: &page) { out in
            LayoutMarkup.write(frame, title: model.title, content: content, header: header, footer: footer, into: &out) { out in
                draw(Name.head.rawValue, model: model, values: values, into: &out) {
                    LayoutMarkup.head(frame, title: model.title, into: &$0)
                }
            }
        }
        return page.bytes
    }

    /// A table of figures, the provenance its figures share said once (``TableModel/sayProvenanceOnce()``).
    func table(_ table: TableModel, into out: inout MarkupBytes) {
        var table = table
        table.sayProvenanceOnce()
        draw(Name.table.rawValue, model: table, into: &out) { TableMarkup.write(table, words: frame.words, into: &$0) }
    }

    /// A chart in its figure, the data behind it (a table) after it. `svg` draws the chart.
    func chart(caption: String, svg: (inout MarkupBytes) -> Void, table: TableModel?, into out: inout MarkupBytes) {
        guard theme.templates.has(Name.chart.rawValue) else {
            return ChartMarkup.write(
                caption: caption, summary: frame.t["chartData"] ?? "", svg: svg,
                table: table.map { table in { self.table(table, into: &$0) } }, into: &out)
        }
        var picture = MarkupBytes()
        svg(&picture)
        var data: MarkupBytes?
        if let table {
            var rendered = MarkupBytes()
            self.table(table, into: &rendered)
            data = rendered
        }
        draw(Name.chart.rawValue, model: ChartFigure(caption: caption, svg: picture, table: data), into: &out) { _ in }
    }

    /// A choropleth in its figure, with the data behind it (a table) after it.
    func map(_ figure: MapFigure, table: TableModel?, into out: inout MarkupBytes) {
        var figure = figure
        if let table {
            var rendered = MarkupBytes()
            self.table(table, into: &rendered)
            figure.table = rendered
        }
        let model = figure
        draw(Name.map.rawValue, model: model, into: &out) { MapMarkup.write(model, self, into: &$0) }
    }

    /// A list of articles (home, articles index, region and year pages).
    func pageList(_ pages: [ArticleEntry], into out: inout MarkupBytes) {
        draw(Name.pageList.rawValue, model: ArticleList(pages: pages), into: &out) { ArticleListMarkup.write(pages, into: &$0) }
    }

    /// A region and the regions under it, in the region tree.
    func regionNode(_ node: RegionNode, into out: inout MarkupBytes) {
        draw(Name.regionNode.rawValue, model: node, into: &out) { RegionsMarkup.node(node, self, into: &$0) }
    }
}

/// What `partials/chart` shows: the chart's caption, its SVG and the table of its data.
struct ChartFigure {
    var caption: String
    var svg: MarkupBytes
    var table: MarkupBytes?
}

/// What `partials/page-list` shows.
struct ArticleList {
    var pages: [ArticleEntry]
}
