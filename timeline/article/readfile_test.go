package article

import (
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestReadRegularFile(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []int{0, 1, 4095, 4096, 1<<20 + 3} {
		want := strings.Repeat("a", n)
		p := filepath.Join(dir, "f.txt")
		require.NoError(t, os.WriteFile(p, []byte(want), 0o644))
		f, err := openRegular(p)
		require.NoError(t, err, "%d bytes", n)
		got, err := readAllLimited(f, f.size, DefaultMaxArticleSize)
		f.Close()
		require.NoError(t, err, "%d bytes", n)
		require.Equal(t, n, len(got))
		require.Equal(t, want, string(got))
	}
	_, err := openRegular(filepath.Join(dir, "missing.txt"))
	require.Error(t, err)
	_, err = openRegular(dir)
	var kind *FileKindError
	require.ErrorAs(t, err, &kind, "a directory is no article file")
	assert.Equal(t, kindFolder, kind.Kind)
}

// TestReadAllLimited holds no more than the limit plus one byte, whatever
// the size the file claimed when it was opened.
func TestReadAllLimited(t *testing.T) {
	tests := []struct {
		name        string
		input       int
		size, limit int64
		ok          bool
	}{
		{"under the limit", 100, -1, 100, true},
		{"one byte over", 101, -1, 100, false},
		{"grew after fstat", 80, 50, 100, true},
		{"shrank after fstat", 30, 50, 100, true},
		{"grew past the limit after fstat", 150, 50, 120, false},
		{"endless", 1 << 30, -1, 1 << 16, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := &countingReader{r: &repeatReader{n: tt.input}}
			data, err := readAllLimited(r, tt.size, tt.limit)
			assert.LessOrEqual(t, r.n, tt.limit+1, "read past the limit")
			if !tt.ok {
				var size *SizeError
				require.ErrorAs(t, err, &size)
				assert.Equal(t, tt.limit, size.Limit)
				return
			}
			require.NoError(t, err)
			assert.Len(t, data, tt.input)
		})
	}
}

// repeatReader gives n bytes of 'a' in reads of at most 4 KB.
type repeatReader struct{ n int }

func (r *repeatReader) Read(p []byte) (int, error) {
	if r.n == 0 {
		return 0, io.EOF
	}
	k := min(len(p), r.n, 4096)
	for i := range k {
		p[i] = 'a'
	}
	r.n -= k
	return k, nil
}
