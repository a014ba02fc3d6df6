package merge

import "github.com/dateline/dateline/timeline"

// MentionsOf returns the mentions an event was merged from, as its sources
// record them (timeline.MentionRecord). A source without records — from a
// timeline written before they were kept — stands for one mention with
// the event's kind, format, participants, place, status and date (a date
// from the text when the source gives a date expression, else one taken
// from the others): the sources of one such event merge again into one
// event.
func MentionsOf(e *timeline.Event) []timeline.Mention {
	var out []timeline.Mention
	for _, s := range e.Sources {
		if len(s.Mentions) == 0 {
			out = append(out, eventMention(e, s, len(out)))
			continue
		}
		for _, r := range s.Mentions {
			out = append(out, r.Mention(s))
		}
	}
	return out
}

// eventMention stands in for the mention of a source that kept no record.
func eventMention(e *timeline.Event, s timeline.Source, index int) timeline.Mention {
	m := timeline.Mention{Kind: e.Kind, Format: e.Format, Participants: e.Participants, Status: e.Status,
		Source: s, Article: s.Article, Index: index, Publisher: s.Publisher}
	if e.Place != nil {
		m.Place = *e.Place
	}
	if e.When != nil {
		basis := timeline.FromReference
		if s.DateText != "" {
			basis = timeline.FromText
		}
		m.When = &timeline.MentionDate{When: *e.When, Basis: basis, Text: s.DateText, Explain: s.Explain}
	}
	return m
}
