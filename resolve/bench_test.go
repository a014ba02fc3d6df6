package resolve

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// articlesDir holds the TimeBank stories as plain text, outside the
// repository (research data that must not be copied into it).
const articlesDir = "../../shared/corpora/timebank-articles"

// articles returns the TimeBank stories and their total size.
func articles(b *testing.B) ([]string, int) {
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
	return texts, total
}

func BenchmarkTag(b *testing.B) {
	texts, total := articles(b)
	b.SetBytes(int64(total))
	b.ReportAllocs()
	var tg Tagger
	for b.Loop() {
		for _, s := range texts {
			tg.Tag(s, mon3)
		}
	}
}

// BenchmarkTagReader streams the TimeBank stories, one after the other as
// one text, through TagReader: what `dateline tag` does with its input.
func BenchmarkTagReader(b *testing.B) {
	texts, total := articles(b)
	all := strings.Join(texts, "")
	b.SetBytes(int64(total))
	b.ReportAllocs()
	var tg Tagger
	n := 0
	count := func(_ int, _ string, xs []Timex) error { n += len(xs); return nil }
	for b.Loop() {
		if err := tg.TagReader(strings.NewReader(all), mon3, count); err != nil {
			b.Fatal(err)
		}
	}
}
