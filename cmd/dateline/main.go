// Command dateline turns news articles into a chronological timeline of
// diplomatic events.
//
//	dateline tag    FILE|-        date expressions, resolved (JSON Lines or TimeML)
//	dateline eval   --timeml DIR  TempEval-3 scores of the resolver on TimeML gold
//	dateline build  PATH...       the merged timeline (JSON, HTML, Markdown, …)
//	dateline query  PATH...       the events of a date range, a participant, a kind
//
// Data goes to stdout, messages to stderr. Exit status: 0 success, 1 the
// work failed, 2 usage error.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"
)

// Exit codes shared by every subcommand.
const (
	exitOK    = 0
	exitFail  = 1
	exitUsage = 2
)

// usageError marks an error caused by how the command was called; it exits 2.
type usageError struct{ err error }

func (u usageError) Error() string { return u.err.Error() }
func (u usageError) Unwrap() error { return u.err }

// usagef returns a usage error (exit status 2).
func usagef(format string, args ...any) error {
	return usageError{fmt.Errorf(format, args...)}
}

// app carries the process's streams so that tests can run commands in-process.
type app struct {
	stdin          io.Reader
	stdout, stderr io.Writer
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run executes the command line args and returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	a := &app{stdin: stdin, stdout: stdout, stderr: stderr}
	root := a.rootCmd()
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.Execute()
	if err == nil {
		return exitOK
	}
	fmt.Fprintf(stderr, "dateline: %v\n", err)
	var u usageError
	if errors.As(err, &u) || isCobraUsage(err) {
		return exitUsage
	}
	return exitFail
}

func (a *app) rootCmd() *cobra.Command {
	root := &cobra.Command{
		Use:   "dateline",
		Short: "Turn news articles into a chronological timeline of diplomatic events",
		Long: `dateline reads news articles (plain-text wire stories, JSON, JSON Lines, folders of
them), resolves every date expression against the article's dateline, extracts the
diplomatic events (calls, meetings, visits, talks, summits), merges the reports of
the same event and writes a timeline.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return usageError{fmt.Errorf("%s: %w (see '%s --help')", c.CommandPath(), err, c.CommandPath())}
	})
	for _, add := range subcommands {
		root.AddCommand(add(a))
	}
	return root
}

// subcommands is filled by each subcommand's file in its init function, so
// that every command lives in a file of its own.
var subcommands []func(*app) *cobra.Command

// isCobraUsage recognises the errors cobra returns for unknown commands and
// wrong argument counts, which are usage errors.
func isCobraUsage(err error) bool {
	msg := err.Error()
	for _, p := range []string{"unknown command", "unknown flag", "unknown shorthand flag", "accepts ", "requires at least", "requires at most", "invalid argument"} {
		if strings.Contains(msg, p) {
			return true
		}
	}
	return false
}
