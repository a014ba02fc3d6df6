# dateline — the two commands a fresh machine needs are `make demo` and `make test`.
GO       ?= go
BIN      := bin/dateline
SHARED   ?= ../shared
FUZZTIME ?= 60s

.PHONY: all build test demo bench fuzz eval lint clean

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
	$(GO) test -run '^$$' -bench . -benchmem ./resolve/ ./timeline/ ./render/

## fuzz: each fuzz target for FUZZTIME (default 60s).
fuzz:
	$(GO) test -run '^$$' -fuzz '^FuzzTag$$' -fuzztime $(FUZZTIME) ./resolve/
	$(GO) test -run '^$$' -fuzz '^FuzzReadGold$$' -fuzztime $(FUZZTIME) ./resolve/timeml/
	$(GO) test -run '^$$' -fuzz '^FuzzParseText$$' -fuzztime $(FUZZTIME) ./timeline/
	$(GO) test -run '^$$' -fuzz '^FuzzExtract$$' -fuzztime $(FUZZTIME) ./timeline/

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
