package main

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dateline/dateline/render"
	"github.com/dateline/dateline/timeline"
)

func init() { subcommands = append(subcommands, (*app).showCmd) }

func (a *app) showCmd() *cobra.Command {
	var (
		corpus corpusFlags
		format string
		src    storeFlags
	)
	c := &cobra.Command{
		Use:     "show ID (PATH... | --db FILE)",
		Aliases: []string{"explain"},
		Short:   "Print one event with every source and why each field has its value",
		Long: `show finds the event whose id is ID (or the one event whose id starts with
ID) in the timeline built from PATH (articles, or a timeline JSON document
written by 'dateline build -f json') or in the store --db FILE, and prints
it: its kind, status, date, place and participants, what was corrected by
hand (--corrections), then every source sentence with the rule that set each
field and why, and the resolver's explanation of the date.

-f json prints the event as it is in the timeline JSON.`,
		Example: `  dateline show call-2021-12-30-biden-putin seeds
  dateline show call-2021-12-30 timeline.json -f json
  dateline show call-2021-12-30-biden-putin --db news.db`,
		Args: func(c *cobra.Command, args []string) error {
			switch {
			case len(args) == 0:
				return usagef("show needs an event ID and a PATH: the timeline JSON or the articles it was built from, or --db FILE (see 'dateline show --help')")
			case len(args) == 1 && src.db == "":
				return usagef("show needs a PATH after the ID %q: the timeline JSON or the articles it was built from, or --db FILE", args[0])
			}
			return src.needPaths(c, args[1:])
		},
		RunE: func(c *cobra.Command, args []string) error {
			if format != "text" && format != "json" {
				return usagef("--format: %q is not a format of show: use text or json", format)
			}
			opt, err := corpus.options()
			if err != nil {
				return err
			}
			if err := checkPaths(args[1:]); err != nil {
				return err
			}
			tl, err := a.timelineFrom(&src, func() (timeline.Timeline, error) { return a.loadTimeline(args[1:], opt, corpus.jobs) })
			if err != nil {
				return err
			}
			e, err := findEvent(tl, src.resolve(args[0]))
			if err != nil {
				return err
			}
			if format == "json" {
				enc := json.NewEncoder(a.stdout)
				enc.SetIndent("", "  ")
				enc.SetEscapeHTML(false)
				return enc.Encode(e)
			}
			return render.WriteEvent(a.stdout, e)
		},
	}
	corpus.register(c)
	src.register(c)
	c.Flags().StringVarP(&format, "format", "f", "text", "output format: text or json")
	complete(c, "format", "text", "json")
	return c
}

// findEvent is the event whose id (or one of whose aliases) is id, or the
// only one whose id starts with it. The error lists what was found instead.
func findEvent(tl timeline.Timeline, id string) (*timeline.Event, error) {
	if e := tl.Find(id); e != nil {
		return e, nil
	}
	var prefixed []*timeline.Event
	for i := range tl.Events {
		e := &tl.Events[i]
		if e.ID == id {
			return e, nil
		}
		if strings.HasPrefix(e.ID, id) {
			prefixed = append(prefixed, e)
		}
	}
	if len(prefixed) == 1 {
		return prefixed[0], nil
	}
	if len(prefixed) > 1 {
		ids := make([]string, len(prefixed))
		for i, e := range prefixed {
			ids[i] = e.ID
		}
		return nil, fmt.Errorf("%d events have ids that start with %q: %s", len(ids), id, strings.Join(firstN(ids, 10), ", "))
	}
	// Similar ids share words with id (kind, year, surnames): the most
	// shared first.
	score := map[string]int{}
	var near []string
	for _, e := range tl.Events {
		for _, part := range strings.Split(id, "-") {
			if len(part) > 3 && strings.Contains(e.ID, part) {
				if score[e.ID] == 0 {
					near = append(near, e.ID)
				}
				score[e.ID]++
			}
		}
	}
	slices.SortStableFunc(near, func(a, b string) int { return score[b] - score[a] })
	if len(near) > 0 {
		return nil, fmt.Errorf("no event has the id %q; similar ids: %s", id, strings.Join(firstN(near, 5), ", "))
	}
	return nil, fmt.Errorf("no event has the id %q (the timeline has %d events)", id, len(tl.Events))
}

func firstN(s []string, n int) []string {
	if len(s) > n {
		return append(s[:n:n], "…")
	}
	return s
}
