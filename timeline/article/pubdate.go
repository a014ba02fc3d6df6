package article

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/dateline/dateline/resolve"
	"github.com/rickb777/date/v2"
)

// DateOrder says how to read an all-numeric date such as "02/01/2022",
// where either number could be the month.
type DateOrder string

// The date orders. The zero value, DateOrderStrict, refuses a numeric date
// whose first two numbers are both 12 or less, because it cannot know
// whether "02/01/2022" is the 2nd of January or February the 1st.
const (
	DateOrderStrict DateOrder = ""
	DayFirst        DateOrder = "dmy" // 02/01/2022 is 2 January 2022
	MonthFirst      DateOrder = "mdy" // 02/01/2022 is February 1, 2022
)

// ParseDateOrder checks a user-supplied date order ("", "dmy" or "mdy").
func ParseDateOrder(s string) (DateOrder, error) {
	switch o := DateOrder(strings.ToLower(strings.TrimSpace(s))); o {
	case DateOrderStrict, DayFirst, MonthFirst:
		return o, nil
	}
	return "", fmt.Errorf("unknown date order %q: want dmy or mdy", s)
}

// Errors returned by ParsePublished, wrapped with the text that failed.
var (
	// ErrNotADate means the text does not have the shape of a date at all.
	ErrNotADate = errors.New("not a date")
	// ErrAmbiguousDate means a numeric date could be day/month or month/day.
	ErrAmbiguousDate = errors.New("ambiguous day/month order; use --date-order dmy or mdy")
	// ErrNoYear means the date has a day and month but no year.
	ErrNoYear = errors.New("date has no year")
	// ErrBadDate means the parts have a date's shape but do not name a
	// real day (month 13, 31 April, a two-digit year …).
	ErrBadDate = errors.New("no such date")
)

// DateError is returned by ParsePublished: the text it could not read and why.
type DateError struct {
	Text string
	Err  error
}

func (e *DateError) Error() string { return fmt.Sprintf("cannot read %q: %v", e.Text, e.Err) }
func (e *DateError) Unwrap() error { return e.Err }

// Month and weekday names are the resolver's (resolve.MonthByName,
// resolve.WeekdayByName): one vocabulary of the calendar for the whole
// program.

// pubTimeWords may follow a date as part of its time of day or zone:
// "Jan 2, 2022 10:30 a.m. EST", "Sun, 02 Jan 2022 10:00:00 GMT".
// Zone abbreviations ("GMT", "EST") are the resolver's
// (resolve.IsZoneAbbreviation).
var pubTimeWords = map[string]bool{
	"am": true, "pm": true, "a.m.": true, "p.m.": true, "a.m": true, "p.m": true,
	"at": true, "|": true, "-": true, "/": true, "updated": true, "z": true,
}

// isTimeWord reports a word that may follow a date as part of its time of
// day or zone.
func isTimeWord(tok string) bool {
	return pubTimeWords[tok] || resolve.IsZoneAbbreviation(tok)
}

var (
	// isoDateRE matches 2022-01-02 with an optional ISO 8601 / RFC 3339
	// time after it; the date is taken as written, in the writer's zone.
	isoDateRE = regexp.MustCompile(`^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:[zZ]|[+-]\d{2}:?\d{2}|[A-Za-z]{2,5})?)?$`)
	// ymdRE matches 2022/01/02 and 2022.01.02 (year first is never ambiguous).
	ymdRE = regexp.MustCompile(`^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$`)
	// compactRE matches 20220102.
	compactRE = regexp.MustCompile(`^(\d{4})(\d{2})(\d{2})$`)
	// numericRE matches 02/01/2022, 2.1.2022, 02-01-2022 and two-digit years.
	numericRE = regexp.MustCompile(`^(\d{1,2})([/.-])(\d{1,2})[/.-](\d{2}|\d{4})$`)
	// clockRE matches a time of day: 10:30, 10:30:05, 10:30:05.123, 10.30, 10am.
	clockRE = regexp.MustCompile(`^\d{1,2}(?:[:.]\d{2}){0,2}(?:[.,]\d+)?(?:am|pm|a\.m\.?|p\.m\.?|z)?$`)
	// zoneOffsetRE matches +0300, -05:00, (utc), gmt+3.
	zoneOffsetRE = regexp.MustCompile(`^\(?(?:utc|gmt)?[+-]\d{1,2}(?::?\d{2})?\)?$`)
	// ordinalRE strips "2nd", "21st", "3rd", "4th".
	ordinalRE = regexp.MustCompile(`^(\d{1,2})(?:st|nd|rd|th)$`)
)

// ParsePublished reads a publication date written in any of the usual
// ways: "2022-01-02", "2022-01-02T10:00:00Z", "Jan 02, 2022",
// "January 2, 2022", "Jan. 2, 2022", "2 January 2022", "Sunday, January 2nd,
// 2022", "Sun, 02 Jan 2022 10:00:00 GMT", "02-Jan-2022", "2022/01/02",
// "13/01/2022", "20220102". A time of day and zone after the date are
// allowed and ignored: the date is the one written, not converted to UTC,
// because the writer's own calendar day is what "today" in the story means.
//
// A numeric date whose first two numbers are both 12 or less is read in the
// given order; with DateOrderStrict it is refused with ErrAmbiguousDate.
// Two-digit years are refused (ErrBadDate): "01/02/03" has too many readings.
// Errors are *DateError wrapping ErrNotADate, ErrAmbiguousDate, ErrNoYear or
// ErrBadDate.
func ParsePublished(s string, order DateOrder) (date.Date, error) {
	d, _, err := parseDate(s, order, false)
	if errors.Is(err, ErrNotADate) {
		// "Published: February 24, 2022", "Updated 12:01 PM EST, Thu
		// February 24, 2022": a label, and a time before the date.
		if rest, ok := stripDateLabel(s); ok {
			if d2, _, err2 := parseDate(rest, order, false); err2 == nil || !errors.Is(err2, ErrNotADate) {
				var de *DateError
				if errors.As(err2, &de) {
					de.Text = s // the line as written
				}
				return d2, err2
			}
		}
		if d2, ok := dateAmongParts(s, order); ok {
			return d2, nil
		}
	}
	return d, err
}

// datePartSeparators set the date apart from the place and the publisher
// on a release's date line: "Ottawa, Ontario - January 30, 2024",
// "January 30, 2024 | Global Affairs Canada".
var datePartSeparators = []string{" - ", " – ", " — ", " | ", " · "}

// dateAmongParts reads a short line cut by a separator into parts, one of
// which is a whole date: the first such part's date.
func dateAmongParts(s string, order DateOrder) (date.Date, bool) {
	if len(s) > maxDateLine {
		return date.Zero, false
	}
	for _, sep := range datePartSeparators {
		if !strings.Contains(s, sep) {
			continue
		}
		for part := range strings.SplitSeq(s, sep) {
			if d, _, err := parseDate(strings.TrimSpace(part), order, false); err == nil {
				return d, true
			}
		}
	}
	return date.Zero, false
}

// stripDateLabel removes what may stand before a publication date on its
// line: a label ("Published:", "Posted on", "Updated") and a time of day
// with its zone set off by a comma ("12:01 PM EST, "). ok reports whether
// anything was removed.
func stripDateLabel(s string) (string, bool) {
	t := strings.TrimSpace(s)
	if len(t) > maxDateLine {
		return t, false // a headline or a paragraph, not a date's line
	}
	low := strings.ToLower(t)
	cut := false
	for _, l := range dateLabels {
		if strings.HasPrefix(low, l) {
			t = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(t[len(l):]), ":"))
			cut = true
			break
		}
	}
	if head, rest, ok := strings.Cut(t, ","); ok {
		if toks := dateTokens(head); len(toks) > 0 && isTimeTail(toks) {
			t, cut = strings.TrimSpace(rest), true
		}
	}
	return t, cut
}

// maxDateLine is the longest line stripDateLabel looks at.
const maxDateLine = 100

// dateLabels may open a publication date's line, longest first.
var dateLabels = []string{"first published on", "first published", "last updated on", "last updated", "published on", "published", "posted on", "posted", "updated on", "updated", "dated", "date"}

// parseDate does the work of ParsePublished. With allowNoYear a date like
// "January 3" is accepted and returned with hasYear false (and a zero year
// inside d's place: the caller picks the year).
func parseDate(s string, order DateOrder, allowNoYear bool) (d date.Date, ym monthDay, err error) {
	fail := func(e error) (date.Date, monthDay, error) {
		return date.Zero, monthDay{}, &DateError{Text: s, Err: e}
	}
	t := strings.TrimSpace(s)
	if t == "" || len(t) > 80 {
		return fail(ErrNotADate)
	}
	if !strings.ContainsAny(t, "0123456789") {
		return fail(ErrNotADate) // every form has a day or a year in digits
	}
	if !isDigit(t[0]) {
		// The all-numeric forms start with a digit; the rest have a
		// month name.
		return parseWordDate(s, t, allowNoYear)
	}
	if m := isoDateRE.FindStringSubmatch(t); m != nil {
		return pubFinish(s, pubAtoi(m[1]), pubAtoi(m[2]), pubAtoi(m[3]))
	}
	if m := ymdRE.FindStringSubmatch(t); m != nil {
		return pubFinish(s, pubAtoi(m[1]), pubAtoi(m[2]), pubAtoi(m[3]))
	}
	if m := compactRE.FindStringSubmatch(t); m != nil {
		return pubFinish(s, pubAtoi(m[1]), pubAtoi(m[2]), pubAtoi(m[3]))
	}
	// Numeric dates may be followed by a time ("02/01/2022 10:00").
	if first, rest, _ := strings.Cut(t, " "); numericRE.MatchString(first) && isTimeTail(strings.Fields(strings.ToLower(rest))) {
		m := numericRE.FindStringSubmatch(first)
		a, b, y := pubAtoi(m[1]), pubAtoi(m[3]), m[4]
		if len(y) == 2 {
			return fail(fmt.Errorf("%w: two-digit year", ErrBadDate))
		}
		var mon, day int
		switch {
		case a > 12 && b > 12:
			return fail(ErrBadDate)
		case a > 12:
			day, mon = a, b
		case b > 12:
			mon, day = a, b
		case a == b:
			mon, day = a, b
		case order == DayFirst || m[2] == "." && order != MonthFirst:
			// (Dots separate day, month and year in that order wherever
			// they are used: "12.02.2025" is 12 February.)
			day, mon = a, b
		case order == MonthFirst:
			mon, day = a, b
		default:
			return fail(ErrAmbiguousDate)
		}
		return pubFinish(s, pubAtoi(y), mon, day)
	}
	return parseWordDate(s, t, allowNoYear)
}

// monthDay is a dateline date written without a year.
type monthDay struct {
	Month time.Month
	Day   int
}

// parseWordDate reads dates with a month name: month-day-year,
// day-month-year and year-month-day, each optionally opened by a weekday and
// followed by a time of day.
func parseWordDate(orig, t string, allowNoYear bool) (date.Date, monthDay, error) {
	fail := func(e error) (date.Date, monthDay, error) {
		return date.Zero, monthDay{}, &DateError{Text: orig, Err: e}
	}
	toks := dateTokens(t)
	if len(toks) > 0 && isWeekday(toks[0]) {
		toks = toks[1:]
	}
	if len(toks) < 2 {
		return fail(ErrNotADate)
	}
	month := func(tok string) (time.Month, bool) {
		m, ok := resolve.MonthByName(tok)
		return m, ok
	}
	day := func(tok string) (int, bool) {
		// Only "2nd" … "31st" can have an ordinal suffix to strip.
		if len(tok) >= 3 && len(tok) <= 4 && isDigit(tok[0]) {
			if m := ordinalRE.FindStringSubmatch(tok); m != nil {
				tok = m[1]
			}
		}
		if len(tok) > 2 || !pubAllDigits(tok) {
			return 0, false
		}
		return pubAtoi(tok), true
	}
	year := func(tok string) (int, bool) {
		if len(tok) != 4 || !pubAllDigits(tok) {
			return 0, false
		}
		return pubAtoi(tok), true
	}
	// Each layout names which token is the month, day and year (-1: absent).
	for _, l := range wordDateLayouts {
		if len(toks) < l.n {
			continue
		}
		m, okM := month(toks[l.month])
		d, okD := day(toks[l.day])
		if !okM || !okD {
			continue
		}
		if l.year < 0 {
			if !isTimeTail(toks[l.n:]) {
				continue
			}
			if !allowNoYear {
				return fail(ErrNoYear)
			}
			if d < 1 || d > 31 || (d > 29 && m == time.February) || (d == 31 && pubShortMonth[m]) {
				return fail(ErrBadDate)
			}
			return date.Zero, monthDay{m, d}, nil
		}
		y, okY := year(toks[l.year])
		if !okY || !isTimeTail(toks[l.n:]) {
			continue
		}
		return pubFinish(orig, y, int(m), d)
	}
	return fail(ErrNotADate)
}

// pubShortMonth lists the months with 30 days (February is checked apart).
var pubShortMonth = map[time.Month]bool{time.April: true, time.June: true, time.September: true, time.November: true}

// wordDateLayouts are the orders of month, day and year the reader tries, in
// turn; n is how many tokens the layout takes.
var wordDateLayouts = []struct{ month, day, year, n int }{
	{0, 1, 2, 3},  // January 2, 2022 / Jan. 2 2022
	{1, 0, 2, 3},  // 2 January 2022 / 02-Jan-2022
	{1, 2, 0, 3},  // 2022 January 2
	{0, 1, -1, 2}, // January 2 (no year)
	{1, 0, -1, 2}, // 2 January (no year)
}

// dateTokens lower-cases t and splits it on spaces, commas and the hyphens
// of "02-Jan-2022", keeping periods so "a.m." and "Jan." survive.
func dateTokens(t string) []string {
	return strings.FieldsFunc(strings.ToLower(t), func(r rune) bool {
		return r == ' ' || r == ',' || r == '\t' || r == '\u00a0' || (r == '-')
	})
}

// isTimeTail reports whether the tokens after a date are only a time of day,
// a zone or connecting words, so that the whole text is a date.
func isTimeTail(toks []string) bool {
	for _, tok := range toks {
		switch {
		case isTimeWord(tok), clockRE.MatchString(tok), zoneOffsetRE.MatchString(tok):
		case strings.HasPrefix(tok, "(") && strings.HasSuffix(tok, ")") && isTimeWord(strings.Trim(tok, "()")):
		default:
			return false
		}
	}
	return true
}

// finish checks that y-m-d is a real day and returns it.
func pubFinish(orig string, y, m, d int) (date.Date, monthDay, error) {
	if y < 1000 || m < 1 || m > 12 || d < 1 || d > 31 {
		return date.Zero, monthDay{}, &DateError{Text: orig, Err: ErrBadDate}
	}
	dd := date.New(y, time.Month(m), d)
	if dd.Day() != d { // date.New normalises 31 April to 1 May
		return date.Zero, monthDay{}, &DateError{Text: orig, Err: ErrBadDate}
	}
	return dd, monthDay{time.Month(m), d}, nil
}

// nearestYear gives md the year that puts it nearest to near: a dateline
// "January 1" on a story published December 31, 2021 is 2022-01-01.
func nearestYear(md monthDay, near date.Date) date.Date {
	best := date.Zero
	bestDist := 0
	for y := near.Year() - 1; y <= near.Year()+1; y++ {
		d := date.New(y, md.Month, md.Day)
		if d.Day() != md.Day { // 29 February in a common year
			continue
		}
		dist := int(d - near)
		if dist < 0 {
			dist = -dist
		}
		if best == date.Zero || dist < bestDist {
			best, bestDist = d, dist
		}
	}
	return best
}

func pubAtoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

func pubAllDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

// isWeekday reports a weekday name or abbreviation, which is skipped when
// it opens a date ("Sunday, January 2, 2022").
func isWeekday(tok string) bool {
	_, ok := resolve.WeekdayByName(tok)
	return ok
}
