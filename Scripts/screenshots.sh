#!/bin/sh
# Renders pages of a built Almanac site with headless Chromium, so that charts and tables can be
# looked at: light and dark mode, a phone-sized window, and the annual report printed to A4 PDF.
#
#   Scripts/screenshots.sh [--site DIR] [--out DIR] [--no-build] [PAGE…]
#
# PAGE is a path under the output folder without index.html (e.g. regions/quzhou); by default a
# home, region, indicator, year and article page of the example report. Needs `chromium`
# (Debian: apt-get install chromium fonts-noto-cjk). PNGs and the PDF go to --out
# (default .build/screenshots); the site is built into a temporary folder, never into Output/.
set -eu
cd "$(dirname "$0")/.."
site=.
out=.build/screenshots
build=yes
while [ $# -gt 0 ]; do
  case "$1" in
    --site) site=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --no-build) build=no; shift ;;
    -h|--help) sed -n '2,9p' "$0"; exit 0 ;;
    --*) echo "screenshots.sh: unknown option $1" >&2; exit 2 ;;
    *) break ;;
  esac
done
pages=${*:-"index regions/quzhou regions/zhejiang indicators/invention-patents indicators/industrial-output years/2024 pages/2022/linan pages/2024/quzhou"}
browser=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
[ -n "$browser" ] || { echo "screenshots.sh: chromium not found (apt-get install chromium)" >&2; exit 1; }

[ "$build" = yes ] && swift build --product almanac
html=$(mktemp -d)
trap 'rm -rf "$html"' EXIT
.build/debug/almanac build --site "$site" --output "$html/site" --quiet
mkdir -p "$out"
root=$(cd "$html/site" && pwd)

url() { # page → its file URL
  if [ "$1" = index ]; then echo "file://$root/index.html"; else echo "file://$root/${1%/}/index.html"; fi
}
shoot() { # png-name url extra-flags…
  png="$out/$1.png"; target=$2; shift 2
  "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --screenshot="$png" "$@" "$target" 2>/dev/null
  echo "$png"
}
for page in $pages; do
  shoot "$(echo "${page%/}" | tr / _)" "$(url "$page")" --window-size=1200,2600
done
# Dark mode and a phone-sized window for the first two pages.
for page in $(echo "$pages" | cut -d' ' -f1-2); do
  name=$(echo "${page%/}" | tr / _)
  shoot "$name-dark" "$(url "$page")" --window-size=1200,2600 --force-dark-mode --blink-settings=preferredColorScheme=0
  shoot "$name-phone" "$(url "$page")" --window-size=390,2600
done
# The annual report pages as printed (A4, the theme's print sheet).
for page in $pages; do
  case "$page" in years/*)
    pdf="$out/$(echo "${page%/}" | tr / _)-print.pdf"
    "$browser" --headless --no-sandbox --disable-gpu --no-pdf-header-footer --print-to-pdf="$pdf" "$(url "$page")" 2>/dev/null
    echo "$pdf" ;;
  esac
done
