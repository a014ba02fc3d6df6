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
// control characters (a terminal escape sequence in a headline) are dropped.
// Line-oriented formats (Markdown, the table) need it to keep their shape.
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
		case unicode.IsControl(r), r == utf8.RuneError:
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

// byMonth groups dated events (in display order) by the month of their
// first day, then within a month by their date as DisplayDate writes it;
// events at the same date share a heading.
func byMonth(dated []*timeline.Event) []monthGroup {
	var months []monthGroup
	for _, e := range dated {
		first, _, _ := span(e.When)
		mkey := first.Format("2006-01")
		if len(months) == 0 || months[len(months)-1].Key != mkey {
			months = append(months, monthGroup{Key: mkey, Label: first.Format(monthLayout)})
		}
		m := &months[len(months)-1]
		dkey := e.When.Start().String() + "/" + e.When.End().String() + "/" + string(e.When.Granularity)
		if len(m.Days) == 0 || m.Days[len(m.Days)-1].Key != dkey {
			m.Days = append(m.Days, group{Key: dkey, Label: DisplayDate(e.When)})
		}
		d := &m.Days[len(m.Days)-1]
		d.Events = append(d.Events, e)
	}
	return months
}

// monthGroup is a month heading with the dates under it.
type monthGroup struct {
	Key, Label string
	Days       []group
}
