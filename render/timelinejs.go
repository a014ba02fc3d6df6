package render

import (
	"encoding/json"
	"fmt"
	"html"
	"io"
	"strings"
	"time"
	"unicode"

	"github.com/dateline/dateline/timeline"
)

// TimelineJSRenderer writes the JSON that Knight Lab's TimelineJS 3 reads
// (https://timeline.knightlab.com/docs/json-format.html): a title slide and
// one slide per dated event; undated events have no place on a time axis
// and are counted in the title slide instead.
//
// Dates are objects of strings ({"year":"2021","month":"12","day":"30"}), as
// the spreadsheet-generated JSON has them. An event of one day is a point;
// an event of more than one day (a week, a month, a year) starts on its
// first day and gets an end_date at the end of its last day (23:59:59),
// because TimelineJS reads an end date as the start of that day, and
// would draw a week as six days and a month or a year as a point. Every
// slide has a display_date written by DisplayDate ("Week of 10 Jan
// 2022"), which is what TimelineJS shows, and "group" is the event kind.
//
// TimelineJS writes headline, text, group and display_date into the page
// as HTML (innerHTML), so every string is HTML-escaped here, group and
// display_date twice (see escText); links are made only to http(s)
// articles, and autolink is off so no URL in the text becomes a link.
// TimelineJS itself loads a web font from its CDN unless it is given the
// option font: null (see README).
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
	Year   string `json:"year"`
	Month  string `json:"month,omitempty"`
	Day    string `json:"day,omitempty"`
	Hour   string `json:"hour,omitempty"`
	Minute string `json:"minute,omitempty"`
	Second string `json:"second,omitempty"`
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
	if latest := latestArticle(append(dated, undated...)); latest != 0 {
		intro += " Articles up to " + latest.Format(dayLayout) + "."
	}
	no := false
	doc := tjsDoc{
		Title:  tjsSlide{Text: tjsText{Headline: esc(title), Text: "<p>" + esc(intro) + "</p>"}},
		Events: []tjsSlide{},
		Scale:  "human",
	}
	for _, e := range dated {
		first, last, _ := span(e.When)
		start := tjsDay(first, string(e.When.Granularity))
		if !first.Equal(last) {
			// TimelineJS drops an end date that agrees with the start on
			// every field the start has, so a month's start without a day
			// would lose its end: a span starts on a day.
			start = tjsDay(first, "day")
		}
		slide := tjsSlide{
			StartDate:   start,
			Text:        tjsText{Headline: esc(e.Title), Text: tjsBody(e)},
			Group:       escText(string(e.Kind)),
			DisplayDate: escText(capitalize(DisplayDate(e.When))),
			UniqueID:    tjsID(e.ID),
			Autolink:    &no,
		}
		if !first.Equal(last) {
			slide.EndDate = &tjsDate{Year: fmt.Sprint(last.Year()), Month: fmt.Sprint(int(last.Month())), Day: fmt.Sprint(last.Day()),
				Hour: "23", Minute: "59", Second: "59"}
		}
		doc.Events = append(doc.Events, slide)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(doc)
}

// esc escapes text for HTML: TimelineJS puts headline and text into the
// page with innerHTML (after DOMPurify, which keeps entities).
func esc(s string) string { return html.EscapeString(oneLine(s)) }

// escText escapes text for the fields TimelineJS 3.9 takes as plain text
// (group and display_date): it strips their markup by parsing them as HTML
// and keeping the text, which decodes entities, and then writes that text
// with innerHTML. So the text is escaped twice: the first decoding gives
// back escaped HTML, which the page shows as the text it was.
func escText(s string) string { return html.EscapeString(esc(s)) }

// tjsID keeps an id usable as an element id and a URL fragment, which is
// how TimelineJS uses it: letters, digits, "-", "_" and "."; anything else
// becomes "-".
func tjsID(id string) string {
	return strings.Map(func(r rune) rune {
		if r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '_' || r == '.') {
			return r
		}
		return '-'
	}, id)
}

// tjsDay writes t with the precision of the granularity.
func tjsDay(t time.Time, granularity string) *tjsDate {
	d := &tjsDate{Year: fmt.Sprint(t.Year())}
	switch granularity {
	case "year", "decade", "century":
		return d
	case "month", "quarter", "season":
		d.Month = fmt.Sprint(int(t.Month()))
		return d
	}
	d.Month = fmt.Sprint(int(t.Month()))
	d.Day = fmt.Sprint(t.Day())
	return d
}

// tjsBody is the slide text: status, participants, place and, for each
// article, its outlet, headline (a link for a web article) and day, then
// its sentences; all escaped.
func tjsBody(e *timeline.Event) string {
	var b strings.Builder
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
	arts := articlesOf(e)
	fmt.Fprintf(&b, "<p>%s</p>", esc(sourcesSummary(arts)))
	for _, a := range arts {
		for _, s := range a.Sentences {
			if isHeadline(s) {
				continue
			}
			before, date, after := highlight(s)
			part := func(s string) string { return html.EscapeString(collapseSpace(s)) }
			fmt.Fprintf(&b, "<blockquote>%s", part(before))
			if date != "" {
				fmt.Fprintf(&b, "<mark>%s</mark>%s", part(date), part(after))
			}
			b.WriteString("</blockquote>")
		}
		b.WriteString("<p>— ")
		if a.Outlet != "" {
			fmt.Fprintf(&b, "<strong>%s</strong>: ", esc(a.Outlet))
		}
		if a.URL != "" {
			fmt.Fprintf(&b, `<a href="%s" rel="noopener noreferrer">%s</a>`, html.EscapeString(a.URL), esc(a.Headline))
		} else {
			b.WriteString(esc(a.Headline))
		}
		if d := dayText(a.Published); d != "" {
			fmt.Fprintf(&b, ", %s", esc(d))
		}
		b.WriteString("</p>")
	}
	return b.String()
}
