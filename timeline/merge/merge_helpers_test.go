package merge

import (
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"github.com/dateline/dateline/resolve"
	"github.com/dateline/dateline/timeline"
	"github.com/rickb777/date/v2"
)

// Helpers that build mentions by hand for the merge, event and query tests.

func ymd(s string) date.Date { return date.MustParseISO(s) }

// onDay is a day-granular date of the given basis.
func onDay(s string, basis timeline.DateBasis) *timeline.MentionDate {
	d := ymd(s)
	return &timeline.MentionDate{When: timeline.Day(d), Basis: basis, Text: textFor(basis, s)}
}

// inRange is a coarse date: a week, a month, or any span.
func inRange(value, first, last string, g resolve.Granularity) *timeline.MentionDate {
	return &timeline.MentionDate{When: timeline.When{Value: value, Range: resolve.Range{First: ymd(first), Last: ymd(last)}, Granularity: g},
		Basis: timeline.FromText, Text: value}
}

func textFor(basis timeline.DateBasis, s string) string {
	if basis == timeline.FromPublication {
		return ""
	}
	return "on " + s
}

func person(name, country string) timeline.Participant {
	return timeline.Participant{Name: name, Type: "person", Country: country}
}

func country(name string) timeline.Participant {
	return timeline.Participant{Name: name, Type: "country"}
}

func org(name string) timeline.Participant {
	return timeline.Participant{Name: name, Type: "organization"}
}

// mb builds one mention.
type mb struct {
	kind      timeline.Kind
	format    string
	who       []timeline.Participant
	place     string
	status    timeline.Status
	when      *timeline.MentionDate
	article   string
	published string
	index     int
	sentence  string
	dateText  string // the date expression; derived from the date when empty
}

func (b mb) mention() timeline.Mention {
	st := b.status
	if st == "" {
		st = timeline.Occurred
	}
	sentence := b.sentence
	if sentence == "" {
		sentence = fmt.Sprintf("%s reported in %s, mention %d", b.kind, b.article, b.index)
	}
	var published date.Date
	if b.published != "" {
		published = date.MustParseISO(b.published)
	}
	src := timeline.Source{Article: b.article, Headline: "Headline of " + b.article, Published: published, Sentence: sentence}
	if b.when != nil {
		src.DateText = b.when.Text
		if b.dateText != "" {
			src.DateText = b.dateText
			src.DateStart = strings.Index(sentence, b.dateText)
			src.DateEnd = src.DateStart + len(b.dateText)
		}
	}
	return timeline.Mention{Kind: b.kind, Format: b.format, Participants: b.who, Place: b.place,
		Status: st, When: b.when, Source: src, Article: b.article, Index: b.index,
		Publisher: filepath.Dir(b.article)} // a folder of files is one feed, as the reader says
}

func mentions(bs ...mb) []timeline.Mention {
	out := make([]timeline.Mention, len(bs))
	for i, b := range bs {
		out[i] = b.mention()
	}
	return out
}

var _ = time.January
