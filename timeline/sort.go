package timeline

import (
	"cmp"
	"slices"
	"strings"
)

// SortEvents orders events by first day, last day and ID, undated events
// last; events still tied are ordered by their first source.
func SortEvents(events []Event) {
	slices.SortStableFunc(events, CompareEvents)
}

func CompareEvents(a, b Event) int {
	if (a.When == nil) != (b.When == nil) {
		if a.When == nil {
			return 1
		}
		return -1
	}
	if a.When != nil {
		if c := cmp.Or(cmp.Compare(a.When.Start(), b.When.Start()), cmp.Compare(a.When.End(), b.When.End())); c != 0 {
			return c
		}
	}
	if c := strings.Compare(a.ID, b.ID); c != 0 {
		return c
	}
	if len(a.Sources) > 0 && len(b.Sources) > 0 {
		if c := CompareSources(a.Sources[0], b.Sources[0]); c != 0 {
			return c
		}
	}
	return cmp.Compare(len(a.Sources), len(b.Sources))
}

// CompareSources orders sources as events list them: by publication
// date, article and sentence, then by every other field, so that the order
// never depends on the order of arrival. Fields are compared one at a time
// and only as far as needed: sorting the sources of a large corpus builds
// no key for each.
func CompareSources(a, b Source) int {
	if c := cmp.Compare(a.Published, b.Published); c != 0 {
		return c
	}
	if c := strings.Compare(a.Article, b.Article); c != 0 {
		return c
	}
	if c := strings.Compare(a.Sentence, b.Sentence); c != 0 {
		return c
	}
	if c := strings.Compare(a.DateText, b.DateText); c != 0 {
		return c
	}
	if c := cmp.Compare(a.DateStart, b.DateStart); c != 0 {
		return c
	}
	if c := cmp.Compare(a.DateEnd, b.DateEnd); c != 0 {
		return c
	}
	if c := strings.Compare(a.Headline, b.Headline); c != 0 {
		return c
	}
	if c := strings.Compare(a.Explain, b.Explain); c != 0 {
		return c
	}
	if c := strings.Compare(a.Publisher, b.Publisher); c != 0 {
		return c
	}
	if c := strings.Compare(a.URL, b.URL); c != 0 {
		return c
	}
	return CompareWhy(a.Why, b.Why)
}

// CompareWhy orders two trails of reasons, field by field; nil first.
func CompareWhy(a, b *Why) int {
	if a == b {
		return 0
	}
	if a == nil || b == nil {
		if a == nil {
			return -1
		}
		return 1
	}
	for i, ra := range []*Reason{&a.Kind, &a.Status, a.Date, a.Place} {
		rb := []*Reason{&b.Kind, &b.Status, b.Date, b.Place}[i]
		if c := compareReason(ra, rb); c != 0 {
			return c
		}
	}
	for i := range min(len(a.Participants), len(b.Participants)) {
		pa, pb := a.Participants[i], b.Participants[i]
		if c := cmp.Or(strings.Compare(pa.Name, pb.Name), strings.Compare(pa.Rule, pb.Rule), strings.Compare(pa.Explain, pb.Explain)); c != 0 {
			return c
		}
	}
	return cmp.Compare(len(a.Participants), len(b.Participants))
}

func compareReason(a, b *Reason) int {
	if a == nil || b == nil {
		switch {
		case a == b:
			return 0
		case a == nil:
			return -1
		}
		return 1
	}
	return cmp.Or(strings.Compare(a.Rule, b.Rule), strings.Compare(a.Explain, b.Explain))
}
