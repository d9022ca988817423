// Runs libFuzzer on a harness. SwiftPM names an executable's entry point after its target, so
// libFuzzer's own main cannot be linked; each harness's main calls this instead.
#include <stddef.h>
#include <stdint.h>

_Noreturn void almanac_fuzz(int argc, char **argv, int (*test_one_input)(const uint8_t *data, size_t size));
