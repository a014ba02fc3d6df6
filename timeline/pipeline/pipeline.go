// Package pipeline runs the whole job: read articles, extract the events
// they report, merge the reports of one event. It is the one entry point
// that `dateline build`, `dateline query` and library users share:
//
//	res, err := pipeline.Build(ctx, []string{"corpus/"}, pipeline.Options{})
//	// res.Timeline is the merged, sorted timeline
//
// It lives below package timeline rather than in it because every stage
// imports the domain types of timeline; the domain cannot import them back.
package pipeline

import (
	"context"
	"fmt"
	"runtime"
	"sync"

	"github.com/dateline/dateline/timeline"
	"github.com/dateline/dateline/timeline/article"
	"github.com/dateline/dateline/timeline/extract"
	"github.com/dateline/dateline/timeline/merge"
)

// Options configure Build. The zero value reads with the default reading
// options and extracts on one worker per CPU.
type Options struct {
	// Read are the reading options: date order, default date, stdin.
	Read article.ReadOptions
	// Jobs is the number of articles extracted in parallel, and of groups
	// of mentions merged in parallel; < 1 means one per CPU. The timeline
	// does not depend on it.
	Jobs int
	// Skipped, if set, is called with every file or record that cannot be
	// read (an *article.ReadError), in reading order, from one goroutine.
	Skipped func(error)
	// Extracted, if set, is called after each article is extracted, from
	// the worker's goroutine: for progress reports.
	Extracted func(timeline.Article)
}

// Result is what Build made and what it read to make it.
type Result struct {
	Timeline timeline.Timeline
	// Stats counts the articles and files read and skipped.
	Stats article.Stats
	// Mentions is the number of event mentions extracted before merging.
	Mentions int
}

// Build reads the articles under paths (files, folders, "-" for stdin),
// extracts their event mentions on opt.Jobs workers and merges them into
// one timeline. Reading is sequential, so messages come in a stable
// order; merging does not depend on the order in which articles finish,
// so the timeline is byte-identical for every Jobs.
//
// Build fails only when no article at all could be read, or when ctx is
// cancelled; an unreadable file is reported through opt.Skipped and the
// rest are built.
func Build(ctx context.Context, paths []string, opt Options) (Result, error) {
	articles := make(chan timeline.Article, 64)
	var stats article.Stats
	skipped := opt.Skipped
	if skipped == nil {
		skipped = func(error) {}
	}
	queued := newByteQueue(maxQueuedBytes)
	go func() {
		defer close(articles)
		stats = article.ReadContext(ctx, paths, opt.Read, func(a timeline.Article) {
			if !queued.acquire(ctx, len(a.Body)) {
				return
			}
			select {
			case articles <- a:
			case <-ctx.Done():
			}
		}, skipped)
	}()
	set := collect(ctx, articles, opt.Jobs, func(a timeline.Article) {
		queued.release(len(a.Body))
		if opt.Extracted != nil {
			opt.Extracted(a)
		}
	})
	if err := ctx.Err(); err != nil {
		return Result{}, err
	}
	res := Result{Mentions: set.Len(), Stats: stats}
	res.Timeline = set.Merge(merge.Options{Jobs: opt.Jobs})
	if stats.Read == 0 {
		return res, fmt.Errorf("no article could be read from %v", paths)
	}
	return res, nil
}

// Collect runs extraction on every article received from in, using jobs
// workers (jobs < 1 means one per CPU), and gathers the mentions in a
// merge.Set as they come, on a goroutine of its own: the Set keeps one
// copy of each distinct string, list of participants and trail of reasons,
// so memory grows with what the mentions say that is new, and article
// bodies are dropped as soon as they are extracted. done, if not nil, is
// called once per article after it is extracted, from the worker's
// goroutine. The order in which articles arrive or finish does not matter.
func Collect(in <-chan timeline.Article, jobs int, done func(timeline.Article)) *merge.Set {
	return collect(context.Background(), in, jobs, done)
}

// collect is Collect that, once ctx is done, drains in without extracting,
// so that the workers stop after the article they are on.
func collect(ctx context.Context, in <-chan timeline.Article, jobs int, done func(timeline.Article)) *merge.Set {
	if jobs < 1 {
		jobs = runtime.NumCPU()
	}
	found := make(chan []timeline.Mention, 4*jobs)
	var wg sync.WaitGroup
	for range jobs {
		wg.Go(func() {
			var x extract.Extractor
			for a := range in {
				if ctx.Err() != nil {
					continue
				}
				if ms := timeline.WithoutInPassing(x.Extract(a)); len(ms) > 0 {
					found <- ms
				}
				if done != nil {
					done(a)
				}
			}
		})
	}
	go func() {
		wg.Wait()
		close(found)
	}()
	set := &merge.Set{}
	for ms := range found {
		set.Add(ms...)
	}
	return set
}

// ExtractAll runs extraction on every article received from in, using
// jobs workers (jobs < 1 means one per CPU), and returns all mentions.
// done, if not nil, is called once per article after it is extracted, from
// the worker's goroutine.
//
// The order in which articles arrive or finish does not matter: Merge sorts
// mentions canonically, so the timeline is the same for every jobs value.
// Article bodies are dropped as soon as they are extracted, so memory grows
// with the mentions kept, not with the size of the corpus.
func ExtractAll(in <-chan timeline.Article, jobs int, done func(timeline.Article)) []timeline.Mention {
	return extractAll(context.Background(), in, jobs, done)
}

// extractAll is ExtractAll that, once ctx is done, drains in without
// extracting, so that the workers stop after the article they are on.
func extractAll(ctx context.Context, in <-chan timeline.Article, jobs int, done func(timeline.Article)) []timeline.Mention {
	if jobs < 1 {
		jobs = runtime.NumCPU()
	}
	var (
		mu  sync.Mutex
		all []timeline.Mention
		wg  sync.WaitGroup
	)
	for range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var local []timeline.Mention
			var x extract.Extractor
			for a := range in {
				if ctx.Err() != nil {
					continue
				}
				local = append(local, timeline.WithoutInPassing(x.Extract(a))...)
				if done != nil {
					done(a)
				}
			}
			mu.Lock()
			all = append(all, local...)
			mu.Unlock()
		}()
	}
	wg.Wait()
	return all
}

// Update merges timelines read back from JSON (published: their ids are
// kept as aliases where they change) with timelines built from new
// articles, into the timeline one build over all the articles gives (see
// merge.Update).
func Update(published []timeline.Timeline, fresh ...timeline.Timeline) timeline.Timeline {
	return merge.Update(published, fresh...)
}
