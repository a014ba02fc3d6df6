//go:build unix

package article

import (
	"io"
	"os"
	"path/filepath"
	"strings"
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

// TestOpenInput: a single input opened as a stream is checked as Read
// checks a file the user named — a regular file or stdin of text only —
// without reading it whole: of a text that never ends, no more than one
// buffer is read.
func TestOpenInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, content []byte) string {
		p := filepath.Join(dir, name)
		require.NoError(t, os.WriteFile(p, content, 0o644))
		return p
	}
	good := write("good.txt", []byte(goodArticle))
	require.NoError(t, syscall.Mkfifo(filepath.Join(dir, "pipe"), 0o644))
	require.NoError(t, os.Symlink("/dev/zero", filepath.Join(dir, "zero.txt")))
	tests := []struct {
		name, path string
		stdin      io.Reader
		want       string // the text read, or the error
		wantErr    bool
	}{
		{"regular file", good, nil, goodArticle, false},
		{"stdin", "-", strings.NewReader(goodArticle), goodArticle, false},
		{"empty stdin", "-", strings.NewReader(""), "", false},
		{"device", "/dev/zero", nil, "not a regular file but a character device; only regular files are read (give - to read standard input)", true},
		{"link to a device", filepath.Join(dir, "zero.txt"), nil, "not a regular file but a symbolic link to a character device; only regular files are read (give - to read standard input)", true},
		{"named pipe, nobody writing", filepath.Join(dir, "pipe"), nil, "not a regular file but a named pipe (FIFO); only regular files are read (give - to read standard input)", true},
		{"folder", dir, nil, "not a regular file but a folder; only regular files are read", true},
		{"missing", filepath.Join(dir, "missing.txt"), nil, "no such file or directory", true},
		{"binary", write("bin.txt", []byte("Talks\x00\x01\x02")), nil, ErrBinary.Error(), true},
		{"UTF-16 with a byte-order mark", write("bom.txt", append([]byte{0xFF, 0xFE}, utf16Bytes(goodArticle, false)...)), nil, ErrUTF16.Error(), true},
		{"UTF-16 without one", write("nobom.txt", utf16Bytes(goodArticle, false)), nil, errUTF16NoBOM.Error(), true},
		{"stdin of zeros", "-", &endless{b: 0}, ErrBinary.Error(), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, closeInput, err := OpenInput(tt.path, tt.stdin)
			if tt.wantErr {
				require.Error(t, err)
				assert.Equal(t, tt.want, err.Error())
				assert.Nil(t, r)
				return
			}
			require.NoError(t, err)
			data, err := io.ReadAll(r)
			require.NoError(t, err)
			assert.Equal(t, tt.want, string(data))
			assert.NoError(t, closeInput())
		})
	}

	text := &endless{b: 'y'}
	r, closeInput, err := OpenInput("-", text)
	require.NoError(t, err)
	defer closeInput()
	assert.LessOrEqual(t, text.read, int64(InputBufferSize), "the check reads one buffer at most")
	head, err := r.Peek(InputBufferSize)
	require.NoError(t, err, "the caller may look at a whole buffer before reading on")
	assert.Equal(t, strings.Repeat("y", InputBufferSize), string(head))
}
