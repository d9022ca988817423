import AlmanacMarkdown

/// Elements the Swift twins of the built-in templates write in several places, escaped as the
/// templates escape them.
enum HTMLPieces {
    /// `<a href="HREF">TEXT</a>`
    static func link(_ href: String, _ text: String, into out: inout String) {
        out += "<a href=\""
        out += HTMLText.escape(href)
        out += "\">"
        out += HTMLText.escape(text)
        out += "</a>"
    }

    /// `<time datetime="DATE">DATE</time>`
    static func time(_ date: String, into out: inout String) {
        let date = HTMLText.escape(date)
        out += "<time datetime=\""
        out += date
        out += "\">"
        out += date
        out += "</time>"
    }
}
