package render

import (
	"strconv"
	"strings"

	"github.com/dateline/dateline/timeline"
	"github.com/rickb777/date/v2"
)

// A reader counts outlets and articles, not sentences: an event told by
// three sentences of one White House readout has one source, and should
// say so. These helpers turn an event's sources (one per sentence) into
// the articles they come from.

// sourceArticle is one article that reports an event, with the sentences
// of it that the event cites.
type sourceArticle struct {
	// Path is the article as the source names it (a path or a URL).
	Path      string
	Headline  string
	Published date.Date
	// Outlet is the publisher a reader is shown ("whitehouse",
	// "reuters.com"); "" when unknown.
	Outlet string
	// URL is the article's http(s) address, "" when it has none: only
	// web links are ever made.
	URL string
	// Sentences are the distinct sentences cited, in the event's order.
	Sentences []timeline.Source
}

// articlesOf groups the sources of e by article, in the order of each
// article's first source (the event's order: by publication day, then
// article).
//
// Two sources belong to one article when they name the same article, or
// when they have the same headline, publication day and sentence: the same
// story read twice, by two paths (a copy in another folder, a file and a
// feed record). The content decides, not the path, so that a corpus with
// duplicates does not count a story twice. The same sentence cited twice
// for one article is kept once.
func articlesOf(e *timeline.Event) []sourceArticle {
	n := len(e.Sources)
	if n == 0 {
		return nil
	}
	// Union-find over source indices: each source joins the first source
	// of its article and the first source with the same content.
	parent := make([]int, n)
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	union := func(a, b int) {
		ra, rb := find(a), find(b)
		if ra == rb {
			return
		}
		if rb < ra {
			ra, rb = rb, ra
		}
		parent[rb] = ra // the earlier source is the root: order is kept
	}
	byPath := map[string]int{}
	byContent := map[contentKey]int{}
	for i, s := range e.Sources {
		if j, ok := byPath[s.Article]; ok && s.Article != "" {
			union(j, i)
		} else {
			byPath[s.Article] = i
		}
		k := contentOf(s)
		if j, ok := byContent[k]; ok && s.Sentence != "" {
			union(j, i)
		} else {
			byContent[k] = i
		}
	}
	index := map[int]int{} // root → position in out
	seen := map[int]map[string]bool{}
	var out []sourceArticle
	for i, s := range e.Sources {
		r := find(i)
		pos, ok := index[r]
		if !ok {
			pos = len(out)
			index[r] = pos
			seen[pos] = map[string]bool{}
			out = append(out, sourceArticle{Path: s.Article, Headline: s.Headline, Published: s.Published,
				Outlet: outletOf(s), URL: webURLOf(s)})
		}
		a := &out[pos]
		if a.Outlet == "" {
			a.Outlet = outletOf(s)
		}
		if a.URL == "" {
			a.URL = webURLOf(s)
		}
		if key := s.Sentence + "\x00" + s.DateText; !seen[pos][key] {
			seen[pos][key] = true
			a.Sentences = append(a.Sentences, s)
		}
	}
	return out
}

// contentKey identifies a sentence of a story whatever path it was read by.
type contentKey struct {
	headline, sentence string
	published          date.Date
}

func contentOf(s timeline.Source) contentKey {
	return contentKey{headline: s.Headline, sentence: s.Sentence, published: s.Published}
}

// outletOf is the name of a source's publisher as a reader is shown it:
// the publisher the reader recorded, with a leading "www." dropped from a
// host name, else the host of the article's URL; "" when neither says.
// "." (a file of the working folder, or stdin) names nobody.
func outletOf(s timeline.Source) string {
	p := strings.TrimSpace(s.Publisher)
	if p == "" || p == "." || p == "/" {
		p = hostOf(webURLOf(s))
	}
	return strings.TrimPrefix(p, "www.")
}

// webURLOf is the source's http(s) address: its URL, else its article when
// that is a URL; "" otherwise.
func webURLOf(s timeline.Source) string {
	for _, u := range []string{s.URL, s.Article} {
		if isWebURL(u) {
			return u
		}
	}
	return ""
}

// hostOf is the host of an http(s) URL, "" for anything else.
func hostOf(u string) string {
	if !isWebURL(u) {
		return ""
	}
	host := u[strings.Index(u, "://")+3:]
	if i := strings.IndexAny(host, "/?#"); i >= 0 {
		host = host[:i]
	}
	if i := strings.LastIndexByte(host, '@'); i >= 0 {
		host = host[i+1:] // user info is not the host
	}
	return strings.ToLower(host)
}

// outlets lists the distinct outlets of articles, in their order; articles
// of no known outlet are left out.
func outlets(articles []sourceArticle) []string {
	var out []string
	seen := map[string]bool{}
	for _, a := range articles {
		if a.Outlet != "" && !seen[a.Outlet] {
			seen[a.Outlet] = true
			out = append(out, a.Outlet)
		}
	}
	return out
}

// sentenceCount is the number of distinct sentences of articles.
func sentenceCount(articles []sourceArticle) int {
	n := 0
	for _, a := range articles {
		n += len(a.Sentences)
	}
	return n
}

// sourcesSummary says how many articles report an event, and how many
// sentences when more than one per article: "1 article", "2 articles",
// "1 article, 3 sentences".
func sourcesSummary(articles []sourceArticle) string {
	s := countNoun(len(articles), "article", "articles")
	if n := sentenceCount(articles); n > len(articles) {
		s += ", " + countNoun(n, "sentence", "sentences")
	}
	return s
}

// countNoun writes n with its noun: "1 article", "2 articles".
func countNoun(n int, one, many string) string {
	return strconv.Itoa(n) + " " + plural(n, one, many)
}

// bestSentence is the sentence of a that best supports the event: the
// first that carries the date expression, else the first that is not the
// headline itself, else the first.
func bestSentence(a sourceArticle) timeline.Source {
	for _, s := range a.Sentences {
		if s.DateText != "" {
			return s
		}
	}
	for _, s := range a.Sentences {
		if !isHeadline(s) {
			return s
		}
	}
	return a.Sentences[0]
}

// isHeadline reports whether the source's sentence is its article's
// headline: quoting it under the same headline tells a reader nothing.
func isHeadline(s timeline.Source) bool {
	return s.Headline != "" && strings.TrimSpace(s.Sentence) == strings.TrimSpace(s.Headline)
}

// latestArticle is the latest publication day among the timeline's
// sources: the "articles up to" date of a briefing; date.Zero when none.
func latestArticle(events []*timeline.Event) date.Date {
	latest := date.Zero
	for _, e := range events {
		if p := latestPublished(e); p > latest {
			latest = p
		}
	}
	return latest
}
