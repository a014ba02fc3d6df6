package render

import (
	"embed"
	"encoding/json"
	"fmt"
	"html/template"
	"io"
	"net/url"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

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
	// got through escaping), no style attribute, no <base>, no form
	// submission.
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
// works opened from disk.
//
// The page opens in a compact view, one line per event (date, title, kind,
// status, and the outlets that report it), so that a desktop screen shows
// some twenty events; the detailed view adds participants, place and
// format. Each event's sources open in place, grouped by article, outlet
// first: outlet, headline (a link for http(s) articles), publication day,
// then each sentence with its date expression in <mark> and the date's
// explanation. Months are headings; events known only to a year or longer
// are under "During 2019", undated ones under "Undated". A time axis (a
// bar per month, its height the number of events) jumps to a month.
//
// The page filters by free text, participant, kind, status, outlet and
// date range in the browser; the filter is kept in the URL fragment
// (#kind=call&who=putin&from=2022-01-01) so a view can be shared, and is
// restored when the page opens. The text searched is built here, folded
// (lower case, no accents), so the first search of a large page costs no
// more than the next.
//
// Article text is untrusted. html/template escapes it for its context,
// every piece of it is isolated for bidirectional text (<bdi>, dir=auto),
// the script reads data-* attributes and JSON data blocks and never builds
// HTML, and a Content-Security-Policy allows only the page's own script
// and stylesheet by hash.
//
// A page of more than InlineSourcesMax events is a lazy page. It keeps
// the sources out of the markup, in a JSON data block that the script
// turns into elements (with textContent, never HTML) when a reader opens
// them. It also writes only its first MarkupEvents events as markup; the
// others travel as JSON rows that the script builds into the same markup
// as the reader scrolls, jumps to a month, follows a link to an event or
// prints. Filters and search look at every event, built or not. A browser
// then opens and searches a page of 10,000 events in well under a tenth
// of a second instead of parsing 11 MB of markup first. Small pages keep
// everything in the markup, readable without script; a lazy page read
// without script shows its first events and says where the rest are.
type HTMLRenderer struct {
	// Title is the page title; DefaultTitle when empty.
	Title string
	// InlineSourcesMax is the largest number of events whose sources are
	// written as markup; DefaultInlineSourcesMax when 0, never when < 0.
	InlineSourcesMax int
	// MarkupEvents is how many events a lazy page writes as markup;
	// DefaultMarkupEvents when 0, none when < 0.
	MarkupEvents int
}

// DefaultInlineSourcesMax is HTMLRenderer's default InlineSourcesMax.
const DefaultInlineSourcesMax = 1000

// DefaultMarkupEvents is HTMLRenderer's default MarkupEvents: some ten
// screens of the compact view.
const DefaultMarkupEvents = 200

// Render writes the page.
func (r HTMLRenderer) Render(w io.Writer, tl *timeline.Timeline) error {
	max := r.InlineSourcesMax
	if max == 0 {
		max = DefaultInlineSourcesMax
	}
	markup := -1 // every event
	if len(eventsOf(tl)) > max {
		markup = r.MarkupEvents
		switch {
		case markup == 0:
			markup = DefaultMarkupEvents
		case markup < 0:
			markup = 0
		}
	}
	page := buildHTMLPage(tl, r.Title, markup)
	return htmlTemplate.Execute(w, page)
}

type htmlPage struct {
	Title, CSP  string
	CSS         template.CSS
	JS          template.JS
	Total       int
	NUndated    int
	NCoarse     int
	Period      string
	Latest      string
	First, Last string
	People      []string
	Kinds       []count
	Statuses    []count
	Outlets     []count
	Axis        []axisTick
	Sections    []htmlSection
	// Lazy pages carry the sources in SourcesData, by event index, and
	// the events after their first ones in FilterData and EventsData, in
	// page order.
	Lazy        bool
	SourcesData [][]lazyArticle
	FilterData  *filterData
	EventsData  []lazyEvent
	Markup      int // events written as markup
	// SearchData is the folded text each event is searched by, by index.
	SearchData []string
}

// lazyArticle is an article in a lazy page's JSON data block; the keys
// are short because a large page has tens of thousands of them.
type lazyArticle struct {
	Outlet    string         `json:"o,omitempty"`
	Headline  string         `json:"h"`
	Published string         `json:"p,omitempty"`
	Path      string         `json:"r,omitempty"`
	Href      string         `json:"u,omitempty"` // set only for http(s) articles
	Sentences []lazySentence `json:"s"`
}

// lazyEvent is what the script needs to build an event of a lazy page
// besides its filterRow: what the "event" template writes, as data.
type lazyEvent struct {
	ID           string      `json:"id"`
	StatusMark   string      `json:"sm"`
	Corrected    string      `json:"c,omitempty"`
	Title        string      `json:"t"`
	Date         string      `json:"d"`
	Datetime     string      `json:"dt,omitempty"`
	Precision    string      `json:"pr,omitempty"`
	Place        string      `json:"pl,omitempty"`
	Format       string      `json:"f,omitempty"`
	Participants [][2]string `json:"p,omitempty"` // name, detail
	Conflicts    []string    `json:"cf,omitempty"`
	Summary      string      `json:"n"`
}

func lazyEventOf(he htmlEvent) lazyEvent {
	le := lazyEvent{
		ID: he.ID, StatusMark: he.StatusMark, Corrected: he.Corrected, Title: he.Title, Date: he.Date,
		Datetime: he.Datetime, Precision: he.Precision, Place: he.Place, Format: he.Format,
		Conflicts: he.Conflicts, Summary: he.Summary,
	}
	for _, p := range he.Participants {
		le.Participants = append(le.Participants, [2]string{p.Name, p.Detail})
	}
	return le
}

// filterData is what the filters of a lazy page test for the events not
// in its markup, read before the page's script runs. It is small
// (strings are numbers into tables), because the filters work only once
// it is read: some 60 bytes an event instead of the 400 of a lazyEvent.
type filterData struct {
	Names    stringTable `json:"names"` // participants' names and aliases
	Outlets  stringTable `json:"outlets"`
	Kinds    stringTable `json:"kinds"`
	Statuses stringTable `json:"statuses"`
	Rows     []filterRow `json:"rows"`
}

// filterRow is an event's section (its index among the page's sections),
// kind, status, first and last day, names and outlets. It is written as a
// JSON array: [section, kind, status, "first", "last", [names], [outlets]].
type filterRow struct {
	Section, Kind, Status int
	Start, End            string
	Who, Outlets          []int
}

func (r filterRow) MarshalJSON() ([]byte, error) {
	return json.Marshal([]any{r.Section, r.Kind, r.Status, r.Start, r.End, nonNil(r.Who), nonNil(r.Outlets)})
}

func nonNil[T any](xs []T) []T {
	if xs == nil {
		return []T{}
	}
	return xs
}

// stringTable numbers strings in the order they are first seen; it is
// written as the JSON array of them.
type stringTable struct {
	list  []string
	index map[string]int
}

func (t *stringTable) number(s string) int {
	if i, ok := t.index[s]; ok {
		return i
	}
	if t.index == nil {
		t.index = map[string]int{}
	}
	t.index[s] = len(t.list)
	t.list = append(t.list, s)
	return len(t.list) - 1
}

func (t stringTable) MarshalJSON() ([]byte, error) { return json.Marshal(nonNil(t.list)) }

// add appends he's row, in section.
func (fd *filterData) add(he htmlEvent, section int) {
	r := filterRow{Section: section, Kind: fd.Kinds.number(he.Kind), Status: fd.Statuses.number(he.Status), Start: he.Start, End: he.End}
	if he.Who != "" {
		for _, n := range strings.Split(he.Who, "|") {
			r.Who = append(r.Who, fd.Names.number(n))
		}
	}
	for _, o := range he.Outlets {
		r.Outlets = append(r.Outlets, fd.Outlets.number(o))
	}
	fd.Rows = append(fd.Rows, r)
}

type lazySentence struct {
	Before  string `json:"b"`
	Date    string `json:"d,omitempty"`
	After   string `json:"a,omitempty"`
	Explain string `json:"e,omitempty"`
}

type htmlSection struct {
	Key, Label string
	Coarse     bool
	N          int
	Events     []htmlEvent // in the markup; on a lazy page maybe fewer than N
}

type htmlEvent struct {
	Anchor, ID, Kind, Status, StatusMark string
	Corrected                            string // what was changed by hand, "" when nothing
	Title, Date, Datetime, Precision     string
	Start, End, Who, Place, Format       string
	Outlets                              []string
	OutletKeys                           string
	Summary                              string
	Lazy                                 bool
	Index                                int
	Participants                         []htmlParticipant
	Conflicts                            []string
	Articles                             []htmlArticle
}

type htmlParticipant struct{ Name, Detail string }

type htmlArticle struct {
	Outlet, Headline, Published, Path string
	Href                              template.URL
	Sentences                         []htmlSentence
}

type htmlSentence struct{ Before, Date, After, Explain string }

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

// buildHTMLPage lays out the page. markup < 0 writes every event as
// markup with its sources; otherwise the page is lazy, with its first
// markup events as markup and the sources of all in a data block.
func buildHTMLPage(tl *timeline.Timeline, title string, markup int) htmlPage {
	lazy := markup >= 0
	if title == "" {
		title = DefaultTitle(tl)
	}
	dated, undated := displayOrder(eventsOf(tl))
	all := append(append([]*timeline.Event{}, dated...), undated...)
	page := htmlPage{
		Title:    cleanText(title),
		CSP:      htmlCSP,
		CSS:      template.CSS(timelineCSS),
		JS:       template.JS(timelineJS),
		Total:    len(all),
		NUndated: len(undated),
		Period:   cleanText(periodText(dated)),
		Kinds:    cleanCounts(kindCounts(all)),
		Statuses: cleanCounts(statusCounts(all)),
		Lazy:     lazy,
	}
	if latest := latestArticle(all); latest != 0 {
		page.Latest = latest.Format(dayLayout)
	}
	if first, last, ok := period(dated); ok {
		page.First, page.Last = first.Format(isoDay), last.Format(isoDay)
	}
	for _, c := range topParticipants(all, 0) {
		page.People = append(page.People, cleanText(c.Name))
	}
	_, outlets := corpusSummary(all)
	page.Outlets = cleanCounts(outlets)
	n := 0
	add := func(hs *htmlSection, e *timeline.Event) {
		he := htmlEventOf(e, fmt.Sprintf("event-%d", n+1))
		he.Index = n
		n++
		hs.N++
		page.SearchData = append(page.SearchData, searchText(e, he))
		if !lazy {
			hs.Events = append(hs.Events, he)
			return
		}
		he.Lazy = true
		page.SourcesData = append(page.SourcesData, lazyArticles(he.Articles))
		he.Articles = nil
		if he.Index < markup {
			hs.Events = append(hs.Events, he)
			page.Markup++
		} else {
			if page.FilterData == nil {
				page.FilterData = &filterData{}
			}
			page.FilterData.add(he, len(page.Sections))
			page.EventsData = append(page.EventsData, lazyEventOf(he))
		}
	}
	for _, sec := range sections(dated) {
		hs := htmlSection{Key: sec.Key, Label: sec.Label, Coarse: sec.Coarse}
		for _, d := range sec.Days {
			for _, e := range d.Events {
				add(&hs, e)
				if sec.Coarse {
					page.NCoarse++
				}
			}
		}
		page.Sections = append(page.Sections, hs)
	}
	if len(undated) > 0 {
		hs := htmlSection{Key: "undated", Label: "Undated", Coarse: true}
		for _, e := range undated {
			add(&hs, e)
		}
		page.Sections = append(page.Sections, hs)
	}
	page.Axis = timeAxis(page.Sections)
	return page
}

func htmlEventOf(e *timeline.Event, anchor string) htmlEvent {
	he := htmlEvent{
		Anchor: anchor, ID: e.ID, Kind: string(e.Kind), Status: string(e.Status),
		StatusMark: statusMarks[e.Status], Title: e.Title, Date: capitalize(DisplayDate(e.When)),
		Place: placeOf(e), Format: e.Format, Corrected: e.CorrectedSummary(),
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
	arts := articlesOf(e)
	he.Outlets = outlets(arts)
	he.OutletKeys = strings.Join(he.Outlets, "|")
	he.Summary = sourcesSummary(arts)
	for _, a := range arts {
		ha := htmlArticle{Outlet: a.Outlet, Headline: a.Headline, Published: dayText(a.Published), Path: a.Path}
		if a.URL != "" {
			// Checked by isWebURL and escaped again by html/template.
			ha.Href = template.URL(a.URL)
		}
		for _, s := range a.Sentences {
			before, date, after := highlight(s)
			ha.Sentences = append(ha.Sentences, htmlSentence{Before: before, Date: date, After: after, Explain: s.Explain})
		}
		he.Articles = append(he.Articles, ha)
	}
	he.clean()
	return he
}

// clean drops the control characters of every string of the event (see
// cleanText): html/template escapes markup, not a terminal escape or a
// NUL, which a page has no use for.
func (he *htmlEvent) clean() {
	for _, p := range []*string{&he.ID, &he.Kind, &he.Status, &he.Corrected, &he.Title, &he.Date, &he.Who, &he.Place, &he.Format, &he.OutletKeys, &he.Summary} {
		*p = cleanText(*p)
	}
	for i := range he.Outlets {
		he.Outlets[i] = cleanText(he.Outlets[i])
	}
	for i := range he.Conflicts {
		he.Conflicts[i] = cleanText(he.Conflicts[i])
	}
	for i := range he.Participants {
		p := &he.Participants[i]
		p.Name, p.Detail = cleanText(p.Name), cleanText(p.Detail)
	}
	for i := range he.Articles {
		a := &he.Articles[i]
		a.Outlet, a.Headline, a.Published, a.Path = cleanText(a.Outlet), cleanText(a.Headline), cleanText(a.Published), cleanText(a.Path)
		for j := range a.Sentences {
			x := &a.Sentences[j]
			x.Before, x.Date, x.After, x.Explain = cleanText(x.Before), cleanText(x.Date), cleanText(x.After), cleanText(x.Explain)
		}
	}
}

// cleanCounts cleans the names of counts (see cleanText).
func cleanCounts(cs []count) []count {
	for i := range cs {
		cs[i].Name = cleanText(cs[i].Name)
	}
	return cs
}

// lazyArticles is the JSON form of an event's articles.
func lazyArticles(arts []htmlArticle) []lazyArticle {
	out := make([]lazyArticle, 0, len(arts))
	for _, a := range arts {
		la := lazyArticle{Outlet: a.Outlet, Headline: a.Headline, Published: a.Published, Path: a.Path, Href: string(a.Href)}
		for _, s := range a.Sentences {
			la.Sentences = append(la.Sentences, lazySentence(s))
		}
		out = append(out, la)
	}
	return out
}

// searchText is what the page's free-text search looks in for an event:
// title, date, kind, status, place, format, participants with their
// details and aliases, outlets, headlines and sentences, folded by
// foldText as the page folds what is typed.
func searchText(e *timeline.Event, he htmlEvent) string {
	parts := []string{he.Title, he.Date, he.Kind, he.Status, he.Place, he.Format, strings.ReplaceAll(he.Who, "|", " ")}
	for _, p := range he.Participants {
		parts = append(parts, p.Detail)
	}
	parts = append(parts, he.Outlets...)
	for _, a := range articlesOf(e) {
		parts = append(parts, a.Headline)
		for _, s := range a.Sentences {
			parts = append(parts, s.Sentence)
		}
	}
	return foldText(strings.Join(parts, " \u2029 "))
}

// foldText folds text for search as the page's script folds a query:
// lower case, then compatibility decomposition (NFKD) with the combining
// diacritical marks U+0300–U+036F removed, so "Zelenskyy" is found by
// "zelenskyy" and "Cáceres" by "caceres". White space runs become one
// space; other control characters go.
func foldText(s string) string {
	s = norm.NFKD.String(strings.ToLower(s))
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r >= 0x300 && r <= 0x36f:
		case unicode.IsSpace(r):
			space = true
		case unicode.IsControl(r):
		default:
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		}
	}
	return b.String()
}

// axisTick is one bar of the page's time axis: a month (or a year, on a
// long timeline, or a "During"/"Undated" section), its events and the
// section it jumps to.
type axisTick struct {
	Label, Year, Target, Title string
	N, Bar                     int
}

// timeAxis lays the sections on a time axis: one tick per month from the
// first month to the last, empty months included so that gaps show, or one
// per year when that would be more than 48 months; then one tick per
// "During" section and one for the undated. A bar's height is its events
// as a share of the fullest tick's, in eight steps (CSS classes b0–b8:
// the CSP forbids style attributes).
func timeAxis(secs []htmlSection) []axisTick {
	var months, other []htmlSection
	for _, s := range secs {
		if s.Coarse {
			other = append(other, s)
		} else {
			months = append(months, s)
		}
	}
	var ticks []axisTick
	if len(months) > 0 {
		fy, fm := monthOf(months[0].Key)
		ly, lm := monthOf(months[len(months)-1].Key)
		byKey := map[string]htmlSection{}
		for _, s := range months {
			byKey[s.Key] = s
		}
		if span := (ly-fy)*12 + lm - fm + 1; span <= 48 {
			for y, m := fy, fm; y < ly || y == ly && m <= lm; y, m = nextMonth(y, m) {
				key := fmt.Sprintf("%04d-%02d", y, m)
				t := axisTick{Label: monthAbbr[m-1], N: byKey[key].N, Title: byKey[key].Label}
				if m == 1 || len(ticks) == 0 {
					t.Year = fmt.Sprint(y)
				}
				if byKey[key].N > 0 {
					t.Target = "m-" + key
				} else {
					t.Title = fmt.Sprintf("%s %d", monthNames[m-1], y)
				}
				ticks = append(ticks, t)
			}
		} else {
			for y := fy; y <= ly; y++ {
				t := axisTick{Label: fmt.Sprint(y), Title: fmt.Sprint(y)}
				for m := 1; m <= 12; m++ {
					s, ok := byKey[fmt.Sprintf("%04d-%02d", y, m)]
					if ok && t.Target == "" {
						t.Target = "m-" + s.Key
					}
					t.N += s.N
				}
				ticks = append(ticks, t)
			}
		}
	}
	for _, s := range other {
		ticks = append(ticks, axisTick{Label: strings.TrimPrefix(s.Label, "During "), Title: s.Label, Target: "m-" + s.Key, N: s.N})
	}
	most := 0
	for _, t := range ticks {
		most = max(most, t.N)
	}
	for i := range ticks {
		if ticks[i].N > 0 && most > 0 {
			ticks[i].Bar = max(1, (ticks[i].N*8+most-1)/most)
		}
		if ticks[i].Title != "" {
			ticks[i].Title += fmt.Sprintf(": %d %s", ticks[i].N, plural(ticks[i].N, "event", "events"))
		}
	}
	return ticks
}

var monthAbbr = []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"}
var monthNames = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}

// monthOf reads a month section's key, "2021-12".
func monthOf(key string) (year, month int) {
	fmt.Sscanf(key, "%d-%d", &year, &month)
	return year, month
}

func nextMonth(y, m int) (int, int) {
	if m == 12 {
		return y + 1, 1
	}
	return y, m + 1
}

// isWebURL reports whether s is an absolute http or https URL with a host
// and no white space, control, quote or angle bracket character: the only
// links any format makes. A javascript: or data: "article" stays text.
func isWebURL(s string) bool {
	l := strings.ToLower(s)
	if !strings.HasPrefix(l, "https://") && !strings.HasPrefix(l, "http://") {
		return false
	}
	for _, r := range s {
		if r <= ' ' || r == 0x7f || unicode.IsControl(r) || unicode.In(r, unicode.Cf, unicode.Zs) || strings.ContainsRune("\"'<>`\\", r) {
			return false
		}
	}
	u, err := url.Parse(s)
	return err == nil && u.Host != "" && (u.Scheme == "http" || u.Scheme == "https" || strings.EqualFold(u.Scheme, "http") || strings.EqualFold(u.Scheme, "https"))
}
