package pipeline

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"os"
	"testing"

	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/article"
	"github.com/dateline/dateline/timeline/extract"
	"github.com/dateline/dateline/timeline/merge"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// diplomacyCorpus is the development corpus of diplomatic news the
// merge tests read; it lives outside the module.
const diplomacyCorpus = "../../../shared/corpora/diplomacy-2021"

// articleMentions reads a corpus and extracts the mentions of each
// article, in reading order.
func articleMentions(t *testing.T, dir string) [][]timeline.Mention {
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("corpus not found: %v", err)
	}
	var out [][]timeline.Mention
	var x extract.Extractor
	article.Read([]string{dir}, article.ReadOptions{}, func(a timeline.Article) {
		out = append(out, timeline.WithoutInPassing(x.Extract(a)))
	}, func(err error) { t.Error(err) })
	require.NotEmpty(t, out)
	return out
}

// encode writes tl as `dateline build -f json` does.
func encode(t *testing.T, tl timeline.Timeline) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	require.NoError(t, enc.Encode(tl))
	return b.Bytes()
}

// roundTrip writes tl as JSON and reads it back, as a timeline file would
// be.
func roundTrip(t *testing.T, tl timeline.Timeline) timeline.Timeline {
	back, err := timeline.DecodeJSON(encode(t, tl), func(err error) { t.Error(err) })
	require.NoError(t, err)
	return back
}

// TestMergeIsAssociative splits the articles of the development corpus at
// random into 2 to 5 parts, twenty times; builds a timeline of each part,
// writes it as JSON and reads it back; and combines the parts, all at once
// and two by two in a random nesting. Every result must be byte for byte
// the JSON of one build over all the articles: same events, same ids, same
// sources.
func TestMergeIsAssociative(t *testing.T) {
	perArticle := articleMentions(t, diplomacyCorpus)
	var all []timeline.Mention
	for _, ms := range perArticle {
		all = append(all, ms...)
	}
	whole := merge.Merge(all)
	want := encode(t, whole)
	require.Greater(t, len(whole.Events), 100)

	r := rand.New(rand.NewPCG(2021, 11))
	for split := range 20 {
		k := 2 + r.IntN(4)
		parts := make([][]timeline.Mention, k)
		for _, ms := range perArticle {
			p := r.IntN(k)
			parts[p] = append(parts[p], ms...)
		}
		partials := make([]timeline.Timeline, k)
		for i, ms := range parts {
			partials[i] = roundTrip(t, merge.Merge(ms))
		}
		got := encode(t, merge.Combine(partials...))
		if !assert.True(t, bytes.Equal(want, got), "split %d into %d parts: combined all at once differs from one build", split, k) {
			continue
		}
		// Two by two, each intermediate result written and read back.
		order := r.Perm(k)
		acc := partials[order[0]]
		for _, i := range order[1:] {
			if r.IntN(2) == 0 {
				acc = roundTrip(t, merge.Combine(acc, partials[i]))
			} else {
				acc = roundTrip(t, merge.Combine(partials[i], acc))
			}
		}
		assert.True(t, bytes.Equal(want, encode(t, acc)), "split %d into %d parts: combined two by two differs from one build", split, k)
	}
}

// TestSourcesKeepEveryField: a merge keeps each mention compactly and
// makes its source again; every source of the timeline, and of the
// timeline read back and combined with itself, is one an extracted mention
// gave, field for field (the publisher and the URL of its article
// included). The feeds of testdata give URLs and publishers; the
// development corpus gives publishers.
func TestSourcesKeepEveryField(t *testing.T) {
	var all []timeline.Mention
	var x extract.Extractor
	article.Read([]string{"../../testdata/feeds"}, article.ReadOptions{}, func(a timeline.Article) {
		all = append(all, x.Extract(a)...)
	}, func(error) {}) // one item has no date, on purpose
	for _, ms := range articleMentions(t, diplomacyCorpus) {
		all = append(all, ms...)
	}
	type sentence struct{ article, text string }
	given := map[sentence][]timeline.Source{}
	for _, m := range all {
		k := sentence{m.Source.Article, m.Source.Sentence}
		given[k] = append(given[k], m.Source)
	}
	tl := merge.Merge(all)
	withURL := 0
	for _, got := range []timeline.Timeline{tl, merge.Combine(roundTrip(t, tl), roundTrip(t, tl))} {
		for _, e := range got.Events {
			for _, s := range e.Sources {
				s.Mentions = nil
				if s.URL != "" {
					withURL++
				}
				assert.Contains(t, given[sentence{s.Article, s.Sentence}], s, "event %s", e.ID)
			}
		}
	}
	assert.Positive(t, withURL, "some sources give a URL")
}
