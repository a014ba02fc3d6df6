package resolve

// Tag finds the temporal expressions in text and resolves each against a.
// The result is in text order, spans sorted and non-overlapping.
//
// TODO(resolver): placeholder signature; the implementation lands with issue 2.
func Tag(text string, a Anchor) []Timex {
	return nil
}
