import Foundation

/// A failure of the machine rather than of the content — a full or read-only disk, a folder one may
/// not write, a file where a folder should be — said in the site's terms: which file (relative to
/// the site folder, never the hidden folder a build writes into), what the system said, and what to
/// do. Foundation's own description (`Error Domain=NSCocoaErrorDomain Code=642 …`) is for
/// programmers.
public struct SystemFailure: Error, Sendable, CustomStringConvertible {
    public var description: String

    /// `error` as thrown while building `site` into `output` (or, with no output, while writing a
    /// starter site or the like into `site`); nil for Almanac's own errors, which say what they
    /// mean already.
    public init?(_ error: any Error, site: URL, output: URL? = nil) {
        guard let (code, path) = Self.posix(error) else { return nil }
        let shown = path.map { Self.shown($0, site: site, output: output ?? site) }
        let (what, advice) = Self.explanation(code, output: output.map { Self.shown($0.path, site: site, output: $0) })
        description = (shown.map { "cannot write \($0): " } ?? "") + what + (advice.map { "; " + $0 } ?? "")
    }

    /// The system's error number and the path it was about, from the errors Foundation and the
    /// output's own writer throw.
    static func posix(_ error: any Error) -> (Int32, String?)? {
        if let failure = error as? FileWriter.Failure { return (failure.code, failure.path) }
        let ns = error as NSError
        let path = ns.userInfo[NSFilePathErrorKey] as? String ?? (ns.userInfo[NSURLErrorKey] as? URL)?.path
        if ns.domain == NSPOSIXErrorDomain { return (Int32(ns.code), path) }
        // On Linux the underlying error may be a Swift `POSIXError`, which `as? NSError` does not match.
        if let underlying = ns.userInfo[NSUnderlyingErrorKey] as? any Error {
            if let posix = underlying as? POSIXError { return (posix.code.rawValue, path) }
            let nested = underlying as NSError
            if nested.domain == NSPOSIXErrorDomain { return (Int32(nested.code), path) }
        }
        guard ns.domain == NSCocoaErrorDomain else { return nil }
        switch CocoaError.Code(rawValue: ns.code) {
        case .fileWriteVolumeReadOnly: return (EROFS, path)
        case .fileWriteOutOfSpace: return (ENOSPC, path)
        case .fileWriteNoPermission, .fileReadNoPermission: return (EACCES, path)
        case .fileNoSuchFile, .fileReadNoSuchFile: return (ENOENT, path)
        default: return nil
        }
    }

    /// A path inside the site folder relative to it; a path in the folder a build writes before it
    /// takes the output's place as the output's own path.
    static func shown(_ path: String, site: URL, output: URL) -> String {
        let parent = output.deletingLastPathComponent().path
        let staging = parent + "/." + output.lastPathComponent + ".almanac-"
        var path = path
        if path.hasPrefix(staging) {
            let rest = path.dropFirst(staging.count).drop { $0 != "/" }
            path = output.path + rest
        }
        let root = site.standardizedFileURL.path + "/"
        return path.hasPrefix(root) ? String(path.dropFirst(root.count)) : path
    }

    /// What an error number means for a build into `output` (nil for other writing), and what to do.
    static func explanation(_ code: Int32, output: String?) -> (String, String?) {
        let elsewhere = output == nil ? "choose a folder elsewhere" : "build elsewhere with --output DIR"
        switch code {
        case EROFS: return ("the disk is read-only", output == nil ? "choose a folder on a writable disk" : "build to a folder on a writable disk with --output DIR")
        case ENOSPC, EDQUOT:
            return ("the disk is full", "free some room" + (output.map { ": a build writes the new site next to \($0) before it removes the old one" } ?? ""))
        case EACCES, EPERM: return ("permission denied", "make the folder writable for you, or \(elsewhere)")
        case ENOTDIR: return ("a file stands where a folder is needed", "move that file away, or \(elsewhere)")
        case ENOENT: return ("a folder on the way does not exist", "create it, or \(elsewhere)")
        case EMFILE, ENFILE: return ("too many files are open", "raise the limit (ulimit -n 4096) and try again")
        case ENAMETOOLONG: return ("a name is too long for this file system", "shorten the article's or folder's name")
        case EIO: return ("the disk reported an input/output error", "check the disk, or \(elsewhere)")
        default: return (String(cString: strerror(code)), nil)
        }
    }
}
