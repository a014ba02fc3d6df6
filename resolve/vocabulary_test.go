package resolve

import (
	"slices"
	"testing"
	"time"

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
