package article

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"github.com/dateline/dateline/timeline"
)

// Saved web pages. The main text is found by go-readability (a port of
// Firefox's Reader View): it scores the blocks of a page by their text
// and drops navigation, sidebars, footers and comments. Headline, site
// name, address and publication date come from the page's metadata
// (Open Graph, article:published_time, JSON-LD, Dublin Core, <time
// pubdate>), read by the tokenizer in one pass that also measures the
// tree, so that a page too deep or too large for the tree's algorithms
// is never parsed into one.

// page is what a saved page gives.
type page struct {
	path      string
	title     string
	siteName  string
	published string // the publication date as written; "" if none
	dateField string // where it was found ("meta article:published_time" …)
	text      string // the main text, one paragraph a line
	urls      []string
}

// maxPageElements and maxPageDepth bound the work done on a page's tree:
// html.Parse takes time that grows with the square of the nesting (20,000
// nested elements: 2.8 s) and readability walks the tree many times. A
// news page has a few thousand elements nested a few dozen deep; a page
// past either bound is read with htmlText, whose cost grows only with the
// size of the page.
const (
	maxPageElements = 100_000
	maxPageDepth    = 512
)

// minPageText is the shortest main text readability may find before the
// plain extraction is tried instead.
const minPageText = 200

// readPage reads a saved page and passes it on: as the article of a feed
// item that links to it when one is held, else as an article of its own.
func (rd *reader) readPage(path string, data []byte) {
	pg, err := parsePage(path, data)
	if err != nil {
		rd.bad(&ReadError{Path: path, Err: err})
		return
	}
	for _, u := range pg.urls {
		if f := rd.items.take(u); f != nil {
			rd.itemArticle(*f, pg)
			return
		}
	}
	a := timeline.Article{ID: path, Path: path, Publisher: pg.siteName, Headline: pg.title, Body: pg.text}
	if len(pg.urls) > 0 {
		a.ID, a.URL = pg.urls[0], pg.urls[0]
	}
	if a.Publisher == "" {
		a.Publisher = hostOf(a.URL)
	}
	fail := func(field string, err error) { rd.bad(&ReadError{Path: path, Field: field, Err: err}) }
	if pg.published != "" {
		d, err := ParsePublished(pg.published, rd.opt.DateOrder)
		if err != nil {
			fail(pg.dateField, err)
			return
		}
		a.Published = d
	}
	if a.Body == "" {
		fail("", fmt.Errorf("%w: the page has no main text", ErrNoText))
		return
	}
	if err := checkLanguage(&a, rd.opt); err != nil {
		fail("", err)
		return
	}
	if !settle(&a, rd.opt) {
		fail("", ErrNoDate)
		return
	}
	rd.ok(a)
}

// parsePage reads the metadata and the main text of a page.
func parsePage(path string, data []byte) (*page, error) {
	// The page's own <meta charset> (or a byte-order mark) says how its
	// bytes are encoded; UTF-8 when nothing does.
	r, err := charset.NewReader(bytes.NewReader(data), "text/html")
	if err != nil {
		return nil, err
	}
	if data, err = io.ReadAll(r); err != nil {
		return nil, err
	}
	meta, shape := readPageMeta(data)
	pg := &page{path: path, urls: meta.urls}
	pg.siteName = meta.first("og:site_name", "application-name")
	pg.published, pg.dateField = meta.date()
	if shape.depth > maxPageDepth || shape.elements > maxPageElements {
		pg.text = htmlText(string(data))
	} else {
		pg.readable(data)
		if len(pg.text) < minPageText {
			// Too little for readability (a short statement): the text
			// of the page's body with its navigation, forms and scripts
			// left out.
			if doc, err := html.Parse(bytes.NewReader(data)); err == nil {
				if t := plainPageText(doc); len(t) > len(pg.text) {
					pg.text = t
				}
			}
		}
	}
	if pg.title == "" {
		pg.title = oneLine(meta.first("og:title", "twitter:title", "title"))
	}
	return pg, nil
}

// readable sets the page's text, title and, when the metadata did not
// give it, site name from what readability finds in data.
func (pg *page) readable(data []byte) {
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return
	}
	dropMarkedBoilerplate(doc)
	var pageURL *url.URL
	if len(pg.urls) > 0 {
		pageURL, _ = url.Parse(pg.urls[0])
	}
	parser := readability.NewParser()
	parser.MaxElemsToParse = maxPageElements
	art, err := parser.ParseAndMutate(doc, pageURL)
	if err != nil || art.Node == nil {
		return
	}
	var b strings.Builder
	if html.Render(&b, art.Node) == nil {
		pg.text = htmlText(b.String())
	}
	pg.title = oneLine(art.Title())
	if pg.siteName == "" {
		pg.siteName = oneLine(art.SiteName())
	}
}

// pageMeta is a page's metadata, read by readPageMeta.
type pageMeta struct {
	values map[string]string // first value of each key, lower case
	urls   []string          // the page's own address: canonical first
}

func (m *pageMeta) set(key, value string) {
	value = strings.TrimSpace(value)
	if value == "" {
		return
	}
	if m.values == nil {
		m.values = map[string]string{}
	}
	key = strings.ToLower(key)
	if _, ok := m.values[key]; !ok {
		m.values[key] = value
	}
}

// first is the value of the first key present.
func (m *pageMeta) first(keys ...string) string {
	for _, k := range keys {
		if v := m.values[k]; v != "" {
			return v
		}
	}
	return ""
}

func (m *pageMeta) addURL(u string) {
	u = strings.TrimSpace(u)
	if isWebURL(u) && !containsString(m.urls, u) {
		m.urls = append(m.urls, u)
	}
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// pageDateKeys are the metadata that give a page's publication date, most
// reliable first; a key of modification is not one of them.
var pageDateKeys = []string{
	"article:published_time", "og:article:published_time", "jsonld:datepublished",
	"datepublished", "article.published", "publishdate", "publish-date", "publish_date",
	"pubdate", "publication_date", "dc.date.issued", "dcterms.issued", "dc.date",
	"dcterms.created", "date", "sailthru.date", "parsely-pub-date",
	"citation_publication_date", "time:pubdate",
}

// date is the page's publication date as written, and where it was: the
// first key whose value reads as a date, else the first key present (so
// that its error is told).
func (m *pageMeta) date() (string, string) {
	firstValue, firstKey := "", ""
	for _, k := range pageDateKeys {
		v := m.values[k]
		if v == "" {
			continue
		}
		if _, err := ParsePublished(v, DateOrderStrict); err == nil {
			return v, "meta " + k
		}
		if firstKey == "" {
			firstValue, firstKey = v, "meta "+k
		}
	}
	return firstValue, firstKey
}

// pageShape is how large a page's element tree is and how deep it nests.
type pageShape struct{ elements, depth int }

// readPageMeta reads a page's metadata and shape in one pass of the
// tokenizer, whose cost grows only with the size of the page.
func readPageMeta(data []byte) (pageMeta, pageShape) {
	var m pageMeta
	var shape pageShape
	z := html.NewTokenizer(bytes.NewReader(data))
	open := 0
	var inTitle, inJSONLD bool
	var jsonLD strings.Builder
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return m, shape
		case html.CommentToken:
			m.savedFrom(string(z.Text()))
		case html.TextToken:
			if inTitle {
				m.set("title", string(z.Text()))
			}
			if inJSONLD {
				jsonLD.Write(z.Text())
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			shape.elements++
			name, _ := z.TagName()
			tag := atom.Lookup(name)
			attrs := tokenAttrs(z)
			m.element(tag, attrs)
			start := tt == html.StartTagToken
			inTitle = start && tag == atom.Title
			inJSONLD = start && tag == atom.Script && strings.EqualFold(strings.TrimSpace(attrs["type"]), "application/ld+json")
			if start && nests(tag) {
				open++
				shape.depth = max(shape.depth, open)
			}
		case html.EndTagToken:
			name, _ := z.TagName()
			tag := atom.Lookup(name)
			if tag == atom.Script && inJSONLD {
				m.jsonLD(jsonLD.String())
				jsonLD.Reset()
			}
			inTitle, inJSONLD = false, false
			if nests(tag) && open > 0 {
				open--
			}
		}
	}
}

// tokenAttrs are the attributes of the tokenizer's current tag, by lower-
// case name; the first of a repeated name wins.
func tokenAttrs(z *html.Tokenizer) map[string]string {
	attrs := map[string]string{}
	for {
		k, v, more := z.TagAttr()
		if key := strings.ToLower(string(k)); key != "" {
			if _, seen := attrs[key]; !seen {
				attrs[key] = string(v)
			}
		}
		if !more {
			return attrs
		}
	}
}

// element reads the metadata one tag carries.
func (m *pageMeta) element(tag atom.Atom, attrs map[string]string) {
	switch tag {
	case atom.Meta:
		content := attrs["content"]
		for _, k := range []string{"property", "name", "itemprop"} {
			if key := attrs[k]; key != "" {
				m.set(key, content)
			}
		}
		if strings.EqualFold(attrs["property"], "og:url") {
			m.addURL(content)
		}
	case atom.Link:
		for _, rel := range strings.Fields(strings.ToLower(attrs["rel"])) {
			if rel == "canonical" {
				// The canonical address comes first.
				u := strings.TrimSpace(attrs["href"])
				if isWebURL(u) && !containsString(m.urls, u) {
					m.urls = append([]string{u}, m.urls...)
				}
			}
		}
	case atom.Time:
		if _, pub := attrs["pubdate"]; pub || strings.EqualFold(attrs["itemprop"], "datePublished") {
			m.set("time:pubdate", attrs["datetime"])
		}
	}
}

// nests reports whether an element of this tag contains what follows it
// until its end tag: not a void element (br, img, meta …), nor one whose
// end the parser implies at the next of its kind (p, li, td …).
func nests(tag atom.Atom) bool {
	switch tag {
	case atom.Area, atom.Base, atom.Br, atom.Col, atom.Embed, atom.Hr, atom.Img, atom.Input, atom.Keygen,
		atom.Link, atom.Meta, atom.Param, atom.Source, atom.Track, atom.Wbr,
		atom.P, atom.Li, atom.Dt, atom.Dd, atom.Option, atom.Optgroup, atom.Tr, atom.Td, atom.Th,
		atom.Rb, atom.Rt, atom.Rp, atom.Rtc, atom.Thead, atom.Tbody, atom.Tfoot, atom.Colgroup, atom.Caption:
		return false
	}
	return true
}

// savedFrom reads the address a browser notes when it saves a page
// ("<!-- saved from url=(0043)https://… -->", SingleFile's "url: …").
func (m *pageMeta) savedFrom(comment string) {
	if i := strings.Index(comment, "saved from url=("); i >= 0 {
		rest := comment[i+len("saved from url=("):]
		if j := strings.IndexByte(rest, ')'); j >= 0 {
			if f := strings.Fields(rest[j+1:]); len(f) > 0 {
				m.addURL(f[0])
			}
		}
		return
	}
	if strings.Contains(comment, "SingleFile") {
		for _, line := range strings.Split(comment, "\n") {
			if v, ok := strings.CutPrefix(strings.TrimSpace(line), "url:"); ok {
				m.addURL(v)
			}
		}
	}
}

// jsonLD reads the publication date, headline and publisher that a
// schema.org NewsArticle in JSON-LD gives, at any depth (@graph).
func (m *pageMeta) jsonLD(text string) {
	var v any
	if json.Unmarshal([]byte(text), &v) != nil {
		return
	}
	var visit func(v any, depth int)
	visit = func(v any, depth int) {
		if depth > 8 {
			return
		}
		switch x := v.(type) {
		case []any:
			for _, e := range x {
				visit(e, depth+1)
			}
		case map[string]any:
			if s, ok := x["datePublished"].(string); ok {
				m.set("jsonld:datepublished", s)
			}
			if p, ok := x["publisher"].(map[string]any); ok {
				if s, ok := p["name"].(string); ok {
					m.set("jsonld:publisher", s)
				}
			}
			for _, k := range []string{"@graph", "mainEntity", "itemListElement"} {
				if e, ok := x[k]; ok {
					visit(e, depth+1)
				}
			}
		}
	}
	visit(v, 0)
}

// htmlAttr is the value of n's attribute key, "" if it has none.
func htmlAttr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, key) {
			return a.Val
		}
	}
	return ""
}

// boilerplateMarkers are words in a class or id that mark a block as
// what a site puts around every article. Readability drops much by its
// own list (comment, footer, related, sidebar, social …); these are the
// blocks it keeps when they are short sentences next to the article, as
// a newsletter's call to sign up is.
var boilerplateMarkers = []string{
	"newsletter", "subscribe", "subscription", "signup", "sign-up", "cookie", "consent",
	"paywall", "promo", "advert", "most-read", "mostread", "trending", "outbrain", "taboola",
}

// dropMarkedBoilerplate removes from doc the elements whose class or id
// holds a boilerplate marker; the page's own containers (html, body,
// main, article) stay whatever their names.
func dropMarkedBoilerplate(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode && isMarkedBoilerplate(c) {
			n.RemoveChild(c)
		} else {
			dropMarkedBoilerplate(c)
		}
		c = next
	}
}

func isMarkedBoilerplate(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Html, atom.Body, atom.Main, atom.Article:
		return false
	}
	names := strings.ToLower(htmlAttr(n, "class") + " " + htmlAttr(n, "id"))
	for _, m := range boilerplateMarkers {
		if strings.Contains(names, m) {
			return true
		}
	}
	return false
}

// boilerplateElements are left out by the plain extraction: what a page
// wraps around its article.
var boilerplateElements = map[atom.Atom]bool{
	atom.Nav: true, atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Form: true,
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Iframe: true, atom.Svg: true,
	atom.Button: true, atom.Select: true, atom.Template: true, atom.Head: true, atom.Menu: true,
}

// plainPageText is the text of a page's body without its boilerplate
// elements, one block a line.
func plainPageText(doc *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.ElementNode:
			if boilerplateElements[n.DataAtom] {
				return
			}
			if blockTags[n.Data] {
				b.WriteByte('\n')
			}
		case html.TextNode:
			b.WriteString(n.Data)
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if n.Type == html.ElementNode && blockTags[n.Data] {
			b.WriteByte('\n')
		}
	}
	walk(doc)
	return squeezeLines(b.String())
}
