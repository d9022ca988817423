// libcmark, the CommonMark reference implementation in C, as a Swift module.
// Found through pkg-config `libcmark` (Debian: libcmark-dev).
#include <stdlib.h>
#include <cmark.h>
