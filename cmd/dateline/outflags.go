package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/dateline/dateline/render"
	"github.com/dateline/dateline/timeline"
)

// outputFlags are the flags of the commands that write a timeline (build
// and query): the format, the file, and the options some formats take.
type outputFlags struct {
	format    string
	out       string
	title     string
	icsCoarse bool
	id        bool
	// newestFirst is set by query's --sort -date.
	newestFirst bool
}

func (f *outputFlags) register(c *cobra.Command, defaultFormat string) {
	c.Flags().StringVarP(&f.format, "format", "f", defaultFormat, "output format: "+formatList()+" (default: the one -o's extension names, else "+defaultFormat+")")
	c.Flags().StringVarP(&f.out, "output", "o", "", "write to this file (atomically) instead of stdout")
	c.Flags().StringVar(&f.title, "title", "", "title of the page, report, brief, calendar or TimelineJS title slide (default: from the dates)")
	c.Flags().BoolVar(&f.icsCoarse, "ics-coarse", false, "ics: keep events known only to a quarter, a year or longer (left out by default)")
	c.Flags().BoolVar(&f.id, "id", false, "table: add a column with each event's id, for 'dateline show ID'")
	complete(c, "format", render.Formats...)
}

// extensionFormats maps an output file's extension to the format it names.
var extensionFormats = map[string]string{
	".html": "html", ".htm": "html",
	".md": "md", ".markdown": "md",
	".json":  "json",
	".jsonl": "jsonl", ".ndjson": "jsonl",
	".csv": "csv",
	".ics": "ics",
	".txt": "brief",
}

// formatName is the format to write: -f when given, else the one the
// output file's extension names, else def. -f brief writing a .md file is
// brief-md.
func (f *outputFlags) formatName(c *cobra.Command, def string) string {
	ext := strings.ToLower(filepath.Ext(f.out))
	if c.Flags().Changed("format") {
		if f.format == "brief" && ext == ".md" {
			return "brief-md"
		}
		return f.format
	}
	if name, ok := extensionFormats[ext]; ok && f.out != "-" {
		return name
	}
	return def
}

// renderer looks up the output format and sets its options; an unknown
// format is a usage error. The table gets colour only when it goes to a
// terminal, and is fitted to the terminal's width (or to $COLUMNS).
func (f *outputFlags) renderer(a *app, c *cobra.Command, def string) (render.Renderer, error) {
	name := f.formatName(c, def)
	r, err := render.Lookup(name)
	if err != nil {
		return nil, usagef("--format: %v", err)
	}
	toStdout := f.out == "" || f.out == "-"
	switch r := r.(type) {
	case *render.TableRenderer:
		file, isFile := a.stdout.(*os.File)
		tty := toStdout && isFile && term.IsTerminal(int(file.Fd()))
		r.Color = tty && os.Getenv("NO_COLOR") == ""
		r.ID = f.id
		r.NewestFirst = f.newestFirst
		if n, err := strconv.Atoi(os.Getenv("COLUMNS")); err == nil && n > 0 && toStdout {
			r.Width = n
		} else if tty {
			if w, _, err := term.GetSize(int(file.Fd())); err == nil {
				r.Width = w
			}
		}
	case *render.BriefRenderer:
		r.Title = f.title
		r.NewestFirst = f.newestFirst
	case *render.HTMLRenderer:
		r.Title = f.title
	case *render.MarkdownRenderer:
		r.Title = f.title
	case *render.ReportHTMLRenderer:
		r.Title = f.title
	case *render.TimelineJSRenderer:
		r.Title = f.title
	case *render.ICSRenderer:
		r.Title = f.title
		r.Coarse = f.icsCoarse
	}
	if f.id && name != "table" {
		return nil, usagef("--id adds a column to the table; it does nothing for -f %s", name)
	}
	if f.icsCoarse && name != "ics" {
		return nil, usagef("--ics-coarse keeps coarse dates in a calendar; it does nothing for -f %s", name)
	}
	return r, nil
}

// reportLeftOutCoarse says, when a calendar leaves out events known only
// to a quarter, a year or longer, how many and which flag keeps them.
func (f *outputFlags) reportLeftOutCoarse(a *app, r render.Renderer, tl *timeline.Timeline) {
	if ics, ok := r.(*render.ICSRenderer); ok && !ics.Coarse {
		if n := render.CoarseEvents(tl); n > 0 {
			a.warn("left %s dated only to a quarter, a year or longer out of the calendar (--ics-coarse keeps them)", count(n, "event", "events"))
		}
	}
}

// complete registers the values a flag accepts for shell completion.
func complete(c *cobra.Command, flag string, values ...string) {
	_ = c.RegisterFlagCompletionFunc(flag, func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return values, cobra.ShellCompDirectiveNoFileComp
	})
}

// kindNames and statusNames are the values --kind and --status accept.
func kindNames() []string {
	out := make([]string, len(timeline.Kinds))
	for i, k := range timeline.Kinds {
		out[i] = string(k)
	}
	return out
}

func statusNames() []string {
	out := make([]string, len(timeline.Statuses))
	for i, s := range timeline.Statuses {
		out[i] = string(s)
	}
	return out
}

// plainList joins values for a message: "call, meeting or visit".
func plainList(values []string) string {
	if len(values) < 2 {
		return strings.Join(values, "")
	}
	return fmt.Sprintf("%s or %s", strings.Join(values[:len(values)-1], ", "), values[len(values)-1])
}
