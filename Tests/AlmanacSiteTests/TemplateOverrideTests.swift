/// A site's `Templates/` replace parts of the built-in theme: each template sees its part's model
/// and the documented frame (`site`, `t`, `root`…), partials included; templates that include
/// each other without end are errors at their tag, never a crash.
import Foundation
import Mustache
import Testing

@testable import AlmanacSite

@Suite struct TemplateOverrideTests {
    func site(_ templates: [String: String]) throws -> TestSite {
        try TestSite(TestSite.basic.merging(templates) { _, new in new })
    }

    @Test func aPageTemplateSeesItsModelAndTheFrame() throws {
        let site = try site([
            "Templates/region.mustache": """
                <h1 data-kind="{{kind}}">{{title}}</h1>{{#level}}<i>{{level}}</i>{{/level}}
                {{#breadcrumbs}}<ol>{{#items}}<li><a href="{{href}}">{{name}}</a></li>{{/items}}</ol>{{/breadcrumbs}}
                <p>{{site.title}}|{{t.trend}}|{{root}}|{{pageTitle}}|{{site.params.featured.0}}</p>
                {{#pages}}{{count}}:{{#items}}[{{title}}{{#date}}@{{date}}{{/date}}]{{/items}}{{/pages}}{{^pages}}none{{/pages}}
                {{#charts}}<div>{{count}} charts</div>{{/charts}}

                """
        ])
        defer { site.remove() }
        try site.build()
        let linan = try site.read("regions/la/index.html")
        #expect(linan.contains("<h1 data-kind=\"region\">临安区</h1><i>区</i>"))
        #expect(linan.contains("<li><a href=\"../../regions/zj/\">浙江省</a></li><li><a href=\"../../regions/hz/\">杭州市</a></li>"))
        #expect(linan.contains("<p>测试报告|趋势|../../|临安区 · 测试报告|</p>"))
        #expect(linan.contains("none"))
        #expect(linan.contains("<div>1 charts</div>"))
        let quzhou = try site.read("regions/qz/index.html")
        #expect(quzhou.contains("1:[衢州专利@2024-09-01]"))
        // The rest of the page is still the built-in theme's.
        #expect(linan.contains("<header class=\"site-header\">") && linan.contains("<main id=\"main\" class=\"wrap\">"))
    }

    @Test func tableAndChartPartialsSeeTheFrameToo() throws {
        let site = try site([
            "Templates/partials/table.mustache": """
                <table data-root="{{root}}" data-site="{{site.title}}" data-t="{{t.region}}" class="{{classes}}">\
                {{#columns}}{{#items}}<th class="{{classes}}">{{label}}</th>{{/items}}{{/columns}}\
                {{#rows}}{{#items}}<tr>{{#items}}<td>{{text}}</td>{{/items}}</tr>{{/items}}{{/rows}}</table>

                """,
            "Templates/partials/chart.mustache": """
                <figure data-root="{{root}}"><figcaption>{{caption}}</figcaption>{{{svg}}}{{#table}}<div>{{{table}}}</div>{{/table}}</figure>

                """,
        ])
        defer { site.remove() }
        try site.build()
        let page = try site.read("indicators/output/index.html")
        #expect(page.contains("<table data-root=\"../../\" data-site=\"测试报告\" data-t=\"地区\" class=\"\">"))
        #expect(page.contains("<th class=\"num\">2020</th>"))
        #expect(page.contains("<tr><td>临安区</td><td>693.1</td>"))  // the unit said once, in the caption
        #expect(page.contains("<figure data-root=\"../../\"><figcaption>规上工业总产值（亿元）"))
        #expect(page.contains("<svg ") && page.contains("<div><table data-root"))
    }

    @Test func aLayoutOfItsOwnGetsTheRenderedParts() throws {
        let site = try site([
            "Templates/layout.mustache": "<html lang=\"{{site.language}}\"><title>{{pageTitle}}</title>{{{header}}}<main>{{{content}}}</main>{{{footer}}}</html>\n"
        ])
        defer { site.remove() }
        try site.build()
        let page = try site.read("pages/2024/quzhou/index.html")
        #expect(page.hasPrefix("<html lang=\"zh-CN\"><title>衢州专利 · 测试报告</title><header class=\"site-header\">"))
        #expect(page.contains("<main><article class=\"article\">") && page.contains("</footer></html>"))
    }

    @Test func aPartialThatIncludesItselfIsAnErrorAtItsTag() throws {
        let site = try site(["Templates/partials/footer.mustache": "<footer>\n  {{> partials/footer}}\n</footer>\n"])
        defer { site.remove() }
        let messages = try site.check()
        #expect(
            messages.contains(
                "Templates/partials/footer.mustache:2:3: error: template: partials include each other without end: "
                    + "partials/footer → partials/footer (a partial that includes itself must do so inside a section, "
                    + "e.g. {{#children}}…{{/children}})"))
        #expect(throws: ContentErrors.self) { try site.build() }
        #expect(!site.exists("index.html"))
    }

    @Test func aLoopThroughTwoPartialsNamesBoth() throws {
        let site = try site([
            "Templates/partials/footer.mustache": "{{> partials/a}}\n",
            "Templates/partials/a.mustache": "a {{> partials/b}}\n",
            "Templates/partials/b.mustache": "b\n{{#site}}x{{/site}}{{> partials/a}}\n",
        ])
        defer { site.remove() }
        let errors = try site.check().filter { $0.contains("error:") }
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("Templates/partials/a.mustache:1:3: error: template: partials include each other without end: partials/a → partials/b → partials/a") == true)
    }

    @Test func aRecursivePartialDrawsATree() throws {
        let site = try site([
            "Templates/partials/region-node.mustache":
                "<li>{{name}}{{#subtree}}<ul>{{#items}}{{> partials/region-node}}{{/items}}</ul>{{/subtree}}</li>"
        ])
        defer { site.remove() }
        try site.build()
        #expect(try site.read("regions/index.html").contains("<li>浙江省<ul><li>杭州市<ul><li>临安区</li></ul></li><li>衢州市</li></ul></li>"))
    }

    @Test func recursionWithoutEndInASectionStopsAtTheDepthLimit() throws {
        let site = try site([
            "Templates/partials/footer.mustache": "{{> partials/deep}}\n",
            "Templates/partials/deep.mustache": "{{#site}}[{{> partials/deep}}]{{/site}}",
        ])
        defer { site.remove() }
        let messages = try site.check()
        #expect(messages.contains { $0.contains("error: template: partials nest more than \(SiteTemplates.maximumDepth) levels deep") })
    }

    @Test func aMissingOptionalIsFalseNotTheEnclosingValue() throws {
        struct Entry { var date: String? }
        struct Page { var date: String?; var entries: [Entry] }
        let (templates, diagnostics) = SiteTemplates.load([
            ("page", "Templates/page.mustache", "{{#entries}}{{#items}}[{{#date}}{{date}}{{/date}}]{{/items}}{{/entries}}|{{date}}")
        ])
        #expect(diagnostics.isEmpty)
        let frame = PageFrame(links: Links(from: .home, portable: false), route: .home, env: try environment())
        let context = TemplateContext(frame: frame, model: Page(date: "2024-01-01", entries: [Entry(date: nil), Entry(date: "x")]))
        #expect(templates.render("page", context).text == "[][x]|2024-01-01")
    }

    /// The environment of a small built site.
    func environment() throws -> RenderEnvironment {
        let site = try TestSite(TestSite.basic)
        defer { site.remove() }
        let files = SiteFiles(root: site.root)
        var markdown = MarkdownContent.load(files, catalogue: ContentLoader.loadData(files).catalogue, includeDrafts: false)
        let (content, _) = ContentLoader.content(ContentLoader.loadData(files), &markdown, staticFiles: [])
        return RenderEnvironment(content: content, files: files, theme: .builtIn, portable: false, baseURL: nil)
    }
}
