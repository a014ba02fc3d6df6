package resolve

import (
	"os"
	"path/filepath"
	"testing"
)

// articlesDir holds the TimeBank stories as plain text, outside the
// repository (research data that must not be copied into it).
const articlesDir = "../../shared/corpora/timebank-articles"

func BenchmarkTag(b *testing.B) {
	files, _ := filepath.Glob(filepath.Join(articlesDir, "*.txt"))
	if len(files) == 0 {
		b.Skipf("no articles in %s: the TimeBank plain-text corpus is not installed", articlesDir)
	}
	var texts []string
	total := 0
	for _, f := range files {
		buf, err := os.ReadFile(f)
		if err != nil {
			b.Fatalf("reading %s: %v", f, err)
		}
		texts = append(texts, string(buf))
		total += len(buf)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	var tg Tagger
	for b.Loop() {
		for _, s := range texts {
			tg.Tag(s, mon3)
		}
	}
}
