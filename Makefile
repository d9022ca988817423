# Almanac — the two commands of the README:
#   make build   set up, build almanac (release) and build the example report into Output/
#   make test    set up and run the tests
#   make serve   set up, build almanac (release) and preview the example report with live reload
#   make bench   Almanac against Hugo and the libcmark floor (Scripts/bench.py; not part of make test)
# Set-up installs libcmark-dev and pkg-config with apt-get when pkg-config cannot find libcmark.

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: build test serve bench deps clean

build: deps
	$(SWIFT) build -c release --product almanac
	.build/release/almanac build

test: deps
	$(SWIFT) test

serve: deps
	$(SWIFT) build -c release --product almanac
	.build/release/almanac serve

bench: deps
	python3 Scripts/bench.py $(BENCH_ARGS)

deps:
	@if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists libcmark; then \
		echo "make: installing libcmark-dev and pkg-config (apt-get)"; \
		$(SUDO) apt-get update && $(SUDO) apt-get install -y libcmark-dev pkg-config; \
	fi

clean:
	rm -rf .build Output bench-work
