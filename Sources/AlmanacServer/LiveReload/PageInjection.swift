import AlmanacMarkdown
import AlmanacSite

/// What the preview adds to the HTML pages it serves — and only the preview: `almanac build`
/// never writes any of it. A small script listens to ``LiveReload/eventsPath`` and reloads the
/// page when the site's version is no longer the one the page was served at (so a tab opened
/// during a rebuild, or kept open across a restart of the server, catches up too). While the
/// last build has errors, an overlay lists every one with its `file:line:col` over the last
/// good page.
enum PageInjection {
    static func reloadScript(version: String) -> String {
        """
        <script>/* almanac serve: live reload */(function () {
          if (!window.EventSource) return;
          var served = "\(version)";
          var events = new EventSource("\(LiveReload.eventsPath)");
          events.addEventListener("version", function (event) {
            if (event.data !== served) { events.close(); location.reload(); }
          });
        })();</script>
        """
    }

    static func overlay(_ errors: [Diagnostic]) -> String {
        guard !errors.isEmpty else { return "" }
        return """
            <div id="almanac-build-errors" role="alert" style="position:fixed;left:0;right:0;bottom:0;z-index:2147483647;\
            max-height:60vh;overflow:auto;margin:0;padding:1rem 1.25rem;background:#1d1f21;color:#f4f4f4;\
            border-top:4px solid #e5484d;font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;text-align:left">
            <button type="button" onclick="this.parentNode.remove()" aria-label="Close" style="float:right;\
            font:inherit;color:inherit;background:none;border:1px solid #888;border-radius:4px;cursor:pointer">✕</button>
            \(errorList(errors, note: "You are seeing the last good build."))
            </div>
            """
    }

    /// The page shown for every address while no build has succeeded yet.
    static func errorPage(_ errors: [Diagnostic], version: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Build failed · almanac serve</title></head>
        <body style="margin:0;padding:2rem;background:#1d1f21;color:#f4f4f4;font:15px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace">
        \(errorList(errors, note: "There is no good build to show yet."))
        \(reloadScript(version: version))
        </body>
        </html>

        """
    }

    private static func errorList(_ errors: [Diagnostic], note: String) -> String {
        let count = errors.count == 1 ? "1 error" : "\(errors.count) errors"
        let items = Diagnostic.shown(errors).map { "<li>\(HTMLText.escape($0.description))</li>" }.joined(separator: "\n")
        return """
            <p style="margin:0 0 .5rem"><strong style="color:#ff8b8b">The site has \(count).</strong> \
            \(note) Fix the files and save: the page reloads by itself.</p>
            <ul style="margin:0;padding-left:1.25rem;white-space:pre-wrap;overflow-wrap:anywhere">
            \(items)
            </ul>
            """
    }

    /// `html` with `snippet` before its last `</body>` (any case), or at its end when it has none.
    static func inject(_ snippet: String, into html: [UInt8]) -> [UInt8] {
        let tag = Array("</body".utf8)
        var index = html.count - tag.count
        while index >= 0 {
            if zip(html[index..<index + tag.count], tag).allSatisfy({ lowercased($0) == $1 }) {
                return Array(html[..<index]) + Array(snippet.utf8) + Array(html[index...])
            }
            index -= 1
        }
        return html + Array(snippet.utf8)
    }

    private static func lowercased(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 0x20 : byte
    }
}
