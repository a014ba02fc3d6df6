package store

import (
	"bytes"
	"cmp"
	"context"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/article"
	"github.com/dateline/dateline/timeline/extract"
	"github.com/dateline/dateline/timeline/merge"
)

// diplomacyCorpus is the development corpus the store is tested on; it
// lives outside the module.
const diplomacyCorpus = "../../../shared/corpora/diplomacy-2021"

// corpusArticle is an article with the mentions extraction found in it.
type corpusArticle struct {
	art      Article
	mentions []timeline.Mention
}

func readCorpus(t testing.TB, dir string) []corpusArticle {
	t.Helper()
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("corpus not found: %v", err)
	}
	var out []corpusArticle
	var x extract.Extractor
	article.Read([]string{dir}, article.ReadOptions{}, func(a timeline.Article) {
		out = append(out, corpusArticle{art: NewArticle(a), mentions: x.Extract(a)})
	}, func(err error) { t.Error(err) })
	require.NotEmpty(t, out)
	return out
}

// encode is the timeline JSON `dateline build -f json` writes.
func encode(t testing.TB, tl timeline.Timeline) []byte {
	var b bytes.Buffer
	require.NoError(t, timeline.EncodeJSON(&b, &tl))
	return b.Bytes()
}

func oneBuild(t testing.TB, arts []corpusArticle) []byte {
	var s merge.Set
	for _, a := range arts {
		s.Add(a.mentions...)
	}
	return encode(t, s.Merge(merge.Options{}))
}

func addAll(t testing.TB, s *Store, arts []corpusArticle) Report {
	t.Helper()
	var as []Article
	var ms []timeline.Mention
	for _, a := range arts {
		as = append(as, a.art)
		ms = append(ms, a.mentions...)
	}
	rep, err := s.Add(context.Background(), as, ms)
	require.NoError(t, err)
	return rep
}

func storedJSON(t testing.TB, s *Store) []byte {
	tl, err := s.Timeline(context.Background())
	require.NoError(t, err)
	return encode(t, tl)
}

func openTemp(t testing.TB) *Store {
	s, err := Open(filepath.Join(t.TempDir(), "t.db"), Create)
	require.NoError(t, err)
	t.Cleanup(func() { s.Close() })
	return s
}

// byDate orders articles by publication day, then id.
func byDate(arts []corpusArticle) {
	slices.SortStableFunc(arts, func(a, b corpusArticle) int {
		return cmp.Or(cmp.Compare(a.art.Published, b.art.Published), cmp.Compare(a.art.ID, b.art.ID))
	})
}

// TestAddInHalvesIsOneBuild adds the corpus in two halves by date: the
// store's timeline is byte for byte the one build over all of it, and
// adding everything again adds nothing.
func TestAddInHalvesIsOneBuild(t *testing.T) {
	arts := readCorpus(t, diplomacyCorpus)
	want := oneBuild(t, arts)
	byDate(arts)
	s := openTemp(t)
	half := len(arts) / 2
	first := addAll(t, s, arts[:half])
	assert.Equal(t, half, first.New)
	assert.Equal(t, string(oneBuild(t, arts[:half])), string(storedJSON(t, s)), "the first half alone")
	second := addAll(t, s, arts[half:])
	t.Logf("first half: %+v\nsecond half: %+v", first, second)
	assert.Equal(t, len(arts)-half, second.New)
	assert.Less(t, second.Groups, first.Events, "the second half merges again only the groups it touches")
	got := storedJSON(t, s)
	assert.True(t, bytes.Equal(want, got), "store after two halves differs from one build")
	again := addAll(t, s, arts)
	assert.Equal(t, 0, again.New)
	assert.Equal(t, len(arts), again.Known)
	assert.Equal(t, 0, again.Written)
	assert.Equal(t, string(want), string(storedJSON(t, s)))
}

// TestAddInRandomBatches adds the corpus in 2 to 6 batches of random
// articles, in ten random ways; each time the store is one build.
func TestAddInRandomBatches(t *testing.T) {
	if testing.Short() {
		t.Skip("adds the corpus ten times")
	}
	arts := readCorpus(t, diplomacyCorpus)
	want := oneBuild(t, arts)
	r := rand.New(rand.NewPCG(11, 2021))
	for round := range 10 {
		k := 2 + r.IntN(5)
		batches := make([][]corpusArticle, k)
		for _, a := range arts {
			i := r.IntN(k)
			batches[i] = append(batches[i], a)
		}
		s := openTemp(t)
		for _, b := range batches {
			addAll(t, s, b)
		}
		assert.True(t, bytes.Equal(want, storedJSON(t, s)), "round %d, %d batches: the store differs from one build", round, k)
	}
}

// TestReplacedArticle adds an article, then a new version of it under the
// same id: the store is the build of the new version, and the old
// version's events are gone.
func TestReplacedArticle(t *testing.T) {
	arts := readCorpus(t, diplomacyCorpus)
	byDate(arts)
	s := openTemp(t)
	addAll(t, s, arts[:20])
	// The 20th article comes back with another text under the id of the
	// 10th.
	changed := arts[19]
	changed.art.ID = arts[9].art.ID
	changed.art.Headline += " (updated)"
	changed.art.Hash = HashOf(&changed.art.Article)
	changed.mentions = slices.Clone(changed.mentions)
	for i := range changed.mentions {
		changed.mentions[i].Article = changed.art.ID
		changed.mentions[i].Source.Article = changed.art.ID
		changed.mentions[i].Source.Headline = changed.art.Headline
	}
	rep := addAll(t, s, []corpusArticle{changed})
	assert.Equal(t, 1, rep.Replaced)
	after := append(slices.Clone(arts[:9]), arts[10:20]...)
	after = append(after, changed)
	assert.Equal(t, string(oneBuild(t, after)), string(storedJSON(t, s)))
}

// TestAddCancelledLeavesStore cancels an add: nothing of it is kept.
func TestAddCancelledLeavesStore(t *testing.T) {
	arts := readCorpus(t, diplomacyCorpus)
	byDate(arts)
	s := openTemp(t)
	addAll(t, s, arts[:50])
	before := storedJSON(t, s)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	var as []Article
	var ms []timeline.Mention
	for _, a := range arts[50:] {
		as = append(as, a.art)
		ms = append(ms, a.mentions...)
	}
	_, err := s.Add(ctx, as, ms)
	require.Error(t, err)
	assert.Equal(t, string(before), string(storedJSON(t, s)))
	st, err := s.Stats(context.Background())
	require.NoError(t, err)
	assert.Equal(t, 50, st.Articles)
}
