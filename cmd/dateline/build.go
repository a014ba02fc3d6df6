package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"regexp"
	"runtime/debug"
	"runtime/metrics"
	"strconv"
	"strings"
	"time"

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
	maxSize     byteSize
}

func (f *corpusFlags) register(c *cobra.Command) {
	c.Flags().IntVarP(&f.jobs, "jobs", "j", 0, fmt.Sprintf("articles extracted in parallel (default: one per CPU, at most %d); the output does not depend on it", maxJobs))
	c.Flags().StringVar(&f.dateOrder, "date-order", "", "how to read all-numeric dates like 02/01/2022, in articles and in --from/--to: dmy or mdy (default: refuse ambiguous ones)")
	complete(c, "date-order", "dmy", "mdy")
	c.Flags().StringVar(&f.defaultDate, "default-date", "", "publication date (YYYY-MM-DD) for articles that give none")
	c.Flags().BoolVar(&f.anyLanguage, "any-language", false, "read articles that are not in English too (by default they are skipped and counted)")
	f.maxSize = article.DefaultMaxArticleSize
	c.Flags().Var(&f.maxSize, "max-article-size", "largest article read (a file, a JSON record, a feed item), e.g. 512KB, 64MB; larger ones are skipped with a message")
}

// maxJobs is the most extraction workers dateline starts: beyond the
// number of cores more only cost memory, and a mistyped -j 1000000000
// would start a goroutine for each.
const maxJobs = 256

// options turns the flags into read options, or a usage error.
func (f *corpusFlags) options() (article.ReadOptions, error) {
	var opt article.ReadOptions
	order, err := article.ParseDateOrder(f.dateOrder)
	if err != nil {
		return opt, usagef("--date-order: %v", err)
	}
	opt.DateOrder = order
	opt.AnyLanguage = f.anyLanguage
	opt.MaxArticleSize = int64(f.maxSize)
	if f.defaultDate != "" {
		d, err := parseDayFlag("--default-date", f.defaultDate)
		if err != nil {
			return opt, err
		}
		opt.DefaultDate = d
	}
	if f.jobs < 0 {
		return opt, usagef("--jobs: %d is not a number of workers (use 1 or more, or 0 for one per CPU)", f.jobs)
	}
	return opt, nil
}

// parseDayFlag reads the YYYY-MM-DD value of a date flag. The usage error
// names the flag and says what is wrong with an impossible day.
func parseDayFlag(flag, s string) (date.Date, error) {
	d, err := timeline.ParseDay(s)
	if err == nil {
		return d, nil
	}
	var y, m, day int
	if n, _ := fmt.Sscanf(s, "%4d-%2d-%2d", &y, &m, &day); n == 3 && len(s) == 10 && s[4] == '-' && s[7] == '-' {
		switch {
		case y < 1:
			return date.Zero, usagef("%s: %q is not a date: there is no year %d (years run from 1 to 9999)", flag, s, y)
		case m < 1 || m > 12:
			return date.Zero, usagef("%s: %q is not a date: there is no month %d", flag, s, m)
		default:
			last := date.New(y, time.Month(m)+1, 0).Day()
			return date.Zero, usagef("%s: %q is not a date: %s %d has %d days", flag, s, time.Month(m), y, last)
		}
	}
	return date.Zero, usagef("%s: %q is not a date of the form YYYY-MM-DD (year 1 to 9999)", flag, s)
}

// isoDateShape is a date written YYYY, YYYY-MM or YYYY-MM-DD.
var isoDateShape = regexp.MustCompile(`^\d{4}(-\d{2}(-\d{2})?)?$`)

// checkISODate holds a range flag's value written as YYYY, YYYY-MM or
// YYYY-MM-DD to the calendar (years 1 to 9999, a month that exists, a day
// that exists), with a usage error that names the flag; other values,
// expressions such as "last week", are the resolver's to read.
func checkISODate(flag, s string) error {
	t := strings.TrimSpace(s)
	if !isoDateShape.MatchString(t) {
		return nil
	}
	if len(t) == len("2006-01-02") {
		_, err := parseDayFlag(flag, t)
		return err
	}
	if y, _ := strconv.Atoi(t[:4]); y < 1 {
		return usagef("%s: %q is not a date: there is no year %d (years run from 1 to 9999)", flag, s, y)
	}
	if len(t) == len("2006-01") {
		if m, _ := strconv.Atoi(t[5:]); m < 1 || m > 12 {
			return usagef("%s: %q is not a date: there is no month %d", flag, s, m)
		}
	}
	return nil
}

// byteSize is a flag holding a number of bytes, written "64MB", "512KB",
// "1GB" or a plain number (a KB is 1024 bytes).
type byteSize int64

func (b *byteSize) String() string { return article.FormatSize(int64(*b)) }
func (b *byteSize) Type() string   { return "SIZE" }

func (b *byteSize) Set(s string) error {
	n, err := parseByteSize(s)
	if err != nil {
		return err
	}
	*b = byteSize(n)
	return nil
}

// maxByteSize is the largest size the flag takes.
const maxByteSize = 1 << 40

// byteUnits are the units a size may end with, longest first.
var byteUnits = []struct {
	suffix string
	n      int64
}{
	{"kib", 1 << 10}, {"mib", 1 << 20}, {"gib", 1 << 30},
	{"kb", 1 << 10}, {"mb", 1 << 20}, {"gb", 1 << 30},
	{"k", 1 << 10}, {"m", 1 << 20}, {"g", 1 << 30},
	{"bytes", 1}, {"b", 1},
}

func parseByteSize(s string) (int64, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	unit := int64(1)
	for _, u := range byteUnits {
		if rest, ok := strings.CutSuffix(t, u.suffix); ok {
			t, unit = strings.TrimSpace(rest), u.n
			break
		}
	}
	v, err := strconv.ParseFloat(t, 64)
	if err != nil || v <= 0 || v*float64(unit) < 1 || v*float64(unit) > maxByteSize {
		return 0, fmt.Errorf("%q is not a size from 1 byte to 1 TB (write e.g. 64MB, 512KB or 1048576)", s)
	}
	return int64(v * float64(unit)), nil
}

func (a *app) buildCmd() *cobra.Command {
	var (
		corpus corpusFlags
		output outputFlags
		src    storeFlags
	)
	c := &cobra.Command{
		Use:   "build PATH... | --db FILE",
		Short: "Build the timeline of diplomatic events from articles",
		Long: `build reads articles from files, folders (recursively: *.txt, *.json, *.jsonl,
*.ndjson) and "-" (stdin), extracts the diplomatic events they report, merges the
reports of the same event and writes the timeline, sorted by date.

A PATH that does not exist is an error: nothing is built or written. Articles
that cannot be read are reported on stderr with the reason; the rest are built.
A summary line on stderr says how many were read and skipped.

--db FILE writes the timeline of a store instead (made by 'dateline add'):
what one build over every article added to it writes, byte for byte.
--corrections FILE applies hand corrections (JSON or YAML) after merging;
with --db, after those the store keeps.

The format is -f, else the one the -o file's extension names (.html, .md,
.json, .jsonl, .csv, .ics, .txt for a brief), else json. Formats: ` + formatList() + `.`,
		Example: `  dateline build seeds -o out/timeline.html
  dateline build corpus/ -f json -j 2 > timeline.json
  dateline build corpus/ -f brief --title "Ukraine crisis: the diplomacy"
  cat articles.jsonl | dateline build - -f csv
  dateline build --db news.db --corrections fixes.yaml -o timeline.html`,
		Args: src.needPaths,
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
			o, err := openOutput(a.context(), output.out, a.stdout)
			if err != nil {
				return err
			}
			defer o.abort()
			opt.Exclude = o.files()
			gc := tuneGC() // through the rendering, whose heap is the build's
			defer gc.stop()
			tl, err := a.timelineFrom(&src, func() (timeline.Timeline, error) { return a.buildTimeline(args, opt, corpus.jobs) })
			if err != nil {
				return err
			}
			output.reportLeftOutCoarse(a, r, &tl)
			return o.render(r, &tl, a.leftOut)
		},
	}
	corpus.register(c)
	output.register(c, "json")
	src.register(c)
	return c
}

func formatList() string {
	return strings.Join(render.Formats, ", ")
}

// checkPaths is an error naming every path that does not exist ("-" is
// stdin): a misspelt folder among several must not give a timeline of the
// others as if nothing were wrong.
func checkPaths(paths []string) error {
	return checkPathsThen(paths, "nothing was built")
}

// checkPathsThen is checkPaths with what the error says was not done.
func checkPathsThen(paths []string, outcome string) error {
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
		return fmt.Errorf("%s; %s", missing[0], outcome)
	}
	return fmt.Errorf("%s; %s", strings.Join(missing, ", "), outcome)
}

// buildTimeline reads, extracts and merges the articles under paths,
// reporting skipped articles and a summary on stderr. The caller tunes the
// collector (tuneGC) for as long as the timeline is in use. A signal stops it at
// once: the pipeline is cancelled, and buildTimeline returns without
// waiting for an article still being extracted.
func (a *app) buildTimeline(paths []string, opt article.ReadOptions, jobs int) (timeline.Timeline, error) {
	ctx := a.context()
	if opt.Stdin == nil {
		opt.Stdin = a.stdin
	}
	if jobs > maxJobs {
		a.warn("--jobs: %d is more than dateline starts; extracting on %d workers", jobs, maxJobs)
		jobs = maxJobs
	}
	prog := newProgress(a.stderr)
	type built struct {
		res pipeline.Result
		err error
	}
	done := make(chan built, 1)
	go func() {
		res, err := pipeline.Build(ctx, paths, pipeline.Options{
			Read: opt,
			Jobs: jobs,
			Skipped: func(err error) {
				if ctx.Err() == nil {
					a.warn("skipped %s", userWords(err))
				}
			},
			Extracted: func(art timeline.Article) {
				prog.add(len(art.Body))
			},
		})
		done <- built{res, err}
	}()
	var b built
	select {
	case b = <-done:
	case <-ctx.Done():
	}
	prog.done()
	if ctx.Err() != nil {
		return timeline.Timeline{}, context.Cause(ctx)
	}
	res, stats := b.res, b.res.Stats
	skipped := fmt.Sprint(stats.Skipped)
	if stats.NotEnglish > 0 {
		skipped += fmt.Sprintf(" (%d not English)", stats.NotEnglish)
	}
	fmt.Fprintf(a.stderr, "dateline: read %s (%s, %.1f MB), skipped %s; %s → %s\n",
		count(stats.Read, "article", "articles"), count(stats.Files, "file", "files"), float64(stats.Bytes)/1e6, skipped,
		count(res.Mentions, "mention", "mentions"), count(len(res.Timeline.Events), "event", "events"))
	return res.Timeline, b.err
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

// leftOut reports an event a renderer left out of the output.
func (a *app) leftOut(err error) { a.warn("%v", err) }

// render renders tl into the output and commits it: renamed into place
// for a file. A renderer that left some events out (render.LeftOut) has
// written the others: leftOut is called with each one left out, and the
// output is kept.
func (o *output) render(r render.Renderer, tl *timeline.Timeline, leftOut func(error)) error {
	err := r.Render(o, tl)
	var left *render.LeftOut
	if errors.As(err, &left) {
		for _, e := range left.Errs {
			leftOut(e)
		}
		err = nil
	}
	if err != nil {
		o.abort()
		return fmt.Errorf("rendering: %w", err)
	}
	return o.commit()
}

// The garbage collector of a build works to a memory budget rather than
// to a growth factor (tuneGC). Its proportional target (GOGC) is off, and
// a soft memory limit says when to collect:
//
//   - gcBudget while the live heap is small: extraction allocates
//     short-lived working memory for every article while what survives
//     (the mentions kept) grows slowly, so collecting only when the heap
//     reaches the budget collects far less often than a growth factor
//     does (a target of 400, then 100, then 50, as before: 43 collections
//     for the 201 MB diplomacy corpus of `make bench-build`), and the
//     limit makes the runtime give freed pages back to the system as it
//     goes, which a growth factor does not: that corpus peaked at
//     440-460 MB of RSS with a live heap of about 205 MiB, 100-130 MiB of
//     it pages the merge had freed and the runtime kept.
//   - gcLiveFactor times the live heap once that is more: a large build
//     is never starved by a budget it has outgrown (the runtime would
//     collect without end), and its memory stays within a stated multiple
//     of what it keeps. The factor leaves room for the heap's free space
//     within spans (70-80 MiB of the bench corpus's heap at its end) and
//     for allocation between collections; at 1.75 the bench corpus, whose
//     live heap ends at 196-207 MiB, crossed the budget in some runs and
//     peaked at 395 MB, at 1.6 it stays on the budget (live heap under
//     220 MiB).
//
// So a build holds at most max(gcBudget, gcLiveFactor × live heap) of
// heap, plus the runtime's own few MB.
const (
	gcBudget     = 352 << 20
	gcLiveFactor = 1.6
)

// gcTuner moves the memory limit as the live heap grows; a goroutine looks
// at the heap every gcCheckEvery, reading runtime metrics (which stops
// nothing), until stop is called, which restores the collector's settings.
type gcTuner struct {
	stop func()
}

// gcCheckEvery is how often the tuner looks at the heap.
const gcCheckEvery = 50 * time.Millisecond

// tuneGC starts tuning unless the user chose a target or a limit with the
// GOGC or GOMEMLIMIT environment variables; the caller calls stop when the
// build is done.
func tuneGC() *gcTuner {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return &gcTuner{stop: func() {}}
	}
	done := make(chan struct{})
	stopped := make(chan struct{})
	limit := int64(gcBudget)
	oldLimit := debug.SetMemoryLimit(limit)
	oldPercent := debug.SetGCPercent(-1)
	go func() {
		defer close(stopped)
		s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
		tick := time.NewTicker(gcCheckEvery)
		defer tick.Stop()
		for {
			select {
			case <-done:
				return
			case <-tick.C:
			}
			metrics.Read(s)
			if want := int64(gcLiveFactor * float64(s[0].Value.Uint64())); want > limit {
				debug.SetMemoryLimit(want)
				limit = want
			}
		}
	}()
	return &gcTuner{stop: func() {
		close(done)
		<-stopped
		debug.SetGCPercent(oldPercent)
		debug.SetMemoryLimit(oldLimit)
	}}
}
