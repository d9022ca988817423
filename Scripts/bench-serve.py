#!/usr/bin/env python3
"""Measures `almanac serve` the way a writer uses it: on a generated site of --pages articles,
save an edit to one article and time how long until the server serves the new page — from the
moment the file is closed to the moment a browser tab (listening to the live-reload events, as
the injected script does) has fetched the page with the edit in it. Each edit is a new save; the
figures are the median and min–max over the edits, measured side by side in one run.

Scenarios: `body` edits change a paragraph in the middle of an article (what the issue asks
for: the article page alone is re-rendered); `title` edits change its title (the listings that
show it are re-rendered too: the articles index lists every article); `data` edits change one
figure in the observations CSV (everything is re-rendered).

    bench-serve.py [--pages 10000] [--edits N | --runs N] [--work DIR] [--almanac PATH] [--skip-build]
                   [--site DIR] [--skip-data]

--site measures a site of your own (its Content/pages/ must hold p00000.md… as generate-site.py
writes them: the national one, `generate-site.py --national`, has 100); --skip-data leaves the
data edits out (on the national site each renders all 52,000 pages again).
"""
import argparse
import http.client
import os
import queue
import re
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def start_server(almanac, site):
    process = subprocess.Popen(
        [almanac, "serve", "--site", site, "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, bufsize=1)
    lines = queue.Queue()
    threading.Thread(target=lambda: [lines.put(line.rstrip("\n")) for line in process.stdout], daemon=True).start()
    threading.Thread(target=lambda: [sys.stderr.write("  almanac: " + line) for line in process.stderr], daemon=True).start()
    built = None
    while True:
        line = lines.get(timeout=600)
        if line.startswith("Built "):
            built = line
        match = re.search(r"Serving at http://127\.0\.0\.1:(\d+)/", line)
        if match:
            return process, int(match.group(1)), built, lines


class Tab:
    """A browser tab's live-reload connection: the time of every `version` event."""

    def __init__(self, port):
        self.events = queue.Queue()
        self.socket = socket.create_connection(("127.0.0.1", port))
        self.socket.sendall(b"GET /__almanac/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        threading.Thread(target=self.read, daemon=True).start()
        self.first = self.events.get(timeout=10)

    def read(self):
        pending = b""
        while True:
            chunk = self.socket.recv(65536)
            if not chunk:
                return
            now = time.perf_counter()
            pending += chunk
            for version in re.findall(rb"event: version\ndata: ([^\n]*)\n\n", pending):
                self.events.put((now, version.decode()))
            pending = pending[pending.rfind(b"\n\n") + 2:] if b"\n\n" in pending else pending

    def version_after(self, start, timeout=60):
        while True:
            at, version = self.events.get(timeout=timeout)
            if at >= start:
                return at, version


def fetch(port, path):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    connection.request("GET", path)
    body = connection.getresponse().read().decode("utf-8")
    connection.close()
    return body


def save(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return time.perf_counter()


def measure(port, tab, page_url, edit, check):
    """Saves one edit; returns (save → reload event, save → new page served) in milliseconds."""
    start = edit()
    event_at, _ = tab.version_after(start)
    while True:
        body = fetch(port, page_url)
        if check(body):
            return (event_at - start) * 1000, (time.perf_counter() - start) * 1000
        tab.version_after(time.perf_counter())  # the page caught an earlier build: wait for the next


def rebuild_times(lines):
    """The times of the rebuild lines almanac has printed since the last call."""
    times = []
    while not lines.empty():
        match = re.search(r"→ .* in (\d+) ms$", lines.get())
        if match:
            times.append(float(match.group(1)))
    return times


def summary(figures):
    if not figures:
        return "none"
    ordered = sorted(figures)
    return f"median {statistics.median(ordered):.1f} ms (min {ordered[0]:.1f} – max {ordered[-1]:.1f}, n={len(ordered)})"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=10000)
    parser.add_argument("--edits", "--runs", type=int, default=15, help="body edits; title and data edits are a third of that")
    parser.add_argument("--work", default=os.path.join(ROOT, "bench-work", "serve"))
    parser.add_argument("--almanac", default=os.path.join(ROOT, ".build", "release", "almanac"))
    parser.add_argument("--skip-build", action="store_true", help="use --almanac as it is")
    parser.add_argument("--site", help="a generated site to measure instead of site-PAGES under --work")
    parser.add_argument("--skip-data", action="store_true", help="no data edits")
    args = parser.parse_args()

    if not args.skip_build:
        subprocess.run(["swift", "build", "-c", "release", "--product", "almanac"], cwd=ROOT, check=True)
    site = args.site or os.path.join(args.work, f"site-{args.pages}")
    if not args.site and not os.path.isdir(os.path.join(site, "Content", "pages")):
        subprocess.run([sys.executable, os.path.join(ROOT, "Scripts", "generate-site.py"), "--out", site,
                        "--pages", str(args.pages)], check=True)

    started = time.perf_counter()
    process, port, built, lines = start_server(args.almanac, site)
    print(f"almanac serve on {args.pages} articles: first build and start {time.perf_counter() - started:.1f} s ({built})")
    tab = Tab(port)
    name = f"p{args.pages // 2:05d}"
    article = os.path.join(site, "Content", "pages", name + ".md")
    data = os.path.join(site, "Content", "data", "observations.csv")
    original, original_data = open(article, encoding="utf-8").read(), open(data, encoding="utf-8").read()
    results = {}
    try:
        paragraph = original.index("\n\n", original.index("## ")) + 2

        def body_edit(i):
            marker = f"基准编辑{i}号"
            return (lambda: save(article, original[:paragraph] + marker + original[paragraph:]),
                    lambda page: marker in page)

        def title_edit(i):
            marker = f"改过的标题{i}"
            return (lambda: save(article, re.sub(r"^title: .*$", "title: " + marker, original, count=1, flags=re.M)),
                    lambda page: f"<h1>{marker}</h1>" in page)

        def data_edit(i):
            first = original_data.index("\n") + 1
            row = original_data[first:original_data.index("\n", first)].split(",")
            row[3] = f"{9000 + i}.5"
            edited = original_data[:first] + ",".join(row) + original_data[original_data.index("\n", first):]
            return (lambda: save(data, edited), lambda page: f"{9000 + i}.5" in page)

        scenarios = [("body", body_edit, f"/pages/{name}/", args.edits),
                     ("title", title_edit, f"/pages/{name}/", max(3, args.edits // 3)),
                     ("data", data_edit, "/data/observations.csv", max(3, args.edits // 3))]
        if args.skip_data:
            scenarios = scenarios[:2]
        for scenario, make, url, count in scenarios:
            events, served, rebuilds = [], [], []
            for i in range(count):
                edit, check = make(i)
                event_ms, served_ms = measure(port, tab, url, edit, check)
                events.append(event_ms)
                served.append(served_ms)
                time.sleep(0.3)
                rebuilds += rebuild_times(lines)
            results[scenario] = (events, served)
            print(f"{scenario:5} edit → new page served: {summary(served)}")
            print(f"{scenario:5} edit → reload event:    {summary(events)}")
            print(f"{scenario:5} rebuild as almanac reports it: {summary(rebuilds)}")
    finally:
        save(article, original)
        save(data, original_data)
        time.sleep(0.5)
        try:
            with open(f"/proc/{process.pid}/status") as status:
                peak = next(line.split()[1] for line in status if line.startswith("VmHWM:"))
            print(f"peak memory of almanac serve: {int(peak) / 1024:.0f} MiB")
        except (OSError, StopIteration):
            pass  # not Linux
        stop = time.perf_counter()
        process.send_signal(signal.SIGINT)
        process.wait(timeout=10)
        print(f"stopped {(time.perf_counter() - stop) * 1000:.0f} ms after SIGINT (exit status {process.returncode})")
    body_served = statistics.median(results["body"][1])
    verdict = "meets the 100 ms goal" if body_served <= 100 else "within the 200 ms limit" if body_served <= 200 else "OVER the 200 ms limit"
    print(f"one page edited in a {args.pages}-page site, save → new page served: median {body_served:.1f} ms ({verdict})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
