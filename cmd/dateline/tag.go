package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dateline/dateline/resolve"
	"github.com/dateline/dateline/resolve/timeml"
	"github.com/dateline/dateline/timeline/article"
	"github.com/rickb777/date/v2"
	"github.com/spf13/cobra"
)

func init() { subcommands = append(subcommands, (*app).tagCmd) }

// tagFormats are the output formats of `dateline tag`.
var tagFormats = []string{"jsonl", "timeml"}

// tagCmd is `dateline tag`: the temporal expressions of a text, resolved.
func (a *app) tagCmd() *cobra.Command {
	var anchor, format string
	cmd := &cobra.Command{
		Use:   "tag [--anchor YYYY-MM-DD] [--format jsonl|timeml] [FILE|-]",
		Short: "Print the date expressions of a text, resolved against an anchor date",
		Long: `tag reads text (a file, or stdin when FILE is "-" or absent) and prints its
temporal expressions, resolved against an anchor date.

--format jsonl (the default) prints one JSON object per expression, in text order:
byte offsets into the input as read (end exclusive), text, TimeML type and value,
granularity, the inclusive range of days (absent for durations and sets), the rule
that fired and a one-line explanation; "mod" and "zone" when the text gives them.
--format timeml prints the input with <TIMEX3 tid type value> tags inserted around
each expression, and "&", "<", ">" and '"' written as XML entities, so that the
output is well-formed XML whatever the text holds; nothing else is changed.

Without --anchor the text must be an article (headline line, publication-date line,
body; or a body opening with a dated dateline such as "MOSCOW, Jan 3 (Reuters) -"):
the anchor is its dateline date, else its publication date. Text with neither is an
error: pass --anchor.`,
		Example: `  dateline tag seeds/us-ukraine-call-2022-01-02.txt
  echo "The talks will resume next Tuesday." | dateline tag --anchor 2022-01-05
  dateline tag --anchor 2022-01-05 -f timeml story.txt`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if !slices.Contains(tagFormats, format) {
				return usagef("--format: %q is not a format of tag: use %s", format, strings.Join(tagFormats, " or "))
			}
			var given date.Date
			if anchor != "" {
				d, err := parseDayFlag("--anchor", anchor)
				if err != nil {
					return err
				}
				given = d
			}
			name := "-"
			if len(args) == 1 {
				name = args[0]
			}
			return a.tag(name, given, format)
		},
	}
	cmd.Flags().StringVar(&anchor, "anchor", "", "anchor date YYYY-MM-DD (default: the article's dateline date, else its publication date)")
	cmd.Flags().StringVarP(&format, "format", "f", "jsonl", "output format: "+strings.Join(tagFormats, " or "))
	complete(cmd, "format", tagFormats...)
	return cmd
}

// tagHead is how much of the input tag reads to find an article's
// anchor (its headline, publication-date line and dateline) when no
// --anchor is given.
const tagHead = article.InputBufferSize

// tag tags the input name ("-" for stdin) as it streams through, paragraph
// by paragraph, so that memory does not grow with the input, and prints
// each paragraph's expressions (or, for timeml, the paragraph with its
// expressions tagged) before reading much further.
//
// The stream runs beside the wait for a signal, which stops tag at once,
// even while it waits for input that does not come (stdin left open); the
// stream's reads and writes fail after it.
func (a *app) tag(name string, given date.Date, format string) error {
	ctx := a.context()
	a.streamed = true
	done := make(chan error, 1)
	go func() { done <- a.tagStream(ctx, name, given, format) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		return context.Cause(ctx)
	}
}

// tagStream is tag's work, stopped by ctx between two reads or writes.
func (a *app) tagStream(ctx context.Context, name string, given date.Date, format string) error {
	// Only a regular file (or stdin) of text is read: /dev/zero, a pipe
	// nobody writes to or a binary file would never end or mean nothing.
	br, closeInput, err := article.OpenInput(name, a.stdin)
	if err != nil {
		return fmt.Errorf("cannot read %s: %w", inputName(name), err)
	}
	defer closeInput()
	var head []byte
	if given == date.Zero {
		head, err = br.Peek(min(tagHead, br.Size()))
		if err != nil && !errors.Is(err, io.EOF) {
			return fmt.Errorf("tag: reading %s: %w", name, err)
		}
	}
	at, err := tagAnchor(name, head, given)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(ctxWriter{ctx, a.stdout})
	var werr error // the first write error: the reading stops at it
	var emit func(offset int, text string, xs []resolve.Timex) error
	var an *timeml.Annotator
	if format == "timeml" {
		an = timeml.NewXMLAnnotator(w)
		emit = func(offset int, text string, xs []resolve.Timex) error {
			werr = an.Write(offset, text, xs)
			return werr
		}
	} else {
		var line []byte
		emit = func(_ int, _ string, xs []resolve.Timex) error {
			for _, x := range xs {
				line = appendTimexJSON(line[:0], x)
				if _, werr = w.Write(line); werr != nil {
					return werr
				}
			}
			return nil
		}
	}
	var tg resolve.Tagger
	err = tg.TagReader(ctxReader{ctx, br}, at, emit)
	switch {
	case werr != nil:
		return fmt.Errorf("tag: writing: %w", werr)
	case err != nil:
		return fmt.Errorf("tag: reading %s: %w", name, err)
	}
	if an != nil {
		if err := an.Flush(); err != nil {
			return fmt.Errorf("tag: writing: %w", err)
		}
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("tag: writing: %w", err)
	}
	return nil
}

// inputName names an input in a message: stdin, or the path quoted.
func inputName(name string) string {
	if name == "-" {
		return "stdin"
	}
	return strconv.Quote(name)
}

// tagAnchor is the anchor for tagging text: the one given, else the one the
// text's own article header and dateline give.
func tagAnchor(name string, text []byte, given date.Date) (resolve.Anchor, error) {
	if given != date.Zero {
		return resolve.Anchor{Date: given}, nil
	}
	if name == "-" {
		name = "stdin"
	}
	art, err := article.ParseText(name, text, article.ReadOptions{})
	if err != nil || art.Anchor() == date.Zero {
		why := "the text has no publication-date line and no dated dateline"
		if err != nil && !errors.Is(err, article.ErrNoDate) {
			why = err.Error()
		}
		if name != "stdin" {
			name = strconv.Quote(name)
		}
		return resolve.Anchor{}, fmt.Errorf("%s: no anchor date for relative expressions: %s; pass --anchor YYYY-MM-DD", name, why)
	}
	return art.DateAnchor(), nil
}

// timexJSONRange is the "range" member of a tag line.
type timexJSONRange struct {
	Start string `json:"start"`
	End   string `json:"end"`
}

// timexLine is one line of `dateline tag --format jsonl`, in the field order
// of DESIGN.md.
type timexLine struct {
	Start       int             `json:"start"`
	End         int             `json:"end"`
	Text        string          `json:"text"`
	Type        string          `json:"type"`
	Value       string          `json:"value"`
	Mod         string          `json:"mod,omitempty"`
	Granularity string          `json:"granularity"`
	Range       *timexJSONRange `json:"range,omitempty"`
	Zone        string          `json:"zone,omitempty"`
	Rule        string          `json:"rule"`
	Explain     string          `json:"explain"`
}

// timexJSON is the JSON Lines form of x (see DESIGN.md, `dateline tag`):
// what appendTimexJSON writes, as encoding/json would write it (a test
// holds the two equal).
func timexJSON(x resolve.Timex) timexLine {
	l := timexLine{Start: x.Start, End: x.End, Text: x.Text, Type: string(x.Type), Value: x.Value,
		Mod: x.Mod, Granularity: string(x.Granularity), Zone: x.Zone, Rule: x.Rule, Explain: x.Explain}
	if x.Range != nil {
		l.Range = &timexJSONRange{Start: x.Range.First.String(), End: x.Range.Last.String()}
	}
	return l
}

// appendTimexJSON appends the line of x — json.Marshal(timexJSON(x)) and a
// newline, byte for byte — to dst without the reflection and allocations
// of encoding/json: tag writes one line per expression of inputs of
// hundreds of megabytes.
func appendTimexJSON(dst []byte, x resolve.Timex) []byte {
	dst = append(dst, `{"start":`...)
	dst = strconv.AppendInt(dst, int64(x.Start), 10)
	dst = append(dst, `,"end":`...)
	dst = strconv.AppendInt(dst, int64(x.End), 10)
	dst = appendJSONField(dst, `,"text":`, x.Text)
	dst = appendJSONField(dst, `,"type":`, string(x.Type))
	dst = appendJSONField(dst, `,"value":`, x.Value)
	if x.Mod != "" {
		dst = appendJSONField(dst, `,"mod":`, x.Mod)
	}
	dst = appendJSONField(dst, `,"granularity":`, string(x.Granularity))
	if x.Range != nil {
		dst = append(dst, `,"range":{"start":"`...)
		dst = appendDay(dst, x.Range.First)
		dst = append(dst, `","end":"`...)
		dst = appendDay(dst, x.Range.Last)
		dst = append(dst, `"}`...)
	}
	if x.Zone != "" {
		dst = appendJSONField(dst, `,"zone":`, x.Zone)
	}
	dst = appendJSONField(dst, `,"rule":`, x.Rule)
	dst = appendJSONField(dst, `,"explain":`, x.Explain)
	return append(dst, '}', '\n')
}

// appendJSONField appends name (with its quotes, colon and leading comma)
// and s as a JSON string.
func appendJSONField(dst []byte, name, s string) []byte {
	return appendJSONString(append(dst, name...), s)
}

// appendDay appends d as YYYY-MM-DD, as date.Date's String writes the
// years 1 to 9999.
func appendDay(dst []byte, d date.Date) []byte {
	y, m, dd := d.Date()
	if y < 1 || y > 9999 {
		return append(dst, d.String()...)
	}
	dst = append(dst, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10), '-')
	dst = append(dst, byte('0'+int(m)/10), byte('0'+int(m)%10), '-')
	return append(dst, byte('0'+dd/10), byte('0'+dd%10))
}

// appendJSONString appends s as a JSON string the way encoding/json
// writes it: HTML characters (<, >, &), U+2028 and U+2029 as \u escapes,
// control characters escaped, invalid UTF-8 as \ufffd.
func appendJSONString(dst []byte, s string) []byte {
	const hex = "0123456789abcdef"
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		b := s[i]
		if b < utf8.RuneSelf {
			if b >= 0x20 && b != '"' && b != '\\' && b != '<' && b != '>' && b != '&' {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch b {
			case '"', '\\':
				dst = append(dst, '\\', b)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default:
				dst = append(dst, '\\', 'u', '0', '0', hex[b>>4], hex[b&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hex[r&0xF])
			i += size
			start = i
			continue
		}
		i += size
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}
