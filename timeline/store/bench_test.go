package store

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/require"

	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/article"
	"github.com/dateline/dateline/timeline/extract"
)

// The query benchmarks read a large store and the timeline JSON of the
// same articles, made by `make bench-store` (the diplomacy corpus copied
// 720 times, each copy's dates moved a week further: 79,023 events when
// this was written):
//
//	DATELINE_BENCH_DB=/tmp/dateline-store-bench/big.db DATELINE_BENCH_JSON=/tmp/dateline-store-bench/big.json \
//	  go test -run '^$' -bench Query -count 5 ./timeline/store/
//
// Without them they are skipped.

// benchQueries are the questions asked of both: a week of dates, a
// phrase of the sources, and both with a participant.
var benchQueries = []struct {
	name string
	f    timeline.Filter
}{
	{"date-range-week", timeline.Filter{From: date.New(2030, 6, 3), To: date.New(2030, 6, 9)}},
	{"date-range-month", timeline.Filter{From: date.New(2030, 6, 1), To: date.New(2030, 6, 30)}},
	{"text", timeline.Filter{Text: "Strategic Stability Dialogue"}},
	{"text-rare", timeline.Filter{Text: "Xiomara Castro"}},
	{"who-kind-range", timeline.Filter{Who: []string{"putin"}, Kinds: []timeline.Kind{timeline.Call}, From: date.New(2030, 1, 1), To: date.New(2030, 12, 31)}},
}

func benchStore(b *testing.B) *Store {
	path := os.Getenv("DATELINE_BENCH_DB")
	if path == "" {
		b.Skip("DATELINE_BENCH_DB is not set (make bench-store sets it)")
	}
	s, err := Open(path, Existing)
	require.NoError(b, err)
	b.Cleanup(func() { s.Close() })
	return s
}

// BenchmarkQueryStore answers each query from the store's indexes.
func BenchmarkQueryStore(b *testing.B) {
	s := benchStore(b)
	st, err := s.Stats(context.Background())
	require.NoError(b, err)
	for _, q := range benchQueries {
		b.Run(q.name, func(b *testing.B) {
			n := 0
			for b.Loop() {
				tl, err := s.Select(context.Background(), q.f)
				require.NoError(b, err)
				n = len(tl.Events)
			}
			b.ReportMetric(float64(n), "events")
			b.ReportMetric(float64(st.Events), "stored")
		})
	}
}

// BenchmarkQueryJSON answers the same queries from the timeline JSON
// file, as `dateline query timeline.json` does: read, decode, select.
func BenchmarkQueryJSON(b *testing.B) {
	path := os.Getenv("DATELINE_BENCH_JSON")
	if path == "" {
		b.Skip("DATELINE_BENCH_JSON is not set (make bench-store sets it)")
	}
	for _, q := range benchQueries[:3] {
		b.Run(q.name, func(b *testing.B) {
			n := 0
			for b.Loop() {
				data, err := os.ReadFile(path)
				require.NoError(b, err)
				tl, err := timeline.DecodeJSON(data, nil)
				require.NoError(b, err)
				n = len(tl.Query(q.f).Events)
			}
			b.ReportMetric(float64(n), "events")
		})
	}
}

// addCorpus does what `dateline add` does with a folder: read every
// article, hash it, extract those the store does not know, add them.
func addCorpus(b *testing.B, s *Store, dir string) Report {
	var fresh []Article
	var mentions []timeline.Mention
	var x extract.Extractor
	article.Read([]string{dir}, article.ReadOptions{}, func(a timeline.Article) {
		sa := NewArticle(a)
		known, err := s.Known(context.Background(), sa.Hash)
		require.NoError(b, err)
		if !known {
			fresh = append(fresh, sa)
			mentions = append(mentions, x.Extract(a)...)
		}
	}, func(err error) { b.Error(err) })
	if len(fresh) == 0 {
		return Report{}
	}
	rep, err := s.Add(context.Background(), fresh, mentions)
	require.NoError(b, err)
	return rep
}

// BenchmarkAddCorpus adds the development corpus to a new store (first),
// then adds it again to a store that holds it (again): the second reads
// and hashes every article, finds each one known, and extracts and
// merges nothing.
func BenchmarkAddCorpus(b *testing.B) {
	if _, err := os.Stat(diplomacyCorpus); err != nil {
		b.Skipf("corpus not found: %v", err)
	}
	b.Run("first", func(b *testing.B) {
		for b.Loop() {
			b.StopTimer()
			s, err := Open(filepath.Join(b.TempDir(), "t.db"), Create)
			require.NoError(b, err)
			b.StartTimer()
			addCorpus(b, s, diplomacyCorpus)
			b.StopTimer()
			s.Close()
			b.StartTimer()
		}
	})
	b.Run("again", func(b *testing.B) {
		s, err := Open(filepath.Join(b.TempDir(), "t.db"), Create)
		require.NoError(b, err)
		defer s.Close()
		addCorpus(b, s, diplomacyCorpus)
		for b.Loop() {
			if rep := addCorpus(b, s, diplomacyCorpus); rep.New != 0 {
				b.Fatalf("added %d articles again", rep.New)
			}
		}
	})
}
