package render

import (
	"fmt"
	"io"
	"strings"

	"github.com/dateline/dateline/timeline"
)

// WriteEvent writes one event for a person at a terminal: what it is,
// when, who, where, how many articles of which outlets report it, and
// then every source with its outlet, headline, address, sentence and why each
// field of the event has the value that source gives it (the rules of
// package extract and the resolver's explanation of the date). It is
// what `dateline show ID` prints. Untrusted text is folded onto one line
// and stripped of control characters.
func WriteEvent(w io.Writer, e *timeline.Event) error {
	var b strings.Builder
	p := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	p("%s\n%s\n\n", oneLine(e.ID), oneLine(e.Title))
	p("  kind          %s (CAMEO %s)\n", oneLine(string(e.Kind)), oneLine(e.CAMEO))
	if e.Format != "" {
		p("  format        %s\n", oneLine(e.Format))
	}
	p("  status        %s\n", oneLine(string(e.Status)))
	if c := e.CorrectedSummary(); c != "" {
		p("  corrected     %s\n", oneLine(c))
	}
	p("  date          %s", DisplayDate(e.When))
	if e.When != nil {
		if e.When.Start() == e.When.End() {
			p(" (%s, %s)", oneLine(e.When.Value), e.When.Granularity)
		} else {
			p(" (%s, %s, %s … %s)", oneLine(e.When.Value), e.When.Granularity, e.When.Start(), e.When.End())
		}
	}
	p("\n")
	for _, c := range e.Conflicts {
		p("  also reported %s (%s)\n", DisplayDate(&c), oneLine(c.Value))
	}
	if pl := placeOf(e); pl != "" {
		p("  place         %s\n", oneLine(pl))
	}
	p("  participants  ")
	for i, q := range e.Participants {
		if i > 0 {
			p("\n                ")
		}
		p("%s [%s]", oneLine(participantLabel(q)), q.Type)
	}
	p("\n\n")
	arts := articlesOf(e)
	p("%d %s in %s", len(e.Sources), plural(len(e.Sources), "source sentence", "source sentences"),
		countNoun(len(arts), "article", "articles"))
	if outs := outlets(arts); len(outs) > 0 {
		for i, o := range outs {
			outs[i] = oneLine(o)
		}
		p(" (%s)", strings.Join(outs, ", "))
	}
	p("\n")
	for i, s := range e.Sources {
		p("\n[%d] ", i+1)
		if o := outletOf(s); o != "" {
			p("%s: ", oneLine(o))
		}
		p("%s", oneLine(s.Headline))
		if d := dayText(s.Published); d != "" {
			p(" (%s)", d)
		}
		p("\n    %s\n", oneLine(s.Article))
		if u := webURLOf(s); u != "" && u != s.Article {
			p("    %s\n", oneLine(u))
		}
		p("    %q\n", oneLine(s.Sentence))
		switch {
		case s.DateText != "":
			p("    date text   %q: %s\n", oneLine(s.DateText), oneLine(s.Explain))
		case s.Explain != "":
			p("    date note   %s\n", oneLine(s.Explain))
		}
		writeWhy(&b, s.Why)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// writeWhy writes the reasons of one source, a field a line.
func writeWhy(b *strings.Builder, w *timeline.Why) {
	if w == nil {
		return
	}
	line := func(field string, r timeline.Reason) {
		fmt.Fprintf(b, "    %-11s %s — %s\n", field, oneLine(r.Rule), oneLine(r.Explain))
	}
	line("kind", w.Kind)
	for _, p := range w.Participants {
		line("who", timeline.Reason{Rule: p.Rule, Explain: oneLine(p.Name) + ": " + p.Explain})
	}
	line("status", w.Status)
	if w.Date != nil {
		line("date", *w.Date)
	}
	if w.Place != nil {
		line("place", *w.Place)
	}
}
