package render

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"html"
	"os"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	ical "github.com/emersion/go-ical"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dateline/dateline/timeline"
)

func TestJSONRoundTrip(t *testing.T) {
	for _, fixture := range []string{"sample.json", "malicious.json"} {
		tl := loadFixture(t, fixture)
		out := renderString(t, "json", tl)
		var back timeline.Timeline
		require.NoError(t, json.Unmarshal([]byte(out), &back))
		assert.Equal(t, *tl, back, fixture)
		assert.True(t, strings.HasSuffix(out, "}\n"), "trailing newline")
		assert.True(t, strings.HasPrefix(out, "{\n  \"schema\": \"dateline/v1\",\n  \"events\": ["), "two-space indent, schema first")
	}
}

// The contract's shape: arrays are never null, place and when are null
// when absent rather than missing.
func TestJSONShape(t *testing.T) {
	tl := &timeline.Timeline{Events: []timeline.Event{{ID: "x", Kind: timeline.Call}}}
	var doc struct {
		Schema string                       `json:"schema"`
		Events []map[string]json.RawMessage `json:"events"`
	}
	require.NoError(t, json.Unmarshal([]byte(renderString(t, "json", tl)), &doc))
	assert.Equal(t, timeline.Schema, doc.Schema, "schema filled in")
	e := doc.Events[0]
	for field, want := range map[string]string{"place": "null", "when": "null", "participants": "[]", "sources": "[]"} {
		assert.Equal(t, want, string(e[field]), field)
	}
	assert.Equal(t, "{\n  \"schema\": \"dateline/v1\",\n  \"events\": []\n}\n", renderString(t, "json", nil))
}

func TestJSONL(t *testing.T) {
	tl := loadFixture(t, "malicious.json")
	out := renderString(t, "jsonl", tl)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	require.Len(t, lines, len(tl.Events), "one line per event, newlines inside text stay escaped")
	for i, line := range lines {
		var e timeline.Event
		require.NoError(t, json.Unmarshal([]byte(line), &e), "line %d", i+1)
		assert.Equal(t, tl.Events[i], e)
	}
}

func TestCSV(t *testing.T) {
	for _, fixture := range []string{"sample.json", "malicious.json"} {
		tl := loadFixture(t, fixture)
		out := renderString(t, "csv", tl)
		assert.NotContains(t, strings.ReplaceAll(out, "\r\n", ""), "\n\n", "records end in CRLF")
		assert.True(t, strings.HasSuffix(out, "\r\n"))
		rows, err := csv.NewReader(strings.NewReader(out)).ReadAll()
		require.NoError(t, err, fixture)
		require.Len(t, rows, len(tl.Events)+1)
		assert.Equal(t, CSVHeader, rows[0])
		col := map[string]int{}
		for i, h := range rows[0] {
			col[h] = i
		}
		for i, e := range tl.Events {
			row := rows[i+1]
			assert.Equal(t, e.ID, row[col["id"]])
			assert.Equal(t, string(e.Status), row[col["status"]])
			assert.Equal(t, fmt.Sprint(len(e.Sources)), row[col["sources"]])
			if e.When == nil {
				assert.Empty(t, row[col["start"]])
			} else {
				assert.Equal(t, e.When.Start().String(), row[col["start"]])
				assert.Equal(t, e.When.End().String(), row[col["end"]])
				assert.Equal(t, e.When.Value, row[col["date"]])
			}
			var names []string
			for _, p := range e.Participants {
				names = append(names, p.Name)
			}
			assert.Equal(t, defuse(strings.Join(names, "; ")), row[col["participants"]])
			assert.Equal(t, defuse(e.Title), row[col["title"]], "title survives quoting")
			arts := articlesOf(&e)
			assert.Equal(t, fmt.Sprint(len(arts)), row[col["articles"]])
			assert.Equal(t, defuse(strings.Join(outlets(arts), "; ")), row[col["outlets"]])
		}
	}
}

func TestCSVDefusesFormulas(t *testing.T) {
	for in, want := range map[string]string{
		"=HYPERLINK(\"x\")": "'=HYPERLINK(\"x\")",
		"+1":                "'+1",
		"-2":                "'-2",
		"@SUM(A1)":          "'@SUM(A1)",
		"Joe Biden":         "Joe Biden",
		"":                  "",
		"a=b":               "a=b",
		" =1+1":             "' =1+1",
		"\n=1":              "'\n=1",
		"＝1":                "'＝1",
		"red\x1b[31m":       "red[31m",
	} {
		assert.Equal(t, want, defuse(in), in)
	}
}

// parseICS reads an iCalendar file with a real parser.
func parseICS(t *testing.T, s string) *ical.Calendar {
	t.Helper()
	cal, err := ical.NewDecoder(strings.NewReader(s)).Decode()
	require.NoError(t, err)
	return cal
}

func TestICS(t *testing.T) {
	tl := loadFixture(t, "sample.json")
	out := renderString(t, "ics", tl)
	cal := parseICS(t, out)
	assert.Equal(t, "2.0", cal.Props.Get(ical.PropVersion).Value)
	assert.NotEmpty(t, cal.Props.Get(ical.PropProductID).Value)

	byUID := map[string]ical.Event{}
	for _, ev := range cal.Events() {
		uid, err := ev.Props.Text(ical.PropUID)
		require.NoError(t, err)
		byUID[uid] = ev
	}
	dated := 0
	for _, e := range tl.Events {
		ev, ok := byUID[e.ID+"@dateline"]
		if e.When == nil || e.When.Coarse() {
			assert.False(t, ok, "undated or year-only %s left out", e.ID)
			continue
		}
		dated++
		require.True(t, ok, e.ID)
		start := ev.Props.Get(ical.PropDateTimeStart)
		assert.Equal(t, ical.ValueDate, start.ValueType(), "all-day")
		s, err := ev.DateTimeStart(time.UTC)
		require.NoError(t, err)
		end, err := ev.DateTimeEnd(time.UTC)
		require.NoError(t, err)
		assert.Equal(t, e.When.Start().String(), s.Format(isoDay))
		last := e.When.End().MidnightUTC()
		assert.Equal(t, last.AddDate(0, 0, 1), end, "%s: DTEND is the day after the last day", e.ID)

		summary, err := ev.Props.Text(ical.PropSummary)
		require.NoError(t, err)
		assert.Equal(t, e.Title, summary)
		if e.Place != nil {
			loc, err := ev.Props.Text(ical.PropLocation)
			require.NoError(t, err)
			assert.Equal(t, *e.Place, loc)
		} else {
			assert.Nil(t, ev.Props.Get(ical.PropLocation))
		}
		status, err := ev.Status()
		require.NoError(t, err)
		want := map[timeline.Status]ical.EventStatus{
			timeline.Occurred: ical.EventConfirmed, timeline.Planned: ical.EventTentative,
			timeline.Postponed: ical.EventTentative, timeline.Cancelled: ical.EventCancelled,
		}[e.Status]
		assert.Equal(t, want, status, e.ID)
		desc, err := ev.Props.Text(ical.PropDescription)
		require.NoError(t, err)
		for _, p := range e.Participants {
			assert.Contains(t, desc, p.Name)
		}
		for _, src := range e.Sources {
			assert.Contains(t, desc, src.Sentence)
			if o := outletOf(src); o != "" {
				assert.Contains(t, desc, o+": "+src.Headline, "the outlet first")
			}
		}
		if u := webURLOf(e.Sources[0]); u != "" {
			got, err := ev.Props.URI(ical.PropURL)
			require.NoError(t, err)
			assert.Equal(t, u, got.String())
		}
		if e.Status == timeline.Postponed {
			assert.Contains(t, desc, "postponed")
		}
		stamp, err := ev.Props.DateTime(ical.PropDateTimeStamp, time.UTC)
		require.NoError(t, err)
		assert.Equal(t, latestPublished(&e).String(), stamp.Format(isoDay), "DTSTAMP from the newest source")
	}
	assert.Len(t, byUID, dated)
	name := cal.Props.Get("X-WR-CALNAME")
	require.NotNil(t, name)
	assert.Equal(t, "TEXT", name.Params.Get(ical.ParamValue), "so that ical.js unescapes it")

	// --ics-coarse keeps the year-only event, across its whole year.
	coarse := parseICS(t, renderWith(t, &ICSRenderer{Coarse: true}, tl))
	assert.Len(t, coarse.Events(), dated+1)
	assert.Equal(t, 1, CoarseEvents(tl))
}

// renderWith renders tl with r.
func renderWith(t *testing.T, r Renderer, tl *timeline.Timeline) string {
	t.Helper()
	var buf bytes.Buffer
	require.NoError(t, r.Render(&buf, tl))
	return buf.String()
}

func TestICSLines(t *testing.T) {
	for _, fixture := range []string{"sample.json", "malicious.json"} {
		out := renderString(t, "ics", loadFixture(t, fixture))
		require.True(t, strings.HasSuffix(out, "\r\n"))
		lines := strings.Split(strings.TrimSuffix(out, "\r\n"), "\r\n")
		for i, line := range lines {
			assert.LessOrEqual(t, len(line), 75, "%s line %d is %d octets", fixture, i+1, len(line))
			assert.True(t, utf8.ValidString(line), "%s line %d splits a UTF-8 sequence", fixture, i+1)
			assert.NotContains(t, line, "\n", "bare LF in %s line %d", fixture, i+1)
		}
		parseICS(t, out)
	}
}

// The malicious fixture's text, with newlines and ; , \ in it, comes back
// from a real parser exactly.
func TestICSEscapingRoundTrip(t *testing.T) {
	tl := loadFixture(t, "malicious.json")
	cal := parseICS(t, renderString(t, "ics", tl))
	events := cal.Events()
	require.Len(t, events, 2)
	for i, ev := range events {
		summary, err := ev.Props.Text(ical.PropSummary)
		require.NoError(t, err)
		assert.Equal(t, tl.Events[i].Title, summary)
		loc, err := ev.Props.Text(ical.PropLocation)
		require.NoError(t, err)
		assert.Equal(t, *tl.Events[i].Place, loc)
	}
}

func TestICSText(t *testing.T) {
	for in, want := range map[string]string{
		`a\b`:          `a\\b`,
		"a;b,c":        `a\;b\,c`,
		"one\ntwo":     `one\ntwo`,
		"one\r\ntwo":   `one\ntwo`,
		"bell\a":       "bell",
		"c1\u0085line": `c1\nline`,
		"esc\x1b[31m":  "esc[31m",
		"tab\there":    "tab\there",
		"Zürich ☃":     "Zürich ☃",
		"bad\xffutf-8": "bad\uFFFDutf-8",
	} {
		assert.Equal(t, want, icsText(in), "%q", in)
	}
}

func TestICSFold(t *testing.T) {
	tests := []string{
		strings.Repeat("a", 74),
		strings.Repeat("a", 200),
		strings.Repeat("é", 100), // 2-octet runes
		strings.Repeat("習", 100), // 3-octet runes
		strings.Repeat("🇺🇦", 40), // 4-octet runes
		"x" + strings.Repeat("€", 50),
	}
	for _, value := range tests {
		checkFold(t, value)
	}
}

// checkFold folds NAME:value and checks every physical line is at most 75
// octets and valid UTF-8, and that unfolding gives the line back.
func checkFold(t *testing.T, value string) {
	t.Helper()
	var buf bytes.Buffer
	w := &icsWriter{w: bufioWriter(&buf)}
	w.line("SUMMARY", value)
	require.NoError(t, w.w.Flush())
	out := buf.String()
	require.True(t, strings.HasSuffix(out, "\r\n"))
	for _, l := range strings.Split(strings.TrimSuffix(out, "\r\n"), "\r\n") {
		require.LessOrEqual(t, len(l), 75)
		require.True(t, utf8.ValidString(l), "%q", l)
	}
	require.Equal(t, "SUMMARY:"+value+"\r\n", strings.ReplaceAll(out, "\r\n ", ""))
}

func FuzzICSFold(f *testing.F) {
	f.Add("Joe Biden – Vladimir Putin phone call")
	f.Add(strings.Repeat("習近平 ", 30))
	f.Fuzz(func(t *testing.T, s string) {
		checkFold(t, icsText(s))
	})
}

func TestTimelineJS(t *testing.T) {
	tl := loadFixture(t, "sample.json")
	var doc struct {
		Title  tjsSlide   `json:"title"`
		Events []tjsSlide `json:"events"`
	}
	require.NoError(t, json.Unmarshal([]byte(renderString(t, "timelinejs", tl)), &doc))
	require.Len(t, doc.Events, len(tl.Events)-1, "undated event left out")
	assert.Contains(t, doc.Title.Text.Text, "1 undated")
	byID := map[string]tjsSlide{}
	for _, s := range doc.Events {
		byID[s.UniqueID] = s
	}
	day := byID["call-biden-putin-2021-12-30"]
	assert.Equal(t, &tjsDate{Year: "2021", Month: "12", Day: "30"}, day.StartDate)
	assert.Nil(t, day.EndDate)
	assert.Equal(t, "Thu 30 Dec 2021", day.DisplayDate)
	assert.Equal(t, "call", day.Group)
	assert.Equal(t, "Joe Biden – Vladimir Putin phone call", day.Text.Headline)
	assert.Contains(t, day.Text.Text, "<mark>On Thursday (local time)</mark>")
	assert.Contains(t, day.Text.Text, "<p>2 articles</p>")
	assert.Contains(t, day.Text.Text, `<p>— <strong>example.org</strong>: <a href="https://example.org/news/second-call" rel="noopener noreferrer">`)

	// An end date is the end of the last day: TimelineJS reads a day as
	// its start.
	endOf := func(y, m, d string) *tjsDate {
		return &tjsDate{Year: y, Month: m, Day: d, Hour: "23", Minute: "59", Second: "59"}
	}
	week := byID["meeting-nato-russia-council-2022-w02"]
	assert.Equal(t, &tjsDate{Year: "2022", Month: "1", Day: "10"}, week.StartDate)
	assert.Equal(t, endOf("2022", "1", "16"), week.EndDate)
	assert.Equal(t, "Week of 10 Jan 2022", week.DisplayDate)
	assert.Equal(t, "meeting", week.Group)

	month := byID["visit-macron-russia-2021-12"]
	assert.Equal(t, &tjsDate{Year: "2021", Month: "12", Day: "1"}, month.StartDate, "a span starts on its first day")
	assert.Equal(t, endOf("2021", "12", "31"), month.EndDate, "a month spans its days")
	assert.Equal(t, "December 2021", month.DisplayDate)
	require.NotNil(t, month.Autolink)
	assert.False(t, *month.Autolink)

	year := byID["visit-putin-mongolia-2019"]
	assert.Equal(t, &tjsDate{Year: "2019", Month: "1", Day: "1"}, year.StartDate)
	assert.Equal(t, endOf("2019", "12", "31"), year.EndDate, "a year spans its days")
}

func TestTimelineJSEscapesHTML(t *testing.T) {
	out := renderString(t, "timelinejs", loadFixture(t, "malicious.json"))
	var doc struct {
		Events []tjsSlide `json:"events"`
	}
	require.NoError(t, json.Unmarshal([]byte(out), &doc))
	for _, s := range doc.Events {
		for _, field := range []string{s.Text.Headline, s.Text.Text, s.Group, s.DisplayDate} {
			// The only tags are the ones the renderer writes.
			stripped := field
			for _, tag := range []string{"<p>", "</p>", "<strong>", "</strong>", "<blockquote>", "</blockquote>", "<mark>", "</mark>"} {
				stripped = strings.ReplaceAll(stripped, tag, "")
			}
			assert.NotContains(t, stripped, "<", "unescaped markup in %q", field)
		}
	}
	assert.Contains(t, doc.Events[0].Text.Headline, "&lt;script&gt;")
	hostile := loadFixture(t, "hostile.json")
	require.NoError(t, json.Unmarshal([]byte(renderString(t, "timelinejs", hostile)), &doc))
	for i, s := range doc.Events {
		// TimelineJS decodes group and display_date once before it
		// writes them as HTML: escaped twice, they come out as text.
		once := html.UnescapeString(s.Group)
		assert.NotContains(t, once, "<", "group, decoded once")
		assert.Equal(t, oneLine(string(hostile.Events[i].Kind)), html.UnescapeString(once))
		assert.NotContains(t, html.UnescapeString(s.DisplayDate), "<")
	}
}

// The fixtures are what the tests say they are.
func TestFixtures(t *testing.T) {
	tl := loadFixture(t, "sample.json")
	statuses, grans := map[timeline.Status]bool{}, map[string]bool{}
	undated, multi, conflicts, roles := 0, 0, 0, 0
	for _, e := range tl.Events {
		statuses[e.Status] = true
		if e.When == nil {
			undated++
		} else {
			grans[string(e.When.Granularity)] = true
		}
		if len(e.Sources) > 1 {
			multi++
		}
		conflicts += len(e.Conflicts)
		for _, p := range e.Participants {
			if p.Role != "" && p.Country != "" {
				roles++
			}
		}
	}
	assert.Len(t, statuses, len(timeline.Statuses), "every status")
	assert.True(t, grans["day"] && grans["week"] && grans["month"])
	assert.Positive(t, undated)
	assert.Positive(t, multi)
	assert.Positive(t, conflicts)
	assert.Positive(t, roles)
	_, err := os.Stat(testdata + "/malicious.json")
	require.NoError(t, err)
}

func bufioWriter(w *bytes.Buffer) *bufio.Writer { return bufio.NewWriter(w) }

// An event whose dates are impossible (the end before the start) is
// reported by id; the rest of the calendar is still written and still
// valid.
func TestICSBadDate(t *testing.T) {
	tl := loadFixture(t, "sample.json")
	tl.Events[1].When = &timeline.When{Value: "2021-12-07", Range: rng("2021-12-07", "2021-12-06"), Granularity: "day"}
	var buf bytes.Buffer
	tl.Events[2].When = &timeline.When{Value: "2021-12", Range: rng("2021-12-31", "2021-12-01"), Granularity: "month"}
	err := ICSRenderer{}.Render(&buf, tl)
	var left *LeftOut
	require.ErrorAs(t, err, &left)
	require.Len(t, left.Errs, 2, "each bad event reported")
	assert.Contains(t, left.Errs[0].Error(), `event "visit-macron-russia-2021-12"`)
	assert.Contains(t, left.Errs[1].Error(), `event "call-biden-putin-2021-12-07"`)
	assert.Contains(t, left.Errs[0].Error(), "2021-12-07..2021-12-06")
	cal := parseICS(t, buf.String())
	assert.Len(t, cal.Events(), 7, "the other dated events are written")
}
