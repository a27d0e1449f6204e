import Foundation

/// What C libraries print on standard error while they run, such as libxlsxwriter's lines on a failed close.
/// The command line hides them (`hide()`, once at start), since it reports each failure once in the user's terms;
/// any other host (the test runner, an app) keeps its standard error untouched. Runs may overlap on several threads:
/// standard error is sent away when the first starts and put back when the last ends, never left pointing nowhere.
public enum LibraryMessages {
    private static let state = State()

    /// From now on, library messages printed inside `whileHidden` are dropped.
    public static func hide() {
        state.lock.withLock { state.hides = true }
    }

    /// Runs `body`, a call into a C library that prints what it also returns, with its messages dropped if hidden.
    package static func whileHidden<T>(_ body: () -> T) -> T {
        state.enter()
        defer { state.leave() }
        return body()
    }

    /// How many runs are inside `whileHidden`, and where standard error went before the first.
    private final class State: @unchecked Sendable {
        let lock = NSLock()
        var hides = false
        private var runs = 0
        private var saved: Int32 = -1

        func enter() {
            lock.withLock {
                runs += 1
                guard hides, runs == 1 else { return }
                let nowhere = open("/dev/null", O_WRONLY)
                guard nowhere >= 0 else { return }
                saved = dup(STDERR_FILENO)
                if saved >= 0 { dup2(nowhere, STDERR_FILENO) }
                close(nowhere)
            }
        }

        func leave() {
            lock.withLock {
                runs -= 1
                guard runs == 0, saved >= 0 else { return }
                dup2(saved, STDERR_FILENO)
                close(saved)
                saved = -1
            }
        }
    }
}
