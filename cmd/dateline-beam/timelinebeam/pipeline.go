package timelinebeam

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"

	"github.com/dateline/dateline/render"
	"github.com/dateline/dateline/timeline/article"
)

// Job is one timeline to build: what to read, how, and where to write.
type Job struct {
	// Paths are files, folders and patterns to read (see listFiles).
	Paths []string
	// Read are the reading options of `dateline build`.
	Read ReadOptions
	// Format is a render format (render.Formats); "" is json.
	Format string
	// Output is the file written, local or on a Beam filesystem.
	Output string
	// MergeShards is the number of keys the merge groups are spread over
	// (by a hash of the group); 0 is DefaultMergeShards. A runner handles
	// each key of a GroupByKey at a cost: with a key per group (17,357 of
	// them on 100 MB of shifted copies) the Prism run took 80 s, with 256
	// shards 52 s. Shards should outnumber the workers several times.
	MergeShards int
}

// DefaultMergeShards suits a few dozen workers.
const DefaultMergeShards = 256

// Check reports what is wrong with j before a pipeline is built: unknown
// options, no output, standard input (which a distributed run cannot
// read), and a local path that does not exist — as `dateline build`
// refuses one, so that a misspelt folder does not give a timeline
// silently missing its articles. Paths on other filesystems are checked
// by the run, which fails when it reads no article at all.
func (j *Job) Check() error {
	if j.Format == "" {
		j.Format = "json"
	}
	if j.MergeShards == 0 {
		j.MergeShards = DefaultMergeShards
	}
	if j.MergeShards < 0 {
		return fmt.Errorf("merge shards: %d is not a number of shards", j.MergeShards)
	}
	if _, err := render.Lookup(j.Format); err != nil {
		return fmt.Errorf("format: %w", err)
	}
	if _, err := j.Read.options(); err != nil {
		return err
	}
	if j.Output == "" || j.Output == "-" {
		return errors.New("output: give a file to write (-o); workers cannot write to this terminal")
	}
	if len(j.Paths) == 0 {
		return errors.New("no path to read: give files, folders or patterns")
	}
	var missing []string
	for _, p := range j.Paths {
		if p == "-" {
			return errors.New(`"-": standard input cannot be read by a distributed run; give files`)
		}
		if hasScheme(p) {
			continue
		}
		if _, err := os.Stat(p); err != nil {
			missing = append(missing, fmt.Sprintf("%q", p))
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("%s does not exist; nothing was built", strings.Join(missing, ", "))
	}
	return nil
}

// Build adds to s the stages that make the timeline of j and write it:
//
//	paths ─► batches of files ─► reshuffle ─► read + extract ─► mentions (batches)
//	mentions ─► participants ─► names summary                  (combine → side input)
//	mentions ─► plan entries  ─► plan summary   [names]        (combine → side input)
//	mentions ─► keys          ─► groups summary [names, plan]  (combine → side input)
//	mentions ─► key by group [names, plan, groups] ─► GroupByKey by shard ─► MergeGroup per group [names] ─► events
//	impulse ─► Finish and render [events, read counts] ─► Output
//
// (names in brackets are side inputs).
//
// j must have passed Check.
func Build(s beam.Scope, j Job) {
	s = s.Scope("dateline")
	paths := beam.Create(s, j.Paths) // one element: expandFn sees every path
	files := beam.Reshuffle(s, beam.ParDo(s, &expandFn{}, paths))
	mentions, stats := beam.ParDo2(s, &readFn{Options: j.Read}, files)
	stats = beam.Combine(s, &statsFn{}, stats)

	names := beam.Combine(s, &namesFn{}, beam.ParDo(s, &participantsFn{}, mentions))
	namesSide := beam.SideInput{Input: names}
	plan := beam.Combine(s, &planFn{}, beam.ParDo(s, &planFlagsFn{}, mentions, namesSide))
	planSide := beam.SideInput{Input: plan}
	comps := beam.Combine(s, &compsFn{}, beam.ParDo(s, &keysFn{}, mentions, namesSide, planSide))

	keyed := beam.ParDo(s, &keyByGroupFn{Shards: j.MergeShards}, mentions, namesSide, planSide, beam.SideInput{Input: comps})
	events := beam.ParDo(s, &mergeGroupFn{}, beam.GroupByKey(s, keyed), namesSide)

	beam.ParDo0(s, &writeFn{Format: j.Format, Output: j.Output}, beam.Impulse(s),
		beam.SideInput{Input: events}, beam.SideInput{Input: stats})
}

// Summary is what a run counted, read from its metrics.
type Summary struct {
	Stats    article.Stats
	Mentions int64
	Events   int64
	Groups   int64
	// LargestGroup is the number of mentions of the largest group, which
	// one worker merged alone.
	LargestGroup int64
}

// String is the summary line of `dateline build`, with the groups.
func (s Summary) String() string {
	skipped := fmt.Sprint(s.Stats.Skipped)
	if s.Stats.NotEnglish > 0 {
		skipped += fmt.Sprintf(" (%d not English)", s.Stats.NotEnglish)
	}
	return fmt.Sprintf("read %d articles (%d files, %.1f MB), skipped %s; %d mentions → %d events; %d groups, the largest %d mentions",
		s.Stats.Read, s.Stats.Files, float64(s.Stats.Bytes)/1e6, skipped, s.Mentions, s.Events, s.Groups, s.LargestGroup)
}

// SummaryOf reads the counters of a finished run.
func SummaryOf(pr beam.PipelineResult) Summary {
	var s Summary
	if pr == nil {
		return s
	}
	var files, read, skipped, english int64
	counts := map[string]*int64{"files": &files, "articles": &read, "skipped": &skipped, "not_english": &english,
		"bytes": &s.Stats.Bytes, "mentions": &s.Mentions, "events": &s.Events, "groups": &s.Groups}
	res := pr.Metrics().AllMetrics()
	for _, c := range res.Counters() {
		if p, ok := counts[c.Key.Name]; ok && c.Key.Namespace == metricsNamespace {
			*p += c.Result()
		}
	}
	for _, d := range res.Distributions() {
		if d.Key.Name == "group_size" && d.Key.Namespace == metricsNamespace {
			s.LargestGroup = max(s.LargestGroup, d.Result().Max)
		}
	}
	s.Stats.Files, s.Stats.Read, s.Stats.Skipped, s.Stats.NotEnglish = int(files), int(read), int(skipped), int(english)
	return s
}

// PrivateTempDir points TMPDIR at a new folder and returns the function
// that removes the folder and puts TMPDIR back. Call it around a run on a
// loopback runner (Prism, the default): for every run the Beam SDK
// creates an empty placeholder for the worker binary in the temporary
// folder and never removes it, so without this each run leaves a
// beamloopbackworker-* file behind. If no folder can be made, it changes
// nothing.
func PrivateTempDir() (restore func()) {
	dir, err := os.MkdirTemp("", "dateline-beam-")
	if err != nil {
		return func() {}
	}
	old, had := os.LookupEnv("TMPDIR")
	os.Setenv("TMPDIR", dir)
	return func() {
		if had {
			os.Setenv("TMPDIR", old)
		} else {
			os.Unsetenv("TMPDIR")
		}
		os.RemoveAll(dir)
	}
}
