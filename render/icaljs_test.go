package render

import (
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestICALJS reads the calendar with ical.js, the parser of many web
// calendars, under Node. It needs the package:
//
//	npm install --prefix /tmp/icaljs ical.js@2
//	DATELINE_ICALJS=/tmp/icaljs/node_modules/ical.js go test ./render -run TestICALJS -v
//
// and skips without it (.ci/run installs it when npm is there).
func TestICALJS(t *testing.T) {
	pkg := os.Getenv("DATELINE_ICALJS")
	if pkg == "" {
		t.Skip("DATELINE_ICALJS is not set: see the test's comment for how to install ical.js")
	}
	node, err := exec.LookPath("node")
	require.NoError(t, err, "ical.js needs node")
	dir := t.TempDir()
	for _, fixture := range []string{"sample.json", "hostile.json"} {
		tl := loadFixture(t, fixture)
		ics := renderWith(t, &ICSRenderer{Coarse: true}, tl)
		path := filepath.Join(dir, fixture+".ics")
		require.NoError(t, os.WriteFile(path, []byte(ics), 0o644))
		script := `import ICAL from ` + jsString(filepath.Join(pkg, "dist", "ical.js")) + `;
import {readFileSync} from 'fs';
const cal = new ICAL.Component(ICAL.parse(readFileSync(process.argv[2], 'utf8')));
const events = cal.getAllSubcomponents('vevent').map(v => new ICAL.Event(v));
console.log(JSON.stringify({name: cal.getFirstPropertyValue('x-wr-calname'),
  events: events.map(e => ({uid: e.uid, summary: e.summary, start: e.startDate.toString(), end: e.endDate.toString()}))}));`
		mjs := filepath.Join(dir, "read.mjs")
		require.NoError(t, os.WriteFile(mjs, []byte(script), 0o644))
		out, err := exec.Command(node, mjs, path).CombinedOutput()
		require.NoError(t, err, "%s", out)
		var got struct {
			Name   string
			Events []struct{ UID, Summary, Start, End string }
		}
		require.NoError(t, json.Unmarshal(out, &got), "%s", out)
		assert.Equal(t, DefaultTitle(tl), got.Name, "%s: the calendar's name, no stray backslash", fixture)
		dated := 0
		for _, e := range tl.Events {
			if e.When != nil {
				dated++
			}
		}
		require.Len(t, got.Events, dated, fixture)
		for i, e := range got.Events {
			assert.NotEmpty(t, e.Summary)
			assert.Less(t, e.Start, e.End, "%s event %d", fixture, i)
		}
	}
}
