# dateline — the two commands a fresh machine needs are `make demo` and `make test`.
GO       ?= go
BIN      := bin/dateline
SHARED   ?= ../shared
FUZZTIME ?= 60s

.PHONY: all build test demo bench fuzz eval lint clean beam-build beam-test bench-beam bench-corpus

all: build

build:
	$(GO) build -o $(BIN) ./cmd/dateline

## test: vet, formatting and every test (the browser test skips without chromium).
test: lint
	$(GO) test -count=1 ./...

## demo: the main job on seeds/: the HTML timeline and the Markdown report in out/.
demo: build
	@mkdir -p out
	$(BIN) build seeds -f html -o out/timeline.html
	$(BIN) build seeds -f md -o out/report.md
	$(BIN) build seeds -f json -o out/timeline.json
	@echo "wrote out/timeline.html, out/report.md and out/timeline.json"

## bench: the speed figures quoted in README (MB/s, allocs/op).
bench:
	$(GO) test -run '^$$' -bench . -benchmem ./resolve/... ./timeline/... ./render/

## fuzz: FuzzTag (the resolver) for FUZZTIME (default 60s), every other fuzz target
## for FUZZTIME_OTHERS (default 15s). Each target must run alone: go test -fuzz takes one.
FUZZ_OTHERS = \
	./resolve:FuzzTagSpans ./resolve/timeml:FuzzReadGold ./resolve/timeml:FuzzAnnotate ./resolve/timeml:FuzzWriteDocument \
	./timeline/article:FuzzParseText ./timeline/article:FuzzReadJSON ./timeline/article:FuzzJSONString \
	./timeline/article:FuzzParseDateline ./timeline/article:FuzzHTMLText \
	./timeline/extract:FuzzExtract ./timeline/extract:FuzzTokenize ./timeline/names:FuzzNameFold ./timeline:FuzzParseKind \
	./render:FuzzICSFold ./render:FuzzMDEscape ./timeline:FuzzEncodeJSON ./cmd/shiftcorpus:FuzzShift
FUZZTIME_OTHERS ?= 15s
fuzz:
	$(GO) test -run '^$$' -fuzz '^FuzzTag$$' -fuzztime $(FUZZTIME) ./resolve/
	@for t in $(FUZZ_OTHERS); do \
	  pkg=$${t%%:*}; name=$${t##*:}; \
	  echo "== $$name ($$pkg)"; \
	  $(GO) test -run '^$$' -fuzz "^$$name\$$" -fuzztime $(FUZZTIME_OTHERS) $$pkg || exit 1; \
	done

## eval: TempEval-3 figures on TimeBank, by dateline itself and by the shared scorer.
eval: build
	$(BIN) eval --timeml $(SHARED)/corpora/timebank
	python3 $(SHARED)/eval/timeml_score.py $(SHARED)/corpora/timebank '$(BIN) tag --anchor {dct}'
	python3 $(SHARED)/eval/seed_check.py $(BIN) all

lint:
	$(GO) vet ./...
	@out=$$(gofmt -l .); if [ -n "$$out" ]; then echo "gofmt needed on:"; echo "$$out"; exit 1; fi

clean:
	rm -rf bin out

## bench-build: end-to-end `dateline build` over a development corpus copied to
## about 100 MB (BENCH_SOURCE, default the TimeBank articles): wall time, MB/s and
## peak memory with -j 1, -j 2, and -j 1 on one core (GOMAXPROCS=1).
## BENCH_SHIFT=1 moves every date of copy k by (k-1)*BENCH_WEEKS weeks (cmd/shiftcorpus),
## so that the copies report distinct events instead of merging into the same ones:
##   make bench-build BENCH_SOURCE=diplomacy-2021 BENCH_COPIES=720 BENCH_SHIFT=1
BENCH_SOURCE ?= timebank-articles
BENCH_COPIES ?= 290
BENCH_SHIFT  ?= 0
BENCH_WEEKS  ?= 1
BENCH_DIR    ?= /tmp/dateline-bench-$(BENCH_SOURCE)-$(BENCH_COPIES)$(if $(filter 1,$(BENCH_SHIFT)),-shift$(BENCH_WEEKS))
bench-build: build bench-corpus
	@echo "corpus: $$(find $(BENCH_DIR) -name '*.txt' -printf '%s\n' | awk '{s+=$$1} END {print s}') bytes in $$(find $(BENCH_DIR) -name '*.txt' | wc -l) article files"
	@for j in 1 2; do \
	  /usr/bin/time -f "-j $$j: %e s wall, %U s user, %S s sys, %M KB peak RSS" $(BIN) build -j $$j -f json -o /dev/null $(BENCH_DIR) 2>&1 | grep -v '^dateline: read' ; \
	done
	@GOMAXPROCS=1 /usr/bin/time -f "-j 1, one core (GOMAXPROCS=1): %e s wall, %M KB peak RSS" $(BIN) build -j 1 -f json -o /dev/null $(BENCH_DIR) 2>&1 | grep -v '^dateline: read'

## bench-corpus: the corpus bench-build and bench-beam read (BENCH_DIR), made once.
bench-corpus:
	@if [ ! -f $(BENCH_DIR)/.complete ]; then \
	  rm -rf $(BENCH_DIR); mkdir -p $(BENCH_DIR); \
	  if [ "$(BENCH_SHIFT)" = 1 ]; then \
	    $(GO) run ./cmd/shiftcorpus -copies $(BENCH_COPIES) -weeks $(BENCH_WEEKS) $(SHARED)/corpora/$(BENCH_SOURCE) $(BENCH_DIR) || exit 1; \
	  else \
	    for i in $$(seq 1 $(BENCH_COPIES)); do cp -r $(SHARED)/corpora/$(BENCH_SOURCE) $(BENCH_DIR)/copy$$i; done; \
	  fi; \
	  touch $(BENCH_DIR)/.complete; fi

## The Apache Beam pipeline (cmd/dateline-beam) is a Go module of its own, so that
## the main module, `make test` and bin/dateline carry none of Beam's dependencies.
BEAM_DIR := cmd/dateline-beam
BEAM_BIN := bin/dateline-beam

## beam-build: bin/dateline-beam.
beam-build:
	cd $(BEAM_DIR) && $(GO) build -o $(CURDIR)/$(BEAM_BIN) .

## beam-test: vet and test the Beam module; its pipeline runs on Prism in `go test`
## over diplomacy-2021 and timebank-articles and must write byte for byte what
## bin/dateline build writes.
beam-test: build
	cd $(BEAM_DIR) && $(GO) vet ./... && \
	  DATELINE=$(CURDIR)/$(BIN) SHARED=$(abspath $(SHARED)) $(GO) test -count=1 ./...

## bench-beam: bin/dateline-beam on Prism against `dateline build -j 2` on the bench
## corpus, BENCH_RUNS times each, alternating; wall time, MB/s and peak memory:
##   make bench-beam BENCH_SOURCE=diplomacy-2021 BENCH_COPIES=360 BENCH_SHIFT=1
BENCH_RUNS ?= 3
bench-beam: build beam-build bench-corpus
	@bytes=$$(find $(BENCH_DIR) -name '*.txt' -printf '%s\n' | awk '{s+=$$1} END {print s}'); \
	echo "corpus: $$bytes bytes in $$(find $(BENCH_DIR) -name '*.txt' | wc -l) article files"; \
	out=$$(mktemp -d); \
	for i in $$(seq 1 $(BENCH_RUNS)); do \
	  /usr/bin/time -o $$out/t -f "%e %M" $(BIN) build -j 2 -f json -o $$out/build.json $(BENCH_DIR) 2>/dev/null; \
	  awk -v b=$$bytes '{printf "dateline build -j 2: %.1f s wall = %.1f MB/s, %d MB peak RSS\n", $$1, b/1e6/$$1, $$2/1024}' $$out/t; \
	  /usr/bin/time -o $$out/t -f "%e %M" $(BEAM_BIN) -o $$out/beam.json $(BENCH_DIR) 2>$$out/log || { cat $$out/log; exit 1; }; \
	  awk -v b=$$bytes '{printf "dateline-beam (Prism): %.1f s wall = %.1f MB/s, %d MB peak RSS\n", $$1, b/1e6/$$1, $$2/1024}' $$out/t; \
	  cmp -s $$out/build.json $$out/beam.json && echo "  same bytes" || { echo "  OUTPUTS DIFFER"; exit 1; }; \
	done; \
	tail -1 $$out/log; rm -rf $$out
