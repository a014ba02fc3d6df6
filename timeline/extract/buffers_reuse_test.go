package extract

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/article"
)

// TestMentionsOutliveBuffers holds that nothing of an article's mentions
// shares memory with the buffers the next articles reuse (tokens, their
// lower-case forms): each article's mentions, written out as JSON right
// after extraction, read the same once every other article has been
// extracted with the same Extractor and through the pool.
func TestMentionsOutliveBuffers(t *testing.T) {
	var arts []timeline.Article
	for _, d := range []string{timebankArticles, "../../../shared/corpora/diplomacy-2021", "../../../shared/corpora/other-voices"} {
		if _, err := os.Stat(d); err != nil {
			t.Skipf("corpus absent: %v", err)
		}
		article.Read([]string{d}, article.ReadOptions{}, func(a timeline.Article) { arts = append(arts, a) }, func(error) {})
	}
	var e Extractor
	var all [][]timeline.Mention
	var first []string
	n := 0
	for _, a := range arts {
		ms := e.Extract(a)
		n += len(ms)
		b, err := json.Marshal(ms)
		if err != nil {
			t.Fatal(err)
		}
		first, all = append(first, string(b)), append(all, ms)
		Extract(a) // and through the pool
	}
	if n < 100 {
		t.Fatalf("only %d mentions in %d articles", n, len(arts))
	}
	for i, ms := range all {
		if b, _ := json.Marshal(ms); string(b) != first[i] {
			t.Fatalf("the mentions of %s changed as later articles were extracted", arts[i].ID)
		}
	}
}
