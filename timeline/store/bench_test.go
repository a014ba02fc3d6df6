package store

import (
	"context"
	"os"
	"testing"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/require"

	"github.com/dateline/dateline/timeline"
)

// The query benchmarks read a large store and the timeline JSON of the
// same articles, made by `make bench-store` (the diplomacy corpus copied
// 720 times, each copy's dates moved a week further: 74,485 events):
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
