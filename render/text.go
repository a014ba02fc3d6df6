package render

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dateline/dateline/timeline"
	"github.com/rickb777/date/v2"
)

// oneLine folds untrusted text onto one line: every run of white space,
// line and paragraph separators included, becomes one space, and other
// control characters (a terminal escape sequence in a headline) and the
// bidirectional embedding, override and isolate controls (a right-to-left
// override that would reverse the text around it) are dropped.
// Line-oriented formats (Markdown, the table, the brief) need it to keep
// their shape.
func oneLine(s string) string {
	return strings.TrimSpace(collapseSpace(s))
}

// collapseSpace is oneLine without the trimming: a leading or trailing
// run of white space becomes one space.
func collapseSpace(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case unicode.IsSpace(r):
			space = true
			continue
		case unicode.IsControl(r), r == utf8.RuneError, isBidiControl(r):
			continue
		}
		if space {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	if space {
		b.WriteByte(' ')
	}
	return b.String()
}

// isBidiControl reports whether r is a bidirectional embedding, override
// or isolate control (U+202A–U+202E, U+2066–U+2069). The marks LRM and RLM
// are kept: they change no text but the one beside them.
func isBidiControl(r rune) bool {
	return (r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069)
}

// cleanText drops from untrusted text the control characters a document
// may not hold (C0 and C1, but for tab, line feed and carriage return) and
// turns invalid UTF-8 into U+FFFD: the HTML page isolates the rest of it
// with <bdi> and dir=auto. Line ends become line feeds, as an HTML parser
// makes them, so that text the page's script sets from its JSON data is
// the text the markup gives.
func cleanText(s string) string {
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
	}
	if !strings.ContainsFunc(s, func(r rune) bool { return unicode.IsControl(r) && r != '\t' && r != '\n' }) && utf8.ValidString(s) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) && r != '\t' && r != '\n' {
			return -1
		}
		return r
	}, strings.ToValidUTF8(s, "\uFFFD"))
}

// participantLabel writes a participant with what the text says about them:
// "Joe Biden (President, United States)".
func participantLabel(p timeline.Participant) string {
	var extra []string
	for _, s := range []string{p.Role, p.Country} {
		if s != "" {
			extra = append(extra, s)
		}
	}
	if len(extra) == 0 {
		return p.Name
	}
	return p.Name + " (" + strings.Join(extra, ", ") + ")"
}

// participantNames joins the participants' names with sep.
func participantNames(e *timeline.Event, sep string) string {
	names := make([]string, len(e.Participants))
	for i, p := range e.Participants {
		names[i] = p.Name
	}
	return strings.Join(names, sep)
}

// placeOf returns the event's place, or "" when it has none.
func placeOf(e *timeline.Event) string {
	if e.Place == nil {
		return ""
	}
	return *e.Place
}

// count is a name with how many events it appears in.
type count struct {
	Name string
	N    int
}

// topParticipants counts, for each participant name, the events it takes
// part in, most frequent first, ties by name; at most limit entries.
func topParticipants(events []*timeline.Event, limit int) []count {
	n := map[string]int{}
	for _, e := range events {
		seen := map[string]bool{}
		for _, p := range e.Participants {
			if !seen[p.Name] {
				seen[p.Name] = true
				n[p.Name]++
			}
		}
	}
	out := make([]count, 0, len(n))
	for name, c := range n {
		out = append(out, count{name, c})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].N != out[j].N {
			return out[i].N > out[j].N
		}
		return out[i].Name < out[j].Name
	})
	if limit > 0 && len(out) > limit {
		out = out[:limit]
	}
	return out
}

// kindCounts counts events per kind: the known kinds in timeline.Kinds
// order, then any other kind by name; kinds without events are left out.
func kindCounts(events []*timeline.Event) []count {
	return countBy(events, func(e *timeline.Event) timeline.Kind { return e.Kind }, timeline.Kinds)
}

// statusCounts counts events per status, in timeline.Statuses order, then
// any other status by name.
func statusCounts(events []*timeline.Event) []count {
	return countBy(events, func(e *timeline.Event) timeline.Status { return e.Status }, timeline.Statuses)
}

// countBy counts events per key: the keys of order first, in that order,
// then any other key by name; keys without events are left out.
func countBy[K ~string](events []*timeline.Event, key func(*timeline.Event) K, order []K) []count {
	n := map[K]int{}
	for _, e := range events {
		n[key(e)]++
	}
	var out []count
	for _, k := range order {
		if n[k] > 0 {
			out = append(out, count{string(k), n[k]})
			delete(n, k)
		}
	}
	var rest []count
	for k, c := range n {
		rest = append(rest, count{string(k), c})
	}
	sortCounts(rest)
	return append(out, rest...)
}

// sortCounts sorts by name.
func sortCounts(c []count) {
	sort.Slice(c, func(i, j int) bool { return c[i].Name < c[j].Name })
}

// highlight splits a source's sentence around its date expression, so the
// expression can be marked. It trusts DateStart/DateEnd when they are set,
// in range, on rune boundaries and agree with DateText (when DateText is
// given); otherwise it looks for the first occurrence of DateText. When the
// expression cannot be found, date is "" and before is the whole sentence.
func highlight(s timeline.Source) (before, date, after string) {
	t := s.Sentence
	a, b := s.DateStart, s.DateEnd
	if (a != 0 || b != 0) && 0 <= a && a < b && b <= len(t) &&
		utf8.RuneStart(t[a]) && (b == len(t) || utf8.RuneStart(t[b])) &&
		(s.DateText == "" || t[a:b] == s.DateText) {
		return t[:a], t[a:b], t[b:]
	}
	if s.DateText != "" {
		if i := strings.Index(t, s.DateText); i >= 0 {
			return t[:i], s.DateText, t[i+len(s.DateText):]
		}
	}
	return t, "", ""
}

// latestPublished returns the latest publication day among the event's
// sources, or date.Zero when none has one.
func latestPublished(e *timeline.Event) date.Date {
	latest := date.Zero
	for _, s := range e.Sources {
		if s.Published > latest {
			latest = s.Published
		}
	}
	return latest
}

// group is a run of events under one heading.
type group struct {
	Key, Label string
	Events     []*timeline.Event
}

// section is a heading of a timeline with the dates under it: a month
// ("December 2021"), or the events known only to a longer period ("During
// 2019"), or the undated events.
type section struct {
	// Key is unique within a timeline and safe in an HTML id: "2021-12",
	// "during-2019", "undated".
	Key, Label string
	// Coarse is true for a "During …" section.
	Coarse bool
	Days   []group
	start  date.Date // the section's place in time
}

// sections groups the dated events (in display order) under headings in
// time order. Events dated to a day, a week or a month go under the month
// of their first day, and within it under their date as DisplayDate writes
// it. Events known only to a quarter, a year or longer (When.Coarse) go
// under "During 2019" (or "During 1990s"), placed before the first month
// of that period, never under a month they may not belong to.
func sections(dated []*timeline.Event) []section {
	var months, coarse []section
	find := func(list *[]section, key, label string, start date.Date, isCoarse bool) *section {
		if n := len(*list); n > 0 && (*list)[n-1].Key == key {
			return &(*list)[n-1]
		}
		for i := range *list {
			if (*list)[i].Key == key {
				return &(*list)[i]
			}
		}
		*list = append(*list, section{Key: key, Label: label, Coarse: isCoarse, start: start})
		return &(*list)[len(*list)-1]
	}
	for _, e := range dated {
		first, last, _ := span(e.When)
		var sec *section
		dayLabel := DisplayDate(e.When)
		if e.When.Coarse() {
			period := first.Format("2006")
			if first.Year() != last.Year() {
				period = DisplayDate(e.When)
			}
			sec = find(&coarse, "during-"+slugOf(period), "During "+period, e.When.Start(), true)
			if dayLabel == period {
				dayLabel = "" // "During 2019" already says it
			}
		} else {
			sec = find(&months, first.Format("2006-01"), first.Format(monthLayout), date.New(first.Year(), first.Month(), 1), false)
		}
		dkey := e.When.Start().String() + "/" + e.When.End().String() + "/" + string(e.When.Granularity)
		if n := len(sec.Days); n == 0 || sec.Days[n-1].Key != dkey {
			sec.Days = append(sec.Days, group{Key: dkey, Label: capitalize(dayLabel)})
		}
		d := &sec.Days[len(sec.Days)-1]
		d.Events = append(d.Events, e)
	}
	// Merge the two lists by start, a period before the months it holds.
	out := make([]section, 0, len(months)+len(coarse))
	i, j := 0, 0
	for i < len(months) || j < len(coarse) {
		if j < len(coarse) && (i == len(months) || coarse[j].start <= months[i].start) {
			out = append(out, coarse[j])
			j++
		} else {
			out = append(out, months[i])
			i++
		}
	}
	return out
}

// slugOf keeps the letters and digits of s, other runs becoming one "-":
// "1990s" → "1990s", "2019 – 2022" → "2019-2022".
func slugOf(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
		} else {
			dash = true
		}
	}
	return b.String()
}
