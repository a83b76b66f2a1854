import Foundation
import FuzzDriver

/// Runs libFuzzer with the process's arguments on `target` and exits with its status.
///
/// Each fuzz target's `main` calls this; `target` must also be exported as
/// `LLVMFuzzerTestOneInput`, which libFuzzer's runtime looks up by name.
public func runFuzzer(_ target: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> Never {
  var argc = CommandLine.argc
  var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
  exit(LLVMFuzzerRunDriver(&argc, &argv, target))
}
