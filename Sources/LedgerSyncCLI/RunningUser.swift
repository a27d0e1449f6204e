import Foundation

/// Who runs the command, for the audit log of posts: `$USER` (or `$LOGNAME`), else the account of the user ID.
enum RunningUser {
    static var name: String {
        let environment = ProcessInfo.processInfo.environment
        if let user = environment["USER"] ?? environment["LOGNAME"], !user.isEmpty { return user }
        guard let entry = getpwuid(getuid()), let name = entry.pointee.pw_name else { return "uid \(getuid())" }
        return String(cString: name)
    }
}
