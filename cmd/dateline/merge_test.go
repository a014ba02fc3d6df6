package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const diplomacy = "../../../shared/corpora/diplomacy-2021"

// splitByDay copies the corpus's articles into two folders: those whose
// file names (which start with the publication day) come before day, and
// the others.
func splitByDay(t *testing.T, day string) (old, fresh string) {
	if _, err := os.Stat(diplomacy); err != nil {
		t.Skipf("corpus not found: %v", err)
	}
	dir := t.TempDir()
	old, fresh = filepath.Join(dir, "old"), filepath.Join(dir, "new")
	err := filepath.WalkDir(diplomacy, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(diplomacy, path)
		to := fresh
		if d.Name() < day {
			to = old
		}
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		out := filepath.Join(to, rel)
		if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
			return err
		}
		return os.WriteFile(out, data, 0o644)
	})
	require.NoError(t, err)
	return old, fresh
}

// TestQueryOldTimelineWithNewArticles: a timeline built before the 7
// December call knows it only as announced; read together with the
// articles published since, it is merged with their reports, not dropped
// for having the same id: the call occurred, with every source one build
// over all the articles gives it.
func TestQueryOldTimelineWithNewArticles(t *testing.T) {
	old, fresh := splitByDay(t, "2021-12-07")
	oldJSON := filepath.Join(t.TempDir(), "old-timeline.json")
	code, _, stderr := cli(t, "", "build", "-f", "json", "-o", oldJSON, old)
	require.Equal(t, 0, code, stderr)

	query := func(paths ...string) timelineDoc {
		args := append([]string{"query"}, paths...)
		args = append(args, "--who", "putin", "--kind", "call", "--from", "2021-12-07", "--to", "2021-12-07", "-f", "json")
		code, out, stderr := cli(t, "", args...)
		require.Equal(t, 0, code, stderr)
		var doc timelineDoc
		require.NoError(t, json.Unmarshal([]byte(out), &doc))
		require.Len(t, doc.Events, 1, out)
		return doc
	}
	before := query(oldJSON).Events[0]
	assert.Equal(t, "planned", before.Status)
	assert.Len(t, before.Sources, 2, "the announcement's two sentences")

	onlyNew := query(fresh).Events[0]
	whole := query(diplomacy).Events[0]
	both := query(oldJSON, fresh).Events[0]
	assert.Equal(t, "occurred", both.Status)
	assert.Len(t, both.Sources, len(whole.Sources))
	assert.Greater(t, len(both.Sources), len(onlyNew.Sources))
	assert.Equal(t, whole.ID, both.ID)

	// The whole timeline is the one build over all the articles gives,
	// but for the ids the old timeline had that changed, kept as aliases.
	code, all, stderr := cli(t, "", "build", "-f", "json", old, fresh)
	require.Equal(t, 0, code, stderr)
	code, merged, stderr := cli(t, "", "query", oldJSON, fresh, "-f", "json")
	require.Equal(t, 0, code, stderr)
	want, got := eventsWithoutAliases(t, all), eventsWithoutAliases(t, merged)
	assert.Equal(t, len(want), len(got))
	assert.True(t, reflect.DeepEqual(want, got), "the merged timeline differs from one build over the same articles")
}

// eventsWithoutAliases reads the events of a timeline JSON document
// without their aliases.
func eventsWithoutAliases(t *testing.T, doc string) []map[string]any {
	var d struct{ Events []map[string]any }
	require.NoError(t, json.Unmarshal([]byte(doc), &d))
	for _, e := range d.Events {
		delete(e, "aliases")
	}
	return d.Events
}

// TestBuildIsDeterministicOnACorpus: the diplomacy corpus, whose mentions
// fall into many groups merged on as many workers, gives the same bytes
// for every -j.
func TestBuildIsDeterministicOnACorpus(t *testing.T) {
	if _, err := os.Stat(diplomacy); err != nil {
		t.Skipf("corpus not found: %v", err)
	}
	var first string
	for _, jobs := range []string{"1", "2", "4"} {
		code, out, stderr := cli(t, "", "build", "-f", "json", "-j", jobs, diplomacy)
		require.Equal(t, 0, code, stderr)
		if first == "" {
			first = out
			continue
		}
		assert.True(t, first == out, "-j %s differs from -j 1", jobs)
	}
}

// TestShowFindsAnOldID: an id the old timeline had that the merged one no
// longer has still finds its event. Split on 15 November, the old
// timeline has the North American Leaders' Summit of 18 November as the
// announced meeting of three leaders; the readouts make it the summit.
func TestShowFindsAnOldID(t *testing.T) {
	old, fresh := splitByDay(t, "2021-11-15")
	oldJSON := filepath.Join(t.TempDir(), "old-timeline.json")
	code, _, stderr := cli(t, "", "build", "-f", "json", "-o", oldJSON, old)
	require.Equal(t, 0, code, stderr)
	mergedJSON := filepath.Join(t.TempDir(), "merged.json")
	code, out, stderr := cli(t, "", "query", oldJSON, fresh, "-f", "json", "-o", mergedJSON)
	require.Equal(t, 0, code, stderr+out)
	data, err := os.ReadFile(mergedJSON)
	require.NoError(t, err)
	var doc struct {
		Events []struct {
			ID      string   `json:"id"`
			Aliases []string `json:"aliases"`
		} `json:"events"`
	}
	require.NoError(t, json.Unmarshal(data, &doc))
	found := false
	for _, e := range doc.Events {
		for _, a := range e.Aliases {
			code, out, stderr := cli(t, "", "show", a, mergedJSON, "-f", "json")
			require.Equal(t, 0, code, stderr)
			assert.Contains(t, out, `"id": "`+e.ID+`"`, "alias %s", a)
			found = true
		}
	}
	assert.True(t, found, "the merged timeline has aliases")
}
