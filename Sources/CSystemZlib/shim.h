// zlib, the system compression library, as a Swift module (Debian: zlib1g-dev).
#include <zlib.h>
