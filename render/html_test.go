package render

import (
	"encoding/json"
	"fmt"
	"html"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dateline/dateline/resolve"
	"github.com/dateline/dateline/timeline"
)

var (
	metaCSP     = regexp.MustCompile(`<meta http-equiv="Content-Security-Policy" content="([^"]*)">`)
	inlineJS    = regexp.MustCompile(`(?s)<script>(.*?)</script>`)
	inlineCSS   = regexp.MustCompile(`(?s)<style>(.*?)</style>`)
	eventIDAttr = regexp.MustCompile(`<article class="event[^"]*" id="[^"]*" data-i="[0-9]+" data-id="([^"]*)"`)
)

// The CSP allows exactly the page's inline script and style, by hash, and
// no network source.
func TestHTMLContentSecurityPolicy(t *testing.T) {
	page := renderString(t, "html", loadFixture(t, "sample.json"))
	m := metaCSP.FindStringSubmatch(page)
	require.NotNil(t, m)
	csp := html.UnescapeString(m[1])
	scripts := inlineJS.FindAllStringSubmatch(page, -1)
	require.Len(t, scripts, 1)
	styles := inlineCSS.FindAllStringSubmatch(page, -1)
	require.Len(t, styles, 1)
	assert.Equal(t, "default-src 'none'; script-src "+cspHash(scripts[0][1])+"; style-src "+cspHash(styles[0][1])+"; base-uri 'none'; form-action 'none'", csp)
	assert.NotContains(t, csp, "unsafe")
	for _, external := range []string{"<link", " src=", "@import", "url(", "http://", "https://"} {
		if external == "https://" {
			// The fixture's article links are the only https URLs.
			page = strings.ReplaceAll(page, `href="https://example.org/`, "")
		}
		assert.NotContains(t, page, external)
	}
}

func TestHTMLStructure(t *testing.T) {
	tl := loadFixture(t, "sample.json")
	page := renderString(t, "html", tl)
	assert.True(t, strings.HasPrefix(page, "<!doctype html>\n<html lang=\"en\">"))

	// Events in reading order, dated then undated.
	var ids []string
	for _, m := range eventIDAttr.FindAllStringSubmatch(page, -1) {
		ids = append(ids, html.UnescapeString(m[1]))
	}
	dated, undated := displayOrder(tl.Events)
	var want []string
	for _, e := range append(dated, undated...) {
		want = append(want, e.ID)
	}
	assert.Equal(t, want, ids)

	// Sections: the year-only event apart, before the months; months; undated.
	headings := regexp.MustCompile(`<h2[^>]*>([^<]*) <span class="n">([0-9]+)</span></h2>`).FindAllStringSubmatch(page, -1)
	var got []string
	for _, h := range headings {
		got = append(got, h[1]+" ("+h[2]+")")
	}
	assert.Equal(t, []string{"During 2019 (1)", "December 2021 (4)", "January 2022 (5)", "Undated (1)"}, got)
	// Each event's date once, at its granularity.
	dates := regexp.MustCompile(`<p class="when"><time[^>]*>([^<]*)</time></p>`).FindAllStringSubmatch(page, -1)
	got = nil
	for _, d := range dates {
		got = append(got, d[1])
	}
	assert.Equal(t, []string{"2019", "December 2021", "Tue 7 Dec 2021", "Week of 27 Dec 2021", "Thu 30 Dec 2021",
		"January 2022", "Sun 2 Jan 2022", "Mon 10 Jan 2022", "Week of 10 Jan 2022", "Week of 10 Jan 2022", "Undated"}, got)

	// Each source's date expression is marked.
	for _, e := range tl.Events {
		for _, s := range e.Sources {
			if s.DateText != "" {
				assert.Contains(t, page, "<mark>"+html.EscapeString(s.DateText)+"</mark>", e.ID)
			}
		}
	}
	assert.Contains(t, page, `data-status="cancelled"`)
	assert.Contains(t, page, `<span class="status">✕ cancelled</span>`)
	assert.Contains(t, page, `<span class="precision">date known to the week</span>`)
	assert.Contains(t, page, `Another source gives Mon 3 Jan 2022`)
	// Sources are articles, outlets first; the copy of a story read by
	// another path is not another source.
	assert.Contains(t, page, `<summary><span class="outlets"><bdi>Kyiv Wire</bdi>, <bdi>example.org</bdi></span> · <span class="nsrc">2 articles</span></summary>`)
	assert.Contains(t, page, `<summary><span class="outlets"><bdi>Steppe Post</bdi></span> · <span class="nsrc">1 article</span></summary>`)
	assert.Contains(t, page, `<summary><span class="outlets"><bdi>Kyiv Wire</bdi>, <bdi>Evening Digest</bdi></span> · <span class="nsrc">2 articles, 3 sentences</span></summary>`)
	assert.Contains(t, page, `<b class="outlet"><bdi>example.org</bdi></b> · <a href="https://example.org/news/second-call" rel="noopener noreferrer">`)
	assert.Contains(t, page, `data-who="Joe Biden|Biden|POTUS|Vladimir Putin|Putin"`)
	assert.Contains(t, page, `data-outlets="Kyiv Wire|example.org"`)
	// The time axis: a bar per month from the first to the last, then the
	// "During" and "Undated" sections.
	ticks := regexp.MustCompile(`<li[^>]*>(?:<a href="#([^"]*)"[^>]*>|<span class="gap"[^>]*>)<span class="bar (b[0-8])"></span><span class="tick">([^<]*)</span>`).FindAllStringSubmatch(page, -1)
	got = nil
	for _, m := range ticks {
		got = append(got, m[3]+" "+m[2]+" #"+m[1])
	}
	assert.Equal(t, []string{"Dec b7 #m-2021-12", "Jan b8 #m-2022-01", "2019 b2 #m-during-2019", "Undated b2 #m-undated"}, got)
}

// The search text is built at render time, folded as the page's script
// folds a query, one string per event in page order.
func TestHTMLSearchData(t *testing.T) {
	tl := loadFixture(t, "malicious.json")
	page := renderString(t, "html", tl)
	m := regexp.MustCompile(`(?s)<script type="application/json" id="search-data">(.*?)</script>`).FindStringSubmatch(page)
	require.NotNil(t, m)
	assert.NotContains(t, m[1], "<")
	var data []string
	require.NoError(t, json.Unmarshal([]byte(m[1]), &data))
	require.Len(t, data, 2)
	assert.Contains(t, data[0], "jose caceres", "accents and case folded")
	assert.Contains(t, data[0], "<script>alert(1)</script>", "the sentence, as text")
	assert.NotContains(t, data[0], "\x1b", "no control character")
	assert.Equal(t, "cafe zurich", foldText("  Café\tZÜRICH\n"))
}

// Article text renders as text: every payload of the malicious fixture is
// escaped wherever it lands (element text, attribute, URL).
func TestHTMLEscapesUntrustedText(t *testing.T) {
	page := renderString(t, "html", loadFixture(t, "malicious.json"))
	assert.Len(t, inlineJS.FindAllString(page, -1), 1, "only the page's own script")
	lower := strings.ToLower(page)
	for _, bad := range []string{"<img", "<svg", "<a href=\"javascript", "href=\"javascript", "<b>", "</script><script>"} {
		assert.NotContains(t, lower, bad)
	}
	assert.Equal(t, 2, strings.Count(lower, "<script"), "the page's script and its search data")
	assert.Equal(t, 1, strings.Count(lower, `<script type="application/json" id="search-data">`))
	assert.Contains(t, page, "&lt;script&gt;window.__pwned=&#39;title&#39;&lt;/script&gt;")
	assert.Contains(t, page, "<cite><bdi>&lt;a href=&#34;javascript:window.__pwned=&#39;href&#39;&#34;&gt;")
	assert.Contains(t, page, `<p class="article"><bdi>javascript:window.__pwned=&#39;article&#39;</bdi></p>`, "a javascript: article is not a link")
	assert.Contains(t, page, `<bdi class="name">José Ca`+"\u0301"+`ceres `+"\u202e"+`RTL`+"\u202c"+` محمد</bdi>`, "right-to-left text isolated")
	assert.Contains(t, page, "data-id=\"call-&#34;&gt;&lt;img src=x onerror=window.__pwned=&#39;id&#39;&gt;-2022-01-04\"")
}

func TestIsWebURL(t *testing.T) {
	for s, want := range map[string]bool{
		"https://example.org/a":   true,
		"HTTP://EXAMPLE.ORG":      true,
		"javascript:alert(1)":     false,
		"data:text/html,x":        false,
		"seeds/article.txt":       false,
		"https://x.org/\"onclick": false,
		"https://":                false,
		"https://x.org/\u202e":    false,
		"https://x.org/\x1b[31m":  false,
	} {
		assert.Equal(t, want, isWebURL(s), s)
	}
}

// BenchmarkHTML10k renders a page of 10,000 events and reports its size.
func BenchmarkHTML10k(b *testing.B) {
	tl := syntheticTimeline(loadFixture(b, "sample.json"), 10000)
	var size int
	b.ReportAllocs()
	for b.Loop() {
		var w countingWriter
		if err := (HTMLRenderer{}).Render(&w, tl); err != nil {
			b.Fatal(err)
		}
		size = int(w)
	}
	b.ReportMetric(float64(size), "bytes/page")
}

type countingWriter int

func (c *countingWriter) Write(p []byte) (int, error) {
	*c += countingWriter(len(p))
	return len(p), nil
}

// syntheticTimeline makes n events by copying the fixture's events across
// successive days of 2022 onwards, so that the page has n cards spread
// over many months, as a large corpus would give.
func syntheticTimeline(base *timeline.Timeline, n int) *timeline.Timeline {
	out := &timeline.Timeline{Schema: timeline.Schema}
	start := date.MustParseISO("2020-01-01")
	for i := range n {
		e := base.Events[i%len(base.Events)]
		e.ID = fmt.Sprintf("%s-%d", e.ID, i)
		if e.When != nil {
			w := *e.When
			shift := start.AddDate(0, 0, i/8) - w.Start()
			w.Range = resolve.Range{First: w.Start() + shift, Last: w.End() + shift}
			w.Value = w.Start().String()
			switch w.Granularity {
			case "month", "week":
				w.Granularity = "day"
				w.Range.Last = w.Range.First
			case "year":
				// A year stays a calendar year, as the resolver gives it.
				y := w.Range.First.Year()
				w.Range = resolve.Range{First: date.New(y, time.January, 1), Last: date.New(y, time.December, 31)}
				w.Value = fmt.Sprint(y)
			}
			e.When = &w
		}
		out.Events = append(out.Events, e)
	}
	return out
}

// A large page carries its sources as a JSON data block that html/template
// escapes: no "<" inside it, valid JSON, the same text as the markup.
func TestHTMLLazySources(t *testing.T) {
	tl := loadFixture(t, "malicious.json")
	var buf strings.Builder
	require.NoError(t, HTMLRenderer{InlineSourcesMax: 1}.Render(&buf, tl))
	page := buf.String()
	m := regexp.MustCompile(`(?s)<script type="application/json" id="sources-data">(.*?)</script>`).FindStringSubmatch(page)
	require.NotNil(t, m, "data block")
	assert.NotContains(t, m[1], "<")
	var data [][]lazyArticle
	require.NoError(t, json.Unmarshal([]byte(m[1]), &data))
	require.Len(t, data, len(tl.Events))
	for i, e := range tl.Events {
		require.Len(t, data[i], len(e.Sources), "one source, one article")
		for j, s := range e.Sources {
			b, d, a := highlight(s)
			c := cleanText // the page drops control characters
			assert.Equal(t, lazyArticle{Headline: c(s.Headline), Published: dayText(s.Published), Path: c(s.Article),
				Sentences: []lazySentence{{Before: c(b), Date: c(d), After: c(a), Explain: c(s.Explain)}}}, data[i][j])
		}
	}
	assert.Len(t, inlineJS.FindAllString(page, -1), 1, "one executable script")
	assert.NotContains(t, page, "<blockquote>", "no source markup")
	assert.Contains(t, page, `<button type="button" class="disclosure" aria-expanded="false" aria-controls="event-1-sources"><span class="nsrc">1 article</span></button>`)
	assert.Contains(t, page, `<ol id="event-1-sources" data-src="0" hidden></ol>`)
	assert.NotContains(t, page, `<details class=`)

	small := renderString(t, "html", tl)
	assert.NotContains(t, small, `id="sources-data"`, "small pages keep sources in the markup")
	var never strings.Builder
	require.NoError(t, HTMLRenderer{InlineSourcesMax: -1}.Render(&never, tl))
	assert.Contains(t, never.String(), `id="sources-data"`)
}

// A lazy page writes its first MarkupEvents events as markup and the rest
// as JSON rows, escaped like the other data blocks, in page order, each
// naming its section; the sections with no markup event start hidden.
func TestHTMLLazyEvents(t *testing.T) {
	tl := syntheticTimeline(loadFixture(t, "sample.json"), 40)
	var buf strings.Builder
	require.NoError(t, HTMLRenderer{InlineSourcesMax: 10, MarkupEvents: 15}.Render(&buf, tl))
	page := buf.String()
	assert.Equal(t, 15, strings.Count(page, "<article "), "the first events as markup")
	block := func(id string) string {
		m := regexp.MustCompile(`(?s)<script type="application/json" id="` + id + `">(.*?)</script>`).FindStringSubmatch(page)
		require.NotNil(t, m, id)
		assert.NotContains(t, m[1], "<", id)
		return m[1]
	}
	var rows []lazyEvent
	require.NoError(t, json.Unmarshal([]byte(block("events-data")), &rows))
	var filters struct {
		Names, Outlets, Kinds, Statuses []string
		Rows                            [][]any
	}
	require.NoError(t, json.Unmarshal([]byte(block("filter-data")), &filters))
	require.Len(t, rows, 25)
	require.Len(t, filters.Rows, 25)
	order := expectIDs(tl, func(*timeline.Event) bool { return true })
	byID := map[string]timeline.Event{}
	for _, e := range tl.Events {
		byID[e.ID] = e
	}
	lastSection := 0
	for i, r := range rows {
		assert.Equal(t, order[15+i], r.ID, "rows in page order")
		e, f := byID[r.ID], filters.Rows[i]
		require.Len(t, f, 7, "[section, kind, status, first, last, names, outlets]")
		section := int(f[0].(float64))
		assert.GreaterOrEqual(t, section, lastSection, "sections in page order")
		lastSection = section
		assert.Equal(t, string(e.Kind), filters.Kinds[int(f[1].(float64))])
		assert.Equal(t, string(e.Status), filters.Statuses[int(f[2].(float64))])
		if e.When != nil {
			assert.Equal(t, e.When.Start().String(), f[3])
			assert.Equal(t, e.When.End().String(), f[4])
		}
		var who []string
		for _, n := range f[5].([]any) {
			who = append(who, filters.Names[int(n.(float64))])
		}
		assert.Equal(t, htmlEventOf(&e, "").Who, strings.Join(who, "|"), "names and aliases")
	}
	assert.Contains(t, page, `<noscript><p class="more-events">The first 15 of 40 events are listed here.`)
	sections := regexp.MustCompile(`<section [^>]*>`).FindAllString(page, -1)
	require.Greater(t, len(sections), lastSection, "every row's section is on the page")
	assert.NotContains(t, sections[0], "hidden", "the first section has markup events")
	assert.Contains(t, sections[lastSection], "hidden", "the last has none: built by the script")
	// The script is between the rows the filters need at once and what it
	// needs later: the rest of each event, the text searched, the sources.
	at := func(s string) int { return strings.Index(page, s) }
	assert.True(t, at(`id="filter-data"`) < at("<script>") && at("<script>") < at(`id="events-data"`) &&
		at(`id="events-data"`) < at(`id="search-data"`) && at(`id="search-data"`) < at(`id="sources-data"`), "filter rows, script, display rows, search text, sources")

	var none strings.Builder
	require.NoError(t, HTMLRenderer{InlineSourcesMax: 10, MarkupEvents: -1}.Render(&none, tl))
	assert.NotContains(t, none.String(), "<article ", "MarkupEvents < 0: every event built by the script")
	small := renderString(t, "html", tl)
	assert.Equal(t, 40, strings.Count(small, "<article "), "a small page writes every event")
	assert.NotContains(t, small, `id="events-data"`)
}
