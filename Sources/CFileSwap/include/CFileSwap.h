// Swapping two folders in one step, for replacing the output without a moment in which it is
// missing: renameat2(RENAME_EXCHANGE) on Linux, renamex_np(RENAME_SWAP) on macOS; keeping a
// folder aside without taking the place of anything; and giving a range of a file's disk space
// back (the preview's page store).
#ifndef CFILESWAP_H
#define CFILESWAP_H

/// Exchanges the names of `a` and `b` atomically. 0 on success; -1 with errno set otherwise
/// (ENOSYS, EINVAL or ENOTSUP where the system or file system cannot do it).
int almanac_exchange_paths(const char *a, const char *b);

/// Renames `from` to `to` unless something is at `to`. 0 on success; -1 with errno set otherwise.
int almanac_rename_noreplace(const char *from, const char *to);

/// Frees the disk blocks of `length` bytes at `offset` of the open file, keeping its size (a
/// hole that reads as zeros). 0 on success; -1 with errno set otherwise (ENOTSUP off Linux).
int almanac_punch_hole(int descriptor, long long offset, long long length);

#endif
