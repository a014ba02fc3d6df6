package render

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/dateline/dateline/resolve"
	"github.com/dateline/dateline/timeline"
	"github.com/rickb777/date/v2"
)

// isoDay is the layout of a day in the page's data attributes.
const isoDay = "2006-01-02"

// dayText writes d as YYYY-MM-DD, or "" for date.Zero (unknown).
func dayText(d date.Date) string {
	if d == date.Zero {
		return ""
	}
	return d.String()
}

// span returns the inclusive first and last day of w as midnight UTC. ok
// is false when w is nil or the zero When, or its end is before its start.
func span(w *timeline.When) (first, last time.Time, ok bool) {
	if w == nil || w.Range == (resolve.Range{}) || w.End() < w.Start() {
		return time.Time{}, time.Time{}, false
	}
	return w.Start().MidnightUTC(), w.End().MidnightUTC(), true
}

// Day formats used by DisplayDate.
const (
	dayLayout   = "Mon 2 Jan 2006" // a weekday tells a reader more than a bare number
	shortLayout = "2 Jan 2006"
	monthLayout = "January 2006"
)

// seasons maps the TimeML season codes to their English names.
var seasons = map[string]string{"SP": "spring", "SU": "summer", "FA": "autumn", "AU": "autumn", "WI": "winter"}

// DisplayDate writes w at its true granularity, the way a person would:
//
//	day      Thu 30 Dec 2021
//	week     week of 10 Jan 2022       (the week's first day)
//	month    December 2021
//	quarter  Q4 2021
//	season   summer 2012
//	year     2022
//	decade   1990s
//
// A span of several days that is none of these is written as a range
// ("Thu 30 Dec 2021 – Sun 2 Jan 2022"). It never invents precision: a week
// is not written as a day. A nil When is "undated"; a When whose days do
// not parse falls back to its TimeML value.
func DisplayDate(w *timeline.When) string {
	if w == nil {
		return "undated"
	}
	first, last, ok := span(w)
	if !ok {
		if w.Value != "" {
			return w.Value
		}
		return "undated"
	}
	switch w.Granularity {
	case "day", "time":
		if first.Equal(last) {
			return first.Format(dayLayout)
		}
	case "week":
		return "week of " + first.Format(shortLayout)
	case "month":
		if first.Year() == last.Year() && first.Month() == last.Month() {
			return first.Format(monthLayout)
		}
		return first.Format(monthLayout) + " – " + last.Format(monthLayout)
	case "quarter":
		if y, q, ok := strings.Cut(w.Value, "-Q"); ok && len(y) == 4 {
			return "Q" + q + " " + y
		}
		return first.Format("Jan") + "–" + last.Format("Jan 2006")
	case "season":
		if y, s, ok := strings.Cut(w.Value, "-"); ok && seasons[s] != "" {
			return seasons[s] + " " + y
		}
	case "year":
		if first.Year() == last.Year() {
			return first.Format("2006")
		}
	case "decade":
		return fmt.Sprintf("%ds", first.Year()/10*10)
	case "century":
		return ordinal(first.Year()/100+1) + " century"
	}
	if first.Equal(last) {
		return first.Format(dayLayout)
	}
	return first.Format(dayLayout) + " – " + last.Format(dayLayout)
}

// ordinal writes n as an English ordinal: 1st, 2nd, 3rd, 11th, 21st.
func ordinal(n int) string {
	suffix := "th"
	switch {
	case n%100 >= 11 && n%100 <= 13:
	case n%10 == 1:
		suffix = "st"
	case n%10 == 2:
		suffix = "nd"
	case n%10 == 3:
		suffix = "rd"
	}
	return fmt.Sprintf("%d%s", n, suffix)
}

// capitalize upper-cases the first letter of s ("week of …" → "Week of …").
func capitalize(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}

// displayOrder returns the events in reading order without changing tl:
// dated events by first day, then last day, then id (the order of the
// timeline JSON contract), then undated events by id. The sort is done here
// as well as in the timeline package so that a hand-edited or filtered
// timeline still reads chronologically.
func displayOrder(events []timeline.Event) (dated, undated []*timeline.Event) {
	for i := range events {
		e := &events[i]
		if _, _, ok := span(e.When); ok {
			dated = append(dated, e)
		} else {
			undated = append(undated, e)
		}
	}
	sort.SliceStable(dated, func(i, j int) bool {
		a, b := dated[i].When, dated[j].When
		if a.Start() != b.Start() {
			return a.Start() < b.Start()
		}
		if a.End() != b.End() {
			return a.End() < b.End()
		}
		return dated[i].ID < dated[j].ID
	})
	sort.SliceStable(undated, func(i, j int) bool { return undated[i].ID < undated[j].ID })
	return dated, undated
}

// precise returns the dated events whose date is known to a month or
// better, or all of them when none is: one "in 2019" must not stretch the
// period of a timeline of two months to four years.
func precise(dated []*timeline.Event) []*timeline.Event {
	var out []*timeline.Event
	for _, e := range dated {
		if !e.When.Coarse() {
			out = append(out, e)
		}
	}
	if len(out) == 0 {
		return dated
	}
	return out
}

// period returns the first and last day covered by the dated events known
// to a month or better (see precise).
func period(dated []*timeline.Event) (first, last time.Time, ok bool) {
	for _, e := range precise(dated) {
		f, l, _ := span(e.When)
		if !ok || f.Before(first) {
			first = f
		}
		if !ok || l.After(last) {
			last = l
		}
		ok = true
	}
	return first, last, ok
}

// periodText describes the time covered, from the date of the event that
// starts first to the date of the one that ends last, each at its own
// granularity, leaving out events coarser than a month (see precise):
// "Thu 30 Dec 2021 – week of 10 Jan 2022", "December 2021 – January 2022".
func periodText(dated []*timeline.Event) string {
	dated = precise(dated)
	if len(dated) == 0 {
		return "no dated events"
	}
	first, last := dated[0], dated[0]
	for _, e := range dated[1:] {
		if e.When.Start() < first.When.Start() {
			first = e
		}
		if e.When.End() > last.When.End() {
			last = e
		}
	}
	a, b := DisplayDate(first.When), DisplayDate(last.When)
	if a == b {
		return a
	}
	return a + " – " + b
}

// DefaultTitle is the title the document formats use when none is given:
// "Diplomatic timeline, December 2021 – January 2022", the months of the
// events known to a month or better.
func DefaultTitle(tl *timeline.Timeline) string {
	dated, _ := displayOrder(eventsOf(tl))
	first, last, ok := period(dated)
	switch {
	case !ok:
		return "Diplomatic timeline"
	case first.Year() == last.Year() && first.Month() == last.Month():
		return "Diplomatic timeline, " + first.Format(monthLayout)
	}
	return "Diplomatic timeline, " + first.Format(monthLayout) + " – " + last.Format(monthLayout)
}

// eventsOf returns tl's events, tolerating a nil Timeline.
func eventsOf(tl *timeline.Timeline) []timeline.Event {
	if tl == nil {
		return nil
	}
	return tl.Events
}
