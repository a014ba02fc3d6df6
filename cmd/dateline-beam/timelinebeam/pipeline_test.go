package timelinebeam

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/memfs"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/runners/prism"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dateline/dateline/render"
	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/article"
	"github.com/dateline/dateline/timeline/extract"
	"github.com/dateline/dateline/timeline/merge"
)

// repoRoot is the repository this module lives in.
const repoRoot = "../../.."

// corpus returns the folder of a development corpus: under $SHARED, else
// ../shared beside the repository, where CI puts it.
func corpus(t *testing.T, name string) string {
	t.Helper()
	shared := os.Getenv("SHARED")
	if shared == "" {
		shared = filepath.Join(repoRoot, "..", "shared")
	}
	dir := filepath.Join(shared, "corpora", name)
	if _, err := os.Stat(dir); err != nil {
		t.Fatalf("corpus %s not found (%v): the development corpora live in ../shared beside the repository, or set SHARED", name, err)
	}
	return dir
}

var (
	datelineOnce sync.Once
	datelineBin  string
	datelineErr  error
)

// dateline returns the dateline binary to compare with: $DATELINE (make
// beam-test passes bin/dateline), else one built from this repository.
func dateline(t *testing.T) string {
	t.Helper()
	if bin := os.Getenv("DATELINE"); bin != "" {
		return bin
	}
	datelineOnce.Do(func() {
		dir, err := os.MkdirTemp("", "dateline-beam-test-")
		if err != nil {
			datelineErr = err
			return
		}
		datelineBin = filepath.Join(dir, "dateline")
		cmd := exec.Command("go", "build", "-o", datelineBin, "./cmd/dateline")
		cmd.Dir = repoRoot // the main module, whose go.mod has build's dependencies
		out, err := cmd.CombinedOutput()
		if err != nil {
			datelineErr = fmt.Errorf("building dateline: %v\n%s", err, out)
		}
	})
	require.NoError(t, datelineErr)
	return datelineBin
}

// build runs `dateline build -f format` on paths and returns its output
// and its summary line.
func build(t *testing.T, format string, paths ...string) ([]byte, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(dateline(t), append([]string{"build", "-f", format}, paths...)...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	require.NoError(t, cmd.Run(), stderr.String())
	return stdout.Bytes(), stderr.String()
}

// runPipeline builds job's pipeline and runs it on Prism in this process.
func runPipeline(t *testing.T, job Job) (Summary, error) {
	t.Helper()
	require.NoError(t, job.Check())
	p, s := beam.NewPipelineWithRoot()
	Build(s, job)
	pr, err := prism.Execute(context.Background(), p)
	return SummaryOf(pr), err
}

// firstDifference describes where two outputs part, line by line.
func firstDifference(want, got []byte) string {
	wl, gl := strings.Split(string(want), "\n"), strings.Split(string(got), "\n")
	for i := range min(len(wl), len(gl)) {
		if wl[i] != gl[i] {
			return fmt.Sprintf("line %d:\n  dateline build: %.200s\n  dateline-beam:  %.200s", i+1, wl[i], gl[i])
		}
	}
	return fmt.Sprintf("dateline build wrote %d lines, dateline-beam %d", len(wl), len(gl))
}

// summaryLine reads the counts of build's summary line.
var summaryLine = regexp.MustCompile(`read (\d+) articles \((\d+) files, [\d.]+ MB\), skipped (\d+)[^;]*; (\d+) mentions → (\d+) events`)

// TestPrismMatchesBuild is the promise of the Beam pipeline: on the
// development corpora, run on Prism, it writes byte for byte the timeline
// JSON (and JSON Lines) that `dateline build` writes, and counts what
// build counts. testdata/feeds holds feeds and the saved pages some of
// their items link to, which build joins into one article each: read in
// batches apart, a page and its item would be two.
func TestPrismMatchesBuild(t *testing.T) {
	for _, tc := range []struct{ name, dir, format string }{
		{"diplomacy-2021", corpus(t, "diplomacy-2021"), "json"},
		{"timebank-articles", corpus(t, "timebank-articles"), "json"},
		{"diplomacy-2021", corpus(t, "diplomacy-2021"), "jsonl"},
		{"feeds", filepath.Join(repoRoot, "testdata", "feeds"), "json"},
	} {
		t.Run(tc.name+"/"+tc.format, func(t *testing.T) {
			want, line := build(t, tc.format, tc.dir)
			out := filepath.Join(t.TempDir(), "timeline."+tc.format)
			sum, err := runPipeline(t, Job{Paths: []string{tc.dir}, Format: tc.format, Output: out})
			require.NoError(t, err)
			got, err := os.ReadFile(out)
			require.NoError(t, err)
			require.NotEmpty(t, want)
			if !bytes.Equal(want, got) {
				t.Fatalf("dateline-beam and dateline build differ on %s (-f %s) at %s", tc.name, tc.format, firstDifference(want, got))
			}
			counts := summaryLine.FindStringSubmatch(line)
			require.NotNil(t, counts, "build's summary line: %q", line)
			n := func(i int) int64 { v, _ := strconv.ParseInt(counts[i], 10, 64); return v }
			assert.Equal(t, []int64{n(1), n(2), n(3), n(4), n(5)},
				[]int64{int64(sum.Stats.Read), int64(sum.Stats.Files), int64(sum.Stats.Skipped), sum.Mentions, sum.Events})
			assert.Positive(t, sum.Groups)
			assert.Positive(t, sum.LargestGroup)
			t.Logf("%s: %v", tc.name, sum)
		})
	}
}

// TestPrismReadsAFileNamedTwiceOnce: build reads a folder named twice
// twice and its merge keeps each mention once; the pipeline reads it once.
// The timelines are the same bytes.
func TestPrismReadsAFileNamedTwiceOnce(t *testing.T) {
	dir := corpus(t, "diplomacy-2021")
	want, _ := build(t, "json", dir, dir)
	once, _ := build(t, "json", dir)
	require.Equal(t, once, want, "build of the folder named twice")
	out := filepath.Join(t.TempDir(), "timeline.json")
	sum, err := runPipeline(t, Job{Paths: []string{dir, dir}, Output: out})
	require.NoError(t, err)
	got, err := os.ReadFile(out)
	require.NoError(t, err)
	if !bytes.Equal(want, got) {
		t.Fatalf("dateline-beam and dateline build differ on a folder named twice at %s", firstDifference(want, got))
	}
	assert.Equal(t, 104, sum.Stats.Files, "each file read once")
}

// TestPrismReadsABeamFilesystem reads articles from Beam's in-memory
// filesystem — text, JSON Lines with a bad record, a pattern — and writes
// the timeline there: it is the timeline the same files give read with
// article.ReadFrom and merged on one machine, and the bad record is
// counted, not fatal.
func TestPrismReadsABeamFilesystem(t *testing.T) {
	ctx := context.Background()
	src := corpus(t, "diplomacy-2021")
	files := article.ListFiles([]string{src}, func(err error) { t.Fatal(err) })[:12]
	contents := map[string][]byte{}
	var lines []string
	for i, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(t, err)
		if i < 8 {
			contents[fmt.Sprintf("memfs://corpus/text/%02d.txt", i)] = data
			continue
		}
		rec := strings.SplitN(string(data), "\n", 3)
		lines = append(lines, fmt.Sprintf(`{"title": %q, "date": %q, "text": %q}`, rec[0], rec[1], rec[2]))
	}
	lines = append(lines, `{"title": 3}`)
	contents["memfs://corpus/feed.jsonl"] = []byte(strings.Join(lines, "\n") + "\n")
	for name, data := range contents {
		memfs.Write(name, data)
	}

	// One machine: the same files, read by name, without the mentions in
	// passing, merged by merge.Merge.
	var set merge.Set
	var x extract.Extractor
	for _, name := range []string{"memfs://corpus/feed.jsonl"} {
		article.ReadFrom(name, bytes.NewReader(contents[name]), article.ReadOptions{},
			func(a timeline.Article) { set.Add(timeline.WithoutInPassing(x.Extract(a))...) }, func(error) {})
	}
	for i := range 8 {
		name := fmt.Sprintf("memfs://corpus/text/%02d.txt", i)
		article.ReadFrom(name, bytes.NewReader(contents[name]), article.ReadOptions{},
			func(a timeline.Article) { set.Add(timeline.WithoutInPassing(x.Extract(a))...) }, func(error) {})
	}
	tl := set.Merge(merge.Options{})
	var want bytes.Buffer
	require.NoError(t, render.JSONRenderer{}.Render(&want, &tl))
	require.NotEmpty(t, tl.Events)

	sum, err := runPipeline(t, Job{Paths: []string{"memfs://corpus/text/*.txt", "memfs://corpus/feed.jsonl"},
		Output: "memfs://out/timeline.json"})
	require.NoError(t, err)
	fs, err := filesystem.New(ctx, "memfs://out/timeline.json")
	require.NoError(t, err)
	got, err := filesystem.Read(ctx, fs, "memfs://out/timeline.json")
	require.NoError(t, err)
	if !bytes.Equal(want.Bytes(), got) {
		t.Fatalf("the timeline read from memfs differs at %s", firstDifference(want.Bytes(), got))
	}
	assert.Equal(t, 12, sum.Stats.Read)
	assert.Equal(t, 9, sum.Stats.Files)
	assert.Equal(t, 1, sum.Stats.Skipped, "the record without text")
}

// TestPrismFailsWhenNothingIsRead: a run that reads no article fails and
// writes nothing, as `dateline build` does.
func TestPrismFailsWhenNothingIsRead(t *testing.T) {
	out := filepath.Join(t.TempDir(), "timeline.json")
	_, err := runPipeline(t, Job{Paths: []string{t.TempDir()}, Output: out})
	require.Error(t, err)
	assert.Contains(t, err.Error(), ErrNothingRead.Error())
	assert.NoFileExists(t, out)
}

// TestJobCheck: what a run cannot do is refused before it starts, with
// the reason.
func TestJobCheck(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		job  Job
		want string
	}{
		{Job{Paths: []string{dir, filepath.Join(dir, "nope")}, Output: "x.json"}, `nope" does not exist; nothing was built`},
		{Job{Paths: []string{"-"}, Output: "x.json"}, "standard input cannot be read"},
		{Job{Paths: []string{dir}}, "give a file to write"},
		{Job{Output: "x.json"}, "no path to read"},
		{Job{Paths: []string{dir}, Output: "x.json", Format: "pdf"}, `unknown format "pdf"`},
		{Job{Paths: []string{dir}, Output: "x.json", Read: ReadOptions{DateOrder: "ymd"}}, "date order"},
		{Job{Paths: []string{dir}, Output: "x.json", Read: ReadOptions{DefaultDate: "yesterday"}}, "default date"},
	} {
		assert.ErrorContains(t, tc.job.Check(), tc.want, "%+v", tc.job)
	}
	ok := Job{Paths: []string{dir, "gs://bucket/corpus/**.jsonl"}, Output: "x.html", Format: "html"}
	assert.NoError(t, ok.Check())
}

// TestPrivateTempDirLeavesNothing: a run on Prism inside PrivateTempDir
// leaves no file in the temporary folder of the caller.
func TestPrivateTempDirLeavesNothing(t *testing.T) {
	outer := t.TempDir()
	t.Setenv("TMPDIR", outer)
	restore := PrivateTempDir()
	inner := os.Getenv("TMPDIR")
	require.NotEqual(t, outer, inner)
	in := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(in, "a.txt"), []byte("Talks\nJanuary 3, 2022\nGeneva, January 3 : The presidents met today.\n"), 0o644))
	_, err := runPipeline(t, Job{Paths: []string{in}, Output: filepath.Join(t.TempDir(), "timeline.json")})
	require.NoError(t, err)
	restore()
	assert.Equal(t, outer, os.Getenv("TMPDIR"))
	assert.NoDirExists(t, inner)
	left, err := os.ReadDir(outer)
	require.NoError(t, err)
	assert.Empty(t, left, "files left in the temporary folder")
}
