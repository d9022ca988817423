#!/usr/bin/env python3
"""`make bench`: Almanac against Hugo and the libcmark floor, measured side by side in one run.

Generates (once, under bench-work/) synthetic sites of 1,000 and 10,000 report pages with the same
pages as minimal Hugo sites, and a site of 1,000,000 observations (2,000 counties × 50 indicators ×
10 years); then, after a warm-up, runs alternating rounds of
  almanac build  |  hugo  |  cmark-floor (parse + render + write each page with libcmark, in C)
on each page count, then `almanac build` into an empty folder (no previous output to rewrite: a
first build, or one after the spare was deleted), the same site in two languages (zh-CN and an
English edition under en/: `generate-site.py --languages zh-CN,en`) against it in one, in
alternating rounds, `almanac build` on the million observations (an unchanged rebuild, one
after one figure changed, one with site.yml touched, which renders every page), the data-layer micro-benchmarks
(almanac-bench: the CSV reader, reading and aggregating, the workbook reader on the same million
observations as an .xlsx of one sheet, and its XML tokenizer beside FoundationXML's XMLParser) and, when Scripts/bench-serve.py exists, the preview server's rebuild after an edit.
Prints medians, min–max, peak memory (from /usr/bin/time) and the ratios, median of per-round ratios.

    bench.py [--runs N] [--pages 1000,10000] [--skip-million] [--national] [--killed | --killed-only] [--work DIR]

With --national (`make bench BENCH_ARGS=--national`; not by default: it needs ~21 GB of disk and
minutes per round) it also builds the national shape of `generate-site.py --national` (3,000
counties, 300 indicators, 20 years: 18,000,000 figures) into an empty folder, the folder removed
before each round, and prints the output's size, its largest HTML page and file, and how many
HTML pages pass 1 MB; after each round the write floor of its tree (Scripts/write-floor.py: the same
folders, names and sizes written from memory, the cost of the output's bytes and files alone) and
the ratio of the build to it; then, after two rebuilds, the rebuild after one figure changed (the
output, its floor or its spare and the site: ~21 GB at most).

With --killed (`make bench BENCH_ARGS=--killed`) it also measures, side by side in rotating order
on the 10,000-page site, the build (a) into an empty folder, (b) after a build of the same input,
(c) right after a build SIGKILLed while writing its pages, and (d) the same after SIGINT (Ctrl-C),
each with /usr/bin/time -v; the background removal of the folders left behind is waited for
(untimed) before each case is set up. --killed-only runs this alone (`make bench
BENCH_ARGS="--killed-only --runs 5"`).
"""
import argparse
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run(command, **kwargs):
    subprocess.run(command, check=True, **kwargs)


def timed(command, cwd=None):
    """Wall seconds (perf_counter around the process) and peak resident MiB (/usr/bin/time).
    The disk is synced first, untimed, so that no run pays for writing back what the run
    before it wrote (Hugo's 10,000 files, a build's, a removed folder)."""
    subprocess.run(["sync"], check=True)
    with tempfile.NamedTemporaryFile(mode="r") as report:
        start = time.perf_counter()
        subprocess.run(["/usr/bin/time", "-f", "%M", "-o", report.name] + command, check=True, cwd=cwd,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        elapsed = time.perf_counter() - start
        peak_kib = int(report.read().strip().splitlines()[-1])
    return elapsed, peak_kib / 1024


def ensure_tools(work):
    if shutil.which("hugo") is None:
        print("bench: installing hugo (apt-get)", flush=True)
        sudo = [] if os.geteuid() == 0 else ["sudo"]
        run(sudo + ["apt-get", "update"])
        run(sudo + ["apt-get", "install", "-y", "hugo"])
    if not os.path.exists("/usr/bin/time"):
        sudo = [] if os.geteuid() == 0 else ["sudo"]
        run(sudo + ["apt-get", "install", "-y", "time"])
    print("bench: building almanac (release)", flush=True)
    run(["swift", "build", "-c", "release", "--product", "almanac"], cwd=ROOT)
    run(["swift", "build", "-c", "release", "--product", "almanac-bench"], cwd=ROOT)
    floor = os.path.join(work, "cmark-floor")
    run(["cc", "-O2", os.path.join(ROOT, "Benchmarks", "cmark-floor.c"), "-lcmark", "-o", floor])
    return os.path.join(ROOT, ".build", "release", "almanac"), os.path.join(ROOT, ".build", "release", "almanac-bench"), floor


def figure_rebuilds(args, csv, command, table, label):
    """Rebuilds after one figure changed each round (the value of the first data row of `csv`,
    to a new value every round), which render only the pages that read its indicator (README,
    Unchanged pages). The file is put back afterwards."""
    with open(csv, "rb") as source:
        original = source.read()
    first = original.index(b"\n") + 1
    end = original.index(b"\n", first)
    cells = original[first:end].split(b",")
    samples = []
    try:
        for _ in range(args.runs):
            cells[3] = b"%.1f" % (float(cells[3]) + 0.1)
            with open(csv, "wb") as target:
                target.write(original[:first] + b",".join(cells) + original[end:])
            samples.append(timed(command))
    finally:
        with open(csv, "wb") as target:
            target.write(original)
    table.add(f"{label}, one figure changed", samples, "pages of one indicator rendered")


def edited_rebuilds(args, site, csv, command, table):
    """The million-observation rebuild after one figure changed, and with site.yml touched,
    which renders every page."""
    label = "almanac build, 1,000,000 observations"
    figure_rebuilds(args, csv, command, table, label)
    samples = []
    for _ in range(args.runs):
        os.utime(os.path.join(site, "Content", "site.yml"))
        samples.append(timed(command))
    table.add(f"{label}, site.yml touched", samples, "every page rendered")


def generate(work, name, args):
    site = os.path.join(work, name)
    if not os.path.exists(os.path.join(site, "Content")):
        print(f"bench: generating {name}", flush=True)
        run([sys.executable, os.path.join(ROOT, "Scripts", "generate-site.py"), "--out", site] + args)
    return site


class Table:
    def __init__(self):
        self.rows = []

    def add(self, name, samples, note=""):
        times = [s[0] for s in samples]
        peaks = [s[1] for s in samples]
        self.rows.append((name, statistics.median(times), min(times), max(times), max(peaks), note))

    def print(self, ratios):
        print()
        print(f"{'benchmark':<42} {'median':>9} {'min–max':>17} {'peak MiB':>9}  note")
        for name, median, low, high, peak, note in self.rows:
            shown = f"{peak:>9.0f}" if peak else f"{'–':>9}"
            print(f"{name:<42} {median:>8.3f}s {low:>7.3f}–{high:<7.3f}s {shown}  {note}")
        if ratios:
            print()
            print(f"{'ratio (median of per-round ratios)':<42} {'median':>9} {'min–max':>17}")
            for name, values in ratios:
                print(f"{name:<42} {statistics.median(values):>9.3f} {min(values):>8.3f}–{max(values):<8.3f}")


def timed_verbose(command):
    """As timed(), the wall time and peak as /usr/bin/time -v gives them."""
    subprocess.run(["sync"], check=True)
    with tempfile.NamedTemporaryFile(mode="r") as report:
        subprocess.run(["/usr/bin/time", "-v", "-o", report.name] + command, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        fields = dict(line.strip().rsplit(": ", 1) for line in report.read().splitlines() if ": " in line)
    wall = 0.0
    for part in fields["Elapsed (wall clock) time (h:mm:ss or m:ss)"].split(":"):
        wall = wall * 60 + float(part)
    return wall, int(fields["Maximum resident set size (kbytes)"]) / 1024


def killed(args, almanac, table):
    """The build after a killed one against a first build and a rebuild (issue 18: 15.9 s after a
    SIGKILL, 3.4 s into an empty folder). The output is kept in a folder of its own, so that the
    hidden folders next to it are only this benchmark's."""
    site = generate(args.work, "site-10000", ["--pages", "10000", "--hugo", os.path.join(args.work, "hugo-10000")])
    place = os.path.join(args.work, "killed")
    os.makedirs(place, exist_ok=True)
    output = os.path.join(place, "Output")
    command = [almanac, "build", "--quiet", "--site", site, "--output", output]
    hidden = ".Output.almanac-"

    def siblings(kind=""):
        return sorted(name for name in os.listdir(place) if name.startswith(hidden + kind))

    def settle():
        """Waits until the background removals (of leftovers, of a spare too many) are done."""
        deadline = time.monotonic() + 300
        while any(not name.endswith("-spare") for name in siblings()) and time.monotonic() < deadline:
            time.sleep(0.05)
        if time.monotonic() >= deadline:
            sys.exit(f"bench: folders next to the output were not removed: {siblings()}")
        subprocess.run(["sync"], check=True)

    def empty():
        settle()
        for name in ["Output"] + siblings():
            shutil.rmtree(os.path.join(place, name), ignore_errors=True)

    def rebuilt():
        """Output and spare present, holding this input: as after building twice."""
        settle()
        while not os.path.isdir(os.path.join(place, hidden + "spare")):
            run(command, stdout=subprocess.DEVNULL)
            settle()
        run(command, stdout=subprocess.DEVNULL)
        settle()

    def interrupt(number):
        """A build of the rebuilt output, sent `number` once its hidden folder has pages/ (as
        InterruptedBuildTests does); fails unless the signal ended it."""
        rebuilt()
        # As a shell starts it, so that SIGINT acts as Ctrl-C does, also when this runs in the background.
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                   preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
        staging = f"{hidden}new-{process.pid}-"
        while process.poll() is None:
            if any(os.path.isdir(os.path.join(place, name, "pages")) for name in siblings() if name.startswith(staging)):
                process.send_signal(number)
                break
            time.sleep(0.002)
        if process.wait() != -number:
            sys.exit(f"bench: the build ended ({process.returncode}) before signal {number} reached it")

    cases = {
        "empty folder": empty,
        "rebuild": rebuilt,
        "after SIGKILL": lambda: interrupt(signal.SIGKILL),
        "after SIGINT": lambda: interrupt(signal.SIGINT),
    }
    samples = {name: [] for name in cases}
    leftover = {name: [] for name in cases}
    removal = {name: [] for name in cases}
    for round_number in range(args.runs):
        names = list(cases)
        for name in names[round_number % 4:] + names[:round_number % 4]:
            print(f"bench: killed builds, 10,000 pages, {name}, round {round_number + 1}/{args.runs}", flush=True)
            cases[name]()
            leftover[name].append(len(siblings("new-")) + len(siblings("old-")))
            samples[name].append(timed_verbose(command))
            # What the build left to remove in the background, and how long that went on after it.
            start = time.monotonic()
            settle()
            removal[name].append(time.monotonic() - start)
    for name in cases:
        table.add(f"almanac build, 10,000 pages, {name}", samples[name],
                  f"{max(leftover[name])} killed build's folder(s) next to it; then {statistics.median(removal[name]):.1f} s "
                  "of removal and sync")
    settle()
    shutil.rmtree(place)


def languages(args, almanac, table, ratios, pages):
    """The site of `pages` articles in one language and in two (the same Chinese files, with the
    _en columns and an English translation beside each article), rebuilt in alternating rounds
    in a rotating order: what an English edition costs. Two warm-ups each, since a rebuild
    rewrites the output before last (the spare)."""
    one = generate(args.work, f"site-{pages}", ["--pages", str(pages), "--hugo", os.path.join(args.work, f"hugo-{pages}")])
    two = generate(args.work, f"site-{pages}-two-languages", ["--pages", str(pages), "--languages", "zh-CN,en"])
    commands = [[almanac, "build", "--quiet", "--site", site, "--output", os.path.join(args.work, f"out-{name}-{pages}")]
                for site, name in [(one, "one-language"), (two, "two-languages")]]
    print(f"bench: {pages} pages in one language and in two, warm-up", flush=True)
    for command in commands + commands:
        timed(command)
    samples = [[], []]
    for round_number in range(args.runs):
        print(f"bench: {pages} pages in one language and in two, round {round_number + 1}/{args.runs}", flush=True)
        for which in ([0, 1] if round_number % 2 == 0 else [1, 0]):
            samples[which].append(timed(commands[which]))
    table.add(f"almanac build, {pages} pages, one language", samples[0], "rebuild, zh-CN")
    table.add(f"almanac build, {pages} pages, two languages", samples[1], "rebuild, zh-CN + en/")
    ratios.append((f"two languages / one, {pages} pages", [b[0] / a[0] for a, b in zip(samples[0], samples[1])]))


def maps(table):
    """The choropleth's cost (almanac-maps-bench): the example report's world map of Natural Earth's
    countries and a synthetic map of 3,000 counties with shared borders, each read and prepared
    once per build, then drawn once per page; with the SVG's size."""
    run(["swift", "build", "-c", "release", "--product", "almanac-maps-bench"], cwd=ROOT)
    bench = os.path.join(ROOT, ".build", "release", "almanac-maps-bench")
    world = os.path.join(ROOT, "Content", "maps", "world.geojson")
    for label, arguments in [("world map", ["file", world, "adm0_a3", "5"]), ("3,000 counties", ["synthetic", "3000", "5"])]:
        print(f"bench: maps, {label}", flush=True)
        result = subprocess.run(["/usr/bin/time", "-f", "%M", bench] + arguments, check=True, capture_output=True, text=True)
        peak = int(result.stderr.strip().splitlines()[-1]) / 1024
        for text in result.stdout.strip().splitlines():
            print(f"bench: {text}", flush=True)
            line = json.loads(text)
            extra = ", ".join(f"{key} {line[key]:g}" for key in ("regions", "input_mb", "svg_kb") if key in line)
            table.add(f"almanac-maps-bench {line['benchmark']}, {label}",
                      [(line["median_s"], peak), (line["min_s"], peak), (line["max_s"], peak)], extra)


def national(args, almanac, table, ratios):
    """The national shape into an empty folder, removed before every round (a first build), each
    round followed by the write floor of its output's tree; then rebuilt after one figure changed."""
    site = generate(args.work, "site-national", ["--national"])
    output = os.path.join(args.work, "out-national")
    floor_output = os.path.join(args.work, "out-national-floor")
    command = [almanac, "build", "--quiet", "--site", site, "--output", output]
    samples, floors = [], []
    for round_number in range(args.runs):
        shutil.rmtree(output, ignore_errors=True)
        shutil.rmtree(floor_output, ignore_errors=True)
        print(f"bench: national site (18,000,000 figures) into an empty folder, round {round_number + 1}/{args.runs}",
              flush=True)
        samples.append(timed(command))
        # The same tree of files written from memory: what the output costs the machine to write.
        subprocess.run(["sync"], check=True)
        floor = json.loads(subprocess.run(
            [sys.executable, os.path.join(ROOT, "Scripts", "write-floor.py"), "--like", output, "--into", floor_output],
            check=True, capture_output=True, text=True).stdout)
        floors.append((floor["wall"], 0))
        print(f"bench: write floor of its tree {floor['wall']:.1f} s (user {floor['user']:.1f} s, system {floor['sys']:.1f} s)",
              flush=True)
    shutil.rmtree(floor_output, ignore_errors=True)
    sizes = [(os.path.getsize(os.path.join(folder, name)), os.path.relpath(os.path.join(folder, name), output))
             for folder, _, files in os.walk(output) for name in files]
    pages = [entry for entry in sizes if entry[1].endswith(".html")]
    total = sum(size for size, _ in sizes)
    largest_page, largest_file = max(pages), max(sizes)
    over = sum(1 for size, _ in pages if size > 1 << 20)
    print(f"bench: national output {total / 1e9:.1f} GB in {len(sizes)} files ({len(pages)} pages); largest page "
          f"{largest_page[1]} {largest_page[0] / 1e6:.2f} MB, largest file {largest_file[1]} {largest_file[0] / 1e6:.0f} MB, "
          f"{over} pages over 1 MB", flush=True)
    table.add("almanac build, national site, empty folder", samples,
              f"{len(pages)} pages, {total / 1e9:.1f} GB, {over} pages > 1 MB")
    table.add("write floor, national tree", floors, "the same files from memory, one thread (Scripts/write-floor.py)")
    ratios.append(("almanac / write floor, national", [a[0] / f[0] for a, f in zip(samples, floors)]))
    # Two rebuilds leave the spare with the records of the output's pages; then the edits.
    print("bench: national site, two rebuilds, then one figure changed per round", flush=True)
    timed(command)
    timed(command)
    figure_rebuilds(args, os.path.join(site, "Content", "data", "observations.csv"), command, table,
                    "almanac build, national site")
    shutil.rmtree(output, ignore_errors=True)
    shutil.rmtree(os.path.join(args.work, ".out-national.almanac-spare"), ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--pages", default="1000,10000")
    parser.add_argument("--skip-million", action="store_true")
    parser.add_argument("--national", action="store_true", help="also the 18,000,000-figure national site (see above)")
    parser.add_argument("--killed", action="store_true",
                        help="also the build after a killed one, beside a first build and a rebuild (see above)")
    parser.add_argument("--killed-only", action="store_true", help="only that")
    parser.add_argument("--work", default=os.path.join(ROOT, "bench-work"))
    args = parser.parse_args()
    os.makedirs(args.work, exist_ok=True)
    table = Table()
    if args.killed_only:
        print("bench: building almanac (release)", flush=True)
        run(["swift", "build", "-c", "release", "--product", "almanac"], cwd=ROOT)
        killed(args, os.path.join(ROOT, ".build", "release", "almanac"), table)
        table.print([])
        return
    almanac, micro, floor = ensure_tools(args.work)
    ratios = []

    for pages in [int(p) for p in args.pages.split(",") if p]:
        site = generate(args.work, f"site-{pages}", ["--pages", str(pages), "--hugo", os.path.join(args.work, f"hugo-{pages}")])
        hugo_site = os.path.join(args.work, f"hugo-{pages}")
        outputs = {name: os.path.join(args.work, f"out-{name}-{pages}") for name in ["almanac", "hugo", "floor"]}
        commands = {
            "almanac": [almanac, "build", "--quiet", "--site", site, "--output", outputs["almanac"]],
            "hugo": ["hugo", "--quiet", "--source", hugo_site, "--destination", outputs["hugo"]],
            "floor": [floor, os.path.join(site, "Content", "pages"), outputs["floor"]],
        }
        print(f"bench: {pages} pages, warm-up", flush=True)
        for command in commands.values():
            timed(command)
        samples = {name: [] for name in commands}
        for round_number in range(args.runs):
            print(f"bench: {pages} pages, round {round_number + 1}/{args.runs}", flush=True)
            # A/B alternation, in a rotating order so that no tool always runs first
            names = list(commands)
            for name in names[round_number % 3:] + names[:round_number % 3]:
                samples[name].append(timed(commands[name]))
        # Into an empty folder: what a first build costs, without the previous output kept as the
        # spare to rewrite. Each folder is removed before the next round.
        empty = []
        for round_number in range(args.runs):
            print(f"bench: {pages} pages into an empty folder, round {round_number + 1}/{args.runs}", flush=True)
            fresh = os.path.join(args.work, f"out-empty-{pages}")
            empty.append(timed([almanac, "build", "--quiet", "--site", site, "--output", fresh]))
            shutil.rmtree(fresh)
        table.add(f"almanac build, {pages} pages", samples["almanac"], "rebuild, the spare rewritten")
        table.add(f"almanac build, {pages} pages, empty folder", empty, "first build")
        table.add(f"hugo 0.111, {pages} pages", samples["hugo"])
        table.add(f"cmark floor, {pages} pages", samples["floor"], "parse + render + write, C")
        ratios.append((f"almanac / hugo, {pages} pages", [a[0] / h[0] for a, h in zip(samples["almanac"], samples["hugo"])]))
        ratios.append((f"almanac / floor, {pages} pages", [a[0] / f[0] for a, f in zip(samples["almanac"], samples["floor"])]))
        # Front matter read as builds read it (SimpleYAML first) and by Yams alone: the reason
        # SimpleYAML exists, measured on the same articles.
        result = subprocess.run([micro, "frontmatter", site, "5"], check=True, capture_output=True, text=True)
        for text in result.stdout.strip().splitlines():
            line = json.loads(text)
            print(f"bench: {text}", flush=True)
            table.add(f"almanac-bench {line['benchmark']}, {pages} pages", [(line["median_s"], line["peak_mib"]),
                      (line["min_s"], line["peak_mib"]), (line["max_s"], line["peak_mib"])], f"{int(line['documents'])} documents")
        languages(args, almanac, table, ratios, pages)

    if not args.skip_million:
        site = generate(args.work, "site-million", ["--pages", "0", "--regions", "2000", "--indicators", "50", "--years", "10"])
        output = os.path.join(args.work, "out-million")
        command = [almanac, "build", "--quiet", "--site", site, "--output", output]
        # Two warm-ups: a rebuild rewrites the output before last (the spare), so it takes two
        # runs after the page benchmarks' disk traffic for both folders to be back in the page
        # cache, as they are when a report is rebuilt again and again. The first of them, with
        # neither cached, is printed: it is what a rebuild costs after other heavy disk work.
        print("bench: 1,000,000 observations, warm-up", flush=True)
        cold = timed(command)
        print(f"bench: 1,000,000 observations, first rebuild after the page benchmarks: {cold[0]:.2f} s", flush=True)
        timed(command)
        samples = []
        for round_number in range(args.runs):
            print(f"bench: 1,000,000 observations, round {round_number + 1}/{args.runs}", flush=True)
            samples.append(timed(command))
        pages = sum(1 for _, _, files in os.walk(output) for f in files if f.endswith(".html"))
        table.add("almanac build, 1,000,000 observations", samples, f"{pages} pages written")
        csv = os.path.join(site, "Content", "data", "observations.csv")
        edited_rebuilds(args, site, csv, command, table)
        workbook = os.path.join(args.work, "million.xlsx")
        if not os.path.exists(workbook):
            print("bench: generating million.xlsx", flush=True)
            run([sys.executable, os.path.join(ROOT, "Scripts", "generate-workbook.py"), "--out", workbook, "--rows", "1000000"])
        small = os.path.join(args.work, "workbook-100k.xlsx")
        if not os.path.exists(small):
            run([sys.executable, os.path.join(ROOT, "Scripts", "generate-workbook.py"), "--out", small, "--rows", "100000"])
        for kind, target in [("csv", csv), ("data", site), ("xlsx", workbook), ("xml", small)]:
            result = subprocess.run([micro, kind, target, "5"], check=True, capture_output=True, text=True)
            for text in result.stdout.strip().splitlines():
                print(f"bench: {text}", flush=True)
                line = json.loads(text)
                if "rows_per_s" in line:
                    note = f"{line['rows_per_s'] / 1000:.0f}k rows/s, {line['mb_per_s']:.0f} MB/s of .xlsx"
                elif "elements" in line:
                    note = f"{line['mb_per_s']:.0f} MB/s of sheet XML"
                elif "mb_per_s" in line:
                    note = f"{line['mb_per_s']:.0f} MB/s, {line['rows'] / (line['median_s'] * 1000):.0f}k rows/s"
                else:
                    note = f"{int(line['observations'])} observations"
                table.add(f"almanac-bench {line['benchmark']}", [(line["median_s"], line["peak_mib"]),
                          (line["min_s"], line["peak_mib"]), (line["max_s"], line["peak_mib"])], note)

    maps(table)

    if args.national:
        national(args, almanac, table, ratios)

    if args.killed:
        killed(args, almanac, table)

    serve = os.path.join(ROOT, "Scripts", "bench-serve.py")
    if os.path.exists(serve):
        print("bench: preview server", flush=True)
        run([sys.executable, serve, "--work", args.work, "--runs", str(max(args.runs, 5))])

    table.print(ratios)


if __name__ == "__main__":
    main()
