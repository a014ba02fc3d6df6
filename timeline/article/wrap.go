package article

import (
	"sort"
	"strings"
)

// Wire copy of the typewriter and teletype age, plain-text mail and many
// text dumps break lines at a fixed width, in the middle of sentences:
//
//	Treasury Secretary James Baker has
//	cancelled a trip to Australia because of pressing business at
//	home, including the visit this week by Japanese Prime Minister
//	Yasuhiro Nakasone, a Treasury spokesman said.
//	    The spokesman, who asked not to be identified, said: "I
//
// A line break there is a space: a name, a date or a clause may run over
// it. Paragraphs are the blank lines and the indented lines. Modern copy
// puts a paragraph on a line, and its line breaks stay what they are.

// minWrappedLines is the fewest lines a body must have to be judged
// hard-wrapped: a short text says too little about its lines.
const minWrappedLines = 4

// maxWrapWidth is the longest line of hard-wrapped text, with some room
// over the usual 65–80 columns; a longer line is a paragraph on a line.
const maxWrapWidth = 100

// unwrapLines joins the lines of a hard-wrapped body: within a paragraph
// a line break becomes a space; a blank line or an indented line starts a
// new paragraph. ok is false, and body is returned as it is, when the body
// is not hard-wrapped: most of its lines that go on to a next line of the
// same paragraph end a sentence, or its lines are longer than a column.
func unwrapLines(body string) (string, bool) {
	lines := strings.Split(body, "\n")
	if len(lines) < minWrappedLines {
		return body, false
	}
	var lengths []int
	joins, sentenceEnds := 0, 0
	for i, l := range lines {
		l = strings.TrimRight(l, " \t\r")
		if strings.TrimSpace(l) == "" {
			continue
		}
		lengths = append(lengths, len(l))
		if i+1 < len(lines) && continuesParagraph(lines[i+1]) {
			joins++
			if endsSentence(l) {
				sentenceEnds++
			}
		}
	}
	if len(lengths) < minWrappedLines || joins < minWrappedLines-1 {
		return body, false
	}
	sort.Ints(lengths)
	if lengths[len(lengths)*9/10] > maxWrapWidth || sentenceEnds*2 > joins {
		return body, false
	}
	var b strings.Builder
	b.Grow(len(body))
	for i, l := range lines {
		l = strings.TrimRight(l, " \t\r")
		switch {
		case i == 0:
		case strings.TrimSpace(l) == "" || !continuesParagraph(l):
			b.WriteByte('\n')
		case strings.TrimSpace(lines[i-1]) == "":
			// after a blank line: the break is already written
		default:
			b.WriteByte(' ')
		}
		if strings.TrimSpace(l) == "" {
			continue
		}
		if continuesParagraph(l) {
			b.WriteString(l)
		} else {
			b.WriteString(strings.TrimLeft(l, " \t"))
		}
	}
	return b.String(), true
}

// continuesParagraph reports whether a line goes on with the paragraph of
// the line before: it is not blank and not indented.
func continuesParagraph(line string) bool {
	return strings.TrimSpace(line) != "" && line[0] != ' ' && line[0] != '\t'
}

// endsSentence reports whether a line ends with the end of a sentence.
func endsSentence(l string) bool {
	l = strings.TrimRight(l, `"'”’)]`)
	return strings.HasSuffix(l, ".") || strings.HasSuffix(l, "?") || strings.HasSuffix(l, "!") || strings.HasSuffix(l, ":")
}
