package resolve

// This file decides whether a verb governs a date: whether "met" in "met
// Foreign Minister X in the Kremlin on March 4" is the day's own verb, so
// that its tense leaves the day no room after the anchor but a story's
// few days of delay.

// pastVerbGoverns reports whether a past-tense verb governs the date at
// token i: the first verb found going left, in the same phrase (no
// punctuation between) and at most four words off: "met on March 3", "was
// signed Feb. 20", "seized the town on March 28", "were held from 3 to 5
// March".
func (t *tagger) pastVerbGoverns(i int) bool {
	reach, extra, phrases := governReach, 0, 0
	for k := i - 1; k >= 0 && k >= i-reach; k-- {
		if t.toks[k+1].newline {
			return false
		}
		if t.toks[k].kind != tWord {
			// "met Hossein Amir-Abdollahian on March 4": a hyphen glued
			// between two capitalised words is part of the name
			if extra < maxNameReach && t.gluedNameHyphen(k) {
				extra++
				reach++
				continue
			}
			return false
		}
		// "met on the evening of 3 March", "in the early hours of 3
		// March": the part of the day is part of the date.
		if _, ok := t.is(k-1, cPartDay); ok && t.word(k) == "of" && t.word(k-2) == "the" {
			k -= 2
			reach += 3
			continue
		}
		if t.word(k) == "of" && t.word(k-1) == "hours" && t.word(k-2) == "early" && t.word(k-3) == "the" {
			k -= 3 // "began in the early hours of 3 March"
			reach += 4
			continue
		}
		if c, ok := t.cueAt(k); ok {
			return c.ts == tensePast && !c.complement && !t.unrealisedBefore(k)
		}
		if t.word(k) == "to" && k+1 < i && t.capitalized(k+1) && phrases < maxGovernPhrases {
			// "travelled to Riyadh on 12 March": a destination, not the
			// "to" of an infinitive ("agreed to meet on 12 March")
			phrases++
			reach += governPhraseReach
			continue
		}
		if t.word(k) == "by" && k+1 < i && meansNouns[t.word(k+1)] && phrases < maxGovernPhrases {
			// "spoke by phone on February 20": the means, not the agent
			// or deadline "by" opens elsewhere
			phrases++
			reach += governPhraseReach
			continue
		}
		if governStops[t.word(k)] {
			return false
		}
		if phrases < maxGovernPhrases && governPhrasePrepositions[t.word(k)] {
			// "began during their meeting in the Kremlin on February 7":
			// a phrase of place or occasion between the verb and its date
			phrases++
			reach += governPhraseReach
		}
		if extra < maxNameReach && k > 0 && t.capitalized(k) {
			// "met Peruvian President Tomas Reyes on March 30": a name
			// between the verb and its date counts for no word
			extra++
			reach++
		}
	}
	return false
}

// gluedNameHyphen reports a "-" at k with no space on either side,
// between two capitalised words: the hyphen of "Amir-Abdollahian".
func (t *tagger) gluedNameHyphen(k int) bool {
	return k > 0 && k+1 < len(t.toks) && t.text[t.toks[k].start:t.toks[k].end] == "-" &&
		!t.toks[k].space && !t.toks[k+1].space && t.capitalized(k-1) && t.capitalized(k+1)
}

// governPhrasePrepositions open a phrase of place or occasion that may
// stand between a verb and its date; each of at most maxGovernPhrases
// such phrases lets pastVerbGoverns look governPhraseReach words further.
var governPhrasePrepositions = map[string]bool{"during": true, "in": true, "at": true, "with": true}

// meansNouns, after "by", name how something was done ("spoke by phone
// on February 20"): a phrase of manner between a verb and its date, which
// the verb still governs.
var meansNouns = map[string]bool{"phone": true, "telephone": true, "video": true, "videoconference": true,
	"videolink": true, "letter": true, "mail": true, "email": true, "plane": true, "car": true, "train": true, "satellite": true}

const (
	maxGovernPhrases  = 2
	governPhraseReach = 3
)

// maxNameReach is how many capitalised words of a name between a verb and
// its date pastVerbGoverns passes over beyond governReach.
const maxNameReach = 6

// frameVerbGoverns reports whether the date at tokens [start, end) frames
// its sentence ("On 25 March, the Council adopted a resolution": it
// opens the sentence, after at most "on", and a comma sets it off) and the
// main clause's verb after the comma is past: that verb governs the day as
// "adopted a resolution on 25 March" would.
func (t *tagger) frameVerbGoverns(start, end int) bool {
	k := start
	if k > 0 && t.word(k-1) == "on" {
		k--
	}
	if !t.sentenceStart(k) || !t.punct(end, ',') {
		return false
	}
	reach, extra := frameVerbReach, 0
	for j := end + 1; j < len(t.toks) && j <= end+reach; j++ {
		if t.sentenceEnd(j) {
			return false
		}
		if c, ok := t.cueAt(j); ok {
			return c.ts == tensePast && !c.complement && !t.unrealisedBefore(j)
		}
		if extra < maxFrameNameReach && (t.capitalized(j) || (t.word(j) == "of" || t.word(j) == "the") && t.capitalized(j+1)) {
			// "On March 10, Director of the Office of the Central Foreign
			// Affairs Commission Wang Yi spoke …": the subject's title and
			// name count for no token
			extra++
			reach++
		}
	}
	return false
}

// maxFrameNameReach is how many tokens of a subject's title and name
// frameVerbGoverns passes over beyond frameVerbReach.
const maxFrameNameReach = 12

// frameVerbReach is how many tokens after the comma of a framing date the
// main clause's verb may stand: "On 25 March, the UN Security Council
// adopted".
const frameVerbReach = 8

// unrealisedBefore reports whether the sentence before token k holds a
// future cue or a perfect infinitive, which may make the past verb at k
// part of a plan: "who was to have left April 30 and returned May 6",
// "will say whether it met on March 3".
func (t *tagger) unrealisedBefore(k int) bool {
	// A line break does not stop the search: in text wrapped at a fixed
	// width it falls inside sentences, and where it ends a paragraph, a
	// cue found beyond it only keeps the wider slack.
	for j := k - 1; j >= 0 && j >= k-maxCueDistance; j-- {
		if t.sentenceEnd(j) {
			return false
		}
		if t.word(j) == "to" && t.word(j+1) == "have" {
			return true
		}
		if c, ok := t.cueAt(j); ok && c.ts == tenseFuture {
			return true
		}
	}
	return false
}

// governReach is how many words before a date pastVerbGoverns looks.
const governReach = 4

// governStops open a phrase of their own between a verb and a date:
// "agreed to meet on", "said that on", "the deal which on".
var governStops = map[string]bool{"to": true, "that": true, "which": true, "who": true, "when": true,
	"and": true, "or": true, "but": true, "until": true, "by": true, "before": true, "after": true}
