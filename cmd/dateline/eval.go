package main

import (
	"errors"
	"fmt"
	"runtime"
	"time"

	"github.com/dateline/dateline/resolve"
	"github.com/dateline/dateline/resolve/timeml"
	"github.com/spf13/cobra"
)

func init() { subcommands = append(subcommands, (*app).evalCmd) }

// evalCmd is `dateline eval`: the resolver scored against TimeML gold.
func (a *app) evalCmd() *cobra.Command {
	var (
		dir    string
		errs   int
		perDoc bool
		jobs   int
	)
	cmd := &cobra.Command{
		Use:   "eval --timeml DIR [--errors N] [--per-doc] [-j N]",
		Short: "Score the date resolver against TimeML gold files (TempEval-3 Task A)",
		Long: `eval reads every *.tml file of DIR (TimeML with gold TIMEX3 annotations), runs
the resolver on the text inside <TEXT> with the document creation time as anchor,
and prints the TempEval-3 Task A figures: strict (exact span) and relaxed
(overlapping span) precision, recall and F1, value F1 (relaxed matches with the
identical value, over all system and gold expressions), value accuracy over the
relaxed matches, and type F1.

The figures are those ../shared/eval/timeml_score.py prints when it runs
'dateline tag --anchor {dct}' on the same files, in the same format, except the
wall-clock time, which goes to stderr. --errors N lists the first N misses,
wrong values and spurious finds before the figures; --per-doc prints a line of
counts per document first.

A file that cannot be read is reported on stderr and skipped; the others are
scored, and the exit status is then 1.`,
		Example: `  dateline eval --timeml ../shared/corpora/timebank
  dateline eval --timeml ../shared/corpora/timebank --errors 40 -j 2`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			switch {
			case dir == "":
				return usagef("eval: --timeml DIR is required (a directory of TimeML .tml gold files)")
			case errs < 0:
				return usagef("eval: --errors %d: expected a count of 0 or more", errs)
			case jobs < 1:
				return usagef("eval: --jobs %d: expected 1 or more", jobs)
			}
			return a.eval(dir, timeml.WriteOptions{Errors: errs, PerDoc: perDoc}, jobs)
		},
	}
	f := cmd.Flags()
	f.StringVar(&dir, "timeml", "", "directory of TimeML gold files (*.tml)")
	f.IntVar(&errs, "errors", 0, "list the first `N` misses, wrong values and spurious finds")
	f.BoolVar(&perDoc, "per-doc", false, "print a line of counts per document")
	f.IntVarP(&jobs, "jobs", "j", runtime.NumCPU(), "documents tagged in parallel")
	return cmd
}

// eval scores resolve.Tag on the gold files of dir and prints the report.
func (a *app) eval(dir string, opt timeml.WriteOptions, jobs int) error {
	docs, err := timeml.ReadDir(dir)
	if len(docs) == 0 && err != nil {
		return fmt.Errorf("eval: cannot read TimeML gold files: %w", err)
	}
	var unreadable []error
	if err != nil {
		if j, ok := err.(interface{ Unwrap() []error }); ok {
			unreadable = j.Unwrap()
		} else {
			unreadable = []error{err}
		}
		for _, e := range unreadable {
			fmt.Fprintf(a.stderr, "dateline: eval: skipped: %v\n", e)
		}
	}

	start := time.Now()
	report := timeml.Evaluate(docs, timeml.Resolver(resolve.Tag), jobs)
	fmt.Fprintf(a.stderr, "dateline: eval: %d documents tagged in %.2fs with %d jobs\n",
		len(docs), time.Since(start).Seconds(), jobs)
	if err := report.Write(a.stdout, opt); err != nil {
		return fmt.Errorf("eval: writing the report: %w", err)
	}

	var failures []error
	if n := len(unreadable); n > 0 {
		failures = append(failures, fmt.Errorf("%d gold file(s) in %s could not be read (see above)", n, dir))
	}
	if report.Failed > 0 {
		failures = append(failures, fmt.Errorf("the resolver failed on %d document(s) (listed with --errors)", report.Failed))
	}
	if len(failures) > 0 {
		return fmt.Errorf("eval: %w", errors.Join(failures...))
	}
	return nil
}
