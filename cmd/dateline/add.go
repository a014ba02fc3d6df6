package main

import (
	"context"
	"fmt"
	"os"
	"slices"

	"github.com/spf13/cobra"

	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/article"
	"github.com/dateline/dateline/timeline/correct"
	"github.com/dateline/dateline/timeline/pipeline"
	"github.com/dateline/dateline/timeline/store"
)

func init() { subcommands = append(subcommands, (*app).addCmd) }

func (a *app) addCmd() *cobra.Command {
	var (
		corpus      corpusFlags
		db          string
		corrections []string
	)
	c := &cobra.Command{
		Use:   "add --db FILE [PATH...] [--corrections FILE]",
		Short: "Add articles to a store, merging again only the events they touch",
		Long: `add reads the articles under PATH (anything build reads) into the store FILE,
making it when it does not exist. Only articles whose content is not in the
store yet are extracted; their mentions are merged with the stored events
they touch, and nothing else is merged again. Adding the same files again
does no work and says so. 'dateline build --db FILE' then writes the
timeline one build over every article added gives, byte for byte.

An article whose id (path or URL) is stored with other content is a new
version: it replaces the stored one.

--corrections FILE keeps the corrections file in the store (replacing those
kept before), so that build, query and show --db apply it; corrections whose
event no longer exists are reported after every add.

Everything add does is one transaction: interrupted (Ctrl-C) or failing, it
leaves the store as it was.`,
		Example: `  dateline add --db news.db corpus/2021-12/
  dateline add --db news.db corpus/2022-01/ --corrections fixes.yaml
  dateline build --db news.db -f html -o timeline.html`,
		RunE: func(c *cobra.Command, args []string) error {
			if db == "" {
				return usagef("add: --db FILE is required: the store to add to")
			}
			if len(args) == 0 && len(corrections) == 0 {
				return usagef("add needs a PATH to add (a file, a folder, or - for stdin) or --corrections FILE (see 'dateline add --help')")
			}
			opt, err := corpus.options()
			if err != nil {
				return err
			}
			if err := checkPathsThen(args, "nothing was added to "+db); err != nil {
				return err
			}
			// A signal cancels ctx: the transaction is rolled back and
			// the store is left as it was.
			ctx := a.context()
			a.stopped = "nothing added to " + db + ": the store is as it was"
			s, err := store.Open(db, store.Create)
			if err != nil {
				return err
			}
			defer s.Close()
			if len(args) > 0 {
				if err := a.addArticles(ctx, s, args, opt, corpus.jobs); err != nil {
					return err
				}
			}
			if len(corrections) > 0 {
				if err := a.keepCorrections(ctx, s, corrections); err != nil {
					return err
				}
			}
			return a.checkCorrections(ctx, s, db)
		},
	}
	corpus.register(c)
	c.Flags().StringVar(&db, "db", "", "the store (an SQLite file; made when it does not exist)")
	c.Flags().StringArrayVar(&corrections, "corrections", nil, "keep this corrections file (JSON or YAML) in the store; may be repeated")
	return c
}

// addArticles reads the articles under paths, extracts those whose content
// hash the store does not know, and adds them.
func (a *app) addArticles(ctx context.Context, s *store.Store, paths []string, opt article.ReadOptions, jobs int) error {
	if opt.Stdin == nil {
		opt.Stdin = a.stdin
	}
	prog := newProgress(a.stderr)
	var (
		fresh   []store.Article
		known   int
		lookErr error
	)
	in := make(chan timeline.Article, 64)
	var stats article.Stats
	go func() {
		defer close(in)
		stats = article.ReadContext(ctx, paths, opt, func(art timeline.Article) {
			if ctx.Err() != nil || lookErr != nil {
				return
			}
			sa := store.NewArticle(art)
			ok, err := s.Known(ctx, sa.Hash)
			if err != nil {
				lookErr = err
				return
			}
			if ok {
				known++
				return
			}
			fresh = append(fresh, sa)
			in <- art
		}, func(err error) {
			if ctx.Err() == nil {
				a.warn("skipped %s", userWords(err))
			}
		})
	}()
	mentions := pipeline.ExtractAll(in, jobs, func(art timeline.Article) { prog.add(len(art.Body)) })
	prog.done()
	if ctx.Err() != nil {
		return context.Cause(ctx)
	}
	if lookErr != nil {
		return fmt.Errorf("nothing added to %s: %w", s.Path(), lookErr)
	}
	if stats.Read == 0 {
		return fmt.Errorf("no article could be read from %v", paths)
	}
	skipped := fmt.Sprint(stats.Skipped)
	if stats.NotEnglish > 0 {
		skipped += fmt.Sprintf(" (%d not English)", stats.NotEnglish)
	}
	read := fmt.Sprintf("dateline: read %s (%s, %.1f MB), skipped %s",
		count(stats.Read, "article", "articles"), count(stats.Files, "file", "files"), float64(stats.Bytes)/1e6, skipped)
	if len(fresh) == 0 {
		fmt.Fprintf(a.stderr, "%s; no new articles: all %d are already in %s\n", read, known, s.Path())
		return nil
	}
	rep, err := s.Add(ctx, fresh, mentions)
	if err != nil {
		if ctx.Err() != nil {
			return context.Cause(ctx)
		}
		return fmt.Errorf("nothing added to %s: %w", s.Path(), err)
	}
	// Committed: a signal from now on cuts short only what follows.
	a.stopped = fmt.Sprintf("the %s added to %s are kept", count(rep.New, "article", "articles"), s.Path())
	replaced := ""
	if rep.Replaced > 0 {
		replaced = fmt.Sprintf(" (replacing %d stored %s with the same id)", rep.Replaced, plural(rep.Replaced, "version", "versions"))
	}
	fmt.Fprintf(a.stderr, "%s; %d new%s, %d already in the store; %d mentions merged with %d stored %s → %d events written, %d taken out; %s holds %d events\n",
		read, rep.New, replaced, known+rep.Known, rep.Mentions, rep.Groups, plural(rep.Groups, "group", "groups"),
		rep.Written, rep.Removed, s.Path(), rep.Events)
	for _, old := range sortedKeys(rep.Aliases) {
		fmt.Fprintf(a.stderr, "dateline: %s is now %s (the old id still finds it)\n", old, rep.Aliases[old])
	}
	return nil
}

// keepCorrections stores the corrections files, once each parses whole: a
// file kept must not lose an entry.
func (a *app) keepCorrections(ctx context.Context, s *store.Store, paths []string) error {
	var docs []store.Doc
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			return fmt.Errorf("--corrections: %w", err)
		}
		if _, err := correct.Parse(p, data); err != nil {
			return fmt.Errorf("--corrections: not kept in %s: %w", s.Path(), err)
		}
		docs = append(docs, store.Doc{Name: p, Data: data})
	}
	if err := s.SetCorrections(ctx, docs); err != nil {
		return err
	}
	fmt.Fprintf(a.stderr, "dateline: kept %d corrections %s in %s\n", len(docs), plural(len(docs), "file", "files"), s.Path())
	return nil
}

// checkCorrections applies the stored corrections to the events they name
// and reports those that no longer apply.
func (a *app) checkCorrections(ctx context.Context, s *store.Store, db string) error {
	docs, err := s.Corrections(ctx)
	if err != nil || len(docs) == 0 {
		return err
	}
	var files []correct.File
	for _, d := range docs {
		f, err := correct.Parse(d.Name, d.Data)
		a.reportParse(err)
		files = append(files, f)
	}
	named, err := s.Events(ctx, correct.EventIDs(files...))
	if err != nil {
		return err
	}
	aliases, err := s.Aliases(ctx)
	if err != nil {
		return err
	}
	a.correct(named, correct.Options{Aliases: aliases}, files)
	return nil
}

func sortedKeys(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
