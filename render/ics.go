package render

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/dateline/dateline/timeline"
	"github.com/rickb777/date/v2"
)

// ICSRenderer writes an iCalendar file (RFC 5545) with one all-day VEVENT
// per dated event; undated events cannot be put in a calendar and are left
// out.
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
// Lines end in CRLF and are folded at 75 octets, never inside a UTF-8
// sequence.
type ICSRenderer struct {
	// Title names the calendar (X-WR-CALNAME); DefaultTitle when empty.
	Title string
}

// icsStatus maps event statuses to iCalendar STATUS values.
var icsStatus = map[timeline.Status]string{
	timeline.Occurred:  "CONFIRMED",
	timeline.Planned:   "TENTATIVE",
	timeline.Postponed: "TENTATIVE",
	timeline.Cancelled: "CANCELLED",
}

// Render writes tl as an iCalendar document. An event whose start or end
// is not a valid day is skipped and reported in the returned error; the
// other events are still written.
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
	out.line("X-WR-CALNAME", icsText(title))
	var errs []error
	for i := range eventsOf(tl) {
		e := &tl.Events[i]
		if e.When == nil {
			continue
		}
		first, last, ok := span(e.When)
		if !ok {
			errs = append(errs, fmt.Errorf("event %q: when %s..%s: the end is before the start; event left out of the calendar", e.ID, e.When.Start(), e.When.End()))
			continue
		}
		stamp := first
		if p := latestPublished(e); p != date.Zero {
			stamp = p.MidnightUTC()
		}
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
		out.line("DESCRIPTION", icsText(icsDescription(e)))
		out.line("TRANSP", "TRANSPARENT") // a diplomatic event does not make the reader busy
		out.line("END", "VEVENT")
	}
	out.line("END", "VCALENDAR")
	if out.err == nil {
		out.err = out.w.Flush()
	}
	return errors.Join(append([]error{out.err}, errs...)...)
}

// icsDescription is the plain-text body of an event: date, status,
// participants and sources.
func icsDescription(e *timeline.Event) string {
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
	fmt.Fprintf(&b, "Sources (%d):\n", len(e.Sources))
	for _, s := range e.Sources {
		b.WriteString("- ")
		b.WriteString(s.Headline)
		if s.Published != date.Zero {
			b.WriteString(" (" + s.Published.String() + ")")
		}
		if s.Article != "" {
			b.WriteString(", " + s.Article)
		}
		b.WriteString("\n  \"" + s.Sentence + "\"\n")
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// icsText escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon
// and comma get a backslash, a line break becomes \n, and other control
// characters, which TEXT may not hold, are dropped.
func icsText(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '\\' || c == ';' || c == ',':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\r' && i+1 < len(s) && s[i+1] == '\n':
			// the \n that follows writes the break
		case c == '\n' || c == '\r':
			b.WriteString(`\n`)
		case c < 0x20 && c != '\t' || c == 0x7f:
		default:
			b.WriteByte(c)
		}
	}
	return strings.ToValidUTF8(b.String(), "\uFFFD")
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
