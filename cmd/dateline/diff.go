package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/diff"
	"github.com/dateline/dateline/timeline/store"
)

func init() { subcommands = append(subcommands, (*app).diffCmd) }

func (a *app) diffCmd() *cobra.Command {
	var (
		format      string
		corrections []string
	)
	c := &cobra.Command{
		Use:   "diff OLD NEW",
		Short: "What changed between two timelines: events added, removed and changed",
		Long: `diff compares two timelines — each a timeline JSON written by 'dateline build
-f json' or a store made by 'dateline add' — and lists the events added, the
events removed, and for each event in both, the fields that changed (kind,
title, format, participants, place, status, date, conflicts, sources,
corrections) with their old and new values. An event whose id changed is
found by the old id it keeps among its aliases.

A store is read as 'dateline build --db' writes it, with the corrections it
keeps; --corrections applies a corrections file to both sides.

-f table (default) prints one line per event; -f json prints
{"added": […], "removed": […], "changed": […], "unchanged": N}.`,
		Example: `  dateline diff yesterday.json today.json
  dateline diff yesterday.json news.db -f json`,
		Args: func(c *cobra.Command, args []string) error {
			if len(args) != 2 {
				return usagef("diff compares two timelines, OLD and NEW (timeline JSON files or stores), not %d (see 'dateline diff --help')", len(args))
			}
			return nil
		},
		RunE: func(c *cobra.Command, args []string) error {
			if format != "table" && format != "json" {
				return usagef("--format: %q is not a format of diff: use table or json", format)
			}
			if err := checkPathsThen(args, "nothing was compared"); err != nil {
				return err
			}
			var sides [2]timeline.Timeline
			var aliases map[string]string
			for i, p := range args {
				tl, al, err := a.diffSide(p, corrections)
				if err != nil {
					return err
				}
				sides[i], aliases = tl, al
			}
			d := diff.Compare(sides[0], sides[1], aliases)
			w := bufio.NewWriter(a.stdout)
			if format == "json" {
				enc := json.NewEncoder(w)
				enc.SetIndent("", "  ")
				enc.SetEscapeHTML(false)
				if err := enc.Encode(d); err != nil {
					return err
				}
			} else {
				writeDiffTable(w, d)
			}
			return w.Flush()
		},
	}
	c.Flags().StringVarP(&format, "format", "f", "table", "output format: table or json")
	complete(c, "format", "table", "json")
	c.Flags().StringArrayVar(&corrections, "corrections", nil, "apply the hand corrections of this file to both timelines (may be repeated)")
	return c
}

// diffSide reads one side of a diff: a store (with its alias table), or a
// timeline JSON.
func (a *app) diffSide(path string, corrections []string) (timeline.Timeline, map[string]string, error) {
	src := storeFlags{corrections: corrections}
	if store.IsStore(path) {
		src.db = path
		tl, err := a.timelineFrom(&src, nil)
		return tl, src.aliases, err
	}
	tl, err := a.timelineFrom(&src, func() (timeline.Timeline, error) {
		data, err := os.ReadFile(path)
		if err != nil {
			return timeline.Timeline{}, err
		}
		if !timeline.LooksLikeTimelineJSON(data) {
			return timeline.Timeline{}, fmt.Errorf("%s is neither a timeline JSON (dateline build -f json) nor a store (dateline add --db)", path)
		}
		tl, err := timeline.DecodeJSON(data, func(err error) { fmt.Fprintf(a.stderr, "dateline: skipped %s: %v\n", path, err) })
		if err != nil {
			return tl, fmt.Errorf("%s: %w", path, err)
		}
		return tl, nil
	})
	return tl, nil, err
}

// writeDiffTable prints one line per event added, removed or changed,
// and a summary.
func writeDiffTable(w io.Writer, d diff.Diff) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "CHANGE\tID\tDATE\tWHAT")
	for _, e := range d.Added {
		fmt.Fprintf(tw, "added\t%s\t%s\t%s\n", oneLineText(e.ID), e.Date, oneLineText(e.Kind+", "+e.Status+": "+e.Title))
	}
	for _, e := range d.Removed {
		fmt.Fprintf(tw, "removed\t%s\t%s\t%s\n", oneLineText(e.ID), e.Date, oneLineText(e.Kind+", "+e.Status+": "+e.Title))
	}
	for _, c := range d.Changed {
		fields := make([]string, len(c.Fields))
		for i, f := range c.Fields {
			fields[i] = f.String()
		}
		fmt.Fprintf(tw, "changed\t%s\t%s\t%s\n", oneLineText(c.ID), c.Date, oneLineText(strings.Join(fields, "; ")))
	}
	tw.Flush()
	fmt.Fprintf(w, "%d added, %d removed, %d changed, %d unchanged\n", len(d.Added), len(d.Removed), len(d.Changed), d.Unchanged)
}

// oneLineText keeps untrusted text on one line, without control
// characters.
func oneLineText(s string) string {
	return strings.Map(func(r rune) rune {
		if r < ' ' || r == 0x7f {
			return ' '
		}
		return r
	}, s)
}
