package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"golang.org/x/term"
)

// progress draws a one-line progress report on stderr while a long build
// runs, and only when stderr is a terminal: logs and pipes get nothing.
type progress struct {
	mu       sync.Mutex
	w        io.Writer
	on       bool
	start    time.Time
	last     time.Time
	articles int
	bytes    int64
}

func newProgress(stderr io.Writer) *progress {
	f, ok := stderr.(*os.File)
	on := ok && term.IsTerminal(int(f.Fd()))
	return &progress{w: stderr, on: on, start: time.Now()}
}

// add counts one more article of n bytes and redraws at most ten times a second.
func (p *progress) add(n int) {
	if !p.on {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.articles++
	p.bytes += int64(n)
	if now := time.Now(); now.Sub(p.last) >= 100*time.Millisecond {
		p.last = now
		p.draw(now)
	}
}

func (p *progress) draw(now time.Time) {
	secs := now.Sub(p.start).Seconds()
	mbps := 0.0
	if secs > 0 {
		mbps = float64(p.bytes) / 1e6 / secs
	}
	fmt.Fprintf(p.w, "\r\033[K%s %d articles, %.1f MB, %.1f MB/s", spinner(p.articles), p.articles, float64(p.bytes)/1e6, mbps)
}

// done clears the progress line.
func (p *progress) done() {
	if !p.on {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	fmt.Fprint(p.w, "\r\033[K")
}

func spinner(n int) string {
	const frames = "|/-\\"
	return string(frames[(n/8)%len(frames)])
}
