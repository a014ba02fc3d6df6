package timeml

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/dateline/dateline/resolve"
	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The agreement fixtures: gold documents of made-up text in agree/gold, and
// for each the output of an imaginary tagger in agree/sys/DCT.jsonl — the
// documents have distinct creation dates, so a tagger command
// `cat agree/sys/{dct}.jsonl` gives each its own output. The outputs
// exercise the scorer's corners: an exact match listed after an overlapping
// one, a system span overlapping two gold spans, a value with surrounding
// white space, a lower-case value, texts needing Python's quoting rules, a
// document the tagger found nothing in and one with no gold at all.

// fileSystem is the System that reads the fixture tagger output of d.
func fileSystem(dir string) System {
	return func(d Doc) ([]Span, error) {
		data, err := os.ReadFile(filepath.Join(dir, d.DCT.String()+".jsonl"))
		if err != nil {
			return nil, err
		}
		return readJSONL(data), nil
	}
}

// readJSONL reads tagger output as timeml_score.py does: one JSON object
// per line; lines that are not objects, or lack start or end, are skipped.
func readJSONL(data []byte) []Span {
	var out []Span
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if !strings.HasPrefix(line, "{") {
			continue
		}
		var o struct {
			Start, End  *int
			Text        string
			Type, Value string
		}
		if json.Unmarshal([]byte(line), &o) != nil || o.Start == nil || o.End == nil {
			continue
		}
		out = append(out, Span{Start: *o.Start, End: *o.End, Text: o.Text, Type: o.Type, Value: o.Value})
	}
	return out
}

func agreeReport(t *testing.T) Report {
	docs, err := ReadDir(filepath.Join(agreeDir, "gold"))
	require.NoError(t, err)
	return Evaluate(docs, fileSystem(filepath.Join(agreeDir, "sys")), 2)
}

func TestReportGolden(t *testing.T) {
	var buf bytes.Buffer
	require.NoError(t, agreeReport(t).Write(&buf, WriteOptions{Errors: 100, PerDoc: true}))
	golden := filepath.Join(agreeDir, "report.golden")
	if *update {
		require.NoError(t, os.WriteFile(golden, buf.Bytes(), 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err, "run go test -update to create the golden file")
	assert.Equal(t, string(want), buf.String())
}

// wallTime is the one field of the script's output that differs between runs.
var wallTime = regexp.MustCompile(` wall=[0-9.]+s`)

// TestAgreesWithPythonScorer runs ../shared/eval/timeml_score.py on the
// fixtures with a tagger command that prints the fixture output, and
// requires its every line — per-document counts, the error list and the
// figures — to equal what Report.Write prints for the same input.
func TestAgreesWithPythonScorer(t *testing.T) {
	script := filepath.Join("..", "..", "..", "shared", "eval", "timeml_score.py")
	if _, err := os.Stat(script); err != nil {
		t.Skipf("no scorer to compare with: %s not found (it lives beside the repository in ../shared)", script)
	}
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("no scorer to compare with: python3 not on PATH")
	}
	tagger := "cat " + filepath.Join(agreeDir, "sys", "{dct}.jsonl")
	cmd := exec.Command(python, script, filepath.Join(agreeDir, "gold"), tagger, "--errors", "100", "--per-doc")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	require.NoError(t, err, "timeml_score.py: %s", stderr.String())

	var buf bytes.Buffer
	require.NoError(t, agreeReport(t).Write(&buf, WriteOptions{Errors: 100, PerDoc: true}))
	assert.Equal(t, wallTime.ReplaceAllString(string(out), ""), buf.String())
}

func TestEvaluateDoesNotDependOnJobs(t *testing.T) {
	docs, err := ReadDir(filepath.Join(agreeDir, "gold"))
	require.NoError(t, err)
	sys := fileSystem(filepath.Join(agreeDir, "sys"))
	one := Evaluate(docs, sys, 1)
	for _, jobs := range []int{0, 2, 3, 64} {
		assert.Equal(t, one, Evaluate(docs, sys, jobs), "jobs=%d", jobs)
	}
	assert.Equal(t, Counts{Gold: 11, System: 12, Strict: 4, Relaxed: 6, Value: 4, Type: 5}, one.Total)
}

func TestEvaluateFailures(t *testing.T) {
	docs := []Doc{
		{Name: "ok.tml", Text: "in 2020", Gold: []Span{{Start: 3, End: 7, Text: "2020", Type: "DATE", Value: "2020"}}},
		{Name: "err.tml", Text: "x", Gold: []Span{{Start: 0, End: 1, Text: "x", Type: "DATE", Value: "X"}}},
		{Name: "panic.tml", Text: "y"},
	}
	sys := func(d Doc) ([]Span, error) {
		switch d.Name {
		case "err.tml":
			return []Span{{Start: 0, End: 1, Type: "DATE", Value: "X"}}, errors.New("tagger crashed")
		case "panic.tml":
			panic("index out of range")
		}
		return []Span{{Start: 3, End: 7, Text: "2020", Type: "DATE", Value: "2020"}}, nil
	}
	r := Evaluate(docs, sys, 2)
	assert.Equal(t, 2, r.Failed)
	assert.Equal(t, Counts{Gold: 2, System: 2, Strict: 2, Relaxed: 2, Value: 2, Type: 2}, r.Total,
		"the output of a failed document is still scored")
	assert.Equal(t, []string{"err.tml: failed: tagger crashed", "panic.tml: failed: panic: index out of range"}, r.Mismatches())
}

func TestResolverSystem(t *testing.T) {
	d := Doc{Name: "a.tml", Text: "They met on Friday.", DCT: date.New(2021, 6, 7)}
	var gotAnchor resolve.Anchor
	tag := func(text string, a resolve.Anchor) []resolve.Timex {
		gotAnchor = a
		return []resolve.Timex{{Start: 9, End: 18, Text: text[9:18], Type: resolve.Date, Value: "2021-06-04"}}
	}
	spans, err := Resolver(tag)(d)
	require.NoError(t, err)
	assert.Equal(t, resolve.Anchor{Date: d.DCT}, gotAnchor, "the anchor is the creation time")
	assert.Equal(t, []Span{{Start: 9, End: 18, Text: "on Friday", Type: "DATE", Value: "2021-06-04"}}, spans)
}

func TestWriteErrorsLimit(t *testing.T) {
	var buf bytes.Buffer
	r := agreeReport(t)
	require.NoError(t, r.Write(&buf, WriteOptions{Errors: 2}))
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	require.Len(t, lines, 2+6)
	assert.Equal(t, r.Mismatches()[:2], lines[:2])
	assert.True(t, strings.HasPrefix(lines[2], "docs=3 gold=11 sys=12 failed_docs=0"), lines[2])
}

// pyLoad is a Python program printing, for every .tml file of a directory,
// what timeml_score.py's load function reads from it, as one JSON line.
const pyLoad = `
import json, os, sys
sys.path.insert(0, sys.argv[1])
from timeml_score import load
d = sys.argv[2]
for f in sorted(x for x in os.listdir(d) if x.endswith('.tml')):
    dct, text, spans = load(os.path.join(d, f))
    print(json.dumps({'name': f, 'dct': dct, 'text': text, 'gold': spans}))
`

// TestReadsLikePythonScorer requires ReadDir to read the same creation
// time, text and gold spans as the script's load function: on the fixtures,
// and on the TimeBank copy in ../shared/corpora/timebank when it is there.
func TestReadsLikePythonScorer(t *testing.T) {
	evalDir := filepath.Join("..", "..", "..", "shared", "eval")
	if _, err := os.Stat(filepath.Join(evalDir, "timeml_score.py")); err != nil {
		t.Skipf("no scorer to compare with: %s/timeml_score.py not found", evalDir)
	}
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("no scorer to compare with: python3 not on PATH")
	}
	dirs := []string{filepath.Join(agreeDir, "gold")}
	if tb := filepath.Join("..", "..", "..", "shared", "corpora", "timebank"); dirExists(tb) {
		dirs = append(dirs, tb)
	}
	for _, dir := range dirs {
		t.Run(filepath.Base(dir), func(t *testing.T) {
			out, err := exec.Command(python, "-c", pyLoad, evalDir, dir).Output()
			require.NoError(t, err)
			docs, err := ReadDir(dir)
			require.NoError(t, err)
			lines := strings.Split(strings.TrimSpace(string(out)), "\n")
			require.Len(t, docs, len(lines))
			for i, line := range lines {
				var py struct {
					Name, DCT, Text string
					Gold            []struct {
						Start, End             int
						Type, Value, TID, Text string
					}
				}
				require.NoError(t, json.Unmarshal([]byte(line), &py))
				d := docs[i]
				require.Equal(t, py.Name, d.Name)
				assert.Equal(t, py.DCT, d.DCT.String(), d.Name)
				assert.Equal(t, py.Text, d.Text, d.Name)
				var want []Span
				for _, g := range py.Gold {
					want = append(want, Span{Start: g.Start, End: g.End, Text: g.Text, Type: g.Type, Value: g.Value, TID: g.TID})
				}
				assert.Equal(t, want, d.Gold, d.Name)
			}
		})
	}
}

func dirExists(dir string) bool {
	fi, err := os.Stat(dir)
	return err == nil && fi.IsDir()
}
