package timeline

import (
	"encoding/json"
	"fmt"

	"github.com/dateline/dateline/resolve"
	"github.com/rickb777/date/v2"
)

// When is the date of an event at its true granularity: the TimeML value
// the text gives and the inclusive span of days it can denote. It is one
// value from extraction to rendering, so no stage parses a date string
// again.
//
// "next week" said on Monday 3 January 2022 is
//
//	When{Value: "2022-W02", Range: {2022-01-10, 2022-01-16}, Granularity: week}
//
// and is never narrowed to a day the text does not give.
type When struct {
	// Value is the TimeML value: "2021-12-30", "2022-W02", "2022-01".
	Value string
	// Range is the inclusive first and last day.
	Range resolve.Range
	// Granularity is day, week, month, quarter, season, year …
	Granularity resolve.Granularity
}

// Start is the first day of w.
func (w When) Start() date.Date { return w.Range.First }

// End is the last day of w.
func (w When) End() date.Date { return w.Range.Last }

// Day returns the When of one day.
func Day(d date.Date) When {
	return When{Value: d.String(), Range: resolve.Range{First: d, Last: d}, Granularity: resolve.GranDay}
}

// ParseDay reads a day written YYYY-MM-DD, strictly: "2022-02-30",
// "2022-13-01", year 0 and "+002022" are errors, not days of another
// month or year.
func ParseDay(s string) (date.Date, error) {
	d, err := date.ParseISO(s)
	if err != nil || len(s) != 10 || d.String() != s || d.Year() < 1 {
		return date.Zero, fmt.Errorf("%q: not a day of the form YYYY-MM-DD", s)
	}
	return d, nil
}

// whenJSON is the JSON form of When (see DESIGN.md, the timeline JSON).
type whenJSON struct {
	Value       string `json:"value"`
	Start       string `json:"start"`
	End         string `json:"end"`
	Granularity string `json:"granularity"`
}

// MarshalJSON writes {"value","start","end","granularity"}, days as
// YYYY-MM-DD.
func (w When) MarshalJSON() ([]byte, error) {
	return json.Marshal(whenJSON{Value: w.Value, Start: w.Start().String(), End: w.End().String(), Granularity: string(w.Granularity)})
}

// UnmarshalJSON reads what MarshalJSON writes. Both days must be
// YYYY-MM-DD and the start must not come after the end.
func (w *When) UnmarshalJSON(data []byte) error {
	var j whenJSON
	if err := json.Unmarshal(data, &j); err != nil {
		return err
	}
	first, err := ParseDay(j.Start)
	if err != nil {
		return fmt.Errorf("when.start %w", err)
	}
	last, err := ParseDay(j.End)
	if err != nil {
		return fmt.Errorf("when.end %w", err)
	}
	if last < first {
		return fmt.Errorf("when.end %s is before when.start %s", j.End, j.Start)
	}
	*w = When{Value: j.Value, Range: resolve.Range{First: first, Last: last}, Granularity: resolve.Granularity(j.Granularity)}
	return nil
}

// Coarse reports whether w is known only to a period longer than a month:
// a quarter, a season, a year, a decade or a century ("in 2019"), or a
// stretch of more than 31 days that has no granularity. Such a date says
// nothing of when in its period the event was: a timeline lists it apart
// from the months, a calendar leaves it out, and the period a timeline
// covers is reckoned without it.
func (w When) Coarse() bool {
	switch w.Granularity {
	case resolve.GranTime, resolve.GranDay, resolve.GranWeek, resolve.GranMonth:
		return false
	case resolve.GranNone:
		return w.Days() > 31
	}
	return true
}

// Days is the number of days w spans, at least 1; 0 for the zero When.
func (w When) Days() int {
	if w.Range == (resolve.Range{}) || w.End() < w.Start() {
		return 0
	}
	return int(w.End()-w.Start()) + 1
}
