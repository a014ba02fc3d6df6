package article

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dateline/dateline/timeline"
)

const feedsDir = "../../testdata/feeds"

// TestReadFeedsGolden pins what the feed and page fixtures give: every
// article's fields, and every message.
func TestReadFeedsGolden(t *testing.T) {
	arts, errs, st := readAll(t, []string{feedsDir}, ReadOptions{})
	var b strings.Builder
	for _, a := range arts {
		b.WriteString(describe(a))
		b.WriteString("\n")
	}
	b.WriteString("errors:\n")
	for _, e := range errs {
		b.WriteString("  " + e + "\n")
	}
	fmt.Fprintf(&b, "stats: %+v\n", st)
	golden := filepath.Join(feedsDir, "read.golden")
	if *update {
		require.NoError(t, os.WriteFile(golden, []byte(b.String()), 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err, "run go test -update to create it")
	assert.Equal(t, string(want), b.String())
}

// byID indexes articles by ID.
func byID(arts []timeline.Article) map[string]timeline.Article {
	m := map[string]timeline.Article{}
	for _, a := range arts {
		m[a.ID] = a
	}
	return m
}

// boilerplate is text of the fixture pages that is not their article.
var boilerplate = []string{"cookies", "Accept all", "Home", "Related stories", "interest rates", "Reader42",
	"All rights reserved", "Privacy policy", "Search", "Most read", "newsletter", "Imprint", "Subscribe", "dataLayer", "font-family"}

func TestFeedItemTakesItsPagesText(t *testing.T) {
	arts, errs, st := readAll(t, []string{feedsDir}, ReadOptions{})
	assert.Equal(t, []string{`../../testdata/feeds/wire.rss: record 4: no publication date and no dated dateline; give a default date to read it anyway`}, errs)
	assert.Equal(t, 7, st.Read, "three RSS items (one joined with its page), three Atom entries, one page of its own")

	link := "https://wire.example.com/world/2022/03/07/austria-slovakia-talks?utm_source=rss&utm_medium=feed"
	joined, ok := byID(arts)[link]
	require.True(t, ok, "the item that links to the saved page is one article, named by its link")
	assert.Equal(t, filepath.Join(feedsDir, "pages", "austria-slovakia-talks.html"), joined.Path, "its text is the page's")
	assert.Equal(t, "Example Wire: World", joined.Publisher, "an item's publisher is its feed's title")
	assert.Equal(t, "Austrian and Slovak foreign ministers hold talks", joined.Headline)
	assert.Equal(t, "2022-03-07", joined.Published.String())
	assert.Equal(t, "Bratislava", joined.Dateline.Place)
	assert.Contains(t, joined.Body, "share storage capacity and coordinate purchases")
	assert.Contains(t, joined.Body, "meet again in Vienna next month")
	for _, b := range boilerplate {
		assert.NotContains(t, joined.Body, b)
	}
	for _, a := range arts {
		assert.NotContains(t, a.Body, "The ministers discussed gas supplies", "the teaser gives way to the page")
	}
}

func TestFeedItems(t *testing.T) {
	arts, _, _ := readAll(t, []string{feedsDir}, ReadOptions{})
	m := byID(arts)
	tests := []struct {
		id, headline, published, publisher, body string
	}{
		{"https://wire.example.com/world/2022/03/09/chile-argentina-visit", "Chile’s president to visit Argentina", "2022-03-09", "Example Wire: World",
			"SANTIAGO, March 9 - Chilean President Tomas Ferrer will travel to Buenos Aires on Monday for talks with Argentine President Julia Roldan, the foreign ministry said on Wednesday.\nThe visit will be his first abroad since he took office."},
		{"https://wire.example.com/world/2022/03/10/nordic-call", "Nordic leaders speak by phone", "2022-03-10", "Example Wire: World",
			"OSLO, March 10 - Norwegian Prime Minister Eirik Sand held a telephone call with Finnish President Aino Koski on Thursday, his office said.\nSecurity & energy were on the agenda."},
		{"https://desk.example.org/2022/03/11/denmark-iceland", "Danish foreign minister to visit Iceland", "2022-03-11", "Nordic Desk",
			"COPENHAGEN - Danish Foreign Minister Ida Holm will visit Iceland next week, the ministry said on Friday."},
		{"https://desk.example.org/2022/03/11/sweden-estonia", "Swedish and Estonian leaders meet in Tallinn", "2022-03-11", "Nordic Desk",
			"The prime ministers of Sweden and Estonia met in Tallinn on Thursday.\nThey spoke about shipping in the Baltic Sea."},
		{"../../testdata/feeds/desk.atom#3", "Baltic ministers confer", "2022-03-12", "Nordic Desk",
			"The foreign ministers of Lithuania and Latvia held talks in Riga on Friday."},
	}
	for _, tt := range tests {
		t.Run(tt.id, func(t *testing.T) {
			a, ok := m[tt.id]
			require.True(t, ok)
			assert.Equal(t, tt.headline, a.Headline)
			assert.Equal(t, tt.published, a.Published.String())
			assert.Equal(t, tt.publisher, a.Publisher)
			assert.Equal(t, tt.body, a.Body)
		})
	}
}

func TestPageOfItsOwn(t *testing.T) {
	arts, _, _ := readAll(t, []string{feedsDir}, ReadOptions{})
	a, ok := byID(arts)["https://harbourherald.example.net/politics/iberian-summit"]
	require.True(t, ok, "a page is named by its own address (og:url)")
	assert.Equal(t, "Harbour Herald", a.Publisher, "og:site_name")
	assert.Equal(t, "2022-03-16", a.Published.String(), "JSON-LD datePublished, not dateModified")
	assert.Equal(t, "Iberian leaders meet in Lisbon", a.Headline)
	assert.True(t, strings.HasPrefix(a.Body, "LISBON, March 16 - Portugal’s Prime Minister"), "windows-1252 decoded: %q", a.Body)
	assert.Contains(t, a.Body, "European Union.")
	for _, b := range boilerplate {
		assert.NotContains(t, a.Body, b)
	}
}

// TestPageTooDeepForTheTree: a page nested 50,000 deep (html.Parse alone
// would take about 17 s, readability minutes) is read by htmlText, its
// metadata by the tokenizer.
func TestPageTooDeepForTheTree(t *testing.T) {
	const n = 50_000
	data := `<html><head><meta property="article:published_time" content="2022-03-07"><meta property="og:site_name" content="Deep"></head><body>` +
		strings.Repeat("<div>", n) + "<p>GENEVA - The ministers held talks on Monday.</p>" + strings.Repeat("</div>", n) + "</body></html>"
	meta, shape := readPageMeta([]byte(data))
	assert.Equal(t, pageShape{elements: n + 6, depth: n + 2}, shape)
	assert.Equal(t, "Deep", meta.first("og:site_name"))
	pg, err := parsePage("deep.html", []byte(data))
	require.NoError(t, err)
	assert.Equal(t, "GENEVA - The ministers held talks on Monday.", pg.text)
	assert.Equal(t, "2022-03-07", pg.published)
}

// TestFeedJoinIgnoresOrder: the page takes the item's place whatever the
// order of the paths and the names of the files.
func TestFeedJoinIgnoresOrder(t *testing.T) {
	dir := t.TempDir()
	copyFile(t, filepath.Join(feedsDir, "pages", "austria-slovakia-talks.html"), filepath.Join(dir, "a.html"))
	copyFile(t, filepath.Join(feedsDir, "wire.rss"), filepath.Join(dir, "z.xml"))
	page, feed := filepath.Join(dir, "a.html"), filepath.Join(dir, "z.xml")
	var want []string
	for _, paths := range [][]string{{dir}, {page, feed}, {feed, page}} {
		arts, _, _ := readAll(t, paths, ReadOptions{})
		var got []string
		for _, a := range arts {
			got = append(got, a.ID+" "+a.Path)
		}
		if want == nil {
			want = got
			assert.Len(t, got, 3)
			assert.Contains(t, got, "https://wire.example.com/world/2022/03/07/austria-slovakia-talks?utm_source=rss&utm_medium=feed "+page)
			continue
		}
		assert.Equal(t, want, got, "%v", paths)
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	data, err := os.ReadFile(from)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(to, data, 0o644))
}

func TestFeedErrors(t *testing.T) {
	item := func(extra string) string {
		return `<rss><channel><title>T</title><item><title>A</title><pubDate>2022-01-03</pubDate><description>The talks went on.</description>` + extra + `</item></channel></rss>`
	}
	tests := []struct {
		name, input string
		limit       int64
		want        string
	}{
		{"truncated", `<rss><channel><item><title>A</title><description>x`, 0,
			"f.rss: record 1: invalid XML: XML syntax error on line 1: unexpected EOF; the rest of the file is not read"},
		{"no items", `<?xml version="1.0"?><rss><channel><title>T</title></channel></rss>`, 0, "f.rss: a feed with no items"},
		{"not a feed", `<?xml version="1.0"?><urlset><url><loc>https://x.example/</loc></url></urlset>`, 0, "f.rss: XML but not an RSS or Atom feed"},
		{"bad date", strings.Replace(item(""), "2022-01-03", "Jan 32, 2022", 1), 0, `f.rss: record 1: field "pubdate": cannot read "Jan 32, 2022": no such date`},
		{"no text", `<feed><entry><title>A</title><published>2022-01-03</published></entry></feed>`, 0,
			"f.rss: record 1: article has no text: the item has no content, description or summary, and no page of it was given"},
		{"item too large", item("<content>" + strings.Repeat("words ", 400) + "</content>"), 1024,
			"f.rss: record 1: larger than the limit of 1 KB per article (--max-article-size)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var errs []string
			rd := newReader(context.Background(), ReadOptions{MaxArticleSize: tt.limit}, func(timeline.Article) {}, func(err error) { errs = append(errs, err.Error()) })
			rd.readFeed("f.rss", strings.NewReader(tt.input))
			rd.flushItems()
			assert.Equal(t, []string{tt.want}, errs)
		})
	}
}

func TestSniffFormat(t *testing.T) {
	tests := []struct {
		head string
		want fileFormat
	}{
		{"Headline\nJan 2, 2022\nBody", formatText},
		{"  \ufeff{\"a\":1}", formatJSON},
		{"[{}]", formatJSON},
		{`<?xml version="1.0"?><rss version="2.0">`, formatFeed},
		{"<?xml version='1.0'?>\n<!-- a comment -->\n<feed xmlns=\"http://www.w3.org/2005/Atom\">", formatFeed},
		{`<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">`, formatFeed},
		{"<!DOCTYPE html>\n<html>", formatHTML},
		{"<!-- saved from url=(0020)https://x.example/ -->\n<html lang=en>", formatHTML},
		{`<?xml version="1.0"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"><html>`, formatHTML},
		{"<head><title>x</title>", formatHTML},
		{`<?xml version="1.0"?><urlset>`, formatXML},
		{"<b>Breaking</b>: a headline\nJan 2, 2022\nBody", formatText},
		{"", formatText},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, sniffFormat([]byte(tt.head)), "%q", tt.head)
	}
}

func TestNormalURL(t *testing.T) {
	same := []string{
		"https://www.Example.com/a/b/?utm_source=rss&utm_medium=feed#top",
		"http://example.com/a/b",
		"https://example.com/a/b/",
	}
	for _, u := range same {
		assert.Equal(t, "example.com/a/b", normalURL(u), u)
	}
	assert.Equal(t, "example.com/a?id=3", normalURL("https://example.com/a?id=3&utm_campaign=x"))
	assert.Equal(t, "", normalURL("not a url"))
}

func FuzzReadFeed(f *testing.F) {
	for _, name := range []string{"wire.rss", "desk.atom"} {
		data, err := os.ReadFile(filepath.Join(feedsDir, name))
		require.NoError(f, err)
		f.Add(data)
	}
	f.Add([]byte(`<rss><channel><item><link>https://x.example/a</link><pubDate>2022-01-02</pubDate><description>&lt;p&gt;Talks.&lt;/p&gt;</description></item></channel></rss>`))
	f.Add([]byte(`<feed><entry><content type="xhtml"><div><p>a</p></div></content></entry></feed>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		rd := newReader(context.Background(), ReadOptions{MaxArticleSize: 1 << 16},
			func(a timeline.Article) { checkArticle(t, a) },
			func(err error) { checkReadError(t, err, "f.rss") })
		rd.readFeed("f.rss", bytes.NewReader(data))
		rd.flushItems()
	})
}

func FuzzReadPage(f *testing.F) {
	for _, name := range []string{"austria-slovakia-talks.html", "iberian-summit.html"} {
		data, err := os.ReadFile(filepath.Join(feedsDir, "pages", name))
		require.NoError(f, err)
		f.Add(data)
	}
	f.Add([]byte(`<html><head><meta property="article:published_time" content="2022-01-02"></head><body><p>GENEVA - The talks ended.</p></body></html>`))
	f.Add([]byte(`<!-- saved from url=(0010)https://x -->`))
	f.Fuzz(func(t *testing.T, data []byte) {
		rd := newReader(context.Background(), ReadOptions{},
			func(a timeline.Article) { checkArticle(t, a) },
			func(err error) { checkReadError(t, err, "f.html") })
		rd.readPage("f.html", data)
		rd.flushItems()
	})
}
