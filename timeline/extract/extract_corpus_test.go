package extract

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/article"
)

// describeMention is one line per mention plus its sentence, for reading
// extraction output by eye.
func describeMention(m timeline.Mention) string {
	var ps []string
	for _, p := range m.Participants {
		ps = append(ps, p.Name+"/"+string(p.Type))
	}
	w := "nil"
	if m.When != nil {
		w = fmt.Sprintf("%s %s..%s %s %q", m.When.Value, m.When.Range.First, m.When.Range.Last, m.When.Basis, m.When.Text)
	}
	return fmt.Sprintf("%d %s fmt=%q [%s] place=%q %s when=%s\n    %q", m.Index, m.Kind, m.Format, strings.Join(ps, ", "), m.Place, m.Status, w, m.Source.Sentence)
}

// TestExtractCorpusDump prints every mention of a corpus for reading by
// eye (precision checks): EXTRACT_DUMP=path go test ./timeline -run Dump -v
func TestExtractCorpusDump(t *testing.T) {
	dir := os.Getenv("EXTRACT_DUMP")
	if dir == "" {
		t.Skip("set EXTRACT_DUMP to a corpus path")
	}
	n, articles := 0, 0
	article.Read([]string{dir}, article.ReadOptions{}, func(a timeline.Article) {
		articles++
		ms := Extract(a)
		if len(ms) == 0 {
			return
		}
		fmt.Printf("=== %s | %s | published %s | anchor %s\n", a.ID, a.Headline, a.Published, a.Anchor())
		for _, m := range ms {
			n++
			fmt.Println(describeMention(m))
		}
	}, func(err error) { fmt.Println("ERROR", err) })
	fmt.Printf("articles: %d mentions: %d\n", articles, n)
}
