package extract

import (
	"fmt"
	"testing"
)

// TestExplainIsSprintf holds explain to fmt.Sprintf for the template of
// every rule and for templates it leaves to fmt, with every count of
// words from none to one more than maxReasonArgs, and words that %q
// escapes.
func TestExplainIsSprintf(t *testing.T) {
	templates := []string{"%d days", "100%", "50%% of %s", "%v", "no verb", "%s%q%s"}
	for _, r := range Rules {
		templates = append(templates, r.Explain)
	}
	words := []string{"Biden", "the \"Quad\"", "é\n\x00\xff", ""}
	for _, tmpl := range templates {
		for n := 0; n <= maxReasonArgs+1; n++ {
			args := make([]string, n)
			boxed := make([]any, n)
			for i := range args {
				args[i] = words[(i+n)%len(words)]
				boxed[i] = args[i]
			}
			if got, want := explain(tmpl, args), fmt.Sprintf(tmpl, boxed...); got != want {
				t.Errorf("explain(%q, %q) = %q, want %q", tmpl, args, got, want)
			}
		}
	}
}
