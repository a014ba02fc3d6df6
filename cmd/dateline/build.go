package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"runtime/debug"
	"runtime/metrics"
	"strings"
	"sync/atomic"

	"github.com/rickb777/date/v2"
	"github.com/spf13/cobra"

	"github.com/dateline/dateline/render"
	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/article"
	"github.com/dateline/dateline/timeline/pipeline"
)

func init() { subcommands = append(subcommands, (*app).buildCmd) }

// corpusFlags are the flags of every command that reads articles.
type corpusFlags struct {
	jobs        int
	dateOrder   string
	defaultDate string
	anyLanguage bool
}

func (f *corpusFlags) register(c *cobra.Command) {
	c.Flags().IntVarP(&f.jobs, "jobs", "j", 0, "articles extracted in parallel (default: one per CPU); the output does not depend on it")
	c.Flags().StringVar(&f.dateOrder, "date-order", "", "how to read all-numeric dates like 02/01/2022, in articles and in --from/--to: dmy or mdy (default: refuse ambiguous ones)")
	complete(c, "date-order", "dmy", "mdy")
	c.Flags().StringVar(&f.defaultDate, "default-date", "", "publication date (YYYY-MM-DD) for articles that give none")
	c.Flags().BoolVar(&f.anyLanguage, "any-language", false, "read articles that are not in English too (by default they are skipped and counted)")
}

// options turns the flags into read options, or a usage error.
func (f *corpusFlags) options() (article.ReadOptions, error) {
	var opt article.ReadOptions
	order, err := article.ParseDateOrder(f.dateOrder)
	if err != nil {
		return opt, usagef("--date-order: %v", err)
	}
	opt.DateOrder = order
	opt.AnyLanguage = f.anyLanguage
	if f.defaultDate != "" {
		d, err := date.ParseISO(f.defaultDate)
		if err != nil {
			return opt, usagef("--default-date: %q is not a date of the form YYYY-MM-DD", f.defaultDate)
		}
		opt.DefaultDate = d
	}
	if f.jobs < 0 {
		return opt, usagef("--jobs: %d is not a number of workers (use 1 or more, or 0 for one per CPU)", f.jobs)
	}
	return opt, nil
}

func (a *app) buildCmd() *cobra.Command {
	var (
		corpus corpusFlags
		output outputFlags
	)
	c := &cobra.Command{
		Use:   "build PATH...",
		Short: "Build the timeline of diplomatic events from articles",
		Long: `build reads articles from files, folders (recursively: *.txt, *.json, *.jsonl,
*.ndjson) and "-" (stdin), extracts the diplomatic events they report, merges the
reports of the same event and writes the timeline, sorted by date.

A PATH that does not exist is an error: nothing is built or written. Articles
that cannot be read are reported on stderr with the reason; the rest are built.
A summary line on stderr says how many were read and skipped.

The format is -f, else the one the -o file's extension names (.html, .md,
.json, .jsonl, .csv, .ics, .txt for a brief), else json. Formats: ` + formatList() + `.`,
		Example: `  dateline build seeds -o out/timeline.html
  dateline build corpus/ -f json -j 2 > timeline.json
  dateline build corpus/ -f brief --title "Ukraine crisis: the diplomacy"
  cat articles.jsonl | dateline build - -f csv`,
		Args: needPaths("PATH", 1),
		RunE: func(c *cobra.Command, args []string) error {
			r, err := output.renderer(a, c, "json")
			if err != nil {
				return err
			}
			opt, err := corpus.options()
			if err != nil {
				return err
			}
			if err := checkPaths(args); err != nil {
				return err
			}
			tl, err := a.buildTimeline(args, opt, corpus.jobs)
			if err != nil {
				return err
			}
			output.reportLeftOutCoarse(a, r, &tl)
			return a.write(r, &tl, output.out)
		},
	}
	corpus.register(c)
	output.register(c, "json")
	return c
}

func formatList() string {
	return strings.Join(render.Formats, ", ")
}

// checkPaths is an error naming every path that does not exist ("-" is
// stdin): a misspelt folder among several must not give a timeline of the
// others as if nothing were wrong.
func checkPaths(paths []string) error {
	var missing []string
	for _, p := range paths {
		if p == "-" {
			continue
		}
		if _, err := os.Stat(p); err != nil {
			why := "cannot be read"
			if errors.Is(err, fs.ErrNotExist) {
				why = "does not exist"
			} else if errors.Is(err, fs.ErrPermission) {
				why = "cannot be read (permission denied)"
			}
			missing = append(missing, fmt.Sprintf("%q %s", p, why))
		}
	}
	switch len(missing) {
	case 0:
		return nil
	case 1:
		return fmt.Errorf("%s; nothing was built", missing[0])
	}
	return fmt.Errorf("%s; nothing was built", strings.Join(missing, ", "))
}

// buildTimeline reads, extracts and merges the articles under paths,
// reporting skipped articles and a summary on stderr.
func (a *app) buildTimeline(paths []string, opt article.ReadOptions, jobs int) (timeline.Timeline, error) {
	if opt.Stdin == nil {
		opt.Stdin = a.stdin
	}
	prog := newProgress(a.stderr)
	gc := tuneGC()
	res, err := pipeline.Build(context.Background(), paths, pipeline.Options{
		Read:    opt,
		Jobs:    jobs,
		Skipped: func(err error) { a.warn("skipped %s", userWords(err)) },
		Extracted: func(art timeline.Article) {
			prog.add(len(art.Body))
			gc.extracted()
		},
	})
	prog.done()
	stats := res.Stats
	skipped := fmt.Sprint(stats.Skipped)
	if stats.NotEnglish > 0 {
		skipped += fmt.Sprintf(" (%d not English)", stats.NotEnglish)
	}
	fmt.Fprintf(a.stderr, "dateline: read %s (%s, %.1f MB), skipped %s; %s → %s\n",
		count(stats.Read, "article", "articles"), count(stats.Files, "file", "files"), float64(stats.Bytes)/1e6, skipped,
		count(res.Mentions, "mention", "mentions"), count(len(res.Timeline.Events), "event", "events"))
	return res.Timeline, err
}

// count writes n with its noun: "1 article", "2 articles".
func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}

// warn writes a message on stderr, made safe for a terminal.
func (a *app) warn(format string, args ...any) {
	fmt.Fprintf(a.stderr, "dateline: %s\n", safeText(fmt.Sprintf(format, args...)))
}

// write renders tl to out ("" is stdout), atomically for a file. A
// renderer that left some events out (render.LeftOut) has written the
// others: each one left out is reported and the output is kept.
func (a *app) write(r render.Renderer, tl *timeline.Timeline, out string) error {
	o, err := openOutput(out, a.stdout)
	if err != nil {
		return err
	}
	err = r.Render(o, tl)
	var left *render.LeftOut
	if errors.As(err, &left) {
		for _, e := range left.Errs {
			a.warn("%v", e)
		}
		err = nil
	}
	if err != nil {
		o.abort()
		return fmt.Errorf("rendering: %w", err)
	}
	return o.commit()
}

// extractionGCPercent is the garbage collector's target while articles are
// extracted and the heap that survives (the mentions kept) is small.
// Extraction allocates short-lived working memory for every article, and
// the default target of 100 collects far more often than it frees memory
// worth having: at 400, `make bench-build` ran about 15-25% faster with -j 1
// for some 10 MB more peak memory.
const extractionGCPercent = 400

// largeHeapGoal is the heap goal above which the default target comes
// back. A target of 400 lets the heap grow to five times what is live
// (the mentions kept, mostly): once that is more than a few hundred
// megabytes, it is memory spent on garbage for no speed at all (on
// diplomacy-2021 copied to 84 MB, 74,700 mentions, GOGC=100 was faster
// and peaked at half the memory).
const largeHeapGoal = 256 << 20

// gcTuner switches the collector's target back to the default once the
// heap goal is large; see extractionGCPercent and largeHeapGoal.
type gcTuner struct {
	on    atomic.Bool
	count atomic.Int64
}

// tuneGC sets extractionGCPercent unless the user chose a target with the
// GOGC environment variable.
func tuneGC() *gcTuner {
	t := &gcTuner{}
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(extractionGCPercent)
		t.on.Store(true)
	}
	return t
}

// extracted is called after each article; every so often it reads the
// heap goal (without stopping the world) and restores the default target
// when the goal has grown large.
func (t *gcTuner) extracted() {
	if !t.on.Load() || t.count.Add(1)%gcCheckEvery != 0 {
		return
	}
	s := []metrics.Sample{{Name: "/gc/heap/goal:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() == metrics.KindUint64 && s[0].Value.Uint64() > largeHeapGoal && t.on.CompareAndSwap(true, false) {
		debug.SetGCPercent(100)
	}
}

// gcCheckEvery is how many articles pass between two looks at the heap.
const gcCheckEvery = 256
