package resolve

import (
	"fmt"
	"strings"
	"time"

	"github.com/rickb777/date/v2"
)

// ParseRange reads a date or period typed by a person, such as a command's
// --from flag: "2021-12-29", "2021-12", "2021", or any single expression
// Tag understands relative to today ("yesterday", "last week", "March
// 2021", "next month"). It returns the inclusive range of days it denotes.
//
// Expressions are read as a person typing a query means them: relative to
// today, with no verb to give a tense, so a bare weekday or month is the
// most recent one.
func ParseRange(s string, today date.Date) (Range, error) {
	text := strings.TrimSpace(s)
	if text == "" {
		return Range{}, fmt.Errorf("empty date: expected YYYY-MM-DD, YYYY-MM, YYYY or an expression such as \"last week\"")
	}
	if r, ok := parseISOPrefix(text); ok {
		return r, nil
	}
	found := Tag(text, Anchor{Date: today})
	if len(found) == 1 && found[0].Range != nil && strings.TrimSpace(found[0].Text) != "" &&
		coversAll(text, found[0]) {
		return *found[0].Range, nil
	}
	return Range{}, fmt.Errorf("cannot read %q as a date: expected YYYY-MM-DD, YYYY-MM, YYYY or an expression such as \"yesterday\", \"last week\", \"March 2021\"", s)
}

// coversAll reports whether t spans all of text but for surrounding words
// that carry no date, such as a leading "on" or "in".
func coversAll(text string, t Timex) bool {
	before := strings.TrimSpace(text[:t.Start])
	after := strings.TrimSpace(text[t.End:])
	switch strings.ToLower(before) {
	case "", "on", "in", "since", "from", "until", "till", "to", "by", "during":
	default:
		return false
	}
	return after == "" || after == "."
}

// parseISOPrefix reads YYYY-MM-DD, YYYY-MM and YYYY.
func parseISOPrefix(s string) (Range, bool) {
	var y, m, d int
	switch {
	case len(s) == 10 && s[4] == '-' && s[7] == '-':
		if _, err := fmt.Sscanf(s, "%4d-%2d-%2d", &y, &m, &d); err != nil || m < 1 || m > 12 || d < 1 || d > 31 {
			return Range{}, false
		}
		day := date.New(y, time.Month(m), d)
		if day.Day() != d { // 2021-02-30 normalises to March: refuse it
			return Range{}, false
		}
		return Range{First: day, Last: day}, true
	case len(s) == 7 && s[4] == '-':
		if _, err := fmt.Sscanf(s, "%4d-%2d", &y, &m); err != nil || m < 1 || m > 12 {
			return Range{}, false
		}
		first := date.New(y, time.Month(m), 1)
		return Range{First: first, Last: first.AddDate(0, 1, -1)}, true
	case len(s) == 4 && allDigits(s):
		fmt.Sscanf(s, "%4d", &y)
		return Range{First: date.New(y, 1, 1), Last: date.New(y, 12, 31)}, true
	}
	return Range{}, false
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}
