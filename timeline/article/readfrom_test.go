package article

import (
	"bytes"
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/dateline/dateline/timeline"
)

// TestReadFromIsReadFile: a file's content handed to ReadFrom under its
// name gives the articles, errors and counts ReadFile gives for the file
// itself, for every layout in testdata/articles (text, JSON, arrays, JSON
// Lines, broken files). A bytes.Reader stands for a remote file.
func TestReadFromIsReadFile(t *testing.T) {
	files := ListFiles([]string{"../../testdata/articles"}, func(err error) { t.Fatal(err) })
	require.NotEmpty(t, files)
	for _, path := range files {
		t.Run(path, func(t *testing.T) {
			collect := func(read func(yield func(timeline.Article), report func(error)) Stats) ([]string, []string, Stats) {
				var arts, errs []string
				st := read(func(a timeline.Article) { arts = append(arts, describe(a)) },
					func(err error) { errs = append(errs, err.Error()) })
				return arts, errs, st
			}
			wantArts, wantErrs, wantStats := collect(func(y func(timeline.Article), r func(error)) Stats {
				return ReadFile(path, ReadOptions{}, y, r)
			})
			data, err := os.ReadFile(path)
			require.NoError(t, err)
			gotArts, gotErrs, gotStats := collect(func(y func(timeline.Article), r func(error)) Stats {
				return ReadFrom(path, bytes.NewReader(data), ReadOptions{}, y, r)
			})
			assert.Equal(t, wantArts, gotArts)
			assert.Equal(t, wantErrs, gotErrs)
			assert.Equal(t, wantStats, gotStats)
		})
	}
}
