package render

import (
	"fmt"
	"html"
	"regexp"
	"strings"
	"testing"

	"github.com/gomarkdown/markdown"
	"github.com/gomarkdown/markdown/ast"
	"github.com/gomarkdown/markdown/parser"
	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dateline/dateline/timeline"
)

// parseGFM parses Markdown as GitHub does: CommonMark with tables,
// strikethrough and autolinks.
func parseGFM(s string) ast.Node {
	p := parser.NewCommonMarkWithExtensions(parser.Tables | parser.Strikethrough | parser.Autolink)
	return markdown.Parse([]byte(s), p)
}

// plainText concatenates the text under n, as a reader sees it.
func plainText(n ast.Node) string {
	var b strings.Builder
	ast.WalkFunc(n, func(n ast.Node, entering bool) ast.WalkStatus {
		if !entering {
			return ast.GoToNext
		}
		switch n := n.(type) {
		case *ast.Text:
			b.Write(n.Literal)
		case *ast.Code:
			b.Write(n.Literal)
		case *ast.Softbreak, *ast.Hardbreak:
			b.WriteByte('\n')
		}
		return ast.GoToNext
	})
	return b.String()
}

// mdOutline is what a structure test looks at.
type mdOutline struct {
	headings    []string // "## December 2021"
	tableRows   [][]string
	quotes      []string
	htmlNodes   int
	links       int
	images      int
	emphasis    int
	listItems   int
	strikeNodes int
}

func outline(doc ast.Node) mdOutline {
	var o mdOutline
	ast.WalkFunc(doc, func(n ast.Node, entering bool) ast.WalkStatus {
		if !entering {
			return ast.GoToNext
		}
		switch n := n.(type) {
		case *ast.Heading:
			o.headings = append(o.headings, strings.Repeat("#", n.Level)+" "+plainText(n))
		case *ast.TableRow:
			var cells []string
			for _, c := range n.Children {
				cells = append(cells, plainText(c))
			}
			o.tableRows = append(o.tableRows, cells)
		case *ast.BlockQuote:
			o.quotes = append(o.quotes, plainText(n))
		case *ast.HTMLBlock, *ast.HTMLSpan:
			o.htmlNodes++
		case *ast.Link:
			// GFM turns a bare http(s) URL in text into a link, which is
			// harmless; any other link would have come from markup.
			d := strings.ToLower(string(n.Destination))
			if !strings.HasPrefix(d, "http://") && !strings.HasPrefix(d, "https://") {
				o.links++
			}
		case *ast.Image:
			o.images++
		case *ast.Emph, *ast.Strong:
			o.emphasis++
		case *ast.ListItem:
			o.listItems++
		case *ast.Del:
			o.strikeNodes++
		}
		return ast.GoToNext
	})
	return o
}

func TestMarkdownStructure(t *testing.T) {
	tl := loadFixture(t, "sample.json")
	o := outline(parseGFM(renderString(t, "md", tl)))
	assert.Equal(t, []string{
		"# Diplomatic timeline, December 2021 – January 2022",
		"## Summary",
		"### Events by kind",
		"### Most frequent participants",
		"## During 2019",
		"#### Vladimir Putin – Mongolia visit",
		"## December 2021",
		"### December 2021",
		"#### Emmanuel Macron visit to Moscow",
		"### Tue 7 Dec 2021",
		"#### Joe Biden – Vladimir Putin video call",
		"### Week of 27 Dec 2021",
		"#### Antony Blinken – Volodymyr Zelenskyy call",
		"### Thu 30 Dec 2021",
		"#### Joe Biden – Vladimir Putin phone call",
		"## January 2022",
		"### January 2022",
		"#### EU – Ukraine summit",
		"### Sun 2 Jan 2022",
		"#### Joe Biden – Volodymyr Zelenskyy phone call",
		"### Mon 10 Jan 2022",
		"#### Strategic Stability Dialogue in Geneva",
		"### Week of 10 Jan 2022",
		"#### NATO-Russia Council meeting",
		"#### Talks at the OSCE",
		"## Undated",
		"#### Joe Biden – Olaf Scholz meeting",
	}, o.headings)
	assert.Equal(t, [][]string{{"Kind", "Events"}, {"call", "4"}, {"meeting", "2"}, {"visit", "2"}, {"talks", "2"}, {"summit", "1"}}, o.tableRows)

	// One quote per outlet, never a headline quoted as its own source: the
	// story read by two paths is one; the headline of the 2 January call
	// is not quoted.
	outletsQuoted := 0
	for _, e := range tl.Events {
		outletsQuoted += len(outletQuotes(articlesOf(&e)))
	}
	require.Len(t, o.quotes, outletsQuoted)
	assert.Equal(t, 13, outletsQuoted, "13 outlets quoted for 11 events")
	for _, q := range o.quotes {
		assert.NotContains(t, q, "Kyiv says ties with Washington are special\n", "a headline is not a quote")
	}
	assert.Contains(t, o.quotes[4], "On Thursday (local time), the US president held a telephone call")
	assert.Contains(t, o.quotes[4], "— Kyiv Wire: Kyiv says ties with Washington are special, 2022-01-02")
	assert.Zero(t, o.htmlNodes)
	md := renderString(t, "md", tl)
	assert.Contains(t, md, "- **Sources:** 2 articles, 3 sentences (Kyiv Wire, Evening Digest)")
	assert.Contains(t, md, "[*Leaders hold two-hour video call*](https://example.org/news/video-call)")
	assert.Contains(t, md, "- **Articles up to:** Wed 5 Jan 2022")
}

// Text from the malicious fixture stays text: no HTML, link, image,
// heading, list or emphasis comes from it.
func TestMarkdownEscapesUntrustedText(t *testing.T) {
	tl := loadFixture(t, "malicious.json")
	md := renderString(t, "md", tl)
	o := outline(parseGFM(md))
	assert.Zero(t, o.htmlNodes, "raw HTML")
	assert.Zero(t, o.links, "links")
	assert.Zero(t, o.images, "images")
	assert.Zero(t, o.strikeNodes, "strikethrough")
	var h4 []string
	for _, h := range o.headings {
		if strings.HasPrefix(h, "#### ") {
			h4 = append(h4, strings.TrimPrefix(h, "#### "))
		}
	}
	require.Len(t, h4, 2, "one heading per event, none injected")
	assert.Equal(t, oneLine(tl.Events[0].Title), h4[0])
	assert.Equal(t, oneLine(tl.Events[1].Title), h4[1])
	assert.Len(t, o.quotes, 2)
	assert.Contains(t, o.quotes[0], "<script>alert(1)</script>", "shown as text")
	// The emphasis is the renderer's own: ** around the two date
	// expressions, * around the two headlines, the 10+2 bold labels.
	labels := len(regexp.MustCompile(`\*\*[A-Z][a-z]+( [a-z]+)*:\*\*`).FindAllString(md, -1))
	assert.Equal(t, 2+2+labels, o.emphasis)
}

func TestMDEscapeRoundTrip(t *testing.T) {
	for _, s := range []string{
		"plain text",
		"*not emphasis* and _not_ either",
		"[a link](javascript:alert(1)) ![img](x)",
		"<script>alert(1)</script> <img src=x onerror=alert(1)>",
		"# not a heading",
		"- not a list",
		"+ not a list",
		"1. not a list",
		"12) not a list",
		"> not a quote",
		"`not code`",
		"a | table | row",
		"~~not struck~~",
		"&amp; &lt; stay literal",
		"back\\slash\\",
		"=====",
		"http://example.com/a_b_c",
		"line one\nline two\n\nthree",
		"Володимир Зеленський 習近平 🇺🇦",
		"{{.Title}} $x$ ^sup^",
	} {
		t.Run(s, func(t *testing.T) { checkMDEscape(t, s) })
	}
}

// checkMDEscape puts mdEscape(s) where untrusted text goes, at the start of
// a line and in a heading, and checks the parser reads back exactly the
// text, as one paragraph or heading with nothing else in it.
func checkMDEscape(t *testing.T, s string) {
	t.Helper()
	want := oneLine(s)
	if want == "" {
		return
	}
	for _, doc := range []string{mdEscape(s) + "\n", "#### " + mdEscape(s) + "\n", "> " + mdEscape(s) + "\n"} {
		root := parseGFM(doc)
		o := outline(root)
		require.Zero(t, o.htmlNodes+o.links+o.images+o.emphasis+o.listItems+o.strikeNodes, "%q parsed as markup", doc)
		require.Equal(t, 1, len(root.GetChildren()), "%q is one block", doc)
		require.Equal(t, want, plainText(root), "%q", doc)
	}
}

func FuzzMDEscape(f *testing.F) {
	for _, s := range []string{"*a*", "[x](y)", "<b>", "1. x", "- x", "# h", "a\nb", "&amp;"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !strings.ContainsFunc(s, func(r rune) bool { return r > ' ' }) {
			return
		}
		checkMDEscape(t, s)
	})
}

func TestReportHTML(t *testing.T) {
	out := renderString(t, "report-html", loadFixture(t, "sample.json"))
	assert.True(t, strings.HasPrefix(out, "<!doctype html>\n"))
	assert.Contains(t, out, "<title>Diplomatic timeline, December 2021 – January 2022</title>")
	assert.Contains(t, out, `<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;sha256-`)
	assert.Contains(t, out, "<h2")
	assert.Contains(t, out, "<table>")
	assert.Contains(t, out, "<blockquote>")
	assert.NotContains(t, out, "<script")
	checkStyleHash(t, out)
}

func TestReportHTMLEscapesUntrustedText(t *testing.T) {
	out := renderString(t, "report-html", loadFixture(t, "malicious.json"))
	for _, bad := range []string{"<script", "<img", "<svg", "<a href=\"javascript", "onerror=\"", "<b>"} {
		assert.NotContains(t, strings.ToLower(out), bad)
	}
	assert.Contains(t, out, "&lt;script&gt;window.__pwned")
}

// checkStyleHash checks that the CSP allows the page's inline style by the
// hash of its exact text.
func checkStyleHash(t *testing.T, page string) {
	t.Helper()
	m := regexp.MustCompile(`(?s)<style>(.*?)</style>`).FindStringSubmatch(page)
	require.NotNil(t, m)
	csp := regexp.MustCompile(`http-equiv="Content-Security-Policy" content="([^"]*)"`).FindStringSubmatch(page)
	require.NotNil(t, csp)
	assert.Contains(t, html.UnescapeString(csp[1]), "style-src "+cspHash(m[1]))
}

func ExampleMarkdownRenderer() {
	place := "Geneva"
	tl := &timeline.Timeline{Events: []timeline.Event{{
		ID: "talks-1", Kind: timeline.Talks, Title: "Strategic Stability Dialogue",
		Participants: []timeline.Participant{{Name: "Wendy Sherman"}, {Name: "Sergei Ryabkov"}},
		Place:        &place, Status: timeline.Planned,
		When: &timeline.When{Value: "2022-01-10", Range: rng("2022-01-10", "2022-01-10"), Granularity: "day"},
		Sources: []timeline.Source{{Headline: "Talks set", Published: date.MustParseISO("2022-01-02"), Publisher: "Wire",
			URL: "https://wire.example/talks-set", Sentence: "Officials will meet in Geneva on January 10.", DateText: "on January 10"}},
	}}}
	var b strings.Builder
	_ = MarkdownRenderer{Title: "Talks"}.Render(&b, tl)
	fmt.Print(b.String()[strings.Index(b.String(), "## January"):])
	// Output:
	// ## January 2022
	//
	// ### Mon 10 Jan 2022
	//
	// #### Strategic Stability Dialogue
	//
	// - **Kind:** talks · **Status:** planned · **Place:** Geneva
	// - **Participants:** Wendy Sherman; Sergei Ryabkov
	// - **Sources:** 1 article (Wire)
	//
	// > Officials will meet in Geneva **on January 10**.
	// >
	// > — Wire: [*Talks set*](https://wire.example/talks-set), 2022-01-02
}
