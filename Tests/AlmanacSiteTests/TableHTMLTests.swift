import AlmanacMarkup
import Testing

@testable import AlmanacSite

/// The Swift table renderer must write exactly what the built-in `partials/table` template writes.
@Suite struct TableHTMLTests {
    @Test func matchesTheBuiltInTemplateByteForByte() throws {
        let site = try TestSite()
        defer { site.remove() }
        let (theme, diagnostics) = Theme.load(SiteFiles(root: site.root))
        #expect(diagnostics.isEmpty)
        let hostile = "<script>\"'&</script> 临安"
        let tables = [
            TableModel(caption: nil, columns: [], rows: [], footnote: nil),
            TableModel(caption: nil, classes: ["ranking", hostile], columns: [.init(label: "排名", numeric: true)], rows: [], footnote: nil),
            TableModel(
                caption: hostile, columns: [.init(label: hostile), .init(label: "2020", numeric: true)],
                rows: [
                    [
                        .init(text: hostile, href: "../regions/\"x\"/", header: true),
                        .init(text: "974.2亿元", classes: "num partial", title: hostile, html: MarkupBytes("<svg></svg>")),
                    ],
                    [.init(text: "", classes: ""), .init(text: "–", classes: "num \"missing\"", href: "a?b&c")],
                    [.init(text: "th with html", title: "t", html: MarkupBytes("<b>ignored in th</b>"), header: true)],
                ],
                footnote: hostile),
        ]
        for table in tables {
            var bytes = MarkupBytes()
            TableHTML.write(table, into: &bytes)
            #expect(bytes.string == theme.render("partials/table", table.context))
        }
    }

    @Test func chartFiguresMatchTheBuiltInTemplateByteForByte() throws {
        let site = try TestSite()
        defer { site.remove() }
        let (theme, _) = Theme.load(SiteFiles(root: site.root))
        let words = Words(.zhCN)
        var written = MarkupBytes()
        TableHTML.write(TableModel(caption: nil, columns: [.init(label: "年份")], rows: [[.init(text: "2020")]], footnote: nil), into: &written)
        let table = written.string
        for (caption, table) in [("临安 <产值> & \"增长\"", Optional(table)), ("无表", nil)] {
            let svg = "<svg role=\"img\"><title>t</title></svg>"
            let mustache = theme.render(
                "partials/chart", ["svg": svg, "caption": caption, "table": table ?? false, "t": words.table])
            var figure = MarkupBytes()
            ChartFigureHTML.write(
                caption: caption, summary: words["chartData"], into: &figure, svg: { $0.append(svg) },
                table: table.map { table in { $0.append(table) } })
            #expect(figure.string == mustache)
        }
    }
}
