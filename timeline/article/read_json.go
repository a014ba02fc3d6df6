package article

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/dateline/dateline/timeline"
	"github.com/rickb777/date/v2"
)

// The field names news scrapers and APIs use, lower case, in order of
// preference. Keys are matched without regard to case.
var (
	headlineFields = []string{"title", "headline"}
	dateFields     = []string{
		"date_publish", "datepublished", "published_at", "publishedat", "published_date",
		"date_published", "publish_date", "publication_date", "pubdate", "published",
		"date", "datetime", "created_at",
	}
	// bodyFields hold the full text; the longest present wins.
	bodyFields = []string{
		"maintext", "text", "body", "content", "article", "article_text", "articlebody",
		"full_text", "fulltext", "story",
	}
	// summaryFields are used only when no body field has text.
	summaryFields = []string{"description", "summary", "abstract", "lead", "snippet"}
	// urlFields give the article's address; "id" and "guid" count only
	// when they hold a URL.
	urlFields   = []string{"url", "link", "canonical_link", "canonical_url", "canonicalurl", "uri", "weburl", "id", "guid"}
	urlOnlyIf   = map[string]bool{"id": true, "guid": true}
	sourceField = []string{"source", "source_domain", "publisher", "site_name", "sitename", "source_name", "domain", "outlet"}
	// sourceNameFields are read when the source is an object {"name": …}.
	sourceNameFields = []string{"name", "title", "domain", "id"}
)

// readJSON reads a JSON file: an object, an array of objects, several
// objects one after the other, or JSON Lines (one object per line). With
// lines true the file is known to be JSON Lines. No record larger than
// opt's size limit is held; reading stops when ctx is done.
func readJSON(ctx context.Context, path string, br *bufio.Reader, lines bool, opt ReadOptions, ok func(timeline.Article), bad func(error)) {
	first, err := firstByte(br)
	if err != nil {
		bad(&ReadError{Path: path, Err: ErrEmpty})
		return
	}
	limit := opt.maxArticleSize()
	switch {
	case lines:
		readJSONLines(ctx, path, br, 0, opt, ok, bad)
	case first == '[':
		readJSONArray(ctx, path, br, opt, ok, bad)
	case first == '{':
		if head, _ := br.Peek(min(br.Size(), sniffSize)); len(head) > 0 {
			if schema, isTimeline := timelineSchemaOf(head); isTimeline {
				bad(&ReadError{Path: path, Err: &TimelineError{Schema: schema}})
				return
			}
		}
		// One object per line, or pretty-printed objects? Look at line 1.
		line, tooLong, err := readLine(br, limit, nil)
		if tooLong {
			// One line larger than an article may be: a JSON Lines
			// record, since an object on many lines has a short first.
			bad(&ReadError{Path: path, Line: 1, Err: &SizeError{Limit: limit, Size: -1}})
			if err == nil {
				readJSONLines(ctx, path, br, 1, opt, ok, bad)
			}
			return
		}
		if err != nil && err != io.EOF {
			bad(&ReadError{Path: path, Err: err})
			return
		}
		rest, _ := br.Peek(64) // enough to see past a blank line or two
		if json.Valid(line) && len(bytes.TrimSpace(rest)) > 0 {
			handleRecord(path, line, 1, 0, true, opt, ok, bad)
			readJSONLines(ctx, path, br, 1, opt, ok, bad)
			return
		}
		if err == nil {
			line = append(line, '\n')
		}
		readJSONStream(ctx, path, io.MultiReader(bytes.NewReader(line), br), opt, ok, bad)
	default:
		bad(&ReadError{Path: path, Err: fmt.Errorf("%w: expected a JSON object or an array of objects, found %s", ErrWrongType, jsonKindOfByte(first))})
	}
}

// timelineSchemaOf tells a timeline JSON document (what `dateline build
// -f json` writes, of this schema or another) by its first key, "schema",
// and returns that key's value.
func timelineSchemaOf(head []byte) (string, bool) {
	dec := json.NewDecoder(bytes.NewReader(head))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return "", false
	}
	if t, err := dec.Token(); err != nil || t != "schema" {
		return "", false
	}
	t, err := dec.Token()
	schema, isString := t.(string)
	if err != nil || !isString {
		return "", false
	}
	return schema, strings.HasPrefix(schema, "dateline/") || bytes.Contains(head, []byte(`"events"`))
}

// firstByte skips white space and a byte-order mark and peeks at the next byte.
func firstByte(br *bufio.Reader) (byte, error) {
	for {
		b, err := br.Peek(1)
		if err != nil {
			return 0, err
		}
		switch b[0] {
		case ' ', '\t', '\r', '\n':
			br.Discard(1)
			continue
		case 0xEF: // UTF-8 byte-order mark
			if bom, _ := br.Peek(3); bytes.Equal(bom, []byte("\ufeff")) {
				br.Discard(3)
				continue
			}
		}
		return b[0], nil
	}
}

// readJSONLines reads one record per line, streaming; a bad line, or one
// larger than an article may be, is reported and the next line is read.
// lineNo is the number of lines already consumed.
func readJSONLines(ctx context.Context, path string, br *bufio.Reader, lineNo int, opt ReadOptions, ok func(timeline.Article), bad func(error)) {
	limit := opt.maxArticleSize()
	var buf []byte
	for ctx.Err() == nil {
		lineNo++
		line, tooLong, err := readLine(br, limit, buf[:0])
		buf = line
		if tooLong {
			bad(&ReadError{Path: path, Line: lineNo, Err: &SizeError{Limit: limit, Size: -1}})
		} else if line = bytes.TrimSpace(line); len(line) > 0 {
			handleRecord(path, line, lineNo, 0, true, opt, ok, bad)
		}
		if err == io.EOF {
			return
		}
		if err != nil {
			bad(&ReadError{Path: path, Line: lineNo, Err: err})
			return
		}
	}
}

// readLine reads one line into buf, without its newline. It holds no
// more than limit+1 bytes: a longer line is read to its end and dropped,
// and tooLong is true. err is io.EOF after the last line.
func readLine(br *bufio.Reader, limit int64, buf []byte) (line []byte, tooLong bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if !tooLong {
			if int64(len(buf)+len(chunk)) > limit+1 {
				tooLong, buf = true, buf[:0]
			} else {
				buf = append(buf, chunk...)
			}
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err == nil && !tooLong {
			buf = buf[:len(buf)-1] // the newline
		}
		return buf, tooLong, err
	}
}

// readJSONArray streams the elements of a top-level array.
func readJSONArray(ctx context.Context, path string, r io.Reader, opt ReadOptions, ok func(timeline.Article), bad func(error)) {
	budget := newBudgetReader(r, opt.maxArticleSize())
	dec := json.NewDecoder(budget)
	if _, err := dec.Token(); err != nil { // the '['
		bad(&ReadError{Path: path, Err: err})
		return
	}
	for n := 1; ctx.Err() == nil && dec.More(); n++ {
		budget.allow(dec.InputOffset())
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			bad(&ReadError{Path: path, Record: n, Err: fmt.Errorf("%s; the rest of the file is not read", jsonSyntax(err))})
			return
		}
		handleRecord(path, raw, 0, n, true, opt, ok, bad)
	}
	if ctx.Err() != nil {
		return
	}
	budget.allow(dec.InputOffset())
	if _, err := dec.Token(); err != nil { // the ']'
		bad(&ReadError{Path: path, Err: fmt.Errorf("at the end of the array: %s", jsonSyntax(err))})
	}
}

// readJSONStream reads one object, or several one after the other. A file
// holding one object gives an article whose ID is the path itself; when
// there are several, each is numbered.
func readJSONStream(ctx context.Context, path string, r io.Reader, opt ReadOptions, ok func(timeline.Article), bad func(error)) {
	budget := newBudgetReader(r, opt.maxArticleSize())
	dec := json.NewDecoder(budget)
	var first json.RawMessage
	if err := dec.Decode(&first); err != nil {
		bad(&ReadError{Path: path, Err: errors.New(jsonSyntax(err))})
		return
	}
	budget.allow(dec.InputOffset())
	if !dec.More() {
		handleRecord(path, first, 0, 0, false, opt, ok, bad)
		return
	}
	handleRecord(path, first, 0, 1, true, opt, ok, bad)
	for n := 2; ctx.Err() == nil; n++ {
		budget.allow(dec.InputOffset())
		var raw json.RawMessage
		err := dec.Decode(&raw)
		if err == io.EOF {
			return
		}
		if err != nil {
			bad(&ReadError{Path: path, Record: n, Err: fmt.Errorf("%s; the rest of the file is not read", jsonSyntax(err))})
			return
		}
		handleRecord(path, raw, 0, n, true, opt, ok, bad)
	}
}

// handleRecord turns one JSON record into an article or an error. line is
// its JSON Lines line (0 if none), record its index in an array or stream
// (0 if none); numbered says whether the ID needs "#N" to be unique.
func handleRecord(path string, raw []byte, line, record int, numbered bool, opt ReadOptions, ok func(timeline.Article), bad func(error)) {
	a, field, err := ParseRecord(raw, opt)
	if err != nil {
		bad(&ReadError{Path: path, Line: line, Record: record, Field: field, Err: err})
		return
	}
	a.Path = path
	if a.URL != "" {
		a.ID = a.URL
	} else {
		a.ID = path
		if n := max(line, record); numbered && n > 0 {
			a.ID = fmt.Sprintf("%s#%d", path, n)
		}
	}
	ok(a)
}

// ParseRecord reads one JSON object in the shape news scrapers and APIs
// use (news-please, NewsAPI, RSS converters …):
//
//   - headline from title or headline;
//   - publication date from date_publish, datePublished, published_at,
//     publishedAt, pubDate, published, date … (a string in any form
//     ParsePublished reads, or a number of Unix seconds or milliseconds);
//   - body from the longest of maintext, text, body, content, article …
//     (a string, or an array of paragraph strings), falling back to
//     description or summary only when none of them has text;
//   - URL from url, link, canonical_link … (or id/guid holding a URL);
//   - source from source, source_domain, publisher … (a string, or an
//     object with a name).
//
// Keys match without regard to case. The returned article has no ID or
// Path; the caller sets them. On failure it returns the JSON field at fault
// ("" when the record as a whole is wrong) and the reason.
func ParseRecord(raw []byte, opt ReadOptions) (timeline.Article, string, error) {
	var a timeline.Article
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || raw[0] != '{' {
		kind := "nothing"
		if len(raw) > 0 {
			kind = jsonKindOfByte(raw[0])
		}
		return a, "", fmt.Errorf("%w: expected a JSON object, found %s", ErrWrongType, kind)
	}
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(raw, &obj); err != nil {
		return a, "", fmt.Errorf("invalid JSON: %w", err)
	}
	fields := lowerKeys(obj)
	if schema, ok := fields.get("schema"); ok {
		var name string
		if _, events := fields.get("events"); events && jsonString(schema.value, &name) == nil {
			return a, "", &TimelineError{Schema: name}
		}
	}

	var err error
	var field string
	if a.Headline, field, err = stringField(fields, headlineFields); err != nil {
		return a, field, err
	}
	a.Headline = strings.Join(strings.Fields(a.Headline), " ")
	for _, name := range urlFields {
		v, f, err := stringField(fields, []string{name})
		if err != nil {
			if urlOnlyIf[name] {
				continue // a numeric id is fine, it is just not a URL
			}
			return a, f, err
		}
		if v == "" || (urlOnlyIf[name] && !strings.HasPrefix(v, "http://") && !strings.HasPrefix(v, "https://")) {
			continue
		}
		a.URL = strings.TrimSpace(v)
		break
	}
	if a.Publisher, field, err = sourceOf(fields); err != nil {
		return a, field, err
	}
	if a.Body, field, err = longestText(fields, bodyFields); err != nil {
		return a, field, err
	}
	if a.Body == "" {
		if a.Body, field, err = longestText(fields, summaryFields); err != nil {
			return a, field, err
		}
	}
	a.Headline, a.Body = markupFreeText(a.Headline), markupFreeText(a.Body)
	if a.Body == "" {
		return a, "text", fmt.Errorf("%w: none of the fields %s holds text", ErrNoText, strings.Join(append(append([]string{}, bodyFields[:4]...), summaryFields[0]), ", "))
	}
	for _, name := range dateFields {
		f, ok := fields.get(name)
		if !ok {
			continue
		}
		v := f.value
		d, err := jsonDate(v, opt.DateOrder)
		if err != nil {
			return a, f.key, err
		}
		if d != date.Zero {
			a.Published = d
			break
		}
	}
	if err := checkLanguage(&a, opt); err != nil {
		return a, "", err
	}
	if !settle(&a, opt) {
		return a, "date", ErrNoDate
	}
	return a, "", nil
}

// jsonFields indexes a JSON object by lower-case key, remembering each
// key as written so that errors name the field the user wrote.
type jsonFields map[string]jsonField

type jsonField struct {
	key   string
	value json.RawMessage
}

// lowerKeys indexes obj by lower-case key. When two keys differ only in
// case, the one first in byte order wins, so the choice is deterministic.
func lowerKeys(obj map[string]json.RawMessage) jsonFields {
	keys := make([]string, 0, len(obj))
	for k := range obj {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	out := make(jsonFields, len(obj))
	for _, k := range keys {
		lk := strings.ToLower(k)
		if _, dup := out[lk]; !dup {
			out[lk] = jsonField{k, obj[k]}
		}
	}
	return out
}

// get returns the field named name (lower case) when it is present and not
// null: scrapers write null for a field they have no value for, which is
// the same as leaving it out.
func (fs jsonFields) get(name string) (jsonField, bool) {
	f, ok := fs[name]
	if !ok || jsonIsNull(f.value) {
		return jsonField{}, false
	}
	return f, true
}

// stringField returns the first of names present as a non-empty string.
// null counts as absent; any other type is an error naming the field.
func stringField(fields jsonFields, names []string) (string, string, error) {
	for _, name := range names {
		f, ok := fields.get(name)
		if !ok {
			continue
		}
		v := f.value
		var s string
		if err := jsonString(v, &s); err != nil {
			return "", f.key, fmt.Errorf("%w: expected a string, found %s", ErrWrongType, jsonKind(v))
		}
		if s = strings.TrimSpace(s); s != "" {
			return s, f.key, nil
		}
	}
	return "", "", nil
}

// longestText returns the longest text among the named fields, each a
// string or an array of strings (paragraphs, joined by blank lines).
func longestText(fields jsonFields, names []string) (string, string, error) {
	best, bestField := "", ""
	for _, name := range names {
		f, ok := fields.get(name)
		if !ok {
			continue
		}
		v := f.value
		var s string
		if err := jsonString(v, &s); err != nil {
			var paras []string
			if err := json.Unmarshal(v, &paras); err != nil {
				return "", f.key, fmt.Errorf("%w: expected a string or an array of strings, found %s", ErrWrongType, jsonKind(v))
			}
			s = strings.Join(paras, "\n\n")
		}
		s = strings.TrimSpace(s)
		if len(s) > len(best) {
			best, bestField = s, f.key
		}
	}
	return best, bestField, nil
}

// sourceOf reads the publisher: a string, or an object with a name.
func sourceOf(fields jsonFields) (string, string, error) {
	for _, name := range sourceField {
		f, ok := fields.get(name)
		if !ok {
			continue
		}
		v := f.value
		var s string
		if err := jsonString(v, &s); err == nil {
			if s = strings.TrimSpace(s); s != "" {
				return s, f.key, nil
			}
			continue
		}
		var obj map[string]json.RawMessage
		if err := json.Unmarshal(v, &obj); err != nil {
			return "", f.key, fmt.Errorf("%w: expected a string or an object with a name, found %s", ErrWrongType, jsonKind(v))
		}
		s, inner, err := stringField(lowerKeys(obj), sourceNameFields)
		if err != nil {
			return "", f.key + "." + inner, err
		}
		if s != "" {
			return s, f.key, nil
		}
	}
	return "", "", nil
}

// jsonDate reads a date field: a string, or Unix time in seconds or
// milliseconds (taken in UTC, the only zone a bare number can mean).
func jsonDate(v json.RawMessage, order DateOrder) (date.Date, error) {
	var s string
	if err := jsonString(v, &s); err == nil {
		if strings.TrimSpace(s) == "" {
			return date.Zero, nil
		}
		return ParsePublished(s, order)
	}
	var n float64
	if err := json.Unmarshal(v, &n); err == nil {
		if n > 1e11 { // milliseconds: 1e11 seconds is the year 5138
			n /= 1000
		}
		if n <= 0 || n > 1e11 {
			return date.Zero, fmt.Errorf("%w: %v is not a Unix time", ErrBadDate, n)
		}
		return date.NewAt(time.Unix(int64(n), 0).UTC()), nil
	}
	return date.Zero, fmt.Errorf("%w: expected a date string or a Unix time, found %s", ErrWrongType, jsonKind(v))
}

// jsonSyntax describes a decoding error: where the JSON breaks, or that the
// file ends in the middle of a value.
func jsonSyntax(err error) string {
	var se *json.SyntaxError
	var size *SizeError
	switch {
	case errors.As(err, &size):
		return size.Error()
	case errors.As(err, &se):
		return fmt.Sprintf("invalid JSON at byte %d: %v", se.Offset, err)
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return "invalid JSON: the file ends in the middle of a value (truncated?)"
	}
	return "invalid JSON: " + err.Error()
}

func jsonIsNull(v json.RawMessage) bool { return bytes.Equal(bytes.TrimSpace(v), []byte("null")) }

// jsonKind names the JSON type of v for error messages.
func jsonKind(v json.RawMessage) string {
	v = bytes.TrimSpace(v)
	if len(v) == 0 {
		return "nothing"
	}
	return jsonKindOfByte(v[0])
}

func jsonKindOfByte(b byte) string {
	switch {
	case b == '{':
		return "an object"
	case b == '[':
		return "an array"
	case b == '"':
		return "a string"
	case b == 't' || b == 'f':
		return "a boolean"
	case b == 'n':
		return "null"
	case b == '-' || (b >= '0' && b <= '9'):
		return "a number"
	}
	return fmt.Sprintf("%q, which is not JSON", b)
}

// errNotString is returned by jsonString for a value that is not a string.
var errNotString = errors.New("not a JSON string")

// jsonString decodes a JSON string value into s. The record it comes from
// has already been validated by encoding/json, so the string is unescaped
// here in one pass instead of being scanned again; invalid UTF-8 and lone
// surrogates become U+FFFD, as encoding/json makes them.
func jsonString(v json.RawMessage, s *string) error {
	v = bytes.TrimSpace(v)
	if len(v) < 2 || v[0] != '"' || v[len(v)-1] != '"' {
		return errNotString
	}
	inner := v[1 : len(v)-1]
	if bytes.IndexByte(inner, '\\') < 0 {
		*s = replaceInvalidUTF8(inner)
		return nil
	}
	var b strings.Builder
	b.Grow(len(inner))
	for i := 0; i < len(inner); {
		c := inner[i]
		if c != '\\' {
			j := i + 1
			for j < len(inner) && inner[j] != '\\' {
				j++
			}
			b.WriteString(replaceInvalidUTF8(inner[i:j]))
			i = j
			continue
		}
		if i+1 >= len(inner) {
			return json.Unmarshal(v, s) // not valid JSON: let encoding/json say why
		}
		switch e := inner[i+1]; e {
		case '"', '\\', '/':
			b.WriteByte(e)
		case 'b':
			b.WriteByte('\b')
		case 'f':
			b.WriteByte('\f')
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'u':
			r, n := jsonEscapedRune(inner[i:])
			if n == 0 {
				return json.Unmarshal(v, s)
			}
			b.WriteRune(r)
			i += n
			continue
		default:
			return json.Unmarshal(v, s)
		}
		i += 2
	}
	*s = b.String()
	return nil
}

// jsonEscapedRune decodes "\uXXXX", or a surrogate pair "\uD83D\uDE00", at
// the start of p and returns the rune and the bytes used (0 if malformed).
func jsonEscapedRune(p []byte) (rune, int) {
	hex4 := func(p []byte) rune {
		if len(p) < 6 || p[0] != '\\' || p[1] != 'u' {
			return -1
		}
		n, err := strconv.ParseUint(string(p[2:6]), 16, 32)
		if err != nil {
			return -1
		}
		return rune(n)
	}
	r := hex4(p)
	if r < 0 {
		return 0, 0
	}
	if utf16.IsSurrogate(r) {
		if r2 := hex4(p[6:]); r2 >= 0 {
			if dec := utf16.DecodeRune(r, r2); dec != utf8.RuneError {
				return dec, 12
			}
		}
		return utf8.RuneError, 6
	}
	return r, 6
}

// replaceInvalidUTF8 returns p as a string with each byte that is not part
// of valid UTF-8 replaced by U+FFFD, one for one, as encoding/json does.
func replaceInvalidUTF8(p []byte) string {
	if utf8.Valid(p) {
		return string(p)
	}
	var b strings.Builder
	b.Grow(len(p) + 8)
	for len(p) > 0 {
		r, n := utf8.DecodeRune(p)
		if r == utf8.RuneError && n == 1 {
			b.WriteString("\uFFFD")
		} else {
			b.Write(p[:n])
		}
		p = p[n:]
	}
	return b.String()
}
