#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#else
    import Darwin
#endif

/// Deletes the previous output after the new one has been swapped in, without making the build
/// wait for it: removing a 10,000-page output is a large part of a build, and a build that
/// follows a removal at once writes slower, since ext4 is still journalling it (`make bench
/// --killed` prints how long removals run on after a build). The old
/// folder is handed to a detached shell, reparented to init so that no zombie is left behind.
/// It deletes everything but the output marker first and the marker last, so a removal cut short
/// (the machine stops) leaves a folder the next build still recognises as its own and clears.
enum BackgroundRemoval {
    static func remove(_ path: String) {
        // sh backgrounds rm and exits at once; waiting for sh reaps it, and rm outlives this process.
        let script = "(find \"$1\" -mindepth 1 ! -path \"$1/\(OutputFolder.marker)\" -delete; rm -rf -- \"$1\") >/dev/null 2>&1 &"
        let arguments = ["/bin/sh", "-c", script, "sh", path]
        var pid = pid_t()
        let argv = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        guard posix_spawn(&pid, "/bin/sh", nil, nil, argv, environ) == 0 else { return }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1, errno == EINTR {}
    }
}
