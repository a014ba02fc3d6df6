//go:build unix

package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// These tests hold dateline to what issue 13 asks of inputs and outputs
// that go wrong: endless inputs, signals, output files, impossible dates.

// run is one run of the binary: what went in, what came out, and what it
// cost.
type runResult struct {
	code           int
	stdout, stderr string
	maxRSSKB       int64 // peak resident memory, from the kernel's rusage
	wall           time.Duration
}

// hangLimit ends a run that would hang: every case here must end well
// before it, and a run that reaches it fails the test (it measures no
// speed: a working run ends in milliseconds).
const hangLimit = 5 * time.Second

// runBinary runs dateline with stdin (nil for none) and extra environment.
func runBinary(t *testing.T, stdin io.Reader, env []string, args ...string) runResult {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), hangLimit)
	defer cancel()
	cmd := exec.CommandContext(ctx, binary, args...)
	cmd.Stdin = stdin
	cmd.Env = append(os.Environ(), env...)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	start := time.Now()
	err := cmd.Run()
	r := runResult{stdout: out.String(), stderr: errOut.String(), wall: time.Since(start)}
	require.NoError(t, ctx.Err(), "dateline %v did not end within %v; stderr: %s", args, hangLimit, r.stderr)
	if ee, ok := err.(*exec.ExitError); ok {
		r.code = ee.ExitCode()
	} else {
		require.NoError(t, err)
	}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		r.maxRSSKB = ru.Maxrss // kilobytes on Linux
	}
	return r
}

// maxRSSKB is the memory the endless inputs may cost at most.
const maxRSSKB = 200 << 10

// endlessText is an input that never ends, as `yes` is.
type endlessText struct{}

func (endlessText) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = "y\n"[i%2]
	}
	return len(p), nil
}

func TestEndlessInputsEndWithAMessage(t *testing.T) {
	dir := t.TempDir()
	folder := filepath.Join(dir, "corpus")
	require.NoError(t, os.Mkdir(folder, 0o755))
	data, err := os.ReadFile(sample)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(folder, "good.txt"), data, 0o644))
	require.NoError(t, os.Symlink("/dev/zero", filepath.Join(folder, "x.txt")))
	require.NoError(t, syscall.Mkfifo(filepath.Join(dir, "fifo"), 0o644))
	require.NoError(t, os.Symlink(filepath.Join(dir, "fifo"), filepath.Join(folder, "y.json")))
	require.NoError(t, os.Symlink(filepath.Join(dir, "fifo"), filepath.Join(dir, "fifo.json")))

	zero := func() io.Reader {
		f, err := os.Open("/dev/zero")
		require.NoError(t, err)
		t.Cleanup(func() { f.Close() })
		return f
	}
	tests := []struct {
		name  string
		stdin func() io.Reader
		args  []string
		code  int
		want  []string
	}{
		{"build /dev/zero", nil, []string{"build", "/dev/zero"}, 1,
			[]string{"dateline: skipped /dev/zero: not a regular file but a character device; only regular files are read (give - to read standard input)"}},
		{"build - < /dev/zero", zero, []string{"build", "-"}, 1,
			[]string{"dateline: skipped -: binary file (contains NUL bytes), not an article"}},
		{"endless text on stdin", func() io.Reader { return endlessText{} }, []string{"build", "-"}, 1,
			[]string{"dateline: skipped -: larger than the limit of 64 MB per article (--max-article-size)"}},
		{"tag /dev/zero", nil, []string{"tag", "/dev/zero"}, 1,
			[]string{`dateline: cannot read "/dev/zero": not a regular file but a character device; only regular files are read (give - to read standard input)`}},
		{"tag - < /dev/zero", zero, []string{"tag", "-"}, 1,
			[]string{"dateline: cannot read stdin: binary file (contains NUL bytes), not an article"}},
		{"query FIFO.json", nil, []string{"query", filepath.Join(dir, "fifo.json")}, 1,
			[]string{"dateline: skipped " + filepath.Join(dir, "fifo.json") + ": not a regular file but a symbolic link to a named pipe (FIFO)"}},
		{"folder with links to /dev/zero and a FIFO", nil, []string{"build", "-f", "csv", folder}, 0, []string{
			"dateline: skipped " + folder + "/x.txt: not a regular file but a symbolic link to a character device; only regular files are read",
			"dateline: skipped " + folder + "/y.json: not a regular file but a symbolic link to a named pipe (FIFO); only regular files are read",
			"dateline: read 1 article (1 file,",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdin io.Reader
			if tt.stdin != nil {
				stdin = tt.stdin()
			}
			r := runBinary(t, stdin, nil, tt.args...)
			assert.Equal(t, tt.code, r.code, r.stderr)
			for _, w := range tt.want {
				assert.Contains(t, r.stderr, w)
			}
			assert.LessOrEqual(t, r.maxRSSKB, int64(maxRSSKB), "peak RSS %d KB", r.maxRSSKB)
			t.Logf("%s: %v, peak RSS %d KB", tt.name, r.wall.Round(time.Millisecond), r.maxRSSKB)
		})
	}
}

func TestMaxArticleSizeFlag(t *testing.T) {
	r := runBinary(t, strings.NewReader(strings.Repeat("The talks went on. ", 200)), nil, "build", "--max-article-size", "1KB", "-")
	assert.Equal(t, 1, r.code)
	assert.Contains(t, r.stderr, "dateline: skipped -: larger than the limit of 1 KB per article (--max-article-size)")

	r = runBinary(t, nil, nil, "build", "--max-article-size", "lots", sample)
	assert.Equal(t, 2, r.code)
	assert.Contains(t, r.stderr, `dateline: --max-article-size: "lots" is not a size from 1 byte to 1 TB`)
}

// TestSignalRemovesTemporaryFile: SIGINT or SIGTERM during a build ends
// it with 128 + the signal, removes the temporary output file and leaves
// the old output as it was.
func TestSignalRemovesTemporaryFile(t *testing.T) {
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM} {
		t.Run(sig.String(), func(t *testing.T) {
			dir := t.TempDir()
			target := filepath.Join(dir, "timeline.json")
			require.NoError(t, os.WriteFile(target, []byte("old"), 0o644))
			// Standard input that stays open: the build waits on it, with
			// its temporary output file created.
			pr, pw, err := os.Pipe()
			require.NoError(t, err)
			defer pw.Close()
			cmd := exec.Command(binary, "build", "-", "-o", target)
			cmd.Stdin = pr
			var errOut bytes.Buffer
			cmd.Stderr = &errOut
			require.NoError(t, cmd.Start())
			pr.Close()
			pw.Write([]byte("Ministers meet\nJan 3, 2022\nThe ministers "))

			tmp := waitForTemp(t, dir)
			require.NoError(t, cmd.Process.Signal(sig))
			done := make(chan error, 1)
			go func() { done <- cmd.Wait() }()
			select {
			case <-done:
			case <-time.After(hangLimit):
				cmd.Process.Kill()
				t.Fatalf("dateline did not stop within %v of %v", hangLimit, sig)
			}
			assert.Equal(t, 128+int(sig), cmd.ProcessState.ExitCode(), errOut.String())
			assert.Contains(t, errOut.String(), "dateline: interrupted ("+map[syscall.Signal]string{syscall.SIGINT: "SIGINT", syscall.SIGTERM: "SIGTERM"}[sig]+"); nothing was written")
			assert.NoFileExists(t, tmp)
			entries, err := os.ReadDir(dir)
			require.NoError(t, err)
			assert.Len(t, entries, 1, "only the old output is left")
			old, err := os.ReadFile(target)
			require.NoError(t, err)
			assert.Equal(t, "old", string(old))
		})
	}
}

// TestSignalStopsTag: tag writes as it reads, so a signal stops it where
// it is, with 128 + the signal and a message that says the output is cut
// short, also while it waits on standard input that stays open.
func TestSignalStopsTag(t *testing.T) {
	pr, pw, err := os.Pipe()
	require.NoError(t, err)
	defer pw.Close()
	cmd := exec.Command(binary, "tag", "--anchor", "2022-01-03", "-")
	cmd.Stdin = pr
	stdout, err := cmd.StdoutPipe()
	require.NoError(t, err)
	var errOut bytes.Buffer
	cmd.Stderr = &errOut
	require.NoError(t, cmd.Start())
	pr.Close()
	// More text than tag holds at once: it writes lines before the input
	// ends, and then waits for more. Its output is read all along, so
	// that it never waits on a full pipe.
	para := strings.Repeat("The envoys met on Thursday and will meet again next week.\n\n", 4000)
	go pw.Write([]byte(para))
	wrote := make(chan struct{})
	copied := make(chan error, 1)
	go func() {
		first := make([]byte, 1)
		if _, err := io.ReadFull(stdout, first); err != nil {
			copied <- err
			return
		}
		close(wrote)
		_, err := io.Copy(io.Discard, stdout)
		copied <- err
	}()
	select {
	case <-wrote:
	case err := <-copied:
		t.Fatalf("tag wrote nothing before its input ended: %v; %s", err, errOut.String())
	case <-time.After(hangLimit):
		cmd.Process.Kill()
		t.Fatalf("tag wrote nothing within %v", hangLimit)
	}

	require.NoError(t, cmd.Process.Signal(syscall.SIGINT))
	done := make(chan error, 1)
	go func() { <-copied; done <- cmd.Wait() }()
	select {
	case <-done:
	case <-time.After(hangLimit):
		cmd.Process.Kill()
		t.Fatalf("dateline tag did not stop within %v of SIGINT", hangLimit)
	}
	assert.Equal(t, 130, cmd.ProcessState.ExitCode(), errOut.String())
	// Not the message of the last resort, which ends a command that does
	// not stop by itself: tag stopped.
	assert.Equal(t, "dateline: interrupted (SIGINT); the output stops where it had got to, perhaps in the middle of a line\n", errOut.String())
}

// waitForTemp waits for the temporary output file in dir and returns it.
func waitForTemp(t *testing.T, dir string) string {
	t.Helper()
	deadline := time.Now().Add(hangLimit)
	for time.Now().Before(deadline) {
		matches, _ := filepath.Glob(filepath.Join(dir, ".timeline.json.tmp-*"))
		if len(matches) == 1 {
			return matches[0]
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatal("no temporary output file appeared")
	return ""
}

// TestOutputMode: -o keeps an existing file's permissions and gives a new
// one those the umask leaves.
func TestOutputMode(t *testing.T) {
	dir := t.TempDir()
	existing := filepath.Join(dir, "existing.json")
	require.NoError(t, os.WriteFile(existing, []byte("old"), 0o600))
	require.NoError(t, os.Chmod(existing, 0o640))
	tests := []struct {
		name, umask, file string
		want              os.FileMode
	}{
		{"existing file keeps 0640 under umask 022", "022", existing, 0o640},
		{"new file under umask 022", "022", filepath.Join(dir, "new-022.json"), 0o644},
		{"new file under umask 077", "077", filepath.Join(dir, "new-077.json"), 0o600},
		{"new file under umask 002", "002", filepath.Join(dir, "new-002.json"), 0o664},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cmd := exec.Command("sh", "-c", `umask "$1" && exec "$2" build -o "$3" "$4"`, "sh", tt.umask, binary, tt.file, sample)
			out, err := cmd.CombinedOutput()
			require.NoError(t, err, string(out))
			info, err := os.Stat(tt.file)
			require.NoError(t, err)
			assert.Equal(t, tt.want, info.Mode().Perm())
		})
	}
}

// TestOutputThroughSymlink: -o LINK writes the link's target and keeps the
// link, also when the target does not exist yet.
func TestOutputThroughSymlink(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.Mkdir(filepath.Join(dir, "real"), 0o755))
	for _, existing := range []bool{true, false} {
		target := filepath.Join(dir, "real", "timeline.json")
		os.Remove(target)
		if existing {
			require.NoError(t, os.WriteFile(target, []byte("old"), 0o644))
		}
		link := filepath.Join(dir, "link.json")
		os.Remove(link)
		require.NoError(t, os.Symlink(filepath.Join("real", "timeline.json"), link))

		r := runBinary(t, nil, nil, "build", "-o", link, sample)
		require.Equal(t, 0, r.code, r.stderr)
		info, err := os.Lstat(link)
		require.NoError(t, err)
		assert.NotZero(t, info.Mode()&os.ModeSymlink, "the link is still a link")
		data, err := os.ReadFile(target)
		require.NoError(t, err)
		assert.True(t, strings.HasPrefix(string(data), "{\n  \"schema\": \"dateline/v1\""), "existing=%v", existing)
		leftovers, _ := filepath.Glob(filepath.Join(dir, "*", ".*tmp-*"))
		assert.Empty(t, leftovers)
	}
}

// TestOutputCheckedBeforeTheBuild: a bad -o is reported at once, before any
// input is read; standard input that never closes shows it.
func TestOutputCheckedBeforeTheBuild(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "file")
	require.NoError(t, os.WriteFile(file, nil, 0o644))
	tests := []struct{ out, want string }{
		{filepath.Join(dir, "no", "such", "timeline.json"), "dateline: cannot write " + filepath.Join(dir, "no", "such", "timeline.json") + ": folder " + filepath.Join(dir, "no", "such") + " does not exist"},
		{filepath.Join(file, "timeline.json"), "dateline: cannot write " + filepath.Join(file, "timeline.json") + ": " + file + " is not a folder"},
		// /sys takes no new file, even from root: the error is the
		// kernel's (permission denied, or read-only file system).
		{"/sys/timeline.json", "dateline: cannot write /sys/timeline.json: "},
		{dir, "dateline: cannot write " + dir + ": it is a folder"},
	}
	for _, tt := range tests {
		t.Run(tt.out, func(t *testing.T) {
			pr, pw, err := os.Pipe()
			require.NoError(t, err)
			defer pw.Close()
			defer pr.Close()
			r := runBinary(t, pr, nil, "build", "-", "-o", tt.out)
			assert.Equal(t, 1, r.code)
			assert.True(t, strings.HasPrefix(r.stderr, tt.want), r.stderr)
			assert.Equal(t, 1, strings.Count(r.stderr, "\n"), "one message, and no build ran: no summary line")
		})
	}
}

func TestJobsCapped(t *testing.T) {
	r := runBinary(t, nil, nil, "build", "-j", "1000000000", sample)
	require.Equal(t, 0, r.code, r.stderr)
	assert.Contains(t, r.stderr, "dateline: --jobs: 1000000000 is more than dateline starts; extracting on 256 workers\n")
	one := runBinary(t, nil, nil, "build", "-j", "1", sample)
	assert.Equal(t, one.stdout, r.stdout, "the output does not depend on -j")
}

// TestOutputInInputFolderNotReadBack: the second run does not read the
// first run's output as an article.
func TestOutputInInputFolderNotReadBack(t *testing.T) {
	dir := t.TempDir()
	data, err := os.ReadFile(sample)
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "article.txt"), data, 0o644))
	out := filepath.Join(dir, "timeline.json")
	first := runBinary(t, nil, nil, "build", dir, "-o", out)
	require.Equal(t, 0, first.code, first.stderr)
	firstOut, err := os.ReadFile(out)
	require.NoError(t, err)

	second := runBinary(t, nil, nil, "build", dir, "-o", out)
	require.Equal(t, 0, second.code, second.stderr)
	assert.Contains(t, second.stderr, "dateline: skipped "+out+": the output file of this run; not read as input\n")
	assert.Contains(t, second.stderr, "read 1 article (1 file,")
	secondOut, err := os.ReadFile(out)
	require.NoError(t, err)
	assert.Equal(t, string(firstOut), string(secondOut))
}

func TestDateFlagsRejectImpossibleDays(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"build", sample, "--default-date", "2022-02-30"}, `dateline: --default-date: "2022-02-30" is not a date: February 2022 has 28 days`},
		{[]string{"build", sample, "--default-date", "2024-02-30"}, `dateline: --default-date: "2024-02-30" is not a date: February 2024 has 29 days`},
		{[]string{"build", sample, "--default-date", "2022-04-31"}, `dateline: --default-date: "2022-04-31" is not a date: April 2022 has 30 days`},
		{[]string{"build", sample, "--default-date", "2022-13-01"}, `dateline: --default-date: "2022-13-01" is not a date: there is no month 13`},
		{[]string{"build", sample, "--default-date", "0000-01-01"}, `dateline: --default-date: "0000-01-01" is not a date: there is no year 0 (years run from 1 to 9999)`},
		{[]string{"build", sample, "--default-date", "+002022-01-01"}, `dateline: --default-date: "+002022-01-01" is not a date of the form YYYY-MM-DD (year 1 to 9999)`},
		{[]string{"build", sample, "--default-date", "10000-01-01"}, `dateline: --default-date: "10000-01-01" is not a date of the form YYYY-MM-DD (year 1 to 9999)`},
		{[]string{"query", sample, "--today", "2022-02-30", "--from", "yesterday"}, `dateline: --today: "2022-02-30" is not a date: February 2022 has 28 days`},
		{[]string{"query", sample, "--today", "0000-06-01"}, `dateline: --today: "0000-06-01" is not a date: there is no year 0 (years run from 1 to 9999)`},
		{[]string{"query", sample, "--from", "0000-01-01"}, `dateline: --from: "0000-01-01" is not a date: there is no year 0 (years run from 1 to 9999)`},
		{[]string{"query", sample, "--to", "2022-02-30"}, `dateline: --to: "2022-02-30" is not a date: February 2022 has 28 days`},
		{[]string{"query", sample, "--from", "0000"}, `dateline: --from: "0000" is not a date: there is no year 0 (years run from 1 to 9999)`},
		{[]string{"query", sample, "--to", "2022-00"}, `dateline: --to: "2022-00" is not a date: there is no month 0`},
		{[]string{"query", sample, "--since", "2021-06-31"}, `dateline: --since: "2021-06-31" is not a date: June 2021 has 30 days`},
		{[]string{"query", sample, "--until", "2021-13"}, `dateline: --until: "2021-13" is not a date: there is no month 13`},
		{[]string{"show", "x", sample, "--default-date", "2022-02-29"}, `dateline: --default-date: "2022-02-29" is not a date: February 2022 has 28 days`},
		{[]string{"tag", "--anchor", "2021-02-29", sample}, `dateline: --anchor: "2021-02-29" is not a date: February 2021 has 28 days`},
		{[]string{"tag", "--anchor", "+002022-01-03", sample}, `dateline: --anchor: "+002022-01-03" is not a date of the form YYYY-MM-DD (year 1 to 9999)`},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.args, " "), func(t *testing.T) {
			r := runBinary(t, nil, nil, tt.args...)
			assert.Equal(t, 2, r.code, r.stderr)
			assert.Empty(t, r.stdout)
			assert.Equal(t, tt.want+"\n", r.stderr)
		})
	}
	r := runBinary(t, nil, nil, "build", "--default-date", "9999-12-31", sample)
	assert.Equal(t, 0, r.code, "year 9999 is a year: %s", r.stderr)
}

// TestTimelineOfAnotherSchema is named as such, by build and by query.
func TestTimelineOfAnotherSchema(t *testing.T) {
	file := filepath.Join(t.TempDir(), "old.json")
	require.NoError(t, os.WriteFile(file, []byte(`{"schema": "dateline/v0", "events": [{"id": "call-2021-12-30-biden-putin"}]}`), 0o644))
	want := `dateline: skipped ` + file + `: a timeline JSON document of schema "dateline/v0", which this version does not read (it reads "dateline/v1"), not an article`
	for _, cmd := range []string{"build", "query"} {
		r := runBinary(t, nil, nil, cmd, file)
		assert.Equal(t, 1, r.code)
		assert.Contains(t, r.stderr, want)
		assert.NotContains(t, r.stderr, "no text")
	}
}

func TestUTF16WithoutByteOrderMark(t *testing.T) {
	text := "Ministers meet\nJan 3, 2022\nGENEVA - The ministers met on Monday.\n"
	var b []byte
	for _, r := range text {
		b = append(b, byte(r), 0)
	}
	file := filepath.Join(t.TempDir(), "utf16.txt")
	require.NoError(t, os.WriteFile(file, b, 0o644))
	r := runBinary(t, nil, nil, "build", file)
	assert.Equal(t, 1, r.code)
	assert.Contains(t, r.stderr, "dateline: skipped "+file+": UTF-16 text without a byte-order mark (every other byte is zero); convert it to UTF-8\n")
}
