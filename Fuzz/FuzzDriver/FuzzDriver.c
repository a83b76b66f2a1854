// Declarations only: libclang_rt.fuzzer provides LLVMFuzzerRunDriver when linked with
// -sanitize=fuzzer. SwiftPM needs one source file per C target.
#include "FuzzDriver.h"
