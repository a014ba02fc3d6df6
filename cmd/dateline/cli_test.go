package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// These tests drive the built binary, as a user or a script would: the
// contracts of DESIGN.md (flags, exit codes, stdout/stderr, -o) are public.

var update = flag.Bool("update", false, "rewrite golden files in testdata/")

const sample = "../../seeds/us-ukraine-call-2022-01-02.txt"

// binary is the dateline binary built once for the package's tests.
var binary string

func TestMain(m *testing.M) {
	flag.Parse()
	dir, err := os.MkdirTemp("", "dateline-cli-")
	if err != nil {
		panic(err)
	}
	binary = filepath.Join(dir, "dateline")
	if runtime.GOOS == "windows" {
		binary += ".exe"
	}
	build := exec.Command("go", "build", "-o", binary, ".")
	build.Stderr = os.Stderr
	if err := build.Run(); err != nil {
		panic("building dateline: " + err.Error())
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// cli runs the binary and returns its exit status, stdout and stderr.
func cli(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Stdin = strings.NewReader(stdin)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else {
		require.NoError(t, err)
	}
	return code, out.String(), errOut.String()
}

// golden compares got with testdata/name, or rewrites it under -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("..", "..", "testdata", name)
	if *update {
		require.NoError(t, os.MkdirAll(filepath.Dir(path), 0o755))
		require.NoError(t, os.WriteFile(path, []byte(got), 0o644))
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "golden file missing: run go test ./cmd/dateline -update")
	assert.Equal(t, string(want), got, "differs from %s (go test ./cmd/dateline -update rewrites it)", path)
}

type timelineDoc struct {
	Schema string `json:"schema"`
	Events []struct {
		ID           string `json:"id"`
		Kind         string `json:"kind"`
		Status       string `json:"status"`
		Place        *string
		Participants []struct{ Name string }             `json:"participants"`
		When         *struct{ Start, End, Value string } `json:"when"`
		Sources      []json.RawMessage                   `json:"sources"`
	} `json:"events"`
}

// TestBuildSampleGolden pins the sample article's timeline: six events, as
// the issue lists them.
func TestBuildSampleGolden(t *testing.T) {
	code, out, stderr := cli(t, "", "build", "-f", "json", sample)
	require.Equal(t, 0, code, stderr)
	golden(t, "sample-timeline.golden.json", out)

	var doc timelineDoc
	require.NoError(t, json.Unmarshal([]byte(out), &doc))
	assert.Equal(t, "dateline/v1", doc.Schema)
	require.Len(t, doc.Events, 6)
	type want struct{ names, kind, status, start, end string }
	wants := []want{
		{"Antony Blinken|Volodymyr Zelenskyy", "call", "occurred", "2021-12-27", "2022-01-01"},
		{"Joe Biden|Vladimir Putin", "call", "occurred", "2021-12-30", "2021-12-30"},
		{"Joe Biden|Volodymyr Zelenskyy", "call", "occurred", "2022-01-02", "2022-01-02"},
		{"Russia|United States", "talks", "planned", "2022-01-10", "2022-01-10"},
		{"NATO|Russia", "summit", "planned", "2022-01-10", "2022-01-16"},
		{"OSCE|Russia|United States", "talks", "planned", "2022-01-10", "2022-01-16"},
	}
	for i, w := range wants {
		e := doc.Events[i]
		var names []string
		for _, p := range e.Participants {
			names = append(names, p.Name)
		}
		for _, n := range strings.Split(w.names, "|") {
			assert.Contains(t, names, n, "event %d", i)
		}
		assert.Equal(t, w.kind, e.Kind, "event %d", i)
		assert.Equal(t, w.status, e.Status, "event %d", i)
		require.NotNil(t, e.When, "event %d", i)
		assert.GreaterOrEqual(t, e.When.Start, w.start, "event %d", i)
		assert.LessOrEqual(t, e.When.End, w.end, "event %d", i)
	}
	require.NotNil(t, doc.Events[3].Place)
	assert.Equal(t, "Geneva", *doc.Events[3].Place)
	assert.GreaterOrEqual(t, len(doc.Events[2].Sources), 3, "the Biden–Zelenskyy call is told by three sentences at least")
}

// TestBuildIsDeterministic: the same input gives the same bytes, whatever -j.
func TestBuildIsDeterministic(t *testing.T) {
	var first string
	for _, jobs := range []string{"1", "2", "4", "1"} {
		code, out, stderr := cli(t, "", "build", "-f", "json", "-j", jobs, "../../seeds")
		require.Equal(t, 0, code, stderr)
		if first == "" {
			first = out
			continue
		}
		assert.Equal(t, first, out, "-j %s", jobs)
	}
	assert.Contains(t, first, `"schema": "dateline/v1"`)
}

func TestBuildOutputFileIsAtomic(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "timeline.html")
	require.NoError(t, os.WriteFile(target, []byte("old"), 0o644))

	// A failing run (no article readable) leaves the old file untouched and no temp file.
	code, _, stderr := cli(t, "", "build", "-f", "html", "-o", target, filepath.Join(dir, "missing.txt"))
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "missing.txt")
	old, err := os.ReadFile(target)
	require.NoError(t, err)
	assert.Equal(t, "old", string(old))

	code, out, stderr := cli(t, "", "build", "-f", "html", "-o", target, sample)
	require.Equal(t, 0, code, stderr)
	assert.Empty(t, out, "with -o nothing goes to stdout")
	page, err := os.ReadFile(target)
	require.NoError(t, err)
	assert.Contains(t, string(page), "<!doctype html>")
	entries, err := os.ReadDir(dir)
	require.NoError(t, err)
	assert.Len(t, entries, 1, "no temporary file is left behind")
}

func TestBuildReportsBadInputAndGoesOn(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "empty.txt"), nil, 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "binary.txt"), []byte("\x00\x01\x02PNG"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "shape.json"), []byte(`[1, 2, 3]`), 0o644))
	data, err := os.ReadFile(sample)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "good.txt"), data, 0o644))

	code, out, stderr := cli(t, "", "build", "-f", "jsonl", dir)
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, stderr, "empty.txt")
	assert.Contains(t, stderr, "binary.txt")
	assert.Contains(t, stderr, "shape.json")
	assert.Contains(t, stderr, "read 1 articles")
	assert.Contains(t, stderr, "skipped")
	assert.Equal(t, 6, strings.Count(out, "\n"), "the good article still builds: six events, one per line")
}

func TestBuildFromStdin(t *testing.T) {
	data, err := os.ReadFile(sample)
	require.NoError(t, err)
	code, out, stderr := cli(t, string(data), "build", "-f", "csv", "-")
	require.Equal(t, 0, code, stderr)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	assert.Len(t, lines, 7, "header + six events")
}

func TestQuerySample(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want []string // participant pairs expected, in order
	}{
		{"last days of 2021", []string{"--from", "2021-12-29", "--to", "2022-01-02"},
			[]string{"Blinken", "Putin", "Zelenskyy"}},
		{"January 10", []string{"--from", "2022-01-10", "--to", "2022-01-10"},
			[]string{"Geneva", "NATO", "OSCE"}},
		{"putin", []string{"--who", "putin"}, []string{"Putin"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"query", sample}, tt.args...)
			code, out, stderr := cli(t, "", args...)
			require.Equal(t, 0, code, stderr)
			lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
			require.Len(t, lines, 1+len(tt.want), out)
			assert.True(t, strings.HasPrefix(lines[0], "DATE"), "header row")
			for i, w := range tt.want {
				assert.Contains(t, lines[i+1], w)
			}
			assert.NotContains(t, out, "\x1b[", "no colour when stdout is not a terminal")
		})
	}
}

func TestQueryReadsBuildOutput(t *testing.T) {
	dir := t.TempDir()
	tl := filepath.Join(dir, "timeline.json")
	code, _, stderr := cli(t, "", "build", "-o", tl, sample)
	require.Equal(t, 0, code, stderr)
	code, out, stderr := cli(t, "", "query", tl, "--who", "zelensky", "--kind", "call", "-f", "json")
	require.Equal(t, 0, code, stderr)
	var doc timelineDoc
	require.NoError(t, json.Unmarshal([]byte(out), &doc))
	assert.Len(t, doc.Events, 2, "Blinken–Zelenskyy and Biden–Zelenskyy calls")
}

func TestUsageErrorsExit2(t *testing.T) {
	tests := []struct {
		args []string
		msg  string
	}{
		{[]string{"query", sample, "--kind", "party"}, "call, meeting, visit, talks, summit"},
		{[]string{"query", sample, "--status", "rumoured"}, "occurred"},
		{[]string{"query", sample, "--from", "the day after never"}, "YYYY-MM-DD"},
		{[]string{"query", sample, "--from", "2022-01-10", "--to", "2022-01-01"}, "before --from"},
		{[]string{"build", sample, "-f", "pdf"}, "accepted formats are"},
		{[]string{"build"}, "give a PATH"},
		{[]string{"build", sample, "--date-order", "ymd"}, "--date-order"},
		{[]string{"frobnicate"}, "unknown command"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			code, out, stderr := cli(t, "", tt.args...)
			assert.Equal(t, 2, code, stderr)
			assert.Empty(t, out)
			assert.Contains(t, stderr, tt.msg)
		})
	}
}

func TestHelpOnEveryCommand(t *testing.T) {
	for _, c := range []string{"tag", "eval", "build", "query"} {
		code, out, stderr := cli(t, "", c, "--help")
		require.Equal(t, 0, code, stderr)
		assert.Contains(t, out, "Usage:", c)
	}
}

// An article in another language is skipped, named, and counted in the
// summary; --any-language reads it.
func TestBuildSkipsOtherLanguages(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"russian.txt", "french.txt"} {
		data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "articles", "text", f))
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(filepath.Join(dir, f), data, 0o644))
	}
	data, err := os.ReadFile(sample)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "good.txt"), data, 0o644))

	code, _, stderr := cli(t, "", "build", dir)
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, stderr, "russian.txt: not English (ru)")
	assert.Contains(t, stderr, "french.txt: not English (fr)")
	assert.Contains(t, stderr, "skipped 2 (2 not English)")

	code, _, stderr = cli(t, "", "build", "--any-language", "--default-date", "2022-01-12", dir)
	require.Equal(t, 0, code, stderr)
	assert.NotContains(t, stderr, "not English")
	assert.Contains(t, stderr, "read 3 articles")
}
