package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dateline/dateline/resolve"
	"github.com/dateline/dateline/resolve/timeml"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const evalGold = "../../testdata/timeml/agree/gold"

// evalCLI runs the command line in-process and returns status, stdout, stderr.
func evalCLI(args ...string) (int, string, string) {
	var out, errOut bytes.Buffer
	code := run(args, strings.NewReader(""), &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestEvalPrintsTheLibraryReport(t *testing.T) {
	docs, err := timeml.ReadDir(evalGold)
	require.NoError(t, err)
	var want bytes.Buffer
	opt := timeml.WriteOptions{Errors: 5, PerDoc: true}
	require.NoError(t, timeml.Evaluate(docs, timeml.Resolver(resolve.Tag), 1).Write(&want, opt))

	for _, jobs := range []string{"1", "3"} {
		code, out, stderr := evalCLI("eval", "--timeml", evalGold, "--errors", "5", "--per-doc", "-j", jobs)
		require.Equal(t, exitOK, code, stderr)
		assert.Equal(t, want.String(), out, "-j %s", jobs)
	}
	code, out, _ := evalCLI("eval", "--timeml", evalGold)
	require.Equal(t, exitOK, code)
	assert.True(t, strings.HasPrefix(out, "docs=3 gold=11 sys="), out)
	for _, prefix := range []string{"strict  P=", "relaxed P=", "value   P=", "type    F1=", `{"strict_f1": `} {
		assert.Contains(t, out, "\n"+prefix)
	}
}

func TestEvalUsageAndFailures(t *testing.T) {
	tests := []struct {
		name   string
		args   []string
		code   int
		stderr string
	}{
		{"no dir", []string{"eval"}, exitUsage, "--timeml DIR is required"},
		{"extra argument", []string{"eval", "--timeml", evalGold, "more"}, exitUsage, `unknown command "more"`},
		{"bad jobs", []string{"eval", "--timeml", evalGold, "-j", "0"}, exitUsage, "--jobs 0: expected 1 or more"},
		{"negative errors", []string{"eval", "--timeml", evalGold, "--errors", "-1"}, exitUsage, "--errors -1: expected a count"},
		{"unknown flag", []string{"eval", "--gold", evalGold}, exitUsage, "unknown flag: --gold"},
		{"missing dir", []string{"eval", "--timeml", "no/such/dir"}, exitFail, "cannot read TimeML gold files: open no/such/dir"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, stderr := evalCLI(tt.args...)
			assert.Equal(t, tt.code, code)
			assert.Contains(t, stderr, tt.stderr)
			assert.Empty(t, out)
		})
	}
}

func TestEvalGoesOnAfterABadFile(t *testing.T) {
	dir := t.TempDir()
	good, err := os.ReadFile(filepath.Join(evalGold, "c.tml"))
	require.NoError(t, err)
	require.NoError(t, os.WriteFile(filepath.Join(dir, "good.tml"), good, 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "bad.tml"), []byte("<TimeML>\n<TEXT>no creation time</TEXT>"), 0o644))

	code, out, stderr := evalCLI("eval", "--timeml", dir)
	assert.Equal(t, exitFail, code)
	assert.Contains(t, stderr, filepath.Join(dir, "bad.tml")+":1: no document creation time")
	assert.Contains(t, stderr, "1 gold file(s) in "+dir+" could not be read")
	assert.True(t, strings.HasPrefix(out, "docs=1 gold=0 sys="), "the good file is still scored: %s", out)
}
