package render

import (
	"fmt"
	"testing"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"

	"github.com/dateline/dateline/resolve"
	"github.com/dateline/dateline/timeline"
)

func TestDisplayDate(t *testing.T) {
	tests := []struct {
		name string
		when *timeline.When
		want string
	}{
		{"nil", nil, "undated"},
		{"day", &timeline.When{Value: "2021-12-30", Range: rng("2021-12-30", "2021-12-30"), Granularity: "day"}, "Thu 30 Dec 2021"},
		{"time of day shows its day", &timeline.When{Value: "2022-01-10T09:00", Range: rng("2022-01-10", "2022-01-10"), Granularity: "time"}, "Mon 10 Jan 2022"},
		{"week", &timeline.When{Value: "2022-W02", Range: rng("2022-01-10", "2022-01-16"), Granularity: "week"}, "week of 10 Jan 2022"},
		{"week across years", &timeline.When{Value: "2021-W52", Range: rng("2021-12-27", "2022-01-02"), Granularity: "week"}, "week of 27 Dec 2021"},
		{"month", &timeline.When{Value: "2021-12", Range: rng("2021-12-01", "2021-12-31"), Granularity: "month"}, "December 2021"},
		{"months", &timeline.When{Value: "2021-12", Range: rng("2021-12-01", "2022-01-31"), Granularity: "month"}, "December 2021 – January 2022"},
		{"quarter", &timeline.When{Value: "2021-Q4", Range: rng("2021-10-01", "2021-12-31"), Granularity: "quarter"}, "Q4 2021"},
		{"quarter without value", &timeline.When{Range: rng("2021-10-01", "2021-12-31"), Granularity: "quarter"}, "Oct–Dec 2021"},
		{"season", &timeline.When{Value: "2012-SU", Range: rng("2012-06-01", "2012-08-31"), Granularity: "season"}, "summer 2012"},
		{"year", &timeline.When{Value: "2022", Range: rng("2022-01-01", "2022-12-31"), Granularity: "year"}, "2022"},
		{"decade", &timeline.When{Value: "199", Range: rng("1990-01-01", "1999-12-31"), Granularity: "decade"}, "1990s"},
		{"century", &timeline.When{Value: "20", Range: rng("2001-01-01", "2100-12-31"), Granularity: "century"}, "21st century"},
		{"range of days", &timeline.When{Value: "", Range: rng("2021-12-30", "2022-01-02"), Granularity: "day"}, "Thu 30 Dec 2021 – Sun 2 Jan 2022"},
		{"unknown granularity, one day", &timeline.When{Range: rng("2022-01-03", "2022-01-03")}, "Mon 3 Jan 2022"},
		{"end before start", &timeline.When{Value: "X", Range: rng("2022-01-03", "2022-01-01"), Granularity: "day"}, "X"},
		{"nothing usable", &timeline.When{}, "undated"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, DisplayDate(tt.when))
		})
	}
}

func TestOrdinal(t *testing.T) {
	for n, want := range map[int]string{1: "1st", 2: "2nd", 3: "3rd", 4: "4th", 11: "11th", 12: "12th", 13: "13th", 21: "21st", 22: "22nd", 101: "101st", 111: "111th"} {
		assert.Equal(t, want, ordinal(n))
	}
}

func TestDisplayOrder(t *testing.T) {
	day := func(id, s, e string) timeline.Event {
		return timeline.Event{ID: id, When: &timeline.When{Range: rng(s, e), Granularity: "day"}}
	}
	events := []timeline.Event{
		{ID: "z-undated"},
		day("b", "2022-01-10", "2022-01-16"),
		day("c", "2022-01-10", "2022-01-10"),
		{ID: "a-undated"},
		day("a", "2022-01-10", "2022-01-10"),
		day("d", "2021-12-01", "2021-12-31"),
		{ID: "zero-date", When: &timeline.When{}},
	}
	dated, undated := displayOrder(events)
	var got []string
	for _, e := range dated {
		got = append(got, e.ID)
	}
	assert.Equal(t, []string{"d", "a", "c", "b"}, got)
	got = nil
	for _, e := range undated {
		got = append(got, e.ID)
	}
	assert.Equal(t, []string{"a-undated", "z-undated", "zero-date"}, got)
	assert.Equal(t, "z-undated", events[0].ID, "input order unchanged")
}

func TestHighlight(t *testing.T) {
	tests := []struct {
		name                string
		src                 timeline.Source
		before, date, after string
	}{
		{"offsets", timeline.Source{Sentence: "They met on Monday in Paris.", DateText: "on Monday", DateStart: 9, DateEnd: 18}, "They met ", "on Monday", " in Paris."},
		{"offsets without text", timeline.Source{Sentence: "They met on Monday.", DateStart: 9, DateEnd: 18}, "They met ", "on Monday", "."},
		{"no offsets: search", timeline.Source{Sentence: "They met on Monday.", DateText: "Monday"}, "They met on ", "Monday", "."},
		{"offsets out of range: search", timeline.Source{Sentence: "Talks resume in March.", DateText: "in March", DateStart: 90, DateEnd: 98}, "Talks resume ", "in March", "."},
		{"offsets disagree with text: search", timeline.Source{Sentence: "Talks resume in March.", DateText: "in March", DateStart: 0, DateEnd: 5}, "Talks resume ", "in March", "."},
		{"offsets inside a rune: search", timeline.Source{Sentence: "Réunion lundi.", DateText: "lundi", DateStart: 2, DateEnd: 9}, "Réunion ", "lundi", "."},
		{"not found", timeline.Source{Sentence: "They met.", DateText: "Monday"}, "They met.", "", ""},
		{"no date", timeline.Source{Sentence: "They will meet soon."}, "They will meet soon.", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, d, a := highlight(tt.src)
			assert.Equal(t, []string{tt.before, tt.date, tt.after}, []string{b, d, a})
		})
	}
}

func TestOneLine(t *testing.T) {
	for in, want := range map[string]string{
		"  a\n\tb  ":              "a b",
		"a\u2028b\u2029c":         "a b c",
		"red \x1b[31mtext\x1b[0m": "red [31mtext[0m",
		"bell\a":                  "bell",
	} {
		assert.Equal(t, want, oneLine(in), "%q", in)
	}
	assert.Equal(t, " a b ", collapseSpace("\n a \n b\t"))
}

func ExampleDisplayDate() {
	for _, w := range []*timeline.When{
		{Value: "2021-12-30", Range: rng("2021-12-30", "2021-12-30"), Granularity: "day"},
		{Value: "2022-W02", Range: rng("2022-01-10", "2022-01-16"), Granularity: "week"},
		{Value: "2021-12", Range: rng("2021-12-01", "2021-12-31"), Granularity: "month"},
		nil,
	} {
		fmt.Println(DisplayDate(w))
	}
	// Output:
	// Thu 30 Dec 2021
	// week of 10 Jan 2022
	// December 2021
	// undated
}

// rng is the range of days from first to last, both YYYY-MM-DD.
func rng(first, last string) resolve.Range {
	return resolve.Range{First: date.MustParseISO(first), Last: date.MustParseISO(last)}
}
