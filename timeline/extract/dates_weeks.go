package extract

import (
	"fmt"
	"strings"
	"time"

	"github.com/dateline/dateline/resolve"
	"github.com/rickb777/date/v2"
)

// This file composes a weekday with the week named right after it: "met
// on Tuesday last week" is the Tuesday of last week, not the Tuesday
// before the day of writing.

// weekdayNames are the resolver's names of weekdays, in lower case.
var weekdayNames = func() map[string]time.Weekday {
	m := map[string]time.Weekday{}
	for w, d := range resolve.WeekdayWords() {
		m[w] = d
	}
	return m
}()

// weekdayOfWeek composes the weekday date expression ti of u with a week
// right after it ("Tuesday last week", "Monday of next week"): the day of
// that week, as one expression. ok is false when ti is no weekday or no
// week follows it.
func weekdayOfWeek(u *unit, ti int) (resolve.Timex, bool) {
	if ti+1 >= len(u.txs) {
		return resolve.Timex{}, false
	}
	tx, week := u.txs[ti], u.txs[ti+1]
	wd, named := weekdayNames[strings.ToLower(tx.Text)]
	if !named || tx.Range == nil || tx.Range.First != tx.Range.Last || week.Range == nil || week.Granularity != resolve.GranWeek {
		return resolve.Timex{}, false
	}
	if gap := strings.TrimSpace(u.text[tx.End:week.Start]); gap != "" && gap != "of" {
		return resolve.Timex{}, false
	}
	day := week.Range.First + date.Date((int(wd)+6)%7) // ISO weeks open on Monday
	out := tx
	out.End, out.Text = week.End, u.text[tx.Start:week.End]
	out.Range = &resolve.Range{First: day, Last: day}
	out.Value = day.String()
	out.Explain = fmt.Sprintf("%s: the %s of %s (%s)", out.Text, wd, week.Value, out.Value)
	return out, true
}
