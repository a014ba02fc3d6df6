package resolve

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// Class 1 of issue 10: tense and direction from the whole clause, not from
// single cue words. Made-up sentences; the anchor is Wednesday 15 March
// 2023 unless given.
func TestTagClauseTense(t *testing.T) {
	wed := Anchor{Date: d("2023-03-15")}
	runCases(t, []tagCase{
		// A plan told in the past: the weekday is past.
		{sentence: "The two sides agreed to meet on Friday in Geneva.", anchor: wed, text: "Friday", typ: Date, value: "2023-03-10", gran: GranDay, first: "2023-03-10", last: "2023-03-10"},
		{sentence: "The rebels planned to attack the town on Monday.", anchor: wed, text: "Monday", typ: Date, value: "2023-03-13", gran: GranDay, first: "2023-03-13", last: "2023-03-13"},
		{sentence: "The envoys had hoped to sign the accord on Saturday, but talks broke down.", anchor: wed, text: "Saturday", typ: Date, value: "2023-03-11", gran: GranDay, first: "2023-03-11", last: "2023-03-11"},
		{sentence: "The ministers had hoped to sign a treaty in May.", anchor: Anchor{Date: d("2023-07-10")}, text: "May", typ: Date, value: "2023-05", gran: GranMonth, first: "2023-05-01", last: "2023-05-31"},
		// … a plan told in the present perfect or present looks ahead.
		{sentence: "The two sides have agreed to meet on Friday in Geneva.", anchor: wed, text: "Friday", typ: Date, value: "2023-03-17", gran: GranDay, first: "2023-03-17", last: "2023-03-17"},
		{sentence: "The rebels plan to lay down arms on Monday.", anchor: wed, text: "Monday", typ: Date, value: "2023-03-20", gran: GranDay, first: "2023-03-20", last: "2023-03-20"},
		{sentence: "The envoys are hoping to sign the accord on Saturday.", anchor: wed, text: "Saturday", typ: Date, value: "2023-03-18", gran: GranDay, first: "2023-03-18", last: "2023-03-18"},
		// A month agreed in the past may lie on either side: the nearest.
		{sentence: "The utility agreed to sell its grid for $2 billion in June.", anchor: wed, text: "June", typ: Date, value: "2023-06", gran: GranMonth, first: "2023-06-01", last: "2023-06-30"},
		// Postponements, deadlines and boundaries set the direction.
		{sentence: "The vote was postponed until Friday.", anchor: wed, text: "Friday", typ: Date, value: "2023-03-17", gran: GranDay, first: "2023-03-17", last: "2023-03-17"},
		{sentence: "The summit was pushed back to June.", anchor: Anchor{Date: d("2023-08-10")}, text: "June", typ: Date, value: "2024-06", gran: GranMonth, first: "2024-06-01", last: "2024-06-30"},
		{sentence: "The ceasefire held until Friday, when shelling resumed.", anchor: wed, text: "Friday", typ: Date, value: "2023-03-10", gran: GranDay, first: "2023-03-10", last: "2023-03-10"},
		{sentence: "Troops must leave no later than March 31.", anchor: Anchor{Date: d("2023-08-01")}, text: "March 31", typ: Date, value: "2024-03-31", gran: GranDay, first: "2024-03-31", last: "2024-03-31", mod: "ON_OR_BEFORE"},
		{sentence: "Officials said the pact was signed no later than March 31.", anchor: Anchor{Date: d("2023-08-01")}, text: "March 31", typ: Date, value: "2023-03-31", gran: GranDay, first: "2023-03-31", last: "2023-03-31", mod: "ON_OR_BEFORE"},
		{sentence: "A deal could come as early as October.", anchor: wed, text: "October", typ: Date, value: "2023-10", gran: GranMonth, first: "2023-10-01", last: "2023-10-31", mod: "ON_OR_AFTER"},
		{sentence: "The firm had agreed to repay the loan by February.", anchor: Anchor{Date: d("2022-11-02")}, text: "February", typ: Date, value: "2023-02", gran: GranMonth, first: "2023-02-01", last: "2023-02-28"},
		// Verb groups that are not past.
		{sentence: "The review should be completed in June, the ministry said.", anchor: Anchor{Date: d("2023-08-10")}, text: "June", typ: Date, value: "2024-06", gran: GranMonth, first: "2024-06-01", last: "2024-06-30"},
		{sentence: "The appeal is heard on Monday in The Hague.", anchor: wed, text: "Monday", typ: Date, value: "2023-03-20", gran: GranDay, first: "2023-03-20", last: "2023-03-20"},
		{sentence: "By then the troops will have been withdrawn on Friday.", anchor: wed, text: "Friday", typ: Date, value: "2023-03-17", gran: GranDay, first: "2023-03-17", last: "2023-03-17"},
		{sentence: "The talks are being held on Thursday.", anchor: wed, text: "Thursday", typ: Date, value: "2023-03-16", gran: GranDay, first: "2023-03-16", last: "2023-03-16"},
		{sentence: "The ministers won't meet on Friday, an aide said.", anchor: wed, text: "Friday", typ: Date, value: "2023-03-17", gran: GranDay, first: "2023-03-17", last: "2023-03-17"},
		// Words that only look like past verbs, or like future cues.
		{sentence: "Unconfirmed reports spoke of a coup. On Friday unconfirmed accounts will be checked.", anchor: wed, text: "Friday", typ: Date, value: "2023-03-17", gran: GranDay, first: "2023-03-17", last: "2023-03-17"},
		{sentence: "On Friday, Mohamed will address the assembly.", anchor: wed, text: "Friday", typ: Date, value: "2023-03-17", gran: GranDay, first: "2023-03-17", last: "2023-03-17"},
		{sentence: "President Mohamed visits Paris on Friday.", anchor: wed, text: "Friday", typ: Date, value: "2023-03-17", gran: GranDay, first: "2023-03-17", last: "2023-03-17"},
		// An -ed word after an adjective that goes before another is an
		// adjective too, not the clause's verb.
		{sentence: "He will discuss the summit of the seven leading industrialised nations in June.", anchor: wed, text: "June", typ: Date, value: "2023-06", gran: GranMonth, first: "2023-06-01", last: "2023-06-30"},
		{sentence: "Envoys of major developed economies will meet on Friday.", anchor: wed, text: "Friday", typ: Date, value: "2023-03-17", gran: GranDay, first: "2023-03-17", last: "2023-03-17"},
		{sentence: "A highly qualified envoy will arrive in May.", anchor: wed, text: "May", typ: Date, value: "2023-05", gran: GranMonth, first: "2023-05-01", last: "2023-05-31"},
		{sentence: "The envoy, who is well connected, will arrive on Friday.", anchor: wed, text: "Friday", typ: Date, value: "2023-03-17", gran: GranDay, first: "2023-03-17", last: "2023-03-17"},
		{sentence: "The leading candidates debated on Friday.", anchor: wed, text: "Friday", typ: Date, value: "2023-03-10", gran: GranDay, first: "2023-03-10", last: "2023-03-10"},
		{sentence: "The embassy next to the palace was shelled on Friday.", anchor: wed, text: "Friday", typ: Date, value: "2023-03-10", gran: GranDay, first: "2023-03-10", last: "2023-03-10"},
		{sentence: "An unnamed envoy arrives in Rome on Friday.", anchor: wed, text: "Friday", typ: Date, value: "2023-03-17", gran: GranDay, first: "2023-03-17", last: "2023-03-17"},
		// "plan" after a determiner is a noun: the clause is past.
		{sentence: "The ministry announced the plan on Friday.", anchor: wed, text: "Friday", typ: Date, value: "2023-03-10", gran: GranDay, first: "2023-03-10", last: "2023-03-10"},
		{sentence: "The bank unveiled its plans Feb. 21.", anchor: wed, text: "Feb. 21", typ: Date, value: "2023-02-21", gran: GranDay, first: "2023-02-21", last: "2023-02-21"},
		{sentence: "The bank plans to sell the unit on Jan. 21.", anchor: wed, text: "Jan. 21", typ: Date, value: "2024-01-21", gran: GranDay, first: "2024-01-21", last: "2024-01-21"},
		// A future clause names a date at most a month before the anchor:
		// "will attend on 5 January", said on March 15, is next January.
		{sentence: "The minister will attend the summit on 5 January.", anchor: wed, text: "5 January", typ: Date, value: "2024-01-05", gran: GranDay, first: "2024-01-05", last: "2024-01-05"},
		{sentence: "The minister will attend the summit on 1 March.", anchor: wed, text: "1 March", typ: Date, value: "2023-03-01", gran: GranDay, first: "2023-03-01", last: "2023-03-01"},
	})
}

// Every decision keeps its explanation.
func TestTagClauseTenseExplains(t *testing.T) {
	wed := Anchor{Date: d("2023-03-15")}
	for _, c := range []struct{ sentence, text, rule, explain string }{
		{"The two sides agreed to meet on Friday in Geneva.", "Friday", "weekday/past-tense", "verb 'agreed' is past; 'to meet' is its future complement"},
		{"The two sides have agreed to meet on Friday.", "Friday", "weekday/future-tense", "'have agreed' is present perfect; 'to meet' is its future complement"},
		{"The vote was postponed until Friday.", "Friday", "weekday/future-tense", "'postponed … until' moves the date ahead"},
		{"The appeal is heard on Monday in The Hague.", "Monday", "weekday/future-tense", "'is heard' is in the present, as of a schedule"},
		{"The utility agreed to sell its grid for $2 billion in June.", "June", "month/nearest", "which may lie on either side of the anchor"},
		{"Troops must leave no later than March 31.", "March 31", "month-day/future-tense", "on the future side ('no later than' looks ahead) (ON_OR_BEFORE: after 'no later than')"},
		{"The ministers won't meet on Friday.", "Friday", "weekday/future-tense", `"won't" is future tense`},
	} {
		x := find(t, tagCase{sentence: c.sentence, anchor: wed, text: c.text})
		assert.Equal(t, c.rule, x.Rule, c.sentence)
		assert.Contains(t, x.Explain, c.explain, c.sentence)
	}
}

// News tells what is scheduled in the simple present: "the mandate expires
// Friday", "the president hosts the emir on Monday". A noun of the same
// spelling after a determiner ("the vote on Monday") is no verb.
func TestTagScheduleVerbs(t *testing.T) {
	wed := Anchor{Date: d("2023-03-15")}
	runCases(t, []tagCase{
		{sentence: "The mandate expires at midnight on Friday.", anchor: wed, text: "midnight on Friday", typ: Time, value: "2023-03-17T24:00", gran: GranTime, first: "2023-03-17", last: "2023-03-17"},
		{sentence: "The UN mission's mandate expires Friday.", anchor: wed, text: "Friday", typ: Date, value: "2023-03-17", gran: GranDay, first: "2023-03-17", last: "2023-03-17"},
		{sentence: "The president hosts the emir on Monday.", anchor: wed, text: "Monday", typ: Date, value: "2023-03-20", gran: GranDay, first: "2023-03-20", last: "2023-03-20"},
		{sentence: "Parliament votes on the treaty on Tuesday.", anchor: wed, text: "Tuesday", typ: Date, value: "2023-03-21", gran: GranDay, first: "2023-03-21", last: "2023-03-21"},
		{sentence: "The envoy lands in Kabul on Saturday for a two-day visit.", anchor: wed, text: "Saturday", typ: Date, value: "2023-03-18", gran: GranDay, first: "2023-03-18", last: "2023-03-18"},
		{sentence: "The foreign minister flies to Tokyo on Sunday.", anchor: wed, text: "Sunday", typ: Date, value: "2023-03-19", gran: GranDay, first: "2023-03-19", last: "2023-03-19"},
		{sentence: "The two leaders hold talks on Monday.", anchor: wed, text: "Monday", typ: Date, value: "2023-03-20", gran: GranDay, first: "2023-03-20", last: "2023-03-20"},
		{sentence: "The envoys sign the accord Thursday in Doha.", anchor: wed, text: "Thursday", typ: Date, value: "2023-03-16", gran: GranDay, first: "2023-03-16", last: "2023-03-16"},
		// A noun is no verb; the clause's own verb decides.
		{sentence: "After the vote on Monday, the opposition walked out.", anchor: wed, text: "Monday", typ: Date, value: "2023-03-13", gran: GranDay, first: "2023-03-13", last: "2023-03-13"},
		{sentence: "The host on Friday was the king.", anchor: wed, text: "Friday", typ: Date, value: "2023-03-10", gran: GranDay, first: "2023-03-10", last: "2023-03-10"},
		// Nor is a noun whose determiner stands a few words before it.
		{sentence: "The president hosted the emir on a state visit on Monday.", anchor: wed, text: "Monday", typ: Date, value: "2023-03-13", gran: GranDay, first: "2023-03-13", last: "2023-03-13"},
		{sentence: "The minister welcomed the envoy during his first visit on Friday.", anchor: wed, text: "Friday", typ: Date, value: "2023-03-10", gran: GranDay, first: "2023-03-10", last: "2023-03-10"},
		{sentence: "The king received the premier after an official three-day visit on Tuesday.", anchor: wed, text: "Tuesday", typ: Date, value: "2023-03-14", gran: GranDay, first: "2023-03-14", last: "2023-03-14"},
		// A plural subject between makes the word the verb again.
		{sentence: "Their foreign ministers meet on Monday.", anchor: wed, text: "Monday", typ: Date, value: "2023-03-20", gran: GranDay, first: "2023-03-20", last: "2023-03-20"},
		// In the past, as before.
		{sentence: "The mandate expired on Friday.", anchor: wed, text: "Friday", typ: Date, value: "2023-03-10", gran: GranDay, first: "2023-03-10", last: "2023-03-10"},
	})
}

// The present progressive of an arrangement looks ahead: "is meeting X
// on Tuesday", written on a Wednesday, is next Tuesday. The same words
// with no "is" or "are" before them, or after "was", set no future.
func TestTagArrangementProgressives(t *testing.T) {
	wed := Anchor{Date: d("2023-03-15")}
	runCases(t, []tagCase{
		{sentence: "The president is meeting the emir on Tuesday.", anchor: wed, text: "Tuesday", typ: Date, value: "2023-03-21", gran: GranDay, first: "2023-03-21", last: "2023-03-21"},
		{sentence: "The chancellor is hosting the two leaders on Monday.", anchor: wed, text: "Monday", typ: Date, value: "2023-03-20", gran: GranDay, first: "2023-03-20", last: "2023-03-20"},
		{sentence: "The envoy is flying to Kabul on Saturday.", anchor: wed, text: "Saturday", typ: Date, value: "2023-03-18", gran: GranDay, first: "2023-03-18", last: "2023-03-18"},
		{sentence: "Both ministers are travelling to Oslo on Monday for the talks.", anchor: wed, text: "Monday", typ: Date, value: "2023-03-20", gran: GranDay, first: "2023-03-20", last: "2023-03-20"},
		{sentence: "The premier is also visiting Seoul on Tuesday.", anchor: wed, text: "Tuesday", typ: Date, value: "2023-03-21", gran: GranDay, first: "2023-03-21", last: "2023-03-21"},
		// not after "was", nor with no auxiliary
		{sentence: "The envoy was flying to Kabul on Saturday when the news broke.", anchor: wed, text: "Saturday", typ: Date, value: "2023-03-11", gran: GranDay, first: "2023-03-11", last: "2023-03-11"},
		{sentence: "After meeting the emir on Tuesday, the president flew home.", anchor: wed, text: "Tuesday", typ: Date, value: "2023-03-14", gran: GranDay, first: "2023-03-14", last: "2023-03-14"},
	})
}

// A past verb right before a day of the month ("met on March 3", also
// across the name of its object: "met President X on March 3") puts it on
// or before the anchor, however near next March 3 is; a past cue further
// off ("declared a dividend, payable Dec. 15") keeps the nearest.
func TestTagPastVerbGovernsDay(t *testing.T) {
	jan := Anchor{Date: d("2022-01-05")}
	runCases(t, []tagCase{
		{sentence: "The two envoys met on March 3 in Oslo.", anchor: jan, text: "March 3", typ: Date, value: "2021-03-03", gran: GranDay, first: "2021-03-03", last: "2021-03-03"},
		{sentence: "The accord was signed Feb. 20 in Doha.", anchor: jan, text: "Feb. 20", typ: Date, value: "2021-02-20", gran: GranDay, first: "2021-02-20", last: "2021-02-20"},
		{sentence: "The talks were held from 3 to 5 March.", anchor: jan, text: "3 to 5 March", typ: Date, value: "2021-03-03", gran: GranDay, first: "2021-03-03", last: "2021-03-05"},
		{sentence: "The general resigned on 1 February after a long illness.", anchor: jan, text: "1 February", typ: Date, value: "2021-02-01", gran: GranDay, first: "2021-02-01", last: "2021-02-01"},
		{sentence: "Rebels seized the town on March 28.", anchor: jan, text: "March 28", typ: Date, value: "2021-03-28", gran: GranDay, first: "2021-03-28", last: "2021-03-28"},
		// A day just after the anchor, as a story filed late may tell it.
		{sentence: "Rebels seized the town on Jan. 6.", anchor: jan, text: "Jan. 6", typ: Date, value: "2022-01-06", gran: GranDay, first: "2022-01-06", last: "2022-01-06"},
		// The cue is not the day's verb: the nearest occurrence.
		{sentence: "The board declared a dividend, payable Feb. 15.", anchor: jan, text: "Feb. 15", typ: Date, value: "2022-02-15", gran: GranDay, first: "2022-02-15", last: "2022-02-15"},
		{sentence: "The ministers agreed to meet on Feb. 15.", anchor: jan, text: "Feb. 15", typ: Date, value: "2022-02-15", gran: GranDay, first: "2022-02-15", last: "2022-02-15"},
		// A date that frames the sentence is governed by the main clause's
		// verb after its comma.
		{sentence: "On March 3, the two envoys met in Oslo.", anchor: jan, text: "March 3", typ: Date, value: "2021-03-03", gran: GranDay, first: "2021-03-03", last: "2021-03-03"},
		{sentence: "On 25 February, the UN Security Council adopted a resolution.", anchor: jan, text: "25 February", typ: Date, value: "2021-02-25", gran: GranDay, first: "2021-02-25", last: "2021-02-25"},
		{sentence: "On March 3, the two envoys will meet in Oslo.", anchor: jan, text: "March 3", typ: Date, value: "2022-03-03", gran: GranDay, first: "2022-03-03", last: "2022-03-03"},
		// A subject's title and name between the comma and the verb count
		// for no word.
		{sentence: "On March 3, Director of the Office of the Central Foreign Affairs Commission Li Wen spoke with Salas.", anchor: jan, text: "March 3", typ: Date, value: "2021-03-03", gran: GranDay, first: "2021-03-03", last: "2021-03-03"},
		{sentence: "On March 3, Deputy Secretary of State for Political Affairs Ana Maria Cruz met Reyes.", anchor: jan, text: "March 3", typ: Date, value: "2021-03-03", gran: GranDay, first: "2021-03-03", last: "2021-03-03"},
		{sentence: "On March 3, Director of the Office of the Central Foreign Affairs Commission Li Wen will speak with Salas.", anchor: jan, text: "March 3", typ: Date, value: "2022-03-03", gran: GranDay, first: "2022-03-03", last: "2022-03-03"},
		// A plan in the same sentence: the past verb may be part of it.
		{sentence: "The envoy, who was to have left Feb. 10 and returned Feb. 16, stayed home.", anchor: jan, text: "Feb. 16", typ: Date, value: "2022-02-16", gran: GranDay, first: "2022-02-16", last: "2022-02-16"},
		{sentence: "The envoy, who was to have left Feb. 10 and\nreturned Feb. 16, stayed home.", anchor: jan, text: "Feb. 16", typ: Date, value: "2022-02-16", gran: GranDay, first: "2022-02-16", last: "2022-02-16"},
		{sentence: "The envoy, who was to have left Feb. 10 and returned Feb. 16, stayed home.", anchor: jan, text: "Feb. 10", typ: Date, value: "2022-02-10", gran: GranDay, first: "2022-02-10", last: "2022-02-10"},
		// A name between the verb and its day counts for no word.
		{sentence: "Salas met Peruvian President Tomas Reyes on March 3.", anchor: jan, text: "March 3", typ: Date, value: "2021-03-03", gran: GranDay, first: "2021-03-03", last: "2021-03-03"},
		{sentence: "Salas received the Foreign Minister of Norway Lars Dahl on Feb. 20.", anchor: jan, text: "Feb. 20", typ: Date, value: "2021-02-20", gran: GranDay, first: "2021-02-20", last: "2021-02-20"},
		{sentence: "The rebels seized Santa Rosa de Lima on March 28.", anchor: jan, text: "March 28", typ: Date, value: "2021-03-28", gran: GranDay, first: "2021-03-28", last: "2021-03-28"},
		// A hyphen glued between capitalised words is part of the name.
		{sentence: "Salas met Peruvian Foreign Minister Ana Cruz-Vega on March 3.", anchor: jan, text: "March 3", typ: Date, value: "2021-03-03", gran: GranDay, first: "2021-03-03", last: "2021-03-03"},
		{sentence: "Salas held a video call with Kazakh President Askar Nur-Bekov on Feb. 20.", anchor: jan, text: "Feb. 20", typ: Date, value: "2021-02-20", gran: GranDay, first: "2021-02-20", last: "2021-02-20"},
		{sentence: "Salas will meet Peruvian Foreign Minister Ana Cruz-Vega on March 3.", anchor: jan, text: "March 3", typ: Date, value: "2022-03-03", gran: GranDay, first: "2022-03-03", last: "2022-03-03"},
		{sentence: "The board declared a dividend for Acme-Holdings - payable Feb. 15.", anchor: jan, text: "Feb. 15", typ: Date, value: "2022-02-15", gran: GranDay, first: "2022-02-15", last: "2022-02-15"},
		{sentence: "Salas will meet Peruvian President Tomas Reyes on March 3.", anchor: jan, text: "March 3", typ: Date, value: "2022-03-03", gran: GranDay, first: "2022-03-03", last: "2022-03-03"},
		{sentence: "The board declared a dividend for Acme Holdings Corp, payable Feb. 15.", anchor: jan, text: "Feb. 15", typ: Date, value: "2022-02-15", gran: GranDay, first: "2022-02-15", last: "2022-02-15"},
		// A destination after "to" is a phrase of place, not an infinitive.
		{sentence: "The minister travelled to Riyadh on 12 March.", anchor: jan, text: "12 March", typ: Date, value: "2021-03-12", gran: GranDay, first: "2021-03-12", last: "2021-03-12"},
		{sentence: "The envoy flew to New York on March 2 for talks.", anchor: jan, text: "March 2", typ: Date, value: "2021-03-02", gran: GranDay, first: "2021-03-02", last: "2021-03-02"},
		{sentence: "The envoys agreed to meet on March 2.", anchor: jan, text: "March 2", typ: Date, value: "2022-03-02", gran: GranDay, first: "2022-03-02", last: "2022-03-02"},
	})
}

// "By" and a noun of means ("spoke by phone on February 20") is a phrase
// of manner between the verb and its date, which the past verb still
// governs. When the past verb does not govern the day, the explanation says the
// day may lie a season after the anchor, and why.
func TestTagPastVerbAcrossMeans(t *testing.T) {
	jan := Anchor{Date: d("2022-01-05")}
	runCases(t, []tagCase{
		{sentence: "The two leaders last spoke by phone on February 20.", anchor: jan, text: "February 20", typ: Date, value: "2021-02-20", gran: GranDay, first: "2021-02-20", last: "2021-02-20"},
		{sentence: "Salas talked by telephone with Reyes on March 2.", anchor: jan, text: "March 2", typ: Date, value: "2021-03-02", gran: GranDay, first: "2021-03-02", last: "2021-03-02"},
		{sentence: "The ministers conferred by video on Feb. 14 about trade.", anchor: jan, text: "Feb. 14", typ: Date, value: "2021-02-14", gran: GranDay, first: "2021-02-14", last: "2021-02-14"},
		{sentence: "The envoy travelled by train to Lima on March 1.", anchor: jan, text: "March 1", typ: Date, value: "2021-03-01", gran: GranDay, first: "2021-03-01", last: "2021-03-01"},
		{sentence: "The note was sent by letter on 12 February.", anchor: jan, text: "12 February", typ: Date, value: "2021-02-12", gran: GranDay, first: "2021-02-12", last: "2021-02-12"},
	})
	x := find(t, tagCase{sentence: "The board declared a dividend, payable Feb. 15.", anchor: jan, text: "Feb. 15"})
	assert.Contains(t, x.Explain, `within a season after it ("declared" is past tense but does not govern the day)`)
	x = find(t, tagCase{sentence: "The two leaders last spoke by phone on February 20.", anchor: jan, text: "February 20"})
	assert.Contains(t, x.Explain, "on the past side")
}

// A verb of convening and its object ("called an emergency meeting …
// for Sunday", "set the vote for Tuesday", "called a snap election for
// June") set the day after "for", which lies ahead whatever the verb's
// tense; "called for talks" (a demand) and "met for talks" set nothing.
func TestTagConvenedFor(t *testing.T) {
	wed := Anchor{Date: d("2024-03-06")}
	runCases(t, []tagCase{
		{sentence: "Egypt called an emergency meeting of Arab League foreign ministers for Sunday.", anchor: wed, text: "Sunday", typ: Date, value: "2024-03-10", gran: GranDay, first: "2024-03-10", last: "2024-03-10"},
		{sentence: "The prime minister called a snap election for June.", anchor: wed, text: "June", typ: Date, value: "2024-06", gran: GranMonth, first: "2024-06-01", last: "2024-06-30"},
		{sentence: "Parliament set the vote for Tuesday.", anchor: wed, text: "Tuesday", typ: Date, value: "2024-03-12", gran: GranDay, first: "2024-03-12", last: "2024-03-12"},
		{sentence: "The chairman convened a session of the council for Friday.", anchor: wed, text: "Friday", typ: Date, value: "2024-03-08", gran: GranDay, first: "2024-03-08", last: "2024-03-08"},
		{sentence: "The court set a hearing for April 3.", anchor: wed, text: "April 3", typ: Date, value: "2024-04-03", gran: GranDay, first: "2024-04-03", last: "2024-04-03"},
		// No verb of convening, or no object: the clause's tense.
		{sentence: "He called for talks on Sunday.", anchor: wed, text: "Sunday", typ: Date, value: "2024-03-03", gran: GranDay, first: "2024-03-03", last: "2024-03-03"},
		{sentence: "They met for talks on Sunday.", anchor: wed, text: "Sunday", typ: Date, value: "2024-03-03", gran: GranDay, first: "2024-03-03", last: "2024-03-03"},
		// A relative clause's plan given up is its own.
		{sentence: "Salas called off talks that had been scheduled for Sunday.", anchor: wed, text: "Sunday", typ: Date, value: "2024-03-03", gran: GranDay, first: "2024-03-03", last: "2024-03-03"},
	})
	x := find(t, tagCase{sentence: "Parliament set the vote for Tuesday.", anchor: wed, text: "Tuesday"})
	assert.Contains(t, x.Explain, "'set … for' sets the day of what is convened")
}

// "Earlier this month" names the month and can only be its days before
// the anchor; "later this week" the days of the week after it. The value
// stays the period's; the range narrows, and the explanation says so.
func TestTagEarlierLaterThisPeriod(t *testing.T) {
	wed := Anchor{Date: d("2024-03-20")}
	runCases(t, []tagCase{
		{sentence: "They met earlier this month.", anchor: wed, text: "earlier this month", typ: Date, value: "2024-03", gran: GranMonth, first: "2024-03-01", last: "2024-03-19"},
		{sentence: "They will meet later this month.", anchor: wed, text: "later this month", typ: Date, value: "2024-03", gran: GranMonth, first: "2024-03-21", last: "2024-03-31"},
		{sentence: "They met earlier this year.", anchor: wed, text: "earlier this year", typ: Date, value: "2024", gran: GranYear, first: "2024-01-01", last: "2024-03-19"},
		{sentence: "They will meet later this year.", anchor: wed, text: "later this year", typ: Date, value: "2024", gran: GranYear, first: "2024-03-21", last: "2024-12-31"},
		{sentence: "They will meet later this week.", anchor: wed, text: "later this week", typ: Date, value: "2024-W12", gran: GranWeek, first: "2024-03-21", last: "2024-03-24"},
		// "this month" alone is the whole month.
		{sentence: "They meet this month.", anchor: wed, text: "this month", typ: Date, value: "2024-03", gran: GranMonth, first: "2024-03-01", last: "2024-03-31"},
	})
	x := find(t, tagCase{sentence: "They met earlier this month.", anchor: wed, text: "earlier this month"})
	assert.Contains(t, x.Explain, "before the anchor")
}

// "Preferred" before a noun is an adjective ("preferred shares"), no past
// verb: the clause's own tense decides.
func TestTagPreferredIsNoPastVerb(t *testing.T) {
	fri := Anchor{Date: d("2021-10-29")}
	runCases(t, []tagCase{
		{sentence: "The bank will redeem its Series B preferred shares on Nov. 3.", anchor: fri, text: "Nov. 3", typ: Date, value: "2021-11-03", gran: GranDay, first: "2021-11-03", last: "2021-11-03"},
		{sentence: "The firm plans to call its preferred stock on Monday.", anchor: fri, text: "Monday", typ: Date, value: "2021-11-01", gran: GranDay, first: "2021-11-01", last: "2021-11-01"},
		{sentence: "Holders of preferred shares meet on Tuesday.", anchor: fri, text: "Tuesday", typ: Date, value: "2021-11-02", gran: GranDay, first: "2021-11-02", last: "2021-11-02"},
		{sentence: "The dividend on the preferred stock is payable Nov. 15.", anchor: fri, text: "Nov. 15", typ: Date, value: "2021-11-15", gran: GranDay, first: "2021-11-15", last: "2021-11-15"},
		{sentence: "Voters preferred the incumbent on Sunday.", anchor: fri, text: "Sunday", typ: Date, value: "2021-10-24", gran: GranDay, first: "2021-10-24", last: "2021-10-24"},
	})
}

// Irregular and short past forms are past verbs: "died", "fled",
// "withdrew", "swore" … (a regular form is known by its ending only from
// five letters on).
func TestTagIrregularPastForms(t *testing.T) {
	wed := Anchor{Date: d("2023-03-15")}
	runCases(t, []tagCase{
		{sentence: "The former president died on April 2 in Lima.", anchor: wed, text: "April 2", typ: Date, value: "2022-04-02", gran: GranDay, first: "2022-04-02", last: "2022-04-02"},
		{sentence: "Thousands fled the city on April 20.", anchor: wed, text: "April 20", typ: Date, value: "2022-04-20", gran: GranDay, first: "2022-04-20", last: "2022-04-20"},
		{sentence: "The envoy withdrew from the talks May 3.", anchor: wed, text: "May 3", typ: Date, value: "2022-05-03", gran: GranDay, first: "2022-05-03", last: "2022-05-03"},
		{sentence: "The new cabinet swore its oath on 1 April.", anchor: wed, text: "1 April", typ: Date, value: "2022-04-01", gran: GranDay, first: "2022-04-01", last: "2022-04-01"},
		{sentence: "A quake shook the capital on March 30.", anchor: wed, text: "March 30", typ: Date, value: "2022-03-30", gran: GranDay, first: "2022-03-30", last: "2022-03-30"},
		{sentence: "The ferry sank off Crete on 30 March.", anchor: wed, text: "30 March", typ: Date, value: "2022-03-30", gran: GranDay, first: "2022-03-30", last: "2022-03-30"},
		{sentence: "The minister laid a wreath on April 25.", anchor: wed, text: "April 25", typ: Date, value: "2022-04-25", gran: GranDay, first: "2022-04-25", last: "2022-04-25"},
	})
}

// "The 28th" alone is a day of the anchor's month, unless the tense puts
// it in the month before (a past day not yet come) or after (a future day
// gone by).
func TestTagDayOfMonthTense(t *testing.T) {
	jan5 := Anchor{Date: d("2022-01-05")}
	mar20 := Anchor{Date: d("2022-03-20")}
	runCases(t, []tagCase{
		{sentence: "The accord was signed on the 28th.", anchor: jan5, text: "the 28th", typ: Date, value: "2021-12-28", gran: GranDay, first: "2021-12-28", last: "2021-12-28"},
		{sentence: "Rebels attacked the town on the 15th.", anchor: mar20, text: "the 15th", typ: Date, value: "2022-03-15", gran: GranDay, first: "2022-03-15", last: "2022-03-15"},
		{sentence: "Parliament will vote on the 3rd.", anchor: Anchor{Date: d("2022-01-10")}, text: "the 3rd", typ: Date, value: "2022-02-03", gran: GranDay, first: "2022-02-03", last: "2022-02-03"},
		{sentence: "The envoy will arrive on the 25th.", anchor: mar20, text: "the 25th", typ: Date, value: "2022-03-25", gran: GranDay, first: "2022-03-25", last: "2022-03-25"},
		{sentence: "The talks ended on the 31st.", anchor: Anchor{Date: d("2022-05-02")}, text: "the 31st", typ: Date, value: "2022-03-31", gran: GranDay, first: "2022-03-31", last: "2022-03-31"},
		{sentence: "The talks opened on the 30th.", anchor: Anchor{Date: d("2022-03-02")}, text: "the 30th", typ: Date, value: "2022-01-30", gran: GranDay, first: "2022-01-30", last: "2022-01-30"},
		{sentence: "Rebels struck on the 4th.", anchor: jan5, text: "the 4th", typ: Date, value: "2022-01-04", gran: GranDay, first: "2022-01-04", last: "2022-01-04"},
	})
}

// "This Monday" is the Monday of the anchor's week, unless that one is gone
// by and the clause looks ahead: then the coming one.
func TestTagThisWeekdayTense(t *testing.T) {
	wed := Anchor{Date: d("2023-03-15")}
	runCases(t, []tagCase{
		{sentence: "The talks will be held this Monday in Geneva.", anchor: wed, text: "this Monday", typ: Date, value: "2023-03-20", gran: GranDay, first: "2023-03-20", last: "2023-03-20"},
		{sentence: "The envoy is due to arrive this Tuesday.", anchor: wed, text: "this Tuesday", typ: Date, value: "2023-03-21", gran: GranDay, first: "2023-03-21", last: "2023-03-21"},
		{sentence: "Parliament will vote this Sunday.", anchor: Anchor{Date: d("2023-03-20")}, text: "this Sunday", typ: Date, value: "2023-03-26", gran: GranDay, first: "2023-03-26", last: "2023-03-26"},
		{sentence: "The two leaders meet this Monday.", anchor: wed, text: "this Monday", typ: Date, value: "2023-03-20", gran: GranDay, first: "2023-03-20", last: "2023-03-20"},
		// Still to come this week, or told in the past: this week's.
		{sentence: "The talks will be held this Friday.", anchor: wed, text: "this Friday", typ: Date, value: "2023-03-17", gran: GranDay, first: "2023-03-17", last: "2023-03-17"},
		{sentence: "The talks were held this Monday.", anchor: wed, text: "this Monday", typ: Date, value: "2023-03-13", gran: GranDay, first: "2023-03-13", last: "2023-03-13"},
	})
}

// A plan reported with "was expected to", "was due to", "was set to" is a
// plan as of the time of writing and looks ahead, as news writes it; "had
// been expected to" and "was supposed to" tell a plan of the past.
func TestTagPlanAheadInThePast(t *testing.T) {
	wed := Anchor{Date: d("2023-03-15")}
	runCases(t, []tagCase{
		{sentence: "He was expected to travel to Qatar on Thursday.", anchor: wed, text: "Thursday", typ: Date, value: "2023-03-16", gran: GranDay, first: "2023-03-16", last: "2023-03-16"},
		{sentence: "The envoys were due to meet again on Monday.", anchor: wed, text: "Monday", typ: Date, value: "2023-03-20", gran: GranDay, first: "2023-03-20", last: "2023-03-20"},
		{sentence: "The minister was also set to fly to Oslo on Friday.", anchor: wed, text: "Friday", typ: Date, value: "2023-03-17", gran: GranDay, first: "2023-03-17", last: "2023-03-17"},
		{sentence: "Talks were scheduled to resume on Saturday.", anchor: wed, text: "Saturday", typ: Date, value: "2023-03-18", gran: GranDay, first: "2023-03-18", last: "2023-03-18"},
		{sentence: "The talks had been expected to end on Monday.", anchor: wed, text: "Monday", typ: Date, value: "2023-03-13", gran: GranDay, first: "2023-03-13", last: "2023-03-13"},
		{sentence: "He was supposed to meet the king on Monday.", anchor: wed, text: "Monday", typ: Date, value: "2023-03-13", gran: GranDay, first: "2023-03-13", last: "2023-03-13"},
	})
	x := find(t, tagCase{sentence: "He was expected to travel to Qatar on Thursday.", anchor: wed, text: "Thursday"})
	assert.Contains(t, x.Explain, "'was expected to' tells a plan as of the time of writing")
}

// ", and then pay a visit": a verb after ", and" and an adverb of sequence
// goes on with the subject and the auxiliary before, and takes their
// tense; a subject of its own after the adverb ("and then the talks …")
// opens a clause of its own.
func TestTagSharedPredicate(t *testing.T) {
	wed := Anchor{Date: d("2023-03-15")}
	runCases(t, []tagCase{
		{sentence: "Xi will attend the summit on Thursday, and then pay a state visit to Tajikistan on Saturday.", anchor: wed, text: "Saturday", typ: Date, value: "2023-03-18", gran: GranDay, first: "2023-03-18", last: "2023-03-18"},
		{sentence: "The envoy will stop in Rome, and later fly to Oslo on Friday.", anchor: wed, text: "Friday", typ: Date, value: "2023-03-17", gran: GranDay, first: "2023-03-17", last: "2023-03-17"},
		{sentence: "The envoy will stop in Rome, and then the talks resume on Friday.", anchor: wed, text: "Friday", typ: Date, value: "2023-03-17", gran: GranDay, first: "2023-03-17", last: "2023-03-17"},
		{sentence: "The envoy will stop in Rome, and then she met the king on Friday.", anchor: wed, text: "Friday", typ: Date, value: "2023-03-10", gran: GranDay, first: "2023-03-10", last: "2023-03-10"},
	})
}

// "last met … in October" is the most recent October, with no slack
// towards the future; a full stop after a month's full name ("in July.")
// ends the sentence, so that its tense does not reach the next one; a
// headline's "to meet" is the future.
func TestTagLastMetFullMonthHeadlineInfinitive(t *testing.T) {
	fri := Anchor{Date: d("2023-09-01")}
	runCases(t, []tagCase{
		{sentence: "The two leaders last met in person in Astana in October.", anchor: fri, text: "October", typ: Date, value: "2022-10", gran: GranMonth, first: "2022-10-01", last: "2022-10-31"},
		{sentence: "Talks will open in July. On Friday the envoys met in Rome.", anchor: fri, text: "Friday", typ: Date, value: "2023-09-01", gran: GranDay, first: "2023-09-01", last: "2023-09-01"},
		{sentence: "Talks will open in July. On Thursday the envoys met in Rome.", anchor: fri, text: "Thursday", typ: Date, value: "2023-08-31", gran: GranDay, first: "2023-08-31", last: "2023-08-31"},
		{sentence: "Putin, Erdogan to meet in Sochi on Monday", anchor: fri, text: "Monday", typ: Date, value: "2023-09-04", gran: GranDay, first: "2023-09-04", last: "2023-09-04"},
		{sentence: "Salas to visit Lima on Tuesday", anchor: fri, text: "Tuesday", typ: Date, value: "2023-09-05", gran: GranDay, first: "2023-09-05", last: "2023-09-05"},
		{sentence: "He flew to Kyiv to meet Zelensky on Monday.", anchor: fri, text: "Monday", typ: Date, value: "2023-08-28", gran: GranDay, first: "2023-08-28", last: "2023-08-28"},
		{sentence: "Rain fell. Salas to meet Reyes on Monday", anchor: fri, text: "Monday", typ: Date, value: "2023-08-28", gran: GranDay, first: "2023-08-28", last: "2023-08-28"},
	})
}

// "is set for Sunday" is a schedule, which looks ahead; so is "was set
// for", "was scheduled for", "planned for", a plan as of the time of
// writing, as "was set to" is (TestTagPlanAheadInThePast); "had been set
// for" tells a plan of the past, and a weekday after it looks back
// (TestTagPlanGivenUp).
func TestTagSetFor(t *testing.T) {
	wed := Anchor{Date: d("2023-03-15")}
	runCases(t, []tagCase{
		{sentence: "The trip is set for Sunday.", anchor: wed, text: "Sunday", typ: Date, value: "2023-03-19", gran: GranDay, first: "2023-03-19", last: "2023-03-19"},
		{sentence: "The vote was set for Friday.", anchor: wed, text: "Friday", typ: Date, value: "2023-03-17", gran: GranDay, first: "2023-03-17", last: "2023-03-17"},
		{sentence: "The meeting, which was scheduled for Friday, was called off.", anchor: wed, text: "Friday", typ: Date, value: "2023-03-17", gran: GranDay, first: "2023-03-17", last: "2023-03-17"},
		{sentence: "Talks, originally planned for Friday, were postponed.", anchor: wed, text: "Friday", typ: Date, value: "2023-03-17", gran: GranDay, first: "2023-03-17", last: "2023-03-17"},
		{sentence: "Talks slated for Monday were put off.", anchor: wed, text: "Monday", typ: Date, value: "2023-03-20", gran: GranDay, first: "2023-03-20", last: "2023-03-20"},
		{sentence: "The vote had been set for Friday.", anchor: wed, text: "Friday", typ: Date, value: "2023-03-10", gran: GranDay, first: "2023-03-10", last: "2023-03-10"},
		{sentence: "The talks had been planned for Monday.", anchor: wed, text: "Monday", typ: Date, value: "2023-03-13", gran: GranDay, first: "2023-03-13", last: "2023-03-13"},
		{sentence: "The president is due in Vienna on Monday.", anchor: wed, text: "Monday", typ: Date, value: "2023-03-20", gran: GranDay, first: "2023-03-20", last: "2023-03-20"},
	})
}

// A plan given up, told in the past perfect ("The summit, which had been
// scheduled for December 15, was postponed"), is past, but its day may lie
// on either side of the time of writing: a month or a day of a month
// takes the nearest occurrence, not last year's; a weekday stays past, as
// in TestTagSetFor; "has been scheduled for" is a plan still held.
func TestTagPlanGivenUp(t *testing.T) {
	fri := Anchor{Date: d("2021-12-10")}
	runCases(t, []tagCase{
		{sentence: "The summit, which had been scheduled for December 15 in Lima, was postponed.", anchor: fri, text: "December 15", typ: Date, value: "2021-12-15", gran: GranDay, first: "2021-12-15", last: "2021-12-15"},
		{sentence: "The talks had been planned for December 2 but were called off.", anchor: fri, text: "December 2", typ: Date, value: "2021-12-02", gran: GranDay, first: "2021-12-02", last: "2021-12-02"},
		{sentence: "The visit had been set for January, officials said.", anchor: fri, text: "January", typ: Date, value: "2022-01", gran: GranMonth, first: "2022-01-01", last: "2022-01-31"},
		{sentence: "The talks had been scheduled for Monday but were postponed.", anchor: fri, text: "Monday", typ: Date, value: "2021-12-06", gran: GranDay, first: "2021-12-06", last: "2021-12-06"},
		{sentence: "The vote has been scheduled for Monday.", anchor: fri, text: "Monday", typ: Date, value: "2021-12-13", gran: GranDay, first: "2021-12-13", last: "2021-12-13"},
		{sentence: "The summit was held on December 15.", anchor: fri, text: "December 15", typ: Date, value: "2020-12-15", gran: GranDay, first: "2020-12-15", last: "2020-12-15"},
	})
	x := find(t, tagCase{sentence: "The summit had been scheduled for December 15.", anchor: fri, text: "December 15"})
	assert.Contains(t, x.Explain, "either side of the anchor")
}

// A weekday that closes a span to come is the first after the day that
// opens it, even where the tense alone would give an earlier one: told on
// a Wednesday, "from Friday to Monday" ends on the Monday after that
// Friday, and "between Thursday and Tuesday" on the Tuesday after. A span
// gone by keeps each day to its tense.
func TestTagSpanEndWeekday(t *testing.T) {
	wed := Anchor{Date: d("2023-03-15")}
	runCases(t, []tagCase{
		{sentence: "The minister will visit Lima from Friday to Wednesday.", anchor: wed, text: "Wednesday", typ: Date, value: "2023-03-22", gran: GranDay, first: "2023-03-22", last: "2023-03-22"},
		{sentence: "Talks will be held between Thursday and Tuesday.", anchor: wed, text: "Tuesday", typ: Date, value: "2023-03-21", gran: GranDay, first: "2023-03-21", last: "2023-03-21"},
		{sentence: "The fair is due to run Saturday-Wednesday.", anchor: wed, text: "Wednesday", typ: Date, value: "2023-03-22", gran: GranDay, first: "2023-03-22", last: "2023-03-22"},
		{sentence: "The minister visited Lima from Monday to Tuesday.", anchor: wed, text: "Tuesday", typ: Date, value: "2023-03-14", gran: GranDay, first: "2023-03-14", last: "2023-03-14"},
	})
	x := find(t, tagCase{sentence: "The minister will visit Lima from Friday to Monday.", anchor: wed, text: "Monday"})
	assert.Equal(t, "weekday/span-end", x.Rule)
	assert.Contains(t, x.Explain, `Monday after "Friday" (Fri 2023-03-17)`)
}

// The words between a verb that moves a date and its new date may name
// what is moved ("postponed his visit until Friday") or the date it is
// moved from ("postponed from Monday to Friday").
func TestTagPostponedObject(t *testing.T) {
	wed := Anchor{Date: d("2023-03-15")}
	for _, c := range []struct{ sentence, text string }{
		{"The minister postponed his visit until Monday.", "Monday"},
		{"The leaders pushed their summit back to Tuesday.", "Tuesday"},
		{"The talks were postponed once more to Monday.", "Monday"},
		{"The talks were postponed from Monday to Friday.", "Friday"},
	} {
		x := find(t, tagCase{sentence: c.sentence, anchor: wed, text: c.text})
		assert.Equal(t, "weekday/future-tense", x.Rule, c.sentence)
		assert.Contains(t, x.Explain, "moves the date ahead", c.sentence)
	}
}

// A phrase that opens a sentence with a preposition of time or place
// ("During his stay in Lima from Monday to Wednesday, …", also after a
// wire dateline) takes the tense of the clause it opens, past its comma;
// one that dates another event ("Following their March 9 call, …") does
// not.
func TestTagOpeningPhraseTense(t *testing.T) {
	wed := Anchor{Date: d("2023-03-15")}
	runCases(t, []tagCase{
		{sentence: "During his stay in Lima from Monday to Wednesday, the minister will meet the president.", anchor: wed, text: "Monday", typ: Date, value: "2023-03-20", gran: GranDay, first: "2023-03-20", last: "2023-03-20"},
		{sentence: "LIMA, March 15 (Reuters) - During his stay in Lima from Monday to Wednesday, the minister will meet the president.", anchor: wed, text: "Monday", typ: Date, value: "2023-03-20", gran: GranDay, first: "2023-03-20", last: "2023-03-20"},
		{sentence: "On Monday and Tuesday, the minister will meet the president.", anchor: wed, text: "Monday", typ: Date, value: "2023-03-20", gran: GranDay, first: "2023-03-20", last: "2023-03-20"},
		{sentence: "During talks on Monday in Lima, the ministers signed a treaty.", anchor: wed, text: "Monday", typ: Date, value: "2023-03-13", gran: GranDay, first: "2023-03-13", last: "2023-03-13"},
		{sentence: "Following their March 9 call, the leaders will discuss trade.", anchor: wed, text: "March 9", typ: Date, value: "2023-03-09", gran: GranDay, first: "2023-03-09", last: "2023-03-09"},
	})
}

// A past verb governs a day written after phrases of place or occasion
// ("began during their meeting in the Kremlin on April 7"), which then
// lies no later than the days a story may be filed after the anchor.
func TestTagPastVerbAcrossPhrases(t *testing.T) {
	wed := Anchor{Date: d("2023-03-15")}
	runCases(t, []tagCase{
		{sentence: "The leaders continued talks which began during their meeting in the Kremlin on April 7.", anchor: wed, text: "April 7", typ: Date, value: "2022-04-07", gran: GranDay, first: "2022-04-07", last: "2022-04-07"},
		{sentence: "The ministers met at the embassy with the envoys on April 2.", anchor: wed, text: "April 2", typ: Date, value: "2022-04-02", gran: GranDay, first: "2022-04-02", last: "2022-04-02"},
	})
}

// A participle set off by a comma, with its agent ("…, followed by a
// working lunch, on Tuesday"), is no verb of the clause: the tense is the
// clause's.
func TestTagParticipleAsideIsNoVerb(t *testing.T) {
	wed := Anchor{Date: d("2023-03-15")}
	runCases(t, []tagCase{
		{sentence: "The minister will hold talks with the president, followed by a working lunch, on Friday.", anchor: wed, text: "Friday", typ: Date, value: "2023-03-17", gran: GranDay, first: "2023-03-17", last: "2023-03-17"},
		{sentence: "Talks were held, followed by a lunch, on Monday.", anchor: wed, text: "Monday", typ: Date, value: "2023-03-13", gran: GranDay, first: "2023-03-13", last: "2023-03-13"},
	})
}

// A verb of plan or agreement keeps its infinitive across an adjunct of
// how or when it was agreed ("agreed in a phone call on Saturday to
// meet …"): the date after the infinitive is its future complement, and a
// weekday inside the adjunct is the past verb's.
func TestTagPlanAcrossAdjunct(t *testing.T) {
	wed := Anchor{Date: d("2023-03-15")}
	runCases(t, []tagCase{
		{sentence: "The two leaders agreed in a phone call on Saturday to meet in Lima in April.", anchor: wed, text: "April", typ: Date, value: "2023-04", gran: GranMonth, first: "2023-04-01", last: "2023-04-30"},
		{sentence: "The two leaders agreed in a phone call on Saturday to meet in Lima in April.", anchor: wed, text: "Saturday", typ: Date, value: "2023-03-11", gran: GranDay, first: "2023-03-11", last: "2023-03-11"},
		{sentence: "The presidents decided during their talks on Monday to meet again in May.", anchor: wed, text: "May", typ: Date, value: "2023-05", gran: GranMonth, first: "2023-05-01", last: "2023-05-31"},
		{sentence: "The ministers agreed after lengthy talks to hold a summit in April.", anchor: wed, text: "April", typ: Date, value: "2023-04", gran: GranMonth, first: "2023-04-01", last: "2023-04-30"},
		{sentence: "The ministers agreed at a meeting in Quito to resume talks in April.", anchor: wed, text: "April", typ: Date, value: "2023-04", gran: GranMonth, first: "2023-04-01", last: "2023-04-30"},
	})
	x := find(t, tagCase{sentence: "The presidents decided during their talks on Monday to meet again in May.", anchor: wed, text: "May"})
	assert.Contains(t, x.Explain, "'to meet' is its future complement")
	// A past verb with no infinitive after its adjunct keeps the past.
	runCases(t, []tagCase{
		{sentence: "The ministers met in Quito in June.", anchor: wed, text: "June", typ: Date, value: "2022-06", gran: GranMonth, first: "2022-06-01", last: "2022-06-30"},
		{sentence: "The ministers agreed in a meeting in Quito in June.", anchor: wed, text: "June", typ: Date, value: "2022-06", gran: GranMonth, first: "2022-06-01", last: "2022-06-30"},
	})
}

// "Look forward to" looks ahead of the time it is told, whatever the tense
// of "look": a readout's "the leaders looked forward to meeting at the
// summit in July", written in January, is next July.
func TestTagLookForwardTo(t *testing.T) {
	jan := Anchor{Date: d("2024-01-12")}
	runCases(t, []tagCase{
		{sentence: "The leaders looked forward to meeting at the summit in Washington in July.", anchor: jan, text: "July", typ: Date, value: "2024-07", gran: GranMonth, first: "2024-07-01", last: "2024-07-31"},
		{sentence: "He said he looks forward to visiting Peru in March.", anchor: jan, text: "March", typ: Date, value: "2024-03", gran: GranMonth, first: "2024-03-01", last: "2024-03-31"},
		{sentence: "She is looking forward to the talks on Monday.", anchor: jan, text: "Monday", typ: Date, value: "2024-01-15", gran: GranDay, first: "2024-01-15", last: "2024-01-15"},
		{sentence: "They looked forward to welcoming him on Tuesday.", anchor: jan, text: "Tuesday", typ: Date, value: "2024-01-16", gran: GranDay, first: "2024-01-16", last: "2024-01-16"},
		{sentence: "They looked forward to his visit next week.", anchor: jan, text: "next week", typ: Date, value: "2024-W03", gran: GranWeek, first: "2024-01-15", last: "2024-01-21"},
		// "looked" alone keeps the past.
		{sentence: "They looked at the plans in July.", anchor: jan, text: "July", typ: Date, value: "2023-07", gran: GranMonth, first: "2023-07-01", last: "2023-07-31"},
	})
	x := find(t, tagCase{sentence: "The leaders looked forward to meeting at the summit in Washington in July.", anchor: jan, text: "July"})
	assert.Contains(t, x.Explain, "'looked forward to' looks ahead")
}

// A phrase that looks ahead ("ahead of", "preparations for", "in the
// run-up to", "on the eve of") governs an event still to come when its
// clause is told: in a readout of the day's talks, written in January,
// "discussed preparations for the summit in July" is next July. A date
// earlier in the sentence well before the anchor leaves the verb to
// decide.
func TestTagProspectivePhrases(t *testing.T) {
	jan := Anchor{Date: d("2024-01-12")}
	runCases(t, []tagCase{
		{sentence: "The ministers discussed preparations for the summit in Lima in July.", anchor: jan, text: "July", typ: Date, value: "2024-07", gran: GranMonth, first: "2024-07-01", last: "2024-07-31"},
		{sentence: "Salas spoke with Reyes ahead of the summit in March.", anchor: jan, text: "March", typ: Date, value: "2024-03", gran: GranMonth, first: "2024-03-01", last: "2024-03-31"},
		{sentence: "They met in the run-up to the elections in June.", anchor: jan, text: "June", typ: Date, value: "2024-06", gran: GranMonth, first: "2024-06-01", last: "2024-06-30"},
		{sentence: "The envoys gathered in Quito to prepare for talks in February.", anchor: jan, text: "February", typ: Date, value: "2024-02", gran: GranMonth, first: "2024-02-01", last: "2024-02-29"},
		{sentence: "He arrived on the eve of the conference in April.", anchor: jan, text: "April", typ: Date, value: "2024-04", gran: GranMonth, first: "2024-04-01", last: "2024-04-30"},
		{sentence: "Salas met Reyes on Tuesday ahead of the summit in March.", anchor: jan, text: "March", typ: Date, value: "2024-03", gran: GranMonth, first: "2024-03-01", last: "2024-03-31"},
		// A clause dated well before the anchor: the verb decides.
		{sentence: "Salas met Reyes in June ahead of the summit in July.", anchor: jan, text: "July", typ: Date, value: "2023-07", gran: GranMonth, first: "2023-07-01", last: "2023-07-31"},
		// "went ahead" is no "ahead of".
		{sentence: "The summit went ahead in July.", anchor: jan, text: "July", typ: Date, value: "2023-07", gran: GranMonth, first: "2023-07-01", last: "2023-07-31"},
	})
	x := find(t, tagCase{sentence: "Salas spoke with Reyes ahead of the summit in March.", anchor: jan, text: "March"})
	assert.Contains(t, x.Explain, "'ahead of' looks ahead")
}

// An invitation plans what its "to" says, as an agreement does: "accepted
// an invitation (from X) to visit Lima in March", written in December,
// is the nearest March, on either side of the anchor.
func TestTagInvitationComplements(t *testing.T) {
	dec := Anchor{Date: d("2023-12-10")}
	runCases(t, []tagCase{
		{sentence: "He accepted an invitation to visit Lima in March.", anchor: dec, text: "March", typ: Date, value: "2024-03", gran: GranMonth, first: "2024-03-01", last: "2024-03-31"},
		{sentence: "She accepted an invitation from President Salas to visit Lima in March.", anchor: dec, text: "March", typ: Date, value: "2024-03", gran: GranMonth, first: "2024-03-01", last: "2024-03-31"},
		{sentence: "He declined an invitation to attend the summit in February.", anchor: dec, text: "February", typ: Date, value: "2024-02", gran: GranMonth, first: "2024-02-01", last: "2024-02-29"},
		{sentence: "The envoy extended an invitation to visit Peru in January.", anchor: dec, text: "January", typ: Date, value: "2024-01", gran: GranMonth, first: "2024-01-01", last: "2024-01-31"},
		{sentence: "They received invitations to attend the forum in February.", anchor: dec, text: "February", typ: Date, value: "2024-02", gran: GranMonth, first: "2024-02-01", last: "2024-02-29"},
		// "at the invitation of": the verb decides.
		{sentence: "He visited Lima in March at the invitation of President Salas.", anchor: dec, text: "March", typ: Date, value: "2023-03", gran: GranMonth, first: "2023-03-01", last: "2023-03-31"},
		// The verb plans what its "to" says past its object.
		{sentence: "Reyes invited Chilean President Pedro Salas to visit Lima in March.", anchor: dec, text: "March", typ: Date, value: "2024-03", gran: GranMonth, first: "2024-03-01", last: "2024-03-31"},
		{sentence: "Reyes invited him to attend the summit in February.", anchor: dec, text: "February", typ: Date, value: "2024-02", gran: GranMonth, first: "2024-02-01", last: "2024-02-29"},
		{sentence: "Reyes invited his Chilean counterpart to visit Peru in January.", anchor: dec, text: "January", typ: Date, value: "2024-01", gran: GranMonth, first: "2024-01-01", last: "2024-01-31"},
		{sentence: "Salas invites Reyes to visit Santiago in April.", anchor: dec, text: "April", typ: Date, value: "2024-04", gran: GranMonth, first: "2024-04-01", last: "2024-04-30"},
		// No infinitive after the object: the verb's own tense.
		{sentence: "The ministry invited journalists to the briefing on Monday.", anchor: dec, text: "Monday", typ: Date, value: "2023-12-04", gran: GranDay, first: "2023-12-04", last: "2023-12-04"},
	})
}

// News puts a schedule in the present for more verbs of trips and their
// parts: "kicks off a tour on Monday", "wraps up the visit on Friday",
// "receives the emir on Tuesday", written on a Wednesday, look ahead.
// ("heads" and "ends" are left out: "heads of state", "the visit ends".)
func TestTagScheduleVerbsOfTrips(t *testing.T) {
	wed := Anchor{Date: d("2023-03-15")}
	runCases(t, []tagCase{
		{sentence: "The president kicks off a regional tour in Lima on Monday.", anchor: wed, text: "Monday", typ: Date, value: "2023-03-20", gran: GranDay, first: "2023-03-20", last: "2023-03-20"},
		{sentence: "The president wraps up the visit on Friday.", anchor: wed, text: "Friday", typ: Date, value: "2023-03-17", gran: GranDay, first: "2023-03-17", last: "2023-03-17"},
		{sentence: "The minister embarks on a tour of Asia on Monday.", anchor: wed, text: "Monday", typ: Date, value: "2023-03-20", gran: GranDay, first: "2023-03-20", last: "2023-03-20"},
		{sentence: "The president receives the emir on Tuesday.", anchor: wed, text: "Tuesday", typ: Date, value: "2023-03-21", gran: GranDay, first: "2023-03-21", last: "2023-03-21"},
		{sentence: "The king welcomes the president at the palace on Monday.", anchor: wed, text: "Monday", typ: Date, value: "2023-03-20", gran: GranDay, first: "2023-03-20", last: "2023-03-20"},
		// The past keeps its day.
		{sentence: "The president received the emir on Tuesday.", anchor: wed, text: "Tuesday", typ: Date, value: "2023-03-14", gran: GranDay, first: "2023-03-14", last: "2023-03-14"},
	})
}

// "The 20th of this month", "the 5th of next month", "the 28th of last
// month" name that day of the month counted from the anchor's, whatever
// the tense; one expression, as TimeML tags "the 20th of May".
func TestTagDayOfANamedMonth(t *testing.T) {
	fri := Anchor{Date: d("2021-12-10")}
	runCases(t, []tagCase{
		{sentence: "Salas will meet Reyes on the 20th of this month.", anchor: fri, text: "the 20th of this month", typ: Date, value: "2021-12-20", gran: GranDay, first: "2021-12-20", last: "2021-12-20"},
		{sentence: "Salas will meet Reyes on the 5th of next month.", anchor: fri, text: "the 5th of next month", typ: Date, value: "2022-01-05", gran: GranDay, first: "2022-01-05", last: "2022-01-05"},
		{sentence: "Salas met Reyes on the 28th of last month.", anchor: fri, text: "the 28th of last month", typ: Date, value: "2021-11-28", gran: GranDay, first: "2021-11-28", last: "2021-11-28"},
		{sentence: "Salas will meet Reyes on the 20th.", anchor: fri, text: "the 20th", typ: Date, value: "2021-12-20", gran: GranDay, first: "2021-12-20", last: "2021-12-20"},
	})
	// February has no 31st: no such day is tagged.
	for _, x := range Tag("The 31st of next month is a Monday.", Anchor{Date: d("2021-01-10")}) {
		assert.NotEqual(t, "The 31st of next month", x.Text)
	}
}

// A relative clause right after the expression, opened by "which", whose
// verb of plan looks ahead ("which the minister intends to attend") puts
// the expression's event ahead, whatever the main clause's tense.
func TestTagPlannedByRelative(t *testing.T) {
	dec := Anchor{Date: d("2021-12-10")}
	runCases(t, []tagCase{
		{sentence: "They discussed the summit in February, which the minister intends to attend.", anchor: dec, text: "February", typ: Date, value: "2022-02", gran: GranMonth, first: "2022-02-01", last: "2022-02-28"},
		{sentence: "He mentioned the talks in March, which both sides plan to hold in Geneva.", anchor: dec, text: "March", typ: Date, value: "2022-03", gran: GranMonth, first: "2022-03-01", last: "2022-03-31"},
		{sentence: "They reviewed the forum in January, which the president is expected to open.", anchor: dec, text: "January", typ: Date, value: "2022-01", gran: GranMonth, first: "2022-01-01", last: "2022-01-31"},
		{sentence: "They discussed the conference in May, which Peru hopes to host.", anchor: dec, text: "May", typ: Date, value: "2022-05", gran: GranMonth, first: "2022-05-01", last: "2022-05-31"},
		{sentence: "The envoys praised the talks in October which the ministers intend to resume.", anchor: dec, text: "October", typ: Date, value: "2022-10", gran: GranMonth, first: "2022-10-01", last: "2022-10-31"},
		// No verb of plan ahead in the relative clause: the main clause's
		// past.
		{sentence: "The ministers discussed the visit in April, which was a success.", anchor: dec, text: "April", typ: Date, value: "2021-04", gran: GranMonth, first: "2021-04-01", last: "2021-04-30"},
		{sentence: "The leaders recalled the summit in June, which they had agreed to hold.", anchor: dec, text: "June", typ: Date, value: "2021-06", gran: GranMonth, first: "2021-06-01", last: "2021-06-30"},
	})
}

// "March" and "May" are months after the verb of a plan or a postponement
// and its preposition ("scheduled for March", "pushed back to May"), but
// not where a person may stand ("a setback for May", "spoke to May").
func TestAmbiguousMonthAfterPlanOrPostponement(t *testing.T) {
	aug := Anchor{Date: d("2023-08-10")}
	runCases(t, []tagCase{
		{sentence: "The visit was scheduled for March.", anchor: aug, text: "March", typ: Date, value: "2024-03", gran: GranMonth, first: "2024-03-01", last: "2024-03-31"},
		{sentence: "The summit, originally planned for May, was called off.", anchor: aug, text: "May", typ: Date, value: "2024-05", gran: GranMonth, first: "2024-05-01", last: "2024-05-31"},
		{sentence: "The talks are slated for March, a spokesman said.", anchor: aug, text: "March", typ: Date, value: "2024-03", gran: GranMonth, first: "2024-03-01", last: "2024-03-31"},
		{sentence: "The visit has been postponed to May.", anchor: aug, text: "May", typ: Date, value: "2024-05", gran: GranMonth, first: "2024-05-01", last: "2024-05-31"},
		{sentence: "The trip was pushed back to March at the host's request.", anchor: aug, text: "March", typ: Date, value: "2024-03", gran: GranMonth, first: "2024-03-01", last: "2024-03-31"},
		{sentence: "The ministers put the talks off to May.", anchor: aug, text: "May", typ: Date, value: "2024-05", gran: GranMonth, first: "2024-05-01", last: "2024-05-31"},
		{sentence: "The conference was brought forward to March.", anchor: aug, text: "March", typ: Date, value: "2024-03", gran: GranMonth, first: "2024-03-01", last: "2024-03-31"},
	})
	for _, s := range []string{
		"The stage was set for May to win the vote.",
		"It was a setback for May, her aides conceded.",
		"The envoy spoke to May about the border.",
		"He put it to May that the talks had failed.",
		"They brought the letter to May herself.",
		"Critics pushed May to resign.",
	} {
		for _, x := range Tag(s, aug) {
			assert.NotEqual(t, "May", x.Text, "%q: %s (%s)", s, x.Value, x.Explain)
		}
	}
}
