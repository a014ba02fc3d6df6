package extract

import (
	"fmt"
	"testing"

	"github.com/dateline/dateline/resolve"
	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/article"
	"github.com/rickb777/date/v2"
)

func ExampleExtract() {
	a := timeline.Article{
		ID:        "example.txt",
		Headline:  "Salas holds phone call with Reyes",
		Published: date.New(2023, 3, 6), // a Monday
		Body: "Chilean President Pedro Salas held a telephone call with Peruvian President Tomas Reyes on Friday. " +
			"The two are set to meet in Lima next week, and Bolivian and Brazilian officials will hold talks in Geneva on March 20.",
	}
	for _, m := range Extract(a) {
		fmt.Printf("%s %v %s %q", m.Kind, participantNames(m.Participants), m.Status, m.Place)
		if m.When != nil {
			fmt.Printf(" %s (%s)", m.When.Value, m.When.Basis)
		}
		fmt.Println()
	}
	// Output:
	// call [Pedro Salas Tomas Reyes] occurred "" 2023-03-03 (reference)
	// call [Pedro Salas Tomas Reyes] occurred "" 2023-03-03 (text)
	// talks [Bolivia Brazil] planned "Geneva" 2023-03-20 (text)
}

// One Extractor per goroutine keeps its buffers from article to article.
func ExampleExtractor() {
	var x Extractor
	for _, body := range []string{
		"Chilean President Pedro Salas met Peruvian President Tomas Reyes in Lima on Friday.",
		"Shares rose on Friday.",
	} {
		a := timeline.Article{ID: "a.txt", Published: date.New(2023, 3, 6), Body: body}
		fmt.Println(len(x.Extract(a)), "mentions")
	}
	// Output:
	// 1 mentions
	// 0 mentions
}

func participantNames(ps []timeline.Participant) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.Name)
	}
	return out
}

// FuzzExtract: Extract never panics, and every mention's evidence is a
// sentence of the article with its date text inside it.
func FuzzExtract(f *testing.F) {
	f.Add("Talks", "Chilean President Pedro Salas met Peruvian President Tomas Reyes in Lima on Friday.", 10)
	f.Add("", "The call between Salas and Reyes comes days before officials are set to meet in Geneva on January 10.", 0)
	f.Add("x", "\"We met,\" he said. @POTUS U.S.-Russia talks, at the OSCE; the NATO-Russia Council next week.", 3)
	f.Add("", "\xff\xfe\x00 met with \u00a0 Mr. . . ,", 2)
	f.Fuzz(func(t *testing.T, headline, body string, end int) {
		a := timeline.Article{ID: "fuzz", Headline: headline, Body: body, Published: date.New(2022, 1, 2),
			Dateline: timeline.Dateline{End: end}}
		for _, m := range Extract(a) {
			if m.Source.DateText != "" && m.Source.DateEnd > 0 {
				if m.Source.DateStart < 0 || m.Source.DateEnd > len(m.Source.Sentence) ||
					m.Source.Sentence[m.Source.DateStart:m.Source.DateEnd] != m.Source.DateText {
					t.Fatalf("date text %q not at %d:%d of %q", m.Source.DateText, m.Source.DateStart, m.Source.DateEnd, m.Source.Sentence)
				}
			}
			if len(m.Participants) == 0 {
				t.Fatalf("mention without participants: %+v", m)
			}
		}
	})
}

// BenchmarkExtract measures extraction, resolver included, over the seed
// article and the development corpora when they are present; the
// "resolve" sub-benchmark runs only the resolver over the same text, so
// that the extractor's own share can be told apart.
func BenchmarkExtract(b *testing.B) {
	arts := []timeline.Article{sampleArticle(b)}
	for _, dir := range []string{"../../../shared/corpora/timebank-articles", "../../../shared/corpora/diplomacy-2021"} {
		article.Read([]string{dir}, article.ReadOptions{}, func(a timeline.Article) { arts = append(arts, a) }, func(error) {})
	}
	size := 0
	for _, a := range arts {
		size += len(a.Body) + len(a.Headline)
	}
	b.Run("extract", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			for _, a := range arts {
				Extract(a)
			}
		}
	})
	b.Run("resolve", func(b *testing.B) {
		b.SetBytes(int64(size))
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			for _, a := range arts {
				anchor := resolve.Anchor{Date: a.Anchor(), Published: a.Published}
				resolve.Tag(a.Headline, anchor)
				resolve.Tag(a.Body, anchor)
			}
		}
	})
}
