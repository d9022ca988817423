#!/usr/bin/env python3
"""Lays pages of a built Almanac site out in headless Chromium, as a phone and a desktop show them,
and reports what a reader would hit: charts cut off or needing a sideways scroll, chart text
rendered too small, tables wider than their box, a page wider than the screen — and, with --axe,
the WCAG 2.1 A/AA violations axe-core finds at each width.

    Scripts/page-fit.py [--widths 390,1280] [--axe axe.min.js [--axe-widths 390]] [--open-details] OUTPUT [PAGE ...]

OUTPUT is a built site (or any folder of HTML, such as the chart gallery); PAGE a path under it
(`regions/linan/`, `index.html`); without PAGE every .html file under OUTPUT. Prints one JSON
line per page and width, then a summary; exits 1 when any page fails, 2 when it cannot run.

A page fails at a width when: the document is wider than the window; a chart (svg.chart) reaches
past the window or sits in a box it overflows (a sideways scroll); its smallest chart text
renders below --min-text px (11; font size x rendered width / viewBox width); a chart is shown in
both of its drawings or in neither (an svg.chart followed by its svg.chart-narrow: exactly one
is displayed) — a chart in a table row (a sparkline) counts as part of its table; a table is
wider than its box and the box does not scroll; at widths of 1000 px or more (a desktop), a table
scrolls sideways in its box (--allow-table-scroll to accept it); a table's latest year
(th.latest, or a phone's th.narrow-only column) is out of view as the page opens; axe finds a
violation. Tables and charts inside closed <details> are not laid out by the browser and
are skipped, unless --open-details opens them first.

Needs `chromium` (Debian: apt-get install chromium fonts-noto-cjk). axe.min.js ships in the PyPI
wheel axe-playwright-python (pip download --no-deps axe-playwright-python; unzip
axe_playwright_python/axe.min.js). The site is served from a copy on 127.0.0.1, on a port the
system picks; nothing is written into OUTPUT.
"""
import argparse
import functools
import html
import http.server
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading

MEASURE = r"""<script>
addEventListener('load', () => setTimeout(() => {
  if (%(open)s) for (const d of document.querySelectorAll('details')) d.open = true;
  const W = innerWidth, r = {width: W, docWidth: document.documentElement.scrollWidth, charts: [], tables: [], pairs: []};
  let minText = null;
  const shown = e => e.getBoundingClientRect().width > 0;
  for (const s of document.querySelectorAll('svg.chart')) {
    if (s.closest('details:not([open])')) continue;
    const b = s.getBoundingClientRect(); if (b.width === 0) continue;
    let box = s.parentElement, scrolled = false;
    while (box && box !== document.body) {
      const cs = getComputedStyle(box);
      if (/(auto|scroll|hidden)/.test(cs.overflowX) && box.clientWidth < b.width - 1) { scrolled = true; break; }
      box = box.parentElement;
    }
    const vb = s.viewBox.baseVal, scale = b.width / (vb && vb.width ? vb.width : b.width);
    let smallest = null;
    for (const t of s.querySelectorAll('text')) {
      if (!t.textContent.trim() || t.getBoundingClientRect().height === 0) continue;
      const px = parseFloat(getComputedStyle(t).fontSize) * scale;
      if (smallest === null || px < smallest) smallest = px;
    }
    if (smallest !== null && (minText === null || smallest < minText)) minText = smallest;
    r.charts.push({id: s.id, left: Math.round(b.left), right: Math.round(b.right), width: Math.round(b.width),
                   scrolled: scrolled, inTable: !!s.closest('table'), minText: smallest === null ? null : Math.round(smallest * 10) / 10});
  }
  for (const narrow of document.querySelectorAll('svg.chart-narrow')) {
    const wide = narrow.previousElementSibling;
    if (!wide || !wide.matches('svg.chart') || narrow.closest('details:not([open])')) continue;
    r.pairs.push({id: wide.id, shown: (shown(wide) ? 1 : 0) + (shown(narrow) ? 1 : 0)});
  }
  r.minChartTextPx = minText === null ? null : Math.round(minText * 10) / 10;
  for (const t of document.querySelectorAll('table')) {
    if (t.closest('details:not([open])')) continue;
    const b = t.getBoundingClientRect(); if (b.width === 0) continue;
    const p = t.parentElement, cs = getComputedStyle(p);
    // The latest year's column (or a phone's column of latest figures) must be in view as the
    // page opens, not scrolled away or under a sticky column of names.
    let latestHidden = false;
    const latest = [...t.querySelectorAll('thead th.latest, thead th.narrow-only')].find(shown);
    if (latest) {
      // Brought into the window vertically only (a hit test sees only what is in the window).
      scrollTo(0, scrollY + latest.getBoundingClientRect().top - innerHeight / 2);
      const lb = latest.getBoundingClientRect(), pb = p.getBoundingClientRect();
      const hit = document.elementFromPoint((lb.left + lb.right) / 2, (lb.top + lb.bottom) / 2);
      latestHidden = lb.left < pb.left - 1 || lb.right > pb.right + 1 || !(hit && latest.contains(hit));
    }
    r.tables.push({caption: (t.caption ? t.caption.textContent : '').slice(0, 40), right: Math.round(b.right),
                   width: Math.round(b.width), box: Math.round(p.clientWidth), scrolls: /(auto|scroll)/.test(cs.overflowX),
                   latestHidden: latestHidden});
  }
  scrollTo(0, 0);
  const d = (parent && parent !== window) ? parent.document : document;
  const pre = d.createElement('pre'); pre.id = '__measure'; pre.textContent = JSON.stringify(r); d.body.appendChild(pre);
}, 300));
</script>"""

AXE = """<script src="/__axe.js"></script><script>
addEventListener('load', () => setTimeout(() => axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}}).then(r => {
  const v = r.violations.map(x => ({id: x.id, impact: x.impact, nodes: x.nodes.length, example: (x.nodes[0] || {}).html}));
  const d = (parent && parent !== window) ? parent.document : document;
  const pre = d.createElement('pre'); pre.id = '__axe'; pre.textContent = JSON.stringify(v); d.body.appendChild(pre);
}), 300));
</script>"""


def arguments():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("output")
    parser.add_argument("pages", nargs="*")
    parser.add_argument("--widths", default="390,1280", help="comma-separated window widths in CSS px (default 390,1280)")
    parser.add_argument("--min-text", type=float, default=11.0, help="smallest chart text allowed, px (default 11)")
    parser.add_argument("--axe", metavar="AXE_MIN_JS", help="also audit each page with this axe-core build")
    parser.add_argument("--axe-widths", help="audit only at these comma-separated widths (default: every width)")
    parser.add_argument("--open-details", action="store_true", help="open every <details> before measuring")
    parser.add_argument("--allow-table-scroll", action="store_true", help="accept tables that scroll sideways on a desktop")
    parser.add_argument("--browser", default=None, help="the Chromium to run (default: chromium on PATH)")
    parser.add_argument("--timeout", type=int, default=90, help="seconds per page load (default 90)")
    return parser.parse_args()


def page_list(root, pages):
    if not pages:
        found = []
        for folder, _, files in os.walk(root):
            found += [os.path.relpath(os.path.join(folder, f), root) for f in files if f.endswith(".html")]
        return sorted(found)
    return [p.rstrip("/") + "/index.html" if not p.endswith(".html") else p for p in (q.lstrip("/") for q in pages)]


def serve(folder):
    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *_):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=folder))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def load(browser, port, width, page, marker, timeout, budget):
    """The JSON the injected script left in the wrapper page, or an error string."""
    url = f"http://127.0.0.1:{port}/__wrap{width}.html#{page}"
    command = [browser, "--headless=new", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--mute-audio",
               f"--window-size={max(width, 800) + 20},1000", f"--virtual-time-budget={budget}", "--dump-dom", url]
    try:
        dom = subprocess.run(command, capture_output=True, text=True, timeout=timeout).stdout
    except subprocess.TimeoutExpired:
        return None, "chromium timed out"
    found = re.search(rf'<pre id="{marker}">(.*?)</pre>', dom, re.S)
    return (json.loads(html.unescape(found.group(1))), None) if found else (None, "no measurement (page did not load?)")


def verdict(r, width, args):
    """The failures of one page at one width."""
    failures = []
    if r["docWidth"] > r["width"] + 1:
        failures.append(f"page {r['docWidth']}px wide in a {r['width']}px window")
    # A sparkline in a table row moves with its table, whose own fit is checked below.
    cut = [c["id"] or "?" for c in r["charts"] if not c["inTable"] and (c["right"] > r["width"] + 1 or c["left"] < -1 or c["scrolled"])]
    if cut:
        failures.append(f"{len(cut)} chart(s) cut or scrolled sideways: {', '.join(cut[:5])}")
    if r["minChartTextPx"] is not None and r["minChartTextPx"] < args.min_text:
        small = [c["id"] for c in r["charts"] if c["minText"] is not None and c["minText"] < args.min_text]
        failures.append(f"chart text {r['minChartTextPx']}px < {args.min_text}px in {', '.join(small[:5])}")
    wrong = [f"{p['id']} ({p['shown']} shown)" for p in r["pairs"] if p["shown"] != 1]
    if wrong:
        failures.append(f"{len(wrong)} chart(s) not shown in exactly one drawing: {', '.join(wrong[:5])}")
    over = [t for t in r["tables"] if t["width"] > t["box"] + 1]
    cut_tables = [t for t in over if not t["scrolls"]]
    if cut_tables:
        failures.append(f"{len(cut_tables)} table(s) wider than their box: {', '.join(t['caption'] or '?' for t in cut_tables[:5])}")
    hidden = [t for t in r["tables"] if t.get("latestHidden")]
    if hidden:
        failures.append(f"{len(hidden)} table(s) open with their latest year out of view: {', '.join(t['caption'] or '?' for t in hidden[:5])}")
    scrolling = [t for t in over if t["scrolls"]]
    if scrolling and width >= 1000 and not args.allow_table_scroll:
        failures.append(f"{len(scrolling)} table(s) scroll sideways on a desktop: {', '.join(t['caption'] or '?' for t in scrolling[:5])}")
    return failures


def main():
    args = arguments()
    browser = args.browser or shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if not browser:
        print("page-fit.py: chromium not found (apt-get install chromium fonts-noto-cjk)", file=sys.stderr)
        return 2
    if not os.path.isdir(args.output):
        print(f"page-fit.py: {args.output} is not a folder", file=sys.stderr)
        return 2
    widths = [int(w) for w in args.widths.split(",") if w.strip()]
    pages = page_list(args.output, args.pages)
    work = tempfile.mkdtemp(prefix="page-fit.")
    try:
        site = os.path.join(work, "site")
        shutil.copytree(args.output, site)
        if args.axe:
            shutil.copy(args.axe, os.path.join(site, "__axe.js"))
        for width in widths:
            # Chromium's window has a minimum width, so each page is laid out in an iframe of exactly WIDTH.
            with open(os.path.join(site, f"__wrap{width}.html"), "w", encoding="utf-8") as f:
                f.write("<!doctype html><body style='margin:0'><script>const p=location.hash.slice(1);"
                        f"document.write('<iframe src=\"/'+p+'\" style=\"border:0;width:{width}px;height:900px\"></iframe>')</script></body>")
        server = serve(site)
        port = server.server_address[1]
        failed = 0
        checked = 0
        for page in pages:
            path = os.path.join(site, page)
            if not os.path.isfile(path):
                print(json.dumps({"page": page, "error": "missing"}))
                failed += 1
                continue
            with open(path, encoding="utf-8") as f:
                original = f.read()
            for width in widths:
                script = MEASURE % {"open": "true" if args.open_details else "false"}
                with open(path, "w", encoding="utf-8") as f:
                    f.write(original.replace("</body>", script + "</body>", 1))
                r, error = load(browser, port, width, page, "__measure", args.timeout, 4000)
                report = {"page": page, "width": width}
                if error:
                    report |= {"error": error, "ok": False}
                else:
                    failures = verdict(r, width, args)
                    report |= {"docWidth": r["docWidth"], "charts": len(r["charts"]), "minChartTextPx": r["minChartTextPx"],
                               "tables": len(r["tables"]), "failures": failures}
                audited = not args.axe_widths or str(width) in args.axe_widths.split(",")
                if args.axe and audited and not error:
                    with open(path, "w", encoding="utf-8") as f:
                        f.write(original.replace("</body>", AXE + "</body>", 1))
                    violations, axe_error = load(browser, port, width, page, "__axe", args.timeout * 2, 15000)
                    if axe_error:
                        report["failures"].append(f"axe: {axe_error}")
                    else:
                        report["axe"] = violations
                        report["failures"] += [f"axe {v['id']} ({v['impact']}, {v['nodes']} node(s)): {v['example'][:120]}" for v in violations]
                report["ok"] = not error and not report["failures"]
                if os.environ.get("PAGE_FIT_DEBUG") and r:
                    report["detail"] = {"charts": r["charts"], "tables": r["tables"]}
                print(json.dumps(report, ensure_ascii=False), flush=True)
                checked += 1
                failed += 0 if report["ok"] else 1
            with open(path, "w", encoding="utf-8") as f:
                f.write(original)
        server.shutdown()
        print(f"page-fit: {checked} page layout(s) at {', '.join(map(str, widths))} px, {failed} failing", file=sys.stderr)
        return 1 if failed else 0
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
