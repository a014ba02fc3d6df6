package main

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dateline/dateline/timeline/diff"
)

// TestDiffTwoBuilds compares the build of the earlier half of the corpus
// with the build of all of it, as JSON files and as a store: every event
// is accounted for, and the 7 December call, announced in the first half
// and reported in the second, is changed from planned to occurred.
func TestDiffTwoBuilds(t *testing.T) {
	needDiplomacy(t)
	dir := t.TempDir()
	first, _ := halvesByDate(t)
	old, newer, db := filepath.Join(dir, "old.json"), filepath.Join(dir, "new.json"), filepath.Join(dir, "t.db")
	mustRun(t, append([]string{"build", "-f", "json", "-o", old}, first...)...)
	mustRun(t, "build", "-f", "json", "-o", newer, diplomacyCorpus)
	mustRun(t, "add", "--db", db, diplomacyCorpus)
	count := func(path string) int {
		out, _ := mustRun(t, "query", path, "-f", "json")
		return len(decodeTimeline(t, out).Events)
	}
	nOld, nNew := count(old), count(newer)
	for _, against := range []string{newer, db} {
		out, _ := mustRun(t, "diff", old, against, "-f", "json")
		var d diff.Diff
		require.NoError(t, json.Unmarshal([]byte(out), &d))
		assert.Equal(t, nNew, len(d.Added)+len(d.Changed)+d.Unchanged, "every new event is added, changed or unchanged")
		assert.Equal(t, nOld, len(d.Removed)+len(d.Changed)+d.Unchanged, "every old event is removed, changed or unchanged")
		var call *diff.Change
		for i := range d.Changed {
			if d.Changed[i].ID == "call-2021-12-07-biden-putin" {
				call = &d.Changed[i]
			}
		}
		require.NotNil(t, call, "the 7 December call changed")
		assert.Contains(t, call.Fields, diff.Field{Name: "status", From: "planned", To: "occurred"})
		table, _ := mustRun(t, "diff", old, against)
		assert.Contains(t, table, "call-2021-12-07-biden-putin")
		assert.Contains(t, table, "status planned → occurred")
		lines := strings.Split(strings.TrimSpace(table), "\n")
		assert.Regexp(t, `^\d+ added, \d+ removed, \d+ changed, \d+ unchanged$`, lines[len(lines)-1])
	}
	same, _ := mustRun(t, "diff", newer, db)
	assert.Contains(t, same, "0 added, 0 removed, 0 changed,", "a store and a build of the same articles")
	code, _, stderr := inRoot(t, "diff", old, "README.md")
	assert.Equal(t, 1, code)
	assert.Contains(t, stderr, "neither a timeline JSON")
}

func TestDiffUsage(t *testing.T) {
	for _, tc := range []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"diff", "README.md"}, 2, "diff compares two timelines, OLD and NEW (timeline JSON files or stores), not 1"},
		{[]string{"diff", "nowhere.json", "README.md"}, 1, `"nowhere.json" does not exist; nothing was compared`},
		{[]string{"diff", "README.md", "README.md", "-f", "csv"}, 2, `"csv" is not a format of diff`},
	} {
		code, out, stderr := inRoot(t, tc.args...)
		assert.Equal(t, tc.code, code, "%v: %s", tc.args, stderr)
		assert.Empty(t, out)
		assert.Contains(t, stderr, tc.msg, tc.args)
	}
}
