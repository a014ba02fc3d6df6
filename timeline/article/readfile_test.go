package article

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestReadTextFile(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []int{0, 1, 4095, 4096, 1<<20 + 3} {
		want := strings.Repeat("a", n)
		p := filepath.Join(dir, "f.txt")
		require.NoError(t, os.WriteFile(p, []byte(want), 0o644))
		got, err := readTextFile(p)
		require.NoError(t, err, "%d bytes", n)
		require.Equal(t, n, len(got))
		require.Equal(t, want, string(got))
	}
	_, err := readTextFile(filepath.Join(dir, "missing.txt"))
	require.Error(t, err)
	_, err = readTextFile(dir)
	require.Error(t, err, "a directory is no text file")
}
