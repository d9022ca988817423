#!/usr/bin/env python3
"""The floor of a build's output: writes a tree of the same folders, file names and file sizes as
a built output, every byte from one buffer in memory, so that what is left is what the machine
charges for making the folders and files and copying the bytes into them — the part of a build
no rendering can save. `make bench BENCH_ARGS=--national` runs it beside the national build.

    write-floor.py --like OUTPUT --into EMPTY_DIR

The tree of OUTPUT is read first and is not timed. Prints one JSON line: files, bytes, and the
wall, user and system seconds of the writing alone (one thread, as a lower bound for one core).
"""
import argparse
import json
import os
import resource
import sys
import time

CHUNK = 1 << 20


def tree(root):
    """Each folder under `root` (relative, parents first) with its files' names and sizes."""
    folders = []
    for folder, _, files in os.walk(root):
        relative = os.path.relpath(folder, root)
        folders.append((relative, [(name, os.path.getsize(os.path.join(folder, name))) for name in sorted(files)]))
    return folders


def write(folders, into):
    largest = max((size for _, files in folders for _, size in files), default=0)
    buffer = memoryview(b"x" * min(largest, CHUNK))
    count = total = 0
    for relative, files in folders:
        folder = os.path.normpath(os.path.join(into, relative))
        os.makedirs(folder, exist_ok=True)
        for name, size in files:
            descriptor = os.open(os.path.join(folder, name), os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            try:
                left = size
                while left:
                    left -= os.write(descriptor, buffer[:min(left, CHUNK)])
            finally:
                os.close(descriptor)
            count += 1
            total += size
    return count, total


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--like", required=True, help="a built output whose tree is copied in sizes")
    parser.add_argument("--into", required=True, help="an empty or absent folder to write into")
    args = parser.parse_args()
    if os.path.exists(args.into) and os.listdir(args.into):
        sys.exit(f"write-floor.py: {args.into} is not empty")
    folders = tree(args.like)
    before, start = resource.getrusage(resource.RUSAGE_SELF), time.perf_counter()
    count, total = write(folders, args.into)
    wall, after = time.perf_counter() - start, resource.getrusage(resource.RUSAGE_SELF)
    print(json.dumps({"files": count, "bytes": total, "wall": round(wall, 3),
                      "user": round(after.ru_utime - before.ru_utime, 3),
                      "sys": round(after.ru_stime - before.ru_stime, 3)}))


if __name__ == "__main__":
    main()
