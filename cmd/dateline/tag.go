package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

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
each expression and nothing else changed.

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
				return usagef("tag: --format %q: expected one of %s", format, strings.Join(tagFormats, ", "))
			}
			var given date.Date
			if anchor != "" {
				d, err := parseDayFlag("tag: --anchor", anchor)
				if err != nil {
					return err
				}
				given = d
			}
			name := "-"
			if len(args) == 1 {
				name = args[0]
			}
			text, err := article.ReadInput(name, a.stdin, article.DefaultMaxArticleSize)
			if err != nil {
				return fmt.Errorf("tag: reading %s: %w", name, err)
			}
			at, err := tagAnchor(name, text, given)
			if err != nil {
				return err
			}
			found := resolve.Tag(string(text), at)
			w := bufio.NewWriter(a.stdout)
			if format == "timeml" {
				w.WriteString(timeml.Annotate(string(text), found))
				return w.Flush()
			}
			for _, x := range found {
				line, err := json.Marshal(timexJSON(x))
				if err != nil {
					return fmt.Errorf("tag: encoding %q: %w", x.Text, err)
				}
				w.Write(line)
				w.WriteByte('\n')
			}
			return w.Flush()
		},
	}
	cmd.Flags().StringVar(&anchor, "anchor", "", "anchor date YYYY-MM-DD (default: the article's dateline date, else its publication date)")
	cmd.Flags().StringVarP(&format, "format", "f", "jsonl", "output format: "+strings.Join(tagFormats, " or "))
	return cmd
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
		return resolve.Anchor{}, fmt.Errorf("tag: %s: no anchor date for relative expressions: %s; pass --anchor YYYY-MM-DD", name, why)
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

// timexJSON is the JSON Lines form of x (see DESIGN.md, `dateline tag`).
func timexJSON(x resolve.Timex) timexLine {
	l := timexLine{Start: x.Start, End: x.End, Text: x.Text, Type: string(x.Type), Value: x.Value,
		Mod: x.Mod, Granularity: string(x.Granularity), Zone: x.Zone, Rule: x.Rule, Explain: x.Explain}
	if x.Range != nil {
		l.Range = &timexJSONRange{Start: x.Range.First.String(), End: x.Range.Last.String()}
	}
	return l
}
