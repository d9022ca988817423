import AlmanacSite
import Hummingbird

/// Answers requests from the site in memory, as a static server would answer from the output
/// folder: GET and HEAD only, `/dir/` → `dir/index.html` (`/dir` redirects there), the site's
/// own `404.html` with status 404, a `Content-Type` for every file, and an `ETag` of the bytes
/// sent so that a browser revalidating gets `304 Not Modified`. HTML pages carry the live-reload
/// script and, while the last build has errors, their overlay.
struct SiteResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let served: ServedSite
    let reload: LiveReload

    func respond(to request: Request, context: Context) async throws -> Response {
        guard request.method == .get || request.method == .head else {
            return plain(.methodNotAllowed, "Only GET and HEAD are served.\n", extra: [.allow: "GET, HEAD"], request)
        }
        let state = served.current
        if request.uri.path == LiveReload.eventsPath {
            return request.method == .head ? Response(status: .ok, headers: LiveReload.headers) : reload.response(current: state.version)
        }
        guard let site = state.site else {
            let page = PageInjection.errorPage(state.errors, version: state.version)
            return file(Array(page.utf8), type: "text/html; charset=utf-8", status: .internalServerError, request)
        }
        guard case .file(let path) = RequestPath(request.uri.path) else {
            return plain(.badRequest, "Bad request path.\n", request)
        }
        if let bytes = site.contents(path) {
            return page(bytes, path: path, status: .ok, state, request)
        }
        if !request.uri.path.hasSuffix("/"), site.contains(path + "/index.html") {
            // One leading slash: `//regions/` would send the browser to a host named "regions".
            let location = "/" + request.uri.path.drop { $0 == "/" } + "/" + (request.uri.query.map { "?" + $0 } ?? "")
            return plain(.movedPermanently, "", extra: [.location: location], request)
        }
        if let notFound = site.contents("404.html") {
            return page(notFound, path: "404.html", status: .notFound, state, request)
        }
        return plain(.notFound, "Not found.\n", request)
    }

    private func page(_ bytes: [UInt8], path: String, status: HTTPResponse.Status, _ state: ServedSite.State, _ request: Request) -> Response {
        let type = MediaType.of(path)
        guard type.hasPrefix("text/html") else { return file(bytes, type: type, status: status, request) }
        let snippet = PageInjection.overlay(state.errors) + PageInjection.reloadScript(version: state.version)
        return file(PageInjection.inject(snippet, into: bytes), type: type, status: status, request)
    }

    private func file(_ bytes: [UInt8], type: String, status: HTTPResponse.Status, _ request: Request) -> Response {
        let tag = EntityTag.of(bytes)
        var headers: HTTPFields = [
            .contentType: type, .eTag: tag, .cacheControl: "no-cache", .init("X-Content-Type-Options")!: "nosniff",
        ]
        if status == .ok, let condition = request.headers[.ifNoneMatch], EntityTag.matches(ifNoneMatch: condition, tag) {
            var response = Response(status: .notModified, headers: headers)
            response.headers[.contentLength] = nil
            return response
        }
        headers[.contentLength] = String(bytes.count)
        if request.method == .head { return Response(status: status, headers: headers) }
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    private func plain(_ status: HTTPResponse.Status, _ text: String, extra: HTTPFields = [:], _ request: Request) -> Response {
        var headers: HTTPFields = [.contentType: "text/plain; charset=utf-8", .contentLength: String(text.utf8.count)]
        headers.append(contentsOf: extra)
        return Response(
            status: status, headers: headers, body: request.method == .head ? ResponseBody() : ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}
