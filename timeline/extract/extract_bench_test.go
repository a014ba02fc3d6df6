package extract

import (
	"os"
	"testing"

	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/article"
)

// timebankArticles is the development corpus of news articles the
// extraction benchmarks read; it lives outside the module.
const timebankArticles = "../../../shared/corpora/timebank-articles"

// BenchmarkExtractTimeBank measures Extract, resolver included, over the
// TimeBank news articles on one goroutine: the per-core throughput that
// `dateline build` can at best reach. Reading is done once, outside the
// timed loop, so that the figure is extraction alone. Run it with
// -cpuprofile and -memprofile to find hot spots:
//
//	go test ./timeline -run '^$' -bench ExtractTimeBank -benchmem \
//	    -cpuprofile /tmp/x.prof -memprofile /tmp/m.prof
func BenchmarkExtractTimeBank(b *testing.B) {
	arts := timebankBench(b)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, a := range arts {
			Extract(a)
		}
	}
}

// BenchmarkTokenizeRecognise measures the reading passes that come before
// the resolver and the event rules: tokenizing, sentence splitting, named
// entity recognition and the article's cast, over the TimeBank articles on
// one goroutine, with buffers reused from one article to the next as
// Extract reuses them.
func BenchmarkTokenizeRecognise(b *testing.B) {
	arts := timebankBench(b)
	b.ReportAllocs()
	var toks []token
	var sents []sentence
	var ents []entity
	b.ResetTimer()
	for b.Loop() {
		for _, a := range arts {
			toks = tokenizeInto(toks, a.Body, 0)
			sents = splitSentencesInto(sents, toks)
			ents = ents[:0]
			all := make([][]entity, len(sents))
			for i, s := range sents {
				n := len(ents)
				ents = recogniseAppend(ents, s.Toks)
				all[i] = ents[n:len(ents):len(ents)]
			}
			buildCast(all)
		}
	}
}

// benchArticles reads the TimeBank articles for the reading benchmarks and
// sets the byte count; it skips the benchmark when the corpus is absent.
func benchArticles(b *testing.B) []timeline.Article {
	b.Helper()
	arts := timebankBench(b)
	b.ReportAllocs()
	return arts
}

// BenchmarkTokenize measures the tokenizer alone.
func BenchmarkTokenize(b *testing.B) {
	arts := benchArticles(b)
	var toks []token
	for b.Loop() {
		for _, a := range arts {
			toks = tokenizeInto(toks, a.Body, 0)
		}
	}
}

// BenchmarkSplitSentences measures the sentence splitter alone.
func BenchmarkSplitSentences(b *testing.B) {
	arts := benchArticles(b)
	toks := make([][]token, len(arts))
	for i, a := range arts {
		toks[i] = tokenize(a.Body, 0)
	}
	var sents []sentence
	for b.Loop() {
		for _, t := range toks {
			sents = splitSentencesInto(sents, t)
		}
	}
}

// BenchmarkRecognise measures the entity recogniser alone, over sentences
// tokenized beforehand.
func BenchmarkRecognise(b *testing.B) {
	arts := benchArticles(b)
	var sents [][]sentence
	for _, a := range arts {
		sents = append(sents, splitSentences(tokenize(a.Body, 0)))
	}
	var ents []entity
	for b.Loop() {
		for _, ss := range sents {
			ents = ents[:0]
			for _, s := range ss {
				ents = recogniseAppend(ents, s.Toks)
			}
		}
	}
}

// timebankBench reads the TimeBank articles for a benchmark, or skips it
// when the corpus is absent, and sets the bytes processed per op to the
// size of their bodies.
func timebankBench(b *testing.B) []timeline.Article {
	b.Helper()
	if _, err := os.Stat(timebankArticles); err != nil {
		b.Skipf("corpus absent: %v", err)
	}
	var arts []timeline.Article
	article.Read([]string{timebankArticles}, article.ReadOptions{}, func(a timeline.Article) { arts = append(arts, a) }, func(error) {})
	if len(arts) == 0 {
		b.Skip("no articles read")
	}
	size := 0
	for _, a := range arts {
		size += len(a.Body)
	}
	b.SetBytes(int64(size))
	return arts
}
