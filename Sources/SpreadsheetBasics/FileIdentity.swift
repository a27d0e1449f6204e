import Foundation

/// What tells whether a file was changed or replaced since it was looked at: its size, modification time to the
/// nanosecond, device and inode.
package struct FileIdentity: Equatable {
    private let size: Int
    private let modifiedSeconds: Int
    private let modifiedNanoseconds: Int
    private let device: UInt
    private let inode: UInt

    /// The identity of the file at `path`, or an error saying why it cannot be examined.
    package init(path: String, place: ReadPlace) throws(SpreadsheetError) {
        var info = stat()
        guard stat(path, &info) == 0 else {
            throw place.error("cannot read \(path): \(String(cString: strerror(errno)))")
        }
        size = Int(info.st_size)
        #if canImport(Darwin)
        let modified = info.st_mtimespec
        #else
        let modified = info.st_mtim
        #endif
        modifiedSeconds = Int(modified.tv_sec)
        modifiedNanoseconds = Int(modified.tv_nsec)
        device = UInt(info.st_dev)
        inode = UInt(info.st_ino)
    }
}
