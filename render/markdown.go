package render

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/dateline/dateline/timeline"
)

// MarkdownRenderer writes a report in GitHub-flavoured Markdown:
//
//	# Title
//	## Summary            period covered, events by kind (a table),
//	                      most frequent participants
//	## December 2021      one section per month, in date order
//	### Thu 30 Dec 2021   one per date, at the date's granularity
//	#### Event title      kind, status, participants, place, the date's
//	                      origin, then each source as a quote
//	## Undated events
//
// Article text is untrusted: it is folded onto one line and every character
// Markdown would read as syntax is backslash-escaped, so a headline can
// neither start a list nor inject HTML or a link.
type MarkdownRenderer struct {
	// Title is the report's heading; DefaultTitle when empty.
	Title string
	// TopParticipants is how many participants the summary lists; 10 when 0.
	TopParticipants int
}

// Render writes the report.
func (r MarkdownRenderer) Render(w io.Writer, tl *timeline.Timeline) error {
	title := r.Title
	if title == "" {
		title = DefaultTitle(tl)
	}
	top := r.TopParticipants
	if top <= 0 {
		top = 10
	}
	dated, undated := displayOrder(eventsOf(tl))
	all := append(append([]*timeline.Event{}, dated...), undated...)

	bw := bufio.NewWriter(w)
	p := func(format string, args ...any) { fmt.Fprintf(bw, format, args...) }

	p("# %s\n\n", mdEscape(title))
	p("## Summary\n\n")
	p("- **Period covered:** %s\n", mdEscape(periodText(dated)))
	p("- **Events:** %d (%d dated, %d undated)\n\n", len(all), len(dated), len(undated))
	if kinds := kindCounts(all); len(kinds) > 0 {
		p("### Events by kind\n\n| Kind | Events |\n| --- | ---: |\n")
		for _, k := range kinds {
			p("| %s | %d |\n", mdEscape(k.Name), k.N)
		}
		p("\n")
	}
	if people := topParticipants(all, top); len(people) > 0 {
		p("### Most frequent participants\n\n")
		for i, c := range people {
			p("%d. %s — %d %s\n", i+1, mdEscape(c.Name), c.N, plural(c.N, "event", "events"))
		}
		p("\n")
	}
	for _, m := range byMonth(dated) {
		p("## %s\n\n", m.Label)
		for _, d := range m.Days {
			p("### %s\n\n", capitalize(d.Label))
			for _, e := range d.Events {
				mdEvent(bw, e)
			}
		}
	}
	if len(undated) > 0 {
		p("## Undated events\n\n")
		for _, e := range undated {
			mdEvent(bw, e)
		}
	}
	return bw.Flush()
}

// mdEvent writes one event: its heading, facts and source quotes.
func mdEvent(w io.Writer, e *timeline.Event) {
	p := func(format string, args ...any) { fmt.Fprintf(w, format, args...) }
	p("#### %s\n\n", mdEscape(e.Title))
	p("- **Kind:** %s · **Status:** %s\n", mdEscape(string(e.Kind)), mdEscape(string(e.Status)))
	if c := e.CorrectedSummary(); c != "" {
		p("- **Corrected by hand:** %s\n", mdEscape(c))
	}
	if e.When != nil {
		p("- **Date:** %s\n", mdEscape(DisplayDate(e.When)))
	}
	if len(e.Participants) > 0 {
		labels := make([]string, len(e.Participants))
		for i, x := range e.Participants {
			labels[i] = mdEscape(participantLabel(x))
		}
		p("- **Participants:** %s\n", strings.Join(labels, "; "))
	}
	if pl := placeOf(e); pl != "" {
		p("- **Place:** %s\n", mdEscape(pl))
	}
	if e.Format != "" {
		p("- **Format:** %s\n", mdEscape(e.Format))
	}
	for _, c := range e.Conflicts {
		p("- **Other date reported:** %s\n", mdEscape(DisplayDate(&c)))
	}
	p("- **Sources:** %d\n\n", len(e.Sources))
	for _, s := range e.Sources {
		before, date, after := highlight(s)
		quote := mdInline(before)
		if date := collapseSpace(date); strings.TrimSpace(date) != "" {
			// Emphasis must hug its text, so spaces stay outside the **.
			if strings.HasPrefix(date, " ") {
				quote += " "
			}
			quote += "**" + mdInline(strings.TrimSpace(date)) + "**"
			if strings.HasSuffix(date, " ") {
				quote += " "
			}
			quote += mdInline(after)
		}
		var cite []string
		if s.Headline != "" {
			cite = append(cite, "*"+mdEscape(s.Headline)+"*")
		}
		if dayText(s.Published) != "" {
			cite = append(cite, mdEscape(dayText(s.Published)))
		}
		p("> %s\n>\n> — %s", mdLineStart(strings.TrimSpace(quote)), strings.Join(cite, ", "))
		if s.Article != "" {
			p(" (%s)", mdEscape(s.Article))
		}
		p("\n")
		if s.Explain != "" {
			p(">\n> Date: %s\n", mdEscape(s.Explain))
		}
		p("\n")
	}
}

// mdSpecial are the characters escaped wherever they appear: the inline
// syntax of CommonMark and GFM (emphasis, code, links, images, raw HTML,
// entities, tables, strikethrough) plus the heading and quote markers.
const mdSpecial = "\\`*_{}[]<>&|~#!$^"

// mdEscape makes untrusted text literal Markdown that can start a line: it
// folds the text onto one line, escapes mdSpecial (mdInline) and what would
// open a block at the start of a line (mdLineStart).
func mdEscape(s string) string {
	return mdLineStart(mdInline(oneLine(s)))
}

// mdInline backslash-escapes mdSpecial in s and folds white space runs to
// one space, keeping a leading or trailing one, so that pieces of a
// sentence can be escaped separately and joined.
func mdInline(s string) string {
	s = collapseSpace(s)
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if strings.IndexByte(mdSpecial, s[i]) >= 0 {
			b.WriteByte('\\')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// mdLineStart escapes what would make a line of text a block: a list
// bullet or setext underline ("-", "+", "="), or an ordered list number
// ("1." or "2)"). "#" and ">" are already escaped by mdInline.
func mdLineStart(s string) string {
	if s == "" {
		return s
	}
	if strings.IndexByte("-+=", s[0]) >= 0 {
		return "\\" + s
	}
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 && i < len(s) && (s[i] == '.' || s[i] == ')') {
		return s[:i] + "\\" + s[i:]
	}
	return s
}

// plural picks the singular or plural form for n.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
