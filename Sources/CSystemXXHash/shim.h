// xxHash, the system's fast non-cryptographic hash library, as a Swift module (Debian: libxxhash-dev).
#include <xxhash.h>
