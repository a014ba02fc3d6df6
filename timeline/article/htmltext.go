package article

import (
	"github.com/dateline/dateline/timeline/vocab"
	"html"
	"regexp"
	"strings"
)

// Scrapers and news APIs often deliver an article's body as HTML
// ("<p>WASHINGTON (Reuters) - …</p><p>…</p>"). Read as text, the tags would
// hide the dateline, glue paragraphs into one sentence and end up in the
// evidence quoted to users. htmlText turns such a body into plain text:
// block elements become line breaks (a paragraph per line, as wire copy
// is written), other tags are dropped, script and style content is
// skipped, and character references are decoded.

// looksLikeHTML reports whether s holds markup worth converting: a tag of
// the block or inline elements article bodies are made of. A lone "<" in
// prose ("a score of <5") is not markup.
func looksLikeHTML(s string) bool {
	for i := strings.IndexByte(s, '<'); i >= 0 && i+1 < len(s); {
		name, _, ok := tagAt(s, i)
		if ok && (blockTags[name] || inlineTags[name] || skippedTags[name]) {
			return true
		}
		j := strings.IndexByte(s[i+1:], '<')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// htmlText converts an HTML fragment to plain text (see the comment at the
// top of this file). Runs of blank lines and spaces are squeezed.
func htmlText(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	skip := "" // the element whose content is being skipped
	i := 0
	for i < len(s) {
		lt := strings.IndexByte(s[i:], '<')
		if lt < 0 {
			if skip == "" {
				b.WriteString(s[i:])
			}
			break
		}
		if skip == "" {
			b.WriteString(s[i : i+lt])
		}
		i += lt
		name, end, ok := tagAt(s, i)
		if !ok {
			// Not a tag: a "<" of the text.
			if skip == "" {
				b.WriteByte('<')
			}
			i++
			continue
		}
		closing := s[i+1] == '/'
		switch {
		case skip != "":
			if closing && name == skip {
				skip = ""
			}
		case skippedTags[name] && !closing && !strings.HasSuffix(s[i:end], "/>"):
			skip = name
		case blockTags[name]:
			b.WriteByte('\n')
		case inlineTags[name] || name == "!--":
			// dropped; an inline break keeps the words apart
			if name == "br" || name == "!--" {
				b.WriteByte(' ')
			}
		}
		i = end
	}
	return squeezeLines(html.UnescapeString(b.String()))
}

// tagAt reads the tag that starts at s[i] == '<': its lower-case name and
// the index just past its '>'. Comments are named "!--". ok is false when
// no tag starts there.
func tagAt(s string, i int) (name string, end int, ok bool) {
	if strings.HasPrefix(s[i:], "<!--") {
		e := strings.Index(s[i+4:], "-->")
		if e < 0 {
			return "", 0, false
		}
		return "!--", i + 4 + e + 3, true
	}
	j := i + 1
	if j < len(s) && s[j] == '/' {
		j++
	}
	k := j
	for k < len(s) && (s[k] >= 'a' && s[k] <= 'z' || s[k] >= 'A' && s[k] <= 'Z' || k > j && s[k] >= '0' && s[k] <= '9') {
		k++
	}
	if k == j || k >= len(s) {
		return "", 0, false
	}
	if c := s[k]; c != '>' && c != ' ' && c != '/' && c != '\t' && c != '\n' && c != '\r' {
		return "", 0, false
	}
	gt := strings.IndexByte(s[k:], '>')
	if gt < 0 {
		return "", 0, false
	}
	return strings.ToLower(s[j:k]), k + gt + 1, true
}

// blockTags become line breaks; inlineTags are dropped with their text
// kept; skippedTags are dropped with their content.
var (
	blockTags   = vocab.Words("p div br hr h1 h2 h3 h4 h5 h6 li ul ol blockquote section article header footer aside figure figcaption table tr td th pre main nav dl dt dd")
	inlineTags  = vocab.Words("a b i u em strong span small sub sup abbr cite q time mark font img")
	skippedTags = vocab.Words("script style noscript iframe svg template head")
)

// squeezeLines trims every line, turns runs of spaces into one and keeps
// no empty line.
func squeezeLines(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, line := range strings.Split(s, "\n") {
		line = strings.Join(strings.Fields(line), " ")
		if line == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(line)
	}
	return b.String()
}

// markupFreeText is s as plain text: HTML converted by htmlText, and
// character references ("&amp;", "&#8217;") decoded in text that has no
// tags. Other text is returned as it is.
func markupFreeText(s string) string {
	switch {
	case looksLikeHTML(s):
		return htmlText(s)
	case strings.IndexByte(s, '&') >= 0 && charRef.MatchString(s):
		return html.UnescapeString(s)
	}
	return s
}

// charRef matches an HTML character reference.
var charRef = regexp.MustCompile(`&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});`)
