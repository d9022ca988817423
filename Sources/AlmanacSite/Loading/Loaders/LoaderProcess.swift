import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#else
    import Darwin
#endif

/// Runs one loader: the executable in its own process group, in the site's folder, standard
/// input from /dev/null, standard output and error read as they come (both at once, so neither
/// pipe fills and stalls it). Past its time limit the whole group is killed, so a loader that
/// started a database client or a shell pipeline leaves nothing running.
enum LoaderProcess {
    enum Ending: Sendable, Equatable {
        case exited(Int32)
        case signalled(Int32)
        case timedOut
        /// It could not be started at all.
        case notStarted(String)
    }

    struct Outcome: Sendable {
        var ending: Ending
        var output: [UInt8]
        /// The first ``errorLimit`` bytes of its standard error.
        var errors: [UInt8]
    }

    /// Standard error kept for the message.
    static let errorLimit = 64 * 1024

    static func run(_ executable: String, in folder: String, timeout: Double) -> Outcome {
        var outPipe: [Int32] = [-1, -1]
        var errPipe: [Int32] = [-1, -1]
        guard makePipe(&outPipe) else { return Outcome(ending: .notStarted(String(cString: strerror(errno))), output: [], errors: []) }
        guard makePipe(&errPipe) else {
            close(outPipe[0])
            close(outPipe[1])
            return Outcome(ending: .notStarted(String(cString: strerror(errno))), output: [], errors: [])
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)
        // Where the C library cannot change the folder for the child, a shell does, then runs the loader in its place.
        let changesFolder = addChangeOfFolder(&actions, folder)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // Its own group, to be killed as one; signals as a fresh process has them (the preview
        // server blocks and ignores some for its own handling).
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        var allSignals = sigset_t()
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let command = changesFolder ? [executable] : ["/bin/sh", "-c", "cd -- \"$1\" && exec \"$2\"", "almanac-loader", folder, executable]
        let arguments = command.map { strdup($0) } + [nil]
        defer { arguments.forEach { free($0) } }
        var started = posix_spawn(&pid, command[0], &actions, &attributes, arguments, environ)
        // "Text file busy": the loader is being written (an editor saving it, or another program
        // that still holds it open for writing); it is run once the writing is done.
        var busy = 0
        while started == ETXTBSY, busy < 50 {
            usleep(20_000)
            busy += 1
            started = posix_spawn(&pid, command[0], &actions, &attributes, arguments, environ)
        }
        close(outPipe[1])
        close(errPipe[1])
        guard started == 0 else {
            close(outPipe[0])
            close(errPipe[0])
            let reason = started == ENOEXEC
                ? "it is not a program this system can run (a script needs a first line such as #!/bin/sh)"
                : String(cString: strerror(started))
            return Outcome(ending: .notStarted(reason), output: [], errors: [])
        }
        let deadline = ContinuousClock.now + .milliseconds(Int64(timeout * 1000))
        var outcome = Outcome(ending: .exited(0), output: [], errors: [])
        let finished = drain(out: outPipe[0], err: errPipe[0], until: deadline, into: &outcome)
        close(outPipe[0])
        close(errPipe[0])
        guard finished, let status = wait(pid, until: deadline) else {
            kill(-pid, SIGKILL)
            var status: Int32 = 0
            while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
            outcome.ending = .timedOut
            return outcome
        }
        outcome.ending = status
        return outcome
    }

    /// A pipe whose ends close on exec, made so in one call where the C library can (`pipe2`):
    /// another thread starting a program in between must not inherit them, or this loader's
    /// output would not end until that program does.
    private static func makePipe(_ ends: inout [Int32]) -> Bool {
        typealias Pipe2 = @convention(c) (UnsafeMutablePointer<Int32>?, Int32) -> Int32
        if let symbol = dlsym(dlopen(nil, RTLD_NOW), "pipe2") {
            return unsafeBitCast(symbol, to: Pipe2.self)(&ends, O_CLOEXEC) == 0
        }
        guard pipe(&ends) == 0 else { return false }
        for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        return true
    }

    /// `posix_spawn_file_actions_addchdir_np`, found at run time (glibc declares it only for _GNU_SOURCE).
    private static func addChangeOfFolder(_ actions: inout posix_spawn_file_actions_t, _ folder: String) -> Bool {
        typealias AddChdir = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>?, UnsafePointer<CChar>?) -> Int32
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "posix_spawn_file_actions_addchdir_np") else { return false }
        return unsafeBitCast(symbol, to: AddChdir.self)(&actions, folder) == 0
    }

    /// Reads both pipes until both close; false when the deadline comes first.
    private static func drain(out: Int32, err: Int32, until deadline: ContinuousClock.Instant, into outcome: inout Outcome) -> Bool {
        var open = [out, err]
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while !open.isEmpty {
            let left = deadline - ContinuousClock.now
            guard left > .zero else { return false }
            var polled = open.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            let milliseconds = Int32(min(left.components.seconds * 1000 + left.components.attoseconds / 1_000_000_000_000_000 + 1, 60_000))
            let ready = poll(&polled, nfds_t(polled.count), milliseconds)
            if ready < 0 {
                if errno == EINTR { continue }
                return false
            }
            for entry in polled where entry.revents != 0 {
                let count = buffer.withUnsafeMutableBytes { read(entry.fd, $0.baseAddress, $0.count) }
                if count < 0, errno == EINTR || errno == EAGAIN { continue }
                if count <= 0 {
                    open.removeAll { $0 == entry.fd }
                } else if entry.fd == out {
                    outcome.output.append(contentsOf: buffer[0..<count])
                } else if outcome.errors.count < errorLimit {
                    outcome.errors.append(contentsOf: buffer[0..<min(count, errorLimit - outcome.errors.count)])
                }
            }
        }
        return true
    }

    /// The loader's ending once it has closed its output; nil if it is still running at the deadline.
    private static func wait(_ pid: pid_t, until deadline: ContinuousClock.Instant) -> Ending? {
        var status: Int32 = 0
        while true {
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid { break }
            if result == -1, errno != EINTR { return .exited(-1) }
            guard ContinuousClock.now < deadline else { return nil }
            usleep(2_000)
        }
        // WIFEXITED / WEXITSTATUS / WTERMSIG, which are macros.
        if status & 0x7F == 0 { return .exited((status >> 8) & 0xFF) }
        return .signalled(status & 0x7F)
    }
}
