package extract

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dateline/dateline/timeline"
	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// sampleArticle is the seed article built by hand, as the reader would:
// headline on line 1, publication date on line 2, dateline "Kiev [Ukraine],
// January 3 :" opening the body.
func sampleArticle(t testing.TB) timeline.Article {
	raw, err := os.ReadFile("../../seeds/us-ukraine-call-2022-01-02.txt")
	require.NoError(t, err)
	lines := strings.SplitN(string(raw), "\n", 3)
	require.Len(t, lines, 3)
	body := lines[2]
	end := strings.Index(body, "January 3 :") + len("January 3 :")
	return timeline.Article{ID: "seeds/us-ukraine-call-2022-01-02.txt", Headline: lines[0],
		Published: date.New(2022, 1, 2), Body: body,
		Dateline: timeline.Dateline{Text: body[:end-2], Place: "Kiev", Country: "Ukraine", Date: date.New(2022, 1, 3), End: end}}
}

// goldenMention is a Mention as the golden file shows it.
type goldenMention struct {
	Kind         timeline.Kind   `json:"kind"`
	Format       string          `json:"format,omitempty"`
	Participants []string        `json:"participants"`
	Place        string          `json:"place,omitempty"`
	Status       timeline.Status `json:"status"`
	When         string          `json:"when"`
	DateText     string          `json:"date_text,omitempty"`
	Explained    bool            `json:"explained"`
	Sentence     string          `json:"sentence"`
}

func toGolden(ms []timeline.Mention) []goldenMention {
	out := []goldenMention{}
	for _, m := range ms {
		g := goldenMention{Kind: m.Kind, Format: m.Format, Place: m.Place, Status: m.Status,
			When: "null", DateText: m.Source.DateText, Sentence: m.Source.Sentence}
		for _, p := range m.Participants {
			s := p.Name + " (" + string(p.Type)
			if p.Role != "" {
				s += ", " + p.Role
			}
			if p.Country != "" && p.Country != p.Name {
				s += ", " + p.Country
			}
			g.Participants = append(g.Participants, s+")")
		}
		if m.When != nil {
			g.When = fmt.Sprintf("%s %s..%s %s", m.When.Value, m.When.Range.First, m.When.Range.Last, m.When.Basis)
			g.Explained = m.When.Explain != ""
		}
		out = append(out, g)
	}
	return out
}

func checkGolden(t *testing.T, name string, got any) {
	t.Helper()
	data, err := json.MarshalIndent(got, "", "  ")
	require.NoError(t, err)
	data = append(data, '\n')
	path := filepath.Join("..", "..", "testdata", "extract", name)
	if *update {
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, data, 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test ./timeline -run Golden -update to create it")
	assert.Equal(t, string(want), string(data))
}

// TestExtractGoldenSample pins every mention of the seed article.
func TestExtractGoldenSample(t *testing.T) {
	checkGolden(t, "us-ukraine-call-2022-01-02.json", toGolden(Extract(sampleArticle(t))))
}

// TestExtractSample checks the facts the timeline of the seed article
// depends on, independently of the golden file's wording.
func TestExtractSample(t *testing.T) {
	ms := Extract(sampleArticle(t))
	has := func(kind timeline.Kind, format, status, first, last, place string, names ...string) bool {
		for _, m := range ms {
			if m.Kind != kind || m.Format != format || string(m.Status) != status || m.Place != place || m.When == nil {
				continue
			}
			if m.When.Range.First.String() != first || m.When.Range.Last.String() != last || len(m.Participants) != len(names) {
				continue
			}
			ok := true
			for _, n := range names {
				ok = ok && hasParticipant(m.Participants, n)
			}
			if ok {
				return true
			}
		}
		return false
	}
	assert.True(t, has(timeline.Call, "", "occurred", "2021-12-27", "2022-01-01", "", "Volodymyr Zelenskyy", "Antony Blinken"), "Blinken–Zelenskyy, earlier this week, before the call")
	assert.True(t, has(timeline.Call, "", "occurred", "2021-12-30", "2021-12-30", "", "Joe Biden", "Vladimir Putin"), "Biden–Putin on Thursday")
	assert.True(t, has(timeline.Call, "", "occurred", "2022-01-02", "2022-01-02", "", "Joe Biden", "Volodymyr Zelenskyy"), "Biden–Zelenskyy on Sunday")
	assert.True(t, has(timeline.Meeting, "", "planned", "2022-01-10", "2022-01-10", "Geneva", "Russia", "United States"), "officials in Geneva on January 10")
	assert.True(t, has(timeline.Talks, "Strategic Stability Dialogue", "planned", "2022-01-10", "2022-01-16", "", "Russia", "United States"))
	assert.True(t, has(timeline.Summit, "NATO-Russia Council", "planned", "2022-01-10", "2022-01-16", "", "NATO", "Russia"))
	assert.True(t, has(timeline.Talks, "OSCE", "planned", "2022-01-10", "2022-01-16", "", "OSCE", "Russia", "United States"))
	biden := 0
	for _, m := range ms {
		assert.NotContains(t, m.Source.Sentence, "The US and NATO have voiced concerns", "a statement is not an event")
		if m.When != nil && m.When.Value == "2022-01-02" && hasParticipant(m.Participants, "Joe Biden") && hasParticipant(m.Participants, "Volodymyr Zelenskyy") {
			biden++
		}
	}
	assert.GreaterOrEqual(t, biden, 3, "three or more sentences report the Biden–Zelenskyy call")
}
