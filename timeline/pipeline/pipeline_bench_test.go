package pipeline

import (
	"os"
	"runtime/debug"
	"testing"

	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/article"
	"github.com/dateline/dateline/timeline/merge"
)

// timebankArticles is the development corpus of news articles the
// benchmarks read; it lives outside the module.
const timebankArticles = "../../../shared/corpora/timebank-articles"

// BenchmarkBuildTimeBank is `dateline build -j 1` without the output: the
// TimeBank articles read from disk on one goroutine, extracted on another,
// gathered on a third and merged, with the collector working to the
// memory budget that build gives it (GOGC off, a soft memory limit). Its MB/s is the end-to-end figure per extraction worker; run
// with -cpu 1 for one core.
func BenchmarkBuildTimeBank(b *testing.B) {
	if _, err := os.Stat(timebankArticles); err != nil {
		b.Skipf("corpus not found: %v", err)
	}
	defer debug.SetGCPercent(debug.SetGCPercent(-1)) // as cmd/dateline's tuneGC
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(352 << 20))
	var bytes int64
	for b.Loop() {
		arts := make(chan timeline.Article, 64)
		var st article.Stats
		go func() {
			defer close(arts)
			st = article.Read([]string{timebankArticles}, article.ReadOptions{}, func(a timeline.Article) { arts <- a }, func(err error) { b.Error(err) })
		}()
		tl := Collect(arts, 1, nil).Merge(merge.Options{Jobs: 1})
		if len(tl.Events) == 0 {
			b.Fatal("no events")
		}
		bytes = st.Bytes
	}
	b.SetBytes(bytes)
}
