package pipeline

import (
	"context"
	"sync"
)

// maxQueuedBytes bounds the article text read but not yet extracted: the
// reader waits while that much is queued, so that a folder of large
// articles is not all in memory at once, whatever the input. An article
// larger than the bound is let through alone.
const maxQueuedBytes = 16 << 20

// byteQueue counts the bytes of the articles between the reader and the
// end of their extraction. One goroutine acquires (the reader); workers
// release.
type byteQueue struct {
	mu    sync.Mutex
	used  int64
	max   int64
	freed chan struct{} // a token whenever bytes are released
}

func newByteQueue(max int64) *byteQueue {
	return &byteQueue{max: max, freed: make(chan struct{}, 1)}
}

// acquire waits until n more bytes may be queued, or ctx is done (false).
func (q *byteQueue) acquire(ctx context.Context, n int) bool {
	for {
		q.mu.Lock()
		if q.used == 0 || q.used+int64(n) <= q.max {
			q.used += int64(n)
			q.mu.Unlock()
			return true
		}
		q.mu.Unlock()
		select {
		case <-q.freed:
		case <-ctx.Done():
			return false
		}
	}
}

// release gives n bytes back.
func (q *byteQueue) release(n int) {
	q.mu.Lock()
	q.used -= int64(n)
	q.mu.Unlock()
	select {
	case q.freed <- struct{}{}:
	default:
	}
}
