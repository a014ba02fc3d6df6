package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/spf13/cobra"

	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/correct"
	"github.com/dateline/dateline/timeline/store"
)

// This file wires the store (--db) and hand corrections (--corrections)
// into the commands that read a timeline: build, query and show. Each
// calls timelineFrom or selectFrom with the function that builds its
// timeline from PATH arguments when there is no store.

// storeFlags are --db and --corrections.
type storeFlags struct {
	db          string
	corrections []string
	// aliases are the store's ids that changed, once a store is read.
	aliases map[string]string
}

func (f *storeFlags) register(c *cobra.Command) {
	c.Flags().StringVar(&f.db, "db", "", "read the timeline from this store (made by 'dateline add --db FILE') instead of PATH arguments")
	c.Flags().StringArrayVar(&f.corrections, "corrections", nil, "apply the hand corrections of this file (JSON or YAML; may be repeated), after those the store keeps")
}

// needPaths checks a command's PATH arguments (cobra.PositionalArgs):
// at least one, or --db and none.
func (f *storeFlags) needPaths(c *cobra.Command, paths []string) error {
	switch {
	case f.db != "" && len(paths) > 0:
		return usagef("%s --db reads the store; PATH arguments are not read with it (add articles to the store with 'dateline add --db %s PATH...')", c.Name(), f.db)
	case f.db == "" && len(paths) == 0:
		return usagef("%s needs at least one PATH: a file, a folder, or - for stdin; or --db FILE, a store made by 'dateline add' (see '%s --help')", c.Name(), c.CommandPath())
	}
	return nil
}

// resolve is the id a store alias stands for, else id.
func (f *storeFlags) resolve(id string) string {
	if to, ok := f.aliases[id]; ok {
		return to
	}
	return id
}

// timelineFrom is the whole timeline: the store's, or the one build makes
// from the paths; with the hand corrections applied.
func (a *app) timelineFrom(f *storeFlags, build func() (timeline.Timeline, error)) (timeline.Timeline, error) {
	ctx := a.context()
	files, err := a.correctionFiles(f.corrections)
	if err != nil {
		return timeline.Timeline{}, err
	}
	if f.db == "" {
		tl, err := build()
		if err != nil {
			return tl, err
		}
		return a.correct(tl, correct.Options{}, files), nil
	}
	s, stored, err := a.openStore(f)
	if err != nil {
		return timeline.Timeline{}, err
	}
	defer s.Close()
	tl, err := s.Timeline(ctx)
	if err != nil {
		return tl, err
	}
	return a.correct(tl, correct.Options{Aliases: f.aliases}, append(stored, files...)), nil
}

// selectFrom is the events filter selects, from the store's indexes or
// from the timeline build makes, corrections applied before selecting.
func (a *app) selectFrom(f *storeFlags, filter timeline.Filter, build func() (timeline.Timeline, error)) (timeline.Timeline, error) {
	if f.db == "" {
		tl, err := a.timelineFrom(f, build)
		return tl.Query(filter), err
	}
	ctx := a.context()
	files, err := a.correctionFiles(f.corrections)
	if err != nil {
		return timeline.Timeline{}, err
	}
	s, stored, err := a.openStore(f)
	if err != nil {
		return timeline.Timeline{}, err
	}
	defer s.Close()
	files = append(stored, files...)
	sel, err := s.Select(ctx, filter)
	if err != nil || len(files) == 0 {
		return sel, err
	}
	// A correction may bring an event into the selection or take one out:
	// the events corrections name are corrected with the selection, then
	// selected again.
	named, err := s.Events(ctx, correct.EventIDs(files...))
	if err != nil {
		return sel, err
	}
	seen := map[string]bool{}
	for _, e := range sel.Events {
		seen[e.ID] = true
	}
	for _, e := range named.Events {
		if !seen[e.ID] {
			sel.Events = append(sel.Events, e)
		}
	}
	timeline.SortEvents(sel.Events)
	return a.correct(sel, correct.Options{Aliases: f.aliases}, files).Query(filter), nil
}

// openStore opens the store of --db and reads its aliases and
// corrections files.
func (a *app) openStore(f *storeFlags) (*store.Store, []correct.File, error) {
	s, err := store.Open(f.db, store.Existing)
	if err != nil {
		return nil, nil, err
	}
	ctx := a.context()
	if f.aliases, err = s.Aliases(ctx); err != nil {
		s.Close()
		return nil, nil, err
	}
	docs, err := s.Corrections(ctx)
	if err != nil {
		s.Close()
		return nil, nil, err
	}
	var files []correct.File
	for _, d := range docs {
		cf, err := correct.Parse(d.Name, d.Data)
		a.reportParse(err)
		files = append(files, cf)
	}
	return s, files, nil
}

// correctionFiles reads the --corrections files. A file that cannot be
// read is an error; entries that cannot be parsed are reported and the
// others applied.
func (a *app) correctionFiles(paths []string) ([]correct.File, error) {
	var out []correct.File
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			return nil, fmt.Errorf("--corrections: %w", err)
		}
		f, err := correct.Parse(p, data)
		a.reportParse(err)
		out = append(out, f)
	}
	return out, nil
}

// reportParse reports each correction that could not be read.
func (a *app) reportParse(err error) {
	if err == nil {
		return
	}
	var joined interface{ Unwrap() []error }
	if errors.As(err, &joined) {
		for _, e := range joined.Unwrap() {
			fmt.Fprintf(a.stderr, "dateline: skipped correction %v\n", e)
		}
		return
	}
	fmt.Fprintf(a.stderr, "dateline: skipped corrections: %v\n", err)
}

// correct applies the corrections and reports what could not be applied.
func (a *app) correct(tl timeline.Timeline, opt correct.Options, files []correct.File) timeline.Timeline {
	n := 0
	for _, f := range files {
		n += len(f.Corrections)
	}
	if n == 0 {
		return tl
	}
	out, rep := correct.Apply(tl, opt, files...)
	for _, p := range rep.Problems {
		fmt.Fprintf(a.stderr, "dateline: %v\n", p)
	}
	fmt.Fprintf(a.stderr, "dateline: applied %d of %d corrections", rep.Applied, n)
	if len(rep.Dropped) > 0 {
		fmt.Fprintf(a.stderr, " (%d %s dropped)", len(rep.Dropped), plural(len(rep.Dropped), "event", "events"))
	}
	fmt.Fprintln(a.stderr)
	return out
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
