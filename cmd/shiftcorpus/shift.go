package main

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
)

// months maps each written form of a month (as a regexp alternation reads
// it, without a trailing period) to its number.
var months = map[string]time.Month{}

func init() {
	for m := time.January; m <= time.December; m++ {
		full := m.String()
		months[full] = m
		months[full[:3]] = m
	}
	months["Sept"] = time.September
}

const monthRE = `(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(\.?)`

// The written date forms, each a regexp whose groups the matching
// rewrite function reads.
var (
	// "December 30", "Dec. 30, 2021", "Dec 09, 2021", "December 21-22", "December 3rd"
	monthDayRE = regexp.MustCompile(`\b` + monthRE + ` (\d{1,2})(st|nd|rd|th)?(?:([-–])(\d{1,2}))?(?:(,? )(\d{4}))?\b`)
	// "30 December 2021", "21-22 December"
	dayMonthRE = regexp.MustCompile(`\b(\d{1,2})(?:([-–])(\d{1,2}))? ` + monthRE + `(?:( )(\d{4}))?\b`)
	// "2021-12-30"
	isoRE = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`)
	// "December 2021"
	monthYearRE = regexp.MustCompile(`\b` + monthRE + ` (\d{4})\b`)
)

// Shift moves every calendar date written in text by days days.
func Shift(text []byte, days int) []byte { return Parse(text).Shift(days) }

// Dates is a text with the places of its written dates, found once and
// shifted by any number of days.
type Dates struct {
	text   string
	found  []found
	ref    time.Time
	hasRef bool
}

// found is one written date: where it is, its form and its parts.
type found struct {
	start, end int
	form       int // index in forms
	groups     []string
}

// forms are the written date forms, in order of precedence where two
// overlap, each with how it is rewritten.
var forms = []struct {
	re      *regexp.Regexp
	rewrite func(d *Dates, g []string, days int) (string, bool)
}{
	{isoRE, func(d *Dates, g []string, days int) (string, bool) { return shiftISO(g, days) }},
	{monthDayRE, func(d *Dates, g []string, days int) (string, bool) { return shiftMonthDay(g, days, d.ref, d.hasRef) }},
	{dayMonthRE, func(d *Dates, g []string, days int) (string, bool) { return shiftDayMonth(g, days, d.ref, d.hasRef) }},
	{monthYearRE, func(d *Dates, g []string, days int) (string, bool) { return shiftMonthYear(g, days) }},
}

// Parse finds the written dates of text.
func Parse(text []byte) *Dates {
	s := string(text)
	d := &Dates{text: s}
	d.ref, d.hasRef = firstDate(s)
	taken := func(start, end int) bool {
		for _, f := range d.found {
			if start < f.end && f.start < end {
				return true
			}
		}
		return false
	}
	for i, form := range forms {
		for _, l := range form.re.FindAllStringSubmatchIndex(s, -1) {
			if taken(l[0], l[1]) {
				continue
			}
			g := make([]string, len(l)/2)
			for i := range g {
				if l[2*i] >= 0 {
					g[i] = s[l[2*i]:l[2*i+1]]
				}
			}
			d.found = append(d.found, found{l[0], l[1], i, g})
		}
	}
	slices.SortFunc(d.found, func(a, b found) int { return a.start - b.start })
	return d
}

// Shift is the text with every date it can read moved by days days.
func (d *Dates) Shift(days int) []byte {
	if days == 0 || len(d.found) == 0 {
		return []byte(d.text)
	}
	var b strings.Builder
	b.Grow(len(d.text) + 16)
	at := 0
	for _, f := range d.found {
		out, ok := forms[f.form].rewrite(d, f.groups, days)
		if !ok {
			continue
		}
		b.WriteString(d.text[at:f.start])
		b.WriteString(out)
		at = f.end
	}
	b.WriteString(d.text[at:])
	return []byte(b.String())
}

func shiftISO(g []string, days int) (string, bool) {
	y, _ := strconv.Atoi(g[1])
	mo, _ := strconv.Atoi(g[2])
	d, _ := strconv.Atoi(g[3])
	t, ok := valid(y, time.Month(mo), d)
	if !ok {
		return "", false
	}
	return t.AddDate(0, 0, days).Format("2006-01-02"), true
}

func shiftMonthDay(g []string, days int, ref time.Time, hasRef bool) (string, bool) {
	mon, dot, day, ord, dash, day2, sep, year := g[1], g[2], g[3], g[4], g[5], g[6], g[7], g[8]
	t, ok := dateOf(year, months[mon], day, ref, hasRef)
	if !ok {
		return "", false
	}
	t2 := t
	if day2 != "" {
		if t2, ok = dateOf(strconv.Itoa(t.Year()), months[mon], day2, ref, false); !ok {
			return "", false
		}
	}
	a, b := t.AddDate(0, 0, days), t2.AddDate(0, 0, days)
	out := monthName(a.Month(), mon) + dot + " " + dayText(a.Day(), day) + ordinal(a.Day(), ord)
	if day2 != "" {
		if b.Month() != a.Month() {
			out += dash + monthName(b.Month(), mon) + dot + " " + dayText(b.Day(), day2)
		} else {
			out += dash + dayText(b.Day(), day2)
		}
	}
	if year != "" {
		out += sep + strconv.Itoa(b.Year())
	}
	return out, true
}

func shiftDayMonth(g []string, days int, ref time.Time, hasRef bool) (string, bool) {
	day, dash, day2, mon, dot, sep, year := g[1], g[2], g[3], g[4], g[5], g[6], g[7]
	t, ok := dateOf(year, months[mon], day, ref, hasRef)
	if !ok {
		return "", false
	}
	a := t.AddDate(0, 0, days)
	out := dayText(a.Day(), day)
	if day2 != "" {
		t2, ok := dateOf(strconv.Itoa(t.Year()), months[mon], day2, ref, false)
		if !ok {
			return "", false
		}
		b := t2.AddDate(0, 0, days)
		if b.Month() != a.Month() {
			out += " " + monthName(a.Month(), mon) + dot
		}
		out += dash + dayText(b.Day(), day2)
		a = b
	}
	out += " " + monthName(a.Month(), mon) + dot
	if year != "" {
		out += sep + strconv.Itoa(a.Year())
	}
	return out, true
}

// shiftMonthYear moves a month to the month its middle day moves to.
func shiftMonthYear(g []string, days int) (string, bool) {
	y, _ := strconv.Atoi(g[3])
	a := time.Date(y, months[g[1]], 15, 0, 0, 0, 0, time.UTC).AddDate(0, 0, days)
	return monthName(a.Month(), g[1]) + g[2] + " " + strconv.Itoa(a.Year()), true
}

// firstDate is the first date with its year written in text: the
// publication date of an article, which dates without a year are read
// against.
func firstDate(s string) (time.Time, bool) {
	at, found := len(s), time.Time{}
	note := func(pos int, t time.Time, ok bool) {
		if ok && pos < at {
			at, found = pos, t
		}
	}
	if l := isoRE.FindStringSubmatchIndex(s); l != nil {
		y, _ := strconv.Atoi(s[l[2]:l[3]])
		mo, _ := strconv.Atoi(s[l[4]:l[5]])
		d, _ := strconv.Atoi(s[l[6]:l[7]])
		t, ok := valid(y, time.Month(mo), d)
		note(l[0], t, ok)
	}
	for _, g := range monthDayRE.FindAllStringSubmatchIndex(s, -1) {
		if g[16] >= 0 {
			t, ok := dateOf(s[g[16]:g[17]], months[s[g[2]:g[3]]], s[g[6]:g[7]], time.Time{}, false)
			note(g[0], t, ok)
			break
		}
	}
	for _, g := range dayMonthRE.FindAllStringSubmatchIndex(s, -1) {
		if g[14] >= 0 {
			t, ok := dateOf(s[g[14]:g[15]], months[s[g[8]:g[9]]], s[g[2]:g[3]], time.Time{}, false)
			note(g[0], t, ok)
			break
		}
	}
	return found, at < len(s)
}

// dateOf reads a day of a month, in the year given or, without one, in
// the year that puts it nearest ref (when there is a ref).
func dateOf(year string, m time.Month, day string, ref time.Time, hasRef bool) (time.Time, bool) {
	d, _ := strconv.Atoi(day)
	if year != "" {
		y, _ := strconv.Atoi(year)
		return valid(y, m, d)
	}
	if !hasRef {
		return time.Time{}, false
	}
	var best time.Time
	found := false
	for y := ref.Year() - 1; y <= ref.Year()+1; y++ {
		t, ok := valid(y, m, d)
		if ok && (!found || abs(t.Sub(ref)) < abs(best.Sub(ref))) {
			best, found = t, true
		}
	}
	return best, found
}

// valid is the date y-m-d, when it exists.
func valid(y int, m time.Month, d int) (time.Time, bool) {
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	return t, t.Day() == d && t.Month() == m && m >= time.January && m <= time.December
}

func abs(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

// monthName writes m in the form like was written: in full or abbreviated.
func monthName(m time.Month, like string) string {
	if len(like) > 4 || like == "June" || like == "July" || like == "May" {
		return m.String()
	}
	if like == "Sept" && m == time.September {
		return "Sept"
	}
	return m.String()[:3]
}

// dayText writes a day with a leading zero when like had one.
func dayText(d int, like string) string {
	if len(like) == 2 && like[0] == '0' && d < 10 {
		return "0" + strconv.Itoa(d)
	}
	return strconv.Itoa(d)
}

// ordinal is the suffix of day d in the form like was written ("" when
// the day had none).
func ordinal(d int, like string) string {
	if like == "" {
		return ""
	}
	switch {
	case d%100 >= 11 && d%100 <= 13:
		return "th"
	case d%10 == 1:
		return "st"
	case d%10 == 2:
		return "nd"
	case d%10 == 3:
		return "rd"
	}
	return "th"
}
