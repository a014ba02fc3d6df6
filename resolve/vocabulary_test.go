package resolve

import (
	"slices"
	"testing"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
)

func TestMonthByName(t *testing.T) {
	for _, c := range []struct {
		word string
		want time.Month
		ok   bool
	}{
		{"January", time.January, true}, {"jan", time.January, true}, {"Jan.", time.January, true},
		{"SEPT.", time.September, true}, {"sep", time.September, true}, {"May", time.May, true},
		{"december", time.December, true}, {"Dec", time.December, true},
		{"Janu", 0, false}, {"", 0, false}, {"Monday", 0, false}, {"sept..", 0, false},
	} {
		m, ok := MonthByName(c.word)
		assert.Equal(t, c.ok, ok, c.word)
		assert.Equal(t, c.want, m, c.word)
	}
	n := 0
	for w, m := range MonthWords() {
		got, ok := MonthByName(w)
		assert.True(t, ok, w)
		assert.Equal(t, m, got, w)
		n++
	}
	assert.Equal(t, 24, n, "12 names and 12 abbreviations: none for May, two for September")
}

func TestWeekdayByName(t *testing.T) {
	for _, c := range []struct {
		word string
		want time.Weekday
		ok   bool
	}{
		{"Monday", time.Monday, true}, {"mon", time.Monday, true}, {"Tues.", time.Tuesday, true},
		{"THURS", time.Thursday, true}, {"thu", time.Thursday, true}, {"Sunday", time.Sunday, true},
		{"sun", time.Sunday, true}, {"Sat.", time.Saturday, true},
		{"Mondays", 0, false}, {"Moon", 0, false}, {"", 0, false}, {"January", 0, false},
	} {
		d, ok := WeekdayByName(c.word)
		assert.Equal(t, c.ok, ok, c.word)
		assert.Equal(t, c.want, d, c.word)
	}
	var days []time.Weekday
	for w, d := range WeekdayWords() {
		got, ok := WeekdayByName(w)
		assert.True(t, ok, w)
		assert.Equal(t, d, got, w)
		days = append(days, d)
	}
	assert.Equal(t, []time.Weekday{time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday, time.Saturday, time.Sunday},
		days[:7], "full names first, Monday to Sunday")
}

func TestZoneVocabulary(t *testing.T) {
	for _, w := range []string{"GMT", "utc", "EST", "ET", "MSK", "cest"} {
		assert.True(t, IsZoneAbbreviation(w), w)
	}
	for _, w := range []string{"local", "time", "", "Moscow", "G"} {
		assert.False(t, IsZoneAbbreviation(w), w)
	}
	zones := slices.Collect(ZoneAbbreviations())
	assert.Contains(t, zones, "gmt")
	for _, z := range zones {
		assert.True(t, IsZoneAbbreviation(z), z)
	}
	for _, c := range []struct {
		s, zone string
		n       int
		ok      bool
	}{
		{"(local time), Biden said", "local time", 12, true},
		{" (US time)", "US time", 10, true},
		{"(GMT).", "GMT", 5, true},
		{"Washington time on", "Washington time", 15, true},
		{"local time", "local time", 10, true},
		{"GMT", "GMT", 3, true},
		{"gmt", "", 0, false},
		{"(local time", "", 0, false},
		{"in Geneva", "", 0, false},
		{"", "", 0, false},
	} {
		zone, n, ok := ZoneQualifier(c.s)
		assert.Equal(t, c.ok, ok, c.s)
		assert.Equal(t, c.zone, zone, c.s)
		assert.Equal(t, c.n, n, c.s)
	}
}

func TestTenseCueVocabulary(t *testing.T) {
	for _, w := range []string{"will", "Will", "shall", "scheduled", "upcoming", "next", "plans", "opens", "meets"} {
		assert.True(t, IsFutureCue(w), w)
	}
	for _, w := range []string{"said", "held", "talked", "yesterday", "ago", "Met"} {
		assert.False(t, IsFutureCue(w), w)
		assert.True(t, IsPastCue(w), w)
	}
	for _, w := range []string{"united", "hundred", "need", "will", "bed", "Geneva", ""} {
		assert.False(t, IsPastCue(w), w)
	}
	future := slices.Collect(FutureCues())
	assert.True(t, slices.IsSorted(future))
	assert.Contains(t, future, "will")
	for _, w := range future {
		assert.True(t, IsFutureCue(w), w)
	}
	past := slices.Collect(PastCues())
	assert.Contains(t, past, "said")
	for _, w := range past {
		assert.True(t, IsPastCue(w), w)
	}
}

func TestCountAndUnitByName(t *testing.T) {
	for _, c := range []struct {
		word string
		n    int
		ok   bool
	}{
		{"six", 6, true}, {"Six", 6, true}, {"a", 1, true}, {"an", 1, true}, {"twenty", 20, true},
		{"12", 12, true}, {"0", 0, false}, {"several", 0, false}, {"hundred", 0, false}, {"twenty-one", 0, false}, {"12345", 0, false},
	} {
		n, ok := CountByName(c.word)
		assert.Equal(t, c.ok, ok, c.word)
		assert.Equal(t, c.n, n, c.word)
	}
	for word, g := range map[string]Granularity{"day": GranDay, "Days": GranDay, "weeks": GranWeek, "month": GranMonth, "years": GranYear} {
		got, ok := UnitByName(word)
		assert.True(t, ok, word)
		assert.Equal(t, g, got, word)
	}
	for _, word := range []string{"hours", "quarter", "decade", "fortnight", "weekend", "Monday"} {
		_, ok := UnitByName(word)
		assert.False(t, ok, word)
	}
}

func TestPeriodFrom(t *testing.T) {
	friday := date.New(2024, 8, 23)
	for _, c := range []struct {
		n           int
		g           Granularity
		value       string
		first, last string
	}{
		{-2, GranDay, "2024-08-21", "2024-08-21", "2024-08-21"},
		{-6, GranWeek, "2024-W28", "2024-07-08", "2024-07-14"},
		{-8, GranMonth, "2023-12", "2023-12-01", "2023-12-31"},
		{1, GranMonth, "2024-09", "2024-09-01", "2024-09-30"},
		{-3, GranYear, "2021", "2021-01-01", "2021-12-31"},
	} {
		v, r, ok := PeriodFrom(friday, c.n, c.g)
		assert.True(t, ok)
		assert.Equal(t, c.value, v)
		assert.Equal(t, c.first, r.First.String())
		assert.Equal(t, c.last, r.Last.String())
	}
	_, _, ok := PeriodFrom(friday, -1, GranQuarter)
	assert.False(t, ok, "quarters are not counted")
	_, _, ok = PeriodFrom(date.New(2, 1, 1), -5, GranYear)
	assert.False(t, ok, "before year 1")
}
