package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/dateline/dateline/resolve"
	"github.com/rickb777/date/v2"
	"github.com/spf13/cobra"
)

func init() { subcommands = append(subcommands, (*app).tagCmd) }

// tagCmd is `dateline tag`: the temporal expressions of a text, resolved.
func (a *app) tagCmd() *cobra.Command {
	var anchor, format string
	cmd := &cobra.Command{
		Use:   "tag [--anchor YYYY-MM-DD] [--format jsonl] [FILE|-]",
		Short: "Print the date expressions of a text, resolved against an anchor date",
		Long: `tag reads plain text (a file, or stdin when FILE is "-" or absent) and prints one
JSON object per temporal expression, in text order: byte offsets, text, TimeML type and
value, granularity, the inclusive range of days, the rule that fired and an explanation.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if format != "jsonl" {
				return usagef("tag: --format %q: expected jsonl", format)
			}
			if anchor == "" {
				return usagef("tag: --anchor YYYY-MM-DD is required")
			}
			t, err := time.Parse("2006-01-02", anchor)
			if err != nil {
				return usagef("tag: --anchor %q: expected a date as YYYY-MM-DD", anchor)
			}
			name := "-"
			if len(args) == 1 {
				name = args[0]
			}
			var text []byte
			if name == "-" {
				text, err = io.ReadAll(a.stdin)
			} else {
				text, err = os.ReadFile(name)
			}
			if err != nil {
				return fmt.Errorf("tag: reading %s: %w", name, err)
			}
			w := bufio.NewWriter(a.stdout)
			for _, x := range resolve.Tag(string(text), resolve.Anchor{Date: date.NewAt(t)}) {
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
	cmd.Flags().StringVar(&anchor, "anchor", "", "anchor date YYYY-MM-DD that relative expressions are resolved against")
	cmd.Flags().StringVarP(&format, "format", "f", "jsonl", "output format: jsonl")
	return cmd
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
