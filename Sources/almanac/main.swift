// The `almanac` command line: parse arguments, run the command, map the outcome to an exit status
// (0 success, 1 the content has errors, 2 wrong usage) as SPEC §3 says. ArgumentParser's own
// usage errors would exit 64, so they are caught here and mapped to 2.
import AlmanacSite
import ArgumentParser

/// Runs a parsed command, awaiting it when it is asynchronous (`serve`).
func run(_ command: ParsableCommand) async throws {
    if var command = command as? AsyncParsableCommand {
        try await command.run()
    } else {
        var command = command
        try command.run()
    }
}

do {
    try await run(AlmanacCommand.parseAsRoot())
} catch let error as ContentErrors {
    Terminal.printDiagnostics(error.diagnostics)
    Terminal.error(Terminal.count(error.errorCount, "error") + ", " + Terminal.count(error.warningCount, "warning") + "; nothing was written")
    Terminal.exit(1)
} catch let error as UsageError {
    Terminal.error(error.message)
    Terminal.exit(2)
} catch let error as ExitCode {
    Terminal.exit(error.rawValue)
} catch {
    let code = AlmanacCommand.exitCode(for: error)
    if code == .success {
        print(AlmanacCommand.fullMessage(for: error))
        Terminal.exit(0)
    } else if code == .validationFailure {
        Terminal.usage(AlmanacCommand.fullMessage(for: error))
        Terminal.exit(2)
    } else if let failure = SystemFailure(error, site: Terminal.url(".")) {
        Terminal.error(failure.description)
        Terminal.exit(1)
    } else {
        Terminal.error("\(error)")
        Terminal.exit(1)
    }
}
