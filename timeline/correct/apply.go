package correct

import (
	"fmt"
	"slices"
	"strings"

	"github.com/dateline/dateline/timeline"
)

// Options configure Apply.
type Options struct {
	// Aliases maps ids events had to the ids they have now, beside the
	// aliases the events list themselves (a store keeps them in a table).
	Aliases map[string]string
}

// Problem is a correction that could not be applied: where it is written,
// the event it names, and why.
type Problem struct {
	By    string // "corrections.yaml:12"
	Event string
	Err   string
}

func (p Problem) Error() string {
	return fmt.Sprintf("correction %s (%s): %s", p.By, p.Event, p.Err)
}

// Report says what Apply did.
type Report struct {
	// Applied counts the corrections applied; Dropped lists the ids of
	// the events dropped.
	Applied int
	Dropped []string
	// Problems are the corrections not applied, in file order.
	Problems []Problem
}

// Apply applies the corrections of files, in order, to tl, and returns the
// corrected timeline (tl is not changed) and what was done. Each
// correction names its event by the id it has, or by an id it had (its
// aliases, opt.Aliases), as the events are after the corrections before
// it. A correction whose event is not in tl is a Problem and changes
// nothing. Every event changed lists its changes in Corrected; the events
// are sorted again, as dates may have moved.
func Apply(tl timeline.Timeline, opt Options, files ...File) (timeline.Timeline, Report) {
	a := &applier{events: slices.Clone(tl.Events), opt: opt, at: map[string]int{}}
	for i := range a.events {
		a.file(i)
	}
	var rep Report
	for _, f := range files {
		for _, c := range f.Corrections {
			by := fmt.Sprintf("%s:%d", f.Name, c.Line)
			if err := a.apply(c, by, &rep); err != "" {
				rep.Problems = append(rep.Problems, Problem{By: by, Event: c.Event, Err: err})
				continue
			}
			rep.Applied++
		}
	}
	out := timeline.Timeline{Schema: tl.Schema, Events: make([]timeline.Event, 0, len(a.events))}
	for i, e := range a.events {
		if !a.gone(i) {
			out.Events = append(out.Events, e)
		}
	}
	timeline.SortEvents(out.Events)
	return out, rep
}

// applier holds the events being corrected, and where each id and alias
// is.
type applier struct {
	events  []timeline.Event
	dropped []int
	opt     Options
	at      map[string]int // id or alias → event
}

func (a *applier) file(i int) {
	e := &a.events[i]
	a.at[e.ID] = i
	for _, al := range e.Aliases {
		if _, ok := a.at[al]; !ok {
			a.at[al] = i
		}
	}
}

func (a *applier) gone(i int) bool { return slices.Contains(a.dropped, i) }

// find is the event that has or had id.
func (a *applier) find(id string) (int, bool) {
	for range 4 { // an alias may name an id that is itself an alias
		if i, ok := a.at[id]; ok && !a.gone(i) {
			return i, true
		}
		to, ok := a.opt.Aliases[id]
		if !ok || to == id {
			break
		}
		id = to
	}
	return 0, false
}

// apply applies one correction; the reason it cannot, else "".
func (a *applier) apply(c Correction, by string, rep *Report) string {
	i, ok := a.find(c.Event)
	if !ok {
		return "no event has this id: it may have been merged with another, dropped, or given another date or participants by the articles added since"
	}
	// Check everything before changing anything: a correction is applied
	// whole or not at all.
	var merged []int
	for _, id := range c.Merge {
		j, ok := a.find(id)
		switch {
		case !ok:
			return fmt.Sprintf("merge: no event has the id %q", id)
		case j == i:
			return fmt.Sprintf("merge: %q is the event corrected itself", id)
		}
		merged = append(merged, j)
	}
	e := &a.events[i]
	rest := e.Sources
	var splits [][]timeline.Source
	for _, s := range c.Split {
		var out, keep []timeline.Source
		for _, src := range rest {
			if src.Article == s.Article && (s.Sentence == "" || strings.Contains(src.Sentence, s.Sentence)) {
				out = append(out, src)
			} else {
				keep = append(keep, src)
			}
		}
		switch {
		case len(out) == 0:
			return fmt.Sprintf("split: the event has no source from the article %q%s", s.Article, sentenceNote(s))
		case len(keep) == 0:
			return fmt.Sprintf("split: every source of the event is from %q%s; nothing would be left", s.Article, sentenceNote(s))
		}
		splits = append(splits, out)
		rest = keep
	}
	if c.Drop {
		a.dropped = append(a.dropped, i)
		rep.Dropped = append(rep.Dropped, e.ID)
		return ""
	}
	ev := *e
	ev.Corrected = slices.Clone(e.Corrected)
	change := func(field, from, to string) {
		ev.Corrected = append(ev.Corrected, timeline.Change{Field: field, From: from, To: to, By: by})
	}
	a.set(&ev, c, change)
	for _, j := range merged {
		o := &a.events[j]
		ev.Sources = append(slices.Clone(ev.Sources), o.Sources...)
		slices.SortStableFunc(ev.Sources, timeline.CompareSources)
		ev.Aliases = append(slices.Clone(ev.Aliases), o.ID)
		ev.Aliases = append(ev.Aliases, o.Aliases...)
		ev.Corrected = append(ev.Corrected, o.Corrected...)
		change("merge", o.ID, "")
		a.dropped = append(a.dropped, j)
		a.at[o.ID] = i
		for _, al := range o.Aliases {
			a.at[al] = i
		}
	}
	if len(splits) > 0 {
		ev.Sources = rest
	}
	for _, out := range splits {
		ne := ev
		ne.Aliases, ne.Corrected, ne.Sources = nil, nil, out
		ne.ID = a.unused(ev.ID + "-split")
		ne.Corrected = []timeline.Change{{Field: "split", From: ev.ID, By: by}}
		change("split", "", ne.ID)
		a.events = append(a.events, ne)
		a.file(len(a.events) - 1)
	}
	if c.Note != "" {
		ev.Corrected = append(ev.Corrected, timeline.Change{Field: "note", Note: c.Note, By: by})
	}
	a.events[i] = ev
	a.file(i)
	return ""
}

// set sets the fields the correction gives, noting each change.
func (a *applier) set(ev *timeline.Event, c Correction, change func(field, from, to string)) {
	if c.Date != nil {
		change("date", whenText(ev.When), whenText(c.Date))
		w := *c.Date
		ev.When = &w
		ev.Conflicts = nil
	}
	if c.Kind != "" {
		change("kind", string(ev.Kind), string(c.Kind))
		ev.Kind = c.Kind
		ev.CAMEO = timeline.CAMEOCode(c.Kind, false)
	}
	if c.Status != "" {
		change("status", string(ev.Status), string(c.Status))
		ev.Status = c.Status
	}
	if c.Place != "" || c.ClearPlace {
		from := ""
		if ev.Place != nil {
			from = *ev.Place
		}
		change("place", from, c.Place)
		ev.Place = nil
		if c.Place != "" {
			p := c.Place
			ev.Place = &p
		}
	}
	if c.Participants != nil {
		change("participants", partyNames(ev.Participants), partyNames(c.Participants))
		ev.Participants = slices.Clone(c.Participants)
	}
	if c.Title != "" {
		change("title", ev.Title, c.Title)
		ev.Title = c.Title
	}
}

// unused is base, or base-2, base-3 … whichever no event has.
func (a *applier) unused(base string) string {
	id := base
	for n := 2; ; n++ {
		if _, taken := a.at[id]; !taken {
			return id
		}
		id = fmt.Sprintf("%s-%d", base, n)
	}
}

func sentenceNote(s Split) string {
	if s.Sentence == "" {
		return ""
	}
	return fmt.Sprintf(" with a sentence containing %q", s.Sentence)
}

func whenText(w *timeline.When) string {
	if w == nil {
		return "undated"
	}
	if w.Start() != w.End() && w.Granularity == "day" {
		return w.Start().String() + "/" + w.End().String()
	}
	return w.Value
}

func partyNames(ps []timeline.Participant) string {
	out := make([]string, len(ps))
	for i, p := range ps {
		out[i] = p.Name
	}
	return strings.Join(out, "; ")
}

// EventIDs lists the ids the corrections of files name, each once: the
// events a query must fetch besides those it selects, since a correction
// may bring an event into the selection or take one out.
func EventIDs(files ...File) []string {
	seen := map[string]bool{}
	var out []string
	add := func(id string) {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	for _, f := range files {
		for _, c := range f.Corrections {
			add(c.Event)
			for _, id := range c.Merge {
				add(id)
			}
		}
	}
	return out
}
