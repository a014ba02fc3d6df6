package extract

import (
	"os"
	"strings"
	"testing"

	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/article"
	"github.com/rickb777/date/v2"

	"github.com/stretchr/testify/require"
)

func TestMayReportTokens(t *testing.T) {
	tests := []struct {
		sentence string
		want     bool
	}{
		{"Biden held a phone call with Putin on Thursday.", true},
		{"The two leaders met in Geneva on June 16.", true},
		{"The NATO-Russia Council will convene next week.", true}, // a named format
		{"Their engagement continues at the OSCE.", true},         // a word of diplomacy
		{"Officials will hold talks next week.", true},
		{"Shares fell 3% on Monday after the report.", false},
		{"The company will release its results next week.", false},
		{"He had a busy year.", false}, // "had" opens trigger phrases, but none matches
	}
	for _, tc := range tests {
		t.Run(tc.sentence, func(t *testing.T) {
			require.Equal(t, tc.want, mayReportTokens(tokenize(tc.sentence, 0)))
		})
	}
}

// TestExtractTagsOnlyWhatItNeeds holds Extract, which tags only the
// sentences that may report an event, to the mentions it finds when every
// sentence is tagged, over the development corpora and the seeds.
func TestExtractTagsOnlyWhatItNeeds(t *testing.T) {
	dirs := []string{"../../seeds", "../../../shared/corpora/diplomacy-2021", timebankArticles}
	read := 0
	for _, dir := range dirs {
		if _, err := os.Stat(dir); err != nil {
			t.Logf("skipping %s: %v", dir, err)
			continue
		}
		var arts []timeline.Article
		article.Read([]string{dir}, article.ReadOptions{}, func(a timeline.Article) { arts = append(arts, a) }, func(error) {})
		for _, a := range arts {
			fast := Extract(a)
			tagEveryUnit = true
			full := Extract(a)
			tagEveryUnit = false
			require.Equal(t, full, fast, "%s", a.ID)
			read++
		}
	}
	if read == 0 {
		t.Skip("no corpus found")
	}
	t.Logf("%d articles compared", read)
}

// TestExtractorReusesBuffers checks that an Extractor, which keeps its
// buffers from one article to the next, finds what Extract finds for each
// article alone, in whatever order articles of different sizes come.
func TestExtractorReusesBuffers(t *testing.T) {
	long := "WASHINGTON (Reuters) - " + strings.Repeat("Markets were calm on Monday. ", 400) +
		"President Joe Biden spoke with Russian President Vladimir Putin by phone on Thursday."
	arts := []timeline.Article{
		{ID: "short", Headline: "Blinken meets Lavrov in Stockholm", Published: date.New(2021, 12, 2),
			Body: "STOCKHOLM, December 2 (Reuters) - Secretary of State Antony Blinken met Russian Foreign Minister Sergei Lavrov on Thursday."},
		{ID: "long", Headline: "Biden and Putin talk", Published: date.New(2021, 12, 31), Body: long},
		{ID: "none", Headline: "Stocks rise", Published: date.New(2021, 12, 3), Body: "Shares rose on Friday."},
	}
	var x Extractor
	for _, order := range [][]int{{0, 1, 2}, {1, 0, 2}, {2, 1, 0, 1}} {
		for _, i := range order {
			require.Equal(t, Extract(arts[i]), x.Extract(arts[i]), "%s", arts[i].ID)
		}
	}
	require.NotEmpty(t, Extract(arts[0]))
	require.NotEmpty(t, Extract(arts[1]))
}
