package article

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/url"
	"strings"

	"github.com/dateline/dateline/timeline"
	"golang.org/x/net/html/charset"
)

// Feeds: RSS 2.0, RSS 1.0 (RDF) and Atom. Each item (entry) is an
// article: its title, link, publication date and content, else its
// description or summary, as plain text. The publisher of an item is the
// feed's title, else its link's host. An item that links to a page given
// among the inputs waits for that page and takes its text (see
// heldItems); the feed's own text of it is often a teaser of a sentence.

// feedAutoClose are the HTML elements that have no end tag, for
// unescaped HTML in a feed's text: xml.HTMLAutoClose less "link", which
// in a feed is an element with content (RSS's <link>URL</link>).
var feedAutoClose = []string{"basefont", "br", "area", "img", "input", "frame", "param", "hr", "col", "meta", "base", "embed", "source", "track", "wbr"}

// feedItem is what an item gives, before it is made an article.
type feedItem struct {
	path      string
	record    int
	title     string
	link      string
	date      string // as written
	dateField string // the element it was read from, for errors
	body      string // plain text: content, else description
	publisher string
}

// xmlNode is one element of an item, as the decoder gives it.
type xmlNode struct {
	XMLName xml.Name
	Attrs   []xml.Attr `xml:",any,attr"`
	Text    string     `xml:",chardata"`
	Inner   string     `xml:",innerxml"`
}

// xmlItem is an item or entry: its child elements, in order.
type xmlItem struct {
	Children []xmlNode `xml:",any"`
}

// feedDateElements are the elements that date an item, most telling
// first: the publication date, then dates that may be a later update.
var feedDateElements = []string{"pubdate", "published", "date", "issued", "created", "updated", "modified"}

// readFeed reads the items of a feed. Each item may be up to the article
// size limit; a larger one, or XML that breaks, ends the reading of the
// file with a message.
func (rd *reader) readFeed(path string, r io.Reader) {
	budget := newBudgetReader(r, rd.limit)
	dec := xml.NewDecoder(budget)
	// Feeds in the wild use HTML entities (&nbsp;) and unclosed HTML in
	// their text: read them as browsers and feed readers do.
	dec.Strict = false
	dec.AutoClose = feedAutoClose
	dec.Entity = xml.HTMLEntity
	dec.CharsetReader = charset.NewReaderLabel
	var (
		channel feedItem // the feed's own title and link
		stack   []string
		items   int
		sawRoot bool
		// fail reports what stops the reading: in item n, or after the
		// last item read.
		fail       = func(n int, err error) { rd.bad(&ReadError{Path: path, Record: n, Err: err}) }
		stopReason = "; the rest of the file is not read"
	)
	for rd.ctx.Err() == nil {
		budget.allow(dec.InputOffset())
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			fail(items+1, xmlError(err, stopReason))
			return
		}
		switch t := tok.(type) {
		case xml.StartElement:
			name := strings.ToLower(t.Name.Local)
			if !sawRoot {
				sawRoot = true
				if name != "rss" && name != "feed" && name != "rdf" {
					rd.bad(&ReadError{Path: path, Err: ErrNotFeed})
					return
				}
			}
			parent := ""
			if len(stack) > 0 {
				parent = stack[len(stack)-1]
			}
			switch {
			case name == "item" || name == "entry":
				items++
				var it xmlItem
				if err := dec.DecodeElement(&it, &t); err != nil {
					fail(items, xmlError(err, stopReason))
					return
				}
				rd.feedItem(itemOf(path, items, it, channel))
				continue
			case (parent == "channel" || parent == "feed") && (name == "title" || name == "link"):
				var n xmlNode
				if err := dec.DecodeElement(&n, &t); err != nil {
					fail(0, xmlError(err, stopReason))
					return
				}
				if name == "title" && channel.title == "" {
					channel.title = oneLine(markupFreeText(n.Text))
				} else if name == "link" && channel.link == "" {
					channel.link = linkOf(n)
				}
				continue
			}
			stack = append(stack, name)
		case xml.EndElement:
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		}
	}
	if items == 0 && rd.ctx.Err() == nil {
		rd.bad(&ReadError{Path: path, Err: errors.New("a feed with no items")})
	}
}

// xmlError words a decoding error; a *SizeError is passed on as it is.
func xmlError(err error, tail string) error {
	var size *SizeError
	if errors.As(err, &size) {
		return size
	}
	return fmt.Errorf("invalid XML: %v%s", err, tail)
}

// itemOf reads an item's fields from its elements.
func itemOf(path string, record int, it xmlItem, channel feedItem) feedItem {
	f := feedItem{path: path, record: record}
	var content, summary, guid string
	dates := map[string]string{}
	for _, n := range it.Children {
		name := strings.ToLower(n.XMLName.Local)
		if isMediaNamespace(n.XMLName.Space) {
			continue // media:title, media:content describe a picture
		}
		switch name {
		case "title":
			if f.title == "" {
				f.title = oneLine(markupFreeText(n.Text))
			}
		case "link":
			if f.link == "" {
				f.link = linkOf(n)
			}
		case "guid", "id":
			if guid == "" && attr(n, "ispermalink") != "false" && isWebURL(strings.TrimSpace(n.Text)) {
				guid = strings.TrimSpace(n.Text)
			}
		case "encoded", "content":
			if t := nodeText(n); len(t) > len(content) {
				content = t
			}
		case "description", "summary", "abstract":
			if t := nodeText(n); len(t) > len(summary) {
				summary = t
			}
		default:
			if _, seen := dates[name]; !seen && strings.TrimSpace(n.Text) != "" {
				dates[name] = strings.TrimSpace(n.Text)
			}
		}
	}
	if f.link == "" {
		f.link = guid
	}
	for _, name := range feedDateElements {
		if d, ok := dates[name]; ok {
			f.date, f.dateField = d, name
			break
		}
	}
	f.body = content
	if f.body == "" {
		f.body = summary
	}
	f.publisher = channel.title
	if f.publisher == "" {
		f.publisher = hostOf(channel.link)
	}
	if f.publisher == "" {
		f.publisher = hostOf(f.link)
	}
	return f
}

// nodeText is an element's text as plain text: HTML (escaped, or in
// CDATA) and XHTML (Atom's type="xhtml", as markup) both become lines.
func nodeText(n xmlNode) string {
	s := n.Text
	if strings.EqualFold(attr(n, "type"), "xhtml") {
		s = n.Inner
	}
	return strings.TrimSpace(markupFreeText(strings.TrimSpace(s)))
}

// linkOf is the address an RSS <link>URL</link> or an Atom <link
// href="URL"/> gives; an Atom link with another rel (enclosure, self,
// replies) is not the article's.
func linkOf(n xmlNode) string {
	if href := attr(n, "href"); href != "" {
		if rel := attr(n, "rel"); rel == "" || rel == "alternate" {
			return strings.TrimSpace(href)
		}
		return ""
	}
	return strings.TrimSpace(n.Text)
}

// attr is the value of the attribute named name (lower case), "" if none.
func attr(n xmlNode, name string) string {
	for _, a := range n.Attrs {
		if strings.ToLower(a.Name.Local) == name {
			return a.Value
		}
	}
	return ""
}

func isMediaNamespace(space string) bool {
	return space == "media" || strings.Contains(space, "search.yahoo.com/mrss")
}

// isWebURL reports whether s is an http or https address.
func isWebURL(s string) bool {
	return strings.HasPrefix(s, "http://") || strings.HasPrefix(s, "https://")
}

// hostOf is the host of a web address, "" for anything else.
func hostOf(s string) string {
	if !isWebURL(s) {
		return ""
	}
	u, err := url.Parse(s)
	if err != nil {
		return ""
	}
	return strings.ToLower(u.Hostname())
}

// oneLine squeezes all white space of s into single spaces.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// feedItem passes an item on, or holds it when it links to a page that
// may come later.
func (rd *reader) feedItem(f feedItem) {
	if f.link != "" && rd.items.hold(f) {
		return
	}
	rd.itemArticle(f, nil)
}

// itemArticle makes an article of a feed item, with the text of its page
// when one was given, and passes it on or reports why it cannot be read.
func (rd *reader) itemArticle(f feedItem, pg *page) {
	a := timeline.Article{ID: f.link, Path: f.path, URL: f.link, Publisher: f.publisher, Headline: f.title, Body: f.body}
	if a.ID == "" {
		a.ID = fmt.Sprintf("%s#%d", f.path, f.record)
	}
	fail := func(field string, err error) {
		rd.bad(&ReadError{Path: f.path, Record: f.record, Field: field, Err: err})
	}
	date := f.date
	if pg != nil {
		a.Path, a.Body = pg.path, pg.text
		if a.Headline == "" {
			a.Headline = pg.title
		}
		if date == "" {
			date = pg.published
		}
	}
	if date != "" {
		d, err := ParsePublished(date, rd.opt.DateOrder)
		if err != nil {
			field := f.dateField
			if f.date == "" {
				field = "page " + pg.dateField
			}
			fail(field, err)
			return
		}
		a.Published = d
	}
	if a.Body == "" {
		fail("", fmt.Errorf("%w: the item has no content, description or summary, and no page of it was given", ErrNoText))
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

// heldItems are the feed items that link to a page, held until every
// file is read: a page given among the inputs then takes the item's
// place with its own text, whatever the order of the files. Only as much
// item text as one article may be is held; past that, items are passed on
// at once.
type heldItems struct {
	byURL      map[string]int // normalised link → index in list
	list       []*feedItem    // in reading order; nil once a page took it
	bytes, max int64
}

func newHeldItems(max int64) heldItems { return heldItems{byURL: map[string]int{}, max: max} }

// hold keeps f for its page; false when f cannot be held (the budget is
// spent, or an item of the same link is already held).
func (h *heldItems) hold(f feedItem) bool {
	key := normalURL(f.link)
	if key == "" {
		return false
	}
	if _, dup := h.byURL[key]; dup || h.bytes+int64(len(f.body)) > h.max {
		return false
	}
	h.byURL[key] = len(h.list)
	h.list = append(h.list, &f)
	h.bytes += int64(len(f.body))
	return true
}

// take removes and returns the held item that links to u, if any.
func (h *heldItems) take(u string) *feedItem {
	key := normalURL(u)
	i, ok := h.byURL[key]
	if !ok {
		return nil
	}
	f := h.list[i]
	h.list[i] = nil
	delete(h.byURL, key)
	h.bytes -= int64(len(f.body))
	return f
}

// flushItems passes on the items whose page was not given, in the order
// they were read.
func (rd *reader) flushItems() {
	for _, f := range rd.items.list {
		if f != nil && rd.ctx.Err() == nil {
			rd.itemArticle(*f, nil)
		}
	}
	rd.items = newHeldItems(rd.limit)
}

// normalURL is the form of a web address under which a feed's link and a
// page's own address are compared: no scheme, no "www.", no fragment, no
// trailing slash, no utm_ tracking parameters, host in lower case.
func normalURL(s string) string {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil || u.Host == "" {
		return ""
	}
	host := strings.TrimPrefix(strings.ToLower(u.Host), "www.")
	q := u.Query()
	for k := range q {
		if strings.HasPrefix(strings.ToLower(k), "utm_") {
			q.Del(k)
		}
	}
	out := host + strings.TrimSuffix(u.EscapedPath(), "/")
	if enc := q.Encode(); enc != "" {
		out += "?" + enc
	}
	return out
}
