package render

import (
	"encoding/json"
	"fmt"
	"html"
	"io"
	"strings"
	"time"

	"github.com/dateline/dateline/timeline"
)

// TimelineJSRenderer writes the JSON that Knight Lab's TimelineJS 3 reads
// (https://timeline.knightlab.com/docs/json-format.html): a title slide and
// one slide per dated event; undated events have no place on a time axis
// and are counted in the title slide instead.
//
// Dates are objects of strings ({"year":"2021","month":"12","day":"30"}), as
// the spreadsheet-generated JSON has them, and carry only the precision the
// event has: a month event has no day. A week or longer range gets an
// end_date. Every slide has a display_date written by DisplayDate
// ("Week of 10 Jan 2022"), and "group" is the event kind.
//
// TimelineJS renders headline and text as HTML, so all article text is
// HTML-escaped, and autolink is off so no URL in the text becomes a link.
type TimelineJSRenderer struct {
	// Title is the title slide's headline; DefaultTitle when empty.
	Title string
}

type tjsDoc struct {
	Title  tjsSlide   `json:"title"`
	Events []tjsSlide `json:"events"`
	Scale  string     `json:"scale"`
}

type tjsSlide struct {
	StartDate   *tjsDate `json:"start_date,omitempty"`
	EndDate     *tjsDate `json:"end_date,omitempty"`
	Text        tjsText  `json:"text"`
	Group       string   `json:"group,omitempty"`
	DisplayDate string   `json:"display_date,omitempty"`
	UniqueID    string   `json:"unique_id,omitempty"`
	Autolink    *bool    `json:"autolink,omitempty"`
}

type tjsDate struct {
	Year  string `json:"year"`
	Month string `json:"month,omitempty"`
	Day   string `json:"day,omitempty"`
}

type tjsText struct {
	Headline string `json:"headline"`
	Text     string `json:"text"`
}

// Render writes tl as TimelineJS JSON, events in reading order.
func (r TimelineJSRenderer) Render(w io.Writer, tl *timeline.Timeline) error {
	title := r.Title
	if title == "" {
		title = DefaultTitle(tl)
	}
	dated, undated := displayOrder(eventsOf(tl))
	intro := fmt.Sprintf("%d %s, %s.", len(dated), plural(len(dated), "event", "events"), periodText(dated))
	if len(undated) > 0 {
		intro += fmt.Sprintf(" %d undated %s not shown.", len(undated), plural(len(undated), "event is", "events are"))
	}
	no := false
	doc := tjsDoc{
		Title:  tjsSlide{Text: tjsText{Headline: html.EscapeString(title), Text: "<p>" + html.EscapeString(intro) + "</p>"}},
		Events: []tjsSlide{},
		Scale:  "human",
	}
	for _, e := range dated {
		first, last, _ := span(e.When)
		slide := tjsSlide{
			StartDate:   tjsDay(first, string(e.When.Granularity)),
			Text:        tjsText{Headline: html.EscapeString(e.Title), Text: tjsBody(e)},
			Group:       string(e.Kind),
			DisplayDate: capitalize(DisplayDate(e.When)),
			UniqueID:    e.ID,
			Autolink:    &no,
		}
		if !first.Equal(last) && e.When.Granularity != "month" && e.When.Granularity != "year" {
			slide.EndDate = tjsDay(last, string(e.When.Granularity))
		}
		doc.Events = append(doc.Events, slide)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(doc)
}

// tjsDay writes t with the precision of the granularity.
func tjsDay(t time.Time, granularity string) *tjsDate {
	d := &tjsDate{Year: fmt.Sprint(t.Year())}
	switch granularity {
	case "year", "decade", "century":
		return d
	case "month":
		d.Month = fmt.Sprint(int(t.Month()))
		return d
	}
	d.Month = fmt.Sprint(int(t.Month()))
	d.Day = fmt.Sprint(t.Day())
	return d
}

// tjsBody is the slide text: status, participants, place and the sources'
// sentences, all escaped.
func tjsBody(e *timeline.Event) string {
	var b strings.Builder
	esc := html.EscapeString
	fmt.Fprintf(&b, "<p><strong>%s</strong> · %s", esc(string(e.Kind)), esc(string(e.Status)))
	if p := placeOf(e); p != "" {
		fmt.Fprintf(&b, " · %s", esc(p))
	}
	b.WriteString("</p>")
	if c := e.CorrectedSummary(); c != "" {
		fmt.Fprintf(&b, "<p><em>Corrected by hand: %s</em></p>", esc(c))
	}
	if len(e.Participants) > 0 {
		labels := make([]string, len(e.Participants))
		for i, p := range e.Participants {
			labels[i] = esc(participantLabel(p))
		}
		fmt.Fprintf(&b, "<p>%s</p>", strings.Join(labels, "; "))
	}
	for _, s := range e.Sources {
		before, date, after := highlight(s)
		fmt.Fprintf(&b, "<blockquote>%s", esc(before))
		if date != "" {
			fmt.Fprintf(&b, "<mark>%s</mark>%s", esc(date), esc(after))
		}
		fmt.Fprintf(&b, "</blockquote><p>— %s", esc(s.Headline))
		if dayText(s.Published) != "" {
			fmt.Fprintf(&b, ", %s", esc(dayText(s.Published)))
		}
		b.WriteString("</p>")
	}
	return b.String()
}
