//go:build unix

package article

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestReadOnlyRegularFiles: devices, named pipes and links to them are
// reported and skipped, whether named or found in a folder; nothing
// blocks on a pipe nobody writes to.
func TestReadOnlyRegularFiles(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "good.txt"), []byte(goodArticle), 0o644))
	require.NoError(t, os.Symlink("/dev/zero", filepath.Join(dir, "zero.txt")))
	require.NoError(t, syscall.Mkfifo(filepath.Join(dir, "pipe.txt"), 0o644))
	require.NoError(t, os.Symlink("pipe.txt", filepath.Join(dir, "to-pipe.json")))
	require.NoError(t, os.Symlink("missing.txt", filepath.Join(dir, "broken.txt")))
	require.NoError(t, os.Symlink("good.txt", filepath.Join(dir, "link.txt")))

	arts, errs, st := readAll(t, []string{dir, "/dev/zero"}, ReadOptions{})
	p := func(name string) string { return filepath.Join(dir, name) }
	assert.Equal(t, []string{
		p("broken.txt") + ": broken symbolic link: no such file or directory",
		p("pipe.txt") + ": not a regular file but a named pipe (FIFO); only regular files are read",
		p("to-pipe.json") + ": not a regular file but a symbolic link to a named pipe (FIFO); only regular files are read",
		p("zero.txt") + ": not a regular file but a symbolic link to a character device; only regular files are read",
		"/dev/zero: not a regular file but a character device; only regular files are read (give - to read standard input)",
	}, errs)
	require.Len(t, arts, 2, "good.txt, and link.txt: a link to a regular file is read")
	assert.Equal(t, 2, st.Files)
	assert.Equal(t, 5, st.Skipped)
}
