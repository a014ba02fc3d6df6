package main

import (
	"encoding/json"
	"encoding/xml"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The command-line habits of issue 12, each through the built binary. The
// README's table of cases names these tests.

const fixture = "../../testdata/render/sample.json"

// ids is the id column of `query --id` output, or the ids of a JSON
// timeline.
func ids(t *testing.T, out string) []string {
	t.Helper()
	if strings.HasPrefix(strings.TrimSpace(out), "{") {
		var doc timelineDoc
		require.NoError(t, json.Unmarshal([]byte(out), &doc))
		var got []string
		for _, e := range doc.Events {
			got = append(got, e.ID)
		}
		return got
	}
	var got []string
	for _, l := range strings.Split(strings.TrimRight(out, "\n"), "\n")[1:] {
		got = append(got, strings.Fields(l)[0])
	}
	return got
}

func TestVersion(t *testing.T) {
	code, out, stderr := cli(t, "", "--version")
	require.Equal(t, 0, code, stderr)
	assert.Regexp(t, `^dateline \S+( rev [0-9a-f]{12}(, modified)?(, \S+)?)? \(go1\.[0-9.]+\)\n$`, out)
}

// -o names the format by its extension unless -f says otherwise.
func TestFormatFromExtension(t *testing.T) {
	dir := t.TempDir()
	for ext, starts := range map[string]string{
		".html": "<!doctype html>", ".md": "# Diplomatic timeline", ".json": `{`, ".jsonl": `{"id":`,
		".csv": "id,date,", ".ics": "BEGIN:VCALENDAR", ".txt": "Diplomatic timeline",
	} {
		path := filepath.Join(dir, "timeline"+ext)
		code, out, stderr := cli(t, "", "query", fixture, "-o", path)
		require.Equal(t, 0, code, stderr)
		assert.Empty(t, out)
		data, err := os.ReadFile(path)
		require.NoError(t, err)
		assert.True(t, strings.HasPrefix(string(data), starts), "%s starts with %q: %.40q", ext, starts, data)
	}
	// -f wins over the extension.
	path := filepath.Join(dir, "data.html")
	code, _, stderr := cli(t, "", "build", sample, "-f", "json", "-o", path)
	require.Equal(t, 0, code, stderr)
	data, err := os.ReadFile(path)
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(string(data), "{"))
	// -f brief writing a .md file writes the Markdown brief.
	path = filepath.Join(dir, "brief.md")
	code, _, stderr = cli(t, "", "query", fixture, "-f", "brief", "--title", "Morning brief", "-o", path)
	require.Equal(t, 0, code, stderr)
	data, err = os.ReadFile(path)
	require.NoError(t, err)
	assert.True(t, strings.HasPrefix(string(data), "# Morning brief\n\nArticles up to Wed 5 Jan 2022; 11 events.\n\n- During 2019 — "), "%s", data)
}

// A path that does not exist fails the command, names the path, and
// writes nothing, even when the other paths are good.
func TestMissingPathFails(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "timeline.html")
	for _, cmd := range [][]string{
		{"build", sample, filepath.Join(dir, "seedz"), "-o", target},
		{"query", fixture, filepath.Join(dir, "seedz"), "-o", target},
		{"show", "call-", filepath.Join(dir, "seedz")},
	} {
		code, out, stderr := cli(t, "", cmd...)
		assert.Equal(t, 1, code, "%v: %s", cmd, stderr)
		assert.Empty(t, out)
		assert.Contains(t, stderr, `seedz" does not exist; nothing was built`)
		assert.NotContains(t, stderr, "read ", "nothing was read")
		_, err := os.Stat(target)
		assert.True(t, os.IsNotExist(err), "nothing written")
	}
}

// query reads all-numeric dates, in articles and in --from/--to, by
// --date-order, as build does, and refuses ambiguous ones without it.
func TestQueryDateOrder(t *testing.T) {
	dir := t.TempDir()
	art := filepath.Join(dir, "a.txt")
	require.NoError(t, os.WriteFile(art, []byte("Leaders talk\n02/01/2022\nMOSCOW — President Putin held a telephone call with President Macron on Saturday, the Kremlin said.\n"), 0o644))
	day := func(args ...string) string {
		code, out, stderr := cli(t, "", append([]string{"query", art, "-f", "csv"}, args...)...)
		require.Equal(t, 0, code, stderr)
		rows := strings.Split(strings.TrimSpace(out), "\n")
		require.Len(t, rows, 2, out)
		return strings.Split(rows[1], ",")[1]
	}
	assert.Equal(t, "2022-01-01", day("--date-order", "dmy"), "published 2 January: the Saturday before")
	assert.Equal(t, "2022-01-29", day("--date-order", "mdy"), "published 1 February: the Saturday before")

	code, out, _ := cli(t, "", "query", fixture, "--from", "02/01/2022", "--to", "02/01/2022", "--date-order", "dmy", "--id")
	require.Equal(t, 0, code)
	assert.Contains(t, ids(t, out), "call-biden-zelenskyy-2022-01-02", "2 January")
	code, out, _ = cli(t, "", "query", fixture, "--from", "02/01/2022", "--to", "02/01/2022", "--date-order", "mdy", "--id")
	require.Equal(t, 0, code)
	assert.NotContains(t, ids(t, out), "call-biden-zelenskyy-2022-01-02", "1 February")
	code, _, stderr := cli(t, "", "query", fixture, "--from", "03/01/2022")
	assert.Equal(t, 2, code)
	assert.Equal(t, "dateline: --from: cannot read \"03/01/2022\": ambiguous day/month order; use --date-order dmy or mdy\n", stderr)
}

// --who twice: both took part; --any-who: either; --country: a
// participant of that country.
func TestQueryWhoAndCountry(t *testing.T) {
	q := func(args ...string) []string {
		code, out, stderr := cli(t, "", append([]string{"query", fixture, "--id"}, args...)...)
		require.Equal(t, 0, code, stderr)
		return ids(t, out)
	}
	biden, putin := q("--who", "biden"), q("--who", "putin")
	both := q("--who", "biden", "--who", "putin")
	assert.Equal(t, []string{"call-biden-putin-2021-12-07", "call-biden-putin-2021-12-30"}, both)
	assert.Equal(t, both, q("--who", "biden,putin"), "comma-separated is the same")
	either := q("--who", "biden", "--who", "putin", "--any-who")
	for _, id := range append(slices.Clone(biden), putin...) {
		assert.Contains(t, either, id)
	}
	assert.Len(t, either, len(biden)+len(putin)-len(both))
	assert.Equal(t, []string{"visit-putin-mongolia-2019"}, q("--country", "Mongolia"), "a country taking part")
	ukraine := q("--country", "ukraine")
	assert.Contains(t, ukraine, "call-blinken-zelenskyy-2021-w52", "a person of the country")
	assert.Contains(t, ukraine, "summit-eu-ukraine-2022-01", "the country itself")
	assert.NotContains(t, ukraine, "call-biden-putin-2021-12-07")
	assert.Equal(t, q("--country", "US"), q("--country", "United States"), "another name of the country")
}

// --since and --until are --from and --to; "now" and "-7d" count from
// --today.
func TestQuerySinceUntil(t *testing.T) {
	q := func(args ...string) []string {
		code, out, stderr := cli(t, "", append([]string{"query", fixture, "--id", "--today", "2022-01-05"}, args...)...)
		require.Equal(t, 0, code, stderr)
		return ids(t, out)
	}
	lastWeek := q("--from", "2021-12-29", "--to", "2022-01-05")
	require.NotEmpty(t, lastWeek)
	assert.Equal(t, lastWeek, q("--since", "-7d", "--until", "now"))
	assert.Equal(t, lastWeek, q("--since", "-1w", "--until", "+0d"))
	assert.Equal(t, q("--to", "2021-12-06"), q("--until", "-30d"))
	code, _, stderr := cli(t, "", "query", fixture, "--from", "2022-01-01", "--since", "-7d")
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "--from and --since are the same flag")
}

// --precise leaves out events less precise than the range asked for.
func TestQueryPrecise(t *testing.T) {
	q := func(args ...string) []string {
		code, out, stderr := cli(t, "", append([]string{"query", fixture, "--id"}, args...)...)
		require.Equal(t, 0, code, stderr)
		return ids(t, out)
	}
	assert.Contains(t, q("--from", "2019-06-01", "--to", "2019-06-30"), "visit-putin-mongolia-2019", "the year overlaps June")
	assert.Empty(t, q("--from", "2019-06-01", "--to", "2019-06-30", "--precise"), "but says nothing of June")
	assert.Equal(t, []string{"visit-putin-mongolia-2019"}, q("--from", "2019", "--to", "2019", "--precise"))
	assert.NotContains(t, q("--precise"), "visit-putin-mongolia-2019")
}

// --sort -date lists the newest first; --limit keeps the first N.
func TestQuerySortAndLimit(t *testing.T) {
	q := func(args ...string) []string {
		code, out, stderr := cli(t, "", append([]string{"query", fixture}, args...)...)
		require.Equal(t, 0, code, stderr)
		return ids(t, out)
	}
	all := q("-f", "json")
	newest := q("-f", "json", "--sort", "-date")
	require.Len(t, newest, len(all))
	undated := "meeting-biden-scholz-undated"
	assert.Equal(t, undated, all[len(all)-1])
	assert.Equal(t, undated, newest[len(newest)-1], "undated last either way")
	reversed := slices.Clone(all[:len(all)-1])
	slices.Reverse(reversed)
	assert.Equal(t, reversed, newest[:len(newest)-1])
	assert.Equal(t, newest[:3], q("--id", "--sort", "-date", "--limit", "3"), "the table too")
	assert.Equal(t, all[:2], q("-f", "json", "--limit", "2"))
	code, _, stderr := cli(t, "", "query", fixture, "--sort", "-date", "-f", "html")
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "--sort -date: the html format lays events out by date itself")
	code, _, stderr = cli(t, "", "query", fixture, "--sort", "newest")
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, `--sort: "newest" is not an order`)
}

// The table fits $COLUMNS (a terminal's width when stdout is one), and
// --id adds the ids `dateline show` takes.
func TestTableWidthAndID(t *testing.T) {
	cmd := func(env string, args ...string) string {
		t.Helper()
		code, out, stderr := cliEnv(t, []string{env}, append([]string{"query", fixture}, args...)...)
		require.Equal(t, 0, code, stderr)
		return out
	}
	wide := cmd("COLUMNS=")
	for _, l := range strings.Split(strings.TrimRight(cmd("COLUMNS=80"), "\n"), "\n") {
		assert.LessOrEqual(t, len([]rune(l)), 80, l)
	}
	assert.Greater(t, len(strings.SplitN(wide, "\n", 2)[0]), 80, "without a width the table is as wide as it needs")
	withID := cmd("COLUMNS=", "--id")
	assert.True(t, strings.HasPrefix(withID, "ID  "))
	id := "call-biden-putin-2021-12-30"
	require.Contains(t, ids(t, withID), id)
	code, out, stderr := cli(t, "", "show", id, fixture)
	require.Equal(t, 0, code, stderr)
	assert.True(t, strings.HasPrefix(out, id+"\n"), "the id column feeds dateline show")
	assert.Contains(t, out, "2 source sentences in 2 articles (Kyiv Wire, example.org)")
	code, _, stderr = cli(t, "", "query", fixture, "--id", "-f", "csv")
	assert.Equal(t, 2, code)
	assert.Contains(t, stderr, "--id adds a column to the table")
}

// Completion offers the accepted values of every enumerated flag.
func TestCompletion(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want []string
	}{
		{[]string{"query", "x", "--kind", ""}, []string{"call", "meeting", "visit", "talks", "summit"}},
		{[]string{"query", "x", "--status", ""}, []string{"occurred", "planned", "cancelled", "postponed"}},
		{[]string{"query", "x", "-f", ""}, []string{"json", "html", "brief", "table", "ics"}},
		{[]string{"build", "x", "--format", ""}, []string{"json", "md", "brief-md", "timelinejs"}},
		{[]string{"query", "x", "--sort", ""}, []string{"date", "-date"}},
		{[]string{"build", "x", "--date-order", ""}, []string{"dmy", "mdy"}},
		{[]string{"show", "id", "x", "-f", ""}, []string{"text", "json"}},
		{[]string{"tag", "-f", ""}, []string{"jsonl", "timeml"}},
	} {
		code, out, stderr := cli(t, "", append([]string{"__complete"}, tc.args...)...)
		require.Equal(t, 0, code, stderr)
		lines := strings.Split(strings.TrimSpace(out), "\n")
		for _, w := range tc.want {
			assert.Contains(t, lines, w, "%v", tc.args)
		}
		assert.Equal(t, ":4", lines[len(lines)-1], "no file names offered for %v", tc.args)
	}
}

// Messages say each thing once, name the flag, and quote file names
// safely.
func TestMessages(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"build", sample, "--frob"}, "dateline: unknown flag: --frob (see 'dateline build --help')\n"},
		{[]string{"build", sample, "-j", "two"}, "dateline: --jobs: \"two\" is not a whole number (see 'dateline build --help')\n"},
		{[]string{"query", sample, "--limit", "x"}, "dateline: --limit: \"x\" is not a whole number (see 'dateline query --help')\n"},
		{[]string{"query", sample, "--status", "rumoured"}, "dateline: --status: \"rumoured\" is not a status: use occurred, planned, cancelled or postponed\n"},
		{[]string{"query"}, "dateline: query needs at least one PATH: a file, a folder, or - for stdin; or --db FILE, a store made by 'dateline add' (see 'dateline query --help')\n"},
	} {
		code, _, stderr := cli(t, "", tc.args...)
		assert.Equal(t, 2, code, "%v", tc.args)
		assert.Equal(t, tc.want, stderr, "%v", tc.args)
	}

	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "undated.txt"), []byte("Leaders talk\nThe ministers met on Friday in Geneva.\n"), 0o644))
	bad := filepath.Join(dir, "evil\x1b[31m\u202egnp.txt")
	require.NoError(t, os.WriteFile(bad, nil, 0o644))
	data, err := os.ReadFile(sample)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "good.txt"), data, 0o644))
	code, _, stderr := cli(t, "", "build", dir, "-f", "csv")
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, stderr, `evil\x1b[31m\u202egnp.txt: empty file`, "control and bidi characters escaped")
	assert.NotContains(t, stderr, "\x1b")
	assert.NotContains(t, stderr, "\u202e")
	assert.Contains(t, stderr, "undated.txt: no publication date and no dated dateline (pass --default-date YYYY-MM-DD to read it anyway)\n")
	assert.Contains(t, stderr, "dateline: read 1 article (3 files,")
	assert.NotContains(t, stderr, "dateline: dateline")
}

// A calendar with a bad event keeps every good one and reports the bad
// one; coarse dates are left out and counted unless --ics-coarse.
func TestICSReportsBadEvents(t *testing.T) {
	data, err := os.ReadFile(fixture)
	require.NoError(t, err)
	broken := regexp.MustCompile(`"start": "2021-12-07"`).ReplaceAll(data, []byte(`"start": "2021-12-09"`))
	// The end before the start is refused when the JSON is read; a
	// granularity no calendar knows is written with its days.
	path := filepath.Join(t.TempDir(), "t.json")
	require.NoError(t, os.WriteFile(path, broken, 0o644))
	code, out, stderr := cli(t, "", "query", path, "-f", "ics")
	require.Equal(t, 0, code, stderr)
	assert.Contains(t, stderr, `skipped`, "the bad event is named")
	assert.Contains(t, stderr, "when.end 2021-12-07 is before when.start 2021-12-09")
	assert.Equal(t, 8, strings.Count(out, "BEGIN:VEVENT"), "the other dated events are written")
	assert.Contains(t, stderr, "left 1 event dated only to a quarter, a year or longer out of the calendar (--ics-coarse keeps them)")
	code, out, stderr = cli(t, "", "query", path, "-f", "ics", "--ics-coarse")
	require.Equal(t, 0, code, stderr)
	assert.Equal(t, 9, strings.Count(out, "BEGIN:VEVENT"))
	assert.NotContains(t, stderr, "left")
}

// The brief: one line per event, outlets named, --title.
func TestBrief(t *testing.T) {
	code, out, stderr := cli(t, "", "query", fixture, "-f", "brief", "--title", "Ukraine: the diplomacy")
	require.Equal(t, 0, code, stderr)
	lines := strings.Split(strings.TrimRight(out, "\n"), "\n")
	assert.Equal(t, "Ukraine: the diplomacy", lines[0])
	assert.Equal(t, "Articles up to Wed 5 Jan 2022; 11 events.", lines[1])
	assert.Len(t, lines, 3+11)
	assert.Contains(t, lines, "Thu 30 Dec 2021 — Biden–Putin phone call (occurred; Kyiv Wire, example.org)")
	assert.Contains(t, lines, "During 2019 — Putin–Mongolia visit (occurred; Steppe Post)")
	assert.Equal(t, "Undated — Biden–Scholz meeting (planned)", lines[len(lines)-1])
}

// tag --format timeml is well-formed XML whatever the text holds.
func TestTagTimeMLIsXML(t *testing.T) {
	in := "R&D talks <b>resumed</b> on Monday & will end \"next week\".\n"
	code, out, stderr := cli(t, in, "tag", "--anchor", "2022-01-05", "-f", "timeml")
	require.Equal(t, 0, code, stderr)
	assert.Equal(t, `R&amp;D talks &lt;b&gt;resumed&lt;/b&gt; on <TIMEX3 tid="t1" type="DATE" value="2022-01-03">Monday</TIMEX3> &amp; will end &quot;<TIMEX3 tid="t2" type="DATE" value="2022-W02">next week</TIMEX3>&quot;.`+"\n", out)
	var doc struct {
		Timexes []string `xml:"TIMEX3"`
	}
	require.NoError(t, xml.Unmarshal([]byte("<TEXT>"+out+"</TEXT>"), &doc))
	assert.Equal(t, []string{"Monday", "next week"}, doc.Timexes)
}

// The hostile timeline (every string field a payload) through the binary,
// in every format: it renders, and no escape sequence reaches the output.
func TestHostileTimelineEveryFormat(t *testing.T) {
	hostile := "../../testdata/render/hostile.json"
	code, out, _ := cli(t, "", "query", "--help")
	require.Equal(t, 0, code)
	formats := regexp.MustCompile(`output format: ([a-z, -]+) \(default`).FindStringSubmatch(out)
	require.NotNil(t, formats, out)
	for _, f := range strings.Split(formats[1], ", ") {
		args := []string{"query", hostile, "-f", f}
		if f == "ics" {
			args = append(args, "--ics-coarse")
		}
		code, out, stderr := cli(t, "", args...)
		assert.Equal(t, 0, code, "%s: %s", f, stderr)
		assert.NotEmpty(t, out, f)
		assert.NotContains(t, out, "\x1b", f)
		assert.NotContains(t, stderr, "\x1b", f)
	}
}
