package render

import (
	"embed"
	"fmt"
	"html/template"
	"io"
	"strings"

	"github.com/dateline/dateline/timeline"
)

//go:embed assets/timeline.html.tmpl assets/timeline.css assets/timeline.js
var assets embed.FS

var (
	htmlTemplate = template.Must(template.ParseFS(assets, "assets/timeline.html.tmpl"))
	timelineCSS  = mustAsset("assets/timeline.css")
	timelineJS   = mustAsset("assets/timeline.js")
	// htmlCSP allows the page's one stylesheet and one script by their
	// SHA-256 hashes and nothing else: no network source of any kind, no
	// other inline script (an injected <script> would not run even if it
	// got through escaping), no <base>, no form submission.
	htmlCSP = "default-src 'none'; script-src " + cspHash(timelineJS) +
		"; style-src " + cspHash(timelineCSS) + "; base-uri 'none'; form-action 'none'"
)

func mustAsset(name string) string {
	b, err := assets.ReadFile(name)
	if err != nil {
		panic(err) // embedded at build time: cannot happen in a built binary
	}
	return string(b)
}

// HTMLRenderer writes the timeline as one self-contained HTML page: its
// stylesheet and script are inline, it loads nothing from any network and
// works opened from disk. Events are grouped by month and by date, each
// date at its true granularity, with kind, title, participants, place,
// status and the number of sources; each source's headline, sentence
// (date expression in <mark>) and date explanation open on demand.
//
// The page filters by free text, participant, kind, status and date range
// in the browser; the filter is kept in the URL fragment
// (#kind=call&who=putin&from=2022-01-01) so a view can be shared, and is
// restored when the page opens.
//
// Article text is untrusted. html/template escapes it for its context, the
// script reads data-* attributes and never builds HTML, and a
// Content-Security-Policy allows only the page's own script and stylesheet
// by hash.
//
// A page of more than InlineSourcesMax events keeps the sources out of the
// markup, in a JSON data block that the script turns into elements (with
// textContent, never HTML) when a reader opens them: a browser then
// parses a large page several times faster. Small pages keep the sources
// in the markup, readable without script.
type HTMLRenderer struct {
	// Title is the page title; DefaultTitle when empty.
	Title string
	// InlineSourcesMax is the largest number of events whose sources are
	// written as markup; DefaultInlineSourcesMax when 0, never when < 0.
	InlineSourcesMax int
}

// DefaultInlineSourcesMax is HTMLRenderer's default InlineSourcesMax.
const DefaultInlineSourcesMax = 1000

// Render writes the page.
func (r HTMLRenderer) Render(w io.Writer, tl *timeline.Timeline) error {
	max := r.InlineSourcesMax
	if max == 0 {
		max = DefaultInlineSourcesMax
	}
	page := buildHTMLPage(tl, r.Title, len(eventsOf(tl)) > max)
	return htmlTemplate.Execute(w, page)
}

type htmlPage struct {
	Title, CSP  string
	CSS         template.CSS
	JS          template.JS
	Total       int
	NUndated    int
	Period      string
	First, Last string
	People      []string
	Kinds       []count
	Statuses    []count
	Months      []htmlMonth
	Undated     []htmlEvent
	// Lazy pages carry the sources in SourcesData, by event Index.
	Lazy        bool
	SourcesData [][]lazySource
}

// lazySource is a source in a lazy page's JSON data block; the keys are
// short because a large page has tens of thousands of them.
type lazySource struct {
	Headline  string `json:"h"`
	Published string `json:"p,omitempty"`
	Article   string `json:"r,omitempty"`
	Href      string `json:"u,omitempty"` // set only for http(s) articles
	Before    string `json:"b"`
	Date      string `json:"d,omitempty"`
	After     string `json:"a,omitempty"`
	Explain   string `json:"e,omitempty"`
}

type htmlMonth struct {
	Key, Label string
	Days       []htmlDay
}

type htmlDay struct {
	Label  string
	Events []htmlEvent
}

type htmlEvent struct {
	Anchor, ID, Kind, Status, StatusMark string
	Corrected                            string // what was changed by hand, "" when nothing
	Title, Date, Datetime, Precision     string
	Start, End, Who, Place, Format       string
	Lazy                                 bool
	Index                                int
	Participants                         []htmlParticipant
	Conflicts                            []string
	NSources                             int
	Sources                              []htmlSource
}

type htmlParticipant struct{ Name, Detail string }

type htmlSource struct {
	Headline, Published, Article string
	Href                         template.URL
	Before, Date, After, Explain string
}

// statusMarks are symbols shown before the status, so that status is told
// by shape as well as by colour.
var statusMarks = map[timeline.Status]string{
	timeline.Occurred:  "✓",
	timeline.Planned:   "◷",
	timeline.Postponed: "↷",
	timeline.Cancelled: "✕",
}

// precisionNotes say how coarse a date is, for dates coarser than a day.
var precisionNotes = map[string]string{
	"week":    "date known to the week",
	"month":   "date known to the month",
	"quarter": "date known to the quarter",
	"season":  "date known to the season",
	"year":    "date known to the year",
	"decade":  "date known to the decade",
	"century": "date known to the century",
}

func buildHTMLPage(tl *timeline.Timeline, title string, lazy bool) htmlPage {
	if title == "" {
		title = DefaultTitle(tl)
	}
	dated, undated := displayOrder(eventsOf(tl))
	all := append(append([]*timeline.Event{}, dated...), undated...)
	page := htmlPage{
		Title:    title,
		CSP:      htmlCSP,
		CSS:      template.CSS(timelineCSS),
		JS:       template.JS(timelineJS),
		Total:    len(all),
		NUndated: len(undated),
		Period:   periodText(dated),
		Kinds:    kindCounts(all),
		Lazy:     lazy,
	}
	if first, last, ok := period(dated); ok {
		page.First, page.Last = first.Format(isoDay), last.Format(isoDay)
	}
	for _, c := range topParticipants(all, 0) {
		page.People = append(page.People, c.Name)
	}
	page.Statuses = statusCounts(all)
	n := 0
	next := func(e *timeline.Event) htmlEvent {
		he := htmlEventOf(e, fmt.Sprintf("event-%d", n+1))
		he.Index = n
		n++
		if lazy {
			he.Lazy = true
			var data []lazySource
			for _, s := range he.Sources {
				data = append(data, lazySource{Headline: s.Headline, Published: s.Published, Article: s.Article,
					Href: string(s.Href), Before: s.Before, Date: s.Date, After: s.After, Explain: s.Explain})
			}
			page.SourcesData = append(page.SourcesData, data)
			he.Sources = nil
		}
		return he
	}
	for _, m := range byMonth(dated) {
		hm := htmlMonth{Key: m.Key, Label: m.Label}
		for _, d := range m.Days {
			hd := htmlDay{Label: capitalize(d.Label)}
			for _, e := range d.Events {
				hd.Events = append(hd.Events, next(e))
			}
			hm.Days = append(hm.Days, hd)
		}
		page.Months = append(page.Months, hm)
	}
	for _, e := range undated {
		page.Undated = append(page.Undated, next(e))
	}
	return page
}

func htmlEventOf(e *timeline.Event, anchor string) htmlEvent {
	he := htmlEvent{
		Anchor: anchor, ID: e.ID, Kind: string(e.Kind), Status: string(e.Status),
		StatusMark: statusMarks[e.Status], Title: e.Title, Date: DisplayDate(e.When),
		Place: placeOf(e), Format: e.Format, NSources: len(e.Sources), Corrected: e.CorrectedSummary(),
	}
	if e.When != nil {
		if _, _, ok := span(e.When); ok {
			he.Start, he.End = e.When.Start().String(), e.When.End().String()
			he.Precision = precisionNotes[string(e.When.Granularity)]
			if e.When.Start() == e.When.End() {
				he.Datetime = he.Start
			}
		}
	}
	var who []string
	for _, p := range e.Participants {
		detail := strings.TrimPrefix(participantLabel(p), p.Name)
		he.Participants = append(he.Participants, htmlParticipant{Name: p.Name, Detail: strings.TrimSpace(detail)})
		who = append(who, p.Name)
		who = append(who, p.Aliases...)
	}
	// "|"-separated: the page matches each name on its own.
	he.Who = strings.Join(who, "|")
	for _, c := range e.Conflicts {
		he.Conflicts = append(he.Conflicts, DisplayDate(&c))
	}
	for _, s := range e.Sources {
		before, date, after := highlight(s)
		hs := htmlSource{Headline: s.Headline, Published: dayText(s.Published), Article: s.Article,
			Before: before, Date: date, After: after, Explain: s.Explain}
		if isWebURL(s.Article) {
			// Checked here and escaped again by html/template in the href.
			hs.Href = template.URL(s.Article)
		}
		he.Sources = append(he.Sources, hs)
	}
	return he
}

// isWebURL reports whether s is an http or https URL, the only links the
// page makes: a javascript: or data: "article" stays text.
func isWebURL(s string) bool {
	l := strings.ToLower(s)
	return (strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "http://")) &&
		!strings.ContainsAny(s, " \t\r\n\"'<>`")
}
