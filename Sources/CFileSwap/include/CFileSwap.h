// Swapping two folders in one step, for replacing the output without a moment in which it is
// missing: renameat2(RENAME_EXCHANGE) on Linux, renamex_np(RENAME_SWAP) on macOS; and keeping a
// folder aside without taking the place of anything.
#ifndef CFILESWAP_H
#define CFILESWAP_H

/// Exchanges the names of `a` and `b` atomically. 0 on success; -1 with errno set otherwise
/// (ENOSYS, EINVAL or ENOTSUP where the system or file system cannot do it).
int almanac_exchange_paths(const char *a, const char *b);

/// Renames `from` to `to` unless something is at `to`. 0 on success; -1 with errno set otherwise.
int almanac_rename_noreplace(const char *from, const char *to);

#endif
