// Hands the command line to libFuzzer's driver (linked by -sanitize=fuzzer) and exits with its status.
#include <stdlib.h>
#include "LibFuzzerDriver.h"

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

_Noreturn void almanac_fuzz(int argc, char **argv, int (*test_one_input)(const uint8_t *data, size_t size)) {
    exit(LLVMFuzzerRunDriver(&argc, &argv, test_one_input));
}
