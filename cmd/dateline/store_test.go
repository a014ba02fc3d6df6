package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dateline/dateline/timeline"
)

// The store and corrections through the binary, run from the repository
// root so that article ids read "seeds/…" as a user's would.

const repoRoot = "../.."

// diplomacyCorpus is the development corpus, beside the repository.
var diplomacyCorpus = filepath.Join("..", "shared", "corpora", "diplomacy-2021")

// inRoot runs the binary in the repository root.
func inRoot(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Dir = repoRoot
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

func mustRun(t *testing.T, args ...string) (string, string) {
	t.Helper()
	code, out, stderr := inRoot(t, args...)
	require.Equal(t, 0, code, "dateline %s: %s", strings.Join(args, " "), stderr)
	return out, stderr
}

func needDiplomacy(t *testing.T) {
	if _, err := os.Stat(filepath.Join(repoRoot, diplomacyCorpus)); err != nil {
		t.Skipf("development corpus not found: %v", err)
	}
}

// halvesByDate lists the corpus's articles, whose names start with their
// date, in two halves: the earlier and the later.
func halvesByDate(t *testing.T) ([]string, []string) {
	files, err := filepath.Glob(filepath.Join(repoRoot, diplomacyCorpus, "*", "*.txt"))
	require.NoError(t, err)
	slices.SortFunc(files, func(a, b string) int { return strings.Compare(filepath.Base(a), filepath.Base(b)) })
	for i, f := range files {
		files[i], _ = filepath.Rel(repoRoot, f)
	}
	return files[:len(files)/2], files[len(files)/2:]
}

// TestAddInHalvesThenBuild is the measure: the corpus added in two
// halves by date, then build --db, byte for byte the one-shot build; and
// the same folder added again adds nothing, and says so.
func TestAddInHalvesThenBuild(t *testing.T) {
	needDiplomacy(t)
	db := filepath.Join(t.TempDir(), "t.db")
	first, second := halvesByDate(t)
	_, msg := mustRun(t, append([]string{"add", "--db", db}, first...)...)
	assert.Contains(t, msg, "52 new, 0 already in the store")
	_, msg = mustRun(t, append([]string{"add", "--db", db}, second...)...)
	assert.Contains(t, msg, "52 new, 0 already in the store")
	fromStore, _ := mustRun(t, "build", "--db", db, "-f", "json")
	oneShot, _ := mustRun(t, "build", "-f", "json", diplomacyCorpus)
	assert.True(t, fromStore == oneShot, "build --db after two halves differs from one build")
	_, msg = mustRun(t, "add", "--db", db, diplomacyCorpus)
	assert.Contains(t, msg, "no new articles: all 104 are already in")
	again, _ := mustRun(t, "build", "--db", db, "-f", "json")
	assert.True(t, again == oneShot)
}

// TestQueryDBIsQueryJSON asks the store and the timeline JSON the same
// questions: the answers are the same bytes.
func TestQueryDBIsQueryJSON(t *testing.T) {
	needDiplomacy(t)
	dir := t.TempDir()
	db, doc := filepath.Join(dir, "t.db"), filepath.Join(dir, "t.json")
	mustRun(t, "add", "--db", db, diplomacyCorpus)
	mustRun(t, "build", "-f", "json", "-o", doc, diplomacyCorpus)
	for _, q := range [][]string{
		{"--from", "2021-12-01", "--to", "2021-12-10"},
		{"--who", "putin", "--kind", "call"},
		{"--who", "zelensky,biden", "--any-who", "--status", "planned"},
		{"--who", "biden", "--who", "putin"},
		{"--country", "Israel"},
		{"--from", "2021", "--to", "2021", "--precise"},
		{"--precise", "--sort", "-date", "--limit", "5"},
		{"--where", "geneva"},
		{"--text", "strategic stability"},
		{"--text", "ab"},
		{"--from", "2021-12", "--text", "Kremlin", "--kind", "talks,meeting"},
		{"--from", "2022-06-01"},
	} {
		want, _ := mustRun(t, append([]string{"query", doc, "-f", "json"}, q...)...)
		got, _ := mustRun(t, append([]string{"query", "--db", db, "-f", "json"}, q...)...)
		assert.Equal(t, want, got, "query %v", q)
		var tl timeline.Timeline
		require.NoError(t, json.Unmarshal([]byte(got), &tl))
		if !slices.Contains(q, "2022-06-01") {
			assert.NotEmpty(t, tl.Events, "query %v selects something", q)
		}
	}
}

func TestStoreUsage(t *testing.T) {
	db := filepath.Join(t.TempDir(), "none.db")
	for _, tc := range []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"build", "--db", db}, 1, "no store at"},
		{[]string{"build", "--db", db, "seeds"}, 2, "PATH arguments are not read with it"},
		{[]string{"add", "seeds"}, 2, "--db FILE is required"},
		{[]string{"add", "--db", db}, 2, "add needs a PATH"},
		{[]string{"query", "--db", "README.md"}, 1, "not a dateline store"},
		{[]string{"build", "--corrections", "nowhere.yaml", "seeds"}, 1, "nowhere.yaml"},
		{[]string{"add", "--db", db, "seeds", "nowhere"}, 1, `"nowhere" does not exist; nothing was added to`},
		{[]string{"show", "--db", db}, 2, "show needs an event ID"},
		{[]string{"show", "x"}, 2, "show needs a PATH after the ID"},
	} {
		code, out, stderr := inRoot(t, tc.args...)
		assert.Equal(t, tc.code, code, "%v: %s", tc.args, stderr)
		assert.Empty(t, out)
		assert.Contains(t, stderr, tc.msg, tc.args)
	}
	assert.NoFileExists(t, db, "no command made the store")
}

// wholeAdd is the timeline of a store of seeds to which corpus was added
// in full, built once per test run.
func wholeAdd(t *testing.T, corpus string) string {
	t.Helper()
	wholeOnce.Do(func() {
		db := filepath.Join(t.TempDir(), "whole.db")
		mustRun(t, "add", "--db", db, "seeds")
		mustRun(t, "add", "--db", db, corpus)
		wholeJSON, _ = mustRun(t, "build", "--db", db, "-f", "json")
	})
	return wholeJSON
}

var (
	wholeOnce sync.Once
	wholeJSON string
)

// TestAddInterruptedLeavesStore interrupts an add of many articles, with
// Ctrl-C and with SIGKILL: the store is as it was before, or as a whole
// add leaves it, never in between.
func TestAddInterruptedLeavesStore(t *testing.T) {
	needDiplomacy(t)
	dir := t.TempDir()
	corpus := filepath.Join(dir, "corpus")
	shift := exec.Command("go", "run", "./cmd/shiftcorpus", "-copies", "8", "-weeks", "1", diplomacyCorpus, corpus)
	shift.Dir = repoRoot
	out, err := shift.CombinedOutput()
	require.NoError(t, err, string(out))
	db := filepath.Join(dir, "t.db")
	mustRun(t, "add", "--db", db, "seeds")
	before, _ := mustRun(t, "build", "--db", db, "-f", "json")
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGKILL} {
		for _, after := range []time.Duration{150 * time.Millisecond, 350 * time.Millisecond, 500 * time.Millisecond} {
			cmd := exec.Command(binary, "add", "--db", db, corpus)
			cmd.Dir = repoRoot
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			require.NoError(t, cmd.Start())
			time.Sleep(after)
			_ = cmd.Process.Signal(sig)
			err := cmd.Wait()
			now, _ := mustRun(t, "build", "--db", db, "-f", "json")
			whole := err == nil || strings.Contains(stderr.String(), "are kept")
			if !whole && sig == syscall.SIGKILL && now != before {
				// Killed after its commit, before it could say so: it
				// must then be the whole add, which the check below holds.
				whole = true
			}
			if whole {
				// It finished first, or committed before the signal came:
				// a whole add. Undo it for the next try.
				t.Logf("%v after %v: the add had finished", sig, after)
				assert.True(t, now == wholeAdd(t, corpus), "%v after %v: a finished add is not the whole add", sig, after)
				require.NoError(t, os.Remove(db))
				os.Remove(db + "-wal")
				os.Remove(db + "-shm")
				mustRun(t, "add", "--db", db, "seeds")
				continue
			}
			assert.True(t, now == before, "%v after %v: the store changed (%s)", sig, after, stderr.String())
			if sig == syscall.SIGINT {
				assert.Contains(t, stderr.String(), "nothing added")
			}
		}
	}
}
