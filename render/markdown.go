package render

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/dateline/dateline/timeline"
	"github.com/rickb777/date/v2"
)

// MarkdownRenderer writes a report in GitHub-flavoured Markdown:
//
//	# Title
//	## Summary            period covered, events by kind (a table),
//	                      most frequent participants, sources and outlets
//	## During 2019        events known only to a year (or a quarter …)
//	## December 2021      one section per month, in date order
//	### Thu 30 Dec 2021   one per date, at the date's granularity
//	#### Event title      kind, status, place, participants, the articles
//	                      and outlets that report it, then the best
//	                      sentence of each outlet as a quote
//	## Undated
//
// The report is meant to be read and forwarded, not to hold every piece of
// evidence: each outlet is quoted once, by the sentence that dates the
// event (or else the first that is not the headline); a headline is never
// quoted as the source of itself. `dateline show ID` prints all of it.
//
// Article text is untrusted: every string that comes from the timeline,
// headings included, is folded onto one line and every character Markdown
// would read as syntax is backslash-escaped, so a headline can neither
// start a list or a heading nor inject HTML or a link. Links are made only
// to http(s) URLs.
type MarkdownRenderer struct {
	// Title is the report's heading; DefaultTitle when empty.
	Title string
	// TopParticipants is how many participants the summary lists; 10 when 0.
	TopParticipants int
}

// Render writes the report.
func (r MarkdownRenderer) Render(w io.Writer, tl *timeline.Timeline) error {
	title := r.Title
	if title == "" {
		title = DefaultTitle(tl)
	}
	top := r.TopParticipants
	if top <= 0 {
		top = 10
	}
	dated, undated := displayOrder(eventsOf(tl))
	all := append(append([]*timeline.Event{}, dated...), undated...)

	bw := bufio.NewWriter(w)
	p := func(format string, args ...any) { fmt.Fprintf(bw, format, args...) }

	p("# %s\n\n", mdEscape(title))
	p("## Summary\n\n")
	p("- **Period covered:** %s\n", mdEscape(periodText(dated)))
	p("- **Events:** %s\n", mdEscape(eventsSummary(dated, undated)))
	if latest := latestArticle(all); latest != date.Zero {
		p("- **Articles up to:** %s\n", mdEscape(latest.Format(dayLayout)))
	}
	if arts, outs := corpusSummary(all); arts > 0 {
		p("- **Sources:** %d %s", arts, plural(arts, "article", "articles"))
		if len(outs) > 0 {
			esc := make([]string, len(outs))
			for i, o := range outs {
				esc[i] = mdEscape(o.Name) + fmt.Sprintf(" (%d)", o.N)
			}
			p(" from %s: %s", countNoun(len(outs), "outlet", "outlets"), strings.Join(esc, ", "))
		}
		p("\n")
	}
	p("\n")
	if kinds := kindCounts(all); len(kinds) > 0 {
		p("### Events by kind\n\n| Kind | Events |\n| --- | ---: |\n")
		for _, k := range kinds {
			p("| %s | %d |\n", mdEscape(k.Name), k.N)
		}
		p("\n")
	}
	if people := topParticipants(all, top); len(people) > 0 {
		p("### Most frequent participants\n\n")
		for i, c := range people {
			p("%d. %s — %d %s\n", i+1, mdEscape(c.Name), c.N, plural(c.N, "event", "events"))
		}
		p("\n")
	}
	for _, sec := range sections(dated) {
		p("## %s\n\n", mdEscape(sec.Label))
		for _, d := range sec.Days {
			if d.Label != "" {
				p("### %s\n\n", mdEscape(d.Label))
			}
			for _, e := range d.Events {
				mdEvent(bw, e)
			}
		}
	}
	if len(undated) > 0 {
		p("## Undated\n\n")
		for _, e := range undated {
			mdEvent(bw, e)
		}
	}
	return bw.Flush()
}

// eventsSummary counts the events by how precisely they are dated:
// "65 (60 dated to a month or better, 3 to a longer period, 2 undated)".
func eventsSummary(dated, undated []*timeline.Event) string {
	coarse := 0
	for _, e := range dated {
		if e.When.Coarse() {
			coarse++
		}
	}
	s := fmt.Sprintf("%d (%d dated", len(dated)+len(undated), len(dated)-coarse)
	if coarse > 0 {
		s += fmt.Sprintf(" to a month or better, %d to a longer period", coarse)
	}
	return s + fmt.Sprintf(", %d undated)", len(undated))
}

// corpusSummary counts the distinct articles behind the events and the
// articles of each outlet, most articles first.
func corpusSummary(events []*timeline.Event) (articles int, byOutlet []count) {
	// An article reports several events: it is counted once, by its
	// headline, day and outlet.
	type articleKey struct {
		headline, outlet string
		published        date.Date
	}
	seen := map[articleKey]bool{}
	n := map[string]int{}
	for _, e := range events {
		for _, a := range articlesOf(e) {
			k := articleKey{a.Headline, a.Outlet, a.Published}
			if seen[k] {
				continue
			}
			seen[k] = true
			articles++
			if a.Outlet != "" {
				n[a.Outlet]++
			}
		}
	}
	for name, c := range n {
		byOutlet = append(byOutlet, count{name, c})
	}
	sort.Slice(byOutlet, func(i, j int) bool {
		if byOutlet[i].N != byOutlet[j].N {
			return byOutlet[i].N > byOutlet[j].N
		}
		return byOutlet[i].Name < byOutlet[j].Name
	})
	return articles, byOutlet
}

// mdEvent writes one event: its heading, facts and one quote per outlet.
func mdEvent(w io.Writer, e *timeline.Event) {
	p := func(format string, args ...any) { fmt.Fprintf(w, format, args...) }
	p("#### %s\n\n", mdEscape(e.Title))
	p("- **Kind:** %s · **Status:** %s", mdEscape(string(e.Kind)), mdEscape(string(e.Status)))
	if pl := placeOf(e); pl != "" {
		p(" · **Place:** %s", mdEscape(pl))
	}
	p("\n")
	if c := e.CorrectedSummary(); c != "" {
		p("- **Corrected by hand:** %s\n", mdEscape(c))
	}
	if len(e.Participants) > 0 {
		labels := make([]string, len(e.Participants))
		for i, x := range e.Participants {
			labels[i] = mdEscape(participantLabel(x))
		}
		p("- **Participants:** %s\n", strings.Join(labels, "; "))
	}
	if e.Format != "" {
		p("- **Format:** %s\n", mdEscape(e.Format))
	}
	for _, c := range e.Conflicts {
		p("- **Other date reported:** %s\n", mdEscape(DisplayDate(&c)))
	}
	arts := articlesOf(e)
	p("- **Sources:** %s", mdEscape(sourcesSummary(arts)))
	if outs := outlets(arts); len(outs) > 0 {
		esc := make([]string, len(outs))
		for i, o := range outs {
			esc[i] = mdEscape(o)
		}
		p(" (%s)", strings.Join(esc, ", "))
	}
	p("\n\n")
	for _, q := range outletQuotes(arts) {
		if q.quote {
			p("> %s\n>\n> — %s\n\n", mdQuote(q.source), mdCite(q))
		} else {
			p("— %s\n\n", mdCite(q))
		}
	}
}

// outletQuote is the evidence one outlet gives for an event: its best
// sentence (quote is false when the only sentence is the headline), and
// how many of its articles report the event.
type outletQuote struct {
	article  sourceArticle
	source   timeline.Source
	quote    bool
	articles int
}

// outletQuotes picks, for each outlet in order, the best sentence among
// its articles (see bestSentence): the first article whose sentence dates
// the event, else the first. Articles of no known outlet stand alone.
func outletQuotes(arts []sourceArticle) []outletQuote {
	var out []outletQuote
	index := map[string]int{}
	for _, a := range arts {
		key := "outlet\x00" + a.Outlet
		if a.Outlet == "" {
			key = "article\x00" + a.Path
		}
		best := bestSentence(a)
		i, ok := index[key]
		if !ok {
			index[key] = len(out)
			out = append(out, outletQuote{article: a, source: best, quote: !isHeadline(best), articles: 1})
			continue
		}
		q := &out[i]
		q.articles++
		if (q.source.DateText == "" && best.DateText != "") || (!q.quote && !isHeadline(best)) {
			q.article, q.source, q.quote = a, best, !isHeadline(best)
		}
	}
	return out
}

// mdQuote writes a source's sentence with its date expression in bold.
func mdQuote(s timeline.Source) string {
	before, date, after := highlight(s)
	quote := mdInline(before)
	if date := collapseSpace(date); strings.TrimSpace(date) != "" {
		// Emphasis must hug its text, so spaces stay outside the **.
		if strings.HasPrefix(date, " ") {
			quote += " "
		}
		quote += "**" + mdInline(strings.TrimSpace(date)) + "**"
		if strings.HasSuffix(date, " ") {
			quote += " "
		}
		quote += mdInline(after)
	}
	return mdLineStart(strings.TrimSpace(quote))
}

// mdCite writes where a quote comes from: outlet, headline (a link when
// the article has a web address), publication day, and how many more
// articles of the outlet report the event.
func mdCite(q outletQuote) string {
	a := q.article
	var b strings.Builder
	if a.Outlet != "" {
		b.WriteString(mdEscape(a.Outlet) + ": ")
	}
	headline := "*" + mdEscape(a.Headline) + "*"
	if a.Headline == "" {
		headline = "article"
	}
	if a.URL != "" {
		b.WriteString("[" + headline + "](" + mdURL(a.URL) + ")")
	} else {
		b.WriteString(headline)
	}
	if d := dayText(a.Published); d != "" {
		b.WriteString(", " + d)
	}
	if a.URL == "" && a.Path != "" {
		b.WriteString(" (" + mdEscape(a.Path) + ")")
	}
	if q.articles > 1 {
		b.WriteString(fmt.Sprintf(" and %d more %s", q.articles-1, plural(q.articles-1, "article", "articles")))
	}
	return b.String()
}

// mdURL writes an http(s) URL as a link destination: the characters that
// would end or break it are percent-encoded.
func mdURL(u string) string {
	var b strings.Builder
	for i := 0; i < len(u); i++ {
		c := u[i]
		if c <= ' ' || c >= 0x7f || strings.IndexByte("()<>\\\"'`[]*_", c) >= 0 {
			fmt.Fprintf(&b, "%%%02X", c)
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// mdSpecial are the characters escaped wherever they appear: the inline
// syntax of CommonMark and GFM (emphasis, code, links, images, raw HTML,
// entities, tables, strikethrough) plus the heading and quote markers.
const mdSpecial = "\\`*_{}[]<>&|~#!$^"

// mdEscape makes untrusted text literal Markdown that can start a line: it
// folds the text onto one line, escapes mdSpecial (mdInline) and what would
// open a block at the start of a line (mdLineStart).
func mdEscape(s string) string {
	return mdLineStart(mdInline(oneLine(s)))
}

// mdInline backslash-escapes mdSpecial in s and folds white space runs to
// one space, keeping a leading or trailing one, so that pieces of a
// sentence can be escaped separately and joined.
func mdInline(s string) string {
	s = collapseSpace(s)
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if strings.IndexByte(mdSpecial, s[i]) >= 0 {
			b.WriteByte('\\')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// mdLineStart escapes what would make a line of text a block: a list
// bullet or setext underline ("-", "+", "="), or an ordered list number
// ("1." or "2)"). "#" and ">" are already escaped by mdInline.
func mdLineStart(s string) string {
	if s == "" {
		return s
	}
	if strings.IndexByte("-+=", s[0]) >= 0 {
		return "\\" + s
	}
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 && i < len(s) && (s[i] == '.' || s[i] == ')') {
		return s[:i] + "\\" + s[i:]
	}
	return s
}

// plural picks the singular or plural form for n.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
