package article

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dateline/dateline/timeline"
	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// readAll reads paths and returns the articles and the error messages.
func readAll(t testing.TB, paths []string, opt ReadOptions) ([]timeline.Article, []string, Stats) {
	t.Helper()
	var arts []timeline.Article
	var errs []string
	st := Read(paths, opt, func(a timeline.Article) { arts = append(arts, a) }, func(err error) {
		var re *ReadError
		require.ErrorAs(t, err, &re, "every reported error is a *ReadError")
		errs = append(errs, err.Error())
	})
	return arts, errs, st
}

// describe prints what a test needs to see of an article, one field a line.
func describe(a timeline.Article) string {
	var b strings.Builder
	fmt.Fprintf(&b, "id:        %s\n", a.ID)
	fmt.Fprintf(&b, "path:      %s\n", a.Path)
	if a.URL != "" {
		fmt.Fprintf(&b, "url:       %s\n", a.URL)
	}
	fmt.Fprintf(&b, "publisher: %s\n", a.Publisher)
	fmt.Fprintf(&b, "headline:  %s\n", a.Headline)
	fmt.Fprintf(&b, "published: %s\n", a.Published)
	if dl := a.Dateline; dl.Text != "" {
		d := "none"
		if dl.Date != date.Zero {
			d = dl.Date.String()
		}
		fmt.Fprintf(&b, "dateline:  %q place=%q country=%q agency=%q date=%s end=%d\n",
			dl.Text, dl.Place, dl.Country, dl.Agency, d, dl.End)
	}
	body := a.Body
	if len(body) > 70 {
		body = body[:70] + "…"
	}
	fmt.Fprintf(&b, "body:      %q\n", body)
	return b.String()
}

func TestReadGolden(t *testing.T) {
	arts, errs, st := readAll(t, []string{"../../testdata/articles"}, ReadOptions{})
	var b strings.Builder
	for _, a := range arts {
		b.WriteString(describe(a))
		b.WriteString("\n")
	}
	b.WriteString("errors:\n")
	for _, e := range errs {
		b.WriteString("  " + e + "\n")
	}
	fmt.Fprintf(&b, "stats: %+v\n", st)
	golden := filepath.Join("..", "..", "testdata", "articles", "read.golden")
	if *update {
		require.NoError(t, os.WriteFile(golden, []byte(b.String()), 0o644))
	}
	want, err := os.ReadFile(golden)
	require.NoError(t, err, "run go test -update to create it")
	assert.Equal(t, string(want), b.String())
	assert.Equal(t, len(arts), st.Read)
	assert.Equal(t, len(errs), st.Skipped)
}

// TestReadReportsEveryProblem checks the messages a user sees, one per
// problem, each naming the file and what is wrong.
func TestReadReportsEveryProblem(t *testing.T) {
	_, errs, _ := readAll(t, []string{"../../testdata/articles"}, ReadOptions{})
	want := []string{
		`../../testdata/articles/json/array.json: record 2: wrong JSON type: expected a JSON object, found a string`,
		`../../testdata/articles/json/array.json: record 3: field "pubDate": cannot read "Jan 32, 2022": no such date`,
		`../../testdata/articles/json/number.json: wrong JSON type: expected a JSON object or an array of objects, found a number`,
		`../../testdata/articles/json/records.jsonl:2: wrong JSON type: expected a JSON object, found a number`,
		`../../testdata/articles/json/records.jsonl:4: field "text": article has no text: none of the fields maintext, text, body, content, description holds text`,
		`../../testdata/articles/json/records.jsonl:6: invalid JSON: unexpected end of JSON input`,
		`../../testdata/articles/json/records.jsonl:8: field "title": wrong JSON type: expected a string, found a number`,
		`../../testdata/articles/json/strings.json: record 1: wrong JSON type: expected a JSON object, found a string`,
		`../../testdata/articles/json/strings.json: record 2: wrong JSON type: expected a JSON object, found a string`,
		`../../testdata/articles/json/truncated.json: invalid JSON: the file ends in the middle of a value (truncated?)`,
		`../../testdata/articles/text/ambiguous-date.txt:2: field "date": cannot read "02/01/2022": ambiguous day/month order; use --date-order dmy or mdy`,
		`../../testdata/articles/text/dateline-without-date.txt: no publication date and no dated dateline; give a default date to read it anyway`,
		`../../testdata/articles/text/empty.txt: empty file`,
		`../../testdata/articles/text/french.txt: not English (fr)`,
		`../../testdata/articles/text/headline-only.txt:2: article has no text`,
		`../../testdata/articles/text/image.txt: binary file (contains NUL bytes), not an article`,
		`../../testdata/articles/text/malformed-date.txt:2: field "date": cannot read "February 30, 2022": no such date`,
		`../../testdata/articles/text/no-date.txt: no publication date and no dated dateline; give a default date to read it anyway`,
		`../../testdata/articles/text/russian.txt: not English (ru)`,
	}
	assert.Equal(t, want, errs)
}

func TestReadDateOrderOption(t *testing.T) {
	arts, errs, _ := readAll(t, []string{"../../testdata/articles/text/ambiguous-date.txt"}, ReadOptions{DateOrder: DayFirst})
	require.Empty(t, errs)
	require.Len(t, arts, 1)
	assert.Equal(t, "2022-01-02", arts[0].Published.String())

	arts, errs, _ = readAll(t, []string{"../../testdata/articles/text/ambiguous-date.txt"}, ReadOptions{DateOrder: MonthFirst})
	require.Empty(t, errs)
	assert.Equal(t, "2022-02-01", arts[0].Published.String())
}

func TestReadDefaultDate(t *testing.T) {
	opt := ReadOptions{DefaultDate: date.New(2022, 3, 1)}
	arts, errs, _ := readAll(t, []string{"../../testdata/articles/text/no-date.txt", "../../testdata/articles/text/dateline-without-date.txt"}, opt)
	require.Empty(t, errs)
	require.Len(t, arts, 2)
	for _, a := range arts {
		assert.Equal(t, "2022-03-01", a.Published.String(), a.ID)
	}
	assert.Equal(t, "Lisbon", arts[1].Dateline.Place)
	assert.Equal(t, date.Zero, arts[1].Dateline.Date)
}

func TestReadMissingAndExplicitFiles(t *testing.T) {
	arts, errs, st := readAll(t, []string{"../../testdata/articles/nope.txt", "../../testdata/articles/notes.md"}, ReadOptions{DefaultDate: date.New(2022, 1, 1)})
	require.Len(t, errs, 1)
	assert.Equal(t, "../../testdata/articles/nope.txt: no such file or directory", errs[0])
	// A file named on the command line is read whatever its extension.
	require.Len(t, arts, 1)
	assert.Equal(t, "../../testdata/articles/notes.md", arts[0].ID)
	assert.Equal(t, Stats{Files: 1, Read: 1, Skipped: 1, Bytes: st.Bytes}, st)
}

func TestReadStdin(t *testing.T) {
	tests := []struct {
		name, input string
		want        []string // IDs
	}{
		{"text", "Ministers meet\nJan 3, 2022\nThe ministers met on Monday.\n", []string{"-"}},
		{"json object", `  {"title": "A", "date": "2022-01-03", "text": "The ministers met on Monday."}`, []string{"-"}},
		{"json array", `[{"title": "A", "date": "2022-01-03", "text": "One."}, {"title": "B", "date": "2022-01-04", "text": "Two."}]`, []string{"-#1", "-#2"}},
		{"json lines", "{\"date\": \"2022-01-03\", \"text\": \"One.\"}\n{\"date\": \"2022-01-04\", \"text\": \"Two.\", \"url\": \"https://x.example/2\"}\n", []string{"-#1", "https://x.example/2"}},
		{"pretty objects", "{\n \"date\": \"2022-01-03\",\n \"text\": \"One.\"\n}\n{\n \"date\": \"2022-01-04\",\n \"text\": \"Two.\"\n}\n", []string{"-#1", "-#2"}},
		{"byte-order mark", "\ufeff{\"date\": \"2022-01-03\", \"text\": \"One.\"}", []string{"-"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, errs, _ := readAll(t, []string{"-"}, ReadOptions{Stdin: strings.NewReader(tt.input)})
			require.Empty(t, errs)
			var ids []string
			for _, a := range arts {
				ids = append(ids, a.ID)
				assert.Equal(t, "-", a.Path)
			}
			assert.Equal(t, tt.want, ids)
		})
	}
}

func TestParseText(t *testing.T) {
	tests := []struct {
		name, in            string
		headline, published string
		place, datelineDate string
		bodyStart           string
	}{
		{"headline and date", "Leaders meet\nJan 02, 2022\nThe leaders met.", "Leaders meet", "2022-01-02", "", "", "The leaders met."},
		{"blank lines in header", "\n\nLeaders meet\n\n2 January 2022\n\n\nThe leaders met.\n\n", "Leaders meet", "2022-01-02", "", "", "The leaders met."},
		{"date line only", "2022-01-02\nThe leaders met.", "", "2022-01-02", "", "", "The leaders met."},
		{"dateline gives the date", "OSLO, March 5, 2021 (NTB) - The leaders met.", "", "2021-03-05", "Oslo", "2021-03-05", "OSLO, March 5"},
		{"headline then dateline", "Leaders meet\nOSLO, March 5, 2021 (NTB) - The leaders met.", "Leaders meet", "2021-03-05", "Oslo", "2021-03-05", "OSLO"},
		{"dateline year from header", "Leaders meet\nDec 31, 2021\nOSLO, Jan 1 (NTB) - The leaders met.", "Leaders meet", "2021-12-31", "Oslo", "2022-01-01", "OSLO"},
		{"date-like headline over a date", "03/08/1998 06:26:00\nMar 08, 1998\nThe leaders met.", "03/08/1998 06:26:00", "1998-03-08", "", "", "The leaders met."},
		{"first line a sentence", "The leaders met in Oslo on Friday.\nOSLO, March 5, 2021 (NTB) - More.", "", "", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ParseText("x.txt", []byte(tt.in), ReadOptions{})
			if tt.published == "" {
				require.ErrorIs(t, err, ErrNoDate)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, "x.txt", a.ID)
			assert.Equal(t, tt.headline, a.Headline)
			assert.Equal(t, tt.published, a.Published.String())
			assert.Equal(t, tt.place, a.Dateline.Place)
			if tt.datelineDate != "" {
				assert.Equal(t, tt.datelineDate, a.Dateline.Date.String())
				assert.Equal(t, a.Dateline.Date, a.Anchor())
			}
			assert.True(t, strings.HasPrefix(a.Body, tt.bodyStart), "body %q", a.Body)
		})
	}
}

func TestParseTextInvalidUTF8(t *testing.T) {
	a, err := ParseText("x.txt", []byte("Envoy meets minister\nJan 05, 2022\nCaf\xe9 talks \xff ended."), ReadOptions{})
	require.NoError(t, err)
	assert.Equal(t, "Caf\uFFFD talks \uFFFD ended.", a.Body)
}

func TestParseTextErrors(t *testing.T) {
	tests := []struct {
		name, in string
		want     error
		msg      string
	}{
		{"empty", "", ErrEmpty, "x.txt: empty file"},
		{"blank", " \n\t\n", ErrEmpty, "x.txt: empty file"},
		{"utf-16", "\xff\xfeH\x00i\x00", ErrUTF16, "x.txt: UTF-16 text (starts with a UTF-16 byte-order mark); convert it to UTF-8"},
		{"binary", "PK\x03\x04\x00\x00", ErrBinary, "x.txt: binary file (contains NUL bytes), not an article"},
		{"ambiguous", "Headline\n03/04/2022\nBody.", ErrAmbiguousDate, `x.txt:2: field "date": cannot read "03/04/2022": ambiguous day/month order; use --date-order dmy or mdy`},
		{"no year", "Headline\n\nMarch 4\nBody.", ErrNoYear, `x.txt:3: field "date": cannot read "March 4": date has no year`},
		{"bad day", "2022-02-29\nBody.", ErrBadDate, `x.txt:1: field "date": cannot read "2022-02-29": no such date`},
		{"no text", "Headline\n2022-02-28\n\n", ErrNoText, `x.txt:2: article has no text`},
		{"no date", "Headline\nBody without a date.", ErrNoDate, `x.txt: no publication date and no dated dateline; give a default date to read it anyway`},
		{"dateline without date", "ROME (ANSA) - Body.", ErrNoDate, `x.txt: no publication date and no dated dateline; give a default date to read it anyway`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseText("x.txt", []byte(tt.in), ReadOptions{})
			require.ErrorIs(t, err, tt.want)
			assert.EqualError(t, err, tt.msg)
		})
	}
}

func TestParseRecord(t *testing.T) {
	tests := []struct {
		name, in                      string
		headline, published, url, src string
		body                          string
	}{
		{"news-please", `{"title":"T","date_publish":"2022-01-02 10:00:00","maintext":"Long body text.","description":"Short.","url":"https://a.example/1","source_domain":"a.example"}`,
			"T", "2022-01-02", "https://a.example/1", "a.example", "Long body text."},
		{"newsapi", `{"title":"T","publishedAt":"2022-01-02T10:00:00Z","content":"Body.","description":"Longer description than the body.","url":"https://b.example/2","source":{"id":null,"name":"B News"}}`,
			"T", "2022-01-02", "https://b.example/2", "B News", "Body."},
		{"description only", `{"headline":"T","pubDate":"Sun, 02 Jan 2022 10:00:00 GMT","description":"Only a summary.","link":"https://c.example/3"}`,
			"T", "2022-01-02", "https://c.example/3", "c.example", "Only a summary."},
		{"longest body wins", `{"date":"2022-01-02","text":"Short.","body":"The longer body."}`,
			"", "2022-01-02", "", "", "The longer body."},
		{"numeric id is no URL", `{"id":17,"date":"2022-01-02","text":"Body."}`,
			"", "2022-01-02", "", "", "Body."},
		{"URL in id", `{"id":"https://d.example/4","date":"2022-01-02","text":"Body."}`,
			"", "2022-01-02", "https://d.example/4", "d.example", "Body."},
		{"unix seconds", `{"date":1641117600,"text":"Body."}`,
			"", "2022-01-02", "", "", "Body."},
		{"unix milliseconds", `{"date":1641117600000,"text":"Body."}`,
			"", "2022-01-02", "", "", "Body."},
		{"null fields", `{"title":null,"date":null,"published":"2022-01-02","text":"Body.","url":null}`,
			"", "2022-01-02", "", "", "Body."},
		{"dateline date", `{"text":"ROME, Jan 2, 2022 (ANSA) - Body."}`,
			"", "2022-01-02", "", "", "ROME, Jan 2, 2022 (ANSA) - Body."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, field, err := ParseRecord([]byte(tt.in), ReadOptions{})
			require.NoError(t, err, field)
			assert.Equal(t, tt.headline, a.Headline)
			assert.Equal(t, tt.published, a.Published.String())
			assert.Equal(t, tt.url, a.URL)
			assert.Equal(t, tt.src, a.Publisher)
			assert.Equal(t, tt.body, a.Body)
		})
	}
}

func TestParseRecordErrors(t *testing.T) {
	tests := []struct {
		in, field string
		want      error
	}{
		{`42`, "", ErrWrongType},
		{`["a"]`, "", ErrWrongType},
		{`"text"`, "", ErrWrongType},
		{`{"date":"2022-01-02"}`, "text", ErrNoText},
		{`{"date":"2022-01-02","text":""}`, "text", ErrNoText},
		{`{"date":"2022-01-02","text":42}`, "text", ErrWrongType},
		{`{"date":"2022-01-02","text":"Body.","title":["x"]}`, "title", ErrWrongType},
		{`{"date":"2022-01-02","text":"Body.","source":17}`, "source", ErrWrongType},
		{`{"date":"2022-01-02","text":"Body.","source":{"name":17}}`, "source.name", ErrWrongType},
		{`{"date":"yesterday","text":"Body."}`, "date", ErrNotADate},
		{`{"date":"04/05/2022","text":"Body."}`, "date", ErrAmbiguousDate},
		{`{"date":true,"text":"Body."}`, "date", ErrWrongType},
		{`{"date":-5,"text":"Body."}`, "date", ErrBadDate},
		{`{"text":"Body."}`, "date", ErrNoDate},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			_, field, err := ParseRecord([]byte(tt.in), ReadOptions{})
			require.ErrorIs(t, err, tt.want)
			assert.Equal(t, tt.field, field)
		})
	}
}

// TestReadSeeds reads the demo corpus: every article, no error.
func TestReadSeeds(t *testing.T) {
	arts, errs, st := readAll(t, []string{"../../seeds"}, ReadOptions{})
	require.Empty(t, errs)
	require.Equal(t, st.Read, len(arts))
	require.GreaterOrEqual(t, len(arts), 50)
	var sample *timeline.Article
	for i, a := range arts {
		assert.NotEmpty(t, a.Headline, a.ID)
		assert.NotEqual(t, date.Zero, a.Published, a.ID)
		if filepath.Base(a.ID) == "us-ukraine-call-2022-01-02.txt" {
			sample = &arts[i]
		}
	}
	require.NotNil(t, sample)
	assert.Equal(t, "2022-01-02", sample.Published.String())
	assert.Equal(t, timeline.Dateline{Text: "Kiev [Ukraine], January 3", Place: "Kiev", Country: "Ukraine",
		Date: date.New(2022, 1, 3), End: len("Kiev [Ukraine], January 3 : ")}, sample.Dateline)
	assert.True(t, strings.HasPrefix(sample.Body[sample.Dateline.End:], "Soon after talks"))
	assert.Equal(t, "2022-01-03", sample.Anchor().String())
}

// TestReadLargeArticle reads a 50 MB article, as text and as one JSON Lines
// record. It checks that size is no problem, not how fast it goes (that is
// BenchmarkReadText's job).
func TestReadLargeArticle(t *testing.T) {
	if testing.Short() {
		t.Skip("50 MB article skipped in -short mode")
	}
	para := "The two delegations met again on Tuesday and agreed to continue the talks next week in the capital.\n"
	var body strings.Builder
	for body.Len() < 50<<20 {
		body.WriteString(para)
	}
	dir := t.TempDir()
	text := "Marathon talks\nJan 04, 2022\nVIENNA, Jan 4 (APA) - " + body.String()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "big.txt"), []byte(text), 0o644))
	// One line of 50 MB, no newlines: the header scan must not copy it.
	oneLine := strings.ReplaceAll(body.String(), "\n", " ")
	require.NoError(t, os.WriteFile(filepath.Join(dir, "oneline.txt"), []byte("BERN, Jan 4, 2022 (SDA) - "+oneLine), 0o644))
	rec := fmt.Sprintf(`{"title":"Marathon talks","date":"2022-01-04","text":%q}`+"\n", oneLine)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "big.jsonl"), []byte(rec+rec), 0o644))

	arts, errs, st := readAll(t, []string{dir}, ReadOptions{})
	require.Empty(t, errs)
	require.Len(t, arts, 4)
	assert.Equal(t, Stats{Files: 3, Read: 4, Bytes: st.Bytes}, st)
	assert.Greater(t, st.Bytes, int64(200<<20))
	for _, a := range arts {
		assert.Greater(t, len(a.Body), 50<<20-100, a.ID) // less the trimmed trailing space
		assert.Equal(t, "2022-01-04", a.Published.String(), a.ID)
	}
	// Files come in name order: big.jsonl (two records), big.txt, oneline.txt.
	assert.Equal(t, "Vienna", arts[2].Dateline.Place)
	assert.Equal(t, "Bern", arts[3].Dateline.Place)
	assert.Equal(t, "2022-01-04", arts[3].Dateline.Date.String())
}

// TestReadJSONLineTooLong reads a JSON Lines record one byte longer than
// the limit: it is reported, and the records after it are read.
func TestReadJSONLineTooLong(t *testing.T) {
	const limit = 1 << 10
	line := `{"date":"2022-01-04","text":"` + strings.Repeat("x", limit) + `"}`
	in := `{"date":"2022-01-03","text":"Before."}` + "\n" + line + "\n" + `{"date":"2022-01-05","text":"After."}` + "\n"
	arts, errs, _ := readAll(t, []string{"-"}, ReadOptions{Stdin: strings.NewReader(in), MaxArticleSize: limit})
	require.Len(t, arts, 2)
	assert.Equal(t, "After.", arts[1].Body)
	assert.Equal(t, []string{"-:2: larger than the limit of 1 KB per article (--max-article-size)"}, errs)
}

func ExampleRead() {
	var n int
	st := Read([]string{"../../testdata/articles/text"}, ReadOptions{DateOrder: DayFirst},
		func(a timeline.Article) {
			n++
			if a.Dateline.Place != "" {
				fmt.Printf("%s | %q | %s, %s\n", a.Published, a.Headline, a.Dateline.Place, a.Dateline.Country)
			}
		},
		func(err error) { fmt.Println("skipped:", err) })
	fmt.Printf("read %d, skipped %d\n", st.Read, st.Skipped)
	// Output:
	// 2021-03-05 | "" | Oslo, Norway
	// skipped: ../../testdata/articles/text/dateline-without-date.txt: no publication date and no dated dateline; give a default date to read it anyway
	// skipped: ../../testdata/articles/text/empty.txt: empty file
	// skipped: ../../testdata/articles/text/french.txt: not English (fr)
	// 2022-01-02 | "Foreign ministers agree to meet again after snowy summit" | Geneva, Switzerland
	// skipped: ../../testdata/articles/text/headline-only.txt:2: article has no text
	// 2022-02-10 | "Chancellor to visit Warsaw next week" | Berlin, Germany
	// skipped: ../../testdata/articles/text/image.txt: binary file (contains NUL bytes), not an article
	// skipped: ../../testdata/articles/text/malformed-date.txt:2: field "date": cannot read "February 30, 2022": no such date
	// skipped: ../../testdata/articles/text/no-date.txt: no publication date and no dated dateline; give a default date to read it anyway
	// skipped: ../../testdata/articles/text/russian.txt: not English (ru)
	// read 7, skipped 8
}

func ExampleParseText() {
	a, err := ParseText("story.txt", []byte("Leaders talk\nDec 31, 2021\nMOSCOW, Jan 1 (TASS) - The two leaders spoke by phone."), ReadOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(a.Headline, "|", a.Published, "|", a.Dateline.Place, a.Dateline.Agency, a.Dateline.Date, "| anchor", a.Anchor())
	fmt.Println(a.Body[a.Dateline.End:])
	// Output:
	// Leaders talk | 2021-12-31 | Moscow TASS 2022-01-01 | anchor 2022-01-01
	// The two leaders spoke by phone.
}

// OpenInput checks an input before a program streams it: text is read on
// piece by piece, binary data is refused from its first bytes.
func ExampleOpenInput() {
	r, closeInput, err := OpenInput("-", strings.NewReader("The talks resume on Monday.\n\nThey end next week.\n"))
	if err != nil {
		fmt.Println(err)
		return
	}
	defer closeInput()
	for {
		para, err := r.ReadString('\n')
		if strings.TrimSpace(para) != "" {
			fmt.Print(para)
		}
		if err != nil {
			break
		}
	}
	_, _, err = OpenInput("-", strings.NewReader("PK\x03\x04\x00\x00"))
	fmt.Println(err)
	// Output:
	// The talks resume on Monday.
	// They end next week.
	// binary file (contains NUL bytes), not an article
}

func FuzzParseText(f *testing.F) {
	for _, s := range []string{
		"Leaders meet\nJan 02, 2022\nKiev [Ukraine], January 3 : The leaders met.",
		"OSLO, March 5, 2021 (NTB) - Body.",
		"Headline\n02/01/2022\nBody.",
		"\ufeff\r\n\r\nH\r\n2022-01-02T10:00:00Z\r\nB",
		"x\x00y",
		"\xff\xfe",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := ParseText("f.txt", data, ReadOptions{})
		if err != nil {
			var re *ReadError
			if !errors.As(err, &re) || re.Path != "f.txt" {
				t.Fatalf("error %v is not a *ReadError naming the file", err)
			}
			return
		}
		if a.Published == date.Zero || a.Body == "" {
			t.Fatalf("article without date or body: %+v", a)
		}
		if a.Dateline.End > len(a.Body) {
			t.Fatalf("dateline end %d past body of %d bytes", a.Dateline.End, len(a.Body))
		}
	})
}

func FuzzReadJSON(f *testing.F) {
	for _, s := range []string{
		`{"title":"T","date":"2022-01-02","text":"Body."}`,
		`[{"title":"T","date":"2022-01-02","text":"Body."}, 3, "x", {"text": 1}]`,
		"{\"date\":\"2022-01-02\",\"text\":\"A\"}\n{\"date\":1641117600,\"text\":\"B\"}\n",
		`{"source":{"name":"S"},"pubDate":"Sun, 02 Jan 2022 10:00:00 GMT","content":["a","b"]}`,
		`[1, [2], {"date": null}]`,
		`{"a":`,
		`42`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var n, bad int
		br := bufio.NewReader(bytes.NewReader(data))
		readJSON(context.Background(), "f.json", br, false, ReadOptions{}, func(a timeline.Article) {
			n++
			if a.Published == date.Zero || a.Body == "" || a.ID == "" {
				t.Fatalf("incomplete article %+v", a)
			}
		}, func(err error) {
			bad++
			var re *ReadError
			if !errors.As(err, &re) || re.Path != "f.json" {
				t.Fatalf("error %v is not a *ReadError naming the file", err)
			}
		})
		if n+bad == 0 && len(bytes.TrimSpace(data)) > 0 && bytes.TrimSpace(data)[0] != '[' {
			t.Fatalf("input %q gave neither an article nor an error", data)
		}
	})
}

// BenchmarkReadText reads the TimeBank articles (plain text) from disk.
func BenchmarkReadText(b *testing.B) {
	dir := filepath.Join("..", "..", "..", "shared", "corpora", "timebank-articles")
	if _, err := os.Stat(dir); err != nil {
		b.Skip("corpus not found:", dir)
	}
	var size int64
	files := ListFiles([]string{dir}, func(err error) { b.Fatal(err) })
	for _, f := range files {
		info, err := os.Stat(f)
		require.NoError(b, err)
		size += info.Size()
	}
	b.SetBytes(size)
	b.ResetTimer()
	for b.Loop() {
		st := Read([]string{dir}, ReadOptions{}, func(timeline.Article) {}, func(err error) { b.Fatal(err) })
		if st.Read != len(files) {
			b.Fatalf("read %d of %d", st.Read, len(files))
		}
	}
}

// BenchmarkParseText parses the TimeBank articles already in memory: the
// reader's own cost, without the file system's.
func BenchmarkParseText(b *testing.B) {
	dir := filepath.Join("..", "..", "..", "shared", "corpora", "timebank-articles")
	files := ListFiles([]string{dir}, func(error) {})
	if len(files) == 0 {
		b.Skip("corpus not found:", dir)
	}
	var texts [][]byte
	var size int64
	for _, f := range files {
		data, err := os.ReadFile(f)
		require.NoError(b, err)
		texts = append(texts, data)
		size += int64(len(data))
	}
	b.SetBytes(size)
	b.ResetTimer()
	for b.Loop() {
		for i, data := range texts {
			if _, err := ParseText(files[i], data, ReadOptions{}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkReadJSONLines reads the TimeBank articles as one JSON Lines stream.
func BenchmarkReadJSONLines(b *testing.B) {
	dir := filepath.Join("..", "..", "..", "shared", "corpora", "timebank-articles")
	var in bytes.Buffer
	n := 0
	Read([]string{dir}, ReadOptions{}, func(a timeline.Article) {
		n++
		fmt.Fprintf(&in, `{"title":%q,"date":%q,"text":%q}`+"\n", a.Headline, a.Published.String(), a.Body)
	}, func(error) {})
	if n == 0 {
		b.Skip("corpus not found:", dir)
	}
	b.SetBytes(int64(in.Len()))
	b.ResetTimer()
	for b.Loop() {
		st := Read([]string{"-"}, ReadOptions{Stdin: bytes.NewReader(in.Bytes())}, func(timeline.Article) {}, func(err error) { b.Fatal(err) })
		if st.Read != n {
			b.Fatalf("read %d of %d", st.Read, n)
		}
	}
}

func TestJSONString(t *testing.T) {
	for _, in := range []string{
		`""`, `"plain"`, `"line\nbreak"`, `"quote \" slash \\ solidus \/"`, `"\b\f\r\t"`,
		`"caf\u00e9"`, `"emoji \ud83d\ude00"`, `"lone \ud83d surrogate"`, `"bad pair \ud83d\u0041"`,
		"\"raw \xff byte\"", "\"\xff\xff\"", `"\u0000"`,
	} {
		var want, got string
		require.NoError(t, json.Unmarshal([]byte(in), &want), in)
		require.NoError(t, jsonString([]byte(in), &got), in)
		assert.Equal(t, want, got, in)
	}
	var s string
	assert.ErrorIs(t, jsonString([]byte(`42`), &s), errNotString)
}

// FuzzJSONString checks the one-pass unescaper against encoding/json.
func FuzzJSONString(f *testing.F) {
	for _, s := range []string{`"a\nb"`, `"\ud83d\ude00"`, `"\u12"`, `"x\\"`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var want string
		if json.Unmarshal(data, &want) != nil {
			return
		}
		var got string
		if err := jsonString(data, &got); err != nil {
			t.Fatalf("jsonString(%q): %v", data, err)
		}
		if got != want {
			t.Fatalf("jsonString(%q) = %q, encoding/json says %q", data, got, want)
		}
	})
}

// BenchmarkParseTextLarge parses one 10 MB article: the cost per byte of a
// long body, which must stay flat as articles grow.
func BenchmarkParseTextLarge(b *testing.B) {
	for _, size := range []int{1 << 20, 10 << 20} {
		b.Run(fmt.Sprintf("%dMB", size>>20), func(b *testing.B) {
			var text strings.Builder
			text.WriteString("Marathon talks\nJan 04, 2022\nVIENNA, Jan 4 (APA) - ")
			for text.Len() < size {
				text.WriteString("The two delegations met again on Tuesday and agreed to continue the talks.\n")
			}
			data := []byte(text.String())
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := ParseText("big.txt", data, ReadOptions{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func TestSqueezeSpace(t *testing.T) {
	for in, want := range map[string]string{
		"Biden and Putin talk":        "Biden and Putin talk",
		"Biden  and\tPutin   talk":    "Biden and Putin talk",
		"Jan 02,\u00a02022":           "Jan 02, 2022", // a no-break space is white space too
		"ends in a space ":            "ends in a space",
		"Zelenskyy – a dash, no gaps": "Zelenskyy – a dash, no gaps",
	} {
		require.Equal(t, want, squeezeSpace(in), "%q", in)
	}
}

func TestPublisherOf(t *testing.T) {
	cases := []struct {
		name string
		a    timeline.Article
		want string
	}{
		{"URL host", timeline.Article{ID: "https://example.org/news/1"}, "example.org"},
		{"URL field first", timeline.Article{ID: "feed/a.jsonl#2", URL: "https://news.example.com?id=3"}, "news.example.com"},
		{"folder of a file", timeline.Article{ID: "corpus/kremlin/a.txt", Path: "corpus/kremlin/a.txt"}, "kremlin"},
		{"working folder", timeline.Article{ID: "a.txt", Path: "a.txt"}, "."},
		{"record of a file", timeline.Article{ID: "feed/items.jsonl#3"}, "feed"},
		{"only the record number is cut", timeline.Article{ID: "feed/a#b.txt#3"}, "feed"},
		{"file of an object store: its folder, not its bucket", timeline.Article{ID: "gs://bucket/kremlin/a.txt", Path: "gs://bucket/kremlin/a.txt"}, "kremlin"},
		{"record of an object store's file", timeline.Article{ID: "s3://bucket/feeds/items.jsonl#3", Path: "s3://bucket/feeds/items.jsonl"}, "feeds"},
		{"file at a bucket's root: the bucket is its folder", timeline.Article{ID: "gs://bucket/a.txt", Path: "gs://bucket/a.txt"}, "bucket"},
		{"a record's own address still names it", timeline.Article{ID: "https://news.example.com/1", Path: "gs://bucket/feeds/items.jsonl"}, "news.example.com"},
	}
	for _, tc := range cases {
		assert.Equal(t, tc.want, publisherOf(&tc.a), tc.name)
	}
}
