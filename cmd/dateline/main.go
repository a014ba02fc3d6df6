// Command dateline turns news articles into a chronological timeline of
// diplomatic events.
//
//	dateline tag    FILE|-        date expressions, resolved (JSON Lines or TimeML)
//	dateline eval   --timeml DIR  TempEval-3 scores of the resolver on TimeML gold
//	dateline build  PATH...       the merged timeline (JSON, HTML, Markdown, …)
//	dateline query  PATH...       the events of a date range, a participant, a kind
//
// Data goes to stdout, messages to stderr. Exit status: 0 success, 1 the
// work failed, 2 usage error, 130 or 143 stopped by SIGINT or SIGTERM.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

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

// app carries the process's streams and context, so that tests can run
// commands in-process and a signal can stop a command wherever it is.
type app struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	// ctx is cancelled, with an *interrupted cause, on SIGINT or SIGTERM.
	ctx context.Context
}

func main() {
	os.Exit(runContext(signalContext(), os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// interrupted is why a command stopped before its end: the signal it got.
type interrupted struct{ sig os.Signal }

func (e *interrupted) Error() string {
	name := "SIGINT"
	if e.sig == syscall.SIGTERM {
		name = "SIGTERM"
	}
	return "interrupted (" + name + "); nothing was written"
}

// exitCode is the shell's convention for a process a signal ended:
// 128 + the signal's number (130 for SIGINT, 143 for SIGTERM).
func (e *interrupted) exitCode() int {
	if s, ok := e.sig.(syscall.Signal); ok {
		return 128 + int(s)
	}
	return exitFail
}

// signalContext is cancelled when the process gets SIGINT (Ctrl-C) or
// SIGTERM: the command stops reading, removes the temporary output file
// and exits. A second signal ends the process at once, as if dateline did
// not catch it; so does the first, signalGrace after it, if the command
// is stuck where no context reaches (a write to a pipe nobody reads).
func signalContext() context.Context {
	ctx, cancel := context.WithCancelCause(context.Background())
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, os.Interrupt, syscall.SIGTERM)
	go func() {
		sig := <-sigs
		signal.Stop(sigs)
		stop := &interrupted{sig: sig}
		cancel(stop)
		time.Sleep(signalGrace)
		fmt.Fprintf(os.Stderr, "dateline: %v\n", stop)
		os.Exit(stop.exitCode())
	}()
	return ctx
}

// signalGrace is how long a command has to stop by itself after a signal.
// Cancelling takes milliseconds: the temporary file is removed at once,
// and the build does not wait for the article being extracted.
const signalGrace = 3 * time.Second

// run executes the command line args and returns the exit status.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return runContext(context.Background(), args, stdin, stdout, stderr)
}

// runContext is run under ctx.
func runContext(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	a := &app{stdin: stdin, stdout: stdout, stderr: stderr, ctx: ctx}
	root := a.rootCmd()
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	err := root.ExecuteContext(ctx)
	if err == nil {
		return exitOK
	}
	var stop *interrupted
	if errors.As(context.Cause(ctx), &stop) {
		fmt.Fprintf(stderr, "dateline: %v\n", stop)
		return stop.exitCode()
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
