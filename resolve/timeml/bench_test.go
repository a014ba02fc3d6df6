package timeml

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

// BenchmarkParseGold parses the fixture documents; SetBytes makes it report MB/s.
func BenchmarkParseGold(b *testing.B) {
	var files [][]byte
	size := 0
	for _, name := range []string{"a.tml", "b.tml", "c.tml"} {
		data, err := os.ReadFile(filepath.Join(agreeDir, "gold", name))
		require.NoError(b, err)
		files = append(files, data)
		size += len(data)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		for _, data := range files {
			if _, err := ParseGold("bench.tml", data); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkScore scores 200 gold spans against 200 system spans, every
// other one shifted so that half the matches are relaxed only.
func BenchmarkScore(b *testing.B) {
	var gold, sys []Span
	for i := range 200 {
		gold = append(gold, Span{Start: 20 * i, End: 20*i + 10, Type: "DATE", Value: "2020"})
		sys = append(sys, Span{Start: 20*i + i%2, End: 20*i + 10, Type: "DATE", Value: "2020"})
	}
	b.ReportAllocs()
	for b.Loop() {
		Score(gold, sys)
	}
}
