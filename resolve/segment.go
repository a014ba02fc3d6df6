package resolve

import (
	"errors"
	"io"
	"strings"
	"unsafe"
)

// Segments. A text is tagged paragraph by paragraph: each paragraph (the
// text up to a blank line) is tokenized and scanned on its own, so that
// the work space is that of one paragraph whatever the length of the text.
// What a paragraph needs of the text before it — the dates the narrative
// look-backs ("the following day", "that year", "a year earlier") count
// from — is carried over: the expressions found in the last lookBack bytes.
// Tag, TagSpans and TagReader cut a text at the same places, so that they
// give the same results.

// maxSegment is the longest segment: a paragraph longer than this is cut
// at its last line break within maxSegment bytes, else at the end of its
// last sentence, else at its last space, else (a run of 64 KiB without a
// space) at maxSegment bytes.
const maxSegment = 64 << 10

// lookBack is how far back, in bytes, any rule reads the expressions
// already found; the carry keeps the expressions of that many bytes.
const lookBack = max(narrativeContext, anaphorContext, quarterContext)

// segmentEnd returns the length of the segment at the start of s, the
// rest of a text: up to the first paragraph break after some text (the
// line break that opens a blank line), the break itself left to the next
// segment. atEOF says whether s runs to the end of the text; when it does
// not and s is too short to decide, ok is false and the caller must read
// more. The answer depends only on the first maxSegment+1 bytes of s and,
// when s is shorter, on atEOF.
func segmentEnd(s string, atEOF bool) (n int, ok bool) {
	win := s[:min(len(s), maxSegment)]
	q := 0
	for q < len(win) && byteClass[win[q]] == bSpace {
		q++
	}
	// A paragraph break: a line break, blanks, and another line break.
	for k := q; k < len(win); {
		nl := strings.IndexByte(win[k:], '\n')
		if nl < 0 {
			break
		}
		k += nl
		for m := k + 1; m < len(win) && byteClass[win[m]] == bSpace; m++ {
			if win[m] == '\n' {
				return k, true
			}
		}
		k++
	}
	switch {
	case len(s) <= maxSegment && atEOF:
		return len(s), true
	case len(s) <= maxSegment:
		return 0, false
	}
	// A paragraph longer than maxSegment: its last line break, else the
	// end of its last sentence, else its last space, else a cut at
	// maxSegment bytes.
	for k := len(win) - 1; k > q; k-- {
		if win[k] == '\n' {
			return k, true
		}
	}
	for k := len(win) - 1; k > q+1; k-- {
		if byteClass[win[k]] == bSpace {
			switch win[k-1] {
			case '.', '!', '?', ';':
				return k, true
			}
		}
	}
	for k := len(win) - 1; k > q; k-- {
		if byteClass[win[k]] == bSpace {
			return k, true
		}
	}
	return len(win), true
}

// tagSegment tags seg, the segment of a text that starts at byte segBase,
// after the segments before it (whose expressions of the last lookBack
// bytes are in the carry). It returns the new expressions with offsets in
// the whole text; they and tg.ranges, their ranges in order, live in the
// Tagger's scratch until the next segment.
func (tg *Tagger) tagSegment(seg string, segBase int, a Anchor) []Timex {
	t := tg.scan(seg, segBase, a)
	tg.updateCarry(t, segBase, segBase+len(seg))
	xs := t.out[t.carried:]
	for k := range xs {
		xs[k].Start += segBase
		xs[k].End += segBase
	}
	*t = tagger{}
	return xs
}

// updateCarry keeps, of the carried expressions and those of the segment
// just scanned (t.out, offsets relative to segBase), the ones that end in
// the last lookBack bytes before end, with offsets in the whole text and
// ranges of their own.
func (tg *Tagger) updateCarry(t *tagger, segBase, end int) {
	next := tg.carryNext[:0]
	rs := tg.carryRangesNext[:0]
	// out is in text order: the expressions to keep are its tail.
	k := len(t.out)
	for k > 0 && t.out[k-1].End+segBase >= end-lookBack {
		k--
	}
	if cap(rs) < len(t.out)-k {
		rs = make([]Range, 0, len(t.out)-k) // never grown below: pointers into it are kept
	}
	for _, x := range t.out[k:] {
		x.Start += segBase
		x.End += segBase
		if x.Range != nil {
			rs = append(rs, *x.Range)
			x.Range = &rs[len(rs)-1]
		}
		next = append(next, x)
	}
	clear(tg.carry) // the old carry's strings belong to texts done with
	tg.carry, tg.carryNext = next, tg.carry[:0]
	tg.carryRanges, tg.carryRangesNext = rs, tg.carryRanges[:0]
}

// resetCarry forgets the carried expressions: the next segment opens a
// text.
func (tg *Tagger) resetCarry() {
	clear(tg.carry)
	tg.carry = tg.carry[:0]
}

// readChunk is how much TagReader asks its reader for at a time.
const readChunk = 64 << 10

// TagReader tags the text read from r as Tag tags the whole of it — the
// same expressions, with offsets in the whole input — but holds only a
// paragraph or two of it at a time, so that its memory does not grow with
// the input. For each segment (a paragraph, or a part of a paragraph
// longer than 64 KiB) in text order it calls fn with the segment's offset
// in the input, its text and its expressions. The expressions' strings may
// be kept; the slice xs and the Ranges it points to are reused once fn
// returns. An error from fn or a read error other than io.EOF stops the
// reading and is returned.
func (tg *Tagger) TagReader(r io.Reader, a Anchor, fn func(offset int, text string, xs []Timex) error) error {
	buf := make([]byte, 0, 2*maxSegment+readChunk)
	base := 0 // offset of buf[0] in the input
	atEOF := false
	tg.resetCarry()
	defer tg.resetCarry()
	tg.shift = 0
	for {
		// Fill buf until it holds more than a segment can need, or the
		// input ends.
		for !atEOF && len(buf) <= maxSegment {
			if cap(buf)-len(buf) < readChunk {
				grown := make([]byte, len(buf), 2*cap(buf))
				copy(grown, buf)
				buf = grown
			}
			n, err := r.Read(buf[len(buf) : len(buf)+readChunk])
			buf = buf[:len(buf)+n]
			if errors.Is(err, io.EOF) {
				atEOF = true
			} else if err != nil {
				return err
			}
		}
		pos := 0
		for pos < len(buf) {
			// The window is only read during the call, and buf is not
			// written to until it returns.
			win := buf[pos:min(len(buf), pos+maxSegment+1)]
			n, ok := segmentEnd(unsafe.String(unsafe.SliceData(win), len(win)), atEOF && len(buf)-pos <= maxSegment)
			if !ok {
				break
			}
			// A segment of its own: the expressions' strings point into
			// it and outlive the buffer.
			seg := string(buf[pos : pos+n])
			xs := tg.tagSegment(seg, base+pos, a)
			if err := fn(base+pos, seg, xs); err != nil {
				return err
			}
			pos += n
			if !atEOF && len(buf)-pos <= maxSegment {
				break // read more before the next segment
			}
		}
		base += pos
		buf = buf[:copy(buf, buf[pos:])]
		if atEOF && len(buf) == 0 {
			return nil
		}
	}
}
