# dateline — the two commands a fresh machine needs are `make demo` and `make test`.
GO       ?= go
BIN      := bin/dateline
SHARED   ?= ../shared
FUZZTIME ?= 60s

.PHONY: eval-events all build test demo bench fuzz eval lint clean bench-tag bench-store beam-build beam-test bench-beam bench-corpus

all: build

build:
	$(GO) build -buildvcs=auto -o $(BIN) ./cmd/dateline

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
## On a loaded machine the fuzzing engine may fail a target with "context deadline
## exceeded" when its workers do not stop in time; that is no finding (go test writes
## every failing input to testdata/fuzz and says so), so such a run is made once more.
## Any other failure, or a second one, stops make fuzz.
FUZZ_OTHERS = \
	./resolve:FuzzTagSpans ./resolve/timeml:FuzzReadGold ./resolve/timeml:FuzzAnnotate ./resolve/timeml:FuzzWriteDocument \
	./timeline/article:FuzzParseText ./timeline/article:FuzzReadJSON ./timeline/article:FuzzJSONString \
	./timeline/article:FuzzParseDateline ./timeline/article:FuzzHTMLText \
	./timeline/article:FuzzReadFeed ./timeline/article:FuzzReadPage ./timeline/article:FuzzReadData \
	./timeline/extract:FuzzExtract ./timeline/extract:FuzzTokenize ./timeline/names:FuzzNameFold ./timeline:FuzzParseKind \
	./render:FuzzICSFold ./render:FuzzMDEscape ./cmd/dateline:FuzzTimexJSON ./timeline:FuzzEncodeJSON ./cmd/shiftcorpus:FuzzShift \
	./timeline/correct:FuzzParse
FUZZTIME_OTHERS ?= 15s
fuzz:
	@for t in ./resolve:FuzzTag:$(FUZZTIME) $(addsuffix :$(FUZZTIME_OTHERS),$(FUZZ_OTHERS)); do \
	  pkg=$${t%%:*}; rest=$${t#*:}; name=$${rest%%:*}; time=$${rest#*:}; \
	  echo "== $$name ($$pkg, $$time)"; \
	  for try in 1 2; do \
	    log=$$(mktemp); \
	    $(GO) test -run '^$$' -fuzz "^$$name\$$" -fuzztime $$time $$pkg > $$log 2>&1; rc=$$?; cat $$log; \
	    stalled=0; grep -q 'context deadline exceeded' $$log && ! grep -q 'Failing input written' $$log && stalled=1; \
	    rm -f $$log; \
	    [ $$rc -eq 0 ] && break; \
	    if [ $$stalled = 1 ] && [ $$try = 1 ]; then echo "(the engine did not stop in time and found nothing: once more)"; continue; fi; \
	    exit 1; \
	  done; \
	done

## eval: TempEval-3 figures on TimeBank, by dateline itself and by the shared scorer.
eval: build
	$(BIN) eval --timeml $(SHARED)/corpora/timebank
	python3 $(SHARED)/eval/timeml_score.py $(SHARED)/corpora/timebank '$(BIN) tag --anchor {dct}'
	python3 $(SHARED)/eval/seed_check.py $(BIN) all

## eval-events: event F1, dates and statuses on the development gold timelines
## (diplomacy-2021 and the four other voices); --errors lists every miss.
VOICES = swiss srilanka reuters state
eval-events: build
	python3 $(SHARED)/eval/timeline_score.py $(BIN) $(SHARED)/eval/gold/diplomacy-2021.json $(SHARED)/corpora/diplomacy-2021 | tail -1
	python3 docs/eval/status_agreement.py $(SHARED)/eval/timeline_score.py $(BIN) $(SHARED)/eval/gold/diplomacy-2021.json $(SHARED)/corpora/diplomacy-2021 | tail -1
	for v in $(VOICES); do \
	  echo "other-voices/$$v"; \
	  python3 $(SHARED)/eval/timeline_score.py $(BIN) $(SHARED)/eval/gold/other-voices/$$v.json $(SHARED)/corpora/other-voices/$$v | tail -1; \
	  python3 docs/eval/status_agreement.py $(SHARED)/eval/timeline_score.py $(BIN) $(SHARED)/eval/gold/other-voices/$$v.json $(SHARED)/corpora/other-voices/$$v | tail -1; \
	done

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

## bench-tag: `dateline tag` on one core (GOMAXPROCS=1) over the TimeBank articles
## concatenated to about 40 MB and to ten times that: wall time, MB/s and peak RSS
## (the resolver reads its input paragraph by paragraph, so the peak should not grow).
TAG_DIR ?= /tmp/dateline-bench-tag
bench-tag: build
	@mkdir -p $(TAG_DIR)
	@if [ ! -f $(TAG_DIR)/40.txt ]; then \
	  while [ $$(stat -c %s $(TAG_DIR)/40.txt 2>/dev/null || echo 0) -lt 41943040 ]; do \
	    cat $(SHARED)/corpora/timebank-articles/*.txt >> $(TAG_DIR)/40.txt; done; fi
	@if [ ! -f $(TAG_DIR)/400.txt ]; then \
	  for i in 1 2 3 4 5 6 7 8 9 10; do cat $(TAG_DIR)/40.txt; done > $(TAG_DIR)/400.txt; fi
	@for f in 40 400; do \
	  size=$$(stat -c %s $(TAG_DIR)/$$f.txt); \
	  GOMAXPROCS=1 /usr/bin/time -f "%e %M" -o $(TAG_DIR)/time.txt $(BIN) tag --anchor 1998-01-01 --format jsonl $(TAG_DIR)/$$f.txt > /dev/null; \
	  read secs kb < $(TAG_DIR)/time.txt; \
	  awk -v f=$$f -v n=$$size -v s=$$secs -v kb=$$kb 'BEGIN { printf "%s MB input (%d bytes): %.2f s wall, %.1f MB/s, %d KB peak RSS\n", f, n, s, n/s/1e6, kb }'; \
	done

## bench-store: queries on a store of the diplomacy corpus copied 720 times,
## each copy's dates a week later (as bench-build BENCH_SHIFT=1 makes it), and
## the same queries on its timeline JSON; then a second add of the corpus
## against the first. The store and the JSON are kept in STORE_BENCH_DIR and
## made again only when the binary builds the diplomacy corpus into other
## events than the build that made them: .complete holds the SHA-256 of that
## build's JSON.
STORE_BENCH_DIR    ?= /tmp/dateline-store-bench
STORE_BENCH_CORPUS ?= /tmp/dateline-bench-diplomacy-2021-720-shift1
bench-store: build
	@if [ ! -f $(STORE_BENCH_CORPUS)/.complete ]; then \
	  rm -rf $(STORE_BENCH_CORPUS); mkdir -p $(STORE_BENCH_CORPUS); \
	  $(GO) run ./cmd/shiftcorpus -copies 720 -weeks 1 $(SHARED)/corpora/diplomacy-2021 $(STORE_BENCH_CORPUS) || exit 1; \
	  touch $(STORE_BENCH_CORPUS)/.complete; fi
	@mkdir -p $(STORE_BENCH_DIR)
	@stamp=$$($(BIN) build -f json $(SHARED)/corpora/diplomacy-2021 2>/dev/null | sha256sum | cut -d' ' -f1); \
	if [ "$$(cat $(STORE_BENCH_DIR)/.complete 2>/dev/null)" != "$$stamp" ]; then \
	  echo "making the store and the JSON in $(STORE_BENCH_DIR) (none yet, or made by a build that gives other events)"; \
	  rm -f $(STORE_BENCH_DIR)/big.db* $(STORE_BENCH_DIR)/.complete; \
	  /usr/bin/time -f "add (a new store): %e s wall, %M KB peak RSS" $(BIN) add --db $(STORE_BENCH_DIR)/big.db $(STORE_BENCH_CORPUS) || exit 1; \
	  $(BIN) build -f json -o $(STORE_BENCH_DIR)/big.json $(STORE_BENCH_CORPUS) || exit 1; \
	  echo $$stamp > $(STORE_BENCH_DIR)/.complete; fi
	DATELINE_BENCH_DB=$(STORE_BENCH_DIR)/big.db $(GO) test -run '^$$' -bench 'QueryStore' -count 5 ./timeline/store/
	DATELINE_BENCH_JSON=$(STORE_BENCH_DIR)/big.json $(GO) test -run '^$$' -bench 'QueryJSON/date-range-week' -benchtime 1x -count 3 ./timeline/store/
	$(GO) test -run '^$$' -bench 'AddCorpus' -count 5 ./timeline/store/

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
