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
// never depends on the order of arrival.
func CompareSources(a, b Source) int {
	return cmp.Or(
		cmp.Compare(a.Published, b.Published),
		strings.Compare(a.Article, b.Article),
		strings.Compare(a.Sentence, b.Sentence),
		strings.Compare(a.DateText, b.DateText),
		cmp.Compare(a.DateStart, b.DateStart),
		cmp.Compare(a.DateEnd, b.DateEnd),
		strings.Compare(a.Headline, b.Headline),
		strings.Compare(a.Explain, b.Explain),
		strings.Compare(a.Why.key(), b.Why.key()),
	)
}
