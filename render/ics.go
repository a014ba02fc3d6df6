package render

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dateline/dateline/timeline"
	"github.com/rickb777/date/v2"
)

// ICSRenderer writes an iCalendar file (RFC 5545) with one all-day VEVENT
// per dated event; undated events cannot be put in a calendar and are left
// out, and so are events known only to a quarter, a year or longer
// (When.Coarse) unless Coarse is set: a calendar would show "in 2019" as
// an event lasting the whole year.
//
// An event covers its whole date range: DTSTART;VALUE=DATE is its first
// day and DTEND;VALUE=DATE the day after its last (DTEND is exclusive), so
// a week-long entry shows across the week and a month entry across the
// month. UID is the event id followed by "@dateline", stable across runs
// so a calendar that re-imports the file updates rather than duplicates.
//
// DTSTAMP is required, and for a file without METHOD RFC 5545 defines it
// as the time the event's information was last revised. The renderer uses
// midnight UTC of the latest publication date among the event's sources
// (the newest evidence), or of the event's first day when no source is
// dated, rather than the clock: the output must be the same bytes for the
// same timeline.
//
// STATUS is CONFIRMED for occurred, TENTATIVE for planned and postponed
// (the description says it was postponed) and CANCELLED for cancelled.
// The description names each article's outlet, headline, day and web
// address; URL is the first article's web address. Lines end in CRLF and
// are folded at 75 octets, never inside a UTF-8 sequence.
type ICSRenderer struct {
	// Title names the calendar (X-WR-CALNAME); DefaultTitle when empty.
	Title string
	// Coarse keeps the events known only to a quarter, a year or longer.
	Coarse bool
}

// icsStatus maps event statuses to iCalendar STATUS values.
var icsStatus = map[timeline.Status]string{
	timeline.Occurred:  "CONFIRMED",
	timeline.Planned:   "TENTATIVE",
	timeline.Postponed: "TENTATIVE",
	timeline.Cancelled: "CANCELLED",
}

// LeftOut is the error of a renderer that wrote every event it could and
// left some out, each for the reason in Errs. The output is complete
// otherwise: a caller reports the reasons and keeps the output.
type LeftOut struct {
	Errs []error
}

func (l *LeftOut) Error() string {
	msgs := make([]string, len(l.Errs))
	for i, e := range l.Errs {
		msgs[i] = e.Error()
	}
	return strings.Join(msgs, "; ")
}

// Unwrap returns the reasons.
func (l *LeftOut) Unwrap() []error { return l.Errs }

// CoarseEvents counts the dated events of tl that ICSRenderer leaves out
// unless its Coarse option is set.
func CoarseEvents(tl *timeline.Timeline) int {
	n := 0
	for _, e := range eventsOf(tl) {
		if e.When != nil && e.When.Coarse() {
			n++
		}
	}
	return n
}

// Render writes tl as an iCalendar document. An event whose days do not
// make a range is left out and reported in the returned *LeftOut; every
// other event is written. An error writing to w is returned as it is.
func (r ICSRenderer) Render(w io.Writer, tl *timeline.Timeline) error {
	title := r.Title
	if title == "" {
		title = DefaultTitle(tl)
	}
	out := &icsWriter{w: bufio.NewWriter(w)}
	out.line("BEGIN", "VCALENDAR")
	out.line("VERSION", "2.0")
	out.line("PRODID", "-//dateline//dateline timeline//EN")
	out.line("CALSCALE", "GREGORIAN")
	// VALUE=TEXT: readers that do not know X-WR-CALNAME (ical.js) would
	// otherwise keep the backslash of an escaped comma.
	out.line("X-WR-CALNAME;VALUE=TEXT", icsText(title))
	var bad []error
	for i := range eventsOf(tl) {
		e := &tl.Events[i]
		if e.When == nil || (e.When.Coarse() && !r.Coarse) {
			continue
		}
		first, last, ok := span(e.When)
		if !ok {
			bad = append(bad, fmt.Errorf("event %q left out of the calendar: its dates %s..%s do not make a range", oneLine(e.ID), e.When.Start(), e.When.End()))
			continue
		}
		stamp := first
		if p := latestPublished(e); p != date.Zero {
			stamp = p.MidnightUTC()
		}
		arts := articlesOf(e)
		out.line("BEGIN", "VEVENT")
		out.line("UID", icsText(e.ID+"@dateline"))
		out.line("DTSTAMP", stamp.Format("20060102T150405Z"))
		out.line("DTSTART;VALUE=DATE", first.Format("20060102"))
		out.line("DTEND;VALUE=DATE", last.AddDate(0, 0, 1).Format("20060102"))
		out.line("SUMMARY", icsText(e.Title))
		if p := placeOf(e); p != "" {
			out.line("LOCATION", icsText(p))
		}
		if s, ok := icsStatus[e.Status]; ok {
			out.line("STATUS", s)
		}
		if e.Kind != "" {
			out.line("CATEGORIES", icsText(string(e.Kind)))
		}
		for _, a := range arts {
			if a.URL != "" {
				out.line("URL;VALUE=URI", a.URL) // isWebURL: no control character, quote or space
				break
			}
		}
		out.line("DESCRIPTION", icsText(icsDescription(e, arts)))
		out.line("TRANSP", "TRANSPARENT") // a diplomatic event does not make the reader busy
		out.line("END", "VEVENT")
	}
	out.line("END", "VCALENDAR")
	if out.err == nil {
		out.err = out.w.Flush()
	}
	if out.err != nil {
		return out.err
	}
	if len(bad) > 0 {
		return &LeftOut{Errs: bad}
	}
	return nil
}

// icsDescription is the plain-text body of an event: date, status,
// participants and sources, an article each, outlet first.
func icsDescription(e *timeline.Event, arts []sourceArticle) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Date: %s\n", DisplayDate(e.When))
	switch e.Status {
	case timeline.Postponed:
		b.WriteString("Status: postponed; the dates above are the ones it had been set for.\n")
	case "":
	default:
		fmt.Fprintf(&b, "Status: %s\n", e.Status)
	}
	if len(e.Participants) > 0 {
		labels := make([]string, len(e.Participants))
		for i, p := range e.Participants {
			labels[i] = participantLabel(p)
		}
		fmt.Fprintf(&b, "Participants: %s\n", strings.Join(labels, "; "))
	}
	if e.Format != "" {
		fmt.Fprintf(&b, "Format: %s\n", e.Format)
	}
	if c := e.CorrectedSummary(); c != "" {
		fmt.Fprintf(&b, "Corrected by hand: %s\n", c)
	}
	for _, c := range e.Conflicts {
		fmt.Fprintf(&b, "Other date reported: %s\n", DisplayDate(&c))
	}
	fmt.Fprintf(&b, "Sources: %s\n", sourcesSummary(arts))
	for _, a := range arts {
		b.WriteString("- ")
		if a.Outlet != "" {
			b.WriteString(a.Outlet + ": ")
		}
		b.WriteString(a.Headline)
		if a.Published != date.Zero {
			b.WriteString(" (" + a.Published.String() + ")")
		}
		if a.URL != "" {
			b.WriteString(" " + a.URL)
		} else if a.Path != "" {
			b.WriteString(", " + a.Path)
		}
		b.WriteString("\n")
		for _, s := range a.Sentences {
			b.WriteString("  \"" + s.Sentence + "\"\n")
		}
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// icsText escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon
// and comma get a backslash, a line break becomes \n, and other control
// characters (C0 and C1), which TEXT may not hold, are dropped. Invalid
// UTF-8 becomes U+FFFD.
func icsText(s string) string {
	var b strings.Builder
	s = strings.ToValidUTF8(s, "\uFFFD")
	for i, r := range s {
		switch {
		case r == '\\' || r == ';' || r == ',':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\r' && i+1 < len(s) && s[i+1] == '\n':
			// the \n that follows writes the break
		case r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029' || r == '\u0085':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteRune(r)
		case unicode.IsControl(r):
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// icsWriter writes content lines, folding them, and keeps the first error.
type icsWriter struct {
	w   *bufio.Writer
	err error
}

// maxOctets is the longest a content line may be, CRLF excluded (§3.1).
const maxOctets = 75

// line writes "name:value" folded to maxOctets per physical line: a fold
// is CRLF followed by one space, which counts towards the next line's
// length, and never falls inside a UTF-8 sequence.
func (iw *icsWriter) line(name, value string) {
	if iw.err != nil {
		return
	}
	s := name + ":" + value
	limit := maxOctets
	for len(s) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		_, iw.err = iw.w.WriteString(s[:cut] + "\r\n ")
		s = s[cut:]
		limit = maxOctets - 1 // the leading space takes one octet
	}
	if iw.err == nil {
		_, iw.err = iw.w.WriteString(s + "\r\n")
	}
}
