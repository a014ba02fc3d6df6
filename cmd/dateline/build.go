package main

import (
	"context"
	"fmt"
	"os"
	"runtime/debug"
	"runtime/metrics"
	"time"

	"github.com/rickb777/date/v2"
	"github.com/spf13/cobra"
	"golang.org/x/term"

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
	c.Flags().StringVar(&f.dateOrder, "date-order", "", "how to read all-numeric dates like 02/01/2022: dmy or mdy (default: refuse ambiguous ones)")
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
		format string
		out    string
		src    storeFlags
	)
	c := &cobra.Command{
		Use:   "build PATH...",
		Short: "Build the timeline of diplomatic events from articles",
		Long: `build reads articles from files, folders (recursively: *.txt, *.json, *.jsonl,
*.ndjson) and "-" (stdin), extracts the diplomatic events they report, merges the
reports of the same event and writes the timeline, sorted by date.

Articles that cannot be read are reported on stderr with the reason; the rest
are built. A summary line on stderr says how many were read and skipped.

Formats: ` + formatList() + `.`,
		Example: `  dateline build seeds -f html -o out/timeline.html
  dateline build corpus/ -f json -j 2 > timeline.json
  cat articles.jsonl | dateline build - -f csv`,
		RunE: func(c *cobra.Command, args []string) error {
			if err := src.checkPaths(c, args, 1); err != nil {
				return err
			}
			r, err := a.renderer(format, out)
			if err != nil {
				return err
			}
			opt, err := corpus.options()
			if err != nil {
				return err
			}
			tl, err := a.timelineFrom(&src, func() (timeline.Timeline, error) { return a.buildTimeline(args, opt, corpus.jobs) })
			if err != nil {
				return err
			}
			return a.write(r, &tl, out)
		},
	}
	corpus.register(c)
	src.register(c)
	c.Flags().StringVarP(&format, "format", "f", "json", "output format: "+formatList())
	c.Flags().StringVarP(&out, "output", "o", "", "write to this file (atomically) instead of stdout")
	return c
}

func formatList() string {
	s := ""
	for i, f := range render.Formats {
		if i > 0 {
			s += ", "
		}
		s += f
	}
	return s
}

// renderer looks up the output format; an unknown one is a usage error. The
// table format gets colour only when it goes to a terminal.
func (a *app) renderer(format, out string) (render.Renderer, error) {
	r, err := render.Lookup(format)
	if err != nil {
		return nil, usagef("--format: %v", err)
	}
	if t, ok := r.(*render.TableRenderer); ok {
		f, isFile := a.stdout.(*os.File)
		t.Color = (out == "" || out == "-") && isFile && term.IsTerminal(int(f.Fd())) && os.Getenv("NO_COLOR") == ""
	}
	return r, nil
}

// buildTimeline reads, extracts and merges the articles under paths,
// reporting skipped articles and a summary on stderr.
func (a *app) buildTimeline(paths []string, opt article.ReadOptions, jobs int) (timeline.Timeline, error) {
	if opt.Stdin == nil {
		opt.Stdin = a.stdin
	}
	prog := newProgress(a.stderr)
	gc := tuneGC()
	defer gc.stop()
	res, err := pipeline.Build(context.Background(), paths, pipeline.Options{
		Read:    opt,
		Jobs:    jobs,
		Skipped: func(err error) { fmt.Fprintf(a.stderr, "dateline: skipped %v\n", err) },
		Extracted: func(art timeline.Article) {
			prog.add(len(art.Body))
		},
	})
	prog.done()
	stats := res.Stats
	skipped := fmt.Sprint(stats.Skipped)
	if stats.NotEnglish > 0 {
		skipped += fmt.Sprintf(" (%d not English)", stats.NotEnglish)
	}
	fmt.Fprintf(a.stderr, "dateline: read %d articles (%d files, %.1f MB), skipped %s; %d mentions → %d events\n",
		stats.Read, stats.Files, float64(stats.Bytes)/1e6, skipped, res.Mentions, len(res.Timeline.Events))
	return res.Timeline, err
}

// write renders tl to out ("" is stdout), atomically for a file.
func (a *app) write(r render.Renderer, tl *timeline.Timeline, out string) error {
	o, err := openOutput(out, a.stdout)
	if err != nil {
		return err
	}
	if err := r.Render(o, tl); err != nil {
		o.abort()
		return fmt.Errorf("rendering: %w", err)
	}
	return o.commit()
}

// The garbage collector's target follows the heap of a build (tuneGC):
//
//   - 400 while the heap goal is under smallHeapGoal. Extraction allocates
//     short-lived working memory for every article while the heap that
//     survives (the mentions kept) is small, and the default target of 100
//     collects far more often than it frees memory worth having: at 400,
//     `make bench-build` ran about 15-25% faster with -j 1.
//   - 100 above it: a target of 400 lets the heap grow to five times what
//     is live, memory spent on garbage for no speed at all.
//   - 50 once the live heap passes largeLiveHeap: the mentions and events
//     of a large build are most of the heap, and a target of 100 would
//     double them.
const (
	smallHeapGoal = 256 << 20
	largeLiveHeap = 128 << 20
)

// gcTuner sets the collector's target as the heap grows; a goroutine looks
// at the heap every gcCheckEvery, reading runtime metrics (which stops
// nothing), until stop is called.
type gcTuner struct {
	stop func()
}

// gcCheckEvery is how often the tuner looks at the heap.
const gcCheckEvery = 50 * time.Millisecond

// tuneGC starts tuning unless the user chose a target with the GOGC
// environment variable; the caller calls stop when the build is done.
func tuneGC() *gcTuner {
	if os.Getenv("GOGC") != "" {
		return &gcTuner{stop: func() {}}
	}
	done := make(chan struct{})
	stopped := make(chan struct{})
	debug.SetGCPercent(400)
	go func() {
		defer close(stopped)
		s := []metrics.Sample{{Name: "/gc/heap/goal:bytes"}, {Name: "/gc/heap/live:bytes"}}
		percent := 400
		tick := time.NewTicker(gcCheckEvery)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
			}
			metrics.Read(s)
			goal, live := s[0].Value.Uint64(), s[1].Value.Uint64()
			want := percent
			switch {
			case live > largeLiveHeap:
				want = 50
			case goal > smallHeapGoal && percent > 100:
				want = 100
			}
			if want < percent {
				debug.SetGCPercent(want)
				percent = want
			}
		}
	}()
	return &gcTuner{stop: func() { close(done); <-stopped }}
}
