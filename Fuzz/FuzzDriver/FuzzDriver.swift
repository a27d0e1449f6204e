import Foundation

/// libFuzzer's driver, which the fuzz targets' `main` hands over to: it reads libFuzzer's own options from the command
/// line and calls `test` with each input until time is up or an input crashes.
@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                                 _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                                 _ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

/// Runs libFuzzer with `test` as the fuzz target, then exits with its status.
public func runFuzzer(_ test: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> Never {
    var argc = CommandLine.argc
    var argv = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&argc, &argv, test))
}

/// The input as a file of its own with `suffix` (`.xlsx`, `.csv`) in the temporary folder, for readers that take a
/// path; removed after `body`.
public func withInputFile(_ data: UnsafePointer<UInt8>?, _ size: Int, suffix: String, _ body: (String) -> Void) {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("fuzz-\(getpid())\(suffix)").path
    let bytes = data.map { Data(bytes: $0, count: size) } ?? Data()
    guard FileManager.default.createFile(atPath: path, contents: bytes) else { return }
    defer { unlink(path) }
    body(path)
}
