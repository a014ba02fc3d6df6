package merge

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"github.com/dateline/dateline/resolve"
	"github.com/dateline/dateline/timeline"
	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// syntheticMentions makes n mentions of invented events: each event is
// reported by one to four articles, with text, reference, publication or no
// dates, the surname only or the full name, planned or occurred.
func syntheticMentions(n int, seed uint64) []timeline.Mention {
	r := rand.New(rand.NewPCG(seed, 99))
	countriesPool := []string{"Norway", "Japan", "Austria", "Nigeria", "Italy", "Chile", "Kenya", "Peru", "Ghana", "Canada", "Mexico", "Egypt", "Brazil", "India", "Spain", "Poland"}
	given := []string{"Ana", "Ben", "Cleo", "Dev", "Eli", "Faye", "Gus", "Hal", "Ida", "Jon"}
	surnames := []string{"Abara", "Brook", "Castell", "Dorn", "Ekwe", "Fiorin", "Grady", "Holm", "Ivers", "Jukic", "Kallio", "Lund"}
	leader := func(c int) timeline.Participant {
		return person(given[c%len(given)]+" "+surnames[c%len(surnames)]+fmt.Sprint(c/len(surnames)), countriesPool[c%len(countriesPool)])
	}
	kinds := []timeline.Kind{timeline.Call, timeline.Call, timeline.Meeting, timeline.Talks, timeline.Visit, timeline.Summit}
	var out []timeline.Mention
	start := ymd("2031-01-01")
	for ev := 0; len(out) < n; ev++ {
		a, b := r.IntN(40), r.IntN(40)
		if a == b {
			b = (a + 1) % 40
		}
		kind := kinds[r.IntN(len(kinds))]
		day := start + dateOffset(r.IntN(365))
		reports := 1 + r.IntN(4)
		for k := 0; k < reports && len(out) < n; k++ {
			pa, pb := leader(a), leader(b)
			if r.IntN(3) == 0 {
				pa = person(surnames[a%len(surnames)]+fmt.Sprint(a/len(surnames)), "")
			}
			m := mb{kind: kind, who: []timeline.Participant{pa, pb}, article: fmt.Sprintf("outlet-%d/art-%d", k, ev), // each report from another outlet
				published: (day + dateOffset(k)).String(), index: r.IntN(5), status: timeline.Occurred}
			if kind == timeline.Visit || kind == timeline.Meeting {
				m.place = "City" + fmt.Sprint(a%7)
			}
			switch r.IntN(10) {
			case 0:
				m.when = nil
			case 1, 2:
				m.when = onDay((day + dateOffset(k%2)).String(), timeline.FromPublication)
			case 3:
				m.status = timeline.Planned
				m.when = inRange("week", (day - dateOffset(int(day)%7)).String(), (day - dateOffset(int(day)%7) + 6).String(), resolve.GranWeek)
			case 4:
				m.when = onDay(day.String(), timeline.FromReference)
			default:
				m.when = onDay(day.String(), timeline.FromText)
			}
			mention := m.mention()
			mention.Source.Explain = fmt.Sprintf("truth %d", ev)
			out = append(out, mention)
		}
	}
	return out
}

// dateOffset converts a day count for date arithmetic.
func dateOffset(n int) date.Date { return date.Date(n) }

// goldenMentions is a hand-built set of mentions from three invented
// articles about one week of diplomacy: calls, a visit with a meeting, a
// named dialogue announced for a week and then for a day, an organisation
// session, an undated reference and a postponed summit.
func goldenMentions() []timeline.Mention {
	lind := person("Maja Lindqvist", "Sweden")
	oyelaran := person("Tunde Oyelaran", "Nigeria")
	castell := person("Rafael Castell", "Chile")
	week := inRange("2032-W10", "2032-03-01", "2032-03-07", resolve.GranWeek)
	return mentions(
		mb{kind: timeline.Call, who: []timeline.Participant{lind, oyelaran}, when: onDay("2032-02-26", timeline.FromText), article: "wire/a.txt", published: "2032-02-27", index: 0,
			sentence: "On Thursday, Prime Minister Maja Lindqvist held a phone call with President Tunde Oyelaran.", dateText: "On Thursday"},
		mb{kind: timeline.Call, who: []timeline.Participant{person("Lindqvist", ""), person("Oyelaran", "")}, article: "wire/a.txt", published: "2032-02-27", index: 1,
			sentence: "During the call, Lindqvist and Oyelaran discussed grain shipments."},
		mb{kind: timeline.Call, who: []timeline.Participant{person("Tunde Oyelaran", "Nigeria"), person("Maja Lindqvist", "Sweden")}, when: onDay("2032-02-27", timeline.FromPublication), article: "wire/b.txt", published: "2032-02-27", index: 0,
			sentence: "President Oyelaran spoke by telephone with the Swedish prime minister."},
		mb{kind: timeline.Talks, format: "Southern Ports Dialogue", who: []timeline.Participant{country("Sweden"), country("Chile")}, status: timeline.Planned, when: week, article: "wire/a.txt", published: "2032-02-27", index: 2,
			sentence: "Officials will open the Southern Ports Dialogue next week.", dateText: "next week"},
		mb{kind: timeline.Meeting, who: []timeline.Participant{country("Chile"), country("Sweden")}, place: "Lisbon", status: timeline.Planned, when: onDay("2032-03-03", timeline.FromText), article: "wire/c.txt", published: "2032-02-28", index: 0,
			sentence: "Chilean and Swedish negotiators are set to meet in Lisbon on March 3.", dateText: "on March 3"},
		mb{kind: timeline.Summit, who: []timeline.Participant{org("OSCE"), country("Chile"), country("Sweden")}, status: timeline.Planned, when: week, article: "wire/a.txt", published: "2032-02-27", index: 3,
			sentence: "A session at the OSCE will follow next week.", dateText: "next week"},
		mb{kind: timeline.Visit, who: []timeline.Participant{castell, lind}, place: "Stockholm", when: onDay("2032-02-25", timeline.FromText), article: "wire/c.txt", published: "2032-02-28", index: 1,
			sentence: "President Castell visited Stockholm on Wednesday.", dateText: "on Wednesday"},
		mb{kind: timeline.Meeting, who: []timeline.Participant{person("Castell", ""), person("Lindqvist", "")}, place: "Stockholm", when: onDay("2032-02-25", timeline.FromReference), article: "wire/c.txt", published: "2032-02-28", index: 2,
			sentence: "At the meeting, Castell and Lindqvist signed a port agreement."},
		mb{kind: timeline.Summit, who: []timeline.Participant{oyelaran, castell}, status: timeline.Planned, when: inRange("2032-04", "2032-04-01", "2032-04-30", resolve.GranMonth), article: "wire/b.txt", published: "2032-02-27", index: 1,
			sentence: "A summit between the two leaders was planned for April.", dateText: "April"},
		mb{kind: timeline.Summit, who: []timeline.Participant{oyelaran, castell}, status: timeline.Postponed, when: inRange("2032-04", "2032-04-01", "2032-04-30", resolve.GranMonth), article: "wire/c.txt", published: "2032-02-28", index: 3,
			sentence: "The April summit has been postponed.", dateText: "April"},
	)
}

// TestMergeSyntheticTruth merges synthetic reports whose true events are
// known and measures how many true events come out exactly: one Event with
// all of their reports and nothing else. Two events of the same people,
// kind and week are told apart only by their days, and undated reports
// with more than one candidate stay apart on purpose, so this is not 100%.
func TestMergeSyntheticTruth(t *testing.T) {
	in := syntheticMentions(20_000, 8)
	truthSize := map[string]int{}
	for _, m := range in {
		truthSize[m.Source.Explain]++
	}
	tl := Merge(in)
	exact, mixed := 0, 0
	for _, e := range tl.Events {
		truths := map[string]int{}
		for _, s := range e.Sources {
			truths[s.Explain]++
		}
		if len(truths) > 1 {
			mixed++
			continue
		}
		for tr, n := range truths {
			if n == truthSize[tr] {
				exact++
			}
		}
	}
	t.Logf("true events %d, merged events %d, exactly recovered %d (%.1f%%), events mixing two true events %d (%.1f%%)",
		len(truthSize), len(tl.Events), exact, 100*float64(exact)/float64(len(truthSize)), mixed, 100*float64(mixed)/float64(len(tl.Events)))
	assert.Greater(t, float64(exact)/float64(len(truthSize)), 0.85)
	assert.Less(t, float64(mixed)/float64(len(tl.Events)), 0.05)
}

func TestMergeGolden(t *testing.T) {
	got := mustJSON(t, Merge(goldenMentions())) + "\n"
	path := filepath.Join("..", "..", "testdata", "merge", "golden.json")
	if *update {
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test ./timeline -run Golden -update to create it")
	require.Equal(t, string(want), got)
}

// BenchmarkMerge100k merges 100,000 synthetic mentions. Besides wall time
// it reports cpu-ns/op, the process CPU time (all threads, GC included) per
// merge, which stays meaningful on a machine shared with other work.
func BenchmarkMerge100k(b *testing.B) {
	in := syntheticMentions(100_000, 42)
	b.ReportAllocs()
	n, start := 0, processCPU()
	for b.Loop() {
		Merge(in)
		n++
	}
	b.ReportMetric(float64(processCPU()-start)/float64(n), "cpu-ns/op")
}

// processCPU is the user and system CPU time this process has used.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// hotPairArticle is one article reporting n calls between the same two
// leaders, each on its own day, and n/10 undated talks of the two.
func hotPairArticle(n int) []timeline.Mention {
	a, b := person("Amara Okafor", "Nigeria"), person("Lukas Brenner", "Austria")
	var out []timeline.Mention
	for i := range n {
		day := ymd("2001-01-01") + dateOffset(i)
		out = append(out, mb{kind: timeline.Call, who: []timeline.Participant{a, b}, when: onDay(day.String(), timeline.FromText),
			article: "wire/daily", published: "2031-01-01", index: i}.mention())
		if i%10 == 0 {
			out = append(out, mb{kind: timeline.Talks, who: []timeline.Participant{a, b}, article: "wire/daily", published: "2031-01-01", index: n + i}.mention())
		}
	}
	return out
}

// BenchmarkMergeHotPair merges one article with 2,500 to 20,000 calls of
// one pair of leaders on different days (and an undated report of the pair
// for every ten): each doubling of the mentions should double the time,
// not quadruple it.
func BenchmarkMergeHotPair(b *testing.B) {
	for _, n := range []int{2500, 5000, 10000, 20000} {
		in := hotPairArticle(n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				Merge(in)
			}
		})
	}
}
