package resolve

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/resolve")

// TestGolden tags the made-up wire stories in testdata/resolve/*.txt (the
// anchor is on the first line, "anchor: YYYY-MM-DD") and compares every
// field with the .golden file beside each; run with -update to rewrite.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob("../testdata/resolve/*.txt")
	require.NoError(t, err)
	require.NotEmpty(t, files, "no stories in testdata/resolve")
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			buf, err := os.ReadFile(f)
			require.NoError(t, err)
			head, body, ok := strings.Cut(string(buf), "\n")
			require.True(t, ok && strings.HasPrefix(head, "anchor: "), "%s: first line must be \"anchor: YYYY-MM-DD\"", f)
			a := Anchor{Date: d(strings.TrimPrefix(head, "anchor: "))}
			var sb strings.Builder
			for _, x := range Tag(body, a) {
				line, err := json.Marshal(x)
				require.NoError(t, err)
				sb.Write(line)
				sb.WriteByte('\n')
			}
			golden := strings.TrimSuffix(f, ".txt") + ".golden"
			if *update {
				require.NoError(t, os.WriteFile(golden, []byte(sb.String()), 0o644))
			}
			want, err := os.ReadFile(golden)
			require.NoError(t, err, "%s missing: run go test ./resolve -run TestGolden -update", golden)
			require.Equal(t, string(want), sb.String())
		})
	}
}
