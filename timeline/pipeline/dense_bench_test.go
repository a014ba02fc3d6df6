package pipeline

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/extract"
	"github.com/dateline/dateline/timeline/merge"
	"github.com/rickb777/date/v2"
)

// denseArticle is one article of about size bytes that reports an event
// in nearly every sentence: calls and meetings of 320 invented leaders of
// 16 countries on days spread over 28 years, and undated talks of two of
// them named by surname ("Holm and Moro also held talks"), which may be
// any of their events in the article.
func denseArticle(size int, seed uint64) timeline.Article {
	r := rand.New(rand.NewPCG(seed, 7))
	given := strings.Fields("Ana Ben Cleo Dev Eli Faye Gus Hal Ida Jon Kai Lea Max Nia Oto Pia")
	surnames := strings.Fields("Abara Brook Castell Dorn Ekwe Fiorin Grady Holm Ivers Jukic Kallio Lund Moro Nadir Osei Pratt Quist Rahn Sorel Toma")
	countries := strings.Fields("Norway Japan Austria Nigeria Italy Chile Kenya Peru Ghana Canada Mexico Egypt Brazil India Spain Poland")
	name := func(i int) string { return given[i%len(given)] + " " + surnames[i/len(given)] }
	country := func(i int) string { return countries[i%len(countries)] }
	first := date.New(1995, 1, 2)
	var b strings.Builder
	for b.Len() < size {
		x, y := r.IntN(len(given)*len(surnames)), r.IntN(len(given)*len(surnames))
		if x == y {
			continue
		}
		day := (first + date.Date(r.IntN(365*28))).Format("2 January 2006")
		switch r.IntN(4) {
		case 0:
			fmt.Fprintf(&b, "On %s, President %s of %s held a phone call with President %s of %s.\n", day, name(x), country(x), name(y), country(y))
		case 1:
			fmt.Fprintf(&b, "President %s of %s met President %s of %s on %s.\n", name(x), country(x), name(y), country(y), day)
		case 2:
			fmt.Fprintf(&b, "%s and %s also held talks.\n", strings.Fields(name(x))[1], strings.Fields(name(y))[1])
		default:
			b.WriteString("The two leaders discussed regional security, energy prices and the coming harvest at length.\n")
		}
	}
	return timeline.Article{ID: "dense.txt", Headline: "Leaders keep talking", Published: date.New(2023, 1, 3), Body: b.String()}
}

// BenchmarkDenseArticle extracts and merges one event-dense article of
// 0.5, 1, 2 and 4 MB on one core. Every mention is compared only with the
// events that share a key and a week with it, so the time per MB stays the
// same as the article grows (it grew with the square of the mentions when
// an undated mention was compared with every event of its article).
func BenchmarkDenseArticle(b *testing.B) {
	for _, mb := range []float64{0.5, 1, 2, 4} {
		a := denseArticle(int(mb*1e6), 1)
		b.Run(fmt.Sprintf("%gMB", mb), func(b *testing.B) {
			var x extract.Extractor
			n := 0
			for b.Loop() {
				var s merge.Set
				s.Add(x.Extract(a)...)
				n = len(s.Merge(merge.Options{Jobs: 1}).Events)
			}
			b.SetBytes(int64(len(a.Body)))
			b.ReportMetric(float64(n), "events")
		})
	}
}
