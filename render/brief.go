package render

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/dateline/dateline/timeline"
	"github.com/rickb777/date/v2"
)

// BriefRenderer writes a briefing: a title, a line that says up to which
// day the articles run, then one line per event in date order, to paste
// into a note or a mail:
//
//	Thu 30 Dec 2021 — Biden–Putin phone call (occurred; whitehouse, kremlin)
//
// An event's line gives its date at its true granularity, its title with
// people named by surname, its status and the outlets that report it.
// Events known only to a year or longer are written "During 2019", and
// undated ones come last, "Undated".
//
// Markdown writes it as a Markdown list under a heading, every string
// escaped as MarkdownRenderer escapes it; otherwise it is plain text, with
// control characters dropped and each event on one line.
type BriefRenderer struct {
	// Title is the first line; DefaultTitle when empty.
	Title string
	// Markdown writes Markdown instead of plain text.
	Markdown bool
	// NewestFirst lists the latest events first (undated ones still last).
	NewestFirst bool
}

// Render writes the briefing.
func (r BriefRenderer) Render(w io.Writer, tl *timeline.Timeline) error {
	title := r.Title
	if title == "" {
		title = DefaultTitle(tl)
	}
	dated, undated := displayOrder(eventsOf(tl))
	if r.NewestFirst {
		slices.Reverse(dated)
	}
	all := append(dated, undated...)
	text := oneLine
	if r.Markdown {
		text = mdEscape
	}
	bw := bufio.NewWriter(w)
	if r.Markdown {
		fmt.Fprintf(bw, "# %s\n\n", text(title))
	} else {
		fmt.Fprintf(bw, "%s\n", text(title))
	}
	about := countNoun(len(all), "event", "events")
	if latest := latestArticle(all); latest != date.Zero {
		about = "Articles up to " + latest.Format(dayLayout) + "; " + about
	}
	fmt.Fprintf(bw, "%s.\n\n", text(about))
	for _, e := range all {
		line := briefDate(e) + " — " + briefTitle(e)
		var notes []string
		if e.Status != "" {
			notes = append(notes, string(e.Status))
		}
		if len(e.Corrected) > 0 {
			notes = append(notes, "corrected by hand")
		}
		if outs := outlets(articlesOf(e)); len(outs) > 0 {
			notes = append(notes, strings.Join(outs, ", "))
		}
		if len(notes) > 0 {
			line += " (" + strings.Join(notes, "; ") + ")"
		}
		if r.Markdown {
			fmt.Fprintf(bw, "- %s\n", mdEscape(line))
		} else {
			fmt.Fprintf(bw, "%s\n", oneLine(line))
		}
	}
	return bw.Flush()
}

// briefDate is an event's date as a briefing line starts with it.
func briefDate(e *timeline.Event) string {
	if _, _, ok := span(e.When); !ok {
		if e.When == nil {
			return "Undated"
		}
		return DisplayDate(e.When)
	}
	if e.When.Coarse() {
		return "During " + DisplayDate(e.When)
	}
	return capitalize(DisplayDate(e.When))
}

// briefTitle is the event's title with its people named by surname: an
// event titled by its participants ("Joe Biden – Vladimir Putin phone
// call") becomes "Biden–Putin phone call"; a title of another form
// ("Talks at the OSCE") is kept as it is. An event without a title is
// named by its participants and kind.
func briefTitle(e *timeline.Event) string {
	full := make([]string, len(e.Participants))
	short := make([]string, len(e.Participants))
	for i, p := range e.Participants {
		full[i], short[i] = p.Name, p.ShortName()
	}
	who := strings.Join(short, ", ")
	if len(short) == 2 {
		who = short[0] + "–" + short[1]
	}
	if e.Title == "" {
		what := e.Kind.Title()
		if e.Format != "" {
			what = e.Format
		}
		return strings.TrimSpace(who + " " + what)
	}
	if len(full) == 0 {
		return e.Title
	}
	prefix := strings.Join(full, " – ")
	for _, sep := range []string{" ", ": "} {
		if rest, ok := strings.CutPrefix(e.Title, prefix+sep); ok {
			return who + sep + rest
		}
	}
	return e.Title
}
