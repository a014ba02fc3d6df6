package timeline

import (
	"os"
	"testing"
)

// timebankArticles is the development corpus of news articles the
// extraction benchmarks read; it lives outside the module.
const timebankArticles = "../../shared/corpora/timebank-articles"

// BenchmarkExtractTimeBank measures Extract, resolver included, over the
// TimeBank news articles on one goroutine: the per-core throughput that
// `dateline build` can at best reach. Reading is done once, outside the
// timed loop, so that the figure is extraction alone. Run it with
// -cpuprofile and -memprofile to find hot spots:
//
//	go test ./timeline -run '^$' -bench ExtractTimeBank -benchmem \
//	    -cpuprofile /tmp/x.prof -memprofile /tmp/m.prof
func BenchmarkExtractTimeBank(b *testing.B) {
	if _, err := os.Stat(timebankArticles); err != nil {
		b.Skipf("corpus absent: %v", err)
	}
	var arts []Article
	Read([]string{timebankArticles}, ReadOptions{}, func(a Article) { arts = append(arts, a) }, func(error) {})
	if len(arts) == 0 {
		b.Skip("no articles read")
	}
	size := 0
	for _, a := range arts {
		size += len(a.Body)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		for _, a := range arts {
			Extract(a)
		}
	}
}
