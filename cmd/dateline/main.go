// Command dateline turns news articles into a chronological timeline of
// diplomatic events.
//
//	dateline tag    FILE|-        date expressions, resolved (JSON Lines or TimeML)
//	dateline eval   --timeml DIR  TempEval-3 scores of the resolver on TimeML gold
//	dateline build  PATH...       the merged timeline (JSON, HTML, Markdown, …)
//	dateline query  PATH...       the events of a date range, a participant, a kind
//	dateline show   ID PATH...    one event, every source, and why
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
	"regexp"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"github.com/dateline/dateline/timeline/article"
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
	// streamed is set by a command that writes its data as it reads
	// (tag): a signal leaves the output it wrote so far.
	streamed bool
	// stopped, when set, is what a signal leaves of a command that writes
	// no output file (add: the store as it was).
	stopped string
}

// context is the command's context: a.ctx, or one never cancelled.
func (a *app) context() context.Context {
	if a.ctx == nil {
		return context.Background()
	}
	return a.ctx
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
	return "interrupted (" + name + ")"
}

// outcome says what a command stopped by a signal left: an output file
// is never half written, but a stream has written what it had.
func (a *app) outcome() string {
	if a.stopped != "" {
		return a.stopped
	}
	if a.streamed {
		return "the output stops where it had got to, perhaps in the middle of a line"
	}
	return "nothing was written"
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
		fmt.Fprintf(stderr, "dateline: %v; %s\n", stop, a.outcome())
		return stop.exitCode()
	}
	fmt.Fprintf(stderr, "dateline: %s\n", safeText(userWords(err)))
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
		Version:       version(),
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetVersionTemplate("dateline {{.Version}}\n")
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return usageError{fmt.Errorf("%s (see '%s --help')", flagWords(err), c.CommandPath())}
	})
	for _, add := range subcommands {
		root.AddCommand(add(a))
	}
	return root
}

// version is the module's version and the VCS revision the binary was
// built from, as the Go toolchain records them: "v1.2.0", or "(devel) rev
// 2e95880ab12c, modified, 2026-01-05T10:00:00Z" for a build from a work
// tree; then the Go version.
func version() string {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return "(unknown version)"
	}
	v := info.Main.Version
	if v == "" {
		v = "(devel)"
	}
	var rev, when string
	modified := false
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.time":
			when = s.Value
		case "vcs.modified":
			modified = s.Value == "true"
		}
	}
	if rev != "" {
		v += " rev " + rev[:min(12, len(rev))]
		if modified {
			v += ", modified"
		}
		if when != "" {
			v += ", " + when
		}
	}
	return v + " (" + info.GoVersion + ")"
}

// flagArgument reads pflag's message for a value it could not parse:
// invalid argument "abc" for "-j, --jobs" flag: strconv.ParseInt: …
var flagArgument = regexp.MustCompile(`^invalid argument "(.*)" for "(?:-., )?(--[^"]+)" flag: (.*)$`)

// flagWords says a flag error in the user's words: which flag, which value,
// what was expected, without the parser's internals.
func flagWords(err error) string {
	msg := err.Error()
	m := flagArgument.FindStringSubmatch(msg)
	if m == nil {
		return msg
	}
	value, flag, why := m[1], m[2], m[3]
	switch {
	case strings.HasPrefix(why, strconv.Quote(value)+" "):
		// The flag's own parser said it with the value: "64XB" is not a size …
		return fmt.Sprintf("%s: %s", flag, why)
	case strings.Contains(why, "ParseInt"), strings.Contains(why, "ParseUint"), strings.Contains(why, "Atoi"):
		return fmt.Sprintf("%s: %q is not a whole number", flag, value)
	case strings.Contains(why, "ParseBool"):
		return fmt.Sprintf("%s: %q is not true or false", flag, value)
	}
	return fmt.Sprintf("%s: %q: %s", flag, value, why)
}

// userWords rewrites the messages of cobra and of the library that name
// no flag, so that each says once what is wrong and which flag to use.
func userWords(err error) string {
	msg := err.Error()
	if errors.Is(err, article.ErrNoDate) {
		msg = strings.Replace(msg, "; give a default date to read it anyway", "", 1) + " (pass --default-date YYYY-MM-DD to read it anyway)"
	}
	return msg
}

// safeText makes text from files and flags safe to print on a terminal:
// control characters (an escape sequence in a file name), and the
// invisible characters that reorder text (a right-to-left override), are
// written as Go escapes, \x1b or \u202e, the rest as it is.
func safeText(s string) string {
	if !strings.ContainsFunc(s, unsafeRune) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if unsafeRune(r) {
			q := strconv.QuoteRune(r)
			b.WriteString(q[1 : len(q)-1])
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func unsafeRune(r rune) bool {
	return r == utf8.RuneError || (unicode.IsControl(r) && r != '\t') || unicode.Is(unicode.Cf, r) && r != '\u200d'
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
