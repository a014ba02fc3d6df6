package main

import (
	"fmt"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/rickb777/date/v2"
	"github.com/spf13/cobra"

	"github.com/dateline/dateline/resolve"
	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/article"
	"github.com/dateline/dateline/timeline/pipeline"
)

func init() { subcommands = append(subcommands, (*app).queryCmd) }

func (a *app) queryCmd() *cobra.Command {
	var (
		corpus corpusFlags
		output outputFlags
		q      queryFlags
		src    storeFlags
	)
	c := &cobra.Command{
		Use:   "query (PATH... | --db FILE) [--from D] [--to D] [--who NAME] [--country C] [--kind K] [--status S] [--where PLACE] [--text T]",
		Short: "List the events of a date range, a participant, a country, a kind or a place",
		Long: `query selects events from articles (anything build reads) or from a timeline
JSON document written by 'dateline build -f json', and prints them. With --db
FILE it selects them from a store (made by 'dateline add') through its indexes,
with the same answer; --corrections FILE applies hand corrections before
selecting.

Dates: --from (or --since) and --to (or --until) take YYYY-MM-DD, YYYY-MM,
YYYY, "now", a number of days, weeks, months or years back or ahead ("-7d",
"-2w", "+1m"), or an expression the resolver understands relative to today
("yesterday", "last week", "this month", "March 2021"). An all-numeric date
such as 03/01/2022 is read by --date-order (dmy or mdy) and refused without
it. A month, week or year given to --from starts at its first day; given to
--to it ends at its last day. The range is inclusive, and an event is selected
when its date range overlaps it: a week-long event is selected by any day of
its week, and an event known only to the year 2021 by any range in 2021;
--precise leaves out events whose date is less precise than the range (a
year in a range of a month), and with no range the events coarser than a
month. Undated events are left out when a date bound is given.

--who matches a participant by full name, surname or alias, ignoring case
and accents ("putin", "zelensky"); given twice (or comma-separated), every
name must have taken part: --who biden --who putin is their meetings and
calls; --any-who selects the events of either. --country selects events with
a participant of that country (a country taking part, or a person of it).
--kind and --status may be repeated or comma-separated; an event of any of
the values is selected.

--sort date (the default) lists the oldest first, -date the newest first;
--limit N keeps the first N after sorting.

The format is -f, else the one the -o file's extension names, else the table:
aligned columns fitted to the terminal (or $COLUMNS), coloured only when stdout
is a terminal, with --id for a column of event ids. Every format of 'build' is
accepted, and -f json prints the same document as build with only the selected
events.`,
		Example: `  dateline query seeds --from 2021-12-29 --to 2022-01-02
  dateline query timeline.json --who biden --who putin --kind call -f brief
  dateline query corpus/ --since -7d --status planned --sort -date --limit 10
  dateline query timeline.json --country Ukraine --id
  dateline query --db news.db --text "Strategic Stability" --corrections fixes.yaml`,
		Args: src.needPaths,
		RunE: func(c *cobra.Command, args []string) error {
			opt, err := corpus.options()
			if err != nil {
				return err
			}
			f, err := q.filter(c, opt.DateOrder)
			if err != nil {
				return err
			}
			output.newestFirst = q.sort == "-date"
			r, err := output.renderer(a, c, "table")
			if err != nil {
				return err
			}
			if err := q.checkOrder(output.formatName(c, "table")); err != nil {
				return err
			}
			if err := checkPaths(args); err != nil {
				return err
			}
			o, err := openOutput(a.context(), output.out, a.stdout)
			if err != nil {
				return err
			}
			defer o.abort()
			opt.Exclude = o.files()
			sel, err := a.selectFrom(&src, f, func() (timeline.Timeline, error) { return a.loadTimeline(args, opt, corpus.jobs) })
			if err != nil {
				return err
			}
			sel.Events = orderAndLimit(sel.Events, q.sort == "-date", q.limit)
			output.reportLeftOutCoarse(a, r, &sel)
			return o.render(r, &sel, a.leftOut)
		},
	}
	corpus.register(c)
	q.register(c)
	output.register(c, "table")
	src.register(c)
	return c
}

// queryFlags are the selection flags of query.
type queryFlags struct {
	from, to, since, until, today   string
	who, countries, kinds, statuses []string
	anyWho, precise                 bool
	where, text, sort               string
	limit                           int
}

func (q *queryFlags) register(c *cobra.Command) {
	fl := c.Flags()
	fl.StringVar(&q.from, "from", "", "first day of the range (inclusive)")
	fl.StringVar(&q.to, "to", "", "last day of the range (inclusive)")
	fl.StringVar(&q.since, "since", "", "the same as --from")
	fl.StringVar(&q.until, "until", "", "the same as --to")
	fl.StringVar(&q.today, "today", "", "the day that \"now\", \"-7d\" and relative --from/--to expressions count from (default: the current date)")
	fl.StringSliceVar(&q.who, "who", nil, "participant name, surname or alias; repeated, all of them took part")
	fl.BoolVar(&q.anyWho, "any-who", false, "select events in which any of the --who names took part, not all of them")
	fl.StringSliceVar(&q.countries, "country", nil, "country of a participant (a country, or a person of it); repeated, any of them")
	fl.StringSliceVar(&q.kinds, "kind", nil, "event kind: "+plainList(kindNames()))
	fl.StringSliceVar(&q.statuses, "status", nil, "event status: "+plainList(statusNames()))
	fl.StringVar(&q.where, "where", "", "place name (substring, ignoring case)")
	fl.StringVar(&q.text, "text", "", "free text found in a title, participant, place, headline or sentence")
	fl.BoolVar(&q.precise, "precise", false, "leave out events whose date is less precise than the range (without a range: coarser than a month)")
	fl.StringVar(&q.sort, "sort", "date", "date (oldest first) or -date (newest first)")
	fl.IntVar(&q.limit, "limit", 0, "print at most this many events (0: all)")
	complete(c, "kind", kindNames()...)
	complete(c, "status", statusNames()...)
	complete(c, "sort", "date", "-date")
	complete(c, "from", "now", "-7d", "-30d", "yesterday", "last week", "this month")
	complete(c, "since", "now", "-7d", "-30d", "yesterday", "last week", "this month")
	complete(c, "to", "now", "today", "tomorrow", "next week")
	complete(c, "until", "now", "today", "tomorrow", "next week")
}

// orderedFormats are the formats whose order --sort -date changes; the
// others (the page, the report, TimelineJS, the calendar) lay events out
// by date themselves.
var orderedFormats = []string{"table", "brief", "brief-md", "json", "jsonl", "csv"}

// checkOrder refuses --sort -date for a format that would ignore it.
func (q *queryFlags) checkOrder(format string) error {
	switch q.sort {
	case "date":
		return nil
	case "-date":
		if !slices.Contains(orderedFormats, format) {
			return usagef("--sort -date: the %s format lays events out by date itself; use it with %s", format, plainList(orderedFormats))
		}
		return nil
	}
	return usagef("--sort: %q is not an order: use date (oldest first) or -date (newest first)", q.sort)
}

// orderAndLimit lists the events oldest first (newest first when newest
// is set; undated events last either way) and keeps the first limit of
// them when limit > 0.
func orderAndLimit(events []timeline.Event, newest bool, limit int) []timeline.Event {
	timeline.SortEvents(events)
	if newest {
		dated := len(events)
		for dated > 0 && events[dated-1].When == nil {
			dated--
		}
		slices.Reverse(events[:dated])
	}
	if limit > 0 && len(events) > limit {
		events = events[:limit]
	}
	return events
}

// filter checks the query flags; every problem is a usage error that says
// what is accepted.
func (q *queryFlags) filter(c *cobra.Command, order article.DateOrder) (timeline.Filter, error) {
	f := timeline.Filter{Who: splitList(q.who), AnyWho: q.anyWho, Countries: splitList(q.countries),
		Where: q.where, Text: q.text, Precise: q.precise}
	if q.anyWho && len(f.Who) == 0 {
		return f, usagef("--any-who selects among --who names: give two or more --who")
	}
	if q.limit < 0 {
		return f, usagef("--limit: %d is not a number of events (use 1 or more, or 0 for all)", q.limit)
	}
	ref := date.Today()
	if q.today != "" {
		d, err := parseDayFlag("--today", q.today)
		if err != nil {
			return f, err
		}
		ref = d
	}
	from, fromFlag, err := alias(c, "from", "since", q.from, q.since)
	if err != nil {
		return f, err
	}
	to, toFlag, err := alias(c, "to", "until", q.to, q.until)
	if err != nil {
		return f, err
	}
	if from != "" {
		if f.From, err = dayOf(fromFlag, from, ref, order, false); err != nil {
			return f, err
		}
	}
	if to != "" {
		if f.To, err = dayOf(toFlag, to, ref, order, true); err != nil {
			return f, err
		}
	}
	if f.From != date.Zero && f.To != date.Zero && f.To < f.From {
		return f, usagef("--%s %s is before --%s %s", toFlag, f.To, fromFlag, f.From)
	}
	for _, k := range splitList(q.kinds) {
		kind, err := timeline.ParseKind(k)
		if err != nil {
			return f, usagef("--kind: %q is not a kind: use %s", k, plainList(kindNames()))
		}
		f.Kinds = append(f.Kinds, kind)
	}
	for _, s := range splitList(q.statuses) {
		st, err := timeline.ParseStatus(s)
		if err != nil {
			return f, usagef("--status: %q is not a status: use %s", s, plainList(statusNames()))
		}
		f.Statuses = append(f.Statuses, st)
	}
	return f, nil
}

// alias returns the value of a flag given under its name or its alias
// (--from or --since), and which name was used; both is a usage error.
func alias(c *cobra.Command, name, other, v1, v2 string) (string, string, error) {
	switch {
	case c.Flags().Changed(name) && c.Flags().Changed(other):
		return "", "", usagef("--%s and --%s are the same flag: give one", name, other)
	case c.Flags().Changed(other):
		return v2, other, nil
	}
	return v1, name, nil
}

// relativeDay reads "-7d", "+2w", "-3m", "-1y".
var relativeDay = regexp.MustCompile(`^([+-]\d{1,5})([dwmy])$`)

// numericDate is an all-numeric date with / or . separators: 03/01/2022.
var numericDate = regexp.MustCompile(`^\d{1,4}[/.]\d{1,2}[/.]\d{1,4}$`)

// dayOf reads a --from or --to value: the first day it can mean, or the
// last for --to. flag names the flag for the message.
func dayOf(flag, s string, ref date.Date, order article.DateOrder, last bool) (date.Date, error) {
	if err := checkISODate("--"+flag, s); err != nil {
		return date.Zero, err
	}
	t := strings.ToLower(strings.TrimSpace(s))
	if t == "now" {
		return ref, nil
	}
	if m := relativeDay.FindStringSubmatch(t); m != nil {
		n, _ := strconv.Atoi(m[1])
		switch m[2] {
		case "d":
			return ref.AddDate(0, 0, n), nil
		case "w":
			return ref.AddDate(0, 0, 7*n), nil
		case "m":
			return ref.AddDate(0, n, 0), nil
		}
		return ref.AddDate(n, 0, 0), nil
	}
	if numericDate.MatchString(t) {
		d, err := article.ParsePublished(t, order)
		if err != nil {
			return date.Zero, usagef("--%s: %v", flag, err)
		}
		return d, nil
	}
	r, err := resolve.ParseRange(s, ref)
	if err != nil {
		return date.Zero, usagef("--%s: %v, \"now\" or \"-7d\"", flag, err)
	}
	if last {
		return r.Last, nil
	}
	return r.First, nil
}

// splitList splits comma-separated values and drops empty ones.
func splitList(vals []string) []string {
	var out []string
	for _, v := range vals {
		for _, p := range strings.Split(v, ",") {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, p)
			}
		}
	}
	return out
}

// loadTimeline builds the timeline from articles, or reads it when a path
// is a timeline JSON document; several paths' events are merged: a
// timeline read back is merged again with the articles and the other
// timelines (its ids kept as aliases where they changed).
func (a *app) loadTimeline(paths []string, opt article.ReadOptions, jobs int) (timeline.Timeline, error) {
	var (
		docs     []timeline.Timeline
		articles []string
	)
	for _, p := range paths {
		if p != "-" && strings.HasSuffix(strings.ToLower(p), ".json") && isRegularFile(p) {
			if data, err := os.ReadFile(p); err == nil && timeline.LooksLikeTimelineJSON(data) {
				tl, err := timeline.DecodeJSON(data, func(err error) { fmt.Fprintf(a.stderr, "dateline: skipped %s: %v\n", p, err) })
				if err != nil {
					return tl, fmt.Errorf("%s: %w", p, err)
				}
				docs = append(docs, tl)
				continue
			}
		}
		articles = append(articles, p)
	}
	if len(docs) == 1 && len(articles) == 0 {
		return docs[0], nil
	}
	var built []timeline.Timeline
	if len(articles) > 0 {
		gc := tuneGC()
		defer gc.stop()
		tl, err := a.buildTimeline(articles, opt, jobs)
		if err != nil {
			return tl, err
		}
		built = append(built, tl)
	}
	return pipeline.Update(docs, built...), nil
}
