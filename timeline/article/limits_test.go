package article

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/rickb777/date/v2"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dateline/dateline/timeline"
)

const goodArticle = "Ministers meet\nJan 3, 2022\nGENEVA - The ministers met on Monday.\n"

// TestReadSizeLimit: no article larger than the limit is read, in any
// format, and no more than the limit plus one byte of it is held.
func TestReadSizeLimit(t *testing.T) {
	const limit = 1024
	big := strings.Repeat("The talks went on. ", 100) // 1,900 bytes
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, []byte(content), 0o644))
		return p
	}
	tests := []struct {
		name  string
		path  string
		stdin string
		want  []string
		read  int
	}{
		{"text file", write("big.txt", "Talks\nJan 3, 2022\n"+big), "", []string{"big.txt: 1.9 KB, more than the limit of 1 KB per article (--max-article-size)"}, 0},
		{"page", write("big.html", "<html><body><p>"+big+"</p></body></html>"), "", []string{"big.html: 1.9 KB, more than the limit of 1 KB per article (--max-article-size)"}, 0},
		{"JSON array, one record too large", write("array.json", `[{"date":"2022-01-03","text":"Small."},{"date":"2022-01-03","text":"`+big+`"},{"date":"2022-01-03","text":"Never read."}]`), "",
			[]string{"array.json: record 2: larger than the limit of 1 KB per article (--max-article-size); the rest of the file is not read"}, 1},
		{"JSON Lines, the next line is read", write("lines.jsonl", `{"date":"2022-01-03","text":"`+big+`"}`+"\n"+`{"date":"2022-01-03","text":"Read."}`+"\n"), "",
			[]string{"lines.jsonl:1: larger than the limit of 1 KB per article (--max-article-size)"}, 1},
		{"stdin", "-", "Talks\nJan 3, 2022\n" + big, []string{"-: larger than the limit of 1 KB per article (--max-article-size)"}, 0},
		{"stdin, JSON Lines", "-", `{"date":"2022-01-03","text":"Read."}` + "\n" + `{"date":"2022-01-03","text":"` + big + `"}`, []string{"-:2: larger than the limit of 1 KB per article (--max-article-size)"}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			arts, errs, _ := readAll(t, []string{tt.path}, ReadOptions{MaxArticleSize: limit, Stdin: strings.NewReader(tt.stdin)})
			for i := range errs {
				errs[i] = strings.TrimPrefix(errs[i], dir+string(filepath.Separator))
			}
			assert.Equal(t, tt.want, errs)
			assert.Len(t, arts, tt.read)
		})
	}
}

// endless is an input that never ends, as /dev/zero or `yes` are.
type endless struct {
	b    byte
	read int64
}

func (e *endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = e.b
	}
	e.read += int64(len(p))
	return len(p), nil
}

// TestReadEndlessStdin: standard input that never ends is read up to the
// limit (text) or not past its first bytes (binary data).
func TestReadEndlessStdin(t *testing.T) {
	zeros := &endless{b: 0}
	_, errs, _ := readAll(t, []string{"-"}, ReadOptions{Stdin: zeros})
	assert.Equal(t, []string{"-: binary file (contains NUL bytes), not an article"}, errs)
	assert.LessOrEqual(t, zeros.read, int64(sniffSize), "binary data is told from its first bytes")

	text := &endless{b: 'y'}
	_, errs, _ = readAll(t, []string{"-"}, ReadOptions{Stdin: text, MaxArticleSize: 1 << 20})
	assert.Equal(t, []string{"-: larger than the limit of 1 MB per article (--max-article-size)"}, errs)
	assert.LessOrEqual(t, text.read, int64(1<<20+1+sniffSize), "no more than the limit, one byte and the look at its start")
}

func utf16Bytes(s string, bigEndian bool) []byte {
	var b []byte
	for _, u := range utf16.Encode([]rune(s)) {
		if bigEndian {
			b = append(b, byte(u>>8), byte(u))
		} else {
			b = append(b, byte(u), byte(u>>8))
		}
	}
	return b
}

func TestCheckEncoding(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want error
	}{
		{"UTF-8", []byte(goodArticle), nil},
		{"UTF-16LE with a byte-order mark", append([]byte{0xFF, 0xFE}, utf16Bytes(goodArticle, false)...), ErrUTF16},
		{"UTF-16LE without one", utf16Bytes(goodArticle, false), errUTF16NoBOM},
		{"UTF-16BE without one", utf16Bytes("Ministres, Genève — réunion", true), errUTF16NoBOM},
		{"zeros", make([]byte, 4096), ErrBinary},
		{"a PNG", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00"), ErrBinary},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, checkEncoding(tt.data))
		})
	}
	assert.True(t, errors.Is(errUTF16NoBOM, ErrUTF16))
	assert.Equal(t, "UTF-16 text without a byte-order mark (every other byte is zero); convert it to UTF-8", errUTF16NoBOM.Error())
}

// TestReadTimelineDocument: a timeline JSON is named as what it is, of
// this schema or another, not as an article without text.
func TestReadTimelineDocument(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644))
	}
	write("v0.json", `{"schema": "dateline/v0", "events": [{"id": "x"}]}`)
	write("v1.json", `{
  "schema": "dateline/v1",
  "events": []
}`)
	write("in-array.json", `[{"events": [], "schema": "dateline/v2"}]`)
	_, errs, _ := readAll(t, []string{dir}, ReadOptions{})
	for i := range errs {
		errs[i] = strings.TrimPrefix(errs[i], dir+string(filepath.Separator))
	}
	assert.Equal(t, []string{
		`in-array.json: record 1: a timeline JSON document of schema "dateline/v2", which this version does not read (it reads "dateline/v1"), not an article`,
		`v0.json: a timeline JSON document of schema "dateline/v0", which this version does not read (it reads "dateline/v1"), not an article`,
		`v1.json: a timeline JSON document (schema "dateline/v1"), not an article; dateline query and show read it`,
	}, errs)
}

// TestReadExclude: the output file a folder holds is left out and said so,
// by its path or through a link to it.
func TestReadExclude(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "a.txt"), []byte(goodArticle), 0o644))
	out := filepath.Join(dir, "timeline.json")
	require.NoError(t, os.WriteFile(out, []byte(`{"schema": "dateline/v1", "events": []}`), 0o644))
	link := filepath.Join(t.TempDir(), "timeline.json")
	require.NoError(t, os.Symlink(out, link))

	for _, exclude := range [][]string{{out}, {link}, {dir + "/./timeline.json"}} {
		arts, errs, _ := readAll(t, []string{dir}, ReadOptions{Exclude: exclude})
		assert.Len(t, arts, 1)
		assert.Equal(t, []string{out + ": the output file of this run; not read as input"}, errs, "%v", exclude)
	}
}

// TestReadContextStops: nothing is read once the context is done.
func TestReadContextStops(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"a.txt", "b.txt", "c.txt"} {
		require.NoError(t, os.WriteFile(filepath.Join(dir, n), []byte(goodArticle), 0o644))
	}
	ctx, cancel := context.WithCancel(context.Background())
	var read []string
	st := ReadContext(ctx, []string{dir}, ReadOptions{}, func(a timeline.Article) {
		read = append(read, filepath.Base(a.Path))
		cancel()
	}, func(err error) { t.Error(err) })
	assert.Equal(t, []string{"a.txt"}, read)
	assert.Equal(t, 1, st.Files)
}

// checkArticle fails t unless a has what every article must have.
func checkArticle(t *testing.T, a timeline.Article) {
	if a.Published == date.Zero || a.Body == "" || a.ID == "" {
		t.Fatalf("incomplete article %+v", a)
	}
}

// checkReadError fails t unless err is a *ReadError naming path.
func checkReadError(t *testing.T, err error, path string) {
	var re *ReadError
	if !errors.As(err, &re) || re.Path != path {
		t.Fatalf("error %v is not a *ReadError naming %s", err, path)
	}
}

// FuzzReadData reads any bytes as a file of unknown format: the format
// is told by content and every reader is reached.
func FuzzReadData(f *testing.F) {
	for _, s := range []string{
		goodArticle,
		`{"title":"T","date":"2022-01-02","text":"Body."}`,
		`<rss><channel><title>T</title><item><pubDate>2022-01-02</pubDate><description>Talks.</description></item></channel></rss>`,
		`<!doctype html><html><head><meta property="article:published_time" content="2022-01-02"></head><body><p>Talks.</p></body></html>`,
		`{"schema": "dateline/v1", "events": []}`,
		"\xff\xfeH\x00i\x00",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		rd := newReader(context.Background(), ReadOptions{MaxArticleSize: 1 << 16},
			func(a timeline.Article) { checkArticle(t, a) },
			func(err error) { checkReadError(t, err, "f") })
		rd.readData("f", formatSniff, append([]byte(nil), data...))
		rd.flushItems()
	})
}
