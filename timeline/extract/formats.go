package extract

import "github.com/dateline/dateline/timeline"

// format is a recurring diplomatic format known by name: the text names the
// format and the reader knows who takes part.
type format struct {
	// Name is the canonical name, used as Mention.Format.
	Name string
	// Forms are the ways text writes it.
	Forms []string
	// Parties are the countries and organisations that take part.
	Parties []string
	// Kind is the kind of event a session of the format is.
	Kind timeline.Kind
}

// formats is the table of named formats. Parties are canonical country
// names (see countries) or organisation names (see orgRows).
var formats = []format{
	{"Strategic Stability Dialogue", []string{"Strategic Stability Dialogue", "Strategic Stability Talks", "dialogue on Strategic Stability", "dialogue on strategic stability", "strategic stability dialogue"}, []string{"United States", "Russia"}, timeline.Talks},
	{"NATO-Russia Council", []string{"NATO-Russia Council", "NATO Russia Council", "Russia-NATO Council", "NRC"}, []string{"NATO", "Russia"}, timeline.Summit},
	{"Normandy format", []string{"Normandy format", "Normandy Format", "Normandy Four", "Normandy quartet", "Normandy group"}, []string{"France", "Germany", "Russia", "Ukraine"}, timeline.Talks},
	{"P5+1", []string{"P5+1", "P5 + 1", "E3+3", "P5-plus-1"}, []string{"China", "France", "Russia", "United Kingdom", "United States", "Germany"}, timeline.Talks},
	{"E3", []string{"E3"}, []string{"France", "Germany", "United Kingdom"}, timeline.Talks},
	{"Quad", []string{"Quad", "Quadrilateral Security Dialogue"}, []string{"United States", "Japan", "India", "Australia"}, timeline.Summit},
	{"AUKUS", []string{"AUKUS"}, []string{"Australia", "United Kingdom", "United States"}, timeline.Talks},
	{"Bucharest Nine", []string{"Bucharest Nine", "Bucharest 9", "B9", "B-9"}, []string{"Bulgaria", "Czech Republic", "Estonia", "Hungary", "Latvia", "Lithuania", "Poland", "Romania", "Slovakia"}, timeline.Summit},
	{"Visegrad Group", []string{"Visegrad Group", "Visegrad Four", "V4"}, []string{"Czech Republic", "Hungary", "Poland", "Slovakia"}, timeline.Summit},
	{"Weimar Triangle", []string{"Weimar Triangle"}, []string{"France", "Germany", "Poland"}, timeline.Talks},
	{"OSCE Minsk Group", []string{"OSCE Minsk Group", "Minsk Group"}, []string{"France", "Russia", "United States"}, timeline.Talks},
	{"Trilateral Contact Group", []string{"Trilateral Contact Group"}, []string{"Ukraine", "Russia", "OSCE"}, timeline.Talks},
	{"Middle East Quartet", []string{"Middle East Quartet", "Quartet on the Middle East"}, []string{"United Nations", "European Union", "United States", "Russia"}, timeline.Talks},
	{"Astana format", []string{"Astana format", "Astana process", "Astana talks"}, []string{"Russia", "Turkey", "Iran"}, timeline.Talks},
	{"Six-Party Talks", []string{"Six-Party Talks", "six-party talks", "Six Party Talks", "six-nation talks"}, []string{"China", "Japan", "North Korea", "Russia", "South Korea", "United States"}, timeline.Talks},
	{"North American Leaders' Summit", []string{"North American Leaders' Summit", "North American Leaders Summit", "NALS", "Three Amigos summit"}, []string{"United States", "Canada", "Mexico"}, timeline.Summit},
	{"G7 summit", []string{"G7 summit", "G-7 summit", "Group of Seven summit", "G7 Summit"}, []string{"G7"}, timeline.Summit},
	{"G20 summit", []string{"G20 summit", "G-20 summit", "G20 Summit", "Group of 20 summit"}, []string{"G20"}, timeline.Summit},
	{"East Asia Summit", []string{"East Asia Summit", "EAS"}, []string{"ASEAN"}, timeline.Summit},
	{"UN Security Council meeting", []string{"Security Council meeting", "Security Council session", "UN Security Council meeting", "UN Security Council session", "U.N. Security Council meeting", "U.N. Security Council session", "United Nations Security Council meeting", "United Nations Security Council session"}, []string{"UN Security Council"}, timeline.Summit},
	{"EU-US summit", []string{"EU-US summit", "EU-U.S. summit", "US-EU summit", "U.S.-EU summit"}, []string{"European Union", "United States"}, timeline.Summit},
	{"EU-China summit", []string{"EU-China summit", "China-EU summit"}, []string{"European Union", "China"}, timeline.Summit},
	{"US-ASEAN Summit", []string{"U.S.-ASEAN Summit", "US-ASEAN Summit", "U.S.-ASEAN summit", "US-ASEAN summit"}, []string{"United States", "ASEAN"}, timeline.Summit},
	{"NATO summit", []string{"NATO summit", "NATO Summit"}, []string{"NATO"}, timeline.Summit},
	{"Summit for Democracy", []string{"Summit for Democracy"}, []string{"United States"}, timeline.Summit},
	{"UN climate conference", []string{"COP26", "COP27", "COP28", "COP 26", "UN climate conference", "climate summit"}, []string{"United Nations"}, timeline.Summit},
	// The councils of the post-Soviet organisations meet as summits of
	// their heads of state or government.
	{"Supreme Eurasian Economic Council", []string{"Supreme Eurasian Economic Council", "Supreme Council of the Eurasian Economic Union"}, []string{"Eurasian Economic Union"}, timeline.Summit},
	{"Eurasian Intergovernmental Council", []string{"Eurasian Intergovernmental Council"}, []string{"Eurasian Economic Union"}, timeline.Summit},
	{"CSTO Collective Security Council", []string{"CSTO Collective Security Council", "Collective Security Council"}, []string{"CSTO"}, timeline.Summit},
	{"CIS Council of Heads of State", []string{"CIS Council of Heads of State", "Council of CIS Heads of State", "CIS Heads of State Council", "CIS summit"}, []string{"Commonwealth of Independent States"}, timeline.Summit},
	{"SCO summit", []string{"SCO summit", "SCO Summit", "SCO Heads of State Council", "Council of SCO Heads of State"}, []string{"Shanghai Cooperation Organisation"}, timeline.Summit},
	{"BRICS summit", []string{"BRICS summit", "BRICS Summit"}, []string{"BRICS"}, timeline.Summit},
	{"ASEAN summit", []string{"ASEAN summit", "ASEAN Summit"}, []string{"ASEAN"}, timeline.Summit},
	{"APEC summit", []string{"APEC summit", "APEC Summit", "APEC Economic Leaders' Meeting", "APEC Economic Leaders Meeting"}, []string{"APEC"}, timeline.Summit},
	{"European Council summit", []string{"European Council summit", "EU summit", "EU Summit"}, []string{"European Union"}, timeline.Summit},
	{"OSCE Permanent Council", []string{"OSCE Permanent Council"}, []string{"OSCE"}, timeline.Summit},
	{"OSCE Ministerial Council", []string{"OSCE Ministerial Council"}, []string{"OSCE"}, timeline.Summit},
	{"EU-Ukraine summit", []string{"EU-Ukraine summit", "EU-Ukraine Summit", "Ukraine-EU summit"}, []string{"European Union", "Ukraine"}, timeline.Summit},
	{"EU-Russia summit", []string{"EU-Russia summit", "EU-Russia Summit", "Russia-EU summit"}, []string{"European Union", "Russia"}, timeline.Summit},
}
