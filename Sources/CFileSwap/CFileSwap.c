// The system calls behind almanac_exchange_paths; Swift's Glibc module does not show renameat2.
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
