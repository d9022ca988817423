/// `data/index.html`: the downloads — all figures as CSV and JSON, and one CSV per indicator.
extension PageScope {
    func dataPage() -> OutputFile {
        let env = environment
        var context = baseContext(title: env.words["data"], kind: "data")
        context["observationsCSV"] = links.to("data/observations.csv")
        context["observationsJSON"] = links.to("data/observations.json")
        context["rows"] = env.dataset.figureCount
        context["indicators"] = env.dataset.indicators.map { indicator -> [String: Any] in
            [
                "name": indicator.name, "href": links.to("indicators/\(indicator.id)/"),
                "csv": links.to("data/indicators/\(indicator.id).csv"), "id": indicator.id,
            ]
        }
        return page("data", context)
    }

    /// `404.html`. Servers show it at any missing address, so its links cannot be relative to
    /// where it is served; they are relative to the output root, or absolute with a base URL.
    func notFoundPage() -> OutputFile {
        var context = baseContext(title: environment.words["notFoundTitle"], kind: "404")
        if let base = environment.baseURL {
            context["css"] = base + "assets/style.css"
            context["home"] = base
            context["nav"] = Self.sections.map { section -> [String: Any] in
                ["label": environment.words[section.key], "href": base + section.path, "current": false]
            }
        }
        return page("404", context)
    }
}
