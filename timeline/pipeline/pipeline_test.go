package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/article"
	"github.com/dateline/dateline/timeline/extract"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// A timeline is built without the mentions in passing: extraction reports
// the undated past visits the text tells of, Build leaves them out, and
// keeps the article's news and its undated plan.
func TestBuildLeavesOutMentionsInPassing(t *testing.T) {
	text := "Salas and Reyes hold talks\nMar 06, 2023\n" +
		"Chilean President Pedro Salas held talks with Peruvian President Tomas Reyes in Lima today.\n\n" +
		"Salas recalled that his visits to Bolivia and Ecuador included substantive talks.\n\n" +
		"Reyes will visit Chile.\n"
	path := filepath.Join(t.TempDir(), "a.txt")
	require.NoError(t, os.WriteFile(path, []byte(text), 0o644))

	res, err := Build(context.Background(), []string{path}, Options{Jobs: 1})
	require.NoError(t, err)
	var kinds []string
	for _, e := range res.Timeline.Events {
		kinds = append(kinds, string(e.Kind)+" "+string(e.Status))
		assert.False(t, e.When == nil && e.Status == timeline.Occurred, "an undated past event: %s", e.ID)
	}
	assert.ElementsMatch(t, []string{"talks occurred", "visit planned"}, kinds)

	// Extraction itself reports the visits in passing, as the text has them.
	inPassing := 0
	var x extract.Extractor
	article.ReadFile(path, article.ReadOptions{}, func(a timeline.Article) {
		for _, m := range x.Extract(a) {
			if m.InPassing() {
				inPassing++
			}
		}
	}, func(err error) { t.Error(err) })
	assert.Equal(t, 2, inPassing, "the visits to Bolivia and Ecuador")
}
