package article

import (
	"bytes"
	"errors"
	"os"
	"slices"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dateline/dateline/timeline"
)

// collected is what one reading gave: the articles (described), the
// messages and the counts.
type collected struct {
	arts, errs []string
	st         Stats
}

func collect(read func(yield func(timeline.Article), report func(error)) Stats) collected {
	var c collected
	c.st = read(func(a timeline.Article) { c.arts = append(c.arts, describe(a)) },
		func(err error) { c.errs = append(c.errs, err.Error()) })
	return c
}

// TestReadFromIsReadFile: a file's content handed to ReadFrom under its
// name gives the articles, errors and counts ReadFile gives for the file
// itself, for every layout in testdata/articles (text, JSON, arrays, JSON
// Lines, broken files) and testdata/feeds (RSS, Atom, saved pages). A
// bytes.Reader stands for a remote file.
func TestReadFromIsReadFile(t *testing.T) {
	files := ListFiles([]string{"../../testdata/articles", feedsDir}, func(err error) { t.Fatal(err) })
	require.NotEmpty(t, files)
	for _, path := range files {
		t.Run(path, func(t *testing.T) {
			want := collect(func(y func(timeline.Article), r func(error)) Stats {
				return ReadFile(path, ReadOptions{}, y, r)
			})
			data, err := os.ReadFile(path)
			require.NoError(t, err)
			got := collect(func(y func(timeline.Article), r func(error)) Stats {
				return ReadFrom(path, bytes.NewReader(data), ReadOptions{}, y, r)
			})
			assert.Equal(t, want, got)
		})
	}
}

// TestReaderIsReadContext: one Reader given the files of a folder in the
// order FeedsFirst puts them — by name or from a reader — gives what
// ReadContext gives for the folder, feed items joined to their pages
// included; in another order, the same articles (the feeds' items come in
// the order of the feeds). Read apart, a feed and its page are not
// joined: the joining is what one Reader adds.
func TestReaderIsReadContext(t *testing.T) {
	want := collect(func(y func(timeline.Article), r func(error)) Stats {
		return Read([]string{feedsDir}, ReadOptions{}, y, r)
	})
	files := ListFiles([]string{feedsDir}, func(err error) { t.Fatal(err) })
	reversed := slices.Clone(files)
	slices.Reverse(reversed)
	same := func(t *testing.T, reordered bool, got collected) {
		t.Helper()
		if reordered {
			want, got := want, got
			want.arts, got.arts = slices.Sorted(slices.Values(want.arts)), slices.Sorted(slices.Values(got.arts))
			assert.Equal(t, want, got)
			return
		}
		assert.Equal(t, want, got)
	}
	for name, order := range map[string][]string{"by name": files, "reversed": reversed} {
		t.Run(name+"/ReadFile", func(t *testing.T) {
			got := collect(func(y func(timeline.Article), r func(error)) Stats {
				rd := NewReader(ReadOptions{}, y, r)
				for _, f := range FeedsFirst(order) {
					rd.ReadFile(f)
				}
				return rd.Close()
			})
			same(t, name == "reversed", got)
		})
		t.Run(name+"/ReadFrom", func(t *testing.T) {
			got := collect(func(y func(timeline.Article), r func(error)) Stats {
				rd := NewReader(ReadOptions{}, y, r)
				for _, f := range FeedsFirst(order) {
					data, err := os.ReadFile(f)
					require.NoError(t, err)
					rd.ReadFrom(f, bytes.NewReader(data))
				}
				return rd.Close()
			})
			same(t, name == "reversed", got)
		})
	}
	apart := collect(func(y func(timeline.Article), r func(error)) Stats {
		var st Stats
		for _, f := range files {
			st.Add(ReadFile(f, ReadOptions{}, y, r))
		}
		return st
	})
	assert.Equal(t, want.st.Files, apart.st.Files)
	assert.NotEqual(t, want.arts, apart.arts, "read apart, the feed item and its page are two articles")
}

// TestReaderFail: a file that cannot be opened is counted and reported
// under its name, as ReadFile reports a local one.
func TestReaderFail(t *testing.T) {
	got := collect(func(y func(timeline.Article), r func(error)) Stats {
		rd := NewReader(ReadOptions{}, y, r)
		rd.Fail("gs://bucket/a.txt", errors.New("object not found"))
		return rd.Close()
	})
	assert.Equal(t, collected{errs: []string{"gs://bucket/a.txt: object not found"}, st: Stats{Files: 1, Skipped: 1}}, got)
}

func TestFeedsFirst(t *testing.T) {
	assert.Equal(t, []string{"b/x.RSS", "c.atom", "d.xml", "e.rdf", "a.txt", "-", "f.html", "g.json"},
		FeedsFirst([]string{"a.txt", "b/x.RSS", "-", "c.atom", "f.html", "d.xml", "g.json", "e.rdf"}))
}

// TestLinkKind: feeds and pages are told by content, as reading tells
// them, except that a .json file is JSON whatever it holds.
func TestLinkKind(t *testing.T) {
	read := func(path string) []byte {
		data, err := os.ReadFile(path)
		require.NoError(t, err)
		return data
	}
	rss := read(feedsDir + "/wire.rss")
	page := read(feedsDir + "/pages/iberian-summit.html")
	for _, tc := range []struct {
		name       string
		path       string
		head       []byte
		feed, page bool
	}{
		{"RSS", "wire.rss", rss, true, false},
		{"Atom", "desk.atom", read(feedsDir + "/desk.atom"), true, false},
		{"RSS saved as text", "wire.txt", rss, true, false},
		{"RSS named .json", "wire.json", rss, false, false},
		{"page", "a.html", page, false, true},
		{"page without an ending", "a", page, false, true},
		{"page cut at SniffSize", "a.htm", page[:min(len(page), SniffSize)], false, true},
		{"text article", "a.txt", []byte("Headline\nJan 02, 2022\nBody."), false, false},
		{"JSON", "a.jsonl", []byte(`{"title": "x"}`), false, false},
		{"XML that is no feed", "a.xml", []byte(`<?xml version="1.0"?><catalog/>`), false, false},
		{"binary", "a.html", []byte("<html>\x00\x00"), false, false},
		{"empty", "a.txt", nil, false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			feed, pg := LinkKind(tc.path, tc.head)
			assert.Equal(t, []bool{tc.feed, tc.page}, []bool{feed, pg})
		})
	}
}

// TestReadFromObjectStoreNamesTheFolder: a file read from an object store
// under its address gets the publisher the same file gets on disk — the
// folder it is in, not the bucket — and so does a record of a JSON file
// that gives no address of its own.
func TestReadFromObjectStoreNamesTheFolder(t *testing.T) {
	const root = "../../testdata/articles/"
	for _, rel := range []string{"text/headline-date.txt", "json/records.jsonl"} {
		t.Run(rel, func(t *testing.T) {
			publishers := func(read func(yield func(timeline.Article), report func(error)) Stats) []string {
				var ps []string
				read(func(a timeline.Article) { ps = append(ps, a.Publisher) }, func(error) {})
				return ps
			}
			want := publishers(func(y func(timeline.Article), r func(error)) Stats {
				return ReadFile(root+rel, ReadOptions{}, y, r)
			})
			require.NotEmpty(t, want)
			data, err := os.ReadFile(root + rel)
			require.NoError(t, err)
			got := publishers(func(y func(timeline.Article), r func(error)) Stats {
				return ReadFrom("gs://bucket/"+rel, bytes.NewReader(data), ReadOptions{}, y, r)
			})
			assert.Equal(t, want, got)
			assert.NotContains(t, got, "bucket")
		})
	}
}
