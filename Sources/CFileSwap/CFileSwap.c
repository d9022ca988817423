// The system calls behind these functions; Swift's Glibc module shows neither renameat2 nor fallocate.
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include "CFileSwap.h"

int almanac_exchange_paths(const char *a, const char *b) {
#if defined(__linux__) && defined(RENAME_EXCHANGE)
    return renameat2(AT_FDCWD, a, AT_FDCWD, b, RENAME_EXCHANGE);
#elif defined(__APPLE__)
    return renamex_np(a, b, RENAME_SWAP);
#else
    (void)a;
    (void)b;
    errno = ENOSYS;
    return -1;
#endif
}

int almanac_rename_noreplace(const char *from, const char *to) {
#if defined(__linux__) && defined(RENAME_NOREPLACE)
    int result = renameat2(AT_FDCWD, from, AT_FDCWD, to, RENAME_NOREPLACE);
    if (result == 0 || (errno != ENOSYS && errno != EINVAL)) return result;
#elif defined(__APPLE__)
    return renamex_np(from, to, RENAME_EXCL);
#endif
    // No such call here: rename refuses a non-empty folder in the way, and an empty one is nothing lost.
    return rename(from, to);
}

int almanac_punch_hole(int descriptor, long long offset, long long length) {
#if defined(__linux__) && defined(FALLOC_FL_PUNCH_HOLE)
    return fallocate(descriptor, FALLOC_FL_PUNCH_HOLE | FALLOC_FL_KEEP_SIZE, offset, length);
#else
    (void)descriptor;
    (void)offset;
    (void)length;
    errno = ENOTSUP;
    return -1;
#endif
}
