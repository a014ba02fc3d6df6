package article

import (
	"bytes"
	"errors"
	"strings"
	"unicode/utf8"

	"github.com/dateline/dateline/timeline"
	"github.com/rickb777/date/v2"
)

// maxHeadlineLen is the longest first line taken as a headline when no date
// line follows it; a longer line is the first paragraph.
const maxHeadlineLen = 250

// maxHeaderLineLen is how much of a header line is looked at; it is more
// than maxHeadlineLen so that a long first paragraph is not a headline.
const maxHeaderLineLen = 400

// ParseText reads one plain-text article. id becomes the article's ID and
// Path and names it in errors.
//
// The usual layout is a headline on the first line, the publication date
// on the second (any form ParsePublished reads; blank lines between are
// allowed), then the body. A file may also open with the date alone, or
// have no header at all and start with a dateline ("MOSCOW, Jan 3 (Reuters)
// - …"), possibly after a headline line. Without a date line, Published is
// the dateline's date when the dateline gives one with its year, else
// opt.DefaultDate; with none of these the article is refused (ErrNoDate),
// since its relative dates could not be anchored.
//
// Body is the text after the header, with a leading byte-order mark and
// surrounding blank space removed and, if the file is not valid UTF-8,
// every invalid byte sequence replaced by U+FFFD, so that Body is always
// valid UTF-8; byte offsets into Body then differ from offsets into the
// file. Errors are *ReadError: ErrEmpty, ErrUTF16 (with a byte-order mark,
// or without one and told by its zero bytes), ErrBinary (the data holds a
// NUL byte), a date line that has a date's shape but cannot be read
// (field "date"), ErrNoText, ErrNoDate.
func ParseText(id string, data []byte, opt ReadOptions) (timeline.Article, error) {
	return parseText(id, data, opt, false)
}

// parseText is ParseText. With owned, data belongs to the call (ReadFile
// read it and keeps no reference), so that valid UTF-8 becomes the
// article's text without a copy.
func parseText(id string, data []byte, opt ReadOptions, owned bool) (timeline.Article, error) {
	fail := func(line int, field string, err error) (timeline.Article, error) {
		return timeline.Article{}, &ReadError{Path: id, Line: line, Field: field, Err: err}
	}
	if err := checkEncoding(data); err != nil {
		return fail(0, "", err)
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	var text string
	switch {
	case owned && utf8.Valid(data):
		text = unsafeString(data)
	case utf8.Valid(data):
		text = string(data)
	default:
		text = strings.ToValidUTF8(string(data), "\uFFFD")
	}
	if strings.TrimSpace(text) == "" {
		return fail(0, "", ErrEmpty)
	}

	lines := headerLines(text, 3)
	a := timeline.Article{ID: id, Path: id}
	bodyStart := lines[0].start
	dateLine := 0
	// The date is on the second line (under the headline) or, failing
	// that, the first. A date-like first line above a real date line is
	// a headline ("03/08/1998 06:26:00" over "Mar 08, 1998").
	var dates [2]date.Date
	var errs [2]error
	for i := 0; i < 2 && i < len(lines); i++ {
		dates[i], errs[i] = ParsePublished(lines[i].text, opt.DateOrder)
	}
	switch {
	case len(lines) > 1 && errs[1] == nil:
		a.Headline = lines[0].text
		a.Published, dateLine, bodyStart = dates[1], lines[1].number, lines[1].end
	case errs[0] == nil:
		a.Published, dateLine, bodyStart = dates[0], lines[0].number, lines[0].end
	case len(lines) > 1 && !errors.Is(errs[1], ErrNotADate):
		return fail(lines[1].number, "date", errs[1])
	case !errors.Is(errs[0], ErrNotADate):
		return fail(lines[0].number, "date", errs[0])
	}
	if dateLine == 0 && len(lines) > 1 {
		// No date line: a short first line above a dateline is a headline.
		if _, ok := ParseDateline(lines[0].text, date.Zero); !ok && looksLikeHeadline(lines[0].text) {
			if _, ok := ParseDateline(lines[1].text, date.Zero); ok {
				a.Headline, bodyStart = lines[0].text, lines[0].end
			}
		}
	}
	a.Body = strings.TrimSpace(text[bodyStart:])
	if body, ok := unwrapLines(a.Body); ok {
		a.Body = body // hard-wrapped wire copy: a line break is a space
	}
	if a.Body == "" {
		return fail(dateLine, "", ErrNoText)
	}
	if err := checkLanguage(&a, opt); err != nil {
		return fail(0, "", err)
	}
	if !settle(&a, opt) {
		return fail(0, "", ErrNoDate)
	}
	return a, nil
}

// headerLine is one non-blank line near the top of a text: its trimmed
// text, 1-based line number, and the byte offsets where it starts and just
// after its newline.
type headerLine struct {
	text       string
	number     int
	start, end int
}

// headerLines returns the first n non-blank lines of text, looking no
// further than it must, so that a huge body costs nothing here.
func headerLines(text string, n int) []headerLine {
	var out []headerLine
	pos, number := 0, 0
	for pos < len(text) && len(out) < n {
		number++
		end := strings.IndexByte(text[pos:], '\n')
		next := len(text)
		if end >= 0 {
			end += pos
			next = end + 1
		} else {
			end = len(text)
		}
		if t := strings.TrimSpace(text[pos:end]); t != "" {
			// Only short lines can be headers; keep a prefix of a long one
			// (enough to see a dateline) instead of copying all of it.
			if len(t) > maxHeaderLineLen {
				cut := maxHeaderLineLen
				for cut > 0 && !utf8.RuneStart(t[cut]) {
					cut--
				}
				t = t[:cut]
			}
			out = append(out, headerLine{text: squeezeSpace(t), number: number, start: pos, end: next})
		}
		pos = next
	}
	return out
}

// squeezeSpace turns every run of white space inside t, which has none at
// its ends, into one space; most lines have none to squeeze and are
// returned as they are.
func squeezeSpace(t string) string {
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c >= utf8.RuneSelf || c == '\t' || c == '\r' || c == '\v' || c == '\f' || c == ' ' && (i+1 == len(t) || t[i+1] == ' ') {
			return strings.Join(strings.Fields(t), " ")
		}
	}
	return t
}

// looksLikeHeadline reports whether a first line can be a headline rather
// than a paragraph: short, and not ending like a sentence.
func looksLikeHeadline(s string) bool {
	if len(s) > maxHeadlineLen {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	return !strings.ContainsRune(".:;,\"”", last)
}
