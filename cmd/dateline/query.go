package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/rickb777/date/v2"
	"github.com/spf13/cobra"

	"github.com/dateline/dateline/resolve"
	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/article"
	"github.com/dateline/dateline/timeline/pipeline"
)

func init() { subcommands = append(subcommands, (*app).queryCmd) }

func (a *app) queryCmd() *cobra.Command {
	var (
		corpus              corpusFlags
		from, to, today     string
		who, kinds, statuss []string
		where, text         string
		format, out         string
		src                 storeFlags
	)
	c := &cobra.Command{
		Use:   "query PATH... [--from D] [--to D] [--who NAME] [--kind K] [--status S] [--where PLACE]",
		Short: "List the events of a date range, a participant, a kind or a place",
		Long: `query selects events from articles (anything build reads) or from a timeline
JSON document written by 'dateline build -f json', and prints them.

Dates: --from and --to take YYYY-MM-DD, YYYY-MM, YYYY, or an expression the
resolver understands relative to today ("yesterday", "last week", "this month",
"March 2021"). A month, week or year given to --from starts at its first day;
given to --to it ends at its last day. The range is inclusive, and an event is
selected when its date range overlaps it: a week-long event is selected by any
day of its week. Undated events are left out when a date bound is given.

--who matches any participant by full name, surname or alias, ignoring case
and accents ("putin", "zelensky"); --kind, --status and --who may be repeated
or comma-separated, and an event matching any of the values is selected.

Formats: the table (default) prints aligned columns, coloured only when stdout
is a terminal; every format of 'build' is accepted, and -f json prints the
same document as build with only the selected events.`,
		Example: `  dateline query seeds --from 2021-12-29 --to 2022-01-02
  dateline query timeline.json --who putin --kind call -f csv
  dateline query corpus/ --from "last week" --status planned`,
		RunE: func(c *cobra.Command, args []string) error {
			if err := src.checkPaths(c, args, 1); err != nil {
				return err
			}
			r, err := a.renderer(format, out)
			if err != nil {
				return err
			}
			f, err := buildFilter(from, to, today, who, kinds, statuss, where, text)
			if err != nil {
				return err
			}
			opt, err := corpus.options()
			if err != nil {
				return err
			}
			sel, err := a.selectFrom(&src, f, func() (timeline.Timeline, error) { return a.loadTimeline(args, opt, corpus.jobs) })
			if err != nil {
				return err
			}
			return a.write(r, &sel, out)
		},
	}
	corpus.register(c)
	src.register(c)
	c.Flags().StringVar(&from, "from", "", "first day of the range (inclusive)")
	c.Flags().StringVar(&to, "to", "", "last day of the range (inclusive)")
	c.Flags().StringVar(&today, "today", "", "the day relative --from/--to expressions count from (default: the current date)")
	c.Flags().StringSliceVar(&who, "who", nil, "participant name, surname or alias")
	c.Flags().StringSliceVar(&kinds, "kind", nil, "event kind: call, meeting, visit, talks, summit")
	c.Flags().StringSliceVar(&statuss, "status", nil, "event status: occurred, planned, cancelled, postponed")
	c.Flags().StringVar(&where, "where", "", "place name (substring, ignoring case)")
	c.Flags().StringVar(&text, "text", "", "free text found in a title, participant, place, headline or sentence")
	c.Flags().StringVarP(&format, "format", "f", "table", "output format: "+formatList())
	c.Flags().StringVarP(&out, "output", "o", "", "write to this file (atomically) instead of stdout")
	return c
}

// buildFilter checks the query flags; every problem is a usage error that
// says what is accepted.
func buildFilter(from, to, today string, who, kinds, statuses []string, where, text string) (timeline.Filter, error) {
	f := timeline.Filter{Who: splitList(who), Where: where, Text: text}
	ref := date.Today()
	if today != "" {
		d, err := date.ParseISO(today)
		if err != nil {
			return f, usagef("--today: %q is not a date of the form YYYY-MM-DD", today)
		}
		ref = d
	}
	var err error
	if from != "" {
		var r resolve.Range
		if r, err = resolve.ParseRange(from, ref); err != nil {
			return f, usagef("--from: %v", err)
		}
		f.From = r.First
	}
	if to != "" {
		var r resolve.Range
		if r, err = resolve.ParseRange(to, ref); err != nil {
			return f, usagef("--to: %v", err)
		}
		f.To = r.Last
	}
	if f.From != date.Zero && f.To != date.Zero && f.To < f.From {
		return f, usagef("--to %s is before --from %s", f.To, f.From)
	}
	for _, k := range splitList(kinds) {
		kind, err := timeline.ParseKind(k)
		if err != nil {
			return f, usagef("--kind: %v", err)
		}
		f.Kinds = append(f.Kinds, kind)
	}
	for _, s := range splitList(statuses) {
		st, err := timeline.ParseStatus(s)
		if err != nil {
			return f, usagef("--status: %v", err)
		}
		f.Statuses = append(f.Statuses, st)
	}
	return f, nil
}

// splitList splits comma-separated values and drops empty ones.
func splitList(vals []string) []string {
	var out []string
	for _, v := range vals {
		for _, p := range strings.Split(v, ",") {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
	}
	return out
}

// loadTimeline builds the timeline from articles, or reads it when a path
// is a timeline JSON document; several paths' events are merged: a
// timeline read back is merged again with the articles and the other
// timelines (its ids kept as aliases where they changed).
func (a *app) loadTimeline(paths []string, opt article.ReadOptions, jobs int) (timeline.Timeline, error) {
	var (
		docs     []timeline.Timeline
		articles []string
	)
	for _, p := range paths {
		if p != "-" && strings.HasSuffix(strings.ToLower(p), ".json") {
			if data, err := os.ReadFile(p); err == nil && timeline.LooksLikeTimelineJSON(data) {
				tl, err := timeline.DecodeJSON(data, func(err error) { fmt.Fprintf(a.stderr, "dateline: skipped %s: %v\n", p, err) })
				if err != nil {
					return tl, fmt.Errorf("%s: %w", p, err)
				}
				docs = append(docs, tl)
				continue
			}
		}
		articles = append(articles, p)
	}
	if len(docs) == 1 && len(articles) == 0 {
		return docs[0], nil
	}
	var built []timeline.Timeline
	if len(articles) > 0 {
		tl, err := a.buildTimeline(articles, opt, jobs)
		if err != nil {
			return tl, err
		}
		built = append(built, tl)
	}
	return pipeline.Update(docs, built...), nil
}
