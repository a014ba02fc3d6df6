package timeline

import (
	"runtime"
	"sync"
)

// ExtractAll runs Extract on every article received from in, using jobs
// workers (jobs < 1 means one per CPU), and returns all mentions. done, if
// not nil, is called once per article after it is extracted, from the
// worker's goroutine.
//
// The order in which articles arrive or finish does not matter: Merge sorts
// mentions canonically, so the timeline is the same for every jobs value.
// Article bodies are dropped as soon as they are extracted, so memory grows
// with the mentions kept, not with the size of the corpus.
func ExtractAll(in <-chan Article, jobs int, done func(Article)) []Mention {
	if jobs < 1 {
		jobs = runtime.NumCPU()
	}
	var (
		mu  sync.Mutex
		all []Mention
		wg  sync.WaitGroup
	)
	for range jobs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var local []Mention
			var x Extractor
			for a := range in {
				local = append(local, x.Extract(a)...)
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
