package extract

// maskIndex is a read-only map from words to firstWord sets: an
// open-addressing hash table quicker than a Go map for the short words of
// running text. A slot keeps the first and last eight bytes of its word,
// which for words of up to sixteen bytes are the whole word: finding one
// costs no string comparison.
type maskIndex struct {
	// tags holds a few bits of the hash of each slot's word (0 for an
	// empty slot): at two bytes a slot they stay in the first-level cache,
	// where the slots do not, and most words of a text are in no slot,
	// which the tags alone tell.
	tags  []uint16
	slots []maskSlot
	words []string  // the word of each slot, compared for longer words
	mask  int       // len(slots)-1; len(slots) is a power of two
	empty firstWord // the set of the empty word, which has no slot
}

type maskSlot struct {
	a, b uint64 // wordKey of the word
	n    uint32 // length of the word; 0 for an empty slot
	set  firstWord
}

// newMaskIndex builds the index of m, with at most a quarter of its slots
// in use so that a word not in m usually costs one probe.
func newMaskIndex(m map[string]firstWord) maskIndex {
	size := 16
	for size < 4*len(m) {
		size *= 2
	}
	x := maskIndex{tags: make([]uint16, size), slots: make([]maskSlot, size), words: make([]string, size), mask: size - 1}
	for w, set := range m {
		if w == "" {
			x.empty = set
			continue
		}
		a, b := wordKey(w)
		h := keyHash(a, b, len(w))
		i := h & x.mask
		for x.slots[i].n != 0 {
			i = (i + 1) & x.mask
		}
		x.tags[i] = hashTag(h)
		x.slots[i] = maskSlot{a: a, b: b, n: uint32(len(w)), set: set}
		x.words[i] = w
	}
	return x
}

// get returns the set of w, or 0 when w is not in the index.
func (x *maskIndex) get(w string) firstWord {
	if w == "" {
		return x.empty
	}
	a, b := wordKey(w)
	n := uint32(len(w))
	h := keyHash(a, b, len(w))
	tag := hashTag(h)
	for i := h & x.mask; ; i = (i + 1) & x.mask {
		switch x.tags[i] {
		case 0:
			return 0
		case tag:
			s := &x.slots[i]
			if s.a == a && s.b == b && s.n == n && (n <= 16 || x.words[i] == w) {
				return s.set
			}
		}
	}
}

// hashTag is the tag of a slot whose word hashes to h: bits of h above
// those that pick the slot (for tables of up to 65,536 slots), never 0.
func hashTag(h int) uint16 { return uint16(h>>16) | 1 }

// wordKey returns the first and last eight bytes of w (four when w is
// shorter than eight bytes, the first, middle and last when shorter than
// four). With the length, they are all of a word of up to sixteen bytes.
func wordKey(w string) (a, b uint64) {
	n := len(w)
	switch {
	case n >= 8:
		return load64(w), load64(w[n-8:])
	case n >= 4:
		return uint64(load32(w)), uint64(load32(w[n-4:]))
	case n > 0:
		return uint64(w[0]) | uint64(w[n/2])<<8 | uint64(w[n-1])<<16, 0
	}
	return 0, 0
}

// keyHash mixes a word's key and length into a slot number.
func keyHash(a, b uint64, n int) int {
	h := (a^uint64(n)<<56)*0x9e3779b97f4a7c15 ^ b*0xc2b2ae3d27d4eb4f
	h ^= h >> 29
	return int(h >> 32)
}

// load64 reads the first eight bytes of s, little-endian.
func load64(s string) uint64 {
	_ = s[7]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// load32 reads the first four bytes of s, little-endian.
func load32(s string) uint32 {
	_ = s[3]
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}
